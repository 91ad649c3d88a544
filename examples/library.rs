//! art83 as a library: load a case file, calculate, print a few of the report's numbers.
//!
//! `cargo run --example library [CASE.toml]` (the Clearview decision of the Autoriteit
//! Persoonsgegevens when no file is given). It uses only the core (`calc` and `input`), so it
//! also builds with `--no-default-features`, without the command line's dependencies.

use std::process::ExitCode;

use art83::calc::{self, Options};
use art83::input;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "examples/clearview-ap-2024.toml".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::from(2);
        }
    };
    // Errors carry the byte range they concern: turn it into a line and column.
    let case = match input::parse_case(&text) {
        Ok(case) => case,
        Err(error) => {
            let start = error.span.as_ref().map_or(0, |span| span.start);
            let line = text[..start].matches('\n').count() + 1;
            let column = text[..start].rsplit('\n').next().map_or(0, |before| before.chars().count()) + 1;
            eprintln!("{path}:{line}:{column}: {error}");
            return ExitCode::from(2);
        }
    };
    let options = Options::new(jiff::Zoned::now().date());
    let report = match calc::calculate(&case, &options) {
        Ok(report) => report,
        Err(error) => {
            // The core says what a rule refuses; `wording` names the key to change.
            eprintln!("{path}: {}", input::wording::message(&error));
            return ExitCode::from(2);
        }
    };

    println!("{}", report.case.title);
    for violation in &report.violations {
        // With the turnover unknown, the maximum is known only as a floor: say "at least".
        let floor = violation.maximum_basis.is_some_and(|basis| basis.is_floor());
        let maximum = violation.legal_maximum.map_or("unknown".into(), |amount| amount.to_string());
        println!("  violation {}: legal maximum {}{maximum}", violation.id, if floor { "at least " } else { "" });
    }
    for group in &report.groups {
        println!("  group {}: fine {} for {} violations", group.id, group.fine, group.violations.len());
    }
    println!("total: {}", report.total);
    if let Some(max) = report.penalties_max {
        println!("penalty payments: at most {max}, forfeited by {}: {}", report.as_of, report.penalties_forfeited);
    }
    for finding in &report.findings {
        println!("{:?}: {}", finding.level, finding.text_in(art83::l10n::Lang::En));
    }
    ExitCode::SUCCESS
}
