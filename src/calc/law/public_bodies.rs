//! Art. 83(7) GDPR: "each Member State may lay down the rules on whether and to what extent
//! administrative fines may be imposed on public authorities and bodies established in that
//! Member State". So the legal maximum for a public body depends on the authority's country.
//!
//! One row per country, each citing its provision. A country without a row gets the fixed
//! maxima of Art. 83(4)-(6) and a finding that its national law was not checked. The rows'
//! prose (the provision as cited, who the rule covers) is in the catalogues,
//! `locales/<lang>/law.ftl`, under the ids the rows name.

use super::Reading;
use crate::calc::model::PublicBodyKind;
use crate::calc::money::Money;

/// What national law allows for fines on a public authority or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicBodyFines {
    /// Fines up to the fixed maxima of Art. 83(4)-(6); no turnover-based maximum.
    FixedMaxima,
    /// Fines up to a national ceiling, whatever the tier, in the currency named.
    Capped {
        /// The ceiling.
        amount: Money,
        /// Its ISO 4217 currency.
        currency: &'static str,
    },
    /// Fines up to one national ceiling for Art. 83(4) infringements and another for the rest.
    CappedByTier {
        /// The ceiling for an infringement of Art. 83(4).
        art83_4: Money,
        /// The ceiling for the others.
        other: Money,
        /// The ceilings' ISO 4217 currency.
        currency: &'static str,
    },
    /// No administrative fines at all.
    NotAllowed,
}

/// One country's rule under Art. 83(7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicBodyRule {
    /// ISO 3166 code, as the authority's name starts (`NL-AP`).
    pub country: &'static str,
    /// What national law allows.
    pub fines: PublicBodyFines,
    /// The national provision, cited as the steps show it: the id of its text in
    /// `locales/*/law.ftl` (the prose is written in each language there).
    pub provision: &'static str,
    /// Which bodies the rule covers, and its exceptions: the id of its text in `law.ftl`.
    pub scope: &'static str,
    /// Read in the statute or in a decision quoting it (otherwise from secondary sources).
    pub verified: bool,
}

const fn rule(
    country: &'static str,
    fines: PublicBodyFines,
    provision: &'static str,
    scope: &'static str,
    reading: Reading,
) -> PublicBodyRule {
    PublicBodyRule { country, fines, provision, scope, verified: reading.verified() }
}

const fn capped(amount: i64, currency: &'static str) -> PublicBodyFines {
    PublicBodyFines::Capped { amount: Money::euros(amount), currency }
}

use PublicBodyFines::{FixedMaxima, NotAllowed};

/// Art. 83(7) by country. Sources: docs/law.md, "Public bodies". Where national law treats
/// kinds of public bodies differently, the row holds the rule for the bodies authorities fine
/// in practice, and `scope` states the exception (shown in the step).
pub const PUBLIC_BODY_RULES: &[PublicBodyRule] = &[
    rule("AT", NotAllowed, "law-public-body-at-provision", "law-public-body-at-scope", Reading::Unverified),
    rule("BE", NotAllowed, "law-public-body-be-provision", "law-public-body-be-scope", Reading::Verified),
    rule(
        "DE",
        NotAllowed,
        "law-public-body-de-provision",
        "law-public-body-de-scope",
        // § 43(3) is read; the Länder claim is not, so the row as a whole is not verified.
        Reading::Unverified,
    ),
    rule("DK", FixedMaxima, "law-public-body-dk-provision", "law-public-body-dk-scope", Reading::Unverified),
    rule("ES", NotAllowed, "law-public-body-es-provision", "law-public-body-es-scope", Reading::Verified),
    rule("FI", NotAllowed, "law-public-body-fi-provision", "law-public-body-fi-scope", Reading::Verified),
    rule("FR", FixedMaxima, "law-public-body-fr-provision", "law-public-body-fr-scope", Reading::Verified),
    rule(
        "GR",
        capped(10_000_000, "EUR"),
        "law-public-body-gr-provision",
        "law-public-body-gr-scope",
        Reading::Unverified,
    ),
    rule(
        "HR",
        NotAllowed,
        "law-public-body-hr-provision",
        "law-public-body-hr-scope",
        // Art. 3(2) is read in the Agency's English text (azop.hr); art. 47 only in secondary sources.
        Reading::Unverified,
    ),
    rule("IE", capped(1_000_000, "EUR"), "law-public-body-ie-provision", "law-public-body-ie-scope", Reading::Verified),
    rule("IT", FixedMaxima, "law-public-body-it-provision", "law-public-body-it-scope", Reading::Verified),
    rule("LU", FixedMaxima, "law-public-body-lu-provision", "law-public-body-lu-scope", Reading::Verified),
    rule("NL", FixedMaxima, "law-public-body-nl-provision", "law-public-body-nl-scope", Reading::Verified),
    rule("NO", FixedMaxima, "law-public-body-no-provision", "law-public-body-no-scope", Reading::Unverified),
    rule("PL", capped(100_000, "PLN"), "law-public-body-pl-provision", "law-public-body-pl-scope", Reading::Verified),
    rule("PT", FixedMaxima, "law-public-body-pt-provision", "law-public-body-pt-scope", Reading::Verified),
    rule(
        "SE",
        PublicBodyFines::CappedByTier {
            art83_4: Money::euros(5_000_000),
            other: Money::euros(10_000_000),
            currency: "SEK",
        },
        "law-public-body-se-provision",
        "law-public-body-se-scope",
        Reading::Verified,
    ),
];

