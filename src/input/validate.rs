//! From the file's tables to the core's [`Case`]: everything serde cannot check alone.

use std::collections::{BTreeMap, HashMap, HashSet};

use toml::Spanned;

use super::raw::{self, AdjustmentTable};
use super::value::{Amount, BreachesValue, LocalDate};
use super::{InputError, MAX_VIOLATIONS, Names, suggest};
use crate::calc::edpb::step_3_factor;
use crate::calc::model::{
    Adjustment, Ap2019Input, Breaches, Case, Change, Choice, CitedArticle, Deadline, EdpbInput, Group, Method,
    PenaltyOrder, PenaltyUnit, Suspension, Turnover, TurnoverCurrency, Undertaking, Until, Violation,
};
use crate::calc::money::Money;

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

    unique_ids("violation", file.violation.iter().map(|v| &v.id))?;
    unique_ids("group", file.group.iter().map(|g| &g.id))?;
    unique_ids("penalty", file.penalty.iter().map(|p| &p.id))?;

    let (violations, groups) = violations_and_groups(file.violation, &file.group)?;

    // Dutch orders must state a maximum (Awb 5:32b(2)); elsewhere a missing one is flagged.
    let dutch = crate::calc::model::is_dutch_authority(&file.case.authority);
    let violation_ids: Vec<&str> = violations.iter().map(|v| v.id.as_str()).collect();
    let known_ids: HashSet<&str> = violation_ids.iter().copied().collect();
    let penalties = file
        .penalty
        .into_iter()
        .map(|table| penalty(table, (&violation_ids, &known_ids), decided, dutch))
        .collect::<Result<Vec<_>>>()?;

    if let Some(year) = &file.undertaking.turnover_year {
        turnover_year_fits(*year.get_ref(), decided, year.span())?;
    }
    let currency = super::currency::case_currency(&file.case)?;
    let mut case = Case {
        title: file.case.title,
        authority: file.case.authority,
        decided,
        published,
        published_total: file.case.published_total.map(|a| a.0),
        published_penalties_max: file.case.published_penalties_max.map(|a| a.0),
        published_total_eur: file.case.published_total_eur.map(|a| a.0),
        currency: None,
        undertaking: undertaking(file.undertaking)?,
        violations,
        groups,
        penalties,
    };
    if let Some(currency) = currency {
        super::currency::in_case_currency(&mut case, currency.currency);
        case.currency = Some(currency);
    }
    Ok(case)
}

/// The violations, and the groups of Art. 83(3): those declared with `[[group]]` and those
/// named only by their violations. Every group named must exist or be new (no near-miss of a
/// declared one), and every declared group needs a member.
fn violations_and_groups(
    tables: Vec<raw::ViolationTable>,
    group_tables: &[raw::GroupTable],
) -> Result<(Vec<Violation>, Vec<Group>)> {
    // Sets, not scans: a register may hold 10,000 violations, each in a group of its own.
    let declared_groups: HashSet<&str> = group_tables.iter().map(|g| g.id.get_ref().as_str()).collect();
    let fined_groups: HashSet<&str> =
        group_tables.iter().filter(|g| g.fine.is_some()).map(|g| g.id.get_ref().as_str()).collect();
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
                span: Some(group.span()),
            });
        }
        violations.push(violation(table, &fined_groups)?);
    }
    gravest_are_members(group_tables, &violations)?;
    groups_have_members(group_tables, &violations)?;
    Ok((violations, groups))
}

fn declared_group(g: &raw::GroupTable) -> Group {
    Group {
        id: g.id.get_ref().clone(),
        title: g.title.clone(),
        kind: g.kind,
        gravest: g.gravest.as_ref().map(|v| v.get_ref().clone()),
        gravest_span: g.gravest.as_ref().map(Spanned::span),
        fine: g.fine.map(|a| a.0),
        span: Some(g.id.span()),
    }
}

/// A declared group without violations is a slip (a misspelt `group` on its members).
fn groups_have_members(groups: &[raw::GroupTable], violations: &[Violation]) -> Result<()> {
    let used_groups: HashSet<&str> = violations.iter().filter_map(|v| v.group.as_deref()).collect();
    for group in groups {
        if !used_groups.contains(group.id.get_ref().as_str()) {
            return error(
                format!(
                    "group `{}` has no violations; add `group = \"{}\"` to the linked violations",
                    group.id.get_ref(),
                    group.id.get_ref()
                ),
                group.id.span(),
            );
        }
    }
    Ok(())
}

