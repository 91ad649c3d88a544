//! Reports out. Each format turns a [`Report`] into text; only the shell writes it.
//!
//! `document` lays a report out for people once; `table` and `markdown` draw that layout.
//! `html` lays the same document into one page with charts (`chart`, drawn with plotters).
//! `json`, `jsonl` and `csv` are for programs and stay language-neutral.

/// A struct of a renderer's words: each field a label of the catalogues (`"label-..."`), looked
/// up when art83 is built (`catalogue::label_at_build`), so a run searches no catalogue for them.
macro_rules! words {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$doc:meta])* $field:ident: $id:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            /// The language the words are in.
            #[allow(dead_code)]
            pub lang: crate::l10n::Lang,
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl $name {
            /// The labels the fields hold, for the test that every catalogue has each one.
            #[allow(dead_code)]
            pub const IDS: &'static [&'static str] = &[$($id),*];

            /// The words of `lang`.
            pub fn of(lang: crate::l10n::Lang) -> &'static $name {
                use crate::l10n::Lang;
                const fn read(lang: Lang) -> $name {
                    $name { lang, $($field: crate::l10n::catalogue::label_at_build(lang, $id),)* }
                }
                static ALL: [$name; Lang::ALL.len()] = {
                    let mut all = [read(Lang::ALL[0]); Lang::ALL.len()];
                    let mut index = 1;
                    while index < all.len() {
                        all[index] = read(Lang::ALL[index]);
                        index += 1;
                    }
                    all
                };
                &ALL[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
            }
        }
    };
}

mod chart;
mod collection;
pub(crate) mod csv;
mod document;
mod html;
mod json;
mod labels;
mod layout;
mod markdown;
pub mod printable;
mod svg;
mod sweep;
mod table;

use std::io::{self, Write};

use crate::calc::Report;
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
    pub paint: Paint,
    /// Characters per line for tables and prose: `COLUMNS`, else the terminal's width, else
    /// [`DEFAULT_WIDTH`] (the shell decides, see [`width`]).
    pub width: u16,
    /// `--schedule full`: every period of each penalty schedule.
    pub full_schedule: bool,
    /// `--delimiter`, `--bom`, `--excel`.
    pub csv: CsvStyle,
}

/// Whether table output is coloured: ANSI colours only on a terminal without NO_COLOR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Verdicts and findings in green, yellow and red.
    Ansi,
    /// Plain text: files, pipes, NO_COLOR.
    Plain,
}

/// What the command line named: one file, or a folder or several files. JSON writes one object
/// for one file and an array otherwise, whatever the number of reports, so that scripts see one
/// shape per command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Batch {
    One,
    Many,
}

/// The renderer for a format.
pub fn renderer(format: Format, batch: Batch, style: Style) -> Box<dyn Renderer> {
    let labels = labels::Labels::of(style.lang);
    let shown = document::Shown { full_schedule: style.full_schedule };
    match format {
        Format::Table => {
            Box::new(table::TableRenderer { labels, paint: style.paint, width: style.width, shown, written: 0 })
        }
        Format::Markdown => Box::new(markdown::MarkdownRenderer { labels, shown, written: 0 }),
        Format::Json => Box::new(json::JsonRenderer::new(batch)),
        Format::Jsonl => Box::new(json::JsonLines::default()),
        Format::Csv => Box::new(csv::CsvRenderer { style: style.csv }),
        Format::Html => Box::new(html::HtmlRenderer::new(style.lang, shown)),
    }
}

/// The output formats of reports (`art83 calc`, `art83 check`). A new format is a file in this
/// folder, a variant here and its arm in [`renderer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Tables for people.
    Table,
    /// One JSON object per case, or an array of them.
    Json,
    /// One JSON object per line, one line per case.
    Jsonl,
    /// Markdown tables.
    Markdown,
    /// CSV rows.
    Csv,
    /// One self-contained HTML page with charts.
    Html,
}

