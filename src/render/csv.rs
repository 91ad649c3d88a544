//! CSV for spreadsheets: one row per violation, one per Art. 83(3) group (its ceiling in
//! `legal_maximum`), one per penalty order and one per penalty period, one total per case.
//! Amounts are plain exact decimals and dates ISO, whatever the language.
//!
//! The columns are the fields of [`Record`], in order; the first eighteen are those of earlier
//! versions, the rest were added after them, so scripts reading columns by position still work.

use crate::l10n::{Lang, catalogue};
use std::io::{self, Write};

use serde::Serialize;

use super::Renderer;
use crate::calc::Report;
use crate::calc::article::Tier;
use crate::calc::model::{PeriodCount, PublicBodyKind};
use crate::calc::money::Money;
use crate::calc::report::{
    CollectionReport, FineMethod, GroupReport, MaximumBasis, PenaltyPeriod, PenaltyReport, ViolationReport,
};
use jiff::civil::Date;

/// How the CSV is written: `--delimiter`, `--bom`, `--excel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub delimiter: u8,
    /// A UTF-8 byte order mark first, so that Excel reads the text as UTF-8.
    pub bom: bool,
    /// Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'`,
    /// so that a spreadsheet shows them as text instead of running them as formulas (OWASP
    /// "CSV injection"). Amounts and dates never start with these characters.
    pub neutralise: bool,
}

impl Default for CsvStyle {
    fn default() -> CsvStyle {
        CsvStyle { delimiter: b',', bom: false, neutralise: false }
    }
}

impl CsvStyle {
    /// Free text from a case file, neutralised when asked.
    fn text(&self, text: &str) -> String {
        let text = super::printable::printable_keeping(text, &['\t', '\n']);
        let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if self.neutralise && formula { format!("'{text}") } else { text.to_string() }
    }
}

/// Which kind of row a [`Record`] is, in its first column.
#[derive(Debug, Default, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    #[default]
    Violation,
    Group,
    PenaltyOrder,
    PenaltyPeriod,
    Total,
    /// After the decision: what the fine owes on the as-of date.
    Collection,
    /// A period of statutory interest on the fine.
    InterestPeriod,
}

/// One CSV row; fields that do not apply to its kind are empty.
#[derive(Debug, Default, Serialize)]
struct Record {
    record: Kind,
    case: String,
    /// The violation or group; for penalty rows the violation the order enforces.
    id: String,
    articles: String,
    tier: Option<Tier>,
    legal_maximum: Option<Money>,
    maximum_basis: Option<MaximumBasis>,
    /// The fine (violation, group), or the total of the fines (total).
    fine: Option<Money>,
    method: Option<FineMethod>,
    group: String,
    penalty: String,
    period: Option<u64>,
    from: Option<Date>,
    to: Option<Date>,
    amount: Option<Money>,
    cumulative: Option<Money>,
    forfeited_on: Option<Date>,
    time_barred_on: Option<Date>,
    title: String,
    /// `--method`: the method and what it gives beside the declared fine.
    compare_method: Option<FineMethod>,
    compare_fine: Option<Money>,
    compare_low: Option<Money>,
    compare_high: Option<Money>,
    /// Why the method gives no result, or that the Art. 83(3) ceiling capped a group's sum.
    compare_note: String,
    order: String,
    per: String,
    count: Option<PeriodCount>,
    due: Option<Date>,
    complied: Option<Date>,
    /// An order limited in time: the first day it no longer applies.
    ends: Option<Date>,
    /// An order's ceiling; on the total row, the orders' ceilings together.
    max: Option<Money>,
    periods: Option<u64>,
    /// Forfeited under an order; on the total row, under all orders together.
    forfeited: Option<Money>,
    max_reached_on: Option<Date>,
    /// On the total row: the fines and the forfeited penalty payments together.
    exposure: Option<Money>,
    /// A violation's proposed amount before its settlement reductions; on the total row, the
    /// total before the case's own reductions.
    proposed: Option<Money>,
    /// Collection: the payments up to the as-of date, added up.
    paid: Option<Money>,
    /// Collection: statutory interest accrued; on an interest period, its interest.
    interest: Option<Money>,
    /// Collection: principal and interest owed on the as-of date.
    outstanding: Option<Money>,
    /// Collection: the earliest day the claim is time-barred.
    claim_time_barred_on: Option<Date>,
    /// An interest period: its yearly rate in percent, its days and the base it is charged on.
    rate: Option<rust_decimal::Decimal>,
    days: Option<i32>,
    base: Option<Money>,
    /// On the total row: the total that stands after the appeals (empty where not known).
    final_total: Option<Money>,
    /// The currency (ISO 4217) of every amount in the row: the case's, `EUR` included.
    currency: String,
    /// With a turnover band: the legal maximum (violation rows) or the Art. 83(3) ceiling (group
    /// rows) at the band's upper end, empty when the band is open above or there is no band;
    /// `legal_maximum` is then the lower end.
    legal_maximum_upper: Option<Money>,
    /// A violation fined under national law (no Art. 83 tier, so `articles` and `tier` are
    /// empty): the national provision.
    national_provision: String,
    /// The legal maximum the decision states: the violation's, the group's, or on the total row
    /// the case's.
    published_maximum: Option<Money>,
    /// On the total row: the kind of public body (`state`, `local`, ...), where the case file
    /// names one.
    public_body_kind: Option<PublicBodyKind>,
}

