//! The core's [`CaseError`]s said in the case file's terms: at the key they concern, naming it
//! as the file writes it (`fine`, `[violation.edpb]`, `max`), with what to write instead.

use std::ops::Range;

use super::raw;
use super::{InputError, suggest};
use crate::calc::model::{Case, Method, Until};
use crate::calc::validate::{AdjustmentRef, CaseError, Part, ReductionProblem};

type Span = Range<usize>;

/// Where the keys stand that a core error may concern but the [`Case`] does not keep.
pub(super) struct Keys {
    violations: Vec<ViolationKeys>,
    appeals: Vec<AppealKeys>,
    penalties: Vec<PenaltyKeys>,
    turnover_year: Option<Span>,
}

struct ViolationKeys {
    articles: Span,
    fine: Option<Span>,
    proposed: Option<Span>,
}

struct AppealKeys {
    decided: Span,
    fine: Option<Span>,
    violation: Option<Span>,
}

struct PenaltyKeys {
    violation: Option<Span>,
    amount: Span,
    max: Option<Span>,
    due: Option<Span>,
    grace: Option<Span>,
    ends: Option<Span>,
    breaches: Option<Span>,
    /// In the order of the case's suspensions: by start date.
    suspensions: Vec<Span>,
}

impl Keys {
    pub(super) fn of(file: &raw::CaseFile) -> Keys {
        let violations = file
            .violation
            .iter()
            .map(|v| ViolationKeys {
                articles: v.articles.span(),
                fine: v.fine.as_ref().map(|f| f.span()),
                proposed: v.proposed.as_ref().map(|p| p.span()),
            })
            .collect();
        let penalties = file.penalty.iter().map(penalty_keys).collect();
        let appeals = file
            .appeal
            .iter()
            .map(|a| {
                let a = a.get_ref();
                AppealKeys {
                    decided: a.decided.span(),
                    fine: a.fine.as_ref().map(|f| f.span()),
                    violation: a.violation.as_ref().map(|v| v.span()),
                }
            })
            .collect();
        Keys {
            violations,
            appeals,
            penalties,
            turnover_year: file.undertaking.as_ref().and_then(|u| u.turnover_year.as_ref()).map(|y| y.span()),
        }
    }
}

fn penalty_keys(table: &raw::PenaltyTable) -> PenaltyKeys {
    let mut suspensions: Vec<_> = table.suspended.iter().map(|s| (s.get_ref().from.0, s.span())).collect();
    suspensions.sort_by_key(|(from, _)| *from);
    PenaltyKeys {
        violation: table.violation.as_ref().map(|v| v.span()),
        amount: table.amount.span(),
        max: table.max.as_ref().map(|m| m.span()),
        due: table.due.as_ref().map(|d| d.span()),
        grace: table.grace.as_ref().map(|g| g.span()),
        ends: table.ends.as_ref().map(|e| e.span()),
        breaches: table.breaches.as_ref().map(|b| b.span()),
        suspensions: suspensions.into_iter().map(|(_, span)| span).collect(),
    }
}

