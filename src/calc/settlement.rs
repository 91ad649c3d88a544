//! Settlement reductions of a proposed fine (ES: LPACAP art. 85; IT: Codice privacy art.
//! 166(8)), per violation or on the total of the fines. Each reduction is a percentage of the
//! amount BEFORE any reduction (art. 85(3): "sobre el importe de la sanción propuesta, siendo
//! éstos acumulables entre sí"), never one after the other: 2,000 less 20 % and 20 % is 1,200.
//! The rules and their percentages are the rows of [`law::settlements`](super::law::settlements).
//! The amounts stay exact: the law names no rounding.

use rust_decimal::Decimal;

use super::error::CalcError;
use super::law::settlements::{self, SettlementRule, resolve};
use super::model::Case;
use super::model::Reduction;
use super::money::Money;
use super::report::{Finding, FindingCode, Level, ReductionReport, Step, Trace};
use crate::l10n::{Arg, Message};

/// The country whose settlement rules a case follows.
pub(crate) fn country(case: &Case) -> Option<String> {
    super::law::authority::country(&case.authority)
}

/// The amount after the reductions, and each reduction's part.
pub(crate) struct Settled {
    /// What remains of the base.
    pub amount: Money,
    /// Each reduction with its rule, percentage, amount and source.
    pub reductions: Vec<ReductionReport>,
    /// Percentages the rule does not grant.
    pub findings: Vec<Finding>,
}

/// What the reductions are taken of: a violation's proposed fine, or the total of the fines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    Proposed,
    Total,
}

/// `base` less each reduction (a percentage of `base`), the steps in `trace`.
pub(crate) fn settle(
    country: Option<&str>,
    base: Money,
    reductions: &[Reduction],
    of: Base,
    trace: &mut Trace,
) -> Result<Settled, CalcError> {
    // `Case::validate` has refused every problem `resolve` finds.
    let resolved = resolve(country, reductions).map_err(|problem| CalcError::invalid(problem.to_string(), None))?;
    let mut amount = base;
    let mut reports = Vec::with_capacity(resolved.len());
    let mut findings = Vec::new();
    let of = Arg::Key(match of {
        Base::Proposed => "proposed",
        Base::Total => "total",
    });
    for (rule, percent) in resolved {
        let off = base.percent(percent)?;
        amount = amount.checked_add_signed(-off.amount())?;
        trace.push(|| {
            let message = Message::new("settlement-reduction")
                .arg("what", Message::new(rule.what))
                .arg("provision", rule.provision)
                .arg("percent", percent)
                .arg("of", of.clone())
                .arg("base", base)
                .arg("off", off);
            Step::says(message, Some(amount))
        });
        if !rule.percent.allows(percent) {
            findings.push(off_rule(rule, percent));
        }
        reports.push(ReductionReport {
            rule: rule.rule.to_string(),
            percent,
            amount: off,
            source: rule.provision.to_string(),
            verified: rule.verified,
        });
    }
    Ok(Settled { amount, reductions: reports, findings })
}

/// A percentage the rule does not grant: below LPACAP art. 85(3)'s minimum of 20 %, or other
/// than Codice art. 166(8)'s half. The case file reproduces what the decision did; a reduction
/// the law does not allow is a discrepancy with the law, as a fine above its maximum is, so
/// `check` exits 1 on it.
fn off_rule(rule: &SettlementRule, percent: Decimal) -> Finding {
    let (grants, granted) = match rule.percent {
        settlements::ReductionPercent::AtLeast(minimum) => ("at-least", minimum),
        settlements::ReductionPercent::Exactly(fixed) => ("exactly", fixed),
    };
    let message = Message::new("settlement-off-rule")
        .arg("percent", percent)
        .arg("what", Message::new(rule.what))
        .arg("provision", rule.provision)
        .arg("grants", Arg::Key(grants))
        .arg("granted", granted);
    Finding::says(Level::Error, FindingCode::ReductionOffRule, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::law::settlements::ReductionProblem;
    use crate::calc::report::Detail;

    fn reductions(rules: &[(&str, Option<i64>)]) -> Vec<Reduction> {
        rules
            .iter()
            .map(|(rule, percent)| Reduction {
                rule: rule.to_string(),
                percent: percent.map(Decimal::from),
                span: None,
            })
            .collect()
    }

    fn settled(country: &str, base: i64, rules: &[(&str, Option<i64>)]) -> Settled {
        let mut trace = Trace::new(Detail::Steps);
        settle(Some(country), Money::euros(base), &reductions(rules), Base::Proposed, &mut trace).unwrap()
    }

    #[test]
    fn lpacap_85_two_reductions_of_20_percent_leave_60_percent() {
        // LAW.md 4a: 2,000 proposed, both reductions: 2,000 - 400 - 400 = 1,200.
        let settled = settled("ES", 2_000, &[("acknowledgment", None), ("voluntary-payment", Some(20))]);
        assert_eq!(settled.amount, Money::euros(1_200));
        assert_eq!(settled.reductions[0].amount, Money::euros(400));
        assert_eq!(settled.reductions[1].amount, Money::euros(400));
        assert!(settled.findings.is_empty());
    }

    #[test]
    fn lpacap_85_3_each_percentage_is_of_the_proposed_amount_not_one_after_the_other() {
        // 50,000 less 20 % and 20 % of 50,000 = 30,000 (one after the other would give 32,000).
        assert_eq!(
            settled("ES", 50_000, &[("acknowledgment", None), ("voluntary-payment", None)]).amount,
            Money::euros(30_000)
        );
        // A higher percentage the regulations allow: 100,000 less 30 % and 20 % = 50,000.
        assert_eq!(
            settled("ES", 100_000, &[("acknowledgment", Some(30)), ("voluntary-payment", None)]).amount,
            Money::euros(50_000)
        );
    }

    #[test]
    fn lpacap_85_3_a_reduction_below_20_percent_is_a_discrepancy() {
        let settled = settled("ES", 10_000, &[("acknowledgment", Some(10))]);
        assert_eq!(settled.amount, Money::euros(9_000));
        assert_eq!(settled.findings.len(), 1);
        assert_eq!(settled.findings[0].code, FindingCode::ReductionOffRule);
        assert_eq!(settled.findings[0].level, Level::Error);
    }

    #[test]
    fn codice_166_8_half_the_fine() {
        assert_eq!(settled("IT", 40_000, &[("reduced-payment", None)]).amount, Money::euros(20_000));
        assert_eq!(settled("IT", 40_000, &[("reduced-payment", Some(40))]).findings.len(), 1);
    }

    #[test]
    fn a_rule_of_another_country_or_too_much_off_is_refused() {
        let unknown = resolve(Some("NL"), &reductions(&[("acknowledgment", None)])).unwrap_err();
        assert!(matches!(unknown, ReductionProblem::UnknownRule { position: 0, ref known, .. } if known.is_empty()));
        let typo =
            resolve(Some("ES"), &reductions(&[("voluntary-payment", None), ("acknowledgement", None)])).unwrap_err();
        assert!(matches!(typo, ReductionProblem::UnknownRule { position: 1, .. }));
        let over = resolve(Some("ES"), &reductions(&[("acknowledgment", Some(60)), ("voluntary-payment", Some(50))]));
        assert_eq!(over.unwrap_err(), ReductionProblem::AboveWhole { total: Decimal::from(110) });
        let zero = resolve(Some("ES"), &reductions(&[("acknowledgment", Some(0))]));
        assert_eq!(zero.unwrap_err(), ReductionProblem::PercentOutOfRange { position: 0, percent: Decimal::ZERO });
    }
}
