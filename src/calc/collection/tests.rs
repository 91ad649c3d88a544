//! Collection rules, each test named after its provision, expected values worked by hand.

use jiff::civil::date;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::interest::{accrue, interest};

#[test]
fn bw_6_119_interest_is_a_day_count_of_actual_over_365() {
    // EUR 10,000 at 7 % for 30 days: 10,000 x 0.07 x 30 / 365 = 57.534... -> 57.53.
    assert_eq!(interest(dec!(10000), dec!(7), 30).unwrap(), dec!(57.53));
    // 366 days of a leap year count 366/365 of the rate: 10,000 x 0.07 x 366 / 365 = 701.917... -> 701.92.
    assert_eq!(interest(dec!(10000), dec!(7), 366).unwrap(), dec!(701.92));
    // Half a cent rounds up: 1,825 x 2 % x 1 / 365 = 0.1 exactly; 9,125 x 2 % x 1/365 = 0.5.
    assert_eq!(interest(dec!(91.25), dec!(2), 1).unwrap(), dec!(0.01)); // 0.005 -> 0.01
}

#[test]
fn bw_6_119_2_interest_compounds_after_a_full_year() {
    // EUR 100,000 in default from 2024-01-01 (7 % all of 2024, 6 % from 2025-01-01).
    // 2024-01-01 .. 2024-12-31: 366 days x 7 % / 365 = 100,000 x 0.07 x 366/365 = 7,019.18.
    // 2025-01-01 .. 2025-02-28 (to the as-of date 2025-03-01): 59 days on 107,019.18 at 6 %
    //   = 107,019.18 x 0.06 x 59 / 365 = 1,037.94 (1,037.9394...).
    let accrual = accrue(dec!(100000), date(2024, 1, 1), &[], date(2025, 3, 1)).unwrap();
    assert_eq!(accrual.periods.len(), 2);
    assert_eq!(accrual.periods[0].amount, dec!(7019.18));
    assert_eq!(accrual.periods[1].base, dec!(107019.18));
    assert_eq!((accrual.periods[1].row.percent, accrual.periods[1].amount), (dec!(6), dec!(1037.94)));
    assert_eq!(accrual.accrued, dec!(8057.12));
    assert_eq!(accrual.interest_owed, dec!(8057.12));
    assert_eq!(accrual.principal, dec!(100000));
}

#[test]
fn bw_6_119_a_rate_change_splits_the_period() {
    // EUR 36,500 from 2024-12-02 to the as-of date 2025-01-11: 30 days at 7 % = 210.00,
    // then 10 days at 6 % (from 1 Jan 2025) = 60.00.
    let accrual = accrue(dec!(36500), date(2024, 12, 2), &[], date(2025, 1, 11)).unwrap();
    let amounts: Vec<(i32, Decimal, Decimal)> =
        accrual.periods.iter().map(|p| (p.days, p.row.percent, p.amount)).collect();
    assert_eq!(amounts, vec![(30, dec!(7), dec!(210.00)), (10, dec!(6), dec!(60.00))]);
    assert_eq!(accrual.periods[0].until, date(2024, 12, 31));
    // 1 Jul 2025 changes nothing; 1 Jan 2026 does: 10 days at 6 % = 60.00, 10 at 4 % = 40.00.
    let accrual = accrue(dec!(36500), date(2025, 6, 21), &[], date(2025, 7, 11)).unwrap();
    assert_eq!(accrual.periods.len(), 1);
    assert_eq!(accrual.accrued, dec!(120.00));
    let accrual = accrue(dec!(36500), date(2025, 12, 22), &[], date(2026, 1, 11)).unwrap();
    let amounts: Vec<(Decimal, Decimal)> = accrual.periods.iter().map(|p| (p.row.percent, p.amount)).collect();
    assert_eq!(amounts, vec![(dec!(6), dec!(60.00)), (dec!(4), dec!(40.00))]);
}