/// The error at the key it concerns, in the words of the case file.
pub(super) fn located(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let at = |message: String, span: Option<Span>| InputError::new(message, span);
    match error {
        CaseError::EmptyId { part, index } => at(format!("empty {part} id"), id_span(case, part, index)),
        CaseError::DuplicateId { part, index, id } => {
            at(format!("duplicate {part} id `{id}`: ids must be unique within the file"), id_span(case, part, index))
        }
        CaseError::GravestNotMember { index, group, gravest, members } => {
            let hint = suggest(&gravest, members.iter().map(String::as_str))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_else(|| format!("; its members are {}", members.join(", ")));
            at(
                format!("group `{group}`: `gravest = \"{gravest}\"` is not one of its violations{hint}"),
                case.groups[index].gravest_span.clone(),
            )
        }
        CaseError::EmptyGroup { index, group } => at(
            format!("group `{group}` has no violations; add `group = \"{group}\"` to the linked violations"),
            case.groups[index].span.clone(),
        ),
        CaseError::TurnoverYearAfterDecision { year, decided } => at(
            format!(
                "turnover_year {year}: the decision of {decided} can only use a financial year before {}",
                decided.year()
            ),
            keys.turnover_year.clone(),
        ),
        CaseError::NotifiedBeforeDecision { notified, decided } => at(
            format!(
                "notified = {notified} is before the decision (decided = {decided}): a decision is made known on or after the day it is taken"
            ),
            case.collection.notified_span.clone(),
        ),
        CaseError::PaymentBeforeDecision { index, date, decided } => at(
            format!(
                "a payment on {date} is before the decision (decided = {decided}): give payments made on or after it"
            ),
            case.collection.payments[index].span.clone(),
        ),
        error @ (CaseError::NoArticles { .. }
        | CaseError::NoSuchProvision { .. }
        | CaseError::EndsBeforeStart { .. }
        | CaseError::FineAndMethod { .. }
        | CaseError::MethodInFinedGroup { .. }
        | CaseError::UnknownGroup { .. }) => violation_error(error, case, keys),
        error @ (CaseError::FactorCountedTwice { .. }
        | CaseError::NotAStep3Factor { .. }
        | CaseError::NotAnAp2019Factor { .. }
        | CaseError::AdjustmentWithoutFactor { .. }
        | CaseError::AdjustmentWithoutReason { .. }
        | CaseError::BeyondBandwidthWithoutReason { .. }) => method_error(error, case),
        error @ (CaseError::ReductionsWithoutProposed { .. }
        | CaseError::ProposedAndMethod { .. }
        | CaseError::ProposedInFinedGroup { .. }
        | CaseError::FineDisagreesWithReductions { .. }
        | CaseError::Reduction { .. }) => settlement_error(error, case, keys),
        error @ (CaseError::AppealBeforeDecision { .. }
        | CaseError::AppealsOutOfOrder { .. }
        | CaseError::AppealUnknownViolation { .. }
        | CaseError::AppealWithoutFine { .. }
        | CaseError::AppealFineContradictsOutcome { .. }) => appeal_error(error, case, keys),
        error => penalty_error(error, case, keys),
    }
}

/// Errors in a settlement (`proposed`, `reductions`), at the key or reduction they concern.
fn settlement_error(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let (message, span) = match error {
        CaseError::ReductionsWithoutProposed { index, violation } => (
            format!(
                "violation `{violation}` has `reductions` but no `proposed`: give the amount the authority proposed, which the reductions are percentages of"
            ),
            case.violations[index].reductions.first().and_then(|r| r.span.clone()),
        ),
        CaseError::ProposedAndMethod { index, violation } => (
            format!(
                "violation `{violation}` has both `proposed` and {}: give the amount proposed, or a method to compute the fine",
                method_table(case, index)
            ),
            keys.violations[index].proposed.clone(),
        ),
        CaseError::ProposedInFinedGroup { index, violation, group } => (
            format!(
                "violation `{violation}` has its own `proposed`, but its group `{group}` has one fine for all its violations; give reductions of the total under [case] instead"
            ),
            keys.violations[index].proposed.clone(),
        ),
        CaseError::FineDisagreesWithReductions { index, violation, fine, computed } => (
            format!(
                "violation `{violation}`: `fine` {fine} is not `proposed` less the reductions ({computed}); each reduction is a percentage of the proposed amount"
            ),
            keys.violations[index].fine.clone(),
        ),
        CaseError::Reduction { violation, problem } => {
            let list = match &violation {
                Some((index, _)) => &case.violations[*index].reductions,
                None => &case.reductions,
            };
            let owner =
                violation.as_ref().map_or("[case] reductions".to_string(), |(_, id)| format!("violation `{id}`"));
            let (message, position) = reduction_problem(&problem);
            let span = position.and_then(|p| list.get(p)).or(list.first()).and_then(|r| r.span.clone());
            (format!("{owner}: {message}"), span)
        }
        error => (error.to_string(), None),
    };
    InputError::new(message, span)
}

