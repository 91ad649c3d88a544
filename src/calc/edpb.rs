//! EDPB Guidelines 04/2022 on the calculation of administrative fines (v2.1, 24 May 2023).
//!
//! Step 1 (Art. 83(3) grouping) happens in the case calculation; this module does steps 2–5
//! for one violation. The guidelines stress they are no automatic formula: every choice the
//! user makes (band position, size percentage, adjustments) appears in the steps, and
//! `fine_range` shows what the bands allow.

use crate::calc::law::Reading;
use crate::calc::report::Detail;
use crate::calc::report::FindingCode;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::error::{CalcError, Refusal};
use super::maximum::{LegalMaximum, TurnoverBasis};
use super::model::{Adjustment, Change, Choice, EdpbInput, Seriousness, TurnoverBand};
use super::money::{ArithmeticError, Money, exact_add, exact_mul, fraction_of_percent};
use super::report::{EdpbReport, MaximumBasis, Step, Trace, TurnoverSource};
use super::span::Span;
use crate::l10n::{Arg, Message};

/// The EDPB published Guidelines 04/2022 for consultation on 12 May 2022 and adopted them on
/// 24 May 2023 (version 2.0; docs/law.md). A decision taken before that followed no such method.
pub const GUIDELINES_ADOPTED: jiff::civil::Date = jiff::civil::date(2023, 5, 24);

/// A finding when the method is applied to a decision the guidelines postdate: its steps then
/// show what the method gives, not what the authority did.
pub fn postdates(decided: Option<jiff::civil::Date>) -> Option<super::report::Finding> {
    let decided = decided.filter(|day| *day < GUIDELINES_ADOPTED)?;
    Some(super::report::Finding::says(
        super::report::Level::Info,
        FindingCode::EdpbGuidelinesPostdateDecision,
        Message::new("edpb-guidelines-postdate-decision").arg("adopted", GUIDELINES_ADOPTED).arg("decided", decided),
    ))
}

/// Step 2a: the starting amount as a share of the applicable legal maximum, by seriousness
/// (EDPB Guidelines 04/2022 section 4.2; LAW.md §2, verified via AP Clearview and Uber).
pub const SERIOUSNESS_BANDS: [(Seriousness, Decimal, Decimal); 3] = [
    (Seriousness::Low, dec!(0), dec!(10)),
    (Seriousness::Medium, dec!(10), dec!(20)),
    (Seriousness::High, dec!(20), dec!(100)),
];

/// One band of step 2b: undertakings with turnover up to `up_to` (inclusive) pay `low`–`high`
/// percent of the starting amount.
#[derive(Debug, Clone, Copy)]
pub struct SizeBand {
    /// Turnover above this amount ...
    pub above: Money,
    /// ... up to this amount (inclusive) falls in the band.
    pub up_to: Money,
    /// The lowest percentage of the starting amount.
    pub low: Decimal,
    /// The highest percentage of the starting amount.
    pub high: Decimal,
    /// Whether the percentages were read in the guidelines themselves (LAW.md §2).
    pub verified: bool,
}

const fn size_band(above: i64, up_to: i64, low: Decimal, high: Decimal, percentages: Reading) -> SizeBand {
    SizeBand { above: Money::euros(above), up_to: Money::euros(up_to), low, high, verified: percentages.verified() }
}

/// Step 2b (EDPB Guidelines 04/2022 section 4.3): size adjustment for turnover up to EUR 500M.
/// Upper bounds are inclusive: EUR 2,000,000 exactly falls in the first band. The 2M–10M
/// percentages are unverified (bounds verified): see LAW.md §2.
pub const SIZE_BANDS: [SizeBand; 6] = [
    size_band(0, 2_000_000, dec!(0.2), dec!(0.4), Reading::Verified),
    size_band(2_000_000, 10_000_000, dec!(0.3), dec!(2), Reading::Unverified),
    size_band(10_000_000, 50_000_000, dec!(1.5), dec!(10), Reading::Verified),
    size_band(50_000_000, 100_000_000, dec!(8), dec!(20), Reading::Verified),
    size_band(100_000_000, 250_000_000, dec!(15), dec!(50), Reading::Verified),
    size_band(250_000_000, 500_000_000, dec!(40), dec!(100), Reading::Verified),
];

/// The step-2b band for a turnover, `None` above EUR 500M.
pub fn size_band_for(turnover: Money) -> Option<&'static SizeBand> {
    SIZE_BANDS.iter().find(|band| turnover <= band.up_to)
}

/// The band of step 2a: the share of the legal maximum, in percent, for a seriousness
/// ([`SERIOUSNESS_BANDS`], EDPB Guidelines 04/2022 section 4.2).
pub fn seriousness_band(seriousness: Seriousness) -> (Decimal, Decimal) {
    let (_, low, high) =
        SERIOUSNESS_BANDS.into_iter().find(|(s, _, _)| *s == seriousness).expect("every seriousness has a band");
    (low, high)
}

/// The EDPB method's result for one violation.
pub struct EdpbOutcome {
    /// The amounts of each step, for the report.
    pub report: EdpbReport,
    /// The steps, explained.
    pub steps: Vec<Step>,
}

