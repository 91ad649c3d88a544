//! Dutch statutory interest on a debt in default (Awb 4:98(1) with BW 6:119(1)-(2)), with
//! payments allocated as Awb 4:92(1) says and the EUR 20 threshold of Awb 4:98(2).

use jiff::ToSpan;
use jiff::civil::Date;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::calc::error::CalcError;
use crate::calc::law::collection::{AWB_4_98_2_THRESHOLD, DAYS_PER_YEAR, RateRow, nl_next_rate_change, nl_rate_on};
use crate::calc::money::Money;
use crate::calc::report::InterestPeriod;

/// A period of one rate and one base.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Period {
    pub from: Date,
    /// Inclusive.
    pub until: Date,
    pub row: &'static RateRow,
    pub days: i32,
    pub base: Decimal,
    pub amount: Decimal,
}

impl Period {
    pub(super) fn report(&self, like: Money) -> Result<InterestPeriod, CalcError> {
        let money = |amount: Decimal| super::money_in(like, amount);
        Ok(InterestPeriod {
            from: self.from,
            until: self.until,
            rate: self.row.percent,
            days: self.days,
            base: money(self.base)?,
            amount: money(self.amount)?,
        })
    }
}

/// How a payment was allocated (Awb 4:92(1)).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Allocated {
    pub date: Date,
    pub amount: Decimal,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
}

/// The interest and the debt on the end date.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Accrual {
    pub periods: Vec<Period>,
    pub payments: Vec<Allocated>,
    /// All interest accrued (paid or not), without what Awb 4:98(2) waived.
    pub accrued: Decimal,
    /// Interest still owed on the end date.
    pub interest_owed: Decimal,
    /// Principal still owed on the end date.
    pub principal: Decimal,
    /// Interest not owed under Awb 4:98(2): all interest accrued, paid or not, when it was below
    /// EUR 20 at the last payment (or on the end date).
    pub waived: Option<Decimal>,
    /// Payments beyond the whole debt.
    pub overpaid: Decimal,
}

/// The running state of the debt.
struct Debt {
    principal: Decimal,
    /// Interest of completed years, added to the base (BW 6:119(2)), still unpaid.
    capitalised: Decimal,
    /// Interest of the current year, still unpaid.
    running: Decimal,
}

impl Debt {
    fn interest(&self) -> Decimal {
        self.capitalised + self.running
    }

    fn is_settled(&self) -> bool {
        self.principal.is_zero() && self.interest().is_zero()
    }
}

/// Interest on `principal` from `default_from` up to, not including, `end`, with `payments`
/// (date, amount; in date order) made up to `end`. A payment before default reduces the
/// principal; one in default pays interest first, then the principal (Awb 4:92(1)), unless the
/// interest in all is below the EUR 20 of Awb 4:98(2) when the debt is settled (`pay`).
pub(super) fn accrue(
    principal: Decimal,
    default_from: Date,
    payments: &[(Date, Decimal)],
    end: Date,
) -> Result<Accrual, CalcError> {
    let mut debt = Debt { principal, capitalised: Decimal::ZERO, running: Decimal::ZERO };
    let mut out = Accrual {
        periods: Vec::new(),
        payments: Vec::new(),
        accrued: Decimal::ZERO,
        interest_owed: Decimal::ZERO,
        principal,
        waived: None,
        overpaid: Decimal::ZERO,
    };
    let mut pending = payments.iter().peekable();
    // Payments within the term only reduce the principal.
    while let Some((date, amount)) = pending.next_if(|(date, _)| *date < default_from) {
        pay(&mut debt, &mut out, *date, *amount);
    }
    let mut day = default_from;
    let mut years = 1;
    let mut anniversary = year_after(default_from, years)?;
    while day < end && !debt.is_settled() {
        let next_payment = pending.peek().map(|(date, _)| *date);
        let next = [Some(end), Some(anniversary), nl_next_rate_change(day), next_payment]
            .into_iter()
            .flatten()
            .filter(|d| *d > day)
            .min()
            .unwrap_or(end);
        accrue_period(&mut debt, &mut out, day, next)?;
        day = next;
        if day == anniversary {
            // BW 6:119(2): "Telkens na afloop van een jaar wordt het bedrag waarover de wettelijke
            // rente wordt berekend, vermeerderd met de over dat jaar verschuldigde wettelijke rente."
            debt.capitalised += debt.running;
            debt.running = Decimal::ZERO;
            years += 1;
            anniversary = year_after(default_from, years)?;
        }
        while let Some((date, amount)) = pending.next_if(|(date, _)| *date <= day) {
            pay(&mut debt, &mut out, *date, *amount);
        }
    }
    // Payments on the day default starts or later, when the debt was settled before them.
    for (date, amount) in pending.filter(|(date, _)| *date <= end) {
        pay(&mut debt, &mut out, *date, *amount);
    }
    // Awb 4:98(2) on the as-of date: a payment of everything then would be the last payment,
    // and interest below EUR 20 in all would not be owed.
    if out.accrued < AWB_4_98_2_THRESHOLD {
        waive(&mut debt, &mut out);
    }
    out.principal = debt.principal;
    out.interest_owed = debt.interest();
    Ok(out)
}

