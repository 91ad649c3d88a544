## Invordering van de boete na het besluit (calc::collection).

collection-principal = de te betalen boete: het totaal van de boetes
    .rule = totaal
collection-principal-after-appeals = de te betalen boete: het totaal dat na bezwaar en beroep overeind blijft
    .rule = totaal
collection-owed-in-total = boete { $fine } en dwangsommen { $penalties }, elk met rente, op { $on }
    .rule = totaal verschuldigd
collection-term = zes weken na bekendmaking op { $notified }: { $last }
    .rule = artikel 4:87, eerste lid, Awb
collection-term-moved = { $last } is geen werkdag (een zaterdag, zondag of algemeen erkende feestdag, artikel 3 Algemene termijnenwet): de termijn loopt door tot en met de eerstvolgende werkdag, { $end }
    .rule = artikel 1, eerste lid, Algemene termijnenwet
collection-later-day-for-payment = het besluit vermeldt een later tijdstip voor de betaling: { $due }
    .rule = artikel 4:87, eerste lid, Awb
collection-day-for-payment = het besluit vermeldt het tijdstip voor de betaling: { $due }
    .rule = artikel 4:87, eerste lid, Awb
collection-default = niet binnen de termijn betaald: in verzuim vanaf { $from }
    .rule = artikel 4:97 Awb
collection-interest = wettelijke rente vanaf { $from } tot { $until } (niet inbegrepen): elke dag 1/365 van het jaarpercentage (werkelijke dagen/365, een keuze van art83), elke periode afgerond op centen (een halve cent naar boven); telkens na afloop van een jaar wordt de rente over dat jaar bij de grondslag opgeteld (artikel 6:119, tweede lid, BW)
    .rule = artikel 6:119 BW
collection-payment = betaling van { $amount } op { $date }: { $interest } op de rente, { $principal } op de hoofdsom
    .rule = artikel 4:92, eerste lid, Awb
collection-interest-waived = rente van { $waived } is minder dan € { $threshold } bij de laatste betaling (of bij volledige betaling op de peildatum): niet verschuldigd
    .rule = artikel 4:98, tweede lid, Awb
collection-outstanding = op { $on }: hoofdsom { $principal } en rente { $interest }
    .rule = openstaand
collection-limitation = vijf jaar na afloop van de betalingstermijn: verjaard vanaf op zijn vroegst { $barred } (een aanmaning, verrekening of dwangbevel stuit de verjaring en er gaat een nieuwe termijn lopen: artikelen 4:105, 4:106 en 4:110 Awb; het zaakbestand noemt er geen)
    .rule = artikel 4:104, eerste lid, Awb
collection-no-appeal-pending = geen bezwaar of beroep aanhangig volgens het zaakbestand: de termijn en de rente lopen zoals berekend (bezwaar tegen een boete van de AP schort de werking ervan op volgens artikel 38 UAVG, zoals besluiten van de AP vermelden; de wettekst is niet gelezen, evenmin of beroep bij de rechter dat ook doet; de rente loopt ook tijdens een schorsing, tenzij daarbij anders is bepaald, artikel 4:101 Awb)
    .rule = artikel 6:16 Awb
collection-penalty = last `{ $id }`: { $forfeited } verbeurd, elk bedrag te betalen binnen zes weken na het verbeuren; rente { $interest }
    .rule = artikel 5:33 Awb

## Waarom de invordering mogelijk is opgeschort (`suspended`).

collection-pending-appeal = bezwaar of beroep is aanhangig bij { $body } (van { $lodged }): volgens besluiten van de AP schort bezwaar op grond van artikel 38 UAVG de werking van een boetebesluit van de AP op (de wettekst is niet gelezen; voor beroep bij de rechter is zo'n regel niet gevonden)

## Bevindingen over de invordering.

collection-rules-unknown = art83 kent geen invorderingsregels voor { $country }: betalingstermijn, verzuim, rente, openstaand bedrag en verjaring worden niet berekend (de Nederlandse Awb bindt alleen Nederlandse bestuursorganen)
collection-rules-unknown-without-country = art83 kent geen invorderingsregels voor een autoriteit zonder landcode: betalingstermijn, verzuim, rente, openstaand bedrag en verjaring worden niet berekend (de Nederlandse Awb bindt alleen Nederlandse bestuursorganen)
collection-payment-after-as-of = een betaling van { $amount } op { $date } ligt na de peildatum { $as_of }: niet meegeteld
collection-paid-differs = de autoriteit vermeldt { $published } betaald; de betalingen tot de peildatum komen samen op { $paid }
collection-due-before-statutory-term = het tijdstip voor betaling in het besluit, { $due }, ligt niet na het einde van de termijn van zes weken, { $end }: artikel 4:87, eerste lid, Awb staat alleen een later tijdstip toe, dus de termijn geldt
collection-notified-unknown = geen datum `notified` (de dag van bekendmaking van het besluit): betalingstermijn, verzuim, rente en verjaring worden niet berekend
collection-overpaid = de betalingen gaan { $over } boven wat verschuldigd is uit: de autoriteit moet dat terugbetalen, met rente volgens artikel 4:102 Awb als het besluit is vernietigd of verlaagd (niet berekend)
collection-claim-time-barred = de rechtsvordering tot betaling van de boete is op zijn vroegst verjaard vanaf { $barred } (artikel 4:104, eerste lid, Awb), voor de peildatum: tenzij de verjaring is gestuit, kan { $outstanding } niet meer worden ingevorderd (een natuurlijke verbintenis blijft)
collection-maybe-suspended = { $reason }; termijn, verzuim en rente zijn berekend alsof dat niet zo is (artikel 6:16 Awb), en de rente loopt tijdens een schorsing door de rechter door, tenzij daarbij anders is bepaald (artikel 4:101 Awb)
collection-interest-rate-unverified = de wettelijke rente vanaf { $from } gebruikt percentages uit secundaire bronnen, niet uit de besluiten zelf: controleer ze aan de hand van het Staatsblad
collection-interest-rate-beyond-table = de tabel van art83 vermeldt geen wettelijke rente na { $stated_until }: het laatste percentage, { $rate } %, wordt aangenomen tot en met { $until }
collection-penalty-time-barred = { $time_barred } van de verbeurde dwangsommen is op de peildatum op zijn vroegst verjaard (artikel 5:35, eerste lid, Awb: een jaar na het verbeuren), tenzij verlengd door bezwaar of beroep (artikel 5:35, tweede lid) of gestuit (artikel 5:37a)
