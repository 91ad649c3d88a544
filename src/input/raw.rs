//! The case file as written: serde structs mirroring FORMAT.md key for key. Unknown keys are
//! errors (`deny_unknown_fields`); cross-references are checked in `validate`.

use serde::Deserialize;
use toml::Spanned;

use super::value::{Amount, BreachesValue, LocalDate, Percent, Position, Signed, Unit, UntilValue, Written};
#[cfg(test)]
use super::value::{PublicBodySchema, TurnoverSchema};
use crate::calc::model::{AppealOutcome, Category, GroupKind, PeriodCount, Seriousness};

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub case: CaseTable,
    /// Needed where the case has violations (their maxima depend on it); a case of penalty
    /// orders alone may leave it out.
    pub undertaking: Option<UndertakingTable>,
    #[serde(default)]
    pub violation: Vec<ViolationTable>,
    #[serde(default)]
    pub group: Vec<GroupTable>,
    #[serde(default)]
    pub penalty: Vec<PenaltyTable>,
    /// Judgments (or decisions on objection) after the decision, in date order.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<AppealTable>"))]
    pub appeal: Vec<Spanned<AppealTable>>,
    /// After the decision: when it was made known, a later day for payment it sets.
    pub collection: Option<CollectionTable>,
    /// Payments made towards the fine.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<PaymentTable>"))]
    pub payment: Vec<Spanned<PaymentTable>>,
}

