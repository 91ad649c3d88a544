## Anordnungen mit Zwangsgeld (calc::penalty).

penalty-against-the-state = { $provision }: kein Zwangsgeld, wo die Verarbeitung vom Staat durchgeführt wird
penalty-above-cap-per-day = { $amount } für { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } Verzug ist mehr als die Obergrenze von { $ceiling } pro Tag ({ $provision })
penalty-above-cap-short-months = { $amount } für einen Zeitraum von { $days } Tagen ist mehr als die Obergrenze von { $ceiling } pro Tag ({ $provision }): darüber in den kürzeren Monaten

## Eine Einheit einer Anordnung (`per`) und eine Zeitdauer (`grace`).

penalty-unit = { $units ->
        [one] { $unit ->
            [day] Tag
            [week] Woche
            [breach] Verstoß
            [once] einmalig
           *[month] Monat
        }
       *[other] { $units } { $unit ->
            [day] Tage
            [week] Wochen
           *[month] Monate
        }
    }
penalty-length = { $units } { $units ->
        [one] { $unit ->
            [day] Tag
            [week] Woche
           *[month] Monat
        }
       *[other] { $unit ->
            [day] Tage
            [week] Wochen
           *[month] Monate
        }
    }

## Der Verlauf einer Anordnung mit Zwangsgeld (calc::penalty).

penalty-grace-period = { $length } ab dem { $from }: zu erfüllen bis zum { $due }; die Nichterfüllung zählt ab dem { $start }
    .rule = { $law ->
        [awb] Frist (Art. 5:32a Abs. 2 Awb)
       *[national] Frist
    }
penalty-deadline = zu erfüllen bis zum { $due }; die Nichterfüllung zählt ab dem { $start }
    .rule = Frist
penalty-no-deadline = eine Anordnung, die eine Wiederholung verhindern soll, braucht keine Frist: jeder Verstoß verwirkt das Zwangsgeld an seinem Tag
    .rule = { $law ->
        [awb] Art. 5:32a Abs. 2 Awb
       *[national] keine Frist
    }
penalty-accrual-periods = { $amount } pro { $unit } vom { $start } bis zum { $end } (ausschließlich): { $periods ->
        [one] ein Zeitraum
       *[other] { $periods } Zeiträume
    } der Nichterfüllung; { $count ->
        [started] ein angefangener Zeitraum zählt voll
       *[completed] nur vollendete Zeiträume zählen
    }
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-accrual-periods-to-ceiling = { $amount } pro { $unit } vom { $start } bis zum { $end } (ausschließlich): { $periods ->
        [one] ein Zeitraum
       *[other] { $periods } Zeiträume
    } der Nichterfüllung, davon { $forfeiting } mit verwirktem Betrag (dann ist der Höchstbetrag erreicht); { $count ->
        [started] ein angefangener Zeitraum zählt voll
       *[completed] nur vollendete Zeiträume zählen
    }
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-lump-sum = ein Pauschalbetrag von { $amount }, verwirkt am { $day }, wenn die Frist ohne Erfüllung abgelaufen ist
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-lump-sum-suspended = ein Pauschalbetrag von { $amount }; die Anordnung ist ausgesetzt, er wird also nicht verwirkt
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-breaches-counted = { $amount } pro Verstoß x { $breaches ->
        [one] ein festgestellter Verstoß
       *[other] { $breaches } festgestellte Verstöße
    }; ohne Daten kein Verlauf
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-breaches-dated = { $amount } pro Verstoß x { $breaches ->
        [one] ein Verstoß
       *[other] { $breaches } Verstöße
    } vor dem { $end } (jeder an seinem Tag verwirkt){ $early ->
        [0] {""}
       *[other] ; { $early } am oder vor dem Ende der Frist verwirken nichts
    }{ $suspended ->
        [0] {""}
       *[other] ; { $suspended } während der Aussetzung verwirken nichts
    }
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 1 Awb
       *[national] Verwirkung
    }
