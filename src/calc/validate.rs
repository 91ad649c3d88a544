//! The invariants of a [`Case`] that no calculation can do without: ids that identify, groups
//! and violations that exist, one source for each fine, orders that can forfeit. `calculate`
//! checks them first, so a `Case` built by hand is held to the same rules as one read from a
//! case file. The messages name the case's parts, never a file's keys: `input` maps each error
//! to the key it concerns.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

pub use super::law::settlements::ReductionProblem;
use super::model::{Adjustment, Breaches, Case, Deadline, Method, PenaltyOrder, PenaltyUnit, Until, Violation};
use super::money::Money;

/// Which kind of part of a case an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// A violation (`Case::violations`).
    Violation,
    /// An Art. 83(3) group (`Case::groups`).
    Group,
    /// An order subject to a penalty payment (`Case::penalties`).
    Penalty,
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Part::Violation => "violation",
            Part::Group => "group",
            Part::Penalty => "penalty",
        })
    }
}

/// A broken invariant of a [`Case`]. Each variant carries the index of the violation, group or
/// penalty order it concerns (in the case's own order) and the ids it names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// An id that is empty or only spaces.
    #[error("empty {part} id")]
    EmptyId {
        /// Which list the id is in.
        part: Part,
        /// Its index in its list (`Case::violations`, `groups` or `penalties`).
        index: usize,
    },
    /// Two violations, groups or orders with one id: references would be ambiguous.
    #[error("duplicate {part} id `{id}`: ids must be unique within the case")]
    DuplicateId {
        /// Which list the id is in.
        part: Part,
        /// Its index in its list (`Case::violations`, `groups` or `penalties`).
        index: usize,
        /// The id.
        id: String,
    },
    /// A violation without a cited provision has no tier and so no legal maximum.
    #[error("violation `{violation}` cites no articles")]
    NoArticles {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
    },
    /// A violation citing a paragraph or point the GDPR does not have (an `Article` built by
    /// hand; read from text, the citation is refused first).
    #[error("violation `{violation}` cites {article}, which the GDPR does not have")]
    NoSuchProvision {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The provision, in canonical form.
        article: String,
    },
    /// A violation that ends before it starts.
    #[error("violation `{violation}` ends ({until}) before it starts ({from})")]
    EndsBeforeStart {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The day it starts.
        from: Date,
        /// The day it ends.
        until: Date,
    },
    /// A fine imposed and a method to compute one: which is the violation's fine?
    #[error("violation `{violation}` has both a fine and a fining method; give one or the other")]
    FineAndMethod {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
    },
    /// A violation with a fining method in a group fined once for all its members.
    #[error("violation `{violation}` has a fining method, but its group `{group}` has one fine for all its violations")]
    MethodInFinedGroup {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The group's id.
        group: String,
    },
    /// Settlement reductions of a violation that states no proposed amount to reduce.
    #[error("violation `{violation}` has settlement reductions but no proposed amount to reduce")]
    ReductionsWithoutProposed {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
    },
    /// A proposed amount and a fining method: which is the violation's fine?
    #[error("violation `{violation}` has both a proposed amount and a fining method; give one or the other")]
    ProposedAndMethod {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
    },
    /// A proposed amount for a violation in a group fined once for all its members.
    #[error(
        "violation `{violation}` has its own proposed amount, but its group `{group}` has one fine for all its violations"
    )]
    ProposedInFinedGroup {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The group's id.
        group: String,
    },
    /// A fine that is not the proposed amount less the reductions.
    #[error("violation `{violation}`: the fine {fine} is not the proposed amount less the reductions, {computed}")]
    FineDisagreesWithReductions {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The fine given.
        fine: Money,
        /// The proposed amount less the reductions.
        computed: Money,
    },
    /// Settlement reductions that cannot apply: of a violation (index and id), or of the total.
    #[error("{}: {problem}", violation.as_ref().map_or("the reductions of the total".to_string(), |(_, id)| format!("violation `{id}`")))]
    Reduction {
        /// The violation's index in `Case::violations` and its id; `None`: the case's own reductions.
        violation: Option<(usize, String)>,
        /// What is wrong.
        problem: ReductionProblem,
    },
    /// A judgment dated before the decision it rules on.
    #[error("appeal {}: it is dated {appeal_decided}, before the decision ({decided})", index + 1)]
    AppealBeforeDecision {
        /// The appeal's index in `Case::appeals`.
        index: usize,
        /// The judgment's date.
        appeal_decided: Date,
        /// The decision's date.
        decided: Date,
    },
    /// Judgments out of date order: each states what stands after the one before it.
    #[error("appeal {}: dated {appeal_decided}, before the appeal listed before it ({previous}); list them in date order", index + 1)]
    AppealsOutOfOrder {
        /// The appeal's index in `Case::appeals`.
        index: usize,
        /// Its date.
        appeal_decided: Date,
        /// The date of the one listed before it.
        previous: Date,
    },
    /// A judgment on a violation the case does not have.
    #[error("appeal {} names violation `{violation}`, which the case does not have", index + 1)]
    AppealUnknownViolation {
        /// The appeal's index in `Case::appeals`.
        index: usize,
        /// The violation named.
        violation: String,
    },
    /// A judgment that reduced the fine without the amount it left.
    #[error("appeal {}: a reduced fine needs the amount that stands after it", index + 1)]
    AppealWithoutFine {
        /// The appeal's index in `Case::appeals`.
        index: usize,
    },
    /// An amount that contradicts the outcome: an annulled fine other than zero, a pending appeal
    /// with an amount.
    #[error("appeal {}: an outcome `{outcome}` leaves no amount of its own", index + 1)]
    AppealFineContradictsOutcome {
        /// The appeal's index in `Case::appeals`.
        index: usize,
        /// The outcome.
        outcome: super::model::AppealOutcome,
    },
    /// A violation in a group the case does not have.
    #[error("violation `{violation}` is in group `{group}`, which the case does not have")]
    UnknownGroup {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The group's id.
        group: String,
    },
    /// A group without members: nothing to fine together.
    #[error("group `{group}` has no violations")]
    EmptyGroup {
        /// The group's index in `Case::groups`.
        index: usize,
        /// The group's id.
        group: String,
    },
    /// A group's gravest infringement (Art. 83(3)) that is not one of its own violations.
    #[error("group `{group}`: its gravest violation `{gravest}` is not one of its violations")]
    GravestNotMember {
        /// The group's index in `Case::groups`.
        index: usize,
        /// The group's id.
        group: String,
        /// The id named as the gravest.
        gravest: String,
        /// The ids of the group's violations.
        members: Vec<String>,
    },
    /// An order for a violation the case does not have.
    #[error("penalty `{penalty}` names violation `{violation}`, which the case does not have")]
    UnknownViolation {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The violation's id.
        violation: String,
    },
    /// An order without a deadline: only one per breach may go without (Awb 5:32a(2)).
    #[error("penalty `{penalty}` needs a deadline; only an order per breach may go without")]
    NoDeadline {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
    },
    /// A grace period is counted in days, weeks or months.
    #[error("penalty `{penalty}`: a grace period is a number of days, weeks or months")]
    GraceNotAPeriod {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
    },
    /// An order limited in time that ends before its deadline: it could never be breached.
    #[error("penalty `{penalty}`: the order ends on {ends}, before its deadline {due}")]
    EndsBeforeDue {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The deadline.
        due: Date,
        /// The first day the order no longer applies.
        ends: Date,
    },
    /// A deadline before the decision that sets it.
    #[error("penalty `{penalty}`: the deadline {due} lies before the decision ({decided})")]
    DueBeforeDecision {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The deadline.
        due: Date,
        /// The date of the decision.
        decided: Date,
    },
    /// Breaches belong to an order per breach only.
    #[error("penalty `{penalty}`: breaches only go with an order per breach")]
    BreachesNotPerBreach {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
    },
    /// An order forfeits only for breaches after the decision.
    #[error("penalty `{penalty}`: the breach on {breach} lies before the decision ({decided})")]
    BreachBeforeDecision {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The earliest breach.
        breach: Date,
        /// The date of the decision.
        decided: Date,
    },
    /// A Dutch order must state its maximum (Awb 5:32b(2)).
    #[error(
        "penalty `{penalty}` needs a maximum: a Dutch order subject to a penalty payment states the amount above which nothing more is forfeited (Awb 5:32b(2))"
    )]
    NoDutchMaximum {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
    },
    /// A ceiling below one period's amount.
    #[error("penalty `{penalty}`: the ceiling {max} is below one period's amount {amount}")]
    CeilingBelowAmount {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The ceiling.
        max: Money,
        /// The amount per period or breach.
        amount: Money,
    },
    /// An order that forfeits nothing.
    #[error("penalty `{penalty}`: the amount must be above zero")]
    ZeroAmount {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
    },
    /// A suspension that ends on or before the day it begins.
    #[error("penalty `{penalty}`: a suspension from {from} must end after it begins, not on {until}")]
    SuspensionEndsBeforeStart {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// Its index in the order's suspensions.
        suspension: usize,
        /// The day it begins.
        from: Date,
        /// The day it ends.
        until: Date,
    },
    /// Suspensions out of order or overlapping: each must begin after the one before it ends.
    #[error("penalty `{penalty}`: the suspension from {from} overlaps the one before it, or comes before it")]
    SuspensionsOverlap {
        /// The order's index in `Case::penalties`.
        index: usize,
        /// The order's id.
        penalty: String,
        /// The later one's index in the order's suspensions.
        suspension: usize,
        /// The day the later one begins.
        from: Date,
    },
    /// A factor weighed twice by one method: EDPB Guidelines 04/2022 step 3 (and AP 2019 Art. 7)
    /// count each factor once.
    #[error("violation `{violation}`: the factor {factor} is counted twice; combine them into one adjustment")]
    FactorCountedTwice {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The factor.
        factor: String,
        /// The second adjustment's index in the method's adjustments.
        adjustment: usize,
    },
    /// An EDPB step-3 adjustment for a factor step 3 does not weigh: Art. 83(2)(c)-(f) and
    /// (h)-(k) only, written as `83(2)(k)` (the others count in step 2).
    #[error("violation `{violation}`: {factor} is not a factor of EDPB step 3, written like 83(2)(k)")]
    NotAStep3Factor {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The factor as given.
        factor: String,
        /// The adjustment's index in the method's adjustments.
        adjustment: usize,
    },
    /// An AP 2019 adjustment for a factor Art. 7 of the Boetebeleidsregels 2019 does not list:
    /// (a) to (k), written as `7(b)`, or `7` for several together.
    #[error("violation `{violation}`: {factor} is not a factor of Boetebeleidsregels 2019 Art. 7, written like 7(b)")]
    NotAnAp2019Factor {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The factor as given.
        factor: String,
        /// The adjustment's index in the method's adjustments.
        adjustment: usize,
    },
    /// An adjustment that names no factor.
    #[error("violation `{violation}`: an adjustment names no factor")]
    AdjustmentWithoutFactor {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The adjustment's index in the method's adjustments.
        adjustment: usize,
    },
    /// An adjustment without the reason for it: every change to a fine is reasoned.
    #[error("violation `{violation}`: the adjustment for {factor} gives no reason")]
    AdjustmentWithoutReason {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
        /// The factor it weighs.
        factor: String,
        /// Which of the method's adjustments it is.
        at: AdjustmentRef,
    },
    /// AP Boetebeleidsregels 2019 Art. 8.1: leaving the category's bandwidth needs a reason.
    #[error(
        "violation `{violation}`: leaving the category's bandwidth needs a reason (Boetebeleidsregels 2019 Art. 8.1)"
    )]
    BeyondBandwidthWithoutReason {
        /// The violation's index in `Case::violations`.
        index: usize,
        /// The violation's id.
        violation: String,
    },
    /// A turnover of a financial year that had not ended when the decision was taken.
    #[error("turnover year {year}: the decision of {decided} can only use a financial year before {}", decided.year())]
    TurnoverYearAfterDecision {
        /// The financial year.
        year: i16,
        /// The date of the decision.
        decided: Date,
    },
    /// A decision made known before it was taken.
    #[error("the decision was made known on {notified}, before it was taken on {decided}")]
    NotifiedBeforeDecision {
        /// The day it was made known.
        notified: Date,
        /// The date of the decision.
        decided: Date,
    },
    /// A payment of a fine before the decision that imposed it.
    #[error("payment {} on {date} is before the decision of {decided}", index + 1)]
    PaymentBeforeDecision {
        /// The payment's index in `Case::collection.payments`.
        index: usize,
        /// The day of the payment.
        date: Date,
        /// The date of the decision.
        decided: Date,
    },
}

