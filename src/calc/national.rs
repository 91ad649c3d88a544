//! A fine under national law in a GDPR decision (`national = { provision = "..." }`): the
//! e-Privacy rules on cookies, which authorities such as the CNIL fine beside the GDPR
//! (Directive 2002/58/EC art. 5(3), FR: Loi 78-17 art. 82). It has no Art. 83 tier. Its maximum
//! is national law's: from art83's table where it holds the provision
//! ([`super::law::national_fines`]), else as the decision states it, else none, with a finding.

use super::error::CalcError;
use super::law::{authority, national_fines};
use super::maximum::{TurnoverBasis, legal_maximum, required_turnover};
use super::model::{Case, NationalFine, Violation};
use super::money::Money;
use super::report::{Detail, Finding, FindingCode, Level, MaximumBasis, NationalReport, Step};
use crate::l10n::{Arg, Message};

/// The maximum of a national fine and how it was found.
pub(super) struct NationalMaximum {
    pub amount: Option<Money>,
    pub basis: Option<MaximumBasis>,
    /// The share of turnover it grows with, for a floor (turnover unknown).
    percent: Option<rust_decimal::Decimal>,
    pub step: Step,
    pub report: NationalReport,
}

/// The national maximum: the table's (its amounts as an Art. 83 tier's, on the same turnover),
/// else the one the decision states, else none (`national-maximum-unknown`). A stated maximum
/// that differs from the table's is a discrepancy (`maximum-differs`).
pub(super) fn maximum(
    case: &Case,
    id: &str,
    national: &NationalFine,
    turnover: &TurnoverBasis,
    detail: Detail,
    findings: &mut Vec<Finding>,
) -> Result<NationalMaximum, CalcError> {
    let country = authority::country(&case.authority);
    let rule = country.as_deref().and_then(|c| national_fines::rule_for(c, &national.provision));
    let report = |source| NationalReport {
        provision: national.provision.clone(),
        stated_maximum: national.maximum,
        maximum_source: source,
    };
    let Some(rule) = rule else {
        let provision = national.provision.as_str();
        let (message, basis) = match national.maximum {
            Some(stated) => (
                Message::new("national-maximum-stated").arg("provision", provision).arg("stated", stated),
                Some(MaximumBasis::Stated),
            ),
            None => {
                let unknown = Message::new("national-maximum-unknown").arg("provision", provision);
                findings.push(Finding::says(Level::Info, FindingCode::NationalMaximumUnknown, unknown).violation(id));
                (Message::new("national-no-maximum").arg("provision", provision), None)
            }
        };
        return Ok(NationalMaximum {
            amount: national.maximum,
            basis,
            percent: None,
            step: Step::says(message, national.maximum),
            report: report(None),
        });
    };
    let national_fines::NationalMaximum::AsTier(tier) = rule.maximum;
    let computed = legal_maximum(tier, turnover, detail)?;
    if let Some(stated) = national.maximum
        && stated != computed.amount
        && !(computed.basis.is_floor() && stated > computed.amount)
    {
        let message = Message::new("national-maximum-differs")
            .arg("stated", stated)
            .arg("provision", rule.provision)
            .arg("source", rule.source)
            .arg("computed", computed.amount);
        findings.push(Finding::says(Level::Error, FindingCode::MaximumDiffers, message).violation(id));
    }
    // The table's provisions are French statutes, cited as they are in every language.
    let mut message = Message::new("national-maximum-as-tier")
        .arg("provision", rule.provision)
        .arg("source", rule.source)
        .arg("tier", Arg::Provision(tier.as_str().into()));
    message = message.arg("maximum", computed.step.message.clone());
    let step = Step::says(message, Some(computed.amount));
    Ok(NationalMaximum {
        amount: Some(computed.amount),
        basis: Some(computed.basis),
        percent: Some(computed.percent),
        step,
        report: report(Some(rule.source)),
    })
}

/// A national fine above its maximum: an error, or with a floor (turnover unknown) the
/// turnover the fine needs.
pub(super) fn fine_finding(
    violation: &Violation,
    fine: Option<Money>,
    maximum: &NationalMaximum,
) -> Result<(Option<Finding>, Option<Money>), CalcError> {
    let (Some(fine), Some(amount)) = (fine, maximum.amount) else { return Ok((None, None)) };
    if fine <= amount {
        return Ok((None, None));
    }
    let provision = &maximum.report.provision;
    let finding = match (maximum.basis, maximum.percent) {
        (Some(MaximumBasis::AtLeast), Some(percent)) => {
            let needed = required_turnover(fine, percent)?;
            let message = Message::new("national-fine-needs-turnover")
                .arg("fine", fine)
                .arg("maximum", amount)
                .arg("provision", provision.as_str())
                .arg("needed", needed)
                .arg("percent", percent);
            return Ok((
                Some(
                    Finding::says(Level::Warning, FindingCode::MaximumNeedsTurnover, message).violation(&violation.id),
                ),
                Some(needed),
            ));
        }
        _ => Finding::says(
            Level::Error,
            FindingCode::FineExceedsMaximum,
            Message::new("national-fine-exceeds")
                .arg("fine", fine)
                .arg("maximum", amount)
                .arg("provision", provision.as_str()),
        ),
    };
    Ok((Some(finding.violation(&violation.id)), None))
}
