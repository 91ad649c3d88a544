//! Invariants over generated cases (proptest): the law's arithmetic holds for any input.

use std::collections::BTreeMap;

use art83::calc::article::{Article, Tier};
use art83::calc::model::{
    Case, Choice, CitedArticle, Deadline, EdpbInput, Group, GroupKind, Method, Payment, PenaltyOrder, PenaltyUnit,
    PeriodCount, Reduction, Seriousness, Turnover, Undertaking, Violation,
};
use art83::calc::money::Money;
use art83::calc::report::{FindingCode, MaximumBasis};
use art83::calc::{Detail, Options, calculate};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::law;

/// The edges of the law in euros: EUR 500M, where the percentage starts to beat the fixed
/// amount in both tiers (Art. 83(4)/(5); Uber decision fn. 12) and EDPB step 2b stops applying,
/// and the step-2b size band bounds (EDPB Guidelines 04/2022 section 4.3), each with its
/// neighbours one cent away.
const EDGES: [i64; 6] = [2_000_000, 10_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000];

fn money_cents(cents: i64) -> Money {
    Money::new(Decimal::new(cents, 2)).unwrap()
}

/// Turnovers on a log scale from EUR 0.01 to 10^15 (each decade as likely as the next), plus
/// zero and the edge values: the fixed-maximum branch and step 2b are drawn as often as the rest.
fn turnover() -> impl Strategy<Value = Money> {
    let edge = (proptest::sample::select(EDGES.to_vec()), -1i64..=1)
        .prop_map(|(euros, cents)| money_cents(euros * 100 + cents));
    let log_scale = (0u32..=16).prop_flat_map(|decade| {
        let low = 10i64.pow(decade);
        (low..low * 10).prop_map(money_cents)
    });
    prop_oneof![1 => Just(Money::ZERO), 3 => edge, 6 => log_scale]
}

/// A citation in plain form, `number` or `number(paragraph)`, of a provision the GDPR has (a
/// paragraph it does not have is an error, never a tier). Art. 83 itself is left out: tiers for
/// citations of Art. 83 are the corpus test's business (gdprhub.rs).
fn article() -> impl Strategy<Value = CitedArticle> {
    (1u8..=99, proptest::option::of(1u8..=6)).prop_filter("not Art. 83", |(n, _)| *n != 83).prop_filter_map(
        "a provision of the GDPR",
        |(number, paragraph)| {
            let text = match paragraph {
                Some(p) => format!("{number}({p})"),
                None => number.to_string(),
            };
            Some(CitedArticle { article: text.parse::<Article>().ok()?, as_written: text })
        },
    )
}

/// Fines from EUR 0 to 10^11 on a log scale, or none.
fn fine() -> impl Strategy<Value = Option<Money>> {
    let log_scale = (0u32..=10).prop_flat_map(|decade| {
        let low = 10i64.pow(decade);
        (low..low * 10).prop_map(Money::euros)
    });
    proptest::option::of(prop_oneof![1 => Just(Money::ZERO), 9 => log_scale])
}

type Generated = Vec<(Vec<CitedArticle>, Option<usize>, Option<Money>)>;

fn violations() -> impl Strategy<Value = Generated> {
    proptest::collection::vec(
        (proptest::collection::vec(article(), 1..4), proptest::option::of(0usize..3), fine()),
        1..8,
    )
}

/// The oracle's maximum for a violation: the gravest of its articles' maxima (law.rs).
fn oracle_maximum(articles: &[CitedArticle], turnover: Option<Money>) -> Option<Decimal> {
    articles
        .iter()
        .filter_map(|a| law::tier_of(&a.as_written))
        .map(|t| law::maximum(t, turnover.map(Money::amount)))
        .max()
}

