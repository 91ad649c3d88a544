//! `published_maximum`: the legal maximum a decision states, for the case, a violation or a
//! group, compared with the one art83 finds (Art. 83(4)-(6), 83(3) for a group).
//!
//! A decision may state its maximum rounded: to the euro (DPC decisions compute 4 % of turnover
//! to the cent and state whole euros) or to the cent. Where the stated figure is art83's
//! rounded half-up or down to the euro (a whole figure) or to the cent, the difference is the
//! decision's own rounding and is named as such (`maximum-rounded`, info); any other difference
//! is an error (`maximum-differs`). A maximum art83 knows only as a floor (turnover unknown) is
//! confirmed only when the decision states less than that floor: then it differs; a stated
//! figure above it cannot be checked (`maximum-unverified`, info) and implies a turnover.

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::CalcError;
use super::maximum::required_turnover;
use super::model::Case;
use super::money::Money;
use super::report::{Finding, FindingCode, GroupReport, Level, MaximumBasis, ViolationReport};
use crate::l10n::{Arg, Message};

/// The maximum art83 finds for what a published maximum is about.
struct Found {
    amount: Option<Money>,
    basis: Option<MaximumBasis>,
    /// The turnover share (2 or 4 %) the maximum grows with, for a floor.
    percent: Option<Decimal>,
}

/// What the comparison shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Matches,
    /// The decision's rounding: to the euro (`euro`) or to the cent (`cent`).
    Rounded(&'static str),
    /// A floor below the stated figure, or no maximum at all: nothing to check it against.
    Unverified,
    Differs,
}

/// Sets each `published_maximum` on the reports and adds a finding for each that does not
/// match. The case's is compared with the highest maximum of its violations: the maximum of
/// the gravest infringement (Art. 83(3)).
pub fn compare_maxima(
    case: &Case,
    violations: &mut [ViolationReport],
    groups: &mut [GroupReport],
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    for (violation, report) in case.violations.iter().zip(violations.iter_mut()) {
        report.published_maximum = violation.published_maximum;
        let Some(published) = violation.published_maximum else { continue };
        let found = Found {
            amount: report.legal_maximum,
            basis: report.maximum_basis,
            percent: report.tier.map(|t| t.maximum().percent),
        };
        findings.extend(finding(published, &found)?.map(|f| f.violation(&report.id)));
    }
    for (group, report) in case.groups.iter().zip(groups.iter_mut()) {
        report.published_maximum = group.published_maximum;
        let Some(published) = group.published_maximum else { continue };
        let found = Found { amount: report.ceiling, basis: report.ceiling_basis, percent: None };
        findings.extend(finding(published, &found)?.map(|f| f.group(&report.id)));
    }
    if let Some(published) = case.published_maximum {
        let gravest = violations.iter().filter(|v| v.legal_maximum.is_some()).max_by_key(|v| v.legal_maximum);
        let found = Found {
            amount: gravest.and_then(|v| v.legal_maximum),
            basis: gravest.and_then(|v| v.maximum_basis),
            percent: gravest.and_then(|v| v.tier).map(|t| t.maximum().percent),
        };
        findings.extend(finding(published, &found)?);
    }
    Ok(())
}

fn verdict(published: Money, found: &Found) -> Verdict {
    let Some(computed) = found.amount else { return Verdict::Unverified };
    if published == computed {
        return Verdict::Matches;
    }
    if found.basis.is_some_and(MaximumBasis::is_floor) && published > computed {
        return Verdict::Unverified;
    }
    let (scale, unit) = if published.amount().fract().is_zero() { (0, "euro") } else { (2, "cent") };
    let rounded = |strategy| computed.amount().round_dp_with_strategy(scale, strategy);
    let explained = [RoundingStrategy::MidpointAwayFromZero, RoundingStrategy::ToZero]
        .into_iter()
        .any(|strategy| rounded(strategy) == published.amount());
    if explained { Verdict::Rounded(unit) } else { Verdict::Differs }
}