penalty-suspended-before-start = ausgesetzt vom { $from } bis zum { $until } (ausschließlich){ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, bevor die Nichterfüllung begann: auch die Frist steht still, der Verlauf verschiebt sich also um { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    }
    .rule = Aussetzung
penalty-suspended = ausgesetzt vom { $from } bis zum { $until } (ausschließlich){ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }: { $days ->
        [one] ein Tag
       *[other] { $days } Tage
    } der Nichterfüllung vor dem { $end } zählen nicht; spätere Zeiträume verschieben sich
    .rule = Aussetzung
penalty-still-suspended = ausgesetzt seit dem { $from }{ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, weiterhin ausgesetzt: ab dann wird nichts verwirkt; { $days ->
        [one] ein Tag
       *[other] { $days } Tage
    } vor dem { $end }
    .rule = Aussetzung
penalty-compliance-unknown = Erfüllung unbekannt (kein Datum `complied`): die Beträge sind das, was verwirkt wird, wenn die Anordnung nicht vor dem { $end } erfüllt wurde
    .rule = Erfüllung
penalty-complied-after-as-of = erfüllt am { $complied }, nach dem Stichtag: verwirkt bis zum { $end } (ausschließlich)
    .rule = Erfüllung
penalty-complied = erfüllt am { $complied }: ab dann wird nichts verwirkt
    .rule = Erfüllung
penalty-order-ends = die Anordnung gilt bis zum { $ends } (ausschließlich): ab dann wird nichts verwirkt
    .rule = Befristung
penalty-order-ends-after-as-of = die Anordnung gilt bis zum { $ends } (ausschließlich), nach dem Stichtag
    .rule = Befristung
penalty-ceiling-reached = Höchstbetrag { $ceiling } erreicht: es wird nichts mehr verwirkt
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 2 Awb
       *[national] Höchstbetrag
    }
penalty-ceiling-not-reached = Höchstbetrag { $ceiling }, nicht erreicht
    .rule = { $law ->
        [awb] Art. 5:32b Abs. 2 Awb
       *[national] Höchstbetrag
    }
penalty-forfeited = kraft Gesetzes verwirkt
    .rule = Art. 5:33 Awb
penalty-accrued-under-national-law = nach der Anordnung geschuldet; die Beitreibung folgt dem nationalen Recht
    .rule = verwirkt

## Festsetzung verwirkter Zwangsgelder (calc::penalty::liquidation).

penalty-liquidated = festgesetzt für den { $from } bis zum { $until } (beide eingeschlossen): { $fixed }; die Anordnung verwirkt in diesem Zeitraum { $calculated }
    .rule = Festsetzung
penalty-liquidated-undated-breaches = festgesetzt für den { $from } bis zum { $until } (beide eingeschlossen): { $fixed }; ohne Datum gezählte Verstöße lassen sich keinem Zeitraum zuordnen
    .rule = Festsetzung
penalty-liquidation-differs = die Festsetzung für den { $from } bis zum { $until } nennt { $fixed }; die Anordnung verwirkt in diesem Zeitraum { $calculated }
penalty-liquidation-of-undated-breaches = die Festsetzung für den { $from } bis zum { $until } nennt { $fixed }; ohne Datum gezählte Verstöße lassen sich keinem Zeitraum zuordnen

## Feststellungen zu den Anordnungen.

penalty-no-limitation-dates = keine Verjährungsdaten: wann die Beitreibung dieser Beträge verjährt, folgt aus dem nationalen Recht der Aufsichtsbehörde, das art83 nicht enthält (art83 enthält nur die niederländische Regel)
penalty-without-maximum = die Anordnung nennt keinen Höchstbetrag (`max`): was verwirkt wird, hat keine Obergrenze
penalty-without-maximum-complied = die Anordnung nennt keinen Höchstbetrag (`max`); sie wurde am { $complied } erfüllt, was sie verwirkt hat ({ $forfeited }), steht also fest
penalty-without-maximum-ended = die Anordnung nennt keinen Höchstbetrag (`max`); sie galt bis zum { $ends } (ausschließlich), was sie verwirkt hat ({ $forfeited }), steht also fest
penalty-forfeited-differs = der Beschluss nennt { $published } verwirkt; nach der Anordnung werden bis zum { $end } (ausschließlich) { $forfeited } verwirkt
