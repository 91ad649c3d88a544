## Orders subject to a penalty payment (calc::penalty).

penalty-against-the-state = { $provision }: no penalty payment where the processing is implemented by the State
penalty-above-cap-per-day = { $amount } for { $days ->
        [one] one day
       *[other] { $days } days
    } of delay is more than the ceiling of { $ceiling } a day ({ $provision })
penalty-above-cap-short-months = { $amount } for a period of { $days } days is more than the ceiling of { $ceiling } a day ({ $provision }): above it in the shorter months

## A unit of an order (`per`) and a length of time (`grace`).

penalty-unit = { $units ->
        [one] { $unit ->
            [day] day
            [week] week
            [breach] breach
            [once] once
           *[month] month
        }
       *[other] { $units } { $unit ->
            [day] days
            [week] weeks
           *[month] months
        }
    }
penalty-length = { $units } { $units ->
        [one] { $unit ->
            [day] day
            [week] week
           *[month] month
        }
       *[other] { $unit ->
            [day] days
            [week] weeks
           *[month] months
        }
    }

## The schedule of an order (calc::penalty).

penalty-grace-period = { $length } from { $from }: comply by { $due }; non-compliance counts from { $start }
    .rule = { $law ->
        [awb] Awb 5:32a(2) grace period
       *[national] grace period
    }
penalty-deadline = comply by { $due }; non-compliance counts from { $start }
    .rule = deadline
penalty-no-deadline = an order that prevents repetition needs no grace period: each breach forfeits on its day
    .rule = { $law ->
        [awb] Awb 5:32a(2)
       *[national] no deadline
    }
penalty-accrual-periods = { $amount } per { $unit } from { $start } up to, not including, { $end }: { $periods } period(s) of non-compliance; { $count ->
        [started] a started period counts in full
       *[completed] only completed periods count
    }
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-accrual-periods-to-ceiling = { $amount } per { $unit } from { $start } up to, not including, { $end }: { $periods } period(s) of non-compliance, { $forfeiting } forfeiting an amount (then the ceiling is reached); { $count ->
        [started] a started period counts in full
       *[completed] only completed periods count
    }
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-lump-sum = a lump sum of { $amount }, forfeited on { $day } if the deadline passed unmet
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-lump-sum-suspended = a lump sum of { $amount }; the order is suspended, so it is not forfeited
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-breaches-counted = { $amount } per breach x { $breaches } breach(es) found; no dates, so no schedule
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-breaches-dated = { $amount } per breach x { $breaches } breach(es) before { $end } (each forfeited on its day){ $early ->
        [0] {""}
       *[other] ; { $early } on or before the deadline forfeit nothing
    }{ $suspended ->
        [0] {""}
       *[other] ; { $suspended } while suspended forfeit nothing
    }
    .rule = { $law ->
        [awb] Awb 5:32b(1)
       *[national] accrual
    }
penalty-suspended-before-start = suspended from { $from } up to, not including, { $until }{ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, before non-compliance began: the grace period stops too, so the schedule moves later by { $days } day(s)
    .rule = suspension
penalty-suspended = suspended from { $from } up to, not including, { $until }{ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }: { $days } day(s) of non-compliance before { $end } do not count; later periods move later
    .rule = suspension
penalty-still-suspended = suspended from { $from }{ $stated ->
        [yes] {" "}({ $reason })
       *[no] {""}
    }, still suspended: nothing accrues from then on; { $days } day(s) before { $end }
    .rule = suspension
penalty-compliance-unknown = compliance unknown (no `complied` date): the amounts are what accrues if the order was not met before { $end }
    .rule = compliance
penalty-complied-after-as-of = complied on { $complied }, after the as-of date: what accrued up to, not including, { $end }
    .rule = compliance
penalty-complied = complied on { $complied }: nothing accrues from then on
    .rule = compliance
penalty-order-ends = the order applies up to, not including, { $ends }: nothing accrues from then on
    .rule = time limit
penalty-order-ends-after-as-of = the order applies up to, not including, { $ends }, after the as-of date
    .rule = time limit
penalty-ceiling-reached = ceiling { $ceiling } reached: nothing more is forfeited
    .rule = { $law ->
        [awb] Awb 5:32b(2)
       *[national] ceiling
    }
penalty-ceiling-not-reached = ceiling { $ceiling }, not reached
    .rule = { $law ->
        [awb] Awb 5:32b(2)
       *[national] ceiling
    }
penalty-forfeited = forfeited by operation of law
    .rule = Awb 5:33
penalty-accrued-under-national-law = due under the order; its collection follows national law
    .rule = accrued

## Liquidations (calc::penalty::liquidation).

penalty-liquidated = liquidated for { $from } to { $until } (both included): { $fixed }; the order forfeits { $calculated } over that window
    .rule = liquidation
penalty-liquidated-undated-breaches = liquidated for { $from } to { $until } (both included): { $fixed }; breaches counted without their dates cannot be placed in the window
    .rule = liquidation
penalty-liquidation-differs = the liquidation for { $from } to { $until } fixes { $fixed }; the order forfeits { $calculated } over that window
penalty-liquidation-of-undated-breaches = the liquidation for { $from } to { $until } fixes { $fixed }; breaches counted without their dates cannot be placed in the window

## Findings on the orders.

penalty-no-limitation-dates = no dates of limitation: when collection of these amounts lapses follows the authority's national law, which art83 does not hold (it holds the Dutch rule only)
penalty-without-maximum = the order states no ceiling (`max`): what accrues has no upper limit
penalty-without-maximum-complied = the order states no ceiling (`max`); it was complied with on { $complied }, so what it forfeited ({ $forfeited }) is final
penalty-without-maximum-ended = the order states no ceiling (`max`); it applied up to, not including, { $ends }, so what it forfeited ({ $forfeited }) is final
penalty-forfeited-differs = the decision states { $published } forfeited; the order accrues { $forfeited } up to, not including, { $end }