#[test]
fn awb_4_92_1_a_payment_goes_to_interest_first() {
    // EUR 36,500 in default from 2024-06-01 at 7 %: 36,500 x 0.07 / 365 = 7.00 a day.
    // Paid 1,000 on 2024-06-11: 10 days = 70.00 interest, then 930.00 principal -> 35,570.
    // Then 2024-06-11 .. 2024-06-30: 20 days on 35,570 at 7 % = 136.43 (136.4328...).
    let accrual = accrue(dec!(36500), date(2024, 6, 1), &[(date(2024, 6, 11), dec!(1000))], date(2024, 7, 1)).unwrap();
    assert_eq!(accrual.payments[0].to_interest, dec!(70.00));
    assert_eq!(accrual.payments[0].to_principal, dec!(930.00));
    assert_eq!(accrual.principal, dec!(35570.00));
    assert_eq!(accrual.interest_owed, dec!(136.43));
    assert_eq!(accrual.accrued, dec!(206.43));
}

#[test]
fn awb_4_98_2_interest_below_20_euros_at_the_last_payment_is_not_owed() {
    // EUR 3,650 at 7 %: 0.70 a day; paid in full after 10 days: 7.00 interest, not owed.
    let accrual = accrue(dec!(3650), date(2024, 6, 1), &[(date(2024, 6, 11), dec!(3650))], date(2024, 7, 1)).unwrap();
    assert_eq!(accrual.waived, Some(dec!(7.00)));
    assert_eq!(accrual.accrued, Decimal::ZERO);
    assert_eq!(accrual.principal, Decimal::ZERO);
    assert_eq!(accrual.overpaid, Decimal::ZERO);
    // Not paid: 30 days = 21.00, owed.
    let unpaid = accrue(dec!(3650), date(2024, 6, 1), &[], date(2024, 7, 1)).unwrap();
    assert_eq!((unpaid.waived, unpaid.interest_owed), (None, dec!(21.00)));
}

#[test]
fn awb_4_98_2_a_late_payment_of_the_principal_alone_is_the_last_payment() {
    // EUR 10,000 in default from 2025-05-31 at 6 %, paid 10,000 on 2025-06-04: 4 days
    // = 10,000 x 0.06 x 4 / 365 = 6.58 (6.5753...), below EUR 20 at this sole payment: not owed,
    // so 4:92(1) has no interest to put the payment to; all of it pays the principal.
    let accrual =
        accrue(dec!(10000), date(2025, 5, 31), &[(date(2025, 6, 4), dec!(10000))], date(2025, 12, 1)).unwrap();
    assert_eq!(accrual.waived, Some(dec!(6.58)));
    assert_eq!((accrual.payments[0].to_interest, accrual.payments[0].to_principal), (dec!(0), dec!(10000)));
    assert_eq!((accrual.principal, accrual.interest_owed, accrual.overpaid), (dec!(0), dec!(0), dec!(0)));
}

#[test]
fn awb_4_98_2_with_4_92_1_interest_paid_before_the_last_payment_is_rebooked_to_the_principal() {
    // EUR 3,650 in default from 2024-06-01 at 7 % (0.70 a day).
    // 2024-06-11: 1,000 paid; 10 days = 7.00 interest first (4:92(1)), 993.00 principal -> 2,657.00.
    // 2024-06-21: 2,650 paid; 10 days on 2,657 at 7 % = 5.10 (5.0956...). Interest in all 12.10,
    // below EUR 20 at this last payment: none was owed, so the 7.00 paid to interest paid the
    // principal (2,657 - 7 = 2,650), and the 2,650 settles it.
    let payments = [(date(2024, 6, 11), dec!(1000)), (date(2024, 6, 21), dec!(2650))];
    let accrual = accrue(dec!(3650), date(2024, 6, 1), &payments, date(2024, 7, 1)).unwrap();
    assert_eq!(accrual.waived, Some(dec!(12.10)));
    let split: Vec<(Decimal, Decimal)> = accrual.payments.iter().map(|p| (p.to_interest, p.to_principal)).collect();
    assert_eq!(split, vec![(dec!(0), dec!(1000)), (dec!(0), dec!(2650))]);
    assert_eq!((accrual.principal, accrual.interest_owed, accrual.overpaid), (dec!(0), dec!(0), dec!(0)));
    // Paid as if the interest were owed (2,657.00 + 5.10): the 12.10 is paid too much.
    let payments = [(date(2024, 6, 11), dec!(1000)), (date(2024, 6, 21), dec!(2662.10))];
    let accrual = accrue(dec!(3650), date(2024, 6, 1), &payments, date(2024, 7, 1)).unwrap();
    assert_eq!((accrual.principal, accrual.overpaid), (dec!(0), dec!(12.10)));
}

