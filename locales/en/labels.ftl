### The renderers' own words (labels): headers, captions, names of fields. Ids start with `label-`;
### the renderers' tables of words (`words!` in src/render/) are filled from them when art83 is
### built; labels with values (`{ $from }`) are written when a report is. Every id is read.

## The reports: table, markdown and HTML (render::labels::Labels).

label-decided = decided
label-undertaking = Undertaking
label-turnover = turnover
label-financial-year = financial year
label-what-if = (--turnover what-if)
label-public-body = public body: national law sets the maximum (Art. 83(7))
label-turnover-unknown = turnover unknown: each maximum is at least the fixed amount
label-turnover-and-rate-unknown = turnover unknown, and no rate to the euro stated: the maxima are not known
label-turnover-band = turnover redacted, in the band the decision states
label-violation = violation
label-articles = articles
label-tier = tier
label-legal-maximum = legal maximum
label-basis = basis
label-basis-fixed = fixed
label-basis-turnover = turnover
label-basis-at-least = at least
label-basis-unknown = unknown
label-basis-public-body = public body
label-basis-stated = as stated
label-basis-no-fine = no fine
label-fine = fine
label-method = method
label-group = group
label-in-group-fine = in group fine
label-linked-group = group
label-violations = violations
label-gravest = gravest
label-tie = tie
label-combined = combined
label-if-turnover-at-least = if turnover >=
label-ceiling = ceiling
label-within = within
label-yes = yes
label-no = NO
label-total = Total fines
label-total-before-reductions = Total before the settlement reductions
label-appeals = Appeals and objections
label-appeal-decided = decided
label-appeal-body = court or body
label-appeal-reference = reference
label-appeal-outcome = outcome
label-total-after = total after
label-final-total = Total that stands after the appeals
label-published-final-total = Published total after the appeals
label-not-known = not known
label-annulled = annulled
label-liquidated = Liquidated (both days included)
label-outcome-upheld = upheld
label-outcome-reduced = reduced
label-outcome-annulled = annulled
label-outcome-referred-back = referred back
label-outcome-pending = pending
label-outcome-reinstated = reinstated
label-published-total = Published total
label-total-eur = Total in euros (rounded half-up to the cent)
label-published-total-eur = Published total in euros
label-matches = matches
label-differs = DIFFERS
label-comparison = What the method gives with its defaults
label-declared-fine = declared fine
label-method-gives = method gives
label-range = range
label-capped = capped at the Art. 83(3) ceiling
label-what-if-total = Total fines with the method
label-what-if-beside = its defaults, beside the total above
label-total-row = total
label-made-by = Calculated by art83
label-how = How each amount was reached
label-penalties = Orders subject to a penalty payment, accrued up to, not including,
label-order = penalty order
label-amount = amount
label-per = per
label-due = due
label-max = max
label-periods = periods
label-forfeited = forfeited
label-forfeited-total = Forfeited together
label-exposure = Total exposure (fines and forfeited penalty payments)
label-max-reached-on = max reached on
label-if-unmet = if unmet
label-penalties-max = Penalty maxima together
label-unbounded = unbounded (an order has no maximum)
label-unbounded-but-final = none (an order has no maximum; it was complied with or has ended, so what it forfeited is final)
label-published-penalties-max = Published penalty maxima
label-schedule-of-awb = Schedule (each amount time-barred at the earliest one year after forfeiture, Awb 5:35(1); later while objection or appeal is pending (5:35(2)) or after an interruption (5:37a), which art83 does not track) of
label-schedule-of = Schedule of
label-period = period
label-from = from
label-to = to
label-cumulative = cumulative
label-forfeited-on = forfeited on
label-forfeited-on-first-day = each amount forfeited on the first day of its period
label-time-barred-on = time-barred on (at the earliest)
label-more-periods = more periods (--schedule full shows them)
label-how-penalties = How each penalty was reached
label-elapsed = elapsed
label-accrued-to = accrued to
label-complied = complied
label-order-ended = order ended
label-compliance-unknown = compliance unknown
label-as-of = as of
label-published-forfeited = Published forfeited
label-suspended = suspended
label-still-suspended = still suspended
label-days-not-counted = { $days } day(s) not counted
label-findings = Findings
label-article = article
label-listed-in = listed in
label-subject-matter = subject
label-fixed-maximum = fixed maximum
label-percent-of-turnover = % of turnover
label-note = note
label-no-tier = none
label-sweep-legal-maximum = legal_maximum
label-sweep-total = total

