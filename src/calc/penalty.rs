//! Orders subject to a penalty payment (GDPR Art. 58(2)(d); NL: UAVG 16(1) with Awb 5:32(1);
//! FR: astreinte): periods, ceilings, forfeiture and limitation.
//!
//! Conventions (LAW.md §4), each reproducing a published figure:
//! - Non-compliance runs from the day after the deadline up to, not including, the compliance
//!   date (or the as-of date). CNIL v. Clearview: EUR 100,000 a day, 19 Dec 2022 – 9 Feb 2023
//!   = 52 days = EUR 5.2M.
//! - A grace period (Awb 5:32a(2)) ends on the deadline `base + grace`, counted from
//!   publication if given, else from the decision.
//! - Period n starts at `start + (n - 1) x unit`, never by adding one unit n times; month
//!   arithmetic clamps to the month's end (Jan 31 + 1 month = Feb 28/29), as jiff does.
//! - "Started" counting (per month or part of a month) forfeits a period's amount on its first
//!   day; "completed" counting on the day after the period ends (Awb 5:33: by operation of law).
//! - Each forfeited amount is time-barred one year after the day it was forfeited (Awb 5:35),
//!   unless objection or appeal extends that.
//!
//! The Awb binds Dutch authorities only. Another authority's order is computed with the same
//! conventions (they reproduce the CNIL's figure) but its steps cite no Awb article and its
//! periods carry no limitation date: that follows national law, which art83 does not hold.

use jiff::civil::Date;
use jiff::{Span, ToSpan};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::error::CalcError;
use super::model::{Case, Deadline, PenaltyOrder, PenaltyUnit, PeriodCount, is_dutch_authority};
use super::money::Money;
use super::report::{PenaltyPeriod, PenaltyReport, Step};

/// How long a forfeited amount can be collected (Awb 5:35(1)).
const LIMITATION_YEARS: i32 = 1;

/// The law an order's penalty payments follow, for what art83 can cite and compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyLaw {
    /// A Dutch authority: Awb 5:32-5:35 (LAW.md §4).
    Awb,
    /// Any other authority: national law art83 does not hold (no limitation dates).
    National,
}

impl PenaltyLaw {
    /// The rule a step cites: the Awb article, or a neutral name elsewhere.
    fn rule(self, awb: &'static str, neutral: &'static str) -> &'static str {
        match self {
            PenaltyLaw::Awb => awb,
            PenaltyLaw::National => neutral,
        }
    }
}

pub fn schedule_all(case: &Case, as_of: Date) -> Result<Vec<PenaltyReport>, CalcError> {
    let law = if is_dutch_authority(&case.authority) { PenaltyLaw::Awb } else { PenaltyLaw::National };
    case.penalties
        .iter()
        .map(|order| {
            schedule(order, case.published.or(case.decided), as_of, law)
                .map_err(|e| e.context(format!("penalty `{}`", order.id), order.span.clone()))
        })
        .collect()
}

impl PenaltyUnit {
    /// `month`, `2 weeks`, `breach`, `once`: as a case file writes it.
    pub fn describe(self) -> String {
        let (n, one, many) = match self {
            PenaltyUnit::Days(n) => (n, "day", "days"),
            PenaltyUnit::Weeks(n) => (n, "week", "weeks"),
            PenaltyUnit::Months(n) => (n, "month", "months"),
            PenaltyUnit::Breach => return "breach".into(),
            PenaltyUnit::Once => return "once".into(),
        };
        if n == 1 { one.into() } else { format!("{n} {many}") }
    }

    /// `1 month`, `3 months`: a length of time.
    pub fn describe_count(self) -> String {
        match self {
            PenaltyUnit::Days(1) | PenaltyUnit::Weeks(1) | PenaltyUnit::Months(1) => format!("1 {}", self.describe()),
            _ => self.describe(),
        }
    }

    /// `start + n x unit`, clamped to the month's end for months.
    fn after(self, start: Date, n: u64) -> Result<Date, CalcError> {
        let units = |len: u32| i64::try_from(n).ok().and_then(|n| n.checked_mul(i64::from(len)));
        let span = match self {
            PenaltyUnit::Days(len) => units(len).and_then(|d| Span::new().try_days(d).ok()),
            PenaltyUnit::Weeks(len) => units(len).and_then(|w| Span::new().try_weeks(w).ok()),
            PenaltyUnit::Months(len) => units(len).and_then(|m| Span::new().try_months(m).ok()),
            PenaltyUnit::Breach | PenaltyUnit::Once => return Ok(start),
        };
        span.and_then(|span| start.checked_add(span).ok()).ok_or_else(date_out_of_range)
    }