pub struct CsvRenderer {
    pub style: CsvStyle,
}

/// Writes records without a header line, with the chosen delimiter.
fn write_records(records: &[Record], style: CsvStyle, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new().has_headers(false).delimiter(style.delimiter).from_writer(out);
    for record in records {
        writer.serialize(record).map_err(io::Error::other)?;
    }
    writer.flush()
}

/// The column names of `--format csv`, in order (docs/format.md and `art83 man calc` list them).
pub fn column_names() -> Vec<String> {
    let header = String::from_utf8(header(CsvStyle::default())).expect("the names are UTF-8");
    header.trim_end().split(',').map(str::to_string).collect()
}

/// The values of the `record` column, one per kind of row.
pub const RECORD_KINDS: [&str; 7] =
    ["violation", "group", "penalty-order", "penalty-period", "total", "collection", "interest-period"];

/// The header line: the field names of [`Record`], as csv writes them before the first row.
fn header(style: CsvStyle) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut writer = csv::WriterBuilder::new().delimiter(style.delimiter).from_writer(&mut bytes);
    writer.serialize(Record::default()).expect("writing to memory cannot fail");
    drop(writer);
    let end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| i + 1);
    bytes.truncate(end);
    bytes
}

/// One CSV record of plain text fields (the sweep's rows), quoted where needed, with its line end.
pub(super) fn line(fields: &[String], style: CsvStyle) -> String {
    let mut writer =
        csv::WriterBuilder::new().delimiter(style.delimiter).buffer_capacity(256).from_writer(Vec::with_capacity(256));
    let fields = fields.iter().map(|field| style.text(field));
    writer.write_record(fields).expect("writing to memory cannot fail");
    String::from_utf8(writer.into_inner().expect("writing to memory cannot fail")).expect("fields are UTF-8")
}

impl Renderer for CsvRenderer {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.style.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        out.write_all(&header(self.style))
    }

    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let s = self.style;
        let case = s.text(&report.case.title);
        let currency = &report.case.currency;
        let in_currency = |record: Record| Record { currency: currency.clone(), ..record };
        let mut records: Vec<Record> = report.violations.iter().map(|v| in_currency(violation(v, &case, s))).collect();
        records.extend(report.groups.iter().map(|g| in_currency(group(g, &case, s))));
        write_records(&records, s, out)?;
        for p in &report.penalties {
            // An order's periods go out in slices: a long schedule is never held as records.
            write_records(&[in_currency(order(p, &case, s))], s, out)?;
            for periods in p.schedule.chunks(256) {
                let rows: Vec<Record> =
                    periods.iter().map(|period| in_currency(penalty_period(p, period, &case, s))).collect();
                write_records(&rows, s, out)?;
            }
        }
        if let Some(c) = &report.collection {
            let rows: Vec<Record> = collection(c, &case).into_iter().map(in_currency).collect();
            write_records(&rows, s, out)?;
        }
        write_records(&[in_currency(total(report, case))], s, out)
    }
}

