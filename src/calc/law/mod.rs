//! Tables of law: each row a rule with its source, so that a correction is a one-line change.
//!
//! - [`public_bodies`]: Art. 83(7) GDPR, fines on public authorities and bodies, by country.
//! - [`authority`]: which country's rules a case follows, read from its `authority`.
//! - [`currencies`]: how a country outside the euro converts the EUR amounts of Art. 83.

pub mod authority;
pub mod currencies;
pub mod public_bodies;