fn case(turnover: Option<Money>, violations: Generated) -> Case {
    let mut groups: Vec<Group> = Vec::new();
    let violations = violations
        .into_iter()
        .enumerate()
        .map(|(i, (articles, group, fine))| {
            let group = group.map(|g| format!("g{g}"));
            if let Some(id) = &group
                && !groups.iter().any(|existing| &existing.id == id)
            {
                groups.push(Group {
                    id: id.clone(),
                    title: None,
                    kind: Default::default(),
                    gravest: None,
                    gravest_span: None,
                    fine: None,
                    published_maximum: None,
                    span: None,
                });
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
                proposed: None,
                published_maximum: None,
                national: None,
                reductions: Vec::new(),
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
        published_maximum: None,
        published_total_eur: None,
        published_total_eur_places: None,
        currency: None,
        undertaking: Undertaking {
            name: "U".into(),
            turnover: turnover.map_or(Turnover::Unknown, Turnover::Amount),
            public_body: false,
            public_body_kind: None,
            turnover_year: None,
            turnover_span: None,
        },
        violations,
        groups,
        penalties: Vec::new(),
        collection: Default::default(),
        reductions: Vec::new(),
        appeals: Vec::new(),
        published_final_total: None,
    }
}

fn options() -> Options {
    Options { turnover: None, as_of: date(2026, 1, 1), compare: None, detail: Detail::Steps }
}

/// EDPB Guidelines 04/2022 step 2a, typed from the guidelines: seriousness -> percent of the
/// legal maximum (section 4.2).
fn seriousness_band(seriousness: Seriousness) -> (Decimal, Decimal) {
    match seriousness {
        Seriousness::Low => (dec!(0), dec!(10)),
        Seriousness::Medium => (dec!(10), dec!(20)),
        Seriousness::High => (dec!(20), dec!(100)),
    }
}

/// EDPB Guidelines 04/2022 step 2b (section 4.3), typed from the guidelines: turnover up to
/// (inclusive) -> percent of the starting amount.
fn size_band(turnover: Decimal) -> Option<(Decimal, Decimal)> {
    [
        (dec!(2_000_000), dec!(0.2), dec!(0.4)),
        (dec!(10_000_000), dec!(0.3), dec!(2)),
        (dec!(50_000_000), dec!(1.5), dec!(10)),
        (dec!(100_000_000), dec!(8), dec!(20)),
        (dec!(250_000_000), dec!(15), dec!(50)),
        (dec!(500_000_000), dec!(40), dec!(100)),
    ]
    .into_iter()
    .find(|(up_to, _, _)| turnover <= *up_to)
    .map(|(_, low, high)| (low, high))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Art. 83(4)-(6): "up to EUR 10 000 000 / 20 000 000, or ... up to 2 % / 4 % of the total
    /// worldwide annual turnover ..., whichever is higher"; the fixed amount alone when the
    /// turnover is unknown.
    #[test]
    fn art83_4_to_6_maximum_is_the_higher_of_the_fixed_amount_and_the_percentage(
        turnover in proptest::option::of(turnover()), article in article()
    ) {
        let report = calculate(&case(turnover, vec![(vec![article.clone()], None, None)]), &options()).unwrap();
        let violation = &report.violations[0];
        let tier = law::tier_of(&article.as_written);
        prop_assert_eq!(violation.tier.map(|t| t.as_str()), tier.map(|t| t.label), "{}", article.as_written);
        let expected = tier.map(|t| law::maximum(t, turnover.map(Money::amount)));
        prop_assert_eq!(violation.legal_maximum.map(Money::amount), expected);
        if let (Some(tier), Some(turnover)) = (tier, turnover) {
            let share = turnover.amount() * Decimal::from(tier.percent) / dec!(100);
            let basis = if share > Decimal::from(tier.fixed) { MaximumBasis::Turnover } else { MaximumBasis::Fixed };
            prop_assert_eq!(violation.maximum_basis, Some(basis));
        }
    }

    /// Art. 83(3): the total for linked processing "shall not exceed the amount specified for the
    /// gravest infringement".
    #[test]
    fn art83_3_group_ceiling_is_the_gravest_members_maximum(turnover in turnover(), violations in violations()) {
        let report = calculate(&case(Some(turnover), violations.clone()), &options()).unwrap();
        for group in &report.groups {
            let gravest = violations
                .iter()
                .enumerate()
                .filter(|(i, _)| report.violations[*i].group.as_deref() == Some(group.id.as_str()))
                .filter_map(|(_, (articles, _, _))| oracle_maximum(articles, Some(turnover)))
                .max();
            prop_assert_eq!(group.ceiling.map(Money::amount), gravest, "group {}", group.id);
        }
    }

    /// `check` flags a fine above its maximum (Art. 83(4)-(6)) or linked fines above the gravest
    /// maximum (Art. 83(3)), and nothing else; the expected verdict comes from the oracle.
    #[test]
    fn check_verdict_follows_art83_3_to_6(turnover in turnover(), violations in violations()) {
        let report = calculate(&case(Some(turnover), violations.clone()), &options()).unwrap();
        let maxima: Vec<Option<Decimal>> =
            violations.iter().map(|(articles, _, _)| oracle_maximum(articles, Some(turnover))).collect();
        let over_maximum = violations
            .iter()
            .zip(&maxima)
            .any(|((_, _, fine), max)| matches!((fine, max), (Some(f), Some(m)) if f.amount() > *m));
        let over_ceiling = (0..3).any(|g| {
            let members: Vec<usize> = (0..violations.len()).filter(|&i| violations[i].1 == Some(g)).collect();
            let ceiling = members.iter().filter_map(|&i| maxima[i]).max();
            let sum: Decimal = members.iter().filter_map(|&i| violations[i].2).map(Money::amount).sum();
            ceiling.is_some_and(|c| sum > c)
        });
        prop_assert_eq!(report.has_discrepancy(), over_maximum || over_ceiling);
        let flagged = report.findings.iter().any(|f| f.code == FindingCode::FineExceedsMaximum);
        prop_assert_eq!(flagged, over_maximum);
        let group_flagged = report.findings.iter().any(|f| f.code == FindingCode::GroupExceedsCeiling);
        prop_assert_eq!(group_flagged, over_ceiling);
    }

    /// A combined fine (separate infringements, no Art. 83(3)): each member keeps its own maximum,
    /// so the ceiling is the sum of the maxima of the members Art. 83(4)-(6) list; a member they
    /// do not list adds none. It is never below the linked ceiling of the same members (the
    /// gravest's maximum), and it exists exactly when the linked one does.
    #[test]
    fn a_combined_ceiling_is_the_sum_of_the_listed_members_maxima_never_below_the_linked_one(
        turnover in proptest::option::of(turnover()),
        members in proptest::collection::vec(proptest::collection::vec(article(), 1..3), 1..6),
    ) {
        let generated: Generated = members.iter().map(|articles| (articles.clone(), Some(0), None)).collect();
        let maxima: Vec<Decimal> = members.iter().filter_map(|a| oracle_maximum(a, turnover)).collect();
        let mut ceilings = Vec::new();
        for kind in [GroupKind::Linked, GroupKind::Combined] {
            let mut case = case(turnover, generated.clone());
            case.groups[0].kind = kind;
            let report = calculate(&case, &options()).unwrap();
            ceilings.push(report.groups[0].ceiling.map(Money::amount));
        }
        let (linked, combined) = (ceilings[0], ceilings[1]);
        let sum = (!maxima.is_empty()).then(|| maxima.iter().sum::<Decimal>());
        prop_assert_eq!(combined, sum);
        prop_assert_eq!(linked, maxima.iter().max().copied());
        prop_assert_eq!(linked.is_some(), combined.is_some());
        if let (Some(linked), Some(combined)) = (linked, combined) {
            prop_assert!(combined >= linked, "combined {} below linked {}", combined, linked);
        }
    }

    /// Turnover unknown, a fine above what the ceiling is known to reach: the turnover it needs is
    /// stated rounded up to the cent, so that it suffices and a cent less does not:
    /// `percent x required >= fine` and `percent x (required - 0.01) < fine`, for any fine and
    /// any mix of Art. 83(4) (2 %) and 83(5) (4 %) infringements in a combined group.
    #[test]
    fn the_turnover_a_fine_needs_is_enough_and_a_cent_less_is_not(
        tiers in proptest::collection::vec(any::<bool>(), 1..7),
        extra_cents in 1i64..=1_000_000_000_000_000,
        extra_scale in 0u32..=4,
    ) {
        // An Art. 83(5)(a) or an 83(4)(a) provision; the tier's amounts come from the oracle.
        let cited = |art83_5: bool| if art83_5 { "6(1)" } else { "32" };
        let tier = |art83_5: bool| law::tier_of(cited(art83_5)).unwrap();
        let members: Generated = tiers
            .iter()
            .map(|&t| {
                let text = cited(t);
                (vec![CitedArticle { article: text.parse().unwrap(), as_written: text.into() }], Some(0), None)
            })
            .collect();
        let floor: i64 = tiers.iter().map(|&t| tier(t).fixed).sum();
        let percent: i64 = tiers.iter().map(|&t| tier(t).percent).sum();
        // Above the floor by any amount, in cents or finer (a fine as a decision may state it).
        let fine = Decimal::from(floor) + Decimal::new(extra_cents, 2 + extra_scale);
        let mut case = case(None, members);
        case.groups[0].kind = GroupKind::Combined;
        case.groups[0].fine = Money::new(fine);
        let report = calculate(&case, &options()).unwrap();
        let required = report.groups[0].required_turnover.expect("a fine above the floor needs a turnover").amount();
        let share = |turnover: Decimal| turnover * Decimal::from(percent) / dec!(100);
        prop_assert!(share(required) >= fine, "{} % of {} is below {}", percent, required, fine);
        prop_assert!(share(required - dec!(0.01)) < fine, "{} % of {} - 0.01 reaches {}", percent, required, fine);
        prop_assert_eq!(required.scale() <= 2, true);
    }

    /// EDPB Guidelines 04/2022 steps 2a-4 for one violation, computed here from the guidelines'
    /// tables: starting amount = maximum x (low + position x (high - low)) %; step 2b only up to
    /// EUR 500M turnover; step 3 adds the percentage of the step-2 amount; step 4 caps at the
    /// legal maximum.
    #[test]
    fn edpb_steps_2_to_4_follow_the_guidelines_tables(
        turnover in proptest::option::of(turnover()),
        article in article(),
        seriousness in proptest::sample::select(vec![Seriousness::Low, Seriousness::Medium, Seriousness::High]),
        position in 0u32..=100,
        size_position in 0u32..=100,
        adjustment in -50i64..=500,
    ) {
        let Some(tier) = law::tier_of(&article.as_written) else { return Ok(()) };
        let (position, size_position) = (Decimal::new(position.into(), 2), Decimal::new(size_position.into(), 2));
        let input = EdpbInput {
            starting: Choice::Position(position),
            size: Choice::Position(size_position),
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
        let edpb = violation.edpb.as_ref().unwrap();

        let maximum = law::maximum(tier, turnover.map(Money::amount));
        let (low, high) = seriousness_band(seriousness);
        let starting = maximum * (low + position * (high - low)) / dec!(100);
        prop_assert_eq!(edpb.starting_amount.amount(), starting);
        let after_step_2 = match turnover.and_then(|t| size_band(t.amount())) {
            Some((low, high)) => starting * (low + size_position * (high - low)) / dec!(100),
            None => starting,
        };
        prop_assert_eq!(edpb.after_step_2.amount(), after_step_2);
        let after_step_3 = after_step_2 + after_step_2 * Decimal::from(adjustment) / dec!(100);
        prop_assert_eq!(edpb.after_step_3.amount(), after_step_3);
        prop_assert_eq!(violation.fine.map(Money::amount), Some(after_step_3.min(maximum)));
    }

    /// Days and weeks (LAW.md §4): non-compliance runs from the day after the deadline up to, not
    /// including, the as-of date; a started period counts in full (ceil), otherwise only completed
    /// ones (floor); forfeited = min(ceiling, amount x periods).
    #[test]
    fn forfeited_is_the_amount_times_the_periods_up_to_the_ceiling(
        amount in 1i64..=500_000,
        periods_to_max in 1i64..=40,
        days_per_period in prop_oneof![(1u32..=14).prop_map(|n| (PenaltyUnit::Days(n), n)), (1u32..=4).prop_map(|n| (PenaltyUnit::Weeks(n), 7 * n))],
        started in any::<bool>(),
        due_offset in 0i32..=3000,
        as_of_offset in 0i32..=4000,
    ) {
        let (unit, length) = days_per_period;
        let due = date(2019, 1, 1).checked_add(due_offset.days()).unwrap();
        let as_of = date(2019, 1, 1).checked_add(as_of_offset.days()).unwrap();
        let max = amount * periods_to_max + amount / 2;
        let report = calculate(&penalty_case(amount, unit, due, max, started), &Options { as_of, ..options() }).unwrap();
        let days = i64::from((as_of_offset - due_offset - 1).max(0));
        let length = i64::from(length);
        let periods = if started { (days + length - 1) / length } else { days / length };
        // All periods of non-compliance elapse; those up to the ceiling forfeit an amount.
        let to_ceiling = (max + amount - 1) / amount;
        prop_assert_eq!(report.penalties[0].periods_elapsed, periods as u64);
        prop_assert_eq!(report.penalties[0].periods, periods.min(to_ceiling) as u64);
        prop_assert_eq!(report.penalties[0].forfeited, Money::euros((amount * periods).min(max)));
    }

    /// Any unit: never above the ceiling (Awb 5:32b(2)), never less as time passes, and the
    /// schedule's last cumulative amount is what was forfeited.
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
        let max = amount * periods_to_max + amount / 2;
        let case = penalty_case(amount, unit, due, max, started);
        let mut as_of: Vec<Date> = as_of_offsets.iter().map(|d| date(2019, 1, 1).checked_add(d.days()).unwrap()).collect();
        as_of.sort();
        let mut previous = Money::ZERO;
        for day in as_of {
            let report = calculate(&case, &Options { as_of: day, ..options() }).unwrap();
            let forfeited = report.penalties[0].forfeited;
            prop_assert!(forfeited <= Money::euros(max));
            prop_assert!(forfeited >= previous);
            let last = report.penalties[0].schedule.last().map_or(Money::ZERO, |p| p.cumulative);
            prop_assert_eq!(last, forfeited);
            previous = forfeited;
        }
    }
}

fn penalty_case(amount: i64, per: PenaltyUnit, due: Date, max: i64, started: bool) -> Case {
    let mut case = case(None, vec![]);
    // A deadline lies on or after the decision (the core refuses one before it).
    case.decided = case.decided.map(|decided| decided.min(due));
    case.penalties.push(PenaltyOrder {
        id: "p".into(),
        violation: None,
        order: None,
        amount: Money::euros(amount),
        per,
        deadline: Some(Deadline::Due(due)),
        max: Some(Money::euros(max)),
        count: if started { PeriodCount::Started } else { PeriodCount::Completed },
        complied: None,
        ends: None,
        breaches: None,
        suspended: Vec::new(),
        published_forfeited: None,
        liquidations: Vec::new(),
        span: None,
    });
    case
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

/// A Dutch case fining `cents` for Art. 15, made known on the decision day (2024-05-16), with
/// `payments` (days after the decision, cents).
fn collection_case(cents: i64, payments: &[(i64, i64)]) -> Case {
    let article = CitedArticle { article: "15".parse::<Article>().unwrap(), as_written: "15".into() };
    let mut case = case(None, vec![(vec![article], None, Some(money_cents(cents)))]);
    case.authority = "NL-AP".into();
    let decided = case.decided.unwrap();
    case.collection.notified = Some(decided);
    case.collection.payments = payments
        .iter()
        .map(|&(days, paid)| Payment { date: decided + days.days(), amount: money_cents(paid), span: None })
        .collect();
    case
}

fn amount(text: Option<Money>) -> Decimal {
    text.expect("Dutch rules give the amount").amount()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// BW 6:119: without payments, what is owed never falls as time goes on, and it is the fine
    /// plus the interest accrued.
    #[test]
    fn bw_6_119_what_is_owed_never_falls_without_payments(
        cents in 1i64..=100_000_000_000, earlier in 0i64..1500, later in 0i64..1500
    ) {
        let (earlier, later) = (earlier.min(later), earlier.max(later));
        let case = collection_case(cents, &[]);
        let decided = case.decided.unwrap();
        let owed = |days: i64| {
            let options = Options { as_of: decided + days.days(), ..options() };
            let report = calculate(&case, &options).unwrap();
            let c = report.collection.unwrap();
            prop_assert_eq!(amount(c.outstanding), amount(c.outstanding_principal) + amount(c.outstanding_interest));
            prop_assert_eq!(amount(c.outstanding_principal), Decimal::new(cents, 2));
            Ok(amount(c.outstanding))
        };
        prop_assert!(owed(earlier)? <= owed(later)?);
    }

    /// Awb 4:92(1): each payment is split between interest and the principal, nothing lost.
    #[test]
    fn awb_4_92_1_a_payment_is_split_between_interest_and_principal_without_loss(
        cents in 100i64..=100_000_000_000, day in 0i64..1500, share in 1i64..=100
    ) {
        let paid = (cents * share / 100).max(1);
        let case = collection_case(cents, &[(day, paid)]);
        let report = calculate(&case, &Options { as_of: date(2029, 1, 1), ..options() }).unwrap();
        let c = report.collection.unwrap();
        let payment = &c.payments[0];
        let split = amount(payment.to_interest) + amount(payment.to_principal);
        prop_assert!(split <= Decimal::new(paid, 2));
        prop_assert_eq!(amount(c.outstanding_principal) + amount(payment.to_principal), Decimal::new(cents, 2));
    }
}

/// A Spanish case with one violation: `proposed` (in cents) and the reductions given.
fn settlement_case(cents: i64, percents: &[(&str, i64)]) -> Case {
    let articles = vec![CitedArticle { article: "6(1)".parse::<Article>().unwrap(), as_written: "6(1)".into() }];
    let mut case = case(Some(Money::euros(100_000_000)), vec![(articles, None, None)]);
    case.authority = "ES-AEPD".into();
    case.violations[0].proposed = Some(money_cents(cents));
    case.violations[0].reductions = percents
        .iter()
        .map(|(rule, percent)| Reduction { rule: rule.to_string(), percent: Some(Decimal::from(*percent)), span: None })
        .collect();
    case
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// LPACAP art. 85(3): each reduction is a percentage of the proposed amount, so the fine is
    /// the proposed amount times (100 - their sum) / 100, whatever their order, exactly.
    #[test]
    fn lpacap_85_3_the_fine_is_the_proposed_amount_less_the_sum_of_the_percentages(
        cents in 1i64..=100_000_000_000, first in 20i64..=60, second in 20i64..=40
    ) {
        let one = settlement_case(cents, &[("acknowledgment", first), ("voluntary-payment", second)]);
        let other = settlement_case(cents, &[("voluntary-payment", second), ("acknowledgment", first)]);
        let expected = Decimal::new(cents, 2) * Decimal::from(100 - first - second) / Decimal::from(100);
        for case in [one, other] {
            let report = calculate(&case, &options()).unwrap();
            prop_assert_eq!(report.violations[0].fine.unwrap().amount(), expected);
            prop_assert!(report.violations[0].fine.unwrap().amount() <= Decimal::new(cents, 2));
            prop_assert_eq!(report.final_total, Some(report.total));
        }
    }
}
