### `art83 articles`: the subjects and notes (ids: see locales/en/articles.ftl).

## The subjects of the tier listings (calc::article's tier table).

label-article-basic-principles-lawfulness-consent = Grundsätze der Verarbeitung, Rechtmäßigkeit, Einwilligung
label-article-certification = Zertifizierung
label-article-child-s-consent = Einwilligung eines Kindes
label-article-controller-and-processor-obligations = Pflichten der Verantwortlichen und der Auftragsverarbeiter
label-article-data-subjects-rights = Rechte der betroffenen Personen
label-article-failure-to-provide-access-to-the-supervisory-authority = Nichtgewährung des Zugangs für die Aufsichtsbehörde
label-article-monitoring-body = Überwachungsstelle für Verhaltensregeln
label-article-non-compliance-with-an-order-of-the-supervisory-authority = Nichtbefolgung einer Anweisung der Aufsichtsbehörde
label-article-processing-not-requiring-identification = Verarbeitung, für die eine Identifizierung nicht erforderlich ist
label-article-special-categories-of-data = besondere Kategorien personenbezogener Daten
label-article-transfers-to-third-countries = Übermittlungen an Drittländer
label-article-member-state-law-under-chapter-ix = Rechtsvorschriften der Mitgliedstaaten nach Kapitel IX
label-article-the-fining-provision-itself-its-paragraph-gives-the-tier = die Bußgeldvorschrift selbst: ihr Absatz bestimmt die Stufe

## The notes (calc::lookup::describe).

label-article-art-83-5-e-and-83-6-list-art-58-1-and-58-2-name-the-paragraph = Art. 83 Abs. 5 lit. e und Abs. 6 DSGVO nennen Art. 58 Abs. 1 und Abs. 2; nennen Sie den Absatz
label-article-no-tier-art-83-4-6-do-not-list-this-provision-so-it-sets-no-legal-maximum = keine Stufe: Art. 83 Abs. 4 bis 6 DSGVO nennen diese Vorschrift nicht, also gilt für sie kein gesetzlicher Höchstbetrag
label-article-ap-2019-art-5-1-a-follows-the-category-of-the-underlying-provision = AP 2019 (Bußgeldrichtlinien der niederländischen Aufsichtsbehörde): Art. 5 Abs. 1 lit. a folgt der Kategorie der zugrunde liegenden Vorschrift
