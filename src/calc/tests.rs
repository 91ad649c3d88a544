//! Unit tests of the case calculation in `calc/mod.rs`: tiers, Art. 83(3) groups, findings,
//! totals, comparisons. Expected amounts are worked out by hand from Art. 83 and the guidelines.

use crate::calc::report::FindingCode;
use jiff::civil::date;

use super::article::Tier;
use super::fixtures::*;
use super::model::{
    Ap2019Input, Category, Choice, Deadline, EdpbInput, Group, GroupKind, Method, PenaltyOrder, PenaltyUnit,
    Seriousness, Turnover, Until, Violation,
};
use super::money::Money;
use super::report::{FineMethod, GroupFineSource, Level};
use super::validate::CaseError;
use super::*;
use crate::l10n::Lang;

/// Turnover EUR 600M: above 500M, so EDPB step 2b does not apply; maxima 2 % = EUR 12M
/// (Art. 83(4)) and 4 % = EUR 24M (Art. 83(5)).
fn large(mut case: Case) -> Case {
    case.undertaking.turnover = Turnover::Amount(Money::euros(600_000_000));
    case
}

fn codes(report: &Report) -> Vec<FindingCode> {
    report.findings.iter().map(|f| f.code).collect()
}

fn order(id: &str, max: Option<i64>) -> PenaltyOrder {
    let order = super::penalty::tests::order(1_000, PenaltyUnit::Months(1), date(2024, 6, 1), max);
    PenaltyOrder { id: id.into(), ..order }
}

#[test]
fn art83_4_to_6_a_violation_takes_the_gravest_tier_of_its_articles() {
    let report = calculate(&case(vec![violation("v", &["32", "6(1)", "24"], None)], vec![]), &options()).unwrap();
    let v = &report.violations[0];
    assert_eq!((v.tier, v.legal_maximum), (Some(Tier::Art83_5), Some(Money::euros(20_000_000))));
    // The tier step lists only the articles of that tier, with the point of Art. 83 listing them.
    let tier_step = v.steps.iter().find(|s| s.rule_in(Lang::En) == "tier").unwrap();
    assert_eq!(tier_step.detail_in(Lang::En), "Art. 83(5) lists 6(1) (83(5)(a))");
    assert_eq!(
        tier_step.detail_in(Lang::Nl),
        "artikel 83, vijfde lid, AVG noemt artikel 6, eerste lid (artikel 83, vijfde lid, onder a)"
    );
    // 24 is in no tier, but 6(1) sets one: information, not a warning.
    let finding = report.findings.iter().find(|f| f.code == FindingCode::ArticleWithoutTier).unwrap();
    assert_eq!(finding.level, Level::Info);
    let only_83_4 = calculate(&case(vec![violation("v", &["32"], None)], vec![]), &options()).unwrap();
    assert_eq!(only_83_4.violations[0].tier, Some(Tier::Art83_4));
    assert!(only_83_4.findings.is_empty(), "{:?}", only_83_4.findings);
}

#[test]
fn art83_4_to_6_a_violation_without_a_listed_article_has_no_maximum() {
    let report = calculate(&case(vec![violation("v", &["24"], Some(1_000))], vec![]), &options()).unwrap();
    assert_eq!((report.violations[0].tier, report.violations[0].legal_maximum), (None, None));
    assert_eq!(codes(&report), [FindingCode::ViolationWithoutTier, FindingCode::FineWithoutTier]);
    assert!(report.findings.iter().all(|f| f.level == Level::Warning));
    let without_fine = calculate(&case(vec![violation("v", &["24"], None)], vec![]), &options()).unwrap();
    assert_eq!(codes(&without_fine), [FindingCode::ViolationWithoutTier]);
}

#[test]
fn art83_4_to_6_a_fine_equal_to_the_maximum_is_within_it_a_cent_more_is_not() {
    let at = calculate(&case(vec![violation("v", &["6(1)"], Some(20_000_000))], vec![]), &options()).unwrap();
    assert!(!at.has_discrepancy(), "{:?}", at.findings);
    let mut above = case(vec![violation("v", &["6(1)"], None)], vec![]);
    above.violations[0].fine = Money::new(rust_decimal_macros::dec!(20_000_000.01));
    let report = calculate(&above, &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::FineExceedsMaximum]);
    assert_eq!(report.findings[0].violation.as_deref(), Some("v"));
}

#[test]
fn art83_7_turnover_given_for_a_public_body_is_flagged_as_unused() {
    let mut body = case(vec![violation("v", &["6(1)"], None)], vec![]);
    body.undertaking.public_body = true;
    body.undertaking.turnover = Turnover::Unknown;
    assert!(codes(&calculate(&body, &options()).unwrap()).is_empty());
    let what_if = Options { turnover: Some(Money::euros(1_000_000_000)), ..options() };
    assert_eq!(codes(&calculate(&body, &what_if).unwrap()), [FindingCode::TurnoverIgnored]);
    body.undertaking.turnover = Turnover::Amount(Money::euros(1_000_000_000));
    let report = calculate(&body, &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::TurnoverIgnored]);
    assert_eq!(report.violations[0].legal_maximum, Some(Money::euros(20_000_000)));
    // An undertaking's turnover is used, not flagged.
    body.undertaking.public_body = false;
    let undertaking = calculate(&body, &options()).unwrap();
    assert!(codes(&undertaking).is_empty());
    assert_eq!(undertaking.violations[0].legal_maximum, Some(Money::euros(40_000_000)));
}

