//! Tables for people, drawn with comfy-table from the shared document.

use std::fmt::Write;
use std::io;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table};

use super::Renderer;
use super::document::{self, Block, Tone};
use super::labels::Labels;
use crate::calc::Report;

pub struct TableRenderer {
    pub labels: &'static Labels,
    pub color: bool,
    pub terminal: bool,
    pub written: usize,
}

impl Renderer for TableRenderer {
    fn report(&mut self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n")?;
        }
        self.written += 1;
        write(report, self.labels, self.color, self.terminal, out)
    }
}

fn color(tone: Tone) -> Option<Color> {
    match tone {
        Tone::Plain => None,
        Tone::Good => Some(Color::Green),
        Tone::Warning => Some(Color::Yellow),
        Tone::Bad => Some(Color::Red),
    }
}

/// Writes a line of text, in colour when enabled.
fn paint_line(out: &mut String, text: &str, tone: Tone, enabled: bool) {
    let ansi = match tone {
        Tone::Plain => None,
        Tone::Good => Some(anstyle::AnsiColor::Green),
        Tone::Warning => Some(anstyle::AnsiColor::Yellow),
        Tone::Bad => Some(anstyle::AnsiColor::Red),
    };
    let _ = match ansi.filter(|_| enabled) {
        Some(ansi) => {
            let style = anstyle::Style::new().fg_color(Some(ansi.into())).bold();
            writeln!(out, "{style}{text}{style:#}")
        }
        None => writeln!(out, "{text}"),
    };
}

/// The whole report as text, written block by block; `color` adds ANSI colours (the shell
/// decides: terminal, NO_COLOR).
pub fn write(
    report: &Report,
    labels: &Labels,
    color_enabled: bool,
    terminal: bool,
    output: &mut dyn io::Write,
) -> io::Result<()> {
    // One block's text at a time: the buffer is reused, the report never held whole.
    let mut out = String::new();
    document::build(report, labels, &mut |block| {
        out.clear();
        match block {
            Block::Title(title) => paint_line(&mut out, &title, Tone::Plain, color_enabled),
            Block::Line(line, tone) => paint_line(&mut out, &line, tone, color_enabled),
            Block::Steps { caption, subjects } => {
                let _ = writeln!(out, "\n{caption}");
                for (subject, lines) in subjects {
                    let _ = writeln!(out, "  {subject}");
                    let width = lines.iter().map(|line| line.rule.chars().count()).max().unwrap_or(0);
                    for line in lines {
                        let _ = write!(out, "    {:<width$}  {}", line.rule, line.detail);
                        if let Some(amount) = line.amount {
                            let _ = write!(out, " = {amount}");
                        }
                        out.push('\n');
                    }
                }
            }
            Block::Table { caption, header, rows } => {
                let mut table = Table::new();
                table.load_style(UTF8_FULL_CONDENSED);
                if terminal {
                    // Only a terminal has a width to wrap to; elsewhere lines stay whole.
                    table.set_content_arrangement(ContentArrangement::Dynamic);
                }
                if color_enabled {
                    table.enforce_styling();
                } else {
                    table.force_no_tty();
                }
                table.set_header(header);
                for row in rows {
                    table.add_row(row.into_iter().map(|cell| {
                        let mut drawn = Cell::new_owned(cell.text);
                        if cell.numeric {
                            drawn = drawn.set_alignment(CellAlignment::Right);
                        }
                        if let Some(fg) = color(cell.tone).filter(|_| color_enabled) {
                            drawn = drawn.fg(fg);
                        }
                        drawn
                    }));
                }
                if let Some(caption) = caption {
                    let _ = writeln!(out, "\n{caption}");
                }
                output.write_all(out.as_bytes())?;
                out.clear();
                // Line by line: `Display` would join the lines into one more copy of the table.
                for line in table.lines() {
                    output.write_all(line.as_bytes())?;
                    output.write_all(b"\n")?;
                }
            }
        }
        output.write_all(out.as_bytes())
    })
}

/// `art83 articles`: one row per provision.
pub fn articles(infos: &[crate::calc::lookup::ArticleInfo]) -> String {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).force_no_tty();
    let mut header = vec!["article", "tier", "listed in", "subject", "fixed maximum", "% of turnover"];
    // `articles --turnover/--public-body`: the maximum for that undertaking.
    let asked = infos.iter().any(|info| info.maximum_explained.is_some());
    if asked {
        header.push("legal maximum");
    }
    header.extend(["AP 2019", "note"]);
    table.set_header(header);
    for info in infos {
        let mut row = vec![
            Cell::new(&info.article),
            Cell::new(info.tier.map_or("none", |t| t.label())),
            Cell::new(info.listed_in.unwrap_or("-")),
            Cell::new(info.subject.unwrap_or("-")),
            Cell::new(info.fixed_maximum.map_or("-".into(), |m| m.grouped())).set_alignment(CellAlignment::Right),
            Cell::new(info.percent_of_turnover.map_or("-".into(), |p| format!("{} %", p.normalize())))
                .set_alignment(CellAlignment::Right),
        ];
        if asked {
            row.push(
                Cell::new(info.legal_maximum.map_or("-".into(), |m| m.grouped())).set_alignment(CellAlignment::Right),
            );
        }
        row.push(Cell::new(info.ap2019_category.map_or("-".into(), |c| format!("{c:?}"))));
        row.push(Cell::new(info.note.as_deref().unwrap_or("")));
        table.add_row(row);
    }
    format!("{table}\n")
}
