//! Exact amounts of money, each in its currency.
//!
//! `Money` wraps a `Decimal` and has no way in from binary floating point. Nothing here rounds
//! but [`Money::round_to_cent`], named where it is used: every amount art83 computes is exact,
//! and the renderers show at least two decimals (more when an amount genuinely has sub-cent
//! digits, e.g. 2 % of a turnover given in cents). A decision of a non-euro authority is read
//! and reported in its currency (PLN, NOK, ...): each amount carries its ISO 4217 currency, so
//! every text names the right one.

pub use iso_currency::Currency;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::fmt;

/// Why exact arithmetic on amounts failed. The calculation turns each into the
/// [`CalcError`](super::CalcError) of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ArithmeticError {
    /// An amount beyond what `Decimal` holds.
    #[error("an amount is beyond the range art83 computes exactly (about 7.9e28); check the turnover and amounts")]
    Overflow,
    /// A step would take an amount below zero.
    #[error("a step would make an amount negative; a fine or penalty cannot go below zero")]
    NegativeAmount,
    /// Two amounts in different currencies (their ISO 4217 codes) added together.
    #[error("amounts in {0} and {1} cannot be added: a case's amounts are all in its currency")]
    CurrencyMismatch(&'static str, &'static str),
    /// rust_decimal would round the result (it keeps about 29 significant digits).
    #[error(
        "a result needs more than the 28-29 significant digits art83 computes exactly, and art83 does not round; give the turnover and amounts with fewer digits (to the cent)"
    )]
    Inexact,
}

/// A non-negative exact amount in a currency (euros unless said otherwise). Amounts compare by
/// value first; art83 only compares amounts of one currency.
///
/// Arithmetic is checked and exact: it never rounds, and refuses an amount below zero.
///
/// ```
/// use art83::calc::money::Money;
/// use rust_decimal::Decimal;
///
/// let fine = Money::new("1234567.891".parse::<Decimal>().unwrap()).unwrap();
/// // 4 % of it, exact to the last digit; rounding happens only where asked for.
/// let share = fine.percent(Decimal::from(4)).unwrap();
/// assert_eq!(share.plain(), "49382.71564");
/// assert_eq!(share.round_to_cent().to_string(), "EUR 49,382.72");
/// assert_eq!(fine.checked_add(Money::euros(1)).unwrap().grouped(), "1,234,568.891");
/// assert_eq!(Money::new(Decimal::from(-1)), None, "no negative amounts");
/// assert!(fine.checked_add_signed(Decimal::from(-2_000_000)).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal, Currency);

impl Default for Money {
    fn default() -> Money {
        Money::ZERO
    }
}

impl Money {
    /// Zero euros.
    pub const ZERO: Money = Money(Decimal::ZERO, Currency::EUR);

    /// A money amount in euros; `None` for a negative one (art83 never produces negative amounts).
    pub fn new(amount: Decimal) -> Option<Money> {
        (!amount.is_sign_negative() || amount.is_zero()).then_some(Money(amount.normalize(), Currency::EUR))
    }

    /// Whole euros, for data tables.
    pub const fn euros(whole: i64) -> Money {
        assert!(whole >= 0, "Money::euros takes a non-negative amount");
        let value = Decimal::from_parts(whole.unsigned_abs() as u32, (whole.unsigned_abs() >> 32) as u32, 0, false, 0);
        Money(value, Currency::EUR)
    }

    /// The same number, in `currency`: for amounts a case file states in its currency.
    pub fn in_currency(self, currency: Currency) -> Money {
        Money(self.0, currency)
    }

    /// The amount's ISO 4217 currency.
    pub fn currency(self) -> Currency {
        self.1
    }

    /// The exact amount.
    pub fn amount(self) -> Decimal {
        self.0
    }

    /// Whether the amount is zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The sum, in the currency the two share (zero, the start of every sum, takes the other's).
    pub fn checked_add(self, other: Money) -> Result<Money, ArithmeticError> {
        let currency = match (self.1 == other.1, self.is_zero(), other.is_zero()) {
            (true, _, _) | (false, false, true) => self.1,
            (false, true, _) => other.1,
            (false, false, false) => {
                return Err(ArithmeticError::CurrencyMismatch(self.1.code(), other.1.code()));
            }
        };
        exact_add(self.0, other.0).map(|sum| Money(sum, currency))
    }

