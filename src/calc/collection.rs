//! Collecting the fine after the decision: the payment term, default, statutory interest,
//! payments, what is owed on the as-of date and when the claim lapses; the forfeited penalty
//! payments join the same picture.
//!
//! Only Dutch authorities have rules here (the Awb's title 4.4, `law::collection`). Any other
//! authority's case gets the principal and the payments, and null dates and interest with a
//! finding: the Awb is never applied elsewhere.
//!
//! Conventions, each stated in the steps it concerns:
//! - Interest accrues on each day of default from the first day of default up to, not
//!   including, the day of payment (or the as-of date): what is owed "on" a day is what a
//!   payment on that day would settle.
//! - Each day is 1/365 of the yearly rate (actual/365, leap years too): the statute names no
//!   day count. Each period's interest is rounded half-up to the cent.
//! - After each full year of default the year's interest is added to the base (BW 6:119(2)).
//! - A payment goes to interest first, then to the principal (Awb 4:92(1); no costs are
//!   modelled). Payments are taken as paid towards the fine, not the penalty payments.
//! - Interest below EUR 20 in all at the payment that settles the debt (or on the as-of date)
//!   is not owed (Awb 4:98(2)): the principal alone then settles it, and what earlier payments
//!   went to interest is booked to the principal.

mod interest;

use jiff::ToSpan;
use jiff::civil::Date;
use rust_decimal::Decimal;

use super::error::CalcError;
use super::law::authority;
use super::law::collection::{
    self as law, AWB_4_87_TERM_WEEKS, AWB_4_98_2_THRESHOLD, AWB_4_104_LIMITATION_YEARS, AWB_5_33_TERM_WEEKS,
};
use super::model::{AppealOutcome, Case, Payment};
use super::money::Money;
use super::options::Options;
use super::report::Detail;
use super::report::{
    CollectionReport, Finding, FindingCode, InterestReport, Level, PaymentReport, PenaltyCollection, PenaltyReport,
    Step, Trace,
};
use crate::l10n::message::Message;
use interest::{Accrual, accrue};

/// The collection report, or `None` when the case says nothing about collection.
pub fn report(
    case: &Case,
    options: &Options,
    principal: Money,
    penalties: &[PenaltyReport],
    findings: &mut Vec<Finding>,
) -> Result<Option<CollectionReport>, CalcError> {
    if !case.collection.is_requested() {
        return Ok(None);
    }
    let mut trace = Trace::new(options.detail);
    let country = authority::country(&case.authority);
    let counted = counted_payments(case, options.as_of, findings);
    let paid = counted.iter().try_fold(principal.zero_like(), |sum, p| sum.checked_add(p.amount))?;
    compare_paid(case, paid, findings);
    let principal_id =
        if case.appeals.is_empty() { "collection-principal" } else { "collection-principal-after-appeals" };
    trace.push(|| Step::says(Message::new(principal_id), Some(principal)));
    let mut report = CollectionReport {
        country: country.clone(),
        principal,
        notified: case.collection.notified,
        payment_due: None,
        in_default_from: None,
        interest: None,
        paid,
        payments: counted
            .iter()
            .map(|p| PaymentReport { date: p.date, amount: p.amount, to_interest: None, to_principal: None })
            .collect(),
        outstanding: None,
        outstanding_principal: None,
        outstanding_interest: None,
        claim_time_barred_on: None,
        suspended: None,
        penalties: Vec::new(),
        penalties_outstanding: None,
        owed_total: None,
        published_paid: case.collection.published_paid,
        steps: Vec::new(),
    };
    if country.as_deref() == Some("NL") {
        report.suspended = pending_appeal(case, findings);
        dutch(case, options, &counted, &mut report, &mut trace, findings)?;
        dutch_penalties(options, penalties, &mut report, &mut trace, findings)?;
        if let (Some(fine), Some(penalties), false) =
            (report.outstanding, report.penalties_outstanding, penalties.is_empty())
        {
            let total = fine.checked_add(penalties)?;
            report.owed_total = Some(total);
            trace.push(|| {
                let says = Message::new("collection-owed-in-total")
                    .arg("fine", fine)
                    .arg("penalties", penalties)
                    .arg("on", options.as_of);
                Step::says(says, Some(total))
            });
        }
    } else {
        let says = match country.as_deref() {
            Some(code) => Message::new("collection-rules-unknown").arg("country", code),
            None => Message::new("collection-rules-unknown-without-country"),
        };
        findings.push(Finding::says(Level::Info, FindingCode::CollectionRulesUnknown, says));
    }
    report.steps = trace.into_steps();
    Ok(Some(report))
}