#[test]
fn art83_3_ceiling_is_the_maximum_of_the_gravest_member() {
    let members = vec![
        in_group(violation("a", &["32"], Some(1)), "g"),
        in_group(violation("b", &["6(1)"], Some(2)), "g"),
        in_group(violation("c", &["25(1)"], Some(3)), "g"),
        in_group(violation("d", &["33(1)"], Some(4)), "g"),
        violation("alone", &["6(1)"], Some(10)),
    ];
    let report = calculate(&case(members, vec![group("g", None)]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.ceiling, g.gravest.as_deref()), (Some(Money::euros(20_000_000)), Some("b")));
    assert_eq!(g.violations, ["a", "b", "c", "d"]);
    assert_eq!((g.fine, g.fine_source, g.within), (Money::euros(10), GroupFineSource::Violations, Some(true)));
    assert!(g.tied.is_empty());
    // The group's sum plus the violation outside any group.
    assert_eq!(report.total, Money::euros(20));
    // A tie between two members of the highest tier: no gravest is named, the ceiling holds.
    let tie =
        vec![in_group(violation("a", &["6(1)"], Some(1)), "g"), in_group(violation("b", &["9(1)"], Some(1)), "g")];
    let report = calculate(&case(tie, vec![group("g", None)]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!(
        (g.ceiling, g.gravest.as_deref(), g.tied.clone()),
        (Some(Money::euros(20_000_000)), None, vec!["a".to_string(), "b".to_string()])
    );
}

#[test]
fn art83_3_a_group_without_a_tiered_member_has_no_ceiling() {
    let members = vec![in_group(violation("a", &["24"], Some(5)), "g")];
    let report = calculate(&case(members, vec![group("g", None)]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.ceiling, g.gravest.as_deref(), g.within), (None, None, None));
    assert_eq!(g.fine, Money::euros(5));
    assert_eq!(g.steps[0].detail_in(Lang::En), "no member has a legal maximum, so the group has no ceiling");
}

#[test]
fn art83_3_declared_fines_above_the_ceiling_are_a_discrepancy() {
    let members = vec![
        in_group(violation("a", &["32"], Some(6_000_000)), "g"),
        in_group(violation("b", &["33(1)"], Some(6_000_000)), "g"),
    ];
    let report = calculate(&case(members, vec![group("g", None)]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.fine, g.within), (Money::euros(12_000_000), Some(false)));
    assert_eq!(codes(&report), [FindingCode::GroupExceedsCeiling]);
    assert_eq!(report.findings[0].group.as_deref(), Some("g"));
    // Exactly at the ceiling: within.
    let at = vec![
        in_group(violation("a", &["32"], Some(4_000_000)), "g"),
        in_group(violation("b", &["33(1)"], Some(6_000_000)), "g"),
    ];
    let report = calculate(&case(at, vec![group("g", None)]), &options()).unwrap();
    assert_eq!(report.groups[0].within, Some(true));
    assert!(!report.has_discrepancy());
}

#[test]
fn art83_3_one_declared_fine_for_the_group() {
    let members = vec![in_group(violation("a", &["32"], None), "g"), in_group(violation("b", &["33(1)"], None), "g")];
    let report = calculate(&case(members.clone(), vec![group("g", Some(7_000_000))]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.fine, g.fine_source, g.within), (Money::euros(7_000_000), GroupFineSource::Group, Some(true)));
    // Members of a fined group are covered by its fine, not unfined.
    assert!(report.violations.iter().all(|v| v.method == FineMethod::Declared && v.fine.is_none()));
    assert_eq!(report.total, Money::euros(7_000_000));
    let over = calculate(&case(members, vec![group("g", Some(11_000_000))]), &options()).unwrap();
    assert_eq!((over.groups[0].fine, over.groups[0].within), (Money::euros(11_000_000), Some(false)));
    assert_eq!(codes(&over), [FindingCode::GroupExceedsCeiling]);
    // Outside a fined group, no fine and no method means none.
    let alone = calculate(&case(vec![violation("v", &["32"], None)], vec![]), &options()).unwrap();
    assert_eq!(alone.violations[0].method, FineMethod::None);
}

#[test]
fn art83_3_a_cumulated_fine_shows_the_partial_fines_and_counts_the_single_one() {
    // Partial fines 100,000 (Art. 6, 83(5)) and 80,000 (Art. 32, 83(4)); one fine 170,000.
    let members = vec![
        in_group(violation("a", &["6(1)"], Some(100_000)), "g"),
        in_group(violation("b", &["32"], Some(80_000)), "g"),
    ];
    let report = calculate(&case(members, vec![group("g", Some(170_000))]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.fine, g.fine_source), (Money::euros(170_000), GroupFineSource::Group));
    assert_eq!(g.partial_fines, Some(Money::euros(180_000)));
    let fines: Vec<Option<Money>> = report.violations.iter().map(|v| v.fine).collect();
    assert_eq!(fines, [Some(Money::euros(100_000)), Some(Money::euros(80_000))]);
    assert_eq!(report.total, Money::euros(170_000));
    // A partial fine is still held to its own maximum: Art. 32 at most EUR 10M (Art. 83(4)).
    let over = vec![in_group(violation("b", &["32"], Some(11_000_000)), "g")];
    let report = calculate(&case(over, vec![group("g", Some(5_000_000))]), &options()).unwrap();
    assert!(codes(&report).contains(&FindingCode::FineExceedsMaximum), "{:?}", codes(&report));
    // Without member fines a group fine has no partial fines.
    let plain = vec![in_group(violation("a", &["6(1)"], None), "g")];
    assert_eq!(
        calculate(&case(plain, vec![group("g", Some(5_000))]), &options()).unwrap().groups[0].partial_fines,
        None
    );
}

#[test]
fn a_national_fine_counts_in_the_total_without_an_art83_tier() {
    // CNIL, cookies under Loi 78-17 art. 82: art. 20 III, EUR 10M or 2 % of turnover. Turnover
    // EUR 1bn: 2 % = EUR 20M, above 10M.
    let mut cookies = violation("cookies", &[], Some(1_000_000));
    cookies.national = Some(super::model::NationalFine { provision: "Loi 78-17 art. 82".into(), maximum: None });
    let mut fr = case(vec![violation("info", &["13"], Some(500_000)), cookies], vec![]);
    fr.authority = "FR-CNIL".into();
    fr.undertaking.turnover = Turnover::Amount(Money::euros(1_000_000_000));
    let report = calculate(&fr, &options()).unwrap();
    let v = &report.violations[1];
    assert_eq!((v.tier, v.legal_maximum), (None, Some(Money::euros(20_000_000))));
    assert_eq!(report.total, Money::euros(1_500_000));
    assert!(codes(&report).is_empty(), "{:?}", codes(&report));
    // Above it: an error naming the national provision.
    fr.violations[1].fine = Some(Money::euros(21_000_000));
    let over = calculate(&fr, &options()).unwrap();
    assert_eq!(codes(&over), [FindingCode::FineExceedsMaximum]);
    assert!(over.findings[0].text_in(Lang::En).contains("Loi 78-17 art. 82"));
    // A provision art83 holds no table for: the stated maximum, else none with a finding.
    let mut other = fr.clone();
    other.violations[1].national =
        Some(super::model::NationalFine { provision: "Other Act s. 1".into(), maximum: None });
    assert_eq!(codes(&calculate(&other, &options()).unwrap()), [FindingCode::NationalMaximumUnknown]);
}

#[test]
fn edpb_step_4_computed_fines_of_a_group_are_capped_at_its_ceiling_not_flagged() {
    let high = |id: &str| {
        let mut v = in_group(violation(id, &["6(1)"], None), "g");
        v.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::High)));
        v
    };
    let report = calculate(&large(case(vec![high("a"), high("b")], vec![group("g", None)])), &options()).unwrap();
    // Each: 60 % of EUR 24M = 14.4M; together 28.8M, capped at the 24M ceiling.
    assert_eq!(report.violations[0].fine, Some(Money::euros(14_400_000)));
    let g = &report.groups[0];
    assert_eq!((g.fine, g.within), (Money::euros(24_000_000), Some(true)));
    assert!(!report.has_discrepancy(), "{:?}", report.findings);
}

