//! Tables of law: each row a rule with its source, so that a correction is a one-line change.
//!
//! - [`public_bodies`]: Art. 83(7) GDPR, fines on public authorities and bodies, by country.
//! - [`authority`]: which country's rules a case follows, read from its `authority`.

pub mod authority;
pub mod public_bodies;
