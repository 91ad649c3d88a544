//! Reports out. Each format turns a [`Report`] into text; only the shell writes it.
//!
//! `document` lays a report out for people once; `table` and `markdown` draw that layout.
//! `html` lays the same document into one page with charts (`chart`, drawn with plotters).
//! `json`, `jsonl` and `csv` are for programs and stay language-neutral.

mod chart;
mod csv;
mod document;
mod dutch;
mod html;
mod json;
pub mod labels;
mod layout;
mod markdown;
pub mod printable;
mod svg;
mod sweep;
mod table;

use std::io::{self, Write};

use crate::calc::Report;
use crate::cli::Format;
pub use csv::CsvStyle;
pub use labels::Lang;

/// Writes reports one at a time into the output, so a batch never holds them all in memory;
/// the table and markdown renderers write a report block by block.
pub trait Renderer {
    /// Text before the first report.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
    /// Text after the last report.
    fn end(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// How the human formats look.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub lang: Lang,
    /// ANSI colours, only for a terminal without NO_COLOR (the shell decides).
    pub color: bool,
    /// Characters per line for tables and prose: `COLUMNS`, else the terminal's width, else
    /// [`DEFAULT_WIDTH`] (the shell decides, see [`width`]).
    pub width: u16,
    /// `--schedule full`: every period of each penalty schedule.
    pub full_schedule: bool,
    /// `--delimiter`, `--bom`, `--excel`.
    pub csv: CsvStyle,
}

/// The renderer for a format; `files` decides whether JSON is one object or an array.
/// `many`: a folder or several files were given, so JSON is an array whatever their number.
pub fn renderer(format: Format, many: bool, style: Style) -> Box<dyn Renderer> {
    let labels = labels::Labels::for_lang(style.lang);
    let shown = document::Shown { full_schedule: style.full_schedule };
    match format {
        Format::Table => {
            Box::new(table::TableRenderer { labels, color: style.color, width: style.width, shown, written: 0 })
        }
        Format::Markdown => Box::new(markdown::MarkdownRenderer { labels, shown, written: 0 }),
        Format::Json => Box::new(json::JsonRenderer::new(many)),
        Format::Jsonl => Box::new(json::JsonLines::default()),
        Format::Csv => Box::new(csv::CsvRenderer { style: style.csv }),
        Format::Html => Box::new(html::HtmlRenderer::new(style.lang, shown)),
    }
}

/// The writer for `art83 sweep` output.
pub fn sweep_writer(
    format: crate::cli::SweepFormat,
    case: &crate::calc::Case,
    width: u16,
    csv: CsvStyle,
    range: (crate::calc::money::Money, crate::calc::money::Money),
    lang: Lang,
) -> Box<dyn sweep::SweepWriter> {
    sweep::writer(format, case, (width, labels::Labels::for_lang(lang)), csv, range)
}

pub use sweep::SweepWriter;

/// `art83 articles` as a table.
pub fn articles_table(infos: &[crate::calc::lookup::ArticleInfo], width: u16, lang: Lang) -> String {
    table::articles(infos, width, labels::Labels::for_lang(lang))
}

pub use layout::{DEFAULT_WIDTH, MIN_WIDTH};

/// A line of prose wrapped at words to `width`, its further lines indented by two spaces.
pub fn prose(text: &str, width: u16) -> String {
    layout::hanging("", text, 2, usize::from(width)).into_iter().map(|line| format!("{line}\n")).collect()
}

/// The line width of table output: `COLUMNS` when it holds a number, else the terminal's
/// width (`terminal` is the terminal's width when standard output is one), else
/// [`DEFAULT_WIDTH`]. Never below [`MIN_WIDTH`].
pub fn width(columns: Option<&str>, terminal: Option<u16>) -> u16 {
    columns
        .and_then(|text| text.trim().parse::<u16>().ok())
        .filter(|&w| w > 0)
        .or(terminal.filter(|&w| w > 0))
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

pub use dutch::{rule as dutch_rule, text as dutch_text};

/// The step, finding and note texts of a report that the Dutch catalogue lacks: the Dutch
/// report would show them in English (a test keeps this empty for every example and test case).
pub fn untranslated(report: &Report) -> Vec<String> {
    let mut steps: Vec<&crate::calc::report::Step> = report.undertaking.turnover_steps.iter().collect();
    let mut notes: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    for v in &report.violations {
        steps.extend(&v.steps);
        if let Some(comparison) = &v.comparison {
            steps.extend(&comparison.steps);
            notes.extend(comparison.note.as_deref());
        }
    }
    steps.extend(report.groups.iter().flat_map(|g| &g.steps));
    steps.extend(&report.total_steps);
    steps.extend(report.penalties.iter().flat_map(|p| &p.steps));
    let rules = steps.iter().filter(|s| dutch::rule(&s.rule).is_none()).map(|s| format!("rule: {}", s.rule));
    notes.extend(steps.iter().map(|s| s.detail.as_str()));
    let texts = notes.into_iter().filter(|text| dutch::text(text).is_none()).map(|text| format!("text: {text}"));
    rules.chain(texts).collect()
}

/// The English HTML page of one report (for tests and the fuzzer).
pub fn html(report: &Report) -> String {
    let mut page = Vec::new();
    let mut renderer = html::HtmlRenderer::new(Lang::En, document::Shown { full_schedule: false });
    renderer.report(report, &mut page).and_then(|()| renderer.end(&mut page)).expect("writing to memory cannot fail");
    String::from_utf8(page).expect("the page is UTF-8")
}

/// The English table of one report at the default width, without colour (for tests and the
/// fuzzer).
pub fn table(report: &Report) -> String {
    let mut text = Vec::new();
    table::write(report, &labels::EN, (false, DEFAULT_WIDTH), document::Shown::default(), &mut text)
        .expect("writing to memory cannot fail");
    String::from_utf8(text).expect("the table is UTF-8")
}
