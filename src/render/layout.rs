//! Fitting tables and lines into the output width.
//!
//! A table is drawn as it is when it fits. Otherwise its text columns wrap at word boundaries,
//! while amounts and dates never wrap and no word is ever split. When even that cannot fit,
//! the rows are stacked: one "label: value" block per row.

use crate::l10n::locale::{DateStyle, LOCALES};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell as Drawn, CellAlignment, Color, ColumnConstraint, LineStyle, Table, TableStyle, Width};

use super::Paint;
use super::document::{Cell, Tone};

/// The width when standard output is not a terminal and `COLUMNS` is not set: wide enough for
/// the usual report's tables, narrow enough to read in a file or a CI log.
pub const DEFAULT_WIDTH: u16 = 120;

/// Narrower than this, `COLUMNS` is taken as this: a label and a word still fit on a line.
pub const MIN_WIDTH: u16 = 30;

/// The character width of a text (each char one column; the reports hold no wide scripts).
fn width_of(text: &str) -> usize {
    text.chars().count()
}

/// The width of a text's longest word.
pub fn longest_word(text: &str) -> usize {
    text.split_whitespace().map(width_of).max().unwrap_or(0)
}

/// The longest line of a cell, its title included.
fn natural(cell: &Cell) -> usize {
    cell.lines().map(width_of).max().unwrap_or(0)
}

/// The narrowest a cell can be drawn: its longest word, or the whole text where it must not wrap.
fn minimum(cell: &Cell) -> usize {
    let own = if cell.wrap { longest_word(&cell.text) } else { width_of(&cell.text) };
    own.max(cell.note.as_deref().map_or(0, longest_word))
}

/// Whether a line must not break between two words: a currency and its amount (`€ 20.000,00`,
/// a change `-€ 50.000,00`, `20.000,00 EUR`), `=` and the result, a date in words (`16 mei
/// 2024`, `16. Mai 2024`: the month names of the locale rows).
fn glue(before: &str, after: &str) -> bool {
    let digits = |word: &str| word.trim_end_matches([',', ';', ':', ')', '.']).bytes().all(|b| b.is_ascii_digit());
    let month = |word: &str| {
        let word = word.trim_end_matches([',', ';', ':', ')', '.']);
        // Month names are 3 (`mei`) to 9 (`september`) letters: most words are not looked up.
        (3..=9).contains(&word.len())
            && LOCALES.iter().any(|l| matches!(&l.dates, DateStyle::Words { months, .. } if months.contains(&word)))
    };
    // An ISO 4217 code after its amount (`EUR`, `PLN),`), as German writes amounts.
    let currency = |word: &str| match word.as_bytes() {
        [a, b, c, rest @ ..] => {
            [a, b, c].iter().all(|b| b.is_ascii_uppercase()) && rest.iter().all(|b| b".,;:)".contains(b))
        }
        _ => false,
    };
    let figure = after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '€' | '-' | '+'));
    matches!(before, "€" | "EUR" | "-€" | "+€")
        || (before == "=" && (figure || after.starts_with("EUR")))
        // The cheap length tests first: this runs for every pair of words in a report.
        || (before.as_bytes().last().is_some_and(u8::is_ascii_digit) && after.len() <= 5 && currency(after))
        || (before.len() <= 3 && digits(before) && month(after))
        || (after.starts_with(|c: char| c.is_ascii_digit())
            && after.trim_end_matches([',', ';', ':', ')', '.']).len() == 4
            && digits(after)
            && month(before))
}

/// The words of a text, those that belong together (see [`glue`]) as one.
pub fn words(text: &str) -> Vec<&str> {
    // Sized once, for a word and its space in every six bytes (more words than that grow it
    // once), rather than grown word by word; larger, a step's few hundred bytes would ask
    // malloc for more than a kilobyte, which costs more.
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 6 + 1);
    // Where the last word of the last span starts: it decides the glue (kept, not searched
    // for again, so that a long glued span costs no more than a short one).
    let mut last_word = 0;
    let mut index = 0;
    while let Some(from) = word_start(text, index) {
        let to = word_end(text, from);
        match spans.last_mut() {
            Some(last) if glue(&text[last_word..last.1], &text[from..to]) => last.1 = to,
            _ => spans.push((from, to)),
        }
        last_word = from;
        index = to;
    }
    spans.into_iter().map(|(from, to)| &text[from..to]).collect()
}

