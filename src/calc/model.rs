//! The validated case: what the calculation core works on. The input module builds it from a
//! case file; nothing here knows about TOML.
//!
//! These types are the core's input, which a program may build by hand, so their fields are
//! public and the structs are not `#[non_exhaustive]`: a struct literal (with `..` from a
//! value made by `input::parse_case` or a constructor like [`EdpbInput::defaults`]) is how a
//! caller states a what-if. A new field is thus a breaking change, made with a new minor
//! version while art83 is 0.x. Whatever the source, [`Case::validate`] holds the case to the
//! same invariants before any calculation. The report types, which only art83 builds, are
//! `#[non_exhaustive]` and grow freely.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::article::Article;
use super::money::{ArithmeticError, Currency, Money};
use super::span::Span;

/// A decision (or a what-if) to calculate.
#[derive(Debug, Clone)]
pub struct Case {
    /// A short title for the case.
    pub title: String,
    /// The deciding authority's code, country first (`NL-AP`, `FR-CNIL`): it decides which national rules apply.
    pub authority: String,
    /// The date of the decision; it decides the preceding financial year (Art. 83(4)-(6)).
    pub decided: Option<Date>,
    /// The date the decision was published, from which a grace period may run.
    pub published: Option<Date>,
    /// The total fine the decision states, which `check` compares with the calculation.
    pub published_total: Option<Money>,
    /// The sum of the penalty orders' ceilings the decision states.
    pub published_penalties_max: Option<Money>,
    /// The legal maximum the decision states for the case (its gravest infringement's);
    /// `check` compares it.
    pub published_maximum: Option<Money>,
    /// The EUR equivalent of the total that a decision in another currency states.
    pub published_total_eur: Option<Money>,
    /// The decimal places `published_total_eur` is written in (`"1168.40"`: 2), at which it is
    /// compared; `None`: as many as it needs, and at least the cent.
    pub published_total_eur_places: Option<u32>,
    /// The decision's currency, when not the euro: the file's amounts are in it, and so is the
    /// report; the EUR amounts of Art. 83 are converted into it at its rate.
    pub currency: Option<CaseCurrency>,
    /// The undertaking (or public body) fined.
    pub undertaking: Undertaking,
    /// The infringements, each with its own provisions and (possible) fine.
    pub violations: Vec<Violation>,
    /// Every Art. 83(3) group: those declared with `[[group]]` and those only named by violations.
    pub groups: Vec<Group>,
    /// The orders subject to a penalty payment.
    pub penalties: Vec<PenaltyOrder>,
    /// After the decision: when it was made known, payments made, what was published as paid.
    pub collection: Collection,
    /// Settlement reductions of the total of the fines (authorities that reduce the sum of
    /// several fines at once), each a percentage of that total.
    pub reductions: Vec<Reduction>,
    /// The judgments (or decisions on objection) after the decision, in date order.
    pub appeals: Vec<Appeal>,
    /// The total that stands after the appeals, as published; `check` compares it.
    pub published_final_total: Option<Money>,
}

/// A judgment on appeal, or a decision on objection, and what it leaves of the fine.
#[derive(Debug, Clone, PartialEq)]
pub struct Appeal {
    /// The court, or the authority deciding the objection.
    pub body: String,
    /// The date of the judgment.
    pub decided: Date,
    /// Its reference (an ECLI, a case number).
    pub reference: Option<String>,
    /// What it did to the fine.
    pub outcome: AppealOutcome,
    /// The amount that stands after it: the case total, or with `violation` that violation's fine.
    pub fine: Option<Money>,
    /// The violation it concerns; `None`: the decision as a whole.
    pub violation: Option<String>,
    /// Where the appeal stands in the case file.
    pub span: Option<Span>,
}

/// What a judgment (or a decision on objection) did to the fine.
// In test builds the case file's JSON Schema is generated from this type, and a variant's doc
// would change it (an `enum` becomes a `oneOf`): the docs are for rustdoc and other builds only.
#[cfg_attr(test, allow(missing_docs))]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppealOutcome {
    #[cfg_attr(not(test), doc = "The fine stands as it was.")]
    Upheld,
    #[cfg_attr(not(test), doc = "The fine is lowered to the amount given.")]
    Reduced,
    #[cfg_attr(not(test), doc = "The fine is annulled: nothing is owed.")]
    Annulled,
    #[cfg_attr(not(test), doc = "Sent back to the authority: the amount given, or unknown until it decides again.")]
    ReferredBack,
    #[cfg_attr(not(test), doc = "Not yet decided: what stood before still stands.")]
    Pending,
    #[cfg_attr(
        not(test),
        doc = "A higher court quashes a judgment that annulled or lowered the fine: what the decision imposed stands again (or the amount given)."
    )]
    Reinstated,
}

