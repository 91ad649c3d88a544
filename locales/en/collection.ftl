## Collecting the fine after the decision (calc::collection).

collection-principal = the fine to be paid: the total of the fines
    .rule = total
collection-principal-after-appeals = the fine to be paid: the total that stands after the appeals
    .rule = total
collection-owed-in-total = fine { $fine } and penalty payments { $penalties }, each with interest, on { $on }
    .rule = owed in total
collection-term = six weeks from notification on { $notified }: { $last }
    .rule = Awb 4:87(1)
collection-term-moved = { $last } is not a working day (a Saturday, Sunday or public holiday of Atw art. 3): the term runs to the next working day, { $end }
    .rule = Atw art. 1(1)
collection-later-day-for-payment = the decision sets a later day for payment: { $due }
    .rule = Awb 4:87(1)
collection-day-for-payment = the decision sets the day for payment: { $due }
    .rule = Awb 4:87(1)
collection-default = not paid within the term: in default from { $from }
    .rule = Awb 4:97
collection-interest = statutory interest from { $from } up to, not including, { $until }: each day 1/365 of the yearly rate (actual/365, art83's choice), each period rounded half-up to the cent; after each full year the year's interest is added to the base (BW 6:119(2))
    .rule = BW 6:119
collection-payment = payment of { $amount } on { $date }: { $interest } to interest, { $principal } to the principal
    .rule = Awb 4:92(1)
collection-interest-waived = interest of { $waived } is below EUR { $threshold } at the last payment (or if paid in full on the as-of date): not owed
    .rule = Awb 4:98(2)
collection-outstanding = on { $on }: principal { $principal } and interest { $interest }
    .rule = outstanding
collection-limitation = five years after the payment term: barred from { $barred } at the earliest (a reminder, set-off or writ interrupts it and a new term runs: Awb 4:105, 4:106, 4:110; none is in the case file)
    .rule = Awb 4:104(1)
collection-no-appeal-pending = no objection or appeal pending in the case file: the term and the interest run as computed (an objection against an AP fine suspends its effect under UAVG art. 38, as AP decisions state; the statute's text was not read, nor whether an appeal to the court does so too; interest also runs during a suspension unless it says otherwise, Awb 4:101)
    .rule = Awb 6:16
collection-penalty = penalty `{ $id }`: { $forfeited } forfeited, each amount due six weeks after its forfeiture; interest { $interest }
    .rule = Awb 5:33

## Why collection may be suspended (`suspended`).

collection-pending-appeal = an objection or appeal is pending before { $body } (of { $lodged }): AP decisions state that under UAVG art. 38 an objection suspends the effect of an AP fine decision (the statute's text was not read; for an appeal to the court no such rule was found)

## Findings on collection.

collection-rules-unknown = art83 holds no collection rules for { $country }: the payment term, default, interest, what is outstanding and limitation are not computed (the Dutch Awb binds Dutch authorities only)
collection-rules-unknown-without-country = art83 holds no collection rules for an authority without a country code: the payment term, default, interest, what is outstanding and limitation are not computed (the Dutch Awb binds Dutch authorities only)
collection-payment-after-as-of = a payment of { $amount } on { $date } is after the as-of date { $as_of }: not counted
collection-paid-differs = the authority states { $published } paid; the payments up to the as-of date add up to { $paid }
collection-due-before-statutory-term = the decision's day for payment { $due } is not after the end of the six-week term, { $end }: Awb 4:87(1) lets a decision set a later day only, so the term applies
collection-notified-unknown = no `notified` date (the day the decision was made known): the payment term, default, interest and limitation are not computed
collection-overpaid = the payments exceed what is owed by { $over }: the authority owes it back, with interest under Awb 4:102 where the decision was annulled or reduced (not computed)
collection-claim-time-barred = the claim for the fine is time-barred from { $barred } at the earliest (Awb 4:104(1)), before the as-of date: unless it was interrupted, { $outstanding } can no longer be enforced (a natural obligation remains)
collection-maybe-suspended = { $reason }; the term, default and interest are computed as if it did not (Awb 6:16), and interest runs during a court's suspension unless it says otherwise (Awb 4:101)
collection-interest-rate-unverified = the statutory interest from { $from } on uses rates read in secondary sources, not in the decrees themselves: check them against the Staatsblad
collection-interest-rate-beyond-table = art83's table states no statutory interest rate after { $stated_until }: the last rate, { $rate } %, is assumed to continue up to { $until }
collection-penalty-time-barred = { $time_barred } of the penalty payments forfeited is time-barred at the earliest by the as-of date (Awb 5:35(1): one year after forfeiture), unless extended by an objection or appeal (5:35(2)) or interrupted (5:37a)