#[test]
fn method_comparison_beside_declared_fines_and_its_group_sum() {
    let compare = Options { compare: Some(CompareMethod::Edpb(Seriousness::High)), ..options() };
    let members = vec![
        in_group(violation("a", &["6(1)"], Some(1)), "g"),
        in_group(violation("b", &["9(1)"], Some(1)), "g"),
        violation("alone", &["32"], Some(1)),
        violation("untiered", &["24"], Some(1)),
    ];
    let report = calculate(&large(case(members, vec![group("g", None)])), &compare).unwrap();
    let comparison = report.violations[2].comparison.as_ref().unwrap();
    // Art. 83(4): 20-100 % of EUR 12M, middle 60 % = EUR 7.2M.
    assert_eq!(comparison.method, FineMethod::Edpb);
    assert_eq!(comparison.fine, Some(Money::euros(7_200_000)));
    assert_eq!(comparison.range, Some([Money::euros(2_400_000), Money::euros(12_000_000)]));
    let untiered = report.violations[3].comparison.as_ref().unwrap();
    assert_eq!(untiered.fine, None);
    assert!(english(untiered.note.as_ref()).contains("no legal maximum"));
    let g = report.groups[0].comparison.as_ref().unwrap();
    assert_eq!((g.fine, g.capped), (Some(Money::euros(24_000_000)), true));
    // Without --method, none.
    let plain = calculate(&case(vec![violation("v", &["6(1)"], Some(1))], vec![]), &options()).unwrap();
    assert!(plain.violations[0].comparison.is_none());
}

#[test]
fn art83_3_a_group_comparison_exactly_at_the_ceiling_is_not_capped() {
    // EDPB low, middle: 5 % of EUR 24M = EUR 1.2M each; twenty members reach the 24M ceiling.
    let compare = Options { compare: Some(CompareMethod::Edpb(Seriousness::Low)), ..options() };
    let mut members: Vec<Violation> =
        (0..20).map(|i| in_group(violation(&format!("v{i}"), &["6(1)"], Some(1)), "g")).collect();
    let report = calculate(&large(case(members.clone(), vec![group("g", None)])), &compare).unwrap();
    let g = report.groups[0].comparison.as_ref().unwrap();
    assert_eq!((g.fine, g.capped), (Some(Money::euros(24_000_000)), false));
    members.pop();
    let report = calculate(&large(case(members, vec![group("g", None)])), &compare).unwrap();
    let g = report.groups[0].comparison.as_ref().unwrap();
    assert_eq!((g.fine, g.capped), (Some(Money::euros(22_800_000)), false));
}

#[test]
fn a_method_needs_a_legal_maximum() {
    let mut v = violation("v", &["24"], None);
    v.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::Low)));
    let error = calculate(&case(vec![v], vec![]), &options()).unwrap_err().to_string();
    assert!(error.contains("violation `v`: the EDPB method needs a legal maximum"), "{error}");
}