/// Step 2b's band and the percentage taken in it.
type Size = (&'static SizeBand, Decimal);

/// The amounts of one run through steps 2–5 with given band choices.
struct Chain {
    starting_range: [Money; 2],
    starting: Money,
    size: Option<Size>,
    after_step_2: Money,
    after_step_3: Money,
    after_step_4: Money,
    after_step_5: Money,
    steps: Trace,
}

/// EDPB steps 2–5 for one violation. `group_ceiling` is the Art. 83(3) ceiling of its group.
pub fn calculate(
    detail: Detail,
    input: &EdpbInput,
    maximum: &LegalMaximum,
    turnover: &TurnoverBasis,
    group_ceiling: Option<Money>,
) -> Result<EdpbOutcome, CalcError> {
    let chain = run(detail, input, input.starting, input.size, maximum, turnover, group_ceiling)?;
    // The bounds need only their amounts, not their explanation.
    let endpoint = |position: Decimal| match run(
        Detail::Amounts,
        input,
        Choice::Position(position),
        Choice::Position(position),
        maximum,
        turnover,
        group_ceiling,
    ) {
        Ok(chain) => Ok(chain.after_step_5),
        Err(CalcError::NegativeAmount) => Ok(Money::ZERO),
        Err(other) => Err(other),
    };
    let fine_range = [endpoint(Decimal::ZERO)?, endpoint(Decimal::ONE)?];
    let (low, high) = seriousness_band(input.seriousness);
    let report = EdpbReport {
        seriousness: input.seriousness,
        seriousness_percent: [low, high],
        starting_range: chain.starting_range,
        starting_amount: chain.starting,
        size_band_percent: chain.size.map(|(band, _)| [band.low, band.high]),
        size_band_verified: chain.size.map(|(band, _)| band.verified),
        size_range: chain
            .size
            .map(|(band, _)| {
                Ok::<_, CalcError>([chain.starting.percent(band.low)?, chain.starting.percent(band.high)?])
            })
            .transpose()?,
        size_percent: chain.size.map(|(_, percent)| percent),
        after_step_2: chain.after_step_2,
        after_step_3: chain.after_step_3,
        after_step_4: chain.after_step_4,
        after_step_5: chain.after_step_5,
        fine_range,
    };
    Ok(EdpbOutcome { report, steps: chain.steps.into_steps() })
}

fn run(
    detail: Detail,
    input: &EdpbInput,
    starting_choice: Choice<Money>,
    size_choice: Choice<Decimal>,
    maximum: &LegalMaximum,
    turnover: &TurnoverBasis,
    group_ceiling: Option<Money>,
) -> Result<Chain, CalcError> {
    let mut steps = Trace::new(detail);
    let (starting_range, starting) = step_2a_starting_amount(input, starting_choice, maximum, &mut steps)?;
    let (after_step_2, size) = step_2b_size(input, size_choice, starting, turnover, &mut steps)?;

    // Step 3: aggravating and mitigating factors, all relative to the step-2 amount.
    let after_step_3 = apply_all(after_step_2, &input.adjustments, &STEP_3, input.span.as_ref(), &mut steps)?;

    let cap = group_ceiling.map_or(maximum.amount, |ceiling| ceiling.min(maximum.amount));
    let after_step_4 = step_4_legal_maximum(after_step_3, cap, &mut steps);
    let after_step_5 = step_5_proportionality(input, after_step_4, cap, &mut steps)?;
    Ok(Chain { starting_range, starting, size, after_step_2, after_step_3, after_step_4, after_step_5, steps })
}

/// Step 2a: the applicable maximum is the fixed amount up to EUR 500M turnover (or unknown)
/// and the percentage of turnover above: exactly the legal maximum. The seriousness band is a
/// range of percentages of it; the starting amount is chosen in that range.
fn step_2a_starting_amount(
    input: &EdpbInput,
    starting_choice: Choice<Money>,
    maximum: &LegalMaximum,
    steps: &mut Trace,
) -> Result<([Money; 2], Money), CalcError> {
    let (low_percent, high_percent) = seriousness_band(input.seriousness);
    let starting_range = [maximum.amount.percent(low_percent)?, maximum.amount.percent(high_percent)?];
    let seriousness = input.seriousness;
    let starting = match starting_choice {
        Choice::Position(position) => Money::interpolate(starting_range[0], starting_range[1], position)?,
        Choice::InBand { value, band } => {
            let [low, high] = starting_range;
            match rescale(value.amount(), band.map(Money::amount), [low.amount(), high.amount()])? {
                Some(amount) => Money::new(amount).ok_or(CalcError::NegativeAmount)?,
                None => value,
            }
        }
        Choice::Value(amount) => {
            if amount < starting_range[0] || amount > starting_range[1] {
                let [low, high] = starting_range;
                let refusal = Refusal::StartingAmountOutsideBand { amount, low, high, seriousness };
                return Err(CalcError::refused(refusal, input.span.clone()));
            }
            amount
        }
    };
    steps.push(|| {
        // With turnover unknown the legal maximum is only known to be at least the fixed amount
        // ("whichever is higher", Art. 83(4)-(5)), and so is the band taken from it.
        let basis = if maximum.basis == MaximumBasis::AtLeast { "at-least" } else { "exact" };
        let message = Message::new("edpb-step-2a-band")
            .arg("seriousness", Arg::Key(seriousness.as_str()))
            .arg("low", low_percent)
            .arg("high", high_percent)
            .arg("basis", Arg::Key(basis))
            .arg("maximum", maximum.amount)
            .arg("from", starting_range[0].figure())
            .arg("to", starting_range[1].figure());
        let message = match starting_choice {
            Choice::Position(position) => message.arg("choice", Arg::Key("position")).arg("position", position),
            Choice::Value(_) | Choice::InBand { .. } => message.arg("choice", Arg::Key("chosen")),
        };
        Step::says(message, Some(starting))
    });
    Ok((starting_range, starting))
}

/// Step 2b: the size of the undertaking. A percentage of the starting amount, chosen in the
/// band of its turnover; no adjustment for a public body, an unknown turnover or one above
/// EUR 500M.
fn step_2b_size(
    input: &EdpbInput,
    size_choice: Choice<Decimal>,
    starting: Money,
    turnover: &TurnoverBasis,
    steps: &mut Trace,
) -> Result<(Money, Option<Size>), CalcError> {
    let Some(band) = step_2b_size_band(starting, turnover, steps) else {
        return Ok((starting, None));
    };
    let percent = match size_choice {
        Choice::Position(position) => band.low + (band.high - band.low) * position,
        Choice::InBand { value, band: own } => rescale(value, own, [band.low, band.high])?.unwrap_or(value),
        Choice::Value(percent) => {
            if percent < band.low || percent > band.high {
                let refusal =
                    Refusal::SizePercentOutsideBand { percent, low: band.low, high: band.high, up_to: band.up_to };
                return Err(CalcError::refused(refusal, input.span.clone()));
            }
            percent
        }
    };
    let after_step_2 = starting.percent(percent)?;
    steps.push(|| {
        let message = Message::new("edpb-step-2b-size")
            .arg("turnover", size_turnover(turnover))
            .arg("above", band.above.figure())
            .arg("up_to", band.up_to.figure())
            .arg("low", band.low)
            .arg("high", band.high)
            .arg("verified", Arg::Key(if band.verified { "yes" } else { "no" }))
            .arg("percent", percent);
        Step::says(message, Some(after_step_2))
    });
    Ok((after_step_2, Some((band, percent))))
}

/// The turnover as step 2b names it: the amount in euros, or the band the decision states.
fn size_turnover(turnover: &TurnoverBasis) -> Arg {
    match (turnover.eur, turnover.band_eur) {
        (Some(eur), _) => eur.into(),
        (None, Some(band)) => band_message(band).into(),
        (None, None) => Arg::Key("unknown"),
    }
}

/// A turnover band as the decision states it: "above EUR 100,000,000.00 up to EUR
/// 250,000,000.00", "up to ...", "above ...".
fn band_message(band: TurnoverBand) -> Message {
    let message = Message::new("edpb-turnover-band");
    match (band.low, band.high) {
        (Some(low), Some(high)) => message.arg("ends", Arg::Key("both")).arg("low", low).arg("high", high),
        (Some(low), None) => message.arg("ends", Arg::Key("above")).arg("low", low),
        (None, Some(high)) => message.arg("ends", Arg::Key("up-to")).arg("high", high),
        (None, None) => message.arg("ends", Arg::Key("any")),
    }
}

/// Step 2b with the turnover known only as a band ("above low up to high", as the size bands
/// of EDPB Guidelines 04/2022 section 4.3 read): the size band that holds the whole band; none
/// when the band lies above EUR 500M (no adjustment) or spans several size bands (as with the
/// turnover unknown).
fn band_size_band(starting: Money, turnover: &TurnoverBasis, steps: &mut Trace) -> Option<&'static SizeBand> {
    let band = turnover.band_eur?;
    let low = band.low.unwrap_or(Money::ZERO);
    let within = band.high.and_then(size_band_for).filter(|size| low >= size.above);
    if within.is_none() {
        let id = if low >= Money::euros(500_000_000) { "edpb-step-2b-above-500m" } else { "edpb-step-2b-band-spans" };
        steps.push(|| Step::says(Message::new(id).arg("turnover", band_message(band)), Some(starting)));
    }
    within
}

