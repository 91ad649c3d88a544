//! Dutch AP Boetebeleidsregels 2019 (Stcrt. 2019, 14586), for AP decisions of 2019–2023.
//!
//! In force 15 March 2019; repealed with retroactive effect to 24 May 2023, since when the AP
//! uses the EDPB method for undertakings (LAW.md §3).

use jiff::civil::{Date, date};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::article::Tier;
use super::edpb::{adjustment_step, apply, apply_all};
use super::error::{CalcError, outside_range};
use super::maximum::LegalMaximum;
use super::model::{Ap2019Input, Category, CitedArticle};
use super::money::Money;
use super::report::{Ap2019Report, Finding, Level, Step, Trace};

/// A category's bandwidth and basic fine (Boetebeleidsregels 2019, the category table).
#[derive(Debug, Clone, Copy)]
pub struct CategoryBand {
    pub category: Category,
    pub low: Money,
    pub high: Money,
    pub basic_fine: Money,
}

const fn band(category: Category, low: i64, high: i64, basic_fine: i64) -> CategoryBand {
    CategoryBand { category, low: Money::euros(low), high: Money::euros(high), basic_fine: Money::euros(basic_fine) }
}

/// Boetebeleidsregels 2019: the four categories (LAW.md §3).
pub const CATEGORIES: [CategoryBand; 4] = [
    band(Category::I, 0, 200_000, 100_000),
    band(Category::II, 120_000, 500_000, 310_000),
    band(Category::III, 300_000, 750_000, 525_000),
    band(Category::IV, 450_000, 1_000_000, 725_000),
];

/// An annex entry: the category a provision falls in.
#[derive(Debug, Clone, Copy)]
pub struct AnnexEntry {
    pub article: u8,
    pub paragraph: Option<&'static str>,
    pub category: Category,
    pub annex: u8,
    pub source: &'static str,
}

const fn entry(
    article: u8,
    paragraph: Option<&'static str>,
    category: Category,
    annex: u8,
    source: &'static str,
) -> AnnexEntry {
    AnnexEntry { article, paragraph, category, annex, source }
}

/// Only the annex entries confirmed by decisions (LAW.md §3); for anything else the user names
/// the category. Annex 1 lists Art. 83(4) provisions, Annex 2 those of Art. 83(5)/(6).
pub const ANNEX: &[AnnexEntry] = &[
    entry(27, Some("1"), Category::III, 1, "Annex 1; AP Locatefamily.com 2020"),
    entry(32, None, Category::II, 1, "Annex 1"),
    entry(33, Some("1"), Category::III, 1, "Annex 1; AP Booking.com 2020"),
    entry(5, Some("1"), Category::III, 2, "Annex 2 (part of Art. 5(1))"),
    entry(6, None, Category::III, 2, "Annex 2"),
    entry(9, None, Category::IV, 2, "Annex 2"),
    entry(12, Some("1"), Category::III, 2, "Annex 2"),
];

/// Repeat offence within five years raises the fine by half (Boetebeleidsregels 2019).
pub const REPEAT_OFFENCE_PERCENT: Decimal = dec!(50);

/// Art. 5(1)(a) "follows the underlying provision": it takes no category of its own.
fn follows_underlying(article: &CitedArticle) -> bool {
    let a = &article.article;
    a.number == 5 && a.parts.first().map(String::as_str) == Some("1") && a.parts.get(1).map(String::as_str) == Some("a")
}

/// The annex entry for a cited provision, if the annex (as far as known) lists it.
pub fn annex_entry(article: &CitedArticle) -> Option<&'static AnnexEntry> {
    if follows_underlying(article) {
        return None;
    }
    let paragraph = article.article.parts.first().map(String::as_str);
    ANNEX.iter().find(|e| e.article == article.article.number && e.paragraph.is_none_or(|p| paragraph == Some(p)))
}

pub fn category_band(category: Category) -> CategoryBand {
    CATEGORIES.into_iter().find(|band| band.category == category).expect("every category has a band")
}

/// The Boetebeleidsregels 2019 entered into force on 15 March 2019 (Stcrt. 2019, 14586).
pub const IN_FORCE_FROM: Date = date(2019, 3, 15);
/// They were repealed on 12 December 2023 with retroactive effect to 24 May 2023, the day the
/// EDPB adopted Guidelines 04/2022 (LAW.md §3).
pub const REPEALED_FROM: Date = date(2023, 5, 24);

