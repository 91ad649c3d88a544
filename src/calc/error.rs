//! Typed errors of the calculation core. Each message says what to change, in the case's
//! terms: no message names a case file's key (`input::wording` says which one to change). The
//! one that names an option is [`Refusal::NoAnnexCategoryToCompare`], whose message is also
//! report content: the note of a `--method ap2019` comparison.

use rust_decimal::Decimal;

use super::model::{Category, Seriousness};
use super::money::{ArithmeticError, Money, outside_range};
use super::span::Span;

/// Why a calculation could not be completed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalcError {
    // The four arithmetic failures read as money.rs words them (one text each).
    #[error("{}", ArithmeticError::Overflow)]
    /// An amount beyond what `Decimal` holds.
    Overflow,
    #[error("{}", ArithmeticError::NegativeAmount)]
    /// A step would take an amount below zero.
    NegativeAmount,
    #[error("{}", ArithmeticError::CurrencyMismatch(.0, .1))]
    /// Two amounts in different currencies (their ISO 4217 codes) added together.
    CurrencyMismatch(&'static str, &'static str),
    /// rust_decimal would round the result (it keeps about 29 significant digits).
    #[error("{}", ArithmeticError::Inexact)]
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
    /// An input a rule refuses once the amounts are known.
    #[error("{refusal}")]
    Refused {
        /// What the rule refuses.
        refusal: Refusal,
        /// The part of the case file it concerns, if known.
        at: Option<Span>,
    },
}

/// An input a rule of law or method refuses once the amounts are known: a choice outside its
/// band, a category the annexes cannot supply, a date the rule needs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Refusal {
    /// EDPB step 2a: a starting amount outside the seriousness band.
    #[error("{}", outside_range("the starting amount", *amount, *low, *high, &format!("the {seriousness} seriousness band, EDPB Guidelines 04/2022 step 2a")))]
    StartingAmountOutsideBand {
        /// The amount chosen.
        amount: Money,
        /// The band's bottom.
        low: Money,
        /// The band's top.
        high: Money,
        /// The seriousness whose band it is.
        seriousness: Seriousness,
    },
    /// EDPB step 2b: a size percentage outside the band of the undertaking's turnover.
    #[error(
        "the size percentage {} lies outside the {}-{} % band for turnover up to {up_to} (EDPB Guidelines 04/2022 step 2b)",
        percent.normalize(), super::money::percent_text(*low), super::money::percent_text(*high)
    )]
    SizePercentOutsideBand {
        /// The percentage chosen.
        percent: Decimal,
        /// The band's lowest percentage.
        low: Decimal,
        /// The band's highest percentage.
        high: Decimal,
        /// The top of the band's turnover.
        up_to: Money,
    },
    /// A sweep cannot move a size percentage chosen outright into other bands when the case's own
    /// turnover has none (unknown or above EUR 500M).
    #[error(
        "violation `{violation}`: the size percentage {} chosen has no size band at the case's own turnover (unknown or above EUR 500,000,000), so a sweep cannot place it in other bands; choose a position in the band instead",
        percent.normalize()
    )]
    SizePercentWithoutBand {
        /// The violation's id.
        violation: String,
        /// The percentage chosen.
        percent: Decimal,
    },
    /// AP 2019: no known annex entry covers the articles, and the case names no category.
    #[error("the known annex entries of the Boetebeleidsregels 2019 do not cover {}; name the category (I-IV)", articles.join(", "))]
    NoAnnexCategory {
        /// The articles cited.
        articles: Vec<String>,
    },
    /// AP 2019 as a comparison (`--method ap2019`): no known annex entry covers the articles, and
    /// no category was given. Its message becomes the comparison's note in the report, which
    /// names the option that supplies the category.
    #[error(
        "the known annex entries of the Boetebeleidsregels 2019 do not cover {}; compare with a category of your choosing: `--method ap2019 --category III` (I-IV)",
        articles.join(", ")
    )]
    NoAnnexCategoryToCompare {
        /// The articles cited.
        articles: Vec<String>,
    },
    /// AP 2019 Art. 8.1: a fine outside the category's bandwidth without a reason to leave it.
    #[error(
        "{}; a reason to apply the next category's bandwidth is needed (Boetebeleidsregels 2019 Art. 8.1)",
        outside_range("the adjusted fine", *fine, *low, *high, &format!("the category {category} bandwidth"))
    )]
    OutsideBandwidth {
        /// The adjusted fine.
        fine: Money,
        /// The bandwidth's bottom.
        low: Money,
        /// The bandwidth's top.
        high: Money,
        /// The category.
        category: Category,
    },
    /// AP 2019 Art. 8.1: a fine beyond the neighbouring categories' bandwidths.
    #[error(
        "{}: Art. 8.1 reaches only the next category's bandwidth; for a lower fine use a reasoned proportionality step (Awb 3:4, 5:46) or ability to pay (Art. 9)",
        outside_range("the adjusted fine", *fine, *low, *high, &format!("category {category} and its neighbours (Boetebeleidsregels 2019 Art. 8.1)"))
    )]
    BeyondAdjacentBandwidths {
        /// The adjusted fine.
        fine: Money,
        /// The lower neighbour's bottom.
        low: Money,
        /// The higher neighbour's top.
        high: Money,
        /// The category.
        category: Category,
    },
    /// A turnover by financial year, with neither a decision date nor a chosen year to pick one.
    #[error(
        "a turnover by financial year needs the decision date (the year preceding it counts) or the financial year the authority used"
    )]
    TurnoverYearUnknown,
    /// Art. 83(7): a national cap on public bodies' fines in a currency the case is not in.
    #[error(
        "{} caps fines on public bodies at {currency} {}: give the case in {currency}, with its rate, to compare its fines with the cap",
        crate::l10n::catalogue::text(crate::l10n::Lang::En, &crate::l10n::Message::new(provision)),
        amount.grouped()
    )]
    PublicBodyCapInOtherCurrency {
        /// The national provision: its message id (`locales/*/law.ftl`).
        provision: &'static str,
        /// The cap's ISO 4217 currency.
        currency: &'static str,
        /// The cap.
        amount: Money,
    },
    /// AP 2019: the Boetebeleidsregels 2019 are Dutch policy rules whose bandwidths are euros;
    /// a case in another currency would mix currencies (or convert under a rule no authority
    /// applies), so art83 refuses rather than pretend.
    #[error(
        "the Boetebeleidsregels 2019 are the Dutch AP's policy rules, with bandwidths in euros; this case is in {currency}, and art83 does not apply them in another currency (no authority converts them): declare the fine, or compare with the EDPB method"
    )]
    Ap2019NotInEuros {
        /// The case's ISO 4217 currency.
        currency: String,
    },
    /// The penalty schedules would list more periods than art83 lists in one case.
    #[error(
        "the schedules would list {rows} or more periods; art83 lists at most {limit} per case: give the order a ceiling, a compliance date, or an earlier as-of date"
    )]
    ScheduleTooLong {
        /// How many periods, at least.
        rows: u64,
        /// The most art83 lists.
        limit: u64,
    },
    /// A grace period with neither a publication nor a decision date to count from.
    #[error("a grace period needs the publication or decision date to count from")]
    GraceWithoutDate,
    /// Art. 83(3): the violation named the gravest does not have the group's highest maximum.
    #[error(
        "the gravest violation `{gravest}`: its legal maximum ({}) is not the group's highest; the gravest infringement (Art. 83(3)) is one with the highest maximum: {}",
        maximum.map_or("none".to_string(), |m| m.to_string()), highest.join(", ")
    )]
    GravestNotHighest {
        /// The violation named the gravest.
        gravest: String,
        /// Its legal maximum, if known.
        maximum: Option<Money>,
        /// The members with the highest maximum.
        highest: Vec<String>,
    },
}

