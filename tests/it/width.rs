//! Table output fits the line width (`COLUMNS`), and no amount or date is split across lines.

use crate::{art83, examples};

fn calc_at(width: usize, file: &std::path::Path, extra: &[&str]) -> String {
    let output = art83()
        .env("COLUMNS", width.to_string())
        .args(["calc", "--as-of", "2026-01-01", "--schedule", "full"])
        .arg(file)
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// Every amount and date of the report, as the table prints them, from the JSON output.
fn values_of(file: &std::path::Path) -> Vec<String> {
    let output = art83().args(["calc", "-f", "json", "--as-of", "2026-01-01"]).arg(file).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut values = Vec::new();
    for v in json["violations"].as_array().unwrap() {
        values.push(v["legal_maximum"].as_str().unwrap_or("").to_string());
    }
    for p in json["penalties"].as_array().unwrap() {
        values.push(p["due"].as_str().unwrap().to_string());
        for period in p["schedule"].as_array().unwrap() {
            values.push(period["from"].as_str().unwrap().to_string());
            values.push(period["cumulative"].as_str().unwrap().to_string());
        }
    }
    values.retain(|v| !v.is_empty());
    values
}

/// `20000000.00` as the English table writes it: `20,000,000.00`.
fn grouped(plain: &str) -> String {
    let Some((whole, cents)) = plain.split_once('.') else { return plain.to_string() };
    if whole.contains('-') {
        return plain.to_string(); // a date
    }
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (index, digit) in digits.iter().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*digit);
    }
    format!("{out}.{cents}")
}

#[test]
fn every_line_fits_the_width_and_no_amount_or_date_is_split() {
    for file in examples() {
        let values = values_of(&file);
        for width in [60, 80, 100, 120, 160] {
            let text = calc_at(width, &file, &[]);
            for line in text.lines() {
                assert!(line.chars().count() <= width, "{}: {width} columns: {line:?}", file.display());
            }
            for value in &values {
                let shown = grouped(value);
                assert!(text.contains(&shown), "{}: {width} columns: {shown} not whole", file.display());
            }
        }
    }
}

#[test]
fn without_a_terminal_or_columns_the_width_is_120() {
    let file = crate::manifest_dir().join("examples/clearview-ap-2024.toml");
    let output = art83().args(["calc", "--as-of", "2026-01-01"]).arg(&file).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 120 && widest > 100, "widest line {widest}");
}

#[test]
fn a_narrow_terminal_gets_label_value_blocks() {
    let file = crate::manifest_dir().join("examples/clearview-ap-2024.toml");
    let text = calc_at(60, &file, &[]);
    assert!(text.contains("\nlegal maximum: 20,000,000.00\n"), "{text}");
    assert!(text.contains("\nviolation:     unlawful-processing\n"), "{text}");
}

#[test]
fn articles_and_sweep_respect_the_width() {
    for args in [
        vec!["articles"],
        vec!["articles", "32", "--turnover", "600M", "--lang", "nl"],
        vec!["sweep", "examples/clearview-ap-2024.toml", "--turnover", "0..2000000000", "--steps", "3"],
    ] {
        for width in [60, 80, 200] {
            let output = art83().env("COLUMNS", width.to_string()).args(&args).output().unwrap();
            let text = String::from_utf8(output.stdout).unwrap();
            assert!(!text.is_empty());
            for line in text.lines() {
                assert!(line.chars().count() <= width, "{args:?} at {width}: {line:?}");
            }
        }
    }
}