/// Step 2b: the size band of the turnover, or the step saying why there is none.
fn step_2b_size_band(starting: Money, turnover: &TurnoverBasis, steps: &mut Trace) -> Option<&'static SizeBand> {
    match (turnover.eur, turnover.source) {
        (None, TurnoverSource::Band) => band_size_band(starting, turnover, steps),
        (_, TurnoverSource::PublicBody) => {
            steps.push(|| Step::says(Message::new("edpb-step-2b-public-body"), Some(starting)));
            None
        }
        (None, _) => {
            steps.push(|| {
                let reason = Arg::Key(turnover.unknown_key());
                Step::says(Message::new("edpb-step-2b-unknown").arg("reason", reason), Some(starting))
            });
            None
        }
        (Some(eur), _) => {
            let band = size_band_for(eur);
            if band.is_none() {
                steps.push(|| Step::says(Message::new("edpb-step-2b-above-500m").arg("turnover", eur), Some(starting)));
            }
            band
        }
    }
}

/// Step 4: the legal maximum and the Art. 83(3) ceiling.
fn step_4_legal_maximum(after_step_3: Money, cap: Money, steps: &mut Trace) -> Money {
    let after_step_4 = after_step_3.min(cap);
    steps.push(|| {
        let id = if after_step_3 > cap { "edpb-step-4-capped" } else { "edpb-step-4-within" };
        Step::says(Message::new(id).arg("cap", cap), Some(after_step_4))
    });
    after_step_4
}

/// Step 5: effectiveness, proportionality, dissuasiveness; still never above the maximum.
fn step_5_proportionality(
    input: &EdpbInput,
    after_step_4: Money,
    cap: Money,
    steps: &mut Trace,
) -> Result<Money, CalcError> {
    let Some(proportionality) = &input.proportionality else {
        return Ok(after_step_4);
    };
    let mut after_step_5 = apply(after_step_4, after_step_4, proportionality, "EDPB step 5")?;
    let factor = step_5_factor(&proportionality.factor);
    steps.push(|| adjustment_step("edpb-step-5", factor, proportionality, after_step_5));
    if after_step_5 > cap {
        after_step_5 = cap;
        steps.push(|| Step::says(Message::new("edpb-step-5-capped").arg("cap", cap), Some(cap)));
    }
    Ok(after_step_5)
}