fn undertaking(table: raw::UndertakingTable) -> Result<Undertaking> {
    Ok(Undertaking {
        turnover: match &table.turnover {
            None => Turnover::Unknown,
            Some(value) => turnover(value)?,
        },
        turnover_year: table.turnover_year.as_ref().map(|y| *y.get_ref()),
        turnover_span: table.turnover.as_ref().map(Spanned::span),
        name: table.name,
        public_body: table.public_body,
    })
}

/// A group's `gravest` must name one of its own violations (Art. 83(3): the gravest of the
/// infringements fined together); whether it has the highest maximum is checked when the
/// maxima are known.
fn gravest_are_members(groups: &[raw::GroupTable], violations: &[Violation]) -> Result<()> {
    for group in groups {
        let Some(gravest) = &group.gravest else { continue };
        let id = group.id.get_ref();
        let members: Vec<&str> =
            violations.iter().filter(|v| v.group.as_deref() == Some(id)).map(|v| v.id.as_str()).collect();
        if !members.contains(&gravest.get_ref().as_str()) {
            let hint = suggest(gravest.get_ref(), members.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_else(|| format!("; its members are {}", members.join(", ")));
            return error(
                format!("group `{id}`: `gravest = \"{}\"` is not one of its violations{hint}", gravest.get_ref()),
                gravest.span(),
            );
        }
    }
    Ok(())
}

fn unique_ids<'a>(kind: &str, ids: impl Iterator<Item = &'a Spanned<String>>) -> Result<()> {
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for id in ids {
        if id.get_ref().trim().is_empty() {
            return error(format!("empty {kind} id"), id.span());
        }
        if seen.insert(id.get_ref(), ()).is_some() {
            return error(
                format!("duplicate {kind} id `{}`: ids must be unique within the file", id.get_ref()),
                id.span(),
            );
        }
    }
    Ok(())
}

