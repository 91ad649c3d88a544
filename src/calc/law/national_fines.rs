//! Fines under national law that a data protection authority imposes in the same decision as
//! its GDPR fines (`national = { provision = "..." }`), chiefly the e-Privacy rules on cookies
//! (Directive 2002/58/EC art. 5(3)) as each country transposed them. Such a fine has no
//! Art. 83 tier; its maximum is national law's. One row per provision art83 holds, citing it.

use super::Reading;
use crate::calc::article::Tier;

/// What national law sets as the maximum of a fine under the provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NationalMaximum {
    /// The same amounts as an Art. 83 tier: its fixed amount or, for an undertaking, its
    /// percentage of turnover, whichever is higher.
    AsTier(Tier),
}

/// One national provision whose fines art83 can bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NationalFineRule {
    /// ISO 3166 code, as the authority's name starts (`FR-CNIL`).
    pub country: &'static str,
    /// The provision infringed, as the steps cite it.
    pub provision: &'static str,
    /// How the case file may name it, compared without case, spaces or punctuation.
    pub names: &'static [&'static str],
    /// Its maximum.
    pub maximum: NationalMaximum,
    /// The provision that sets the maximum.
    pub source: &'static str,
    /// Read in the statute or in a decision quoting it (otherwise from secondary sources).
    pub verified: bool,
}

/// National fines by country and provision.
pub const NATIONAL_FINE_RULES: &[NationalFineRule] = &[NationalFineRule {
    country: "FR",
    provision: "Loi 78-17 art. 82",
    names: &["Loi 78-17 art. 82", "Loi Informatique et Libertés art. 82", "LIL art. 82", "art. 82 LIL"],
    // Art. 20 III 7°, as the CNIL's cookie decisions quote it: "an administrative fine not
    // exceeding 10 million euros or, in the case of a company, 2% of the total annual worldwide
    // turnover for the previous financial year, whichever is higher. In the cases referred to in
    // [Art. 83(5) and (6) GDPR], these ceilings shall be increased to EUR 20 million and 4%"
    // (SAN-2022-025 para 111; also SAN-2020-012 para 110, SAN-2020-013 para 112, SAN-2021-023
    // para 137, SAN-2023-024 para 110; GDPRhub machine translations). Art. 82 (Directive 2002/58/EC
    // art. 5(3)) is not a case of Art. 83(5)-(6), and the decisions hold its maximum to "2% of
    // [the] turnover" (SAN-2020-012 paras 122 and 138, SAN-2021-023 paras 141 and 158, SAN-2022-025
    // para 115): the amounts of Art. 83(4).
    maximum: NationalMaximum::AsTier(Tier::Art83_4),
    source: "Loi 78-17 art. 20 III",
    verified: Reading::Verified.verified(),
}];

/// The row for `provision` in `country`, if art83 holds one.
pub fn rule_for(country: &str, provision: &str) -> Option<&'static NationalFineRule> {
    let key =
        |text: &str| text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let wanted = key(provision);
    NATIONAL_FINE_RULES
        .iter()
        .find(|rule| rule.country.eq_ignore_ascii_case(country) && rule.names.iter().any(|name| key(name) == wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loi_78_17_art_20_iii_bounds_cookie_fines_under_art_82_as_art_83_4_does() {
        let rule = rule_for("FR", "Loi Informatique et Libertés, art. 82").unwrap();
        assert_eq!(rule.maximum, NationalMaximum::AsTier(Tier::Art83_4));
        assert_eq!(rule_for("fr", "loi 78-17 art 82").unwrap().provision, "Loi 78-17 art. 82");
        assert!(rule_for("BE", "Loi 78-17 art. 82").is_none());
        assert!(rule_for("FR", "Loi 78-17 art. 83").is_none());
        // Quoted in the CNIL's decisions (SAN-2022-025 para 111 and others): read at its source.
        assert!(rule.verified);
    }
}