/// Art. 83(7) for a kind of public body, where national law treats it otherwise than its
/// country's general row (`public_body = "state"`, ...). A kind without a row here follows the
/// general row; `undertaking` is fined as an undertaking everywhere (the rows here cite the
/// national law that says so).
pub const PUBLIC_BODY_KIND_RULES: &[(PublicBodyKind, PublicBodyRule)] = &[
    (
        PublicBodyKind::State,
        rule("FR", NotAllowed, "law-public-body-fr-provision", "law-public-body-fr-state-scope", Reading::Verified),
    ),
    (
        PublicBodyKind::State,
        rule("LU", NotAllowed, "law-public-body-lu-provision", "law-public-body-lu-state-scope", Reading::Verified),
    ),
    (
        PublicBodyKind::Local,
        rule("LU", NotAllowed, "law-public-body-lu-provision", "law-public-body-lu-local-scope", Reading::Verified),
    ),
    (
        PublicBodyKind::CulturalInstitution,
        rule(
            "PL",
            capped(10_000, "PLN"),
            "law-public-body-pl-cultural-institution-provision",
            "law-public-body-pl-cultural-institution-scope",
            Reading::Verified,
        ),
    ),
    (
        PublicBodyKind::Undertaking,
        rule(
            "IE",
            FixedMaxima,
            "law-public-body-ie-provision",
            "law-public-body-ie-undertaking-scope",
            Reading::Verified,
        ),
    ),
    (
        PublicBodyKind::Undertaking,
        rule(
            "BE",
            FixedMaxima,
            "law-public-body-be-undertaking-provision",
            "law-public-body-be-undertaking-scope",
            Reading::Verified,
        ),
    ),
    (
        PublicBodyKind::Undertaking,
        rule(
            "DE",
            FixedMaxima,
            "law-public-body-de-undertaking-provision",
            "law-public-body-de-undertaking-scope",
            Reading::Unverified,
        ),
    ),
];

/// The rule for `kind` of public body in `country`: its own row, else the country's general one.
pub fn rule_for_kind(country: &str, kind: Option<PublicBodyKind>) -> Option<&'static PublicBodyRule> {
    kind.and_then(|kind| kind_rule(country, kind)).or_else(|| rule_for(country))
}

/// The row of `kind` in `country`, if national law (as art83 holds it) treats that kind apart.
pub fn kind_rule(country: &str, kind: PublicBodyKind) -> Option<&'static PublicBodyRule> {
    PUBLIC_BODY_KIND_RULES
        .iter()
        .find(|(k, rule)| *k == kind && rule.country.eq_ignore_ascii_case(country))
        .map(|(_, rule)| rule)
}

