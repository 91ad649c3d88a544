//! One violation's report: its tier and legal maximum (Art. 83(4)-(6)), its fine as declared or
//! as a fining method computes it (Art. 83(2)), the findings on both, and `--method`'s
//! comparison beside a declared fine.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use super::error::{CalcError, Refusal};
use super::maximum::{LegalMaximum, TurnoverBasis, legal_maximum};
use super::model::Case;
use super::model::{self, Method, Until, Violation};
use super::money::Money;
use super::options::{CompareMethod, Options};
use super::report::Detail;
use super::report::{
    ArticleReport, Comparison, Finding, FindingCode, FineMethod, Level, MaximumBasis, Step, Trace, ViolationReport,
};
use super::{ap2019, article, currency, edpb, groups, national, report};
use crate::l10n::{Arg, Message};

/// Art. 83(4)-(6): each violation's legal maximum, from the gravest tier its articles fall in.
pub(super) fn legal_maxima(
    case: &Case,
    turnover: &TurnoverBasis,
    options: &Options,
) -> Result<Vec<Option<LegalMaximum>>, CalcError> {
    case.violations
        .iter()
        .map(|violation| {
            // A fine under national law has no Art. 83 tier (calc::national).
            let tier = violation_tier(violation).filter(|_| violation.national.is_none());
            tier.map(|tier| legal_maximum(tier, turnover, options.detail)).transpose()
        })
        .collect()
}

/// Art. 83(2): each violation's report, its fine capped by its group's ceiling (Art. 83(3)).
pub(super) fn violation_reports(
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
    reductions: Vec<report::ReductionReport>,
}

