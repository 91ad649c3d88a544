//! From the file's tables to the core's [`Case`]: everything serde cannot check alone.

use std::collections::{BTreeMap, HashSet};

use toml::Spanned;

use super::located::{Keys, located};
use super::raw::{self, AdjustmentTable};
use super::value::{Amount, BreachesValue};
use super::{InputError, MAX_VIOLATIONS, Names, suggest};
use crate::calc::law::factors::{ap2019_factor, step_3_factor};
use crate::calc::model::{
    Adjustment, Ap2019Input, Appeal, Breaches, Case, Change, Choice, CitedArticle, Collection, Deadline, EdpbInput,
    Group, Liquidation, Method, NationalFine, Payment, PenaltyOrder, PublicBodyKind, Reduction, Suspension, Turnover,
    TurnoverCurrency, Undertaking, Until, Violation,
};

type Result<T> = std::result::Result<T, InputError>;

fn error<T>(message: impl Into<String>, span: std::ops::Range<usize>) -> Result<T> {
    Err(InputError::new(message, Some(span)))
}

pub fn case(file: raw::CaseFile) -> Result<Case> {
    if file.violation.len() > MAX_VIOLATIONS {
        return Err(InputError::new(
            format!(
                "{} violations: art83 takes at most {MAX_VIOLATIONS} in one case; split the file",
                file.violation.len()
            ),
            None,
        ));
    }
    let decided = file.case.decided.map(|d| d.0);
    let published = file.case.published.map(|d| d.0);

    // The core checks the case's own invariants (ids, references, one source per fine); the
    // keys it cannot point at are noted here, so that its errors stand at the key they concern.
    let keys = Keys::of(&file);
    let (violations, groups) = violations_and_groups(file.violation, &file.group)?;
    let penalties = file.penalty.into_iter().map(penalty).collect::<Result<Vec<_>>>()?;
    if let Some(year) = file.undertaking.as_ref().and_then(|u| u.turnover_year.as_ref()) {
        turnover_year_fits(*year.get_ref(), year.span())?;
    }
    let currency = super::currency::case_currency(&file.case)?;
    let collection = collection(file.collection, file.payment, file.case.published_paid);
    let mut case = Case {
        title: file.case.title,
        authority: file.case.authority,
        decided,
        published,
        published_total: file.case.published_total.map(|a| a.0),
        published_penalties_max: file.case.published_penalties_max.map(|a| a.0),
        published_maximum: file.case.published_maximum.map(|a| a.0),
        published_total_eur: file.case.published_total_eur.map(|w| w.amount),
        published_total_eur_places: file.case.published_total_eur.map(|w| w.places),
        currency: None,
        undertaking: undertaking(file.undertaking, &violations, &penalties)?,
        violations,
        groups,
        penalties,
        collection,
        reductions: reductions(file.case.reductions),
        appeals: appeals(file.appeal),
        published_final_total: file.case.published_final_total.map(|a| a.0),
    };
    case.validate().map_err(|error| located(error, &case, &keys))?;
    if let Some(currency) = currency {
        super::currency::in_case_currency(&mut case, currency.currency);
        case.currency = Some(currency);
    }
    Ok(case)
}