    fn is_periodic(self) -> bool {
        matches!(self, PenaltyUnit::Days(_) | PenaltyUnit::Weeks(_) | PenaltyUnit::Months(_))
    }
}

fn date_out_of_range() -> CalcError {
    CalcError::invalid("a penalty date falls outside the years -9999 to 9999", None)
}

/// The deadline: `due`, or the grace period from publication (else the decision).
pub fn deadline(order: &PenaltyOrder, grace_from: Option<Date>) -> Result<Date, CalcError> {
    match order.deadline {
        Deadline::Due(due) => Ok(due),
        Deadline::Grace(grace) => {
            let base = grace_from.ok_or_else(|| {
                CalcError::invalid("a grace period needs [case] published or decided to count from", order.span.clone())
            })?;
            grace.after(base, 1)
        }
    }
}

/// The schedule of one order up to `complied`, else `as_of` (exclusive).
pub fn schedule(
    order: &PenaltyOrder,
    grace_from: Option<Date>,
    as_of: Date,
    law: PenaltyLaw,
) -> Result<PenaltyReport, CalcError> {
    let due = deadline(order, grace_from)?;
    let start = due.tomorrow().map_err(|_| date_out_of_range())?;
    let end = order.complied.unwrap_or(as_of);
    let mut steps = vec![Step::new(
        match order.deadline {
            Deadline::Due(_) => "deadline",
            Deadline::Grace(_) => law.rule("Awb 5:32a(2) grace period", "grace period"),
        },
        match order.deadline {
            Deadline::Due(_) => format!("comply by {due}; non-compliance counts from {start}"),
            Deadline::Grace(grace) => format!(
                "{} from {}: comply by {due}; non-compliance counts from {start}",
                grace.describe_count(),
                grace_from.map(|d| d.to_string()).unwrap_or_default()
            ),
        },
        None,
    )];
    let ceiling = order.max;
    let cap = |amount: Money| ceiling.map_or(amount, |max| amount.min(max));

    let mut schedule = Vec::new();
    let mut max_reached_on = None;
    let mut max_reached_if_unmet = None;
    let mut cumulative = Money::ZERO.in_currency(order.amount.currency());

    let periods: u64;
    if order.per.is_periodic() {
        periods = counted_periods(order.per, order.count, start, end)?;
        // Only the periods up to the ceiling forfeit anything; the projection goes one further
        // than needed to find when the ceiling would be reached.
        let needed = ceiling.map(|max| periods_to_reach(max, order.amount));
        let rows = needed.map_or(periods, |n| n.min(periods));
        let mut from = start;
        for n in 1..=rows {
            // Each period starts where the previous one ended: start + (n - 1) x unit.
            let next = order.per.after(start, n)?;
            let to = next.yesterday().map_err(|_| date_out_of_range())?;
            let forfeited_on = match order.count {
                PeriodCount::Started => from,
                PeriodCount::Completed => next,
            };
            let amount = cap(cumulative.checked_add(order.amount)?).amount() - cumulative.amount();
            let amount = Money::new(amount).unwrap_or_default().in_currency(order.amount.currency());
            cumulative = cumulative.checked_add(amount)?;
            if ceiling == Some(cumulative) && max_reached_on.is_none() {
                max_reached_on = Some(forfeited_on);
            }
            schedule.push(PenaltyPeriod {
                period: n,
                from,
                to,
                amount,
                cumulative,
                forfeited_on,
                time_barred_on: match law {
                    PenaltyLaw::Awb => {
                        Some(forfeited_on.checked_add(LIMITATION_YEARS.years()).map_err(|_| date_out_of_range())?)
                    }
                    PenaltyLaw::National => None,
                },
            });
            from = next;
        }
        if let (Some(n), None) = (needed, order.complied) {
            // A ceiling further away than the calendar reaches is simply never reached.
            max_reached_if_unmet = match order.count {
                PeriodCount::Started => order.per.after(start, n - 1).ok(),
                PeriodCount::Completed => order.per.after(start, n).ok(),
            };
        }
        let count_rule = match order.count {
            PeriodCount::Started => "a started period counts in full",
            PeriodCount::Completed => "only completed periods count",
        };
        steps.push(Step::new(
            law.rule("Awb 5:32b(1)", "accrual"),
            format!(
                "{} per {} from {start} up to, not including, {end}: {periods} period(s); {count_rule}",
                order.amount,
                order.per.describe()
            ),
            None,
        ));
    } else {
        periods = match order.per {
            PenaltyUnit::Breach => u64::from(order.breaches.unwrap_or(0)),
            _ => u64::from(end > start),
        };
        cumulative = cap(order.amount.checked_mul(Decimal::from(periods))?);
        // A lump sum is forfeited on the first day of non-compliance; breaches carry no dates.
        if order.per == PenaltyUnit::Once && periods > 0 && ceiling == Some(cumulative) {
            max_reached_on = Some(start);
        }
        steps.push(Step::new(
            law.rule("Awb 5:32b(1)", "accrual"),
            match order.per {
                PenaltyUnit::Breach => format!("{} per breach x {periods} breach(es) found", order.amount),
                _ => format!("a lump sum of {}, forfeited once the deadline has passed unmet", order.amount),
            },
            None,
        ));
    }

    let forfeited = cumulative;
    if let Some(max) = ceiling {
        steps.push(Step::new(
            law.rule("Awb 5:32b(2)", "ceiling"),
            if forfeited == max {
                format!("ceiling {max} reached: nothing more is forfeited")
            } else {
                format!("ceiling {max}, not reached")
            },
            Some(max),
        ));
    }
    steps.push(match law {
        PenaltyLaw::Awb => Step::new("Awb 5:33", "forfeited by operation of law", Some(forfeited)),
        PenaltyLaw::National => {
            Step::new("accrued", "due under the order; its collection follows national law", Some(forfeited))
        }
    });

    Ok(PenaltyReport {
        id: order.id.clone(),
        violation: order.violation.clone(),
        order: order.order.clone(),
        amount: order.amount,
        per: order.per.describe(),
        count: order.count,
        due,
        accrual_starts: start,
        accrual_ends: end,
        complied: order.complied,
        max: order.max,
        forfeited,
        periods,
        max_reached_on,
        max_reached_if_unmet,
        schedule,
        steps,
    })
}