/// The length in bytes of the character at `index`, and whether it is whitespace (a no-break
/// space is).
fn char_at(text: &str, index: usize) -> (usize, bool) {
    match text.as_bytes()[index] {
        // Printable ASCII, the usual case, settled by one comparison.
        b'!'..=b'~' => (1, false),
        b if b.is_ascii() => (1, b.is_ascii_whitespace() || b == 0x0b),
        _ => text[index..].chars().next().map_or((1, true), |c| (c.len_utf8(), c.is_whitespace())),
    }
}

/// Where the next word starts, at or after `index`.
fn word_start(text: &str, mut index: usize) -> Option<usize> {
    while index < text.len() {
        match char_at(text, index) {
            (step, true) => index += step,
            (_, false) => return Some(index),
        }
    }
    None
}

/// Where the word that starts at `index` ends.
fn word_end(text: &str, mut index: usize) -> usize {
    while index < text.len() {
        match char_at(text, index) {
            (step, false) => index += step,
            (_, true) => break,
        }
    }
    index
}

/// Splits a text at spaces into lines of at most `width` characters; a longer word stands alone
/// on its line, never cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in words(paragraph) {
            let word_width = width_of(word);
            if !line.is_empty() && line_width + 1 + word_width > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if !line.is_empty() {
                line.push(' ');
                line_width += 1;
            }
            line.push_str(word);
            line_width += word_width;
        }
        lines.push(line);
    }
    lines
}

/// Whether `prefix` followed by `text` can be written as it stands: it fits in `width` and
/// wrapping would not change `text` (no runs of spaces or line breaks, which wrapping folds into
/// single spaces). Most lines of a report fit; they skip the word gluing of [`words`].
pub fn fits_as_is(prefix: &str, text: &str, width: usize) -> bool {
    width_of(prefix) + width_of(text) <= width
        && !text.contains("  ")
        && !text.contains(['\n', '\t', '\r'])
        && !text.starts_with(' ')
        && !text.ends_with(' ')
}

/// `prefix` and then `text` wrapped at words to `width`; each further line is indented by
/// `indent` spaces.
pub fn hanging(prefix: &str, text: &str, indent: usize, width: usize) -> Vec<String> {
    hanging_words(prefix, words(text).into_iter(), indent, width)
}

/// As [`hanging`], for words given one by one: a "word" with spaces (`= 10,000.00`) stays on
/// one line.
pub fn hanging_words<'a>(
    prefix: &str,
    words: impl Iterator<Item = &'a str>,
    indent: usize,
    width: usize,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    // Each line's room for its width in bytes, and some for letters of several bytes.
    let room = width + 16;
    let mut line = String::with_capacity(room);
    line.push_str(prefix);
    // The line's width, counted as it grows rather than recounted for every word.
    let mut line_width = width_of(prefix);
    let mut fresh = true;
    for word in words {
        let word_width = width_of(word);
        if !fresh && line_width + 1 + word_width > width {
            let mut next = String::with_capacity(room);
            next.extend(std::iter::repeat_n(' ', indent));
            lines.push(std::mem::replace(&mut line, next));
            line_width = indent;
            fresh = true;
        }
        if !fresh {
            line.push(' ');
            line_width += 1;
        }
        line.push_str(word);
        line_width += word_width;
        fresh = false;
    }
    lines.push(line);
    lines
}

/// Border characters of a UTF8_FULL_CONDENSED table: one left of each column and one at the
/// right end, plus one space of padding on either side of each cell.
fn chrome(columns: usize) -> usize {
    columns * 3 + 1
}

/// The narrowest a wrapped column of a borderless table may be.
const READABLE: usize = 12;

/// A table without vertical lines has the padding only: two spaces between columns.
fn compact_chrome(columns: usize) -> usize {
    columns * 2
}

/// How a table is drawn once its column widths are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Borders all round and between columns.
    Full,
    /// A rule under the header and one under the rows, columns apart by two spaces: for a
    /// table the borders would push into the stacked layout.
    Compact,
}

/// Each column's widths: natural (its longest line, header included), narrowest (its longest
/// word, or whole value where it must not wrap) and the natural width of its cells alone.
struct Needs {
    wide: Vec<usize>,
    narrow: Vec<usize>,
    cells: Vec<usize>,
}

fn column_needs(header: &[&str], rows: &[Vec<Cell>]) -> Needs {
    let count = header.len();
    let mut needs = Needs {
        wide: header.iter().map(|h| width_of(h)).collect(),
        narrow: header.iter().map(|h| longest_word(h)).collect(),
        cells: vec![0; count],
    };
    for row in rows {
        for (index, cell) in row.iter().enumerate().take(count) {
            let natural = natural(cell);
            needs.wide[index] = needs.wide[index].max(natural);
            needs.narrow[index] = needs.narrow[index].max(minimum(cell));
            needs.cells[index] = needs.cells[index].max(natural);
        }
    }
    needs
}