/// The collection row (`fine` the principal, `due` the last day for payment, `from` the first
/// day of default, `exposure` fine and penalty payments owed together) and one row per
/// interest period.
fn collection(c: &CollectionReport, case: &str) -> Vec<Record> {
    let mut records = vec![Record {
        record: Kind::Collection,
        case: case.to_string(),
        fine: Some(c.principal),
        due: c.payment_due,
        from: c.in_default_from,
        paid: Some(c.paid),
        interest: c.interest.as_ref().map(|i| i.amount),
        outstanding: c.outstanding,
        claim_time_barred_on: c.claim_time_barred_on,
        forfeited: c.penalties_outstanding,
        exposure: c.owed_total,
        ..Record::default()
    }];
    records.extend(c.interest.iter().flat_map(|i| &i.periods).map(|p| Record {
        record: Kind::InterestPeriod,
        case: case.to_string(),
        from: Some(p.from),
        to: Some(p.until),
        rate: Some(p.rate),
        days: Some(p.days),
        base: Some(p.base),
        interest: Some(p.amount),
        ..Record::default()
    }));
    records
}

fn violation(v: &ViolationReport, case: &str, s: CsvStyle) -> Record {
    let comparison = v.comparison.as_ref();
    Record {
        record: Kind::Violation,
        case: case.to_string(),
        id: s.text(&v.id),
        title: s.text(v.title.as_deref().unwrap_or("")),
        articles: s.text(&v.articles.join(", ")),
        tier: v.tier,
        legal_maximum: v.legal_maximum,
        legal_maximum_upper: v.legal_maximum_upper.flatten(),
        national_provision: s.text(v.national.as_ref().map_or("", |n| n.provision.as_str())),
        published_maximum: v.published_maximum,
        maximum_basis: v.maximum_basis,
        fine: v.fine,
        proposed: v.proposed,
        method: Some(v.method),
        group: s.text(v.group.as_deref().unwrap_or("")),
        compare_method: comparison.map(|c| c.method),
        compare_fine: comparison.and_then(|c| c.fine),
        compare_low: comparison.and_then(|c| c.range).map(|[low, _]| low),
        compare_high: comparison.and_then(|c| c.range).map(|[_, high]| high),
        compare_note: s
            .text(&comparison.and_then(|c| c.note.as_ref()).map(|n| catalogue::text(Lang::En, n)).unwrap_or_default()),
        ..Record::default()
    }
}

fn group(g: &GroupReport, case: &str, s: CsvStyle) -> Record {
    let comparison = g.comparison.as_ref();
    Record {
        record: Kind::Group,
        case: case.to_string(),
        id: s.text(&g.id),
        title: s.text(g.title.as_deref().unwrap_or("")),
        articles: String::new(),
        legal_maximum: g.ceiling,
        legal_maximum_upper: g.ceiling_upper,
        published_maximum: g.published_maximum,
        fine: Some(g.fine),
        group: s.text(&g.id),
        compare_method: comparison.map(|c| c.method),
        compare_fine: comparison.and_then(|c| c.fine),
        compare_note: match comparison {
            Some(c) if c.capped => "capped at the Art. 83(3) ceiling".to_string(),
            Some(c) => s.text(&c.note.as_ref().map(|n| catalogue::text(Lang::En, n)).unwrap_or_default()),
            None => String::new(),
        },
        ..Record::default()
    }
}