/// The output formats of `art83 sweep`. A new format is a [`SweepWriter`] in this folder, a
/// variant here and its arm in [`sweep_writer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SweepFormat {
    /// A table for people.
    Table,
    /// CSV, one row per turnover.
    Csv,
    /// One JSON object.
    Json,
    /// One JSON object per turnover.
    Jsonl,
    /// A chart of the maxima and fines against turnover.
    Svg,
}

/// Writes `art83 sweep` output one turnover at a time.
pub trait SweepWriter {
    /// Whether the writer must see every point before it writes the first ([`measure`]): a
    /// table sizes its columns from all values. The shell then computes the sweep twice, so
    /// that no format keeps the rows (10 million steps took 4 GB as kept rows).
    ///
    /// [`measure`]: SweepWriter::measure
    fn measures(&self) -> bool {
        false
    }
    fn measure(&mut self, _point: &crate::calc::sweep::SweepPoint) {}
    fn begin(&mut self) -> String;
    fn point(&mut self, point: &crate::calc::sweep::SweepPoint) -> String;
    fn end(&mut self) -> String;
}

/// The writer for `art83 sweep` output; `range` is the sweep's turnovers, first and last (the
/// chart's axis).
pub fn sweep_writer(
    format: SweepFormat,
    case: &crate::calc::Case,
    width: u16,
    csv: CsvStyle,
    range: (crate::calc::money::Money, crate::calc::money::Money),
    lang: Lang,
) -> Box<dyn SweepWriter> {
    let labels = labels::Labels::of(lang);
    match format {
        SweepFormat::Table => sweep::table(case, width, labels),
        SweepFormat::Csv => sweep::csv(case, csv),
        SweepFormat::Json => sweep::json(case),
        SweepFormat::Jsonl => sweep::jsonl(),
        SweepFormat::Svg => Box::new(svg::writer(case, range.0, range.1, lang)),
    }
}

/// The output formats of `art83 articles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArticlesFormat {
    /// A table for people, under a caption.
    Table,
    /// A JSON array, one object per provision.
    Json,
}

/// What a table of `art83 articles` says above the provisions.
#[derive(Debug, Clone, Copy)]
pub enum Caption<'a> {
    /// Nothing: the provisions alone.
    None,
    /// The turnover their maxima are at.
    Turnover(crate::calc::money::Money),
    /// The turnover band their maxima lie in (`--turnover 100M..250M`).
    Band(crate::calc::model::TurnoverBand),
    /// The steps that explain their maxima (a public body).
    Steps(&'a [crate::calc::report::Step]),
}

/// `art83 articles`: the provisions as a table under its caption, or as JSON.
pub fn articles(
    infos: &[crate::calc::lookup::ArticleInfo],
    caption: Caption,
    format: ArticlesFormat,
    width: u16,
    lang: Lang,
) -> String {
    let l = labels::Labels::of(lang);
    match format {
        ArticlesFormat::Json => format!("{}\n", serde_json::to_string_pretty(infos).expect("plain data")),
        ArticlesFormat::Table => {
            let lines: Vec<String> = match caption {
                Caption::None => vec![],
                Caption::Turnover(turnover) => vec![l.maximum_at(turnover)],
                Caption::Band(band) => vec![l.maximum_in_band(&document::band_ends(l, band.low, band.high))],
                Caption::Steps(steps) => {
                    steps.iter().map(|step| format!("{}: {}", l.step_rule(step), l.step_detail(step))).collect()
                }
            };
            let caption: String = lines.iter().map(|line| prose(line, width)).collect();
            format!("{caption}{}", table::articles(infos, width, l))
        }
    }
}

pub use layout::{DEFAULT_WIDTH, MIN_WIDTH};

