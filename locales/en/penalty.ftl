## Orders subject to a penalty payment (calc::penalty).

penalty-against-the-state = { $provision }: no penalty payment where the processing is implemented by the State
penalty-above-cap-per-day = { $amount } for { $days ->
        [one] one day
       *[other] { $days } days
    } of delay is more than the ceiling of { $ceiling } a day ({ $provision })
penalty-above-cap-short-months = { $amount } for a period of { $days } days is more than the ceiling of { $ceiling } a day ({ $provision }): above it in the shorter months
