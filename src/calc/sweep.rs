//! `art83 sweep`: how each legal maximum and method result moves with turnover.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::calculation::{calculate, calculate_valid};
use super::error::{CalcError, Refusal};
use super::model::Case;
use super::model::{Choice, Method};
use super::money::Money;
use super::options::Options;
use super::report::{FineMethod, MaximumBasis};

/// One turnover of a sweep.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct SweepPoint {
    /// The turnover in euros (the Art. 83 maxima are a percentage of it in EUR).
    pub turnover: Money,
    /// The currency of the maxima, fines and total: the decision's (`case.currency`), which
    /// need not be the turnover's euro.
    pub currency: &'static str,
    /// Each violation's maximum and fine at this turnover.
    pub violations: Vec<SweepValue>,
    /// The case's total fine at this turnover.
    pub total: Money,
}

#[derive(Debug, Clone, Serialize)]
/// One violation at one turnover of a sweep.
#[non_exhaustive]
pub struct SweepValue {
    /// The violation's id.
    pub id: String,
    /// Its legal maximum at this turnover.
    pub legal_maximum: Option<Money>,
    /// How the maximum was reached.
    pub maximum_basis: Option<MaximumBasis>,
    /// Its fine at this turnover: declared, or computed by its method.
    pub fine: Option<Money>,
    /// Where the fine comes from.
    pub method: FineMethod,
    /// The EDPB method's fine with every choice at the bottom, and at the top, of its band.
    pub range: Option<[Money; 2]>,
}

/// `steps` turnovers from `from` to `to`, both included, evenly spaced. The spacing
/// `(to - from) / (steps - 1)` need not be a whole number of cents, so each point is rounded to
/// the cent, half away from zero: the one rounding art83 makes, and only here. The points are
/// computed one at a time: 10 million steps are never held at once.
pub fn turnovers(from: Money, to: Money, steps: u32) -> Result<Turnovers, CalcError> {
    let span = to.amount().checked_sub(from.amount()).ok_or(CalcError::Overflow)?;
    // The largest offset is the span itself; checking it once covers every point.
    span.checked_mul(Decimal::from(steps.max(2) - 1)).ok_or(CalcError::Overflow)?;
    Ok(Turnovers { from, span, steps, next: 0 })
}

/// The turnovers of a sweep, in order; see [`turnovers`].
#[derive(Debug, Clone)]
pub struct Turnovers {
    from: Money,
    span: Decimal,
    steps: u32,
    next: u32,
}

impl Iterator for Turnovers {
    type Item = Money;

    fn next(&mut self) -> Option<Money> {
        if self.next >= self.steps.max(1) {
            return None;
        }
        let k = self.next;
        self.next += 1;
        if self.steps < 2 {
            return Some(self.from);
        }
        // Within the span checked in `turnovers`, between `from` and `to`: no overflow, no sign.
        let offset = self.span * Decimal::from(k) / Decimal::from(self.steps - 1);
        let point = (self.from.amount() + offset).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        Money::new(point)
    }
}

/// Prepares a case for a sweep. A sweep varies the turnover, and with it the EDPB bands: a
/// `starting_amount` or `size_percent` chosen in the band of the case's own turnover is kept
/// where another turnover's band holds it, and elsewhere takes the same position in that band.
/// A `size_percent` without a band at the case's own turnover cannot be placed: an error.
pub fn prepare(case: &Case, options: &Options) -> Result<Prepared, CalcError> {
    let own = calculate(case, &Options { turnover: None, compare: None, ..options.clone() })?;
    let mut case = case.clone();
    for (violation, report) in case.violations.iter_mut().zip(&own.violations) {
        let (Some(Method::Edpb(input)), Some(edpb)) = (&mut violation.method, &report.edpb) else { continue };
        if let Choice::Value(value) = input.starting {
            input.starting = Choice::InBand { value, band: edpb.starting_range };
        }
        if let Choice::Value(value) = input.size {
            let Some(band) = edpb.size_band_percent else {
                let refusal = Refusal::SizePercentWithoutBand { violation: violation.id.clone(), percent: value };
                return Err(CalcError::refused(refusal, input.span.clone()));
            };
            input.size = Choice::InBand { value, band };
        }
    }
    Ok(Prepared(case))
}

/// A case ready for a sweep: checked ([`Case::validate`], by the calculation in [`prepare`],
/// the only maker of one) and with its EDPB choices placed in their bands. Its points skip the
/// checks: they were a tenth of a sweep's instructions.
#[derive(Debug, Clone)]
pub struct Prepared(Case);

impl Prepared {
    /// The case as prepared.
    pub fn case(&self) -> &Case {
        &self.0
    }
}

/// The case at one turnover: penalties do not depend on turnover and are left out.
pub fn point(prepared: &Prepared, turnover: Money, options: &Options) -> Result<SweepPoint, CalcError> {
    let options = Options { turnover: Some(turnover), compare: None, ..options.clone() };
    let report = calculate_valid(&prepared.0, &options)?;
    Ok(SweepPoint {
        turnover,
        currency: report.total.currency().code(),
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
        let cents: Vec<String> = points.map(|m| m.plain()).collect();
        assert_eq!(cents, ["0.00", "0.33", "0.67", "1.00"]);
        assert_eq!(turnovers(Money::euros(5), Money::euros(9), 1).unwrap().collect::<Vec<_>>(), [Money::euros(5)]);
        let down: Vec<Money> = turnovers(Money::euros(9), Money::euros(5), 3).unwrap().collect();
        assert_eq!(down, [Money::euros(9), Money::euros(7), Money::euros(5)]);
    }
}