trait ZeroLike {
    fn zero_like(self) -> Money;
}

impl ZeroLike for Money {
    /// Zero in this amount's currency.
    fn zero_like(self) -> Money {
        Money::ZERO.in_currency(self.currency())
    }
}

/// The payments up to the as-of date; a later one is left out with a finding.
fn counted_payments<'a>(case: &'a Case, as_of: Date, findings: &mut Vec<Finding>) -> Vec<&'a Payment> {
    let mut counted = Vec::new();
    for payment in &case.collection.payments {
        if payment.date > as_of {
            let says = Message::new("collection-payment-after-as-of")
                .arg("amount", payment.amount)
                .arg("date", payment.date)
                .arg("as_of", as_of);
            findings.push(Finding::says(Level::Info, FindingCode::PaymentAfterAsOf, says));
        } else {
            counted.push(payment);
        }
    }
    counted.sort_by_key(|p| p.date);
    counted
}

/// `check`: the amount the authority says was paid against the payments given.
fn compare_paid(case: &Case, paid: Money, findings: &mut Vec<Finding>) {
    if let Some(published) = case.collection.published_paid
        && published != paid
    {
        let says = Message::new("collection-paid-differs").arg("published", published).arg("paid", paid);
        findings.push(Finding::says(Level::Error, FindingCode::PaidDiffers, says));
    }
}

/// Awb 4:87(1) with the Algemene termijnenwet: the last day of the payment term.
fn dutch_term(case: &Case, trace: &mut Trace, findings: &mut Vec<Finding>) -> Result<Option<Date>, CalcError> {
    let statutory = match case.collection.notified {
        None => None,
        Some(notified) => {
            let last = add(notified, AWB_4_87_TERM_WEEKS.weeks())?;
            trace
                .push(|| Step::says(Message::new("collection-term").arg("notified", notified).arg("last", last), None));
            let (end, moved) = law::nl_term_end(last);
            if !moved.is_empty() {
                trace
                    .push(|| Step::says(Message::new("collection-term-moved").arg("last", last).arg("end", end), None));
            }
            Some(end)
        }
    };
    Ok(match (statutory, case.collection.due) {
        (Some(end), Some(due)) if due > end => {
            trace.push(|| Step::says(Message::new("collection-later-day-for-payment").arg("due", due), None));
            Some(due)
        }
        (Some(end), Some(due)) => {
            let says = Message::new("collection-due-before-statutory-term").arg("due", due).arg("end", end);
            findings.push(Finding::says(Level::Warning, FindingCode::DueBeforeStatutoryTerm, says));
            Some(end)
        }
        (Some(end), None) => Some(end),
        (None, Some(due)) => {
            trace.push(|| Step::says(Message::new("collection-day-for-payment").arg("due", due), None));
            Some(due)
        }
        (None, None) => {
            let says = Message::new("collection-notified-unknown");
            findings.push(Finding::says(Level::Info, FindingCode::NotifiedUnknown, says));
            None
        }
    })
}

