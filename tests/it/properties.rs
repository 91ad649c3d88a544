//! Invariants over generated cases (proptest): the law's arithmetic holds for any input.

use std::collections::BTreeMap;

use art83::calc::article::{Article, Tier};
use art83::calc::model::{
    Case, Choice, CitedArticle, Deadline, EdpbInput, Group, Method, PenaltyOrder, PenaltyUnit, PeriodCount,
    Seriousness, Turnover, Undertaking, Violation,
};
use art83::calc::money::Money;
use art83::calc::report::Level;
use art83::calc::{Options, calculate};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Turnovers from 0 to 10^15 euros, with cents.
fn turnover() -> impl Strategy<Value = Money> {
    (0u64..=100_000_000_000_000_000).prop_map(|cents| Money::new(Decimal::new(cents as i64, 2)).unwrap())
}

fn article() -> impl Strategy<Value = CitedArticle> {
    (1u8..=99, proptest::option::of(1u8..=6)).prop_map(|(number, paragraph)| {
        let text = match paragraph {
            Some(p) => format!("{number}({p})"),
            None => number.to_string(),
        };
        CitedArticle { article: text.parse::<Article>().unwrap(), as_written: text }
    })
}

fn fine() -> impl Strategy<Value = Option<Money>> {
    proptest::option::of((0i64..=60_000_000).prop_map(Money::euros))
}

fn violations() -> impl Strategy<Value = Vec<(Vec<CitedArticle>, Option<usize>, Option<Money>)>> {
    proptest::collection::vec(
        (proptest::collection::vec(article(), 1..4), proptest::option::of(0usize..3), fine()),
        1..8,
    )
}

fn case(turnover: Option<Money>, violations: Vec<(Vec<CitedArticle>, Option<usize>, Option<Money>)>) -> Case {
    let mut groups: Vec<Group> = Vec::new();
    let violations = violations
        .into_iter()
        .enumerate()
        .map(|(i, (articles, group, fine))| {
            let group = group.map(|g| format!("g{g}"));
            if let Some(id) = &group
                && !groups.iter().any(|existing| &existing.id == id)
            {
                groups.push(Group { id: id.clone(), title: None, fine: None, span: None });
            }
            Violation {
                id: format!("v{i}"),
                title: None,
                articles,
                from: None,
                until: None,
                group,
                fine,
                method: None,
                span: None,
            }
        })
        .collect();
    Case {
        title: "generated".into(),
        authority: String::new(),
        decided: Some(date(2024, 5, 16)),
        published: None,
        published_total: None,
        published_penalties_max: None,
        currency: None,
        undertaking: Undertaking {
            name: "U".into(),
            turnover: turnover.map_or(Turnover::Unknown, Turnover::Amount),
            public_body: false,
            turnover_span: None,
        },
        violations,
        groups,
        penalties: Vec::new(),
    }
}

