//! Settlement reductions: national rules that lower a proposed fine when the offender settles
//! (acknowledges responsibility, pays early, pays a set share). One row per rule, each citing
//! its provision; a reduction a country's rows do not hold is refused when the case is read.
//!
//! - **ES**, Ley 39/2015 (LPACAP) art. 85: (1) acknowledgment of responsibility, (2) voluntary
//!   payment before the resolution; (3) where the sanction is only pecuniary, "se aplicarán
//!   reducciones de, al menos, el 20 % sobre el importe de la sanción propuesta, siendo éstos
//!   acumulables entre sí", stated in the notice opening the procedure and conditional on
//!   waiving any administrative appeal; the percentage "podrá ser incrementado
//!   reglamentariamente". Each reduction is thus a percentage of the PROPOSED amount, at least
//!   20 %, and the two add up (2,000 proposed, both: 1,200). Verified in the statute's text as
//!   quoted by derechoadministrativoyurbanismo.es, and in AEPD practice (EXP202303478: EUR
//!   200,000 proposed, both reductions, EUR 120,000 paid; GDPRhub).
//! - **IT**, Codice privacy (D.Lgs. 196/2003) art. 166(8): the offender may settle the dispute
//!   by paying half of the fine imposed within 30 days. Verified in decisions quoting it: the
//!   Garante's orders close with "the offender, pursuant to art. 166, paragraph 8, of the Code,
//!   has the right to settle the dispute by paying, within 30 days, an amount equal to half of
//!   the fine imposed" (Coop Italia, 22 Feb 2024, doc. web 10007060; Postel and Hera Comm 2024,
//!   the register's files), in the Garante's texts as translated in mnov88/eurlextract.

use rust_decimal::Decimal;

use super::Reading;

/// How large a reduction the rule grants, as a percentage of the proposed amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReductionPercent {
    /// At least this percentage; the authority may grant more (LPACAP art. 85(3)).
    AtLeast(Decimal),
    /// Exactly this percentage.
    Exactly(Decimal),
}

impl ReductionPercent {
    /// The percentage a case file may leave out: the rule's own (its minimum, or its fixed one).
    pub const fn default_percent(self) -> Decimal {
        match self {
            ReductionPercent::AtLeast(p) | ReductionPercent::Exactly(p) => p,
        }
    }

    /// Whether the rule grants `percent`.
    pub fn allows(self, percent: Decimal) -> bool {
        match self {
            ReductionPercent::AtLeast(minimum) => percent >= minimum,
            ReductionPercent::Exactly(fixed) => percent == fixed,
        }
    }
}

/// One settlement reduction of one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettlementRule {
    /// ISO 3166 code, as the authority's name starts (`ES-AEPD`).
    pub country: &'static str,
    /// The name case files use (`acknowledgment`).
    pub rule: &'static str,
    /// What the offender does for it: the id of its message (`locales/*/settlement.ftl`).
    pub what: &'static str,
    /// The national provision, cited as the steps show it.
    pub provision: &'static str,
    /// How large the reduction is.
    pub percent: ReductionPercent,
    /// Read in the statute or in a decision quoting it (otherwise from secondary sources).
    pub verified: bool,
}

const fn row(
    country: &'static str,
    rule: &'static str,
    what: &'static str,
    provision: &'static str,
    percent: ReductionPercent,
    reading: Reading,
) -> SettlementRule {
    SettlementRule { country, rule, what, provision, percent, verified: reading.verified() }
}

/// Settlement reductions by country. Sources: the module's documentation and docs/law.md,
/// "After the decision".
pub const SETTLEMENT_RULES: &[SettlementRule] = &[
    row(
        "ES",
        "acknowledgment",
        "settlement-es-acknowledgment",
        "LPACAP (Ley 39/2015) art. 85(1), (3)",
        ReductionPercent::AtLeast(Decimal::from_parts(20, 0, 0, false, 0)),
        Reading::Verified,
    ),
    row(
        "ES",
        "voluntary-payment",
        "settlement-es-voluntary-payment",
        "LPACAP (Ley 39/2015) art. 85(2), (3)",
        ReductionPercent::AtLeast(Decimal::from_parts(20, 0, 0, false, 0)),
        Reading::Verified,
    ),
    row(
        "IT",
        "reduced-payment",
        "settlement-it-reduced-payment",
        "Codice privacy (D.Lgs. 196/2003) art. 166(8)",
        ReductionPercent::Exactly(Decimal::from_parts(50, 0, 0, false, 0)),
        Reading::Verified,
    ),
];

/// The rule `name` of `country`'s table, if it has one.
pub fn rule(country: Option<&str>, name: &str) -> Option<&'static SettlementRule> {
    let country = country?;
    SETTLEMENT_RULES.iter().find(|r| r.country == country && r.rule == name.trim())
}

