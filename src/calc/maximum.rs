//! Legal maxima: Art. 83(4)–(6) applied to the undertaking's turnover, and Art. 83(7) to public
//! bodies by the authority's country.

use crate::calc::report::Detail;
use jiff::civil::{Date, date};
use rust_decimal::Decimal;

use super::article::{Tier, TierMaximum};
use super::error::{CalcError, Refusal};
use super::law::authority;
use super::law::public_bodies::{PublicBodyFines, PublicBodyRule, kind_rule, rule_for_kind};
use super::model::{CaseCurrency, PublicBodyKind, Turnover, TurnoverBand, TurnoverCurrency, Undertaking};
use super::money::Currency;
use super::money::Money;
use super::report::{MaximumBasis, Step, TurnoverSource};
use crate::l10n::{Amount, Arg, Lang, Message, catalogue};

/// The turnover the maxima use, after choosing the year and converting the currency.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnoverBasis {
    /// In euros; `None` when it is not known (or a public body has none that counts).
    pub eur: Option<Money>,
    /// In the case's currency (the same as `eur` for a case in euros): what the maxima use.
    pub amount: Option<Money>,
    /// The financial year of the turnover, where known.
    pub year: Option<i16>,
    /// A band the decision states instead of the figure (`amount` and `eur` are then `None`),
    /// in the case's currency.
    pub band: Option<TurnoverBand>,
    /// The same band in euros, for the size bands of EDPB step 2b.
    pub band_eur: Option<TurnoverBand>,
    /// True when the case file names the year the authority used (`turnover_year`).
    pub year_chosen: bool,
    /// Where the turnover comes from.
    pub source: TurnoverSource,
    /// The country of the authority (`NL` for `NL-AP`), whose law and decisions may be cited.
    pub country: Option<String>,
    /// The decision date, which decides which decisions and guidelines can be cited.
    pub decided: Option<Date>,
    /// The case's currency and rate (`None`: euros): the maxima are converted into it.
    pub currency: Option<CaseCurrency>,
    /// For a public body: the Art. 83(7) rule of the authority's country, if art83 holds one.
    pub public_body_rule: Option<&'static PublicBodyRule>,
    /// How the turnover was chosen and converted.
    pub steps: Vec<Step>,
}

impl TurnoverBasis {
    /// An undertaking's turnover in euros, or unknown; no country. For tests and sweeps.
    pub fn plain(eur: Option<Money>) -> TurnoverBasis {
        TurnoverBasis {
            eur,
            amount: eur,
            year: None,
            band: None,
            band_eur: None,
            year_chosen: false,
            source: if eur.is_some() { TurnoverSource::Declared } else { TurnoverSource::Unknown },
            country: None,
            decided: None,
            currency: None,
            public_body_rule: None,
            steps: vec![],
        }
    }

    /// Whether the AP's practice since Clearview (16 May 2024) describes what the authority does:
    /// a Dutch decision of that day or later.
    fn follows_ap_clearview(&self) -> bool {
        self.country.as_deref() == Some("NL") && self.decided.is_some_and(|day| day >= AP_CLEARVIEW_DECIDED)
    }

    /// Why the turnover is not used, for step texts (`maximum-unknown-reason`). Cites what the
    /// AP did in Clearview only where the AP decides after it: a choice of method there, not a
    /// rule on the cap.
    pub fn unknown_reason_message(&self) -> Message {
        let why = match (self.source, self.follows_ap_clearview()) {
            (TurnoverSource::PublicBody, _) => "public-body",
            (TurnoverSource::RateUnknown, _) => "rate-unknown",
            (TurnoverSource::Band, _) => "band",
            (_, true) => "clearview",
            (_, false) => "unknown",
        };
        Message::new("maximum-unknown-reason").arg("why", Arg::Key(why))
    }

    /// [`TurnoverBasis::unknown_reason_message`] in English, for the steps not yet said as
    /// messages.
    pub fn unknown_reason(&self) -> String {
        catalogue::text(Lang::En, &self.unknown_reason_message())
    }

    /// Why the turnover is not used, as the key a message's catalogue words it by (the cases
    /// of [`TurnoverBasis::unknown_reason`]): `public-body`, `rate-unknown`, `band`,
    /// `ap-clearview`, `unknown`.
    pub fn unknown_key(&self) -> &'static str {
        match (self.source, self.follows_ap_clearview()) {
            (TurnoverSource::PublicBody, _) => "public-body",
            (TurnoverSource::RateUnknown, _) => "rate-unknown",
            (TurnoverSource::Band, _) => "band",
            (_, true) => "ap-clearview",
            (_, false) => "unknown",
        }
    }
}

/// The AP's Clearview decision, whose para 210 describes how the AP treats an unknown turnover.
const AP_CLEARVIEW_DECIDED: Date = date(2024, 5, 16);

/// The day the EDPB adopted Guidelines 04/2022 in their final version 2.0 (24 May 2023). Before
/// it, the "preceding financial year" is cited from Art. 83(4)-(6) themselves.
const EDPB_04_2022_ADOPTED: Date = date(2023, 5, 24);

/// Where the "preceding financial year" rule is cited from, for a decision of `decided`: the
/// EDPB's guidelines (`edpb`) or Art. 83(4)-(6) themselves (`gdpr`).
fn preceding_year_key(decided: Option<Date>) -> &'static str {
    match decided {
        Some(day) if day >= EDPB_04_2022_ADOPTED => "edpb",
        _ => "gdpr",
    }
}

/// What `resolve_turnover` needs of the case besides the undertaking.
#[derive(Debug, Clone, Copy)]
pub struct TurnoverContext<'a> {
    /// The decision date, which decides the preceding financial year.
    pub decided: Option<Date>,
    /// The deciding authority's code (`NL-AP`), which decides the Art. 83(7) rule.
    pub authority: &'a str,
    /// `--turnover`: a what-if amount in euros.
    pub turnover_override: Option<Money>,
    /// The case's currency, if not the euro.
    pub currency: Option<&'a CaseCurrency>,
}

/// "Total worldwide annual turnover of the preceding financial year" (Art. 83(4)–(6)): the year
/// before the decision (EDPB Guidelines 04/2022 para 131), unless the authority used another
/// (`turnover_year`). A public body has no turnover-based maximum (Art. 83(7)).
pub fn resolve_turnover(undertaking: &Undertaking, context: TurnoverContext) -> Result<TurnoverBasis, CalcError> {
    let country = authority::country(context.authority);
    let mut basis = if undertaking.fined_as_public_body() {
        public_body_basis(country.as_deref(), undertaking.public_body_kind)
    } else if let Some(amount) = context.turnover_override {
        override_basis(amount, context.decided)
    } else {
        declared_basis(undertaking, context.decided)?
    };
    if undertaking.public_body && !undertaking.fined_as_public_body() {
        basis.steps.insert(0, acting_as_undertaking_step(country.as_deref()));
    }
    basis.country = country;
    basis.decided = context.decided;
    basis.currency = context.currency.cloned();
    in_case_currency(&mut basis)?;
    Ok(basis)
}

/// The turnover in both currencies: a case in another currency states its turnover in it (or
/// in euros, or in a third currency converted to euros at its own rate).
fn in_case_currency(basis: &mut TurnoverBasis) -> Result<(), CalcError> {
    let Some(currency) = basis.currency.clone() else { return Ok(()) };
    if !currency.rate_known() {
        rate_unknown_turnover(basis, &currency);
        return Ok(());
    }
    if let Some(band) = basis.band {
        // A band in the case file is in the case's currency; in euros only for EDPB step 2b.
        let eur = |end: Option<Money>| end.map(|amount| currency.to_eur(amount)).transpose();
        basis.band_eur = Some(TurnoverBand { low: eur(band.low)?, high: eur(band.high)? });
        return Ok(());
    }
    let Some(known) = basis.eur.or(basis.amount) else { return Ok(()) };
    if known.currency() == currency.currency {
        basis.amount = Some(known);
        basis.eur = Some(currency.to_eur(known)?);
        let message = Message::new("maximum-turnover-in-euros").arg("rate", super::currency::rate(&currency));
        basis.steps.push(Step::says(message, basis.eur));
    } else {
        basis.eur = Some(known);
        basis.amount = Some(currency.from_eur(known)?);
        let message = Message::new("maximum-turnover-in-currency")
            .arg("code", currency.currency.code())
            .arg("rate", super::currency::rate(&currency))
            .arg("rounded", rounded(&currency));
        basis.steps.push(Step::says(message, basis.amount));
    }
    Ok(())
}

