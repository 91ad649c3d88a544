//! The pure calculation core: a validated [`Case`] in, a [`Report`] out.
//!
//! No files, no printing, no `anyhow`: everything here takes plain data and returns plain
//! data, so tests, benchmarks and every output format share one source of numbers.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod ap2019;
pub mod article;
mod citation;
pub mod currency;
pub mod edpb;
pub mod error;
pub mod groups;
pub mod law;
pub mod lookup;
pub mod maximum;
pub mod model;
pub mod money;
pub mod penalty;
mod plausible;
pub mod report;
pub mod sweep;
mod text;
pub mod validate;

use crate::calc::report::FindingCode;
use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

pub use error::{CalcError, Refusal};
use maximum::{LegalMaximum, TurnoverBasis, TurnoverContext, legal_maximum, resolve_turnover};
pub use model::Case;
use model::{Method, Seriousness, Until, Violation};
use money::Money;
use report::{
    ArticleReport, CaseInfo, Comparison, Finding, FineMethod, Level, MaximumBasis, Step, Trace, UndertakingReport,
    ViolationReport,
};
pub use report::{Detail, Report};

/// A byte range in the case file, so errors found while calculating can point at their source.
pub type Span = std::ops::Range<usize>;

/// What the caller chose beside the case (on the command line: its options). Plain fields, so
/// that a what-if is `Options { turnover: Some(..), ..Options::new(as_of) }`.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--turnover`: a what-if turnover in euros.
    pub turnover: Option<Money>,
    /// `--as-of`: penalties accrue to this date where an order has no `complied` date.
    pub as_of: Date,
    /// `--method`: show this method's result with its defaults beside each declared fine.
    pub compare: Option<CompareMethod>,
    /// Build the steps' text; sweeps need only the amounts.
    pub detail: Detail,
}

