//! `art83 sweep`: how each legal maximum and method result moves with turnover.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::error::CalcError;
use super::money::Money;
use super::report::{FineMethod, MaximumBasis};
use super::{Case, Options, calculate};

/// One turnover of a sweep.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    pub turnover: Money,
    pub violations: Vec<SweepValue>,
    pub total: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct SweepValue {
    pub id: String,
    pub legal_maximum: Option<Money>,
    pub maximum_basis: Option<MaximumBasis>,
    pub fine: Option<Money>,
    pub method: FineMethod,
    /// The EDPB method's fine with every choice at the bottom, and at the top, of its band.
    pub range: Option<[Money; 2]>,
}

/// `steps` turnovers from `from` to `to`, both included, evenly spaced. The spacing
/// `(to - from) / (steps - 1)` need not be a whole number of cents, so each point is rounded to
/// the cent, half away from zero: the one rounding art83 makes, and only here.
pub fn turnovers(from: Money, to: Money, steps: u32) -> Result<Vec<Money>, CalcError> {
    if steps < 2 {
        return Ok(vec![from]);
    }
    let span = to.amount() - from.amount();
    let gaps = Decimal::from(steps - 1);
    (0..steps)
        .map(|k| {
            let offset = span.checked_mul(Decimal::from(k)).ok_or(CalcError::Overflow)? / gaps;
            let point = (from.amount() + offset).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            Money::new(point).ok_or(CalcError::NegativeAmount)
        })
        .collect()
}

/// The case at one turnover: penalties do not depend on turnover and are left out.
pub fn point(case: &Case, turnover: Money, options: &Options) -> Result<SweepPoint, CalcError> {
    let options = Options { turnover: Some(turnover), compare: None, ..options.clone() };
    let report = calculate(case, &options)?;
    Ok(SweepPoint {
        turnover,
        violations: report
            .violations
            .into_iter()
            .map(|v| SweepValue {
                id: v.id,
                legal_maximum: v.legal_maximum,
                maximum_basis: v.maximum_basis,
                fine: v.fine,
                method: v.method,
                range: v.edpb.map(|e| e.fine_range),
            })
            .collect(),
        total: report.total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turnovers_include_both_ends_and_round_to_the_cent() {
        let points = turnovers(Money::euros(0), Money::euros(1), 4).unwrap();
        let cents: Vec<String> = points.iter().map(|m| m.plain()).collect();
        assert_eq!(cents, ["0.00", "0.33", "0.67", "1.00"]);
        assert_eq!(turnovers(Money::euros(5), Money::euros(9), 1).unwrap(), [Money::euros(5)]);
    }
}