/// Errors in `[[appeal]]`, at the key they concern.
fn appeal_error(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let (message, span) = match error {
        CaseError::AppealBeforeDecision { index, appeal_decided, decided } => (
            format!("[[appeal]] {}: `decided = {appeal_decided}` lies before the decision ({decided})", index + 1),
            Some(keys.appeals[index].decided.clone()),
        ),
        CaseError::AppealsOutOfOrder { index, appeal_decided, previous } => (
            format!(
                "[[appeal]] {}: `decided = {appeal_decided}` lies before the appeal above it ({previous}); list the appeals in date order, each stating what stands after it",
                index + 1
            ),
            Some(keys.appeals[index].decided.clone()),
        ),
        CaseError::AppealUnknownViolation { index, violation } => {
            let hint = suggest(&violation, case.violations.iter().map(|v| v.id.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            (
                format!("[[appeal]] {} names violation `{violation}`, which the file does not define{hint}", index + 1),
                keys.appeals[index].violation.clone(),
            )
        }
        CaseError::AppealWithoutFine { index } => (
            format!(
                "[[appeal]] {}: outcome \"reduced\" needs `fine`, the amount that stands after it (the case total, or with `violation` that violation's fine)",
                index + 1
            ),
            case.appeals[index].span.clone(),
        ),
        CaseError::AppealFineContradictsOutcome { index, outcome } => (
            format!(
                "[[appeal]] {}: outcome \"{outcome}\" leaves no amount of its own: {}",
                index + 1,
                if outcome == crate::calc::model::AppealOutcome::Annulled {
                    "an annulled fine is 0; leave `fine` out"
                } else {
                    "leave `fine` out until it is decided"
                }
            ),
            keys.appeals[index].fine.clone(),
        ),
        error => (error.to_string(), None),
    };
    InputError::new(message, span)
}

/// A reduction's problem in the case file's words, with a near miss's suggestion, and which
/// reduction it concerns.
fn reduction_problem(problem: &ReductionProblem) -> (String, Option<usize>) {
    match problem {
        ReductionProblem::UnknownRule { position, rule, known, .. } if !known.is_empty() => {
            let hint =
                suggest(rule, known.iter().copied()).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
            (format!("{problem}{hint}"), Some(*position))
        }
        ReductionProblem::UnknownRule { position, .. } | ReductionProblem::PercentOutOfRange { position, .. } => {
            (problem.to_string(), Some(*position))
        }
        _ => (problem.to_string(), None),
    }
}

fn id_span(case: &Case, part: Part, index: usize) -> Option<Span> {
    match part {
        Part::Violation => case.violations[index].span.clone(),
        Part::Group => case.groups[index].span.clone(),
        Part::Penalty => case.penalties[index].span.clone(),
    }
}

/// The table a violation's method comes from.
fn method_table(case: &Case, index: usize) -> &'static str {
    match case.violations[index].method {
        Some(Method::Ap2019(_)) => "[violation.ap2019]",
        _ => "[violation.edpb]",
    }
}

fn violation_error(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let (message, span) = match error {
        CaseError::NoArticles { index, violation } => (
            format!("violation `{violation}` cites no articles; list at least one, like [\"5(1)(a)\"]"),
            Some(keys.violations[index].articles.clone()),
        ),
        CaseError::NoSuchProvision { index, violation, article } => (
            format!("violation `{violation}` cites {article}, which the GDPR does not have"),
            Some(keys.violations[index].articles.clone()),
        ),
        CaseError::EndsBeforeStart { index, violation, from, until } => {
            let ongoing = if matches!(case.violations[index].until, Some(Until::Ongoing)) {
                ", the decision: `until = \"ongoing\"` runs up to it"
            } else {
                ""
            };
            (
                format!("violation `{violation}` ends ({until}{ongoing}) before it starts ({from})"),
                case.violations[index].span.clone(),
            )
        }
        CaseError::FineAndMethod { index, violation } => (
            format!(
                "violation `{violation}` has both `fine` and {}: give the fine imposed, or a method to compute it",
                method_table(case, index)
            ),
            keys.violations[index].fine.clone(),
        ),
        CaseError::MethodInFinedGroup { index, violation, group } => (
            format!(
                "violation `{violation}` has {}, but its group `{group}` has one declared fine for all its violations",
                method_table(case, index)
            ),
            case.violations[index].span.clone(),
        ),
        // Input declares every group its violations name; only a changed reader gets here.
        error => (error.to_string(), None),
    };
    InputError::new(message, span)
}

/// Errors in a violation's `[violation.edpb]` or `[violation.ap2019]` table, at the adjustment
/// they concern (or the table).
fn method_error(error: CaseError, case: &Case) -> InputError {
    let method = |index: usize| case.violations[index].method.as_ref();
    let at =
        |index: usize, at: AdjustmentRef| method(index).and_then(|m| m.adjustment(at)).and_then(|a| a.span.clone());
    let (message, span) = match error {
        CaseError::FactorCountedTwice { index, factor, adjustment, .. } => {
            let message = match method(index) {
                Some(Method::Ap2019(_)) => {
                    format!("factor {factor} is counted twice; combine them into one adjustment")
                }
                _ => format!(
                    "{factor} is counted twice; EDPB Guidelines 04/2022: no factor counts twice, so combine them into one adjustment"
                ),
            };
            (message, at(index, AdjustmentRef::Listed(adjustment)))
        }
        CaseError::AdjustmentWithoutReason { index, factor, at: which, .. } => {
            (format!("adjustment {factor}: give the `reason` for it"), at(index, which))
        }
        CaseError::BeyondBandwidthWithoutReason { index, .. } => {
            let table = match method(index) {
                Some(Method::Ap2019(input)) => input.span.clone(),
                _ => None,
            };
            ("beyond_bandwidth needs a reason (Boetebeleidsregels 2019 Art. 8.1)".to_string(), table)
        }
        // The reader writes every factor it accepts in its canonical form; only a changed
        // reader gets here.
        CaseError::NotAStep3Factor { index, adjustment, .. }
        | CaseError::NotAnAp2019Factor { index, adjustment, .. }
        | CaseError::AdjustmentWithoutFactor { index, adjustment, .. } => {
            (error.to_string(), at(index, AdjustmentRef::Listed(adjustment)))
        }
        error => (error.to_string(), None),
    };
    InputError::new(message, span)
}

fn penalty_error(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let id_span = |index: usize| case.penalties[index].span.clone();
    let (message, span) = match error {
        CaseError::UnknownViolation { index, penalty, violation } => {
            let hint = suggest(&violation, case.violations.iter().map(|v| v.id.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            (
                format!("penalty `{penalty}` names violation `{violation}`, which the file does not define{hint}"),
                keys.penalties[index].violation.clone(),
            )
        }
        CaseError::NoDeadline { index, penalty } => (
            format!(
                "penalty `{penalty}` needs a deadline: `due = 2024-08-16`, or `grace = \"3 months\"` from publication (else the decision); only an order per breach may go without"
            ),
            id_span(index),
        ),
        CaseError::DueBeforeDecision { index, penalty, due, decided } => (
            format!("penalty `{penalty}`: the deadline {due} lies before the decision ({decided})"),
            keys.penalties[index].due.clone(),
        ),
        CaseError::EndsBeforeDue { index, penalty, due, ends } => (
            format!(
                "penalty `{penalty}`: the order ends on {ends}, before its deadline {due}; `ends` is the first day it no longer applies, after `due`"
            ),
            keys.penalties[index].ends.clone(),
        ),
        CaseError::GraceNotAPeriod { index, .. } => (
            "a grace period is a number of days, weeks or months, like \"3 months\"".to_string(),
            keys.penalties[index].grace.clone(),
        ),
        CaseError::BreachesNotPerBreach { index, penalty } => (
            format!("penalty `{penalty}`: `breaches` only goes with per = \"breach\""),
            keys.penalties[index].breaches.clone(),
        ),
        CaseError::BreachBeforeDecision { index, penalty, breach, decided } => (
            format!(
                "penalty `{penalty}`: the breach on {breach} lies before the decision ({decided}); an order forfeits only for breaches after it"
            ),
            keys.penalties[index].breaches.clone(),
        ),
        CaseError::NoDutchMaximum { index, penalty } => (
            format!(
                "penalty `{penalty}` needs `max`: a Dutch order subject to a penalty payment states the amount above which nothing more is forfeited (Awb 5:32b(2))"
            ),
            id_span(index),
        ),
        CaseError::CeilingBelowAmount { index, penalty, max, amount } => (
            format!("penalty `{penalty}`: the ceiling {max} is below one period's amount {amount}"),
            keys.penalties[index].max.clone(),
        ),
        CaseError::ZeroAmount { index, penalty } => {
            (format!("penalty `{penalty}`: the amount must be above zero"), Some(keys.penalties[index].amount.clone()))
        }
        error => return suspension_error(error, case, keys),
    };
    InputError::new(message, span)
}

fn suspension_error(error: CaseError, case: &Case, keys: &Keys) -> InputError {
    let (message, span) = match error {
        CaseError::SuspensionEndsBeforeStart { index, penalty, suspension, from, until } => (
            format!("penalty `{penalty}`: a suspension from {from} must end after it begins, not on {until}"),
            keys.penalties[index].suspensions.get(suspension).cloned(),
        ),
        CaseError::SuspensionsOverlap { index, penalty, suspension, from } => {
            let earlier = &case.penalties[index].suspended[suspension - 1];
            let end = earlier.until.map_or("without end".to_string(), |until| format!("up to {until}"));
            (
                format!(
                    "penalty `{penalty}`: the suspension from {from} overlaps the one from {} {end}; join them into one",
                    earlier.from
                ),
                keys.penalties[index].suspensions.get(suspension).cloned(),
            )
        }
        error => (error.to_string(), None),
    };
    InputError::new(message, span)
}