pub fn in_force_on(day: Date) -> bool {
    day >= IN_FORCE_FROM && day < REPEALED_FROM
}

/// Whether the 2019 rules may apply to a violation, as a finding when in doubt. Which policy
/// applies follows when the infringement took place: the AP applied the 2019 rules after their
/// repeal to earlier infringements (ICS, 18 Dec 2023, para 36; Kruidvat, 2 May 2024, para 85).
/// So only an infringement that began on or after 24 May 2023 falls wholly outside them.
pub fn applicability(from: Option<Date>, decided: Option<Date>, authority: &str) -> Option<Finding> {
    if !crate::calc::law::authority::is_dutch(authority) {
        return Some(Finding::new(
            Level::Warning,
            "ap2019-not-dutch",
            "the Boetebeleidsregels 2019 are the policy rules of the Dutch AP; this case's authority is not Dutch",
        ));
    }
    match (from, decided) {
        (Some(from), _) if from >= REPEALED_FROM => Some(Finding::new(
            Level::Warning,
            "ap2019-not-in-force",
            format!(
                "the infringement began on {from}, after the Boetebeleidsregels 2019 were repealed (with effect \
                 from {REPEALED_FROM}); the AP applies them only to earlier infringements"
            ),
        )),
        (None, Some(decided)) if decided >= REPEALED_FROM => Some(Finding::new(
            Level::Info,
            "ap2019-infringement-date-unknown",
            format!(
                "the Boetebeleidsregels 2019 were repealed with effect from {REPEALED_FROM}, before this decision; \
                 the AP still applies them to earlier infringements (ICS 2023 para 36, Kruidvat 2024 para 85): give \
                 the violation's `from` date so art83 can check"
            ),
        )),
        _ => None,
    }
}

pub struct Ap2019Outcome {
    pub report: Ap2019Report,
    pub steps: Vec<Step>,
}

