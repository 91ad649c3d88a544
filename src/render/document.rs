//! The report laid out for people: headings, lines and tables of text, in the user's language.
//! The table and markdown renderers draw the same document, so they cannot disagree.

use std::borrow::Cow;
use std::io;

use crate::calc::Report;
use crate::calc::model::GroupKind;
use crate::calc::money::Money;
use crate::calc::report::{
    CollectionReport, FindingCode, FineMethod, GroupReport, Level, MaximumBasis, Step, TurnoverSource, ViolationReport,
};

use super::labels::Labels;
use crate::l10n::{Message, catalogue};

/// How a cell or line should stand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warning,
    Bad,
}

impl Tone {
    /// How a finding of this level is shown: errors bad, warnings as warnings, the rest plain.
    pub fn of(level: Level) -> Tone {
        match level {
            Level::Error => Tone::Bad,
            Level::Warning => Tone::Warning,
            Level::Info => Tone::Plain,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// Right-aligned (amounts, counts).
    pub numeric: bool,
    /// Text may wrap at its spaces; amounts and dates never wrap.
    pub wrap: bool,
    /// A title under the id (violations, groups, orders): it always wraps.
    pub note: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), tone: Tone::Plain, numeric: false, wrap: true, note: None }
    }
    /// Right-aligned; a lone figure never wraps, a figure with words (`6 (13 elapsed)`) wraps
    /// between them.
    pub fn number(text: impl Into<String>) -> Cell {
        let text = text.into();
        let wrap = text.contains(' ');
        Cell { text, tone: Tone::Plain, numeric: true, wrap, note: None }
    }
    pub fn date(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), tone: Tone::Plain, numeric: false, wrap: false, note: None }
    }
    fn toned(text: impl Into<String>, tone: Tone) -> Cell {
        Cell { tone, ..Cell::text(text) }
    }
    /// An id with its title (when it has one) beneath.
    fn titled(id: &str, title: Option<&str>) -> Cell {
        Cell { note: title.filter(|t| !t.trim().is_empty()).map(str::to_string), ..Cell::text(id) }
    }
    /// The text's lines, then the note's.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.text.split('\n').chain(self.note.iter().flat_map(|note| note.split('\n')))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    Title(String),
    Line(String, Tone),
    Table {
        caption: Option<String>,
        header: Vec<&'static str>,
        rows: Vec<Vec<Cell>>,
    },
    /// Labelled figures, one a row: the terminal writes them as aligned lines (a two-column
    /// table of them cost more than the rest of the section), markdown and HTML as a table
    /// of [`figure_rows`] under `header`.
    Figures {
        caption: String,
        header: [&'static str; 2],
        rows: Vec<(&'static str, Cell)>,
    },
    /// The steps behind the amounts, per violation, group or order.
    Steps {
        caption: String,
        subjects: Vec<(String, Vec<StepLine<'a>>)>,
    },
}

/// Figures as the rows of a two-column table (label, value), for the formats that show them so.
pub fn figure_rows(figures: Vec<(&'static str, Cell)>) -> Vec<Vec<Cell>> {
    figures.into_iter().map(|(label, value)| vec![Cell::text(label), value]).collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
/// A step as the report has it: the texts are borrowed, not copied.
pub struct StepLine<'a> {
    pub rule: Cow<'a, str>,
    pub detail: Cow<'a, str>,
    pub amount: Option<String>,
}

/// How many periods of a long schedule are shown before and after the gap; JSON has all.
const SCHEDULE_HEAD: usize = 24;
const SCHEDULE_TAIL: usize = 12;

/// What the document shows beyond the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shown {
    /// `--schedule full`: every period of each schedule, not the first and last ones only.
    pub full_schedule: bool,
}

/// Hands the report's blocks to `emit` one at a time, in reading order: a renderer draws and
/// writes each before the next is built, so a report is never held whole as text.
pub fn build<'a>(
    report: &'a Report,
    l: &Labels,
    shown: Shown,
    emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>,
) -> io::Result<()> {
    emit(Block::Title(title(report, l)))?;
    // A case of penalty orders alone may name no undertaking: no line about one.
    if !(report.undertaking.name.is_empty() && report.violations.is_empty()) {
        emit(Block::Line(undertaking_line(report, l), Tone::Plain))?;
    }
    if !report.violations.is_empty() {
        emit(Block::Table {
            caption: None,
            header: vec![l.violation, l.articles, l.tier, l.legal_maximum, l.basis, l.fine, l.method, l.group],
            rows: report.violations.iter().map(|v| violation_row(l, v)).collect(),
        })?;
    }
    if !report.groups.is_empty() {
        emit(Block::Table {
            caption: None,
            header: vec![l.linked_group, l.violations, l.gravest, l.ceiling, l.fine, l.within],
            rows: report.groups.iter().map(|g| group_row(l, g)).collect(),
        })?;
    }
    total_lines(report, l, emit)?;
    let comparisons = comparison_rows(report, l);
    if !comparisons.is_empty() {
        emit(Block::Table {
            caption: Some(format!("{}:", l.comparison)),
            header: vec![l.violation, l.declared_fine, l.method, l.method_gives, l.range],
            rows: comparisons,
        })?;
    }
    emit(steps_block(l, l.how, explanation(report, l)))?;
    if !report.penalties.is_empty() {
        penalty_blocks(report, l, shown, emit)?;
    }
    if let Some(collection) = &report.collection {
        collection_blocks(report, collection, l, emit)?;
    }
    finding_lines(report, l, emit)
}

/// `Title (AUTHORITY), decided DATE`.
fn title(report: &Report, l: &Labels) -> String {
    let case = &report.case;
    let mut title = case.title.clone();
    if !case.authority.is_empty() {
        title.push_str(&format!(" ({})", case.authority));
    }
    if let Some(decided) = case.decided {
        title.push_str(&format!(", {} {}", l.decided, l.date(decided)));
    }
    title
}

fn undertaking_line(report: &Report, l: &Labels) -> String {
    let u = &report.undertaking;
    let turnover = match (u.turnover, u.turnover_source) {
        (_, TurnoverSource::PublicBody) => l.public_body.to_string(),
        (None, TurnoverSource::Band) => match u.turnover_band {
            Some([low, high]) => format!("{} {}", l.turnover_band, band_ends(l, low, high)),
            None => l.turnover_band.to_string(),
        },
        // `per_eur = "unknown"`: the fixed amounts, in euros, are not known in the case's
        // currency either, so not even "at least" holds.
        (None, _) if report.findings.iter().any(|f| f.code == FindingCode::RateUnknown) => {
            l.turnover_and_rate_unknown.to_string()
        }
        (None, _) => l.turnover_unknown.to_string(),
        (Some(eur), source) => {
            let year = u.turnover_year.map(|y| format!(", {} {y}", l.financial_year)).unwrap_or_default();
            let what_if = if source == TurnoverSource::Override { format!(" {}", l.what_if) } else { String::new() };
            format!("{} {}{year}{what_if}", l.turnover, l.money(eur))
        }
    };
    format!("{}: {}; {turnover}", l.undertaking, u.name)
}

/// A turnover band's ends in signs every language reads: "> EUR 1,000,000,000.00",
/// "<= EUR 500,000,000.00", "EUR 100,000,000.00 - EUR 250,000,000.00".
pub(super) fn band_ends(l: &Labels, low: Option<Money>, high: Option<Money>) -> String {
    match (low, high) {
        (Some(low), Some(high)) => format!("{} - {}", l.money(low), l.money(high)),
        (Some(low), None) => format!("> {}", l.money(low)),
        (None, Some(high)) => format!("<= {}", l.money(high)),
        (None, None) => String::new(),
    }
}

/// A legal maximum or group ceiling cell: with a turnover band closed above, the range from the
/// maximum at its lower end to the one at its upper end.
fn maximum_cell(l: &Labels, lower: Option<Money>, upper: Option<Money>) -> Cell {
    match (lower, upper) {
        (Some(lower), Some(upper)) if upper != lower => Cell::text(band_ends(l, Some(lower), Some(upper))),
        (maximum, _) => money_cell(l, maximum),
    }
}

fn violation_row(l: &Labels, v: &ViolationReport) -> Vec<Cell> {
    vec![
        Cell::titled(&v.id, v.title.as_deref()),
        Cell::text(v.articles.join(", ")),
        Cell::text(v.tier.map_or("-", |t| t.as_str())),
        maximum_cell(l, v.legal_maximum, v.legal_maximum_upper.flatten()),
        Cell::text(match v.maximum_basis {
            Some(MaximumBasis::Fixed) => l.basis_fixed,
            Some(MaximumBasis::Turnover) => l.basis_turnover,
            Some(MaximumBasis::AtLeast) => l.basis_at_least,
            Some(MaximumBasis::PublicBody) => l.basis_public_body,
            Some(MaximumBasis::NoFine) => l.basis_no_fine,
            Some(MaximumBasis::Stated) => l.basis_stated,
            Some(MaximumBasis::Unknown) => l.basis_unknown,
            None => "-",
        }),
        match (v.fine, &v.group) {
            (None, Some(_)) if v.method == FineMethod::Declared => Cell::text(l.in_group_fine),
            (fine, _) => money_cell(l, fine),
        },
        Cell::text(l.method_name(v.method)),
        Cell::text(v.group.as_deref().unwrap_or("-")),
    ]
}

fn group_row(l: &Labels, g: &GroupReport) -> Vec<Cell> {
    let id = match g.kind {
        GroupKind::Linked => g.id.clone(),
        GroupKind::Combined => format!("{} ({})", g.id, l.combined),
    };
    let gravest = match (&g.gravest, g.tied.is_empty()) {
        (Some(gravest), _) => gravest.clone(),
        (None, false) => l.tie.to_string(),
        (None, true) => "-".to_string(),
    };
    vec![
        Cell::titled(&id, g.title.as_deref()),
        Cell::text(g.violations.join(", ")),
        Cell::text(gravest),
        maximum_cell(l, g.ceiling, g.ceiling_upper),
        money_cell(l, Some(g.fine)),
        match (g.within, g.required_turnover) {
            (Some(true), _) => Cell::toned(l.yes, Tone::Good),
            (Some(false), _) => Cell::toned(l.no, Tone::Bad),
            (None, Some(turnover)) => {
                Cell::toned(format!("{} {}", l.if_turnover_at_least, l.money(turnover)), Tone::Warning)
            }
            (None, None) => Cell::text("-"),
        },
    ]
}

/// The total, and beside it what the decision published and the EUR equivalent.
fn total_lines<'a>(report: &Report, l: &Labels, emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>) -> io::Result<()> {
    let case = &report.case;
    if !report.reductions.is_empty() {
        let before = l.money(report.total_before_reductions);
        emit(Block::Line(format!("{}: {before}", l.total_before_reductions), Tone::Plain))?;
    }
    emit(Block::Line(format!("{}: {}", l.total, l.money(report.total)), Tone::Plain))?;
    if let Some(published) = case.published_total {
        emit(published_line(l, l.published_total, published, Some(report.total)))?;
    }
    if let Some(eur) = report.total_eur {
        emit(Block::Line(format!("{}: {}", l.total_eur, l.money(eur)), Tone::Plain))?;
    }
    if let Some(published) = case.published_total_eur {
        // Matching it takes the direction and precision the decision converts in
        // (calc::currency): the line shows the finding's verdict, so the two never disagree.
        let matches = report.findings.iter().any(|f| f.code == FindingCode::TotalEurMatches);
        emit(verdict_line(l, l.published_total_eur, published, matches))?;
    }
    if let Some(what_if) = &report.what_if {
        let total = match (what_if.total, &what_if.note) {
            (Some(total), _) => l.money(total),
            (None, note) => {
                format!("- ({})", note.as_ref().map_or("-".to_string(), |note| catalogue::text(l.lang, note)))
            }
        };
        let method = l.method_name(what_if.method);
        emit(Block::Line(format!("{} ({method}): {total} ({})", l.what_if_total, l.what_if_beside), Tone::Plain))?;
    }
    appeal_blocks(report, l, emit)
}

