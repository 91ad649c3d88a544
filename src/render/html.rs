//! One self-contained HTML page: inline CSS and SVG charts, nothing fetched, no script. The
//! tables and steps are the shared document (the same as `table` and `markdown`), laid into
//! sections; the charts and findings read the report itself. Markup comes from maud, which
//! escapes every interpolated value; case-file text also has its control characters shown as
//! `\u{..}` (they are not allowed in HTML).

use std::fmt::Write as _;
use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, Render, html};

use super::Renderer;
use super::chart::{self, BarRow, ChartWords};
use super::document::{self, Block, Cell, Shown, StepLine, Tone};
use super::labels::{Labels, Lang};
use crate::calc::Report;

words! {
    /// Words only the page uses; the tables' words are in [`Labels`], the charts' in [`ChartWords`].
    pub struct Words {
        fines: "label-page-fines",
        fines_chart: "label-page-fines-chart",
        penalty_charts: "label-page-penalty-charts",
        findings: "label-page-findings",
        no_findings: "label-page-no-findings",
        level: "label-page-level",
        code: "label-page-code",
        about: "label-page-about",
        message: "label-page-message",
        authority: "label-page-authority",
        decided: "label-page-decided",
        published: "label-page-published",
        made_by: "label-page-made-by",
    }
}

const CSS: &str = include_str!("html.css");

/// Case-file text, escaped by maud, with control characters and bidirectional overrides made
/// visible (`\u{202e}`), as on a terminal: an override would reorder the page's text.
struct Clean<'a>(&'a str);

impl Render for Clean<'_> {
    fn render_to(&self, buffer: &mut String) {
        let mut escaper = maud::Escaper::new(buffer);
        for c in self.0.chars() {
            let _ = if super::printable::hidden(c) && c != '\n' && c != '\t' {
                write!(escaper, "{}", c.escape_unicode())
            } else {
                escaper.write_char(c)
            };
        }
    }
}

pub struct HtmlRenderer {
    pub labels: &'static Labels,
    pub words: &'static Words,
    pub shown: Shown,
    pub written: usize,
}

impl HtmlRenderer {
    pub fn new(lang: Lang, shown: Shown) -> HtmlRenderer {
        HtmlRenderer { labels: Labels::of(lang), words: Words::of(lang), shown, written: 0 }
    }

    /// The page up to `<body>`: maud writes whole elements, so the open `html` and `body` tags
    /// around a stream of reports are written here.
    fn start(&self, title: &str, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.labels.lang.code();
        let head = html! {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="generator" content=(concat!("art83 ", env!("CARGO_PKG_VERSION")));
            title { (Clean(title)) }
            style { (PreEscaped(CSS)) }
        };
        write!(
            out,
            "{}\n<html lang=\"{lang}\">\n<head>\n{}\n</head>\n<body>\n",
            DOCTYPE.into_string(),
            head.into_string()
        )
    }
}

impl Renderer for HtmlRenderer {
    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        if self.written == 0 {
            // The head is written with the first report, whose title names the page.
            self.start(&report.case.title, out)?;
        }
        self.written += 1;
        out.write_all(page(report, self.labels, self.words, self.shown).into_string().as_bytes())?;
        out.write_all(b"\n")
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.written == 0 {
            self.start("art83", out)?;
        }
        let footer = html! { footer { (self.words.made_by) " " (env!("CARGO_PKG_VERSION")) } };
        out.write_all(footer.into_string().as_bytes())?;
        out.write_all(b"\n</body></html>\n")
    }
}

/// A section of the page as it is filled from the document's blocks.
struct Section {
    class: &'static str,
    heading: Option<String>,
    parts: Vec<Markup>,
}

/// One report as an `<article>`: the case header, then sections for the fines, the steps, the
/// penalty orders and the findings.
pub fn page(report: &Report, l: &Labels, w: &Words, shown: Shown) -> Markup {
    let mut lede = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut findings_started = false;
    let findings_heading = format!("{}:", l.findings);
    let built = document::build(report, l, shown, &mut |block| {
        match block {
            Block::Title(_) => {}
            Block::Line(text, _) if text == findings_heading => findings_started = true,
            Block::Line(_, _) if findings_started => {}
            Block::Line(text, tone) if sections.is_empty() && lede.is_empty() => {
                lede.push(line(&text, tone, report, l))
            }
            Block::Line(text, tone) => current(&mut sections, w).parts.push(line(&text, tone, report, l)),
            Block::Table { caption, header, rows } => table_block(&mut sections, report, l, w, caption, &header, rows),
            Block::Figures { caption, header, rows } => {
                table_block(&mut sections, report, l, w, Some(caption), &header, document::figure_rows(rows))
            }
            Block::Steps { caption, subjects } => steps_block(&mut sections, report, l, w, caption, subjects),
        }
        Ok(())
    });
    built.expect("building in memory cannot fail");
    if !sections.iter().any(|s| s.class == "steps") {
        open(&mut sections, "fines", w.fines).parts.push(fines_chart(report, l, w));
    }
    // The results first, the long explanation of the fines after them (a page is read top
    // down; the terminal document keeps each explanation beside its table).
    sections.sort_by_key(|s| s.class == "steps");
    html! {
        article.report {
            (header(report, w, &lede))
            @for section in &sections {
                section class=(section.class) {
                    @if let Some(heading) = &section.heading { h2 { (Clean(heading.trim_end_matches(':'))) } }
                    @for part in &section.parts { (part) }
                }
            }
            (findings(report, l, w))
        }
    }
}

