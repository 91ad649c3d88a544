### The renderers' own words (labels): headers, captions, names of fields. Ids start with `label-`;
### the renderers' tables of words (`words!` in src/render/) are filled from them when art83 is
### built; labels with values (`{ $from }`) are written when a report is. Every id is read.

## The reports: table, markdown and HTML (render::labels::Labels).

label-decided = Beschluss vom
label-undertaking = Unternehmen
label-turnover = Umsatz
label-financial-year = Geschäftsjahr
label-what-if = (--turnover, Was-wäre-wenn)
label-public-body = Behörde oder öffentliche Stelle: das nationale Recht bestimmt den Höchstbetrag (Art. 83 Abs. 7 DSGVO)
label-turnover-unknown = Umsatz unbekannt: jeder Höchstbetrag beträgt mindestens den festen Betrag
label-turnover-and-rate-unknown = Umsatz unbekannt und kein Kurs zum Euro angegeben: die Höchstbeträge sind nicht bekannt
label-turnover-band = Umsatz geschwärzt, in der Spanne, die der Beschluss nennt
label-violation = Verstoß
label-articles = Artikel
label-tier = Stufe
label-legal-maximum = gesetzlicher Höchstbetrag
label-basis = Grundlage
label-basis-fixed = fest
label-basis-turnover = Umsatz
label-basis-at-least = mindestens
label-basis-unknown = unbekannt
label-basis-public-body = öffentliche Stelle
label-basis-stated = wie angegeben
label-basis-no-fine = keine Geldbuße
label-fine = Geldbuße
label-method = Methode
label-group = Gruppe
label-in-group-fine = in Gruppengeldbuße
label-linked-group = Gruppe
label-violations = Verstöße
label-gravest = schwerster
label-tie = gleichrangig
label-combined = zusammengefasst
label-if-turnover-at-least = bei einem Umsatz von mindestens
label-ceiling = Obergrenze
label-within = eingehalten
label-yes = ja
label-no = NEIN
label-total = Gesamtbetrag der Geldbußen
label-total-before-reductions = Gesamtbetrag vor den Ermäßigungen im Vergleichsverfahren
label-appeals = Einsprüche und Rechtsbehelfe
label-appeal-decided = Datum
label-appeal-body = Gericht oder Stelle
label-appeal-reference = Aktenzeichen
label-appeal-outcome = Ergebnis
label-total-after = Gesamtbetrag danach
label-final-total = Gesamtbetrag, der nach den Rechtsbehelfen Bestand hat
label-published-final-total = Veröffentlichter Gesamtbetrag nach den Rechtsbehelfen
label-not-known = unbekannt
label-annulled = aufgehoben
label-liquidated = Festgesetzt verwirkt
label-outcome-upheld = bestätigt
label-outcome-reduced = herabgesetzt
label-outcome-annulled = aufgehoben
label-outcome-referred-back = zurückverwiesen
label-outcome-pending = anhängig
label-outcome-reinstated = wiederhergestellt
label-published-total = Veröffentlichter Gesamtbetrag
label-total-eur = Gesamtbetrag in Euro (kaufmännisch auf den Cent gerundet)
label-published-total-eur = Veröffentlichter Gesamtbetrag in Euro
label-matches = stimmt
label-differs = WEICHT AB
label-comparison = Was die Methode mit ihren Standardwerten ergibt
label-declared-fine = festgesetzte Geldbuße
label-method-gives = Methode ergibt
label-range = Spanne
label-capped = begrenzt auf die Obergrenze nach Art. 83 Abs. 3 DSGVO
label-what-if-total = Gesamtbetrag der Geldbußen mit der Methode
label-what-if-beside = mit ihren Standardwerten, neben dem Gesamtbetrag oben
label-total-row = gesamt
label-made-by = Berechnet mit art83
label-how = Wie jeder Betrag zustande kam
label-penalties = Anordnungen mit Zwangsgeld, verwirkt bis (ausschließlich)
label-order = Zwangsgeldanordnung
label-amount = Betrag
label-per = je
label-due = Frist
label-max = Höchstbetrag
label-periods = Zeiträume
label-forfeited = verwirkt
label-forfeited-total = Insgesamt verwirkt
label-exposure = Gesamtbelastung (Geldbußen und verwirkte Zwangsgelder)
label-max-reached-on = Höchstbetrag erreicht am
label-if-unmet = bei Nichterfüllung
label-penalties-max = Höchstbeträge der Zwangsgelder zusammen
label-unbounded = unbegrenzt (eine Anordnung hat keinen Höchstbetrag)
label-unbounded-but-final = keiner (eine Anordnung hat keinen Höchstbetrag; sie wurde erfüllt oder ist abgelaufen, also steht fest, was sie verwirkt hat)
label-published-penalties-max = Veröffentlichte Höchstbeträge der Zwangsgelder
label-schedule-of-awb = Verlauf (jeder Betrag verjährt frühestens ein Jahr nach der Verwirkung, Art. 5:35 Abs. 1 Awb (niederländisches Verwaltungsrecht); später, solange Einspruch oder Klage anhängig ist (Abs. 2) oder nach einer Unterbrechung (Art. 5:37a Awb), was art83 nicht verfolgt) von
label-schedule-of = Verlauf von
label-period = Zeitraum
label-from = von
label-to = bis
label-cumulative = kumuliert
label-forfeited-on = verwirkt am
label-forfeited-on-first-day = jeder Betrag am ersten Tag seines Zeitraums verwirkt
label-time-barred-on = verjährt am (frühestens)
label-more-periods = weitere Zeiträume (--schedule full zeigt sie)
label-how-penalties = Wie jedes Zwangsgeld zustande kam
label-elapsed = verstrichen
label-accrued-to = verwirkt bis
label-complied = erfüllt
label-order-ended = Anordnung abgelaufen
label-compliance-unknown = Erfüllung unbekannt
label-as-of = Stichtag
label-published-forfeited = Veröffentlicht verwirkt
label-suspended = ausgesetzt
label-still-suspended = noch ausgesetzt
label-days-not-counted = { $days ->
        [one] ein Tag nicht gezählt
       *[other] { $days } Tage nicht gezählt
    }