/// After the decision: each judgment and what stands after it, then the total that stands.
fn appeal_blocks<'a>(report: &Report, l: &Labels, emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>) -> io::Result<()> {
    if report.appeals.is_empty() && report.case.published_final_total.is_none() {
        return Ok(());
    }
    if !report.appeals.is_empty() {
        let rows = report
            .appeals
            .iter()
            .map(|a| {
                vec![
                    Cell::date(a.decided.to_string()),
                    Cell::text(&a.body),
                    Cell::text(a.reference.as_deref().unwrap_or("-")),
                    Cell::text(l.outcome(a.outcome)),
                    Cell::text(a.violation.as_deref().unwrap_or("-")),
                    money_cell(l, a.fine),
                    money_cell(l, a.total_after),
                ]
            })
            .collect();
        emit(Block::Table {
            caption: Some(format!("{}:", l.appeals)),
            header: vec![
                l.appeal_decided,
                l.appeal_body,
                l.appeal_reference,
                l.appeal_outcome,
                l.violation,
                l.fine,
                l.total_after,
            ],
            rows,
        })?;
    }
    let standing = report.final_total.map_or_else(|| l.not_known.to_string(), |t| l.money(t));
    emit(Block::Line(format!("{}: {standing}", l.final_total), Tone::Plain))?;
    if let Some(published) = report.case.published_final_total {
        emit(published_line(l, l.published_final_total, published, report.final_total))?;
    }
    Ok(())
}

