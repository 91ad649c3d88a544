//! Violations fined together: Art. 83(3) for same or linked processing operations, and the
//! "combined" fine a decision imposes for separate infringements.
//!
//! - Linked (Art. 83(3)): "the total amount of the administrative fine shall not exceed the
//!   amount specified for the gravest infringement", i.e. the highest legal maximum among the
//!   members. Which member is gravest: the one the decision names (`gravest`), else the one
//!   with the highest maximum; a tie the decision does not settle is reported as a tie.
//! - Combined (e.g. AP Netflix 2024: one fine for two separate behaviours): Art. 83(3) does not
//!   apply; each infringement keeps its own maximum, so the one fine may reach their sum.

use crate::calc::report::Detail;
use crate::calc::report::FindingCode;
use std::collections::HashMap;

use rust_decimal::Decimal;

use super::error::{CalcError, Refusal};
use super::maximum::{LegalMaximum, required_turnover};
use super::model::{Case, Group, GroupKind};
use super::money::Money;
use super::report::{
    Comparison, Finding, FineMethod, GroupComparison, GroupFineSource, GroupReport, Level, MaximumBasis, Step, Trace,
    ViolationReport,
};
use crate::l10n::{Arg, Message};

/// A group's members and ceiling, known before any fine is computed.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCeiling {
    /// Linked (the gravest member's maximum) or combined (the sum of the members' maxima).
    pub kind: GroupKind,
    /// Indices into the case's violations, in file order.
    pub members: Vec<usize>,
    /// The gravest member: named by the decision, or the only one with the highest maximum.
    pub gravest: Option<usize>,
    /// The members sharing the highest maximum, when more than one does.
    pub tied: Vec<usize>,
    /// The Art. 83(3) ceiling; `None` when a member's maximum is not known.
    pub ceiling: Option<Money>,
    /// `AtLeast` where the ceiling is only a floor (turnover unknown).
    pub basis: Option<MaximumBasis>,
    /// With a turnover band closed above: the ceiling at the band's upper end, which no lawful
    /// fine exceeds.
    pub upper: Option<Money>,
    /// The turnover percentage the ceiling grows with (the gravest's, or the members' sum). Each
    /// tier's fixed amount equals its percentage of exactly EUR 500M (Uber 2024 fn. 12), so above
    /// that turnover every maximum, and any sum of them, is this percentage of turnover: a fine
    /// above the fixed ceiling needs a turnover of fine / percent.
    pub percent: Decimal,
    /// Why an at-least ceiling is only a floor, for what `maximum-needs-turnover` says.
    pub floor_reason: FloorReason,
}

/// Why a group's ceiling is known only as a floor (or not at all): the same reasons a
/// violation's `maximum-needs-turnover` names (`violation::fine_above_maximum`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorReason {
    /// No turnover: each maximum is at least its fixed amount (Art. 83(4)-(6) "whichever is higher").
    TurnoverUnknown,
    /// A turnover band: the ceiling is known at its lower end.
    BandLowerEnd,
    /// `per_eur = "unknown"` with a turnover in the currency: the fixed amounts, in euros, are
    /// not known in it, so the ceiling is at least the percentage of that turnover.
    FixedUnknownInCurrency,
    /// `per_eur = "unknown"` without a turnover in the currency: the ceiling is not known.
    NotKnown,
}

impl FloorReason {
    fn of<'m>(basis: Option<MaximumBasis>, mut maxima: impl Iterator<Item = &'m LegalMaximum> + Clone) -> FloorReason {
        if basis == Some(MaximumBasis::Unknown) {
            FloorReason::NotKnown
        } else if maxima.clone().any(|m| m.band_upper.is_some()) {
            FloorReason::BandLowerEnd
        } else if maxima.any(|m| m.fixed_unknown) {
            FloorReason::FixedUnknownInCurrency
        } else {
            FloorReason::TurnoverUnknown
        }
    }
}

impl GroupCeiling {
    /// The ceiling the members' own method results are clamped to (EDPB step 4): only a
    /// linked group's; a combined group's members keep their own maxima.
    pub fn member_cap(&self) -> Option<Money> {
        match self.kind {
            GroupKind::Linked => self.ceiling,
            GroupKind::Combined => None,
        }
    }
}