#[test]
fn awb_4_98_2_twenty_euros_or_more_is_owed_in_full_and_paid_first() {
    // EUR 18,250 in default from 2026-01-01 at 4 %: 10 days = 18,250 x 0.04 x 10 / 365 = 20.00,
    // not "minder dan € 20": owed. The payment of 18,250 on 2026-01-11 goes 20.00 to interest
    // and 18,230.00 to the principal, which leaves 20.00 of principal.
    let accrual =
        accrue(dec!(18250), date(2026, 1, 1), &[(date(2026, 1, 11), dec!(18250))], date(2026, 1, 11)).unwrap();
    assert_eq!(accrual.waived, None);
    assert_eq!((accrual.payments[0].to_interest, accrual.payments[0].to_principal), (dec!(20.00), dec!(18230.00)));
    assert_eq!((accrual.principal, accrual.interest_owed), (dec!(20.00), dec!(0)));
}

#[test]
fn awb_4_87_payment_within_the_term_reduces_the_principal_without_interest() {
    let accrual = accrue(dec!(1000), date(2025, 6, 1), &[(date(2025, 5, 1), dec!(1000))], date(2025, 7, 1)).unwrap();
    assert!(accrual.periods.is_empty());
    assert_eq!((accrual.principal, accrual.interest_owed, accrual.overpaid), (dec!(0), dec!(0), dec!(0)));
    // An annulled fine owes nothing; what was paid is owed back.
    let annulled = accrue(Decimal::ZERO, date(2025, 6, 1), &[(date(2025, 5, 1), dec!(500))], date(2025, 7, 1)).unwrap();
    assert_eq!(annulled.overpaid, dec!(500));
}

/// A Dutch case fining EUR 36,500 (EUR 7.00 a day at 7 %), decided 2024-05-16.
fn dutch(notified: Option<jiff::civil::Date>, due: Option<jiff::civil::Date>) -> crate::calc::model::Case {
    use crate::calc::fixtures::{case, violation};
    let mut case = case(vec![violation("v", &["15"], Some(36_500))], vec![]);
    case.authority = "NL-AP".into();
    case.collection.notified = notified;
    case.collection.due = due;
    case
}

fn collect(case: &crate::calc::model::Case, as_of: jiff::civil::Date) -> crate::calc::report::Report {
    let options = crate::calc::options::Options::new(as_of);
    crate::calc::calculation::calculate(case, &options).unwrap()
}

#[test]
fn awb_4_87_six_weeks_moves_past_a_sunday() {
    // Made known Sun 2024-05-19: six weeks end Sun 2024-06-30, so Mon 2024-07-01 (Atw art. 1(1)).
    let report = collect(&dutch(Some(date(2024, 5, 19)), None), date(2024, 7, 1));
    let c = report.collection.unwrap();
    assert_eq!((c.payment_due, c.in_default_from), (Some(date(2024, 7, 1)), Some(date(2024, 7, 2))));
    // Nothing owed as interest on the last day of the term.
    assert_eq!(c.interest.unwrap().amount.amount(), Decimal::ZERO);
}

#[test]
fn awb_4_87_a_later_day_the_decision_sets_counts_an_earlier_one_does_not() {
    let later = collect(&dutch(Some(date(2024, 5, 16)), Some(date(2024, 8, 1))), date(2024, 9, 1));
    assert_eq!(later.collection.unwrap().payment_due, Some(date(2024, 8, 1)));
    // Six weeks from Thu 2024-05-16 end Thu 2024-06-27, after the decision's 2024-06-01.
    let earlier = collect(&dutch(Some(date(2024, 5, 16)), Some(date(2024, 6, 1))), date(2024, 9, 1));
    assert_eq!(earlier.collection.as_ref().unwrap().payment_due, Some(date(2024, 6, 27)));
    assert!(earlier.findings.iter().any(|f| f.code == crate::calc::report::FindingCode::DueBeforeStatutoryTerm));
}