/// `--method`: what the method gives beside each declared fine, then per group.
fn comparison_rows(report: &Report, l: &Labels) -> Vec<Vec<Cell>> {
    let note = |note: &Option<Message>| {
        Cell::text(note.as_ref().map_or("-".to_string(), |note| catalogue::text(l.lang, note)))
    };
    let mut rows: Vec<Vec<Cell>> = report
        .violations
        .iter()
        .filter_map(|v| v.comparison.as_ref().map(|c| (v, c)))
        .map(|(v, c)| {
            vec![
                Cell::text(&v.id),
                money_cell(l, v.fine),
                Cell::text(l.method_name(c.method)),
                match c.fine {
                    Some(fine) => money_cell(l, Some(fine)),
                    None => note(&c.note),
                },
                Cell::text(c.range.map_or("-".into(), |[low, high]| format!("{} - {}", l.number(low), l.number(high)))),
            ]
        })
        .collect();
    for g in &report.groups {
        if let Some(c) = &g.comparison {
            let capped = if c.capped { format!(" ({})", l.capped) } else { String::new() };
            rows.push(vec![
                Cell::text(format!("{} {}", l.group, g.id)),
                money_cell(l, Some(g.fine)),
                Cell::text(l.method_name(c.method)),
                match c.fine {
                    Some(fine) => Cell::number(format!("{}{capped}", l.number(fine))),
                    None => note(&c.note),
                },
                Cell::text("-"),
            ]);
        }
    }
    if let Some(what_if) = report.what_if.as_ref().filter(|_| !rows.is_empty()) {
        rows.push(vec![
            Cell::text(l.total_row),
            money_cell(l, Some(report.total)),
            Cell::text(l.method_name(what_if.method)),
            match what_if.total {
                Some(total) => money_cell(l, Some(total)),
                None => note(&what_if.note),
            },
            Cell::text("-"),
        ]);
    }
    rows
}