    /// `self` times a non-negative factor (a percentage already divided by 100, a count).
    pub fn checked_mul(self, factor: Decimal) -> Result<Money, ArithmeticError> {
        let product = exact_mul(self.0, factor)?;
        Money::new(product).map(|m| m.in_currency(self.1)).ok_or(ArithmeticError::NegativeAmount)
    }

    /// Converted at `rate` units of `into` per unit of `self`'s currency, exactly.
    pub fn convert(self, rate: Decimal, into: Currency) -> Result<Money, ArithmeticError> {
        Ok(self.checked_mul(rate)?.in_currency(into))
    }

    /// Converted by dividing by `rate` (units of `self`'s currency per unit of `into`), rounded
    /// half-up (half away from zero) to the cent: a division rarely ends, so this is the one
    /// place a conversion rounds, and every step that uses it says so.
    pub fn convert_dividing(self, rate: Decimal, into: Currency) -> Result<Money, ArithmeticError> {
        let quotient = self.0.checked_div(rate).ok_or(ArithmeticError::Overflow)?;
        Ok(Money(quotient, into).round_to_cent())
    }

    /// Half-up (half away from zero) to two decimals: how decisions state a EUR equivalent
    /// ("5.000 PLN, co stanowi równowartość 1.168,39 EUR").
    pub fn round_to_cent(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero), self.1)
    }

    /// `self` times `percent` / 100.
    pub fn percent(self, percent: Decimal) -> Result<Money, ArithmeticError> {
        self.checked_mul(fraction_of_percent(percent)?)
    }

    /// `self + delta`, refusing a result below zero.
    pub fn checked_add_signed(self, delta: Decimal) -> Result<Money, ArithmeticError> {
        let sum = exact_add(self.0, delta)?;
        Money::new(sum).map(|m| m.in_currency(self.1)).ok_or(ArithmeticError::NegativeAmount)
    }

    /// The point at `position` (0 = bottom, 1 = top) of a range.
    pub fn interpolate(low: Money, high: Money, position: Decimal) -> Result<Money, ArithmeticError> {
        let width = high.0 - low.0;
        let offset = exact_mul(width, position)?;
        low.checked_add_signed(offset)
    }

    /// The plain decimal form with at least two decimals: `20000000.00`.
    pub fn plain(self) -> String {
        crate::l10n::digits(self.0, None, '.')
    }

    /// Grouped for people: `20,000,000.00` (English) — see `grouped_with` for other locales.
    pub fn grouped(self) -> String {
        self.grouped_with(',', '.')
    }

    /// Grouped with the given thousands separator and decimal mark.
    pub fn grouped_with(self, thousands: char, decimal_mark: char) -> String {
        crate::l10n::digits(self.0, Some(thousands), decimal_mark)
    }
}

/// A message's amount: the exact value and its currency.
impl From<Money> for crate::l10n::Amount {
    fn from(money: Money) -> crate::l10n::Amount {
        crate::l10n::Amount { value: money.0, currency: money.1.code() }
    }
}

impl From<Money> for crate::l10n::Arg {
    fn from(money: Money) -> crate::l10n::Arg {
        crate::l10n::Arg::Money(money.into())
    }
}

impl Money {
    /// The amount as a message writes it without its currency (`4,000,000.00`): the ends of a
    /// range whose currency the text names elsewhere.
    pub fn figure(self) -> crate::l10n::Arg {
        crate::l10n::Arg::Figure(self.into())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.1.code(), self.grouped())
    }
}

/// JSON carries amounts as strings holding exact decimals (FORMAT.md): `"20000000.00"`.
/// In JSON an amount is an exact decimal string with at least two decimals (`"20000000.00"`,
/// `"4.938"`), never negative.
#[cfg(test)]
impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]+\\.[0-9]{2,}$",
            "description": "An exact amount: a decimal string with at least two decimals, never negative."
        })
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.plain())
    }
}

/// `percent` / 100, exactly: a multiplication by 0.01 is exact and, unlike a decimal division,
/// cheap (sweeps take thousands of percentages).
pub fn fraction_of_percent(percent: Decimal) -> Result<Decimal, ArithmeticError> {
    exact_mul(percent, Decimal::new(1, 2))
}

