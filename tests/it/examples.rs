//! Every published decision in examples/ reproduces its figures (../shared/cases/README.md).

use crate::contract::report;
use crate::{examples, run};

/// A decision's own figures, typed here from the decision (not read from the case file).
struct Published {
    file: &'static str,
    /// The total of the fines imposed, in euros with cents, as the JSON output writes amounts.
    total: &'static str,
    /// The sum of the penalty payment maxima, where the decision states one.
    penalties_max: Option<&'static str>,
}

/// Each line cites where its figures come from (../shared/cases/README.md; ../shared/LAW.md §5).
const PUBLISHED: &[Published] = &[
    // AP, Booking.com, 10 Dec 2020, operative part: Art. 33(1), category III, basic fine
    // EUR 525,000 lowered for mitigating circumstances to EUR 475,000.
    Published { file: "booking-ap-2020.toml", total: "475000.00", penalties_max: None },
    // AP, Clearview AI, 16 May 2024, operative part: Fine I EUR 20,000,000 (violations 1-3,
    // Art. 83(3)) + Fine II EUR 10,500,000 (violations 4-5); four orders subject to a penalty
    // payment of at most 1.5M + 1.5M + 1.5M + 0.6M = EUR 5,100,000.
    Published { file: "clearview-ap-2024.toml", total: "30500000.00", penalties_max: Some("5100000.00") },
    // CNIL, Clearview AI, SAN-2022-019 of 17 Oct 2022, operative part: EUR 20,000,000; astreinte
    // EUR 100,000 per day, without a maximum.
    Published { file: "cnil-clearview-2022.toml", total: "20000000.00", penalties_max: None },
    // AP, Locatefamily.com, 10 Dec 2020, operative part: EUR 525,000 (Art. 27(1), category III basic
    // fine); EUR 20,000 per two weeks, at most EUR 120,000.
    Published { file: "locatefamily-ap-2020.toml", total: "525000.00", penalties_max: Some("120000.00") },
    // AP, Uber, 22 July 2024, operative part: EUR 290,000,000 (Art. 44).
    Published { file: "uber-ap-2024.toml", total: "290000000.00", penalties_max: None },
];

#[test]
fn every_example_passes_check_and_reproduces_the_decisions_own_figures() {
    for path in examples() {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let path = path.to_str().unwrap();
        let (code, _, stderr) = run(&["check", path, "--quiet", "--as-of", "2026-01-01"], None);
        assert_eq!(code, 0, "{path}: {stderr}");
        let report = report(path, &[]);
        assert!(report.findings.iter().all(|f| f.level != "error"), "{path}: {:?}", report.findings);
        let Some(published) = PUBLISHED.iter().find(|p| p.file == name) else {
            panic!("{name}: add the decision's figures, typed from the decision, to PUBLISHED in tests/it/examples.rs")
        };
        assert_eq!(report.total, published.total, "{name}: the total the decision imposed");
        // The case file's own record of the figures must be the decision's too.
        assert_eq!(report.case.published_total.as_deref(), Some(published.total), "{name}: published_total");
        if let Some(max) = published.penalties_max {
            assert_eq!(report.penalties_max.as_deref(), Some(max), "{name}: the sum of the penalty maxima");
        }
    }
}

#[test]
fn clearview_ap_2024_fines_groups_and_penalty_maxima() {
    let report = report("examples/clearview-ap-2024.toml", &[]);
    assert_eq!(report.total, "30500000.00");
    assert_eq!(report.undertaking.turnover, None);
    let fines: Vec<(&str, &str, &str)> =
        report.groups.iter().map(|g| (g.id.as_str(), g.fine.as_str(), g.ceiling.as_deref().unwrap())).collect();
    assert_eq!(fines, [("scraping", "20000000.00", "20000000.00"), ("access", "10500000.00", "20000000.00")]);
    for violation in &report.violations {
        let expected = if violation.id == "no-eu-representative" { "10000000.00" } else { "20000000.00" };
        assert_eq!(violation.legal_maximum.as_deref(), Some(expected), "{}", violation.id);
        // Turnover not provided: each maximum is at least the fixed amount (Art. 83(5)).
        assert_eq!(violation.maximum_basis.as_deref(), Some("at-least"));
        assert!(violation.steps.iter().any(|s| s.detail.contains("para 210")), "{}", violation.id);
    }
    assert_eq!(report.penalties_max.as_deref(), Some("5100000.00"));
    let maxima: Vec<&str> = report.penalties.iter().map(|p| p.max.as_deref().unwrap()).collect();
    assert_eq!(maxima, ["1500000.00", "1500000.00", "1500000.00", "600000.00"]);
    // Grace periods run from publication (2024-09-03).
    let due: Vec<&str> = report.penalties.iter().map(|p| p.due.as_deref().unwrap_or("-")).collect();
    assert_eq!(due, ["2024-12-03", "2024-12-03", "2024-10-03", "2024-12-03"]);
}

