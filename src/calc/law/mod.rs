//! Tables of law: each row a rule with its source, so that a correction is a one-line change.
//!
//! - [`public_bodies`]: Art. 83(7) GDPR, fines on public authorities and bodies, by country.
//! - [`authority`]: which country's rules a case follows, read from its `authority`.
//! - [`currencies`]: how a country outside the euro converts the EUR amounts of Art. 83.
//! - [`collection`]: collecting a fine after the decision (NL: the Awb's term, default,
//!   statutory interest and limitation; the Algemene termijnenwet's working days).
//! - [`factors`]: the factors of Art. 83(2), and which EDPB step weighs each.
//! - [`gdpr_structure`]: the GDPR's articles, paragraphs and points, which a citation must name.
//! - [`national_fines`]: fines under national law in the same decision (e-Privacy), by provision.
//! - [`penalty_caps`]: statutory limits on penalty payments (FR: EUR 100,000 a day, not the State).
//! - [`settlements`]: national settlement reductions of a proposed fine (ES, IT).

pub mod authority;
pub mod collection;
pub mod currencies;
pub mod factors;
pub mod gdpr_structure;
pub mod national_fines;
pub mod penalty_caps;
pub mod public_bodies;
pub mod settlements;

/// Whether a row was read at its source (the statute, the guidelines, or a decision quoting
/// them) or taken from secondary sources; shown in the output as `verified`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Read at its source.
    Verified,
    /// From secondary sources, not yet read at its source.
    Unverified,
}

impl Reading {
    /// `true` for a row read at its source.
    pub const fn verified(self) -> bool {
        matches!(self, Reading::Verified)
    }
}
