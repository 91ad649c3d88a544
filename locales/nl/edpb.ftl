## EDPB-richtsnoeren 04/2022 over de berekening van administratieve geldboeten (calc::edpb).

edpb-guidelines-postdate-decision = EDPB-richtsnoeren 04/2022 zijn vastgesteld op { $adopted }, na het besluit van { $decided }: de stappen tonen wat de methode oplevert, niet wat de autoriteit deed
edpb-step-2a-band = { $seriousness ->
        [low] lage
        [medium] gemiddelde
       *[high] hoge
    } ernst: { $low }-{ $high } % van { $basis ->
        [at-least] het wettelijk maximum, bij onbekende omzet ten minste { $maximum }, = ten minste
       *[exact] het wettelijk maximum { $maximum } =
    } { $from } - { $to }; { $choice ->
        [position] positie { $position } in de bandbreedte
       *[chosen] gekozen uitgangsbedrag
    }
    .rule = EDPB-stap 2a
edpb-step-2b-size = omzet { $turnover } in de klasse boven { $above } tot en met { $up_to }: { $low }-{ $high } % van het uitgangsbedrag{ $verified ->
        [no] { " " }(percentages van de klasse niet geverifieerd)
       *[yes] { "" }
    }; genomen { $percent } %
    .rule = EDPB-stap 2b
edpb-turnover-band = { $ends ->
        [both] boven { $low } tot en met { $high }
        [above] boven { $low }
        [up-to] tot en met { $high }
       *[any] elk bedrag
    }
edpb-step-2b-above-500m = geen correctie voor de omvang: omzet { $turnover } ligt boven € 500.000.000 (EDPB-richtsnoeren 04/2022, paragraaf 4.3)
    .rule = EDPB-stap 2b
edpb-step-2b-band-spans = geen correctie voor de omvang: de omzet is alleen bekend als bandbreedte, { $turnover }, die meer dan één omvangsklasse beslaat
    .rule = EDPB-stap 2b
edpb-step-2b-public-body = geen correctie voor de omvang: overheidsorgaan (artikel 83, zevende lid, AVG)
    .rule = EDPB-stap 2b
edpb-step-2b-unknown = geen correctie voor de omvang: { $reason ->
        [rate-unknown] de omzet is alleen in een andere valuta bekend, zonder vermelde koers
        [band] omzet alleen bekend als bandbreedte
        [public-body] overheidsorgaan (artikel 83, zevende lid, AVG)
        [ap-clearview] omzet onbekend; de AP neemt dan het vaste bedrag als uitgangspunt (AP Clearview, rn. 210)
       *[unknown] omzet onbekend
    }
    .rule = EDPB-stap 2b
adjustment-change-percent = { $sign ->
        [minus] -
       *[plus] +
    }{ $percent } %
adjustment-change-amount = { $sign ->
        [minus] -
       *[plus] +
    }{ $amount }
edpb-step-3-percent = { $factor }: { $change } van het bedrag na stap 2 ({ $reason }) = { $delta }
    .rule = EDPB-stap 3
edpb-step-3-amount = { $factor }: { $change } ({ $reason })
    .rule = EDPB-stap 3
edpb-step-3-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: de aanpassingen samen, elk berekend over het bedrag na stap 2, dus de volgorde doet er niet toe
    .rule = EDPB-stap 3
edpb-step-4-capped = begrensd op het wettelijk maximum van { $cap }
    .rule = EDPB-stap 4
edpb-step-4-within = binnen het wettelijk maximum { $cap }
    .rule = EDPB-stap 4
edpb-step-5 = { $factor }: { $change } ({ $reason })
    .rule = EDPB-stap 5
edpb-step-5-capped = begrensd op het wettelijk maximum van { $cap }
    .rule = EDPB-stap 5
