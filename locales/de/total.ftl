## Der Gesamtbetrag des Falls: Gruppen und Verstöße zusammengerechnet, mit der Entscheidung verglichen (calc::calculation).

total-group-linked = Gruppe `{ $group }`: eine Geldbuße für verbundene Verarbeitungsvorgänge
    .rule = Art. 83 Abs. 3 { -gdpr }
total-group-combined = Gruppe `{ $group }`: eine Geldbuße für getrennte Verstöße
    .rule = gemeinsame Geldbuße
total-violation = Verstoß `{ $violation }`
    .rule = { $law ->
        [national] nationales Recht
       *[gdpr] Art. 83 Abs. 2 { -gdpr }
    }
total-sum = Summe der obigen Geldbußen
    .rule = Gesamtbetrag
total-after-settlement = der Gesamtbetrag nach den Ermäßigungen
    .rule = Gesamtbetrag
total-differs = die Entscheidung nennt einen Gesamtbetrag von { $published }, die Geldbußen ergeben zusammen { $total }
total-penalties-max-differs = die Entscheidung nennt Höchstbeträge der Zwangsgelder von zusammen { $published }; die Obergrenzen der Anordnungen { $ceilings ->
        [known] ergeben zusammen { $max }
       *[unknown] lassen sich nicht zusammenrechnen (eine Anordnung hat kein `max`)
    }
total-nothing-to-collect = keine Zahlungsfrist, keine Zinsen, kein offener Betrag: der Gesamtbetrag, der nach den Rechtsbehelfen besteht, ist unbekannt
total-public-body-as-undertaking = art83 kennt keine Regel { $country ->
        [none] der Aufsichtsbehörde (kein Ländercode in `authority`)
       *[other] von { $country }
    } für eine Behörde oder öffentliche Stelle, die als Unternehmen handelt: gegen sie wird eine Geldbuße wie gegen ein Unternehmen verhängt (Art. 83 Abs. 4 bis 6 { -gdpr }), das nationale Recht kann jedoch anderes bestimmen
total-public-body-turnover-ignored = eine Behörde oder öffentliche Stelle hat keinen umsatzbezogenen Höchstbetrag (Art. 83 Abs. 7 { -gdpr }): der angegebene Umsatz wird nicht verwendet
total-public-body-rule-unknown = art83 kennt keine Regel nach Art. 83 Abs. 7 { -gdpr } für { $country ->
        [none] die Aufsichtsbehörde (kein Ländercode in `authority`)
       *[other] { $country }
    }: die festen Höchstbeträge werden gezeigt, das nationale Recht kann Geldbußen gegen Behörden und öffentliche Stellen jedoch begrenzen oder ausschließen
