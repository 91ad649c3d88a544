//! Legal maxima: Art. 83(4)–(6) applied to the undertaking's turnover.

use jiff::civil::Date;

use super::article::{Tier, TierMaximum};
use super::error::CalcError;
use super::model::{Turnover, Undertaking};
use super::money::{Money, percent_text};
use super::report::{MaximumBasis, Step, TurnoverSource};

/// The turnover the maxima use, after choosing the year and converting the currency.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnoverBasis {
    /// In euros; `None` when the fixed maxima apply.
    pub eur: Option<Money>,
    pub year: Option<i16>,
    pub source: TurnoverSource,
    pub steps: Vec<Step>,
}

/// "Total worldwide annual turnover of the preceding financial year" (Art. 83(4)–(6)): the year
/// before the decision (EDPB Guidelines 04/2022 para 131). Unknown turnover and public bodies
/// leave the fixed maxima (AP Clearview para 210; Art. 83(7)).
pub fn resolve_turnover(
    undertaking: &Undertaking,
    decided: Option<Date>,
    turnover_override: Option<Money>,
) -> Result<TurnoverBasis, CalcError> {
    let preceding_year = decided.map(|date| date.year() - 1);
    if undertaking.public_body {
        return Ok(TurnoverBasis {
            eur: None,
            year: None,
            source: TurnoverSource::PublicBody,
            steps: vec![Step::new(
                "Art. 83(7)",
                "public body: Member State law sets its fines; the Netherlands applies the fixed maxima only, with no turnover-based maximum",
                None,
            )],
        });
    }
    if let Some(amount) = turnover_override {
        return Ok(TurnoverBasis {
            eur: Some(amount),
            year: preceding_year,
            source: TurnoverSource::Override,
            steps: vec![Step::new(
                "--turnover",
                "turnover given on the command line (what-if), replacing the case file's",
                Some(amount),
            )],
        });
    }
    match &undertaking.turnover {
        Turnover::Unknown => Ok(TurnoverBasis {
            eur: None,
            year: None,
            source: TurnoverSource::Unknown,
            steps: vec![Step::new(
                "AP Clearview para 210",
                "turnover not known or not provided: the fixed maximum applies and no size adjustment is made",
                None,
            )],
        }),
        Turnover::Amount(amount) => Ok(TurnoverBasis {
            eur: Some(*amount),
            year: preceding_year,
            source: TurnoverSource::Declared,
            steps: vec![Step::new(
                "Art. 83(4)-(6)",
                match preceding_year {
                    Some(year) => {
                        format!("turnover as given, taken as financial year {year}, the year preceding the decision")
                    }
                    None => "turnover as given".to_string(),
                },
                Some(*amount),
            )],
        }),
        Turnover::ByYear { years, conversion } => {
            let Some(year) = preceding_year else {
                return Err(CalcError::invalid(
                    "a turnover table by financial year needs [case] decided, to pick the preceding financial year",
                    None,
                ));
            };
            let Some(amount) = years.get(&year) else {
                let listed: Vec<String> = years.keys().map(i16::to_string).collect();
                return Err(CalcError::invalid(
                    format!(
                        "the turnover table has no entry for {year}, the financial year preceding the decision (EDPB Guidelines 04/2022 para 131); it lists {}",
                        listed.join(", ")
                    ),
                    None,
                ));
            };
            let mut steps = vec![Step::new(
                "EDPB Guidelines 04/2022 para 131",
                format!(
                    "financial year {year} precedes the decision of {}",
                    decided.map(|d| d.to_string()).unwrap_or_default()
                ),
                None,
            )];
            let eur = match conversion {
                None => *amount,
                Some(conversion) => {
                    let eur = amount.checked_mul(conversion.eur_per_unit)?;
                    steps.push(Step::new(
                        "currency conversion",
                        format!(
                            "{} {} x {} EUR per {} at the stated rate",
                            conversion.currency,
                            amount.grouped(),
                            conversion.eur_per_unit.normalize(),
                            conversion.currency
                        ),
                        Some(eur),
                    ));
                    eur
                }
            };
            steps.push(Step::new("turnover", format!("financial year {year}, in euros"), Some(eur)));
            Ok(TurnoverBasis { eur: Some(eur), year: Some(year), source: TurnoverSource::ByYear, steps })
        }
    }
}