/// A line of prose wrapped at words to `width`, its further lines indented by two spaces.
fn prose(text: &str, width: u16) -> String {
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

/// Every step of a report, wherever steps appear.
fn all_steps(report: &Report) -> Vec<&crate::calc::report::Step> {
    let mut steps: Vec<&crate::calc::report::Step> = report.undertaking.turnover_steps.iter().collect();
    for v in &report.violations {
        steps.extend(&v.steps);
        if let Some(comparison) = &v.comparison {
            steps.extend(&comparison.steps);
        }
    }
    steps.extend(report.groups.iter().flat_map(|g| &g.steps));
    steps.extend(&report.total_steps);
    steps.extend(report.penalties.iter().flat_map(|p| &p.steps));
    steps.extend(report.collection.iter().flat_map(|c| &c.steps));
    steps
}

/// Every message a report says (its steps', findings' and notes', and the messages inside
/// them): for the test that every catalogue has each one, and that each entry is said somewhere.
pub fn messages(report: &Report) -> Vec<&crate::l10n::message::Message> {
    let mut out = Vec::new();
    let steps = all_steps(report).into_iter().map(|s| &s.message);
    let findings = report.findings.iter().map(|f| &f.message);
    let suspended = report.collection.iter().filter_map(|c| c.suspended.as_ref());
    let notes = report
        .violations
        .iter()
        .filter_map(|v| v.comparison.as_ref().and_then(|c| c.note.as_ref()))
        .chain(report.groups.iter().filter_map(|g| g.comparison.as_ref().and_then(|c| c.note.as_ref())))
        .chain(report.what_if.iter().filter_map(|w| w.note.as_ref()));
    for message in steps.chain(findings).chain(suspended).chain(notes) {
        nested(message, &mut out);
    }
    out
}

fn nested<'r>(message: &'r crate::l10n::message::Message, out: &mut Vec<&'r crate::l10n::message::Message>) {
    out.push(message);
    for (_, arg) in &message.args {
        if let crate::l10n::message::Arg::Message(inner) = arg {
            nested(inner, out);
        }
    }
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
    table_in(report, Lang::En)
}

/// The table of one report in `lang` at the default width, without colour (for tests).
pub fn table_in(report: &Report, lang: Lang) -> String {
    let mut text = Vec::new();
    table::write(
        report,
        labels::Labels::of(lang),
        (Paint::Plain, DEFAULT_WIDTH),
        document::Shown::default(),
        &mut text,
    )
    .expect("writing to memory cannot fail");
    String::from_utf8(text).expect("the table is UTF-8")
}

#[cfg(test)]
mod tests {
    use crate::l10n::Lang;
    use crate::l10n::catalogue::{self, Piece};

    /// The labels each renderer reads as they stand, and those written with values.
    fn labels() -> (Vec<&'static str>, Vec<&'static str>) {
        let literal = [
            super::labels::Labels::IDS,
            super::collection::Words::IDS,
            super::html::Words::IDS,
            super::chart::ChartWords::IDS,
            super::svg::Words::IDS,
        ]
        .concat();
        let valued = [&super::labels::WITH_VALUES[..], &super::chart::WITH_VALUES, &super::svg::WITH_VALUES].concat();
        (literal, valued)
    }

    #[test]
    fn every_label_the_renderers_read_is_in_every_catalogue_as_plain_text() {
        let (literal, valued) = labels();
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            for id in &literal {
                match catalogue::entry(lang, id).map(|entry| entry.value) {
                    Some([Piece::Text(_)]) => {}
                    Some(_) => problems.push(format!("{}: `{id}` is read as plain text but has values", lang.code())),
                    None => problems.push(format!("{}: no label `{id}`", lang.code())),
                }
            }
            for id in &valued {
                if catalogue::entry(lang, id).is_none() {
                    problems.push(format!("{}: no label `{id}`", lang.code()));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_label_of_the_catalogues_is_read_by_a_renderer() {
        let (literal, valued) = labels();
        let unread: Vec<&str> = catalogue::entries(Lang::En)
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| id.starts_with("label-") && !id.starts_with("label-article-"))
            .filter(|id| !literal.contains(id) && !valued.contains(id))
            .collect();
        assert!(unread.is_empty(), "labels no renderer reads: {unread:?}");
    }
}
