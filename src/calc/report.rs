//! The report: every computed amount with the steps that produced it. The JSON renderer
//! serializes these types as they are (field names are the FORMAT.md contract); the table
//! renderer reads the same data.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::article::Tier;
use super::model::{Category, GroupKind, PeriodCount, Seriousness};
use super::money::Money;
use crate::l10n::message::{Args, Message};
use crate::l10n::{Lang, catalogue};

/// One step of an explanation: the rule applied, what it did, and the amount it gave. The rule
/// and what it did are a [`Message`] (an id and typed values): each language's catalogue writes
/// what it did as the message's text, and the rule as its `.rule` attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The amount it gave, if any.
    pub amount: Option<Money>,
    /// What the step says.
    pub message: Message,
}

impl Step {
    /// A step that says `message`.
    pub fn says(message: Message, amount: Option<Money>) -> Step {
        Step { amount, message }
    }

    /// The step's rule in `lang`.
    pub fn rule_in(&self, lang: Lang) -> String {
        catalogue::attribute(lang, &self.message, "rule")
    }

    /// What the step did, in `lang`.
    pub fn detail_in(&self, lang: Lang) -> String {
        catalogue::text(lang, &self.message)
    }
}

/// A step in JSON: `rule`, `detail` and `amount` as always, in English, and the message's
/// `message_id` and `args` (FORMAT.md, "messages and languages").
impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Step", 5)?;
        out.serialize_field("rule", &English { message: &self.message, attribute: Some("rule") })?;
        out.serialize_field("detail", &English { message: &self.message, attribute: None })?;
        out.serialize_field("amount", &self.amount)?;
        out.serialize_field("message_id", self.message.id)?;
        out.serialize_field("args", &Args(&self.message.args))?;
        out.end()
    }
}

/// A message's text (or its attribute) in English as JSON writes it: escaped as it is written,
/// with no text built in between.
struct English<'a> {
    message: &'a Message,
    attribute: Option<&'static str>,
}

impl std::fmt::Display for English<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        catalogue::write_text(f, Lang::En, self.message, self.attribute)
    }
}

impl Serialize for English<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A note in JSON: its English text.
fn english_note<S: serde::Serializer>(note: &Option<Message>, serializer: S) -> Result<S::Ok, S::Error> {
    match note {
        Some(message) => English { message, attribute: None }.serialize(serializer),
        None => serializer.serialize_none(),
    }
}

/// The JSON Schema of a step: as it serializes.
#[cfg(test)]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct StepJson {
    /// The rule applied, cited (`Art. 83(5)`, `EDPB step 2a`), in English.
    rule: String,
    /// What it did, in a sentence, in English.
    detail: String,
    /// The amount it gave, if any.
    amount: Option<Money>,
    /// The message's stable id (`edpb-step-2a-band`): scripts select steps by it.
    message_id: String,
    /// The typed values the text is made of, by name: amounts as `{"amount", "currency"}`,
    /// numbers as exact decimal strings, dates as `YYYY-MM-DD`, counts as integers.
    args: std::collections::BTreeMap<String, serde_json::Value>,
}

#[cfg(test)]
impl schemars::JsonSchema for Step {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Step".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        StepJson::json_schema(generator)
    }
}

/// How much of the explanation a calculation builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every step's rule and text beside the amounts: what reports show.
    Steps,
    /// The amounts only (sweeps, the bounds of a range): building the steps' text is most of
    /// the cost of a calculation.
    Amounts,
}

/// Collects the steps of an explanation. With [`Detail::Amounts`] it skips building their
/// text.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    steps: Vec<Step>,
    off: bool,
}

impl Trace {
    /// A trace that collects steps with [`Detail::Steps`], and skips building them otherwise.
    pub fn new(detail: Detail) -> Trace {
        Trace { steps: Vec::new(), off: detail == Detail::Amounts }
    }

    /// Adds the step `step` builds, unless the trace is off.
    pub fn push(&mut self, step: impl FnOnce() -> Step) {
        if !self.off {
            self.steps.push(step());
        }
    }

    /// Adds steps built elsewhere, unless the trace is off.
    pub fn extend(&mut self, steps: Vec<Step>) {
        if !self.off {
            self.steps.extend(steps);
        }
    }

    /// The steps collected.
    pub fn into_steps(self) -> Vec<Step> {
        self.steps
    }
}

/// The version of the JSON report's format (`format_version`): raised only when a name changes
/// meaning or goes away; a new name does not raise it.
pub const FORMAT_VERSION: u32 = 1;

