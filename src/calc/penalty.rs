//! Orders subject to a penalty payment (GDPR Art. 58(2)(d); NL: UAVG 16(1) with Awb 5:32(1);
//! FR: astreinte): periods, ceilings, forfeiture, suspension and limitation.
//!
//! Conventions (LAW.md §4), each reproducing a published figure:
//! - Non-compliance runs from the day after the deadline up to, not including, the compliance
//!   date or the as-of date, whichever comes first. CNIL v. Clearview: EUR 100,000 a day,
//!   19 Dec 2022 – 9 Feb 2023 = 52 days = EUR 5.2M.
//! - A grace period (Awb 5:32a(2)) ends on the deadline `base + grace`, counted from
//!   publication if given, else from the decision. An order that only prevents repetition, per
//!   breach, needs none: each breach forfeits on its day.
//! - "Started" counting (per month or part of a month) forfeits a period's amount on its first
//!   day; "completed" counting on the day after the period ends (Awb 5:33: by operation of law).
//! - Nothing accrues while the order is suspended; later periods move later (`timeline`).
//! - Collection of each amount is barred at the earliest from the day after the first
//!   anniversary of its forfeiture (Awb 5:35(1)); later while objection or appeal is pending
//!   (5:35(2)) or after an interruption (5:37a), which are not tracked.
//! - Amount, unit and ceiling are the order's (Awb 5:32b(1)-(2)); whether they are proportionate
//!   to the interest harmed and the intended effect (Awb 5:32b(3)) is the authority's judgment,
//!   which art83 takes as given.
//!
//! The Awb binds Dutch authorities only. Another authority's order is computed with the same
//! conventions (they reproduce the CNIL's figure) but its steps cite no Awb article and its
//! periods carry no limitation date: that follows national law, which art83 does not hold.

pub(crate) mod caps;
mod liquidation;
mod periods;
mod timeline;

use crate::calc::report::FindingCode;
use jiff::ToSpan;
use jiff::civil::Date;
use rust_decimal::Decimal;

use super::error::{CalcError, Refusal};
use super::model::{Breaches, Case, Deadline, PenaltyOrder, PenaltyUnit, PeriodCount};
use super::money::Money;
use super::report::{Finding, Level, PenaltyPeriod, PenaltyReport, Step, SuspensionReport};
use crate::l10n::message::{Arg, Message};
use periods::{counted_periods, periods_to_reach};
use timeline::{Timeline, days_stopped, moved_start, plus_days};

/// How long a forfeited amount can be collected (Awb 5:35(1): "door verloop van een jaar na de
/// dag waarop zij is verbeurd"): barred from the day after the first anniversary of forfeiture.
const LIMITATION_YEARS: i32 = 1;

/// At most this many schedule rows (periods or breaches that forfeit an amount) per case, about
/// a daily order for 550 years. Checked before any row is built, so memory stays bounded: the
/// rows and their JSON take a few tens of MB (BENCHMARKS.md).
pub const MAX_SCHEDULE_ROWS: u64 = 200_000;

pub use super::model::PenaltyLaw;

impl PenaltyLaw {
    /// The key a step's rule selects on (`.rule = { $law -> [awb] Awb 5:33 *[national] ... }`):
    /// the Awb article, or a neutral name elsewhere.
    fn key(self) -> Arg {
        Arg::Key(match self {
            PenaltyLaw::Awb => "awb",
            PenaltyLaw::National => "national",
        })
    }
}

/// Every order's schedule, after checking that all of them together stay within
/// `MAX_SCHEDULE_ROWS`.
pub fn schedule_all(case: &Case, as_of: Date) -> Result<Vec<PenaltyReport>, CalcError> {
    let law = PenaltyLaw::of(case);
    let grace_from = case.published.or(case.decided);
    let in_order =
        |order: &PenaltyOrder, e: CalcError| e.context(format!("penalty `{}`", order.id), order.span.clone());
    let mut rows = 0u64;
    for order in &case.penalties {
        let window = Window::new(order, grace_from, as_of).map_err(|e| in_order(order, e))?;
        rows = rows.saturating_add(rows_needed(order, &window).map_err(|e| in_order(order, e))?);
        if rows > MAX_SCHEDULE_ROWS {
            let refusal = Refusal::ScheduleTooLong { rows, limit: MAX_SCHEDULE_ROWS };
            return Err(in_order(order, CalcError::refused(refusal, order.span.clone())));
        }
    }
    case.penalties
        .iter()
        .map(|order| with_liquidations(order, grace_from, as_of, law).map_err(|e| in_order(order, e)))
        .collect()
}

