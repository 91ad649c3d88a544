//! Dates that parse and calculate, yet are most likely wrong: `check` should not pass them
//! without a word, because a wrong date moves the turnover year (EDPB Guidelines 04/2022
//! para 131) and every penalty period (Awb 5:32b).

use crate::calc::report::FindingCode;
use jiff::civil::Date;

use super::model::{Breaches, Case, PenaltyOrder};
use super::report::{Finding, Level, PenaltyReport};

/// Warnings for a decision dated after today (or `--as-of`), publication before the decision,
/// and an order complied with by its deadline, so that nothing could be forfeited.
pub fn date_findings(case: &Case, penalties: &[PenaltyReport], as_of: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(decided) = case.decided.filter(|decided| *decided > as_of) {
        findings.push(Finding::new(
            Level::Warning,
            FindingCode::DecidedInTheFuture,
            format!("the decision is dated {decided}, after {as_of} (today, or --as-of): check `decided`"),
        ));
    }
    if let (Some(decided), Some(published)) = (case.decided, case.published)
        && published < decided
    {
        findings.push(Finding::new(
            Level::Warning,
            FindingCode::PublishedBeforeDecided,
            format!("published on {published}, before the decision of {decided}: check `published` and `decided`"),
        ));
    }
    // The Awb binds Dutch authorities only: no Awb citation for other orders.
    let awb = if super::model::is_dutch_authority(&case.authority) { " (Awb 5:32(1))" } else { "" };
    for order in penalties {
        if let (Some(complied), Some(due)) = (order.complied, order.due)
            && complied <= due
        {
            findings.push(
                Finding::new(
                    Level::Warning,
                    FindingCode::CompliedByTheDeadline,
                    format!(
                        "complied on {complied}, by the deadline of {due}: nothing can be forfeited{awb}; check `complied` and the deadline"
                    ),
                )
                .penalty(&order.id),
            );
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
        Some(complied) => Finding::new(
            Level::Warning,
            FindingCode::BreachAfterComplied,
            format!(
                "{count} breach date(s) on or after compliance on {complied} forfeit nothing and are not counted (the first: {first}); check `breaches` and `complied`"
            ),
        ),
        None => Finding::new(
            Level::Info,
            FindingCode::BreachAfterAsOf,
            format!(
                "{count} breach date(s) on or after {as_of} (today, or --as-of) are not counted yet (the first: {first})"
            ),
        ),
    };
    Some(finding.penalty(&order.id))
}