/// The version of art83 that writes a report (`art83_version`).
pub const ART83_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// The result of a calculation: every maximum, fine and penalty with the steps that produced it, serialized as the JSON of `art83 calc --format json` (FORMAT.md).
#[non_exhaustive]
pub struct Report {
    /// The version of the report's format, 1 today: raised only when a name changes meaning or
    /// goes away, never for a new name.
    pub format_version: u32,
    /// The version of art83 that wrote the report.
    pub art83_version: &'static str,
    /// The case's own data, as the decision states it.
    pub case: CaseInfo,
    /// The undertaking and the turnover the maxima use.
    pub undertaking: UndertakingReport,
    /// Each violation: its tier, legal maximum and fine.
    pub violations: Vec<ViolationReport>,
    /// Each Art. 83(3) group: its ceiling and fine.
    pub groups: Vec<GroupReport>,
    /// The total fine: each group's fine once, plus the fines of violations in no group, less
    /// the case's own settlement reductions.
    pub total: Money,
    /// The total before the case's own settlement reductions (equal to `total` without them).
    pub total_before_reductions: Money,
    /// The case's own settlement reductions, each a percentage of `total_before_reductions`.
    pub reductions: Vec<ReductionReport>,
    /// The judgments after the decision, in date order, each with the total after it.
    pub appeals: Vec<AppealReport>,
    /// The total that stands after the last appeal (equal to `total` without appeals); null
    /// where an appeal leaves it unknown.
    pub final_total: Option<Money>,
    /// For a case in another currency: the total's EUR equivalent, rounded half-up to the cent.
    pub total_eur: Option<Money>,
    /// How the total was added up.
    pub total_steps: Vec<Step>,
    /// With `--method`: what the fines add up to with the method, beside the declared total.
    pub what_if: Option<WhatIf>,
    /// Each order subject to a penalty payment: what it forfeited by the as-of date.
    pub penalties: Vec<PenaltyReport>,
    /// The sum of the orders' ceilings; null when an order has none (its exposure is unbounded).
    pub penalties_max: Option<Money>,
    /// The amounts forfeited under all orders by the as-of date.
    pub penalties_forfeited: Money,
    /// The date penalties accrue to where an order has no `complied` date.
    pub as_of: Date,
    /// Collecting the fine after the decision; absent (not even null) when the case file says
    /// nothing about it (`[collection]`, `[[payment]]`, `published_paid`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection: Option<CollectionReport>,
    /// What the calculation found worth saying: discrepancies with the decision, doubts, choices.
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// The case's own data in the report.
#[non_exhaustive]
pub struct CaseInfo {
    /// The case's title.
    pub title: String,
    /// The deciding authority's code (`NL-AP`).
    pub authority: String,
    /// The date of the decision.
    pub decided: Option<Date>,
    /// The date it was published.
    pub published: Option<Date>,
    /// The total fine the decision states.
    pub published_total: Option<Money>,
    /// The sum of the orders' ceilings the decision states.
    pub published_penalties_max: Option<Money>,
    /// The legal maximum the decision states for the case; `check` compares it.
    pub published_maximum: Option<Money>,
    /// The decision's currency (ISO 4217), `EUR` included: every amount of the report is in it;
    /// in another currency than the euro, EUR equivalents are in the `*_eur` fields.
    pub currency: String,
    /// The rate as given: units per euro, or its inverse.
    pub per_eur: Option<rust_decimal::Decimal>,
    /// The rate as euros per unit, when given that way.
    pub eur_per_unit: Option<rust_decimal::Decimal>,
    /// The date of the rate.
    pub rate_date: Option<Date>,
    /// The EUR equivalent of the total the decision states.
    pub published_total_eur: Option<Money>,
    /// The total after the appeals, as published.
    pub published_final_total: Option<Money>,
}

/// A fine under national law in the report.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct NationalReport {
    /// The national provision infringed.
    pub provision: String,
    /// The maximum the case file states for it.
    pub stated_maximum: Option<Money>,
    /// The national provision that sets the maximum art83 applies, where its table holds one.
    pub maximum_source: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Where the turnover the maxima use comes from.
#[non_exhaustive]
pub enum TurnoverSource {
    /// Not known or withheld: the maxima are at least the fixed amounts.
    Unknown,
    /// Known in another currency only, at a rate the decision does not state: as `Unknown`.
    RateUnknown,
    /// A public body (Art. 83(7)): no turnover-based maximum.
    PublicBody,
    /// One amount in the case file.
    Declared,
    /// The preceding financial year's entry of a table by year.
    ByYear,
    /// `--turnover` on the command line.
    Override,
    /// A band the decision states when it redacts the figure: the maxima are ranges.
    Band,
}

impl TurnoverSource {
    /// The name in JSON and CSV.
    pub const fn as_str(self) -> &'static str {
        match self {
            TurnoverSource::Unknown => "unknown",
            TurnoverSource::RateUnknown => "rate-unknown",
            TurnoverSource::PublicBody => "public-body",
            TurnoverSource::Declared => "declared",
            TurnoverSource::ByYear => "by-year",
            TurnoverSource::Override => "override",
            TurnoverSource::Band => "band",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// The undertaking in the report.
#[non_exhaustive]
pub struct UndertakingReport {
    /// Its name.
    pub name: String,
    /// Whether it is a public authority or body (Art. 83(7)).
    pub public_body: bool,
    /// The kind of public body, where the case file names one (`state`, `local`, ...).
    pub public_body_kind: Option<crate::calc::model::PublicBodyKind>,
    /// The turnover in euros the maxima use, or null when the fixed maxima apply.
    pub turnover: Option<Money>,
    /// The financial year of the turnover used.
    pub turnover_year: Option<i16>,
    /// True when the authority chose the financial year (`turnover_year`), rather than the one
    /// preceding the decision.
    pub turnover_year_chosen: bool,
    /// Where the turnover comes from.
    pub turnover_source: TurnoverSource,
    /// A band the decision states instead of the figure: `[low, high]`, each null when open;
    /// absent without a band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turnover_band: Option<[Option<Money>; 2]>,
    /// How the turnover was chosen and converted.
    pub turnover_steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// How a legal maximum follows from the tier and the turnover.
#[non_exhaustive]
pub enum MaximumBasis {
    /// The fixed EUR 10M / 20M amount (turnover known and at most EUR 500M).
    Fixed,
    /// 2 % / 4 % of turnover.
    Turnover,
    /// An undertaking whose turnover (or its rate) is unknown: the maximum is the higher of the
    /// fixed amount and the percentage, so at least the fixed amount, which is what is shown.
    AtLeast,
    /// A public body: the maximum national law sets under Art. 83(7).
    PublicBody,
    /// A public body national law exempts from fines (Art. 83(7)): the maximum is zero.
    NoFine,
    /// A fine under national law (`national`) whose maximum art83 takes as the decision states it.
    Stated,
    /// Not known at all: the fixed amount is in euros and the decision states no rate
    /// (`per_eur = "unknown"`), nor a turnover in its currency. `legal_maximum` is null.
    Unknown,
}

impl MaximumBasis {
    /// The name in JSON and CSV.
    pub const fn as_str(self) -> &'static str {
        match self {
            MaximumBasis::Fixed => "fixed",
            MaximumBasis::Turnover => "turnover",
            MaximumBasis::AtLeast => "at-least",
            MaximumBasis::PublicBody => "public-body",
            MaximumBasis::NoFine => "no-fine",
            MaximumBasis::Stated => "stated",
            MaximumBasis::Unknown => "unknown",
        }
    }

    /// Whether the amount is a floor rather than the maximum itself.
    pub fn is_floor(self) -> bool {
        matches!(self, MaximumBasis::AtLeast | MaximumBasis::Unknown)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Where a violation's fine comes from.
#[non_exhaustive]
pub enum FineMethod {
    /// Stated by the decision or the user (on the violation or its group).
    Declared,
    /// Computed with EDPB Guidelines 04/2022.
    Edpb,
    /// Computed with the AP Boetebeleidsregels 2019.
    Ap2019,
    /// No fine: the report shows the legal maximum only.
    None,
}

impl FineMethod {
    /// The name in JSON and CSV.
    pub const fn as_str(self) -> &'static str {
        match self {
            FineMethod::Declared => "declared",
            FineMethod::Edpb => "edpb",
            FineMethod::Ap2019 => "ap2019",
            FineMethod::None => "none",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// One cited provision in the report.
#[non_exhaustive]
pub struct ArticleReport {
    /// The provision, normalised: `5(1)(a)`.
    pub article: String,
    /// The provision as the case file writes it.
    pub as_written: String,
    /// The tier of Art. 83 that lists it; `None` for one no tier lists.
    pub tier: Option<Tier>,
    /// The point of Art. 83 that lists the provision.
    pub listed_in: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// One violation in the report.
#[non_exhaustive]
pub struct ViolationReport {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its provisions, normalised.
    pub articles: Vec<String>,
    /// Each provision with its tier.
    pub article_details: Vec<ArticleReport>,
    /// The gravest tier among its provisions (Art. 83(4)-(6)).
    pub tier: Option<Tier>,
    /// The legal maximum of that tier for this undertaking; for an at-least basis, its floor.
    pub legal_maximum: Option<Money>,
    /// For a case in another currency: the legal maximum's EUR equivalent.
    pub legal_maximum_eur: Option<Money>,
    /// With a turnover band: the legal maximum at its upper end, null when the band is open
    /// above (`legal_maximum` is then its lower end); absent without a band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_maximum_upper: Option<Option<Money>>,
    /// How the maximum follows from the tier and the turnover.
    pub maximum_basis: Option<MaximumBasis>,
    /// The legal maximum the decision states for this violation; `check` compares it.
    pub published_maximum: Option<Money>,
    /// A fine under national law (no Art. 83 tier): its provision and maximum's source.
    pub national: Option<NationalReport>,
    /// With an at-least maximum and a fine above it: the turnover the fine needs to be lawful.
    pub required_turnover: Option<Money>,
    /// The fine: declared, or computed by its method; `None` when there is none.
    pub fine: Option<Money>,
    /// Where the fine comes from.
    pub method: FineMethod,
    /// The amount the authority proposed before a settlement, if the case file states it.
    pub proposed: Option<Money>,
    /// The settlement reductions of the proposed amount that give `fine`.
    pub reductions: Vec<ReductionReport>,
    /// The Art. 83(3) group it is fined in.
    pub group: Option<String>,
    /// When the infringement began.
    pub from: Option<Date>,
    /// When it ended (the decision, while ongoing).
    pub until: Option<Date>,
    /// Whether it was still going on at the decision.
    pub ongoing: bool,
    /// Days from `from` up to `until` (or the decision date while ongoing).
    pub duration_days: Option<i32>,
    /// The EDPB method's amounts, when it computed the fine.
    pub edpb: Option<EdpbReport>,
    /// The AP 2019 method's amounts, when it computed the fine.
    pub ap2019: Option<Ap2019Report>,
    /// What `--method` gives with its defaults, beside the declared fine.
    pub comparison: Option<Comparison>,
    /// How the maximum and the fine were reached.
    pub steps: Vec<Step>,
}

/// A judgment on appeal (or a decision on objection) and the total that stands after it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct AppealReport {
    /// The court, or the authority deciding the objection.
    pub body: String,
    /// The date of the judgment.
    pub decided: Date,
    /// Its reference.
    pub reference: Option<String>,
    /// What it did to the fine.
    pub outcome: super::model::AppealOutcome,
    /// The amount it left, as the case file states it (of the case, or of `violation`).
    pub fine: Option<Money>,
    /// The violation it concerns; null: the decision as a whole.
    pub violation: Option<String>,
    /// The case total that stands after it; null where it is not known.
    pub total_after: Option<Money>,
}

/// A settlement reduction (ES: LPACAP art. 85; IT: Codice privacy art. 166(8)) as applied.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ReductionReport {
    /// The rule's name in its country's table (`acknowledgment`).
    pub rule: String,
    /// The percentage of the proposed amount (or of the total) taken off.
    pub percent: Decimal,
    /// The amount taken off.
    pub amount: Money,
    /// The national provision.
    pub source: String,
    /// Whether the provision was read at its source.
    pub verified: bool,
}

/// EDPB Guidelines 04/2022, step by step.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EdpbReport {
    /// Step 2a: the seriousness.
    pub seriousness: Seriousness,
    /// The band of step 2a: share of the applicable legal maximum.
    pub seriousness_percent: [Decimal; 2],
    /// Step 2a: the band of starting amounts.
    pub starting_range: [Money; 2],
    /// Step 2a: the starting amount chosen.
    pub starting_amount: Money,
    /// The size band of step 2b, in percent; null above EUR 500M or with turnover unknown.
    pub size_band_percent: Option<[Decimal; 2]>,
    /// Whether the size band's percentages were read in the guidelines themselves (LAW.md §2).
    pub size_band_verified: Option<bool>,
    /// Step 2b: the band of amounts after the size adjustment.
    pub size_range: Option<[Money; 2]>,
    /// Step 2b: the percentage of the starting amount chosen.
    pub size_percent: Option<Decimal>,
    /// The amount after step 2 (starting amount and size).
    pub after_step_2: Money,
    /// The amount after step 3 (aggravating and mitigating factors).
    pub after_step_3: Money,
    /// The amount after step 4 (the legal maximum).
    pub after_step_4: Money,
    /// The amount after step 5 (effectiveness, proportionality, dissuasiveness).
    pub after_step_5: Money,
    /// The fine with every choice at the bottom, and at the top, of its band.
    pub fine_range: [Money; 2],
}

/// AP Boetebeleidsregels 2019, step by step.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Ap2019Report {
    /// The category applied.
    pub category: Category,
    /// Where the category comes from: the annex entry, or the case file.
    pub category_source: String,
    /// The category's bandwidth.
    pub bandwidth: [Money; 2],
    /// The category's basic fine.
    pub basic_fine: Money,
    /// The fine after the Art. 7 adjustments.
    pub after_adjustments: Money,
    /// The fine after a repeat offence (Art. 1(d)).
    pub after_repeat_offence: Money,
    /// After the proportionality or cumulation step (Awb 3:4, 5:46), if any.
    pub after_proportionality: Money,
    /// The fine after ability to pay (Art. 9): the method's result.
    pub after_ability_to_pay: Money,
}

/// A method's result beside a declared fine.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Comparison {
    /// The method compared.
    pub method: FineMethod,
    /// Its fine with its defaults; `None` when it gives none.
    pub fine: Option<Money>,
    /// Its fine with every choice at the bottom, and at the top, of its band.
    pub range: Option<[Money; 2]>,
    /// Why there is no result (e.g. no AP category known for the articles).
    #[serde(serialize_with = "english_note")]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub note: Option<Message>,
    /// How it was reached.
    pub steps: Vec<Step>,
}

/// Collecting the fine after the decision (`[collection]`, `[[payment]]`): the payment term,
/// default, statutory interest, payments, what is outstanding on the as-of date and when the
/// claim lapses, with the forfeited penalty payments beside it. Under a country whose rules
/// art83 does not hold, the dates, interest and outstanding amounts are null (a finding says so).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CollectionReport {
    /// The country whose collection rules apply, from the authority's code.
    pub country: Option<String>,
    /// The fine to be paid: the total of the fines (after appeals, where they changed it).
    pub principal: Money,
    /// The day the decision was made known to the party.
    pub notified: Option<Date>,
    /// The last day of the payment term (NL: Awb 4:87(1), moved by the Algemene termijnenwet).
    pub payment_due: Option<Date>,
    /// The first day of default (NL: Awb 4:97, the day after the term).
    pub in_default_from: Option<Date>,
    /// The statutory interest up to the as-of date (NL: Awb 4:98(1), BW 6:119).
    pub interest: Option<InterestReport>,
    /// The payments made up to the as-of date, added up.
    pub paid: Money,
    /// Each payment up to the as-of date and how it was applied (NL: Awb 4:92(1)).
    pub payments: Vec<PaymentReport>,
    /// Principal and interest still owed on the as-of date.
    pub outstanding: Option<Money>,
    /// The part of `outstanding` that is principal.
    pub outstanding_principal: Option<Money>,
    /// The part of `outstanding` that is interest.
    pub outstanding_interest: Option<Money>,
    /// The earliest day from which the claim is time-barred (NL: Awb 4:104(1)); an
    /// interruption (Awb 4:105, 4:106) makes it later.
    pub claim_time_barred_on: Option<Date>,
    /// Why collection is suspended, if it is; null when nothing in the case suspends it. A
    /// message; JSON writes its English text (the finding `collection-maybe-suspended` carries
    /// its `message_id` and `args`).
    #[serde(serialize_with = "english")]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub suspended: Option<Message>,
    /// Each order's forfeited penalty payments: their own term (Awb 5:33), interest and limitation.
    pub penalties: Vec<PenaltyCollection>,
    /// What the penalty payments add to `outstanding`, interest included.
    pub penalties_outstanding: Option<Money>,
    /// Fine and penalty payments together, with interest, on the as-of date.
    pub owed_total: Option<Money>,
    /// What the authority says was paid, as the case file states it.
    pub published_paid: Option<Money>,
    /// How each date and amount was reached.
    pub steps: Vec<Step>,
}

/// A message as its English text, in JSON.
fn english<S: serde::Serializer>(message: &Option<Message>, serializer: S) -> Result<S::Ok, S::Error> {
    match message {
        Some(message) => serializer.serialize_str(&catalogue::text(Lang::En, message)),
        None => serializer.serialize_none(),
    }
}

/// A payment and what it paid: interest first, then the principal (NL: Awb 4:92(1)); where
/// the country's rules are not held, only its date and amount.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PaymentReport {
    /// The day it was made.
    pub date: Date,
    /// The amount paid.
    pub amount: Money,
    /// The part that paid interest; null where the rules are not held.
    pub to_interest: Option<Money>,
    /// The part that paid the principal; null where the rules are not held.
    pub to_principal: Option<Money>,
}

/// Statutory interest: its amount and the periods it accrued in.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct InterestReport {
    /// All interest accrued up to the as-of date (what is paid of it included).
    pub amount: Money,
    /// Each period of one rate and one base.
    pub periods: Vec<InterestPeriod>,
}