/// The violations, and the groups of Art. 83(3): those declared with `[[group]]` and those
/// named only by their violations. Every group named must exist or be new (no near-miss of a
/// declared one).
fn violations_and_groups(
    tables: Vec<raw::ViolationTable>,
    group_tables: &[raw::GroupTable],
) -> Result<(Vec<Violation>, Vec<Group>)> {
    // Sets, not scans: a register may hold 10,000 violations, each in a group of its own.
    let declared_groups: HashSet<&str> = group_tables.iter().map(|g| g.id.get_ref().as_str()).collect();
    let mut implied_groups: HashSet<String> = HashSet::new();
    let mut groups: Vec<Group> = group_tables.iter().map(declared_group).collect();

    // In file order, so that a tie always suggests the same name.
    let group_names = Names::new(group_tables.iter().map(|g| g.id.get_ref().as_str()));
    let mut violations = Vec::with_capacity(tables.len());
    for table in tables {
        if let Some(group) = &table.group
            && !declared_groups.contains(&group.get_ref().as_str())
            && !implied_groups.contains(group.get_ref())
        {
            if let Some(nearest) = group_names.nearest(group.get_ref()) {
                return error(
                    format!("no [[group]] has id `{}`; did you mean `{nearest}`?", group.get_ref()),
                    group.span(),
                );
            }
            // A group named only by its violations: linked processing without a single fine.
            implied_groups.insert(group.get_ref().clone());
            groups.push(Group {
                id: group.get_ref().clone(),
                title: None,
                kind: Default::default(),
                gravest: None,
                gravest_span: None,
                fine: None,
                published_maximum: None,
                span: Some(group.span()),
            });
        }
        violations.push(violation(table)?);
    }
    Ok((violations, groups))
}

/// `[collection]`, `[[payment]]` and `published_paid`: the core checks their dates.
fn collection(
    table: Option<raw::CollectionTable>,
    payments: Vec<Spanned<raw::PaymentTable>>,
    published_paid: Option<Amount>,
) -> Collection {
    let table = table.unwrap_or(raw::CollectionTable { notified: None, due: None });
    Collection {
        notified: table.notified.as_ref().map(|n| n.get_ref().0),
        notified_span: table.notified.as_ref().map(Spanned::span),
        due: table.due.map(|d| d.0),
        payments: payments
            .into_iter()
            .map(|p| {
                let span = p.span();
                let p = p.into_inner();
                Payment { date: p.date.0, amount: p.amount.0, span: Some(span) }
            })
            .collect(),
        published_paid: published_paid.map(|a| a.0),
    }
}

fn declared_group(g: &raw::GroupTable) -> Group {
    Group {
        id: g.id.get_ref().clone(),
        title: g.title.clone(),
        kind: g.kind,
        gravest: g.gravest.as_ref().map(|v| v.get_ref().clone()),
        gravest_span: g.gravest.as_ref().map(Spanned::span),
        fine: g.fine.map(|a| a.0),
        published_maximum: g.published_maximum.map(|a| a.0),
        span: Some(g.id.span()),
    }
}

/// The undertaking; a case of penalty orders alone needs none (no maximum depends on it), and
/// then has one without a name whose turnover is unknown.
fn undertaking(
    table: Option<raw::UndertakingTable>,
    violations: &[Violation],
    penalties: &[PenaltyOrder],
) -> Result<Undertaking> {
    let Some(table) = table else {
        if let Some(first) = violations.first() {
            return Err(InputError::new(
                format!(
                    "violation `{}` needs an [undertaking] table with the undertaking's name (and its turnover, or \"unknown\"): its legal maximum depends on it",
                    first.id
                ),
                first.span.clone(),
            ));
        }
        if penalties.is_empty() {
            return Err(InputError::new(
                "missing [undertaking] table with the undertaking's name (only a case of penalty orders alone may leave it out)",
                None,
            ));
        }
        let nobody = Undertaking {
            name: String::new(),
            turnover: Turnover::Unknown,
            public_body: false,
            public_body_kind: None,
            turnover_year: None,
            turnover_span: None,
        };
        return Ok(nobody);
    };
    let public_body = public_body(table.public_body.as_ref())?;
    Ok(Undertaking {
        turnover: match &table.turnover {
            None => Turnover::Unknown,
            Some(value) => turnover(value)?,
        },
        turnover_year: table.turnover_year.as_ref().map(|y| *y.get_ref()),
        turnover_span: table.turnover.as_ref().map(Spanned::span),
        name: table.name,
        public_body: public_body.is_some(),
        public_body_kind: public_body.flatten(),
    })
}

