//! `art83 sweep` output: one row (or object) per turnover, streamed.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell as ComfyCell, CellAlignment, ColumnConstraint, Table, Width};

use super::SweepWriter;
use super::csv::CsvStyle;
use super::document::Cell;
use super::labels::Labels;
use super::layout;

use crate::calc::Case;
use crate::calc::money::Money;
use crate::calc::sweep::SweepPoint;

/// What a sweep shows of each violation: its legal maximum, and its fine where any violation
/// has one (or a method).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Maxima,
    MaximaAndFines,
}

/// The violations a sweep shows, what of them, and the decision's currency where it is not the
/// turnover's euro (then every header names its currency: a EUR turnover beside SEK maxima).
struct Shape {
    ids: Vec<String>,
    shown: Shown,
    currency: Option<&'static str>,
}

fn shape_of(case: &Case) -> Shape {
    let ids: Vec<String> = case.violations.iter().map(|v| v.id.clone()).collect();
    let fines = case.violations.iter().any(|v| v.fine.is_some() || v.method.is_some());
    let currency = case.currency.as_ref().map(|c| c.currency.code()).filter(|&code| code != "EUR");
    Shape { ids, shown: if fines { Shown::MaximaAndFines } else { Shown::Maxima }, currency }
}

/// A table for people, `width` characters wide.
pub(super) fn table(case: &Case, width: u16, labels: &'static Labels) -> Box<dyn SweepWriter> {
    let shape = shape_of(case);
    Box::new(TableSweep::new(&shape, width, labels))
}

/// CSV, one row per turnover.
pub(super) fn csv(case: &Case, style: CsvStyle) -> Box<dyn SweepWriter> {
    let shape = shape_of(case);
    Box::new(CsvSweep {
        header: columns(&shape, super::labels::Labels::of(crate::l10n::Lang::En), Naming::Csv),
        shown: shape.shown,
        style,
    })
}

/// One JSON object.
pub(super) fn json(case: &Case) -> Box<dyn SweepWriter> {
    Box::new(JsonSweep { title: case.title.clone(), written: 0 })
}

/// One JSON object per turnover.
pub(super) fn jsonl() -> Box<dyn SweepWriter> {
    Box::new(JsonlSweep)
}

/// How the column names are written: for people (the table) or for scripts (CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// `unlawful-processing legal_maximum`, outside the euro `total (SEK)`.
    Table,
    /// No spaces: `unlawful-processing.legal_maximum`, outside the euro `total_sek`.
    Csv,
}

/// The column names; CSV keeps the English ones whatever the language. Outside the euro each
/// names its currency: `turnover (EUR)`, `total (SEK)` (in CSV `turnover_eur`, `total_sek`).
fn columns(shape: &Shape, l: &Labels, naming: Naming) -> Vec<String> {
    let unit = |code: &str| match (shape.currency, naming) {
        (None, _) => String::new(),
        (Some(_), Naming::Table) => format!(" ({code})"),
        (Some(_), Naming::Csv) => format!("_{}", code.to_ascii_lowercase()),
    };
    let joiner = if naming == Naming::Csv { "." } else { " " };
    let amounts = unit(shape.currency.unwrap_or_default());
    let mut header = vec![format!("{}{}", l.turnover, unit("EUR"))];
    for id in &shape.ids {
        let id = super::printable::printable(id);
        header.push(format!("{id}{joiner}{}{amounts}", l.sweep_legal_maximum));
        if shape.shown == Shown::MaximaAndFines {
            header.push(format!("{id}{joiner}{}{amounts}", l.fine));
        }
    }
    header.push(format!("{}{amounts}", l.sweep_total));
    header
}

fn values(point: &SweepPoint, shown: Shown, show: impl Fn(Money) -> String) -> Vec<String> {
    let mut row = vec![show(point.turnover)];
    for value in &point.violations {
        row.push(value.legal_maximum.map(&show).unwrap_or_default());
        if shown == Shown::MaximaAndFines {
            row.push(value.fine.map(&show).unwrap_or_default());
        }
    }
    row.push(show(point.total));
    row
}

/// How many rows comfy-table lays out at once; the pieces join into one table.
const TABLE_CHUNK: usize = 2_000;

/// A table needs every value before it can size its columns: a first pass measures them
/// ([`SweepWriter::measure`]), the second lays the rows out in chunks of equal column widths
/// and writes each chunk as it fills, so at most one chunk of rows is held at a time.
struct TableSweep {
    header: Vec<String>,
    shown: Shown,
    /// The widest value of each column.
    widths: Vec<usize>,
    /// Column widths for the table; `None`: one block per turnover (too narrow a line).
    constraints: Option<Vec<ColumnConstraint>>,
    rows: Vec<Vec<String>>,
    chunks_written: usize,
    /// The table's bottom border, written after the last chunk.
    bottom: String,
    /// The line width; a table that cannot fit is written as one block per turnover.
    width: u16,
    labels: &'static Labels,
}