impl AppealOutcome {
    /// The name in case files, JSON and the report (the case file reads the same names: a test
    /// keeps them one).
    pub const fn as_str(self) -> &'static str {
        match self {
            AppealOutcome::Upheld => "upheld",
            AppealOutcome::Reduced => "reduced",
            AppealOutcome::Annulled => "annulled",
            AppealOutcome::ReferredBack => "referred-back",
            AppealOutcome::Pending => "pending",
            AppealOutcome::Reinstated => "reinstated",
        }
    }
}

/// What happened after the decision that collecting the fine depends on (`[collection]`,
/// `[[payment]]`, `published_paid`). Empty (the default): no collection is reported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Collection {
    /// The day the decision was made known to the party: the payment term runs from it.
    pub notified: Option<Date>,
    /// Where `notified` stands in the case file.
    pub notified_span: Option<Span>,
    /// A later last day for payment that the decision itself sets.
    pub due: Option<Date>,
    /// Each payment made, in the order given.
    pub payments: Vec<Payment>,
    /// What the authority says was paid, which `check` compares with the payments.
    pub published_paid: Option<Money>,
}

impl Collection {
    /// Whether the case says anything about collection; if not, none is reported.
    pub fn is_requested(&self) -> bool {
        self.notified.is_some() || self.due.is_some() || !self.payments.is_empty() || self.published_paid.is_some()
    }
}

/// A payment towards the fine.
#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    /// The day it was made.
    pub date: Date,
    /// The amount paid.
    pub amount: Money,
    /// Where it stands in the case file.
    pub span: Option<Span>,
}

/// Whether a Dutch authority decided the case (`authority = "NL-AP"`): only then do the
/// Awb's rules for orders subject to a penalty payment apply (UAVG 16(1) with Awb 5:32(1)),
/// its required maximum (5:32b(2)) and its one-year limitation (5:35) among them.
pub fn is_dutch_authority(authority: &str) -> bool {
    super::law::authority::is_dutch(authority)
}

/// The law an order's penalty payments follow, for what art83 can cite and compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyLaw {
    /// A Dutch authority: Awb 5:32-5:35 (LAW.md §4).
    Awb,
    /// Any other authority: national law art83 does not hold (no limitation dates).
    National,
}

impl PenaltyLaw {
    /// The law that governs a case's orders: the Awb for a Dutch authority.
    pub fn of(case: &Case) -> PenaltyLaw {
        if is_dutch_authority(&case.authority) { PenaltyLaw::Awb } else { PenaltyLaw::National }
    }
}

#[derive(Debug, Clone)]
/// The undertaking fined: its name, its turnover, and whether it is a public body (Art. 83(7)).
pub struct Undertaking {
    /// Its name.
    pub name: String,
    /// Its total worldwide annual turnover, as known.
    pub turnover: Turnover,
    /// Whether it is a public authority or body, for which Art. 83(7) leaves the maxima to national law.
    pub public_body: bool,
    /// The kind of public body, where national law treats kinds differently (`None`: the
    /// country's general rule). Meaningful only with `public_body`.
    pub public_body_kind: Option<PublicBodyKind>,
    /// The financial year the authority used, when it is not the one preceding the decision.
    pub turnover_year: Option<i16>,
    /// Where the turnover stands in the case file.
    pub turnover_span: Option<Span>,
}

impl Undertaking {
    /// Whether Art. 83(7)'s national rule sets its maxima: a public body, unless it acts as an
    /// undertaking (then Art. 83(4)-(6) apply as to any undertaking, e.g. IE DPA 2018 s. 141(4)).
    pub fn fined_as_public_body(&self) -> bool {
        self.public_body && self.public_body_kind != Some(PublicBodyKind::Undertaking)
    }
}