/// A period of statutory interest at one rate on one base.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct InterestPeriod {
    /// Its first day.
    pub from: Date,
    /// Its last day (inclusive).
    pub until: Date,
    /// The yearly rate, in percent.
    pub rate: Decimal,
    /// The days counted.
    pub days: i32,
    /// The amount interest is charged on: the principal owed plus interest added after each
    /// full year (BW 6:119(2)).
    pub base: Money,
    /// The interest, rounded half-up to the cent.
    pub amount: Money,
}

/// One order's forfeited penalty payments in the collection picture.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PenaltyCollection {
    /// The order's id.
    pub id: String,
    /// The amount forfeited by the as-of date.
    pub forfeited: Money,
    /// Statutory interest on each forfeited amount from the day after its six-week term.
    pub interest: Money,
    /// Forfeited amount and interest.
    pub outstanding: Money,
    /// The part of `forfeited` whose earliest day of limitation (Awb 5:35(1)) has passed by
    /// the as-of date: time-barred unless extended (5:35(2)) or interrupted (5:37a).
    pub time_barred: Money,
}

/// `--method`: the total the method gives with its defaults, beside the declared total.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct WhatIf {
    /// The method.
    pub method: FineMethod,
    /// The fines with the method, added up as the total is (Art. 83(3)): each group's result
    /// (capped at its ceiling) once, and each violation in no group; a violation whose fine its
    /// own method table computes keeps that fine; no settlement reduction is applied. Null when
    /// the method gives no result for one of them: a sum without it would understate the total
    /// (`note` names them).
    pub total: Option<Money>,
    /// What the method gives for each violation.
    pub violations: Vec<WhatIfViolation>,
    /// Why there is no total.
    #[serde(serialize_with = "english_note")]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub note: Option<Message>,
}