/// `per_eur = "unknown"`: a turnover in the case's currency stays in it (its EUR figure is not
/// known); one known only in euros is not known in the currency.
fn rate_unknown_turnover(basis: &mut TurnoverBasis, currency: &CaseCurrency) {
    let code = currency.currency.code();
    basis.band_eur = None;
    let Some(known) = basis.eur.or(basis.amount) else {
        // Turnover unknown: the fixed amounts, the floor "at least" rests on, are euros the case
        // cannot state in its currency either, so no maximum is known (not "at least" one).
        for step in basis.steps.iter_mut().filter(|step| step.message.id == "maximum-turnover-unknown") {
            step.message = Message::new("maximum-turnover-and-rate-unknown").arg("code", code);
        }
        return;
    };
    if known.currency() == currency.currency {
        basis.amount = Some(known);
        basis.eur = None;
    } else {
        basis.amount = None;
        basis.source = TurnoverSource::RateUnknown;
        let message = Message::new("maximum-turnover-rate-unknown").arg("code", code).arg("turnover", known);
        basis.steps.push(Step::says(message, None));
    }
}

/// Whether an amount converted from euros into the case's currency was rounded half-up to
/// the cent (`yes`) or is exact (`no`), for a select expression.
fn rounded(currency: &CaseCurrency) -> Arg {
    Arg::Key(if currency.converts_exactly() { "no" } else { "yes" })
}

/// A country code for a message, or the key `none` where the authority has none.
fn country_arg(country: Option<&str>) -> Arg {
    country.map_or(Arg::Key("none"), Arg::from)
}

/// A public body's kind for a message: its case-file name as a key, `none` where not given.
fn kind_arg(kind: Option<PublicBodyKind>) -> Arg {
    Arg::Key(kind.map_or("none", PublicBodyKind::as_str))
}

fn public_body_basis(country: Option<&str>, kind: Option<PublicBodyKind>) -> TurnoverBasis {
    let rule = country.and_then(|country| rule_for_kind(country, kind));
    let message = match rule {
        Some(rule) => Message::new("maximum-public-body")
            .arg("kind", kind_arg(kind))
            .arg("provision", Message::new(rule.provision))
            .arg("scope", Message::new(rule.scope))
            .arg("fines", fines_message(rule.fines)),
        None => {
            Message::new("maximum-public-body-no-rule").arg("kind", kind_arg(kind)).arg("country", country_arg(country))
        }
    };
    TurnoverBasis {
        source: TurnoverSource::PublicBody,
        public_body_rule: rule,
        steps: vec![Step::says(message, None)],
        ..TurnoverBasis::plain(None)
    }
}

/// A public body acting as an undertaking (on a market) is fined as one: Art. 83(7) lets
/// national law spare public authorities, and the national rules that say so leave such
/// bodies out (IE DPA 2018 s. 141(4), BE art. 221 § 2, DE BDSG § 2(5)).
fn acting_as_undertaking_step(country: Option<&str>) -> Step {
    let rule = country.and_then(|country| kind_rule(country, PublicBodyKind::Undertaking));
    let message = match rule {
        Some(rule) => Message::new("maximum-public-body-as-undertaking")
            .arg("provision", Message::new(rule.provision))
            .arg("scope", Message::new(rule.scope)),
        None => Message::new("maximum-public-body-as-undertaking-no-rule").arg("country", country_arg(country)),
    };
    Step::says(message, None)
}

/// What a national Art. 83(7) rule allows (`maximum-public-body-fines`).
fn fines_message(fines: PublicBodyFines) -> Message {
    let message = Message::new("maximum-public-body-fines");
    match fines {
        PublicBodyFines::FixedMaxima => message.arg("fines", Arg::Key("fixed-maxima")),
        PublicBodyFines::Capped { amount, currency } => {
            message.arg("fines", Arg::Key("capped")).arg("cap", in_currency(amount, currency))
        }
        PublicBodyFines::CappedByTier { art83_4, other, currency } => message
            .arg("fines", Arg::Key("capped-by-tier"))
            .arg("cap", in_currency(art83_4, currency))
            .arg("other", in_currency(other, currency)),
        PublicBodyFines::NotAllowed => message.arg("fines", Arg::Key("not-allowed")),
    }
}

/// A law table's amount in the currency the row names (the table holds its figure as euros).
fn in_currency(amount: Money, currency: &'static str) -> Arg {
    Arg::Money(Amount { value: amount.amount(), currency })
}

fn override_basis(amount: Money, decided: Option<Date>) -> TurnoverBasis {
    TurnoverBasis {
        year: decided.map(|d| d.year() - 1),
        source: TurnoverSource::Override,
        steps: vec![Step::says(Message::new("maximum-turnover-what-if"), Some(amount))],
        ..TurnoverBasis::plain(Some(amount))
    }
}

/// Whose financial year counts (Art. 83(4)-(6): "the preceding financial year").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearChoice {
    /// The year the authority chose (`turnover_year`).
    Authority,
    /// The year preceding the decision.
    Preceding,
}

/// The financial year whose turnover counts, and who chose it.
fn financial_year(undertaking: &Undertaking, decided: Option<Date>) -> (Option<i16>, YearChoice) {
    match undertaking.turnover_year {
        Some(year) => (Some(year), YearChoice::Authority),
        None => (decided.map(|d| d.year() - 1), YearChoice::Preceding),
    }
}

fn year_step(year: i16, choice: YearChoice, decided: Option<Date>) -> Step {
    let message = match (choice, decided) {
        (YearChoice::Authority, Some(day)) if day.year() - 1 != year => {
            Message::new("maximum-year-chosen-not-preceding")
                .arg("year", i64::from(year))
                .arg("preceding", i64::from(day.year() - 1))
                .arg("decided", day)
        }
        (YearChoice::Authority, _) => Message::new("maximum-year-chosen").arg("year", i64::from(year)),
        // The preceding year is known only from the decision date.
        (YearChoice::Preceding, day) => {
            let mut message = Message::new("maximum-year-preceding").arg("year", i64::from(year));
            if let Some(day) = day {
                message = message.arg("decided", day);
            }
            message.arg("source", Arg::Key(preceding_year_key(decided)))
        }
    };
    Step::says(message, None)
}

fn declared_basis(undertaking: &Undertaking, decided: Option<Date>) -> Result<TurnoverBasis, CalcError> {
    let (year, choice) = financial_year(undertaking, decided);
    let chosen = choice == YearChoice::Authority;
    match &undertaking.turnover {
        Turnover::Unknown => Ok(TurnoverBasis {
            // The year the authority chose is reported even when its turnover is not known.
            year: year.filter(|_| chosen),
            year_chosen: chosen,
            steps: vec![Step::says(Message::new("maximum-turnover-unknown"), None)],
            ..TurnoverBasis::plain(None)
        }),
        Turnover::Amount(amount) => {
            let message = match year {
                Some(year) => Message::new("maximum-turnover-given")
                    .arg("year", i64::from(year))
                    .arg("chosen", Arg::Key(if chosen { "yes" } else { "no" })),
                None => Message::new("maximum-turnover-given"),
            };
            // `plain` of a known amount: TurnoverSource::Declared.
            Ok(TurnoverBasis {
                year,
                year_chosen: chosen,
                steps: vec![Step::says(message, Some(*amount))],
                ..TurnoverBasis::plain(Some(*amount))
            })
        }
        Turnover::ByYear { years, conversion } => by_year(years, conversion.as_ref(), year, choice, decided),
        Turnover::Band(band) => {
            Ok(TurnoverBasis { year: year.filter(|_| chosen), year_chosen: chosen, ..band_basis(*band) })
        }
    }
}

