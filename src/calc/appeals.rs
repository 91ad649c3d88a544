//! After the decision: judgments on appeal (and decisions on objection), in date order, each
//! stating what stands of the fine after it, for the case or for one violation. The total that
//! stands after the last one is `final_total`; without appeals it is the decision's `total`.
//!
//! - `upheld`: what stood before stands; `pending`: likewise, for now.
//! - `reduced`: the amount given stands (the case total, or the violation's fine).
//! - `annulled`: nothing is owed; an order subject to a penalty payment annulled with it (its
//!   violation annulled, or the whole decision) forfeits nothing, since an annulment takes
//!   effect from the start.
//! - `referred-back`: the authority decides anew: the amount given, if the case file has it;
//!   otherwise the total is not known (null, with a finding), never guessed.
//! - `reinstated`: a higher court quashes a judgment that annulled or lowered the fine (BBVA
//!   PS/00070/2019: annulled by the Audiencia Nacional, restored by the Tribunal Supremo, STS
//!   1792/2024): what the decision imposed stands again, or the amount given, and the orders
//!   annulled with it run again.
//!
//! A judgment on one violation changes the total by the difference between its fine before and
//! after; where the violation has no fine of its own (its group's single fine), the total after
//! it is not known.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use super::error::CalcError;
use super::model::{Appeal, AppealOutcome, Case};
use super::money::Money;
use super::report::Detail;
use super::report::{
    AppealReport, Finding, FindingCode, GroupFineSource, GroupReport, Level, Step, Trace, ViolationReport,
};
use crate::l10n::{Arg, Message};

/// What stands after the appeals.
pub(crate) struct AfterAppeals {
    /// Each appeal with the total that stands after it.
    pub appeals: Vec<AppealReport>,
    /// The total after the last appeal; `None` where an appeal leaves it unknown.
    pub final_total: Option<Money>,
    /// The orders an annulment took with it: order id -> the annulling appeal.
    pub annulled_orders: HashMap<String, Appeal>,
    /// The steps from the decision's total to the final one.
    pub steps: Vec<Step>,
    /// Pending appeals, unknown totals, a published total that differs.
    pub findings: Vec<Finding>,
}

/// The fines as the appeals leave them, judgment by judgment.
struct Standing<'a> {
    /// What the decision imposed, for a judgment that reinstates it.
    imposed_total: Money,
    imposed_fines: HashMap<&'a str, Option<Money>>,
    total: Option<Money>,
    /// Each violation's own fine; `None` where it has none of its own (its group's single fine).
    fines: HashMap<&'a str, Option<Money>>,
    /// The whole decision annulled, by this appeal.
    annulled_all: Option<&'a Appeal>,
    /// Violations annulled, each by its appeal.
    annulled: HashMap<&'a str, &'a Appeal>,
}