pub fn calculate(
    explain: bool,
    input: &Ap2019Input,
    articles: &[CitedArticle],
    maximum: &LegalMaximum,
    group_ceiling: Option<Money>,
) -> Result<Ap2019Outcome, CalcError> {
    let mut steps = Trace::new(explain);
    let (category, category_source) = match input.category {
        Some(category) => (category, "named in the case file".to_string()),
        None => {
            let found = articles.iter().filter_map(|a| annex_entry(a).map(|e| (a, e))).max_by_key(|(_, e)| e.category);
            match found {
                Some((article, entry)) => (entry.category, format!("Art. {} ({})", article.article, entry.source)),
                None => {
                    let cited: Vec<String> = articles.iter().map(|a| a.article.to_string()).collect();
                    return Err(CalcError::invalid(
                        format!(
                            "the known annex entries of the Boetebeleidsregels 2019 do not cover {}; set `category` (I-IV) in [violation.ap2019]",
                            cited.join(", ")
                        ),
                        input.span.clone(),
                    ));
                }
            }
        }
    };
    if maximum.tier == Tier::Art83_4 && category == Category::IV {
        return Err(CalcError::invalid(
            "category IV is for Art. 83(5)/(6) provisions (Annex 2); Annex 1 (Art. 83(4)) uses categories I-III",
            input.span.clone(),
        ));
    }
    let band = category_band(category);
    steps.push(|| {
        Step::new(
            "Boetebeleidsregels 2019 categories",
            format!(
                "category {category:?} ({category_source}): bandwidth {} - {}, basic fine",
                band.low.grouped(),
                band.high.grouped()
            ),
            Some(band.basic_fine),
        )
    });

    // Art. 6-7: the basic fine moves within the bandwidth by the Art. 7 factors (= Art. 83(2)).
    // All relative to the basic fine.
    let after_adjustments = apply_all(
        band.basic_fine,
        &input.adjustments,
        "Boetebeleidsregels 2019 Art. 7",
        "the basic fine",
        input.span.as_ref(),
        &mut steps,
    )?;
    let cap = group_ceiling.map_or(maximum.amount, |c| c.min(maximum.amount));
    if after_adjustments < band.low || after_adjustments > band.high {
        match &input.beyond_bandwidth {
            None => {
                return Err(CalcError::invalid(
                    format!(
                        "{}; to go beyond it set beyond_bandwidth = \"<reason>\" (Boetebeleidsregels 2019 Art. 8.1)",
                        outside_range(
                            "the adjusted fine",
                            after_adjustments,
                            band.low,
                            band.high,
                            &format!("the category {category:?} bandwidth")
                        )
                    ),
                    input.span.clone(),
                ));
            }
            Some(reason) => steps.push(|| {
                Step::new(
                    "Boetebeleidsregels 2019 Art. 8.1",
                    format!("beyond the bandwidth: {reason}"),
                    Some(after_adjustments),
                )
            }),
        }
    }
    let mut after_repeat_offence = after_adjustments;
    if input.repeat_offence {
        let increase = after_adjustments.percent(REPEAT_OFFENCE_PERCENT)?;
        after_repeat_offence = after_adjustments.checked_add(increase)?;
        steps.push(|| {
            Step::new(
                "Boetebeleidsregels 2019",
                format!("repeat offence within five years: +{} %", REPEAT_OFFENCE_PERCENT),
                Some(after_repeat_offence),
            )
        });
    }
    let mut after_ability_to_pay = after_repeat_offence;
    if let Some(ability) = &input.ability_to_pay {
        after_ability_to_pay = apply(after_repeat_offence, after_repeat_offence, ability, "ability to pay")?;
        steps.push(|| adjustment_step("Boetebeleidsregels 2019 (ability to pay)", ability, after_ability_to_pay));
    }
    if after_ability_to_pay > cap {
        after_ability_to_pay = cap;
        steps.push(|| Step::new("Art. 83(4)-(6)", format!("capped at the legal maximum {cap}"), Some(cap)));
    }
    Ok(Ap2019Outcome {
        report: Ap2019Report {
            category,
            category_source,
            bandwidth: [band.low, band.high],
            basic_fine: band.basic_fine,
            after_adjustments,
            after_repeat_offence,
            after_ability_to_pay,
        },
        steps: steps.into_steps(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::maximum::{TurnoverBasis, legal_maximum};
    use crate::calc::model::{Adjustment, Change};

    fn cited(text: &str) -> CitedArticle {
        CitedArticle { article: text.parse().unwrap(), as_written: text.into() }
    }

    fn maximum(tier: Tier) -> LegalMaximum {
        legal_maximum(tier, &TurnoverBasis::plain(None), true).unwrap()
    }

    #[test]
    fn booking_2020_art_33_1_category_iii_mitigated_to_475000() {
        let input = Ap2019Input {
            adjustments: vec![Adjustment {
                factor: "7".into(),
                change: Change::Amount(dec!(-50_000)),
                reason: "mitigating circumstances".into(),
                span: None,
            }],
            ..Ap2019Input::defaults()
        };
        let outcome = calculate(true, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.category, Category::III);
        assert_eq!(outcome.basic_fine, Money::euros(525_000));
        assert_eq!(outcome.after_ability_to_pay, Money::euros(475_000));
    }

    #[test]
    fn locatefamily_2020_art_27_1_category_iii_basic_fine() {
        let articles = [cited("27(1)"), cited("3(2)")];
        let outcome =
            calculate(true, &Ap2019Input::defaults(), &articles, &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.after_ability_to_pay, Money::euros(525_000));
    }

    #[test]
    fn art_5_1_a_follows_the_underlying_provision() {
        let articles = [cited("5(1)(a)"), cited("9(1)")];
        let outcome =
            calculate(true, &Ap2019Input::defaults(), &articles, &maximum(Tier::Art83_5), None).unwrap().report;
        assert_eq!(outcome.category, Category::IV);
        assert!(annex_entry(&cited("5(1)(a)")).is_none());
        assert_eq!(annex_entry(&cited("5(1)(c)")).unwrap().category, Category::III);
    }

    #[test]
    fn unknown_annex_entry_without_category_is_an_error() {
        let error =
            calculate(true, &Ap2019Input::defaults(), &[cited("13")], &maximum(Tier::Art83_5), None).err().unwrap();
        assert!(error.to_string().contains("set `category`"), "{error}");
    }

    #[test]
    fn leaving_the_bandwidth_needs_art_8_1_reason() {
        let raise =
            Adjustment { factor: "7".into(), change: Change::Percent(dec!(100)), reason: "r".into(), span: None };
        let input = Ap2019Input { adjustments: vec![raise], ..Ap2019Input::defaults() };
        let error = calculate(true, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).err().unwrap();
        assert!(error.to_string().contains("set beyond_bandwidth"), "{error}");
        let allowed = Ap2019Input { beyond_bandwidth: Some("inadequate".into()), ..input };
        let outcome = calculate(true, &allowed, &[cited("33(1)")], &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.after_ability_to_pay, Money::euros(1_050_000));
    }

    #[test]
    fn art_7_adjustments_all_apply_to_the_basic_fine_in_any_order() {
        let change = |percent| Adjustment {
            factor: "7".into(),
            change: Change::Percent(percent),
            reason: "r".into(),
            span: None,
        };
        let beyond =
            |adjustments| Ap2019Input { adjustments, beyond_bandwidth: Some("test".into()), ..Ap2019Input::defaults() };
        let result = |input: &Ap2019Input| {
            calculate(true, input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).map(|o| o.report.after_adjustments)
        };
        // 525,000 x (1 - 1.2 + 0.5) = 157,500 either way.
        let forward = beyond(vec![change(dec!(-120)), change(dec!(50))]);
        let backward = beyond(vec![change(dec!(50)), change(dec!(-120))]);
        assert_eq!(result(&forward).unwrap(), Money::new(dec!(157_500)).unwrap());
        assert_eq!(result(&backward).unwrap(), Money::new(dec!(157_500)).unwrap());
        let negative = beyond(vec![change(dec!(20)), change(dec!(-130))]);
        assert!(result(&negative).unwrap_err().to_string().contains("below zero"));
    }

    #[test]
    fn repeat_offence_adds_half() {
        let input = Ap2019Input { repeat_offence: true, ..Ap2019Input::defaults() };
        let outcome = calculate(true, &input, &[cited("32")], &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.after_repeat_offence, Money::euros(465_000));
    }

    #[test]
    fn category_iv_is_refused_for_art_83_4_provisions() {
        let input = Ap2019Input { category: Some(Category::IV), ..Ap2019Input::defaults() };
        let error = calculate(true, &input, &[cited("32")], &maximum(Tier::Art83_4), None).err().unwrap();
        assert!(error.to_string().contains("category IV is for Art. 83(5)/(6) provisions"), "{error}");
    }

    #[test]
    fn applied_to_infringements_before_the_repeal_ics_2023_para_36_kruidvat_2024_para_85() {
        // Kruidvat: decided 2 May 2024, infringement from 2020: the 2019 rules apply, no warning.
        assert!(applicability(Some(date(2020, 1, 1)), Some(date(2024, 5, 2)), "NL-AP").is_none());
        // An infringement that began after the repeal falls outside them.
        let after = applicability(Some(date(2023, 5, 24)), Some(date(2024, 5, 2)), "NL-AP").unwrap();
        assert_eq!((after.level, after.code), (Level::Warning, "ap2019-not-in-force"));
        assert!(applicability(Some(date(2023, 5, 23)), Some(date(2024, 5, 2)), "NL-AP").is_none());
        // No start date and a decision after the repeal: art83 cannot tell, and says so.
        let unknown = applicability(None, Some(date(2024, 5, 2)), "NL-AP").unwrap();
        assert_eq!(unknown.level, Level::Info);
        assert!(applicability(None, Some(date(2020, 12, 10)), "NL-AP").is_none());
        // Another country's authority does not follow the AP's policy rules.
        assert_eq!(applicability(None, None, "BE-APD").unwrap().code, "ap2019-not-dutch");
    }

    #[test]
    fn in_force_from_15_march_2019_until_24_may_2023() {
        assert!(!in_force_on(date(2019, 3, 14)));
        assert!(in_force_on(date(2019, 3, 15)));
        assert!(in_force_on(date(2023, 5, 23)));
        assert!(!in_force_on(date(2023, 5, 24)));
    }
}