/// A turnover the decision states only as a band (the figure redacted): the maxima are ranges.
pub fn band_basis(band: TurnoverBand) -> TurnoverBasis {
    let message = Message::new("maximum-turnover-band").arg("band", band_message(band));
    TurnoverBasis {
        band: Some(band),
        band_eur: Some(band),
        source: TurnoverSource::Band,
        steps: vec![Step::says(message, None)],
        ..TurnoverBasis::plain(None)
    }
}

/// A turnover band (`turnover-band`): "above EUR 100,000,000.00 up to EUR 250,000,000.00",
/// "up to ...", "above ...".
pub fn band_message(band: TurnoverBand) -> Message {
    let message = Message::new("turnover-band");
    let message = match band.low {
        Some(low) => message.arg("low", low),
        None => message,
    };
    let message = match band.high {
        Some(high) => message.arg("high", high),
        None => message,
    };
    let ends = match (band.low, band.high) {
        (Some(_), Some(_)) => "both",
        (Some(_), None) => "low",
        (None, Some(_)) => "high",
        (None, None) => "none",
    };
    message.arg("ends", Arg::Key(ends))
}

/// [`band_message`] in English, for the steps not yet said as messages.
pub fn band_text(band: TurnoverBand) -> String {
    catalogue::text(Lang::En, &band_message(band))
}

/// A turnover table by financial year: the entry of the year that counts (Art. 83(4)-(6): the
/// preceding financial year, or the one the authority chose), in euros.
fn by_year(
    years: &std::collections::BTreeMap<i16, Money>,
    conversion: Option<&TurnoverCurrency>,
    year: Option<i16>,
    choice: YearChoice,
    decided: Option<Date>,
) -> Result<TurnoverBasis, CalcError> {
    let chosen = choice == YearChoice::Authority;
    let year = year.ok_or_else(|| CalcError::refused(Refusal::TurnoverYearUnknown, None))?;
    let amount = years.get(&year).ok_or_else(|| missing_year(years.keys(), year, choice, decided))?;
    let mut steps = vec![year_step(year, choice, decided)];
    let Some(eur) = in_euros(*amount, conversion, &mut steps)? else {
        let basis = TurnoverBasis {
            year: Some(year),
            year_chosen: chosen,
            source: TurnoverSource::RateUnknown,
            steps,
            ..TurnoverBasis::plain(None)
        };
        return Ok(basis);
    };
    let message =
        Message::new("maximum-turnover-of-year").arg("year", i64::from(year)).arg("code", eur.currency().code());
    steps.push(Step::says(message, Some(eur)));
    Ok(TurnoverBasis {
        year: Some(year),
        year_chosen: chosen,
        source: TurnoverSource::ByYear,
        steps,
        ..TurnoverBasis::plain(Some(eur))
    })
}

fn missing_year<'a>(
    listed: impl Iterator<Item = &'a i16>,
    year: i16,
    choice: YearChoice,
    decided: Option<Date>,
) -> CalcError {
    let listed: Vec<String> = listed.map(i16::to_string).collect();
    let which = match choice {
        YearChoice::Authority => "the financial year the authority used (`turnover_year`)".to_string(),
        YearChoice::Preceding => {
            let source = Message::new("maximum-year-preceding").arg("source", Arg::Key(preceding_year_key(decided)));
            format!("the financial year preceding the decision ({})", catalogue::attribute(Lang::En, &source, "rule"))
        }
    };
    CalcError::invalid(
        format!("the turnover table has no entry for {year}, {which}; it lists {}", listed.join(", ")),
        None,
    )
}

/// A table's amount in euros at its stated rate; `None` when the rate is not known.
fn in_euros(
    amount: Money,
    conversion: Option<&TurnoverCurrency>,
    steps: &mut Vec<Step>,
) -> Result<Option<Money>, CalcError> {
    let Some(conversion) = conversion else { return Ok(Some(amount)) };
    // The table's amount in its own currency, where the code is one ISO 4217 knows.
    let stated = match Currency::from_code(&conversion.currency) {
        Some(currency) => Arg::from(amount.in_currency(currency)),
        None => Arg::Text(format!("{} {}", conversion.currency, amount.grouped())),
    };
    let Some(rate) = conversion.eur_per_unit else {
        let message = Message::new("maximum-turnover-table-no-rate").arg("turnover", stated);
        steps.push(Step::says(message, None));
        return Ok(None);
    };
    let eur = amount.checked_mul(rate)?;
    let message = Message::new("maximum-turnover-table-converted")
        .arg("turnover", stated)
        .arg("rate", rate)
        .arg("code", conversion.currency.as_str());
    steps.push(Step::says(message, Some(eur)));
    Ok(Some(eur))
}

/// A tier's legal maximum for one undertaking or public body.
#[derive(Debug, Clone, PartialEq)]
pub struct LegalMaximum {
    /// The tier.
    pub tier: Tier,
    /// The maximum; for an `AtLeast` basis, the floor it is known to reach.
    pub amount: Money,
    /// Fixed amount, percentage of turnover, floor or public body rule.
    pub basis: MaximumBasis,
    /// The share of turnover the tier allows (2 or 4), for what a fine above a floor requires.
    pub percent: Decimal,
    /// With a turnover band: `Some` of the maximum at the band's upper end (`None` inside it
    /// when the band is open above); `None` without a band.
    pub band_upper: Option<Option<Money>>,
    /// The fixed amount is not known in the case's currency (`per_eur = "unknown"`): the
    /// amount is only the percentage of turnover.
    pub fixed_unknown: bool,
    /// The step that explains it.
    pub step: Step,
}

impl LegalMaximum {
    /// The turnover at which the tier's percentage reaches `fine`: what a fine above an
    /// at-least maximum needs to be lawful (fine / 2 % or 4 %).
    pub fn required_turnover(&self, fine: Money) -> Result<Money, CalcError> {
        required_turnover(fine, self.percent)
    }
}

/// `fine / (percent / 100)`, rounded **up** to the cent: the least turnover in cents whose
/// `percent` share reaches the fine. An "at least" figure must be enough, so it never rounds
/// down (70M at 12 % needs 583,333,333.34, not .33). The quotient is taken on the integers
/// behind the decimals, dividing last: `Decimal` division rounds at 28 digits and would make a
/// figure a hair too low (or, as 100 / 6 % first, no figure at all).
pub fn required_turnover(fine: Money, percent: Decimal) -> Result<Money, CalcError> {
    if percent <= Decimal::ZERO {
        return Err(CalcError::Overflow);
    }
    // turnover in cents = fine x 100 (percent) x 100 (cents) / percent, on mantissas:
    // (f / 10^fs) x 10^4 / (p / 10^ps) = f x 10^(ps + 4 - fs) / p.
    let amount = fine.amount();
    let (f, p) = (amount.mantissa().unsigned_abs(), percent.mantissa().unsigned_abs());
    let exponent = i64::from(percent.scale()) + 4 - i64::from(amount.scale());
    let ten = |e: i64| 10_u128.checked_pow(u32::try_from(e).ok()?);
    let (numerator, denominator) = if exponent >= 0 {
        (ten(exponent).and_then(|t| f.checked_mul(t)), Some(p))
    } else {
        (Some(f), ten(-exponent).and_then(|t| p.checked_mul(t)))
    };
    let (Some(numerator), Some(denominator)) = (numerator, denominator) else { return Err(CalcError::Overflow) };
    let cents = numerator.div_ceil(denominator);
    let cents = i128::try_from(cents).map_err(|_| CalcError::Overflow)?;
    let turnover = Decimal::try_from_i128_with_scale(cents, 2).map_err(|_| CalcError::Overflow)?;
    Money::new(turnover).map(|m| m.in_currency(fine.currency())).ok_or(CalcError::Overflow)
}