/// The kinds of public body national law distinguishes under Art. 83(7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicBodyKind {
    /// The State itself: its ministries and central administration.
    State,
    /// A municipality or other local or regional authority.
    Local,
    /// Another body with public tasks (a public institution, a university, a hospital).
    Other,
    /// A state or local cultural institution (PL: u.o.d.o. art. 102(2)).
    CulturalInstitution,
    /// A public body acting as an undertaking, on a market: fined as an undertaking.
    Undertaking,
}

impl PublicBodyKind {
    /// Every kind, in the case file's order.
    pub const ALL: [PublicBodyKind; 5] = [
        PublicBodyKind::State,
        PublicBodyKind::Local,
        PublicBodyKind::Other,
        PublicBodyKind::CulturalInstitution,
        PublicBodyKind::Undertaking,
    ];

    /// The name in case files and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            PublicBodyKind::State => "state",
            PublicBodyKind::Local => "local",
            PublicBodyKind::Other => "other",
            PublicBodyKind::CulturalInstitution => "cultural-institution",
            PublicBodyKind::Undertaking => "undertaking",
        }
    }
}

super::text::text_enum!(PublicBodyKind);
#[cfg(test)]
super::text::text_schema! { PublicBodyKind: [State, Local, Other, CulturalInstitution, Undertaking] }

/// Worldwide annual turnover as the case file gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Turnover {
    /// Not known or withheld: the maxima are at least the fixed amounts.
    Unknown,
    /// One amount in euros, taken as the preceding financial year's.
    Amount(Money),
    /// Amounts by financial year, in `conversion`'s currency if given, else euros.
    ByYear {
        /// The turnover of each financial year.
        years: BTreeMap<i16, Money>,
        /// Their currency and rate, when not euros.
        conversion: Option<TurnoverCurrency>,
    },
    /// A band the decision states when it redacts the figure (`"100M..250M"`, `"..500M"`,
    /// `"1bn.."`): the maxima are known only as ranges.
    Band(TurnoverBand),
}

/// A turnover known only to lie in a band: above `low` (if given), up to `high` (if given), as
/// the EDPB's size bands read ("above EUR 100M up to EUR 250M", EDPB Guidelines 04/2022 section 4.3).
/// At least one end is given and `low` is below `high`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnoverBand {
    /// The lower end; `None`: open below (the turnover is at least zero).
    pub low: Option<Money>,
    /// The upper end; `None`: open above.
    pub high: Option<Money>,
}

/// The currency of a turnover table and its rate to euros, which a decision may not state.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnoverCurrency {
    /// ISO 4217 code of the turnover's currency.
    pub currency: String,
    /// `None`: `eur_per_unit = "unknown"`, so the turnover in euros is not known either.
    pub eur_per_unit: Option<Decimal>,
}

/// A decision's currency outside the euro and the rate to the euro it states.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseCurrency {
    /// The currency of the decision and of every amount in the case.
    pub currency: Currency,
    /// Its rate to the euro, as the decision states it.
    pub rate: Rate,
    /// The date of the rate, which national rules may prescribe (PL: 28 January).
    pub rate_date: Option<Date>,
    /// The decision set the fine in euros and converted it into the currency (UODO, mBank
    /// 2024): the stated EUR figure is then the original, and the total its conversion.
    pub fine_set_in_eur: bool,
}

/// A rate as it was written: units per euro, as central banks and national rules quote it
/// (`per_eur = "4.2794"`), or euros per unit (`eur_per_unit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// Units of the currency per euro (`per_eur = "4.2794"`).
    PerEur(Decimal),
    /// Euros per unit of the currency (`eur_per_unit`).
    EurPerUnit(Decimal),
    /// `per_eur = "unknown"`: a decision in its own currency that states no rate. Nothing is
    /// converted: the EUR-based maxima (the fixed amounts of Art. 83(4)-(6)) are not known in
    /// the currency, and no EUR equivalent is given.
    Unknown,
}

impl CaseCurrency {
    /// A EUR amount in the case's currency: exact with `per_eur`; with `eur_per_unit` a
    /// division, rounded half-up to the cent (the step says so).
    /// With the rate unknown there is no conversion: callers ask [`CaseCurrency::rate_known`]
    /// first; here it is an error rather than a made-up figure.
    pub fn from_eur(&self, eur: Money) -> Result<Money, ArithmeticError> {
        match self.rate {
            Rate::PerEur(rate) => eur.convert(rate, self.currency),
            Rate::EurPerUnit(rate) => eur.convert_dividing(rate, self.currency),
            Rate::Unknown => Err(ArithmeticError::Overflow),
        }
    }