/// `a x b`, exactly or not at all. rust_decimal keeps 28 decimals and about 29 digits: a
/// product needing more is rounded without a word (5,000,000,000.0000000000000000001 x 4 %
/// came out as 200,000,000.00), so such a product is an error ([`ArithmeticError::Inexact`]).
pub fn exact_mul(a: Decimal, b: Decimal) -> Result<Decimal, ArithmeticError> {
    let product = a.checked_mul(b).ok_or(ArithmeticError::Overflow)?;
    // The exact product has scale `a.scale() + b.scale()`. If rust_decimal dropped `k` digits,
    // they were zeros only if the product of the mantissas is divisible by 10^k.
    let dropped = (a.scale() + b.scale()).saturating_sub(product.scale());
    let (ma, mb) = (a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs());
    let divisible = |p: u128| factors(ma, p) + factors(mb, p) >= dropped;
    if dropped == 0 || ma == 0 || mb == 0 || divisible(2) && divisible(5) {
        Ok(product)
    } else {
        Err(ArithmeticError::Inexact)
    }
}

/// `a + b`, exactly or not at all: a sum keeps the larger scale of the two unless it needs more
/// than rust_decimal's digits, and then it is rounded.
pub fn exact_add(a: Decimal, b: Decimal) -> Result<Decimal, ArithmeticError> {
    let sum = a.checked_add(b).ok_or(ArithmeticError::Overflow)?;
    let scale = if a.is_zero() {
        b.scale()
    } else if b.is_zero() {
        a.scale()
    } else {
        a.scale().max(b.scale())
    };
    // A sum whose scale shrank lost only zeros if subtracting one term gives the other back.
    if sum.scale() >= scale || sum.checked_sub(a) == Some(b) { Ok(sum) } else { Err(ArithmeticError::Inexact) }
}

/// How often `p` divides `n` (0 for 0, which the callers treat apart).
fn factors(mut n: u128, p: u128) -> u32 {
    let mut count = 0;
    while n != 0 && n.is_multiple_of(p) {
        n /= p;
        count += 1;
    }
    count
}

/// A percentage shown without trailing zeros: `4`, `0.2`, `12.5`.
pub fn percent_text(percent: Decimal) -> String {
    percent.normalize().to_string()
}

