//! Statutory limits on orders subject to a penalty payment (astreinte), by country: a ceiling
//! per day of delay, and whether the State is exempt. One row per country, each citing its
//! provision (docs/law.md, "Orders subject to a penalty payment").

use super::Reading;
use crate::calc::money::Money;

/// One country's statutory limits on a penalty payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyCap {
    /// ISO 3166 code, as the authority's name starts (`FR-CNIL`).
    pub country: &'static str,
    /// The most an order may impose per day of delay, in euros.
    pub per_day: Money,
    /// No penalty payment where the processing is implemented by the State.
    pub not_against_the_state: bool,
    /// The national provision, as the findings cite it.
    pub provision: &'static str,
    /// Read in the statute or in a decision quoting it.
    pub verified: bool,
}

/// The limits art83 holds.
pub const PENALTY_CAPS: &[PenaltyCap] = &[PenaltyCap {
    country: "FR",
    per_day: Money::euros(100_000),
    not_against_the_state: true,
    // "sauf dans les cas où le traitement est mis en œuvre par l'État, d'une astreinte dont le
    // montant ne peut excéder 100 000 € par jour de retard", quoted by the Conseil d'État, 472221.
    provision: "Loi Informatique et Libertés art. 20 III 2°",
    verified: Reading::Verified.verified(),
}];

/// The limits of `country`, if art83 holds them.
pub fn cap_for(country: &str) -> Option<&'static PenaltyCap> {
    PENALTY_CAPS.iter().find(|cap| cap.country.eq_ignore_ascii_case(country))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lil_art_20_iii_2_caps_the_astreinte_at_100000_euros_a_day_and_spares_the_state() {
        let france = cap_for("fr").unwrap();
        assert_eq!(france.per_day, Money::euros(100_000));
        assert!(france.not_against_the_state && france.verified);
        assert!(cap_for("NL").is_none());
    }
}