/// Art. 83(4)–(6): the fixed amount or the percentage of turnover, "whichever is higher".
/// With the fixed amount equal to the percentage at exactly EUR 500M, the fixed basis is reported
/// there; the percentage wins strictly above (Uber decision fn. 12). Unknown turnover leaves
/// the maximum at least the fixed amount; a public body follows its country's Art. 83(7) rule.
///
/// ```
/// use art83::calc::article::Tier;
/// use art83::calc::Detail;
/// use art83::calc::maximum::{TurnoverBasis, legal_maximum};
/// use art83::calc::money::Money;
/// use art83::calc::report::MaximumBasis;
///
/// // EUR 2bn turnover: 4 % (EUR 80M) is higher than the fixed EUR 20M of Art. 83(5).
/// let large = TurnoverBasis::plain(Some(Money::euros(2_000_000_000)));
/// let maximum = legal_maximum(Tier::Art83_5, &large, Detail::Amounts).unwrap();
/// assert_eq!((maximum.amount, maximum.basis), (Money::euros(80_000_000), MaximumBasis::Turnover));
///
/// // EUR 100M turnover: 2 % is EUR 2M, so the fixed EUR 10M of Art. 83(4) applies.
/// let small = TurnoverBasis::plain(Some(Money::euros(100_000_000)));
/// let maximum = legal_maximum(Tier::Art83_4, &small, Detail::Amounts).unwrap();
/// assert_eq!((maximum.amount, maximum.basis), (Money::euros(10_000_000), MaximumBasis::Fixed));
///
/// // Turnover unknown: the maximum is at least the fixed amount, never a guess above it.
/// let unknown = TurnoverBasis::plain(None);
/// let maximum = legal_maximum(Tier::Art83_5, &unknown, Detail::Amounts).unwrap();
/// assert_eq!((maximum.amount, maximum.basis), (Money::euros(20_000_000), MaximumBasis::AtLeast));
/// ```
pub fn legal_maximum(tier: Tier, turnover: &TurnoverBasis, detail: Detail) -> Result<LegalMaximum, CalcError> {
    let explain = detail == Detail::Steps;
    // Without steps, a step's message carries no arguments: nothing shows it.
    let say = |message: &dyn Fn() -> Message| if explain { message() } else { Message::new("maximum-higher-of") };
    let TierMaximum { fixed: fixed_eur, percent, .. } = tier.maximum();
    let fixed = match &turnover.currency {
        Some(currency) if currency.rate_known() => currency.from_eur(fixed_eur)?,
        _ => fixed_eur,
    };
    let fixed_message = || fixed_message(fixed, fixed_eur, turnover);
    let maximum = |amount, basis, message: Message| LegalMaximum {
        tier,
        amount,
        basis,
        percent,
        band_upper: None,
        fixed_unknown: false,
        step: Step::says(
            if explain { message.arg("tier", Arg::Provision(tier.as_str().into())) } else { message },
            Some(amount),
        ),
    };
    if let Some(currency) = turnover.currency.as_ref().filter(|c| !c.rate_known()) {
        return rate_unknown_maximum(tier, turnover, currency, detail);
    }
    if turnover.source == TurnoverSource::PublicBody {
        return Ok(public_body_maximum(tier, fixed, turnover, detail)?.map_or_else(
            || {
                let message = say(&|| Message::new("maximum-public-body-fixed").arg("fixed", fixed));
                maximum(fixed, MaximumBasis::PublicBody, message)
            },
            |(amount, basis, message)| maximum(amount, basis, message),
        ));
    }
    if let (None, Some(band)) = (turnover.amount, turnover.band) {
        let (amount, upper, message) = band_maximum(fixed, fixed_message, percent, band)?;
        // The fixed amount at both ends (a band up to EUR 500M) is the maximum itself.
        let basis = if upper == Some(amount) { MaximumBasis::Fixed } else { MaximumBasis::AtLeast };
        let message = if explain { message } else { Message::new("maximum-band") };
        return Ok(LegalMaximum { band_upper: Some(upper), ..maximum(amount, basis, message) });
    }
    let Some(eur) = turnover.amount else {
        let message = say(&|| {
            Message::new("maximum-at-least")
                .arg("maximum", fixed)
                .arg("fixed", fixed_message())
                .arg("percent", percent)
                .arg("reason", turnover.unknown_reason_message())
        });
        return Ok(maximum(fixed, MaximumBasis::AtLeast, message));
    };
    let share = eur.percent(percent)?;
    let (amount, basis) = if share > fixed { (share, MaximumBasis::Turnover) } else { (fixed, MaximumBasis::Fixed) };
    let winner = match basis {
        MaximumBasis::Turnover => "percentage",
        _ => "fixed",
    };
    let message = say(&|| {
        let message = Message::new("maximum-higher-of")
            .arg("fixed", fixed_message())
            .arg("percent", percent)
            .arg("turnover", eur)
            .arg("share", share)
            .arg("winner", Arg::Key(winner));
        match turnover.year {
            Some(year) => message.arg("year", i64::from(year)),
            None => message,
        }
    });
    Ok(maximum(amount, basis, message))
}

/// Art. 83(4)-(6) with the turnover known only as a band: the maximum ("the higher of the fixed
/// amount and the percentage") rises with turnover, so it lies between its value at the band's
/// lower end (the fixed amount where that end is open or its percentage is lower) and its value
/// at the upper end (none when the band is open above). The lower end is what the maximum is
/// known to reach, so the basis stays `at-least` (`fixed` where both ends give the fixed amount,
/// a band up to EUR 500M); `check` errs only above the upper end.
fn band_maximum(
    fixed: Money,
    fixed_message: impl Fn() -> Message,
    percent: Decimal,
    band: TurnoverBand,
) -> Result<(Money, Option<Money>, Message), CalcError> {
    let at = |turnover: Money| -> Result<Money, CalcError> { Ok(turnover.percent(percent)?.max(fixed)) };
    let lower = match band.low {
        Some(low) => at(low)?,
        None => fixed,
    };
    let upper = band.high.map(at).transpose()?;
    let message = Message::new("maximum-band").arg("lower", lower);
    let message = match upper {
        Some(upper) if upper == lower => message.arg("ends", Arg::Key("fixed")),
        Some(upper) => message.arg("upper", upper).arg("ends", Arg::Key("both")),
        None => message.arg("ends", Arg::Key("open")),
    };
    let message = message.arg("fixed", fixed_message()).arg("percent", percent).arg("band", band_message(band));
    Ok((lower, upper, message))
}

/// Art. 83(4)-(6) in a decision that states no rate (`per_eur = "unknown"`): the fixed amount is
/// in euros and not known in the decision's currency, so the maximum ("whichever is higher") is
/// at least the percentage of a turnover stated in that currency, and not known without one. A
/// public body's national cap in the decision's own currency still applies (Art. 83(7)).
fn rate_unknown_maximum(
    tier: Tier,
    turnover: &TurnoverBasis,
    currency: &CaseCurrency,
    detail: Detail,
) -> Result<LegalMaximum, CalcError> {
    let TierMaximum { fixed: fixed_eur, percent, .. } = tier.maximum();
    let code = currency.currency.code();
    let explain = detail == Detail::Steps;
    let capped_in_currency = turnover.public_body_rule.is_some_and(|rule| match rule.fines {
        PublicBodyFines::Capped { currency, .. } | PublicBodyFines::CappedByTier { currency, .. } => {
            currency.eq_ignore_ascii_case(code)
        }
        PublicBodyFines::NotAllowed => true,
        PublicBodyFines::FixedMaxima => false,
    });
    let step = |amount: Option<Money>, message: Message| {
        let message = if explain { message } else { Message::new(message.id) };
        Step::says(message.arg("tier", Arg::Provision(tier.as_str().into())), amount)
    };
    let maximum = |amount: Money, basis, message: Message| LegalMaximum {
        tier,
        amount,
        basis,
        percent,
        band_upper: None,
        fixed_unknown: true,
        step: step(Some(amount), message),
    };
    if capped_in_currency
        && let Some((amount, basis, message)) = public_body_maximum(tier, fixed_eur, turnover, detail)?
    {
        return Ok(maximum(amount, basis, message));
    }
    let unknown = Message::new("maximum-rate-unknown").arg("fixed", fixed_eur).arg("code", code);
    match turnover.amount.filter(|_| turnover.source != TurnoverSource::PublicBody) {
        Some(amount) => {
            let share = amount.percent(percent)?;
            let message = unknown
                .arg("known", Arg::Key("turnover"))
                .arg("share", share)
                .arg("percent", percent)
                .arg("turnover", amount);
            Ok(maximum(share, MaximumBasis::AtLeast, message))
        }
        None => Ok(LegalMaximum {
            step: step(None, unknown.arg("known", Arg::Key("nothing"))),
            ..maximum(Money::ZERO.in_currency(currency.currency), MaximumBasis::Unknown, Message::new(""))
        }),
    }
}

