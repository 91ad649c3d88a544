## Ermäßigungen einer vorgeschlagenen Geldbuße bei einer Einigung (calc::settlement, calc::law::settlements).

settlement-es-acknowledgment = Anerkennung der Verantwortlichkeit
settlement-es-voluntary-payment = freiwillige Zahlung vor der Entscheidung
settlement-it-reduced-payment = Zahlung der Hälfte der Geldbuße innerhalb von 30 Tagen
settlement-reduction = { $what } ({ $provision }): { $percent } % { $of ->
        [proposed] des vorgeschlagenen Betrags
       *[total] des Gesamtbetrags
    } { $base } = { $off } Ermäßigung
    .rule = Einigung
settlement-off-rule = eine Ermäßigung um { $percent } % für { $what }: { $provision } gewährt { $grants ->
        [at-least] mindestens { $granted } %
       *[exactly] { $granted } %
    }