/// The Dutch fine: term, default, interest with the payments, outstanding, limitation.
fn dutch(
    case: &Case,
    options: &Options,
    payments: &[&Payment],
    report: &mut CollectionReport,
    trace: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    let Some(due) = dutch_term(case, trace, findings)? else {
        return Ok(());
    };
    let default_from = due.tomorrow().map_err(|_| out_of_range())?;
    report.payment_due = Some(due);
    report.in_default_from = Some(default_from);
    trace.push(|| Step::says(Message::new("collection-default").arg("from", default_from), None));
    let dated: Vec<(Date, Decimal)> = payments.iter().map(|p| (p.date, p.amount.amount())).collect();
    let accrual = accrue(report.principal.amount(), default_from, &dated, options.as_of)?;
    let money = |amount: Decimal| money_in(report.principal, amount);
    explain_accrual(&accrual, default_from, options, trace, report.principal)?;
    rate_findings(&accrual, findings);
    if accrual.overpaid > Decimal::ZERO {
        let over = money(accrual.overpaid)?;
        let says = Message::new("collection-overpaid").arg("over", over);
        findings.push(Finding::says(Level::Info, FindingCode::Overpaid, says));
    }
    report.payments = accrual
        .payments
        .iter()
        .map(|p| {
            Ok(PaymentReport {
                date: p.date,
                amount: money(p.amount)?,
                to_interest: Some(money(p.to_interest)?),
                to_principal: Some(money(p.to_principal)?),
            })
        })
        .collect::<Result<_, CalcError>>()?;
    let outstanding_principal = money(accrual.principal)?;
    let outstanding_interest = money(accrual.interest_owed)?;
    let outstanding = outstanding_principal.checked_add(outstanding_interest)?;
    report.interest = Some(InterestReport {
        amount: money(accrual.accrued)?,
        periods: accrual.periods.iter().map(|p| p.report(report.principal)).collect::<Result<_, _>>()?,
    });
    report.outstanding = Some(outstanding);
    report.outstanding_principal = Some(outstanding_principal);
    report.outstanding_interest = Some(outstanding_interest);
    trace.push(|| {
        let says = Message::new("collection-outstanding")
            .arg("on", options.as_of)
            .arg("principal", outstanding_principal)
            .arg("interest", outstanding_interest);
        Step::says(says, Some(outstanding))
    });
    limitation(due, options, outstanding, report, trace, findings)?;
    if report.suspended.is_none() {
        suspension_note(trace);
    }
    Ok(())
}

/// Awb 4:104(1): five years after the payment term, at the earliest.
fn limitation(
    due: Date,
    options: &Options,
    outstanding: Money,
    report: &mut CollectionReport,
    trace: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    let barred = add(due, AWB_4_104_LIMITATION_YEARS.years())?.tomorrow().map_err(|_| out_of_range())?;
    report.claim_time_barred_on = Some(barred);
    trace.push(|| Step::says(Message::new("collection-limitation").arg("barred", barred), None));
    if barred <= options.as_of && !outstanding.is_zero() {
        let says = Message::new("collection-claim-time-barred").arg("barred", barred).arg("outstanding", outstanding);
        findings.push(Finding::says(Level::Warning, FindingCode::ClaimTimeBarred, says));
    }
    Ok(())
}

/// A pending objection or appeal (`outcome = "pending"`). UAVG art. 38, as AP decisions state
/// it: "Pursuant to Article 38 of the UAVG, lodging a notice of objection suspends the effect
/// of the decision imposing the administrative fine" (Booking.com, 10 Dec 2020; the same in
/// Gemeente Voorschoten, 2021, and Uber, 11 Dec 2023: the English texts on gdprhub.eu, read
/// 2026-12 in the copies of mnov88/eurlextract). The statute's own text was not found
/// (wetten.overheid.nl BWBR0040940 not stored; no mirror on GitHub holds the UAVG), nor any
/// rule that an appeal to the court suspends too; elsewhere Awb 6:16: an objection or appeal
/// does not suspend. The case file does not say whether a pending `[[appeal]]` is an objection
/// or an appeal, nor what a suspension does to the six-week term of Awb 4:87 (Awb 4:101 keeps
/// interest running only during a postponement or a court's suspension), so the amounts stay
/// as computed and a warning says the collection may be suspended.
fn pending_appeal(case: &Case, findings: &mut Vec<Finding>) -> Option<Message> {
    let pending = case.appeals.iter().find(|a| a.outcome == AppealOutcome::Pending)?;
    // The body is the case file's own name for the court or authority.
    let reason =
        Message::new("collection-pending-appeal").arg("body", pending.body.as_str()).arg("lodged", pending.decided);
    let says = Message::new("collection-maybe-suspended").arg("reason", reason.clone());
    findings.push(Finding::says(Level::Warning, FindingCode::CollectionMaybeSuspended, says));
    Some(reason)
}

/// What an objection or appeal does, where none is pending.
fn suspension_note(trace: &mut Trace) {
    trace.push(|| Step::says(Message::new("collection-no-appeal-pending"), None));
}