fn order(p: &PenaltyReport, case: &str, s: CsvStyle) -> Record {
    Record {
        record: Kind::PenaltyOrder,
        case: case.to_string(),
        id: s.text(p.violation.as_deref().unwrap_or("")),
        penalty: s.text(&p.id),
        order: s.text(p.order.as_deref().unwrap_or("")),
        amount: Some(p.amount),
        per: s.text(&p.per),
        count: Some(p.count),
        due: p.due,
        complied: p.complied,
        ends: p.ends,
        max: p.max,
        periods: Some(p.periods),
        forfeited: Some(p.forfeited),
        max_reached_on: p.max_reached_on,
        ..Record::default()
    }
}

fn penalty_period(p: &PenaltyReport, period: &PenaltyPeriod, case: &str, s: CsvStyle) -> Record {
    Record {
        record: Kind::PenaltyPeriod,
        case: case.to_string(),
        id: s.text(p.violation.as_deref().unwrap_or("")),
        penalty: s.text(&p.id),
        period: Some(period.period),
        from: Some(period.from),
        to: Some(period.to),
        amount: Some(period.amount),
        cumulative: Some(period.cumulative),
        forfeited_on: Some(period.forfeited_on),
        time_barred_on: period.time_barred_on,
        ..Record::default()
    }
}

fn total(report: &Report, case: String) -> Record {
    let orders = !report.penalties.is_empty();
    Record {
        record: Kind::Total,
        case,
        fine: Some(report.total),
        proposed: (!report.reductions.is_empty()).then_some(report.total_before_reductions),
        final_total: report.final_total,
        published_maximum: report.case.published_maximum,
        public_body_kind: report.undertaking.public_body_kind,
        max: report.penalties_max.filter(|_| orders),
        forfeited: orders.then_some(report.penalties_forfeited),
        // The fines as they stand after any appeal; an unknown total or an overflow (beyond any
        // real case) leaves the cell empty rather than wrong.
        exposure: report.final_total.and_then(|total| total.checked_add(report.penalties_forfeited).ok()),
        ..Record::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_keeps_the_first_eighteen_columns_of_earlier_versions() {
        let header = String::from_utf8(header(CsvStyle::default())).unwrap();
        assert!(header.starts_with(
            "record,case,id,articles,tier,legal_maximum,maximum_basis,fine,method,group,penalty,period,from,to,\
             amount,cumulative,forfeited_on,time_barred_on,title,"
        ));
        assert!(
            header.ends_with(
                ",exposure,proposed,paid,interest,outstanding,claim_time_barred_on,rate,days,base,final_total,currency,\
                 legal_maximum_upper,national_provision,published_maximum,public_body_kind\n"
            ),
            "{header}"
        );
        assert!(!header.contains(' '), "header names have no spaces: {header}");
    }

    #[test]
    fn the_record_kinds_are_the_values_of_the_record_column() {
        let kinds = [
            Kind::Violation,
            Kind::Group,
            Kind::PenaltyOrder,
            Kind::PenaltyPeriod,
            Kind::Total,
            Kind::Collection,
            Kind::InterestPeriod,
        ];
        let written: Vec<String> =
            kinds.iter().map(|kind| serde_json::to_string(kind).unwrap().trim_matches('"').to_string()).collect();
        assert_eq!(written, RECORD_KINDS);
    }

    #[test]
    fn formula_cells_are_neutralised_only_when_asked() {
        let excel = CsvStyle { neutralise: true, ..CsvStyle::default() };
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"] {
            assert_eq!(excel.text(formula), format!("'{formula}"));
            assert_eq!(CsvStyle::default().text(formula), formula);
        }
        assert_eq!(excel.text("Clearview"), "Clearview");
    }

    #[test]
    fn a_semicolon_delimiter_separates_and_quotes_by_it() {
        let style = CsvStyle { delimiter: b';', ..CsvStyle::default() };
        assert_eq!(line(&["a;b".into(), "c, d".into()], style), "\"a;b\";c, d\n");
    }
}