/// Every step behind the amounts, with the subject it explains.
fn explanation<'a>(report: &'a Report, l: &Labels) -> Vec<(String, &'a Step)> {
    let u = &report.undertaking;
    let mut steps: Vec<(String, &Step)> = u.turnover_steps.iter().map(|s| (l.turnover.to_string(), s)).collect();
    for v in &report.violations {
        steps.extend(v.steps.iter().map(|s| (v.id.clone(), s)));
        if let Some(comparison) = &v.comparison {
            steps.extend(
                comparison.steps.iter().map(|s| (format!("{} ({})", v.id, l.method_name(comparison.method)), s)),
            );
        }
    }
    for g in &report.groups {
        steps.extend(g.steps.iter().map(|s| (format!("{} {}", l.group, g.id), s)));
    }
    steps.extend(report.total_steps.iter().map(|s| (l.total.to_string(), s)));
    steps
}

fn finding_lines<'a>(report: &Report, l: &Labels, emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>) -> io::Result<()> {
    if report.findings.is_empty() {
        return Ok(());
    }
    emit(Block::Line(format!("{}:", l.findings), Tone::Plain))?;
    for f in &report.findings {
        let tone = Tone::of(f.level);
        let subject: String =
            [&f.violation, &f.group, &f.penalty].into_iter().flatten().map(|id| format!(" `{id}`")).collect();
        emit(Block::Line(format!("  {} [{}]{subject}: {}", l.level(f.level), f.code, l.finding(f)), tone))?;
    }
    Ok(())
}

/// An amount right-aligned, or "-" where there is none.
pub(super) fn money_cell(l: &Labels, amount: Option<Money>) -> Cell {
    Cell::number(amount.map_or_else(|| "-".to_string(), |m| l.number(m)))
}

/// "Published ...: EUR x (matches)" or "(DIFFERS)", for the figures a decision states.
pub(super) fn published_line(l: &Labels, label: &str, published: Money, computed: Option<Money>) -> Block<'static> {
    verdict_line(l, label, published, Some(published) == computed)
}

