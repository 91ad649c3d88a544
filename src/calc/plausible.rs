//! Dates that parse and calculate, yet are most likely wrong: `check` should not pass them
//! without a word, because a wrong date moves the turnover year (EDPB Guidelines 04/2022
//! para 131) and every penalty period (Awb 5:32b).

use crate::calc::report::FindingCode;
use jiff::civil::Date;

use super::model::{Breaches, Case, PenaltyOrder};
use super::report::{Finding, Level, PenaltyReport};
use crate::l10n::{Arg, Message};

/// Warnings for a decision dated after today (or `--as-of`), publication before the decision,
/// and an order complied with by its deadline, so that nothing could be forfeited.
pub fn date_findings(case: &Case, penalties: &[PenaltyReport], as_of: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(decided) = case.decided.filter(|decided| *decided > as_of) {
        let message = Message::new("plausible-decided-in-the-future").arg("decided", decided).arg("as_of", as_of);
        findings.push(Finding::says(Level::Warning, FindingCode::DecidedInTheFuture, message));
    }
    if let (Some(decided), Some(published)) = (case.decided, case.published)
        && published < decided
    {
        let message =
            Message::new("plausible-published-before-decided").arg("published", published).arg("decided", decided);
        findings.push(Finding::says(Level::Warning, FindingCode::PublishedBeforeDecided, message));
    }
    // The Awb binds Dutch authorities only: no Awb citation for other orders.
    let awb = Arg::Key(if super::model::is_dutch_authority(&case.authority) { "yes" } else { "no" });
    for order in penalties {
        if let (Some(complied), Some(due)) = (order.complied, order.due)
            && complied <= due
        {
            let message = Message::new("plausible-complied-by-the-deadline")
                .arg("complied", complied)
                .arg("due", due)
                .arg("awb", awb.clone());
            findings
                .push(Finding::says(Level::Warning, FindingCode::CompliedByTheDeadline, message).penalty(&order.id));
        }
    }
    for order in &case.penalties {
        findings.extend(breaches_not_counted(order, as_of));
    }
    findings
}

/// Dated breaches that the schedule leaves out, said rather than dropped: those on or after
/// `complied` forfeit nothing (non-compliance runs up to, not including, compliance; Awb 5:33
/// forfeits only while the order is unmet), those on or after `--as-of` are not counted yet.
fn breaches_not_counted(order: &PenaltyOrder, as_of: Date) -> Option<Finding> {
    let Some(Breaches::Dates(dates)) = &order.breaches else { return None };
    let complied = order.complied.filter(|complied| *complied <= as_of);
    let end = complied.unwrap_or(as_of);
    let late: Vec<Date> = dates.iter().copied().filter(|day| *day >= end).collect();
    let first = *late.iter().min()?;
    let count = late.len();
    let finding = match complied {
        Some(complied) => Finding::says(
            Level::Warning,
            FindingCode::BreachAfterComplied,
            Message::new("plausible-breaches-after-complied")
                .arg("count", count)
                .arg("complied", complied)
                .arg("first", first),
        ),
        None => Finding::says(
            Level::Info,
            FindingCode::BreachAfterAsOf,
            Message::new("plausible-breaches-after-as-of").arg("count", count).arg("as_of", as_of).arg("first", first),
        ),
    };
    Some(finding.penalty(&order.id))
}