    /// Whether the decision states a rate (`per_eur = "unknown"`: it does not).
    pub fn rate_known(&self) -> bool {
        self.rate != Rate::Unknown
    }

    /// The EUR equivalent of an amount in the case's currency, rounded half-up to the cent, as
    /// decisions state it.
    pub fn to_eur(&self, amount: Money) -> Result<Money, ArithmeticError> {
        match self.rate {
            Rate::PerEur(rate) => amount.convert_dividing(rate, Currency::EUR),
            Rate::EurPerUnit(rate) => Ok(amount.convert(rate, Currency::EUR)?.round_to_cent()),
            Rate::Unknown => Err(ArithmeticError::Overflow),
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
            Rate::Unknown => format!("no rate to {} stated", self.currency.code()),
        }
    }
}

/// An infringement: one or more cited provisions, one (possible) fine.
#[derive(Debug, Clone)]
pub struct Violation {
    /// The violation's id, unique within the case.
    pub id: String,
    /// A short description.
    pub title: Option<String>,
    /// The provisions infringed; the gravest tier among them gives the legal maximum.
    pub articles: Vec<CitedArticle>,
    /// When the infringement began.
    pub from: Option<Date>,
    /// When it ended, or that it is still going on.
    pub until: Option<Until>,
    /// The Art. 83(3) group it is fined in, if any.
    pub group: Option<String>,
    /// The fine imposed for it alone, if the decision states one.
    pub fine: Option<Money>,
    /// The legal maximum the decision states for it; `check` compares it.
    pub published_maximum: Option<Money>,
    /// A fine under national law rather than the GDPR (e-Privacy), imposed in the same decision.
    pub national: Option<NationalFine>,
    /// The fining method that computes its fine, instead of a declared one.
    pub method: Option<Method>,
    /// The amount the authority proposed before a settlement; with `reductions` it gives the fine.
    pub proposed: Option<Money>,
    /// Settlement reductions of the proposed amount (ES: LPACAP art. 85), each a percentage of it.
    pub reductions: Vec<Reduction>,
    /// Where the violation's id stands in the case file.
    pub span: Option<Span>,
}

/// A settlement reduction: a rule of the authority's country (`calc::law::settlements`) and the
/// percentage of the proposed amount (or of the total) it takes off.
#[derive(Debug, Clone, PartialEq)]
pub struct Reduction {
    /// The rule's name in the country's table (`acknowledgment`).
    pub rule: String,
    /// The percentage taken off; `None`: the rule's own (ES: 20, IT: 50).
    pub percent: Option<Decimal>,
    /// Where it stands in the case file.
    pub span: Option<Span>,
}

/// A fine under national law in a GDPR decision (the e-Privacy rules on cookies, say): it counts
/// in the total, has no Art. 83 tier, and its maximum is national law's.
#[derive(Debug, Clone, PartialEq)]
pub struct NationalFine {
    /// The national provision infringed (`Loi 78-17 art. 82`).
    pub provision: String,
    /// The maximum the decision states for it, used where art83 holds no table for the provision.
    pub maximum: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
/// A provision as parsed and as the case file writes it.
pub struct CitedArticle {
    /// The provision.
    pub article: Article,
    /// The citation as written, for the report.
    pub as_written: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// When an infringement ended.
pub enum Until {
    /// On this date.
    Date(Date),
    /// Not yet: it lasts until the decision.
    Ongoing,
}

/// How a violation's fine is computed instead of declared.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Method {
    /// EDPB Guidelines 04/2022 on the calculation of administrative fines.
    Edpb(EdpbInput),
    /// The Dutch AP's Boetebeleidsregels 2019.
    Ap2019(Ap2019Input),
}

// In test builds the case file's JSON Schema is generated from this type, and a variant's doc
// would change it (an `enum` becomes a `oneOf`): the docs are for rustdoc and other builds only.
#[cfg_attr(test, allow(missing_docs))]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(
    not(test),
    doc = "The seriousness of an infringement, step 2a of the EDPB method (Guidelines 04/2022 section 4.2)."
)]
pub enum Seriousness {
    #[cfg_attr(not(test), doc = "Low: 0-10 % of the legal maximum.")]
    Low,
    #[cfg_attr(not(test), doc = "Medium: 10-20 % of the legal maximum.")]
    Medium,
    #[cfg_attr(not(test), doc = "High: 20-100 % of the legal maximum.")]
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
    /// Where in the band: 0 = bottom, 1 = top.
    Position(Decimal),
    /// A value chosen outright.
    Value(T),
    /// A value chosen in `band`, the band at the case's own turnover; where another turnover's
    /// band does not hold it, the same position in that band (`art83 sweep`).
    InBand {
        /// The value chosen.
        value: T,
        /// The band it was chosen in.
        band: [T; 2],
    },
}

