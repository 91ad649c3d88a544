//! Dutch AP Boetebeleidsregels 2019 (Stcrt. 2019, 14586), for AP decisions of 2019–2023.
//!
//! In force 15 March 2019; repealed with retroactive effect to 24 May 2023, since when the AP
//! uses the EDPB method for undertakings (LAW.md §3).

use crate::calc::report::Detail;
use crate::calc::report::FindingCode;
use jiff::civil::{Date, date};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::article::Tier;
use super::edpb::{Adjusting, adjustment_step, apply, apply_all};
use super::error::{CalcError, Refusal};
use super::maximum::LegalMaximum;
use super::model::{Ap2019Input, Category, CitedArticle};
use super::money::Money;
use super::report::{Ap2019Report, Finding, Level, Step, Trace};
use crate::l10n::{Arg, Lang, Message, catalogue};

/// A category's bandwidth and basic fine (Boetebeleidsregels 2019, the category table).
#[derive(Debug, Clone, Copy)]
pub struct CategoryBand {
    /// The category (I to IV).
    pub category: Category,
    /// The bottom of its bandwidth.
    pub low: Money,
    /// The top of its bandwidth.
    pub high: Money,
    /// The basic fine: where a fine of this category starts (Art. 2.3).
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
    /// The GDPR article.
    pub article: u8,
    /// The paragraph, where the annex names one; `None`: the whole article.
    pub paragraph: Option<&'static str>,
    /// The category the annex puts it in.
    pub category: Category,
    /// The annex (1 to 3) that lists it.
    pub annex: u8,
    /// Where the entry comes from besides the annex.
    pub source: AnnexSource,
}

