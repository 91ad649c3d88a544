//! Suspensions of an order (a court's provisional measure, an extension): nothing accrues from
//! a suspension's `from` up to, not including, its `until`, and the rest of the schedule moves
//! later by the time suspended (LAW.md §4: the CNPD's astreinte against Amazon was suspended by
//! the court on 17 December 2021, before its deadline). No `until`: still suspended.
//!
//! Non-compliance is counted on a "nominal" calendar from which the suspended days are taken
//! out: nominal day k is the k-th day on which the order could forfeit. Periods are laid out on
//! that calendar (calendar months included) and each of their days mapped back to the real one,
//! so a period interrupted by a suspension resumes where it stopped.

use jiff::civil::Date;

use super::date_out_of_range;
use crate::calc::error::CalcError;
use crate::calc::model::Suspension;

/// The days on which an order can accrue, from the first day of non-compliance on.
#[derive(Debug, Clone, Copy)]
pub struct Timeline<'a> {
    /// The first day of non-compliance; `None` for an order per breach without a deadline.
    start: Option<Date>,
    /// Sorted by `from`, none overlapping (checked when the case file is read).
    suspensions: &'a [Suspension],
}

impl<'a> Timeline<'a> {
    pub fn new(start: Option<Date>, suspensions: &'a [Suspension]) -> Timeline<'a> {
        Timeline { start, suspensions }
    }

    /// A suspension's part on or after the start of non-compliance, `[from, until)`; `None`
    /// when it ended before non-compliance began (a suspension of the grace period alone).
    fn gap(&self, suspension: &Suspension) -> Option<(Date, Option<Date>)> {
        let from = self.start.map_or(suspension.from, |start| suspension.from.max(start));
        match suspension.until {
            Some(until) if until <= from => None,
            until => Some((from, until)),
        }
    }

    /// Whether nothing accrues on `day`.
    pub fn is_suspended(&self, day: Date) -> bool {
        self.suspensions.iter().any(|s| s.from <= day && s.until.is_none_or(|until| day < until))
    }

    /// The days before `end` on which `suspension` kept the order from accruing.
    pub fn days_suspended(&self, suspension: &Suspension, end: Date) -> Result<i64, CalcError> {
        match self.gap(suspension) {
            Some((from, until)) if from < end => days_between(from, until.map_or(end, |until| until.min(end))),
            _ => Ok(0),
        }
    }

    /// All days before `end` on which a suspension kept the order from accruing.
    pub fn suspended_days(&self, end: Date) -> Result<i64, CalcError> {
        self.suspensions.iter().try_fold(0, |sum, s| Ok(sum + self.days_suspended(s, end)?))
    }

    /// The days from the start of non-compliance up to, not including, `end` on which the order
    /// could accrue: the length of the nominal calendar up to `end`.
    pub fn active_days(&self, end: Date) -> Result<i64, CalcError> {
        match self.start {
            Some(start) if start < end => Ok(days_between(start, end)? - self.suspended_days(end)?),
            _ => Ok(0),
        }
    }

    /// The real day of nominal day `nominal`: each suspension that begins on or before it moves
    /// it later by the suspension's length. `None` when it falls in a suspension without end.
    pub fn actual(&self, nominal: Date) -> Result<Option<Date>, CalcError> {
        let mut day = nominal;
        for (from, until) in self.suspensions.iter().filter_map(|s| self.gap(s)) {
            if day < from {
                break;
            }
            match until {
                Some(until) => day = plus_days(day, days_between(from, until)?)?,
                None => return Ok(None),
            }
        }
        Ok(Some(day))
    }

    /// The real day of `nominal`, or the last day before a suspension without end that
    /// swallows it: where a period interrupted for good stops.
    pub fn last_active(&self, nominal: Date) -> Result<Date, CalcError> {
        match self.actual(nominal)? {
            Some(day) => Ok(day),
            None => {
                let open = self.suspensions.iter().filter_map(|s| self.gap(s)).find(|(_, until)| until.is_none());
                let from = open.map_or(nominal, |(from, _)| from);
                from.yesterday().map_err(|_| date_out_of_range())
            }
        }
    }
}

/// Where non-compliance starts once the suspensions that began before it are taken into account.
/// While an order is suspended nothing of it runs, its grace period included (NL: a provisional
/// measure suspending the order, Awb 8:81; docs/law.md section 6): a suspension that begins
/// before `start` moves it later by the days the suspension lasts, so that the grace days left
/// when it began run again after it. Days before `grace_start` (the publication or decision the
/// grace period counts from) are not counted: no grace period ran then. A suspension without end
/// moves nothing: the timeline keeps the order from accruing from its start on.
pub fn moved_start(start: Date, grace_start: Option<Date>, suspensions: &[Suspension]) -> Result<Date, CalcError> {
    let mut start = start;
    for suspension in suspensions {
        if suspension.from >= start {
            break;
        }
        let Some(until) = suspension.until else { break };
        let from = grace_start.map_or(suspension.from, |grace_start| suspension.from.max(grace_start));
        if until > from {
            start = plus_days(start, days_between(from, until)?)?;
        }
    }
    Ok(start)
}

/// The days of `suspension` before `end` on which nothing of the order ran, its grace period
/// included, counted from `grace_start` where known.
pub fn days_stopped(suspension: &Suspension, grace_start: Option<Date>, end: Date) -> Result<i64, CalcError> {
    let from = grace_start.map_or(suspension.from, |grace_start| suspension.from.max(grace_start));
    let until = suspension.until.map_or(end, |until| until.min(end));
    if until > from { days_between(from, until) } else { Ok(0) }
}

/// Days from `from` up to, not including, `to`.
pub fn days_between(from: Date, to: Date) -> Result<i64, CalcError> {
    Ok(i64::from(from.until(to).map_err(|_| date_out_of_range())?.get_days()))
}

pub fn plus_days(day: Date, days: i64) -> Result<Date, CalcError> {
    let span = jiff::Span::new().try_days(days).map_err(|_| date_out_of_range())?;
    day.checked_add(span).map_err(|_| date_out_of_range())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn suspension(from: Date, until: Option<Date>) -> Suspension {
        Suspension { from, until, reason: None }
    }

    #[test]
    fn suspended_days_move_later_days_later() {
        let suspensions = [suspension(date(2024, 3, 10), Some(date(2024, 3, 20)))];
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &suspensions);
        assert_eq!(timeline.actual(date(2024, 3, 9)).unwrap(), Some(date(2024, 3, 9)));
        // The first suspended day's accrual resumes on `until`, not including `until` itself.
        assert_eq!(timeline.actual(date(2024, 3, 10)).unwrap(), Some(date(2024, 3, 20)));
        assert_eq!(timeline.actual(date(2024, 3, 11)).unwrap(), Some(date(2024, 3, 21)));
        assert_eq!(timeline.active_days(date(2024, 4, 1)).unwrap(), 31 - 10);
        assert_eq!(timeline.suspended_days(date(2024, 3, 15)).unwrap(), 5);
        assert!(timeline.is_suspended(date(2024, 3, 19)) && !timeline.is_suspended(date(2024, 3, 20)));
    }

