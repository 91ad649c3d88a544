### `art83 articles`: the subjects and notes (ids: see locales/en/articles.ftl).

## The subjects of the tier listings (calc::article's tier table).

label-article-basic-principles-lawfulness-consent = basisbeginselen, rechtmatigheid, toestemming
label-article-certification = certificering
label-article-child-s-consent = toestemming van kinderen
label-article-controller-and-processor-obligations = verplichtingen van de verwerkingsverantwoordelijke en de verwerker
label-article-data-subjects-rights = rechten van de betrokkenen
label-article-failure-to-provide-access-to-the-supervisory-authority = geen toegang verlenen aan de toezichthoudende autoriteit
label-article-monitoring-body = orgaan voor toezicht op gedragscodes
label-article-non-compliance-with-an-order-of-the-supervisory-authority = niet-naleving van een bevel van de toezichthoudende autoriteit
label-article-processing-not-requiring-identification = verwerking waarvoor identificatie niet is vereist
label-article-special-categories-of-data = bijzondere categorieën van persoonsgegevens
label-article-transfers-to-third-countries = doorgiften aan derde landen
label-article-member-state-law-under-chapter-ix = lidstatelijk recht op grond van hoofdstuk IX
label-article-the-fining-provision-itself-its-paragraph-gives-the-tier = de boetebepaling zelf: het lid bepaalt het boeteniveau

## The notes (calc::lookup::describe).

label-article-art-83-5-e-and-83-6-list-art-58-1-and-58-2-name-the-paragraph = artikel 83, vijfde lid, onder e, en zesde lid, AVG noemen artikel 58, eerste en tweede lid; noem het lid
label-article-no-tier-art-83-4-6-do-not-list-this-provision-so-it-sets-no-legal-maximum = geen boeteniveau: artikel 83, vierde tot en met zesde lid, AVG noemt deze bepaling niet, dus zij kent geen wettelijk maximum
label-article-ap-2019-art-5-1-a-follows-the-category-of-the-underlying-provision = Boetebeleidsregels 2019: artikel 5, eerste lid, onder a, volgt de categorie van de onderliggende bepaling