fn turnover(value: &Spanned<toml::Value>) -> Result<Turnover> {
    let span = value.span();
    let expected = "expected \"unknown\", an amount, or a table by financial year like `2023 = 1_500_000_000`";
    match value.get_ref() {
        toml::Value::String(text) if text.trim().eq_ignore_ascii_case("unknown") => Ok(Turnover::Unknown),
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

/// `turnover_year`: a financial year that ended by the decision (an authority may use an
/// earlier one, e.g. the latest audited year, never a later one).
fn turnover_year_fits(year: i16, decided: Option<jiff::civil::Date>, span: std::ops::Range<usize>) -> Result<()> {
    if !(1900..=2200).contains(&year) {
        return error(format!("turnover_year {year}: expected a financial year like 2022"), span);
    }
    match decided {
        Some(day) if year >= day.year() => error(
            format!("turnover_year {year}: the decision of {day} can only use a financial year before {}", day.year()),
            span,
        ),
        _ => Ok(()),
    }
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

fn violation(table: raw::ViolationTable, fined_groups: &HashSet<&str>) -> Result<Violation> {
    let id = table.id.get_ref().clone();
    if table.articles.get_ref().is_empty() {
        return error(
            format!("violation `{id}` cites no articles; list at least one, like [\"5(1)(a)\"]"),
            table.articles.span(),
        );
    }
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
    if let (Some(from), Some(Until::Date(until))) = (table.from, until)
        && until < from.0
    {
        return error(format!("violation `{id}` ends ({until}) before it starts ({})", from.0), table.id.span());
    }
    let group_fine = table.group.as_ref().map(|g| g.get_ref()).filter(|g| fined_groups.contains(g.as_str())).cloned();
    let method = match (table.edpb, table.ap2019) {
        (Some(_), Some(ap)) => {
            return error(
                format!("violation `{id}` has both [violation.edpb] and [violation.ap2019]; choose one method"),
                ap.span(),
            );
        }
        (Some(edpb), None) => Some((Method::Edpb(edpb_input(edpb)?), "[violation.edpb]")),
        (None, Some(ap)) => Some((Method::Ap2019(ap2019_input(ap)?), "[violation.ap2019]")),
        (None, None) => None,
    };
    if let (Some(fine), Some((_, name))) = (&table.fine, &method) {
        return error(
            format!("violation `{id}` has both `fine` and {name}: give the fine imposed, or a method to compute it"),
            fine.span(),
        );
    }
    if let Some(group) = &group_fine {
        if let Some(fine) = &table.fine {
            return error(
                format!(
                    "violation `{id}` has its own `fine`, but its group `{group}` has one fine for all its violations; give one or the other"
                ),
                fine.span(),
            );
        }
        if let Some((_, name)) = &method {
            return error(
                format!(
                    "violation `{id}` has {name}, but its group `{group}` has one declared fine for all its violations"
                ),
                table.id.span(),
            );
        }
    }
    Ok(Violation {
        span: Some(table.id.span()),
        id,
        title: table.title,
        articles,
        from: table.from.map(|d| d.0),
        until,
        group: table.group.map(Spanned::into_inner),
        fine: table.fine.map(|f| f.into_inner().0),
        method: method.map(|(m, _)| m),
    })
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
    let mut adjustments: Vec<Adjustment> = Vec::with_capacity(table.adjustments.len());
    // A set, not a scan: 100,000 adjustments took 24 s compared pairwise.
    let mut factors: HashSet<String> = HashSet::new();
    for entry in table.adjustments {
        let entry_span = entry.span();
        let text = entry.get_ref().factor.clone().unwrap_or_default();
        let factor = step_3_factor(&text).map_err(|e| InputError::new(e, Some(entry_span.clone())))?;
        if !factors.insert(factor.clone()) {
            return error(
                format!(
                    "{factor} is counted twice; EDPB Guidelines 04/2022: no factor counts twice, so combine them into one adjustment"
                ),
                entry_span,
            );
        }
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
    // A set, not a scan: 100,000 adjustments took 24 s compared pairwise.
    let mut factors: HashSet<String> = HashSet::new();
    for entry in table.adjustments {
        let entry_span = entry.span();
        let Some(factor) = entry.get_ref().factor.clone().filter(|f| !f.trim().is_empty()) else {
            return error("an adjustment needs `factor`, the Art. 7 factor it weighs (e.g. \"7(b)\")", entry_span);
        };
        if !factors.insert(factor.clone()) {
            return error(format!("factor {factor} is counted twice; combine them into one adjustment"), entry_span);
        }
        adjustments.push(adjustment(entry, factor)?);
    }
    if table.beyond_bandwidth.as_ref().is_some_and(|r| r.trim().is_empty()) {
        return error("beyond_bandwidth needs a reason (Boetebeleidsregels 2019 Art. 8.1)", span);
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
    if entry.reason.trim().is_empty() {
        return error(format!("adjustment {factor}: give the `reason` for it"), span);
    }
    Ok(Adjustment { factor, change, reason: entry.reason, span: Some(span) })
}

fn penalty(
    table: raw::PenaltyTable,
    (violations, known): (&[&str], &HashSet<&str>),
    decided: Option<jiff::civil::Date>,
    dutch: bool,
) -> Result<PenaltyOrder> {
    let id = table.id.get_ref().clone();
    if let Some(violation) = &table.violation
        && !known.contains(violation.get_ref().as_str())
    {
        let hint = suggest(violation.get_ref(), violations.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        return error(
            format!("penalty `{id}` names violation `{}`, which the file does not define{hint}", violation.get_ref()),
            violation.span(),
        );
    }
    let per = table.per.get_ref().0;
    let deadline = penalty_deadline(&table, per, decided)?;
    let breaches = penalty_breaches(&table, per, decided)?;
    if dutch && table.max.is_none() {
        return error(
            format!(
                "penalty `{id}` needs `max`: a Dutch order subject to a penalty payment states the amount above which nothing more is forfeited (Awb 5:32b(2))"
            ),
            table.id.span(),
        );
    }
    let amount = table.amount.get_ref().0;
    if let Some(max) = &table.max
        && max.get_ref().0 < amount
    {
        return error(
            format!("penalty `{id}`: the ceiling {} is below one period's amount {amount}", max.get_ref().0),
            max.span(),
        );
    }
    if amount == Money::ZERO {
        return error(format!("penalty `{id}`: the amount must be above zero"), table.amount.span());
    }
    Ok(PenaltyOrder {
        span: Some(table.id.span()),
        suspended: penalty_suspensions(&id, table.suspended)?,
        id,
        violation: table.violation.map(Spanned::into_inner),
        order: table.order,
        amount,
        per,
        deadline,
        max: table.max.map(|m| m.into_inner().0),
        count: table.count,
        complied: table.complied.map(|c| c.get_ref().0),
        breaches,
        published_forfeited: table.published_forfeited.map(|a| a.0),
    })
}

/// `due` or `grace`; an order per breach may have neither (Awb 5:32a(2): a grace period is
/// required only for an order that undoes an infringement or stops its continuation).
fn penalty_deadline(
    table: &raw::PenaltyTable,
    per: PenaltyUnit,
    decided: Option<jiff::civil::Date>,
) -> Result<Option<Deadline>> {
    let id = table.id.get_ref();
    match (&table.due, &table.grace) {
        (Some(_), Some(grace)) => error(format!("penalty `{id}`: give `due` or `grace`, not both"), grace.span()),
        (None, None) if per == PenaltyUnit::Breach => Ok(None),
        (None, None) => error(
            format!(
                "penalty `{id}` needs a deadline: `due = 2024-08-16`, or `grace = \"3 months\"` from publication (else the decision); only an order per breach may go without"
            ),
            table.id.span(),
        ),
        (Some(due), None) => {
            let LocalDate(date) = *due.get_ref();
            if let Some(decided) = decided
                && date < decided
            {
                return error(
                    format!("penalty `{id}`: the deadline {date} lies before the decision ({decided})"),
                    due.span(),
                );
            }
            Ok(Some(Deadline::Due(date)))
        }
        (None, Some(grace)) => match grace.get_ref().0 {
            unit @ (PenaltyUnit::Days(_) | PenaltyUnit::Weeks(_) | PenaltyUnit::Months(_)) => {
                Ok(Some(Deadline::Grace(unit)))
            }
            _ => error("a grace period is a number of days, weeks or months, like \"3 months\"", grace.span()),
        },
    }
}

/// `breaches`, only per breach: a count, or dates on or after the decision (sorted).
fn penalty_breaches(
    table: &raw::PenaltyTable,
    per: PenaltyUnit,
    decided: Option<jiff::civil::Date>,
) -> Result<Option<Breaches>> {
    let id = table.id.get_ref();
    let Some(breaches) = &table.breaches else {
        return Ok(None);
    };
    if per != PenaltyUnit::Breach {
        return error(format!("penalty `{id}`: `breaches` only goes with per = \"breach\""), breaches.span());
    }
    match breaches.get_ref() {
        BreachesValue::Count(count) => Ok(Some(Breaches::Count(*count))),
        BreachesValue::Dates(dates) => {
            if let (Some(decided), Some(early)) = (decided, dates.iter().min())
                && *early < decided
            {
                return error(
                    format!(
                        "penalty `{id}`: the breach on {early} lies before the decision ({decided}); an order forfeits only for breaches after it"
                    ),
                    breaches.span(),
                );
            }
            let mut dates = dates.clone();
            dates.sort();
            Ok(Some(Breaches::Dates(dates)))
        }
    }
}

/// At most this many suspensions per order: real orders have a few, and each period's days are
/// placed past every suspension before them.
const MAX_SUSPENSIONS: usize = 100;

/// `[[penalty.suspended]]`: each ends after it begins, and none overlaps another.
fn penalty_suspensions(id: &str, tables: Vec<Spanned<raw::SuspensionTable>>) -> Result<Vec<Suspension>> {
    if let Some(extra) = tables.get(MAX_SUSPENSIONS) {
        return error(
            format!("penalty `{id}`: {} suspensions; art83 takes at most {MAX_SUSPENSIONS} per order", tables.len()),
            extra.span(),
        );
    }
    let mut suspensions: Vec<(Suspension, std::ops::Range<usize>)> = Vec::with_capacity(tables.len());
    for table in tables {
        let span = table.span();
        let table = table.into_inner();
        let (from, until) = (table.from.0, table.until.map(|u| u.0));
        if let Some(until) = until
            && until <= from
        {
            return error(
                format!("penalty `{id}`: a suspension from {from} must end after it begins, not on {until}"),
                span,
            );
        }
        suspensions.push((Suspension { from, until, reason: table.reason }, span));
    }
    suspensions.sort_by_key(|(s, _)| s.from);
    for pair in suspensions.windows(2) {
        let ((earlier, _), (later, span)) = (&pair[0], &pair[1]);
        if earlier.until.is_none_or(|until| until > later.from) {
            let end = earlier.until.map_or("without end".to_string(), |until| format!("up to {until}"));
            return error(
                format!(
                    "penalty `{id}`: the suspension from {} overlaps the one from {} {end}; join them into one",
                    later.from, earlier.from
                ),
                span.clone(),
            );
        }
    }
    Ok(suspensions.into_iter().map(|(s, _)| s).collect())
}