#[test]
fn ap2019_applied_to_an_infringement_that_began_after_24_may_2023_is_flagged() {
    let mut v = violation("v", &["33(1)"], None);
    v.method = Some(Method::Ap2019(Ap2019Input::defaults()));
    v.from = Some(date(2023, 6, 1));
    let mut late = case(vec![v], vec![]);
    let report = calculate(&late, &options()).unwrap();
    assert_eq!(report.violations[0].fine, Some(Money::euros(525_000)));
    assert_eq!(codes(&report), [FindingCode::Ap2019NotInForce]);
    assert_eq!(report.findings[0].violation.as_deref(), Some("v"));
    late.violations[0].from = Some(date(2020, 1, 1));
    assert!(codes(&calculate(&late, &options()).unwrap()).is_empty());
}

#[test]
fn edpb_size_percent_without_step_2b_is_flagged_as_unused() {
    let mut v = violation("v", &["6(1)"], None);
    v.method = Some(Method::Edpb(EdpbInput {
        size: Choice::Value(rust_decimal::Decimal::from(20)),
        ..EdpbInput::defaults(Seriousness::Low)
    }));
    let report = calculate(&large(case(vec![v], vec![])), &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::SizePercentIgnored]);
}

#[test]
fn duration_runs_from_the_start_to_the_end_or_the_decision_while_ongoing() {
    let mut v = violation("v", &["6(1)"], None);
    v.from = Some(date(2024, 1, 1));
    v.until = Some(Until::Date(date(2024, 1, 31)));
    let report = calculate(&case(vec![v.clone()], vec![]), &options()).unwrap();
    assert_eq!((report.violations[0].duration_days, report.violations[0].ongoing), (Some(30), false));
    v.until = Some(Until::Ongoing);
    let report = calculate(&case(vec![v.clone()], vec![]), &options()).unwrap();
    let r = &report.violations[0];
    assert_eq!((r.until, r.duration_days, r.ongoing), (Some(date(2024, 5, 16)), Some(136), true));
    v.until = None;
    assert_eq!(calculate(&case(vec![v], vec![]), &options()).unwrap().violations[0].duration_days, None);
}

#[test]
fn the_published_total_is_checked_against_the_sum() {
    let mut published = case(vec![violation("a", &["6(1)"], Some(100)), violation("b", &["32"], Some(50))], vec![]);
    published.published_total = Some(Money::euros(150));
    let report = calculate(&published, &options()).unwrap();
    assert_eq!(report.total, Money::euros(150));
    assert!(codes(&report).is_empty());
    published.published_total = Some(Money::euros(151));
    let report = calculate(&published, &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::TotalDiffers]);
    assert_eq!(report.findings[0].level, Level::Error);
}

#[test]
fn awb_5_32b_2_penalty_maxima_add_up_and_are_checked_against_the_decision() {
    let mut orders = case(vec![violation("v", &["6(1)"], None)], vec![]);
    orders.authority = "NL-AP".into();
    orders.penalties = vec![order("a", Some(100_000)), order("b", Some(50_000))];
    orders.published_penalties_max = Some(Money::euros(150_000));
    let report = calculate(&orders, &options()).unwrap();
    assert_eq!(report.penalties_max, Some(Money::euros(150_000)));
    assert!(codes(&report).is_empty(), "{:?}", report.findings);
    orders.published_penalties_max = Some(Money::euros(160_000));
    assert_eq!(codes(&calculate(&orders, &options()).unwrap()), [FindingCode::PenaltiesMaxDiffers]);
    // A Dutch order must state its ceiling (Awb 5:32b(2)): a case without one is refused ...
    orders.penalties[1].max = None;
    let refused = calculate(&orders, &options()).unwrap_err();
    assert_eq!(refused, CalcError::Case(CaseError::NoDutchMaximum { index: 1, penalty: "b".into() }));
    // ... elsewhere an order without a ceiling is flagged: the exposure is unbounded.
    orders.authority = "FR-CNIL".into();
    let report = calculate(&orders, &options()).unwrap();
    assert_eq!(report.penalties_max, None);
    let codes: Vec<FindingCode> =
        codes(&report).into_iter().filter(|code| *code != FindingCode::NoLimitationDates).collect();
    assert_eq!(codes, [FindingCode::PenaltyWithoutMaximum, FindingCode::PenaltiesMaxDiffers]);
}

/// AP Boetebeleidsregels 2019 art. 2.3: category III has the bandwidth EUR 300,000-750,000 and
/// the basic fine EUR 525,000. Articles 12(3) and 15 are in no annex.
#[test]
fn ap2019_group_comparison_without_a_member_result_is_null_never_zero() {
    let compare = Options { compare: Some(CompareMethod::Ap2019(None)), ..options() };
    let members = vec![
        in_group(violation("requests", &["12(3)", "15"], None), "g"),
        in_group(violation("policy", &["12(2)", "15"], None), "g"),
    ];
    let report = calculate(&case(members.clone(), vec![group("g", Some(500_000))]), &compare).unwrap();
    let g = report.groups[0].comparison.as_ref().unwrap();
    assert_eq!(g.fine, None);
    assert!(english(g.note.as_ref()).contains("requests, policy"), "{:?}", g.note);
    let member = report.violations[0].comparison.as_ref().unwrap();
    assert_eq!(member.fine, None);
    assert!(english(member.note.as_ref()).contains("--method ap2019 --category III"), "{:?}", member.note);
    let infos = report.findings.iter().filter(|f| f.code == FindingCode::NoMethodResult).count();
    assert_eq!(infos, 3, "{:?}", report.findings);

    // One member computed, one not: still no sum, since it would understate the group.
    let mixed = vec![in_group(violation("lawful", &["6(1)"], None), "g"), members[0].clone()];
    let report = calculate(&case(mixed, vec![group("g", Some(500_000))]), &compare).unwrap();
    assert_eq!(report.groups[0].comparison.as_ref().unwrap().fine, None);
}

