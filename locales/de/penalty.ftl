## Anordnungen mit Zwangsgeld (calc::penalty).

penalty-against-the-state = { $provision }: kein Zwangsgeld, wo die Verarbeitung vom Staat durchgeführt wird
penalty-above-cap-per-day = { $amount } für { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } Verzug ist mehr als die Obergrenze von { $ceiling } pro Tag ({ $provision })
penalty-above-cap-short-months = { $amount } für einen Zeitraum von { $days } Tagen ist mehr als die Obergrenze von { $ceiling } pro Tag ({ $provision }): darüber in den kürzeren Monaten
