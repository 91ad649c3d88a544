//! Amounts on the command line with units (`600M`, `1.25bn`, `"600 mln"`), read exactly.

use crate::contract::Report;
use crate::run;

const CASE: &str = "[case]\ntitle = \"t\"\ndecided = 2024-05-16\n[undertaking]\nname = \"U\"\n\
                    [[violation]]\nid = \"v\"\narticles = [\"6(1)\"]\nfine = 1_000_000\n";

fn maximum_at(turnover: &str) -> String {
    let (code, stdout, stderr) =
        run(&["calc", "-", "--turnover", turnover, "--format", "json", "--as-of", "2026-01-01"], Some(CASE));
    assert_eq!(code, 0, "{stderr}");
    let report: Report = serde_json::from_str(&stdout).unwrap();
    report.violations[0].legal_maximum.clone().unwrap()
}

#[test]
fn turnover_with_a_unit_gives_the_same_maximum_as_its_digits() {
    // Art. 83(5): 4 % of EUR 1,250,000,000 = EUR 50,000,000, above the fixed EUR 20M.
    assert_eq!(maximum_at("1.25bn"), "50000000.00");
    assert_eq!(maximum_at("1250 mln"), "50000000.00");
    // 4 % of EUR 2,000,000,000.01 keeps its cent fraction: nothing is rounded.
    assert_eq!(maximum_at("2000000000.01"), "80000000.0004");
    assert_eq!(maximum_at("2 miljard"), "80000000.00");
    // At EUR 600M, 4 % is EUR 24M.
    assert_eq!(maximum_at("600M"), "24000000.00");
}

#[test]
fn an_unknown_unit_is_a_usage_error() {
    let (code, _, stderr) = run(&["calc", "-", "--turnover", "600 X"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown unit \"x\""), "{stderr}");
}

#[test]
fn an_amount_written_with_a_dutch_thousands_separator_gets_a_warning_and_is_read_as_written() {
    let text = CASE.replace("fine = 1_000_000", "fine = \"475.000\"");
    let (code, stdout, stderr) = run(&["calc", "-", "--format", "json", "--as-of", "2026-01-01"], Some(&text));
    assert_eq!(code, 0, "{stderr}");
    let report: Report = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report.violations[0].fine.as_deref(), Some("475.00"));
    let finding = report.findings.iter().find(|f| f.code == "thousands-separator").expect("a warning");
    assert_eq!(finding.level, "warning");
    assert!(finding.message.starts_with("line 9: fine 475.000 is read as 475.00 "), "{}", finding.message);
}