/// `public_body`: `None` for false or absent; `Some(None)` for true (the country's general rule
/// under Art. 83(7)); `Some(Some(kind))` for the kind national law distinguishes.
fn public_body(value: Option<&Spanned<toml::Value>>) -> Result<Option<Option<PublicBodyKind>>> {
    let Some(value) = value else { return Ok(None) };
    let names = PublicBodyKind::ALL.map(PublicBodyKind::as_str);
    match value.get_ref() {
        toml::Value::Boolean(true) => Ok(Some(None)),
        toml::Value::Boolean(false) => Ok(None),
        toml::Value::String(text) => match PublicBodyKind::ALL.into_iter().find(|k| k.as_str() == text.trim()) {
            Some(kind) => Ok(Some(Some(kind))),
            None => {
                let hint = suggest(text, names).map(|s| format!("; did you mean \"{s}\"?")).unwrap_or_default();
                error(
                    format!(
                        "public_body {text:?}: expected true, false or a kind of public body: {}{hint}",
                        names.map(|n| format!("\"{n}\"")).join(", ")
                    ),
                    value.span(),
                )
            }
        },
        _ => error("public_body: expected true, false or a kind of public body like \"state\"", value.span()),
    }
}

fn turnover(value: &Spanned<toml::Value>) -> Result<Turnover> {
    let span = value.span();
    let expected = "expected \"unknown\", an amount, a band like \"100M..250M\", or a table by financial year like `2023 = 1_500_000_000`";
    match value.get_ref() {
        toml::Value::String(text) if text.trim().eq_ignore_ascii_case("unknown") => Ok(Turnover::Unknown),
        toml::Value::String(text) if text.contains("..") => turnover_band(text, span),
        toml::Value::String(text) if suggest(text, ["unknown"]).is_some() => {
            error(format!("turnover {text:?}: did you mean \"unknown\"?"), span)
        }
        toml::Value::Table(table) => {
            let mut years = BTreeMap::new();
            let mut currency = None;
            let mut rate = None;
            for (key, entry) in table {
                match key.as_str() {
                    "currency" => match entry.as_str() {
                        Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) => {
                            currency = Some(code.to_ascii_uppercase())
                        }
                        _ => return error("turnover currency: expected a three-letter code like \"USD\"", span),
                    },
                    "eur_per_unit" => rate = Some(turnover_rate(entry, &span)?),
                    year => {
                        let Some(year) = year.parse::<i16>().ok().filter(|y| (1900..=2200).contains(y)) else {
                            let hint = suggest(key, ["currency", "eur_per_unit"])
                                .map(|s| format!("; did you mean `{s}`?"))
                                .unwrap_or_default();
                            return error(
                                format!(
                                    "turnover table key `{key}`: expected a financial year like 2023, `currency` or `eur_per_unit`{hint}"
                                ),
                                span,
                            );
                        };
                        let amount = Amount::from_value(entry)
                            .map_err(|e| InputError::new(format!("turnover for {year}: {e}"), Some(span.clone())))?;
                        years.insert(year, amount.0);
                    }
                }
            }
            if years.is_empty() {
                return error("the turnover table lists no financial year; add one like `2023 = 1_500_000_000`", span);
            }
            let conversion = match (currency, rate) {
                (None, None) => None,
                (Some(code), None) if code == "EUR" => None,
                (Some(code), None) => {
                    return error(format!("turnover in {code} needs `eur_per_unit`, the exchange rate to euros"), span);
                }
                (None, Some(_)) => return error("`eur_per_unit` needs `currency`, the code it converts from", span),
                (Some(currency), Some(eur_per_unit)) => Some(TurnoverCurrency { currency, eur_per_unit }),
            };
            Ok(Turnover::ByYear { years, conversion })
        }
        other => Amount::from_value(other)
            .map(|a| Turnover::Amount(a.0))
            .map_err(|e| InputError::new(format!("turnover: {e}; {expected}"), Some(span))),
    }
}

/// `turnover = "100M..250M"`: the band a decision states when it redacts the figure.
fn turnover_band(text: &str, span: std::ops::Range<usize>) -> Result<Turnover> {
    let Some(band) = crate::input::amount::parse_band(text) else { return error("expected a band", span) };
    let (low, high) = band.map_err(|e| InputError::new(format!("turnover: {e}"), Some(span.clone())))?;
    let money = |amount: Option<rust_decimal::Decimal>| amount.and_then(crate::calc::money::Money::new);
    Ok(Turnover::Band(crate::calc::model::TurnoverBand { low: money(low), high: money(high) }))
}