/// A step-5 factor: the default `Art. 83(1)`, or a provision the case file names, is cited as a
/// GDPR provision; any other word of the case file stands as it is written.
fn step_5_factor(factor: &str) -> Arg {
    let bare = factor.strip_prefix("Art. ").unwrap_or(factor);
    if bare.starts_with(|c: char| c.is_ascii_digit()) {
        Arg::Provision(bare.to_string())
    } else {
        Arg::Text(factor.to_string())
    }
}

/// `value`, chosen in the band `own`, at the same position in `band`; `None` where `band` holds
/// `value` itself. Multiplied before it is divided, so that a value at a round position stays
/// exact: `low + (high - low) x (value - own low) / (own high - own low)`.
fn rescale(value: Decimal, own: [Decimal; 2], band: [Decimal; 2]) -> Result<Option<Decimal>, CalcError> {
    if band[0] <= value && value <= band[1] {
        return Ok(None);
    }
    let own_width = own[1] - own[0];
    if own_width.is_zero() {
        return Ok(Some(band[0]));
    }
    let offset = (band[1] - band[0]).checked_mul(value - own[0]).ok_or(CalcError::Overflow)?;
    let moved = offset.checked_div(own_width).ok_or(CalcError::Overflow)?;
    band[0].checked_add(moved).ok_or(CalcError::Overflow).map(Some)
}

/// What a step of adjustments says: the rule and base named in errors, and its messages.
pub(crate) struct Adjusting {
    /// The rule, for errors (`EDPB step 3`).
    pub rule: &'static str,
    /// The amount the percentages are of, for errors (`the step-2 amount`).
    pub base_name: &'static str,
    /// A percentage of the base: `{factor}: {change} of the base ({reason}) = {delta}`.
    pub percent: &'static str,
    /// An amount: `{factor}: {change} ({reason})`.
    pub amount: &'static str,
    /// The adjustments together: `{base} {sign} {change}: ...`.
    pub together: &'static str,
    /// How the factor is cited: a GDPR provision (EDPB step 3), or as the policy rules name
    /// their own points (AP 2019 Art. 7: `7(b)`).
    pub factor: fn(&str) -> Arg,
}

/// EDPB step 3: the Art. 83(2) factors, each a percentage of the step-2 amount or an amount.
const STEP_3: Adjusting = Adjusting {
    rule: "EDPB step 3",
    base_name: "the step-2 amount",
    percent: "edpb-step-3-percent",
    amount: "edpb-step-3-amount",
    together: "edpb-step-3-together",
    factor: |factor| Arg::Provision(factor.to_string()),
};

/// Applies the adjustments of one step at once: each percentage is taken of `base`, the amount
/// the step starts from, and the changes are summed before they are applied, so their order
/// does not matter (EDPB Guidelines 04/2022 chapter 5 give no order between the Art. 83(2)
/// factors; Boetebeleidsregels 2019 Art. 7 likewise). Only the sum may not take the fine below
/// zero: an error, never a silent clamp.
pub(crate) fn apply_all(
    base: Money,
    adjustments: &[Adjustment],
    adjusting: &Adjusting,
    span: Option<&Span>,
    steps: &mut Trace,
) -> Result<Money, CalcError> {
    if adjustments.is_empty() {
        return Ok(base);
    }
    let mut sum = Decimal::ZERO;
    for adjustment in adjustments {
        let delta = delta(base, adjustment)?;
        sum = exact_add(sum, delta)?;
        steps.push(|| Step::says(adjustment_message(adjustment, adjusting, delta), None));
    }
    let (rule, base_name) = (adjusting.rule, adjusting.base_name);
    let result = base.checked_add_signed(sum).map_err(|error| match error {
        ArithmeticError::NegativeAmount => CalcError::invalid(
            format!(
                "{rule}: the adjustments together ({}) take {base_name} {} below zero",
                signed(sum),
                base.grouped()
            ),
            span.cloned(),
        ),
        other => other.into(),
    })?;
    steps.push(|| {
        let message = Message::new(adjusting.together)
            .arg("base", base.figure())
            .arg("sign", sign(sum))
            .arg("change", Money::new(sum.abs()).unwrap_or_default().figure());
        Step::says(message, Some(result))
    });
    Ok(result)
}

fn delta(base: Money, adjustment: &Adjustment) -> Result<Decimal, CalcError> {
    Ok(match adjustment.change {
        Change::Percent(percent) => exact_mul(base.amount(), fraction_of_percent(percent)?)?,
        Change::Amount(amount) => amount,
    })
}

/// A signed amount in euros, for errors: `+EUR 1,000.00`, `-EUR 50,000.00`.
fn signed(amount: Decimal) -> String {
    let sign = if amount.is_sign_negative() && !amount.is_zero() { "-" } else { "+" };
    format!("{sign}{}", Money::new(amount.abs()).unwrap_or_default())
}

/// The sign of a change, for the catalogue to write (`+`, `-`): zero counts as a raise.
fn sign(value: Decimal) -> Arg {
    Arg::Key(if value.is_sign_negative() && !value.is_zero() { "minus" } else { "plus" })
}

/// A signed change as a message: `+25 %`, `-EUR 1,000,000.00`.
fn change_message(change: Change) -> Message {
    match change {
        Change::Percent(percent) => {
            Message::new("adjustment-change-percent").arg("sign", sign(percent)).arg("percent", percent.abs())
        }
        Change::Amount(amount) => amount_change(amount),
    }
}