/// The section being filled: lines belong to whatever table they follow.
fn current<'s>(sections: &'s mut Vec<Section>, w: &Words) -> &'s mut Section {
    if sections.is_empty() {
        return open(sections, "fines", w.fines);
    }
    sections.last_mut().expect("not empty")
}

/// The current section if it is of `class`, else a new one.
fn open<'s>(sections: &'s mut Vec<Section>, class: &'static str, heading: &str) -> &'s mut Section {
    if sections.last().is_none_or(|s| s.class != class) {
        sections.push(Section { class, heading: Some(heading.to_string()), parts: Vec::new() });
    }
    sections.last_mut().expect("pushed above")
}

fn header(report: &Report, w: &Words, lede: &[Markup]) -> Markup {
    let case = &report.case;
    html! {
        header.case {
            h1 { (Clean(&case.title)) }
            dl.meta {
                @if !case.authority.is_empty() { div { dt { (w.authority) } dd { (Clean(&case.authority)) } } }
                @if let Some(day) = case.decided { div { dt { (w.decided) } dd { time datetime=(day) { (day) } } } }
                @if let Some(day) = case.published { div { dt { (w.published) } dd { time datetime=(day) { (day) } } } }
            }
            @for part in lede { (part) }
        }
    }
}

/// A line of the document; the totals carry their exact amount for programs and tests.
fn line(text: &str, tone: Tone, report: &Report, l: &Labels) -> Markup {
    let amount = if text.starts_with(&format!("{}:", l.total)) {
        Some(("total", report.total.plain()))
    } else if text.starts_with(&format!("{}:", l.forfeited_total)) {
        Some(("forfeited-total", report.penalties_forfeited.plain()))
    } else {
        None
    };
    let tone = tone_class(tone);
    match amount {
        Some((class, plain)) => {
            html! { p class={ "line " (class) " " (tone) } data-amount=(plain) { strong { (Clean(text)) } } }
        }
        None => html! { p class={ "line " (tone) } { (Clean(text)) } },
    }
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "plain",
        Tone::Good => "good",
        Tone::Warning => "warning",
        Tone::Bad => "bad",
    }
}

fn table_block(
    sections: &mut Vec<Section>,
    report: &Report,
    l: &Labels,
    w: &Words,
    caption: Option<String>,
    header: &[&str],
    rows: Vec<Vec<Cell>>,
) {
    let first = header.first().copied().unwrap_or_default();
    let collection = super::collection::Words::of(l.lang);
    let (kind, section) = if first == collection.item {
        let section = open(sections, "collection", caption.as_deref().unwrap_or(collection.how));
        section.parts.push(table("collection", None, header, &rows));
        section.parts.push(collection_chart(report, l));
        return;
    } else if first == l.from {
        ("interest", open(sections, "collection", collection.how))
    } else if first == collection.penalty {
        ("collection-penalties", open(sections, "collection", collection.how))
    } else if first == l.order {
        ("penalties", open(sections, "penalties", caption.as_deref().unwrap_or(l.penalties)))
    } else if first == l.period {
        ("schedule", open(sections, "penalties", l.penalties))
    } else if first == l.linked_group {
        ("groups", open(sections, "fines", w.fines))
    } else if caption.is_some() {
        ("comparison", open(sections, "fines", w.fines))
    } else {
        ("violations", open(sections, "fines", w.fines))
    };
    let caption = if kind == "penalties" { None } else { caption };
    section.parts.push(table(kind, caption.as_deref(), header, &rows));
    if kind == "penalties" {
        section.parts.push(penalty_charts(report, w));
    }
}

