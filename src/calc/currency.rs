//! A decision in a currency other than the euro: the facts about its rate, the EUR equivalents
//! beside the amounts, and what `check` compares (the total in EUR the decision states).
//! The conversions themselves live on [`CaseCurrency`]; the national rules in
//! [`super::law::currencies`].

use crate::calc::report::FindingCode;
use rust_decimal::Decimal;

use super::error::CalcError;
use super::law::{authority, currencies};
use super::model::{Case, CaseCurrency, Rate};
use super::money::{Currency, Money};
use super::report::{Finding, Level, Step};
use crate::l10n::{Arg, Message};

/// Zero in the case's currency, where sums start.
pub fn zero(case: &Case) -> Money {
    Money::ZERO.in_currency(case.currency.as_ref().map_or(Currency::EUR, |c| c.currency))
}

/// The EUR equivalent of an amount in the case's currency, if the case has one.
pub fn eur(case: &Case, amount: Option<Money>) -> Result<Option<Money>, CalcError> {
    match (&case.currency, amount) {
        (Some(currency), Some(amount)) if currency.rate_known() => Ok(Some(currency.to_eur(amount)?)),
        _ => Ok(None),
    }
}

/// The rate as the JSON reports it: `per_eur` and `eur_per_unit`, whichever was given.
pub fn rates(case: &Case) -> (Option<Decimal>, Option<Decimal>) {
    match case.currency.as_ref().map(|c| c.rate) {
        Some(Rate::PerEur(rate)) => (Some(rate), None),
        Some(Rate::EurPerUnit(rate)) => (None, Some(rate)),
        Some(Rate::Unknown) | None => (None, None),
    }
}

/// The case's rate as the steps cite it (`currency-rate`): `4.2794 PLN per EUR`, `0.085 EUR
/// per NOK`.
pub fn rate(currency: &CaseCurrency) -> Message {
    let message = Message::new("currency-rate").arg("code", currency.currency.code());
    match currency.rate {
        Rate::PerEur(rate) => message.arg("direction", Arg::Key("per-eur")).arg("rate", rate),
        Rate::EurPerUnit(rate) => message.arg("direction", Arg::Key("eur-per-unit")).arg("rate", rate),
        Rate::Unknown => message.arg("direction", Arg::Key("unknown")),
    }
}

/// The step that explains the total's EUR equivalent.
pub fn total_step(currency: &CaseCurrency, total_eur: Money) -> Step {
    Step::says(Message::new("currency-total-in-euros").arg("rate", rate(currency)), Some(total_eur))
}

/// Findings on the rate and the stated EUR total: the national rule the rate should follow,
/// a `rate_date` that does not fit it, and a published EUR equivalent that differs.
pub fn findings(case: &Case, total: Option<Money>, total_eur: Option<Money>) -> Vec<Finding> {
    let Some(currency) = &case.currency else { return vec![] };
    if !currency.rate_known() {
        return vec![rate_unknown_finding(case, currency)];
    }
    let mut findings = Vec::new();
    let rule = authority::country(&case.authority).and_then(|country| currencies::rule_for(&country));
    match rule {
        Some(rule) if rule.currency == currency.currency.code() => {
            let message = Message::new("currency-rule")
                .arg("country", rule.country)
                .arg("rule", Message::new(rule.rule))
                .arg("source", Message::new(rule.source));
            findings.push(Finding::says(Level::Info, FindingCode::CurrencyRule, message));
            findings.extend(rate_date_finding(case, currency, rule));
        }
        _ => findings.push(Finding::says(
            Level::Info,
            FindingCode::CurrencyRuleUnknown,
            Message::new("currency-rule-unknown").arg("code", currency.currency.code()).arg("rate", rate(currency)),
        )),
    }
    if let (Some(published), Some(total), Some(total_eur)) = (case.published_total_eur, total, total_eur) {
        findings.push(match published_eur_matches(case, currency, published, total) {
            Some(direction) => Finding::says(
                Level::Info,
                FindingCode::TotalEurMatches,
                Message::new("currency-total-eur-matches").arg("published", published).arg("how", direction),
            ),
            None => Finding::says(
                Level::Error,
                FindingCode::TotalEurDiffers,
                Message::new("currency-total-eur-differs")
                    .arg("published", published)
                    .arg("rate", rate(currency))
                    .arg("total", total_eur),
            ),
        });
    }
    findings
}

/// `per_eur = "unknown"`: the fixed amounts of Art. 83(4)-(6) are in euros, so without a rate
/// they are not known in the decision's currency; a maximum is then at least the percentage of
/// a turnover stated in that currency, or not known at all. A stated EUR total is not compared.
fn rate_unknown_finding(case: &Case, currency: &CaseCurrency) -> Finding {
    let published = if case.published_total_eur.is_some() { "yes" } else { "no" };
    let message = Message::new("currency-rate-unknown")
        .arg("code", currency.currency.code())
        .arg("published", Arg::Key(published));
    Finding::says(Level::Warning, FindingCode::RateUnknown, message)
}

