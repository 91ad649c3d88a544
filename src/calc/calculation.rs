//! One calculation: a [`Case`] and the caller's [`Options`] in, a [`Report`] out. It resolves the
//! turnover, the maxima (Art. 83(4)-(7)), the violations' fines (Art. 83(2)), the groups
//! (Art. 83(3)), the total and the penalty payments, in that order.

use std::collections::HashMap;

use super::error::CalcError;
use super::law::public_bodies::kind_rule;
use super::maximum::{TurnoverBasis, TurnoverContext, resolve_turnover};
use super::model::{self, Case, PublicBodyKind};
use super::money::Money;
use super::options::{CompareMethod, Options};
use super::report::{
    self, CaseInfo, Finding, FindingCode, Level, Report, Step, Trace, UndertakingReport, ViolationReport,
};
use super::{appeals, collection, currency, groups, penalty, plausible, settlement, violation};
use crate::l10n::{Arg, Message};

/// Calculates the whole report for one case, after checking its invariants
/// ([`Case::validate`]; a broken one is [`CalcError::Case`]).
pub fn calculate(case: &Case, options: &Options) -> Result<Report, CalcError> {
    case.validate()?;
    calculate_valid(case, options)
}

/// [`calculate`] for a case that has passed [`Case::validate`] and not changed since: a sweep's
/// points ([`sweep::Prepared`]).
pub(crate) fn calculate_valid(case: &Case, options: &Options) -> Result<Report, CalcError> {
    let context = TurnoverContext {
        decided: case.decided,
        authority: &case.authority,
        turnover_override: options.turnover,
        currency: case.currency.as_ref(),
    };
    let turnover = resolve_turnover(&case.undertaking, context)
        .map_err(|e| e.context("turnover", case.undertaking.turnover_span.clone()))?;
    let mut findings = public_body_findings(case, options, &turnover);
    let maxima = violation::legal_maxima(case, &turnover, options)?;
    let groups = groups::ceilings(case, &maxima)?;
    let mut violations = violation::violation_reports(case, &maxima, &groups, &turnover, options, &mut findings)?;
    let mut group_reports = group_reports(case, &groups, &violations, options, &mut findings)?;
    super::published::compare_maxima(case, &mut violations, &mut group_reports, &mut findings)?;
    let mut total = total_fine(case, &group_reports, &violations, options, &mut findings)?;
    let what_if = what_if(case, options, &violations, &group_reports)?;
    let after = appeals::after_appeals(case, total.total, &violations, &group_reports, options.detail)?;
    total.steps.extend(after.steps);
    findings.extend(after.findings);
    let penalties = penalty_totals(case, options, &after.annulled_orders, &mut findings)?;
    let collection = collection_report(case, options, after.final_total, &penalties, &mut findings)?;

    Ok(Report {
        format_version: report::FORMAT_VERSION,
        art83_version: report::ART83_VERSION,
        case: case_info(case),
        undertaking: undertaking_report(case, &turnover),
        violations,
        groups: group_reports,
        total: total.total,
        total_before_reductions: total.before_reductions,
        reductions: total.reductions,
        appeals: after.appeals,
        final_total: after.final_total,
        total_eur: total.eur,
        total_steps: total.steps,
        what_if,
        penalties: penalties.schedules,
        penalties_max: penalties.max,
        penalties_forfeited: penalties.forfeited,
        as_of: options.as_of,
        collection,
        findings,
    })
}

/// Collection starts from what stands: the total of the fines after settlement reductions and
/// after the appeals; where the appeals leave it unknown, there is nothing to collect from.
fn collection_report(
    case: &Case,
    options: &Options,
    final_total: Option<Money>,
    penalties: &PenaltyTotals,
    findings: &mut Vec<Finding>,
) -> Result<Option<report::CollectionReport>, CalcError> {
    match final_total {
        Some(standing) => collection::report(case, options, standing, &penalties.schedules, findings),
        None => {
            if case.collection.is_requested() {
                findings.push(Finding::says(
                    Level::Info,
                    FindingCode::FinalTotalUnknown,
                    Message::new("total-nothing-to-collect"),
                ));
            }
            Ok(None)
        }
    }
}

/// Art. 83(3): one report per group of linked or combined violations.
fn group_reports(
    case: &Case,
    groups: &HashMap<&str, groups::GroupCeiling>,
    violations: &[ViolationReport],
    options: &Options,
    findings: &mut Vec<Finding>,
) -> Result<Vec<report::GroupReport>, CalcError> {
    let mut group_reports = Vec::with_capacity(case.groups.len());
    for group in &case.groups {
        let ceiling = groups.get(group.id.as_str()).expect("every group has its members collected");
        let mut report = groups::report(options.detail, group, ceiling, violations, findings)?;
        report.ceiling_eur = currency::eur(case, report.ceiling)?;
        group_reports.push(report);
    }
    Ok(group_reports)
}

/// The case's total fine and how it was added up.
struct Total {
    total: Money,
    before_reductions: Money,
    reductions: Vec<report::ReductionReport>,
    eur: Option<Money>,
    steps: Vec<Step>,
}