impl Options {
    /// The case file's own figures, penalties accrued to `as_of`, with every step explained.
    pub fn new(as_of: Date) -> Options {
        Options { turnover: None, as_of, compare: None, detail: Detail::Steps }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// A method to compare with each declared fine (`--method`).
pub enum CompareMethod {
    /// EDPB Guidelines 04/2022 at the given seriousness, middle of every band.
    Edpb(Seriousness),
    /// AP Boetebeleidsregels 2019: the basic fine of the annex category, or of the category
    /// given (`--category`) where the annexes list none of the violation's articles.
    Ap2019(Option<model::Category>),
}

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
    let maxima = legal_maxima(case, &turnover, options)?;
    let groups = groups::ceilings(case, &maxima)?;
    let violations = violation_reports(case, &maxima, &groups, &turnover, options, &mut findings)?;
    let group_reports = group_reports(case, &groups, &violations, options, &mut findings)?;
    let (total, total_eur, total_steps) = total_fine(case, &group_reports, &violations, options, &mut findings)?;
    let penalties = penalty_totals(case, options, &mut findings)?;

    Ok(Report {
        case: case_info(case),
        undertaking: undertaking_report(case, &turnover),
        violations,
        groups: group_reports,
        total,
        total_eur,
        total_steps,
        penalties: penalties.schedules,
        penalties_max: penalties.max,
        penalties_forfeited: penalties.forfeited,
        as_of: options.as_of,
        findings,
    })
}

/// Art. 83(4)-(6): each violation's legal maximum, from the gravest tier its articles fall in.
fn legal_maxima(
    case: &Case,
    turnover: &TurnoverBasis,
    options: &Options,
) -> Result<Vec<Option<LegalMaximum>>, CalcError> {
    case.violations
        .iter()
        .map(|violation| {
            violation_tier(violation).map(|tier| legal_maximum(tier, turnover, options.detail)).transpose()
        })
        .collect()
}

/// Art. 83(2): each violation's report, its fine capped by its group's ceiling (Art. 83(3)).
fn violation_reports(
    case: &Case,
    maxima: &[Option<LegalMaximum>],
    groups: &HashMap<&str, groups::GroupCeiling>,
    turnover: &TurnoverBasis,
    options: &Options,
    findings: &mut Vec<Finding>,
) -> Result<Vec<ViolationReport>, CalcError> {
    let fined_groups: HashSet<&str> = case.groups.iter().filter(|g| g.fine.is_some()).map(|g| g.id.as_str()).collect();
    let context = ViolationContext { case, fined_groups: &fined_groups, turnover, options };
    let mut violations = Vec::with_capacity(case.violations.len());
    for (violation, maximum) in case.violations.iter().zip(maxima) {
        let ceiling = violation.group.as_deref().and_then(|id| groups.get(id)).and_then(|g| g.member_cap());
        let report = violation_report(&context, violation, maximum.as_ref(), ceiling, findings)
            .map_err(|e| e.context(format!("violation `{}`", violation.id), violation.span.clone()))?;
        violations.push(report);
    }
    Ok(violations)
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

/// The total: each group's one fine and each ungrouped violation's fine, added up, checked
/// against the total the decision states.
fn total_fine(
    case: &Case,
    group_reports: &[report::GroupReport],
    violations: &[ViolationReport],
    options: &Options,
    findings: &mut Vec<Finding>,
) -> Result<(Money, Option<Money>, Vec<Step>), CalcError> {
    let mut total = currency::zero(case);
    let mut total_steps = Trace::new(options.detail);
    for group in group_reports {
        total = total.checked_add(group.fine)?;
        total_steps.push(|| match group.kind {
            model::GroupKind::Linked => Step::new(
                "Art. 83(3)",
                format!("group `{}`: one fine for linked processing", group.id),
                Some(group.fine),
            ),
            model::GroupKind::Combined => Step::new(
                "combined fine",
                format!("group `{}`: one fine for separate infringements", group.id),
                Some(group.fine),
            ),
        });
    }
    for violation in violations.iter().filter(|v| v.group.is_none()) {
        if let Some(fine) = violation.fine {
            total = total.checked_add(fine)?;
            total_steps.push(|| Step::new("Art. 83(2)", format!("violation `{}`", violation.id), Some(fine)));
        }
    }
    total_steps.push(|| Step::new("total", "sum of the fines above", Some(total)));
    let total_eur = currency::eur(case, Some(total))?;
    if let (Some(rate), Some(eur)) = (&case.currency, total_eur) {
        total_steps.push(|| currency::total_step(rate, eur));
    }
    findings.extend(currency::findings(case, Some(total), total_eur));
    if let Some(published) = case.published_total
        && published != total
    {
        findings.push(Finding::new(
            Level::Error,
            FindingCode::TotalDiffers,
            format!("the decision states a total of {published}, the fines add up to {total}"),
        ));
    }
    Ok((total, total_eur, total_steps.into_steps()))
}

/// The penalty orders' schedules and what they add up to.
struct PenaltyTotals {
    schedules: Vec<report::PenaltyReport>,
    max: Option<Money>,
    forfeited: Money,
}

/// Penalty payments: each order's schedule up to `--as-of`, their ceilings and forfeited sums
/// added up, checked against the maxima the decision states.
fn penalty_totals(case: &Case, options: &Options, findings: &mut Vec<Finding>) -> Result<PenaltyTotals, CalcError> {
    let schedules = penalty::schedule_all(case, options.as_of)?;
    findings.extend(plausible::date_findings(case, &schedules, options.as_of));
    let max = schedules.iter().map(|p| p.max).try_fold(Some(currency::zero(case)), |sum, max| match (sum, max) {
        (Some(sum), Some(max)) => sum.checked_add(max).map(Some),
        _ => Ok(None),
    })?;
    let forfeited = schedules.iter().map(|p| p.forfeited).try_fold(currency::zero(case), Money::checked_add)?;
    findings.extend(penalty::findings(penalty::PenaltyLaw::of(case), &schedules));
    if let Some(published) = case.published_penalties_max
        && Some(published) != max
    {
        let computed = max.map_or("are unbounded (an order has no `max`)".to_string(), |m| format!("add up to {m}"));
        findings.push(Finding::new(
            Level::Error,
            FindingCode::PenaltiesMaxDiffers,
            format!("the decision states penalty maxima of {published} together; the orders' ceilings {computed}"),
        ));
    }
    Ok(PenaltyTotals { schedules, max, forfeited })
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
        currency: case.currency.as_ref().map(|c| c.currency.code().to_string()),
        per_eur,
        eur_per_unit,
        rate_date: case.currency.as_ref().and_then(|c| c.rate_date),
        published_total_eur: case.published_total_eur,
    }
}

fn undertaking_report(case: &Case, turnover: &TurnoverBasis) -> UndertakingReport {
    UndertakingReport {
        name: case.undertaking.name.clone(),
        public_body: case.undertaking.public_body,
        turnover: turnover.amount,
        turnover_year: turnover.year,
        turnover_year_chosen: turnover.year_chosen,
        turnover_source: turnover.source,
        turnover_steps: turnover.steps.clone(),
    }
}

/// The gravest tier among the violation's articles; `None` when no tier lists any of them.
fn violation_tier(violation: &Violation) -> Option<article::Tier> {
    violation.articles.iter().filter_map(|cited| cited.article.tier()).max()
}

/// The case-wide facts one violation's report depends on.
struct ViolationContext<'a> {
    case: &'a Case,
    /// Groups with a declared fine: their members need no fine of their own.
    fined_groups: &'a HashSet<&'a str>,
    turnover: &'a TurnoverBasis,
    options: &'a Options,
}