/// Decisions convert in either direction (UODO does both, docs/law.md): a fine set in the
/// national currency with its EUR equivalent (PLN 5,000 = EUR 1,168.39, to the cent), or, where
/// the case says so (`fine_set_in_eur`), a fine set in euros and converted into the currency
/// (EUR 928,498.06 = PLN 4,053,173, to the unit). Either way the derived figure must be the
/// original at the rate, rounded half-up at the precision the decision writes it in: a figure
/// that differs at that precision differs ("1168.40" is not 1,168.388…, which is 1,168.39).
fn published_eur_matches(case: &Case, currency: &CaseCurrency, published: Money, total: Money) -> Option<Message> {
    let round = |amount: Decimal, places: u32| {
        amount.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let places = |amount: Money| amount.amount().normalize().scale();
    let (to_eur, from_eur) = match currency.rate {
        Rate::PerEur(rate) => (total.amount().checked_div(rate)?, published.amount().checked_mul(rate)?),
        Rate::EurPerUnit(rate) => (total.amount().checked_mul(rate)?, published.amount().checked_div(rate)?),
        Rate::Unknown => return None,
    };
    if currency.fine_set_in_eur {
        let unit = if places(total) == 0 { "unit" } else { "cent" };
        return (round(from_eur, places(total)) == total.amount()).then(|| {
            Message::new("currency-set-in-euros")
                .arg("published", published)
                .arg("rate", rate(currency))
                .arg("unit", Arg::Key(unit))
                .arg("total", total)
        });
    }
    let written = case.published_total_eur_places.unwrap_or_else(|| places(published).max(2));
    // The precision a figure is written in: to the unit, to the cent, to 3 decimals.
    (round(to_eur, written) == published.amount())
        .then(|| Message::new("currency-total-at-rate").arg("rate", rate(currency)).arg("places", written))
}

/// PL (art. 103 u.o.d.o.): the rate of the NBP table of 28 January of the decision's year, or
/// of the next table when there is none that day.
fn rate_date_finding(case: &Case, currency: &CaseCurrency, rule: &currencies::CurrencyRule) -> Option<Finding> {
    let expected = rule.expected_rate_date(case.decided?.year())?;
    let message = match currency.rate_date {
        Some(given) if given == expected => return None,
        Some(given) => Message::new("currency-rate-date-off-rule").arg("given", given),
        None => Message::new("currency-rate-date-missing"),
    };
    let message = message.arg("rule", Message::new(rule.rule)).arg("expected", expected);
    let level = if currency.rate_date.is_some() { Level::Warning } else { Level::Info };
    Some(Finding::says(level, FindingCode::RateDateOffRule, message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::model::{Turnover, Undertaking};
    use crate::l10n::Lang;
    use jiff::civil::date;
    use rust_decimal_macros::dec;

    fn polish(rate_date: Option<jiff::civil::Date>, published_eur: Option<Decimal>) -> Case {
        Case {
            title: "UODO DKE.561.2.2020".into(),
            authority: "PL-UODO".into(),
            decided: Some(date(2020, 6, 3)),
            published: None,
            published_total: None,
            published_penalties_max: None,
            published_maximum: None,
            published_total_eur: published_eur.map(|d| Money::new(d).unwrap()),
            published_total_eur_places: published_eur.map(|d| d.scale()),
            currency: Some(CaseCurrency {
                currency: Currency::PLN,
                rate: Rate::PerEur(dec!(4.2794)),
                rate_date,
                fine_set_in_eur: false,
            }),
            undertaking: Undertaking {
                name: "A. T.".into(),
                turnover: Turnover::Unknown,
                public_body: false,
                public_body_kind: None,
                turnover_year: None,
                turnover_span: None,
            },
            violations: vec![],
            groups: vec![],
            penalties: vec![],
            collection: Default::default(),
            reductions: Vec::new(),
            appeals: Vec::new(),
            published_final_total: None,
        }
    }

    #[test]
    fn art_103_uodo_rate_of_28_january_is_named_and_checked() {
        let exact = findings(&polish(Some(date(2020, 1, 28)), None), None, None);
        assert_eq!(exact.iter().map(|f| f.code).collect::<Vec<_>>(), [FindingCode::CurrencyRule]);
        let off = findings(&polish(Some(date(2020, 6, 2)), None), None, None);
        let warning = off.iter().find(|f| f.code == FindingCode::RateDateOffRule).unwrap();
        assert_eq!(warning.level, Level::Warning);
        assert!(warning.text_in(Lang::En).contains("expected 2020-01-28"), "{}", warning.text_in(Lang::En));
    }

    #[test]
    fn art_103_uodo_the_rule_a_rate_date_misses_reads_in_each_language() {
        let found = findings(&polish(None, None), None, None);
        let missing = found.iter().find(|f| f.code == FindingCode::RateDateOffRule).unwrap();
        assert_eq!(
            missing.text_in(Lang::Nl),
            "geen rate_date: de regel (de gemiddelde EUR-koers van de NBP-tabel van 28 januari van het jaar (de \
             eerstvolgende tabel als er die dag geen is)) vraagt de koers van 28 januari 2020"
        );
        assert_eq!(
            missing.text_in(Lang::De),
            "kein rate_date: die Regel (der durchschnittliche EUR-Kurs der NBP-Tabelle vom 28. Januar des Jahres (die \
             nächste Tabelle, wenn an diesem Tag keine erscheint)) verlangt den Kurs vom 28. Januar 2020"
        );
    }

    #[test]
    fn a_mistyped_published_eur_equivalent_is_a_discrepancy() {
        let case = polish(Some(date(2020, 1, 28)), Some(dec!(1168.93)));
        let pln = Money::euros(5_000).in_currency(Currency::PLN);
        let total = case.currency.as_ref().unwrap().to_eur(pln).unwrap();
        assert_eq!(total.amount(), dec!(1168.39));
        let found = findings(&case, Some(pln), Some(total));
        assert!(found.iter().any(|f| f.code == FindingCode::TotalEurDiffers && f.level == Level::Error));
        let right = polish(Some(date(2020, 1, 28)), Some(dec!(1168.39)));
        assert!(findings(&right, Some(pln), Some(total)).iter().all(|f| f.level != Level::Error));
    }

    #[test]
    fn a_fine_set_in_euros_and_converted_to_whole_zloty_matches_in_that_direction() {
        // UODO DKN.5131.1.2024 (mBank): PLN 4,053,173 "the equivalent of EUR 928,498.06" at 4.3653:
        // 928,498.06 x 4.3653 = 4,053,172.58 -> PLN 4,053,173 (4,053,173 / 4.3653 = 928,498.16).
        let mut case = polish(None, Some(dec!(928498.06)));
        case.currency.as_mut().unwrap().rate = Rate::PerEur(dec!(4.3653));
        case.currency.as_mut().unwrap().fine_set_in_eur = true;
        let pln = Money::new(dec!(4053173)).unwrap().in_currency(Currency::PLN);
        let total_eur = case.currency.as_ref().unwrap().to_eur(pln).unwrap();
        assert_eq!(total_eur.amount(), dec!(928498.16));
        let found = findings(&case, Some(pln), Some(total_eur));
        assert!(found.iter().all(|f| f.level != Level::Error), "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.code == FindingCode::TotalEurMatches && f.text_in(Lang::En).contains("set in euros"))
        );
        // Poczta Polska (DKN.5131.1.2025): PLN 27,124,816 = EUR 6,444,174, written to the euro.
        let mut case = polish(None, Some(dec!(6444174)));
        case.currency.as_mut().unwrap().rate = Rate::PerEur(dec!(4.2092));
        let pln = Money::new(dec!(27124816)).unwrap().in_currency(Currency::PLN);
        let total_eur = case.currency.as_ref().unwrap().to_eur(pln).unwrap();
        assert!(findings(&case, Some(pln), Some(total_eur)).iter().all(|f| f.level != Level::Error));
    }

    #[test]
    fn a_eur_equivalent_is_compared_at_the_precision_it_is_written_in() {
        // PLN 5,000 at 4.2794 is EUR 1,168.388…: to the cent 1,168.39. "1168.40" is written to
        // the cent, so it differs, although 1,168.4 is the exact value to one decimal.
        let pln = Money::new(dec!(5000)).unwrap().in_currency(Currency::PLN);
        let total = Money::new(dec!(1168.39)).unwrap();
        let mut written = polish(None, Some(dec!(1168.40)));
        assert_eq!(written.published_total_eur_places, Some(2));
        let found = findings(&written, Some(pln), Some(total));
        assert!(found.iter().any(|f| f.code == FindingCode::TotalEurDiffers), "{found:?}");
        assert!(found.iter().all(|f| f.code != FindingCode::TotalEurMatches));
        // Written to one decimal ("1168.4"), the same figure matches.
        written.published_total_eur_places = Some(1);
        let found = findings(&written, Some(pln), Some(total));
        assert!(found.iter().any(|f| f.code == FindingCode::TotalEurMatches), "{found:?}");
    }

    #[test]
    fn a_fine_set_in_the_currency_is_not_read_as_one_set_in_euros() {
        // EUR 1,168.40 x 4.2794 = PLN 5,000.05 -> 5,000: true of a fine set in euros, but
        // without `fine_set_in_eur` the decision's own direction (PLN -> EUR) decides.
        let pln = Money::new(dec!(5000)).unwrap().in_currency(Currency::PLN);
        let case = polish(None, Some(dec!(1168.40)));
        let found = findings(&case, Some(pln), Some(Money::new(dec!(1168.39)).unwrap()));
        assert!(found.iter().any(|f| f.code == FindingCode::TotalEurDiffers && f.level == Level::Error));
        let mut euros = case.clone();
        euros.currency.as_mut().unwrap().fine_set_in_eur = true;
        let found = findings(&euros, Some(pln), Some(Money::new(dec!(1168.39)).unwrap()));
        assert!(found.iter().any(|f| f.code == FindingCode::TotalEurMatches), "{found:?}");
    }
}
