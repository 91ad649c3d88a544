//! Art. 83(7) GDPR: "each Member State may lay down the rules on whether and to what extent
//! administrative fines may be imposed on public authorities and bodies established in that
//! Member State". So the legal maximum for a public body depends on the authority's country.
//!
//! One row per country, each citing its provision. A country without a row gets the fixed
//! maxima of Art. 83(4)-(6) and a finding that its national law was not checked.

use crate::calc::money::Money;

/// What national law allows for fines on a public authority or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicBodyFines {
    /// Fines up to the fixed maxima of Art. 83(4)-(6); no turnover-based maximum.
    FixedMaxima,
    /// Fines up to a national ceiling, whatever the tier, in the currency named.
    Capped { amount: Money, currency: &'static str },
    /// No administrative fines at all.
    NotAllowed,
}

/// One country's rule under Art. 83(7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicBodyRule {
    /// ISO 3166 code, as the authority's name starts (`NL-AP`).
    pub country: &'static str,
    pub fines: PublicBodyFines,
    /// The national provision, cited as the steps show it.
    pub provision: &'static str,
    /// Which bodies the rule covers, and its exceptions.
    pub scope: &'static str,
    /// Read in the statute or in a decision quoting it (otherwise from secondary sources).
    pub verified: bool,
}

const fn rule(
    country: &'static str,
    fines: PublicBodyFines,
    provision: &'static str,
    scope: &'static str,
    verified: bool,
) -> PublicBodyRule {
    PublicBodyRule { country, fines, provision, scope, verified }
}

const fn capped(amount: i64, currency: &'static str) -> PublicBodyFines {
    PublicBodyFines::Capped { amount: Money::euros(amount), currency }
}

use PublicBodyFines::{FixedMaxima, NotAllowed};

/// Art. 83(7) by country. Sources: docs/law.md, "Public bodies".
pub const PUBLIC_BODY_RULES: &[PublicBodyRule] = &[
    rule(
        "NL",
        FixedMaxima,
        "UAVG (no exception under Art. 83(7)); AP Belastingdienst 2022",
        "public authorities are fined like others, up to the fixed maxima",
        true,
    ),
    rule(
        "IE",
        capped(1_000_000, "EUR"),
        "Data Protection Act 2018 s. 141(4)",
        "a public authority or body that does not act as an undertaking",
        true,
    ),
    rule(
        "DE",
        NotAllowed,
        "BDSG § 43(3)",
        "federal authorities and other public bodies (§ 2(1) BDSG); the Länder laws likewise for theirs, \
         some except bodies competing on a market",
        true,
    ),
];

/// The rule for `country`, if the table has one.
pub fn rule_for(country: &str) -> Option<&'static PublicBodyRule> {
    PUBLIC_BODY_RULES.iter().find(|rule| rule.country.eq_ignore_ascii_case(country))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art83_7_ireland_caps_public_bodies_at_one_million_s141() {
        let ireland = rule_for("IE").unwrap();
        assert_eq!(ireland.fines, PublicBodyFines::Capped { amount: Money::euros(1_000_000), currency: "EUR" });
        assert!(ireland.provision.contains("141"));
    }

    #[test]
    fn art83_7_germany_allows_no_fines_on_public_bodies_bdsg_43_3() {
        assert_eq!(rule_for("de").unwrap().fines, PublicBodyFines::NotAllowed);
    }

    #[test]
    fn art83_7_netherlands_applies_the_fixed_maxima() {
        assert_eq!(rule_for("NL").unwrap().fines, PublicBodyFines::FixedMaxima);
    }

    #[test]
    fn one_row_per_country() {
        let mut countries: Vec<&str> = PUBLIC_BODY_RULES.iter().map(|r| r.country).collect();
        countries.sort_unstable();
        countries.dedup();
        assert_eq!(countries.len(), PUBLIC_BODY_RULES.len());
        assert!(rule_for("XX").is_none());
    }
}