/// A published figure and whether it matches.
fn verdict_line(l: &Labels, label: &str, published: Money, matches: bool) -> Block<'static> {
    let (verdict, tone) = if matches { (l.matches, Tone::Good) } else { (l.differs, Tone::Bad) };
    Block::Line(format!("{label}: {} ({verdict})", l.money(published)), tone)
}

/// The explanation as a list per subject: long rule texts read better as lines than squeezed
/// into table cells.
pub(super) fn steps_block<'a>(l: &Labels, caption: &str, steps: Vec<(String, &'a Step)>) -> Block<'a> {
    let mut subjects: Vec<(String, Vec<StepLine<'a>>)> = Vec::new();
    for (subject, step) in steps {
        let line = StepLine {
            rule: l.step_rule(step).into(),
            detail: l.step_detail(step).into(),
            amount: step.amount.map(|m| l.number(m)),
        };
        match subjects.last_mut() {
            Some((last, lines)) if *last == subject => lines.push(line),
            _ => subjects.push((subject, vec![line])),
        }
    }
    Block::Steps { caption: format!("{caption}:"), subjects }
}

fn penalty_blocks<'a>(
    report: &'a Report,
    l: &Labels,
    shown: Shown,
    emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>,
) -> io::Result<()> {
    let rows = report.penalties.iter().map(|p| penalty_row(l, p)).collect();
    emit(Block::Table {
        caption: Some(format!("{} {}:", l.penalties, l.date(report.as_of))),
        header: vec![l.order, l.amount, l.per, l.due, l.max, l.accrued_to, l.periods, l.forfeited, l.max_reached_on],
        rows,
    })?;
    // Without a ceiling an order is unbounded only while it runs: once complied with, what it
    // forfeited is final.
    let running = report.penalties.iter().any(|p| {
        p.max.is_none() && p.complied.is_none_or(|c| c > p.accrual_ends) && p.ends.is_none_or(|e| e > p.accrual_ends)
    });
    let none = if running { l.unbounded } else { l.unbounded_but_final };
    let maxima = report.penalties_max.map_or(none.to_string(), |m| l.money(m));
    emit(Block::Line(format!("{}: {maxima}", l.penalties_max), Tone::Plain))?;
    if let Some(published) = report.case.published_penalties_max {
        emit(published_line(l, l.published_penalties_max, published, report.penalties_max))?;
    }
    emit(Block::Line(format!("{}: {}", l.forfeited_total, l.money(report.penalties_forfeited)), Tone::Plain))?;
    for p in &report.penalties {
        if let Some(published) = p.published_forfeited {
            emit(published_line(l, &format!("{} `{}`", l.published_forfeited, p.id), published, Some(p.forfeited)))?;
        }
        for s in &p.suspensions {
            emit(Block::Line(format!("`{}` {}", p.id, suspension_text(l, s)), Tone::Plain))?;
        }
        for q in &p.liquidations {
            let label = format!("{} `{}` {}", l.liquidated, p.id, l.window(q.from, q.until));
            emit(published_line(l, &label, q.amount, q.calculated))?;
        }
    }
    // What the undertaking owes today, the fines as they stand after any appeal: an unknown
    // total or an overflow (beyond any real case) shows no sum.
    let exposure = report
        .final_total
        .and_then(|total| total.checked_add(report.penalties_forfeited).ok())
        .map_or_else(|| "-".to_string(), |m| l.money(m));
    emit(Block::Line(format!("{}: {exposure}", l.exposure), Tone::Plain))?;

    for p in report.penalties.iter().filter(|p| !p.schedule.is_empty()) {
        emit(schedule_block(l, p, shown))?;
    }
    let steps = report.penalties.iter().flat_map(|p| p.steps.iter().map(|s| (p.id.clone(), s))).collect();
    emit(steps_block(l, l.how_penalties, steps))
}