## The collection section (render::collection::Words).

label-collection-collection = Collection on
label-collection-item = item
label-collection-value = amount or date
label-collection-principal = fine to be paid
label-collection-notified = made known
label-collection-payment-due = last day for payment
label-collection-in-default-from = in default from
label-collection-interest = statutory interest accrued
label-collection-paid = paid
label-collection-outstanding-principal = outstanding principal
label-collection-outstanding-interest = outstanding interest
label-collection-outstanding = outstanding (principal and interest)
label-collection-penalties-outstanding = forfeited penalty payments with interest
label-collection-owed-total = owed in total
label-collection-claim-time-barred-on = claim time-barred from (earliest)
label-collection-not-computed = not computed
label-collection-published-paid = Published as paid
label-collection-interest-periods = Statutory interest periods
label-collection-rate = rate %
label-collection-days = days
label-collection-base = base
label-collection-how = How collection was computed
label-collection-penalty = penalty
label-collection-time-barred = time-barred part (earliest)
label-collection-subject = collection
label-collection-suspended = suspended?
label-collection-chart = What the fine owes over time: principal and statutory interest, less payments
label-collection-owed-line = owed (principal and interest)
label-collection-barred-mark = time-barred (earliest)
label-collection-interest-short = interest

## The HTML page (render::html::Words).

label-page-fines = Fines
label-page-fines-chart = Fines against their legal maxima and Art. 83(3) ceilings
label-page-penalty-charts = Amount forfeited over time, per order
label-page-findings = Findings
label-page-no-findings = No findings.
label-page-level = level
label-page-code = code
label-page-about = about
label-page-message = finding
label-page-authority = Authority
label-page-decided = Decided
label-page-published = Published
label-page-made-by = Calculated by art83

## The charts (render::chart::ChartWords).

label-chart-legal-maximum = legal maximum
label-chart-fine = fine
label-chart-ceiling = Art. 83(3) ceiling
label-chart-group-fine = group fine
label-chart-forfeited = forfeited
label-chart-penalty-max = maximum
label-chart-as-of = as of
label-chart-complied = complied
label-chart-suspended = suspended
label-chart-at-least = ≥: at least (turnover unknown)
label-chart-euros = euros
label-chart-amounts-in = amounts in

## The sweep chart (render::svg).

label-sweep-chart-turnover = turnover (EUR, preceding financial year)
label-sweep-chart-band = EDPB range
label-sweep-chart-maximum = legal maximum
label-sweep-chart-fine = fine
label-sweep-chart-total = total fines
label-sweep-chart-more = and { $count } more

## Finding levels and fining methods, as the reports name them (JSON keeps its own names).

label-level-error = error
label-level-warning = warning
label-level-info = info
label-method-declared = declared
label-method-edpb = edpb
label-method-ap2019 = ap2019
label-method-none = none

## Labels with values: the locale row writes the dates and amounts.

label-window = { $from } - { $until }
label-since = { $from }
label-maximum-at = legal maximum at a worldwide annual turnover of { $turnover }: the higher of the fixed amount and the percentage (Art. 83(4)-(6))
label-maximum-in-band = legal maximum at a worldwide annual turnover in the band { $band }: the higher of the fixed amount and the percentage, between what the band's ends give (Art. 83(4)-(6))

## Chart ticks and bar labels: an amount shortened to two decimals of its unit.

label-chart-thousands = { $n }k
label-chart-millions = { $n }M
label-chart-billions = { $n }bn
label-chart-over-max = > max
