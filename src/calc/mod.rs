//! The pure calculation core: a validated [`Case`] in, a [`Report`] out.
//!
//! No files, no printing, no `anyhow`: everything here takes plain data and returns plain
//! data, so tests, benchmarks and every output format share one source of numbers.
//!
//! [`calculate`] first holds the case to its invariants ([`Case::validate`]), however it was
//! made; a broken one is a [`CalcError::Case`] with a [`validate::CaseError`] naming the ids and
//! positions concerned. A rule that refuses an input once the amounts are known says so with a
//! [`CalcError::Refused`] ([`Refusal`]). Neither names a case file's key: `input` does that.
#![deny(clippy::print_stdout, clippy::print_stderr)]

/// The AP Boetebeleidsregels 2019 fining method (Dutch; EUR).
pub mod ap2019;
/// GDPR articles as cited, and their tiers (Art. 83(4)-(6)).
pub mod article;
/// One calculation, in order: turnover, maxima, violations, groups, total, penalties.
mod calculation;
/// Reading one GDPR citation as authorities write it, into an article.
mod citation;
/// A case's own currency and its rate to the euro.
pub mod currency;
/// The EDPB Guidelines 04/2022 fining method.
pub mod edpb;
/// The typed errors of a calculation.
pub mod error;
/// Art. 83(3): linked and combined violations and their one fine.
pub mod groups;
/// The tables of national law, each row citing its source.
pub mod law;
/// `art83 articles`: what the tables say about an article.
pub mod lookup;
/// Art. 83(4)-(7): turnover and legal maxima.
pub mod maximum;
/// The case: plain data, as a case file or a caller builds it.
pub mod model;
/// Exact amounts (rust_decimal).
pub mod money;
/// What the caller chooses beside the case (`--as-of`, `--turnover`, `--method`).
mod options;
/// Penalty payments: schedules, ceilings, forfeited sums, the national penalty law.
pub mod penalty;
/// Dates that parse and calculate yet are most likely wrong.
mod plausible;
/// The output types: the report, its steps and findings.
pub mod report;
/// Settlement reductions of a proposed fine (ES, IT).
mod settlement;
/// Where in the case file a value came from.
mod span;
/// `art83 sweep`: maxima and fines across turnovers.
pub mod sweep;
/// Enums to text in one place.
mod text;
/// A case's invariants, however it was made.
pub mod validate;
/// One violation's report: tier, maximum, fine, findings.
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