/// One order's schedule: its periods (the middle of a long one elided), its suspensions between
/// or after the periods they fall in, and the limitation dates under the Awb.
fn schedule_block(l: &Labels, p: &crate::calc::report::PenaltyReport, shown: Shown) -> Block<'static> {
    let hidden =
        if shown.full_schedule { 0 } else { p.schedule.len().saturating_sub(SCHEDULE_HEAD + SCHEDULE_TAIL + 1) };
    let started = p.count == crate::calc::model::PeriodCount::Started;
    // Limitation dates exist only under the Awb (Dutch authorities).
    let barred = p.schedule.iter().any(|period| period.time_barred_on.is_some());
    let suspension_row = |s| vec![Cell::text("-"), Cell::text(suspension_text(l, s))];
    let mut rows = Vec::new();
    for (index, period) in p.schedule.iter().enumerate() {
        if hidden > 0 && index == SCHEDULE_HEAD {
            rows.push(vec![Cell::text("..."), Cell::text(format!("{hidden} {}", l.more_periods))]);
        }
        if hidden > 0 && (SCHEDULE_HEAD..SCHEDULE_HEAD + hidden).contains(&index) {
            continue;
        }
        // A suspension between two periods goes between their rows; one within a period, after it.
        rows.extend(p.suspensions.iter().filter(|s| suspension_before(period, index, p, s)).map(suspension_row));
        let mut row = vec![
            Cell::number(period.period.to_string()),
            Cell::date(period.from.to_string()),
            Cell::date(period.to.to_string()),
            money_cell(l, Some(period.amount)),
            money_cell(l, Some(period.cumulative)),
        ];
        if !started {
            row.push(Cell::date(period.forfeited_on.to_string()));
        }
        if barred {
            row.push(Cell::date(period.time_barred_on.map(|day| day.to_string()).unwrap_or_default()));
        }
        rows.push(row);
        let within =
            |s: &&crate::calc::report::SuspensionReport| s.days > 0 && period.from <= s.from && s.from <= period.to;
        rows.extend(p.suspensions.iter().filter(within).map(suspension_row));
    }
    // A started period is forfeited on its first day (`from`); only completed counting
    // needs its own column for the forfeiture date.
    let mut columns = vec![l.period, l.from, l.to, l.amount, l.cumulative];
    if !started {
        columns.push(l.forfeited_on);
    }
    if barred {
        columns.push(l.time_barred_on);
    }
    let title = if barred { l.schedule_of_awb } else { l.schedule_of };
    let caption = if started {
        format!("{title} `{}` ({}):", p.id, l.forfeited_on_first_day)
    } else {
        format!("{title} `{}`:", p.id)
    };
    Block::Table { caption: Some(caption), header: columns, rows }
}

/// One order in the overview: what it forfeits, up to when, and why it stops there.
fn penalty_row(l: &Labels, p: &crate::calc::report::PenaltyReport) -> Vec<Cell> {
    let accrued_to = match p.complied {
        _ if p.annulled_on.is_some() => {
            format!("{} {}", l.annulled, p.annulled_on.map(|d| d.to_string()).unwrap_or_default())
        }
        Some(complied) if complied == p.accrual_ends => format!("{} ({})", p.accrual_ends, l.complied),
        _ if p.ends == Some(p.accrual_ends) => format!("{} ({})", p.accrual_ends, l.order_ended),
        Some(_) => format!("{} ({})", p.accrual_ends, l.as_of),
        None => format!("{} ({})", p.accrual_ends, l.compliance_unknown),
    };
    let periods = if p.periods == p.periods_elapsed {
        p.periods.to_string()
    } else {
        format!("{} ({} {})", p.periods, p.periods_elapsed, l.elapsed)
    };
    vec![
        Cell::titled(&p.id, p.order.as_deref()),
        money_cell(l, Some(p.amount)),
        Cell::text(crate::l10n::catalogue::text(l.lang, &p.unit.says())),
        Cell::date(p.due.map_or_else(|| "-".to_string(), |due| due.to_string())),
        money_cell(l, p.max),
        Cell::text(accrued_to),
        Cell::number(periods),
        money_cell(l, Some(p.forfeited)),
        Cell::text(match (p.max_reached_on, p.max_reached_if_unmet) {
            (Some(day), _) => day.to_string(),
            (None, Some(day)) => format!("{day} {}", l.if_unmet),
            (None, None) => "-".into(),
        }),
    ]
}

/// `suspended 2021-12-17 - 2022-06-29 (reason): 42 day(s) not counted`, or `suspended
/// 2021-12-17, still suspended (reason): ...`.
fn suspension_text(l: &Labels, s: &crate::calc::report::SuspensionReport) -> String {
    let until = match s.until.map(|until| until.yesterday()) {
        Some(Ok(last)) => l.window(s.from, last),
        _ => format!("{}, {}", l.since(s.from), l.still_suspended),
    };
    let reason = s.reason.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
    let days =
        crate::l10n::Message::new("label-days-not-counted").arg("days", i64::try_from(s.days).unwrap_or(i64::MAX));
    format!("{} {until}{reason}: {}", l.suspended, crate::l10n::catalogue::text(l.lang, &days))
}

