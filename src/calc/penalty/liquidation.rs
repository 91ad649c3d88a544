//! Liquidations: an authority's decision fixing what a running order forfeited over a window
//! (FR: the CNIL liquidates an astreinte for some weeks while the order runs on; NL: a
//! collection decision, Awb 5:37). Each is compared with what the order forfeits over that
//! window, both days included: the periods of non-compliance (or dated breaches) that count on a
//! day from `from` to `until`, with the ceiling counted from the start of the order. A period
//! counts when the order counts it: a started one on its first day, a completed one on its last
//! (a day of delay under "per day" is the day itself either way, so the CNIL's 19 Dec 2022 to
//! 8 Feb 2023 is 52 days whichever way the order counts). Not the day of forfeiture: a completed
//! day is forfeited the day after it, but the liquidation fixes the days of delay in its window.
//! The comparison does not depend on `--as-of`.

use jiff::civil::Date;

use super::{MAX_SCHEDULE_ROWS, PenaltyLaw, Window, rows_needed, schedule};
use crate::calc::error::{CalcError, Refusal};
use crate::calc::model::{Breaches, PenaltyOrder, PenaltyUnit, PeriodCount};
use crate::calc::money::Money;
use crate::calc::report::{Finding, FindingCode, Level, LiquidationReport, PenaltyReport, Step};
use crate::l10n::message::Message;

/// Each liquidation of `order` beside what the order forfeits over its window.
pub(super) fn liquidations(
    order: &PenaltyOrder,
    grace_from: Option<Date>,
    law: PenaltyLaw,
) -> Result<Vec<LiquidationReport>, CalcError> {
    order
        .liquidations
        .iter()
        .map(|liquidation| {
            let calculated = window_amount(order, grace_from, law, liquidation.from, liquidation.until)?;
            Ok(LiquidationReport {
                from: liquidation.from,
                until: liquidation.until,
                amount: liquidation.amount,
                calculated,
                matches: calculated.map(|c| c == liquidation.amount),
            })
        })
        .collect()
}

/// What the order forfeits on the days `from` to `until`; `None` for breaches counted without
/// their dates, which cannot be placed in a window.
fn window_amount(
    order: &PenaltyOrder,
    grace_from: Option<Date>,
    law: PenaltyLaw,
    from: Date,
    until: Date,
) -> Result<Option<Money>, CalcError> {
    if order.per == PenaltyUnit::Breach && !matches!(order.breaches, Some(Breaches::Dates(_))) {
        return Ok(None);
    }
    // Up to the day after the window's last day is forfeited, so that a completed period
    // ending on `until` is in the schedule.
    let as_of = until.tomorrow().and_then(|d| d.tomorrow()).map_err(|_| super::date_out_of_range())?;
    let window = Window::new(order, grace_from, as_of)?;
    let rows = rows_needed(order, &window)?;
    if rows > MAX_SCHEDULE_ROWS {
        let refusal = Refusal::ScheduleTooLong { rows, limit: MAX_SCHEDULE_ROWS };
        return Err(CalcError::refused(refusal, order.span.clone()));
    }
    let report = schedule(order, grace_from, as_of, law)?;
    let zero = order.amount.percent(rust_decimal::Decimal::ZERO)?;
    let sum = report
        .schedule
        .iter()
        .filter(|row| {
            let counts_on = if order.count == PeriodCount::Completed { row.to } else { row.from };
            (from..=until).contains(&counts_on)
        })
        .try_fold(zero, |sum, row| sum.checked_add(row.amount))?;
    Ok(Some(sum))
}

/// The step that shows a liquidation beside art83's figure for its window.
pub(super) fn step(liquidation: &LiquidationReport) -> Step {
    let says = match liquidation.calculated {
        Some(calculated) => Message::new("penalty-liquidated").arg("calculated", calculated),
        None => Message::new("penalty-liquidated-undated-breaches"),
    };
    let says = says.arg("from", liquidation.from).arg("until", liquidation.until).arg("fixed", liquidation.amount);
    Step::says(says, liquidation.calculated)
}