/// The width of each column's content and the frame, or `None` when the table cannot fit in
/// `width` even without borders.
fn column_widths(header: &[&str], rows: &[Vec<Cell>], width: usize) -> Option<(Vec<usize>, Frame)> {
    let Needs { wide, narrow, cells } = column_needs(header, rows);
    // Without borders, a text squeezed to a few words a line stops reading as a table: each
    // column keeps room for READABLE characters of its cells (or all of them), else the rows
    // stack. A header may still wrap.
    if let Some(widths) = fit(wide.clone(), narrow.clone(), width) {
        return Some((widths, Frame::Full));
    }
    let readable: Vec<usize> = narrow.iter().zip(&cells).map(|(&n, &c)| n.max(c.min(READABLE))).collect();
    let compact = width.checked_sub(compact_chrome(wide.len())).and_then(|room| share(&wide, &readable, room));
    compact.map(|w| (w, Frame::Compact))
}

/// Column content widths for a table whose columns need `narrow` and would like `wide`
/// characters, in `width` characters with borders; `None` when even `narrow` is too wide.
pub fn fit(wide: Vec<usize>, narrow: Vec<usize>, width: usize) -> Option<Vec<usize>> {
    share(&wide, &narrow, width.checked_sub(chrome(wide.len()))?)
}

/// Column widths in `room` characters of content.
fn share(wide: &[usize], narrow: &[usize], room: usize) -> Option<Vec<usize>> {
    if wide.iter().sum::<usize>() <= room {
        return Some(wide.to_vec());
    }
    let spare = room.checked_sub(narrow.iter().sum())?;
    Some(share_out(narrow.to_vec(), wide, spare))
}

/// Grows the columns from their narrowest towards their natural widths: the column nearest
/// its natural width first, whole, while that leaves the others a fair share; then the rest
/// evenly.
fn share_out(mut widths: Vec<usize>, wide: &[usize], mut spare: usize) -> Vec<usize> {
    let mut pending: Vec<usize> = (0..widths.len()).filter(|&i| widths[i] < wide[i]).collect();
    pending.sort_by_key(|&i| wide[i] - widths[i]);
    while let Some(&nearest) = pending.first() {
        let deficit = wide[nearest] - widths[nearest];
        if deficit > spare / (pending.len() - 1).max(1) {
            break;
        }
        spare -= deficit;
        widths[nearest] = wide[nearest];
        pending.remove(0);
    }
    if !pending.is_empty() {
        let share = spare / pending.len();
        for (n, &i) in pending.iter().enumerate() {
            widths[i] += share + usize::from(n < spare % pending.len());
        }
    }
    widths
}

fn color(tone: Tone) -> Option<Color> {
    match tone {
        Tone::Plain => None,
        Tone::Good => Some(Color::Green),
        Tone::Warning => Some(Color::Yellow),
        Tone::Bad => Some(Color::Red),
    }
}

/// A table as lines no wider than `width` (see the module comment for how).
pub fn table(header: &[&str], rows: Vec<Vec<Cell>>, width: u16, paint: Paint) -> Vec<String> {
    let Some((widths, frame)) = column_widths(header, &rows, usize::from(width)) else {
        return stacked(header, &rows, usize::from(width));
    };
    let drawn = comfy(header, rows, (&widths, frame), paint);
    // Without borders the padding leaves a space at either end of every line.
    let mut lines: Vec<String> = drawn
        .into_iter()
        .map(|line| match frame {
            Frame::Compact => line.strip_prefix(' ').unwrap_or(&line).trim_end().to_string(),
            Frame::Full => line,
        })
        .collect();
    // The rule under the header closes a borderless table too.
    if let Some(rule) = lines.iter().find(|line| frame == Frame::Compact && line.starts_with('─')).cloned() {
        lines.push(rule);
    }
    lines
}