/// The total (and each violation's fine) after each appeal in turn.
pub(crate) fn after_appeals(
    case: &Case,
    total: Money,
    violations: &[ViolationReport],
    groups: &[GroupReport],
    detail: Detail,
) -> Result<AfterAppeals, CalcError> {
    let single_fine: HashSet<&str> =
        groups.iter().filter(|g| g.fine_source == GroupFineSource::Group).map(|g| g.id.as_str()).collect();
    let fines: HashMap<&str, Option<Money>> = violations
        .iter()
        .map(|v| {
            let own = if v.group.as_deref().is_some_and(|g| single_fine.contains(g)) { None } else { v.fine };
            (v.id.as_str(), own)
        })
        .collect();
    let mut standing = Standing {
        imposed_total: total,
        imposed_fines: fines.clone(),
        total: Some(total),
        fines,
        annulled_all: None,
        annulled: HashMap::new(),
    };
    let mut trace = Trace::new(detail);
    let mut findings = Vec::new();
    let mut appeals = Vec::with_capacity(case.appeals.len());
    for appeal in &case.appeals {
        let before = standing.total;
        standing.apply(appeal, &mut findings)?;
        trace.push(|| Step::says(what(appeal), standing.total));
        if let (AppealOutcome::Upheld, Some(fine), Some(stood)) =
            (appeal.outcome, appeal.fine, stood(appeal, before, &standing))
            && fine != stood
        {
            let message = Message::new("appeal-upheld-amount-differs")
                .arg("by", who(appeal))
                .arg("fine", fine)
                .arg("stood", stood);
            findings.push(Finding::says(Level::Warning, FindingCode::UpheldAmountDiffers, message));
        }
        appeals.push(AppealReport {
            body: appeal.body.clone(),
            decided: appeal.decided,
            reference: appeal.reference.clone(),
            outcome: appeal.outcome,
            fine: appeal.fine,
            violation: appeal.violation.clone(),
            total_after: standing.total,
        });
    }
    if !case.appeals.is_empty() {
        trace.push(|| Step::says(Message::new("appeal-final-total"), standing.total));
    }
    findings.extend(published_final_total(case, standing.total));
    let annulled_orders = annulled_orders(case, &standing);
    Ok(AfterAppeals { appeals, final_total: standing.total, annulled_orders, steps: trace.into_steps(), findings })
}

/// What stood before an upheld appeal: its violation's fine, or the total.
fn stood(appeal: &Appeal, total_before: Option<Money>, standing: &Standing) -> Option<Money> {
    match &appeal.violation {
        Some(id) => standing.fines.get(id.as_str()).copied().flatten(),
        None => total_before,
    }
}

impl<'a> Standing<'a> {
    fn apply(&mut self, appeal: &'a Appeal, findings: &mut Vec<Finding>) -> Result<(), CalcError> {
        let zero = Money::euros(0).in_currency(appeal_currency(self));
        let new = match appeal.outcome {
            AppealOutcome::Upheld => return Ok(()),
            AppealOutcome::Pending => {
                let message = Message::new("appeal-pending").arg("by", who(appeal));
                findings.push(Finding::says(Level::Info, FindingCode::AppealPending, message));
                return Ok(());
            }
            AppealOutcome::Annulled => Some(zero),
            AppealOutcome::Reduced | AppealOutcome::ReferredBack => appeal.fine.map(|f| f.in_currency(zero.currency())),
            AppealOutcome::Reinstated if appeal.fine.is_none() => {
                return self.reinstate(appeal.violation.as_deref());
            }
            AppealOutcome::Reinstated => appeal.fine.map(|f| f.in_currency(zero.currency())),
        };
        if new.is_none() {
            let message = Message::new("appeal-referred-back-unknown").arg("by", who(appeal));
            findings.push(Finding::says(Level::Info, FindingCode::FinalTotalUnknown, message));
        }
        match appeal.violation.as_deref() {
            None => self.whole(appeal, new),
            Some(id) => self.one(appeal, id, new, findings)?,
        }
        Ok(())
    }

    /// What the decision imposed stands again: for the whole decision, or for one violation
    /// (the total then moves by the difference, as for any judgment on one violation).
    fn reinstate(&mut self, violation: Option<&'a str>) -> Result<(), CalcError> {
        match violation {
            None => {
                self.total = Some(self.imposed_total);
                self.fines.clone_from(&self.imposed_fines);
                self.annulled_all = None;
                self.annulled.clear();
            }
            Some(id) => {
                let imposed = self.imposed_fines.get(id).copied().flatten();
                let old = self.fines.get(id).copied().flatten();
                self.total = match (self.total, old, imposed) {
                    (Some(total), Some(old), Some(imposed)) => {
                        Some(total.checked_add_signed(-old.amount())?.checked_add(imposed)?)
                    }
                    _ => None,
                };
                self.fines.insert(id, imposed);
                self.annulled.remove(id);
            }
        }
        Ok(())
    }

