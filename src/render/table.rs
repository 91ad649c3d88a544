//! Tables for people, drawn with comfy-table from the shared document.

use std::fmt::Write;
use std::io;

use super::document::{self, Block, Cell, Shown, Tone};
use super::labels::Labels;
use super::layout;
use super::printable::{self, printable};
use super::{Paint, Renderer};
use crate::calc::Report;

pub struct TableRenderer {
    pub labels: &'static Labels,
    pub paint: Paint,
    /// Characters per line: `COLUMNS`, the terminal's width or the default (the shell decides).
    pub width: u16,
    pub shown: Shown,
    pub written: usize,
}

impl Renderer for TableRenderer {
    fn report(&mut self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n")?;
        }
        self.written += 1;
        write(report, self.labels, (self.paint, self.width), self.shown, out)
    }
}

/// Writes lines of text, in colour when enabled.
fn paint(out: &mut String, lines: &[String], tone: Tone, paint: Paint) {
    let ansi = match tone {
        Tone::Plain => None,
        Tone::Good => Some(anstyle::AnsiColor::Green),
        Tone::Warning => Some(anstyle::AnsiColor::Yellow),
        Tone::Bad => Some(anstyle::AnsiColor::Red),
    };
    for text in lines {
        let _ = match ansi.filter(|_| paint == Paint::Ansi) {
            Some(ansi) => {
                let style = anstyle::Style::new().fg_color(Some(ansi.into())).bold();
                writeln!(out, "{style}{text}{style:#}")
            }
            None => writeln!(out, "{text}"),
        };
    }
}

/// A line of prose wrapped to the width; lines that start indented keep their indent and hang
/// two further spaces.
fn prose(line: &str, width: usize) -> Vec<String> {
    let indent = line.len() - line.trim_start().len();
    if layout::fits_as_is(&line[..indent], &line[indent..], width) {
        return vec![line.to_string()];
    }
    layout::hanging(&line[..indent], line.trim_start(), indent + 2, width)
}

/// The steps under a caption: per subject, the rule and then its text, wrapped under itself.
fn steps(out: &mut String, caption: &str, subjects: Vec<(String, Vec<document::StepLine>)>, width: usize) {
    let _ = writeln!(out, "\n{caption}");
    for (subject, lines) in subjects {
        let _ = writeln!(out, "  {subject}");
        let rule_width = lines.iter().map(|line| line.rule.chars().count()).max().unwrap_or(0);
        // A very long rule would leave no room: its text then hangs at a fixed indent.
        let indent = if rule_width + 6 + 30 <= width { 4 + rule_width + 2 } else { 8 };
        for line in lines {
            let detail = printable(&line.detail);
            let rule = printable(&line.rule);
            let prefix_width = 4 + rule_width.max(rule.chars().count()) + 2;
            // "= amount" stays together at the end of the line.
            let result_width = line.amount.as_ref().map_or(0, |amount| 2 + amount.chars().count());
            let gap = usize::from(result_width > 0 && !detail.is_empty());
            let fits = prefix_width + detail.chars().count() + gap + result_width <= width
                && layout::fits_as_is("", &detail, width);
            if fits {
                let _ = write!(out, "    {rule:<rule_width$}  {detail}");
                let _ = match &line.amount {
                    Some(amount) if gap == 1 => writeln!(out, " = {amount}"),
                    Some(amount) => writeln!(out, "= {amount}"),
                    None => writeln!(out),
                };
                continue;
            }
            let prefix = format!("    {rule:<rule_width$}  ");
            let result = line.amount.as_ref().map(|amount| format!("= {amount}"));
            let words = layout::words(&detail).into_iter().chain(result.as_deref());
            for wrapped in layout::hanging_words(&prefix, words, indent, width) {
                let _ = writeln!(out, "{wrapped}");
            }
        }
    }
}