/// Every group's members and ceiling. A `gravest` the decision names must be a member with the
/// highest maximum (an error pointing at the group otherwise).
pub fn ceilings<'a>(
    case: &'a Case,
    maxima: &[Option<LegalMaximum>],
) -> Result<HashMap<&'a str, GroupCeiling>, CalcError> {
    let mut members: HashMap<&str, Vec<usize>> = case.groups.iter().map(|g| (g.id.as_str(), vec![])).collect();
    for (index, violation) in case.violations.iter().enumerate() {
        if let Some(list) = violation.group.as_deref().and_then(|id| members.get_mut(id)) {
            list.push(index);
        }
    }
    case.groups
        .iter()
        .map(|group| {
            let list = members.remove(group.id.as_str()).unwrap_or_default();
            let ceiling = ceiling(case, group, list, maxima)
                .map_err(|e| e.context(format!("group `{}`", group.id), group.span.clone()))?;
            Ok((group.id.as_str(), ceiling))
        })
        .collect()
}

fn ceiling(
    case: &Case,
    group: &Group,
    members: Vec<usize>,
    maxima: &[Option<LegalMaximum>],
) -> Result<GroupCeiling, CalcError> {
    let highest = members.iter().filter_map(|&i| maxima[i].as_ref().map(rank)).max();
    let top: Vec<usize> =
        members.iter().copied().filter(|&i| highest.is_some() && maxima[i].as_ref().map(rank) == highest).collect();
    let highest = highest.map(|(amount, _)| amount);
    let named = match &group.gravest {
        Some(id) => Some(named_gravest(case, group, id, &top, maxima)?),
        None => None,
    };
    let gravest = named.or_else(|| (top.len() == 1).then(|| top[0]));
    let tied = if named.is_none() && top.len() > 1 { top } else { vec![] };
    let with_maximum = || members.iter().filter_map(|&i| maxima[i].as_ref());
    let (ceiling, percent) = match group.kind {
        GroupKind::Linked => {
            (highest, gravest.or(tied.first().copied()).and_then(|i| maxima[i].as_ref()).map(|m| m.percent))
        }
        GroupKind::Combined => {
            // Art. 83(4)-(6) set a maximum only for the provisions they list: a member they do
            // not list (Art. 10, Art. 24) adds nothing to the sum, and leaves it no less known.
            // With no listed member at all there is no ceiling.
            let sum = with_maximum().map(|m| m.amount).try_fold(Money::ZERO, Money::checked_add)?;
            (with_maximum().next().is_some().then_some(sum), Some(with_maximum().map(|m| m.percent).sum()))
        }
    };
    let basis = with_maximum().map(|m| m.basis).find(|b| b.is_floor()).or_else(|| {
        let gravest = gravest.or(tied.first().copied());
        gravest.and_then(|i| maxima[i].as_ref()).map(|m| m.basis)
    });
    let upper = band_upper(group.kind, with_maximum())?;
    let floor_reason = FloorReason::of(basis, with_maximum());
    Ok(GroupCeiling {
        kind: group.kind,
        members,
        gravest,
        tied,
        ceiling,
        basis,
        upper,
        percent: percent.unwrap_or_default(),
        floor_reason,
    })
}

/// How a member's maximum ranks for "the gravest infringement": by its amount; a maximum that
/// is not known (`per_eur = "unknown"`, no turnover in the currency: no amount) by its tier's
/// percentage, since at any one turnover the maximum of the tier with the higher percentage and
/// fixed amount is the higher (Art. 83(4) EUR 10M / 2 %, Art. 83(5) and (6) EUR 20M / 4 %).
fn rank(maximum: &LegalMaximum) -> (Money, Decimal) {
    let unknown = maximum.basis == MaximumBasis::Unknown;
    (maximum.amount, if unknown { maximum.percent } else { Decimal::ZERO })
}