/// The table as comfy-table draws it (the mandated table crate: art83 draws no tables by hand).
fn comfy(header: &[&str], rows: Vec<Vec<Cell>>, (widths, frame): (&[usize], Frame), paint: Paint) -> Vec<String> {
    let mut table = Table::new();
    match frame {
        Frame::Full => table.load_style(UTF8_FULL_CONDENSED),
        Frame::Compact => table.load_style(TableStyle::new().header_separator(LineStyle::none().fill('─'))),
    };
    if paint == Paint::Ansi {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(header.to_vec());
    for row in rows {
        table.add_row(row.into_iter().map(|cell| {
            // The cell's lines (see `Cell::lines`) as one text, handed over without a copy.
            let content = match &cell.note {
                Some(note) => format!("{}\n{note}", cell.text),
                None => cell.text,
            };
            let mut drawn = Drawn::new_owned(content);
            if cell.numeric {
                drawn = drawn.set_alignment(CellAlignment::Right);
            }
            if let Some(fg) = color(cell.tone).filter(|_| paint == Paint::Ansi) {
                drawn = drawn.fg(fg);
            }
            drawn
        }));
    }
    let padded = widths.iter().map(|&w| u16::try_from(w + 2).unwrap_or(u16::MAX));
    table.set_constraints(padded.map(|w| ColumnConstraint::Absolute(Width::Fixed(w))));
    table.lines().collect()
}

/// The narrowest a figure's text may wrap beside its label; with less room it is written as prose.
const BESIDE: usize = 30;

/// Labelled figures as aligned lines, each figure's lines apart: `  label:` padded to the
/// longest label, then the value. A value no wider than the widest amount or date (values that
/// never wrap) stands right-aligned in their column, so amounts line up at the decimals; a
/// longer text starts in that column and wraps at words under itself, given [`BESIDE`] room.
/// Where the labels and that column do not fit in `width` (or a text has too little room
/// beside), a figure is written as prose, `  label: value`, wrapped with a hanging indent. The
/// values are cells without a title.
pub fn figures(rows: &[(&str, Cell)], width: usize) -> Vec<Vec<String>> {
    let label_width = rows.iter().map(|(label, _)| width_of(label) + 1).max().unwrap_or(0);
    let value_width = rows.iter().filter(|(_, v)| v.numeric || !v.wrap).map(|(_, v)| width_of(&v.text)).max();
    let prefix_width = 2 + label_width + 2;
    let aligned = prefix_width + value_width.unwrap_or(0) <= width;
    rows.iter()
        .map(|(label, value)| {
            let text = value.text.as_str();
            let prefix = || format!("  {:<label_width$}  ", format!("{label}:"));
            match value_width {
                Some(column) if aligned && width_of(text) <= column && fits_as_is("", text, column) => {
                    vec![format!("{}{text:>column$}", prefix())]
                }
                _ if aligned && width - prefix_width >= BESIDE => hanging(&prefix(), text, prefix_width, width),
                _ => hanging("  ", &format!("{label}: {text}"), 4, width),
            }
        })
        .collect()
}

/// One block per row, rows apart by a blank line: each label, then its value wrapped at words.
pub fn stacked(header: &[&str], rows: &[Vec<Cell>], width: usize) -> Vec<String> {
    let label_width = header.iter().map(|h| width_of(h)).max().unwrap_or(0) + 2;
    let mut lines = Vec::new();
    for row in rows {
        for (label, cell) in header.iter().zip(row) {
            if cell.text.is_empty() && cell.note.is_none() {
                continue;
            }
            let mut value = wrap(&cell.text, width.saturating_sub(label_width).max(20));
            if let Some(note) = &cell.note {
                value.extend(wrap(note, width.saturating_sub(label_width).max(20)));
            }
            for (line_index, line) in value.iter().enumerate() {
                let label = if line_index == 0 { format!("{label}:") } else { String::new() };
                lines.push(format!("{label:<label_width$}{line}").trim_end().to_string());
            }
        }
        // A blank line ends each block, so that the next row or table stands apart.
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &[(&str, bool)]) -> Vec<Cell> {
        row.iter().map(|&(text, numeric)| if numeric { Cell::number(text) } else { Cell::text(text) }).collect()
    }

    fn sample() -> (Vec<&'static str>, Vec<Vec<Cell>>) {
        let header = vec!["violation", "articles", "legal maximum", "fine"];
        let rows = vec![
            cells(&[
                ("unlawful-processing", false),
                ("5(1)(a), 6(1), 9(1)", false),
                ("20,000,000.00", true),
                ("-", true),
            ]),
            cells(&[("rights", false), ("12, 15, 17", false), ("20,000,000.00", true), ("1,000.00", true)]),
        ];
        (header, rows)
    }

    #[test]
    fn wrap_breaks_at_spaces_and_never_cuts_a_word() {
        assert_eq!(wrap("a bb ccc dddddd e", 6), ["a bb", "ccc", "dddddd", "e"]);
        assert_eq!(wrap("twentycharacterslong", 5), ["twentycharacterslong"]);
        assert_eq!(hanging("  rule  ", "one two three", 8, 16), ["  rule  one two", "        three"]);
        assert_eq!(wrap("op 16 mei 2024 € 20.000,00 = 5", 8), ["op", "16 mei 2024", "€ 20.000,00", "= 5"]);
    }

    #[test]
    fn a_german_date_and_an_amount_before_its_currency_stay_on_one_line() {
        assert_eq!(
            wrap("am 16. Mai 2024 (20.000,00 EUR), 5,00 PLN", 8),
            ["am", "16. Mai 2024", "(20.000,00 EUR),", "5,00 PLN"]
        );
        assert_eq!(wrap("Art. 83 GDPR", 4), ["Art.", "83", "GDPR"]);
        assert_eq!(wrap("1 a€ 2", 1), ["1", "a€", "2"]);
    }

    #[test]
    fn a_table_that_fits_is_drawn_whole() {
        let (header, rows) = sample();
        let lines = table(&header, rows.clone(), 120, Paint::Plain);
        assert!(lines.iter().any(|l| l.contains("5(1)(a), 6(1), 9(1)")), "{lines:#?}");
    }

    #[test]
    fn a_narrower_table_wraps_text_but_never_amounts() {
        let (header, rows) = sample();
        let lines = table(&header, rows.clone(), 60, Paint::Plain);
        assert!(lines.iter().all(|l| width_of(l) <= 60), "{lines:#?}");
        assert_eq!(lines.iter().filter(|l| l.contains("20,000,000.00")).count(), 2, "{lines:#?}");
        assert!(lines.iter().any(|l| l.contains("unlawful-processing")), "{lines:#?}");
    }

    #[test]
    fn a_table_whose_borders_do_not_fit_loses_them_before_it_stacks() {
        let header = vec!["id", "a", "b", "c", "d", "e"];
        let row = |id: &str| {
            let mut row = vec![Cell::text(id)];
            row.extend((0..5).map(|_| Cell::number("1,000.00")));
            row
        };
        let rows = vec![row("one"), row("two")];
        // Bordered: 3 + 5 x 8 content and 6 x 3 + 1 borders = 62; borderless: 43 + 12 = 55.
        let lines = table(&header, rows.clone(), 60, Paint::Plain);
        assert!(lines.iter().all(|l| !l.contains('┆') && width_of(l) <= 60), "{lines:#?}");
        assert_eq!(lines[2], "one  1,000.00  1,000.00  1,000.00  1,000.00  1,000.00", "{lines:#?}");
        assert!(table(&header, rows.clone(), 62, Paint::Plain)[0].starts_with('┌'));
    }

    #[test]
    fn figures_align_their_values_and_wrap_a_long_text_under_itself() {
        let mut rows = vec![
            ("fine", Cell::number("30,500,000.00")),
            ("made known", Cell::date("2024-05-16")),
            ("paid", Cell::number("0.00")),
            ("suspended?", Cell::text("an objection or appeal is pending before the court")),
        ];
        // Labels 11 wide with the colon, then two spaces: the values start at column 15.
        let lines: Vec<String> = figures(&rows, 50).concat();
        assert_eq!(
            lines,
            [
                "  fine:        30,500,000.00",
                "  made known:     2024-05-16",
                "  paid:                 0.00",
                "  suspended?:  an objection or appeal is pending",
                "               before the court",
            ],
            "{lines:#?}"
        );
        // At 40 the text would have 25 columns beside its label: it is written as prose.
        rows[3].1 = Cell::text("objection pending since the spring");
        let lines = figures(&rows, 40);
        assert_eq!(lines[3], ["  suspended?: objection pending since", "    the spring"], "{lines:#?}");
        assert_eq!(lines[0], ["  fine:        30,500,000.00"]);
    }

    #[test]
    fn figures_too_wide_for_the_line_are_written_as_prose() {
        let rows = vec![("forfeited penalty payments with interest", Cell::number("5,364,716.08"))];
        // 2 + 41 + 2 + 12 = 57 columns aligned; at 30 the label wraps and the amount, 13 wide with
        // its space, goes below "    with interest:" (18).
        let lines = figures(&rows, 30);
        assert_eq!(lines, [["  forfeited penalty payments", "    with interest:", "    5,364,716.08"]]);
    }

    #[test]
    fn a_table_that_cannot_fit_is_stacked() {
        let (header, rows) = sample();
        let lines = table(&header, rows.clone(), 40, Paint::Plain);
        assert_eq!(lines[0], "violation:     unlawful-processing");
        assert!(lines.contains(&"legal maximum: 20,000,000.00".to_string()), "{lines:#?}");
        assert!(lines.iter().all(|l| width_of(l) <= 40), "{lines:#?}");
    }
}