#[test]
fn ap2019_category_option_fills_in_where_no_annex_lists_the_articles() {
    let compare = Options { compare: Some(CompareMethod::Ap2019(Some(Category::III))), ..options() };
    let members = vec![
        in_group(violation("requests", &["12(3)", "15"], None), "g"),
        in_group(violation("policy", &["12(2)", "15"], None), "g"),
    ];
    let report = calculate(&case(members, vec![group("g", Some(500_000))]), &compare).unwrap();
    let member = report.violations[0].comparison.as_ref().unwrap();
    assert_eq!(member.fine, Some(Money::euros(525_000)));
    assert_eq!(member.range, Some([Money::euros(300_000), Money::euros(750_000)]));
    assert!(
        member
            .steps
            .iter()
            .any(|s| s.detail_in(crate::l10n::Lang::En).contains("category III (given with --category)")),
        "{:?}",
        member.steps
    );
    // Two members at EUR 525,000, well within the EUR 20M ceiling of Art. 83(5).
    assert_eq!(report.groups[0].comparison.as_ref().unwrap().fine, Some(Money::euros(1_050_000)));
}

#[test]
fn a_method_option_on_a_violation_with_its_own_method_table_says_it_is_not_applied() {
    let compare = Options { compare: Some(CompareMethod::Ap2019(None)), ..options() };
    let mut computed = violation("computed", &["6(1)"], None);
    computed.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::Low)));
    let report = calculate(&case(vec![computed], vec![]), &compare).unwrap();
    assert!(report.violations[0].comparison.is_none());
    let finding = report.findings.iter().find(|f| f.code == FindingCode::MethodNotCompared).expect("a finding");
    assert_eq!((finding.level, finding.violation.as_deref()), (Level::Info, Some("computed")));
}

#[test]
fn implausible_dates_get_warnings() {
    let mut future = case(vec![violation("v", &["32"], Some(1_000))], vec![]);
    future.decided = Some(date(2052, 5, 16));
    future.published = Some(date(2052, 5, 1));
    let mut complied = order("o", Some(10_000));
    complied.deadline = Some(Deadline::Due(date(2052, 6, 1)));
    complied.complied = Some(date(2024, 6, 1));
    future.penalties = vec![complied];
    let report = calculate(&future, &options()).unwrap();
    let warnings: Vec<FindingCode> =
        report.findings.iter().filter(|f| f.level == Level::Warning).map(|f| f.code).collect();
    assert_eq!(
        warnings,
        [FindingCode::DecidedInTheFuture, FindingCode::PublishedBeforeDecided, FindingCode::CompliedByTheDeadline]
    );
    // The same dates one day apart the other way: no warning.
    let mut plausible = case(vec![violation("v", &["32"], Some(1_000))], vec![]);
    plausible.published = Some(date(2024, 5, 17));
    let mut late = order("o", Some(10_000));
    late.complied = Some(date(2024, 6, 2));
    plausible.penalties = vec![late];
    let report = calculate(&plausible, &Options { as_of: date(2024, 5, 16), ..options() }).unwrap();
    assert!(report.findings.iter().all(|f| f.level != Level::Warning), "{:?}", report.findings);
}

#[test]
fn art83_5_unknown_turnover_a_fine_above_the_fixed_amount_needs_a_turnover_not_an_excess() {
    let mut unknown = case(vec![violation("v", &["6(1)"], Some(30_000_000))], vec![]);
    unknown.undertaking.turnover = Turnover::Unknown;
    let report = calculate(&unknown, &options()).unwrap();
    // EUR 30M is within the 4 % maximum from a turnover of 30M / 4 % = EUR 750M.
    assert_eq!(codes(&report), [FindingCode::MaximumNeedsTurnover]);
    assert_eq!(report.findings[0].level, Level::Warning);
    assert_eq!(report.violations[0].required_turnover, Some(Money::euros(750_000_000)));
    assert!(!report.has_discrepancy());
}

#[test]
fn art83_4_band_a_fine_above_the_upper_end_is_an_error_between_the_ends_a_warning() {
    // 300M..1bn: the Art. 83(4) maximum lies between 10M (fixed) and 2 % of 1bn = 20M.
    let mut banded = case(
        vec![violation("above", &["32(1)"], Some(25_000_000)), violation("between", &["32(1)"], Some(15_000_000))],
        vec![],
    );
    banded.undertaking.turnover = Turnover::Band(crate::calc::model::TurnoverBand {
        low: Some(Money::euros(300_000_000)),
        high: Some(Money::euros(1_000_000_000)),
    });
    let report = calculate(&banded, &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::FineExceedsMaximum, FindingCode::MaximumNeedsTurnover]);
    assert_eq!(report.findings[0].level, Level::Error);
    // 15M / 2 % = 750M, inside the band: lawful only at that turnover or more.
    assert_eq!(report.violations[1].required_turnover, Some(Money::euros(750_000_000)));
    assert_eq!(report.violations[0].legal_maximum_upper, Some(Some(Money::euros(20_000_000))));
    assert!(report.has_discrepancy());
}

