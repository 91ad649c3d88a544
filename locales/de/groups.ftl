## Gruppen: eine Geldbuße für mehrere Verstöße und ihre Obergrenze (calc::groups).

group-ceiling = { $by ->
        [sum] eine Geldbuße für getrennte Verstöße (nicht Art. 83 Abs. 3 { -gdpr }): jeder behält seinen eigenen Höchstbetrag, also ist die Obergrenze ihre Summe, { $amount }
        [gravest] Obergrenze { $amount }: der gesetzliche Höchstbetrag für den schwerwiegendsten Verstoß, `{ $gravest }`
        [tied] Obergrenze { $amount }: der gesetzliche Höchstbetrag für den schwerwiegendsten Verstoß; { $tied } teilen ihn (ein Gleichstand, den die Falldatei nicht mit `gravest` entscheidet)
       *[none] kein Mitglied hat einen gesetzlichen Höchstbetrag, also hat die Gruppe keine Obergrenze
    }
    .rule = { $kind ->
        [linked] Art. 83 Abs. 3 { -gdpr }
       *[combined] gemeinsame Geldbuße
    }
group-ceiling-amount = { $known ->
        [unknown] nicht bekannt
        [floor] mindestens { $ceiling }
        [exact] { $ceiling }
       *[none] keine
    }
group-capped = die Summe übersteigt die Obergrenze: auf sie begrenzt
    .rule = EDSA-Schritt 4 / Art. 83 Abs. 3 { -gdpr }
group-declared = eine Geldbuße für die ganze Gruppe
    .rule = verhängt
group-sum = die Geldbußen der Mitglieder addiert
    .rule = Summe
group-partial-fines = die Teilgeldbußen der Mitglieder ergeben zusammen { $sum }; maßgeblich ist die eine Geldbuße der Gruppe, { $fine }
    .rule = zusammengefasste Geldbuße
group-fine-without-ceiling = eine Geldbuße ist für die Gruppe festgesetzt, aber Art. 83 Abs. 4 bis 6 { -gdpr } nennt keinen der Artikel ihrer Mitglieder, also gibt es keinen gesetzlichen Höchstbetrag, an dem sie zu prüfen wäre
group-exceeds-ceiling = { $kind ->
        [linked] die Geldbußen für verbundene Verarbeitungsvorgänge ergeben zusammen { $fine }, über der Obergrenze nach Art. 83 Abs. 3 { -gdpr } von { $ceiling }
       *[combined] die gemeinsame Geldbuße von { $fine } liegt über { $ceiling }, der Summe der gesetzlichen Höchstbeträge ihrer Verstöße
    }
group-ceiling-unknown-needs-turnover = die Geldbuße der Gruppe von { $fine }: ihre Obergrenze ist nicht bekannt, da die festen Beträge in Euro lauten und kein Kurs angegeben ist; sie liegt innerhalb der Obergrenze, wenn der Umsatz des Unternehmens mindestens { $needed } betrug (Geldbuße / { $percent } %, auf den Cent aufgerundet)
group-fine-needs-turnover = die Geldbuße der Gruppe von { $fine } liegt über { $ceiling }, dem Betrag, den ihre Obergrenze { $why ->
        [band] am unteren Ende der Umsatzspanne sicher erreicht
        [fixed-unknown] sicher erreicht, da die festen Beträge in der Währung nicht bekannt sind
       *[turnover-unknown] bei unbekanntem Umsatz sicher erreicht
    }; sie liegt innerhalb der Obergrenze, wenn der Umsatz des Unternehmens mindestens { $needed } betrug (Geldbuße / { $percent } %, auf den Cent aufgerundet)