impl TableSweep {
    fn new(shape: &Shape, width: u16, labels: &'static Labels) -> TableSweep {
        let header = columns(shape, labels, Naming::Table);
        TableSweep {
            widths: vec![0; header.len()],
            header,
            shown: shape.shown,
            constraints: None,
            rows: Vec::new(),
            chunks_written: 0,
            bottom: String::new(),
            width,
            labels,
        }
    }

    /// One "label: value" block per turnover, for a terminal too narrow for the table.
    fn stacked(&self) -> String {
        let header: Vec<&str> = self.header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<Cell>> =
            self.rows.iter().map(|row| row.iter().map(|value| Cell::number(value.as_str())).collect()).collect();
        let mut out = String::new();
        for line in layout::stacked(&header, &rows, usize::from(self.width)) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// The rows held so far, as text; the table's bottom border is kept back for `end`.
    fn flush(&mut self) -> String {
        if self.rows.is_empty() {
            return String::new();
        }
        let Some(constraints) = &self.constraints else {
            let text = self.stacked();
            self.rows.clear();
            return text;
        };
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED).force_no_tty();
        let first = self.chunks_written == 0;
        if first {
            table.set_header(self.header.clone());
        }
        for row in self.rows.drain(..) {
            table.add_row(row.into_iter().map(|value| ComfyCell::new(value).set_alignment(CellAlignment::Right)));
        }
        // Equal widths in every chunk, so that the pieces join into one table.
        table.set_constraints(constraints.clone());
        self.chunks_written += 1;
        let text = table.to_string();
        let mut lines: Vec<&str> = text.lines().collect();
        // Join the pieces: only the first keeps its top border, only the last its bottom.
        self.bottom = lines.pop().unwrap_or_default().to_string();
        let mut out = String::new();
        for line in lines.into_iter().skip(usize::from(!first)) {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

impl SweepWriter for TableSweep {
    fn measures(&self) -> bool {
        true
    }
    fn measure(&mut self, point: &SweepPoint) {
        let labels = self.labels;
        let row = values(point, self.shown, |m| labels.number(m));
        for (width, cell) in self.widths.iter_mut().zip(&row) {
            *width = (*width).max(cell.len());
        }
    }
    fn begin(&mut self) -> String {
        // Headers ("<id> legal_maximum") may wrap at their space; values never wrap.
        let wide = self.header.iter().zip(&self.widths).map(|(h, &w)| w.max(h.chars().count())).collect();
        let narrow = self.header.iter().zip(&self.widths).map(|(h, &w)| w.max(layout::longest_word(h))).collect();
        self.constraints = layout::fit(wide, narrow, usize::from(self.width)).map(|widths| {
            widths
                .iter()
                .map(|&w| ColumnConstraint::Absolute(Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX))))
                .collect()
        });
        String::new()
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        let labels = self.labels;
        self.rows.push(values(point, self.shown, |m| labels.number(m)));
        if self.rows.len() < TABLE_CHUNK { String::new() } else { self.flush() }
    }
    fn end(&mut self) -> String {
        let mut out = self.flush();
        if !self.bottom.is_empty() {
            out.push_str(&self.bottom);
            out.push('\n');
        }
        out
    }
}

struct CsvSweep {
    header: Vec<String>,
    shown: Shown,
    style: CsvStyle,
}

impl SweepWriter for CsvSweep {
    fn begin(&mut self) -> String {
        let bom = if self.style.bom { "\u{feff}" } else { "" };
        format!("{bom}{}", super::csv::line(&self.header, self.style))
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        super::csv::line(&values(point, self.shown, Money::plain), self.style)
    }
    fn end(&mut self) -> String {
        String::new()
    }
}

struct JsonSweep {
    title: String,
    written: usize,
}

impl SweepWriter for JsonSweep {
    fn begin(&mut self) -> String {
        // Opens as every JSON report does: the contract's version and the program's.
        format!(
            "{{\"format_version\":{},\"art83_version\":\"{}\",\"case\":{},\"points\":[\n",
            crate::calc::report::FORMAT_VERSION,
            crate::calc::report::ART83_VERSION,
            serde_json::to_string(&self.title).expect("a string")
        )
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        let separator = if self.written > 0 { ",\n" } else { "" };
        self.written += 1;
        format!("{separator}{}", serde_json::to_string(point).expect("plain data"))
    }
    fn end(&mut self) -> String {
        "\n]}\n".into()
    }
}

struct JsonlSweep;

impl SweepWriter for JsonlSweep {
    fn begin(&mut self) -> String {
        String::new()
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        format!("{}\n", serde_json::to_string(point).expect("plain data"))
    }
    fn end(&mut self) -> String {
        String::new()
    }
}