/// How many periods of non-compliance from `start` up to `end` (exclusive) count.
fn counted_periods(unit: PenaltyUnit, count: PeriodCount, start: Date, end: Date) -> Result<u64, CalcError> {
    if end <= start {
        return Ok(0);
    }
    let days = |len: i64| -> Result<u64, CalcError> {
        let elapsed = i64::from(start.until(end).map_err(|_| date_out_of_range())?.get_days());
        Ok(match count {
            PeriodCount::Started => (elapsed + len - 1) / len,
            PeriodCount::Completed => elapsed / len,
        } as u64)
    };
    match unit {
        PenaltyUnit::Days(n) => days(i64::from(n)),
        PenaltyUnit::Weeks(n) => days(7 * i64::from(n)),
        PenaltyUnit::Months(_) => {
            // Months differ in length: step through period starts (at most ~240,000 in 20,000 years).
            let (mut n, mut from): (u64, Date) = (0, start);
            loop {
                let next = unit.after(start, n + 1)?;
                let counts = match count {
                    PeriodCount::Started => from < end,
                    PeriodCount::Completed => next <= end,
                };
                if !counts {
                    return Ok(n);
                }
                n += 1;
                from = next;
            }
        }
        PenaltyUnit::Breach | PenaltyUnit::Once => Ok(0),
    }
}

