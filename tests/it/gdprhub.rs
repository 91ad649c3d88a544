//! About 1,160 real fines from GDPRhub (../shared/data/gdprhub-fines.tsv), each written out as a
//! case file with turnover unknown and run through one `art83 check --format jsonl` process.

use std::fmt::Write;
use std::path::PathBuf;

use art83::calc::article::Article;
use rust_decimal::Decimal;

use crate::contract::Report;
use crate::{manifest_dir, run};

fn data_file() -> PathBuf {
    manifest_dir().join("../shared/data/gdprhub-fines.tsv")
}

struct Row {
    line: usize,
    articles: Vec<String>,
    fine: String,
    currency: String,
}

/// The corpus lives in shared/ beside the repository, not in it. Without it these tests say so
/// and pass, unless ART83_REQUIRE_SHARED is set (CI sets it, so there they always run).
fn rows() -> Option<Vec<Row>> {
    let text = match std::fs::read_to_string(data_file()) {
        Ok(text) => text,
        Err(e) if std::env::var_os("ART83_REQUIRE_SHARED").is_none() => {
            eprintln!(
                "skipped: {}: {e} (the GDPRhub corpus lives in shared/ beside the repository)",
                data_file().display()
            );
            return None;
        }
        Err(e) => panic!("{}: {e}; the test data lives in shared/ beside the repository", data_file().display()),
    };
    let rows = text
        .lines()
        .enumerate()
        .skip(1)
        .map(|(index, line)| {
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(columns.len(), 6, "line {}: {line}", index + 1);
            Row {
                line: index + 1,
                articles: columns[3].split(',').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect(),
                fine: columns[4].trim().replace(',', ""),
                currency: columns[5].trim().to_string(),
            }
        })
        .collect();
    Some(rows)
}

fn case_file(row: &Row, currency: Option<(&str, Option<&str>)>) -> String {
    let mut text = format!("[case]\ntitle = \"GDPRhub line {}\"\n", row.line);
    if let Some((code, rate)) = currency {
        let _ = writeln!(text, "currency = \"{code}\"");
        if let Some(rate) = rate {
            let _ = writeln!(text, "per_eur = \"{rate}\"");
        }
    }
    text.push_str("[undertaking]\nname = \"unknown\"\nturnover = \"unknown\"\n[[violation]]\nid = \"v\"\n");
    let articles: Vec<String> = row.articles.iter().map(|a| format!("{a:?}")).collect();
    let _ = writeln!(text, "articles = [{}]\nfine = \"{}\"", articles.join(", "), row.fine);
    text
}

#[test]
fn every_article_string_in_the_corpus_parses() {
    let Some(rows) = rows() else { return };
    assert!(rows.len() > 1_000, "{} rows", rows.len());
    for row in &rows {
        for article in &row.articles {
            article.parse::<Article>().unwrap_or_else(|e| panic!("line {}: {article:?}: {e}", row.line));
        }
    }
}

#[test]
fn check_warns_exactly_for_the_fines_that_need_a_turnover_above_the_fixed_maximum() {
    let Some(rows) = rows() else { return };
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| matches!(r.currency.as_str(), "EUR" | "€") && !r.articles.is_empty())
        .filter(|r| r.fine.parse::<Decimal>().is_ok())
        .collect();
    assert!(rows.len() > 800, "{} EUR rows", rows.len());
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<String> = rows
        .iter()
        .map(|row| {
            let path = dir.path().join(format!("line-{}.toml", row.line));
            std::fs::write(&path, case_file(row, None)).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect();
    let mut args = vec!["check", "--allow-unpublished", "--format", "jsonl", "--as-of", "2026-01-01"];
    args.extend(paths.iter().map(String::as_str));
    let (code, stdout, stderr) = run(&args, None);
    let reports: Vec<Report> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), rows.len());

    let mut flagged = 0;
    for (row, report) in rows.iter().zip(&reports) {
        let fine: Decimal = row.fine.parse().unwrap();
        // The oracle typed from Art. 83(4)-(6) (law.rs), not the code's own tier table.
        let gravest_fixed =
            row.articles.iter().filter_map(|a| crate::law::tier_of(a)).map(|tier| Decimal::from(tier.fixed)).max();
        let expected = gravest_fixed.is_some_and(|max| fine > max);
        let found = report.findings.iter().any(|f| f.code == "maximum-needs-turnover");
        assert!(report.findings.iter().all(|f| f.code != "fine-exceeds-maximum"), "line {}", row.line);
        assert_eq!(found, expected, "line {}: fine {fine}, articles {:?}", row.line, row.articles);
        flagged += usize::from(found);
    }
    assert!(flagged > 0);
    assert_eq!(code, 0);
    // No error, only the summary line.
    let summary = format!("check: {} case files, 0 published figures compared, 0 with a discrepancy", rows.len());
    assert!(stderr.starts_with(&summary) && stderr.lines().count() == 1, "{stderr}");
}

/// Every fine of an authority outside the euro (NOK, PLN, HUF, SEK, RON, DKK, ISK, HRK, BGN,
/// CZK) reads and reports in its own currency, with a stated rate; the EUR equivalent is the
/// fine divided by the rate, rounded half-up to the cent (computed here, not by art83). The
/// pound is refused: UK fines fall under the UK GDPR.
#[test]
fn non_euro_fines_are_reported_in_their_currency_with_a_eur_equivalent() {
    let Some(rows) = rows() else { return };
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| r.currency.len() == 3 && r.currency.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|r| !matches!(r.currency.as_str(), "EUR" | "GBP"))
        .filter(|r| r.fine.parse::<Decimal>().is_ok() && !r.articles.is_empty())
        .collect();
    assert!(rows.len() > 150, "{} non-euro rows", rows.len());
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<String> = rows
        .iter()
        .map(|row| {
            let path = dir.path().join(format!("line-{}.toml", row.line));
            std::fs::write(&path, case_file(row, Some((row.currency.as_str(), Some("10"))))).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect();
    let mut args = vec!["check", "--allow-unpublished", "--format", "jsonl", "--as-of", "2026-01-01"];
    args.extend(paths.iter().map(String::as_str));
    let (code, stdout, stderr) = run(&args, None);
    assert!(code <= 1, "{stderr}");
    let reports: Vec<Report> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), rows.len(), "{stderr}");
    for (row, report) in rows.iter().zip(&reports) {
        let fine: Decimal = row.fine.parse().unwrap();
        assert_eq!(report.case.currency, row.currency, "line {}", row.line);
        assert_eq!(report.total.parse::<Decimal>().unwrap(), fine, "line {}", row.line);
        let eur = (fine / Decimal::TEN).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(report.total_eur.as_deref().map(|t| t.parse::<Decimal>().unwrap()), Some(eur), "line {}", row.line);
    }

    let pound = Row { line: 0, articles: vec!["32".into()], fine: "1000".into(), currency: "GBP".into() };
    let (code, _, stderr) = run(&["check", "-"], Some(&case_file(&pound, Some(("GBP", Some("1.2"))))));
    assert_eq!(code, 2);
    assert!(stderr.contains("UK GDPR"), "{stderr}");
}
