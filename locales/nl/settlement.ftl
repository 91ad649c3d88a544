## Verminderingen bij een schikking op een voorgestelde boete (calc::settlement, calc::law::settlements).

settlement-es-acknowledgment = erkenning van verantwoordelijkheid
settlement-es-voluntary-payment = vrijwillige betaling vóór het besluit
settlement-it-reduced-payment = betaling van de helft van de boete binnen 30 dagen
settlement-reduction = { $what } ({ $provision }): vermindering met { $percent } % van { $of ->
        [proposed] het voorgestelde bedrag
       *[total] het totaal
    } { $base }, dat is { $off }
    .rule = schikking
settlement-off-rule = een vermindering van { $percent } % voor { $what }: { $provision } staat { $grants ->
        [at-least] ten minste { $granted } %
       *[exactly] { $granted } %
    } toe