    #[test]
    fn a_suspension_before_the_start_counts_only_from_the_start() {
        let suspensions = [suspension(date(2024, 2, 20), Some(date(2024, 3, 5)))];
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &suspensions);
        assert_eq!(timeline.actual(date(2024, 3, 1)).unwrap(), Some(date(2024, 3, 5)));
        assert_eq!(timeline.suspended_days(date(2025, 1, 1)).unwrap(), 4);
        // Over before non-compliance began: no effect.
        let earlier = [suspension(date(2024, 2, 1), Some(date(2024, 2, 10)))];
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &earlier);
        assert_eq!(timeline.actual(date(2024, 3, 1)).unwrap(), Some(date(2024, 3, 1)));
        assert_eq!(timeline.suspended_days(date(2025, 1, 1)).unwrap(), 0);
    }

    #[test]
    fn a_suspension_without_end_stops_the_calendar() {
        let suspensions = [suspension(date(2021, 12, 17), None)];
        let timeline = Timeline::new(Some(date(2022, 1, 16)), &suspensions);
        assert_eq!(timeline.actual(date(2022, 1, 16)).unwrap(), None);
        assert_eq!(timeline.active_days(date(2026, 1, 1)).unwrap(), 0);
        let timeline = Timeline::new(Some(date(2021, 12, 1)), &suspensions);
        assert_eq!(timeline.last_active(date(2021, 12, 20)).unwrap(), date(2021, 12, 16));
        assert_eq!(timeline.active_days(date(2026, 1, 1)).unwrap(), 16);
    }

    #[test]
    fn a_suspension_after_the_end_takes_no_days_before_it() {
        let later = [suspension(date(2024, 3, 10), Some(date(2024, 3, 20)))];
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &later);
        // Non-compliance 1 to 4 March; the suspension begins after it.
        assert_eq!(timeline.days_suspended(&later[0], date(2024, 3, 5)).unwrap(), 0);
        assert_eq!(timeline.suspended_days(date(2024, 3, 5)).unwrap(), 0);
        assert_eq!(timeline.active_days(date(2024, 3, 5)).unwrap(), 4);
        let open = [suspension(date(2024, 3, 10), None)];
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &open);
        assert_eq!(timeline.days_suspended(&open[0], date(2024, 3, 5)).unwrap(), 0);
        assert_eq!(timeline.active_days(date(2024, 3, 5)).unwrap(), 4);
    }

    #[test]
    fn an_end_on_or_before_the_start_leaves_no_active_days() {
        let timeline = Timeline::new(Some(date(2024, 3, 1)), &[]);
        assert_eq!(timeline.active_days(date(2024, 2, 1)).unwrap(), 0);
        assert_eq!(timeline.active_days(date(2024, 3, 1)).unwrap(), 0);
        assert_eq!(timeline.active_days(date(2024, 3, 2)).unwrap(), 1);
    }

    #[test]
    fn awb_8_81_a_suspension_before_the_deadline_moves_it_by_its_whole_length() {
        // Deadline 14 January 2022 (non-compliance from the 15th), suspended 17 December 2021
        // up to 30 June 2022: 29 grace days were left (17 December to 14 January); they run
        // again from 30 June, to 28 July: non-compliance from 29 July. The suspension lasted
        // 195 days (15 in December, 181 from 1 January to 30 June, less the 30th itself: 15 + 180).
        let suspensions = [suspension(date(2021, 12, 17), Some(date(2022, 6, 30)))];
        let moved = moved_start(date(2022, 1, 15), Some(date(2021, 7, 16)), &suspensions).unwrap();
        assert_eq!(moved, date(2022, 7, 29));
        assert_eq!(days_stopped(&suspensions[0], Some(date(2021, 7, 16)), date(2026, 1, 1)).unwrap(), 195);
        // Over before the grace period began: nothing moves.
        let earlier = [suspension(date(2021, 6, 1), Some(date(2021, 7, 1)))];
        assert_eq!(moved_start(date(2022, 1, 15), Some(date(2021, 7, 16)), &earlier).unwrap(), date(2022, 1, 15));
        assert_eq!(days_stopped(&earlier[0], Some(date(2021, 7, 16)), date(2026, 1, 1)).unwrap(), 0);
        // Begun after non-compliance began, or without end: left to the timeline.
        let later = [suspension(date(2022, 2, 1), Some(date(2022, 3, 1)))];
        assert_eq!(moved_start(date(2022, 1, 15), None, &later).unwrap(), date(2022, 1, 15));
        let open = [suspension(date(2021, 12, 17), None)];
        assert_eq!(moved_start(date(2022, 1, 15), None, &open).unwrap(), date(2022, 1, 15));
    }

    #[test]
    fn two_suspensions_before_the_deadline_both_move_it() {
        // Deadline 10 January (start the 11th): 1-3 January (2 days) moves it to the 13th; then
        // 12-20 January, begun before the 13th, moves it 8 days more, to the 21st.
        let suspensions = [
            suspension(date(2024, 1, 1), Some(date(2024, 1, 3))),
            suspension(date(2024, 1, 12), Some(date(2024, 1, 20))),
        ];
        assert_eq!(moved_start(date(2024, 1, 11), None, &suspensions).unwrap(), date(2024, 1, 21));
    }

    #[test]
    fn two_suspensions_add_up() {
        let suspensions = [
            suspension(date(2024, 1, 5), Some(date(2024, 1, 7))),
            suspension(date(2024, 1, 9), Some(date(2024, 1, 12))),
        ];
        let timeline = Timeline::new(Some(date(2024, 1, 1)), &suspensions);
        // Nominal days 1-4 real; 5, 6 -> 7, 8; 7 -> 12 (past both).
        assert_eq!(timeline.actual(date(2024, 1, 6)).unwrap(), Some(date(2024, 1, 8)));
        assert_eq!(timeline.actual(date(2024, 1, 7)).unwrap(), Some(date(2024, 1, 12)));
        assert_eq!(timeline.suspended_days(date(2024, 2, 1)).unwrap(), 5);
    }
}
