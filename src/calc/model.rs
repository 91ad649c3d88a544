//! The validated case: what the calculation core works on. The input module builds it from a
//! case file; nothing here knows about TOML.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::Span;
use super::article::Article;
use super::error::CalcError;
use super::money::{Currency, Money};

/// A decision (or a what-if) to calculate.
#[derive(Debug, Clone)]
pub struct Case {
    pub title: String,
    pub authority: String,
    pub decided: Option<Date>,
    pub published: Option<Date>,
    pub published_total: Option<Money>,
    pub published_penalties_max: Option<Money>,
    /// The EUR equivalent of the total that a decision in another currency states.
    pub published_total_eur: Option<Money>,
    /// The decision's currency, when not the euro: the file's amounts are in it, and so is the
    /// report; the EUR amounts of Art. 83 are converted into it at its rate.
    pub currency: Option<CaseCurrency>,
    pub undertaking: Undertaking,
    pub violations: Vec<Violation>,
    /// Every Art. 83(3) group: those declared with `[[group]]` and those only named by violations.
    pub groups: Vec<Group>,
    pub penalties: Vec<PenaltyOrder>,
}

/// Whether a Dutch authority decided the case (`authority = "NL-AP"`): only then do the
/// Awb's rules for orders subject to a penalty payment apply (UAVG 16(1) with Awb 5:32(1)),
/// its required maximum (5:32b(2)) and its one-year limitation (5:35) among them.
pub fn is_dutch_authority(authority: &str) -> bool {
    super::law::authority::is_dutch(authority)
}

#[derive(Debug, Clone)]
pub struct Undertaking {
    pub name: String,
    pub turnover: Turnover,
    pub public_body: bool,
    /// The financial year the authority used, when it is not the one preceding the decision.
    pub turnover_year: Option<i16>,
    /// Where the turnover stands in the case file.
    pub turnover_span: Option<Span>,
}

/// Worldwide annual turnover as the case file gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Turnover {
    Unknown,
    /// One amount in euros, taken as the preceding financial year's.
    Amount(Money),
    /// Amounts by financial year, in `conversion`'s currency if given, else euros.
    ByYear {
        years: BTreeMap<i16, Money>,
        conversion: Option<TurnoverCurrency>,
    },
}

/// The currency of a turnover table and its rate to euros, which a decision may not state.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnoverCurrency {
    pub currency: String,
    /// `None`: `eur_per_unit = "unknown"`, so the turnover in euros is not known either.
    pub eur_per_unit: Option<Decimal>,
}

/// A decision's currency outside the euro and the rate to the euro it states.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseCurrency {
    pub currency: Currency,
    pub rate: Rate,
    /// The date of the rate, which national rules may prescribe (PL: 28 January).
    pub rate_date: Option<Date>,
}

/// A rate as it was written: units per euro, as central banks and national rules quote it
/// (`per_eur = "4.2794"`), or euros per unit (`eur_per_unit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    PerEur(Decimal),
    EurPerUnit(Decimal),
}

impl CaseCurrency {
    /// A EUR amount in the case's currency: exact with `per_eur`; with `eur_per_unit` a
    /// division, rounded half-up to the cent (the step says so).
    pub fn from_eur(&self, eur: Money) -> Result<Money, CalcError> {
        match self.rate {
            Rate::PerEur(rate) => eur.convert(rate, self.currency),
            Rate::EurPerUnit(rate) => eur.convert_dividing(rate, self.currency),
        }
    }

    /// The EUR equivalent of an amount in the case's currency, rounded half-up to the cent, as
    /// decisions state it.
    pub fn to_eur(&self, amount: Money) -> Result<Money, CalcError> {
        match self.rate {
            Rate::PerEur(rate) => amount.convert_dividing(rate, Currency::EUR),
            Rate::EurPerUnit(rate) => Ok(amount.convert(rate, Currency::EUR)?.round_to_cent()),
        }
    }