/// The rule for `country`, if the table has one.
pub fn rule_for(country: &str) -> Option<&'static PublicBodyRule> {
    PUBLIC_BODY_RULES.iter().find(|rule| rule.country.eq_ignore_ascii_case(country))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's prose in English (the catalogue holds it).
    fn english(id: &'static str) -> String {
        crate::l10n::catalogue::text(crate::l10n::Lang::En, &crate::l10n::Message::new(id))
    }

    #[test]
    fn art83_7_kinds_the_french_and_luxembourg_state_and_polish_cultural_institutions() {
        let fines = |country, kind| rule_for_kind(country, Some(kind)).unwrap().fines;
        assert_eq!(fines("FR", PublicBodyKind::State), PublicBodyFines::NotAllowed);
        assert_eq!(fines("FR", PublicBodyKind::Local), PublicBodyFines::FixedMaxima);
        assert_eq!(fines("LU", PublicBodyKind::State), PublicBodyFines::NotAllowed);
        assert_eq!(fines("LU", PublicBodyKind::Local), PublicBodyFines::NotAllowed);
        assert_eq!(fines("LU", PublicBodyKind::Other), PublicBodyFines::FixedMaxima);
        assert_eq!(
            fines("PL", PublicBodyKind::CulturalInstitution),
            PublicBodyFines::Capped { amount: Money::euros(10_000), currency: "PLN" }
        );
        // A kind the country does not distinguish follows its general rule: IE EUR 1,000,000.
        assert_eq!(fines("IE", PublicBodyKind::State), rule_for("IE").unwrap().fines);
        assert!(english(rule_for_kind("IE", Some(PublicBodyKind::Undertaking)).unwrap().provision).contains("141(4)"));
    }

    #[test]
    fn art83_7_ireland_caps_public_bodies_at_one_million_s141() {
        let ireland = rule_for("IE").unwrap();
        assert_eq!(ireland.fines, PublicBodyFines::Capped { amount: Money::euros(1_000_000), currency: "EUR" });
        assert!(english(ireland.provision).contains("141"));
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
    fn art83_7_poland_caps_public_finance_units_at_pln_100000_art_102() {
        assert_eq!(
            rule_for("PL").unwrap().fines,
            PublicBodyFines::Capped { amount: Money::euros(100_000), currency: "PLN" }
        );
    }

    #[test]
    fn art83_7_spain_belgium_austria_allow_no_fines_france_and_luxembourg_only_spare_the_state() {
        for country in ["ES", "BE", "AT"] {
            assert_eq!(rule_for(country).unwrap().fines, PublicBodyFines::NotAllowed, "{country}");
        }
        for country in ["FR", "LU", "IT"] {
            assert_eq!(rule_for(country).unwrap().fines, PublicBodyFines::FixedMaxima, "{country}");
        }
        assert!(english(rule_for("LU").unwrap().scope).contains("municipalities"));
    }

    #[test]
    fn art83_7_croatia_implementation_act_art_47_forbids_fines_on_public_authorities() {
        let croatia = rule_for("HR").unwrap();
        assert_eq!(croatia.fines, PublicBodyFines::NotAllowed);
        assert!(english(croatia.provision).contains("art. 47"));
        // Art. 44 covers the other bodies with public powers, which can be fined.
        assert!(english(croatia.scope).contains("art. 3(2)") && english(croatia.scope).contains("art. 44"));
    }

    #[test]
    fn art83_7_portugal_lei_58_2019_art_44_1_fines_public_and_private_entities_alike() {
        let portugal = rule_for("PT").unwrap();
        assert_eq!(portugal.fines, PublicBodyFines::FixedMaxima);
        assert!(english(portugal.provision).contains("44(1)") && portugal.verified);
    }

    #[test]
    fn art83_7_greece_law_4624_2019_art_39_caps_public_sector_bodies_at_ten_million() {
        let greece = rule_for("GR").unwrap();
        assert_eq!(greece.fines, PublicBodyFines::Capped { amount: Money::euros(10_000_000), currency: "EUR" });
        assert!(!greece.verified, "the cap is not read in the statute");
    }

    #[test]
    fn art83_7_norway_personopplysningsloven_26_2_fines_public_bodies() {
        assert_eq!(rule_for("NO").unwrap().fines, PublicBodyFines::FixedMaxima);
    }

    #[test]
    fn art83_7_denmark_databeskyttelsesloven_41_6_fines_by_the_courts() {
        let denmark = rule_for("DK").unwrap();
        assert_eq!(denmark.fines, PublicBodyFines::FixedMaxima);
        assert!(english(denmark.scope).contains("courts"));
    }

    #[test]
    fn art83_7_germany_bdsg_43_3_is_not_verified_for_the_laender() {
        let germany = rule_for("DE").unwrap();
        assert!(!germany.verified && english(germany.scope).contains("not checked"));
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