#[test]
fn art83_4_to_6_no_rate_stated_no_maximum_and_no_excess_verdict() {
    let mut zloty = case(vec![violation("v", &["6(1)"], Some(30_000_000))], vec![]);
    zloty.currency = Some(crate::calc::model::CaseCurrency {
        currency: crate::calc::money::Currency::PLN,
        rate: crate::calc::model::Rate::Unknown,
        rate_date: None,
        fine_set_in_eur: false,
    });
    zloty.violations[0].fine = Some(Money::euros(30_000_000).in_currency(crate::calc::money::Currency::PLN));
    zloty.undertaking.turnover = Turnover::Unknown;
    let report = calculate(&zloty, &options()).unwrap();
    assert_eq!(report.violations[0].legal_maximum, None);
    // 30M / 4 % = 750M (in PLN): enough for the fine whatever the fixed amount is.
    assert_eq!(
        report.violations[0].required_turnover,
        Some(Money::euros(750_000_000).in_currency(crate::calc::money::Currency::PLN))
    );
    assert!(codes(&report).contains(&FindingCode::RateUnknown));
    assert!(!report.has_discrepancy());
}

#[test]
fn art83_7_a_fine_on_a_public_body_that_national_law_exempts_is_an_error() {
    // Germany: BDSG § 43(3), no fines on public bodies.
    let mut federal = case(vec![violation("v", &["6(1)"], Some(1_000))], vec![]);
    federal.authority = "DE-BfDI".into();
    federal.undertaking.public_body = true;
    federal.undertaking.turnover = Turnover::Unknown;
    let report = calculate(&federal, &options()).unwrap();
    assert_eq!(codes(&report), [FindingCode::NoFineAllowed]);
    assert_eq!(report.violations[0].legal_maximum, Some(Money::ZERO));
    assert!(report.undertaking.turnover_steps[0].detail_in(Lang::En).contains("no administrative fines"));
    // The Netherlands: the fixed maxima.
    federal.authority = "NL-AP".into();
    let dutch = calculate(&federal, &options()).unwrap();
    assert!(
        dutch.undertaking.turnover_steps[0].detail_in(Lang::En).contains("the fixed maxima, no turnover-based maximum")
    );
    assert!(codes(&dutch).is_empty(), "{:?}", dutch.findings);
}

#[test]
fn art83_4_a_what_if_turnover_is_that_of_the_year_before_the_decision() {
    let what_if = Options { turnover: Some(Money::euros(2_000_000_000)), ..options() };
    let report = calculate(&case(vec![violation("v", &["32"], None)], vec![]), &what_if).unwrap();
    assert_eq!(report.undertaking.turnover, Some(Money::euros(2_000_000_000)));
    assert_eq!(report.undertaking.turnover_year, Some(2023));
    assert_eq!(report.violations[0].legal_maximum, Some(Money::euros(40_000_000)));
}

#[test]
fn art83_3_a_gravest_the_decision_names_settles_a_tie() {
    let tie =
        || vec![in_group(violation("a", &["6(1)"], Some(1)), "g"), in_group(violation("b", &["9(1)"], Some(1)), "g")];
    let unsettled = calculate(&case(tie(), vec![group("g", None)]), &options()).unwrap();
    let step = &unsettled.groups[0].steps[0];
    assert!(step.detail_in(Lang::En).contains("`a`, `b` share it"), "{}", step.detail_in(Lang::En));
    let named = Group { gravest: Some("b".into()), ..group("g", None) };
    let report = calculate(&case(tie(), vec![named]), &options()).unwrap();
    let g = &report.groups[0];
    assert_eq!((g.gravest.as_deref(), g.tied.len()), (Some("b"), 0));
    assert!(
        g.steps[0].detail_in(Lang::En).contains("the gravest infringement, `b`"),
        "{}",
        g.steps[0].detail_in(Lang::En)
    );
}

#[test]
fn art83_4_the_year_the_authority_chose_is_named_and_compared_with_the_preceding_one() {
    let mut chosen = case(vec![violation("v", &["32"], None)], vec![]);
    let years = [(2022, Money::euros(400_000_000)), (2023, Money::euros(450_000_000))];
    chosen.undertaking.turnover = Turnover::ByYear { years: years.into_iter().collect(), conversion: None };
    chosen.undertaking.turnover_year = Some(2022);
    let steps = calculate(&chosen, &options()).unwrap().undertaking.turnover_steps;
    let details: Vec<String> = steps.iter().map(|s| s.detail_in(Lang::En)).collect();
    assert!(
        details.iter().any(|d| d == "financial year 2022, as the authority chose (`turnover_year`), not 2023, the year preceding the decision of 2024-05-16"),
        "{details:?}"
    );
    chosen.undertaking.turnover_year = Some(2023);
    let steps = calculate(&chosen, &options()).unwrap().undertaking.turnover_steps;
    let details: Vec<String> = steps.iter().map(|s| s.detail_in(Lang::En)).collect();
    assert!(
        details.iter().any(|d| d == "financial year 2023, as the authority chose (`turnover_year`)"),
        "{details:?}"
    );
}