/// `turnover_year`: a plausible financial year (the core checks that it ended by the decision).
fn turnover_year_fits(year: i16, span: std::ops::Range<usize>) -> Result<()> {
    if !(1900..=2200).contains(&year) {
        return error(format!("turnover_year {year}: expected a financial year like 2022"), span);
    }
    Ok(())
}

/// A turnover table's `eur_per_unit`: a rate above zero, or "unknown" when the decision states
/// the turnover in another currency without a rate (the turnover in euros is then unknown).
fn turnover_rate(entry: &toml::Value, span: &std::ops::Range<usize>) -> Result<Option<rust_decimal::Decimal>> {
    if let toml::Value::String(text) = entry
        && text.trim().eq_ignore_ascii_case("unknown")
    {
        return Ok(None);
    }
    let amount = Amount::from_value(entry).map_err(|e| {
        InputError::new(format!("eur_per_unit: {e}; or \"unknown\" if the decision states no rate"), Some(span.clone()))
    })?;
    if amount.0.is_zero() {
        return error("eur_per_unit: an exchange rate must be above zero", span.clone());
    }
    Ok(Some(amount.0.amount()))
}

fn violation(table: raw::ViolationTable) -> Result<Violation> {
    let id = table.id.get_ref().clone();
    let articles = table
        .articles
        .into_inner()
        .into_iter()
        .map(|cited| match cited.get_ref().parse() {
            Ok(article) => Ok(CitedArticle { article, as_written: cited.get_ref().clone() }),
            Err(e) => error(format!("article {:?}: {e}", cited.get_ref()), cited.span()),
        })
        .collect::<Result<Vec<_>>>()?;
    let until = table.until.map(|u| match u {
        super::value::UntilValue::Date(date) => Until::Date(date),
        super::value::UntilValue::Ongoing => Until::Ongoing,
    });
    let method = match (table.edpb, table.ap2019) {
        (Some(_), Some(ap)) => {
            return error(
                format!("violation `{id}` has both [violation.edpb] and [violation.ap2019]; choose one method"),
                ap.span(),
            );
        }
        (Some(edpb), None) => Some(Method::Edpb(edpb_input(edpb)?)),
        (None, Some(ap)) => Some(Method::Ap2019(ap2019_input(ap)?)),
        (None, None) => None,
    };
    let national = national_fine(&id, table.national)?;
    Ok(Violation {
        span: Some(table.id.span()),
        id,
        title: table.title,
        articles,
        from: table.from.map(|d| d.0),
        until,
        group: table.group.map(Spanned::into_inner),
        fine: table.fine.map(|f| f.into_inner().0),
        published_maximum: table.published_maximum.map(|a| a.0),
        national,
        method,
        proposed: table.proposed.map(|p| p.into_inner().0),
        reductions: reductions(table.reductions),
    })
}

/// `[[appeal]]` as written; the core checks their order, dates and violations.
fn appeals(tables: Vec<Spanned<raw::AppealTable>>) -> Vec<Appeal> {
    tables
        .into_iter()
        .map(|table| {
            let span = table.span();
            let table = table.into_inner();
            Appeal {
                body: table.body,
                decided: table.decided.into_inner().0,
                reference: table.reference,
                outcome: table.outcome,
                fine: table.fine.map(|f| f.into_inner().0),
                violation: table.violation.map(Spanned::into_inner),
                span: Some(span),
            }
        })
        .collect()
}