/// Periods needed for the cumulative amount to reach `max`.
fn periods_to_reach(max: Money, amount: Money) -> u64 {
    if amount.is_zero() {
        return u64::MAX;
    }
    (max.amount() / amount.amount()).ceil().to_u64().unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn order(amount: i64, per: PenaltyUnit, due: Date, max: Option<i64>) -> PenaltyOrder {
        PenaltyOrder {
            id: "order".into(),
            violation: None,
            order: None,
            amount: Money::euros(amount),
            per,
            deadline: Deadline::Due(due),
            max: max.map(Money::euros),
            count: PeriodCount::Started,
            complied: None,
            breaches: None,
            span: None,
        }
    }

    /// An order of a Dutch authority.
    fn dutch(order: &PenaltyOrder, grace_from: Option<Date>, as_of: Date) -> Result<PenaltyReport, CalcError> {
        schedule(order, grace_from, as_of, PenaltyLaw::Awb)
    }

    #[test]
    fn dutch_authorities_only() {
        assert!(is_dutch_authority("NL-AP"));
        assert!(is_dutch_authority(" nl "));
        assert!(!is_dutch_authority("FR-CNIL"));
        assert!(!is_dutch_authority(""));
        assert!(!is_dutch_authority("N"));
    }

    #[test]
    fn cnil_clearview_52_days_of_100000_is_5_2_million() {
        let mut astreinte = order(100_000, PenaltyUnit::Days(1), date(2022, 12, 18), None);
        astreinte.complied = Some(date(2023, 2, 9));
        let report = schedule(&astreinte, None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
        assert_eq!(report.accrual_starts, date(2022, 12, 19));
        assert_eq!(report.periods, 52);
        assert_eq!(report.forfeited, Money::euros(5_200_000));
        assert_eq!(report.schedule.len(), 52);
        assert_eq!(report.max_reached_if_unmet, None);
        // French law, not the Awb: no limitation dates and no Awb citations.
        assert!(report.schedule.iter().all(|period| period.time_barred_on.is_none()));
        assert!(report.steps.iter().all(|step| !step.rule.contains("Awb")), "{:?}", report.steps);
    }

    #[test]
    fn under_the_awb_each_amount_is_time_barred_a_year_after_forfeiture() {
        let mut monthly = order(1_000, PenaltyUnit::Months(1), date(2024, 1, 31), Some(10_000));
        monthly.count = PeriodCount::Completed;
        let report = dutch(&monthly, None, date(2024, 6, 1)).unwrap();
        let first = &report.schedule[0];
        assert_eq!((first.from, first.forfeited_on), (date(2024, 2, 1), date(2024, 3, 1)));
        assert_eq!(first.time_barred_on, Some(date(2025, 3, 1)));
        assert!(report.steps.iter().any(|step| step.rule == "Awb 5:33"));
    }

    #[test]
    fn month_periods_from_jan_31_clamp_to_month_end_without_drifting() {
        let monthly = order(1_000, PenaltyUnit::Months(1), date(2024, 1, 30), None);
        let report = dutch(&monthly, None, date(2024, 5, 1)).unwrap();
        let starts: Vec<Date> = report.schedule.iter().map(|p| p.from).collect();
        // Leap year: Feb 29; then back to the 31st, not the 29th; April clamps to the 30th.
        assert_eq!(starts, [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]);
        assert_eq!(report.schedule[0].to, date(2024, 2, 28));
        assert_eq!(report.schedule[1].to, date(2024, 3, 30));
        let common = dutch(&order(1, PenaltyUnit::Months(1), date(2023, 1, 30), None), None, date(2023, 3, 2)).unwrap();
        assert_eq!(common.schedule[1].from, date(2023, 2, 28));
    }

    #[test]
    fn ceiling_reached_mid_schedule_stops_forfeiture() {
        let monthly = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), Some(1_500_000));
        let report = dutch(&monthly, None, date(2026, 1, 1)).unwrap();
        assert_eq!(report.forfeited, Money::euros(1_500_000));
        assert_eq!(report.schedule.len(), 6);
        assert_eq!(report.max_reached_on, Some(date(2025, 5, 4)));
        assert_eq!(report.max_reached_if_unmet, Some(date(2025, 5, 4)));
        assert!(report.periods > 6);
    }

    #[test]
    fn ceiling_not_a_multiple_caps_the_last_period() {
        let weekly = order(300, PenaltyUnit::Weeks(1), date(2024, 1, 1), Some(1_000));
        let report = dutch(&weekly, None, date(2025, 1, 1)).unwrap();
        let amounts: Vec<Money> = report.schedule.iter().map(|p| p.amount).collect();
        assert_eq!(amounts, [300, 300, 300, 100].map(Money::euros));
        assert_eq!(report.forfeited, Money::euros(1_000));
    }

    #[test]
    fn started_versus_completed_periods() {
        let mut monthly = order(10, PenaltyUnit::Months(1), date(2024, 1, 31), None);
        // Non-compliance 2024-02-01 up to 2024-03-15: one full month and a part.
        let started = dutch(&monthly, None, date(2024, 3, 15)).unwrap();
        assert_eq!((started.periods, started.forfeited), (2, Money::euros(20)));
        monthly.count = PeriodCount::Completed;
        let completed = dutch(&monthly, None, date(2024, 3, 15)).unwrap();
        assert_eq!((completed.periods, completed.forfeited), (1, Money::euros(10)));
        assert_eq!(completed.schedule[0].forfeited_on, date(2024, 3, 1));
    }

    #[test]
    fn complied_in_time_forfeits_nothing() {
        let mut monthly = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), Some(1_500_000));
        monthly.complied = Some(date(2024, 12, 1));
        let report = dutch(&monthly, None, date(2026, 1, 1)).unwrap();
        assert_eq!((report.periods, report.forfeited), (0, Money::ZERO));
        assert!(report.schedule.is_empty());
        monthly.complied = Some(date(2024, 12, 4));
        assert_eq!(dutch(&monthly, None, date(2026, 1, 1)).unwrap().forfeited, Money::ZERO);
    }

    #[test]
    fn grace_period_counts_from_publication() {
        let mut monthly = order(250_000, PenaltyUnit::Months(1), date(2000, 1, 1), Some(1_500_000));
        monthly.deadline = Deadline::Grace(PenaltyUnit::Months(3));
        let report = dutch(&monthly, Some(date(2024, 9, 3)), date(2024, 12, 5)).unwrap();
        assert_eq!(report.due, date(2024, 12, 3));
        assert_eq!(report.forfeited, Money::euros(250_000));
    }

    #[test]
    fn locatefamily_two_weeks_after_twelve_weeks() {
        let mut order = order(20_000, PenaltyUnit::Weeks(2), date(2000, 1, 1), Some(120_000));
        order.deadline = Deadline::Grace(PenaltyUnit::Weeks(12));
        let report = dutch(&order, Some(date(2020, 12, 10)), date(2022, 1, 1)).unwrap();
        assert_eq!(report.due, date(2021, 3, 4));
        assert_eq!(report.forfeited, Money::euros(120_000));
        assert_eq!(report.schedule.len(), 6);
    }

    #[test]
    fn forfeited_amounts_are_time_barred_a_year_later() {
        let daily = order(1, PenaltyUnit::Days(1), date(2024, 2, 28), None);
        let report = dutch(&daily, None, date(2024, 3, 1)).unwrap();
        assert_eq!(report.schedule[0].forfeited_on, date(2024, 2, 29));
        assert_eq!(report.schedule[0].time_barred_on, Some(date(2025, 2, 28)));
    }

    #[test]
    fn a_ceiling_beyond_the_calendar_is_never_reached_and_does_not_panic() {
        // Found by the fuzzer: EUR 1 a month towards a EUR 10^20 ceiling.
        let mut monthly = order(1, PenaltyUnit::Months(1), date(2024, 1, 1), None);
        monthly.max = Some(Money::new(Decimal::from(10u128.pow(20))).unwrap());
        let report = dutch(&monthly, None, date(2024, 6, 1)).unwrap();
        assert_eq!(report.max_reached_if_unmet, None);
        assert_eq!(report.forfeited, Money::euros(5));
    }

    #[test]
    fn breaches_and_lump_sums() {
        let mut per_breach = order(50_000, PenaltyUnit::Breach, date(2024, 1, 1), Some(120_000));
        per_breach.breaches = Some(3);
        assert_eq!(dutch(&per_breach, None, date(2024, 6, 1)).unwrap().forfeited, Money::euros(120_000));
        let once = order(75_000, PenaltyUnit::Once, date(2024, 1, 1), None);
        assert_eq!(dutch(&once, None, date(2024, 1, 3)).unwrap().forfeited, Money::euros(75_000));
        // Up to, not including, the as-of date: on 2 January nothing has run yet.
        assert_eq!(dutch(&once, None, date(2024, 1, 2)).unwrap().forfeited, Money::ZERO);
    }
}