/// A step-3 (EDPB) or Art. 7 (AP 2019) adjustment, step-5 proportionality, or AP ability to pay.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjustment {
    /// The factor it weighs (`83(2)(k)`, `7(b)`, `ability to pay`).
    pub factor: String,
    /// How much it changes the amount.
    pub change: Change,
    /// Why, as the decision gives it.
    pub reason: String,
    /// Where it stands in the case file.
    pub span: Option<Span>,
}

/// A signed change: a percentage of the base amount, or an amount in euros.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// A percentage of the amount it adjusts (`-50`: halved).
    Percent(Decimal),
    /// An amount added (or, negative, taken off).
    Amount(Decimal),
}

/// `[violation.edpb]`: EDPB Guidelines 04/2022.
#[derive(Debug, Clone)]
pub struct EdpbInput {
    /// Step 2a: the seriousness.
    pub seriousness: Seriousness,
    /// Step 2a: a position in the seriousness band, or the starting amount chosen.
    pub starting: Choice<Money>,
    /// Step 2b: a position in the size band, or the percentage chosen.
    pub size: Choice<Decimal>,
    /// Step 3: aggravating and mitigating factors (Art. 83(2)), none counted twice.
    pub adjustments: Vec<Adjustment>,
    /// Step 5: a reduction for effectiveness, proportionality or ability to pay.
    pub proportionality: Option<Adjustment>,
    /// Where the method's table stands in the case file.
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
// In test builds the case file's JSON Schema is generated from this type, and a variant's doc
// would change it (an `enum` becomes a `oneOf`): the docs are for rustdoc and other builds only.
#[cfg_attr(test, allow(missing_docs))]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
pub enum Category {
    #[cfg_attr(not(test), doc = "Category I: bandwidth EUR 0-200,000.")]
    I,
    #[cfg_attr(not(test), doc = "Category II: bandwidth EUR 120,000-500,000.")]
    II,
    #[cfg_attr(not(test), doc = "Category III: bandwidth EUR 300,000-750,000.")]
    III,
    #[cfg_attr(not(test), doc = "Category IV: bandwidth EUR 450,000-1,000,000.")]
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

super::text::text_enum!(Seriousness, Category, AppealOutcome);

/// `[violation.ap2019]`: AP Boetebeleidsregels 2019.
#[derive(Debug, Clone)]
pub struct Ap2019Input {
    /// The category; `None`: the annexes' category for the articles cited.
    pub category: Option<Category>,
    /// Art. 7 factors, each raising or lowering the basic fine within the bandwidth.
    pub adjustments: Vec<Adjustment>,
    /// Art. 8.1: leaving the bandwidth needs the user's say-so and a reason.
    pub beyond_bandwidth: Option<String>,
    /// Art. 1(d) (recidive): a repeat offence within five years, which raises the fine.
    pub repeat_offence: bool,
    /// Art. 9: a reduction for limited ability to pay.
    pub ability_to_pay: Option<Adjustment>,
    /// Proportionality or cumulation (Awb 3:4 and 5:46), a separate reasoned step.
    pub proportionality: Option<Adjustment>,
    /// Where the method's table stands in the case file.
    pub span: Option<Span>,
}

impl Ap2019Input {
    /// The method with its defaults: the annexes' category, no adjustments.
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
    /// The group's id, unique within the case.
    pub id: String,
    /// A short description.
    pub title: Option<String>,
    /// Linked processing (Art. 83(3)) or one fine for separate infringements.
    pub kind: GroupKind,
    /// The member the decision calls the gravest infringement, if it names one.
    pub gravest: Option<String>,
    /// Where `gravest` stands in the case file.
    pub gravest_span: Option<Span>,
    /// The single fine imposed for the whole group, if the decision states one.
    pub fine: Option<Money>,
    /// The ceiling the decision states for the group; `check` compares it.
    pub published_maximum: Option<Money>,
    /// Where the group's id stands in the case file.
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
    /// The order's id, unique within the case.
    pub id: String,
    /// The violation the order remedies, if named.
    pub violation: Option<String>,
    /// What the order requires, in a few words.
    pub order: Option<String>,
    /// The amount forfeited per period or breach (Awb 5:32b(1)).
    pub amount: Money,
    /// What one amount is forfeited for: a period, a breach, or once.
    pub per: PenaltyUnit,
    /// `None` only for an order per breach: one that prevents repetition needs no grace period
    /// (Awb 5:32a(2)).
    pub deadline: Option<Deadline>,
    /// The amount above which nothing more is forfeited (Awb 5:32b(2)).
    pub max: Option<Money>,
    /// Whether a started period counts in full.
    pub count: PeriodCount,
    /// When the order was met, if it was.
    pub complied: Option<Date>,
    /// The first day the order no longer applies, for an order limited in time (a provisional
    /// measure under Art. 66(1) GDPR: at most three months): nothing accrues from then on.
    pub ends: Option<Date>,
    /// For an order per breach: the breaches found.
    pub breaches: Option<Breaches>,
    /// Sorted by `from`, none overlapping (checked when the file is read).
    pub suspended: Vec<Suspension>,
    /// The amount the authority liquidated or claimed; `check` compares it.
    pub published_forfeited: Option<Money>,
    /// Decisions fixing what the order forfeited over a window (astreinte liquidée; NL: a
    /// collection decision, Awb 5:37), each compared with art83's figure for that window.
    pub liquidations: Vec<Liquidation>,
    /// Where the order's id stands in the case file.
    pub span: Option<Span>,
}

/// An authority's decision fixing what a running order forfeited from `from` to `until`,
/// both days included, as such decisions state them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liquidation {
    /// The first day of the window.
    pub from: Date,
    /// The last day of the window (included).
    pub until: Date,
    /// The amount the decision fixes.
    pub amount: Money,
    /// Where it stands in the case file.
    pub span: Option<Span>,
}

/// The breaches of an order per breach (Awb 5:32b(1)): how many, or on which days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breaches {
    /// How many.
    Count(u32),
    /// Sorted; none before the decision.
    Dates(Vec<Date>),
}