/// Whether a suspension's row goes just before schedule row `index`: it began after the
/// previous row's end and before this row's first day.
fn suspension_before(
    period: &crate::calc::report::PenaltyPeriod,
    index: usize,
    p: &crate::calc::report::PenaltyReport,
    s: &crate::calc::report::SuspensionReport,
) -> bool {
    let after_previous = index.checked_sub(1).is_none_or(|previous| s.from > p.schedule[previous].to);
    after_previous && s.from < period.from && s.days > 0
}

/// The collection section: what is owed, the interest periods, the steps.
fn collection_blocks<'a>(
    report: &'a Report,
    c: &'a CollectionReport,
    l: &Labels,
    emit: &mut dyn FnMut(Block<'a>) -> io::Result<()>,
) -> io::Result<()> {
    let w = super::collection::Words::of(l.lang);
    emit(Block::Figures {
        caption: format!("{} {}:", w.collection, l.date(report.as_of)),
        header: [w.item, w.value],
        rows: collection_rows(c, l, w),
    })?;
    if let Some(published) = c.published_paid {
        emit(published_line(l, w.published_paid, published, Some(c.paid)))?;
    }
    if let Some(interest) = c.interest.as_ref().filter(|i| !i.periods.is_empty()) {
        let rows = interest
            .periods
            .iter()
            .map(|p| {
                vec![
                    Cell::date(p.from.to_string()),
                    Cell::date(p.until.to_string()),
                    Cell::number(crate::l10n::locale::Locale::of(l.lang).decimal(p.rate)),
                    Cell::number(p.days.to_string()),
                    money_cell(l, Some(p.base)),
                    money_cell(l, Some(p.amount)),
                ]
            })
            .collect();
        emit(Block::Table {
            caption: Some(format!("{}:", w.interest_periods)),
            header: vec![l.from, l.to, w.rate, w.days, w.base, l.amount],
            rows,
        })?;
    }
    if !c.penalties.is_empty() {
        let rows = c
            .penalties
            .iter()
            .map(|p| {
                vec![
                    Cell::text(&p.id),
                    money_cell(l, Some(p.forfeited)),
                    money_cell(l, Some(p.interest)),
                    money_cell(l, Some(p.outstanding)),
                    money_cell(l, Some(p.time_barred)),
                ]
            })
            .collect();
        emit(Block::Table {
            caption: None,
            header: vec![w.penalty, l.forfeited, w.interest_short, w.outstanding, w.time_barred],
            rows,
        })?;
    }
    emit(steps_block(l, w.how, c.steps.iter().map(|s| (w.subject.to_string(), s)).collect()))
}

/// One row per figure; a figure the country's rules do not give says so.
fn collection_rows(c: &CollectionReport, l: &Labels, w: &super::collection::Words) -> Vec<(&'static str, Cell)> {
    let date =
        |day: Option<jiff::civil::Date>| Cell::date(day.map_or_else(|| w.not_computed.to_string(), |d| d.to_string()));
    let amount = |m: Option<Money>| match m {
        Some(m) => money_cell(l, Some(m)),
        None => Cell::text(w.not_computed),
    };
    let mut rows = vec![
        (w.principal, amount(Some(c.principal))),
        (w.notified, date(c.notified)),
        (w.payment_due, date(c.payment_due)),
        (w.in_default_from, date(c.in_default_from)),
        (w.interest, amount(c.interest.as_ref().map(|i| i.amount))),
        (w.paid, amount(Some(c.paid))),
        (w.outstanding_principal, amount(c.outstanding_principal)),
        (w.outstanding_interest, amount(c.outstanding_interest)),
        (w.outstanding, amount(c.outstanding)),
        (w.claim_time_barred_on, date(c.claim_time_barred_on)),
    ];
    if let Some(why) = &c.suspended {
        rows.push((w.suspended, Cell::text(crate::l10n::catalogue::text(l.lang, why))));
    }
    if !c.penalties.is_empty() {
        rows.push((w.penalties_outstanding, amount(c.penalties_outstanding)));
        rows.push((w.owed_total, amount(c.owed_total)));
    }
    rows
}