/// One violation's result under the what-if method.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct WhatIfViolation {
    /// The violation's id.
    pub id: String,
    /// The method's fine (for a violation with its own method table, that fine); null when it
    /// gives none.
    pub fine: Option<Money>,
    /// The fine with every choice at the bottom, and at the top, of its band.
    pub range: Option<[Money; 2]>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// One Art. 83(3) group in the report.
#[non_exhaustive]
pub struct GroupReport {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// Linked processing (Art. 83(3)) or one fine for separate infringements.
    pub kind: GroupKind,
    /// Its violations' ids.
    pub violations: Vec<String>,
    /// The member whose legal maximum is the highest (Art. 83(3) "gravest infringement"), as
    /// the decision names it or as the maxima show; null for a tie the decision does not settle.
    pub gravest: Option<String>,
    /// The members sharing the highest maximum when the case file names no `gravest` (a tie).
    pub tied: Vec<String>,
    /// Linked: the gravest member's maximum; combined: the sum of the members' maxima.
    pub ceiling: Option<Money>,
    /// With a turnover band closed above: the ceiling at the band's upper end, which no lawful
    /// fine exceeds (`ceiling` is then the one at its lower end); null otherwise.
    pub ceiling_upper: Option<Money>,
    /// For a case in another currency: the ceiling's EUR equivalent.
    pub ceiling_eur: Option<Money>,
    /// `at-least` where a member's maximum is only known as a floor.
    pub ceiling_basis: Option<MaximumBasis>,
    /// With an at-least ceiling and a fine above it: the turnover the fine needs to be lawful.
    pub required_turnover: Option<Money>,
    /// The group's fine: its own single fine, or the sum of its members' fines.
    pub fine: Money,
    /// Whether `fine` is the group's own single fine or the sum of its members' fines.
    pub fine_source: GroupFineSource,
    /// The ceiling the decision states for the group; `check` compares it.
    pub published_maximum: Option<Money>,
    /// A cumulated fine: the sum of the members' own (partial) fines beside the group's single
    /// fine, which is what counts; null without either.
    pub partial_fines: Option<Money>,
    /// Whether the fine stays within the ceiling; `None` when that cannot be known.
    pub within: Option<bool>,
    /// With `--method`: the members' method results added up and capped at the ceiling.
    pub comparison: Option<GroupComparison>,
    /// How the ceiling and the fine were reached.
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// A method's result for a group, beside its declared fine.
#[non_exhaustive]
pub struct GroupComparison {
    /// The method compared.
    pub method: FineMethod,
    /// Null when the method gives no result for a member: a sum without it would understate
    /// the group, so there is none (`note` names the members).
    pub fine: Option<Money>,
    /// Why there is no result, or what it leaves out.
    #[serde(serialize_with = "english_note")]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub note: Option<Message>,
    /// Whether the Art. 83(3) ceiling cut the sum.
    pub capped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Where a group's fine comes from.
#[non_exhaustive]
pub enum GroupFineSource {
    /// The group's own single fine.
    Group,
    /// The sum of its violations' fines.
    Violations,
}

impl GroupFineSource {
    /// The name in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            GroupFineSource::Group => "group",
            GroupFineSource::Violations => "violations",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// One order subject to a penalty payment in the report.
#[non_exhaustive]
pub struct PenaltyReport {
    /// Its id.
    pub id: String,
    /// The violation it remedies.
    pub violation: Option<String>,
    /// What it requires.
    pub order: Option<String>,
    /// The amount per period or breach.
    pub amount: Money,
    /// What one amount is forfeited for (`month`, `2 weeks`, `breach`).
    pub per: String,
    /// The same as a unit, which the human formats write in their language.
    #[serde(skip)]
    #[cfg_attr(test, schemars(skip))]
    pub unit: super::model::PenaltyUnit,
    /// Whether a started period counts in full.
    pub count: PeriodCount,
    /// The compliance deadline; accrual starts the day after. Null for an order per breach
    /// without one (Awb 5:32a(2)).
    pub due: Option<Date>,
    /// The first day an amount can be forfeited: the day after the deadline.
    pub accrual_starts: Option<Date>,
    /// The first day no longer counted: `complied` or the as-of date, whichever comes first.
    pub accrual_ends: Date,
    /// When the order was met, if it was.
    pub complied: Option<Date>,
    /// For an order limited in time (Art. 66(1)): the first day it no longer applies.
    pub ends: Option<Date>,
    /// The ceiling (Awb 5:32b(2)); `None`: unbounded.
    pub max: Option<Money>,
    /// The amount forfeited up to `accrual_ends`.
    pub forfeited: Money,
    /// The periods (or breaches) that forfeited an amount: none beyond the ceiling.
    pub periods: u64,
    /// All periods (or breaches) of non-compliance up to `accrual_ends`, past the ceiling too.
    pub periods_elapsed: u64,
    /// Days of non-compliance up to `accrual_ends` on which the order was suspended.
    pub suspended_days: u64,
    /// Each suspension and the days it took out.
    pub suspensions: Vec<SuspensionReport>,
    /// The amount the authority liquidated or claimed, as the case file states it.
    pub published_forfeited: Option<Money>,
    /// Each liquidation the case file states, beside what the order forfeits over its window.
    pub liquidations: Vec<LiquidationReport>,
    /// The day of the judgment that annulled the order with its fine: it forfeits nothing.
    pub annulled_on: Option<Date>,
    /// The court (or body) that annulled it.
    pub annulled_by: Option<String>,
    /// The first day on which the ceiling is reached, if it is reached by `accrual_ends`.
    pub max_reached_on: Option<Date>,
    /// The day the ceiling would be reached if the order stays unmet (null once complied).
    pub max_reached_if_unmet: Option<Date>,
    /// Each period (or breach) that forfeited an amount.
    pub schedule: Vec<PenaltyPeriod>,
    /// How the amount forfeited was reached.
    pub steps: Vec<Step>,
}

/// An authority's decision fixing what the order forfeited over a window, and art83's figure.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct LiquidationReport {
    /// The first day of the window.
    pub from: Date,
    /// The last day of the window (included).
    pub until: Date,
    /// The amount the decision fixes.
    pub amount: Money,
    /// What the order forfeits on the days of the window; null for breaches counted without dates.
    pub calculated: Option<Money>,
    /// Whether the two agree; null where `calculated` is.
    pub matches: Option<bool>,
}

/// A suspension of the order and how many days of non-compliance it took out.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SuspensionReport {
    /// The first day suspended.
    pub from: Date,
    /// Null: still suspended.
    pub until: Option<Date>,
    /// Why.
    pub reason: Option<String>,
    /// Days up to `accrual_ends` on which nothing accrued because of this suspension.
    pub days: u64,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
/// One period (or breach) of a penalty schedule.
#[non_exhaustive]
pub struct PenaltyPeriod {
    /// Its number, from 1.
    pub period: u64,
    /// Its first day.
    pub from: Date,
    /// Its last day.
    pub to: Date,
    /// The amount it forfeited (the last one may be cut to the ceiling).
    pub amount: Money,
    /// The amount forfeited up to and including it.
    pub cumulative: Money,
    /// The day the amount is forfeited (Awb 5:33).
    pub forfeited_on: Date,
    /// The earliest day on which collection can be barred: the day after the first anniversary
    /// of forfeiture (Awb 5:35(1)). Later while objection or appeal is pending (5:35(2)) or
    /// after an interruption (5:37a, 4:106, 4:110), none of which art83 tracks; `None`
    /// (JSON null) for an order of a non-Dutch authority, whose national law art83 does not hold.
    pub time_barred_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
/// How much a finding matters.
#[non_exhaustive]
pub enum Level {
    /// Worth knowing.
    Info,
    /// Worth checking: the result may not be what the authority did.
    Warning,
    /// A discrepancy with the decision: `check` exits 1.
    Error,
}

impl Level {
    /// The name in JSON and in the English report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

super::text::text_enum!(TurnoverSource, MaximumBasis, FineMethod, GroupFineSource, Level);
#[cfg(test)]
super::text::text_schema! {
    TurnoverSource: [Unknown, RateUnknown, PublicBody, Declared, ByYear, Override, Band];
    MaximumBasis: [Fixed, Turnover, AtLeast, PublicBody, NoFine, Stated, Unknown];
    FineMethod: [Declared, Edpb, Ap2019, None];
    GroupFineSource: [Group, Violations];
    Level: [Info, Warning, Error];
}

/// What a finding is about: one variant per code, so that a caller can match it. In JSON and
/// CSV it is the kebab-case code of docs/format.md (`fine-exceeds-maximum`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingCode {
    /// A fine above its legal maximum (Art. 83(4)-(6)).
    FineExceedsMaximum,
    /// A fine on a public body that national law exempts from fines (Art. 83(7)).
    NoFineAllowed,
    /// A fine above an at-least maximum: lawful only at the turnover it needs or more.
    MaximumNeedsTurnover,
    /// `per_eur = "unknown"`: the EUR-based maxima are not known in the decision's currency.
    RateUnknown,
    /// A fine on a violation none of whose articles Art. 83(4)-(6) list.
    FineWithoutTier,
    /// No article of the violation is listed in Art. 83(4)-(6): no legal maximum.
    ViolationWithoutTier,
    /// One article is in no tier, another sets it.
    ArticleWithoutTier,
    /// A group's fine above its Art. 83(3) (or combined) ceiling.
    GroupExceedsCeiling,
    /// The published total differs from the fines added up.
    TotalDiffers,
    /// The published EUR total differs from the converted total.
    TotalEurDiffers,
    /// The published EUR total agrees with the converted total.
    TotalEurMatches,
    /// The published penalty maxima differ from the orders' ceilings.
    PenaltiesMaxDiffers,
    /// A published legal maximum differs from the one art83 finds.
    MaximumDiffers,
    /// A published legal maximum is art83's rounded as the decision rounds.
    MaximumRounded,
    /// A published legal maximum art83 cannot check (turnover unknown, no tier).
    MaximumUnverified,
    /// A fine under national law whose maximum neither art83's table nor the file gives.
    NationalMaximumUnknown,
    /// A published forfeited sum differs from the schedule.
    ForfeitedDiffers,
    /// No published figure: `check` compared nothing.
    NothingToCheck,
    /// A penalty order without a maximum: unbounded exposure.
    PenaltyWithoutMaximum,
    /// A penalty order above the national ceiling per day of delay (FR: LIL art. 20 III 2°).
    PenaltyAboveStatutoryCap,
    /// A penalty order against the State where national law excludes it (FR: LIL art. 20 III 2°).
    PenaltyAgainstTheState,
    /// A non-Dutch order: no Awb 5:35 limitation dates.
    NoLimitationDates,
    /// A decision date after the date of the run.
    DecidedInTheFuture,
    /// A publication date before the decision.
    PublishedBeforeDecided,
    /// Compliance by the deadline, yet penalties stated.
    CompliedByTheDeadline,
    /// Dated breaches on or after compliance: they forfeit nothing and are not counted.
    BreachAfterComplied,
    /// Dated breaches on or after the as-of date: not counted yet.
    BreachAfterAsOf,
    /// An amount written like `"475.000"`.
    ThousandsSeparator,
    /// A turnover given for a public body (Art. 83(7)).
    TurnoverIgnored,
    /// No `turnover` in the case file: taken as unknown.
    TurnoverNotGiven,
    /// `--method` on a violation with its own method table.
    MethodNotCompared,
    /// `--method` gives no result for a violation or group.
    NoMethodResult,
    /// The AP 2019 policy rules applied to a non-Dutch authority.
    Ap2019NotDutch,
    /// The AP 2019 policy rules applied to an infringement after their repeal.
    Ap2019NotInForce,
    /// The AP 2019 rules' reach, stated where the infringement's date is unknown.
    Ap2019InfringementDateUnknown,
    /// A fine above the bandwidth of category IV.
    Ap2019AboveCategoryIv,
    /// `beyond_bandwidth` given, but the fine stays in its bandwidth.
    BeyondBandwidthUnused,
    /// The EDPB Guidelines 04/2022 came after the decision.
    EdpbGuidelinesPostdateDecision,
    /// `size_percent` where no size step applies.
    SizePercentIgnored,
    /// No Art. 83(7) rule known for the authority's country.
    PublicBodyRuleUnknown,
    /// The national rule for converting the maxima into the case's currency.
    CurrencyRule,
    /// No national rule known for converting the maxima.
    CurrencyRuleUnknown,
    /// A conversion rate dated otherwise than the national rule says.
    RateDateOffRule,
    /// No collection rules known for the authority's country: no term, interest or limitation.
    CollectionRulesUnknown,
    /// No date the decision was made known: no payment term.
    NotifiedUnknown,
    /// A day for payment before the statutory term ends: the term applies.
    DueBeforeStatutoryTerm,
    /// Statutory interest at a rate read from secondary sources.
    InterestRateUnverified,
    /// Statutory interest after the rate table's last stated half-year.
    InterestRateBeyondTable,
    /// The earliest day of limitation of the fine has passed.
    ClaimTimeBarred,
    /// The earliest day of limitation of forfeited penalty payments has passed.
    PenaltyTimeBarred,
    /// Payments beyond what is owed.
    Overpaid,
    /// A payment after the as-of date, not counted.
    PaymentAfterAsOf,
    /// The published amount paid differs from the payments.
    PaidDiffers,
    /// A pending objection or appeal may suspend collection (NL: UAVG art. 38, unverified).
    CollectionMaybeSuspended,
    /// A settlement reduction of a percentage its rule does not grant.
    ReductionOffRule,
    /// An appeal not yet decided.
    AppealPending,
    /// An appeal leaves the total that stands unknown.
    FinalTotalUnknown,
    /// The published total after the appeals differs from what they leave.
    FinalTotalDiffers,
    /// An upheld fine stated with another amount than the one that stood.
    UpheldAmountDiffers,
    /// A liquidation differs from what the order forfeits over its window.
    LiquidationDiffers,
}

impl FindingCode {
    /// Every code, in the order of the table in docs/format.md.
    pub const ALL: [FindingCode; 60] = [
        FindingCode::FineExceedsMaximum,
        FindingCode::NoFineAllowed,
        FindingCode::MaximumNeedsTurnover,
        FindingCode::RateUnknown,
        FindingCode::FineWithoutTier,
        FindingCode::ViolationWithoutTier,
        FindingCode::ArticleWithoutTier,
        FindingCode::GroupExceedsCeiling,
        FindingCode::TotalDiffers,
        FindingCode::TotalEurDiffers,
        FindingCode::TotalEurMatches,
        FindingCode::PenaltiesMaxDiffers,
        FindingCode::MaximumDiffers,
        FindingCode::MaximumRounded,
        FindingCode::MaximumUnverified,
        FindingCode::NationalMaximumUnknown,
        FindingCode::ForfeitedDiffers,
        FindingCode::NothingToCheck,
        FindingCode::PenaltyWithoutMaximum,
        FindingCode::PenaltyAboveStatutoryCap,
        FindingCode::PenaltyAgainstTheState,
        FindingCode::NoLimitationDates,
        FindingCode::DecidedInTheFuture,
        FindingCode::PublishedBeforeDecided,
        FindingCode::CompliedByTheDeadline,
        FindingCode::BreachAfterComplied,
        FindingCode::BreachAfterAsOf,
        FindingCode::ThousandsSeparator,
        FindingCode::TurnoverIgnored,
        FindingCode::TurnoverNotGiven,
        FindingCode::MethodNotCompared,
        FindingCode::NoMethodResult,
        FindingCode::Ap2019NotDutch,
        FindingCode::Ap2019NotInForce,
        FindingCode::Ap2019InfringementDateUnknown,
        FindingCode::Ap2019AboveCategoryIv,
        FindingCode::BeyondBandwidthUnused,
        FindingCode::EdpbGuidelinesPostdateDecision,
        FindingCode::SizePercentIgnored,
        FindingCode::PublicBodyRuleUnknown,
        FindingCode::CurrencyRule,
        FindingCode::CurrencyRuleUnknown,
        FindingCode::RateDateOffRule,
        FindingCode::CollectionRulesUnknown,
        FindingCode::NotifiedUnknown,
        FindingCode::DueBeforeStatutoryTerm,
        FindingCode::InterestRateUnverified,
        FindingCode::InterestRateBeyondTable,
        FindingCode::ClaimTimeBarred,
        FindingCode::PenaltyTimeBarred,
        FindingCode::Overpaid,
        FindingCode::PaymentAfterAsOf,
        FindingCode::PaidDiffers,
        FindingCode::CollectionMaybeSuspended,
        FindingCode::ReductionOffRule,
        FindingCode::AppealPending,
        FindingCode::FinalTotalUnknown,
        FindingCode::FinalTotalDiffers,
        FindingCode::UpheldAmountDiffers,
        FindingCode::LiquidationDiffers,
    ];