/// The fine of one violation (Art. 83(2)) and how it was set.
struct ViolationFine {
    fine: Option<Money>,
    method: FineMethod,
    edpb: Option<report::EdpbReport>,
    ap2019: Option<report::Ap2019Report>,
}

fn violation_report(
    context: &ViolationContext,
    violation: &Violation,
    maximum: Option<&LegalMaximum>,
    group_ceiling: Option<Money>,
    findings: &mut Vec<Finding>,
) -> Result<ViolationReport, CalcError> {
    let case = context.case;
    let article_details = article_reports(violation);
    findings.extend(untiered_finding(violation, &article_details, maximum));
    let mut steps = Trace::new(context.options.detail);
    if let Some(maximum) = maximum {
        steps.push(|| tier_step(maximum, &article_details));
        steps.push(|| maximum.step.clone());
    }
    let set = violation_fine(context, violation, maximum, group_ceiling, &mut steps, findings)?;
    let required_turnover = maximum_findings(violation, set.fine, maximum, findings)?;
    let comparison = comparison(context, violation, set.method, maximum, group_ceiling, findings);
    let (until, ongoing, duration_days) = duration(case, violation)?;

    Ok(ViolationReport {
        id: violation.id.clone(),
        title: violation.title.clone(),
        articles: article_details.iter().map(|a| a.article.clone()).collect(),
        tier: maximum.map(|m| m.tier),
        legal_maximum: maximum.map(|m| m.amount),
        legal_maximum_eur: currency::eur(case, maximum.map(|m| m.amount))?,
        maximum_basis: maximum.map(|m| m.basis),
        required_turnover,
        article_details,
        fine: set.fine,
        method: set.method,
        group: violation.group.clone(),
        from: violation.from,
        until,
        ongoing,
        duration_days,
        edpb: set.edpb,
        ap2019: set.ap2019,
        comparison,
        steps: steps.into_steps(),
    })
}

/// Art. 83(4)-(6): where each cited article is listed, if anywhere.
fn article_reports(violation: &Violation) -> Vec<ArticleReport> {
    violation
        .articles
        .iter()
        .map(|cited| {
            let listing = cited.article.listing();
            ArticleReport {
                article: cited.article.to_string(),
                as_written: cited.as_written.clone(),
                tier: listing.map(|l| l.tier),
                listed_in: listing.map(|l| l.listed_in),
            }
        })
        .collect()
}

