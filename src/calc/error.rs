//! Typed errors of the calculation core. Each message says what to change in the case file.

use super::Span;

/// Why a calculation could not be completed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalcError {
    #[error("an amount is beyond the range art83 computes exactly (about 7.9e28); check the turnover and amounts")]
    /// An amount beyond what `Decimal` holds.
    Overflow,
    #[error("a step would make an amount negative; a fine or penalty cannot go below zero")]
    /// A step would take an amount below zero.
    NegativeAmount,
    #[error("amounts in {0} and {1} cannot be added: a case's amounts are all in its currency")]
    /// Two amounts in different currencies (their ISO 4217 codes) added together.
    CurrencyMismatch(&'static str, &'static str),
    /// rust_decimal would round the result (it keeps about 29 significant digits).
    #[error(
        "a result needs more than the 28-29 significant digits art83 computes exactly, and art83 does not round; give the turnover and amounts with fewer digits (to the cent)"
    )]
    Inexact,
    /// An error while computing one part of the report (a violation, a group, the turnover).
    #[error("{context}: {source}")]
    In {
        /// What was being computed (`violation \`v\``).
        context: String,
        /// The case file's text it concerns, if known.
        at: Option<Span>,
        /// The error itself.
        #[source]
        source: Box<CalcError>,
    },
    /// An input only the calculation can find wrong, as it depends on the amounts (the turnover, say).
    #[error("{message}")]
    Invalid {
        /// What is wrong and what to change.
        message: String,
        /// The case file's text it concerns, if known.
        at: Option<Span>,
    },
    /// The case breaks one of its invariants ([`Case::validate`](super::model::Case::validate)).
    #[error(transparent)]
    Case(#[from] super::validate::CaseError),
}

impl CalcError {
    /// An error about the user's input that only the calculation can detect (it depends on the
    /// turnover, say), pointing at the part of the case file it concerns.
    pub fn invalid(message: impl Into<String>, at: Option<Span>) -> CalcError {
        CalcError::Invalid { message: message.into(), at }
    }

    /// Adds what was being computed, and where in the file, to an error.
    pub fn context(self, context: impl Into<String>, at: Option<Span>) -> CalcError {
        CalcError::In { context: context.into(), at, source: Box::new(self) }
    }

    /// The innermost place in the case file this error points at, if any.
    pub fn span(&self) -> Option<Span> {
        match self {
            CalcError::In { at, source, .. } => source.span().or_else(|| at.clone()),
            CalcError::Invalid { at, .. } => at.clone(),
            CalcError::Overflow
            | CalcError::NegativeAmount
            | CalcError::Inexact
            | CalcError::CurrencyMismatch(..)
            | CalcError::Case(_) => None,
        }
    }
}