    /// A judgment on the decision as a whole.
    fn whole(&mut self, appeal: &'a Appeal, new: Option<Money>) {
        self.total = new;
        let annulled = appeal.outcome == AppealOutcome::Annulled;
        // Annulled: every fine is gone; otherwise the violations' shares of the new total are unknown.
        let each = if annulled { new } else { None };
        self.fines.values_mut().for_each(|fine| *fine = each);
        self.annulled_all = annulled.then_some(appeal);
        if !annulled && new.is_some_and(|n| !n.is_zero()) {
            self.annulled.clear();
        }
    }

    /// A judgment on one violation: the total moves by the difference.
    fn one(
        &mut self,
        appeal: &'a Appeal,
        id: &'a str,
        new: Option<Money>,
        findings: &mut Vec<Finding>,
    ) -> Result<(), CalcError> {
        let old = self.fines.get(id).copied().flatten();
        self.total = match (self.total, old, new) {
            (Some(total), Some(old), Some(new)) => Some(total.checked_add_signed(-old.amount())?.checked_add(new)?),
            _ => None,
        };
        if old.is_none() && self.total.is_none() && new.is_some() {
            let message = Message::new("appeal-group-fine-changed").arg("by", who(appeal)).arg("violation", id);
            findings.push(Finding::says(Level::Info, FindingCode::FinalTotalUnknown, message).violation(id));
        }
        self.fines.insert(id, new);
        match appeal.outcome {
            AppealOutcome::Annulled => {
                self.annulled.insert(id, appeal);
            }
            _ if new.is_some_and(|n| !n.is_zero()) => {
                self.annulled.remove(id);
            }
            _ => {}
        }
        Ok(())
    }
}

/// The case's currency, from any amount that stands (all are in it).
fn appeal_currency(standing: &Standing) -> super::money::Currency {
    standing
        .total
        .or_else(|| standing.fines.values().flatten().next().copied())
        .map_or(super::money::Currency::EUR, Money::currency)
}

/// The court or body and the day of its judgment: `Rechtbank Midden-Nederland
/// (ECLI:NL:RBMNE:2024:1234) of 2024-02-29`.
fn who(appeal: &Appeal) -> Message {
    let message = Message::new("appeal-by").arg("body", appeal.body.as_str()).arg("decided", appeal.decided);
    match &appeal.reference {
        Some(reference) => message.arg("referenced", Arg::Key("yes")).arg("reference", reference.as_str()),
        None => message.arg("referenced", Arg::Key("no")),
    }
}

/// What the judgment did: the outcome as a key, the fine it names where it names one, of the
/// case's total (`the fine`) or of one violation's fine.
fn what(appeal: &Appeal) -> Message {
    let (outcome, named) = match (appeal.outcome, appeal.fine) {
        (AppealOutcome::Upheld, _) => ("upheld", None),
        (AppealOutcome::Reduced, Some(fine)) => ("reduced", Some(fine)),
        (AppealOutcome::Reduced, None) => ("reduced-unknown", None),
        (AppealOutcome::Annulled, _) => ("annulled", None),
        (AppealOutcome::ReferredBack, Some(fine)) => ("referred-back", Some(fine)),
        (AppealOutcome::ReferredBack, None) => ("referred-back-unknown", None),
        (AppealOutcome::Pending, _) => ("pending", None),
        (AppealOutcome::Reinstated, Some(fine)) => ("reinstated", Some(fine)),
        (AppealOutcome::Reinstated, None) => ("reinstated-imposed", None),
    };
    let subject = match &appeal.violation {
        Some(id) => Message::new("appeal-fine-of-violation").arg("violation", id.as_str()),
        None => Message::new("appeal-fine"),
    };
    let message =
        Message::new("appeal-step").arg("by", who(appeal)).arg("outcome", Arg::Key(outcome)).arg("subject", subject);
    match named {
        Some(fine) => message.arg("fine", fine),
        None => message,
    }
}