/// With a turnover band closed above, Art. 83(3)'s ceiling at the band's upper end: the
/// gravest member's maximum there (linked), or the sum of the members' (combined). `None`
/// where any member's maximum has no upper end.
fn band_upper<'m>(kind: GroupKind, maxima: impl Iterator<Item = &'m LegalMaximum>) -> Result<Option<Money>, CalcError> {
    let uppers: Option<Vec<Money>> = maxima.map(|m| m.band_upper.flatten()).collect();
    let Some(uppers) = uppers.filter(|u| !u.is_empty()) else { return Ok(None) };
    Ok(Some(match kind {
        GroupKind::Linked => uppers.into_iter().max().unwrap_or(Money::ZERO),
        GroupKind::Combined => uppers.into_iter().try_fold(Money::ZERO, Money::checked_add)?,
    }))
}

fn named_gravest(
    case: &Case,
    group: &Group,
    id: &str,
    top: &[usize],
    maxima: &[Option<LegalMaximum>],
) -> Result<usize, CalcError> {
    let index = case.violations.iter().position(|v| v.id == id).ok_or_else(|| {
        CalcError::invalid(format!("the gravest violation `{id}` is not in the case"), group.gravest_span.clone())
    })?;
    if top.contains(&index) {
        return Ok(index);
    }
    let highest: Vec<&str> = top.iter().map(|&i| case.violations[i].id.as_str()).collect();
    let highest = highest.into_iter().map(String::from).collect();
    let refusal = Refusal::GravestNotHighest {
        gravest: id.to_string(),
        maximum: maxima[index].as_ref().map(|m| m.amount),
        highest,
    };
    Err(CalcError::refused(refusal, group.gravest_span.clone()))
}

/// A group's fine against its ceiling, with the steps that explain both.
pub fn report(
    detail: Detail,
    group: &Group,
    ceiling: &GroupCeiling,
    violations: &[ViolationReport],
    findings: &mut Vec<Finding>,
) -> Result<GroupReport, CalcError> {
    let members: Vec<&ViolationReport> = ceiling.members.iter().map(|&i| &violations[i]).collect();
    let mut steps = Trace::new(detail);
    steps.push(|| ceiling_step(ceiling, violations));
    let (mut fine, fine_source) = group_fine(group, &members, &mut steps)?;
    let partial_fines = partial_fines(group, &members, &mut steps)?;
    let computed = members.iter().any(|v| matches!(v.method, FineMethod::Edpb | FineMethod::Ap2019));
    let mut within = ceiling.ceiling.map(|c| fine <= c);
    let mut required = None;
    if let (Some(false), Some(limit)) = (within, ceiling.ceiling) {
        if computed && group.fine.is_none() {
            // A method's result is clamped, not reported as a breach: EDPB step 4.
            fine = limit;
            within = Some(true);
            steps.push(|| Step::says(Message::new("group-capped"), Some(fine)));
        } else if let Some(upper) = ceiling.upper.filter(|&upper| fine > upper) {
            // Above the ceiling at the band's upper end: above it at every turnover in the band.
            within = Some(false);
            findings.push(exceeds(group, fine, upper));
        } else if ceiling.basis.is_some_and(MaximumBasis::is_floor) {
            within = None;
            let needed = required_turnover(fine, ceiling.percent)?;
            required = Some(needed);
            findings.push(needs_turnover(group, fine, limit, needed, ceiling));
        } else {
            findings.push(exceeds(group, fine, limit));
        }
    }
    if ceiling.ceiling.is_none() && group.fine.is_some() {
        findings.push(fine_without_ceiling(group));
    }
    let comparison = comparison(&members, ceiling)?;
    if let Some(note) = comparison.as_ref().and_then(|c| c.note.as_ref()) {
        findings.push(Finding::says(Level::Info, FindingCode::NoMethodResult, note.clone()).group(&group.id));
    }
    Ok(GroupReport {
        id: group.id.clone(),
        title: group.title.clone(),
        kind: group.kind,
        violations: members.iter().map(|v| v.id.clone()).collect(),
        gravest: ceiling.gravest.map(|i| violations[i].id.clone()),
        tied: ceiling.tied.iter().map(|&i| violations[i].id.clone()).collect(),
        // Not known where a member's maximum is not (`per_eur = "unknown"`, no turnover).
        ceiling: ceiling.ceiling.filter(|_| ceiling.basis != Some(MaximumBasis::Unknown)),
        ceiling_upper: ceiling.upper.filter(|_| ceiling.basis != Some(MaximumBasis::Unknown)),
        ceiling_eur: None,
        ceiling_basis: ceiling.basis,
        required_turnover: required,
        fine,
        fine_source,
        published_maximum: None,
        partial_fines,
        within,
        comparison,
        steps: steps.into_steps(),
    })
}