/// The interest steps: the convention, each payment, the threshold.
fn explain_accrual(
    accrual: &Accrual,
    default_from: Date,
    options: &Options,
    trace: &mut Trace,
    principal: Money,
) -> Result<(), CalcError> {
    if options.detail == Detail::Amounts {
        return Ok(());
    }
    let accrued = money_in(principal, accrual.accrued)?;
    trace.push(|| {
        let says = Message::new("collection-interest").arg("from", default_from).arg("until", options.as_of);
        Step::says(says, Some(accrued))
    });
    for payment in &accrual.payments {
        let (amount, interest, to_principal) = (
            money_in(principal, payment.amount)?,
            money_in(principal, payment.to_interest)?,
            money_in(principal, payment.to_principal)?,
        );
        trace.push(|| {
            let says = Message::new("collection-payment")
                .arg("amount", amount)
                .arg("date", payment.date)
                .arg("interest", interest)
                .arg("principal", to_principal);
            Step::says(says, None)
        });
    }
    if let Some(waived) = accrual.waived {
        let waived = money_in(principal, waived)?;
        trace.push(|| {
            let says =
                Message::new("collection-interest-waived").arg("waived", waived).arg("threshold", AWB_4_98_2_THRESHOLD);
            Step::says(says, None)
        });
    }
    Ok(())
}

/// Findings on the rates the interest used: secondary sources, or beyond the table.
fn rate_findings(accrual: &Accrual, findings: &mut Vec<Finding>) {
    if let Some(first) = accrual.periods.iter().find(|p| !p.row.reading.verified()) {
        let says = Message::new("collection-interest-rate-unverified").arg("from", first.from.max(first.row.from));
        findings.push(Finding::says(Level::Warning, FindingCode::InterestRateUnverified, says));
    }
    if let Some(last) = accrual.periods.last()
        && last.until > law::NL_RATES_STATED_UNTIL
    {
        let says = Message::new("collection-interest-rate-beyond-table")
            .arg("stated_until", law::NL_RATES_STATED_UNTIL)
            .arg("rate", last.row.percent)
            .arg("until", last.until);
        findings.push(Finding::says(Level::Warning, FindingCode::InterestRateBeyondTable, says));
    }
}

/// Forfeited penalty payments (Awb 5:33): each amount's own six-week term, interest from the
/// day after it, and the earliest day of limitation (Awb 5:35(1)) already in the schedule.
fn dutch_penalties(
    options: &Options,
    penalties: &[PenaltyReport],
    report: &mut CollectionReport,
    trace: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    let zero = report.principal.zero_like();
    let mut total = zero;
    for order in penalties.iter().filter(|p| !p.schedule.is_empty()) {
        let mut interest = Decimal::ZERO;
        let mut time_barred = zero;
        for row in &order.schedule {
            let (due, _) = law::nl_term_end(add(row.forfeited_on, AWB_5_33_TERM_WEEKS.weeks())?);
            let default_from = due.tomorrow().map_err(|_| out_of_range())?;
            let accrual = accrue(row.amount.amount(), default_from, &[], options.as_of)?;
            interest += accrual.interest_owed;
            if row.time_barred_on.is_some_and(|barred| barred <= options.as_of) {
                time_barred = time_barred.checked_add(row.amount)?;
            }
        }
        let interest = money_in(zero, interest)?;
        let outstanding = order.forfeited.checked_add(interest)?;
        total = total.checked_add(outstanding)?;
        let (id, forfeited) = (order.id.clone(), order.forfeited);
        trace.push(|| {
            let says = Message::new("collection-penalty")
                .arg("id", id.as_str())
                .arg("forfeited", forfeited)
                .arg("interest", interest);
            Step::says(says, Some(outstanding))
        });
        if !time_barred.is_zero() {
            let says = Message::new("collection-penalty-time-barred").arg("time_barred", time_barred);
            findings.push(Finding::says(Level::Warning, FindingCode::PenaltyTimeBarred, says).penalty(&id));
        }
        report.penalties.push(PenaltyCollection { id, forfeited, interest, outstanding, time_barred });
    }
    report.penalties_outstanding = Some(total);
    Ok(())
}

fn add(day: Date, span: jiff::Span) -> Result<Date, CalcError> {
    day.checked_add(span).map_err(|_| out_of_range())
}

fn out_of_range() -> CalcError {
    CalcError::invalid("a collection date falls outside the years -9999 to 9999", None)
}

/// An exact amount in `like`'s currency.
fn money_in(like: Money, amount: Decimal) -> Result<Money, CalcError> {
    Money::new(amount).map(|m| m.in_currency(like.currency())).ok_or(CalcError::NegativeAmount)
}

#[cfg(test)]
mod tests;