fn finding(published: Money, found: &Found) -> Result<Option<Finding>, CalcError> {
    // Rounded and differs arise only where art83 has a maximum (`verdict`).
    let computed = |message: Message| match found.amount {
        Some(computed) => message.arg("computed", computed),
        None => message,
    };
    Ok(match verdict(published, found) {
        Verdict::Matches => None,
        Verdict::Rounded(unit) => {
            let message = Message::new("published-maximum-rounded").arg("published", published);
            let message = computed(message).arg("unit", Arg::Key(unit));
            Some(Finding::says(Level::Info, FindingCode::MaximumRounded, message))
        }
        Verdict::Unverified => {
            Some(Finding::says(Level::Info, FindingCode::MaximumUnverified, unverified(published, found)?))
        }
        Verdict::Differs => {
            let message = computed(Message::new("published-maximum-differs").arg("published", published));
            Some(Finding::says(Level::Error, FindingCode::MaximumDiffers, message))
        }
    })
}

fn unverified(published: Money, found: &Found) -> Result<Message, CalcError> {
    Ok(match (found.amount, found.percent) {
        (None, _) => Message::new("published-maximum-no-tier").arg("published", published),
        (Some(floor), Some(percent)) => Message::new("published-maximum-implies-turnover")
            .arg("published", published)
            .arg("floor", floor)
            .arg("turnover", required_turnover(published, percent)?)
            .arg("percent", percent),
        (Some(floor), None) => {
            Message::new("published-maximum-unverified").arg("published", published).arg("floor", floor)
        }
    })
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    fn fixed(amount: Decimal, basis: MaximumBasis) -> Found {
        Found { amount: Money::new(amount), basis: Some(basis), percent: Some(dec!(4)) }
    }

    fn money(amount: Decimal) -> Money {
        Money::new(amount).unwrap()
    }

    #[test]
    fn art83_5_a_stated_maximum_equal_to_the_legal_one_matches() {
        let found = fixed(dec!(20_000_000), MaximumBasis::Fixed);
        assert_eq!(verdict(money(dec!(20_000_000)), &found), Verdict::Matches);
        assert_eq!(verdict(money(dec!(20_000_001)), &found), Verdict::Differs);
        assert_eq!(verdict(money(dec!(10_000_000)), &found), Verdict::Differs);
    }

    #[test]
    fn art83_5_a_maximum_stated_in_whole_euros_is_the_decisions_rounding() {
        // 4 % of EUR 13,901,473,075.37 = 556,058,923.0148: stated as 556,058,923 (down) ...
        let found = fixed(dec!(556_058_923.0148), MaximumBasis::Turnover);
        assert_eq!(verdict(money(dec!(556_058_923)), &found), Verdict::Rounded("euro"));
        // ... or half-up to the cent, 556,058,923.01.
        assert_eq!(verdict(money(dec!(556_058_923.01)), &found), Verdict::Rounded("cent"));
        // A euro more is no rounding.
        assert_eq!(verdict(money(dec!(556_058_924)), &found), Verdict::Differs);
        // Half-up to the euro: 1,234.50 stated as 1,235.
        let half = fixed(dec!(1_234.50), MaximumBasis::Turnover);
        assert_eq!(verdict(money(dec!(1_235)), &half), Verdict::Rounded("euro"));
    }

    #[test]
    fn art83_5_with_turnover_unknown_a_higher_stated_maximum_is_unverified_a_lower_one_differs() {
        let floor = fixed(dec!(20_000_000), MaximumBasis::AtLeast);
        assert_eq!(verdict(money(dec!(556_058_923)), &floor), Verdict::Unverified);
        assert_eq!(verdict(money(dec!(19_000_000)), &floor), Verdict::Differs);
        // EUR 40M at 4 % needs a turnover of EUR 1bn.
        let message = unverified(money(dec!(40_000_000)), &floor).unwrap();
        assert_eq!(message.get("turnover"), Some(&Arg::from(Money::euros(1_000_000_000))));
    }
}