#[test]
fn clearview_edpb_high_band_is_4m_to_20m_with_no_size_step() {
    let report = report("examples/clearview-ap-2024.toml", &["--method", "edpb", "--seriousness", "high"]);
    let fined = report.violations.iter().filter(|v| v.group.is_some());
    for violation in fined {
        let comparison = violation.comparison.as_ref().expect("a comparison for each declared fine");
        assert_eq!(comparison.range, Some(["4000000.00".into(), "20000000.00".into()]), "{}", violation.id);
        assert!(comparison.steps.iter().any(|s| s.detail.contains("no size adjustment")));
    }
}

#[test]
fn clearview_edpb_defaults_for_the_linked_group_are_capped_at_its_ceiling() {
    let report = report("examples/clearview-ap-2024.toml", &["--method", "edpb", "--seriousness", "high"]);
    let scraping = report.groups.iter().find(|g| g.id == "scraping").unwrap();
    let comparison = scraping.comparison.as_ref().unwrap();
    // Three violations at the middle of the high band (EUR 12M each) exceed the EUR 20M ceiling.
    assert_eq!((comparison.fine.as_str(), comparison.capped), ("20000000.00", true));
}

/// Issue 16: `--as-of` before `complied` counts 19 Dec 2022 up to, not including, 1 Jan 2023:
/// 13 days = EUR 1.3M, not the 52 days to compliance.
#[test]
fn cnil_as_of_before_compliance_accrues_to_the_as_of_date() {
    let report = report("examples/cnil-clearview-2022.toml", &["--as-of", "2023-01-01"]);
    let astreinte = &report.penalties[0];
    assert_eq!((astreinte.accrual_ends.as_str(), astreinte.periods), ("2023-01-01", 13));
    assert_eq!(astreinte.forfeited, "1300000.00");
    // The liquidated EUR 5.2M is the amount at compliance: at 1 January `check` reports a difference.
    let (code, stdout, _) = run(&["check", "examples/cnil-clearview-2022.toml", "--as-of", "2023-01-01"], None);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("forfeited-differs"), "{stdout}");
}

#[test]
fn cnil_clearview_astreinte_liquidated_at_5_2_million() {
    let report = report("examples/cnil-clearview-2022.toml", &[]);
    assert_eq!(report.total, "20000000.00");
    let astreinte = &report.penalties[0];
    assert_eq!(
        (astreinte.accrual_starts.as_deref(), astreinte.accrual_ends.as_str()),
        (Some("2022-12-19"), "2023-02-09")
    );
    assert_eq!(astreinte.periods, 52);
    // SAN-2022-019 liquidation (CNIL, 2023): EUR 5.2M; the file states it, `check` compares.
    assert_eq!(astreinte.forfeited, "5200000.00");
    assert_eq!(astreinte.published_forfeited.as_deref(), Some("5200000.00"));
    // A French astreinte: the Awb's one-year limitation is not claimed for it.
    assert!(astreinte.schedule.iter().all(|period| period.time_barred_on.is_none()));
    assert!(report.findings.iter().any(|f| f.code == "no-limitation-dates"));
}

#[test]
fn dutch_orders_carry_their_awb_limitation_dates() {
    let report = report("examples/clearview-ap-2024.toml", &["--as-of", "2026-01-01"]);
    let first = &report.penalties[0].schedule[0];
    // Awb 5:35(1): still collectable on the anniversary, barred from the day after.
    assert_eq!((first.forfeited_on.as_str(), first.time_barred_on.as_deref()), ("2024-12-04", Some("2025-12-05")));
    assert!(report.findings.iter().all(|f| f.code != "no-limitation-dates"));
}

#[test]
fn booking_ap_2020_category_iii_525000_to_475000() {
    let report = report("examples/booking-ap-2020.toml", &[]);
    let ap = report.violations[0].ap2019.as_ref().unwrap();
    assert_eq!((ap.category.as_str(), ap.basic_fine.as_str()), ("III", "525000.00"));
    assert_eq!(ap.bandwidth, ["300000.00".to_string(), "750000.00".to_string()]);
    assert_eq!(report.violations[0].fine.as_deref(), Some("475000.00"));
}

#[test]
fn locatefamily_ap_2020_basic_fine_and_two_weekly_order() {
    let report = report("examples/locatefamily-ap-2020.toml", &[]);
    assert_eq!(report.total, "525000.00");
    let order = &report.penalties[0];
    assert_eq!(
        (order.per.as_str(), order.amount.as_str(), order.max.as_deref()),
        ("2 weeks", "20000.00", Some("120000.00"))
    );
    // Twelve weeks from the decision of 2020-12-10.
    assert_eq!(order.due.as_deref(), Some("2021-03-04"));
    assert_eq!(order.schedule.len(), 6);
}

#[test]
fn uber_ap_2024_converted_turnover_and_4_percent_maximum() {
    let report = report("examples/uber-ap-2024.toml", &[]);
    assert_eq!(report.undertaking.turnover.as_deref(), Some("34235142300.00"));
    assert_eq!(report.undertaking.turnover_year, Some(2023));
    assert_eq!(report.violations[0].legal_maximum.as_deref(), Some("1369405692.00"));
    assert_eq!(report.violations[0].maximum_basis.as_deref(), Some("turnover"));
}
