//! art83: GDPR Art. 83 fines and penalty payments, calculated exactly and explained.
//!
//! - [`calc`]: the pure calculation core (legal maxima, Art. 83(3) groups, the EDPB and AP 2019
//!   methods, penalty schedules).
//! - [`input`]: case files in, validated into the core's types.
//! - [`render`]: reports out, as tables or JSON.
//! - [`app`] and [`cli`]: the command line.

#[cfg(feature = "cli")]
pub mod app;
pub mod calc;
#[cfg(feature = "cli")]
pub mod cli;
pub mod input;
#[cfg(feature = "cli")]
pub mod man;
#[cfg(feature = "cli")]
pub mod render;