/// The fixed maximum as a step writes it (`maximum-fixed`), with its conversion where the case
/// has a currency: "PLN 85,588,000.00 (EUR 20,000,000.00 at 4.2794 PLN per EUR)".
fn fixed_message(fixed: Money, fixed_eur: Money, turnover: &TurnoverBasis) -> Message {
    let message = Message::new("maximum-fixed").arg("fixed", fixed);
    match &turnover.currency {
        Some(currency) => message
            .arg("converted", Arg::Key("yes"))
            .arg("fixed_eur", fixed_eur)
            .arg("rate", super::currency::rate(currency))
            .arg("rounded", rounded(currency)),
        None => message.arg("converted", Arg::Key("no")),
    }
}

/// Art. 83(7): the national rule's maximum for a public body (`maximum-public-body-cap`); `None`
/// when the country has no row (the fixed maxima are shown, and a finding says national law was
/// not checked).
fn public_body_maximum(
    tier: Tier,
    fixed: Money,
    turnover: &TurnoverBasis,
    detail: Detail,
) -> Result<Option<(Money, MaximumBasis, Message)>, CalcError> {
    let Some(rule) = turnover.public_body_rule else { return Ok(None) };
    let explain = detail == Detail::Steps;
    let say = |cap: &'static str, amount: Money| {
        let message = Message::new("maximum-public-body-cap");
        if explain {
            message.arg("cap", Arg::Key(cap)).arg("amount", amount).arg("provision", Message::new(rule.provision))
        } else {
            message
        }
    };
    let capped = |amount: Money, currency: &'static str, cap: &'static str| -> Result<_, CalcError> {
        let amount = national_cap(amount, currency, turnover, rule)?;
        Ok((amount, MaximumBasis::PublicBody, say(cap, amount)))
    };
    Ok(Some(match rule.fines {
        PublicBodyFines::FixedMaxima => (fixed, MaximumBasis::PublicBody, say("fixed-maxima", fixed)),
        PublicBodyFines::Capped { amount, currency } => capped(amount, currency, "capped")?,
        PublicBodyFines::CappedByTier { art83_4, other, currency } => match tier {
            Tier::Art83_4 => capped(art83_4, currency, "by-tier")?,
            _ => capped(other, currency, "by-tier")?,
        },
        PublicBodyFines::NotAllowed => (Money::ZERO, MaximumBasis::NoFine, say("not-allowed", Money::ZERO)),
    }))
}