    /// Whether `from_eur` is exact.
    pub fn converts_exactly(&self) -> bool {
        matches!(self.rate, Rate::PerEur(_))
    }

    /// `4.2794 PLN per EUR` or `0.085 EUR per NOK`, for the steps.
    pub fn rate_text(&self) -> String {
        match self.rate {
            Rate::PerEur(rate) => format!("{} {} per EUR", rate.normalize(), self.currency.code()),
            Rate::EurPerUnit(rate) => format!("{} EUR per {}", rate.normalize(), self.currency.code()),
        }
    }
}

/// An infringement: one or more cited provisions, one (possible) fine.
#[derive(Debug, Clone)]
pub struct Violation {
    pub id: String,
    pub title: Option<String>,
    pub articles: Vec<CitedArticle>,
    pub from: Option<Date>,
    pub until: Option<Until>,
    pub group: Option<String>,
    pub fine: Option<Money>,
    pub method: Option<Method>,
    /// Where the violation's id stands in the case file.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedArticle {
    pub article: Article,
    pub as_written: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    Date(Date),
    Ongoing,
}

/// How a violation's fine is computed instead of declared.
#[derive(Debug, Clone)]
pub enum Method {
    Edpb(EdpbInput),
    Ap2019(Ap2019Input),
}

#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seriousness {
    Low,
    Medium,
    High,
}

impl Seriousness {
    /// The name in case files, JSON and the step texts (the case file reads the same names:
    /// a test keeps them one).
    pub const fn as_str(self) -> &'static str {
        match self {
            Seriousness::Low => "low",
            Seriousness::Medium => "medium",
            Seriousness::High => "high",
        }
    }
}

/// Where in a band: a position (0 = bottom, 1 = top) or a value chosen outright.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Choice<T> {
    Position(Decimal),
    Value(T),
    /// A value chosen in `band`, the band at the case's own turnover; where another turnover's
    /// band does not hold it, the same position in that band (`art83 sweep`).
    InBand {
        value: T,
        band: [T; 2],
    },
}

/// A step-3 (EDPB) or Art. 7 (AP 2019) adjustment, step-5 proportionality, or AP ability to pay.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjustment {
    pub factor: String,
    pub change: Change,
    pub reason: String,
    pub span: Option<Span>,
}

/// A signed change: a percentage of the base amount, or an amount in euros.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    Percent(Decimal),
    Amount(Decimal),
}

/// `[violation.edpb]`: EDPB Guidelines 04/2022.
#[derive(Debug, Clone)]
pub struct EdpbInput {
    pub seriousness: Seriousness,
    pub starting: Choice<Money>,
    /// Step 2b: a position in the size band, or the percentage chosen.
    pub size: Choice<Decimal>,
    pub adjustments: Vec<Adjustment>,
    pub proportionality: Option<Adjustment>,
    pub span: Option<Span>,
}

impl EdpbInput {
    /// The method with its defaults: the middle of each band, no adjustments.
    pub fn defaults(seriousness: Seriousness) -> EdpbInput {
        EdpbInput {
            seriousness,
            starting: Choice::Position(Decimal::new(5, 1)),
            size: Choice::Position(Decimal::new(5, 1)),
            adjustments: Vec::new(),
            proportionality: None,
            span: None,
        }
    }
}

/// The four categories of the AP Boetebeleidsregels 2019.
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
pub enum Category {
    I,
    II,
    III,
    IV,
}

impl Category {
    /// The name in case files, JSON and the step texts (the case file reads the same names:
    /// a test keeps them one).
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::I => "I",
            Category::II => "II",
            Category::III => "III",
            Category::IV => "IV",
        }
    }
}

super::text::text_enum!(Seriousness, Category);

