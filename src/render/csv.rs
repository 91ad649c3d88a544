//! CSV for spreadsheets: one row per violation, one per Art. 83(3) group (its ceiling in
//! `legal_maximum`), one per penalty period, one total per case.
//! Amounts are plain exact decimals, whatever the language.

use std::io::{self, Write};

use super::Renderer;
use crate::calc::Report;
use crate::calc::money::Money;

const COLUMNS: [&str; 18] = [
    "record",
    "case",
    "id",
    "articles",
    "tier",
    "legal_maximum",
    "maximum_basis",
    "fine",
    "method",
    "group",
    "penalty",
    "period",
    "from",
    "to",
    "amount",
    "cumulative",
    "forfeited_on",
    "time_barred_on",
];

pub struct CsvRenderer;

/// One CSV record, quoted where needed, with its line end. The writer's buffer is sized for a
/// record: the default 8 KiB, allocated and cleared per record, was a fifth of a CSV sweep.
pub(super) fn line(fields: &[String]) -> String {
    let mut writer = csv::WriterBuilder::new().buffer_capacity(256).from_writer(Vec::with_capacity(256));
    writer.write_record(fields).expect("writing to memory cannot fail");
    String::from_utf8(writer.into_inner().expect("writing to memory cannot fail")).expect("fields are UTF-8")
}

fn amount(money: Option<Money>) -> String {
    money.map(Money::plain).unwrap_or_default()
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

impl Renderer for CsvRenderer {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(line(&COLUMNS.map(String::from)).as_bytes())
    }

    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(records(report).as_bytes())
    }
}

/// The CSV records of one report.
fn records(report: &Report) -> String {
    let mut out = String::new();
    let case = &report.case.title;
    for v in &report.violations {
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = "violation".into();
        row[1] = case.clone();
        row[2] = v.id.clone();
        row[3] = v.articles.join(", ");
        row[4] = v.tier.map(|t| t.label().to_string()).unwrap_or_default();
        row[5] = amount(v.legal_maximum);
        row[6] = v.maximum_basis.as_ref().map(json_name).unwrap_or_default();
        row[7] = amount(v.fine);
        row[8] = json_name(&v.method);
        row[9] = v.group.clone().unwrap_or_default();
        out.push_str(&line(&row));
    }
    for g in &report.groups {
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = "group".into();
        row[1] = case.clone();
        row[2] = g.id.clone();
        row[5] = amount(g.ceiling);
        row[7] = g.fine.plain();
        row[9] = g.id.clone();
        out.push_str(&line(&row));
    }
    for p in &report.penalties {
        for period in &p.schedule {
            let mut row = vec![String::new(); COLUMNS.len()];
            row[0] = "penalty-period".into();
            row[1] = case.clone();
            row[2] = p.violation.clone().unwrap_or_default();
            row[10] = p.id.clone();
            row[11] = period.period.to_string();
            row[12] = period.from.to_string();
            row[13] = period.to.to_string();
            row[14] = period.amount.plain();
            row[15] = period.cumulative.plain();
            row[16] = period.forfeited_on.to_string();
            row[17] = period.time_barred_on.map(|day| day.to_string()).unwrap_or_default();
            out.push_str(&line(&row));
        }
    }
    let mut total = vec![String::new(); COLUMNS.len()];
    total[0] = "total".into();
    total[1] = case.clone();
    total[7] = report.total.plain();
    out.push_str(&line(&total));
    out
}