/// The total: each group's one fine and each ungrouped violation's fine, added up, less the
/// case's own settlement reductions, checked against the total the decision states.
fn total_fine(
    case: &Case,
    group_reports: &[report::GroupReport],
    violations: &[ViolationReport],
    options: &Options,
    findings: &mut Vec<Finding>,
) -> Result<Total, CalcError> {
    let mut total = currency::zero(case);
    let mut total_steps = Trace::new(options.detail);
    for group in group_reports {
        total = total.checked_add(group.fine)?;
        total_steps.push(|| {
            let id = match group.kind {
                model::GroupKind::Linked => "total-group-linked",
                model::GroupKind::Combined => "total-group-combined",
            };
            Step::says(Message::new(id).arg("group", group.id.as_str()), Some(group.fine))
        });
    }
    for violation in violations.iter().filter(|v| v.group.is_none()) {
        if let Some(fine) = violation.fine {
            total = total.checked_add(fine)?;
            // A fine under national law (e-Privacy) counts in the total too, under its own law.
            let law = Arg::Key(if violation.national.is_some() { "national" } else { "gdpr" });
            total_steps.push(|| {
                let message = Message::new("total-violation").arg("law", law).arg("violation", violation.id.as_str());
                Step::says(message, Some(fine))
            });
        }
    }
    total_steps.push(|| Step::says(Message::new("total-sum"), Some(total)));
    let before_reductions = total;
    let mut reductions = Vec::new();
    if !case.reductions.is_empty() {
        let country = settlement::country(case);
        let base = settlement::Base::Total;
        let settled = settlement::settle(country.as_deref(), total, &case.reductions, base, &mut total_steps)?;
        total = settled.amount;
        reductions = settled.reductions;
        findings.extend(settled.findings);
        total_steps.push(|| Step::says(Message::new("total-after-settlement"), Some(total)));
    }
    let total_eur = currency::eur(case, Some(total))?;
    if let (Some(rate), Some(eur)) = (&case.currency, total_eur) {
        total_steps.push(|| currency::total_step(rate, eur));
    }
    findings.extend(currency::findings(case, Some(total), total_eur));
    if let Some(published) = case.published_total
        && published != total
    {
        let message = Message::new("total-differs").arg("published", published).arg("total", total);
        findings.push(Finding::says(Level::Error, FindingCode::TotalDiffers, message));
    }
    Ok(Total { total, before_reductions, reductions, eur: total_eur, steps: total_steps.into_steps() })
}

/// `--method`: the fines with the method added up as [`total_fine`] adds the declared ones
/// (Art. 83(3): each group once, at its capped result). A violation computed with its own method
/// table is not compared and keeps its fine; a member or violation without a result leaves the
/// total null, never a sum that drops it.
fn what_if(
    case: &Case,
    options: &Options,
    violations: &[ViolationReport],
    groups: &[report::GroupReport],
) -> Result<Option<report::WhatIf>, CalcError> {
    let Some(compare) = options.compare else { return Ok(None) };
    let method = match compare {
        CompareMethod::Edpb(_) => report::FineMethod::Edpb,
        CompareMethod::Ap2019(_) => report::FineMethod::Ap2019,
    };
    let mut total = Some(currency::zero(case));
    let mut missing = Vec::new();
    let mut add = |id: &str, fine: Option<Money>| -> Result<(), CalcError> {
        match (fine, total) {
            (Some(fine), Some(sum)) => total = Some(sum.checked_add(fine)?),
            (Some(_), None) => {}
            (None, _) => {
                missing.push(id.to_string());
                total = None;
            }
        }
        Ok(())
    };
    for group in groups {
        add(&group.id, group.comparison.as_ref().map_or(Some(group.fine), |c| c.fine))?;
    }
    for violation in violations.iter().filter(|v| v.group.is_none()) {
        let own = violation.fine.unwrap_or(currency::zero(case));
        add(&violation.id, violation.comparison.as_ref().map_or(Some(own), |c| c.fine))?;
    }
    let note = (!missing.is_empty()).then(|| Message::new("comparison-no-result-for").arg("ids", missing.join(", ")));
    let violations = violations
        .iter()
        .map(|v| {
            let (fine, range) = match &v.comparison {
                Some(c) => (c.fine, c.range),
                None => (v.fine, v.edpb.as_ref().map(|e| e.fine_range)),
            };
            report::WhatIfViolation { id: v.id.clone(), fine, range }
        })
        .collect();
    Ok(Some(report::WhatIf { method, total, violations, note }))
}

/// The penalty orders' schedules and what they add up to.
struct PenaltyTotals {
    schedules: Vec<report::PenaltyReport>,
    max: Option<Money>,
    forfeited: Money,
}