/// `national = { provision = "...", maximum = ... }`: a fine under national law needs the
/// provision it is imposed under.
fn national_fine(id: &str, table: Option<Spanned<raw::NationalTable>>) -> Result<Option<NationalFine>> {
    let Some(table) = table else { return Ok(None) };
    let span = table.span();
    let table = table.into_inner();
    match table.provision.filter(|p| !p.trim().is_empty()) {
        Some(provision) => Ok(Some(NationalFine { provision, maximum: table.maximum.map(|a| a.0) })),
        None => error(
            format!(
                "violation `{id}`: a fine under national law needs its `provision`, like national = {{ provision = \"Loi 78-17 art. 82\" }}"
            ),
            span,
        ),
    }
}

/// Settlement reductions as written; the core checks their rules against the country's table.
fn reductions(tables: Vec<Spanned<raw::ReductionTable>>) -> Vec<Reduction> {
    tables
        .into_iter()
        .map(|table| {
            let span = table.span();
            let table = table.into_inner();
            Reduction { rule: table.rule, percent: table.percent.map(|p| p.0), span: Some(span) }
        })
        .collect()
}

fn edpb_input(table: Spanned<raw::EdpbTable>) -> Result<EdpbInput> {
    let span = table.span();
    let table = table.into_inner();
    let starting = match (table.position, table.starting_amount) {
        (Some(_), Some(_)) => return error("give `position` or `starting_amount`, not both", span),
        (_, Some(amount)) => Choice::Value(amount.0),
        (position, None) => Choice::Position(position.map_or(rust_decimal::Decimal::new(5, 1), |p| p.0)),
    };
    let size = match (table.size_position, table.size_percent) {
        (Some(_), Some(_)) => return error("give `size_position` or `size_percent`, not both", span),
        (_, Some(percent)) => Choice::Value(percent.0),
        (position, None) => Choice::Position(position.map_or(rust_decimal::Decimal::new(5, 1), |p| p.0)),
    };
    // Each factor in its canonical form (`83(2)(k)`); the core checks that none counts twice.
    let mut adjustments: Vec<Adjustment> = Vec::with_capacity(table.adjustments.len());
    for entry in table.adjustments {
        let text = entry.get_ref().factor.clone().unwrap_or_default();
        let factor = step_3_factor(&text).map_err(|e| InputError::new(e, Some(entry.span())))?;
        adjustments.push(adjustment(entry, factor)?);
    }
    let proportionality = table
        .proportionality
        .map(|p| {
            let factor = p.get_ref().factor.clone().unwrap_or_else(|| "Art. 83(1)".into());
            adjustment(p, factor)
        })
        .transpose()?;
    Ok(EdpbInput { seriousness: table.seriousness, starting, size, adjustments, proportionality, span: Some(span) })
}

fn ap2019_input(table: Spanned<raw::Ap2019Table>) -> Result<Ap2019Input> {
    let span = table.span();
    let table = table.into_inner();
    let mut adjustments: Vec<Adjustment> = Vec::with_capacity(table.adjustments.len());
    for entry in table.adjustments {
        let Some(text) = entry.get_ref().factor.clone().filter(|f| !f.trim().is_empty()) else {
            return error("an adjustment needs `factor`, the Art. 7 factor it weighs (e.g. \"7(b)\")", entry.span());
        };
        // Each factor in its canonical form (`7(b)`), so that the core sees `7b` and `7(b)` as one.
        let factor = ap2019_factor(&text).map_err(|e| InputError::new(e, Some(entry.span())))?;
        adjustments.push(adjustment(entry, factor)?);
    }
    Ok(Ap2019Input {
        category: table.category,
        adjustments,
        beyond_bandwidth: table.beyond_bandwidth,
        repeat_offence: table.repeat_offence,
        ability_to_pay: named_adjustment(table.ability_to_pay, "ability to pay")?,
        proportionality: named_adjustment(table.proportionality, "proportionality")?,
        span: Some(span),
    })
}

/// An adjustment whose factor the table's key already names (`ability_to_pay`, ...).
fn named_adjustment(entry: Option<Spanned<AdjustmentTable>>, name: &str) -> Result<Option<Adjustment>> {
    entry
        .map(|a| {
            let factor = a.get_ref().factor.clone().unwrap_or_else(|| name.into());
            adjustment(a, factor)
        })
        .transpose()
}

