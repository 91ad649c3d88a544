use super::*;
use crate::calc::model::{Suspension, is_dutch_authority};
use crate::calc::report::FindingCode;
use crate::l10n::Lang;
use jiff::civil::date;

pub(crate) fn order(amount: i64, per: PenaltyUnit, due: Date, max: Option<i64>) -> PenaltyOrder {
    PenaltyOrder {
        id: "order".into(),
        violation: None,
        order: None,
        amount: Money::euros(amount),
        per,
        deadline: Some(Deadline::Due(due)),
        max: max.map(Money::euros),
        count: PeriodCount::Started,
        complied: None,
        ends: None,
        breaches: None,
        suspended: Vec::new(),
        published_forfeited: None,
        liquidations: Vec::new(),
        span: None,
    }
}

fn suspension(from: Date, until: Option<Date>) -> Suspension {
    Suspension { from, until, reason: Some("provisional measure".into()) }
}

/// An order of a Dutch authority.
fn dutch(order: &PenaltyOrder, grace_from: Option<Date>, as_of: Date) -> Result<PenaltyReport, CalcError> {
    schedule(order, grace_from, as_of, PenaltyLaw::Awb)
}

fn froms(report: &PenaltyReport) -> Vec<Date> {
    report.schedule.iter().map(|p| p.from).collect()
}

fn cnil_astreinte() -> PenaltyOrder {
    let mut astreinte = order(100_000, PenaltyUnit::Days(1), date(2022, 12, 18), None);
    astreinte.complied = Some(date(2023, 2, 9));
    astreinte
}

#[test]
fn dutch_authorities_only() {
    assert!(is_dutch_authority("NL-AP"));
    assert!(is_dutch_authority(" nl "));
    assert!(!is_dutch_authority("FR-CNIL"));
    assert!(!is_dutch_authority(""));
    assert!(!is_dutch_authority("N"));
}

