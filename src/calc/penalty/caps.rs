//! National limits on what an order subject to a penalty payment may impose
//! ([`law::penalty_caps`](crate::calc::law::penalty_caps)): a ceiling per day of delay, and no
//! order against the State. Checked on the orders as the decision writes them.

use rust_decimal::Decimal;

use crate::calc::law::{authority, penalty_caps};
use crate::calc::model::{Case, PenaltyOrder, PenaltyUnit, PublicBodyKind};
use crate::calc::money::Money;
use crate::calc::report::{Finding, FindingCode, Level};
use crate::l10n::message::Message;

/// FR (LIL art. 20 III 2°): an astreinte above EUR 100,000 per day of delay, or one against the
/// State, is an error: a decision cannot lawfully impose it, so the file or the decision is wrong.
pub fn findings(case: &Case) -> Vec<Finding> {
    let Some(cap) = authority::country(&case.authority).and_then(|country| penalty_caps::cap_for(&country)) else {
        return vec![];
    };
    let mut findings = Vec::new();
    let state = case.undertaking.public_body && case.undertaking.public_body_kind == Some(PublicBodyKind::State);
    for order in &case.penalties {
        if cap.not_against_the_state && state {
            findings.push(
                Finding::says(
                    Level::Error,
                    FindingCode::PenaltyAgainstTheState,
                    Message::new("penalty-against-the-state").arg("provision", cap.provision),
                )
                .penalty(&order.id),
            );
        }
        findings.extend(above_cap(case, order, cap.per_day, cap.provision));
    }
    findings
}

/// The order's amount against the ceiling for its period: `days` days of delay. A month is
/// 28 to 31 days: above the ceiling for 31 is above it in every month (an error); above it
/// for 28 only in some months (a warning). Per breach or once: no period to compare with.
fn above_cap(case: &Case, order: &PenaltyOrder, per_day: Money, provision: &str) -> Option<Finding> {
    let (fewest, most) = match order.per {
        PenaltyUnit::Days(n) => (n, n),
        PenaltyUnit::Weeks(n) => (n.saturating_mul(7), n.saturating_mul(7)),
        PenaltyUnit::Months(n) => (n.saturating_mul(28), n.saturating_mul(31)),
        PenaltyUnit::Breach | PenaltyUnit::Once => return None,
    };
    let ceiling = |days: u32| per_day.checked_mul(Decimal::from(days)).ok();
    // The ceiling is in euros: an order in the case's own currency is compared at its rate.
    let amount = match &case.currency {
        Some(currency) => currency.to_eur(order.amount).ok()?,
        None => order.amount,
    };
    let above = |days: u32| ceiling(days).is_some_and(|c| amount.amount() > c.amount());
    let message = if above(most) {
        Message::new("penalty-above-cap-per-day").arg("days", most)
    } else if above(fewest) {
        Message::new("penalty-above-cap-short-months").arg("days", fewest)
    } else {
        return None;
    };
    let message = message.arg("amount", order.amount).arg("ceiling", per_day).arg("provision", provision);
    let level = if above(most) { Level::Error } else { Level::Warning };
    Some(Finding::says(level, FindingCode::PenaltyAboveStatutoryCap, message).penalty(&order.id))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::calc::fixtures::case;
    use crate::calc::penalty::tests::order;

    fn french(orders: Vec<PenaltyOrder>) -> Case {
        Case { authority: "FR-CNIL".into(), penalties: orders, ..case(vec![], vec![]) }
    }

    #[test]
    fn lil_art_20_iii_2_an_astreinte_above_100000_euros_a_day_is_an_error() {
        let found = findings(&french(vec![order(150_000, PenaltyUnit::Days(1), date(2023, 1, 1), None)]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].code, found[0].level), (FindingCode::PenaltyAboveStatutoryCap, Level::Error));
        // EUR 100,000 a day is the ceiling itself, and EUR 700,000 a week is 100,000 a day.
        assert!(findings(&french(vec![order(100_000, PenaltyUnit::Days(1), date(2023, 1, 1), None)])).is_empty());
        assert!(findings(&french(vec![order(700_000, PenaltyUnit::Weeks(1), date(2023, 1, 1), None)])).is_empty());
        assert_eq!(
            findings(&french(vec![order(700_001, PenaltyUnit::Weeks(1), date(2023, 1, 1), None)]))[0].level,
            Level::Error
        );
    }

    #[test]
    fn lil_art_20_iii_2_a_monthly_astreinte_is_above_the_ceiling_in_short_months_only_between_28_and_31_days() {
        // EUR 3,000,000 a month: above 28 x 100,000 = 2.8M, not above 31 x 100,000 = 3.1M.
        let found = findings(&french(vec![order(3_000_000, PenaltyUnit::Months(1), date(2023, 1, 1), None)]));
        assert_eq!((found[0].code, found[0].level), (FindingCode::PenaltyAboveStatutoryCap, Level::Warning));
        let found = findings(&french(vec![order(3_100_001, PenaltyUnit::Months(1), date(2023, 1, 1), None)]));
        assert_eq!(found[0].level, Level::Error);
    }

    #[test]
    fn lil_art_20_iii_2_no_astreinte_against_the_state() {
        let mut state = french(vec![order(10_000, PenaltyUnit::Days(1), date(2023, 1, 1), None)]);
        state.undertaking.public_body = true;
        state.undertaking.public_body_kind = Some(PublicBodyKind::State);
        let codes: Vec<_> = findings(&state).iter().map(|f| f.code).collect();
        assert_eq!(codes, [FindingCode::PenaltyAgainstTheState]);
        state.undertaking.public_body_kind = Some(PublicBodyKind::Local);
        assert!(findings(&state).is_empty());
    }

    #[test]
    fn other_countries_hold_no_ceiling_here() {
        let mut dutch = french(vec![order(150_000, PenaltyUnit::Days(1), date(2023, 1, 1), None)]);
        dutch.authority = "NL-AP".into();
        assert!(findings(&dutch).is_empty());
    }
}