/// Where an annex entry comes from besides the annex itself.
#[derive(Debug, Clone, Copy)]
pub enum AnnexSource {
    /// The annex alone.
    Annex,
    /// The annex, as a decision (named) applied it.
    AppliedIn(&'static str),
    /// The annex lists the provision as part of a larger one (`5(1)`, compact GDPR form).
    PartOf(&'static str),
}

impl AnnexEntry {
    /// Where the entry comes from, as a message: `Annex 1; AP Booking.com 2020`.
    pub fn source(&self) -> Message {
        let annex = u32::from(self.annex);
        match self.source {
            AnnexSource::Annex => Message::new("ap2019-annex").arg("annex", annex),
            AnnexSource::AppliedIn(decision) => {
                Message::new("ap2019-annex-applied").arg("annex", annex).arg("decision", decision)
            }
            AnnexSource::PartOf(provision) => Message::new("ap2019-annex-part-of")
                .arg("annex", annex)
                .arg("provision", Arg::Provision(provision.into())),
        }
    }
}

const fn entry(
    article: u8,
    paragraph: Option<&'static str>,
    category: Category,
    annex: u8,
    source: AnnexSource,
) -> AnnexEntry {
    AnnexEntry { article, paragraph, category, annex, source }
}

/// Only the annex entries confirmed by decisions (LAW.md §3); for anything else the user names
/// the category. Annex 1 lists Art. 83(4) provisions, Annex 2 those of Art. 83(5)/(6).
pub const ANNEX: &[AnnexEntry] = &[
    entry(27, Some("1"), Category::III, 1, AnnexSource::AppliedIn("AP Locatefamily.com 2020")),
    entry(32, None, Category::II, 1, AnnexSource::Annex),
    entry(33, Some("1"), Category::III, 1, AnnexSource::AppliedIn("AP Booking.com 2020")),
    entry(5, Some("1"), Category::III, 2, AnnexSource::PartOf("5(1)")),
    entry(6, None, Category::III, 2, AnnexSource::Annex),
    entry(9, None, Category::IV, 2, AnnexSource::Annex),
    entry(12, Some("1"), Category::III, 2, AnnexSource::Annex),
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

/// The bandwidth and basic fine of a category (Boetebeleidsregels 2019, Art. 2.3).
pub fn category_band(category: Category) -> CategoryBand {
    CATEGORIES.into_iter().find(|band| band.category == category).expect("every category has a band")
}

/// The Boetebeleidsregels 2019 entered into force on 15 March 2019 (Stcrt. 2019, 14586) and
/// were repealed on 12 December 2023 with retroactive effect to 24 May 2023, the day the EDPB
/// adopted Guidelines 04/2022 (LAW.md §3).
pub const REPEALED_FROM: Date = date(2023, 5, 24);

/// The day the Boetebeleidsregels 2019 entered into force (Stcrt. 2019, 14586; docs/law.md): a
/// decision before it followed the AP's earlier policy rules.
pub const IN_FORCE_FROM: Date = date(2019, 3, 15);

/// Whether the 2019 rules may apply to a violation, as a finding when in doubt. Which policy
/// applies follows when the infringement took place: the AP applied the 2019 rules after their
/// repeal to earlier infringements (ICS, 18 Dec 2023, para 36; Kruidvat, 2 May 2024, para 85).
/// So only an infringement that began on or after 24 May 2023 falls wholly outside them.
pub fn applicability(from: Option<Date>, decided: Option<Date>, authority: &str) -> Option<Finding> {
    if !crate::calc::law::authority::is_dutch(authority) {
        return Some(Finding::says(Level::Warning, FindingCode::Ap2019NotDutch, Message::new("ap2019-not-dutch")));
    }
    match (from, decided) {
        (_, Some(decided)) if decided < IN_FORCE_FROM => Some(Finding::says(
            Level::Warning,
            FindingCode::Ap2019NotInForce,
            Message::new("ap2019-decided-before-in-force").arg("decided", decided).arg("in_force", IN_FORCE_FROM),
        )),
        (Some(from), _) if from >= REPEALED_FROM => Some(Finding::says(
            Level::Warning,
            FindingCode::Ap2019NotInForce,
            Message::new("ap2019-infringement-after-repeal").arg("from", from).arg("repealed", REPEALED_FROM),
        )),
        (None, Some(decided)) if decided >= REPEALED_FROM => Some(Finding::says(
            Level::Info,
            FindingCode::Ap2019InfringementDateUnknown,
            Message::new("ap2019-infringement-date-unknown").arg("repealed", REPEALED_FROM),
        )),
        _ => None,
    }
}

/// The AP 2019 method's result for one violation.
pub struct Ap2019Outcome {
    /// The amounts of each step, for the report.
    pub report: Ap2019Report,
    /// The steps, explained.
    pub steps: Vec<Step>,
    /// What the calculation noticed about the input (a reason not used, a fine above IV).
    pub findings: Vec<Finding>,
}

/// The AP's policy rules of 2019 for one violation: the category's basic fine (Art. 2-6),
/// the Art. 7 factors within the bandwidth (Art. 6, 8.1), repeat offence, proportionality,
/// ability to pay (Art. 9), and the legal maximum (Art. 10).
pub fn calculate(
    detail: Detail,
    input: &Ap2019Input,
    articles: &[CitedArticle],
    maximum: &LegalMaximum,
    group_ceiling: Option<Money>,
) -> Result<Ap2019Outcome, CalcError> {
    let mut steps = Trace::new(detail);
    let (category, source) = category_of(input, articles, maximum)?;
    let band = category_band(category);
    steps.push(|| {
        let message = Message::new("ap2019-category")
            .arg("category", Arg::Key(category.as_str()))
            .arg("source", source.clone())
            .arg("low", band.low.figure())
            .arg("high", band.high.figure());
        Step::says(message, Some(band.basic_fine))
    });

    // Art. 6-7: the basic fine moves within the bandwidth by the Art. 7 factors (= Art. 83(2)).
    // All relative to the basic fine.
    let after_adjustments = apply_all(band.basic_fine, &input.adjustments, &ART_7, input.span.as_ref(), &mut steps)?;
    let mut findings = Vec::new();
    bandwidth(input, category, after_adjustments, &mut steps, &mut findings)?;
    let after_repeat_offence = repeat_offence(input, after_adjustments, &mut steps)?;
    let (after_proportionality, after_ability_to_pay) = proportionality(input, after_repeat_offence, &mut steps)?;
    let cap = group_ceiling.map_or(maximum.amount, |c| c.min(maximum.amount));
    let after_ability_to_pay = legal_maximum_cap(after_ability_to_pay, cap, &mut steps);
    Ok(Ap2019Outcome {
        report: Ap2019Report {
            category,
            // JSON's `category_source` is English, as every text of the JSON report.
            category_source: catalogue::text(Lang::En, &source),
            bandwidth: [band.low, band.high],
            basic_fine: band.basic_fine,
            after_adjustments,
            after_repeat_offence,
            after_proportionality,
            after_ability_to_pay,
        },
        steps: steps.into_steps(),
        findings,
    })
}

/// The category step of a comparison whose category `--category` gave: `calculate` names a
/// given category's source as the case file; here it is the option.
pub fn category_given_with_option(steps: &mut [Step]) {
    for message in steps.iter_mut().map(|step| &mut step.message) {
        if message.id == "ap2019-category" {
            for (name, value) in &mut message.args {
                if *name == "source" {
                    *value = Message::new("ap2019-category-option").into();
                }
            }
        }
    }
}

/// Art. 7 (Boetebeleidsregels 2019): the factors, each a percentage of the basic fine or an
/// amount; the policy rules' own points (`7(b)`) are cited as they name them.
const ART_7: Adjusting = Adjusting {
    rule: "Boetebeleidsregels 2019 Art. 7",
    base_name: "the basic fine",
    percent: "ap2019-art-7-percent",
    amount: "ap2019-art-7-amount",
    together: "ap2019-art-7-together",
    factor: |factor| Arg::Text(factor.to_string()),
};

/// Annexes 1 and 2: the category the case file names, or the gravest the annexes give the
/// cited articles (with where it comes from); category IV only for Art. 83(5)/(6) provisions.
fn category_of(
    input: &Ap2019Input,
    articles: &[CitedArticle],
    maximum: &LegalMaximum,
) -> Result<(Category, Message), CalcError> {
    let (category, category_source) = match input.category {
        Some(category) => (category, Message::new("ap2019-category-named")),
        None => {
            let found = articles.iter().filter_map(|a| annex_entry(a).map(|e| (a, e))).max_by_key(|(_, e)| e.category);
            match found {
                Some((article, entry)) => {
                    let source = Message::new("ap2019-category-annex")
                        .arg("article", Arg::Provision(article.article.to_string()))
                        .arg("source", entry.source());
                    (entry.category, source)
                }
                None => {
                    let cited: Vec<String> = articles.iter().map(|a| a.article.to_string()).collect();
                    return Err(CalcError::refused(Refusal::NoAnnexCategory { articles: cited }, input.span.clone()));
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
    Ok((category, category_source))
}

/// Art. 1(d) (recidive): a repeat offence within five years raises the fine.
fn repeat_offence(input: &Ap2019Input, fine: Money, steps: &mut Trace) -> Result<Money, CalcError> {
    if !input.repeat_offence {
        return Ok(fine);
    }
    let increase = fine.percent(REPEAT_OFFENCE_PERCENT)?;
    let after_repeat_offence = fine.checked_add(increase)?;
    steps.push(|| {
        let message = Message::new("ap2019-repeat-offence").arg("percent", REPEAT_OFFENCE_PERCENT);
        Step::says(message, Some(after_repeat_offence))
    });
    Ok(after_repeat_offence)
}

/// Awb 3:4, 5:46 (proportionality), then Art. 9 (ability to pay): the fines after each.
fn proportionality(input: &Ap2019Input, fine: Money, steps: &mut Trace) -> Result<(Money, Money), CalcError> {
    let mut after_proportionality = fine;
    if let Some(change) = &input.proportionality {
        after_proportionality = apply(fine, fine, change, "proportionality")?;
        let factor = named_factor(change, "proportionality");
        steps.push(|| adjustment_step("ap2019-proportionality", factor, change, after_proportionality));
    }
    let mut after_ability_to_pay = after_proportionality;
    if let Some(ability) = &input.ability_to_pay {
        after_ability_to_pay = apply(after_proportionality, after_proportionality, ability, "ability to pay")?;
        let factor = named_factor(ability, "ability to pay");
        steps.push(|| adjustment_step("ap2019-ability-to-pay", factor, ability, after_ability_to_pay));
    }
    Ok((after_proportionality, after_ability_to_pay))
}

/// Art. 83(4)-(6); Art. 10: never above the legal maximum or the Art. 83(3) ceiling.
fn legal_maximum_cap(fine: Money, cap: Money, steps: &mut Trace) -> Money {
    if fine <= cap {
        return fine;
    }
    steps.push(|| Step::says(Message::new("ap2019-art-10-capped").arg("cap", cap), Some(cap)));
    cap
}

/// The factor of a named adjustment (proportionality: Awb 3:4, 5:46, as the policy rules' Art. 7
/// applies "without prejudice to Articles 3:4 and 5:46 Awb", and FSV 2022 lowered a fine in a
/// separate step for the cumulation of infringements; ability to pay: Art. 9). Where the case
/// file names no factor of its own, the adjustment's name stands for it: a key the catalogue
/// words (`proportionality`, `ability-to-pay`); the case file's own factor as it is written.
fn named_factor(adjustment: &crate::calc::model::Adjustment, name: &'static str) -> Arg {
    if adjustment.factor == name {
        Arg::Key(if name == "proportionality" { "proportionality" } else { "ability-to-pay" })
    } else {
        Arg::Text(adjustment.factor.clone())
    }
}

/// Art. 6 keeps the adjusted fine within the category's bandwidth; Art. 8.1 lets the AP apply
/// "the penalty band of the next higher category or the penalty band of the next lower
/// category" when the category "does not allow for appropriate punishment" (as quoted in AP
/// Locatefamily 2020). Above category IV the policy rules name no higher band: a fine there is
/// allowed with a warning. A reason given where the fine stays in its band is said to be unused.
fn bandwidth(
    input: &Ap2019Input,
    category: Category,
    fine: Money,
    steps: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    let band = category_band(category);
    let within = |b: &CategoryBand| fine >= b.low && fine <= b.high;
    match (&input.beyond_bandwidth, within(&band)) {
        (None, true) => Ok(()),
        (Some(reason), true) => {
            let message = Message::new("ap2019-beyond-bandwidth-unused")
                .arg("reason", reason.as_str())
                .arg("fine", fine)
                .arg("category", Arg::Key(category.as_str()));
            findings.push(Finding::says(Level::Info, FindingCode::BeyondBandwidthUnused, message));
            Ok(())
        }
        (None, false) => Err(CalcError::refused(
            Refusal::OutsideBandwidth { fine, low: band.low, high: band.high, category },
            input.span.clone(),
        )),
        (Some(reason), false) => next_category(input, category, fine, reason, steps, findings),
    }
}

/// Art. 8.1: a fine outside its category's bandwidth, with a reason, takes the bandwidth of the
/// next category; above category IV there is none, so the fine stands with a warning.
fn next_category(
    input: &Ap2019Input,
    category: Category,
    fine: Money,
    reason: &str,
    steps: &mut Trace,
    findings: &mut Vec<Finding>,
) -> Result<(), CalcError> {
    let band = category_band(category);
    let within = |b: &CategoryBand| fine >= b.low && fine <= b.high;
    let (lower, higher) = adjacent(category);
    let reached = [lower, higher].into_iter().flatten().find(|b| within(b));
    match reached {
        Some(next) => {
            steps.push(|| {
                let message = Message::new("ap2019-next-category")
                    .arg("category", Arg::Key(next.category.as_str()))
                    .arg("low", next.low.figure())
                    .arg("high", next.high.figure())
                    .arg("reason", reason);
                Step::says(message, Some(fine))
            });
            Ok(())
        }
        None if higher.is_none() && fine > band.high => {
            let message = Message::new("ap2019-above-category-iv").arg("fine", fine);
            findings.push(Finding::says(Level::Warning, FindingCode::Ap2019AboveCategoryIv, message));
            let message = Message::new("ap2019-above-category-iv-step").arg("reason", reason);
            steps.push(|| Step::says(message, Some(fine)));
            Ok(())
        }
        None => Err(beyond_adjacent(input, category, fine, lower, higher)),
    }
}

/// The categories below and above, whose bandwidths Art. 8.1 lets the AP apply.
fn adjacent(category: Category) -> (Option<CategoryBand>, Option<CategoryBand>) {
    let index = CATEGORIES.iter().position(|b| b.category == category).expect("every category has a band");
    (index.checked_sub(1).map(|i| CATEGORIES[i]), CATEGORIES.get(index + 1).copied())
}

fn beyond_adjacent(
    input: &Ap2019Input,
    category: Category,
    fine: Money,
    lower: Option<CategoryBand>,
    higher: Option<CategoryBand>,
) -> CalcError {
    let low = lower.map_or(category_band(category).low, |b| b.low);
    let high = higher.map_or(category_band(category).high, |b| b.high);
    CalcError::refused(Refusal::BeyondAdjacentBandwidths { fine, low, high, category }, input.span.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::maximum::{TurnoverBasis, legal_maximum};
    use crate::calc::model::{Adjustment, Change};
    use crate::l10n::Lang;

    fn cited(text: &str) -> CitedArticle {
        CitedArticle { article: text.parse().unwrap(), as_written: text.into() }
    }

    fn maximum(tier: Tier) -> LegalMaximum {
        legal_maximum(tier, &TurnoverBasis::plain(None), Detail::Steps).unwrap()
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
        let outcome =
            calculate(Detail::Steps, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.category, Category::III);
        assert_eq!(outcome.basic_fine, Money::euros(525_000));
        assert_eq!(outcome.after_ability_to_pay, Money::euros(475_000));
    }

    #[test]
    fn locatefamily_2020_art_27_1_category_iii_basic_fine() {
        let articles = [cited("27(1)"), cited("3(2)")];
        let outcome = calculate(Detail::Steps, &Ap2019Input::defaults(), &articles, &maximum(Tier::Art83_4), None)
            .unwrap()
            .report;
        assert_eq!(outcome.after_ability_to_pay, Money::euros(525_000));
    }

    #[test]
    fn art_5_1_a_follows_the_underlying_provision() {
        let articles = [cited("5(1)(a)"), cited("9(1)")];
        let outcome = calculate(Detail::Steps, &Ap2019Input::defaults(), &articles, &maximum(Tier::Art83_5), None)
            .unwrap()
            .report;
        assert_eq!(outcome.category, Category::IV);
        assert!(annex_entry(&cited("5(1)(a)")).is_none());
        assert_eq!(annex_entry(&cited("5(1)(c)")).unwrap().category, Category::III);
    }

    #[test]
    fn unknown_annex_entry_without_category_is_an_error() {
        let error = calculate(Detail::Steps, &Ap2019Input::defaults(), &[cited("13")], &maximum(Tier::Art83_5), None)
            .err()
            .unwrap();
        assert!(
            matches!(&error, CalcError::Refused { refusal: Refusal::NoAnnexCategory { articles }, .. } if articles == &["13"]),
            "{error}"
        );
    }

    fn raised(percent: i64) -> Ap2019Input {
        let raise = Adjustment {
            factor: "7".into(),
            change: Change::Percent(Decimal::from(percent)),
            reason: "r".into(),
            span: None,
        };
        Ap2019Input { adjustments: vec![raise], ..Ap2019Input::defaults() }
    }

    #[test]
    fn leaving_the_bandwidth_needs_an_art_8_1_reason_and_reaches_only_the_next_category() {
        // Category III (300,000-750,000), basic fine 525,000; +80 % = 945,000 lies in IV's band.
        let input = raised(80);
        let error = calculate(Detail::Steps, &input, &[cited("33(1)")], &maximum(Tier::Art83_5), None).err().unwrap();
        assert!(matches!(error, CalcError::Refused { refusal: Refusal::OutsideBandwidth { .. }, .. }), "{error}");
        let allowed = Ap2019Input { beyond_bandwidth: Some("inadequate".into()), ..input };
        let outcome = calculate(Detail::Steps, &allowed, &[cited("33(1)")], &maximum(Tier::Art83_5), None).unwrap();
        assert_eq!(outcome.report.after_ability_to_pay, Money::euros(945_000));
        assert!(
            outcome.steps.iter().any(|s| s.rule_in(Lang::En).contains("8.1") && s.detail_in(Lang::En).contains("IV"))
        );
        // Category I's bandwidth is two categories below III: Art. 8.1 does not reach it.
        let two_down = Ap2019Input { beyond_bandwidth: Some("limited".into()), ..raised(-90) };
        let error =
            calculate(Detail::Steps, &two_down, &[cited("33(1)")], &maximum(Tier::Art83_5), None).err().unwrap();
        assert!(
            matches!(error, CalcError::Refused { refusal: Refusal::BeyondAdjacentBandwidths { .. }, .. }),
            "{error}"
        );
        assert!(error.to_string().contains("only the next category"), "{error}");
    }

    #[test]
    fn art_8_1_reaches_the_next_categorys_bandwidth_and_no_further() {
        let with_reason = |percent| Ap2019Input { beyond_bandwidth: Some("inadequate".into()), ..raised(percent) };
        // Category III, 525,000 + 80 % = 945,000: within IV (450,000-1,000,000), said so, no warning.
        let next =
            calculate(Detail::Steps, &with_reason(80), &[cited("33(1)")], &maximum(Tier::Art83_5), None).unwrap();
        assert!(next.findings.is_empty(), "{:?}", next.findings);
        let step = next.steps.iter().find(|s| s.rule_in(Lang::En) == "Boetebeleidsregels 2019 Art. 8.1").unwrap();
        assert_eq!(
            step.detail_in(Lang::En),
            "the bandwidth of the next category, IV (450,000.00 - 1,000,000.00): inadequate"
        );
        // + 100 % = 1,050,000: above IV as well, beyond the next category.
        let error = calculate(Detail::Steps, &with_reason(100), &[cited("33(1)")], &maximum(Tier::Art83_5), None)
            .err()
            .unwrap();
        assert!(error.to_string().contains("only the next category"), "{error}");
    }

    #[test]
    fn a_reason_to_leave_the_bandwidth_is_never_dropped_silently() {
        let input = Ap2019Input { beyond_bandwidth: Some("not needed".into()), ..Ap2019Input::defaults() };
        let outcome = calculate(Detail::Steps, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).unwrap();
        assert_eq!(outcome.findings[0].code, FindingCode::BeyondBandwidthUnused);
    }

    #[test]
    fn above_category_iv_is_allowed_with_a_warning() {
        let input =
            Ap2019Input { category: Some(Category::IV), beyond_bandwidth: Some("gravity".into()), ..raised(100) };
        let outcome = calculate(Detail::Steps, &input, &[cited("9")], &maximum(Tier::Art83_5), None).unwrap();
        assert_eq!(outcome.report.after_ability_to_pay, Money::euros(1_450_000));
        assert_eq!(outcome.findings[0].code, FindingCode::Ap2019AboveCategoryIv);
    }

    #[test]
    fn fsv_2022_storage_limitation_750000_less_500000_for_proportionality_is_250000() {
        // AP FSV (7 Apr 2022): Art. 5(1)(e), category III: 525,000 + 125,000 + 75,000 + 25,000,
        // then a separate proportionality step of -500,000 (Awb 3:4, 5:46; cumulation).
        let factor = |letter: &str, amount: i64| Adjustment {
            factor: format!("7({letter})"),
            change: Change::Amount(Decimal::from(amount)),
            reason: "r".into(),
            span: None,
        };
        let input = Ap2019Input {
            category: Some(Category::III),
            adjustments: vec![factor("a", 125_000), factor("b", 75_000), factor("g", 25_000)],
            proportionality: Some(Adjustment {
                factor: "proportionality".into(),
                change: Change::Amount(dec!(-500_000)),
                reason: "cumulation with the lack of a legal basis".into(),
                span: None,
            }),
            ..Ap2019Input::defaults()
        };
        let outcome =
            calculate(Detail::Steps, &input, &[cited("5(1)(e)")], &maximum(Tier::Art83_5), None).unwrap().report;
        assert_eq!(outcome.after_adjustments, Money::euros(750_000));
        assert_eq!(outcome.after_proportionality, Money::euros(250_000));
        assert_eq!(outcome.after_ability_to_pay, Money::euros(250_000));
    }

    #[test]
    fn ability_to_pay_art_9_has_no_floor_pvv_overijssel_2021() {
        // 525,000 reduced to 7,500 for limited financial capacity.
        let input = Ap2019Input {
            ability_to_pay: Some(Adjustment {
                factor: "ability to pay".into(),
                change: Change::Amount(dec!(-517_500)),
                reason: "limited financial capacity".into(),
                span: None,
            }),
            ..Ap2019Input::defaults()
        };
        let outcome = calculate(Detail::Steps, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), None).unwrap();
        assert_eq!(outcome.report.after_ability_to_pay, Money::euros(7_500));
        assert!(outcome.steps.iter().any(|s| s.rule_in(Lang::En).contains("Art. 9")));
    }

    /// Booking (33(1), category III, EUR 300,000-750,000, basic fine 525,000) moved by `euros`.
    fn booking_moved_by(euros: i64, ceiling: Option<i64>) -> Result<Ap2019Outcome, CalcError> {
        let change = Adjustment {
            factor: "7(c)".into(),
            change: Change::Amount(Decimal::from(euros)),
            reason: "r".into(),
            span: None,
        };
        let input = Ap2019Input { adjustments: vec![change], ..Ap2019Input::defaults() };
        calculate(Detail::Steps, &input, &[cited("33(1)")], &maximum(Tier::Art83_4), ceiling.map(Money::euros))
    }

    #[test]
    fn art_6_the_bandwidth_includes_both_ends_art_8_1_is_needed_beyond_them() {
        let fine = |euros| booking_moved_by(euros, None).map(|o| o.report.after_adjustments);
        assert_eq!(fine(-225_000).unwrap(), Money::euros(300_000));
        assert_eq!(fine(225_000).unwrap(), Money::euros(750_000));
        for euros in [-225_001, 225_001] {
            let error = fine(euros).unwrap_err();
            assert!(matches!(error, CalcError::Refused { refusal: Refusal::OutsideBandwidth { .. }, .. }), "{error}");
            assert!(error.to_string().contains("lies outside 300,000.00"), "{error}");
        }
    }

    #[test]
    fn art_83_3_the_fine_is_capped_at_the_group_ceiling_only_above_it() {
        let capped_step =
            |outcome: &Ap2019Outcome| outcome.steps.iter().any(|s| s.detail_in(Lang::En).starts_with("capped"));
        let at = booking_moved_by(0, Some(525_000)).unwrap();
        assert_eq!((at.report.after_ability_to_pay, capped_step(&at)), (Money::euros(525_000), false));
        let above = booking_moved_by(0, Some(500_000)).unwrap();
        assert_eq!((above.report.after_ability_to_pay, capped_step(&above)), (Money::euros(500_000), true));
        let below = booking_moved_by(0, Some(600_000)).unwrap();
        assert_eq!((below.report.after_ability_to_pay, capped_step(&below)), (Money::euros(525_000), false));
    }

    #[test]
    fn repeat_offence_adds_half() {
        let input = Ap2019Input { repeat_offence: true, ..Ap2019Input::defaults() };
        let outcome = calculate(Detail::Steps, &input, &[cited("32")], &maximum(Tier::Art83_4), None).unwrap().report;
        assert_eq!(outcome.after_repeat_offence, Money::euros(465_000));
    }

    #[test]
    fn category_iv_is_refused_for_art_83_4_provisions() {
        let input = Ap2019Input { category: Some(Category::IV), ..Ap2019Input::defaults() };
        let error = calculate(Detail::Steps, &input, &[cited("32")], &maximum(Tier::Art83_4), None).err().unwrap();
        assert!(error.to_string().contains("category IV is for Art. 83(5)/(6) provisions"), "{error}");
    }

    #[test]
    fn applied_to_infringements_before_the_repeal_ics_2023_para_36_kruidvat_2024_para_85() {
        // Kruidvat: decided 2 May 2024, infringement from 2020: the 2019 rules apply, no warning.
        assert!(applicability(Some(date(2020, 1, 1)), Some(date(2024, 5, 2)), "NL-AP").is_none());
        // An infringement that began after the repeal falls outside them.
        let after = applicability(Some(date(2023, 5, 24)), Some(date(2024, 5, 2)), "NL-AP").unwrap();
        assert_eq!((after.level, after.code), (Level::Warning, FindingCode::Ap2019NotInForce));
        assert!(applicability(Some(date(2023, 5, 23)), Some(date(2024, 5, 2)), "NL-AP").is_none());
        // No start date and a decision after the repeal: art83 cannot tell, and says so.
        let unknown = applicability(None, Some(date(2024, 5, 2)), "NL-AP").unwrap();
        assert_eq!(unknown.level, Level::Info);
        assert!(applicability(None, Some(date(2020, 12, 10)), "NL-AP").is_none());
        // Another country's authority does not follow the AP's policy rules.
        assert_eq!(applicability(None, None, "BE-APD").unwrap().code, FindingCode::Ap2019NotDutch);
    }

    #[test]
    fn boetebeleidsregels_2019_entered_into_force_on_15_march_2019() {
        let before = applicability(None, Some(date(2019, 3, 14)), "NL-AP").unwrap();
        assert_eq!(before.code, FindingCode::Ap2019NotInForce);
        assert!(before.text_in(Lang::En).contains("2019-03-15"), "{}", before.text_in(Lang::En));
        assert!(applicability(None, Some(date(2019, 3, 15)), "NL-AP").is_none());
        assert!(applicability(Some(date(2018, 5, 25)), Some(date(2019, 7, 16)), "NL-AP").is_none());
    }
}
