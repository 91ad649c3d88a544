### The renderers' own words (labels): headers, captions, names of fields. Ids start with `label-`;
### the renderers' tables of words (`words!` in src/render/) are filled from them when art83 is
### built; labels with values (`{ $from }`) are written when a report is. Every id is read.

## The reports: table, markdown and HTML (render::labels::Labels).

label-decided = besluit van
label-undertaking = Onderneming
label-turnover = omzet
label-financial-year = boekjaar
label-what-if = (--turnover, wat-als)
label-public-body = overheidsorgaan: het nationale recht bepaalt het maximum (artikel 83, zevende lid, AVG)
label-turnover-unknown = omzet onbekend: elk maximum bedraagt ten minste het vaste bedrag
label-turnover-and-rate-unknown = omzet onbekend en geen koers tegenover de euro vermeld: de maxima zijn onbekend
label-turnover-band = omzet weggelakt, binnen de bandbreedte die het besluit noemt
label-violation = overtreding
label-articles = artikelen
label-tier = boeteniveau
label-legal-maximum = wettelijk maximum
label-basis = grondslag
label-basis-fixed = vast
label-basis-turnover = omzet
label-basis-at-least = ten minste
label-basis-unknown = onbekend
label-basis-public-body = overheid
label-basis-stated = zoals vermeld
label-basis-no-fine = geen boete
label-fine = boete
label-method = methode
label-group = groep
label-in-group-fine = in gezamenlijke boete
label-linked-group = groep
label-violations = overtredingen
label-gravest = zwaarste
label-tie = gelijk
label-combined = samengevoegd
label-if-turnover-at-least = bij een omzet van ten minste
label-ceiling = plafond
label-within = binnen
label-yes = ja
label-no = NEE
label-total = Totaal boetes
label-total-before-reductions = Totaal vóór de verminderingen
label-appeals = Bezwaar en beroep
label-appeal-decided = datum
label-appeal-body = rechter of orgaan
label-appeal-reference = kenmerk
label-appeal-outcome = uitkomst
label-total-after = totaal daarna
label-final-total = Totaal dat na bezwaar en beroep staat
label-published-final-total = Gepubliceerd totaal na bezwaar en beroep
label-not-known = onbekend
label-annulled = vernietigd
label-liquidated = Vastgesteld verbeurd
label-outcome-upheld = in stand gelaten
label-outcome-reduced = verlaagd
label-outcome-annulled = vernietigd
label-outcome-referred-back = terugverwezen
label-outcome-pending = aanhangig
label-outcome-reinstated = hersteld
label-published-total = Gepubliceerd totaal
label-total-eur = Totaal in euro (afgerond op de cent)
label-published-total-eur = Gepubliceerd totaal in euro
label-matches = klopt
label-differs = WIJKT AF
label-comparison = Wat de methode met standaardkeuzes geeft
label-declared-fine = opgelegde boete
label-method-gives = methode geeft
label-range = bandbreedte
label-capped = begrensd door het plafond van artikel 83, derde lid, AVG
label-what-if-total = Totaal boetes met de methode
label-what-if-beside = met standaardkeuzes, naast het totaal hierboven
label-total-row = totaal
label-made-by = Berekend met art83
label-how = Hoe elk bedrag tot stand kwam
label-penalties = Lasten onder dwangsom, verbeurd tot (niet inbegrepen)
label-order = last onder dwangsom
label-amount = bedrag
label-per = per
label-due = einde termijn
label-max = maximum
label-periods = perioden
label-forfeited = verbeurd
label-forfeited-total = Samen verbeurd
label-exposure = Totaal boetes en verbeurde dwangsommen
label-max-reached-on = maximum bereikt op
label-if-unmet = bij niet-naleving
label-penalties-max = Maxima van de dwangsommen samen
label-unbounded = onbegrensd (een last heeft geen maximum)
label-unbounded-but-final = geen (een last heeft geen maximum; die is nageleefd of afgelopen, dus wat verbeurd is staat vast)
label-published-penalties-max = Gepubliceerde maxima van de dwangsommen
label-schedule-of-awb = Verloop (elk bedrag verjaart op zijn vroegst een jaar na het verbeuren, artikel 5:35, eerste lid, Awb; later zolang bezwaar of beroep loopt (tweede lid) of na stuiting (artikel 5:37a), wat art83 niet bijhoudt) van
label-schedule-of = Verloop van
label-period = periode
label-from = van
label-to = tot en met
label-cumulative = cumulatief
label-forfeited-on = verbeurd op
label-forfeited-on-first-day = elk bedrag verbeurd op de eerste dag van de periode
label-time-barred-on = verjaard op (op zijn vroegst)
label-more-periods = perioden meer (--schedule full toont ze)
label-how-penalties = Hoe elke dwangsom tot stand kwam
label-elapsed = verstreken
label-accrued-to = verbeurd tot
label-complied = voldaan
label-order-ended = last afgelopen
label-compliance-unknown = naleving onbekend
label-as-of = peildatum
label-published-forfeited = Gepubliceerd verbeurd
label-suspended = geschorst
label-still-suspended = nog geschorst
label-days-not-counted = { $days } dag(en) niet meegeteld
label-findings = Bevindingen
label-article = artikel
label-listed-in = genoemd in
label-subject-matter = onderwerp
label-fixed-maximum = vast maximum
label-percent-of-turnover = % van de omzet
label-note = opmerking
label-no-tier = geen
label-sweep-legal-maximum = wettelijk maximum
label-sweep-total = totaal