#[test]
fn awb_4_104_1_barred_from_the_day_after_five_years_after_the_term() {
    // Term ends 2024-06-27: still claimable on 2029-06-27, barred from 2029-06-28; by 2029-07-01
    // the claim is past its earliest limitation day, which a finding says.
    let report = collect(&dutch(Some(date(2024, 5, 16)), None), date(2029, 7, 1));
    assert_eq!(report.collection.unwrap().claim_time_barred_on, Some(date(2029, 6, 28)));
    assert!(report.findings.iter().any(|f| f.code == crate::calc::report::FindingCode::ClaimTimeBarred));
}

#[test]
fn awb_4_97_default_from_the_day_after_the_term_then_7_euros_a_day() {
    // Term ends 2024-06-27; default from 2024-06-28; on 2024-07-08, 10 days: 70.00.
    let report = collect(&dutch(Some(date(2024, 5, 16)), None), date(2024, 7, 8));
    let c = report.collection.unwrap();
    assert_eq!(c.interest.unwrap().amount.amount(), dec!(70.00));
    assert_eq!(c.outstanding.unwrap().amount(), dec!(36570.00));
}

#[test]
fn no_collection_rules_outside_the_netherlands_and_no_dutch_rule_applied() {
    let mut case = dutch(Some(date(2024, 5, 16)), None);
    case.authority = "FR-CNIL".into();
    let report = collect(&case, date(2026, 1, 1));
    let c = report.collection.unwrap();
    assert_eq!((c.payment_due, c.in_default_from, c.claim_time_barred_on), (None, None, None));
    assert!(c.interest.is_none() && c.outstanding.is_none() && c.owed_total.is_none());
    assert!(report.findings.iter().any(|f| f.code == crate::calc::report::FindingCode::CollectionRulesUnknown));
}

#[test]
fn a_case_without_collection_keys_reports_none() {
    let report = collect(&dutch(None, None), date(2026, 1, 1));
    assert!(report.collection.is_none());
}

#[test]
fn uavg_38_a_pending_appeal_may_suspend_collection_and_says_so() {
    use crate::calc::model::{Appeal, AppealOutcome};
    let mut case = dutch(Some(date(2024, 5, 16)), None);
    case.appeals.push(Appeal {
        body: "Rechtbank Midden-Nederland".into(),
        decided: date(2024, 9, 1),
        reference: None,
        outcome: AppealOutcome::Pending,
        fine: None,
        violation: None,
        span: None,
    });
    let report = collect(&case, date(2024, 7, 8));
    let c = report.collection.unwrap();
    let why = c.suspended.as_ref().unwrap();
    assert_eq!(why.id, "collection-pending-appeal");
    assert_eq!(why.get("body"), Some(&crate::l10n::Arg::Text("Rechtbank Midden-Nederland".into())));
    let english = crate::l10n::catalogue::text(crate::l10n::Lang::En, why);
    assert!(english.contains("UAVG art. 38") && english.contains("2024-09-01"), "{english}");
    let dutch = crate::l10n::catalogue::text(crate::l10n::Lang::Nl, why);
    assert!(dutch.contains("artikel 38 UAVG") && dutch.contains("1 september 2024"), "{dutch}");
    // The amounts are still computed as if it did not suspend (Awb 6:16): 10 days at EUR 7.00.
    assert_eq!(c.interest.unwrap().amount.amount(), dec!(70.00));
    assert!(report.findings.iter().any(|f| f.code == crate::calc::report::FindingCode::CollectionMaybeSuspended));
}

#[test]
fn an_annulled_fine_owes_nothing_and_a_payment_is_owed_back() {
    use crate::calc::model::{Appeal, AppealOutcome, Payment};
    use crate::calc::money::Money;
    let mut case = dutch(Some(date(2024, 5, 16)), None);
    case.collection.payments.push(Payment { date: date(2024, 6, 1), amount: Money::euros(36_500), span: None });
    case.appeals.push(Appeal {
        body: "Rechtbank".into(),
        decided: date(2025, 1, 10),
        reference: None,
        outcome: AppealOutcome::Annulled,
        fine: None,
        violation: None,
        span: None,
    });
    let report = collect(&case, date(2025, 6, 1));
    let c = report.collection.unwrap();
    assert_eq!(c.principal.amount(), Decimal::ZERO);
    assert_eq!(c.outstanding.unwrap().amount(), Decimal::ZERO);
    assert!(report.findings.iter().any(|f| f.code == crate::calc::report::FindingCode::Overpaid));
}
