//! A fine under national law in a GDPR decision (`national = { provision = "..." }`): the
//! e-Privacy rules on cookies, which authorities such as the CNIL fine beside the GDPR
//! (Directive 2002/58/EC art. 5(3), FR: Loi 78-17 art. 82). It has no Art. 83 tier. Its maximum
//! is national law's: from art83's table where it holds the provision
//! ([`super::law::national_fines`]), else as the decision states it, else none, with a finding.

use super::error::CalcError;
use super::law::{authority, national_fines};
use super::maximum::{TurnoverBasis, legal_maximum, required_turnover};
use super::model::{Case, NationalFine, Violation};
use super::money::{Money, percent_text};
use super::report::{Detail, Finding, FindingCode, Level, MaximumBasis, NationalReport, Step};

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
        let (detail, basis) = match national.maximum {
            Some(stated) => (
                format!(
                    "{}: the maximum as the decision states it, {stated}; art83 holds no table for it",
                    national.provision
                ),
                Some(MaximumBasis::Stated),
            ),
            None => {
                findings.push(Finding::new(
                    Level::Info,
                    FindingCode::NationalMaximumUnknown,
                    format!(
                        "a fine under {}: art83 holds no maximum for it and the case file states none (`maximum`), so the fine is not checked",
                        national.provision
                    ),
                ).violation(id));
                (format!("{}: national law, no Art. 83 tier; maximum unknown", national.provision), None)
            }
        };
        return Ok(NationalMaximum {
            amount: national.maximum,
            basis,
            percent: None,
            step: Step::new("national law", detail, national.maximum),
            report: report(None),
        });
    };
    let national_fines::NationalMaximum::AsTier(tier) = rule.maximum;
    let computed = legal_maximum(tier, turnover, detail)?;
    if let Some(stated) = national.maximum
        && stated != computed.amount
        && !(computed.basis.is_floor() && stated > computed.amount)
    {
        findings.push(
            Finding::new(
                Level::Error,
                FindingCode::MaximumDiffers,
                format!(
                    "the case file states a maximum of {stated} under {}; {} gives {}",
                    rule.provision, rule.source, computed.amount
                ),
            )
            .violation(id),
        );
    }
    let step = Step::new(
        "national law",
        format!(
            "{}: no Art. 83 tier; {} sets the amounts of {}: {}",
            rule.provision,
            rule.source,
            tier.citation(),
            computed.step.detail
        ),
        Some(computed.amount),
    );
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
            let message = format!(
                "fine {fine} is above {amount}, what the maximum under {provision} is known to reach with turnover unknown; it is within it if the undertaking's turnover was at least {needed} (fine / {} %, rounded up to the cent)",
                percent_text(percent)
            );
            return Ok((
                Some(Finding::new(Level::Warning, FindingCode::MaximumNeedsTurnover, message).violation(&violation.id)),
                Some(needed),
            ));
        }
        _ => Finding::new(
            Level::Error,
            FindingCode::FineExceedsMaximum,
            format!("fine {fine} exceeds the maximum {amount} under {provision}"),
        ),
    };
    Ok((Some(finding.violation(&violation.id)), None))
}