/// The group's fine: the one the decision states for the group, or its members' fines added up.
fn group_fine(
    group: &Group,
    members: &[&ViolationReport],
    steps: &mut Trace,
) -> Result<(Money, GroupFineSource), CalcError> {
    Ok(match group.fine {
        Some(fine) => {
            steps.push(|| Step::says(Message::new("group-declared"), Some(fine)));
            (fine, GroupFineSource::Group)
        }
        None => {
            let sum = members.iter().filter_map(|v| v.fine).try_fold(Money::ZERO, Money::checked_add)?;
            steps.push(|| Step::says(Message::new("group-sum"), Some(sum)));
            (sum, GroupFineSource::Violations)
        }
    })
}

/// A cumulated fine: the group's single fine beside its members' own (partial) fines, as a
/// decision that fixes an amount per infringement and then one amount for all of them states
/// it. The partial fines are shown and each is held to its own maximum; the single fine is what
/// the total counts (Art. 83(3): the total amount of the fine for linked processing). `None`
/// without a group fine or without any member fine.
fn partial_fines(group: &Group, members: &[&ViolationReport], steps: &mut Trace) -> Result<Option<Money>, CalcError> {
    let Some(fine) = group.fine else { return Ok(None) };
    let partial: Vec<Money> =
        members.iter().filter(|v| v.method == FineMethod::Declared).filter_map(|v| v.fine).collect();
    let Some(&first) = partial.first() else { return Ok(None) };
    let sum = partial[1..].iter().try_fold(first, |sum, &m| sum.checked_add(m))?;
    steps.push(|| Step::says(Message::new("group-partial-fines").arg("sum", sum).arg("fine", fine), None));
    Ok(Some(sum))
}

/// The group's ceiling (`group-ceiling`): Art. 83(3) for linked processing, the members' maxima
/// added up for a combined fine.
fn ceiling_step(ceiling: &GroupCeiling, violations: &[ViolationReport]) -> Step {
    // The case file's own ids, as it writes them.
    let ids = |list: &[usize]| list.iter().map(|&i| format!("`{}`", violations[i].id)).collect::<Vec<_>>().join(", ");
    // A member maximum that is not known (`per_eur = "unknown"`, no turnover) has no amount.
    let unknown = ceiling.basis == Some(MaximumBasis::Unknown);
    let amount = Message::new("group-ceiling-amount");
    let amount = match ceiling.ceiling {
        Some(_) if unknown => amount.arg("known", Arg::Key("unknown")),
        Some(c) if ceiling.basis.is_some_and(MaximumBasis::is_floor) => {
            amount.arg("known", Arg::Key("floor")).arg("ceiling", c)
        }
        Some(c) => amount.arg("known", Arg::Key("exact")).arg("ceiling", c),
        None => amount.arg("known", Arg::Key("none")),
    };
    let kind = Arg::Key(match ceiling.kind {
        GroupKind::Linked => "linked",
        GroupKind::Combined => "combined",
    });
    let message = Message::new("group-ceiling").arg("kind", kind);
    let message = match (ceiling.kind, ceiling.gravest) {
        _ if ceiling.ceiling.is_none() => message.arg("by", Arg::Key("none")),
        (GroupKind::Combined, _) => message.arg("by", Arg::Key("sum")).arg("amount", amount),
        (GroupKind::Linked, Some(gravest)) => {
            message.arg("by", Arg::Key("gravest")).arg("amount", amount).arg("gravest", violations[gravest].id.as_str())
        }
        (GroupKind::Linked, None) if !ceiling.tied.is_empty() => {
            message.arg("by", Arg::Key("tied")).arg("amount", amount).arg("tied", ids(&ceiling.tied))
        }
        (GroupKind::Linked, None) => message.arg("by", Arg::Key("none")),
    };
    Step::says(message, ceiling.ceiling.filter(|_| !unknown))
}