#[test]
fn cnil_clearview_52_days_of_100000_is_5_2_million() {
    let report = schedule(&cnil_astreinte(), None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!(report.accrual_starts, Some(date(2022, 12, 19)));
    assert_eq!((report.periods, report.periods_elapsed), (52, 52));
    assert_eq!(report.forfeited, Money::euros(5_200_000));
    assert_eq!(report.schedule.len(), 52);
    assert_eq!(report.max_reached_if_unmet, None);
    // French law, not the Awb: no limitation dates and no Awb citations.
    assert!(report.schedule.iter().all(|period| period.time_barred_on.is_none()));
    assert!(report.steps.iter().all(|step| !step.rule_in(Lang::En).contains("Awb")), "{:?}", report.steps);
}

#[test]
fn as_of_before_compliance_accrues_to_the_as_of_date() {
    // Issue 16: 19 Dec 2022 up to, not including, 1 Jan 2023 is 13 days, not 52.
    let report = schedule(&cnil_astreinte(), None, date(2023, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!(report.accrual_ends, date(2023, 1, 1));
    assert_eq!((report.periods, report.forfeited), (13, Money::euros(1_300_000)));
    assert!(report.steps.iter().any(|s| s.detail_in(Lang::En).contains("after the as-of date")), "{:?}", report.steps);
}

#[test]
fn published_forfeited_is_compared_at_the_end_of_accrual() {
    let mut astreinte = cnil_astreinte();
    astreinte.published_forfeited = Some(Money::euros(5_200_000));
    let full = schedule(&astreinte, None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    let agreed = findings(PenaltyLaw::National, std::slice::from_ref(&full));
    assert!(agreed.iter().all(|f| f.code != FindingCode::ForfeitedDiffers), "{agreed:?}");
    let early = schedule(&astreinte, None, date(2023, 1, 1), PenaltyLaw::National).unwrap();
    let differs: Vec<Finding> = findings(PenaltyLaw::National, &[early])
        .into_iter()
        .filter(|f| f.code == FindingCode::ForfeitedDiffers)
        .collect();
    assert_eq!(differs.len(), 1);
    assert_eq!(differs[0].level, Level::Error);
    assert!(
        differs[0].text_in(Lang::En).contains("5,200,000.00") && differs[0].text_in(Lang::En).contains("1,300,000.00"),
        "{differs:?}"
    );
}

#[test]
fn an_order_without_ceiling_outside_the_awb_is_an_info_without_awb() {
    let report = schedule(&cnil_astreinte(), None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    let findings = findings(PenaltyLaw::National, &[report]);
    let ceiling = findings.iter().find(|f| f.code == FindingCode::PenaltyWithoutMaximum).unwrap();
    assert_eq!(ceiling.level, Level::Info);
    assert!(
        !ceiling.text_in(Lang::En).contains("Awb") && ceiling.text_in(Lang::En).contains("no ceiling"),
        "{ceiling:?}"
    );
}

#[test]
fn an_order_without_ceiling_complied_with_is_final_not_unbounded() {
    // CNIL Clearview: 52 days of EUR 100,000 up to compliance on 9 Feb 2023 = EUR 5,200,000.
    let message = |as_of| {
        let report = schedule(&cnil_astreinte(), None, as_of, PenaltyLaw::National).unwrap();
        findings(PenaltyLaw::National, &[report])
            .into_iter()
            .find(|f| f.code == FindingCode::PenaltyWithoutMaximum)
            .unwrap()
            .text_in(Lang::En)
    };
    let complied = message(date(2026, 1, 1));
    assert!(complied.contains("complied with on 2023-02-09") && complied.contains("5,200,000.00"), "{complied}");
    assert!(!complied.contains("no upper limit"), "{complied}");
    // Before compliance (as of 1 Jan 2023) the order still runs: no limit yet.
    assert!(message(date(2023, 1, 1)).contains("no upper limit"));
}

#[test]
fn art_66_1_an_order_limited_in_time_accrues_nothing_from_its_end() {
    // A daily order from 14 Aug 2023 up to, not including, 3 Nov 2023 (Datatilsynet v Meta's
    // three-month urgency ban): Aug 14-31 = 18, Sep 30, Oct 31, Nov 1-2 = 2: 81 days.
    let mut ban = order(1_000_000, PenaltyUnit::Days(1), date(2023, 8, 13), None);
    ban.ends = Some(date(2023, 11, 3));
    let report = schedule(&ban, None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!((report.accrual_ends, report.periods), (date(2023, 11, 3), 81));
    assert_eq!(report.forfeited, Money::euros(81_000_000));
    assert_eq!(report.ends, Some(date(2023, 11, 3)));
    // An as-of date before the end still shows the accrual so far: 14-31 Aug = 18 days.
    let early = schedule(&ban, None, date(2023, 9, 1), PenaltyLaw::National).unwrap();
    assert_eq!(early.forfeited, Money::euros(18_000_000));
    // A ceiling the order cannot reach before it ends is never reached.
    ban.max = Some(Money::euros(100_000_000));
    let capped = schedule(&ban, None, date(2023, 9, 1), PenaltyLaw::National).unwrap();
    assert_eq!(capped.max_reached_if_unmet, None);
    ban.max = Some(Money::euros(50_000_000));
    let reached = schedule(&ban, None, date(2023, 9, 1), PenaltyLaw::National).unwrap();
    assert_eq!(reached.max_reached_if_unmet, Some(date(2023, 10, 2)));
}

#[test]
fn without_complied_the_report_says_compliance_is_unknown() {
    let daily = order(10, PenaltyUnit::Days(1), date(2024, 1, 1), Some(100));
    let report = dutch(&daily, None, date(2024, 1, 5)).unwrap();
    let step = report.steps.iter().find(|s| s.rule_in(Lang::En) == "compliance").unwrap();
    assert!(
        step.detail_in(Lang::En).contains("compliance unknown")
            && step.detail_in(Lang::En).contains("not met before 2024-01-05")
    );
}

#[test]
fn awb_5_35_1_barred_from_the_day_after_the_first_anniversary() {
    let barred = |day| time_barred_on(day, PenaltyLaw::Awb).unwrap();
    assert_eq!(barred(date(2025, 8, 16)), Some(date(2026, 8, 17)));
    // Month and year ends.
    assert_eq!(barred(date(2025, 1, 31)), Some(date(2026, 2, 1)));
    assert_eq!(barred(date(2025, 4, 30)), Some(date(2026, 5, 1)));
    assert_eq!(barred(date(2023, 12, 31)), Some(date(2025, 1, 1)));
    // 29 February: its anniversary is 28 February; and an anniversary in a leap year.
    assert_eq!(barred(date(2024, 2, 29)), Some(date(2025, 3, 1)));
    assert_eq!(barred(date(2023, 2, 28)), Some(date(2024, 2, 29)));
    assert_eq!(time_barred_on(date(2025, 8, 16), PenaltyLaw::National).unwrap(), None);
}

#[test]
fn under_the_awb_each_amount_is_time_barred_after_a_year() {
    let mut monthly = order(1_000, PenaltyUnit::Months(1), date(2024, 1, 31), Some(10_000));
    monthly.count = PeriodCount::Completed;
    let report = dutch(&monthly, None, date(2024, 6, 1)).unwrap();
    let first = &report.schedule[0];
    assert_eq!((first.from, first.forfeited_on), (date(2024, 2, 1), date(2024, 3, 1)));
    assert_eq!(first.time_barred_on, Some(date(2025, 3, 2)));
    assert!(report.steps.iter().any(|step| step.rule_in(Lang::En) == "Awb 5:33"));
}

#[test]
fn month_periods_from_jan_31_clamp_to_month_end_without_drifting() {
    let monthly = order(1_000, PenaltyUnit::Months(1), date(2024, 1, 30), None);
    let report = dutch(&monthly, None, date(2024, 5, 1)).unwrap();
    // Leap year: Feb 29; then back to the 31st, not the 29th; April clamps to the 30th.
    assert_eq!(froms(&report), [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]);
    assert_eq!(report.schedule[0].to, date(2024, 2, 28));
    assert_eq!(report.schedule[1].to, date(2024, 3, 30));
    let common = dutch(&order(1, PenaltyUnit::Months(1), date(2023, 1, 30), None), None, date(2023, 3, 2)).unwrap();
    assert_eq!(common.schedule[1].from, date(2023, 2, 28));
}

#[test]
fn ceiling_reached_mid_schedule_stops_forfeiture_and_counting() {
    let monthly = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), Some(1_500_000));
    let report = dutch(&monthly, None, date(2026, 1, 1)).unwrap();
    assert_eq!(report.forfeited, Money::euros(1_500_000));
    assert_eq!(report.schedule.len(), 6);
    // Issue 12: "periods 24" next to EUR 1.5M; 6 periods forfeited, 13 elapsed (4 Dec 2024 -).
    assert_eq!((report.periods, report.periods_elapsed), (6, 13));
    assert_eq!(report.max_reached_on, Some(date(2025, 5, 4)));
    assert_eq!(report.max_reached_if_unmet, Some(date(2025, 5, 4)));
}

#[test]
fn ceiling_not_a_multiple_caps_the_last_period() {
    let weekly = order(300, PenaltyUnit::Weeks(1), date(2024, 1, 1), Some(1_000));
    let report = dutch(&weekly, None, date(2025, 1, 1)).unwrap();
    let amounts: Vec<Money> = report.schedule.iter().map(|p| p.amount).collect();
    assert_eq!(amounts, [300, 300, 300, 100].map(Money::euros));
    assert_eq!(report.forfeited, Money::euros(1_000));
    assert_eq!(report.max_reached_on, Some(date(2024, 1, 23)));
}

#[test]
fn started_versus_completed_periods() {
    let mut monthly = order(10, PenaltyUnit::Months(1), date(2024, 1, 31), None);
    // Non-compliance 2024-02-01 up to 2024-03-15: one full month and a part.
    let started = dutch(&monthly, None, date(2024, 3, 15)).unwrap();
    assert_eq!((started.periods, started.forfeited), (2, Money::euros(20)));
    monthly.count = PeriodCount::Completed;
    let completed = dutch(&monthly, None, date(2024, 3, 15)).unwrap();
    assert_eq!((completed.periods, completed.forfeited), (1, Money::euros(10)));
    assert_eq!(completed.schedule[0].forfeited_on, date(2024, 3, 1));
}

#[test]
fn completed_weeks_forfeit_week_by_week() {
    let mut weekly = order(1_000, PenaltyUnit::Weeks(1), date(2024, 1, 1), None);
    weekly.count = PeriodCount::Completed;
    // 2 January up to, not including, 22 January: 20 days, two completed weeks.
    let report = dutch(&weekly, None, date(2024, 1, 22)).unwrap();
    assert_eq!((report.periods, report.forfeited), (2, Money::euros(2_000)));
    let forfeited: Vec<Date> = report.schedule.iter().map(|p| p.forfeited_on).collect();
    assert_eq!(forfeited, [date(2024, 1, 9), date(2024, 1, 16)]);
}

#[test]
fn compliance_on_a_period_start_forfeits_no_further_period() {
    let monthly = order(10, PenaltyUnit::Months(1), date(2024, 1, 31), None);
    let mut met = monthly.clone();
    met.complied = Some(date(2024, 4, 1));
    let report = dutch(&met, None, date(2026, 1, 1)).unwrap();
    assert_eq!((report.periods, report.forfeited), (2, Money::euros(20)));
    assert_eq!(report.schedule.last().unwrap().to, date(2024, 3, 31));
}

#[test]
fn complied_in_time_forfeits_nothing() {
    let mut monthly = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), Some(1_500_000));
    monthly.complied = Some(date(2024, 12, 1));
    let report = dutch(&monthly, None, date(2026, 1, 1)).unwrap();
    assert_eq!((report.periods, report.forfeited), (0, Money::ZERO));
    assert!(report.schedule.is_empty());
    monthly.complied = Some(date(2024, 12, 4));
    assert_eq!(dutch(&monthly, None, date(2026, 1, 1)).unwrap().forfeited, Money::ZERO);
}

#[test]
fn grace_period_counts_from_publication() {
    let mut monthly = order(250_000, PenaltyUnit::Months(1), date(2000, 1, 1), Some(1_500_000));
    monthly.deadline = Some(Deadline::Grace(PenaltyUnit::Months(3)));
    let report = dutch(&monthly, Some(date(2024, 9, 3)), date(2024, 12, 5)).unwrap();
    assert_eq!(report.due, Some(date(2024, 12, 3)));
    assert_eq!(report.forfeited, Money::euros(250_000));
}

#[test]
fn locatefamily_two_weeks_after_twelve_weeks() {
    let mut order = order(20_000, PenaltyUnit::Weeks(2), date(2000, 1, 1), Some(120_000));
    order.deadline = Some(Deadline::Grace(PenaltyUnit::Weeks(12)));
    let report = dutch(&order, Some(date(2020, 12, 10)), date(2022, 1, 1)).unwrap();
    assert_eq!(report.due, Some(date(2021, 3, 4)));
    assert_eq!(report.forfeited, Money::euros(120_000));
    assert_eq!(report.schedule.len(), 6);
}

#[test]
fn a_ceiling_beyond_the_calendar_is_never_reached_and_does_not_panic() {
    // Found by the fuzzer: EUR 1 a month towards a EUR 10^20 ceiling.
    let mut monthly = order(1, PenaltyUnit::Months(1), date(2024, 1, 1), None);
    monthly.max = Some(Money::new(Decimal::from(10u128.pow(20))).unwrap());
    let report = dutch(&monthly, None, date(2024, 6, 1)).unwrap();
    assert_eq!(report.max_reached_if_unmet, None);
    assert_eq!(report.forfeited, Money::euros(5));
}

#[test]
fn tiny_amounts_and_huge_ceilings_do_not_overflow() {
    // Issue 16: "Division overflowed" in periods_to_reach.
    let mut daily = order(1, PenaltyUnit::Days(1), date(2024, 1, 1), None);
    daily.amount = Money::new(Decimal::new(1, 2)).unwrap();
    daily.max = Some(Money::new(Decimal::from(10u128.pow(27))).unwrap());
    let report = schedule(&daily, None, date(2024, 1, 12), PenaltyLaw::National).unwrap();
    assert_eq!((report.periods, report.forfeited), (10, Money::new(Decimal::new(10, 2)).unwrap()));
    assert_eq!(report.max_reached_if_unmet, None);
    daily.amount = Money::new(Decimal::new(1, 28)).unwrap();
    daily.max = Some(Money::euros(50_000));
    let report = schedule(&daily, None, date(2024, 1, 12), PenaltyLaw::National).unwrap();
    assert_eq!((report.periods, report.forfeited), (10, Money::new(Decimal::new(10, 28)).unwrap()));
}

#[test]
fn lump_sum_reaches_its_ceiling_on_the_first_day_of_non_compliance() {
    let once = order(75_000, PenaltyUnit::Once, date(2024, 1, 1), Some(75_000));
    let report = dutch(&once, None, date(2024, 1, 3)).unwrap();
    assert_eq!((report.forfeited, report.periods), (Money::euros(75_000), 1));
    assert_eq!(report.max_reached_on, Some(date(2024, 1, 2)));
    assert_eq!(report.schedule[0].time_barred_on, Some(date(2025, 1, 3)));
    // Up to, not including, the as-of date: on 2 January nothing has run yet.
    let before = dutch(&once, None, date(2024, 1, 2)).unwrap();
    assert_eq!((before.forfeited, before.max_reached_on), (Money::ZERO, None));
    assert_eq!(before.max_reached_if_unmet, Some(date(2024, 1, 2)));
}

#[test]
fn lump_sum_below_its_ceiling_or_without_one_reaches_nothing() {
    let below = order(75_000, PenaltyUnit::Once, date(2024, 1, 1), Some(100_000));
    let report = dutch(&below, None, date(2024, 2, 1)).unwrap();
    assert_eq!(
        (report.forfeited, report.max_reached_on, report.max_reached_if_unmet),
        (Money::euros(75_000), None, None)
    );
    let unbounded = order(75_000, PenaltyUnit::Once, date(2024, 1, 1), None);
    let report = dutch(&unbounded, None, date(2024, 2, 1)).unwrap();
    assert_eq!((report.forfeited, report.max_reached_on), (Money::euros(75_000), None));
}

#[test]
fn breaches_counted_without_dates() {
    let mut per_breach = order(50_000, PenaltyUnit::Breach, date(2024, 1, 1), Some(120_000));
    per_breach.breaches = Some(Breaches::Count(5));
    let report = dutch(&per_breach, None, date(2024, 6, 1)).unwrap();
    assert_eq!(report.forfeited, Money::euros(120_000));
    assert_eq!((report.periods, report.periods_elapsed), (3, 5));
    // Breaches without dates: no day on which the ceiling was reached.
    assert_eq!((report.max_reached_on, report.schedule.len()), (None, 0));
}

#[test]
fn awb_5_32a_2_breach_orders_need_no_deadline_and_forfeit_on_each_date() {
    let mut per_breach = order(50_000, PenaltyUnit::Breach, date(2024, 1, 1), Some(120_000));
    per_breach.deadline = None;
    per_breach.breaches = Some(Breaches::Dates(vec![date(2024, 10, 1), date(2024, 11, 15), date(2025, 1, 10)]));
    let report = dutch(&per_breach, None, date(2024, 12, 1)).unwrap();
    assert_eq!((report.due, report.accrual_starts), (None, None));
    assert_eq!(froms(&report), [date(2024, 10, 1), date(2024, 11, 15)]);
    assert_eq!((report.periods, report.forfeited), (2, Money::euros(100_000)));
    assert_eq!(report.schedule[1].time_barred_on, Some(date(2025, 11, 16)));
    assert_eq!(report.steps[0].rule_in(Lang::En), "Awb 5:32a(2)");
    let accrual = &report.steps.iter().find(|s| s.rule_in(Lang::En) == "Awb 5:32b(1)").unwrap().detail_in(Lang::En);
    assert!(accrual.ends_with("x 2 breach(es) before 2024-12-01 (each forfeited on its day)"), "{accrual}");
    // The third breach reaches the ceiling with what remains of it.
    let later = dutch(&per_breach, None, date(2025, 6, 1)).unwrap();
    assert_eq!(later.schedule[2].amount, Money::euros(20_000));
    assert_eq!(later.max_reached_on, Some(date(2025, 1, 10)));
}

#[test]
fn breaches_before_the_deadline_or_while_suspended_forfeit_nothing() {
    let mut per_breach = order(1_000, PenaltyUnit::Breach, date(2024, 3, 1), None);
    per_breach.breaches = Some(Breaches::Dates(vec![date(2024, 2, 1), date(2024, 4, 1), date(2024, 5, 1)]));
    per_breach.suspended = vec![suspension(date(2024, 4, 15), Some(date(2024, 5, 15)))];
    let report = schedule(&per_breach, None, date(2025, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!(froms(&report), [date(2024, 4, 1)]);
    assert_eq!((report.periods_elapsed, report.forfeited), (1, Money::euros(1_000)));
    let accrual = &report.steps.iter().find(|s| s.rule_in(Lang::En) == "accrual").unwrap().detail_in(Lang::En);
    assert!(
        accrual.contains("; 1 on or before the deadline forfeit nothing; 1 while suspended forfeit nothing"),
        "{accrual}"
    );
}

#[test]
fn weekly_order_suspended_mid_period_resumes_where_it_stopped() {
    let mut weekly = order(1_000, PenaltyUnit::Weeks(1), date(2023, 12, 31), None);
    weekly.count = PeriodCount::Completed;
    weekly.suspended = vec![suspension(date(2024, 1, 4), Some(date(2024, 1, 11)))];
    let report = dutch(&weekly, None, date(2024, 1, 22)).unwrap();
    // Week 1: 1-3 January, then 11-14 January; week 2: 15-21 January.
    let periods: Vec<(Date, Date, Date)> = report.schedule.iter().map(|p| (p.from, p.to, p.forfeited_on)).collect();
    assert_eq!(
        periods,
        [
            (date(2024, 1, 1), date(2024, 1, 14), date(2024, 1, 15)),
            (date(2024, 1, 15), date(2024, 1, 21), date(2024, 1, 22))
        ]
    );
    assert_eq!((report.suspended_days, report.suspensions[0].days), (7, 7));
    assert!(
        report
            .steps
            .iter()
            .any(|s| s.rule_in(Lang::En) == "suspension" && s.detail_in(Lang::En).contains("provisional measure"))
    );
}

#[test]
fn monthly_order_suspended_mid_period_moves_later_periods() {
    let mut monthly = order(1_000, PenaltyUnit::Months(1), date(2024, 1, 31), None);
    monthly.suspended = vec![suspension(date(2024, 2, 10), Some(date(2024, 2, 20)))];
    // 29 active days of February (a leap year) end on 10 March: the second month starts 11 March.
    let report = dutch(&monthly, None, date(2024, 3, 11)).unwrap();
    assert_eq!((report.periods, report.schedule[0].to), (1, date(2024, 3, 10)));
    let report = dutch(&monthly, None, date(2024, 3, 12)).unwrap();
    assert_eq!(froms(&report), [date(2024, 2, 1), date(2024, 3, 11)]);
    assert_eq!(report.schedule[1].to, date(2024, 4, 10));
    assert_eq!(report.suspended_days, 10);
}

#[test]
fn amazon_suspended_before_its_deadline_forfeits_nothing() {
    // CNPD 2021: EUR 746,000 a day, suspended by the court on 17 December 2021, before the
    // deadline in 2022; still suspended.
    let mut astreinte = order(746_000, PenaltyUnit::Days(1), date(2022, 1, 15), None);
    astreinte.suspended = vec![suspension(date(2021, 12, 17), None)];
    let report = schedule(&astreinte, None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!((report.forfeited, report.periods, report.periods_elapsed), (Money::ZERO, 0, 0));
    assert!(report.schedule.is_empty());
    // Nothing of it ran from 17 December 2021 up to 1 January 2026: 15 days of December, then
    // 365 + 365 + 366 + 365 days (2022 to 2025).
    assert_eq!(report.suspended_days, 15 + 365 + 365 + 366 + 365);
    assert_eq!(report.max_reached_if_unmet, None);
}

#[test]
fn awb_8_81_a_suspension_begun_before_the_deadline_stops_the_grace_period_too() {
    // Deadline 15 January 2022, suspended from 17 December 2021 up to 20 January 2022: 30
    // grace days were left (17 December to 15 January); they run again from 20 January, to
    // 18 February, so non-compliance starts on 19 February, the suspension's 34 days (15 in
    // December, 19 in January) after the 16 January it would have started on.
    let mut daily = order(10, PenaltyUnit::Days(1), date(2022, 1, 15), Some(100));
    daily.suspended = vec![suspension(date(2021, 12, 17), Some(date(2022, 1, 20)))];
    assert!(dutch(&daily, None, date(2022, 2, 19)).unwrap().schedule.is_empty());
    let report = dutch(&daily, None, date(2022, 2, 21)).unwrap();
    assert_eq!(report.accrual_starts, Some(date(2022, 2, 19)));
    assert_eq!(froms(&report), [date(2022, 2, 19), date(2022, 2, 20)]);
    assert_eq!(report.suspended_days, 34);
    // Ten periods reach the ceiling: 19 to 28 February.
    assert_eq!(report.max_reached_if_unmet, Some(date(2022, 2, 28)));
    let step = report.steps.iter().find(|s| s.rule_in(Lang::En) == "suspension").unwrap();
    assert!(
        step.detail_in(Lang::En).ends_with(
            "before non-compliance began: the grace period stops too, so the schedule moves later by 34 day(s)"
        ),
        "{}",
        step.detail_in(Lang::En)
    );
}

#[test]
fn a_lump_sum_suspended_in_its_grace_period_is_forfeited_when_the_grace_days_left_have_run() {
    // Deadline 1 January 2024, suspended 1 December 2023 up to 1 February 2024 (62 days): the
    // 32 grace days left (1 December to 1 January) run from 1 February to 3 March, so the lump
    // sum is forfeited on 4 March, 62 days after 2 January.
    let mut once = order(5_000, PenaltyUnit::Once, date(2024, 1, 1), Some(5_000));
    once.suspended = vec![suspension(date(2023, 12, 1), Some(date(2024, 2, 1)))];
    assert_eq!(dutch(&once, None, date(2024, 3, 4)).unwrap().forfeited, Money::ZERO);
    let report = dutch(&once, None, date(2024, 3, 5)).unwrap();
    assert_eq!((report.forfeited, report.max_reached_on), (Money::euros(5_000), Some(date(2024, 3, 4))));
}

#[test]
fn breaches_count_from_the_first_day_after_the_deadline_up_to_not_including_the_end() {
    let mut per_breach = order(1_000, PenaltyUnit::Breach, date(2024, 3, 1), None);
    per_breach.breaches =
        Some(Breaches::Dates(vec![date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 31), date(2024, 4, 1)]));
    let report = schedule(&per_breach, None, date(2024, 4, 1), PenaltyLaw::National).unwrap();
    // On the deadline: still in time; on the as-of date: not yet counted.
    assert_eq!(froms(&report), [date(2024, 3, 2), date(2024, 3, 31)]);
    assert_eq!((report.periods_elapsed, report.forfeited), (2, Money::euros(2_000)));
    let accrual = &report.steps.iter().find(|s| s.rule_in(Lang::En) == "accrual").unwrap().detail_in(Lang::En);
    assert!(
        accrual.ends_with(
            "x 2 breach(es) before 2024-04-01 (each forfeited on its day); 1 on or before the deadline forfeit nothing"
        ),
        "{accrual}"
    );
}

/// A case of the CNIL (French law: no Awb, so no limitation dates) holding `orders`.
fn french_case(orders: Vec<PenaltyOrder>) -> Case {
    let mut case = crate::calc::fixtures::case(vec![], vec![]);
    case.authority = "FR-CNIL".into();
    case.penalties = orders;
    case
}

/// An order per breach without a deadline, breached on `days` consecutive days from 2000-01-01.
fn daily_breaches(id: &str, days: u64) -> PenaltyOrder {
    let mut per_breach = order(1, PenaltyUnit::Breach, date(2000, 1, 1), None);
    per_breach.id = id.into();
    per_breach.deadline = None;
    let mut dates = Vec::with_capacity(days as usize);
    let mut day = date(2000, 1, 1);
    for _ in 0..days {
        dates.push(day);
        day = day.tomorrow().unwrap();
    }
    per_breach.breaches = Some(Breaches::Dates(dates));
    per_breach
}

#[test]
fn at_most_200000_schedule_rows_per_case_counting_every_order() {
    // 200,000 dated breaches (2000-01-01 to 2547-07-31), a breach count without dates (no
    // rows) and nothing else: exactly the limit, so the schedule is built.
    let mut count = order(1, PenaltyUnit::Breach, date(2000, 1, 1), None);
    count.id = "count".into();
    count.deadline = None;
    count.breaches = Some(Breaches::Count(5));
    let mut case = french_case(vec![daily_breaches("dates", 200_000), count]);
    let reports = schedule_all(&case, date(2600, 1, 1)).unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!((reports[0].periods, reports[0].forfeited), (200_000, Money::euros(200_000)));
    assert_eq!((reports[1].periods, reports[1].forfeited), (5, Money::euros(5)));
    // A lump sum takes one row more: 200,001, refused before any row is built.
    let mut once = order(1, PenaltyUnit::Once, date(2000, 1, 1), None);
    once.id = "once".into();
    case.penalties.push(once);
    let error = schedule_all(&case, date(2600, 1, 1)).unwrap_err();
    let refusal = Refusal::ScheduleTooLong { rows: 200_001, limit: 200_000 };
    let once_span = case.penalties[2].span.clone();
    assert_eq!(error, CalcError::refused(refusal, once_span.clone()).context("penalty `once`", once_span));
    // So does one dated breach more, in the dated order itself.
    let error = schedule_all(&french_case(vec![daily_breaches("dates", 200_001)]), date(2600, 1, 1)).unwrap_err();
    assert!(error.to_string().starts_with("penalty `dates`: the schedules would list 200001 or more"), "{error}");
}

fn accrual_detail(report: &PenaltyReport) -> String {
    let accrual =
        report.steps.iter().find(|s| s.rule_in(Lang::En) == "Awb 5:32b(1)" || s.rule_in(Lang::En) == "accrual");
    accrual.unwrap().detail_in(Lang::En)
}

fn step<'a>(report: &'a PenaltyReport, rule: &str) -> &'a Step {
    report.steps.iter().find(|s| s.rule_in(Lang::En) == rule).unwrap()
}

#[test]
fn awb_5_32b_2_the_steps_say_when_the_ceiling_stops_forfeiture() {
    // EUR 250,000 a month from 4 December 2024: 13 months started before 2026; the sixth
    // reaches EUR 1.5M.
    let monthly = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), Some(1_500_000));
    let report = dutch(&monthly, None, date(2026, 1, 1)).unwrap();
    assert_eq!(
        accrual_detail(&report),
        "EUR 250,000.00 per month from 2024-12-04 up to, not including, 2026-01-01: 13 period(s) of \
         non-compliance, 6 forfeiting an amount (then the ceiling is reached); a started period counts in full"
    );
    let ceiling = step(&report, "Awb 5:32b(2)");
    assert_eq!(ceiling.detail_in(Lang::En), "ceiling EUR 1,500,000.00 reached: nothing more is forfeited");
    assert_eq!(ceiling.amount, Some(Money::euros(1_500_000)));
    let forfeited = step(&report, "Awb 5:33");
    assert_eq!(
        (forfeited.detail_in(Lang::En).as_ref(), forfeited.amount),
        ("forfeited by operation of law", Some(Money::euros(1_500_000)))
    );
}