/// Penalty payments: each order's schedule up to `--as-of`, their ceilings and forfeited sums
/// added up, checked against the maxima the decision states.
fn penalty_totals(
    case: &Case,
    options: &Options,
    annulled: &HashMap<String, model::Appeal>,
    findings: &mut Vec<Finding>,
) -> Result<PenaltyTotals, CalcError> {
    let mut schedules = penalty::schedule_all(case, options.as_of)?;
    for schedule in &mut schedules {
        if let Some(appeal) = annulled.get(&schedule.id) {
            annul(schedule, appeal);
        }
    }
    findings.extend(plausible::date_findings(case, &schedules, options.as_of));
    let max = schedules.iter().map(|p| p.max).try_fold(Some(currency::zero(case)), |sum, max| match (sum, max) {
        (Some(sum), Some(max)) => sum.checked_add(max).map(Some),
        _ => Ok(None),
    })?;
    let forfeited = schedules.iter().map(|p| p.forfeited).try_fold(currency::zero(case), Money::checked_add)?;
    findings.extend(penalty::findings(penalty::PenaltyLaw::of(case), &schedules));
    findings.extend(penalty::caps::findings(case));
    if let Some(published) = case.published_penalties_max
        && Some(published) != max
    {
        let message = Message::new("total-penalties-max-differs").arg("published", published);
        let message = match max {
            Some(max) => message.arg("ceilings", Arg::Key("known")).arg("max", max),
            None => message.arg("ceilings", Arg::Key("unknown")),
        };
        findings.push(Finding::says(Level::Error, FindingCode::PenaltiesMaxDiffers, message));
    }
    Ok(PenaltyTotals { schedules, max, forfeited })
}

/// An order annulled with its fine (or the whole decision) forfeits nothing: an annulment
/// takes effect from the start.
fn annul(schedule: &mut report::PenaltyReport, appeal: &model::Appeal) {
    schedule.forfeited = Money::euros(0).in_currency(schedule.amount.currency());
    schedule.periods = 0;
    // Annulled from the start: no period of non-compliance counts either.
    schedule.periods_elapsed = 0;
    schedule.schedule.clear();
    schedule.max_reached_on = None;
    schedule.max_reached_if_unmet = None;
    for liquidation in &mut schedule.liquidations {
        liquidation.calculated = Some(schedule.forfeited);
        liquidation.matches = Some(liquidation.amount.is_zero());
    }
    schedule.annulled_on = Some(appeals::annulled_on(appeal));
    schedule.annulled_by = Some(appeal.body.clone());
    schedule.steps.push(appeals::annulled_step(appeal, schedule.forfeited));
}

fn case_info(case: &Case) -> CaseInfo {
    let (per_eur, eur_per_unit) = currency::rates(case);
    CaseInfo {
        title: case.title.clone(),
        authority: case.authority.clone(),
        decided: case.decided,
        published: case.published,
        published_total: case.published_total,
        published_penalties_max: case.published_penalties_max,
        published_maximum: case.published_maximum,
        currency: case.currency.as_ref().map_or(iso_currency::Currency::EUR, |c| c.currency).code().to_string(),
        per_eur,
        eur_per_unit,
        rate_date: case.currency.as_ref().and_then(|c| c.rate_date),
        published_total_eur: case.published_total_eur,
        published_final_total: case.published_final_total,
    }
}

fn undertaking_report(case: &Case, turnover: &TurnoverBasis) -> UndertakingReport {
    UndertakingReport {
        name: case.undertaking.name.clone(),
        public_body: case.undertaking.public_body,
        public_body_kind: case.undertaking.public_body_kind,
        turnover: turnover.amount,
        turnover_year: turnover.year,
        turnover_year_chosen: turnover.year_chosen,
        turnover_source: turnover.source,
        turnover_band: turnover.band.map(|band| [band.low, band.high]),
        turnover_steps: turnover.steps.clone(),
    }
}

/// Findings on the turnover of a public body: it is not used (Art. 83(7)), and where art83
/// holds no rule for the authority's country, national law was not checked.
fn public_body_findings(case: &Case, options: &Options, turnover: &TurnoverBasis) -> Vec<Finding> {
    let mut findings = Vec::new();
    if case.undertaking.public_body && !case.undertaking.fined_as_public_body() {
        let country = turnover.country.as_deref();
        if country.and_then(|c| kind_rule(c, PublicBodyKind::Undertaking)).is_none() {
            let message = Message::new("total-public-body-as-undertaking").arg("country", country_arg(country));
            findings.push(Finding::says(Level::Info, FindingCode::PublicBodyRuleUnknown, message));
        }
        return findings;
    }
    if !case.undertaking.public_body {
        return findings;
    }
    if case.undertaking.turnover != model::Turnover::Unknown || options.turnover.is_some() {
        findings.push(Finding::says(
            Level::Warning,
            FindingCode::TurnoverIgnored,
            Message::new("total-public-body-turnover-ignored"),
        ));
    }
    if turnover.public_body_rule.is_none() {
        let message =
            Message::new("total-public-body-rule-unknown").arg("country", country_arg(turnover.country.as_deref()));
        findings.push(Finding::says(Level::Info, FindingCode::PublicBodyRuleUnknown, message));
    }
    findings
}

/// The authority's country code (`NL`), or the key `none` where its name has none: the
/// catalogue then names the authority.
fn country_arg(country: Option<&str>) -> Arg {
    country.map_or(Arg::Key("none"), Arg::from)
}