/// A group's fine above a ceiling known only as a floor: the turnover the fine needs, with the
/// reason the ceiling is not known exactly, worded as for one violation.
fn needs_turnover(group: &Group, fine: Money, floor: Money, needed: Money, ceiling: &GroupCeiling) -> Finding {
    let why = match ceiling.floor_reason {
        FloorReason::NotKnown => None,
        FloorReason::BandLowerEnd => Some("band"),
        FloorReason::FixedUnknownInCurrency => Some("fixed-unknown"),
        FloorReason::TurnoverUnknown => Some("turnover-unknown"),
    };
    let message = match why {
        None => Message::new("group-ceiling-unknown-needs-turnover").arg("fine", fine),
        Some(why) => {
            Message::new("group-fine-needs-turnover").arg("fine", fine).arg("ceiling", floor).arg("why", Arg::Key(why))
        }
    };
    let message = message.arg("needed", needed).arg("percent", ceiling.percent);
    Finding::says(Level::Warning, FindingCode::MaximumNeedsTurnover, message).group(&group.id)
}

/// A fine declared for a group none of whose members Art. 83(4)-(6) list: as for one violation
/// (`fine-without-tier`), there is no legal maximum to check it against.
fn fine_without_ceiling(group: &Group) -> Finding {
    Finding::says(Level::Warning, FindingCode::FineWithoutTier, Message::new("group-fine-without-ceiling"))
        .group(&group.id)
}

fn exceeds(group: &Group, fine: Money, limit: Money) -> Finding {
    let kind = Arg::Key(match group.kind {
        GroupKind::Linked => "linked",
        GroupKind::Combined => "combined",
    });
    let message = Message::new("group-exceeds-ceiling").arg("kind", kind).arg("fine", fine).arg("ceiling", limit);
    Finding::says(Level::Error, FindingCode::GroupExceedsCeiling, message).group(&group.id)
}