/// A tier's legal maximum for one undertaking.
#[derive(Debug, Clone, PartialEq)]
pub struct LegalMaximum {
    pub tier: Tier,
    pub amount: Money,
    pub basis: MaximumBasis,
    pub step: Step,
}

/// Art. 83(4)–(6): the fixed amount or the percentage of turnover, "whichever is higher".
/// With the fixed amount equal to the percentage at exactly EUR 500M, the fixed basis is reported
/// there; the percentage wins strictly above (Uber decision fn. 12).
pub fn legal_maximum(tier: Tier, turnover: &TurnoverBasis, explain: bool) -> Result<LegalMaximum, CalcError> {
    let text = |detail: &dyn Fn() -> String| if explain { detail() } else { String::new() };
    let TierMaximum { fixed, percent, .. } = tier.maximum();
    let Some(eur) = turnover.eur else {
        let why = match turnover.source {
            TurnoverSource::PublicBody => "public body (Art. 83(7))",
            _ => "turnover unknown (AP Clearview para 210)",
        };
        return Ok(LegalMaximum {
            tier,
            amount: fixed,
            basis: MaximumBasis::Fixed,
            step: Step::new(tier.citation(), text(&|| format!("fixed maximum {fixed}: {why}")), Some(fixed)),
        });
    };
    let share = eur.percent(percent)?;
    let (amount, basis) = if share > fixed { (share, MaximumBasis::Turnover) } else { (fixed, MaximumBasis::Fixed) };
    let winner = match basis {
        MaximumBasis::Turnover => "the percentage",
        MaximumBasis::Fixed => "the fixed amount",
    };
    let detail = text(&|| {
        let year = turnover.year.map(|y| format!(" (financial year {y})")).unwrap_or_default();
        format!("higher of {fixed} and {} % of turnover {eur}{year} = {share}: {winner}", percent_text(percent))
    });
    Ok(LegalMaximum { tier, amount, basis, step: Step::new(tier.citation(), detail, Some(amount)) })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::calc::model::Conversion;
    use jiff::civil::date;
    use rust_decimal_macros::dec;

    fn basis(eur: i64) -> TurnoverBasis {
        TurnoverBasis {
            eur: Some(Money::euros(eur)),
            year: Some(2023),
            source: TurnoverSource::Declared,
            steps: vec![],
        }
    }

    fn undertaking(turnover: Turnover) -> Undertaking {
        Undertaking { name: "U".into(), turnover, public_body: false, turnover_span: None }
    }

    #[test]
    fn art83_5_cap_uses_higher_of_fixed_and_percentage() {
        let below = legal_maximum(Tier::Art83_5, &basis(100_000_000), true).unwrap();
        assert_eq!((below.amount, below.basis), (Money::euros(20_000_000), MaximumBasis::Fixed));
        let above = legal_maximum(Tier::Art83_5, &basis(2_000_000_000), true).unwrap();
        assert_eq!((above.amount, above.basis), (Money::euros(80_000_000), MaximumBasis::Turnover));
    }

    #[test]
    fn percentage_wins_exactly_above_500m_in_both_tiers() {
        for tier in [Tier::Art83_4, Tier::Art83_5] {
            let fixed = tier.maximum().fixed;
            let at = legal_maximum(tier, &basis(500_000_000), true).unwrap();
            assert_eq!((at.amount, at.basis), (fixed, MaximumBasis::Fixed), "{tier:?}");
            let cent_above = TurnoverBasis { eur: Some(Money::new(dec!(500_000_000.01)).unwrap()), ..basis(0) };
            let above = legal_maximum(tier, &cent_above, true).unwrap();
            assert_eq!(above.basis, MaximumBasis::Turnover, "{tier:?}");
            assert!(above.amount > fixed);
            let below = legal_maximum(tier, &basis(499_999_999), true).unwrap();
            assert_eq!((below.amount, below.basis), (fixed, MaximumBasis::Fixed));
        }
    }

    #[test]
    fn unknown_turnover_gives_the_fixed_maximum_and_says_why() {
        let basis = resolve_turnover(&undertaking(Turnover::Unknown), Some(date(2024, 5, 16)), None).unwrap();
        let max = legal_maximum(Tier::Art83_5, &basis, true).unwrap();
        assert_eq!(max.amount, Money::euros(20_000_000));
        assert!(max.step.detail.contains("para 210"), "{}", max.step.detail);
    }

    #[test]
    fn public_body_ignores_turnover() {
        let mut body = undertaking(Turnover::Amount(Money::euros(5_000_000_000)));
        body.public_body = true;
        let basis = resolve_turnover(&body, None, Some(Money::euros(9_000_000_000))).unwrap();
        assert_eq!(basis.eur, None);
        assert_eq!(legal_maximum(Tier::Art83_4, &basis, true).unwrap().amount, Money::euros(10_000_000));
    }

    #[test]
    fn turnover_of_the_financial_year_preceding_the_decision() {
        let years = BTreeMap::from([(2022, Money::euros(1_400_000_000)), (2023, Money::euros(1_500_000_000))]);
        let table = undertaking(Turnover::ByYear { years, conversion: None });
        let basis = resolve_turnover(&table, Some(date(2024, 5, 16)), None).unwrap();
        assert_eq!((basis.eur, basis.year), (Some(Money::euros(1_500_000_000)), Some(2023)));
        let earlier = resolve_turnover(&table, Some(date(2023, 1, 2)), None).unwrap();
        assert_eq!(earlier.year, Some(2022));
        let missing = resolve_turnover(&table, Some(date(2026, 1, 1)), None).unwrap_err().to_string();
        assert!(missing.contains("no entry for 2025") && missing.contains("lists 2022, 2023"), "{missing}");
        let undated = resolve_turnover(&table, None, None).unwrap_err().to_string();
        assert!(undated.contains("needs [case] decided"), "{undated}");
    }

    #[test]
    fn foreign_turnover_is_converted_at_the_stated_rate_uber_2024() {
        let years = BTreeMap::from([(2023, Money::euros(37_281_000_000))]);
        let conversion = Some(Conversion { currency: "USD".into(), eur_per_unit: dec!(0.9183) });
        let uber = undertaking(Turnover::ByYear { years, conversion });
        let basis = resolve_turnover(&uber, Some(date(2024, 7, 22)), None).unwrap();
        assert_eq!(basis.eur, Some(Money::euros(34_235_142_300)));
        let max = legal_maximum(Tier::Art83_5, &basis, true).unwrap();
        assert_eq!(max.amount, Money::euros(1_369_405_692));
    }

    #[test]
    fn override_replaces_the_case_turnover() {
        let basis = resolve_turnover(&undertaking(Turnover::Unknown), None, Some(Money::euros(2_000_000_000))).unwrap();
        assert_eq!(basis.source, TurnoverSource::Override);
        assert_eq!(legal_maximum(Tier::Art83_5, &basis, true).unwrap().amount, Money::euros(80_000_000));
    }

    #[test]
    fn absurd_turnover_is_an_error_not_a_panic() {
        let years = BTreeMap::from([(2023, Money::new(rust_decimal::Decimal::MAX).unwrap())]);
        let conversion = Some(Conversion { currency: "XYZ".into(), eur_per_unit: dec!(1.5) });
        let absurd = undertaking(Turnover::ByYear { years, conversion });
        assert_eq!(resolve_turnover(&absurd, Some(date(2024, 1, 1)), None), Err(CalcError::Overflow));
    }
}
