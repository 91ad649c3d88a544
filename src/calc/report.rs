//! The report: every computed amount with the steps that produced it. The JSON renderer
//! serializes these types as they are (field names are the FORMAT.md contract); the table
//! renderer reads the same data.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::article::Tier;
use super::model::{Category, GroupKind, PeriodCount, Seriousness};
use super::money::Money;

/// One step of an explanation: the rule applied, what it did, and the amount it gave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub rule: String,
    pub detail: String,
    pub amount: Option<Money>,
}

impl Step {
    pub fn new(rule: impl Into<String>, detail: impl Into<String>, amount: Option<Money>) -> Step {
        Step { rule: rule.into(), detail: detail.into(), amount }
    }
}

/// Collects the steps of an explanation. Switched off (sweeps, the bounds of a range) it skips
/// building their text, which is most of the cost of a calculation.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    steps: Vec<Step>,
    off: bool,
}

impl Trace {
    pub fn new(explain: bool) -> Trace {
        Trace { steps: Vec::new(), off: !explain }
    }

    pub fn push(&mut self, step: impl FnOnce() -> Step) {
        if !self.off {
            self.steps.push(step());
        }
    }

    pub fn extend(&mut self, steps: Vec<Step>) {
        if !self.off {
            self.steps.extend(steps);
        }
    }

    pub fn explains(&self) -> bool {
        !self.off
    }