/// A signed amount as a message: `+EUR 3,000,000.00`, `-EUR 50,000.00`.
fn amount_change(amount: Decimal) -> Message {
    Message::new("adjustment-change-amount")
        .arg("sign", sign(amount))
        .arg("amount", Money::new(amount.abs()).unwrap_or_default())
}

fn adjustment_message(adjustment: &Adjustment, adjusting: &Adjusting, delta: Decimal) -> Message {
    let id = match adjustment.change {
        Change::Percent(_) => adjusting.percent,
        Change::Amount(_) => adjusting.amount,
    };
    let message = Message::new(id)
        .arg("factor", (adjusting.factor)(&adjustment.factor))
        .arg("change", change_message(adjustment.change))
        .arg("reason", adjustment.reason.as_str());
    match adjustment.change {
        Change::Percent(_) => message.arg("delta", amount_change(delta)),
        Change::Amount(_) => message,
    }
}

/// Applies a signed change; a percentage is taken of `base`.
pub(crate) fn apply(amount: Money, base: Money, adjustment: &Adjustment, rule: &str) -> Result<Money, CalcError> {
    let delta = match adjustment.change {
        Change::Percent(percent) => exact_mul(base.amount(), fraction_of_percent(percent)?)?,
        Change::Amount(amount) => amount,
    };
    amount.checked_add_signed(delta).map_err(|error| match error {
        ArithmeticError::NegativeAmount => CalcError::invalid(
            format!("{rule}: the adjustment for {} takes the fine below zero", adjustment.factor),
            adjustment.span.clone(),
        ),
        other => other.into(),
    })
}

