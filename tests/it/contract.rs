//! The JSON contract of FORMAT.md, re-declared with `deny_unknown_fields`: a renamed, removed or
//! unexpected field fails here. Amounts are strings holding exact decimals.

// Every field is declared to pin the schema, read or not.
#![allow(dead_code)]

use serde::Deserialize;

use crate::{examples, run};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub format_version: u32,
    pub art83_version: String,
    pub case: Case,
    pub undertaking: Undertaking,
    pub violations: Vec<Violation>,
    pub groups: Vec<Group>,
    pub total: String,
    pub total_before_reductions: String,
    pub reductions: Vec<Reduction>,
    pub appeals: Vec<Appeal>,
    pub final_total: Option<String>,
    pub total_eur: Option<String>,
    pub total_steps: Vec<Step>,
    pub what_if: Option<WhatIf>,
    pub penalties: Vec<Penalty>,
    pub penalties_max: Option<String>,
    pub penalties_forfeited: String,
    pub as_of: String,
    #[serde(default)]
    pub collection: Option<Collection>,
    pub findings: Vec<Finding>,
}

/// After the decision (`[collection]`, `[[payment]]`): absent when the file says nothing of it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    pub country: Option<String>,
    pub principal: String,
    pub notified: Option<String>,
    pub payment_due: Option<String>,
    pub in_default_from: Option<String>,
    pub interest: Option<Interest>,
    pub paid: String,
    pub payments: Vec<PaymentCollection>,
    pub outstanding: Option<String>,
    pub outstanding_principal: Option<String>,
    pub outstanding_interest: Option<String>,
    pub claim_time_barred_on: Option<String>,
    pub suspended: Option<String>,
    pub penalties: Vec<PenaltyCollection>,
    pub penalties_outstanding: Option<String>,
    pub owed_total: Option<String>,
    pub published_paid: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentCollection {
    pub date: String,
    pub amount: String,
    pub to_interest: Option<String>,
    pub to_principal: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    pub amount: String,
    pub periods: Vec<InterestPeriod>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterestPeriod {
    pub from: String,
    pub until: String,
    pub rate: String,
    pub days: i64,
    pub base: String,
    pub amount: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyCollection {
    pub id: String,
    pub forfeited: String,
    pub interest: String,
    pub outstanding: String,
    pub time_barred: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatIf {
    pub method: String,
    pub total: Option<String>,
    pub violations: Vec<WhatIfViolation>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatIfViolation {
    pub id: String,
    pub fine: Option<String>,
    pub range: Option<[String; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub title: String,
    pub authority: String,
    pub decided: Option<String>,
    pub published: Option<String>,
    pub published_total: Option<String>,
    pub published_penalties_max: Option<String>,
    pub published_maximum: Option<String>,
    pub currency: String,
    pub per_eur: Option<String>,
    pub eur_per_unit: Option<String>,
    pub rate_date: Option<String>,
    pub published_total_eur: Option<String>,
    pub published_final_total: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Undertaking {
    pub name: String,
    pub public_body: bool,
    pub public_body_kind: Option<String>,
    pub turnover: Option<String>,
    pub turnover_year: Option<i32>,
    pub turnover_year_chosen: bool,
    pub turnover_source: String,
    /// Only with a turnover band: `[low, high]`, each null when open.
    pub turnover_band: Option<[Option<String>; 2]>,
    pub turnover_steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub rule: String,
    pub detail: String,
    pub amount: Option<String>,
    /// The message's id (null while a step is not yet a message).
    pub message_id: Option<String>,
    pub args: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    pub id: String,
    pub title: Option<String>,
    pub articles: Vec<String>,
    pub article_details: Vec<ArticleDetail>,
    pub tier: Option<String>,
    pub legal_maximum: Option<String>,
    pub legal_maximum_eur: Option<String>,
    /// Only with a turnover band: the maximum at its upper end (null when open above).
    #[serde(default, deserialize_with = "present")]
    pub legal_maximum_upper: Option<Option<String>>,
    pub maximum_basis: Option<String>,
    pub published_maximum: Option<String>,
    pub national: Option<serde_json::Value>,
    pub required_turnover: Option<String>,
    pub fine: Option<String>,
    pub method: String,
    pub proposed: Option<String>,
    pub reductions: Vec<Reduction>,
    pub group: Option<String>,
    pub from: Option<String>,
    pub until: Option<String>,
    pub ongoing: bool,
    pub duration_days: Option<i64>,
    pub edpb: Option<Edpb>,
    pub ap2019: Option<Ap2019>,
    pub comparison: Option<Comparison>,
    pub steps: Vec<Step>,
}

/// A judgment after the decision (FORMAT.md "after the decision"): `body`, `decided`,
/// `reference`, `outcome`, `fine`, and the total that stands after it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appeal {
    pub body: String,
    pub decided: String,
    pub reference: Option<String>,
    pub outcome: String,
    pub fine: Option<String>,
    pub violation: Option<String>,
    pub total_after: Option<String>,
}

/// A settlement reduction (FORMAT.md "after the decision"): `rule`, `percent`, `amount`, `source`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reduction {
    pub rule: String,
    pub percent: String,
    pub amount: String,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleDetail {
    pub article: String,
    pub as_written: String,
    pub tier: Option<String>,
    pub listed_in: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edpb {
    pub seriousness: String,
    pub seriousness_percent: [String; 2],
    pub starting_range: [String; 2],
    pub starting_amount: String,
    pub size_band_percent: Option<[String; 2]>,
    pub size_band_verified: Option<bool>,
    pub size_range: Option<[String; 2]>,
    pub size_percent: Option<String>,
    pub after_step_2: String,
    pub after_step_3: String,
    pub after_step_4: String,
    pub after_step_5: String,
    pub fine_range: [String; 2],
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ap2019 {
    pub category: String,
    pub category_source: String,
    pub bandwidth: [String; 2],
    pub basic_fine: String,
    pub after_adjustments: String,
    pub after_repeat_offence: String,
    pub after_proportionality: String,
    pub after_ability_to_pay: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub method: String,
    pub fine: Option<String>,
    pub range: Option<[String; 2]>,
    pub note: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Option<String>,
    pub kind: String,
    pub violations: Vec<String>,
    pub gravest: Option<String>,
    pub tied: Vec<String>,
    pub ceiling: Option<String>,
    pub ceiling_upper: Option<String>,
    pub ceiling_eur: Option<String>,
    pub ceiling_basis: Option<String>,
    pub required_turnover: Option<String>,
    pub fine: String,
    pub fine_source: String,
    pub published_maximum: Option<String>,
    pub partial_fines: Option<String>,
    pub within: Option<bool>,
    pub comparison: Option<GroupComparison>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupComparison {
    pub method: String,
    pub fine: Option<String>,
    pub note: Option<String>,
    pub capped: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Penalty {
    pub id: String,
    pub violation: Option<String>,
    pub order: Option<String>,
    pub amount: String,
    pub per: String,
    pub count: String,
    /// Null for an order per breach without a deadline.
    pub due: Option<String>,
    pub accrual_starts: Option<String>,
    pub accrual_ends: String,
    pub complied: Option<String>,
    pub ends: Option<String>,
    pub max: Option<String>,
    pub forfeited: String,
    pub periods: u64,
    pub periods_elapsed: u64,
    pub suspended_days: u64,
    pub suspensions: Vec<Suspension>,
    pub published_forfeited: Option<String>,
    pub liquidations: Vec<Liquidation>,
    pub annulled_on: Option<String>,
    pub annulled_by: Option<String>,
    pub max_reached_on: Option<String>,
    pub max_reached_if_unmet: Option<String>,
    pub schedule: Vec<Period>,
    pub steps: Vec<Step>,
}

/// A liquidation beside art83's figure for its window (FORMAT.md "after the decision").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Liquidation {
    pub from: String,
    pub until: String,
    pub amount: String,
    pub calculated: Option<String>,
    pub matches: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suspension {
    pub from: String,
    pub until: Option<String>,
    pub reason: Option<String>,
    pub days: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub period: u64,
    pub from: String,
    pub to: String,
    pub amount: String,
    pub cumulative: String,
    pub forfeited_on: String,
    pub time_barred_on: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub level: String,
    pub code: String,
    pub violation: Option<String>,
    pub group: Option<String>,
    pub penalty: Option<String>,
    pub message: String,
    pub message_id: Option<String>,
    pub args: serde_json::Map<String, serde_json::Value>,
}

/// `calc --format json` for one file, read back through the contract.
pub fn report(path: &str, extra: &[&str]) -> Report {
    let mut args = vec!["calc", path, "--format", "json"];
    args.extend_from_slice(extra);
    if !extra.contains(&"--as-of") {
        args.extend_from_slice(&["--as-of", "2026-01-01"]);
    }
    let (code, stdout, stderr) = run(&args, None);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{path}: {e}\n{stdout}"))
}

fn is_exact_amount(text: &str) -> bool {
    let (whole, cents) = text.split_once('.').unwrap_or((text, ""));
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && cents.len() >= 2
        && cents.chars().all(|c| c.is_ascii_digit())
}

#[test]
fn every_example_reads_back_through_the_contract_with_exact_amounts() {
    for path in examples() {
        let report = report(path.to_str().unwrap(), &["--method", "edpb"]);
        assert!(is_exact_amount(&report.total), "{}", report.total);
        for violation in &report.violations {
            for amount in violation.legal_maximum.iter().chain(&violation.fine) {
                assert!(is_exact_amount(amount), "{amount}");
            }
        }
        for penalty in &report.penalties {
            assert!(is_exact_amount(&penalty.forfeited));
            for period in &penalty.schedule {
                assert!(is_exact_amount(&period.cumulative));
            }
        }
    }
}

#[test]
fn every_violation_group_and_penalty_of_the_input_appears_in_the_output() {
    for path in examples() {
        let text = std::fs::read_to_string(&path).unwrap();
        let input: toml::Table = text.parse().unwrap();
        let ids = |key: &str| -> Vec<String> {
            input
                .get(key)
                .and_then(|v| v.as_array())
                .map(|tables| tables.iter().map(|t| t["id"].as_str().unwrap().to_string()).collect())
                .unwrap_or_default()
        };
        let report = report(path.to_str().unwrap(), &[]);
        assert_eq!(ids("violation"), report.violations.iter().map(|v| v.id.clone()).collect::<Vec<_>>());
        let groups: Vec<String> = report.groups.iter().map(|g| g.id.clone()).collect();
        for id in ids("group") {
            assert!(groups.contains(&id), "{id} in {}", path.display());
        }
        assert_eq!(ids("penalty"), report.penalties.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    }
}

#[test]
fn several_files_give_a_json_array_and_jsonl_one_line_each() {
    let files: Vec<String> = examples().iter().map(|p| p.to_str().unwrap().to_string()).collect();
    let mut args: Vec<&str> = vec!["calc", "--format", "json", "--as-of", "2026-01-01"];
    args.extend(files.iter().map(String::as_str));
    let (code, stdout, _) = run(&args, None);
    assert_eq!(code, 0);
    let reports: Vec<Report> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(reports.len(), files.len());

    args[2] = "jsonl";
    let (code, stdout, _) = run(&args, None);
    assert_eq!(code, 0);
    let lines: Vec<Report> = stdout.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), files.len());
}

#[test]
fn every_finding_code_in_the_output_is_one_a_caller_can_match() {
    let known: Vec<&str> = art83::calc::report::FindingCode::ALL.iter().map(|code| code.as_str()).collect();
    for path in examples() {
        for finding in report(path.to_str().unwrap(), &["--method", "edpb"]).findings {
            assert!(known.contains(&finding.code.as_str()), "{}: {}", path.display(), finding.code);
        }
    }
}

/// A key that, when present, may hold null: `Some(None)` for null, `None` when absent.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    serde::Deserialize::deserialize(deserializer).map(Some)
}
