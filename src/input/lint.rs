//! Warnings about what a case file says literally, before any meaning is given to it: things
//! that read correctly by the format's rules yet are most likely not what the writer meant.

use crate::calc::report::FindingCode;
use rust_decimal::Decimal;

use crate::calc::Case;
use crate::calc::model::Turnover;
use crate::calc::money::Money;
use crate::calc::report::{Finding, Level};
use crate::l10n::Message;

/// Keys whose values are amounts of money (FORMAT.md), and the year keys of a turnover table.
const AMOUNT_KEYS: &[&str] = &[
    "fine",
    "turnover",
    "published_total",
    "published_penalties_max",
    "published_maximum",
    "amount",
    "max",
    "starting_amount",
];

/// A case file without a `turnover` key (its span is absent: `turnover = "unknown"` has one):
/// the turnover is unknown, and the report says so rather than leave it silent. It matters only
/// where a violation has a maximum to set (Art. 83(4)-(6)), not for a public body (Art. 83(7))
/// nor under a what-if turnover (`what_if`: `--turnover`).
pub fn turnover_not_given(case: &Case, what_if: bool) -> Option<Finding> {
    let undertaking = &case.undertaking;
    let silent = undertaking.turnover == Turnover::Unknown && undertaking.turnover_span.is_none();
    (silent && !undertaking.public_body && !case.violations.is_empty() && !what_if)
        .then(|| Finding::says(Level::Info, FindingCode::TurnoverNotGiven, Message::new("lint-turnover-not-given")))
}

/// `fine = "475.000"` or `fine = 475.000`: a dot followed by exactly three digits after at most
/// three is how Dutch (and German, Italian) write a thousands separator, yet in a case file the
/// dot is the decimal mark, so the file says EUR 475.00. Each such amount gets a warning with
/// its line, and with both readings.
pub fn thousands_separators(text: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default();
        // No dot, no thousands separator: most lines are settled without reading their keys.
        if !line.contains('.') {
            continue;
        }
        for (at, _) in line.match_indices('=') {
            let key = line[..at].trim_end().rsplit(['{', ',', ' ', '\t', '.']).next().unwrap_or_default();
            let key = key.trim_matches('"');
            let is_year = key.len() == 4 && key.chars().all(|c| c.is_ascii_digit());
            if !(AMOUNT_KEYS.contains(&key) || is_year) {
                continue;
            }
            let value = line[at + 1..].trim_start();
            let value = value.split([',', '}']).next().unwrap_or_default().trim().trim_matches('"');
            let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
            // A signed adjustment (`amount = "-80.000"`) is an amount too.
            let Some((whole, fraction)) = value.trim_start_matches(['+', '-']).split_once('.') else { continue };
            if (1..=3).contains(&whole.len()) && fraction.len() == 3 && digits(whole) && digits(fraction) {
                let sign = if value.starts_with('-') { "-" } else { "" };
                let read = match value.parse::<Decimal>().ok() {
                    Some(d) => Money::new(d.abs()).map_or(value.to_string(), |m| {
                        if d.is_sign_negative() { format!("-{}", m.plain()) } else { m.plain() }
                    }),
                    None => value.to_string(),
                };
                // The file's own text, as TOML writes numbers in every language.
                let message = Message::new("lint-thousands-separator")
                    .arg("line", index + 1)
                    .arg("key", key)
                    .arg("value", value)
                    .arg("read", read)
                    .arg("meant", format!("{sign}{whole}{fraction}"))
                    .arg("written", format!("{sign}{whole}_{fraction}"));
                findings.push(Finding::says(Level::Warning, FindingCode::ThousandsSeparator, message));
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        thousands_separators(text).into_iter().map(|f| f.text_in(crate::l10n::Lang::En)).collect()
    }

    /// Whether a case file whose `[undertaking]` holds `undertaking` is told its turnover was not given.
    fn told(undertaking: &str, what_if: bool) -> bool {
        let text = format!(
            "[case]\ntitle = \"t\"\ndecided = 2024-05-16\n[undertaking]\nname = \"U\"\n{undertaking}\n\
             [[violation]]\nid = \"v\"\narticles = [\"6(1)\"]\n"
        );
        let case = crate::input::parse_case(&text).unwrap();
        turnover_not_given(&case, what_if).is_some_and(|f| f.level == Level::Info)
    }

    #[test]
    fn art83_4_to_6_a_turnover_left_out_is_said_to_be_unknown() {
        assert!(told("", false));
        // Said to be unknown, given, a public body's, or replaced by a what-if: nothing to say.
        assert!(!told("turnover = \"unknown\"", false));
        assert!(!told("turnover = 600_000_000", false));
        assert!(!told("public_body = true", false));
        assert!(!told("", true));
    }

    #[test]
    fn a_dot_before_three_digits_in_an_amount_gets_a_warning() {
        let text = "[[violation]]\nfine = \"475.000\"\n[undertaking]\nturnover = { 2023 = 1.250, 2024 = \"2_000\" }\n";
        assert_eq!(
            lines(text),
            [
                "line 2: fine 475.000 is read as 475.00 (the dot is the decimal mark); if 475000 is meant, write 475_000",
                "line 4: 2023 1.250 is read as 1.25 (the dot is the decimal mark); if 1250 is meant, write 1_250",
            ]
        );
    }

    #[test]
    fn cents_rates_and_dates_are_left_alone() {
        let signed = "adjustments = [{ factor = \"83(2)(c)\", amount = \"-80.000\", reason = \"r\" }]\n";
        assert_eq!(
            lines(signed),
            [
                "line 1: amount -80.000 is read as -80.00 (the dot is the decimal mark); if -80000 is meant, write -80_000"
            ]
        );
        let text = "fine = \"475.00\"\neur_per_unit = \"1.085\"\ndecided = 2024-05-16\nfine = 1234.567\n# fine = \"475.000\"\n";
        assert!(lines(text).is_empty(), "{:?}", lines(text));
    }
}