/// A step that applies one adjustment as a whole (EDPB step 5, AP 2019 proportionality and
/// ability to pay): message `id` with the factor, the change and the reason.
pub(crate) fn adjustment_step(id: &'static str, factor: Arg, adjustment: &Adjustment, result: Money) -> Step {
    let message = Message::new(id)
        .arg("factor", factor)
        .arg("change", change_message(adjustment.change))
        .arg("reason", adjustment.reason.as_str());
    Step::says(message, Some(result))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::article::Tier;
    use crate::calc::maximum::legal_maximum;
    use crate::calc::report::MaximumBasis;
    use crate::l10n::Lang;

    fn turnover(eur: Option<i64>) -> TurnoverBasis {
        TurnoverBasis {
            country: Some("NL".into()),
            decided: Some(jiff::civil::date(2024, 5, 16)),
            ..TurnoverBasis::plain(eur.map(Money::euros))
        }
    }

    fn adjustment(factor: &str, change: Change) -> Adjustment {
        Adjustment { factor: factor.into(), change, reason: "test".into(), span: None }
    }

    fn medium_at(position: Decimal) -> EdpbInput {
        EdpbInput { starting: Choice::Position(position), ..EdpbInput::defaults(Seriousness::Medium) }
    }

    #[test]
    fn guidelines_04_2022_adopted_24_may_2023_postdate_earlier_decisions() {
        assert!(postdates(Some(jiff::civil::date(2021, 8, 20))).is_some());
        assert!(postdates(Some(jiff::civil::date(2023, 5, 24))).is_none());
        assert!(postdates(None).is_none());
    }

    #[test]
    fn uodo_dkn_5112_14_2022_chain() {
        // Art. 38(3), medium, 83(4): 10M x 10 % = 1M; turnover EUR 98.7M -> 8-20 %, took 20 %.
        let turnover = TurnoverBasis {
            country: Some("NL".into()),
            ..TurnoverBasis::plain(Some(Money::new(dec!(98_700_000)).unwrap()))
        };
        let maximum = legal_maximum(Tier::Art83_4, &turnover, Detail::Steps).unwrap();
        let input = EdpbInput {
            size: Choice::Value(dec!(20)),
            adjustments: vec![adjustment("83(2)(c)", Change::Amount(dec!(-80_000)))],
            proportionality: Some(adjustment("proportionality", Change::Percent(dec!(-50)))),
            ..medium_at(dec!(0))
        };
        let outcome = calculate(Detail::Steps, &input, &maximum, &turnover, None).unwrap().report;
        assert_eq!(outcome.starting_amount, Money::euros(1_000_000));
        assert_eq!(outcome.size_band_percent, Some([dec!(8), dec!(20)]));
        assert_eq!(outcome.after_step_2, Money::euros(200_000));
        assert_eq!(outcome.after_step_3, Money::euros(120_000));
        assert_eq!(outcome.after_step_5, Money::euros(60_000));
    }

    #[test]
    fn bvwg_w256_2246230_chain() {
        // 20M x 10 % = 2M; turnover EUR 265M -> 40-100 %, took 50 % -> 1,000,000; -> 500,000.
        let turnover = turnover(Some(265_000_000));
        let maximum = legal_maximum(Tier::Art83_5, &turnover, Detail::Steps).unwrap();
        let input = EdpbInput {
            size: Choice::Value(dec!(50)),
            adjustments: vec![adjustment("83(2)(f)", Change::Percent(dec!(-50)))],
            ..medium_at(dec!(0))
        };
        let outcome = calculate(Detail::Steps, &input, &maximum, &turnover, None).unwrap().report;
        assert_eq!(outcome.starting_amount, Money::euros(2_000_000));
        assert_eq!(outcome.after_step_2, Money::euros(1_000_000));
        assert_eq!(outcome.after_step_5, Money::euros(500_000));
    }

    #[test]
    fn clearview_high_band_of_the_fixed_maximum_with_no_size_step() {
        let turnover = turnover(None);
        let maximum = legal_maximum(Tier::Art83_5, &turnover, Detail::Steps).unwrap();
        let input =
            EdpbInput { starting: Choice::Value(Money::euros(20_000_000)), ..EdpbInput::defaults(Seriousness::High) };
        let outcome = calculate(Detail::Steps, &input, &maximum, &turnover, None).unwrap().report;
        assert_eq!(outcome.starting_range, [Money::euros(4_000_000), Money::euros(20_000_000)]);
        assert_eq!(outcome.size_range, None);
        assert_eq!(outcome.after_step_5, Money::euros(20_000_000));
    }

    #[test]
    fn starting_amount_outside_its_band_is_an_error() {
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let input =
            EdpbInput { starting: Choice::Value(Money::euros(3_000_000)), ..EdpbInput::defaults(Seriousness::High) };
        let error = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).err().unwrap();
        assert!(error.to_string().contains("outside"), "{error}");
    }

    #[test]
    fn step_2a_a_starting_amount_at_either_end_of_its_band_is_accepted() {
        // High seriousness of the EUR 20M fixed maximum: 20-100 % = EUR 4M - 20M.
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let starting = |euros: i64| {
            let input =
                EdpbInput { starting: Choice::Value(Money::euros(euros)), ..EdpbInput::defaults(Seriousness::High) };
            calculate(Detail::Steps, &input, &maximum, &turnover(None), None).map(|o| o.report.starting_amount)
        };
        for euros in [4_000_000, 9_000_000, 20_000_000] {
            assert_eq!(starting(euros).unwrap(), Money::euros(euros));
        }
        for euros in [3_999_999, 20_000_001] {
            let error = starting(euros).unwrap_err();
            let refused =
                matches!(error, CalcError::Refused { refusal: Refusal::StartingAmountOutsideBand { .. }, .. });
            assert!(refused && error.to_string().contains("lies outside 4,000,000.00"), "{error}");
        }
    }

    #[test]
    fn step_2a_with_turnover_unknown_the_band_is_at_least() {
        // Art. 83(5) "whichever is higher": with turnover unknown the maximum is at least
        // EUR 20M, so high seriousness (20-100 %) is at least EUR 4M - 20M.
        let band = |eur: Option<i64>| {
            let maximum = legal_maximum(Tier::Art83_5, &turnover(eur), Detail::Steps).unwrap();
            let input = EdpbInput::defaults(Seriousness::High);
            let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(eur), None).unwrap();
            outcome.steps.into_iter().find(|s| s.rule_in(Lang::En) == "EDPB step 2a").unwrap().detail_in(Lang::En)
        };
        let unknown = band(None);
        assert!(unknown.contains("at least EUR 20,000,000.00 with turnover unknown"), "{unknown}");
        assert!(unknown.contains("= at least 4,000,000.00 - 20,000,000.00"), "{unknown}");
        let known = band(Some(100_000_000));
        assert!(known.contains("of the legal maximum EUR 20,000,000.00 = 4,000,000.00"), "{known}");
    }

    #[test]
    fn step_2b_a_size_percent_at_either_end_of_its_band_is_accepted() {
        // Turnover EUR 265M: the band above 250M up to 500M, 40-100 % of the starting amount.
        let turnover = turnover(Some(265_000_000));
        let maximum = legal_maximum(Tier::Art83_5, &turnover, Detail::Steps).unwrap();
        let sized = |percent: Decimal| {
            let input = EdpbInput { size: Choice::Value(percent), ..medium_at(dec!(0)) };
            calculate(Detail::Steps, &input, &maximum, &turnover, None).map(|o| o.report.after_step_2)
        };
        // Starting amount: 10 % of EUR 20M = EUR 2M.
        assert_eq!(sized(dec!(40)).unwrap(), Money::euros(800_000));
        assert_eq!(sized(dec!(70)).unwrap(), Money::euros(1_400_000));
        assert_eq!(sized(dec!(100)).unwrap(), Money::euros(2_000_000));
        for percent in [dec!(39.99), dec!(100.01)] {
            let error = sized(percent).unwrap_err().to_string();
            assert!(error.contains("lies outside the 40-100 % band"), "{error}");
        }
    }

    #[test]
    fn step_4_says_capped_only_above_the_maximum() {
        let maximum = legal_maximum(Tier::Art83_4, &turnover(None), Detail::Steps).unwrap();
        let step_4 = |euros: i64| {
            // High, middle: 60 % of EUR 10M = EUR 6M, plus the amount.
            let input = EdpbInput {
                adjustments: vec![adjustment("83(2)(k)", Change::Amount(Decimal::from(euros - 6_000_000)))],
                ..EdpbInput::defaults(Seriousness::High)
            };
            let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap();
            let step = outcome.steps.into_iter().find(|s| s.rule_in(Lang::En) == "EDPB step 4").unwrap();
            (outcome.report.after_step_4, step.detail_in(Lang::En))
        };
        let within = "within the legal maximum EUR 10,000,000.00".to_string();
        let capped = "capped at the legal maximum EUR 10,000,000.00".to_string();
        assert_eq!(step_4(9_000_000), (Money::euros(9_000_000), within.clone()));
        assert_eq!(step_4(10_000_000), (Money::euros(10_000_000), within));
        assert_eq!(step_4(11_000_000), (Money::euros(10_000_000), capped));
    }

    #[test]
    fn step_5_never_lifts_the_fine_above_the_maximum() {
        let maximum = legal_maximum(Tier::Art83_4, &turnover(None), Detail::Steps).unwrap();
        let step_5 = |percent: Decimal| {
            // High, middle: EUR 6M; step 5 raises it by `percent`.
            let input = EdpbInput {
                proportionality: Some(adjustment("dissuasiveness", Change::Percent(percent))),
                ..EdpbInput::defaults(Seriousness::High)
            };
            let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap();
            let capped = outcome
                .steps
                .iter()
                .any(|s| s.rule_in(Lang::En) == "EDPB step 5" && s.detail_in(Lang::En).starts_with("capped"));
            (outcome.report.after_step_5, capped)
        };
        assert_eq!(step_5(dec!(50)), (Money::euros(9_000_000), false));
        // 6M + 100 % = 12M: above the EUR 10M maximum, capped.
        assert_eq!(step_5(dec!(100)), (Money::euros(10_000_000), true));
        let at = {
            let input = EdpbInput {
                proportionality: Some(adjustment("dissuasiveness", Change::Amount(dec!(4_000_000)))),
                ..EdpbInput::defaults(Seriousness::High)
            };
            let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap();
            let capped = outcome
                .steps
                .iter()
                .any(|s| s.rule_in(Lang::En) == "EDPB step 5" && s.detail_in(Lang::En).starts_with("capped"));
            (outcome.report.after_step_5, capped)
        };
        assert_eq!(at, (Money::euros(10_000_000), false));
    }

    #[test]
    fn a_value_chosen_in_one_band_keeps_its_position_in_another() {
        let (own, band) = ([dec!(10), dec!(20)], [dec!(40), dec!(100)]);
        // Half-way: 40 + (100 - 40) x (15 - 10) / (20 - 10) = 70; the ends map to the ends.
        assert_eq!(rescale(dec!(15), own, band).unwrap(), Some(dec!(70)));
        assert_eq!(rescale(dec!(10), own, band).unwrap(), Some(dec!(40)));
        assert_eq!(rescale(dec!(20), own, band).unwrap(), Some(dec!(100)));
        assert_eq!(rescale(dec!(12), own, band).unwrap(), Some(dec!(52)));
        // A value the other band holds itself stays, up to both of its ends.
        for value in [dec!(40), dec!(55), dec!(100)] {
            assert_eq!(rescale(value, own, band).unwrap(), None, "{value}");
        }
        // A band of one point maps to the other band's bottom.
        assert_eq!(rescale(dec!(5), [dec!(5), dec!(5)], band).unwrap(), Some(dec!(40)));
    }

    #[test]
    fn step_2b_a_turnover_band_within_one_size_band_takes_it_else_none() {
        let size = |low: Option<i64>, high: Option<i64>| {
            let band = crate::calc::model::TurnoverBand { low: low.map(Money::euros), high: high.map(Money::euros) };
            let basis = crate::calc::maximum::band_basis(band);
            let mut steps = Trace::new(Detail::Steps);
            band_size_band(Money::euros(1_000), &basis, &mut steps).map(|b| (b.low, b.high))
        };
        // "above 100M up to 250M" is the EDPB band itself: 15-50 %.
        assert_eq!(size(Some(100_000_000), Some(250_000_000)), Some((dec!(15), dec!(50))));
        // "up to 2M": the first band, 0.2-0.4 %.
        assert_eq!(size(None, Some(2_000_000)), Some((dec!(0.2), dec!(0.4))));
        // Across 250M, open above, or above 500M: no size band.
        assert_eq!(size(Some(100_000_000), Some(300_000_000)), None);
        assert_eq!(size(Some(100_000_000), None), None);
        assert_eq!(size(Some(500_000_000), Some(900_000_000)), None);
    }

    #[test]
    fn size_band_edges_are_inclusive_at_2m_10m_and_500m() {
        assert_eq!(size_band_for(Money::euros(2_000_000)).unwrap().high, dec!(0.4));
        assert_eq!(size_band_for(Money::new(dec!(2_000_000.01)).unwrap()).unwrap().high, dec!(2));
        assert_eq!(size_band_for(Money::euros(10_000_000)).unwrap().high, dec!(2));
        assert_eq!(size_band_for(Money::euros(10_000_001)).unwrap().low, dec!(1.5));
        assert_eq!(size_band_for(Money::euros(500_000_000)).unwrap().low, dec!(40));
        assert!(size_band_for(Money::new(dec!(500_000_000.01)).unwrap()).is_none());
        assert!(!size_band_for(Money::euros(5_000_000)).unwrap().verified);
    }

    #[test]
    fn above_500m_the_percentage_maximum_is_the_base_and_no_size_step() {
        let turnover = turnover(Some(1_000_000_000));
        let maximum = legal_maximum(Tier::Art83_5, &turnover, Detail::Steps).unwrap();
        assert_eq!(maximum.basis, MaximumBasis::Turnover);
        let outcome = calculate(Detail::Steps, &medium_at(dec!(0)), &maximum, &turnover, None).unwrap().report;
        assert_eq!(outcome.starting_amount, Money::euros(4_000_000));
        assert_eq!(outcome.size_range, None);
    }

    #[test]
    fn step_4_clamps_to_the_maximum_and_the_group_ceiling() {
        let maximum = legal_maximum(Tier::Art83_4, &turnover(None), Detail::Steps).unwrap();
        let input = EdpbInput {
            adjustments: vec![adjustment("83(2)(k)", Change::Amount(dec!(50_000_000)))],
            ..EdpbInput::defaults(Seriousness::High)
        };
        let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap().report;
        assert_eq!(outcome.after_step_4, Money::euros(10_000_000));
        let grouped =
            calculate(Detail::Steps, &input, &maximum, &turnover(None), Some(Money::euros(8_000_000))).unwrap().report;
        assert_eq!(grouped.after_step_5, Money::euros(8_000_000));
    }

    #[test]
    fn a_size_percent_without_a_size_band_is_not_applied() {
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let input = EdpbInput { size: Choice::Value(dec!(20)), ..EdpbInput::defaults(Seriousness::High) };
        let outcome = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap().report;
        assert_eq!((outcome.size_percent, outcome.after_step_2), (None, Money::euros(12_000_000)));
    }

    fn step_3_after(changes: &[Change]) -> Result<Money, CalcError> {
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let factors = ["83(2)(c)", "83(2)(k)", "83(2)(d)"];
        let adjustments = changes.iter().zip(factors).map(|(change, factor)| adjustment(factor, *change)).collect();
        let input = EdpbInput { adjustments, ..EdpbInput::defaults(Seriousness::High) };
        calculate(Detail::Steps, &input, &maximum, &turnover(None), None).map(|outcome| outcome.report.after_step_3)
    }

    #[test]
    fn step_3_percentages_all_apply_to_the_step_2_amount_in_any_order() {
        // Middle of the high band of 20M: 12M; -120 % + 50 % = -70 % of 12M -> 3.6M, either way.
        let (minus, plus) = (Change::Percent(dec!(-120)), Change::Percent(dec!(50)));
        assert_eq!(step_3_after(&[minus, plus]).unwrap(), Money::euros(3_600_000));
        assert_eq!(step_3_after(&[plus, minus]).unwrap(), Money::euros(3_600_000));
        let amount = Change::Amount(dec!(-5_000_000));
        assert_eq!(step_3_after(&[amount, plus]).unwrap(), Money::euros(13_000_000));
        assert_eq!(step_3_after(&[plus, amount]).unwrap(), Money::euros(13_000_000));
    }

    #[test]
    fn step_3_adjustments_below_zero_together_are_an_error_in_any_order() {
        let (minus, plus) = (Change::Percent(dec!(-150)), Change::Percent(dec!(20)));
        for order in [[minus, plus], [plus, minus]] {
            let error = step_3_after(&order).unwrap_err().to_string();
            assert!(error.contains("together (-EUR 15,600,000.00)") && error.contains("below zero"), "{error}");
        }
    }

    #[test]
    fn step_3_shows_the_sign_of_each_change() {
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let input = EdpbInput {
            adjustments: vec![
                adjustment("83(2)(k)", Change::Percent(dec!(25))),
                adjustment("83(2)(c)", Change::Amount(dec!(-1_000_000))),
                adjustment("83(2)(d)", Change::Percent(dec!(0))),
            ],
            ..EdpbInput::defaults(Seriousness::High)
        };
        let steps = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap().steps;
        let details: Vec<String> =
            steps.iter().filter(|s| s.rule_in(Lang::En) == "EDPB step 3").map(|s| s.detail_in(Lang::En)).collect();
        assert_eq!(
            details,
            [
                "Art. 83(2)(k): +25 % of the step-2 amount (test) = +EUR 3,000,000.00",
                "Art. 83(2)(c): -EUR 1,000,000.00 (test)",
                "Art. 83(2)(d): +0 % of the step-2 amount (test) = +EUR 0.00",
                "12,000,000.00 + 2,000,000.00: the adjustments together, each taken of the step-2 amount, so their order does not matter",
            ]
        );
    }

    #[test]
    fn step_3_says_each_percentage_is_of_the_step_2_amount() {
        let maximum = legal_maximum(Tier::Art83_5, &turnover(None), Detail::Steps).unwrap();
        let input = EdpbInput {
            adjustments: vec![adjustment("83(2)(k)", Change::Percent(dec!(-10)))],
            ..EdpbInput::defaults(Seriousness::High)
        };
        let steps = calculate(Detail::Steps, &input, &maximum, &turnover(None), None).unwrap().steps;
        let details: Vec<String> =
            steps.iter().filter(|s| s.rule_in(Lang::En) == "EDPB step 3").map(|s| s.detail_in(Lang::En)).collect();
        assert_eq!(
            details,
            [
                "Art. 83(2)(k): -10 % of the step-2 amount (test) = -EUR 1,200,000.00",
                "12,000,000.00 - 1,200,000.00: the adjustments together, each taken of the step-2 amount, so their order does not matter",
            ]
        );
    }

    #[test]
    fn a_chosen_size_percent_keeps_its_band_position_at_other_turnovers() {
        // 20 % is the top of the 8-20 % band (EUR 50-100M): the top of 40-100 % above 250M.
        let own = [dec!(8), dec!(20)];
        assert_eq!(rescale(dec!(20), own, [dec!(40), dec!(100)]).unwrap(), Some(dec!(100)));
        assert_eq!(rescale(dec!(20), own, [dec!(15), dec!(50)]).unwrap(), None, "15-50 % holds 20 %");
        assert_eq!(rescale(dec!(14), own, [dec!(0.2), dec!(0.4)]).unwrap(), Some(dec!(0.3)));
        assert_eq!(rescale(dec!(5), [dec!(5), dec!(5)], [dec!(1), dec!(2)]).unwrap(), Some(dec!(1)));
    }

    #[test]
    fn fine_range_spans_bottom_and_top_of_the_bands() {
        let turnover = turnover(Some(98_700_000));
        let maximum = legal_maximum(Tier::Art83_4, &turnover, Detail::Steps).unwrap();
        let outcome = calculate(Detail::Steps, &medium_at(dec!(0.5)), &maximum, &turnover, None).unwrap().report;
        // bottom: 1M x 8 %; top: 2M x 20 %.
        assert_eq!(outcome.fine_range, [Money::euros(80_000), Money::euros(400_000)]);
    }
}
