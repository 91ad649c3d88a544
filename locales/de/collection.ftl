## Beitreibung der Geldbuße nach dem Beschluss (calc::collection).

collection-principal = die zu zahlende Geldbuße: die Summe der Geldbußen
    .rule = Summe
collection-principal-after-appeals = die zu zahlende Geldbuße: die Summe, die nach Widerspruch und Klage bestehen bleibt
    .rule = Summe
collection-owed-in-total = Geldbuße { $fine } und Zwangsgelder { $penalties }, jeweils mit Zinsen, am { $on }
    .rule = insgesamt geschuldet
collection-term = sechs Wochen nach der Bekanntgabe am { $notified }: { $last }
    .rule = Art. 4:87 Abs. 1 Awb
collection-term-moved = der { $last } ist kein Werktag (ein Samstag, Sonntag oder gesetzlicher Feiertag nach Art. 3 Algemene termijnenwet): die Frist läuft bis zum nächsten Werktag, dem { $end }
    .rule = Art. 1 Abs. 1 Algemene termijnenwet
collection-later-day-for-payment = der Beschluss bestimmt einen späteren Tag für die Zahlung: { $due }
    .rule = Art. 4:87 Abs. 1 Awb
collection-day-for-payment = der Beschluss bestimmt den Tag für die Zahlung: { $due }
    .rule = Art. 4:87 Abs. 1 Awb
collection-default = nicht innerhalb der Frist gezahlt: in Verzug ab dem { $from }
    .rule = Art. 4:97 Awb
collection-interest = gesetzliche Zinsen vom { $from } bis zum { $until } (ausschließlich): jeder Tag 1/365 des Jahreszinssatzes (tatsächliche Tage/365, eine Wahl von art83), jeder Zeitraum kaufmännisch auf den Cent gerundet; nach jedem vollen Jahr werden die Zinsen des Jahres der Berechnungsgrundlage hinzugerechnet (Art. 6:119 Abs. 2 BW)
    .rule = Art. 6:119 BW
collection-payment = Zahlung von { $amount } am { $date }: { $interest } auf die Zinsen, { $principal } auf die Hauptforderung
    .rule = Art. 4:92 Abs. 1 Awb
collection-interest-waived = Zinsen von { $waived } liegen bei der letzten Zahlung (oder bei vollständiger Zahlung am Stichtag) unter { $threshold } EUR: nicht geschuldet
    .rule = Art. 4:98 Abs. 2 Awb
collection-outstanding = am { $on }: Hauptforderung { $principal } und Zinsen { $interest }
    .rule = offen
collection-limitation = fünf Jahre nach Ablauf der Zahlungsfrist: frühestens ab dem { $barred } verjährt (eine Mahnung, eine Aufrechnung oder ein Vollstreckungsbescheid unterbricht die Verjährung, und eine neue Frist beginnt: Art. 4:105, 4:106, 4:110 Awb; die Falldatei nennt keine)
    .rule = Art. 4:104 Abs. 1 Awb
collection-no-appeal-pending = laut Falldatei ist kein Widerspruch und keine Klage anhängig: Frist und Zinsen laufen wie berechnet (ein Widerspruch gegen eine Geldbuße der AP hat nach Art. 38 UAVG aufschiebende Wirkung, wie Beschlüsse der AP angeben; der Gesetzestext wurde nicht gelesen, auch nicht, ob eine Klage beim Gericht das ebenfalls bewirkt; die Zinsen laufen auch während einer Aussetzung, sofern diese nichts anderes bestimmt, Art. 4:101 Awb)
    .rule = Art. 6:16 Awb
collection-penalty = Zwangsgeld `{ $id }`: { $forfeited } verwirkt, jeder Betrag sechs Wochen nach seiner Verwirkung zu zahlen; Zinsen { $interest }
    .rule = Art. 5:33 Awb

## Warum die Beitreibung ausgesetzt sein kann (`suspended`).

collection-pending-appeal = ein Widerspruch oder eine Klage ist bei { $body } anhängig (vom { $lodged }): nach Beschlüssen der AP hat ein Widerspruch nach Art. 38 UAVG aufschiebende Wirkung für einen Bußgeldbeschluss der AP (der Gesetzestext wurde nicht gelesen; für eine Klage beim Gericht wurde keine solche Regel gefunden)

## Feststellungen zur Beitreibung.

collection-rules-unknown = art83 enthält keine Beitreibungsregeln für { $country }: Zahlungsfrist, Verzug, Zinsen, offener Betrag und Verjährung werden nicht berechnet (die niederländische Awb bindet nur niederländische Behörden)
collection-rules-unknown-without-country = art83 enthält keine Beitreibungsregeln für eine Aufsichtsbehörde ohne Ländercode: Zahlungsfrist, Verzug, Zinsen, offener Betrag und Verjährung werden nicht berechnet (die niederländische Awb bindet nur niederländische Behörden)
collection-payment-after-as-of = eine Zahlung von { $amount } am { $date } liegt nach dem Stichtag { $as_of }: nicht gezählt
collection-paid-differs = die Aufsichtsbehörde nennt { $published } gezahlt; die Zahlungen bis zum Stichtag ergeben { $paid }
collection-due-before-statutory-term = der Tag für die Zahlung im Beschluss, { $due }, liegt nicht nach dem Ende der Frist von sechs Wochen, { $end }: Art. 4:87 Abs. 1 Awb erlaubt nur einen späteren Tag, also gilt die Frist
collection-notified-unknown = kein Datum `notified` (der Tag der Bekanntgabe des Beschlusses): Zahlungsfrist, Verzug, Zinsen und Verjährung werden nicht berechnet
collection-overpaid = die Zahlungen übersteigen das Geschuldete um { $over }: die Aufsichtsbehörde muss es zurückzahlen, mit Zinsen nach Art. 4:102 Awb, wenn der Beschluss aufgehoben oder herabgesetzt wurde (nicht berechnet)
collection-claim-time-barred = der Anspruch auf Zahlung der Geldbuße ist frühestens ab dem { $barred } verjährt (Art. 4:104 Abs. 1 Awb), vor dem Stichtag: sofern die Verjährung nicht unterbrochen wurde, kann { $outstanding } nicht mehr beigetrieben werden (eine Naturalobligation bleibt)
collection-maybe-suspended = { $reason }; Frist, Verzug und Zinsen sind so berechnet, als wäre das nicht so (Art. 6:16 Awb), und die Zinsen laufen während einer gerichtlichen Aussetzung weiter, sofern diese nichts anderes bestimmt (Art. 4:101 Awb)
collection-interest-rate-unverified = die gesetzlichen Zinsen ab dem { $from } verwenden Zinssätze aus Sekundärquellen, nicht aus den Verordnungen selbst: bitte mit dem Staatsblad abgleichen
collection-interest-rate-beyond-table = die Tabelle von art83 nennt keinen gesetzlichen Zinssatz nach dem { $stated_until }: der letzte Satz, { $rate } %, wird bis zum { $until } als fortgeltend angenommen
collection-penalty-time-barred = { $time_barred } der verwirkten Zwangsgelder sind am Stichtag frühestens verjährt (Art. 5:35 Abs. 1 Awb: ein Jahr nach der Verwirkung), sofern nicht durch Widerspruch oder Klage verlängert (Art. 5:35 Abs. 2) oder unterbrochen (Art. 5:37a)
