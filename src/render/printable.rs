//! Text from a case file on a terminal or in a spreadsheet: control characters (ESC starting an
//! escape sequence, a carriage return overwriting the line, bidirectional overrides reordering
//! it) are written as `\u{1b}`, never raw. One helper for every format that prints text.

use std::borrow::Cow;

use super::document::Block;

/// Characters that change how a terminal shows the text instead of showing themselves: control
/// characters and the bidirectional marks, embeddings, overrides and isolates (U+202E writes
/// what follows right to left). HTML and SVG show them as `\u{202e}` too.
pub(super) fn hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with each control character written as `\u{..}`; borrowed when there is none.
pub fn printable(text: &str) -> Cow<'_, str> {
    printable_keeping(text, &[])
}

/// [`printable`], keeping the characters of `keep` as they are (CSV keeps tabs and line
/// breaks: it quotes them, and a spreadsheet shows them as space).
pub fn printable_keeping<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    // Most text is plain ASCII: no control character below 0x20, no DEL, nothing beyond 0x7f
    // that could hide one; a byte scan settles it without decoding.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Cow::Borrowed(text);
    }
    let escaped = |c: char| hidden(c) && !keep.contains(&c);
    if !text.contains(escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Replaces `text` by its printable form where it needs one.
fn clean(text: &mut String) {
    if let Cow::Owned(escaped) = printable(text) {
        *text = escaped;
    }
}

/// A document block with its own texts printable; step lines borrow the report's texts and
/// are made printable where they are written.
pub fn block(mut block: Block<'_>) -> Block<'_> {
    match &mut block {
        Block::Title(text) | Block::Line(text, _) => clean(text),
        Block::Table { caption, rows, .. } => {
            caption.iter_mut().for_each(clean);
            for cell in rows.iter_mut().flatten() {
                clean(&mut cell.text);
                cell.note.iter_mut().for_each(clean);
            }
        }
        Block::Figures { caption, rows, .. } => {
            clean(caption);
            for (_, cell) in rows {
                clean(&mut cell.text);
                cell.note.iter_mut().for_each(clean);
            }
        }
        Block::Steps { caption, subjects } => {
            clean(caption);
            subjects.iter_mut().for_each(|(subject, _)| clean(subject));
        }
    }
    block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_overrides_are_shown_not_run() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("x\ry\n\t\u{7f}\u{9b}"), "x\\u{d}y\\u{a}\\u{9}\\u{7f}\\u{9b}");
        assert_eq!(printable("abc\u{202e}cba"), "abc\\u{202e}cba");
        assert!(matches!(printable("Clearview AI — één"), Cow::Borrowed(_)));
        assert_eq!(printable_keeping("a\tb\nc\u{1b}", &['\t', '\n']), "a\tb\nc\\u{1b}");
    }
}