/// Articles that Art. 83(4)-(6) do not list: harmless beside a listed one, but alone they leave
/// the violation without a legal maximum.
fn untiered_finding(
    violation: &Violation,
    article_details: &[ArticleReport],
    maximum: Option<&LegalMaximum>,
) -> Option<Finding> {
    let untiered: Vec<&str> = article_details.iter().filter(|a| a.tier.is_none()).map(|a| a.article.as_str()).collect();
    if untiered.is_empty() {
        return None;
    }
    let (level, code, consequence) = if maximum.is_some() {
        (Level::Info, FindingCode::ArticleWithoutTier, "they do not set the tier")
    } else {
        (Level::Warning, FindingCode::ViolationWithoutTier, "this violation has no legal maximum")
    };
    Some(
        Finding::new(level, code, format!("Art. 83(4)-(6) do not list {}: {consequence}", untiered.join(", ")))
            .violation(&violation.id),
    )
}

/// The step naming the paragraph of Art. 83(4)-(6) that sets the tier, and what it lists.
fn tier_step(maximum: &LegalMaximum, article_details: &[ArticleReport]) -> Step {
    let listed: Vec<String> = article_details
        .iter()
        .filter(|a| a.tier == Some(maximum.tier))
        .map(|a| format!("{} ({})", a.article, a.listed_in.unwrap_or_default()))
        .collect();
    Step::new("tier", format!("{} lists {}", maximum.tier.citation(), listed.join(", ")), None)
}