label-findings = Befunde
label-article = Artikel
label-listed-in = genannt in
label-subject-matter = Gegenstand
label-fixed-maximum = fester Höchstbetrag
label-percent-of-turnover = % des Umsatzes
label-note = Hinweis
label-no-tier = keine
label-sweep-legal-maximum = gesetzlicher Höchstbetrag
label-sweep-total = gesamt

## The collection section (render::collection::Words).

label-collection-collection = Beitreibung am
label-collection-item = Posten
label-collection-value = Betrag oder Datum
label-collection-principal = zu zahlende Geldbuße
label-collection-notified = bekannt gegeben
label-collection-payment-due = letzter Zahlungstag
label-collection-in-default-from = in Verzug ab
label-collection-interest = aufgelaufene gesetzliche Zinsen
label-collection-paid = gezahlt
label-collection-outstanding-principal = offene Hauptforderung
label-collection-outstanding-interest = offene Zinsen
label-collection-outstanding = offen (Hauptforderung und Zinsen)
label-collection-penalties-outstanding = verwirkte Zwangsgelder mit Zinsen
label-collection-owed-total = insgesamt geschuldet
label-collection-claim-time-barred-on = Forderung verjährt ab (frühestens)
label-collection-not-computed = nicht berechnet
label-collection-published-paid = Veröffentlicht als gezahlt
label-collection-interest-periods = Zeiträume der gesetzlichen Zinsen
label-collection-rate = Zinssatz %
label-collection-days = Tage
label-collection-base = Grundlage
label-collection-how = Wie die Beitreibung berechnet wurde
label-collection-penalty = Zwangsgeld
label-collection-time-barred = davon verjährt (frühestens)
label-collection-subject = Beitreibung
label-collection-suspended = ausgesetzt?
label-collection-chart = Was die Geldbuße im Lauf der Zeit schuldet: Hauptforderung und gesetzliche Zinsen, abzüglich Zahlungen
label-collection-owed-line = geschuldet (Hauptforderung und Zinsen)
label-collection-barred-mark = verjährt (frühestens)
label-collection-interest-short = Zinsen

## The HTML page (render::html::Words).

label-page-fines = Geldbußen
label-page-fines-chart = Geldbußen im Vergleich zu ihren gesetzlichen Höchstbeträgen und den Obergrenzen nach Art. 83 Abs. 3
label-page-penalty-charts = Verwirkter Betrag im Zeitverlauf, je Anordnung
label-page-findings = Befunde
label-page-no-findings = Keine Befunde.
label-page-level = Ebene
label-page-code = Code
label-page-about = betrifft
label-page-message = Befund
label-page-authority = Aufsichtsbehörde
label-page-decided = Beschluss vom
label-page-published = Veröffentlicht
label-page-made-by = Berechnet mit art83

## The charts (render::chart::ChartWords).

label-chart-legal-maximum = gesetzlicher Höchstbetrag
label-chart-fine = Geldbuße
label-chart-ceiling = Obergrenze Art. 83 Abs. 3
label-chart-group-fine = Gruppengeldbuße
label-chart-forfeited = verwirkt
label-chart-penalty-max = Höchstbetrag
label-chart-as-of = Stichtag
label-chart-complied = erfüllt
label-chart-suspended = ausgesetzt
label-chart-at-least = ≥: mindestens (Umsatz unbekannt)
label-chart-euros = Euro
label-chart-amounts-in = Beträge in

## The sweep chart (render::svg).

label-sweep-chart-turnover = Umsatz (EUR, vorangegangenes Geschäftsjahr)
label-sweep-chart-band = EDPB-Spanne
label-sweep-chart-maximum = gesetzlicher Höchstbetrag
label-sweep-chart-fine = Geldbuße
label-sweep-chart-total = Gesamtbetrag der Geldbußen
label-sweep-chart-more = und { $count } weitere

## Finding levels and fining methods, as the reports name them (JSON keeps its own names).

label-level-error = Fehler
label-level-warning = Warnung
label-level-info = Hinweis
label-method-declared = festgesetzt
label-method-edpb = EDPB
label-method-ap2019 = AP 2019
label-method-none = keine

## Labels with values: the locale row writes the dates and amounts.

label-window = vom { $from } bis { $until }
label-since = ab { $from }
label-maximum-at = gesetzlicher Höchstbetrag bei einem weltweit erzielten Jahresumsatz von { $turnover }: der höhere von festem Betrag und Prozentsatz (Art. 83 Abs. 4 bis 6 DSGVO)
label-maximum-in-band = gesetzlicher Höchstbetrag bei einem weltweit erzielten Jahresumsatz in der Spanne { $band }: der höhere von festem Betrag und Prozentsatz, zwischen dem, was die Enden der Spanne ergeben (Art. 83 Abs. 4 bis 6 DSGVO)

## Chart ticks and bar labels: an amount shortened to two decimals of its unit.

label-chart-thousands = { $n } Tsd.
label-chart-millions = { $n } Mio.
label-chart-billions = { $n } Mrd.
label-chart-over-max = > Höchstbetrag
