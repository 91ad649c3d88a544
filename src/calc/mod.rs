//! The pure calculation core: a validated [`Case`] in, a [`Report`] out.
//!
//! No files, no printing, no `anyhow`: everything here takes plain data and returns plain
//! data, so tests, benchmarks and every output format share one source of numbers.
//!
//! [`calculate`] first holds the case to its invariants ([`Case::validate`]), however it was
//! made; a broken one is a [`CalcError::Case`] with a [`validate::CaseError`] naming the ids and
//! positions concerned. A rule that refuses an input once the amounts are known says so with a
//! [`CalcError::Refused`] ([`Refusal`]). Neither names a case file's key: `input` does that.
//!
//! The parts: [`calculate`] (`calculation.rs`) resolves the turnover and the maxima
//! (`maximum.rs`, Art. 83(4)-(7)), each violation's fine (`violation.rs`, by [`edpb`] or
//! [`ap2019`]), the groups ([`groups`], Art. 83(3)), the total and the penalty payments
//! ([`penalty`]); [`law`] holds the tables of national law, [`model`] the case, [`report`] the
//! output, [`validate`] the invariants, [`error`] the typed errors. This file is only the map:
//! no part imports from it (`tests/it/house.rs`).
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod ap2019;
mod appeals;
pub mod article;
mod calculation;
mod citation;
pub mod collection;
pub mod currency;
pub mod edpb;
pub mod error;
pub mod groups;
pub mod law;
pub mod lookup;
pub mod maximum;
pub mod model;
pub mod money;
mod national;
mod options;
pub mod penalty;
mod plausible;
mod published;
pub mod report;
#[cfg(test)]
mod schema;
mod settlement;
mod span;
pub mod sweep;
mod text;
pub mod validate;
mod violation;

pub use calculation::calculate;
pub use error::{CalcError, Refusal};
pub use model::Case;
pub use options::{CompareMethod, Options};
pub use report::{Detail, Report};
pub use span::Span;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;