/// The whole report as text at `width` characters a line, written block by block;
/// `paint_as` adds ANSI colours (the shell decides: terminal, NO_COLOR).
pub fn write(
    report: &Report,
    labels: &Labels,
    (paint_as, width): (Paint, u16),
    shown: Shown,
    output: &mut dyn io::Write,
) -> io::Result<()> {
    let columns = usize::from(width);
    // One block's text at a time: the buffer is reused, the report never held whole.
    let mut out = String::new();
    document::build(report, labels, shown, &mut |block| {
        out.clear();
        match printable::block(block) {
            Block::Title(title) => paint(&mut out, &prose(&title, columns), Tone::Plain, paint_as),
            Block::Line(line, tone) => paint(&mut out, &prose(&line, columns), tone, paint_as),
            Block::Steps { caption, subjects } => steps(&mut out, &caption, subjects, columns),
            Block::Figures { caption, rows, .. } => {
                out.push('\n');
                paint(&mut out, &prose(&caption, columns), Tone::Plain, Paint::Plain);
                for ((_, value), lines) in rows.iter().zip(layout::figures(&rows, columns)) {
                    paint(&mut out, &lines, value.tone, paint_as);
                }
            }
            Block::Table { caption, header, rows } => {
                if let Some(caption) = caption {
                    out.push('\n');
                    paint(&mut out, &prose(&caption, columns), Tone::Plain, Paint::Plain);
                }
                output.write_all(out.as_bytes())?;
                out.clear();
                for line in layout::table(&header, rows, width, paint_as) {
                    output.write_all(line.as_bytes())?;
                    output.write_all(b"\n")?;
                }
            }
        }
        output.write_all(out.as_bytes())
    })
}

/// The legal maximum of `articles --turnover`: with a band, from the maximum at its lower end to
/// the one at its upper end (at least the lower one when the band is open above).
fn articles_maximum_cell(info: &crate::calc::lookup::ArticleInfo, l: &Labels) -> Cell {
    match (info.legal_maximum, info.legal_maximum_upper) {
        (Some(lower), Some(Some(upper))) if upper != lower => {
            Cell::number(format!("{} - {}", l.number(lower), l.number(upper)))
        }
        (Some(lower), Some(None)) => Cell::number(format!("{} {}", l.basis_at_least, l.number(lower))),
        (maximum, _) => Cell::number(maximum.map_or("-".into(), |m| l.number(m))),
    }
}

/// `art83 articles`: one row per provision, in the language of `l`.
pub fn articles(infos: &[crate::calc::lookup::ArticleInfo], width: u16, l: &Labels) -> String {
    let mut header = vec![l.article, l.tier, l.listed_in, l.subject_matter, l.fixed_maximum, l.percent_of_turnover];
    // `articles --turnover/--public-body`: the maximum for that undertaking.
    let asked = infos.iter().any(|info| info.maximum_explained.is_some());
    if asked {
        header.push(l.legal_maximum);
    }
    header.extend(["AP 2019", l.note]);
    let percent = |p: rust_decimal::Decimal| format!("{} %", crate::l10n::locale::Locale::of(l.lang).decimal(p));
    let rows: Vec<Vec<Cell>> = infos
        .iter()
        .map(|info| {
            let mut row = vec![
                Cell::text(&info.article),
                Cell::text(info.tier.map_or(l.no_tier, |t| t.as_str())),
                Cell::text(info.listed_in.unwrap_or("-")),
                Cell::text(info.subject.map_or("-", |subject| l.lookup_text(subject))),
                Cell::number(info.fixed_maximum.map_or("-".into(), |m| l.number(m))),
                Cell::number(info.percent_of_turnover.map_or("-".into(), percent)),
            ];
            if asked {
                row.push(articles_maximum_cell(info, l));
            }
            row.push(Cell::text(info.ap2019_category.map_or("-".into(), |c| format!("{c:?}"))));
            row.push(Cell::text(info.note.as_deref().map_or("", |note| l.lookup_text(note))));
            row
        })
        .collect();
    let mut text = String::new();
    for line in layout::table(&header, rows, width, Paint::Plain) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}
