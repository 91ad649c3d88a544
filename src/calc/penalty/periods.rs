//! Periods of non-compliance (Awb 5:32b(1): an amount per unit of time) on the calendar from
//! which suspensions are taken out (see `timeline`), and the ceiling (Awb 5:32b(2)).
//!
//! Period n starts at `start + (n - 1) x unit`, never by adding one unit n times; month
//! arithmetic clamps to the month's end (Jan 31 + 1 month = Feb 28/29), as jiff does.

use jiff::Span;
use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::date_out_of_range;
use super::timeline::days_between;
use crate::calc::error::CalcError;
use crate::calc::model::{PenaltyUnit, PeriodCount};
use crate::calc::money::Money;
use crate::l10n::message::{Arg, Message};

/// How far a month count may be off its estimate from the difference in months: clamping to
/// month ends moves it by at most one period. A wrong step (a bug) fails within these steps
/// with an error instead of looping.
const MONTH_CORRECTION_STEPS: u32 = 4;

/// For `per = "N weeks"`.
const DAYS_PER_WEEK: i64 = 7;

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

    /// The unit as a message (`penalty-unit`): `month`, `2 weeks`; each language writes the
    /// word and its plural.
    pub fn says(self) -> Message {
        let (key, units) = self.key();
        Message::new("penalty-unit").arg("unit", Arg::Key(key)).arg("units", units)
    }

    /// The unit as a length of time (`penalty-length`): `1 month`, `3 months`.
    pub fn length(self) -> Message {
        let (key, units) = self.key();
        Message::new("penalty-length").arg("unit", Arg::Key(key)).arg("units", units)
    }

    /// The unit's name as a case file writes it in the singular, and how many of it.
    fn key(self) -> (&'static str, u32) {
        match self {
            PenaltyUnit::Days(n) => ("day", n),
            PenaltyUnit::Weeks(n) => ("week", n),
            PenaltyUnit::Months(n) => ("month", n),
            PenaltyUnit::Breach => ("breach", 1),
            PenaltyUnit::Once => ("once", 1),
        }
    }

    /// `start + n x unit`, clamped to the month's end for months.
    pub fn after(self, start: Date, n: u64) -> Result<Date, CalcError> {
        let units = |len: u32| i64::try_from(n).ok().and_then(|n| n.checked_mul(i64::from(len)));
        let span = match self {
            PenaltyUnit::Days(len) => units(len).and_then(|d| Span::new().try_days(d).ok()),
            PenaltyUnit::Weeks(len) => units(len).and_then(|w| Span::new().try_weeks(w).ok()),
            PenaltyUnit::Months(len) => {
                return units(len).and_then(|m| add_months(start, m)).ok_or_else(date_out_of_range);
            }
            PenaltyUnit::Breach | PenaltyUnit::Once => return Ok(start),
        };
        span.and_then(|span| start.checked_add(span).ok()).ok_or_else(date_out_of_range)
    }

    /// The unit's length in days, for units of fixed length.
    fn days(self) -> Option<i64> {
        match self {
            PenaltyUnit::Days(n) => Some(i64::from(n)),
            PenaltyUnit::Weeks(n) => Some(DAYS_PER_WEEK * i64::from(n)),
            _ => None,
        }
    }
}

/// `start + months`, on the same day of the month, clamped to the month's end (Jan 31 + 1
/// month = Feb 28/29). Computed from the month number, so it reaches across the whole calendar
/// (a jiff span holds fewer months than the calendar has).
fn add_months(start: Date, months: i64) -> Option<Date> {
    let index = i64::from(start.year()) * 12 + i64::from(start.month() - 1) + months;
    let year = i16::try_from(index.div_euclid(12)).ok()?;
    let month = i8::try_from(index.rem_euclid(12) + 1).ok()?;
    let first = Date::new(year, month, 1).ok()?;
    Date::new(year, month, start.day().min(first.days_in_month())).ok()
}

/// How many periods of non-compliance from `start` up to, not including, `end` count: each
/// started one, or only the completed ones ("per month or part of a month" or not, LAW.md §4).
pub fn counted_periods(unit: PenaltyUnit, count: PeriodCount, start: Date, end: Date) -> Result<u64, CalcError> {
    if end <= start {
        return Ok(0);
    }
    let Some(len) = unit.days() else {
        return month_periods(unit, count, start, end);
    };
    let elapsed = days_between(start, end)?;
    let periods = match count {
        PeriodCount::Started => (elapsed + len - 1) / len,
        PeriodCount::Completed => elapsed / len,
    };
    u64::try_from(periods).map_err(|_| date_out_of_range())
}