#[test]
fn awb_5_32b_2_a_ceiling_not_reached_forfeits_every_period() {
    // EUR 10 a day from 2 January up to, not including, 5 January: 3 days, EUR 30 of EUR 100.
    let mut daily = order(10, PenaltyUnit::Days(1), date(2024, 1, 1), Some(100));
    daily.count = PeriodCount::Completed;
    let report = dutch(&daily, None, date(2024, 1, 5)).unwrap();
    assert_eq!(
        accrual_detail(&report),
        "EUR 10.00 per day from 2024-01-02 up to, not including, 2024-01-05: 3 period(s) of non-compliance; \
         only completed periods count"
    );
    assert_eq!(step(&report, "Awb 5:32b(2)").detail_in(Lang::En), "ceiling EUR 100.00, not reached");
    assert_eq!(step(&report, "Awb 5:33").amount, Some(Money::euros(30)));
}

#[test]
fn compliance_ends_accrual_unless_the_as_of_date_comes_first() {
    let compliance = |as_of| {
        step(&schedule(&cnil_astreinte(), None, as_of, PenaltyLaw::National).unwrap(), "compliance").detail_in(Lang::En)
    };
    assert_eq!(compliance(date(2026, 1, 1)), "complied on 2023-02-09: nothing accrues from then on");
    // On the day of compliance itself: accrual ends there either way.
    assert_eq!(compliance(date(2023, 2, 9)), "complied on 2023-02-09: nothing accrues from then on");
    assert_eq!(
        compliance(date(2023, 2, 8)),
        "complied on 2023-02-09, after the as-of date: what accrued up to, not including, 2023-02-08"
    );
}