/// One order's schedule up to `as_of`, with its liquidations compared over their own windows.
fn with_liquidations(
    order: &PenaltyOrder,
    grace_from: Option<Date>,
    as_of: Date,
    law: PenaltyLaw,
) -> Result<PenaltyReport, CalcError> {
    let mut report = schedule(order, grace_from, as_of, law)?;
    report.liquidations = liquidation::liquidations(order, grace_from, law)?;
    report.steps.extend(report.liquidations.iter().map(liquidation::step));
    Ok(report)
}

pub(crate) fn date_out_of_range() -> CalcError {
    CalcError::invalid("a penalty date falls outside the years -9999 to 9999", None)
}

/// The deadline: `due`, or the grace period from publication (else the decision); none for an
/// order per breach that states neither (Awb 5:32a(2)).
pub fn deadline(order: &PenaltyOrder, grace_from: Option<Date>) -> Result<Option<Date>, CalcError> {
    match order.deadline {
        None => Ok(None),
        Some(Deadline::Due(due)) => Ok(Some(due)),
        Some(Deadline::Grace(grace)) => {
            let base = grace_from.ok_or_else(|| CalcError::refused(Refusal::GraceWithoutDate, order.span.clone()))?;
            grace.after(base, 1).map(Some)
        }
    }
}

/// When an order can forfeit: from the day after the deadline up to, not including, `end`,
/// leaving out the days it was suspended.
struct Window<'a> {
    due: Option<Date>,
    /// The publication or decision the grace period counts from.
    grace_from: Option<Date>,
    start: Option<Date>,
    end: Date,
    timeline: Timeline<'a>,
}