    pub fn into_steps(self) -> Vec<Step> {
        self.steps
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub case: CaseInfo,
    pub undertaking: UndertakingReport,
    pub violations: Vec<ViolationReport>,
    pub groups: Vec<GroupReport>,
    pub total: Money,
    /// For a case in another currency: the total's EUR equivalent, rounded half-up to the cent.
    pub total_eur: Option<Money>,
    pub total_steps: Vec<Step>,
    pub penalties: Vec<PenaltyReport>,
    /// The sum of the orders' ceilings; null when an order has none (its exposure is unbounded).
    pub penalties_max: Option<Money>,
    pub penalties_forfeited: Money,
    /// The date penalties accrue to where an order has no `complied` date.
    pub as_of: Date,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseInfo {
    pub title: String,
    pub authority: String,
    pub decided: Option<Date>,
    pub published: Option<Date>,
    pub published_total: Option<Money>,
    pub published_penalties_max: Option<Money>,
    /// The decision's currency (ISO 4217) when not the euro: every amount of the report is in
    /// it, with EUR equivalents in the `*_eur` fields.
    pub currency: Option<String>,
    /// The rate as given: units per euro, or its inverse.
    pub per_eur: Option<rust_decimal::Decimal>,
    pub eur_per_unit: Option<rust_decimal::Decimal>,
    pub rate_date: Option<Date>,
    /// The EUR equivalent of the total the decision states.
    pub published_total_eur: Option<Money>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UndertakingReport {
    pub name: String,
    pub public_body: bool,
    /// The turnover in euros the maxima use, or null when the fixed maxima apply.
    pub turnover: Option<Money>,
    pub turnover_year: Option<i16>,
    /// True when the authority chose the financial year (`turnover_year`), rather than the one
    /// preceding the decision.
    pub turnover_year_chosen: bool,
    pub turnover_source: TurnoverSource,
    pub turnover_steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        }
    }

    /// Whether the amount is a floor rather than the maximum itself.
    pub fn is_floor(self) -> bool {
        self == MaximumBasis::AtLeast
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FineMethod {
    /// Stated by the decision or the user (on the violation or its group).
    Declared,
    Edpb,
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
pub struct ArticleReport {
    pub article: String,
    pub as_written: String,
    pub tier: Option<Tier>,
    /// The point of Art. 83 that lists the provision.
    pub listed_in: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViolationReport {
    pub id: String,
    pub title: Option<String>,
    pub articles: Vec<String>,
    pub article_details: Vec<ArticleReport>,
    pub tier: Option<Tier>,
    pub legal_maximum: Option<Money>,
    /// For a case in another currency: the legal maximum's EUR equivalent.
    pub legal_maximum_eur: Option<Money>,
    pub maximum_basis: Option<MaximumBasis>,
    /// With an at-least maximum and a fine above it: the turnover the fine needs to be lawful.
    pub required_turnover: Option<Money>,
    pub fine: Option<Money>,
    pub method: FineMethod,
    pub group: Option<String>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub ongoing: bool,
    /// Days from `from` up to `until` (or the decision date while ongoing).
    pub duration_days: Option<i32>,
    pub edpb: Option<EdpbReport>,
    pub ap2019: Option<Ap2019Report>,
    /// What `--method` gives with its defaults, beside the declared fine.
    pub comparison: Option<Comparison>,
    pub steps: Vec<Step>,
}

/// EDPB Guidelines 04/2022, step by step.
#[derive(Debug, Clone, Serialize)]
pub struct EdpbReport {
    pub seriousness: Seriousness,
    /// The band of step 2a: share of the applicable legal maximum.
    pub seriousness_percent: [Decimal; 2],
    pub starting_range: [Money; 2],
    pub starting_amount: Money,
    /// The size band of step 2b, in percent; null above EUR 500M or with turnover unknown.
    pub size_band_percent: Option<[Decimal; 2]>,
    pub size_band_verified: Option<bool>,
    pub size_range: Option<[Money; 2]>,
    pub size_percent: Option<Decimal>,
    pub after_step_2: Money,
    pub after_step_3: Money,
    pub after_step_4: Money,
    pub after_step_5: Money,
    /// The fine with every choice at the bottom, and at the top, of its band.
    pub fine_range: [Money; 2],
}

/// AP Boetebeleidsregels 2019, step by step.
#[derive(Debug, Clone, Serialize)]
pub struct Ap2019Report {
    pub category: Category,
    pub category_source: String,
    pub bandwidth: [Money; 2],
    pub basic_fine: Money,
    pub after_adjustments: Money,
    pub after_repeat_offence: Money,
    /// After the proportionality or cumulation step (Awb 3:4, 5:46), if any.
    pub after_proportionality: Money,
    pub after_ability_to_pay: Money,
}

/// A method's result beside a declared fine.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub method: FineMethod,
    pub fine: Option<Money>,
    pub range: Option<[Money; 2]>,
    /// Why there is no result (e.g. no AP category known for the articles).
    pub note: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupReport {
    pub id: String,
    pub title: Option<String>,
    pub kind: GroupKind,
    pub violations: Vec<String>,
    /// The member whose legal maximum is the highest (Art. 83(3) "gravest infringement"), as
    /// the decision names it or as the maxima show; null for a tie the decision does not settle.
    pub gravest: Option<String>,
    /// The members sharing the highest maximum when the case file names no `gravest` (a tie).
    pub tied: Vec<String>,
    /// Linked: the gravest member's maximum; combined: the sum of the members' maxima.
    pub ceiling: Option<Money>,
    /// For a case in another currency: the ceiling's EUR equivalent.
    pub ceiling_eur: Option<Money>,
    /// `at-least` where a member's maximum is only known as a floor.
    pub ceiling_basis: Option<MaximumBasis>,
    /// With an at-least ceiling and a fine above it: the turnover the fine needs to be lawful.
    pub required_turnover: Option<Money>,
    pub fine: Money,
    /// Whether `fine` is the group's own single fine or the sum of its members' fines.
    pub fine_source: GroupFineSource,
    pub within: Option<bool>,
    /// With `--method`: the members' method results added up and capped at the ceiling.
    pub comparison: Option<GroupComparison>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupComparison {
    pub method: FineMethod,
    /// Null when the method gives no result for a member: a sum without it would understate
    /// the group, so there is none (`note` names the members).
    pub fine: Option<Money>,
    pub note: Option<String>,
    /// Whether the Art. 83(3) ceiling cut the sum.
    pub capped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupFineSource {
    Group,
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
pub struct PenaltyReport {
    pub id: String,
    pub violation: Option<String>,
    pub order: Option<String>,
    pub amount: Money,
    pub per: String,
    pub count: PeriodCount,
    /// The compliance deadline; accrual starts the day after. Null for an order per breach
    /// without one (Awb 5:32a(2)).
    pub due: Option<Date>,
    pub accrual_starts: Option<Date>,
    /// The first day no longer counted: `complied` or the as-of date, whichever comes first.
    pub accrual_ends: Date,
    pub complied: Option<Date>,
    pub max: Option<Money>,
    pub forfeited: Money,
    /// The periods (or breaches) that forfeited an amount: none beyond the ceiling.
    pub periods: u64,
    /// All periods (or breaches) of non-compliance up to `accrual_ends`, past the ceiling too.
    pub periods_elapsed: u64,
    /// Days of non-compliance up to `accrual_ends` on which the order was suspended.
    pub suspended_days: u64,
    pub suspensions: Vec<SuspensionReport>,
    /// The amount the authority liquidated or claimed, as the case file states it.
    pub published_forfeited: Option<Money>,
    /// The first day on which the ceiling is reached, if it is reached by `accrual_ends`.
    pub max_reached_on: Option<Date>,
    /// The day the ceiling would be reached if the order stays unmet (null once complied).
    pub max_reached_if_unmet: Option<Date>,
    pub schedule: Vec<PenaltyPeriod>,
    pub steps: Vec<Step>,
}

/// A suspension of the order and how many days of non-compliance it took out.
#[derive(Debug, Clone, Serialize)]
pub struct SuspensionReport {
    pub from: Date,
    /// Null: still suspended.
    pub until: Option<Date>,
    pub reason: Option<String>,
    /// Days up to `accrual_ends` on which nothing accrued because of this suspension.
    pub days: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct PenaltyPeriod {
    pub period: u64,
    pub from: Date,
    pub to: Date,
    pub amount: Money,
    pub cumulative: Money,
    /// The day the amount is forfeited (Awb 5:33).
    pub forfeited_on: Date,
    /// The first day on which collection is barred: the day after the first anniversary of
    /// forfeiture (Awb 5:35(1)), later while objection or appeal is pending; `None`
    /// (JSON null) for an order of a non-Dutch authority, whose national law art83 does not hold.
    pub time_barred_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Info,
    Warning,
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

/// Something `check` judges. Errors make `check` exit 1.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub level: Level,
    pub code: &'static str,
    pub violation: Option<String>,
    pub group: Option<String>,
    pub penalty: Option<String>,
    pub message: String,
}

impl Finding {
    pub fn new(level: Level, code: &'static str, message: impl Into<String>) -> Finding {
        Finding { level, code, violation: None, group: None, penalty: None, message: message.into() }
    }
    pub fn violation(mut self, id: &str) -> Finding {
        self.violation = Some(id.to_string());
        self
    }
    pub fn group(mut self, id: &str) -> Finding {
        self.group = Some(id.to_string());
        self
    }
    pub fn penalty(mut self, id: &str) -> Finding {
        self.penalty = Some(id.to_string());
        self
    }
}

impl Report {
    /// How many of the decision's own figures (`published_total`, `published_penalties_max`,
    /// `published_total_eur`, each order's `published_forfeited`) the case file states, each compared with the calculation.
    pub fn published_figures(&self) -> usize {
        let case = [self.case.published_total, self.case.published_penalties_max, self.case.published_total_eur]
            .iter()
            .filter(|figure| figure.is_some())
            .count();
        case + self.penalties.iter().filter(|p| p.published_forfeited.is_some()).count()
    }

    /// True when `check` should exit 1.
    pub fn has_discrepancy(&self) -> bool {
        self.findings.iter().any(|f| f.level == Level::Error)
    }
}