#[test]
fn method_comparison_is_not_applied_to_a_violation_with_its_own_method_table() {
    let compare = Options { compare: Some(CompareMethod::Edpb(Seriousness::High)), ..options() };
    let mut edpb = violation("e", &["6(1)"], None);
    edpb.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::Low)));
    let mut ap = violation("a", &["33(1)"], None);
    ap.method = Some(Method::Ap2019(Ap2019Input::defaults()));
    ap.from = Some(date(2020, 1, 1));
    let report = calculate(&case(vec![edpb, ap], vec![]), &compare).unwrap();
    let messages: Vec<(FindingCode, &str)> =
        report.findings.iter().map(|f| (f.code, f.violation.as_deref().unwrap_or_default())).collect();
    assert_eq!(messages, [(FindingCode::MethodNotCompared, "e"), (FindingCode::MethodNotCompared, "a")]);
    assert!(
        report.findings[0].text_in(Lang::En).contains("[violation.edpb]"),
        "{}",
        report.findings[0].text_in(Lang::En)
    );
    assert!(
        report.findings[1].text_in(Lang::En).contains("[violation.ap2019]"),
        "{}",
        report.findings[1].text_in(Lang::En)
    );
    assert!(report.violations.iter().all(|v| v.comparison.is_none()));
}

#[test]
fn art83_4_to_6_each_turnover_source_is_reported_with_its_year_and_steps() {
    use super::model::TurnoverCurrency;
    use super::report::TurnoverSource;
    let v = || vec![violation("v", &["32"], None)];
    let undertaking = |report: &Report| {
        let u = &report.undertaking;
        (
            u.turnover_source,
            u.turnover_year,
            u.turnover_steps.first().map(|s| (s.rule_in(Lang::En), s.detail_in(Lang::En))),
        )
    };
    // One amount: the preceding year, or the one the authority chose.
    let mut declared = case(v(), vec![]);
    let (source, year, step) = undertaking(&calculate(&declared, &options()).unwrap());
    assert_eq!((source, year), (TurnoverSource::Declared, Some(2023)));
    assert!(step.unwrap().1.contains("taken as financial year 2023, the year preceding the decision"));
    declared.undertaking.turnover_year = Some(2022);
    let (_, year, step) = undertaking(&calculate(&declared, &options()).unwrap());
    assert_eq!(year, Some(2022));
    assert_eq!(step.unwrap().1, "turnover as given, for financial year 2022 as the authority chose");
    // A table by year.
    let mut table = case(v(), vec![]);
    let years = [(2023, Money::euros(450_000_000))].into_iter().collect();
    table.undertaking.turnover = Turnover::ByYear { years, conversion: None };
    let (source, year, _) = undertaking(&calculate(&table, &options()).unwrap());
    assert_eq!((source, year), (TurnoverSource::ByYear, Some(2023)));
    // The same in dollars at a rate the decision does not state: the year stays, the euros are unknown.
    let years = [(2023, Money::euros(450_000_000))].into_iter().collect();
    let conversion = Some(TurnoverCurrency { currency: "USD".into(), eur_per_unit: None });
    table.undertaking.turnover = Turnover::ByYear { years, conversion };
    table.undertaking.turnover_year = Some(2023);
    let report = calculate(&table, &options()).unwrap();
    let (source, year, step) = undertaking(&report);
    assert_eq!((source, year, report.undertaking.turnover), (TurnoverSource::RateUnknown, Some(2023), None));
    assert!(report.undertaking.turnover_year_chosen);
    assert_eq!(step.unwrap().1, "financial year 2023, as the authority chose (`turnover_year`)");
    // Unknown, and a what-if.
    let mut unknown = case(v(), vec![]);
    unknown.undertaking.turnover = Turnover::Unknown;
    let (source, year, step) = undertaking(&calculate(&unknown, &options()).unwrap());
    assert_eq!((source, year), (TurnoverSource::Unknown, None));
    assert!(step.unwrap().1.contains("so it is at least the fixed amount"));
    // The year the authority chose is reported even with the turnover unknown.
    unknown.undertaking.turnover_year = Some(2022);
    let report = calculate(&unknown, &options()).unwrap();
    assert_eq!((report.undertaking.turnover_year, report.undertaking.turnover_year_chosen), (Some(2022), true));
    unknown.undertaking.turnover_year = None;
    let what_if = Options { turnover: Some(Money::euros(1)), ..options() };
    let (source, _, step) = undertaking(&calculate(&unknown, &what_if).unwrap());
    assert_eq!((source, step.unwrap().0), (TurnoverSource::Override, "--turnover".to_string()));
}

#[test]
fn a_combined_fine_has_the_ceiling_of_the_members_art83_4_to_6_list() {
    // Separate infringements with one fine (AP Netflix 2024): the ceiling is the sum of maxima.
    let combined = || Group { kind: GroupKind::Combined, ..group("g", Some(1_000)) };
    let members = vec![in_group(violation("a", &["32"], None), "g"), in_group(violation("b", &["6(1)"], None), "g")];
    let report = calculate(&case(members, vec![combined()]), &options()).unwrap();
    assert_eq!(report.groups[0].ceiling, Some(Money::euros(30_000_000)));
    // Art. 24 is listed in no tier: it adds no maximum, and takes none away (Art. 32: EUR 10M).
    let members = vec![in_group(violation("a", &["32"], None), "g"), in_group(violation("b", &["24"], None), "g")];
    let report = calculate(&case(members, vec![combined()]), &options()).unwrap();
    assert_eq!(report.groups[0].ceiling, Some(Money::euros(10_000_000)));
}

