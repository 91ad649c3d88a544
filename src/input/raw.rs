//! The case file as written: serde structs mirroring FORMAT.md key for key. Unknown keys are
//! errors (`deny_unknown_fields`); cross-references are checked in `validate`.

use serde::Deserialize;
use toml::Spanned;

use super::value::{Amount, LocalDate, Percent, Position, Signed, Unit, UntilValue};
use crate::calc::model::{Category, PeriodCount, Seriousness};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub case: CaseTable,
    pub undertaking: UndertakingTable,
    #[serde(default)]
    pub violation: Vec<ViolationTable>,
    #[serde(default)]
    pub group: Vec<GroupTable>,
    #[serde(default)]
    pub penalty: Vec<PenaltyTable>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseTable {
    pub title: String,
    #[serde(default)]
    pub authority: String,
    pub decided: Option<LocalDate>,
    pub published: Option<LocalDate>,
    pub published_total: Option<Amount>,
    pub published_penalties_max: Option<Amount>,
    /// The currency of the file's amounts, if not euros; needs `eur_per_unit`.
    pub currency: Option<Spanned<String>>,
    pub eur_per_unit: Option<Spanned<Amount>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UndertakingTable {
    pub name: String,
    /// "unknown", an amount, or a table by financial year (read in `validate`).
    pub turnover: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub public_body: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViolationTable {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub articles: Spanned<Vec<Spanned<String>>>,
    pub from: Option<LocalDate>,
    pub until: Option<UntilValue>,
    pub group: Option<Spanned<String>>,
    pub fine: Option<Spanned<Amount>>,
    pub edpb: Option<Spanned<EdpbTable>>,
    pub ap2019: Option<Spanned<Ap2019Table>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EdpbTable {
    pub seriousness: Seriousness,
    pub position: Option<Position>,
    pub starting_amount: Option<Amount>,
    pub size_position: Option<Position>,
    pub size_percent: Option<Percent>,
    #[serde(default)]
    pub adjustments: Vec<Spanned<AdjustmentTable>>,
    pub proportionality: Option<Spanned<AdjustmentTable>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdjustmentTable {
    /// An Art. 83(2) letter (EDPB) or Art. 7 factor (AP 2019); optional for step 5.
    pub factor: Option<String>,
    pub percent: Option<Signed>,
    pub amount: Option<Signed>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ap2019Table {
    pub category: Option<Category>,
    #[serde(default)]
    pub adjustments: Vec<Spanned<AdjustmentTable>>,
    /// Art. 8.1: the reason for leaving the category's bandwidth.
    pub beyond_bandwidth: Option<String>,
    #[serde(default)]
    pub repeat_offence: bool,
    pub ability_to_pay: Option<Spanned<AdjustmentTable>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupTable {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub fine: Option<Amount>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyTable {
    pub id: Spanned<String>,
    pub violation: Option<Spanned<String>>,
    pub order: Option<String>,
    pub amount: Spanned<Amount>,
    pub per: Spanned<Unit>,
    pub due: Option<Spanned<LocalDate>>,
    pub grace: Option<Spanned<Unit>>,
    pub max: Option<Spanned<Amount>>,
    #[serde(default = "started")]
    pub count: PeriodCount,
    pub complied: Option<Spanned<LocalDate>>,
    pub breaches: Option<Spanned<u32>>,
}

fn started() -> PeriodCount {
    PeriodCount::Started
}
