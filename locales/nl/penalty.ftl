## Lasten onder dwangsom (calc::penalty).

penalty-against-the-state = { $provision }: geen dwangsom waar de verwerking door de Staat wordt verricht
penalty-above-cap-per-day = { $amount } voor { $days ->
        [one] één dag
       *[other] { $days } dagen
    } vertraging is meer dan het plafond van { $ceiling } per dag ({ $provision })
penalty-above-cap-short-months = { $amount } voor een periode van { $days } dagen is meer dan het plafond van { $ceiling } per dag ({ $provision }): daarboven in de kortere maanden

## Een eenheid van een last (`per`) en een tijdsduur (`grace`).

penalty-unit = { $units ->
        [one] { $unit ->
            [day] dag
            [week] week
            [breach] overtreding
            [once] eenmalig
           *[month] maand
        }
       *[other] { $units } { $unit ->
            [day] dagen
            [week] weken
           *[month] maanden
        }
    }
penalty-length = { $units } { $units ->
        [one] { $unit ->
            [day] dag
            [week] week
           *[month] maand
        }
       *[other] { $unit ->
            [day] dagen
            [week] weken
           *[month] maanden
        }
    }

## Het verloop van een last onder dwangsom (calc::penalty).

penalty-grace-period = { $length } vanaf { $from }: naleven uiterlijk op { $due }; niet-naleving telt vanaf { $start }
    .rule = { $law ->
        [awb] begunstigingstermijn (artikel 5:32a, tweede lid, Awb)
       *[national] begunstigingstermijn
    }
penalty-deadline = naleven uiterlijk op { $due }; niet-naleving telt vanaf { $start }
    .rule = termijn
penalty-no-deadline = een last ter voorkoming van herhaling behoeft geen begunstigingstermijn: elke overtreding verbeurt op de dag zelf
    .rule = { $law ->
        [awb] artikel 5:32a, tweede lid, Awb
       *[national] geen termijn
    }
penalty-accrual-periods = { $amount } per { $count ->
        [started] { $unit } of gedeelte daarvan
       *[completed] volledige { $unit }
    }, vanaf { $start } tot { $end } (niet inbegrepen): { $periods } periode(n) van niet-naleving; { $count ->
        [started] een begonnen periode telt volledig
       *[completed] alleen volledige perioden tellen
    }
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-accrual-periods-to-ceiling = { $amount } per { $count ->
        [started] { $unit } of gedeelte daarvan
       *[completed] volledige { $unit }
    }, vanaf { $start } tot { $end } (niet inbegrepen): { $periods } periode(n) van niet-naleving, waarvan { $forfeiting } met een verbeurd bedrag (daarna is het maximum bereikt); { $count ->
        [started] een begonnen periode telt volledig
       *[completed] alleen volledige perioden tellen
    }
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-lump-sum = een bedrag ineens van { $amount }, verbeurd op { $day } als de last niet binnen de termijn is uitgevoerd
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-lump-sum-suspended = een bedrag ineens van { $amount }; de last is geschorst, dus er wordt niets verbeurd
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-breaches-counted = { $amount } per overtreding x { $breaches } vastgestelde overtreding(en); zonder data geen verloop
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-breaches-dated = { $amount } per overtreding x { $breaches } overtreding(en) vóór { $end } (elk verbeurd op de dag zelf){ $early ->
        [0] {""}
       *[other] ; { $early } op of vóór het einde van de termijn verbeuren niets
    }{ $suspended ->
        [0] {""}
       *[other] ; { $suspended } tijdens de schorsing verbeuren niets
    }
    .rule = { $law ->
        [awb] artikel 5:32b, eerste lid, Awb
       *[national] verbeuren
    }
penalty-suspended-before-start = geschorst vanaf { $from } tot { $until } (niet inbegrepen){ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, vóór het begin van de niet-naleving: ook de begunstigingstermijn loopt dan niet, dus het schema schuift { $days } dag(en) op
    .rule = schorsing
penalty-suspended = geschorst vanaf { $from } tot { $until } (niet inbegrepen){ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }: { $days } dag(en) van niet-naleving vóór { $end } tellen niet mee; latere perioden schuiven op
    .rule = schorsing
penalty-still-suspended = geschorst vanaf { $from }{ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, nog steeds geschorst: vanaf dan verbeurt er niets; { $days } dag(en) vóór { $end }
    .rule = schorsing
penalty-compliance-unknown = naleving onbekend (geen datum `complied`): de bedragen zijn wat verbeurt als de last vóór { $end } niet is uitgevoerd
    .rule = naleving
penalty-complied-after-as-of = nageleefd op { $complied }, na de peildatum: wat verbeurd is tot { $end } (niet inbegrepen)
    .rule = naleving
penalty-complied = nageleefd op { $complied }: vanaf dan verbeurt er niets
    .rule = naleving
penalty-order-ends = de last geldt tot { $ends }: vanaf dan verbeurt er niets
    .rule = looptijd
penalty-order-ends-after-as-of = de last geldt tot { $ends }, na de peildatum
    .rule = looptijd
penalty-ceiling-reached = maximum { $ceiling } bereikt: er wordt niets meer verbeurd
    .rule = { $law ->
        [awb] artikel 5:32b, tweede lid, Awb
       *[national] maximum
    }
penalty-ceiling-not-reached = maximum { $ceiling } niet bereikt
    .rule = { $law ->
        [awb] artikel 5:32b, tweede lid, Awb
       *[national] maximum
    }
penalty-forfeited = van rechtswege verbeurd
    .rule = artikel 5:33 Awb
penalty-accrued-under-national-law = verschuldigd op grond van de last; de invordering volgt het nationale recht
    .rule = verbeurd

## Vaststelling van verbeurde dwangsommen (calc::penalty::liquidation).

penalty-liquidated = vastgesteld voor { $from } tot en met { $until }: { $fixed }; de last verbeurt in die periode { $calculated }
    .rule = vaststelling verbeurde dwangsommen
penalty-liquidated-undated-breaches = vastgesteld voor { $from } tot en met { $until }: { $fixed }; overtredingen die zonder datum zijn geteld, vallen niet in een periode te plaatsen
    .rule = vaststelling verbeurde dwangsommen
penalty-liquidation-differs = de vaststelling voor { $from } tot en met { $until } noemt { $fixed }; de last verbeurt in die periode { $calculated }
penalty-liquidation-of-undated-breaches = de vaststelling voor { $from } tot en met { $until } noemt { $fixed }; overtredingen die zonder datum zijn geteld, vallen niet in een periode te plaatsen

## Bevindingen over de lasten.

penalty-no-limitation-dates = geen verjaringsdata: wanneer de invordering van deze bedragen verjaart, volgt uit het nationale recht van de autoriteit, dat art83 niet kent (art83 kent alleen de Nederlandse regel)
penalty-without-maximum = de last noemt geen maximum (`max`): wat verbeurt heeft geen bovengrens
penalty-without-maximum-complied = de last noemt geen maximum (`max`); zij is nageleefd op { $complied }, dus wat verbeurd is ({ $forfeited }) staat vast
penalty-without-maximum-ended = de last noemt geen maximum (`max`); zij gold tot { $ends }, dus wat verbeurd is ({ $forfeited }) staat vast
penalty-forfeited-differs = het besluit noemt { $published } verbeurd; volgens de last verbeurt { $forfeited } tot { $end } (niet inbegrepen)
