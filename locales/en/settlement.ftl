## Settlement reductions of a proposed fine (calc::settlement, calc::law::settlements).

settlement-es-acknowledgment = acknowledgment of responsibility
settlement-es-voluntary-payment = voluntary payment before the resolution
settlement-it-reduced-payment = payment of half the fine within 30 days
settlement-reduction = { $what } ({ $provision }): { $percent } % of the { $of ->
        [proposed] proposed
       *[total] total
    } { $base } = { $off } off
    .rule = settlement
settlement-off-rule = a reduction of { $percent } % for { $what }: { $provision } grants { $grants ->
        [at-least] at least { $granted } %
       *[exactly] { $granted } %
    }
