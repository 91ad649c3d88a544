//! Markdown: the same document as the table, as pipe tables a user can paste into a memo.

use std::io::{self, Write};

use super::Renderer;
use super::document::{self, Block, Cell, Shown, Tone};
use super::labels::Labels;
use super::printable::{self, printable};
use crate::calc::Report;

pub struct MarkdownRenderer {
    pub labels: &'static Labels,
    pub shown: Shown,
    pub written: usize,
}

impl Renderer for MarkdownRenderer {
    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n---\n\n")?;
        }
        self.written += 1;
        write(report, self.labels, self.shown, out)
    }
}

/// Pipes and backslashes in cell text would break the table; `<`, `>` and `&` would open raw
/// HTML (`<script>`, `<img onerror=...>`, a `<!--` hiding the rest of the memo) or an entity,
/// so they are backslash-escaped as the pipe is (CommonMark: any ASCII punctuation); control
/// characters are shown.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '<' | '>' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    printable(&out).into_owned()
}

/// A cell's text, with its title after a colon ("id: title").
fn cell_text(cell: &Cell) -> String {
    match &cell.note {
        Some(note) => escape(&format!("{}: {note}", cell.text)),
        None => escape(&cell.text),
    }
}

/// A pipe table under its caption (bold).
fn table(out: &mut String, caption: Option<String>, header: &[&str], rows: Vec<Vec<Cell>>) {
    if let Some(caption) = caption {
        out.push_str(&format!("**{}**\n\n", escape(caption.trim_end_matches(':'))));
    }
    let width = header.len();
    out.push_str(&format!("| {} |\n", header.iter().map(|h| escape(h)).collect::<Vec<_>>().join(" | ")));
    let numeric: Vec<bool> = (0..width).map(|i| rows.iter().any(|r| r.get(i).is_some_and(|c| c.numeric))).collect();
    let rule: Vec<&str> = numeric.iter().map(|&n| if n { "---:" } else { "---" }).collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in rows {
        let mut cells: Vec<String> = row
            .iter()
            .map(|c| if c.tone == Tone::Bad { format!("**{}**", cell_text(c)) } else { cell_text(c) })
            .collect();
        cells.resize(width, String::new());
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

/// Writes the report block by block: one block's text is held at a time, never the report's
/// (a full penalty schedule of 200,000 periods made an 80 MB string).
pub fn write(report: &Report, labels: &Labels, shown: Shown, output: &mut dyn Write) -> io::Result<()> {
    let mut out = String::new();
    document::build(report, labels, shown, &mut |block| {
        out.clear();
        match printable::block(block) {
            Block::Title(title) => out.push_str(&format!("## {}\n\n", escape(&title))),
            Block::Line(line, Tone::Bad) => out.push_str(&format!("**{}**\n\n", escape(line.trim()))),
            Block::Line(line, _) => out.push_str(&format!("{}\n\n", escape(line.trim()))),
            Block::Steps { caption, subjects } => {
                out.push_str(&format!("**{}**\n\n", escape(caption.trim_end_matches(':'))));
                for (subject, lines) in subjects {
                    out.push_str(&format!("- **{}**\n", escape(&subject)));
                    for line in lines {
                        let amount = line.amount.map(|a| format!(" = {a}")).unwrap_or_default();
                        out.push_str(&format!("  - {}: {}{amount}\n", escape(&line.rule), escape(&line.detail)));
                    }
                }
                out.push('\n');
            }
            Block::Table { caption, header, rows } => table(&mut out, caption, &header, rows),
            Block::Figures { caption, header, rows } => {
                table(&mut out, Some(caption), &header, document::figure_rows(rows))
            }
        }
        output.write_all(out.as_bytes())
    })?;
    // The version a memo came from, as the HTML footer and JSON's `art83_version` give it.
    output.write_all(format!("_{} {}_\n\n", labels.made_by, crate::calc::report::ART83_VERSION).as_bytes())
}