/// With `--method`: the members' method results added up and capped at a linked ceiling.
fn comparison(members: &[&ViolationReport], ceiling: &GroupCeiling) -> Result<Option<GroupComparison>, CalcError> {
    let compared: Vec<(&ViolationReport, &Comparison)> =
        members.iter().filter_map(|v| v.comparison.as_ref().map(|c| (*v, c))).collect();
    let Some((_, first)) = compared.first() else { return Ok(None) };
    // A member without a result leaves the group without one: never a sum that drops it.
    let missing: Vec<&str> = compared.iter().filter(|(_, c)| c.fine.is_none()).map(|(v, _)| v.id.as_str()).collect();
    if !missing.is_empty() {
        let note = Message::new("comparison-no-result-for").arg("ids", missing.join(", "));
        return Ok(Some(GroupComparison { method: first.method, fine: None, note: Some(note), capped: false }));
    }
    let sum = compared.iter().filter_map(|(_, c)| c.fine).try_fold(Money::ZERO, Money::checked_add)?;
    let cap = ceiling.member_cap();
    let capped = cap.is_some_and(|c| sum > c);
    let fine = if capped { cap.unwrap_or(sum) } else { sum };
    Ok(Some(GroupComparison { method: first.method, fine: Some(fine), note: None, capped }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::calculate;
    use crate::calc::fixtures::{case, group, in_group, options, violation};
    use crate::calc::model::Turnover;
    use crate::l10n::Lang;

    /// Two violations in group `g` of the given kind, the decision naming `gravest`, at `turnover`.
    fn grouped(members: [(&str, &str, Option<i64>); 2], kind: GroupKind, gravest: Option<&str>) -> Case {
        let violations =
            members.iter().map(|(id, article, fine)| in_group(violation(id, &[article], *fine), "g")).collect();
        let mut g = group("g", None);
        g.kind = kind;
        g.gravest = gravest.map(str::to_string);
        case(violations, vec![g])
    }

    fn unknown_turnover(mut case: Case) -> Case {
        case.undertaking.turnover = Turnover::Unknown;
        case
    }

    #[test]
    fn art83_3_linked_ceiling_is_the_gravest_members_maximum() {
        let members = [("a", "32", Some(6_000_000)), ("b", "6(1)", Some(6_000_000))];
        let report = calculate(&grouped(members, GroupKind::Linked, None), &options()).unwrap();
        let group = &report.groups[0];
        assert_eq!((group.ceiling, group.gravest.as_deref()), (Some(Money::euros(20_000_000)), Some("b")));
        assert!(group.tied.is_empty());
        assert_eq!(group.within, Some(true));
    }

    #[test]
    fn combined_fine_for_separate_infringements_may_reach_the_sum_of_their_maxima_netflix() {
        // Two Art. 83(4) infringements: linked, the ceiling is EUR 10M; combined, EUR 20M.
        let members = [("a", "32", Some(7_000_000)), ("b", "33(1)", Some(7_000_000))];
        let linked = calculate(&grouped(members, GroupKind::Linked, None), &options()).unwrap();
        assert_eq!(linked.groups[0].within, Some(false));
        assert!(linked.has_discrepancy());
        let combined = calculate(&grouped(members, GroupKind::Combined, None), &options()).unwrap();
        let group = &combined.groups[0];
        assert_eq!(
            (group.kind, group.ceiling, group.within),
            (GroupKind::Combined, Some(Money::euros(20_000_000)), Some(true))
        );
        assert!(!combined.has_discrepancy());
        assert!(group.steps[0].detail_in(Lang::En).contains("no Art. 83(3)"), "{:?}", group.steps[0]);
    }

    /// `grouped` with one fine declared for the whole group.
    fn fined(members: [(&str, &str, Option<i64>); 2], kind: GroupKind, fine: i64) -> Case {
        let mut case = grouped(members, kind, None);
        case.groups[0].fine = Some(Money::euros(fine));
        case
    }

    #[test]
    fn a_provision_art83_4_to_6_do_not_list_adds_nothing_to_a_combined_ceiling() {
        // Art. 10 (no tier) with Art. 32 (Art. 83(4)(a), EUR 10M at a turnover of EUR 100M): the
        // combined ceiling is EUR 10M, as the linked one; EUR 15M exceeds both.
        let members = [("a", "10", None), ("b", "32", None)];
        for kind in [GroupKind::Combined, GroupKind::Linked] {
            let report = calculate(&fined(members, kind, 15_000_000), &options()).unwrap();
            let group = &report.groups[0];
            assert_eq!((group.ceiling, group.within), (Some(Money::euros(10_000_000)), Some(false)), "{kind:?}");
            assert!(report.has_discrepancy(), "{kind:?}");
        }
        // Two listed members and an unlisted one: 83(4) + 83(5) = EUR 30M.
        let mut case = fined([("a", "24", None), ("b", "32", None)], GroupKind::Combined, 30_000_000);
        case.violations.push(in_group(violation("c", &["6(1)"], None), "g"));
        let report = calculate(&case, &options()).unwrap();
        assert_eq!((report.groups[0].ceiling, report.groups[0].within), (Some(Money::euros(30_000_000)), Some(true)));
    }

    #[test]
    fn a_fine_on_a_group_no_member_of_which_art83_4_to_6_list_is_a_fine_without_tier() {
        // Art. 10 and Art. 24: no tier, so no maximum, for either kind of group.
        for kind in [GroupKind::Combined, GroupKind::Linked] {
            let report = calculate(&fined([("a", "10", None), ("b", "24", None)], kind, 30_000_000), &options());
            let report = report.unwrap();
            assert_eq!((report.groups[0].ceiling, report.groups[0].within), (None, None), "{kind:?}");
            let finding = report.findings.iter().find(|f| f.code == FindingCode::FineWithoutTier);
            assert_eq!(finding.and_then(|f| f.group.as_deref()), Some("g"), "{kind:?}: {:?}", report.findings);
            assert!(
                report.groups[0].steps[0].detail_in(Lang::En).contains("no ceiling"),
                "{:?}",
                report.groups[0].steps[0]
            );
        }
        // Without a group fine, each fined member has its own finding, and the group none.
        let report =
            calculate(&grouped([("a", "10", Some(1)), ("b", "24", None)], GroupKind::Combined, None), &options());
        let groups = report.unwrap().findings.iter().filter(|f| f.group.is_some()).count();
        assert_eq!(groups, 0);
    }

    #[test]
    fn a_tie_for_gravest_is_reported_not_settled_by_file_order() {
        let report =
            calculate(&grouped([("a", "6(1)", None), ("b", "9(1)", None)], GroupKind::Linked, None), &options());
        let group = &report.unwrap().groups[0];
        assert_eq!(group.gravest, None);
        assert_eq!(group.tied, ["a", "b"]);
        assert!(group.steps[0].detail_in(Lang::En).contains("a tie"), "{:?}", group.steps[0]);
    }

    #[test]
    fn gravest_named_by_the_decision_must_have_the_highest_maximum() {
        let members = [("a", "32", None), ("b", "6(1)", None)];
        let named = calculate(&grouped(members, GroupKind::Linked, Some("b")), &options()).unwrap();
        assert_eq!(named.groups[0].gravest.as_deref(), Some("b"));
        let wrong = calculate(&grouped(members, GroupKind::Linked, Some("a")), &options()).unwrap_err();
        let message = wrong.to_string();
        assert!(message.contains("not the group's highest") && message.contains(": b"), "{message}");
        // A tie settled by the decision: either tied member may be named.
        let tied = [("a", "6(1)", None), ("b", "9(1)", None)];
        let settled = calculate(&grouped(tied, GroupKind::Linked, Some("b")), &options()).unwrap();
        assert_eq!((settled.groups[0].gravest.as_deref(), settled.groups[0].tied.len()), (Some("b"), 0));
    }

    #[test]
    fn an_at_least_ceiling_turns_an_excess_into_the_turnover_it_needs() {
        // Turnover unknown: a linked group of Art. 83(5) infringements fined EUR 30M needs a
        // turnover of at least 30M / 4 % = EUR 750M.
        let members = [("a", "6(1)", Some(15_000_000)), ("b", "9(1)", Some(15_000_000))];
        let report = calculate(&unknown_turnover(grouped(members, GroupKind::Linked, None)), &options()).unwrap();
        let group = &report.groups[0];
        assert_eq!((group.ceiling_basis, group.within), (Some(MaximumBasis::AtLeast), None));
        assert_eq!(group.required_turnover, Some(Money::euros(750_000_000)));
        assert!(!report.has_discrepancy());
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.code == FindingCode::MaximumNeedsTurnover && f.group.as_deref() == Some("g"))
        );
        // Combined: the maxima, and so their percentages, add up: 50M / (4 % + 4 %) = EUR 625M.
        let members = [("a", "6(1)", Some(25_000_000)), ("b", "9(1)", Some(25_000_000))];
        let report = calculate(&unknown_turnover(grouped(members, GroupKind::Combined, None)), &options()).unwrap();
        assert_eq!(report.groups[0].required_turnover, Some(Money::euros(625_000_000)));
    }

    /// The group `g`'s `maximum-needs-turnover` message.
    fn group_needs_turnover(report: &crate::calc::Report) -> String {
        let finding = report.findings.iter().find(|f| f.code == FindingCode::MaximumNeedsTurnover && f.group.is_some());
        finding.expect("a group finding").text_in(Lang::En)
    }

    /// `case` in zloty with no rate to the euro (`per_eur = "unknown"`) and the fines in zloty.
    fn in_zloty_without_rate(mut case: Case) -> Case {
        use crate::calc::model::{CaseCurrency, Rate};
        let pln = crate::calc::money::Currency::PLN;
        case.currency =
            Some(CaseCurrency { currency: pln, rate: Rate::Unknown, rate_date: None, fine_set_in_eur: false });
        case.groups[0].fine = case.groups[0].fine.map(|fine| fine.in_currency(pln));
        case
    }

    #[test]
    fn art83_3_a_ceiling_at_the_lower_end_of_a_band_says_so_not_turnover_unknown() {
        // Band 300M..1bn: each Art. 83(5) maximum is the higher of EUR 20M and 4 % of turnover:
        // EUR 20M at the lower end (4 % of 300M is 12M) and 4 % of 1bn = EUR 40M at the upper.
        // A linked fine of EUR 30M lies between: it needs 30M / 4 % = EUR 750M.
        let mut case = fined([("a", "6(1)", None), ("b", "9(1)", None)], GroupKind::Linked, 30_000_000);
        case.undertaking.turnover = Turnover::Band(crate::calc::model::TurnoverBand {
            low: Some(Money::euros(300_000_000)),
            high: Some(Money::euros(1_000_000_000)),
        });
        let report = calculate(&case, &options()).unwrap();
        assert_eq!(report.groups[0].ceiling, Some(Money::euros(20_000_000)));
        assert_eq!(report.groups[0].ceiling_upper, Some(Money::euros(40_000_000)));
        assert_eq!(report.groups[0].required_turnover, Some(Money::euros(750_000_000)));
        let message = group_needs_turnover(&report);
        assert!(message.contains("known to reach at the lower end of the turnover band"), "{message}");
        assert!(!message.contains("turnover unknown"), "{message}");
    }

    #[test]
    fn art83_3_with_no_rate_and_a_turnover_in_the_currency_the_fixed_amounts_are_what_is_unknown() {
        // PLN 1,000,000,000 turnover, no rate: each Art. 83(5) maximum is at least 4 % of it,
        // PLN 40M. A linked fine of PLN 50M needs 50M / 4 % = PLN 1,250,000,000.
        let pln = crate::calc::money::Currency::PLN;
        let mut case =
            in_zloty_without_rate(fined([("a", "6(1)", None), ("b", "9(1)", None)], GroupKind::Linked, 50_000_000));
        case.undertaking.turnover = Turnover::Amount(Money::euros(1_000_000_000).in_currency(pln));
        let report = calculate(&case, &options()).unwrap();
        assert_eq!(report.groups[0].ceiling, Some(Money::euros(40_000_000).in_currency(pln)));
        assert_eq!(report.groups[0].required_turnover, Some(Money::euros(1_250_000_000).in_currency(pln)));
        let message = group_needs_turnover(&report);
        assert!(message.contains("known to reach with the fixed amounts not known in the currency"), "{message}");
    }

    #[test]
    fn art83_3_with_no_rate_and_no_turnover_the_ceiling_is_not_known_and_the_gravest_is_the_higher_tier() {
        // No rate, no turnover: neither maximum is known, but at any turnover the Art. 83(5)
        // member's (EUR 20M / 4 %) is at least the Art. 83(4) member's (EUR 10M / 2 %): it is
        // the gravest, and a linked fine of PLN 90M needs 90M / 4 % = PLN 2,250,000,000.
        let pln = crate::calc::money::Currency::PLN;
        let mut case =
            in_zloty_without_rate(fined([("b", "32(1)", None), ("a", "6(1)", None)], GroupKind::Linked, 90_000_000));
        case.undertaking.turnover = Turnover::Unknown;
        let report = calculate(&case, &options()).unwrap();
        let group = &report.groups[0];
        assert_eq!((group.ceiling, group.gravest.as_deref(), group.tied.len()), (None, Some("a"), 0));
        assert_eq!(group.ceiling_upper, None, "no band: no ceiling at an upper end");
        assert_eq!(group.required_turnover, Some(Money::euros(2_250_000_000).in_currency(pln)));
        assert_eq!(group.steps[0].amount, None, "{:?}", group.steps[0]);
        assert!(group.steps[0].detail_in(Lang::En).starts_with("ceiling not known"), "{:?}", group.steps[0]);
        let message = group_needs_turnover(&report);
        assert!(message.contains("its ceiling is not known") && !message.contains("is above"), "{message}");
        assert!(!report.has_discrepancy());
    }
}