fn adjustment(entry: Spanned<AdjustmentTable>, factor: String) -> Result<Adjustment> {
    let span = entry.span();
    let entry = entry.into_inner();
    let change = match (entry.percent, entry.amount) {
        (Some(percent), None) => Change::Percent(percent.0),
        (None, Some(amount)) => Change::Amount(amount.0),
        _ => return error(format!("adjustment {factor}: give exactly one of `percent` and `amount`"), span),
    };
    Ok(Adjustment { factor, change, reason: entry.reason, span: Some(span) })
}

fn penalty(table: raw::PenaltyTable) -> Result<PenaltyOrder> {
    let id = table.id.get_ref().clone();
    let per = table.per.get_ref().0;
    let deadline = match (&table.due, &table.grace) {
        (Some(_), Some(grace)) => {
            return error(format!("penalty `{id}`: give `due` or `grace`, not both"), grace.span());
        }
        (Some(due), None) => Some(Deadline::Due(due.get_ref().0)),
        (None, Some(grace)) => Some(Deadline::Grace(grace.get_ref().0)),
        (None, None) => None,
    };
    let breaches = table.breaches.map(|breaches| match breaches.into_inner() {
        BreachesValue::Count(count) => Breaches::Count(count),
        BreachesValue::Dates(mut dates) => {
            dates.sort();
            Breaches::Dates(dates)
        }
    });
    Ok(PenaltyOrder {
        span: Some(table.id.span()),
        suspended: penalty_suspensions(&id, table.suspended)?,
        liquidations: penalty_liquidations(&id, table.liquidation)?,
        id,
        violation: table.violation.map(Spanned::into_inner),
        order: table.order,
        amount: table.amount.into_inner().0,
        per,
        deadline,
        max: table.max.map(|m| m.into_inner().0),
        count: table.count,
        complied: table.complied.map(|c| c.get_ref().0),
        ends: table.ends.map(|e| e.get_ref().0),
        breaches,
        published_forfeited: table.published_forfeited.map(|a| a.0),
    })
}

/// `[[penalty.liquidation]]`: each window ends on or after its first day.
fn penalty_liquidations(id: &str, tables: Vec<Spanned<raw::LiquidationTable>>) -> Result<Vec<Liquidation>> {
    if let Some(extra) = tables.get(MAX_SUSPENSIONS) {
        return error(
            format!("penalty `{id}`: {} liquidations; art83 takes at most {MAX_SUSPENSIONS} per order", tables.len()),
            extra.span(),
        );
    }
    tables
        .into_iter()
        .map(|table| {
            let span = table.span();
            let table = table.into_inner();
            if table.until.0 < table.from.0 {
                return error(
                    format!(
                        "penalty `{id}`: a liquidation from {} must end on or after that day, not on {}",
                        table.from.0, table.until.0
                    ),
                    span,
                );
            }
            Ok(Liquidation { from: table.from.0, until: table.until.0, amount: table.amount.0, span: Some(span) })
        })
        .collect()
}

/// At most this many suspensions per order: real orders have a few, and each period's days are
/// placed past every suspension before them.
const MAX_SUSPENSIONS: usize = 100;

/// `[[penalty.suspended]]`, by start date (the core checks that each ends after it begins and
/// none overlaps another).
fn penalty_suspensions(id: &str, tables: Vec<Spanned<raw::SuspensionTable>>) -> Result<Vec<Suspension>> {
    if let Some(extra) = tables.get(MAX_SUSPENSIONS) {
        return error(
            format!("penalty `{id}`: {} suspensions; art83 takes at most {MAX_SUSPENSIONS} per order", tables.len()),
            extra.span(),
        );
    }
    let mut suspensions: Vec<Suspension> = tables
        .into_iter()
        .map(|table| {
            let table = table.into_inner();
            Suspension { from: table.from.0, until: table.until.map(|u| u.0), reason: table.reason }
        })
        .collect();
    suspensions.sort_by_key(|s| s.from);
    Ok(suspensions)
}
