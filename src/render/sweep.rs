//! `art83 sweep` output: one row (or object) per turnover, streamed.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Table};

use crate::calc::Case;
use crate::calc::money::Money;
use crate::calc::sweep::SweepPoint;
use crate::cli::SweepFormat;

pub trait SweepWriter {
    fn begin(&mut self) -> String;
    fn point(&mut self, point: &SweepPoint) -> String;
    fn end(&mut self) -> String;
}

pub fn writer(format: SweepFormat, case: &Case) -> Box<dyn SweepWriter> {
    let ids: Vec<String> = case.violations.iter().map(|v| v.id.clone()).collect();
    let with_fines = case.violations.iter().any(|v| v.fine.is_some() || v.method.is_some());
    match format {
        SweepFormat::Table => Box::new(TableSweep { ids, with_fines, table: Table::new() }),
        SweepFormat::Csv => Box::new(CsvSweep { ids, with_fines }),
        SweepFormat::Json => Box::new(JsonSweep { title: case.title.clone(), written: 0 }),
        SweepFormat::Jsonl => Box::new(JsonlSweep),
    }
}

fn columns(ids: &[String], with_fines: bool) -> Vec<String> {
    let mut header = vec!["turnover".to_string()];
    for id in ids {
        header.push(format!("{id} legal_maximum"));
        if with_fines {
            header.push(format!("{id} fine"));
        }
    }
    header.push("total".into());
    header
}

fn values(point: &SweepPoint, with_fines: bool, show: impl Fn(Money) -> String) -> Vec<String> {
    let mut row = vec![show(point.turnover)];
    for value in &point.violations {
        row.push(value.legal_maximum.map(&show).unwrap_or_default());
        if with_fines {
            row.push(value.fine.map(&show).unwrap_or_default());
        }
    }
    row.push(show(point.total));
    row
}

/// A table needs every row before it can size its columns.
struct TableSweep {
    ids: Vec<String>,
    with_fines: bool,
    table: Table,
}

impl SweepWriter for TableSweep {
    fn begin(&mut self) -> String {
        self.table.load_style(UTF8_FULL_CONDENSED).force_no_tty().set_header(columns(&self.ids, self.with_fines));
        String::new()
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        let row = values(point, self.with_fines, Money::grouped);
        self.table.add_row(row.into_iter().map(|v| Cell::new(v).set_alignment(CellAlignment::Right)));
        String::new()
    }
    fn end(&mut self) -> String {
        format!("{}\n", self.table)
    }
}

struct CsvSweep {
    ids: Vec<String>,
    with_fines: bool,
}

impl SweepWriter for CsvSweep {
    fn begin(&mut self) -> String {
        super::csv::line(&columns(&self.ids, self.with_fines))
    }
    fn point(&mut self, point: &SweepPoint) -> String {
        super::csv::line(&values(point, self.with_fines, Money::plain))
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
        format!("{{\"case\":{},\"points\":[\n", serde_json::to_string(&self.title).expect("a string"))
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
