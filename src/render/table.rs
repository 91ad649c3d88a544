//! Tables for people, with comfy-table: the same report, every amount with its steps.

use std::fmt::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

use super::Renderer;
use crate::calc::Report;
use crate::calc::money::Money;
use crate::calc::report::{FineMethod, Level, Step, TurnoverSource};

/// How many periods of a long schedule the table shows before and after the gap.
const SCHEDULE_HEAD: usize = 24;
const SCHEDULE_TAIL: usize = 12;

#[derive(Default)]
pub struct TableRenderer {
    written: usize,
}

impl Renderer for TableRenderer {
    fn report(&mut self, report: &Report) -> String {
        let separator = if self.written > 0 { "\n" } else { "" };
        self.written += 1;
        format!("{separator}{}", render(report))
    }
}

fn new_table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().map(Cell::new));
    table
}

fn money(amount: Option<Money>) -> Cell {
    Cell::new(amount.map_or_else(|| "-".to_string(), |m| m.grouped())).set_alignment(CellAlignment::Right)
}

fn steps_table(rows: impl IntoIterator<Item = (String, Step)>) -> Table {
    let mut table = new_table(&["for", "rule", "how", "EUR"]);
    for (subject, step) in rows {
        table.add_row(vec![Cell::new(subject), Cell::new(step.rule), Cell::new(step.detail), money(step.amount)]);
    }
    table
}

