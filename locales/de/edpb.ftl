## EDSA-Leitlinien 04/2022 für die Berechnung von Geldbußen im Sinne der DSGVO (calc::edpb).

edpb-guidelines-postdate-decision = Die EDSA-Leitlinien 04/2022 wurden am { $adopted } angenommen, nach der Entscheidung vom { $decided }: Die Schritte zeigen, was die Methode ergibt, nicht was die Aufsichtsbehörde getan hat
edpb-step-2a-band = { $seriousness ->
        [low] niedriger
        [medium] mittlerer
       *[high] hoher
    } Schweregrad: { $low }-{ $high } % { $basis ->
        [at-least] des Höchstbetrags, bei unbekanntem Umsatz mindestens { $maximum }, = mindestens
       *[exact] des Höchstbetrags { $maximum } =
    } { $from } - { $to }; { $choice ->
        [position] Position { $position } in der Spanne
       *[chosen] gewählter Ausgangsbetrag
    }
    .rule = EDSA Schritt 2a
edpb-step-2b-size = Umsatz { $turnover } in der Größenklasse über { $above } bis { $up_to }: { $low }-{ $high } % des Ausgangsbetrags{ $verified ->
        [no] { " " }(Prozentsätze der Klasse nicht überprüft)
       *[yes] { "" }
    }; gewählt { $percent } %
    .rule = EDSA Schritt 2b
edpb-turnover-band = { $ends ->
        [both] über { $low } bis { $high }
        [above] über { $low }
        [up-to] bis { $high }
       *[any] jeder Betrag
    }
edpb-step-2b-above-500m = keine Anpassung an die Größe: Umsatz { $turnover } liegt über 500.000.000 EUR (EDSA-Leitlinien 04/2022 Abschnitt 4.3)
    .rule = EDSA Schritt 2b
edpb-step-2b-band-spans = keine Anpassung an die Größe: Umsatz nur als Spanne bekannt, { $turnover }, die mehr als eine Größenklasse umfasst
    .rule = EDSA Schritt 2b
edpb-step-2b-public-body = keine Anpassung an die Größe: Behörde oder öffentliche Stelle (Art. 83 Abs. 7 { -gdpr })
    .rule = EDSA Schritt 2b
edpb-step-2b-unknown = keine Anpassung an die Größe: { $reason ->
        [rate-unknown] Umsatz nur in einer anderen Währung bekannt, ohne angegebenen Kurs
        [band] Umsatz nur als Spanne bekannt
        [public-body] Behörde oder öffentliche Stelle (Art. 83 Abs. 7 { -gdpr })
        [ap-clearview] Umsatz unbekannt; die AP nimmt dann den festen Betrag als Bezugsgröße (AP Clearview Rn. 210)
       *[unknown] Umsatz unbekannt
    }
    .rule = EDSA Schritt 2b
adjustment-change-percent = { $sign ->
        [minus] -
       *[plus] +
    }{ $percent } %
adjustment-change-amount = { $sign ->
        [minus] -
       *[plus] +
    }{ $amount }
edpb-step-3-percent = { $factor }: { $change } des Betrags nach Schritt 2 ({ $reason }) = { $delta }
    .rule = EDSA Schritt 3
edpb-step-3-amount = { $factor }: { $change } ({ $reason })
    .rule = EDSA Schritt 3
edpb-step-3-together = { $base } { $sign ->
        [minus] -
       *[plus] +
    } { $change }: die Anpassungen zusammen, jede vom Betrag nach Schritt 2 berechnet, ihre Reihenfolge ist daher ohne Belang
    .rule = EDSA Schritt 3
edpb-step-4-capped = begrenzt auf den Höchstbetrag von { $cap }
    .rule = EDSA Schritt 4
edpb-step-4-within = innerhalb des Höchstbetrags von { $cap }
    .rule = EDSA Schritt 4
edpb-step-5 = { $factor }: { $change } ({ $reason })
    .rule = EDSA Schritt 5
edpb-step-5-capped = begrenzt auf den Höchstbetrag von { $cap }
    .rule = EDSA Schritt 5