/// One period of interest from `from` up to, not including, `to`, at the rate of `from`.
fn accrue_period(debt: &mut Debt, out: &mut Accrual, from: Date, to: Date) -> Result<(), CalcError> {
    let row = nl_rate_on(from).ok_or_else(|| {
        CalcError::invalid(
            format!("art83 holds no Dutch statutory interest rate for {from} (its table starts in 2015)"),
            None,
        )
    })?;
    let days = from.until(to).map_err(|_| out_of_range())?.get_days();
    let base = debt.principal + debt.capitalised;
    let amount = interest(base, row.percent, days)?;
    debt.running += amount;
    out.accrued += amount;
    let until = to.yesterday().map_err(|_| out_of_range())?;
    out.periods.push(Period { from, until, row, days, base, amount });
    Ok(())
}

/// `base` x `percent` / 100 x `days` / 365, rounded half-up to the cent.
pub(super) fn interest(base: Decimal, percent: Decimal, days: i32) -> Result<Decimal, CalcError> {
    let product =
        base.checked_mul(percent).and_then(|p| p.checked_mul(Decimal::from(days))).ok_or(CalcError::Overflow)?;
    let divisor = Decimal::ONE_HUNDRED * DAYS_PER_YEAR;
    let exact = product.checked_div(divisor).ok_or(CalcError::Overflow)?;
    Ok(exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// Awb 4:92(1): "Betaling ter voldoening van een bepaalde geldschuld strekt in de eerste plaats
/// tot mindering van de kosten, vervolgens tot mindering van de verschenen rente en ten slotte
/// tot mindering van de hoofdsom en de lopende rente." No costs are modelled; interest accrued
/// up to the payment counts as "verschenen".
///
/// Awb 4:98(2): interest is "niet verschuldigd indien het bedrag ervan bij enige of laatste
/// betaling minder bedraagt dan € 20". Read as: when the interest accrued in all is below EUR 20
/// at the payment that settles the debt, no interest was ever owed, so 4:92(1) had no interest
/// to allocate a payment to. A late payment of the principal alone is then the last payment:
/// it settles the debt, and what earlier partial payments went to interest is rebooked to the
/// principal (`waive`). Below the threshold a payment that does not settle the debt still goes
/// to interest first: whether the interest stays below EUR 20 is known only at the last payment.
fn pay(debt: &mut Debt, out: &mut Accrual, date: Date, amount: Decimal) {
    if out.accrued < AWB_4_98_2_THRESHOLD && amount + paid_to_interest(out) >= debt.principal {
        waive(debt, out);
    }
    let mut left = amount;
    let mut take = |part: &mut Decimal| {
        let taken = left.min(*part);
        *part -= taken;
        left -= taken;
        taken
    };
    let to_interest = take(&mut debt.capitalised) + take(&mut debt.running);
    let to_principal = take(&mut debt.principal);
    out.overpaid += left;
    out.payments.push(Allocated { date, amount, to_interest, to_principal });
}

/// What the payments so far went to interest.
fn paid_to_interest(out: &Accrual) -> Decimal {
    out.payments.iter().map(|p| p.to_interest).sum()
}

/// Awb 4:98(2): the interest accrued in all is not owed. What earlier payments went to interest
/// goes to the principal instead (beyond the principal it is overpaid), and the unpaid interest
/// is dropped. Nothing happens when no interest accrued.
fn waive(debt: &mut Debt, out: &mut Accrual) {
    if out.accrued.is_zero() {
        return;
    }
    let credit = paid_to_interest(out);
    for payment in &mut out.payments {
        payment.to_principal += payment.to_interest;
        payment.to_interest = Decimal::ZERO;
    }
    let to_principal = credit.min(debt.principal);
    debt.principal -= to_principal;
    out.overpaid += credit - to_principal;
    debt.capitalised = Decimal::ZERO;
    debt.running = Decimal::ZERO;
    out.waived = Some(out.accrued);
    out.accrued = Decimal::ZERO;
}

fn year_after(day: Date, years: i16) -> Result<Date, CalcError> {
    day.checked_add(years.years()).map_err(|_| out_of_range())
}

fn out_of_range() -> CalcError {
    super::out_of_range()
}