impl<'a> Window<'a> {
    fn new(order: &'a PenaltyOrder, grace_from: Option<Date>, as_of: Date) -> Result<Window<'a>, CalcError> {
        let due = deadline(order, grace_from)?;
        let start = due.map(|due| due.tomorrow().map_err(|_| date_out_of_range())).transpose()?;
        // A suspension before the deadline stops the grace period too (`moved_start`).
        let start = start.map(|start| moved_start(start, grace_from, &order.suspended)).transpose()?;
        // Accrual stops at compliance or when an order limited in time ends (Art. 66(1)), and an
        // as-of date before either shows the accrual so far.
        let end = [order.complied, order.ends].into_iter().flatten().fold(as_of, Date::min);
        Ok(Window { due, grace_from, start, end, timeline: Timeline::new(start, &order.suspended) })
    }

    fn start(&self) -> Result<Date, CalcError> {
        self.start.ok_or_else(|| CalcError::invalid("only an order per breach may go without a deadline", None))
    }
}

/// How many schedule rows an order needs: its periods or dated breaches up to the ceiling.
fn rows_needed(order: &PenaltyOrder, window: &Window) -> Result<u64, CalcError> {
    let elapsed = match (order.per, &order.breaches) {
        (PenaltyUnit::Breach, Some(Breaches::Dates(dates))) => dates.len() as u64,
        (PenaltyUnit::Breach, _) => 0,
        (PenaltyUnit::Once, _) => 1,
        _ => elapsed_periods(order, window)?,
    };
    Ok(needed(order).map_or(elapsed, |needed| needed.min(elapsed)))
}

/// The periods (or breaches) after which the ceiling is reached; `u64::MAX` when never.
fn needed(order: &PenaltyOrder) -> Option<u64> {
    order.max.map(|max| periods_to_reach(max, order.amount).unwrap_or(u64::MAX))
}

/// The schedule of one order.
pub fn schedule(
    order: &PenaltyOrder,
    grace_from: Option<Date>,
    as_of: Date,
    law: PenaltyLaw,
) -> Result<PenaltyReport, CalcError> {
    let window = Window::new(order, grace_from, as_of)?;
    let mut steps = vec![deadline_step(order, &window, grace_from, law)];
    let suspensions = suspensions(order, &window, &mut steps)?;
    let mut ledger = Ledger::new(order, law);
    let accrual = match (order.per, &order.breaches) {
        (PenaltyUnit::Breach, Some(Breaches::Dates(dates))) => breach_dates(order, dates, &window, &mut ledger)?,
        (PenaltyUnit::Breach, breaches) => breach_count(order, breaches, &mut ledger)?,
        (PenaltyUnit::Once, _) => lump_sum(order, &window, &mut ledger)?,
        _ => periodic(order, &window, &mut ledger)?,
    };
    steps.push(Step::says(accrual.says.arg("law", law.key()), None));
    steps.push(compliance_step(order, window.end));
    steps.extend(ends_step(order, as_of));
    summary_steps(order, ledger.cumulative, law, &mut steps);
    Ok(PenaltyReport {
        id: order.id.clone(),
        violation: order.violation.clone(),
        order: order.order.clone(),
        amount: order.amount,
        per: order.per.describe(),
        unit: order.per,
        count: order.count,
        due: window.due,
        accrual_starts: window.start,
        accrual_ends: window.end,
        complied: order.complied,
        ends: order.ends,
        max: order.max,
        forfeited: ledger.cumulative,
        periods: ledger.periods,
        periods_elapsed: accrual.elapsed,
        suspended_days: suspensions.iter().map(|s| s.days).sum(),
        suspensions,
        published_forfeited: order.published_forfeited,
        annulled_on: None,
        annulled_by: None,
        liquidations: Vec::new(),
        max_reached_on: ledger.max_reached_on,
        max_reached_if_unmet: accrual.if_unmet,
        schedule: ledger.rows,
        steps,
    })
}

/// What the accrual found besides the ledger's amounts.
struct Accrual {
    /// All periods (or breaches) of non-compliance, past the ceiling too.
    elapsed: u64,
    /// When the ceiling would be reached if the order stays unmet.
    if_unmet: Option<Date>,
    /// What the step says, without the law its rule cites.
    says: Message,
}

/// The amounts forfeited, period by period, up to the ceiling (Awb 5:32b(2)).
struct Ledger {
    amount: Money,
    ceiling: Option<Money>,
    law: PenaltyLaw,
    cumulative: Money,
    /// The periods (or breaches) that forfeited an amount.
    periods: u64,
    max_reached_on: Option<Date>,
    rows: Vec<PenaltyPeriod>,
}

impl Ledger {
    fn new(order: &PenaltyOrder, law: PenaltyLaw) -> Ledger {
        Ledger {
            amount: order.amount,
            ceiling: order.max,
            law,
            cumulative: Money::ZERO.in_currency(order.amount.currency()),
            periods: 0,
            max_reached_on: None,
            rows: Vec::new(),
        }
    }

    fn reached(&self) -> bool {
        self.ceiling == Some(self.cumulative)
    }

    /// `amount` capped so that the total stays within the ceiling (Awb 5:32b(2)).
    fn capped(&self, amount: Money) -> Money {
        let room = self.ceiling.map(|max| max.amount() - self.cumulative.amount());
        room.map_or(amount, |room| {
            Money::new(amount.amount().min(room)).unwrap_or_default().in_currency(amount.currency())
        })
    }