/// The names of `country`'s rules, in table order (for "did you mean").
pub fn names(country: Option<&str>) -> Vec<&'static str> {
    SETTLEMENT_RULES.iter().filter(|r| Some(r.country) == country).map(|r| r.rule).collect()
}

/// The countries with a row, in table order, each once.
pub fn countries() -> Vec<&'static str> {
    let mut countries: Vec<&'static str> = Vec::new();
    for rule in SETTLEMENT_RULES {
        if !countries.contains(&rule.country) {
            countries.push(rule.country);
        }
    }
    countries
}

/// What is wrong with a list of settlement reductions (`calc::law::settlements`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReductionProblem {
    /// A rule the authority's country does not have in art83's table.
    #[error("{}", unknown_rule_text(rule, country.as_deref(), known))]
    UnknownRule {
        /// The reduction's position in its list.
        position: usize,
        /// The rule named.
        rule: String,
        /// The authority's country, if its name has one.
        country: Option<String>,
        /// The country's rules.
        known: Vec<&'static str>,
    },
    /// A percentage of nothing or of more than the whole.
    #[error("a reduction of {} %: a reduction is a percentage above 0 and at most 100", percent.normalize())]
    PercentOutOfRange {
        /// The reduction's position in its list.
        position: usize,
        /// The percentage given.
        percent: rust_decimal::Decimal,
    },
    /// Reductions that together take off more than the whole amount.
    #[error("the reductions add up to {} %, more than the whole amount", total.normalize())]
    AboveWhole {
        /// Their sum.
        total: rust_decimal::Decimal,
    },
}

fn unknown_rule_text(rule: &str, country: Option<&str>, known: &[&str]) -> String {
    let countries = countries().join(", ");
    match country {
        Some(country) if !known.is_empty() => format!(
            "no settlement reduction `{rule}` for {country} in art83's table; its reductions are {}",
            known.join(", ")
        ),
        Some(country) => {
            format!("art83 holds no settlement reductions for {country}; it holds them for {countries}")
        }
        None => format!(
            "settlement reductions follow the authority's country, and the authority names none; art83 holds them for {countries}"
        ),
    }
}

/// Each reduction's rule and percentage, or what is wrong with them: a rule the country does
/// not hold, a percentage outside (0, 100], or percentages that add up to more than 100.
pub fn resolve(
    country: Option<&str>,
    reductions: &[crate::calc::model::Reduction],
) -> Result<Vec<(&'static SettlementRule, Decimal)>, ReductionProblem> {
    let mut resolved = Vec::with_capacity(reductions.len());
    let mut sum = Decimal::ZERO;
    for (position, reduction) in reductions.iter().enumerate() {
        let Some(rule) = rule(country, &reduction.rule) else {
            return Err(ReductionProblem::UnknownRule {
                position,
                rule: reduction.rule.clone(),
                country: country.map(str::to_string),
                known: names(country),
            });
        };
        let percent = reduction.percent.unwrap_or(rule.percent.default_percent());
        if percent <= Decimal::ZERO || percent > Decimal::ONE_HUNDRED {
            return Err(ReductionProblem::PercentOutOfRange { position, percent });
        }
        sum = crate::calc::money::exact_add(sum, percent)
            .map_err(|_| ReductionProblem::PercentOutOfRange { position, percent })?;
        resolved.push((rule, percent));
    }
    if sum > Decimal::ONE_HUNDRED {
        return Err(ReductionProblem::AboveWhole { total: sum });
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lpacap_85_3_each_reduction_is_at_least_20_percent() {
        for name in ["acknowledgment", "voluntary-payment"] {
            let rule = rule(Some("ES"), name).unwrap();
            assert_eq!(rule.percent.default_percent(), Decimal::from(20));
            assert!(rule.percent.allows(Decimal::from(20)));
            assert!(rule.percent.allows(Decimal::from(25)), "art. 85(3): regulations may raise it");
            assert!(!rule.percent.allows(Decimal::new(199, 1)));
            assert!(rule.verified);
        }
    }

    #[test]
    fn codice_166_8_half_the_fine_and_nothing_else() {
        let rule = rule(Some("IT"), "reduced-payment").unwrap();
        assert_eq!(rule.percent.default_percent(), Decimal::from(50));
        assert!(!rule.percent.allows(Decimal::from(40)));
        assert!(rule.verified, "quoted in the Garante's orders (doc. web 10007060)");
    }

    #[test]
    fn a_rule_belongs_to_its_country_only() {
        assert_eq!(rule(Some("NL"), "acknowledgment"), None);
        assert_eq!(rule(None, "acknowledgment"), None);
        assert_eq!(names(Some("ES")), ["acknowledgment", "voluntary-payment"]);
        assert!(names(Some("NL")).is_empty());
        assert_eq!(countries(), ["ES", "IT"]);
    }
}