## The collection section (render::collection::Words).

label-collection-collection = Invordering op
label-collection-item = onderdeel
label-collection-value = bedrag of datum
label-collection-principal = te betalen boete
label-collection-notified = bekendgemaakt
label-collection-payment-due = laatste dag voor betaling
label-collection-in-default-from = in verzuim vanaf
label-collection-interest = opgebouwde wettelijke rente
label-collection-paid = betaald
label-collection-outstanding-principal = openstaande hoofdsom
label-collection-outstanding-interest = openstaande rente
label-collection-outstanding = openstaand (hoofdsom en rente)
label-collection-penalties-outstanding = verbeurde dwangsommen met rente
label-collection-owed-total = totaal verschuldigd
label-collection-claim-time-barred-on = verjaard vanaf (op zijn vroegst)
label-collection-not-computed = niet berekend
label-collection-published-paid = Gepubliceerd als betaald
label-collection-interest-periods = Perioden van wettelijke rente
label-collection-rate = rente %
label-collection-days = dagen
label-collection-base = grondslag
label-collection-how = Hoe de invordering is berekend
label-collection-penalty = dwangsom
label-collection-time-barred = waarvan verjaard (op zijn vroegst)
label-collection-subject = invordering
label-collection-suspended = opgeschort?
label-collection-chart = Wat de boete in de loop van de tijd verschuldigd is: hoofdsom en wettelijke rente, min betalingen
label-collection-owed-line = verschuldigd (hoofdsom en rente)
label-collection-barred-mark = verjaard (op zijn vroegst)
label-collection-interest-short = rente

## The HTML page (render::html::Words).

label-page-fines = Boetes
label-page-fines-chart = Boetes tegenover hun wettelijke maxima en de plafonds van art. 83 lid 3
label-page-penalty-charts = Verbeurd bedrag in de tijd, per last
label-page-findings = Bevindingen
label-page-no-findings = Geen bevindingen.
label-page-level = niveau
label-page-code = code
label-page-about = over
label-page-message = bevinding
label-page-authority = Toezichthouder
label-page-decided = Besluit van
label-page-published = Gepubliceerd
label-page-made-by = Berekend met art83

## The charts (render::chart::ChartWords).

label-chart-legal-maximum = wettelijk maximum
label-chart-fine = boete
label-chart-ceiling = plafond art. 83 lid 3
label-chart-group-fine = gezamenlijke boete
label-chart-forfeited = verbeurd
label-chart-penalty-max = maximum
label-chart-as-of = peildatum
label-chart-complied = nageleefd
label-chart-suspended = opgeschort
label-chart-at-least = ≥: ten minste (omzet onbekend)
label-chart-euros = euro
label-chart-amounts-in = bedragen in

## The sweep chart (render::svg).

label-sweep-chart-turnover = omzet (EUR, voorgaand boekjaar)
label-sweep-chart-band = EDPB-bandbreedte
label-sweep-chart-maximum = wettelijk maximum
label-sweep-chart-fine = boete
label-sweep-chart-total = totaal boetes
label-sweep-chart-more = en { $count } meer

## Finding levels and fining methods, as the reports name them (JSON keeps its own names).

label-level-error = fout
label-level-warning = waarschuwing
label-level-info = info
label-method-declared = opgelegd
label-method-edpb = EDPB
label-method-ap2019 = AP 2019
label-method-none = geen

## Labels with values: the locale row writes the dates and amounts.

label-window = van { $from } tot en met { $until }
label-since = vanaf { $from }
label-maximum-at = wettelijk maximum bij een totale wereldwijde jaaromzet van { $turnover }: het hoogste van het vaste bedrag en het percentage (artikel 83, vierde tot en met zesde lid, AVG)
label-maximum-in-band = wettelijk maximum bij een totale wereldwijde jaaromzet in de bandbreedte { $band }: het hoogste van het vaste bedrag en het percentage, tussen wat de grenzen van de bandbreedte geven (artikel 83, vierde tot en met zesde lid, AVG)

## Chart ticks and bar labels: an amount shortened to two decimals of its unit.

label-chart-thousands = { $n }k
label-chart-millions = { $n } mln
label-chart-billions = { $n } mld
label-chart-over-max = > max