#[test]
fn outside_the_awb_a_schedule_has_no_limitation_dates_and_says_so() {
    let codes =
        |law, report: PenaltyReport| -> Vec<FindingCode> { findings(law, &[report]).iter().map(|f| f.code).collect() };
    let cnil = schedule(&cnil_astreinte(), None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!(codes(PenaltyLaw::National, cnil), [FindingCode::NoLimitationDates, FindingCode::PenaltyWithoutMaximum]);
    let no_limitation = findings(
        PenaltyLaw::National,
        &[schedule(&cnil_astreinte(), None, date(2026, 1, 1), PenaltyLaw::National).unwrap()],
    )
    .remove(0);
    assert_eq!(no_limitation.level, Level::Info);
    // Nothing forfeited (Amazon, suspended before its deadline): no amount whose limitation matters.
    let mut amazon = order(746_000, PenaltyUnit::Days(1), date(2022, 1, 15), Some(1_000_000));
    amazon.suspended = vec![suspension(date(2021, 12, 17), None)];
    let suspended = schedule(&amazon, None, date(2026, 1, 1), PenaltyLaw::National).unwrap();
    assert_eq!(codes(PenaltyLaw::National, suspended), Vec::<FindingCode>::new());
    // Under the Awb the schedule carries its own limitation dates (5:35).
    let awb = dutch(&order(10, PenaltyUnit::Days(1), date(2024, 1, 1), Some(100)), None, date(2024, 1, 5)).unwrap();
    assert_eq!(codes(PenaltyLaw::Awb, awb), Vec::<FindingCode>::new());
}

#[test]
fn awb_5_32b_1_the_accrual_says_its_values_and_each_language_writes_them() {
    // EUR 250,000 per started month from 4 Dec 2024: the 4th of each month up to 4 Dec 2025
    // starts a period before 1 Jan 2026, 13 periods.
    let report =
        dutch(&order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), None), None, date(2026, 1, 1)).unwrap();
    let accrual = report.steps.iter().find(|s| s.message.id == "penalty-accrual-periods");
    let accrual = accrual.unwrap();
    let says = &accrual.message;
    assert_eq!(says.get("periods"), Some(&Arg::Count(13)));
    assert_eq!(says.get("count"), Some(&Arg::Key("started")));
    assert_eq!(accrual.rule_in(Lang::Nl), "artikel 5:32b, eerste lid, Awb");
    assert_eq!(
        accrual.detail_in(Lang::Nl),
        "€ 250.000,00 per maand of gedeelte daarvan, vanaf 4 december 2024 tot 1 januari 2026 (niet inbegrepen): 13 periode(n) van niet-naleving; een begonnen periode telt volledig"
    );
    assert_eq!(accrual.rule_in(Lang::De), "Art. 5:32b Abs. 1 Awb");
    assert!(accrual.detail_in(Lang::De).contains("13 Zeiträume der Nichterfüllung"), "{}", accrual.detail_in(Lang::De));
}

#[test]
fn awb_5_32a_2_a_grace_period_reads_as_a_length_of_time_in_dutch() {
    let mut grace = order(250_000, PenaltyUnit::Months(1), date(2024, 12, 3), None);
    grace.deadline = Some(Deadline::Grace(PenaltyUnit::Months(3)));
    let report = dutch(&grace, Some(date(2024, 9, 3)), date(2026, 1, 1)).unwrap();
    assert_eq!(
        report.steps[0].detail_in(Lang::Nl),
        "3 maanden vanaf 3 september 2024: naleven uiterlijk op 3 december 2024; niet-naleving telt vanaf 4 december 2024"
    );
    assert_eq!(report.steps[0].rule_in(Lang::En), "Awb 5:32a(2) grace period");
}