/// `[violation.ap2019]`: AP Boetebeleidsregels 2019.
#[derive(Debug, Clone)]
pub struct Ap2019Input {
    pub category: Option<Category>,
    pub adjustments: Vec<Adjustment>,
    /// Art. 8.1: leaving the bandwidth needs the user's say-so and a reason.
    pub beyond_bandwidth: Option<String>,
    pub repeat_offence: bool,
    pub ability_to_pay: Option<Adjustment>,
    /// Proportionality or cumulation (Awb 3:4 and 5:46), a separate reasoned step.
    pub proportionality: Option<Adjustment>,
    pub span: Option<Span>,
}

impl Ap2019Input {
    pub fn defaults() -> Ap2019Input {
        Ap2019Input {
            category: None,
            adjustments: Vec::new(),
            beyond_bandwidth: None,
            repeat_offence: false,
            ability_to_pay: None,
            proportionality: None,
            span: None,
        }
    }
}

/// Violations fined together: same or linked processing operations (Art. 83(3)), or one fine
/// a decision imposes for separate infringements.
#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub title: Option<String>,
    pub kind: GroupKind,
    /// The member the decision calls the gravest infringement, if it names one.
    pub gravest: Option<String>,
    /// Where `gravest` stands in the case file.
    pub gravest_span: Option<Span>,
    /// The single fine imposed for the whole group, if the decision states one.
    pub fine: Option<Money>,
    pub span: Option<Span>,
}

/// What ties a group's violations together, which decides its ceiling.
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupKind {
    /// Same or linked processing operations (Art. 83(3)): the total may not exceed the amount
    /// specified for the gravest infringement.
    #[default]
    Linked,
    /// Separate infringements for which the decision states one fine: Art. 83(3) does not
    /// apply, each infringement keeps its own maximum, so the ceiling is their sum.
    Combined,
}

/// An order subject to a penalty payment (Art. 58(2) GDPR; NL: Awb 5:32).
#[derive(Debug, Clone)]
pub struct PenaltyOrder {
    pub id: String,
    pub violation: Option<String>,
    pub order: Option<String>,
    pub amount: Money,
    pub per: PenaltyUnit,
    /// `None` only for an order per breach: one that prevents repetition needs no grace period
    /// (Awb 5:32a(2)).
    pub deadline: Option<Deadline>,
    pub max: Option<Money>,
    pub count: PeriodCount,
    pub complied: Option<Date>,
    pub breaches: Option<Breaches>,
    /// Sorted by `from`, none overlapping (checked when the file is read).
    pub suspended: Vec<Suspension>,
    /// The amount the authority liquidated or claimed; `check` compares it.
    pub published_forfeited: Option<Money>,
    pub span: Option<Span>,
}

/// The breaches of an order per breach (Awb 5:32b(1)): how many, or on which days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breaches {
    Count(u32),
    /// Sorted; none before the decision.
    Dates(Vec<Date>),
}

/// A time in which the order could not forfeit anything (a court's provisional measure, an
/// extension): from `from` up to, not including, `until`; no `until`: still suspended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspension {
    pub from: Date,
    pub until: Option<Date>,
    pub reason: Option<String>,
}

/// What one penalty amount is forfeited for (Awb 5:32b(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyUnit {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Breach,
    Once,
}

/// The compliance deadline: a date, or a grace period from publication (else the decision).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    Due(Date),
    Grace(PenaltyUnit),
}

/// Whether a started period counts in full ("per month or part of a month") or only completed ones.
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodCount {
    Started,
    Completed,
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};

    use super::*;

    fn read<'de, T: Deserialize<'de>>(name: &'de str) -> Result<T, Error> {
        T::deserialize(IntoDeserializer::<Error>::into_deserializer(name) as StrDeserializer<'de, Error>)
    }

    #[test]
    fn case_files_read_the_names_the_output_writes() {
        for seriousness in [Seriousness::Low, Seriousness::Medium, Seriousness::High] {
            assert_eq!(read::<Seriousness>(seriousness.as_str()), Ok(seriousness));
        }
        for category in [Category::I, Category::II, Category::III, Category::IV] {
            assert_eq!(read::<Category>(category.as_str()), Ok(category));
        }
    }
}