/// The whole report as text.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let case = &report.case;
    let mut heading = case.title.clone();
    if !case.authority.is_empty() {
        let _ = write!(heading, " ({})", case.authority);
    }
    if let Some(decided) = case.decided {
        let _ = write!(heading, ", decided {decided}");
    }
    let _ = writeln!(out, "{heading}");

    let undertaking = &report.undertaking;
    let turnover = match (undertaking.turnover, undertaking.turnover_source) {
        (_, TurnoverSource::PublicBody) => "public body: fixed maxima only (Art. 83(7))".to_string(),
        (None, _) => "turnover unknown: the fixed maxima apply, no size adjustment (AP Clearview para 210)".to_string(),
        (Some(eur), source) => {
            let year = undertaking.turnover_year.map(|y| format!(", financial year {y}")).unwrap_or_default();
            let from = if source == TurnoverSource::Override { " (--turnover what-if)" } else { "" };
            format!("turnover {eur}{year}{from}")
        }
    };
    let _ = writeln!(out, "Undertaking: {}; {turnover}\n", undertaking.name);

    if !report.violations.is_empty() {
        let mut table =
            new_table(&["violation", "articles", "tier", "legal maximum", "basis", "fine", "method", "group"]);
        for v in &report.violations {
            table.add_row(vec![
                Cell::new(&v.id),
                Cell::new(v.articles.join(", ")),
                Cell::new(v.tier.map_or("none", |t| t.label())),
                money(v.legal_maximum),
                Cell::new(v.maximum_basis.map_or("-".into(), |b| format!("{b:?}").to_lowercase())),
                match (v.fine, &v.group) {
                    (None, Some(_)) if v.method == FineMethod::Declared => Cell::new("in group fine"),
                    (fine, _) => money(fine),
                },
                Cell::new(format!("{:?}", v.method).to_lowercase()),
                Cell::new(v.group.as_deref().unwrap_or("-")),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }

    if !report.groups.is_empty() {
        let mut table = new_table(&["Art. 83(3) group", "violations", "gravest", "ceiling", "fine", "within"]);
        for g in &report.groups {
            table.add_row(vec![
                Cell::new(&g.id),
                Cell::new(g.violations.join(", ")),
                Cell::new(g.gravest.as_deref().unwrap_or("-")),
                money(g.ceiling),
                money(Some(g.fine)),
                Cell::new(match g.within {
                    Some(true) => "yes",
                    Some(false) => "NO",
                    None => "-",
                }),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    let _ = writeln!(out, "Total fines: {}", report.total);
    if let Some(published) = case.published_total {
        let verdict = if published == report.total { "matches" } else { "DIFFERS" };
        let _ = writeln!(out, "Published total: {published} ({verdict})");
    }

    let comparisons: Vec<_> = report.violations.iter().filter_map(|v| v.comparison.as_ref().map(|c| (v, c))).collect();
    if !comparisons.is_empty() {
        let mut table = new_table(&["violation", "declared fine", "method", "method gives", "range"]);
        for (v, c) in &comparisons {
            table.add_row(vec![
                Cell::new(&v.id),
                money(v.fine),
                Cell::new(format!("{:?}", c.method).to_lowercase()),
                match (&c.fine, &c.note) {
                    (Some(fine), _) => money(Some(*fine)),
                    (None, note) => Cell::new(note.as_deref().unwrap_or("-")),
                },
                Cell::new(c.range.map_or("-".into(), |[low, high]| format!("{} - {}", low.grouped(), high.grouped()))),
            ]);
        }
        let _ = writeln!(out, "\nWhat the method gives with its defaults:\n{table}");
    }

    let mut steps: Vec<(String, Step)> =
        report.undertaking.turnover_steps.iter().map(|s| ("turnover".to_string(), s.clone())).collect();
    for v in &report.violations {
        steps.extend(v.steps.iter().map(|s| (v.id.clone(), s.clone())));
    }
    for g in &report.groups {
        steps.extend(g.steps.iter().map(|s| (format!("group {}", g.id), s.clone())));
    }
    steps.extend(report.total_steps.iter().map(|s| ("total".to_string(), s.clone())));
    let _ = writeln!(out, "\nHow each amount was reached:\n{}", steps_table(steps));

    if !report.penalties.is_empty() {
        let mut table =
            new_table(&["penalty order", "amount", "per", "due", "max", "periods", "forfeited", "max reached on"]);
        for p in &report.penalties {
            table.add_row(vec![
                Cell::new(match &p.order {
                    Some(order) => format!("{}: {order}", p.id),
                    None => p.id.clone(),
                }),
                money(Some(p.amount)),
                Cell::new(&p.per),
                Cell::new(p.due.to_string()),
                money(p.max),
                Cell::new(p.periods).set_alignment(CellAlignment::Right),
                money(Some(p.forfeited)),
                Cell::new(match (p.max_reached_on, p.max_reached_if_unmet) {
                    (Some(day), _) => day.to_string(),
                    (None, Some(day)) => format!("{day} if unmet"),
                    (None, None) => "-".into(),
                }),
            ]);
        }
        let _ = writeln!(
            out,
            "\nOrders subject to a penalty payment (accrued up to, not including, {}):\n{table}",
            report.as_of
        );
        let _ = writeln!(
            out,
            "Penalty maxima together: {}",
            report.penalties_max.map_or("unbounded (an order has no maximum)".to_string(), |m| m.to_string())
        );
        if let Some(published) = case.published_penalties_max {
            let verdict = if Some(published) == report.penalties_max { "matches" } else { "DIFFERS" };
            let _ = writeln!(out, "Published penalty maxima: {published} ({verdict})");
        }
        let _ = writeln!(out, "Forfeited: {}", report.penalties_forfeited);
        for p in report.penalties.iter().filter(|p| !p.schedule.is_empty()) {
            let mut table =
                new_table(&["period", "from", "to", "amount", "cumulative", "forfeited on", "time-barred on"]);
            // Long schedules (daily orders without a ceiling) show their start and end; JSON has all.
            let hidden = p.schedule.len().saturating_sub(SCHEDULE_HEAD + SCHEDULE_TAIL + 1);
            for (index, period) in p.schedule.iter().enumerate() {
                if hidden > 0 && index == SCHEDULE_HEAD {
                    table.add_row(vec![Cell::new("..."), Cell::new(format!("{hidden} more periods"))]);
                }
                if hidden > 0 && (SCHEDULE_HEAD..SCHEDULE_HEAD + hidden).contains(&index) {
                    continue;
                }
                table.add_row(vec![
                    Cell::new(period.period).set_alignment(CellAlignment::Right),
                    Cell::new(period.from.to_string()),
                    Cell::new(period.to.to_string()),
                    money(Some(period.amount)),
                    money(Some(period.cumulative)),
                    Cell::new(period.forfeited_on.to_string()),
                    Cell::new(period.time_barred_on.to_string()),
                ]);
            }
            let _ =
                writeln!(out, "\nSchedule of `{}` (time-barred one year after forfeiture, Awb 5:35):\n{table}", p.id);
        }
        let steps = report.penalties.iter().flat_map(|p| p.steps.iter().map(|s| (p.id.clone(), s.clone())));
        let _ = writeln!(out, "\nHow each penalty was reached:\n{}", steps_table(steps));
    }

    if !report.findings.is_empty() {
        let _ = writeln!(out, "\nFindings:");
        for f in &report.findings {
            let level = match f.level {
                Level::Error => "error",
                Level::Warning => "warning",
                Level::Info => "info",
            };
            let subject = [&f.violation, &f.group, &f.penalty]
                .into_iter()
                .flatten()
                .map(|id| format!(" `{id}`"))
                .collect::<String>();
            let _ = writeln!(out, "  {level} [{}]{subject}: {}", f.code, f.message);
        }
    }
    out
}