/// Shorthand used by the methods: an amount outside the range the rule allows.
pub(crate) fn outside_range(what: &str, value: Money, low: Money, high: Money, rule: &str) -> String {
    format!("{what} {value} lies outside {} – {} ({rule})", low.grouped(), high.grouped())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_product_beyond_28_digits_is_refused_not_rounded() {
        let turnover = "5000000000.0000000000000000001".parse::<Decimal>().unwrap();
        assert_eq!(exact_mul(turnover, dec!(0.04)), Err(ArithmeticError::Inexact));
        assert_eq!(
            exact_mul(dec!(5000000000.000000000000000001), dec!(0.04)).unwrap().to_string(),
            "200000000.00000000000000000004"
        );
        // Dropped digits that are zeros lose nothing: 0.5 x 0.2 at the edge of the scale.
        let tiny = Decimal::new(5, 27);
        assert_eq!(exact_mul(tiny, dec!(0.2)).unwrap(), Decimal::new(1, 27));
        assert_eq!(exact_mul(Decimal::new(1, 20), Decimal::new(1, 20)), Err(ArithmeticError::Inexact));
    }

    #[test]
    fn a_sum_beyond_28_digits_is_refused_not_rounded() {
        let big = Decimal::from(10_000_000_000_i64);
        assert_eq!(exact_add(big, Decimal::new(1, 19)), Err(ArithmeticError::Inexact));
        assert_eq!(exact_add(big, Decimal::new(1, 18)).unwrap().to_string(), "10000000000.000000000000000001");
        assert_eq!(exact_add(dec!(1.5), dec!(-0.5)).unwrap(), dec!(1.0));
    }
    use rust_decimal_macros::dec;

    #[test]
    fn plain_form_keeps_at_least_cents_and_never_rounds() {
        assert_eq!(Money::euros(20_000_000).plain(), "20000000.00");
        assert_eq!(Money::new(dec!(4.938)).unwrap().plain(), "4.938");
        assert_eq!(Money::new(dec!(12.50)).unwrap().plain(), "12.50");
    }

    #[test]
    fn grouping_for_people() {
        assert_eq!(Money::euros(30_500_000).grouped(), "30,500,000.00");
        assert_eq!(Money::euros(999).grouped(), "999.00");
        assert_eq!(Money::euros(1000).grouped(), "1,000.00");
        assert_eq!(Money::euros(30_500_000).grouped_with('.', ','), "30.500.000,00");
        assert_eq!(Money::new(dec!(0.05)).unwrap().grouped(), "0.05");
        assert_eq!(Money::new(dec!(0.5)).unwrap().grouped(), "0.50");
        assert_eq!(Money::ZERO.grouped(), "0.00");
        assert_eq!(Money::new(dec!(1234.5678)).unwrap().grouped(), "1,234.5678");
        assert_eq!(Money::new(dec!(100.000)).unwrap().grouped(), "100.00");
        // Wider than a u64, and the largest scale.
        assert_eq!(Money::new(Decimal::MAX).unwrap().grouped(), "79,228,162,514,264,337,593,543,950,335.00");
        assert_eq!(Money::new(dec!(0.0000000000000000000000000001)).unwrap().plain(), "0.0000000000000000000000000001");
        assert_eq!(Money::new(dec!(-0)).unwrap().plain(), "0.00");
    }

    proptest::proptest! {
        /// The text is the exact amount: it reads back to the same value, with at least cents.
        #[test]
        fn plain_text_reads_back_exactly(mantissa in 0i128..(1i128 << 96), scale in 0u32..=28) {
            let amount = Decimal::from_i128_with_scale(mantissa, scale);
            let text = Money::new(amount).unwrap().plain();
            proptest::prop_assert_eq!(text.parse::<Decimal>().unwrap(), amount);
            proptest::prop_assert!(text.split_once('.').is_some_and(|(_, cents)| cents.len() >= 2));
            let grouped = Money::new(amount).unwrap().grouped();
            proptest::prop_assert_eq!(grouped.replace(',', ""), text);
        }
    }

    #[test]
    fn amounts_carry_their_currency_through_arithmetic() {
        let zloty = Money::euros(5_000).in_currency(Currency::PLN);
        assert_eq!(zloty.to_string(), "PLN 5,000.00");
        assert_eq!(Money::ZERO.checked_add(zloty).unwrap(), zloty);
        assert_eq!(zloty.checked_mul(dec!(2)).unwrap().currency(), Currency::PLN);
        assert_eq!(zloty.checked_add(Money::euros(1)), Err(ArithmeticError::CurrencyMismatch("PLN", "EUR")));
    }

    #[test]
    fn uodo_dke_561_2_2020_pln_5000_is_eur_1168_39_at_4_2794_rounded_half_up() {
        let eur = Money::euros(5_000).in_currency(Currency::PLN).convert_dividing(dec!(4.2794), Currency::EUR).unwrap();
        assert_eq!((eur.amount(), eur.currency()), (dec!(1168.39), Currency::EUR));
        assert_eq!(Money::new(dec!(0.125)).unwrap().round_to_cent().amount(), dec!(0.13));
        assert_eq!(Money::euros(20_000_000).convert(dec!(4.2794), Currency::PLN).unwrap().plain(), "85588000.00");
    }

    #[test]
    fn negative_amounts_are_refused() {
        assert!(Money::new(dec!(-1)).is_none());
        assert_eq!(Money::euros(10).checked_add_signed(dec!(-11)), Err(ArithmeticError::NegativeAmount));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let huge = Money::new(Decimal::MAX).unwrap();
        assert_eq!(huge.checked_add(huge), Err(ArithmeticError::Overflow));
        assert_eq!(huge.checked_mul(dec!(2)), Err(ArithmeticError::Overflow));
    }

    #[test]
    fn interpolation_hits_both_ends_and_the_middle() {
        let (low, high) = (Money::euros(4_000_000), Money::euros(20_000_000));
        assert_eq!(Money::interpolate(low, high, dec!(0)).unwrap(), low);
        assert_eq!(Money::interpolate(low, high, dec!(1)).unwrap(), high);
        assert_eq!(Money::interpolate(low, high, dec!(0.5)).unwrap(), Money::euros(12_000_000));
    }
}