fn options() -> Options {
    Options { turnover: None, as_of: date(2026, 1, 1), compare: None, explain: true }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn legal_maxima_are_at_least_fixed_and_never_fall_as_turnover_rises(
        low in turnover(), high in turnover(), violations in violations()
    ) {
        let (low, high) = if low <= high { (low, high) } else { (high, low) };
        let at_low = calculate(&case(Some(low), violations.clone()), &options()).unwrap();
        let at_high = calculate(&case(Some(high), violations), &options()).unwrap();
        for (a, b) in at_low.violations.iter().zip(&at_high.violations) {
            if let (Some(tier), Some(max)) = (a.tier, a.legal_maximum) {
                prop_assert!(max >= tier.maximum().fixed);
                prop_assert!(b.legal_maximum.unwrap() >= max);
            }
        }
    }

    #[test]
    fn group_ceiling_is_the_gravest_members_maximum(turnover in turnover(), violations in violations()) {
        let report = calculate(&case(Some(turnover), violations), &options()).unwrap();
        for group in &report.groups {
            let members = report.violations.iter().filter(|v| v.group.as_deref() == Some(group.id.as_str()));
            let gravest = members.filter_map(|v| v.legal_maximum).max();
            prop_assert_eq!(group.ceiling, gravest);
        }
    }

    #[test]
    fn check_finds_a_discrepancy_exactly_when_a_fine_exceeds_its_maximum_or_ceiling(
        turnover in proptest::option::of(turnover()), violations in violations()
    ) {
        let report = calculate(&case(turnover, violations), &options()).unwrap();
        let over_maximum = report.violations.iter().any(|v| matches!((v.fine, v.legal_maximum), (Some(f), Some(m)) if f > m));
        let over_ceiling = report.groups.iter().any(|g| g.ceiling.is_some_and(|c| g.fine > c));
        prop_assert_eq!(report.has_discrepancy(), over_maximum || over_ceiling);
        let errors = report.findings.iter().filter(|f| f.level == Level::Error).count();
        prop_assert_eq!(errors > 0, report.has_discrepancy());
    }

    #[test]
    fn edpb_fine_never_exceeds_the_maximum_and_seriousness_orders_starting_amounts(
        turnover in proptest::option::of(turnover()),
        article in article(),
        position in 0u32..=100,
        size_position in 0u32..=100,
        adjustment in -50i64..=500,
    ) {
        prop_assume!(article.article.tier().is_some());
        let mut starting = Vec::new();
        for seriousness in [Seriousness::Low, Seriousness::Medium, Seriousness::High] {
            let input = EdpbInput {
                starting: Choice::Position(Decimal::new(position.into(), 2)),
                size: Choice::Position(Decimal::new(size_position.into(), 2)),
                adjustments: vec![art83::calc::model::Adjustment {
                    factor: "83(2)(k)".into(),
                    change: art83::calc::model::Change::Percent(Decimal::from(adjustment)),
                    reason: "generated".into(),
                    span: None,
                }],
                ..EdpbInput::defaults(seriousness)
            };
            let mut case = case(turnover, vec![(vec![article.clone()], None, None)]);
            case.violations[0].method = Some(Method::Edpb(input));
            let report = calculate(&case, &options()).unwrap();
            let violation = &report.violations[0];
            prop_assert!(violation.fine.unwrap() <= violation.legal_maximum.unwrap());
            starting.push(violation.edpb.as_ref().unwrap().starting_amount);
        }
        prop_assert!(starting.windows(2).all(|pair| pair[0] <= pair[1]), "{:?}", starting);
    }

    #[test]
    fn forfeited_penalties_stay_under_the_ceiling_and_never_fall_over_time(
        amount in 1i64..=500_000,
        periods_to_max in 1i64..=40,
        unit in prop_oneof![
            (1u32..=14).prop_map(PenaltyUnit::Days),
            (1u32..=4).prop_map(PenaltyUnit::Weeks),
            (1u32..=3).prop_map(PenaltyUnit::Months),
        ],
        started in any::<bool>(),
        due_offset in 0i32..=3000,
        as_of_offsets in proptest::collection::vec(0i32..=4000, 2..6),
    ) {
        let due = date(2019, 1, 1).checked_add(due_offset.days()).unwrap();
        let max = Money::euros(amount * periods_to_max + amount / 2);
        let mut case = case(None, vec![]);
        case.penalties.push(PenaltyOrder {
            id: "p".into(),
            violation: None,
            order: None,
            amount: Money::euros(amount),
            per: unit,
            deadline: Some(Deadline::Due(due)),
            max: Some(max),
            count: if started { PeriodCount::Started } else { PeriodCount::Completed },
            complied: None,
            breaches: None,
            suspended: Vec::new(),
            published_forfeited: None,
            span: None,
        });
        let mut as_of: Vec<Date> = as_of_offsets.iter().map(|d| date(2019, 1, 1).checked_add(d.days()).unwrap()).collect();
        as_of.sort();
        let mut previous = Money::ZERO;
        for day in as_of {
            let report = calculate(&case, &Options { as_of: day, ..options() }).unwrap();
            let forfeited = report.penalties[0].forfeited;
            prop_assert!(forfeited <= max);
            prop_assert!(forfeited >= previous);
            let last = report.penalties[0].schedule.last().map_or(Money::ZERO, |p| p.cumulative);
            prop_assert_eq!(last, forfeited);
            previous = forfeited;
        }
    }
}

#[test]
fn turnover_table_and_tier_helpers_agree_with_the_property_setup() {
    // Guards the generators: a table by year resolves like a single amount.
    let years = BTreeMap::from([(2023, Money::euros(600_000_000))]);
    let mut by_year = case(
        None,
        vec![(
            vec!["6".parse::<Article>().map(|a| CitedArticle { article: a, as_written: "6".into() }).unwrap()],
            None,
            None,
        )],
    );
    by_year.undertaking.turnover = Turnover::ByYear { years, conversion: None };
    let report = calculate(&by_year, &options()).unwrap();
    assert_eq!(report.violations[0].legal_maximum, Some(Money::euros(24_000_000)));
    assert_eq!(report.violations[0].tier, Some(Tier::Art83_5));
}
