//! How a country outside the euro converts the EUR amounts of Art. 83 into its currency. The
//! GDPR states its maxima in euros; each Member State (and EEA state) names the rate, or leaves
//! it to its authority's practice. One row per country, each with its source (docs/law.md,
//! "National currencies").

use super::Reading;
use jiff::civil::{Date, Weekday, date};

/// Which day's rate a country's rule asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDay {
    /// The central bank's table of 28 January of the decision's year, or the next table after
    /// it when none is published that day (PL, art. 103 u.o.d.o.).
    January28OrNextTable,
    /// No statutory day: the authority's practice, described in `rule`.
    Practice,
}

/// One country's conversion rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyRule {
    /// ISO 3166 code of the country.
    pub country: &'static str,
    /// ISO 4217 code of its currency.
    pub currency: &'static str,
    /// Which day's rate the rule takes.
    pub day: RateDay,
    /// The rule in one line, as the findings show it: the id of its text in
    /// `locales/*/law.ftl` (the prose is written in each language there).
    pub rule: &'static str,
    /// The national provision or practice the rule comes from: the id of its text in `law.ftl`.
    pub source: &'static str,
    /// Whether the rule was read in its source (LAW.md), not only in secondary literature.
    pub verified: bool,
}

const fn row(
    country: &'static str,
    currency: &'static str,
    day: RateDay,
    rule: &'static str,
    source: &'static str,
    reading: Reading,
) -> CurrencyRule {
    CurrencyRule { country, currency, day, rule, source, verified: reading.verified() }
}

use RateDay::{January28OrNextTable, Practice};

/// The conversion rules art83 knows. Verified where a decision quotes the statute or shows the
/// rate it used; BG and HR joined the euro (1 Jan 2026 and 1 Jan 2023) and keep their rows for
/// older decisions.
pub const CURRENCY_RULES: &[CurrencyRule] = &[
    row("PL", "PLN", January28OrNextTable, "law-currency-pl-rule", "law-currency-pl-source", Reading::Verified),
    row("SE", "SEK", Practice, "law-currency-se-rule", "law-currency-se-source", Reading::Verified),
    row("NO", "NOK", Practice, "law-currency-no-rule", "law-currency-no-source", Reading::Verified),
    row("RO", "RON", Practice, "law-currency-ro-rule", "law-currency-ro-source", Reading::Unverified),
    row("HU", "HUF", Practice, "law-currency-hu-rule", "law-currency-hu-source", Reading::Unverified),
    row(
        "DK",
        "DKK",
        Practice,
        "law-currency-dk-rule",
        // Databeskyttelsesloven § 41 is the penalty section: it names no rate.
        "law-currency-source-none",
        Reading::Unverified,
    ),
    row("CZ", "CZK", Practice, "law-currency-cz-rule", "law-currency-source-none", Reading::Unverified),
    row("IS", "ISK", Practice, "law-currency-is-rule", "law-currency-source-none", Reading::Unverified),
    row("BG", "BGN", Practice, "law-currency-bg-rule", "law-currency-bg-source", Reading::Unverified),
    row("HR", "HRK", Practice, "law-currency-hr-rule", "law-currency-hr-source", Reading::Unverified),
    row(
        "LI",
        "CHF",
        Practice,
        "law-currency-li-rule",
        "law-currency-li-source",
        // Searched: the DSG's consolidated text at gesetze.li (only its opening articles are in the
        // stored pages), the Landtag's readings of the bill (Nr. 36/2018), the EEA Joint Committee
        // Decision 154/2018 pages and the Datenschutzstelle's reports: no rule for converting the
        // EUR maxima into francs, and no decision of the Datenschutzstelle stating a rate.
        Reading::Unverified,
    ),
];

/// The rule of `country`, if art83 holds one.
pub fn rule_for(country: &str) -> Option<&'static CurrencyRule> {
    CURRENCY_RULES.iter().find(|rule| rule.country.eq_ignore_ascii_case(country))
}

impl CurrencyRule {
    /// The day whose rate the rule asks for in `year`, where the rule names one: for PL,
    /// 28 January, or the Monday after it when it falls on a weekend (NBP publishes tables on
    /// working days: UODO used 30 Jan 2023 and 29 Jan 2024).
    pub fn expected_rate_date(&self, year: i16) -> Option<Date> {
        match self.day {
            January28OrNextTable => {
                let day = date(year, 1, 28);
                Some(match day.weekday() {
                    Weekday::Saturday => date(year, 1, 30),
                    Weekday::Sunday => date(year, 1, 29),
                    _ => day,
                })
            }
            Practice => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's prose in English (the catalogue holds it).
    fn english(id: &'static str) -> String {
        crate::l10n::catalogue::text(crate::l10n::Lang::En, &crate::l10n::Message::new(id))
    }

    #[test]
    fn poland_art_103_rate_of_28_january_or_the_next_table() {
        let poland = rule_for("PL").unwrap();
        assert_eq!(poland.currency, "PLN");
        // The dates UODO used (docs/law.md): 28 Jan 2020 and 2022, 30 Jan 2023, 29 Jan 2024.
        assert_eq!(poland.expected_rate_date(2020), Some(date(2020, 1, 28)));
        assert_eq!(poland.expected_rate_date(2022), Some(date(2022, 1, 28)));
        assert_eq!(poland.expected_rate_date(2023), Some(date(2023, 1, 30)));
        assert_eq!(poland.expected_rate_date(2024), Some(date(2024, 1, 29)));
    }

    #[test]
    fn countries_without_a_statutory_day_name_their_practice() {
        for country in ["SE", "NO", "RO", "HU", "DK", "CZ", "IS", "BG", "HR", "LI"] {
            let rule = rule_for(country).unwrap();
            assert_eq!(rule.expected_rate_date(2024), None, "{country}");
        }
        assert!(rule_for("DE").is_none());
    }

    #[test]
    fn croatia_regulation_2022_1208_rate_is_for_the_changeover_not_for_earlier_hrk_decisions() {
        let croatia = rule_for("HR").unwrap();
        assert!(english(croatia.rule).contains("changeover only"), "{}", english(croatia.rule));
        assert_eq!(croatia.expected_rate_date(2021), None);
    }

    #[test]
    fn liechtenstein_datenschutzgesetz_2018_fines_in_chf() {
        assert_eq!(rule_for("LI").unwrap().currency, "CHF");
    }

    #[test]
    fn denmark_cites_no_penalty_section_as_a_rate_rule() {
        assert!(!english(rule_for("DK").unwrap().source).contains("§ 41"));
    }

    #[test]
    fn every_currency_is_an_iso_4217_code() {
        for rule in CURRENCY_RULES {
            assert!(iso_currency::Currency::from_code(rule.currency).is_some(), "{}", rule.currency);
        }
    }
}
