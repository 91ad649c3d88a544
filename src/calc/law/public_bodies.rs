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
    rule(
        "AT",
        NotAllowed,
        "law-public-body-at-provision",
        "law-public-body-at-scope",
        // The DSB applies § 30(5) in D770.1336 (GZ 2022-0.432.117, 15 Jun 2022, GDPRhub machine
        // translation): it rejects a request to fine the umbrella organisation of the social
        // insurance institutions, a public-law corporation, because "according to § 30(5) DSG, no
        // fines can be imposed on corporations under public law". That confirms the public-law
        // corporations; the statute's words on authorities and public bodies were not read (nor
        // quoted in the decisions searched), so the row as a whole stays unverified.
        Reading::Unverified,
    ),
    rule("BE", NotAllowed, "law-public-body-be-provision", "law-public-body-be-scope", Reading::Verified),
    rule(
        "DE",
        NotAllowed,
        "law-public-body-de-provision",
        "law-public-body-de-scope",
        // § 43(3) is read; the Länder claim is not, so the row as a whole is not verified.
        Reading::Unverified,
    ),
    rule(
        "DK",
        FixedMaxima,
        "law-public-body-dk-provision",
        "law-public-body-dk-scope",
        // Stk. 6 was not read: the stored copy of § 41 (gdpr.dk) reaches stk. 2 only, and no
        // Danish decision or judgment among those searched quotes it. Secondary sources put a fine
        // level for authorities in the bill's remarks, not in the statute, and disagree on it
        // (Bech-Bruun, 23 Aug 2018: up to 2 % of the operating grant; Horten and Computerworld on
        // the Oct 2017 draft: 4 %, at most DKK 16M); courts fine municipalities mostly DKK
        // 50,000-100,000 (itchefer.dk, 23 May 2025). So: the fixed maxima, no cap, unverified.
        Reading::Unverified,
    ),
    rule("ES", NotAllowed, "law-public-body-es-provision", "law-public-body-es-scope", Reading::Verified),
    rule("FI", NotAllowed, "law-public-body-fi-provision", "law-public-body-fi-scope", Reading::Verified),
    rule("FR", FixedMaxima, "law-public-body-fr-provision", "law-public-body-fr-scope", Reading::Verified),
    rule(
        "GR",
        capped(10_000_000, "EUR"),
        "law-public-body-gr-provision",
        "law-public-body-gr-scope",
        // The HDPA fines public bodies "in accordance with articles 83 GDPR and 39 of Law
        // 4624/2019" and weighs "article 39 par. 1 and 2 [...] concerning the imposition of
        // administrative sanctions on public sector bodies" (decisions 18/2024, 39/2024, 43/2024,
        // GDPRhub machine translations), but none quotes the amount; the statute's text was not
        // found in the sources searched (Greek and English). The EUR 10M cap stays unverified.
        Reading::Unverified,
    ),
    rule(
        "HR",
        NotAllowed,
        "law-public-body-hr-provision",
        "law-public-body-hr-scope",
        // Art. 3(2) is read in the Agency's English text (azop.hr). Art. 47 is quoted word for word
        // by dporeport.eu ("Može li AZOP kazniti Zagrebački holding?"): "u postupcima koji se
        // provode protiv tijela javne vlasti, tijelu javne vlasti ne može se izreći upravna
        // novčana kazna za povrede ovog Zakona ili Opće uredbe o zaštiti podataka" (in proceedings
        // against public authorities, no administrative fine may be imposed on a public authority
        // for infringements of this Act or of the GDPR); efdpo.eu says the same. Neither the
        // statute nor an AZOP decision quoting it was found, so the row stays unverified.
        Reading::Unverified,
    ),
    rule("IE", capped(1_000_000, "EUR"), "law-public-body-ie-provision", "law-public-body-ie-scope", Reading::Verified),
    rule("IT", FixedMaxima, "law-public-body-it-provision", "law-public-body-it-scope", Reading::Verified),
    rule("LU", FixedMaxima, "law-public-body-lu-provision", "law-public-body-lu-scope", Reading::Verified),
    rule("NL", FixedMaxima, "law-public-body-nl-provision", "law-public-body-nl-scope", Reading::Verified),
    rule(
        "NO",
        FixedMaxima,
        "law-public-body-no-provision",
        "law-public-body-no-scope",
        // Datatilsynet 18/02140 (Bergen municipality, NOK 1,600,000, 18 Mar 2019; GDPRhub machine
        // translation): "Pursuant to the Personal Data Act § 26 second paragraph, the Data
        // Inspectorate may impose public authorities and bodies infringement fines under the rules
        // of the Privacy Regulation Article 83"; likewise 18/02579 (Oslo municipality's Education
        // Agency, NOK 1,200,000) and 20/01516 (Asker municipality, NOK 1,000,000). No cap of its
        // own: the maxima of Art. 83.
        Reading::Verified,
    ),
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
    fn art83_7_norway_personopplysningsloven_26_2_fines_public_bodies_under_art_83() {
        // Datatilsynet 18/02140 (Bergen): § 26(2) lets it fine public authorities and bodies "under
        // the rules of [...] Article 83": the fixed maxima, no cap of its own; read at its source.
        let norway = rule_for("NO").unwrap();
        assert_eq!((norway.fines, norway.verified), (PublicBodyFines::FixedMaxima, true));
        // Still read only in secondary sources or in part: AT (the DSB confirms public-law
        // corporations only), DK § 41(6), GR art. 39's cap, HR art. 47.
        for country in ["AT", "DK", "GR", "HR"] {
            assert!(!rule_for(country).unwrap().verified, "{country}");
        }
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