/// `[[appeal]]`: a judgment and what stands of the fine after it.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppealTable {
    /// The court, or the authority deciding the objection.
    pub body: String,
    #[cfg_attr(test, schemars(with = "LocalDate"))]
    pub decided: Spanned<LocalDate>,
    /// An ECLI or case number.
    pub reference: Option<String>,
    pub outcome: AppealOutcome,
    /// The amount that stands after it: the case total, or with `violation` that violation's fine.
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub fine: Option<Spanned<Amount>>,
    /// The violation it concerns; absent: the decision as a whole.
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub violation: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CollectionTable {
    /// The day the decision was made known to the party (NL: the payment term runs from it).
    #[cfg_attr(test, schemars(with = "Option<LocalDate>"))]
    pub notified: Option<Spanned<LocalDate>>,
    /// A later last day for payment that the decision itself sets.
    pub due: Option<LocalDate>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PaymentTable {
    pub date: LocalDate,
    pub amount: Amount,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseTable {
    pub title: String,
    #[serde(default)]
    pub authority: String,
    pub decided: Option<LocalDate>,
    pub published: Option<LocalDate>,
    pub published_total: Option<Amount>,
    pub published_penalties_max: Option<Amount>,
    /// The legal maximum the decision states (its gravest infringement's); `check` compares it.
    pub published_maximum: Option<Amount>,
    /// The decision's currency (ISO 4217), if not euros; needs `per_eur` or `eur_per_unit`.
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub currency: Option<Spanned<String>>,
    /// Units of `currency` per euro, as central banks quote it.
    #[cfg_attr(test, schemars(with = "Option<super::value::RateValue>"))]
    pub per_eur: Option<Spanned<super::value::RateValue>>,
    /// Euros per unit of `currency` (the inverse of `per_eur`).
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub eur_per_unit: Option<Spanned<Amount>>,
    /// The date of the rate (PL: the NBP table of 28 January).
    pub rate_date: Option<LocalDate>,
    /// The EUR equivalent of the total that the decision states; `check` compares it at the
    /// precision it is written in ("1168.40": to the cent).
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub published_total_eur: Option<Written>,
    /// The decision set the fine in euros and converted it into `currency`: `published_total`
    /// is then compared with `published_total_eur` converted at the rate, at its precision.
    #[serde(default)]
    pub fine_set_in_eur: bool,
    /// The total after the appeals, as published; `check` compares it.
    pub published_final_total: Option<Amount>,
    /// What the authority says was paid; `check` compares it with the payments.
    pub published_paid: Option<Amount>,
    /// Settlement reductions of the total of the fines, each a percentage of it.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<ReductionTable>"))]
    pub reductions: Vec<Spanned<ReductionTable>>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UndertakingTable {
    pub name: String,
    /// "unknown", an amount, or a table by financial year (read in `validate`).
    #[cfg_attr(test, schemars(with = "Option<TurnoverSchema>"))]
    pub turnover: Option<Spanned<toml::Value>>,
    /// true/false, or the kind national law distinguishes (read in `validate`).
    #[cfg_attr(test, schemars(with = "Option<PublicBodySchema>"))]
    pub public_body: Option<Spanned<toml::Value>>,
    /// The financial year the authority used, when not the one preceding `decided`.
    #[cfg_attr(test, schemars(with = "Option<i16>"))]
    pub turnover_year: Option<Spanned<i16>>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViolationTable {
    #[cfg_attr(test, schemars(with = "String"))]
    pub id: Spanned<String>,
    pub title: Option<String>,
    #[cfg_attr(test, schemars(with = "Vec<String>"))]
    pub articles: Spanned<Vec<Spanned<String>>>,
    pub from: Option<LocalDate>,
    pub until: Option<UntilValue>,
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub group: Option<Spanned<String>>,
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub fine: Option<Spanned<Amount>>,
    /// The legal maximum the decision states for this violation; `check` compares it.
    pub published_maximum: Option<Amount>,
    /// A fine under national law in the same decision (e-Privacy): its provision and maximum.
    #[cfg_attr(test, schemars(with = "Option<NationalTable>"))]
    pub national: Option<Spanned<NationalTable>>,
    #[cfg_attr(test, schemars(with = "Option<EdpbTable>"))]
    pub edpb: Option<Spanned<EdpbTable>>,
    #[cfg_attr(test, schemars(with = "Option<Ap2019Table>"))]
    pub ap2019: Option<Spanned<Ap2019Table>>,
    /// The amount the authority proposed before a settlement.
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub proposed: Option<Spanned<Amount>>,
    /// Settlement reductions of the proposed amount (ES: LPACAP art. 85).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<ReductionTable>"))]
    pub reductions: Vec<Spanned<ReductionTable>>,
}

/// A settlement reduction: a rule of the authority's country and, optionally, its percentage.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReductionTable {
    /// The rule's name (ES: "acknowledgment", "voluntary-payment"; IT: "reduced-payment").
    pub rule: String,
    /// The percentage taken off; default: the rule's own (ES 20, IT 50).
    pub percent: Option<Percent>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NationalTable {
    /// The national provision infringed, like "Loi 78-17 art. 82" (required).
    pub provision: Option<String>,
    /// The maximum the decision states, where art83 holds no table for the provision.
    pub maximum: Option<Amount>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EdpbTable {
    pub seriousness: Seriousness,
    pub position: Option<Position>,
    pub starting_amount: Option<Amount>,
    pub size_position: Option<Position>,
    pub size_percent: Option<Percent>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<AdjustmentTable>"))]
    pub adjustments: Vec<Spanned<AdjustmentTable>>,
    #[cfg_attr(test, schemars(with = "Option<AdjustmentTable>"))]
    pub proportionality: Option<Spanned<AdjustmentTable>>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AdjustmentTable {
    /// An Art. 83(2) letter (EDPB: 83(2)(k)) or Art. 7 factor (AP 2019: 7(a) to 7(k), or 7); optional for step 5.
    pub factor: Option<String>,
    pub percent: Option<Signed>,
    pub amount: Option<Signed>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ap2019Table {
    pub category: Option<Category>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<AdjustmentTable>"))]
    pub adjustments: Vec<Spanned<AdjustmentTable>>,
    /// Art. 8.1: the reason for leaving the category's bandwidth.
    pub beyond_bandwidth: Option<String>,
    #[serde(default)]
    pub repeat_offence: bool,
    #[cfg_attr(test, schemars(with = "Option<AdjustmentTable>"))]
    pub ability_to_pay: Option<Spanned<AdjustmentTable>>,
    /// A reasoned proportionality or cumulation step (Awb 3:4 and 5:46), after the bandwidth.
    #[cfg_attr(test, schemars(with = "Option<AdjustmentTable>"))]
    pub proportionality: Option<Spanned<AdjustmentTable>>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupTable {
    #[cfg_attr(test, schemars(with = "String"))]
    pub id: Spanned<String>,
    pub title: Option<String>,
    /// "linked" (Art. 83(3), the default) or "combined" (one fine for separate infringements).
    #[serde(default)]
    pub kind: GroupKind,
    /// The member the decision names as the gravest infringement.
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub gravest: Option<Spanned<String>>,
    pub fine: Option<Amount>,
    /// The ceiling the decision states for the group; `check` compares it.
    pub published_maximum: Option<Amount>,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PenaltyTable {
    #[cfg_attr(test, schemars(with = "String"))]
    pub id: Spanned<String>,
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub violation: Option<Spanned<String>>,
    pub order: Option<String>,
    #[cfg_attr(test, schemars(with = "Amount"))]
    pub amount: Spanned<Amount>,
    #[cfg_attr(test, schemars(with = "Unit"))]
    pub per: Spanned<Unit>,
    #[cfg_attr(test, schemars(with = "Option<LocalDate>"))]
    pub due: Option<Spanned<LocalDate>>,
    #[cfg_attr(test, schemars(with = "Option<Unit>"))]
    pub grace: Option<Spanned<Unit>>,
    #[cfg_attr(test, schemars(with = "Option<Amount>"))]
    pub max: Option<Spanned<Amount>>,
    #[serde(default = "completed", deserialize_with = "super::value::period_count")]
    pub count: PeriodCount,
    #[cfg_attr(test, schemars(with = "Option<LocalDate>"))]
    pub complied: Option<Spanned<LocalDate>>,
    /// An order limited in time (Art. 66 urgency): the first day it no longer applies.
    #[cfg_attr(test, schemars(with = "Option<LocalDate>"))]
    pub ends: Option<Spanned<LocalDate>>,
    /// Only with per = "breach": a count, or the breach dates.
    #[cfg_attr(test, schemars(with = "Option<BreachesValue>"))]
    pub breaches: Option<Spanned<BreachesValue>>,
    /// The amount the authority liquidated or claimed; `check` compares it.
    pub published_forfeited: Option<Amount>,
    /// Decisions fixing what the order forfeited over a window; `check` compares each.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<LiquidationTable>"))]
    pub liquidation: Vec<Spanned<LiquidationTable>>,
    /// Times in which nothing accrues (a court's provisional measure, an extension).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<SuspensionTable>"))]
    pub suspended: Vec<Spanned<SuspensionTable>>,
}

/// `[[penalty.liquidation]]`: what an authority's decision fixed as forfeited over a window.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LiquidationTable {
    /// The first day of the window.
    pub from: LocalDate,
    /// The last day of the window, included.
    pub until: LocalDate,
    pub amount: Amount,
}

#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SuspensionTable {
    pub from: LocalDate,
    /// Absent: still suspended.
    pub until: Option<LocalDate>,
    pub reason: Option<String>,
}

/// The default count of a `[[penalty]]`: only completed periods. An order "per week" without
/// "or part of a week" forfeits its first amount only one week after the grace period has
/// ended (ABRvS 18 Nov 2015, ECLI:NL:RVS:2015:3532: grace period to 1 July 2014, first amount
/// on 8 July 2014); the wording "per X or part of X" is what makes a started period count in
/// full (`count = "started"`).
fn completed() -> PeriodCount {
    PeriodCount::Completed
}
