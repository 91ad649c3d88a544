## Lasten onder dwangsom (calc::penalty).

penalty-against-the-state = { $provision }: geen dwangsom waar de verwerking door de Staat wordt verricht
penalty-above-cap-per-day = { $amount } voor { $days ->
        [one] één dag
       *[other] { $days } dagen
    } vertraging is meer dan het plafond van { $ceiling } per dag ({ $provision })
penalty-above-cap-short-months = { $amount } voor een periode van { $days } dagen is meer dan het plafond van { $ceiling } per dag ({ $provision }): daarboven in de kortere maanden