/// `check` compares the total after the appeals that the case file states.
fn published_final_total(case: &Case, final_total: Option<Money>) -> Option<Finding> {
    let published = case.published_final_total?;
    match final_total {
        Some(total) if total == published => None,
        Some(total) => Some(Finding::says(
            Level::Error,
            FindingCode::FinalTotalDiffers,
            Message::new("appeal-final-total-differs").arg("published", published).arg("total", total),
        )),
        None => Some(Finding::says(
            Level::Warning,
            FindingCode::FinalTotalDiffers,
            Message::new("appeal-final-total-unknown").arg("published", published),
        )),
    }
}

/// The orders an annulment took with it: every order where the whole decision was annulled,
/// else those whose violation was.
fn annulled_orders(case: &Case, standing: &Standing) -> HashMap<String, Appeal> {
    case.penalties
        .iter()
        .filter_map(|order| {
            let by = standing
                .annulled_all
                .or_else(|| order.violation.as_deref().and_then(|v| standing.annulled.get(v).copied()))?;
            Some((order.id.clone(), by.clone()))
        })
        .collect()
}

/// The judgment that took an order with it, for the order's steps: the last amount a reader
/// sees under the order is what it forfeits after it, nothing.
pub(crate) fn annulled_step(appeal: &Appeal, nothing: Money) -> Step {
    Step::says(Message::new("appeal-order-annulled").arg("by", who(appeal)), Some(nothing))
}