    /// The code as JSON writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            FindingCode::FineExceedsMaximum => "fine-exceeds-maximum",
            FindingCode::NoFineAllowed => "no-fine-allowed",
            FindingCode::MaximumNeedsTurnover => "maximum-needs-turnover",
            FindingCode::RateUnknown => "rate-unknown",
            FindingCode::FineWithoutTier => "fine-without-tier",
            FindingCode::ViolationWithoutTier => "violation-without-tier",
            FindingCode::ArticleWithoutTier => "article-without-tier",
            FindingCode::GroupExceedsCeiling => "group-exceeds-ceiling",
            FindingCode::TotalDiffers => "total-differs",
            FindingCode::TotalEurDiffers => "total-eur-differs",
            FindingCode::TotalEurMatches => "total-eur-matches",
            FindingCode::PenaltiesMaxDiffers => "penalties-max-differs",
            FindingCode::MaximumDiffers => "maximum-differs",
            FindingCode::MaximumRounded => "maximum-rounded",
            FindingCode::MaximumUnverified => "maximum-unverified",
            FindingCode::NationalMaximumUnknown => "national-maximum-unknown",
            FindingCode::ForfeitedDiffers => "forfeited-differs",
            FindingCode::NothingToCheck => "nothing-to-check",
            FindingCode::PenaltyWithoutMaximum => "penalty-without-maximum",
            FindingCode::PenaltyAboveStatutoryCap => "penalty-above-statutory-cap",
            FindingCode::PenaltyAgainstTheState => "penalty-against-the-state",
            FindingCode::NoLimitationDates => "no-limitation-dates",
            FindingCode::DecidedInTheFuture => "decided-in-the-future",
            FindingCode::PublishedBeforeDecided => "published-before-decided",
            FindingCode::CompliedByTheDeadline => "complied-by-the-deadline",
            FindingCode::BreachAfterComplied => "breach-after-complied",
            FindingCode::BreachAfterAsOf => "breach-after-as-of",
            FindingCode::ThousandsSeparator => "thousands-separator",
            FindingCode::TurnoverIgnored => "turnover-ignored",
            FindingCode::TurnoverNotGiven => "turnover-not-given",
            FindingCode::MethodNotCompared => "method-not-compared",
            FindingCode::NoMethodResult => "no-method-result",
            FindingCode::Ap2019NotDutch => "ap2019-not-dutch",
            FindingCode::Ap2019NotInForce => "ap2019-not-in-force",
            FindingCode::Ap2019InfringementDateUnknown => "ap2019-infringement-date-unknown",
            FindingCode::Ap2019AboveCategoryIv => "ap2019-above-category-iv",
            FindingCode::BeyondBandwidthUnused => "beyond-bandwidth-unused",
            FindingCode::EdpbGuidelinesPostdateDecision => "edpb-guidelines-postdate-decision",
            FindingCode::SizePercentIgnored => "size-percent-ignored",
            FindingCode::PublicBodyRuleUnknown => "public-body-rule-unknown",
            FindingCode::CurrencyRule => "currency-rule",
            FindingCode::CurrencyRuleUnknown => "currency-rule-unknown",
            FindingCode::RateDateOffRule => "rate-date-off-rule",
            FindingCode::CollectionRulesUnknown => "collection-rules-unknown",
            FindingCode::NotifiedUnknown => "notified-unknown",
            FindingCode::DueBeforeStatutoryTerm => "due-before-statutory-term",
            FindingCode::InterestRateUnverified => "interest-rate-unverified",
            FindingCode::InterestRateBeyondTable => "interest-rate-beyond-table",
            FindingCode::ClaimTimeBarred => "claim-time-barred",
            FindingCode::PenaltyTimeBarred => "penalty-time-barred",
            FindingCode::Overpaid => "overpaid",
            FindingCode::PaymentAfterAsOf => "payment-after-as-of",
            FindingCode::PaidDiffers => "paid-differs",
            FindingCode::CollectionMaybeSuspended => "collection-maybe-suspended",
            FindingCode::ReductionOffRule => "reduction-off-rule",
            FindingCode::AppealPending => "appeal-pending",
            FindingCode::FinalTotalUnknown => "final-total-unknown",
            FindingCode::FinalTotalDiffers => "final-total-differs",
            FindingCode::UpheldAmountDiffers => "upheld-amount-differs",
            FindingCode::LiquidationDiffers => "liquidation-differs",
        }
    }
}

super::text::text_enum!(FindingCode);

/// In JSON a finding's `code` is one of docs/format.md's codes ([`FindingCode::ALL`]).
#[cfg(test)]
impl schemars::JsonSchema for FindingCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FindingCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = FindingCode::ALL.iter().map(|code| code.as_str()).collect();
        schemars::json_schema!({ "type": "string", "enum": codes })
    }
}