#[test]
fn art83_5_the_maximum_step_says_which_of_the_two_amounts_won() {
    let step = |turnover: i64| {
        let mut c = case(vec![violation("v", &["6(1)"], None)], vec![]);
        c.undertaking.turnover = Turnover::Amount(Money::euros(turnover));
        let report = calculate(&c, &options()).unwrap();
        report.violations[0].steps.iter().find(|s| s.rule_in(Lang::En) == "Art. 83(5)").unwrap().detail_in(Lang::En)
    };
    assert!(step(2_000_000_000).ends_with("= EUR 80,000,000.00: the percentage"), "{}", step(2_000_000_000));
    assert!(step(100_000_000).ends_with("= EUR 4,000,000.00: the fixed amount"), "{}", step(100_000_000));
}

#[test]
fn every_finding_code_is_documented_in_the_format_reference() {
    let reference = include_str!("../../docs/format.md");
    for code in FindingCode::ALL {
        assert!(reference.contains(&format!("`{code}`")), "docs/format.md does not list `{code}`");
    }
}

#[test]
fn awb_5_33_dated_breaches_after_compliance_or_the_as_of_date_are_not_dropped_without_a_word() {
    use super::model::Breaches;
    let per_breach = |complied| {
        let mut o = order("o", Some(100_000));
        o.per = PenaltyUnit::Breach;
        o.deadline = None;
        o.complied = complied;
        // options() runs to 1 January 2026.
        o.breaches =
            Some(Breaches::Dates(vec![date(2024, 7, 1), date(2025, 3, 1), date(2026, 2, 1), date(2025, 2, 1)]));
        let mut c = case(vec![], vec![]);
        c.penalties = vec![o];
        calculate(&c, &options()).unwrap()
    };
    let report = per_breach(Some(date(2025, 2, 1)));
    // Complied on 1 February 2025: the breaches of 1 February 2025, 1 March 2025 and 1 February 2026 forfeit nothing.
    assert_eq!(report.penalties[0].forfeited, Money::euros(1_000));
    let finding = report.findings.iter().find(|f| f.code == FindingCode::BreachAfterComplied).expect("a finding");
    assert_eq!((finding.level, finding.penalty.as_deref()), (Level::Warning, Some("o")));
    assert!(
        finding.text_in(Lang::En).starts_with("3 breach date(s) on or after compliance on 2025-02-01"),
        "{}",
        finding.text_in(Lang::En)
    );
    assert!(finding.text_in(Lang::En).contains("(the first: 2025-02-01)"), "{}", finding.text_in(Lang::En));
    // Not complied: the one of 1 February 2026 is after the as-of date, not counted yet.
    let report = per_breach(None);
    assert_eq!(report.penalties[0].forfeited, Money::euros(3_000));
    let finding = report.findings.iter().find(|f| f.code == FindingCode::BreachAfterAsOf).expect("a finding");
    assert_eq!(finding.level, Level::Info);
    assert!(
        finding.text_in(Lang::En).starts_with("1 breach date(s) on or after 2026-01-01"),
        "{}",
        finding.text_in(Lang::En)
    );
    // Complied after the as-of date: counted up to the as-of date, as not yet complied.
    assert!(codes(&per_breach(Some(date(2026, 6, 1)))).contains(&FindingCode::BreachAfterAsOf));
}

/// A case in Swedish kronor, decided by IMY, at 10.9 SEK per EUR.
fn in_sek(mut case: Case) -> Case {
    case.authority = "SE-IMY".into();
    case.currency = Some(model::CaseCurrency {
        currency: iso_currency::Currency::SEK,
        rate: model::Rate::PerEur(rust_decimal_macros::dec!(10.9)),
        rate_date: None,
        fine_set_in_eur: false,
    });
    case
}

/// The Boetebeleidsregels 2019 are the Dutch AP's, in euros: a [violation.ap2019] table in a SEK
/// case is refused, never a "EUR 525,000" fine added to kronor.
#[test]
fn ap2019_bandwidths_are_euros_and_are_not_applied_in_another_currency() {
    let mut computed = violation("v", &["6(1)"], None);
    computed.method = Some(Method::Ap2019(Ap2019Input::defaults()));
    let refused = calculate(&in_sek(case(vec![computed], vec![])), &options());
    let message = refused.unwrap_err().to_string();
    assert!(message.contains("this case is in SEK") && message.contains("euros"), "{message}");
}

/// `--method ap2019` has the reach of a [violation.ap2019] table: in a SEK case no result, and
/// in a non-Dutch case the warning a table gets.
#[test]
fn ap2019_comparison_is_refused_in_another_currency_and_warned_outside_the_netherlands() {
    let compare = Options { compare: Some(CompareMethod::Ap2019(None)), ..options() };
    let declared = violation("v", &["6(1)"], Some(100_000));
    let report = calculate(&in_sek(case(vec![declared.clone()], vec![])), &compare).unwrap();
    let comparison = report.violations[0].comparison.as_ref().unwrap();
    assert_eq!(comparison.fine, None);
    assert!(english(comparison.note.as_ref()).contains("SEK"), "{:?}", comparison.note);
    assert!(codes(&report).contains(&FindingCode::Ap2019NotDutch));
    let mut belgian = case(vec![declared], vec![]);
    belgian.authority = "BE-APD".into();
    let report = calculate(&belgian, &compare).unwrap();
    assert!(report.violations[0].comparison.as_ref().unwrap().fine.is_some());
    assert!(codes(&report).contains(&FindingCode::Ap2019NotDutch), "{:?}", report.findings);
}

/// A note's English text.
fn english(note: Option<&crate::l10n::Message>) -> String {
    crate::l10n::catalogue::text(Lang::En, note.expect("a note"))
}