    /// One period's (or breach's) amount, forfeited on `forfeited_on` (Awb 5:33); nothing
    /// once the ceiling is reached.
    fn forfeit(&mut self, from: Date, to: Date, forfeited_on: Date) -> Result<(), CalcError> {
        if self.reached() {
            return Ok(());
        }
        let amount = self.capped(self.amount);
        self.cumulative = self.cumulative.checked_add(amount)?;
        self.periods += 1;
        if self.reached() {
            self.max_reached_on = Some(forfeited_on);
        }
        self.rows.push(PenaltyPeriod {
            period: self.periods,
            from,
            to,
            amount,
            cumulative: self.cumulative,
            forfeited_on,
            time_barred_on: time_barred_on(forfeited_on, self.law)?,
        });
        Ok(())
    }
}

/// Awb 5:35(1): collection is barred at the earliest from the day after the first anniversary of
/// forfeiture (forfeited 2025-08-16: barred from 2026-08-17; forfeited 29 February: the
/// anniversary is 28 February, barred from 1 March). The extension while objection or appeal is
/// open (5:35(2)) and interruption (5:37a, 4:106, 4:110) are not tracked, so this is the
/// earliest possible day. None outside the Awb.
fn time_barred_on(forfeited_on: Date, law: PenaltyLaw) -> Result<Option<Date>, CalcError> {
    match law {
        PenaltyLaw::Awb => {
            let anniversary = forfeited_on.checked_add(LIMITATION_YEARS.years()).map_err(|_| date_out_of_range())?;
            anniversary.tomorrow().map(Some).map_err(|_| date_out_of_range())
        }
        PenaltyLaw::National => Ok(None),
    }
}

/// The periods of non-compliance up to the window's end, on the calendar without suspensions.
fn elapsed_periods(order: &PenaltyOrder, window: &Window) -> Result<u64, CalcError> {
    let start = window.start()?;
    let nominal_end = plus_days(start, window.timeline.active_days(window.end)?)?;
    counted_periods(order.per, order.count, start, nominal_end)
}

/// Period `n` (from 1) on the real calendar: its first and last day, suspensions skipped.
fn period_days(order: &PenaltyOrder, window: &Window, n: u64) -> Result<(Option<Date>, Date), CalcError> {
    let start = window.start()?;
    let from = window.timeline.actual(order.per.after(start, n - 1)?)?;
    let last = order.per.after(start, n)?.yesterday().map_err(|_| date_out_of_range())?;
    Ok((from, window.timeline.last_active(last)?))
}

/// The day period `n` forfeits its amount: its first day, or the day after it ends (Awb 5:33).
fn forfeiture_day(order: &PenaltyOrder, window: &Window, n: u64) -> Result<Option<Date>, CalcError> {
    let start = window.start()?;
    match order.count {
        PeriodCount::Started => window.timeline.actual(order.per.after(start, n - 1)?),
        PeriodCount::Completed => {
            let last = order.per.after(start, n)?.yesterday().map_err(|_| date_out_of_range())?;
            let last = window.timeline.actual(last)?;
            last.map(|day| day.tomorrow().map_err(|_| date_out_of_range())).transpose()
        }
    }
}

/// An amount per unit of time (Awb 5:32b(1)).
fn periodic(order: &PenaltyOrder, window: &Window, ledger: &mut Ledger) -> Result<Accrual, CalcError> {
    let elapsed = elapsed_periods(order, window)?;
    for n in 1..=needed(order).map_or(elapsed, |needed| needed.min(elapsed)) {
        let (from, to) = period_days(order, window, n)?;
        let forfeited_on = forfeiture_day(order, window, n)?;
        let (Some(from), Some(forfeited_on)) = (from, forfeited_on) else {
            return Err(CalcError::invalid(format!("period {n} has no day on which it forfeits"), None));
        };
        ledger.forfeit(from, to, forfeited_on)?;
    }
    // A ceiling further away than the calendar reaches is simply never reached.
    let if_unmet = match (needed(order), order.complied) {
        (Some(n), None) => forfeiture_day(order, window, n).ok().flatten().filter(|day| before_end(order, *day)),
        _ => None,
    };
    // Every period forfeits unless the ceiling was reached first.
    let says = if ledger.periods == elapsed {
        Message::new("penalty-accrual-periods")
    } else {
        Message::new("penalty-accrual-periods-to-ceiling").arg("forfeiting", ledger.periods)
    };
    let count = match order.count {
        PeriodCount::Started => "started",
        PeriodCount::Completed => "completed",
    };
    let says = says
        .arg("amount", order.amount)
        .arg("unit", order.per.says())
        .arg("start", window.start()?)
        .arg("end", window.end)
        .arg("periods", elapsed)
        .arg("count", Arg::Key(count));
    Ok(Accrual { elapsed, if_unmet, says })
}

/// Whether `day` falls before an order limited in time ends (always, for one that is not).
fn before_end(order: &PenaltyOrder, day: Date) -> bool {
    order.ends.is_none_or(|ends| day < ends)
}

/// A lump sum (Awb 5:32b(1)), forfeited on the first day of non-compliance not suspended.
fn lump_sum(order: &PenaltyOrder, window: &Window, ledger: &mut Ledger) -> Result<Accrual, CalcError> {
    let day = window.timeline.actual(window.start()?)?;
    let forfeited = day.filter(|day| *day < window.end);
    if let Some(day) = forfeited {
        ledger.forfeit(day, day, day)?;
    }
    // The ceiling can equal the lump sum; then forfeiting it reaches the ceiling.
    let if_unmet = match (needed(order), order.complied) {
        (Some(1), None) => day.filter(|day| before_end(order, *day)),
        _ => None,
    };
    let says = match day {
        Some(day) => Message::new("penalty-lump-sum").arg("amount", order.amount).arg("day", day),
        None => Message::new("penalty-lump-sum-suspended").arg("amount", order.amount),
    };
    Ok(Accrual { elapsed: u64::from(forfeited.is_some()), if_unmet, says })
}

/// An amount per breach (Awb 5:32b(1)), the breaches counted without dates.
fn breach_count(order: &PenaltyOrder, breaches: &Option<Breaches>, ledger: &mut Ledger) -> Result<Accrual, CalcError> {
    let count = match breaches {
        Some(Breaches::Count(count)) => *count,
        _ => 0,
    };
    let total = order.amount.checked_mul(Decimal::from(count))?;
    ledger.cumulative = ledger.capped(total);
    ledger.periods = needed(order).map_or(u64::from(count), |needed| needed.min(u64::from(count)));
    Ok(Accrual {
        elapsed: u64::from(count),
        if_unmet: None,
        says: Message::new("penalty-breaches-counted").arg("amount", order.amount).arg("breaches", count),
    })
}

/// An amount per breach (Awb 5:32b(1)), each forfeited on the day of the breach if that falls
/// after the deadline (if any), before the window's end, and outside a suspension.
fn breach_dates(
    order: &PenaltyOrder,
    dates: &[Date],
    window: &Window,
    ledger: &mut Ledger,
) -> Result<Accrual, CalcError> {
    let (mut elapsed, mut early, mut suspended) = (0u64, 0u64, 0u64);
    for &day in dates.iter().filter(|day| **day < window.end) {
        if window.start.is_some_and(|start| day < start) {
            early += 1;
        } else if window.timeline.is_suspended(day) {
            suspended += 1;
        } else {
            elapsed += 1;
            ledger.forfeit(day, day, day)?;
        }
    }
    // `early` and `suspended` are said only when not 0 (a `[0]` variant in the catalogues).
    let says = Message::new("penalty-breaches-dated")
        .arg("amount", order.amount)
        .arg("breaches", elapsed)
        .arg("end", window.end)
        .arg("early", early)
        .arg("suspended", suspended);
    Ok(Accrual { elapsed, if_unmet: None, says })
}

fn deadline_step(order: &PenaltyOrder, window: &Window, grace_from: Option<Date>, law: PenaltyLaw) -> Step {
    // A grace period always has its date to count from (`deadline` refuses one without).
    match (order.deadline, window.due.zip(window.start), grace_from) {
        (Some(Deadline::Grace(grace)), Some((due, start)), Some(from)) => Step::says(
            Message::new("penalty-grace-period")
                .arg("length", grace.length())
                .arg("from", from)
                .arg("due", due)
                .arg("start", start)
                .arg("law", law.key()),
            None,
        ),
        (_, Some((due, start)), _) => {
            Step::says(Message::new("penalty-deadline").arg("due", due).arg("start", start), None)
        }
        (_, None, _) => Step::says(Message::new("penalty-no-deadline").arg("law", law.key()), None),
    }
}

/// Each suspension with the days it took out, and a step saying so.
fn suspensions(
    order: &PenaltyOrder,
    window: &Window,
    steps: &mut Vec<Step>,
) -> Result<Vec<SuspensionReport>, CalcError> {
    let mut reports = Vec::with_capacity(order.suspended.len());
    for suspension in &order.suspended {
        let days = u64::try_from(days_stopped(suspension, window.grace_from, window.end)?).unwrap_or(0);
        let before_start = window.start.is_some_and(|start| suspension.from < start);
        let says = match suspension.until {
            Some(until) if before_start => Message::new("penalty-suspended-before-start").arg("until", until),
            Some(until) => Message::new("penalty-suspended").arg("until", until).arg("end", window.end),
            None => Message::new("penalty-still-suspended").arg("end", window.end),
        };
        // The reason is the case file's own words; `stated` says whether there is one.
        let stated = Arg::Key(if suspension.reason.is_some() { "yes" } else { "no" });
        let reason = suspension.reason.clone().unwrap_or_default();
        let says = says.arg("from", suspension.from).arg("days", days).arg("stated", stated).arg("reason", reason);
        steps.push(Step::says(says, None));
        reports.push(SuspensionReport {
            from: suspension.from,
            until: suspension.until,
            reason: suspension.reason.clone(),
            days,
        });
    }
    Ok(reports)
}

fn compliance_step(order: &PenaltyOrder, end: Date) -> Step {
    let says = match order.complied {
        None => Message::new("penalty-compliance-unknown").arg("end", end),
        Some(complied) if complied > end => {
            Message::new("penalty-complied-after-as-of").arg("complied", complied).arg("end", end)
        }
        Some(complied) => Message::new("penalty-complied").arg("complied", complied),
    };
    Step::says(says, None)
}

/// An order limited in time: a provisional measure under Art. 66(1) GDPR applies for at most
/// three months, so nothing accrues from the day it ends.
fn ends_step(order: &PenaltyOrder, as_of: Date) -> Option<Step> {
    let ends = order.ends?;
    let id = if ends <= as_of { "penalty-order-ends" } else { "penalty-order-ends-after-as-of" };
    Some(Step::says(Message::new(id).arg("ends", ends), None))
}

fn summary_steps(order: &PenaltyOrder, forfeited: Money, law: PenaltyLaw, steps: &mut Vec<Step>) {
    if let Some(max) = order.max {
        let id = if forfeited == max { "penalty-ceiling-reached" } else { "penalty-ceiling-not-reached" };
        steps.push(Step::says(Message::new(id).arg("ceiling", max).arg("law", law.key()), Some(max)));
    }
    let id = match law {
        PenaltyLaw::Awb => "penalty-forfeited",
        PenaltyLaw::National => "penalty-accrued-under-national-law",
    };
    steps.push(Step::says(Message::new(id), Some(forfeited)));
}

/// An order without a ceiling: unbounded only while it runs. Once complied with, what it
/// forfeited is final, however high.
fn without_maximum(report: &PenaltyReport) -> Message {
    let over = |day: &Date| *day <= report.accrual_ends;
    match (report.complied.filter(over), report.ends.filter(over)) {
        (Some(complied), _) => Message::new("penalty-without-maximum-complied")
            .arg("complied", complied)
            .arg("forfeited", report.forfeited),
        (None, Some(ends)) => {
            Message::new("penalty-without-maximum-ended").arg("ends", ends).arg("forfeited", report.forfeited)
        }
        (None, None) => Message::new("penalty-without-maximum"),
    }
}

/// What `check` judges about the orders: limitation dates outside the Awb, orders without a
/// ceiling, and published amounts that differ from the computed ones.
pub fn findings(law: PenaltyLaw, reports: &[PenaltyReport]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for report in reports {
        if law == PenaltyLaw::National && !report.schedule.is_empty() {
            findings.push(
                Finding::says(Level::Info, FindingCode::NoLimitationDates, Message::new("penalty-no-limitation-dates"))
                    .penalty(&report.id),
            );
        }
        if report.max.is_none() {
            findings.push(
                Finding::says(Level::Info, FindingCode::PenaltyWithoutMaximum, without_maximum(report))
                    .penalty(&report.id),
            );
        }
        findings.extend(liquidation::findings(report));
        if let Some(published) = report.published_forfeited
            && published != report.forfeited
        {
            findings.push(
                Finding::says(
                    Level::Error,
                    FindingCode::ForfeitedDiffers,
                    Message::new("penalty-forfeited-differs")
                        .arg("published", published)
                        .arg("forfeited", report.forfeited)
                        .arg("end", report.accrual_ends),
                )
                .penalty(&report.id),
            );
        }
    }
    findings
}

#[cfg(test)]
pub(crate) mod tests;