/// Art. 83(2): the fine as declared in the decision, or as a fining method computes it.
fn violation_fine(
    context: &ViolationContext,
    violation: &Violation,
    maximum: Option<&LegalMaximum>,
    group_ceiling: Option<Money>,
    steps: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<ViolationFine, CalcError> {
    let declared = |method| ViolationFine { fine: violation.fine, method, edpb: None, ap2019: None };
    match (&violation.method, violation.fine) {
        (_, Some(fine)) => {
            steps.push(|| Step::new("declared", "the fine imposed for this violation", Some(fine)));
            Ok(declared(FineMethod::Declared))
        }
        (Some(Method::Edpb(input)), None) => {
            edpb_fine(context, violation, input, maximum, group_ceiling, steps, findings)
        }
        (Some(Method::Ap2019(input)), None) => {
            let maximum = require_maximum(maximum, "the AP 2019 method")?;
            let detail = context.options.detail;
            let outcome = ap2019::calculate(detail, input, &violation.articles, maximum, group_ceiling)?;
            steps.extend(outcome.steps);
            findings.extend(outcome.findings.into_iter().map(|finding| finding.violation(&violation.id)));
            let applies = ap2019::applicability(violation.from, context.case.decided, &context.case.authority);
            findings.extend(applies.map(|finding| finding.violation(&violation.id)));
            let fine = Some(outcome.report.after_ability_to_pay);
            Ok(ViolationFine { fine, method: FineMethod::Ap2019, edpb: None, ap2019: Some(outcome.report) })
        }
        (None, None) if violation.group.as_deref().is_some_and(|id| context.fined_groups.contains(id)) => {
            Ok(declared(FineMethod::Declared))
        }
        (None, None) => Ok(declared(FineMethod::None)),
    }
}

/// EDPB Guidelines 04/2022: the fine the five steps give.
fn edpb_fine(
    context: &ViolationContext,
    violation: &Violation,
    input: &model::EdpbInput,
    maximum: Option<&LegalMaximum>,
    group_ceiling: Option<Money>,
    steps: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<ViolationFine, CalcError> {
    let maximum = require_maximum(maximum, "the EDPB method")?;
    let outcome = edpb::calculate(context.options.detail, input, maximum, context.turnover, group_ceiling)?;
    if let (model::Choice::Value(percent), None) = (input.size, &outcome.report.size_range) {
        findings.push(
            Finding::new(
                Level::Warning,
                FindingCode::SizePercentIgnored,
                format!(
                    "size_percent {} is not used: step 2b applies only to a known turnover up to EUR 500,000,000",
                    percent.normalize()
                ),
            )
            .violation(&violation.id),
        );
    }
    steps.extend(outcome.steps);
    findings.extend(edpb::postdates(context.case.decided).map(|finding| finding.violation(&violation.id)));
    let fine = Some(outcome.report.after_step_5);
    Ok(ViolationFine { fine, method: FineMethod::Edpb, edpb: Some(outcome.report), ap2019: None })
}

/// Art. 83(4)-(6): a fine above the legal maximum, or a fine with no maximum to check it
/// against. Returns the turnover the fine would need where the maximum is only a lower bound.
fn maximum_findings(
    violation: &Violation,
    fine: Option<Money>,
    maximum: Option<&LegalMaximum>,
    findings: &mut Vec<Finding>,
) -> Result<Option<Money>, CalcError> {
    let mut required_turnover = None;
    if let (Some(fine), Some(maximum)) = (fine, maximum)
        && fine > maximum.amount
    {
        let (finding, required) = fine_above_maximum(fine, maximum)?;
        required_turnover = required;
        findings.push(finding.violation(&violation.id));
    }
    if fine.is_some() && maximum.is_none() {
        findings.push(
            Finding::new(
                Level::Warning,
                FindingCode::FineWithoutTier,
                "a fine is set, but none of the articles is listed in Art. 83(4)-(6), so there is no legal maximum to check it against",
            )
            .violation(&violation.id),
        );
    }
    Ok(required_turnover)
}

/// `--method`: the method's result beside a declared fine; a violation computed with its own
/// method table is not compared.
fn comparison(
    context: &ViolationContext,
    violation: &Violation,
    method: FineMethod,
    maximum: Option<&LegalMaximum>,
    group_ceiling: Option<Money>,
    findings: &mut Vec<Finding>,
) -> Option<Comparison> {
    let compare = context.options.compare?;
    if matches!(method, FineMethod::Edpb | FineMethod::Ap2019) {
        let table = if method == FineMethod::Edpb { "edpb" } else { "ap2019" };
        findings.push(
            Finding::new(
                Level::Info,
                FindingCode::MethodNotCompared,
                format!("--method is not applied here: this violation's fine is computed with its own [violation.{table}] table"),
            )
            .violation(&violation.id),
        );
        return None;
    }
    let comparison = compare_with(compare, violation, maximum, context.turnover, group_ceiling);
    if let Some(note) = Some(&comparison).filter(|c| c.fine.is_none()).and_then(|c| c.note.as_ref()) {
        findings.push(Finding::new(Level::Info, FindingCode::NoMethodResult, note.clone()).violation(&violation.id));
    }
    Some(comparison)
}

/// Art. 83(2)(a): how long the infringement lasted; an ongoing one up to the decision.
fn duration(case: &Case, violation: &Violation) -> Result<(Option<Date>, bool, Option<i32>), CalcError> {
    let (until, ongoing) = match violation.until {
        Some(Until::Date(date)) => (Some(date), false),
        Some(Until::Ongoing) => (case.decided, true),
        None => (None, false),
    };
    let duration_days = match (violation.from, until) {
        (Some(from), Some(until)) => Some(
            from.until(until)
                .map_err(|_| CalcError::invalid("the violation's dates are out of range", violation.span.clone()))?
                .get_days(),
        ),
        _ => None,
    };
    Ok((until, ongoing, duration_days))
}

/// A fine above a legal maximum: an excess where the maximum is known; where it is only known
/// to be at least the fixed amount (turnover unknown), the turnover the fine needs; where
/// national law allows no fine on a public body (Art. 83(7)), any fine.
fn fine_above_maximum(fine: Money, maximum: &LegalMaximum) -> Result<(Finding, Option<Money>), CalcError> {
    let citation = maximum.tier.citation();
    Ok(match maximum.basis {
        MaximumBasis::AtLeast => {
            let needed = maximum.required_turnover(fine)?;
            let message = format!(
                "fine {fine} is above {}, what the {citation} maximum is known to reach with turnover unknown; it is \
                 within the maximum if the undertaking's turnover was at least {needed} (fine / {} %)",
                maximum.amount,
                money::percent_text(maximum.percent)
            );
            (Finding::new(Level::Warning, FindingCode::MaximumNeedsTurnover, message), Some(needed))
        }
        MaximumBasis::NoFine => (
            Finding::new(
                Level::Error,
                FindingCode::NoFineAllowed,
                format!("fine {fine} on a public body that national law exempts from fines (Art. 83(7))"),
            ),
            None,
        ),
        _ => (
            Finding::new(
                Level::Error,
                FindingCode::FineExceedsMaximum,
                format!("fine {fine} exceeds the legal maximum {} ({citation})", maximum.amount),
            ),
            None,
        ),
    })
}

/// Findings on the turnover of a public body: it is not used (Art. 83(7)), and where art83
/// holds no rule for the authority's country, national law was not checked.
fn public_body_findings(case: &Case, options: &Options, turnover: &TurnoverBasis) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !case.undertaking.public_body {
        return findings;
    }
    if case.undertaking.turnover != model::Turnover::Unknown || options.turnover.is_some() {
        findings.push(Finding::new(
            Level::Warning,
            FindingCode::TurnoverIgnored,
            "a public body has no turnover-based maximum (Art. 83(7)): the turnover given is not used",
        ));
    }
    if turnover.public_body_rule.is_none() {
        let country = turnover.country.as_deref().unwrap_or("the authority (no country code in `authority`)");
        findings.push(Finding::new(
            Level::Info,
            FindingCode::PublicBodyRuleUnknown,
            format!(
                "art83 holds no Art. 83(7) rule for {country}: the fixed maxima are shown, but national law may \
                 cap or exclude fines on public bodies"
            ),
        ));
    }
    findings
}

fn require_maximum<'a>(maximum: Option<&'a LegalMaximum>, method: &str) -> Result<&'a LegalMaximum, CalcError> {
    maximum.ok_or_else(|| {
        CalcError::invalid(
            format!("{method} needs a legal maximum, but Art. 83(4)-(6) list none of the violation's articles"),
            None,
        )
    })
}