/// Which adjustment of a violation's method an error concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AdjustmentRef {
    /// One of the method's adjustments (EDPB step 3, AP 2019 Art. 7), by index.
    Listed(usize),
    /// The proportionality step (EDPB step 5; AP 2019 with Awb 3:4 and 5:46).
    Proportionality,
    /// AP 2019 Art. 9: ability to pay.
    AbilityToPay,
}

impl Method {
    /// The adjustment `at` refers to, if the method has it.
    pub fn adjustment(&self, at: AdjustmentRef) -> Option<&Adjustment> {
        match (self, at) {
            (Method::Edpb(input), AdjustmentRef::Listed(i)) => input.adjustments.get(i),
            (Method::Ap2019(input), AdjustmentRef::Listed(i)) => input.adjustments.get(i),
            (Method::Edpb(input), AdjustmentRef::Proportionality) => input.proportionality.as_ref(),
            (Method::Ap2019(input), AdjustmentRef::Proportionality) => input.proportionality.as_ref(),
            (Method::Ap2019(input), AdjustmentRef::AbilityToPay) => input.ability_to_pay.as_ref(),
            (Method::Edpb(_), AdjustmentRef::AbilityToPay) => None,
        }
    }
}

impl Case {
    /// Checks the case's invariants, in this order: unique non-empty ids; each violation
    /// (articles, dates, one source for its fine, its group); each group (members, gravest);
    /// each order (violation, deadline, breaches, maximum, amount, suspensions); the turnover
    /// year. [`calculate`](super::calculate) calls it first.
    ///
    /// ```
    /// use art83::calc::{self, CalcError, Options, validate::{CaseError, Part}};
    ///
    /// let mut case = art83::input::parse_case(include_str!("../../examples/clearview-ap-2024.toml")).unwrap();
    /// assert_eq!(case.validate(), Ok(()));
    /// // Changed by hand: a seventh violation with the first one's id.
    /// case.violations.push(case.violations[0].clone());
    /// let error = case.validate().unwrap_err();
    /// let id = "unlawful-processing".to_string();
    /// assert_eq!(error, CaseError::DuplicateId { part: Part::Violation, index: 6, id });
    /// assert_eq!(error.to_string(), "duplicate violation id `unlawful-processing`: ids must be unique within the case");
    /// // `calculate` refuses the case with the same error.
    /// let refused = calc::calculate(&case, &Options::new(jiff::civil::date(2026, 1, 1))).unwrap_err();
    /// assert_eq!(refused, CalcError::Case(error));
    /// ```
    pub fn validate(&self) -> Result<(), CaseError> {
        unique_ids(Part::Violation, self.violations.iter().map(|v| v.id.as_str()))?;
        unique_ids(Part::Group, self.groups.iter().map(|g| g.id.as_str()))?;
        unique_ids(Part::Penalty, self.penalties.iter().map(|p| p.id.as_str()))?;
        let fined_groups: HashSet<&str> =
            self.groups.iter().filter(|g| g.fine.is_some()).map(|g| g.id.as_str()).collect();
        let groups: HashSet<&str> = self.groups.iter().map(|g| g.id.as_str()).collect();
        let country = super::law::authority::country(&self.authority);
        for (index, violation) in self.violations.iter().enumerate() {
            ends_after_it_starts(index, violation, self.decided)?;
            violation_fits(index, violation, &fined_groups, &groups)?;
            settlement_fits(index, violation, country.as_deref())?;
        }
        super::law::settlements::resolve(country.as_deref(), &self.reductions)
            .map_err(|problem| CaseError::Reduction { violation: None, problem })?;
        self.groups_fit()?;
        let violations: HashSet<&str> = self.violations.iter().map(|v| v.id.as_str()).collect();
        let law = super::model::PenaltyLaw::of(self);
        for (index, order) in self.penalties.iter().enumerate() {
            penalty_fits(index, order, &violations, self.decided, law)?;
        }
        self.appeals_fit(&violations)?;
        self.collection_fits()?;
        match (self.undertaking.turnover_year, self.decided) {
            (Some(year), Some(decided)) if year >= decided.year() => {
                Err(CaseError::TurnoverYearAfterDecision { year, decided })
            }
            _ => Ok(()),
        }
    }