/// A liquidation that differs from what the order forfeits over its window: `check` exits 1.
/// An order annulled with its fine is left out: its liquidations fell with it.
pub(super) fn findings(report: &PenaltyReport) -> Vec<Finding> {
    if report.annulled_on.is_some() {
        return Vec::new();
    }
    report
        .liquidations
        .iter()
        .filter_map(|l| {
            let message = match (l.calculated, l.matches) {
                (Some(calculated), Some(false)) => {
                    Message::new("penalty-liquidation-differs").arg("calculated", calculated)
                }
                (None, _) => Message::new("penalty-liquidation-of-undated-breaches"),
                _ => return None,
            };
            let message = message.arg("from", l.from).arg("until", l.until).arg("fixed", l.amount);
            let level = if l.calculated.is_some() { Level::Error } else { Level::Warning };
            Some(Finding::says(level, FindingCode::LiquidationDiffers, message).penalty(&report.id))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::calc::model::{Liquidation, Suspension};
    use crate::calc::penalty::tests::order;

    fn liquidated(from: Date, until: Date, amount: i64) -> Liquidation {
        Liquidation { from, until, amount: Money::euros(amount), span: None }
    }

    /// The CNIL's astreinte against Clearview AI: EUR 100,000 a day from 19 Dec 2022.
    fn astreinte() -> PenaltyOrder {
        order(100_000, PenaltyUnit::Days(1), date(2022, 12, 18), None)
    }

    #[test]
    fn cnil_liquidation_of_a_running_astreinte_counts_the_window_only() {
        // 19 Dec 2022 to 8 Feb 2023, both included: 13 + 31 + 8 = 52 days = EUR 5,200,000,
        // whatever the order did after 8 Feb (it runs on: no compliance date).
        let mut order = astreinte();
        order.liquidations = vec![liquidated(date(2022, 12, 19), date(2023, 2, 8), 5_200_000)];
        let reports = liquidations(&order, None, PenaltyLaw::National).unwrap();
        assert_eq!(reports[0].calculated, Some(Money::euros(5_200_000)));
        assert_eq!(reports[0].matches, Some(true));
    }

    #[test]
    fn a_liquidation_counts_the_days_of_delay_in_its_window_whichever_way_the_order_counts() {
        // "Per day of delay" read as completed days: day 8 Feb is forfeited on 9 Feb, but it is
        // a day of delay in the window all the same: still 52 days = EUR 5,200,000.
        let mut order = astreinte();
        order.count = PeriodCount::Completed;
        order.liquidations = vec![
            liquidated(date(2022, 12, 19), date(2023, 2, 8), 5_200_000),
            liquidated(date(2023, 2, 9), date(2023, 3, 31), 5_100_000),
        ];
        let reports = liquidations(&order, None, PenaltyLaw::National).unwrap();
        assert_eq!(reports[0].calculated, Some(Money::euros(5_200_000)));
        assert_eq!(reports[1].calculated, Some(Money::euros(5_100_000)));
    }

    #[test]
    fn a_later_window_starts_where_the_earlier_one_ended() {
        // 9 Feb to 31 Mar 2023: 20 + 31 = 51 days = EUR 5,100,000; a decision fixing 5,200,000 differs.
        let mut order = astreinte();
        order.liquidations = vec![liquidated(date(2023, 2, 9), date(2023, 3, 31), 5_200_000)];
        let reports = liquidations(&order, None, PenaltyLaw::National).unwrap();
        assert_eq!(reports[0].calculated, Some(Money::euros(5_100_000)));
        assert_eq!(reports[0].matches, Some(false));
    }

    #[test]
    fn awb_5_32b_2_the_ceiling_counts_from_the_start_of_the_order_not_of_the_window() {
        // EUR 10,000 a week from 2 Jan 2024, at most 50,000: weeks 1-5 reach the ceiling, so a
        // window from week 4 to week 8 forfeits weeks 4 and 5 only: 20,000.
        let mut order = order(10_000, PenaltyUnit::Weeks(1), date(2024, 1, 1), Some(50_000));
        order.liquidations = vec![liquidated(date(2024, 1, 23), date(2024, 2, 26), 20_000)];
        let reports = liquidations(&order, None, PenaltyLaw::Awb).unwrap();
        assert_eq!(reports[0].calculated, Some(Money::euros(20_000)));
    }

    #[test]
    fn a_suspension_inside_the_window_forfeits_nothing_while_it_lasts() {
        // Suspended 1-10 Jan 2023 (until the 11th): 19 Dec to 8 Feb is 52 days less 10 = 42.
        let mut order = astreinte();
        order.suspended = vec![Suspension { from: date(2023, 1, 1), until: Some(date(2023, 1, 11)), reason: None }];
        order.liquidations = vec![liquidated(date(2022, 12, 19), date(2023, 2, 8), 4_200_000)];
        let reports = liquidations(&order, None, PenaltyLaw::National).unwrap();
        assert_eq!(reports[0].calculated, Some(Money::euros(4_200_000)));
    }

    #[test]
    fn breaches_counted_without_dates_cannot_be_placed_in_a_window() {
        let mut order = order(25_000, PenaltyUnit::Breach, date(2024, 1, 1), None);
        order.breaches = Some(Breaches::Count(3));
        order.liquidations = vec![liquidated(date(2024, 2, 1), date(2024, 2, 29), 25_000)];
        let reports = liquidations(&order, None, PenaltyLaw::Awb).unwrap();
        assert_eq!((reports[0].calculated, reports[0].matches), (None, None));
    }
}