/// Something `check` judges. Errors make `check` exit 1.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Finding {
    /// How much it matters.
    pub level: Level,
    /// What kind of finding it is: a stable code for programs (`total-differs` in JSON).
    pub code: FindingCode,
    /// The violation it concerns, if any.
    pub violation: Option<String>,
    /// The group it concerns, if any.
    pub group: Option<String>,
    /// The order it concerns, if any.
    pub penalty: Option<String>,
    /// What was found, as a message each language writes.
    pub message: Message,
}

impl Finding {
    /// A finding about the case as a whole that says `message`.
    pub fn says(level: Level, code: FindingCode, message: Message) -> Finding {
        Finding { level, code, violation: None, group: None, penalty: None, message }
    }
    /// The finding, about violation `id`.
    pub fn violation(mut self, id: &str) -> Finding {
        self.violation = Some(id.to_string());
        self
    }
    /// The finding, about group `id`.
    pub fn group(mut self, id: &str) -> Finding {
        self.group = Some(id.to_string());
        self
    }
    /// The finding, about order `id`.
    pub fn penalty(mut self, id: &str) -> Finding {
        self.penalty = Some(id.to_string());
        self
    }
    /// What was found, in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        catalogue::text(lang, &self.message)
    }
}

/// A finding in JSON: `level`, `code`, the ids it concerns, `message` in English, and the
/// message's `message_id` and `args`.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Finding", 8)?;
        out.serialize_field("level", &self.level)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("violation", &self.violation)?;
        out.serialize_field("group", &self.group)?;
        out.serialize_field("penalty", &self.penalty)?;
        out.serialize_field("message", &English { message: &self.message, attribute: None })?;
        out.serialize_field("message_id", self.message.id)?;
        out.serialize_field("args", &Args(&self.message.args))?;
        out.end()
    }
}