/// The day of the judgment, for the order's report.
pub(crate) fn annulled_on(appeal: &Appeal) -> Date {
    appeal.decided
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::calc::fixtures::{case, group, in_group, options, violation};
    use crate::calc::model::{Deadline, PenaltyOrder, PenaltyUnit, PeriodCount};
    use crate::calc::report::Report;
    use crate::calc::{calculate, validate::CaseError};

    fn appeal(decided: Date, outcome: AppealOutcome, fine: Option<i64>, violation: Option<&str>) -> Appeal {
        Appeal {
            body: "Rechtbank".into(),
            decided,
            reference: None,
            outcome,
            fine: fine.map(Money::euros),
            violation: violation.map(str::to_string),
            span: None,
        }
    }

    /// Two fines, 600,000 and 300,000, and an order for the first.
    fn two_fines(appeals: Vec<Appeal>) -> Case {
        let mut case = case(
            vec![violation("cameras", &["5(1)(c)"], Some(600_000)), violation("information", &["13"], Some(300_000))],
            vec![],
        );
        case.decided = Some(date(2023, 3, 1));
        case.penalties.push(PenaltyOrder {
            id: "stop-filming".into(),
            violation: Some("cameras".into()),
            order: None,
            amount: Money::euros(10_000),
            per: PenaltyUnit::Weeks(1),
            deadline: Some(Deadline::Due(date(2023, 6, 1))),
            max: Some(Money::euros(100_000)),
            count: PeriodCount::Started,
            complied: None,
            breaches: None,
            suspended: Vec::new(),
            published_forfeited: None,
            liquidations: Vec::new(),
            ends: None,
            span: None,
        });
        case.appeals = appeals;
        case
    }

    fn report(case: &Case) -> Report {
        calculate(case, &options()).unwrap()
    }

    #[test]
    fn without_appeals_the_final_total_is_the_total() {
        let report = report(&two_fines(vec![]));
        assert_eq!(report.final_total, Some(Money::euros(900_000)));
        assert_eq!(report.penalties_forfeited, Money::euros(100_000));
    }

    #[test]
    fn a_reduced_fine_of_one_violation_moves_the_total_by_the_difference() {
        // 900,000 - 300,000 + 200,000 = 800,000.
        let case =
            two_fines(vec![appeal(date(2023, 9, 1), AppealOutcome::Reduced, Some(200_000), Some("information"))]);
        let report = report(&case);
        assert_eq!(report.total, Money::euros(900_000), "the decision's total stays as imposed");
        assert_eq!(report.final_total, Some(Money::euros(800_000)));
        assert_eq!(report.appeals[0].total_after, Some(Money::euros(800_000)));
    }

    #[test]
    fn an_annulled_fine_owes_nothing_and_its_order_forfeits_nothing() {
        let annulled = appeal(date(2024, 2, 29), AppealOutcome::Annulled, None, Some("cameras"));
        let report = report(&two_fines(vec![annulled]));
        // 900,000 - 600,000 = 300,000; the weekly order (100,000 accrued) goes with its fine.
        assert_eq!(report.final_total, Some(Money::euros(300_000)));
        assert_eq!(report.penalties[0].forfeited, Money::euros(0));
        assert_eq!(report.penalties_forfeited, Money::euros(0));
        assert_eq!(report.penalties[0].annulled_on, Some(date(2024, 2, 29)));
        assert!(report.penalties[0].schedule.is_empty());
        // Nothing of it counts, and the order's last step says so in its amount.
        assert_eq!(report.penalties[0].periods_elapsed, 0);
        let last = report.penalties[0].steps.last().unwrap();
        assert_eq!((last.rule_in(crate::l10n::Lang::En).as_ref(), last.amount), ("appeal", Some(Money::euros(0))));
    }

    #[test]
    fn the_whole_decision_annulled_leaves_nothing_and_takes_every_order_with_it() {
        let report = report(&two_fines(vec![appeal(date(2024, 2, 29), AppealOutcome::Annulled, Some(0), None)]));
        assert_eq!(report.final_total, Some(Money::euros(0)));
        assert_eq!(report.penalties_forfeited, Money::euros(0));
    }

    #[test]
    fn a_decision_annulled_then_reinstated_on_further_appeal_stands_as_imposed() {
        // BBVA PS/00070/2019's course: annulled (Audiencia Nacional), then the annulment quashed
        // and the fines restored (Tribunal Supremo): 900,000 stands again, the order runs again.
        let appeals = vec![
            appeal(date(2024, 2, 29), AppealOutcome::Annulled, None, None),
            appeal(date(2024, 11, 11), AppealOutcome::Reinstated, None, None),
        ];
        let report = report(&two_fines(appeals));
        assert_eq!(report.appeals[0].total_after, Some(Money::euros(0)));
        assert_eq!(report.final_total, Some(Money::euros(900_000)));
        assert_eq!(report.penalties[0].annulled_on, None);
        assert_eq!(report.penalties_forfeited, Money::euros(100_000));
    }

    #[test]
    fn one_violation_reinstated_after_a_reduction_moves_the_total_back() {
        // 900,000 -> 700,000 (cameras lowered to 400,000) -> 900,000 (cameras' 600,000 restored).
        let appeals = vec![
            appeal(date(2024, 2, 29), AppealOutcome::Reduced, Some(400_000), Some("cameras")),
            appeal(date(2024, 11, 11), AppealOutcome::Reinstated, None, Some("cameras")),
        ];
        let report = report(&two_fines(appeals));
        assert_eq!(report.appeals[0].total_after, Some(Money::euros(700_000)));
        assert_eq!(report.final_total, Some(Money::euros(900_000)));
        // An amount given is the one that stands: restored at 500,000, the total is 800,000.
        let appeals = vec![
            appeal(date(2024, 2, 29), AppealOutcome::Annulled, None, Some("cameras")),
            appeal(date(2024, 11, 11), AppealOutcome::Reinstated, Some(500_000), Some("cameras")),
        ];
        assert_eq!(report_of(appeals), Some(Money::euros(800_000)));
    }

    fn report_of(appeals: Vec<Appeal>) -> Option<Money> {
        report(&two_fines(appeals)).final_total
    }

    #[test]
    fn an_annulment_reversed_on_further_appeal_restores_the_order() {
        let appeals = vec![
            appeal(date(2024, 2, 29), AppealOutcome::Annulled, None, Some("cameras")),
            appeal(date(2025, 6, 1), AppealOutcome::Reduced, Some(500_000), Some("cameras")),
        ];
        let report = report(&two_fines(appeals));
        // 900,000 - 600,000 + 0, then - 0 + 500,000 = 800,000.
        assert_eq!(report.final_total, Some(Money::euros(800_000)));
        assert_eq!(report.penalties_forfeited, Money::euros(100_000));
    }

    #[test]
    fn referred_back_without_a_new_amount_leaves_the_total_unknown_with_a_finding() {
        let report = report(&two_fines(vec![appeal(date(2024, 2, 29), AppealOutcome::ReferredBack, None, None)]));
        assert_eq!(report.final_total, None);
        assert!(report.findings.iter().any(|f| f.code == FindingCode::FinalTotalUnknown));
    }

    #[test]
    fn upheld_and_pending_leave_what_stood() {
        let appeals = vec![
            appeal(date(2024, 2, 29), AppealOutcome::Upheld, None, None),
            appeal(date(2025, 6, 1), AppealOutcome::Pending, None, None),
        ];
        let report = report(&two_fines(appeals));
        assert_eq!(report.final_total, Some(Money::euros(900_000)));
        assert!(report.findings.iter().any(|f| f.code == FindingCode::AppealPending));
    }

    #[test]
    fn a_member_of_a_group_with_one_fine_has_no_fine_of_its_own_to_change() {
        let mut fined = case(
            vec![in_group(violation("a", &["6"], None), "g"), in_group(violation("b", &["13"], None), "g")],
            vec![group("g", Some(1_000_000))],
        );
        fined.appeals = vec![appeal(date(2025, 1, 1), AppealOutcome::Reduced, Some(100_000), Some("a"))];
        let report = report(&fined);
        assert_eq!(report.final_total, None);
        assert!(report.findings.iter().any(|f| f.code == FindingCode::FinalTotalUnknown));
    }

    #[test]
    fn the_published_final_total_is_compared() {
        let mut case = two_fines(vec![appeal(date(2023, 9, 1), AppealOutcome::Reduced, Some(450_000), None)]);
        case.published_final_total = Some(Money::euros(450_000));
        assert!(!report(&case).has_discrepancy());
        case.published_final_total = Some(Money::euros(900_000));
        let report = report(&case);
        assert!(report.has_discrepancy());
        assert_eq!(report.published_figures(), 1);
    }

    #[test]
    fn appeals_come_after_the_decision_in_date_order_on_violations_of_the_case() {
        let early = two_fines(vec![appeal(date(2022, 1, 1), AppealOutcome::Upheld, None, None)]);
        assert!(matches!(early.validate(), Err(CaseError::AppealBeforeDecision { index: 0, .. })));
        let disorder = two_fines(vec![
            appeal(date(2025, 1, 1), AppealOutcome::Upheld, None, None),
            appeal(date(2024, 1, 1), AppealOutcome::Upheld, None, None),
        ]);
        assert!(matches!(disorder.validate(), Err(CaseError::AppealsOutOfOrder { index: 1, .. })));
        let unknown = two_fines(vec![appeal(date(2024, 1, 1), AppealOutcome::Annulled, None, Some("camera"))]);
        assert!(matches!(unknown.validate(), Err(CaseError::AppealUnknownViolation { index: 0, .. })));
        let bare = two_fines(vec![appeal(date(2024, 1, 1), AppealOutcome::Reduced, None, None)]);
        assert_eq!(bare.validate(), Err(CaseError::AppealWithoutFine { index: 0 }));
        let annulled = two_fines(vec![appeal(date(2024, 1, 1), AppealOutcome::Annulled, Some(5), None)]);
        assert!(matches!(annulled.validate(), Err(CaseError::AppealFineContradictsOutcome { .. })));
    }
}