    /// Appeals after the decision, in date order, each on a violation of the case, each with
    /// the amount its outcome needs.
    fn appeals_fit(&self, violations: &HashSet<&str>) -> Result<(), CaseError> {
        use super::model::AppealOutcome;
        let mut previous: Option<Date> = None;
        for (index, appeal) in self.appeals.iter().enumerate() {
            if let Some(decided) = self.decided
                && appeal.decided < decided
            {
                return Err(CaseError::AppealBeforeDecision { index, appeal_decided: appeal.decided, decided });
            }
            if let Some(previous) = previous
                && appeal.decided < previous
            {
                return Err(CaseError::AppealsOutOfOrder { index, appeal_decided: appeal.decided, previous });
            }
            previous = Some(appeal.decided);
            if let Some(violation) = &appeal.violation
                && !violations.contains(violation.as_str())
            {
                return Err(CaseError::AppealUnknownViolation { index, violation: violation.clone() });
            }
            match (appeal.outcome, appeal.fine) {
                (AppealOutcome::Reduced, None) => return Err(CaseError::AppealWithoutFine { index }),
                (AppealOutcome::Annulled, Some(fine)) if !fine.is_zero() => {
                    return Err(CaseError::AppealFineContradictsOutcome { index, outcome: appeal.outcome });
                }
                (AppealOutcome::Pending, Some(_)) => {
                    return Err(CaseError::AppealFineContradictsOutcome { index, outcome: appeal.outcome });
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// After the decision: it is made known, and paid, no earlier than it was taken.
    fn collection_fits(&self) -> Result<(), CaseError> {
        let Some(decided) = self.decided else { return Ok(()) };
        if let Some(notified) = self.collection.notified
            && notified < decided
        {
            return Err(CaseError::NotifiedBeforeDecision { notified, decided });
        }
        match self.collection.payments.iter().position(|p| p.date < decided) {
            Some(index) => {
                Err(CaseError::PaymentBeforeDecision { index, date: self.collection.payments[index].date, decided })
            }
            None => Ok(()),
        }
    }

    /// Every group has a member, and its gravest (if named) is one of them (Art. 83(3): the
    /// gravest of the infringements fined together).
    fn groups_fit(&self) -> Result<(), CaseError> {
        let mut members: HashMap<&str, Vec<String>> = HashMap::new();
        for violation in &self.violations {
            if let Some(group) = &violation.group {
                members.entry(group).or_default().push(violation.id.clone());
            }
        }
        for (index, group) in self.groups.iter().enumerate() {
            let Some(ids) = members.get(group.id.as_str()) else {
                return Err(CaseError::EmptyGroup { index, group: group.id.clone() });
            };
            if let Some(gravest) = &group.gravest
                && !ids.contains(gravest)
            {
                let (group, gravest, members) = (group.id.clone(), gravest.clone(), ids.clone());
                return Err(CaseError::GravestNotMember { index, group, gravest, members });
            }
        }
        Ok(())
    }
}

fn unique_ids<'a>(part: Part, ids: impl Iterator<Item = &'a str>) -> Result<(), CaseError> {
    let mut seen = HashSet::new();
    for (index, id) in ids.enumerate() {
        if id.trim().is_empty() {
            return Err(CaseError::EmptyId { part, index });
        }
        if !seen.insert(id) {
            return Err(CaseError::DuplicateId { part, index, id: id.to_string() });
        }
    }
    Ok(())
}

/// A violation ends on or after the day it starts (Art. 83(2)(a), its duration), whether its
/// end is written out or is `"ongoing"`, which runs up to the decision: the same dates are the
/// same error either way.
fn ends_after_it_starts(index: usize, violation: &Violation, decided: Option<Date>) -> Result<(), CaseError> {
    let until = match violation.until {
        Some(Until::Date(until)) => Some(until),
        Some(Until::Ongoing) => decided,
        None => None,
    };
    if let (Some(from), Some(until)) = (violation.from, until)
        && until < from
    {
        return Err(CaseError::EndsBeforeStart { index, violation: violation.id.clone(), from, until });
    }
    Ok(())
}

fn violation_fits(
    index: usize,
    violation: &Violation,
    fined_groups: &HashSet<&str>,
    groups: &HashSet<&str>,
) -> Result<(), CaseError> {
    let id = || violation.id.clone();
    // A fine under national law need not cite the GDPR (calc::national).
    if violation.articles.is_empty() && violation.national.is_none() {
        return Err(CaseError::NoArticles { index, violation: id() });
    }
    if let Some(cited) = violation.articles.iter().find(|cited| !cited.article.exists()) {
        return Err(CaseError::NoSuchProvision { index, violation: id(), article: cited.article.to_string() });
    }
    if let Some(method) = &violation.method {
        method_fits(index, violation, method)?;
    }
    if violation.fine.is_some() && violation.method.is_some() {
        return Err(CaseError::FineAndMethod { index, violation: id() });
    }
    if violation.proposed.is_some() && violation.method.is_some() {
        return Err(CaseError::ProposedAndMethod { index, violation: id() });
    }
    let Some(group) = &violation.group else { return Ok(()) };
    if fined_groups.contains(group.as_str()) {
        let group = group.clone();
        // A member's own `fine` beside the group's is a partial fine of a cumulated fine: shown,
        // while the group's single fine is what counts (calc::groups).
        if violation.method.is_some() {
            return Err(CaseError::MethodInFinedGroup { index, violation: id(), group });
        }
        if violation.proposed.is_some() {
            return Err(CaseError::ProposedInFinedGroup { index, violation: id(), group });
        }
    }
    if !groups.contains(group.as_str()) {
        return Err(CaseError::UnknownGroup { index, violation: id(), group: group.clone() });
    }
    Ok(())
}

/// A settlement (ES: LPACAP art. 85): reductions of a proposed amount, in the country's table,
/// and a fine, if also given, that is the proposed amount less them.
fn settlement_fits(index: usize, violation: &Violation, country: Option<&str>) -> Result<(), CaseError> {
    let id = || violation.id.clone();
    let Some(proposed) = violation.proposed else {
        if violation.reductions.is_empty() {
            return Ok(());
        }
        return Err(CaseError::ReductionsWithoutProposed { index, violation: id() });
    };
    let resolved = super::law::settlements::resolve(country, &violation.reductions)
        .map_err(|problem| CaseError::Reduction { violation: Some((index, id())), problem })?;
    let off = resolved.iter().map(|(_, percent)| *percent).sum::<rust_decimal::Decimal>();
    let remaining = rust_decimal::Decimal::ONE_HUNDRED - off;
    let computed = proposed.percent(remaining).unwrap_or(proposed);
    match violation.fine {
        Some(fine) if fine.amount() != computed.amount() => {
            Err(CaseError::FineDisagreesWithReductions { index, violation: id(), fine, computed })
        }
        _ => Ok(()),
    }
}

/// A method's adjustments: each weighs a factor once, with a reason (EDPB Guidelines 04/2022
/// step 3 takes only the factors of Art. 83(2) not counted in step 2); AP 2019 Art. 8.1 leaves
/// the bandwidth only for a reason.
fn method_fits(index: usize, violation: &Violation, method: &Method) -> Result<(), CaseError> {
    let id = || violation.id.clone();
    let (listed, others, beyond) = match method {
        Method::Edpb(input) => (&input.adjustments, [input.proportionality.as_ref(), None], None),
        Method::Ap2019(input) => (
            &input.adjustments,
            [input.ability_to_pay.as_ref(), input.proportionality.as_ref()],
            input.beyond_bandwidth.as_deref(),
        ),
    };
    // A set, not a scan: a case may weigh 100,000 adjustments.
    let mut factors = HashSet::with_capacity(listed.len());
    for (adjustment, a) in listed.iter().enumerate() {
        if a.factor.trim().is_empty() {
            return Err(CaseError::AdjustmentWithoutFactor { index, violation: id(), adjustment });
        }
        if matches!(method, Method::Edpb(_))
            && super::law::factors::step_3_factor(&a.factor).ok().as_ref() != Some(&a.factor)
        {
            return Err(CaseError::NotAStep3Factor { index, violation: id(), factor: a.factor.clone(), adjustment });
        }
        if matches!(method, Method::Ap2019(_))
            && super::law::factors::ap2019_factor(&a.factor).ok().as_ref() != Some(&a.factor)
        {
            return Err(CaseError::NotAnAp2019Factor { index, violation: id(), factor: a.factor.clone(), adjustment });
        }
        if !factors.insert(a.factor.as_str()) {
            return Err(CaseError::FactorCountedTwice { index, violation: id(), factor: a.factor.clone(), adjustment });
        }
    }
    let refs = (0..listed.len()).map(AdjustmentRef::Listed);
    let named = match method {
        Method::Edpb(_) => [Some(AdjustmentRef::Proportionality), None],
        Method::Ap2019(_) => [Some(AdjustmentRef::AbilityToPay), Some(AdjustmentRef::Proportionality)],
    };
    let all = listed.iter().zip(refs).chain(others.into_iter().zip(named).filter_map(|(a, at)| Some((a?, at?))));
    for (a, at) in all {
        if a.reason.trim().is_empty() {
            return Err(CaseError::AdjustmentWithoutReason { index, violation: id(), factor: a.factor.clone(), at });
        }
    }
    if beyond.is_some_and(|reason| reason.trim().is_empty()) {
        return Err(CaseError::BeyondBandwidthWithoutReason { index, violation: id() });
    }
    Ok(())
}

fn penalty_fits(
    index: usize,
    order: &PenaltyOrder,
    violations: &HashSet<&str>,
    decided: Option<Date>,
    law: super::model::PenaltyLaw,
) -> Result<(), CaseError> {
    let penalty = || order.id.clone();
    if let Some(violation) = &order.violation
        && !violations.contains(violation.as_str())
    {
        return Err(CaseError::UnknownViolation { index, penalty: penalty(), violation: violation.clone() });
    }
    match (order.deadline, decided) {
        (None, _) if order.per != PenaltyUnit::Breach => {
            return Err(CaseError::NoDeadline { index, penalty: penalty() });
        }
        (Some(Deadline::Due(due)), Some(decided)) if due < decided => {
            return Err(CaseError::DueBeforeDecision { index, penalty: penalty(), due, decided });
        }
        (Some(Deadline::Grace(PenaltyUnit::Breach | PenaltyUnit::Once)), _) => {
            return Err(CaseError::GraceNotAPeriod { index, penalty: penalty() });
        }
        _ => {}
    }
    if let (Some(Deadline::Due(due)), Some(ends)) = (order.deadline, order.ends)
        && ends < due
    {
        return Err(CaseError::EndsBeforeDue { index, penalty: penalty(), due, ends });
    }
    breaches_fit(index, order, decided)?;
    if law == super::model::PenaltyLaw::Awb && order.max.is_none() {
        return Err(CaseError::NoDutchMaximum { index, penalty: penalty() });
    }
    if let Some(max) = order.max
        && max < order.amount
    {
        return Err(CaseError::CeilingBelowAmount { index, penalty: penalty(), max, amount: order.amount });
    }
    if order.amount.is_zero() {
        return Err(CaseError::ZeroAmount { index, penalty: penalty() });
    }
    suspensions_fit(index, order)
}

/// Breaches only per breach (Awb 5:32b(1)), and none before the decision.
fn breaches_fit(index: usize, order: &PenaltyOrder, decided: Option<Date>) -> Result<(), CaseError> {
    let Some(breaches) = &order.breaches else { return Ok(()) };
    if order.per != PenaltyUnit::Breach {
        return Err(CaseError::BreachesNotPerBreach { index, penalty: order.id.clone() });
    }
    if let (Breaches::Dates(dates), Some(decided)) = (breaches, decided)
        && let Some(&breach) = dates.iter().min()
        && breach < decided
    {
        return Err(CaseError::BreachBeforeDecision { index, penalty: order.id.clone(), breach, decided });
    }
    Ok(())
}

/// Each suspension ends after it begins, and each begins after the one before it ends.
fn suspensions_fit(index: usize, order: &PenaltyOrder) -> Result<(), CaseError> {
    let penalty = || order.id.clone();
    for (suspension, s) in order.suspended.iter().enumerate() {
        if let Some(until) = s.until
            && until <= s.from
        {
            return Err(CaseError::SuspensionEndsBeforeStart {
                index,
                penalty: penalty(),
                suspension,
                from: s.from,
                until,
            });
        }
    }
    for (suspension, pair) in order.suspended.windows(2).enumerate() {
        if pair[0].until.is_none_or(|until| until > pair[1].from) {
            let suspension = suspension + 1;
            return Err(CaseError::SuspensionsOverlap { index, penalty: penalty(), suspension, from: pair[1].from });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::calc::fixtures::{case, group, in_group, violation};
    use crate::calc::model::{EdpbInput, Method, PenaltyUnit, Seriousness, Suspension};

    #[test]
    fn a_case_read_from_a_file_and_one_built_by_hand_meet_the_same_rules() {
        let fine = in_group(violation("a", &["6(1)"], None), "g");
        assert_eq!(case(vec![fine], vec![group("g", Some(1_000))]).validate(), Ok(()));
        let twice = case(vec![violation("a", &["6(1)"], None), violation("a", &["32"], None)], vec![]);
        assert_eq!(twice.validate(), Err(CaseError::DuplicateId { part: Part::Violation, index: 1, id: "a".into() }));
        let blank = case(vec![violation(" ", &["6(1)"], None)], vec![]);
        assert_eq!(blank.validate(), Err(CaseError::EmptyId { part: Part::Violation, index: 0 }));
        let none = case(vec![violation("a", &[], None)], vec![]);
        assert_eq!(none.validate(), Err(CaseError::NoArticles { index: 0, violation: "a".into() }));
        // Art. 5(1) has points (a) to (f): a (g) built by hand is refused as text would be.
        let mut made = case(vec![violation("a", &["5(1)(f)"], None)], vec![]);
        made.violations[0].articles[0].article.parts[1] = "g".into();
        let error = CaseError::NoSuchProvision { index: 0, violation: "a".into(), article: "5(1)(g)".into() };
        assert_eq!(made.validate(), Err(error));
    }

    #[test]
    fn art83_3_a_group_exists_has_members_and_its_gravest_is_one_of_them() {
        let lost = case(vec![in_group(violation("a", &["6(1)"], None), "nowhere")], vec![]);
        let error = CaseError::UnknownGroup { index: 0, violation: "a".into(), group: "nowhere".into() };
        assert_eq!(lost.validate(), Err(error));
        let empty = case(vec![violation("a", &["6(1)"], None)], vec![group("g", None)]);
        assert_eq!(empty.validate(), Err(CaseError::EmptyGroup { index: 0, group: "g".into() }));
        let mut gravest = group("g", None);
        gravest.gravest = Some("b".into());
        let outside =
            case(vec![in_group(violation("a", &["6(1)"], None), "g"), violation("b", &["32"], None)], vec![gravest]);
        let error =
            CaseError::GravestNotMember { index: 0, group: "g".into(), gravest: "b".into(), members: vec!["a".into()] };
        assert_eq!(outside.validate(), Err(error));
    }

    #[test]
    fn art83_3_a_fine_has_one_source_the_violation_its_method_or_its_group() {
        let mut both = violation("a", &["6(1)"], Some(1_000));
        both.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::Low)));
        assert_eq!(
            case(vec![both], vec![]).validate(),
            Err(CaseError::FineAndMethod { index: 0, violation: "a".into() })
        );
        // A member's own fine beside the group's is a partial fine of a cumulated fine.
        let own = in_group(violation("a", &["6(1)"], Some(1_000)), "g");
        assert_eq!(case(vec![own], vec![group("g", Some(5_000))]).validate(), Ok(()));
        let mut computed = in_group(violation("a", &["6(1)"], None), "g");
        computed.method = Some(Method::Edpb(EdpbInput::defaults(Seriousness::Low)));
        let error = CaseError::MethodInFinedGroup { index: 0, violation: "a".into(), group: "g".into() };
        assert_eq!(case(vec![computed.clone()], vec![group("g", Some(5_000))]).validate(), Err(error));
        // A hand-built case reaches `calculate`, which refuses it with the same error.
        let refused = crate::calc::calculate(
            &case(vec![computed], vec![group("g", Some(5_000))]),
            &crate::calc::fixtures::options(),
        );
        assert!(matches!(refused, Err(crate::calc::CalcError::Case(CaseError::MethodInFinedGroup { .. }))));
    }

    #[test]
    fn edpb_step_3_and_ap_2019_art_7_weigh_each_factor_once_and_with_a_reason() {
        let adjustment = |factor: &str, reason: &str| crate::calc::model::Adjustment {
            factor: factor.into(),
            change: crate::calc::model::Change::Percent(10.into()),
            reason: reason.into(),
            span: None,
        };
        let mut edpb = EdpbInput::defaults(Seriousness::Low);
        edpb.adjustments = vec![adjustment("83(2)(k)", "r"), adjustment("83(2)(k)", "s")];
        let mut twice = violation("a", &["6(1)"], None);
        twice.method = Some(Method::Edpb(edpb.clone()));
        let error =
            CaseError::FactorCountedTwice { index: 0, violation: "a".into(), factor: "83(2)(k)".into(), adjustment: 1 };
        assert_eq!(case(vec![twice.clone()], vec![]).validate(), Err(error));
        // Step 3 takes neither a step-2 factor (a) nor one written otherwise than 83(2)(x).
        edpb.adjustments = vec![adjustment("83(2)(a)", "r")];
        twice.method = Some(Method::Edpb(edpb.clone()));
        assert!(matches!(case(vec![twice.clone()], vec![]).validate(), Err(CaseError::NotAStep3Factor { .. })));
        edpb.adjustments = vec![];
        edpb.proportionality = Some(adjustment("Art. 83(1)", " "));
        twice.method = Some(Method::Edpb(edpb));
        let at = AdjustmentRef::Proportionality;
        let error =
            CaseError::AdjustmentWithoutReason { index: 0, violation: "a".into(), factor: "Art. 83(1)".into(), at };
        assert_eq!(case(vec![twice.clone()], vec![]).validate(), Err(error));
        let mut ap = crate::calc::model::Ap2019Input::defaults();
        // Boetebeleidsregels 2019 Art. 7 lists the factors (a) to (k) only.
        ap.adjustments = vec![adjustment("banana", "r")];
        twice.method = Some(Method::Ap2019(ap.clone()));
        assert!(matches!(case(vec![twice.clone()], vec![]).validate(), Err(CaseError::NotAnAp2019Factor { .. })));
        ap.adjustments = vec![adjustment("7(k)", "r")];
        twice.method = Some(Method::Ap2019(ap.clone()));
        assert_eq!(case(vec![twice.clone()], vec![]).validate(), Ok(()));
        ap.adjustments = vec![];
        ap.beyond_bandwidth = Some(String::new());
        twice.method = Some(Method::Ap2019(ap));
        let error = CaseError::BeyondBandwidthWithoutReason { index: 0, violation: "a".into() };
        assert_eq!(case(vec![twice], vec![]).validate(), Err(error));
    }

    #[test]
    fn awb_5_32a_an_order_needs_a_deadline_and_suspensions_that_do_not_overlap() {
        let order =
            || crate::calc::penalty::tests::order(1_000, PenaltyUnit::Months(1), date(2024, 6, 1), Some(10_000));
        let mut open = case(vec![violation("a", &["6(1)"], None)], vec![]);
        open.penalties = vec![order()];
        open.penalties[0].deadline = None;
        let id = open.penalties[0].id.clone();
        assert_eq!(open.validate(), Err(CaseError::NoDeadline { index: 0, penalty: id.clone() }));
        open.penalties[0] = order();
        let suspension = |from, until| Suspension { from, until, reason: None };
        open.penalties[0].suspended =
            vec![suspension(date(2024, 7, 1), None), suspension(date(2024, 8, 1), Some(date(2024, 9, 1)))];
        let error = CaseError::SuspensionsOverlap { index: 0, penalty: id, suspension: 1, from: date(2024, 8, 1) };
        assert_eq!(open.validate(), Err(error));
    }

    /// A Dutch case decided on 16 May 2024 with violation `a` and `order`, EUR 1,000 a month due
    /// 1 June 2024, ceiling EUR 10,000, changed by `change`.
    fn with_order(change: impl FnOnce(&mut PenaltyOrder)) -> Result<(), CaseError> {
        let mut order =
            crate::calc::penalty::tests::order(1_000, PenaltyUnit::Months(1), date(2024, 6, 1), Some(10_000));
        change(&mut order);
        let mut case = case(vec![violation("a", &["6(1)"], None)], vec![]);
        case.penalties = vec![order];
        case.validate()
    }

    #[test]
    fn an_order_names_a_violation_of_the_case() {
        assert_eq!(with_order(|o| o.violation = Some("a".into())), Ok(()));
        let error = CaseError::UnknownViolation { index: 0, penalty: "order".into(), violation: "b".into() };
        assert_eq!(with_order(|o| o.violation = Some("b".into())), Err(error));
    }

    #[test]
    fn awb_5_32a_2_a_deadline_on_or_after_the_decision_and_a_grace_period_of_time() {
        // Due on the day of the decision: allowed; the day before: not.
        assert_eq!(with_order(|o| o.deadline = Some(Deadline::Due(date(2024, 5, 16)))), Ok(()));
        let (due, decided) = (date(2024, 5, 15), date(2024, 5, 16));
        let error = CaseError::DueBeforeDecision { index: 0, penalty: "order".into(), due, decided };
        assert_eq!(with_order(|o| o.deadline = Some(Deadline::Due(due))), Err(error));
        // An order limited in time ends after its deadline (Art. 66(1)); on it, it simply
        // forfeits nothing.
        let (due, ends) = (date(2024, 8, 16), date(2024, 8, 15));
        let error = CaseError::EndsBeforeDue { index: 0, penalty: "order".into(), due, ends };
        let limited = |ends| {
            with_order(|o| {
                o.deadline = Some(Deadline::Due(due));
                o.ends = Some(ends);
            })
        };
        assert_eq!(limited(ends), Err(error));
        assert_eq!(limited(due), Ok(()));
        // A grace period is a length of time, not "once" or "breach".
        for unit in [PenaltyUnit::Once, PenaltyUnit::Breach] {
            let error = CaseError::GraceNotAPeriod { index: 0, penalty: "order".into() };
            assert_eq!(with_order(|o| o.deadline = Some(Deadline::Grace(unit))), Err(error), "{unit:?}");
        }
        // An order that only prevents repetition, per breach, needs no deadline.
        let per_breach = |o: &mut PenaltyOrder| {
            o.per = PenaltyUnit::Breach;
            o.deadline = None;
        };
        assert_eq!(with_order(per_breach), Ok(()));
    }

    #[test]
    fn awb_5_32b_1_breaches_go_with_an_order_per_breach_and_none_before_the_decision() {
        let dated = |dates: Vec<Date>| {
            move |o: &mut PenaltyOrder| {
                o.per = PenaltyUnit::Breach;
                o.breaches = Some(Breaches::Dates(dates));
            }
        };
        // A breach on the day of the decision counts; one the day before cannot.
        assert_eq!(with_order(dated(vec![date(2024, 7, 1), date(2024, 5, 16)])), Ok(()));
        let (breach, decided) = (date(2024, 5, 15), date(2024, 5, 16));
        let error = CaseError::BreachBeforeDecision { index: 0, penalty: "order".into(), breach, decided };
        assert_eq!(with_order(dated(vec![date(2024, 7, 1), breach])), Err(error));
        let monthly = |o: &mut PenaltyOrder| o.breaches = Some(Breaches::Count(2));
        let error = CaseError::BreachesNotPerBreach { index: 0, penalty: "order".into() };
        assert_eq!(with_order(monthly), Err(error));
    }

    #[test]
    fn awb_5_32b_2_the_ceiling_reaches_at_least_one_amount() {
        assert_eq!(with_order(|o| o.max = Some(Money::euros(1_000))), Ok(()));
        let (max, amount) = (Money::euros(999), Money::euros(1_000));
        let error = CaseError::CeilingBelowAmount { index: 0, penalty: "order".into(), max, amount };
        assert_eq!(with_order(|o| o.max = Some(max)), Err(error));
    }

    #[test]
    fn a_suspension_may_begin_the_day_the_one_before_it_ends() {
        let suspension = |from, until| Suspension { from, until, reason: None };
        let two = |until| {
            move |o: &mut PenaltyOrder| {
                o.suspended = vec![suspension(date(2024, 7, 1), Some(until)), suspension(date(2024, 8, 1), None)];
            }
        };
        // `until` is not suspended itself: up to, not including, 1 August; then from 1 August.
        assert_eq!(with_order(two(date(2024, 8, 1))), Ok(()));
        assert_eq!(with_order(two(date(2024, 7, 15))), Ok(()));
        let error =
            CaseError::SuspensionsOverlap { index: 0, penalty: "order".into(), suspension: 1, from: date(2024, 8, 1) };
        assert_eq!(with_order(two(date(2024, 8, 2))), Err(error));
    }

    #[test]
    fn a_violation_may_end_on_the_day_it_began() {
        let dated = |until| {
            let mut v = violation("a", &["6(1)"], Some(1_000));
            v.from = Some(date(2024, 3, 1));
            v.until = Some(Until::Date(until));
            case(vec![v], vec![]).validate()
        };
        assert_eq!(dated(date(2024, 3, 1)), Ok(()));
        let error = CaseError::EndsBeforeStart {
            index: 0,
            violation: "a".into(),
            from: date(2024, 3, 1),
            until: date(2024, 2, 29),
        };
        assert_eq!(dated(date(2024, 2, 29)), Err(error));
    }

    #[test]
    fn art_83_2_a_an_ongoing_violation_ends_at_the_decision_so_it_cannot_start_after_it() {
        // The fixture's decision is dated 16 May 2024.
        let ongoing = |from| {
            let mut v = violation("a", &["6(1)"], Some(1_000));
            v.from = Some(from);
            v.until = Some(Until::Ongoing);
            case(vec![v], vec![]).validate()
        };
        assert_eq!(ongoing(date(2024, 5, 16)), Ok(()));
        let error = CaseError::EndsBeforeStart {
            index: 0,
            violation: "a".into(),
            from: date(2024, 5, 17),
            until: date(2024, 5, 16),
        };
        assert_eq!(ongoing(date(2024, 5, 17)), Err(error));
    }

    #[test]
    fn art83_4_to_6_the_turnover_year_precedes_the_decision() {
        let in_year = |year| {
            let mut case = case(vec![violation("a", &["6(1)"], Some(1_000))], vec![]);
            case.undertaking.turnover_year = Some(year);
            case.validate()
        };
        assert_eq!(in_year(2023), Ok(()));
        let error = CaseError::TurnoverYearAfterDecision { year: 2024, decided: date(2024, 5, 16) };
        assert_eq!(in_year(2024), Err(error));
    }

    #[test]
    fn errors_name_the_part_and_adjustments_are_found_by_reference() {
        let names = [Part::Violation, Part::Group, Part::Penalty].map(|part| part.to_string());
        assert_eq!(names, ["violation", "group", "penalty"]);
        let adjustment = |factor: &str| crate::calc::model::Adjustment {
            factor: factor.into(),
            change: crate::calc::model::Change::Percent(10.into()),
            reason: "r".into(),
            span: None,
        };
        let mut ap = crate::calc::model::Ap2019Input::defaults();
        ap.adjustments = vec![adjustment("7(b)")];
        ap.proportionality = Some(adjustment("proportionality"));
        ap.ability_to_pay = Some(adjustment("9"));
        let ap = Method::Ap2019(ap);
        let factor = |at| ap.adjustment(at).map(|a: &crate::calc::model::Adjustment| a.factor.as_str());
        assert_eq!(factor(AdjustmentRef::Listed(0)), Some("7(b)"));
        assert_eq!(factor(AdjustmentRef::Listed(1)), None);
        assert_eq!(factor(AdjustmentRef::Proportionality), Some("proportionality"));
        assert_eq!(factor(AdjustmentRef::AbilityToPay), Some("9"));
        let mut edpb = EdpbInput::defaults(Seriousness::Low);
        edpb.adjustments = vec![adjustment("83(2)(k)")];
        let edpb = Method::Edpb(edpb);
        assert_eq!(edpb.adjustment(AdjustmentRef::Listed(0)).map(|a| a.factor.as_str()), Some("83(2)(k)"));
        assert_eq!(edpb.adjustment(AdjustmentRef::AbilityToPay), None);
    }
}