impl CalcError {
    /// An error about the user's input that only the calculation can detect (it depends on the
    /// turnover, say), pointing at the part of the case file it concerns.
    pub fn invalid(message: impl Into<String>, at: Option<Span>) -> CalcError {
        CalcError::Invalid { message: message.into(), at }
    }

    /// A refusal by a rule, pointing at the part of the case file it concerns.
    pub fn refused(refusal: Refusal, at: Option<Span>) -> CalcError {
        CalcError::Refused { refusal, at }
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
            CalcError::Refused { at, .. } => at.clone(),
        }
    }
}

impl From<ArithmeticError> for CalcError {
    fn from(error: ArithmeticError) -> CalcError {
        match error {
            ArithmeticError::Overflow => CalcError::Overflow,
            ArithmeticError::NegativeAmount => CalcError::NegativeAmount,
            ArithmeticError::CurrencyMismatch(a, b) => CalcError::CurrencyMismatch(a, b),
            ArithmeticError::Inexact => CalcError::Inexact,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arithmetic_failure_reads_the_same_in_the_calculation() {
        assert_eq!(
            CalcError::CurrencyMismatch("EUR", "PLN").to_string(),
            "amounts in EUR and PLN cannot be added: a case's amounts are all in its currency"
        );
        for failure in [
            ArithmeticError::Overflow,
            ArithmeticError::NegativeAmount,
            ArithmeticError::Inexact,
            ArithmeticError::CurrencyMismatch("SEK", "EUR"),
        ] {
            assert_eq!(CalcError::from(failure).to_string(), failure.to_string());
        }
    }
}