/// A national cap in the case's currency. A cap in another currency than the case's cannot be
/// compared with its fines: the case must be written in that currency.
fn national_cap(
    amount: Money,
    currency: &'static str,
    turnover: &TurnoverBasis,
    rule: &PublicBodyRule,
) -> Result<Money, CalcError> {
    let case_currency = turnover.currency.as_ref().map_or(Currency::EUR, |c| c.currency);
    if case_currency.code().eq_ignore_ascii_case(currency) {
        return Ok(amount.in_currency(case_currency));
    }
    if let (Some(case), "EUR") = (&turnover.currency, currency) {
        return Ok(case.from_eur(amount)?);
    }
    Err(CalcError::refused(Refusal::PublicBodyCapInOtherCurrency { provision: rule.provision, currency, amount }, None))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::calc::model::TurnoverCurrency;
    use crate::l10n::Lang;
    use jiff::civil::date;
    use rust_decimal_macros::dec;

    fn basis(eur: i64) -> TurnoverBasis {
        TurnoverBasis { year: Some(2023), ..TurnoverBasis::plain(Some(Money::euros(eur))) }
    }

    fn undertaking(turnover: Turnover) -> Undertaking {
        Undertaking {
            name: "U".into(),
            turnover,
            public_body: false,
            public_body_kind: None,
            turnover_year: None,
            turnover_span: None,
        }
    }

    fn resolve(
        undertaking: &Undertaking,
        decided: Option<Date>,
        what_if: Option<Money>,
    ) -> Result<TurnoverBasis, CalcError> {
        resolve_turnover(
            undertaking,
            TurnoverContext { decided, authority: "NL-AP", turnover_override: what_if, currency: None },
        )
    }

    fn public_body_in(authority: &str) -> TurnoverBasis {
        let mut body = undertaking(Turnover::Amount(Money::euros(5_000_000_000)));
        body.public_body = true;
        resolve_turnover(&body, TurnoverContext { decided: None, authority, turnover_override: None, currency: None })
            .unwrap()
    }

    #[test]
    fn art83_7_the_kind_of_public_body_national_law_distinguishes() {
        let kind_in = |authority: &str, kind| {
            let mut body = undertaking(Turnover::Amount(Money::euros(5_000_000_000)));
            body.public_body = true;
            body.public_body_kind = Some(kind);
            let context = TurnoverContext { decided: None, authority, turnover_override: None, currency: None };
            legal_maximum(Tier::Art83_5, &resolve_turnover(&body, context).unwrap(), Detail::Steps).unwrap()
        };
        // FR: Loi 78-17 art. 20 III spares the State only; a municipality gets the fixed EUR 20M.
        let state = kind_in("FR-CNIL", PublicBodyKind::State);
        assert_eq!((state.amount, state.basis), (Money::ZERO, MaximumBasis::NoFine));
        let local = kind_in("FR-CNIL", PublicBodyKind::Local);
        assert_eq!((local.amount, local.basis), (Money::euros(20_000_000), MaximumBasis::PublicBody));
        // LU: neither the State nor the municipalities.
        assert_eq!(kind_in("LU-CNPD", PublicBodyKind::Local).basis, MaximumBasis::NoFine);
        // IE: a public body acting as an undertaking is out of s. 141's EUR 1M cap: 4 % of EUR 5bn.
        let market = kind_in("IE-DPC", PublicBodyKind::Undertaking);
        assert_eq!((market.amount, market.basis), (Money::euros(200_000_000), MaximumBasis::Turnover));
    }

    #[test]
    fn art83_5_cap_uses_higher_of_fixed_and_percentage() {
        let below = legal_maximum(Tier::Art83_5, &basis(100_000_000), Detail::Steps).unwrap();
        assert_eq!((below.amount, below.basis), (Money::euros(20_000_000), MaximumBasis::Fixed));
        let above = legal_maximum(Tier::Art83_5, &basis(2_000_000_000), Detail::Steps).unwrap();
        assert_eq!((above.amount, above.basis), (Money::euros(80_000_000), MaximumBasis::Turnover));
    }

    #[test]
    fn percentage_wins_exactly_above_500m_in_both_tiers() {
        for tier in [Tier::Art83_4, Tier::Art83_5] {
            let fixed = tier.maximum().fixed;
            let at = legal_maximum(tier, &basis(500_000_000), Detail::Steps).unwrap();
            assert_eq!((at.amount, at.basis), (fixed, MaximumBasis::Fixed), "{tier:?}");
            let cent_above = TurnoverBasis {
                year: Some(2023),
                ..TurnoverBasis::plain(Some(Money::new(dec!(500_000_000.01)).unwrap()))
            };
            let above = legal_maximum(tier, &cent_above, Detail::Steps).unwrap();
            assert_eq!(above.basis, MaximumBasis::Turnover, "{tier:?}");
            assert!(above.amount > fixed);
            let below = legal_maximum(tier, &basis(499_999_999), Detail::Steps).unwrap();
            assert_eq!((below.amount, below.basis), (fixed, MaximumBasis::Fixed));
        }
    }

    #[test]
    fn art83_5_unknown_turnover_of_an_undertaking_is_at_least_the_fixed_amount() {
        let basis = resolve(&undertaking(Turnover::Unknown), Some(date(2024, 5, 16)), None).unwrap();
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(20_000_000), MaximumBasis::AtLeast));
        assert!(max.step.detail_in(Lang::En).starts_with("at least"), "{}", max.step.detail_in(Lang::En));
        // What the AP did in Clearview is cited only in a Dutch case decided since.
        assert!(max.step.detail_in(Lang::En).contains("para 210"), "{}", max.step.detail_in(Lang::En));
        let booking = resolve(&undertaking(Turnover::Unknown), Some(date(2020, 12, 10)), None).unwrap();
        let max = legal_maximum(Tier::Art83_4, &booking, Detail::Steps).unwrap();
        assert!(!max.step.detail_in(Lang::En).contains("Clearview"), "{}", max.step.detail_in(Lang::En));
        let irish = resolve_turnover(
            &undertaking(Turnover::Unknown),
            TurnoverContext {
                decided: Some(date(2025, 5, 2)),
                authority: "IE-DPC",
                turnover_override: None,
                currency: None,
            },
        )
        .unwrap();
        let max = legal_maximum(Tier::Art83_5, &irish, Detail::Steps).unwrap();
        assert_eq!(max.basis, MaximumBasis::AtLeast);
        assert!(!max.step.detail_in(Lang::En).contains("Clearview"), "{}", max.step.detail_in(Lang::En));
    }

    #[test]
    fn a_fine_above_an_at_least_maximum_needs_fine_over_the_percentage_in_turnover() {
        let basis = TurnoverBasis::plain(None);
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        // TikTok (DPC 2025): EUR 485M needs a turnover of at least 485M / 4 % = EUR 12.125bn.
        assert_eq!(max.required_turnover(Money::euros(485_000_000)).unwrap(), Money::euros(12_125_000_000));
        let max = legal_maximum(Tier::Art83_4, &basis, Detail::Steps).unwrap();
        assert_eq!(max.required_turnover(Money::euros(15_000_000)).unwrap(), Money::euros(750_000_000));
    }

    #[test]
    fn a_required_turnover_is_rounded_up_to_the_cent_so_that_it_suffices() {
        let euros = |text: &str| Money::new(text.parse().unwrap()).unwrap();
        // 70M / 12 % = 583,333,333.333...: 583,333,333.33 x 12 % = 69,999,999.9996, short of 70M.
        assert_eq!(required_turnover(Money::euros(70_000_000), dec!(12)).unwrap(), euros("583333333.34"));
        // An Art. 83(4) and an 83(5) infringement combined (2 % + 4 %): 31M / 6 % = 516,666,666.67,
        // where 100 / 6 first gave a result too long for 28 digits.
        assert_eq!(required_turnover(Money::euros(31_000_000), dec!(6)).unwrap(), euros("516666666.67"));
        // An exact quotient stays as it is; a fine in sub-cents still needs enough: 0.001 / 4 % = 0.025.
        assert_eq!(required_turnover(Money::euros(30_000_000), dec!(6)).unwrap(), Money::euros(500_000_000));
        assert_eq!(required_turnover(euros("0.001"), dec!(4)).unwrap(), euros("0.03"));
        // The turnover keeps the fine's currency.
        let zloty = Money::euros(1_000).in_currency(Currency::PLN);
        assert_eq!(required_turnover(zloty, dec!(2)).unwrap().currency(), Currency::PLN);
        assert!(required_turnover(Money::euros(1), Decimal::ZERO).is_err());
    }

    #[test]
    fn art83_7_public_body_follows_the_authoritys_country() {
        let dutch = public_body_in("NL-AP");
        assert_eq!(dutch.eur, None);
        let max = legal_maximum(Tier::Art83_4, &dutch, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(10_000_000), MaximumBasis::PublicBody));
        // Ireland: Data Protection Act 2018 s. 141, EUR 1M whatever the tier.
        let irish = legal_maximum(Tier::Art83_5, &public_body_in("IE-DPC"), Detail::Steps).unwrap();
        assert_eq!((irish.amount, irish.basis), (Money::euros(1_000_000), MaximumBasis::PublicBody));
        assert!(irish.step.detail_in(Lang::En).contains("141"), "{}", irish.step.detail_in(Lang::En));
        // Germany: BDSG § 43(3), no fines at all.
        let german = legal_maximum(Tier::Art83_5, &public_body_in("DE-BfDI"), Detail::Steps).unwrap();
        assert_eq!((german.amount, german.basis), (Money::ZERO, MaximumBasis::NoFine));
        // A country art83 holds no rule for: the fixed maxima, said so in the turnover step.
        let other = public_body_in("XX-DPA");
        assert!(other.steps[0].detail_in(Lang::En).contains("holds no rule"), "{}", other.steps[0].detail_in(Lang::En));
        let max = legal_maximum(Tier::Art83_5, &other, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(20_000_000), MaximumBasis::PublicBody));
    }

    #[test]
    fn art83_7_a_national_cap_in_another_currency_needs_the_case_in_that_currency() {
        let polish = public_body_in("PL-UODO");
        let error = legal_maximum(Tier::Art83_5, &polish, Detail::Steps).unwrap_err();
        assert!(
            matches!(
                &error,
                CalcError::Refused { refusal: Refusal::PublicBodyCapInOtherCurrency { currency: "PLN", .. }, .. }
            ),
            "{error}"
        );
        assert!(error.to_string().contains("PLN 100,000.00"), "{error}");
        let in_zloty = TurnoverBasis { currency: Some(case_in(Currency::PLN, dec!(4.2794))), ..polish };
        let max = legal_maximum(Tier::Art83_5, &in_zloty, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (pln(100_000), MaximumBasis::PublicBody));
        // Sweden: one cap for Art. 83(4), another for the rest (Dataskyddslagen ch. 6 § 2).
        let sek = |n: i64| Money::euros(n).in_currency(Currency::SEK);
        let swedish = TurnoverBasis { currency: Some(case_in(Currency::SEK, dec!(11))), ..public_body_in("SE-IMY") };
        assert_eq!(legal_maximum(Tier::Art83_4, &swedish, Detail::Steps).unwrap().amount, sek(5_000_000));
        assert_eq!(legal_maximum(Tier::Art83_5, &swedish, Detail::Steps).unwrap().amount, sek(10_000_000));
        // Ireland's cap is in euros: in a case in another currency it is converted.
        let irish = TurnoverBasis { currency: Some(case_in(Currency::PLN, dec!(4))), ..public_body_in("IE-DPC") };
        assert_eq!(legal_maximum(Tier::Art83_5, &irish, Detail::Steps).unwrap().amount, pln(4_000_000));
    }

    fn case_in(currency: Currency, per_eur: Decimal) -> CaseCurrency {
        CaseCurrency {
            currency,
            rate: crate::calc::model::Rate::PerEur(per_eur),
            rate_date: None,
            fine_set_in_eur: false,
        }
    }

    fn pln(n: i64) -> Money {
        Money::euros(n).in_currency(Currency::PLN)
    }

    #[test]
    fn uodo_dke_561_2_2020_the_maximum_in_zloty_at_the_nbp_rate_of_28_january() {
        // PLN 5,000 on a sole trader whose turnover is unknown: the Art. 83(5) maximum is at least
        // EUR 20M x 4.2794 = PLN 85,588,000.00.
        let basis =
            TurnoverBasis { currency: Some(case_in(Currency::PLN, dec!(4.2794))), ..TurnoverBasis::plain(None) };
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (pln(85_588_000), MaximumBasis::AtLeast));
        assert_eq!(
            max.step.detail_in(Lang::En),
            "at least PLN 85,588,000.00: the higher of PLN 85,588,000.00 (EUR 20,000,000.00 at 4.2794 PLN per EUR) \
             and 4 % of turnover; turnover unknown"
        );
        // With eur_per_unit the conversion divides, and rounds half-up to the cent.
        let inverse =
            CaseCurrency { rate: crate::calc::model::Rate::EurPerUnit(dec!(0.3)), ..case_in(Currency::PLN, dec!(1)) };
        let basis = TurnoverBasis { currency: Some(inverse), ..TurnoverBasis::plain(None) };
        assert_eq!(legal_maximum(Tier::Art83_4, &basis, Detail::Steps).unwrap().amount.amount(), dec!(33333333.33));
    }

    #[test]
    fn a_turnover_in_a_third_currency_converts_through_its_own_rate_then_the_cases() {
        // A Polish case, turnover in USD at 0.9 EUR per USD, the case at 4 PLN per EUR.
        let years = BTreeMap::from([(2023, Money::euros(1_000_000_000))]);
        let conversion = Some(TurnoverCurrency { currency: "USD".into(), eur_per_unit: Some(dec!(0.9)) });
        let currency = case_in(Currency::PLN, dec!(4));
        let context = TurnoverContext {
            decided: Some(date(2024, 6, 1)),
            authority: "PL-UODO",
            turnover_override: None,
            currency: Some(&currency),
        };
        let basis = resolve_turnover(&undertaking(Turnover::ByYear { years, conversion }), context).unwrap();
        assert_eq!(basis.eur, Some(Money::euros(900_000_000)));
        assert_eq!(basis.amount, Some(pln(3_600_000_000)));
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (pln(144_000_000), MaximumBasis::Turnover));
    }

    #[test]
    fn a_turnover_in_euros_is_converted_into_the_cases_currency() {
        // A Polish case whose turnover is stated in euros: EUR 1bn x 4.2794 = PLN 4,279,400,000.00,
        // exact at a rate per euro.
        let in_euros = undertaking(Turnover::Amount(Money::euros(1_000_000_000)));
        let resolve_in = |currency: &CaseCurrency| {
            let context = TurnoverContext {
                decided: Some(date(2024, 6, 1)),
                authority: "PL-UODO",
                turnover_override: None,
                currency: Some(currency),
            };
            resolve_turnover(&in_euros, context).unwrap()
        };
        let basis = resolve_in(&case_in(Currency::PLN, dec!(4.2794)));
        assert_eq!((basis.eur, basis.amount), (Some(Money::euros(1_000_000_000)), Some(pln(4_279_400_000))));
        let step = basis.steps.last().unwrap();
        assert_eq!(
            (&*step.rule_in(Lang::En), &*step.detail_in(Lang::En)),
            ("currency conversion", "in PLN at 4.2794 PLN per EUR")
        );
        assert_eq!(step.amount, Some(pln(4_279_400_000)));
        // At 0.3 EUR per PLN the conversion divides: 1bn / 0.3 = 3,333,333,333.33..., rounded.
        let inverse =
            CaseCurrency { rate: crate::calc::model::Rate::EurPerUnit(dec!(0.3)), ..case_in(Currency::PLN, dec!(1)) };
        let basis = resolve_in(&inverse);
        let step = basis.steps.last().unwrap();
        assert_eq!(step.detail_in(Lang::En), "in PLN at 0.3 EUR per PLN, rounded half-up to the cent");
        let expected = Money::new(dec!(3333333333.33)).unwrap().in_currency(Currency::PLN);
        assert_eq!((basis.amount, step.amount), (Some(expected), Some(expected)));
    }

    #[test]
    fn an_unknown_turnover_keeps_the_year_the_authority_chose() {
        let mut unknown = undertaking(Turnover::Unknown);
        let basis = resolve(&unknown, Some(date(2024, 5, 2)), None).unwrap();
        // The year preceding the decision is not reported for a turnover nobody knows.
        assert_eq!((basis.eur, basis.year, basis.year_chosen), (None, None, false));
        unknown.turnover_year = Some(2022);
        let basis = resolve(&unknown, Some(date(2024, 5, 2)), None).unwrap();
        assert_eq!((basis.eur, basis.year, basis.year_chosen), (None, Some(2022), true));
    }

    #[test]
    fn a_turnover_at_an_unknown_rate_keeps_its_year_whatsapp() {
        let years = BTreeMap::from([(2020, Money::euros(85_965_000_000))]);
        let conversion = Some(TurnoverCurrency { currency: "USD".into(), eur_per_unit: None });
        let mut whatsapp = undertaking(Turnover::ByYear { years, conversion });
        // DPC, 2 September 2021: financial year 2020 precedes the decision.
        let basis = resolve(&whatsapp, Some(date(2021, 9, 2)), None).unwrap();
        assert_eq!((basis.source, basis.year, basis.year_chosen), (TurnoverSource::RateUnknown, Some(2020), false));
        // The same year named by the authority.
        whatsapp.turnover_year = Some(2020);
        let basis = resolve(&whatsapp, Some(date(2021, 9, 2)), None).unwrap();
        assert_eq!((basis.source, basis.year, basis.year_chosen), (TurnoverSource::RateUnknown, Some(2020), true));
    }

    #[test]
    fn public_body_ignores_turnover_even_a_what_if() {
        let mut body = undertaking(Turnover::Amount(Money::euros(5_000_000_000)));
        body.public_body = true;
        let basis = resolve(&body, None, Some(Money::euros(9_000_000_000))).unwrap();
        assert_eq!(basis.eur, None);
        assert_eq!(legal_maximum(Tier::Art83_4, &basis, Detail::Steps).unwrap().amount, Money::euros(10_000_000));
    }

    #[test]
    fn turnover_of_the_financial_year_preceding_the_decision() {
        let years = BTreeMap::from([(2022, Money::euros(1_400_000_000)), (2023, Money::euros(1_500_000_000))]);
        let table = undertaking(Turnover::ByYear { years, conversion: None });
        let basis = resolve(&table, Some(date(2024, 5, 16)), None).unwrap();
        assert_eq!((basis.eur, basis.year), (Some(Money::euros(1_500_000_000)), Some(2023)));
        assert!(basis.steps[0].rule_in(Lang::En).contains("para 131"), "{:?}", basis.steps[0]);
        let earlier = resolve(&table, Some(date(2023, 1, 2)), None).unwrap();
        assert_eq!(earlier.year, Some(2022));
        // Before the EDPB adopted Guidelines 04/2022, the rule is cited from Art. 83 itself.
        assert!(earlier.steps[0].rule_in(Lang::En).starts_with("Art. 83"), "{:?}", earlier.steps[0]);
        let missing = resolve(&table, Some(date(2026, 1, 1)), None).unwrap_err().to_string();
        assert!(missing.contains("no entry for 2025") && missing.contains("2022, 2023"), "{missing}");
        assert_eq!(resolve(&table, None, None).unwrap_err(), CalcError::refused(Refusal::TurnoverYearUnknown, None));
    }

    #[test]
    fn turnover_year_picks_the_row_the_authority_used_kruidvat_2024() {
        let years = BTreeMap::from([(2022, Money::euros(100)), (2023, Money::euros(200))]);
        let mut table = undertaking(Turnover::ByYear { years, conversion: None });
        table.turnover_year = Some(2022);
        let basis = resolve(&table, Some(date(2024, 5, 2)), None).unwrap();
        assert_eq!((basis.eur, basis.year, basis.year_chosen), (Some(Money::euros(100)), Some(2022), true));
        assert!(basis.steps[0].detail_in(Lang::En).contains("as the authority chose"), "{:?}", basis.steps[0]);
        table.turnover_year = Some(2019);
        let missing = resolve(&table, Some(date(2024, 5, 2)), None).unwrap_err().to_string();
        assert!(missing.contains("no entry for 2019") && missing.contains("it lists 2022, 2023"), "{missing}");
        // A single amount is labelled with the year.
        let mut single = undertaking(Turnover::Amount(Money::euros(7)));
        single.turnover_year = Some(2022);
        let basis = resolve(&single, Some(date(2024, 5, 2)), None).unwrap();
        assert_eq!((basis.source, basis.year, basis.year_chosen), (TurnoverSource::Declared, Some(2022), true));
    }

    #[test]
    fn an_unknown_rate_leaves_the_turnover_unknown_whatsapp() {
        let years = BTreeMap::from([(2020, Money::euros(85_965_000_000))]);
        let conversion = Some(TurnoverCurrency { currency: "USD".into(), eur_per_unit: None });
        let whatsapp = undertaking(Turnover::ByYear { years, conversion });
        let basis = resolve(&whatsapp, Some(date(2021, 9, 2)), None).unwrap();
        assert_eq!((basis.eur, basis.source), (None, TurnoverSource::RateUnknown));
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(20_000_000), MaximumBasis::AtLeast));
    }

    #[test]
    fn foreign_turnover_is_converted_at_the_stated_rate_uber_2024() {
        let years = BTreeMap::from([(2023, Money::euros(37_281_000_000))]);
        let conversion = Some(TurnoverCurrency { currency: "USD".into(), eur_per_unit: Some(dec!(0.9183)) });
        let uber = undertaking(Turnover::ByYear { years, conversion });
        let basis = resolve(&uber, Some(date(2024, 7, 22)), None).unwrap();
        assert_eq!(basis.eur, Some(Money::euros(34_235_142_300)));
        let max = legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap();
        assert_eq!(max.amount, Money::euros(1_369_405_692));
    }

    #[test]
    fn override_replaces_the_case_turnover() {
        let basis = resolve(&undertaking(Turnover::Unknown), None, Some(Money::euros(2_000_000_000))).unwrap();
        assert_eq!(basis.source, TurnoverSource::Override);
        assert_eq!(legal_maximum(Tier::Art83_5, &basis, Detail::Steps).unwrap().amount, Money::euros(80_000_000));
    }

    #[test]
    fn absurd_turnover_is_an_error_not_a_panic() {
        let years = BTreeMap::from([(2023, Money::new(rust_decimal::Decimal::MAX).unwrap())]);
        let conversion = Some(TurnoverCurrency { currency: "XYZ".into(), eur_per_unit: Some(dec!(1.5)) });
        let absurd = undertaking(Turnover::ByYear { years, conversion });
        assert_eq!(resolve(&absurd, Some(date(2024, 1, 1)), None), Err(CalcError::Overflow));
    }

    fn band(low: Option<i64>, high: Option<i64>) -> TurnoverBasis {
        band_basis(TurnoverBand { low: low.map(Money::euros), high: high.map(Money::euros) })
    }

    #[test]
    fn art83_5_band_1bn_to_2bn_gives_a_maximum_from_40m_to_80m() {
        // 4 % of EUR 1bn = 40M, of EUR 2bn = 80M; both above the fixed EUR 20M.
        let max = legal_maximum(Tier::Art83_5, &band(Some(1_000_000_000), Some(2_000_000_000)), Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(40_000_000), MaximumBasis::AtLeast));
        assert_eq!(max.band_upper, Some(Some(Money::euros(80_000_000))));
        // Art. 83(4): 2 % of 300M = 6M, below the fixed 10M; 2 % of 1bn = 20M.
        let max = legal_maximum(Tier::Art83_4, &band(Some(300_000_000), Some(1_000_000_000)), Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(10_000_000), MaximumBasis::AtLeast));
        assert_eq!(max.band_upper, Some(Some(Money::euros(20_000_000))));
    }

    #[test]
    fn art83_5_band_open_above_has_no_upper_end_and_open_below_starts_at_the_fixed_amount() {
        // "1bn..": 4 % of 1bn = 40M at least, no upper end.
        let max = legal_maximum(Tier::Art83_5, &band(Some(1_000_000_000), None), Detail::Steps).unwrap();
        assert_eq!(
            (max.amount, max.basis, max.band_upper),
            (Money::euros(40_000_000), MaximumBasis::AtLeast, Some(None))
        );
        // "..1bn": from the fixed 20M (turnover near zero) up to 4 % of 1bn = 40M.
        let max = legal_maximum(Tier::Art83_5, &band(None, Some(1_000_000_000)), Detail::Steps).unwrap();
        assert_eq!((max.amount, max.band_upper), (Money::euros(20_000_000), Some(Some(Money::euros(40_000_000)))));
    }

    #[test]
    fn art83_4_a_band_up_to_500m_gives_the_fixed_amount_itself() {
        // 2 % of 250M = 5M < 10M at both ends: the maximum is EUR 10M, basis fixed.
        let max = legal_maximum(Tier::Art83_4, &band(Some(100_000_000), Some(250_000_000)), Detail::Steps).unwrap();
        assert_eq!((max.amount, max.basis), (Money::euros(10_000_000), MaximumBasis::Fixed));
        assert_eq!(max.band_upper, Some(Some(Money::euros(10_000_000))));
        assert!(
            max.step.detail_in(Lang::En).contains("the fixed amount throughout"),
            "{}",
            max.step.detail_in(Lang::En)
        );
    }

    #[test]
    fn a_band_in_the_case_file_is_reported_as_the_band_not_as_a_turnover() {
        let banded = TurnoverBand { low: Some(Money::euros(100_000_000)), high: None };
        let basis = resolve(&undertaking(Turnover::Band(banded)), Some(date(2024, 5, 16)), None).unwrap();
        assert_eq!((basis.amount, basis.eur, basis.source), (None, None, TurnoverSource::Band));
        assert_eq!(basis.band, Some(banded));
    }

    fn zloty_without_rate(amount: Option<i64>) -> TurnoverBasis {
        let currency = CaseCurrency {
            currency: Currency::PLN,
            rate: crate::calc::model::Rate::Unknown,
            rate_date: None,
            fine_set_in_eur: false,
        };
        let mut basis = TurnoverBasis::plain(amount.map(|a| Money::euros(a).in_currency(Currency::PLN)));
        basis.currency = Some(currency);
        basis
    }

    #[test]
    fn art83_5_no_rate_stated_the_maximum_is_at_least_the_percentage_of_a_turnover_in_the_currency() {
        // 4 % of PLN 2bn = PLN 80M; the EUR 20M cannot be converted, so only "at least".
        let max = legal_maximum(Tier::Art83_5, &zloty_without_rate(Some(2_000_000_000)), Detail::Steps).unwrap();
        assert_eq!(
            (max.amount, max.basis),
            (Money::euros(80_000_000).in_currency(Currency::PLN), MaximumBasis::AtLeast)
        );
        // Without a turnover the maximum is not known at all.
        let max = legal_maximum(Tier::Art83_4, &zloty_without_rate(None), Detail::Steps).unwrap();
        assert_eq!(max.basis, MaximumBasis::Unknown);
        assert_eq!(max.step.amount, None);
    }

    #[test]
    fn no_rate_and_no_turnover_the_turnover_step_says_no_maximum_is_known_not_at_least_the_fixed_amount() {
        let currency = zloty_without_rate(None).currency.unwrap();
        let mut basis = TurnoverBasis {
            steps: vec![Step::says(Message::new("maximum-turnover-unknown"), None)],
            ..TurnoverBasis::plain(None)
        };
        rate_unknown_turnover(&mut basis, &currency);
        let step = &basis.steps[0].message;
        assert_eq!((step.id, step.get("code")), ("maximum-turnover-and-rate-unknown", Some(&Arg::from("PLN"))));
    }
}