/// `--method`: what the method gives with its defaults, for comparison with a declared fine.
fn compare_with(
    compare: CompareMethod,
    violation: &Violation,
    maximum: Option<&LegalMaximum>,
    turnover: &TurnoverBasis,
    ceiling: Option<Money>,
) -> Comparison {
    let method = match compare {
        CompareMethod::Edpb(_) => FineMethod::Edpb,
        CompareMethod::Ap2019(_) => FineMethod::Ap2019,
    };
    let outcome = maximum
        .ok_or_else(|| CalcError::invalid("no legal maximum: Art. 83(4)-(6) list none of the articles", None))
        .and_then(|maximum| match compare {
            CompareMethod::Edpb(seriousness) => {
                edpb::calculate(Detail::Steps, &model::EdpbInput::defaults(seriousness), maximum, turnover, ceiling)
                    .map(|o| (o.report.after_step_5, Some(o.report.fine_range), o.steps))
            }
            CompareMethod::Ap2019(category) => {
                let covered = violation.articles.iter().any(|a| ap2019::annex_entry(a).is_some());
                if !covered && category.is_none() {
                    let cited: Vec<String> = violation.articles.iter().map(|a| a.article.to_string()).collect();
                    return Err(CalcError::refused(Refusal::NoAnnexCategoryToCompare { articles: cited }, None));
                }
                // The annex decides where it lists an article; `--category` fills in only where it does not.
                let input =
                    model::Ap2019Input { category: category.filter(|_| !covered), ..model::Ap2019Input::defaults() };
                let from_option = input.category.is_some();
                ap2019::calculate(Detail::Steps, &input, &violation.articles, maximum, ceiling).map(|mut o| {
                    if from_option {
                        // ap2019.rs names a given category's source as the case file; here it is the option.
                        for step in &mut o.steps {
                            step.detail = step.detail.replace("(named in the case file)", "(given with --category)");
                        }
                    }
                    (o.report.after_ability_to_pay, Some(o.report.bandwidth), o.steps)
                })
            }
        });
    match outcome {
        Ok((fine, range, steps)) => Comparison { method, fine: Some(fine), range, note: None, steps },
        Err(error) => Comparison { method, fine: None, range: None, note: Some(error.to_string()), steps: vec![] },
    }
}

#[cfg(test)]
mod tests;