/// The JSON Schema of a finding: as it serializes.
#[cfg(test)]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct FindingJson {
    /// How much it matters.
    level: Level,
    /// What kind of finding it is: a stable code for programs (`total-differs`).
    code: FindingCode,
    /// The violation it concerns, if any.
    violation: Option<String>,
    /// The group it concerns, if any.
    group: Option<String>,
    /// The order it concerns, if any.
    penalty: Option<String>,
    /// What was found, in an English sentence.
    message: String,
    /// The id of the finding's message in the catalogues.
    message_id: String,
    /// The typed values the message is made of, by name (as a step's `args`).
    args: std::collections::BTreeMap<String, serde_json::Value>,
}

#[cfg(test)]
impl schemars::JsonSchema for Finding {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Finding".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        FindingJson::json_schema(generator)
    }
}

impl Report {
    /// How many of the decision's own figures the case file states, each compared with the
    /// calculation: `published_total`, `published_penalties_max`, `published_total_eur`,
    /// `published_final_total`, each `published_maximum`, each order's `published_forfeited` and
    /// liquidations, `published_paid`.
    pub fn published_figures(&self) -> usize {
        let case = [
            self.case.published_total,
            self.case.published_penalties_max,
            self.case.published_total_eur,
            self.case.published_final_total,
            self.case.published_maximum,
        ]
        .iter()
        .filter(|figure| figure.is_some())
        .count();
        let maxima = self.violations.iter().filter(|v| v.published_maximum.is_some()).count()
            + self.groups.iter().filter(|g| g.published_maximum.is_some()).count();
        let paid = self.collection.as_ref().is_some_and(|c| c.published_paid.is_some());
        let liquidations: usize = self.penalties.iter().map(|p| p.liquidations.len()).sum();
        case + maxima
            + self.penalties.iter().filter(|p| p.published_forfeited.is_some()).count()
            + liquidations
            + usize::from(paid)
    }

    /// True when `check` should exit 1.
    pub fn has_discrepancy(&self) -> bool {
        self.findings.iter().any(|f| f.level == Level::Error)
    }
}