/// A time in which the order could not forfeit anything (a court's provisional measure, an
/// extension): from `from` up to, not including, `until`; no `until`: still suspended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspension {
    /// The first day suspended.
    pub from: Date,
    /// The first day no longer suspended; `None`: still suspended.
    pub until: Option<Date>,
    /// Why, as the decision or court gives it.
    pub reason: Option<String>,
}

/// What one penalty amount is forfeited for (Awb 5:32b(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyUnit {
    /// Per this many days.
    Days(u32),
    /// Per this many weeks.
    Weeks(u32),
    /// Per this many (calendar) months.
    Months(u32),
    /// Per breach of the order.
    Breach,
    /// A lump sum, once, on the first day of non-compliance (Awb 5:32b(1)).
    Once,
}

/// The compliance deadline: a date, or a grace period from publication (else the decision).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// A date.
    Due(Date),
    /// A period after publication, or the decision where it was not published.
    Grace(PenaltyUnit),
}

/// Whether a started period counts in full ("per month or part of a month") or only completed ones.
// In test builds the case file's JSON Schema is generated from this type, and a variant's doc
// would change it (an `enum` becomes a `oneOf`): the docs are for rustdoc and other builds only.
#[cfg_attr(test, allow(missing_docs))]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodCount {
    #[cfg_attr(not(test), doc = "A started period counts in full (\"per month or part of a month\").")]
    Started,
    #[cfg_attr(not(test), doc = "Only completed periods count.")]
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
        for outcome in [
            AppealOutcome::Upheld,
            AppealOutcome::Reduced,
            AppealOutcome::Annulled,
            AppealOutcome::ReferredBack,
            AppealOutcome::Pending,
            AppealOutcome::Reinstated,
        ] {
            assert_eq!(read::<AppealOutcome>(outcome.as_str()), Ok(outcome));
        }
    }
}