fn table(kind: &str, caption: Option<&str>, header: &[&str], rows: &[Vec<Cell>]) -> Markup {
    let numeric: Vec<bool> =
        (0..header.len()).map(|i| rows.iter().any(|r| r.get(i).is_some_and(|c| c.numeric))).collect();
    html! {
        table class=(kind) {
            @if let Some(caption) = caption { caption { (Clean(caption.trim_end_matches(':'))) } }
            thead { tr { @for (i, h) in header.iter().enumerate() { th scope="col" class=[numeric[i].then_some("num")] { (h) } } } }
            tbody {
                @for row in rows {
                    tr {
                        @for (i, cell) in row.iter().enumerate() {
                            @let span = if i + 1 == row.len() { header.len().saturating_sub(i).max(1) } else { 1 };
                            @let align = if numeric.get(i).copied().unwrap_or(false) { "num " } else { "" };
                            @let wrap = if cell.wrap { "" } else { " nowrap" };
                            td class={ (align) (tone_class(cell.tone)) (wrap) } colspan=[(span > 1).then_some(span)] {
                                (Clean(&cell.text))
                                @if let Some(note) = &cell.note { span.note { (Clean(note)) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn steps_block(
    sections: &mut Vec<Section>,
    report: &Report,
    l: &Labels,
    w: &Words,
    caption: String,
    subjects: Vec<(String, Vec<StepLine>)>,
) {
    let list = html! {
        @for (subject, lines) in &subjects {
            div.subject {
                h3 { (Clean(subject)) }
                table.steps {
                    @for step in lines {
                        tr {
                            th scope="row" { (Clean(&step.rule)) }
                            td { (Clean(&step.detail)) }
                            td.num { @if let Some(amount) = &step.amount { (amount) } }
                        }
                    }
                }
            }
        }
    };
    if sections.last().is_some_and(|s| s.class == "penalties" || s.class == "collection") {
        let section = sections.last_mut().expect("checked");
        section.parts.push(html! { h3.steps-caption { (Clean(caption.trim_end_matches(':'))) } div.steps { (list) } });
        return;
    }
    open(sections, "fines", w.fines).parts.push(fines_chart(report, l, w));
    sections.push(Section { class: "steps", heading: Some(caption), parts: vec![list] });
}

fn fines_chart(report: &Report, l: &Labels, w: &Words) -> Markup {
    let mut rows: Vec<BarRow> = report
        .violations
        .iter()
        .map(|v| BarRow {
            label: chart::clean(&v.id),
            limit: v.legal_maximum,
            at_least: v.maximum_basis.is_some_and(|b| b.is_floor()),
            amount: v.fine,
            group: false,
        })
        .collect();
    rows.extend(report.groups.iter().map(|g| BarRow {
        label: chart::clean(&format!("{} {}", l.group, g.id)),
        limit: g.ceiling,
        at_least: g.ceiling_basis.is_some_and(|b| b.is_floor()),
        amount: Some(g.fine),
        group: true,
    }));
    figure(
        "fines-chart",
        w.fines_chart,
        chart::fines(&rows, ChartWords::of(l.lang), Some(report.case.currency.as_str())),
    )
}

fn figure(class: &str, caption: &str, svg: Option<String>) -> Markup {
    html! {
        figure class={ "chart " (class) } {
            @if let Some(svg) = svg { (PreEscaped(svg)) }
            figcaption { (Clean(caption)) }
        }
    }
}

/// What the fine (and the penalty payments) owe over time, from the payment term to the as-of date.
fn collection_chart(report: &Report, l: &Labels) -> Markup {
    let words = super::collection::Words::of(l.lang);
    let svg = report.collection.as_ref().and_then(|c| chart::owed(c, report.as_of, ChartWords::of(l.lang), words));
    match svg {
        Some(svg) => figure("collection-chart", words.chart, Some(svg)),
        None => html! {},
    }
}

fn penalty_charts(report: &Report, w: &Words) -> Markup {
    html! {
        h3 { (w.penalty_charts) }
        div.penalty-charts {
            @for p in &report.penalties {
                @let caption = match &p.order { Some(order) => format!("{}: {order}", p.id), None => p.id.clone() };
                (figure("penalty-chart", &caption, chart::penalty(p, report.as_of, ChartWords::of(w.lang))))
            }
        }
    }
}

fn findings(report: &Report, l: &Labels, w: &Words) -> Markup {
    html! {
        section.findings {
            h2 { (w.findings) }
            @if report.findings.is_empty() { p { (w.no_findings) } } @else {
                table.findings {
                    thead { tr { th { (w.level) } th { (w.code) } th { (w.about) } th { (w.message) } } }
                    tbody {
                        @for f in &report.findings {
                            @let tone = tone_class(Tone::of(f.level));
                            tr class=(tone) {
                                td { span class={ "badge " (f.level) } { (l.level(f.level)) } }
                                td { code { (f.code) } }
                                td { @for id in [&f.violation, &f.group, &f.penalty].into_iter().flatten() { code { (Clean(id)) } " " } }
                                td { (Clean(&l.finding(f))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_file_text_is_escaped_and_control_characters_made_visible() {
        let rendered = html! { p { (Clean("<b>A & B</b>\u{1b}[31m\tC")) } }.into_string();
        assert_eq!(rendered, "<p>&lt;b&gt;A &amp; B&lt;/b&gt;\\u{1b}[31m\tC</p>");
    }

    #[test]
    fn bidirectional_overrides_are_made_visible_in_the_page_and_its_title() {
        let rendered = html! { title { (Clean("abc\u{202e}fdp.exe\u{2066}x\u{200f}")) } }.into_string();
        assert_eq!(rendered, "<title>abc\\u{202e}fdp.exe\\u{2066}x\\u{200f}</title>");
    }
}