/// Calendar months differ in length: estimate from the difference in months, then correct by
/// stepping through period boundaries, at most `MONTH_CORRECTION_STEPS` times.
fn month_periods(unit: PenaltyUnit, count: PeriodCount, start: Date, end: Date) -> Result<u64, CalcError> {
    let PenaltyUnit::Months(len) = unit else {
        return Ok(0);
    };
    // Whether period n (from 1) counts: started before `end`, or completed by it. A boundary
    // beyond the calendar lies after `end`.
    let counts = |n: u64| match count {
        PeriodCount::Started => unit.after(start, n - 1).is_ok_and(|from| from < end),
        PeriodCount::Completed => unit.after(start, n).is_ok_and(|next| next <= end),
    };
    let months = (i64::from(end.year()) - i64::from(start.year())) * 12 + i64::from(end.month() - start.month());
    let mut n = u64::try_from(months / i64::from(len)).unwrap_or(0);
    for _ in 0..MONTH_CORRECTION_STEPS {
        if counts(n + 1) {
            n += 1;
        } else if n > 0 && !counts(n) {
            // At n = 0 this branch is never taken (the first period counts once `end > start`),
            // so cargo-mutants' `n >= 0` behaves the same: an equivalent mutant.
            n -= 1;
        } else {
            return Ok(n);
        }
    }
    Err(CalcError::invalid(format!("the months from {start} to {end} could not be counted"), None))
}

