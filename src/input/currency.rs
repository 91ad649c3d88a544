//! `[case] currency`: a decision written in a currency other than the euro (issue: authorities
//! outside the euro). Its amounts are read, and reported, in that currency; the rate to the
//! euro converts the EUR amounts of Art. 83 into it and gives EUR equivalents beside them.

use toml::Spanned;

use super::raw::CaseTable;
use super::value::{Amount, RateValue};
use super::{InputError, suggest};
use crate::calc::Case;
use crate::calc::law::authority;
use crate::calc::model::{CaseCurrency, Method, Rate, Turnover};
use crate::calc::money::{Currency, Money};

type Result<T> = std::result::Result<T, InputError>;

fn error<T>(message: impl Into<String>, span: std::ops::Range<usize>) -> Result<T> {
    Err(InputError::new(message, Some(span)))
}

/// The case's currency and rate; `None` for euros. A code must be ISO 4217; a non-euro
/// currency needs exactly one rate above zero; the euro needs none; the pound is refused (the
/// UK GDPR is another law, with other maxima).
pub fn case_currency(table: &CaseTable) -> Result<Option<CaseCurrency>> {
    let rates = (table.per_eur.as_ref(), table.eur_per_unit.as_ref());
    let Some(code) = &table.currency else {
        if let Some(span) = rates.0.map(Spanned::span).or(rates.1.map(Spanned::span)) {
            return error("a rate needs `currency`, the ISO 4217 code the amounts are written in", span);
        }
        return uk_authority(&table.authority).map(|()| None);
    };
    let currency = iso_code(code)?;
    uk_authority(&table.authority)?;
    if currency == Currency::GBP {
        return error(uk_gdpr(), code.span());
    }
    let rate = rate(currency, rates, code.span())?;
    let fine_set_in_eur = table.fine_set_in_eur;
    Ok(rate.map(|rate| CaseCurrency { currency, rate, rate_date: table.rate_date.map(|d| d.0), fine_set_in_eur }))
}

fn iso_code(code: &Spanned<String>) -> Result<Currency> {
    let text = code.get_ref().trim().to_ascii_uppercase();
    Currency::from_code(&text).ok_or_else(|| {
        let hint = suggest(&text, ["PLN", "NOK", "SEK", "DKK", "HUF", "RON", "CZK", "BGN", "ISK", "HRK", "CHF", "EUR"])
            .map(|s| format!("; did you mean \"{s}\"?"))
            .unwrap_or_default();
        InputError::new(
            format!(
                "currency {:?}: not an ISO 4217 currency code (e.g. \"PLN\", \"NOK\", \"SEK\"){hint}",
                code.get_ref()
            ),
            Some(code.span()),
        )
    })
}

fn uk_gdpr() -> &'static str {
    "art83 computes fines under the EU GDPR; UK decisions (ICO, GBP) fall under the UK GDPR and the Data Protection \
     Act 2018, whose maxima are GBP 8,700,000 / 17,500,000 or 2 % / 4 %: art83 does not compute them"
}

fn uk_authority(authority: &str) -> Result<()> {
    match authority::country(authority).as_deref() {
        Some("UK" | "GB") => Err(InputError::new(uk_gdpr(), None)),
        _ => Ok(()),
    }
}

/// `per_eur` or `eur_per_unit`: one of them for a currency other than the euro, none for it.
fn rate(
    currency: Currency,
    (per_eur, eur_per_unit): (Option<&Spanned<RateValue>>, Option<&Spanned<Amount>>),
    code_span: std::ops::Range<usize>,
) -> Result<Option<Rate>> {
    let code = currency.code();
    if let (Some(_), Some(second)) = (per_eur, eur_per_unit) {
        return error("give the rate once: `per_eur` or its inverse `eur_per_unit`, not both", second.span());
    }
    let given = per_eur.map(Spanned::span).or(eur_per_unit.map(Spanned::span));
    if currency == Currency::EUR {
        return match given {
            Some(span) => error("the amounts are in euros: `currency = \"EUR\"` takes no rate", span),
            None => Ok(None),
        };
    }
    let per_eur = match per_eur.map(|rate| (rate.get_ref(), rate.span())) {
        Some((RateValue::Unknown, _)) => return Ok(Some(Rate::Unknown)),
        Some((RateValue::Known(amount), span)) => Some((amount.0.amount(), span)),
        None => None,
    };
    let by_unit = per_eur.is_none();
    let given = per_eur.or(eur_per_unit.map(|rate| (rate.get_ref().0.amount(), rate.span())));
    let Some(rate) = given else {
        return error(
            format!(
                "amounts in {code} need the rate to the euro: `per_eur` ({code} per euro, e.g. per_eur = \"4.2794\") or \
                 `eur_per_unit`"
            ),
            code_span,
        );
    };
    let (value, span) = rate;
    if value.is_zero() {
        return error("an exchange rate must be above zero", span);
    }
    Ok(Some(if by_unit { Rate::EurPerUnit(value) } else { Rate::PerEur(value) }))
}

/// Every amount the file states is in the case's currency (a turnover table with a currency
/// of its own keeps it: it converts through its own rate).
pub fn in_case_currency(case: &mut Case, currency: Currency) {
    let tag = |money: &mut Money| *money = money.in_currency(currency);
    let published = [
        &mut case.published_total,
        &mut case.published_penalties_max,
        &mut case.published_maximum,
        &mut case.published_final_total,
    ];
    for money in published.into_iter().flatten() {
        tag(money);
    }
    match &mut case.undertaking.turnover {
        Turnover::Amount(amount) => tag(amount),
        Turnover::Band(band) => band.low.iter_mut().chain(band.high.iter_mut()).for_each(tag),
        Turnover::ByYear { years, conversion: None } => years.values_mut().for_each(tag),
        Turnover::ByYear { conversion: Some(_), .. } | Turnover::Unknown => {}
    }
    for violation in &mut case.violations {
        violation.fine.iter_mut().for_each(tag);
        violation.published_maximum.iter_mut().for_each(tag);
        if let Some(national) = &mut violation.national {
            national.maximum.iter_mut().for_each(tag);
        }
        violation.proposed.iter_mut().for_each(tag);
        if let Some(Method::Edpb(edpb)) = &mut violation.method
            && let crate::calc::model::Choice::Value(amount) = &mut edpb.starting
        {
            tag(amount);
        }
    }
    for group in &mut case.groups {
        group.fine.iter_mut().for_each(tag);
        group.published_maximum.iter_mut().for_each(tag);
    }
    for appeal in &mut case.appeals {
        appeal.fine.iter_mut().for_each(tag);
    }
    for penalty in &mut case.penalties {
        tag(&mut penalty.amount);
        penalty.max.iter_mut().for_each(tag);
        penalty.published_forfeited.iter_mut().for_each(tag);
        penalty.liquidations.iter_mut().for_each(|l| tag(&mut l.amount));
    }
}