/// One violation's report, its findings added to `findings`.
fn violation_report(
    context: &ViolationContext,
    violation: &Violation,
    maximum: Option<&LegalMaximum>,
    group_ceiling: Option<Money>,
    findings: &mut Vec<Finding>,
) -> Result<ViolationReport, CalcError> {
    let case = context.case;
    let article_details = article_reports(violation);
    let mut steps = Trace::new(context.options.detail);
    let national = match &violation.national {
        Some(national) => {
            Some(national::maximum(case, &violation.id, national, context.turnover, context.options.detail, findings)?)
        }
        None => None,
    };
    if national.is_none() {
        findings.extend(untiered_finding(violation, &article_details, maximum));
    }
    if let Some(maximum) = maximum {
        steps.push(|| tier_step(maximum, &article_details));
        steps.push(|| maximum.step.clone());
    }
    if let Some(national) = &national {
        steps.push(|| national.step.clone());
    }
    let set = violation_fine(context, violation, maximum, group_ceiling, &mut steps, findings)?;
    let required_turnover = match &national {
        Some(national) => {
            let (finding, required) = national::fine_finding(violation, set.fine, national)?;
            findings.extend(finding);
            required
        }
        None => maximum_findings(violation, set.fine, maximum, findings)?,
    };
    let comparison = comparison(context, violation, set.method, maximum, group_ceiling, findings);
    let (until, ongoing, duration_days) = duration(case, violation)?;

    Ok(ViolationReport {
        id: violation.id.clone(),
        title: violation.title.clone(),
        articles: article_details.iter().map(|a| a.article.clone()).collect(),
        tier: maximum.map(|m| m.tier),
        legal_maximum: national.as_ref().map_or(known_maximum(maximum), |n| n.amount),
        legal_maximum_eur: currency::eur(case, national.as_ref().map_or(known_maximum(maximum), |n| n.amount))?,
        legal_maximum_upper: if national.is_some() { None } else { maximum.and_then(|m| m.band_upper) },
        maximum_basis: national.as_ref().map_or(maximum.map(|m| m.basis), |n| n.basis),
        published_maximum: None,
        national: national.map(|n| n.report),
        required_turnover,
        article_details,
        fine: set.fine,
        method: set.method,
        proposed: violation.proposed,
        reductions: set.reductions,
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
    let (level, code, tiered) = if maximum.is_some() {
        (Level::Info, FindingCode::ArticleWithoutTier, "yes")
    } else {
        (Level::Warning, FindingCode::ViolationWithoutTier, "no")
    };
    let articles = article_list(untiered.iter().map(|article| (*article, None)))?;
    let message =
        Message::new("violation-articles-without-tier").arg("articles", articles).arg("tiered", Arg::Key(tiered));
    Some(Finding::says(level, code, message).violation(&violation.id))
}

/// The step naming the paragraph of Art. 83(4)-(6) that sets the tier, and what it lists.
fn tier_step(maximum: &LegalMaximum, article_details: &[ArticleReport]) -> Step {
    let listed = article_details
        .iter()
        .filter(|a| a.tier == Some(maximum.tier))
        .map(|a| (a.article.as_str(), Some(a.listed_in.unwrap_or_default())));
    let message = Message::new("violation-tier").arg("tier", Arg::Provision(maximum.tier.as_str().into()));
    Step::says(
        match article_list(listed) {
            Some(listed) => message.arg("listed", listed),
            None => message,
        },
        None,
    )
}

/// Cited articles as a list (`violation-article`): each bare where the sentence says they are
/// the GDPR's (`32(1) (83(4)(a)), 33`), with the point of Art. 83(4)-(6) that lists it where
/// given; each item holds the next.
fn article_list<'a>(articles: impl DoubleEndedIterator<Item = (&'a str, Option<&'a str>)>) -> Option<Message> {
    articles.rev().fold(None, |next, (article, listed_in)| {
        let item = Message::new("violation-article").arg("article", Arg::Article(article.into()));
        let item = match listed_in {
            Some(point) => item.arg("listed", Arg::Key("yes")).arg("listed_in", Arg::Article(point.into())),
            None => item.arg("listed", Arg::Key("no")),
        };
        Some(match next {
            Some(next) => item.arg("more", Arg::Key("yes")).arg("next", next),
            None => item.arg("more", Arg::Key("no")),
        })
    })
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
    let declared =
        |method| ViolationFine { fine: violation.fine, method, edpb: None, ap2019: None, reductions: Vec::new() };
    if let Some(proposed) = violation.proposed {
        return settled_fine(context, violation, proposed, steps, findings);
    }
    match (&violation.method, violation.fine) {
        (_, Some(fine)) => {
            steps.push(|| Step::says(Message::new("violation-declared"), Some(fine)));
            Ok(declared(FineMethod::Declared))
        }
        (Some(Method::Edpb(input)), None) => {
            edpb_fine(context, violation, input, maximum, group_ceiling, steps, findings)
        }
        (Some(Method::Ap2019(input)), None) => {
            if let Some(currency) = &context.case.currency {
                let currency = currency.currency.code().to_string();
                return Err(CalcError::refused(Refusal::Ap2019NotInEuros { currency }, violation.span.clone()));
            }
            let maximum = require_maximum(maximum, violation, "the AP 2019 method")?;
            let detail = context.options.detail;
            let outcome = ap2019::calculate(detail, input, &violation.articles, maximum, group_ceiling)?;
            steps.extend(outcome.steps);
            findings.extend(outcome.findings.into_iter().map(|finding| finding.violation(&violation.id)));
            let applies = ap2019::applicability(violation.from, context.case.decided, &context.case.authority);
            findings.extend(applies.map(|finding| finding.violation(&violation.id)));
            let fine = Some(outcome.report.after_ability_to_pay);
            Ok(ViolationFine {
                fine,
                method: FineMethod::Ap2019,
                edpb: None,
                ap2019: Some(outcome.report),
                reductions: Vec::new(),
            })
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
    let maximum = require_maximum(maximum, violation, "the EDPB method")?;
    let outcome = edpb::calculate(context.options.detail, input, maximum, context.turnover, group_ceiling)?;
    if let (model::Choice::Value(percent), None) = (input.size, &outcome.report.size_range) {
        findings.push(
            Finding::says(
                Level::Warning,
                FindingCode::SizePercentIgnored,
                Message::new("violation-size-percent-ignored").arg("percent", percent),
            )
            .violation(&violation.id),
        );
    }
    steps.extend(outcome.steps);
    findings.extend(edpb::postdates(context.case.decided).map(|finding| finding.violation(&violation.id)));
    let fine = Some(outcome.report.after_step_5);
    Ok(ViolationFine {
        fine,
        method: FineMethod::Edpb,
        edpb: Some(outcome.report),
        ap2019: None,
        reductions: Vec::new(),
    })
}

/// A settlement (ES: LPACAP art. 85; IT: Codice privacy art. 166(8)): the proposed amount less
/// each reduction, each a percentage of the proposed amount. A `fine` given as well agrees
/// (`Case::validate` checked it).
fn settled_fine(
    context: &ViolationContext,
    violation: &Violation,
    proposed: Money,
    steps: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<ViolationFine, CalcError> {
    steps.push(|| Step::says(Message::new("violation-proposed"), Some(proposed)));
    let country = super::settlement::country(context.case);
    let base = super::settlement::Base::Proposed;
    let settled = super::settlement::settle(country.as_deref(), proposed, &violation.reductions, base, steps)?;
    findings.extend(settled.findings.into_iter().map(|finding| finding.violation(&violation.id)));
    Ok(ViolationFine {
        fine: Some(settled.amount),
        method: FineMethod::Declared,
        edpb: None,
        ap2019: None,
        reductions: settled.reductions,
    })
}

/// The maximum's amount where it is known: null where the decision states no rate and no
/// turnover in its currency (`per_eur = "unknown"`, basis `unknown`).
fn known_maximum(maximum: Option<&LegalMaximum>) -> Option<Money> {
    maximum.filter(|m| m.basis != MaximumBasis::Unknown).map(|m| m.amount)
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
            Finding::says(Level::Warning, FindingCode::FineWithoutTier, Message::new("violation-fine-without-tier"))
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
        // The method's name is its table's: `[violation.edpb]`, `[violation.ap2019]`.
        let table = method.as_str();
        findings.push(
            Finding::says(
                Level::Info,
                FindingCode::MethodNotCompared,
                Message::new("violation-method-not-compared").arg("table", table),
            )
            .violation(&violation.id),
        );
        return None;
    }
    if let CompareMethod::Ap2019(_) = compare {
        // The same reach as a [violation.ap2019] table: Dutch, and in force (ap2019::applicability).
        let case = context.case;
        let applies = ap2019::applicability(violation.from, case.decided, &case.authority);
        findings.extend(applies.map(|finding| finding.violation(&violation.id)));
    }
    let currency = context.case.currency.as_ref().map(|c| c.currency.code().to_string());
    let comparison = compare_with(compare, violation, maximum, context.turnover, group_ceiling, currency);
    if let Some(note) = Some(&comparison).filter(|c| c.fine.is_none()).and_then(|c| c.note.as_ref()) {
        findings.push(Finding::says(Level::Info, FindingCode::NoMethodResult, note.clone()).violation(&violation.id));
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
    let tier = || Arg::Provision(maximum.tier.as_str().into());
    let exceeds = |upper: Money| {
        let message = Message::new("violation-fine-exceeds-maximum").arg("fine", fine).arg("maximum", upper);
        Finding::says(Level::Error, FindingCode::FineExceedsMaximum, message.arg("tier", tier()))
    };
    if let Some(Some(upper)) = maximum.band_upper
        && fine > upper
    {
        // Above the maximum at the band's upper end: above it at every turnover in the band.
        return Ok((exceeds(upper), None));
    }
    // What the fine needs where the maximum is known only as a floor.
    let needs = |message: Message| -> Result<(Finding, Option<Money>), CalcError> {
        let needed = maximum.required_turnover(fine)?;
        let message = message.arg("tier", tier()).arg("needed", needed).arg("percent", maximum.percent);
        Ok((Finding::says(Level::Warning, FindingCode::MaximumNeedsTurnover, message), Some(needed)))
    };
    let above = |why: &'static str| {
        Message::new("violation-fine-needs-turnover")
            .arg("fine", fine)
            .arg("maximum", maximum.amount)
            .arg("why", Arg::Key(why))
    };
    match maximum.basis {
        MaximumBasis::Unknown => needs(Message::new("violation-maximum-unknown-needs-turnover").arg("fine", fine)),
        MaximumBasis::AtLeast if maximum.fixed_unknown => needs(above("fixed-unknown")),
        MaximumBasis::AtLeast if maximum.band_upper.is_some() => needs(above("band")),
        MaximumBasis::AtLeast => needs(above("turnover-unknown")),
        MaximumBasis::NoFine => Ok((
            Finding::says(
                Level::Error,
                FindingCode::NoFineAllowed,
                Message::new("violation-fine-on-exempt-public-body").arg("fine", fine),
            ),
            None,
        )),
        _ => Ok((exceeds(maximum.amount), None)),
    }
}

/// A fining method works within an Art. 83 maximum; a fine under national law (`national`) has
/// none, whatever its own maximum, so it is declared, not computed. Nor does a maximum that is
/// not known (`per_eur = "unknown"` with no turnover in the currency).
fn require_maximum<'a>(
    maximum: Option<&'a LegalMaximum>,
    violation: &Violation,
    method: &str,
) -> Result<&'a LegalMaximum, CalcError> {
    if let Some(unknown) = maximum.filter(|m| m.basis == MaximumBasis::Unknown) {
        return Err(CalcError::invalid(
            format!(
                "{method} needs the legal maximum of {}, which is not known: the decision states no rate to convert its \
                 EUR fixed amount (`per_eur = \"unknown\"`) and no turnover in its currency",
                unknown.tier.citation()
            ),
            None,
        ));
    }
    maximum.ok_or_else(|| {
        let why = if violation.national.is_some() {
            format!("{method} works within an Art. 83 maximum, and a fine under national law has none: give its `fine`")
        } else {
            format!("{method} needs a legal maximum, but Art. 83(4)-(6) list none of the violation's articles")
        };
        CalcError::invalid(why, None)
    })
}

/// `--method`: what the method gives with its defaults, for comparison with a declared fine.
fn compare_with(
    compare: CompareMethod,
    violation: &Violation,
    maximum: Option<&LegalMaximum>,
    turnover: &TurnoverBasis,
    ceiling: Option<Money>,
    currency: Option<String>,
) -> Comparison {
    let method = match compare {
        CompareMethod::Edpb(_) => FineMethod::Edpb,
        CompareMethod::Ap2019(_) => FineMethod::Ap2019,
    };
    let Some(maximum) = maximum else {
        let note = Message::new("comparison-no-legal-maximum");
        return Comparison { method, fine: None, range: None, note: Some(note), steps: vec![] };
    };
    let outcome = match compare {
        CompareMethod::Edpb(seriousness) => {
            edpb::calculate(Detail::Steps, &model::EdpbInput::defaults(seriousness), maximum, turnover, ceiling)
                .map(|o| (o.report.after_step_5, Some(o.report.fine_range), o.steps))
        }
        CompareMethod::Ap2019(_) if currency.is_some() => {
            let currency = currency.unwrap_or_default();
            Err(CalcError::refused(Refusal::Ap2019NotInEuros { currency }, None))
        }
        CompareMethod::Ap2019(category) => ap2019_comparison(violation, category, maximum, ceiling),
    };
    match outcome {
        Ok((fine, range, steps)) => Comparison { method, fine: Some(fine), range, note: None, steps },
        Err(error) => Comparison { method, fine: None, range: None, note: Some(no_result(&error)), steps: vec![] },
    }
}

/// What a method compared with gives: its fine, its range and its steps.
type MethodResult = (Money, Option<[Money; 2]>, Vec<report::Step>);

/// `--method ap2019`: the annex's category where it lists an article, else `--category`; with
/// neither there is nothing to compare with.
fn ap2019_comparison(
    violation: &Violation,
    category: Option<model::Category>,
    maximum: &LegalMaximum,
    ceiling: Option<Money>,
) -> Result<MethodResult, CalcError> {
    let covered = violation.articles.iter().any(|a| ap2019::annex_entry(a).is_some());
    if !covered && category.is_none() {
        let cited: Vec<String> = violation.articles.iter().map(|a| a.article.to_string()).collect();
        return Err(CalcError::refused(Refusal::NoAnnexCategoryToCompare { articles: cited }, None));
    }
    // The annex decides where it lists an article; `--category` fills in only where it does not.
    let input = model::Ap2019Input { category: category.filter(|_| !covered), ..model::Ap2019Input::defaults() };
    let from_option = input.category.is_some();
    ap2019::calculate(Detail::Steps, &input, &violation.articles, maximum, ceiling).map(|mut o| {
        if from_option {
            ap2019::category_given_with_option(&mut o.steps);
        }
        (o.report.after_ability_to_pay, Some(o.report.bandwidth), o.steps)
    })
}

/// Why a method compared with gives no result, as a message: the refusals a comparison meets,
/// and any other error (a method's arithmetic beyond exact decimals) with its text.
fn no_result(error: &CalcError) -> Message {
    match error {
        CalcError::Refused { refusal: Refusal::Ap2019NotInEuros { currency }, .. } => {
            Message::new("comparison-ap2019-not-in-euros").arg("currency", currency.as_str())
        }
        CalcError::Refused { refusal: Refusal::NoAnnexCategoryToCompare { articles }, .. } => {
            Message::new("comparison-no-annex-category").arg("articles", Arg::Provisions(articles.clone()))
        }
        other => Message::new("comparison-failed").arg("error", other.to_string()),
    }
}