/// The number of periods (or breaches) whose amounts reach `max` (Awb 5:32b(2)); `None` when
/// the ceiling lies beyond any count (EUR 0.01 a day towards EUR 10^27).
pub fn periods_to_reach(max: Money, amount: Money) -> Option<u64> {
    let estimate = max.amount().checked_div(amount.amount())?.ceil().to_u64()?;
    // Division rounds to 28 significant digits, which can drop a fraction just above a whole
    // number (1 / 0.333...3), never add one: if the exact product falls short, one more.
    let reaches = amount.amount().checked_mul(Decimal::from(estimate)).is_none_or(|total| total >= max.amount());
    if reaches { Some(estimate) } else { estimate.checked_add(1) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Lang, catalogue};
    use jiff::ToSpan;
    use jiff::civil::date;
    use rust_decimal_macros::dec;

    fn money(amount: Decimal) -> Money {
        Money::new(amount).unwrap()
    }

    #[test]
    fn per_is_written_as_a_case_file_writes_it() {
        // FORMAT.md: per = "day" | "week" | "month" | "N days|weeks|months" | "breach" | "once".
        let written = [
            (PenaltyUnit::Days(1), "day"),
            (PenaltyUnit::Weeks(1), "week"),
            (PenaltyUnit::Months(1), "month"),
            (PenaltyUnit::Days(3), "3 days"),
            (PenaltyUnit::Weeks(2), "2 weeks"),
            (PenaltyUnit::Months(6), "6 months"),
            (PenaltyUnit::Breach, "breach"),
            (PenaltyUnit::Once, "once"),
        ];
        for (unit, text) in written {
            assert_eq!(unit.describe(), text);
        }
    }

    #[test]
    fn awb_5_32a_2_a_grace_period_is_written_as_a_length_of_time() {
        // grace = "3 months" as FORMAT.md writes it; a single unit gets its count too.
        let lengths = [
            (PenaltyUnit::Days(1), "1 day"),
            (PenaltyUnit::Weeks(1), "1 week"),
            (PenaltyUnit::Months(1), "1 month"),
            (PenaltyUnit::Days(14), "14 days"),
            (PenaltyUnit::Weeks(12), "12 weeks"),
            (PenaltyUnit::Months(3), "3 months"),
        ];
        for (unit, text) in lengths {
            assert_eq!(catalogue::text(Lang::En, &unit.length()), text);
        }
        assert_eq!(catalogue::text(Lang::Nl, &PenaltyUnit::Months(3).length()), "3 maanden");
        assert_eq!(catalogue::text(Lang::De, &PenaltyUnit::Weeks(1).length()), "1 Woche");
    }

    #[test]
    fn awb_5_32b_1_a_unit_is_written_in_each_language_with_its_plural() {
        for (unit, en, nl, de) in [
            (PenaltyUnit::Months(1), "month", "maand", "Monat"),
            (PenaltyUnit::Months(6), "6 months", "6 maanden", "6 Monate"),
            (PenaltyUnit::Weeks(2), "2 weeks", "2 weken", "2 Wochen"),
            (PenaltyUnit::Days(1), "day", "dag", "Tag"),
        ] {
            assert_eq!(catalogue::text(Lang::En, &unit.says()), en);
            assert_eq!(catalogue::text(Lang::Nl, &unit.says()), nl);
            assert_eq!(catalogue::text(Lang::De, &unit.says()), de);
        }
    }

    #[test]
    fn awb_5_32b_2_periods_to_reach_a_ceiling() {
        assert_eq!(periods_to_reach(Money::euros(1_500_000), Money::euros(250_000)), Some(6));
        assert_eq!(periods_to_reach(Money::euros(1_000), Money::euros(300)), Some(4));
        assert_eq!(periods_to_reach(Money::euros(300), Money::euros(300)), Some(1));
        assert_eq!(periods_to_reach(money(dec!(10)), money(dec!(3))), Some(4));
    }

    #[test]
    fn periods_to_reach_far_ceilings_without_overflow() {
        // Issue 16: "Division overflowed" for both.
        let far = money(dec!(1000000000000000000000000000));
        assert_eq!(periods_to_reach(far, money(dec!(0.01))), None);
        assert_eq!(periods_to_reach(Money::euros(50_000), money(dec!(0.0000000000000000000000000001))), None);
        // Reachable but beyond u64: none either.
        assert_eq!(periods_to_reach(far, Money::euros(1)), None);
        assert_eq!(periods_to_reach(far, Money::euros(1_000_000_000)), Some(1_000_000_000_000_000_000));
    }

    #[test]
    fn periods_to_reach_corrects_the_rounded_quotient() {
        // 1 / 3 rounds to 0.333...3 (28 digits); three periods of a third do not reach 1.
        let third = money(dec!(1) / dec!(3));
        assert_eq!(periods_to_reach(Money::euros(1), third), Some(4));
        assert_eq!(periods_to_reach(third, third), Some(1));
    }

    #[test]
    fn completed_weeks_are_whole_weeks() {
        let weeks = |days: i64, count| {
            let start = date(2024, 1, 1);
            counted_periods(PenaltyUnit::Weeks(1), count, start, start.checked_add(days.days()).unwrap()).unwrap()
        };
        assert_eq!(weeks(20, PeriodCount::Completed), 2);
        assert_eq!(weeks(21, PeriodCount::Completed), 3);
        assert_eq!(weeks(20, PeriodCount::Started), 3);
        assert_eq!(weeks(6, PeriodCount::Completed), 0);
        assert_eq!(weeks(1, PeriodCount::Started), 1);
        let fortnights =
            counted_periods(PenaltyUnit::Weeks(2), PeriodCount::Completed, date(2024, 1, 1), date(2024, 2, 1));
        assert_eq!(fortnights.unwrap(), 2);
    }

    #[test]
    fn compliance_on_a_period_start_ends_before_that_period() {
        let monthly = |count, end| counted_periods(PenaltyUnit::Months(1), count, date(2024, 2, 1), end).unwrap();
        // Up to, not including, 1 April: February and March only.
        assert_eq!(monthly(PeriodCount::Started, date(2024, 4, 1)), 2);
        assert_eq!(monthly(PeriodCount::Started, date(2024, 4, 2)), 3);
        assert_eq!(monthly(PeriodCount::Completed, date(2024, 4, 1)), 2);
        assert_eq!(monthly(PeriodCount::Completed, date(2024, 3, 31)), 1);
        assert_eq!(monthly(PeriodCount::Started, date(2024, 2, 2)), 1);
        assert_eq!(monthly(PeriodCount::Started, date(2024, 2, 1)), 0);
    }

    #[test]
    fn completed_months_end_on_the_day_of_the_month_they_began() {
        let completed = |end| counted_periods(PenaltyUnit::Months(1), PeriodCount::Completed, date(2024, 2, 15), end);
        // The month difference says one; 15 March has not come by 10 March.
        assert_eq!(completed(date(2024, 3, 10)).unwrap(), 0);
        assert_eq!(completed(date(2024, 3, 15)).unwrap(), 1);
        assert_eq!(completed(date(2024, 5, 14)).unwrap(), 2);
        assert_eq!(completed(date(2025, 2, 14)).unwrap(), 11);
    }

    #[test]
    fn months_from_a_month_end_count_clamped_periods() {
        let start = date(2024, 1, 31);
        let started = |end| counted_periods(PenaltyUnit::Months(1), PeriodCount::Started, start, end).unwrap();
        // Periods start 31 Jan, 29 Feb, 31 Mar, 30 Apr.
        assert_eq!(started(date(2024, 2, 29)), 1);
        assert_eq!(started(date(2024, 3, 1)), 2);
        assert_eq!(started(date(2024, 3, 31)), 2);
        assert_eq!(started(date(2024, 4, 1)), 3);
        let quarters = counted_periods(PenaltyUnit::Months(3), PeriodCount::Completed, start, date(2025, 1, 31));
        assert_eq!(quarters.unwrap(), 4);
        // Across the whole calendar, in a few steps.
        let all = counted_periods(PenaltyUnit::Months(1), PeriodCount::Started, date(-9999, 1, 1), date(9999, 12, 31));
        assert_eq!(all.unwrap(), 19_999 * 12);
    }
}
