//! The compiled catalogues and the evaluator that writes a message from them.
//!
//! `build.rs` turns `locales/<lang>/*.ftl` into the tables below; this module writes a
//! [`Message`] in a language: text as it stands, `{ $name }` from the message's argument
//! (written by the language's [`Locale`](super::locale::Locale)), and select expressions on a variable: a key argument
//! chooses the variant of its name, a count the variant of its number or of its plural category
//! (`one` for 1, `other` else: the rule of English, Dutch and German cardinals, CLDR), the
//! default variant anything else. Terms and message references were inlined at build time.

use std::fmt::Write;

use super::Lang;
use super::message::{Arg, Message};

/// A part of a compiled pattern.
#[derive(Debug)]
pub enum Piece {
    /// Literal text.
    Text(&'static str),
    /// The argument of this name.
    Var(&'static str),
    /// A select expression: the variable, its variants (key, pattern) and the default's index.
    Select(&'static str, &'static [(&'static str, &'static [Piece])], usize),
    /// An inlined term or message.
    Nested(&'static [Piece]),
}

/// A compiled message: its value and its attributes (`.rule`).
#[derive(Debug)]
pub struct Entry {
    /// The message's value.
    pub value: &'static [Piece],
    /// Its attributes, by name.
    pub attributes: &'static [(&'static str, &'static [Piece])],
}

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The compiled catalogue of a language (the folder its locale row names), sorted by id; empty
/// where there is no such folder (a test keeps every row's folder there).
pub const fn entries(lang: Lang) -> &'static [(&'static str, Entry)] {
    let code = lang.code().as_bytes();
    let mut index = 0;
    while index < CATALOGUES.len() {
        if matches!(order(CATALOGUES[index].0.as_bytes(), code), std::cmp::Ordering::Equal) {
            return CATALOGUES[index].1;
        }
        index += 1;
    }
    &[]
}

/// The codes of the compiled catalogues (the folders of `locales/`).
pub fn codes() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(code, _)| *code)
}

/// The entry `id` of the language's catalogue.
pub fn entry(lang: Lang, id: &str) -> Option<&'static Entry> {
    let entries = entries(lang);
    entries.binary_search_by(|(key, _)| (*key).cmp(id)).ok().map(|index| &entries[index].1)
}

/// The message's text in `lang`. A message the catalogue lacks is written from the English
/// one (a test keeps every catalogue complete), and as its id where English lacks it too.
pub fn text(lang: Lang, message: &Message) -> String {
    pattern(lang, message, |entry| Some(entry.value))
}

/// The message's attribute `name` (a step's `.rule`) in `lang`, or empty.
pub fn attribute(lang: Lang, message: &Message, name: &str) -> String {
    pattern(lang, message, |entry| entry.attributes.iter().find(|(n, _)| *n == name).map(|(_, p)| *p))
}

/// A message without arguments whose text is literal (a label): the text itself, borrowed; the
/// English one where the language lacks it, empty where English lacks it too.
pub fn label(lang: Lang, id: &str) -> &'static str {
    literal(entries(lang), id).or_else(|| literal(entries(Lang::En), id)).unwrap_or("")
}

/// [`label`] at compile time, for the renderers' tables of words (`render::words!`): the
/// label's literal text in `lang`, else in English; the build fails where English lacks it or
/// gives it values (the renderers' tests name the label).
pub const fn label_at_build(lang: Lang, id: &str) -> &'static str {
    match literal(entries(lang), id) {
        Some(text) => text,
        None => match literal(entries(Lang::En), id) {
            Some(text) => text,
            None => panic!("a label the renderers read is not in locales/en/ as plain text"),
        },
    }
}

/// The literal text of entry `id` of a sorted catalogue, by binary search.
const fn literal(entries: &'static [(&'static str, Entry)], id: &str) -> Option<&'static str> {
    let (mut low, mut high) = (0, entries.len());
    while low < high {
        let middle = low + (high - low) / 2;
        match order(entries[middle].0.as_bytes(), id.as_bytes()) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => {
                return match entries[middle].1.value {
                    [Piece::Text(text)] => Some(text),
                    [] => Some(""),
                    _ => None,
                };
            }
        }
    }
    None
}

/// Byte order of two strings, as `str`'s `Ord` (which is not `const`).
const fn order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut index = 0;
    while index < a.len() && index < b.len() {
        if a[index] != b[index] {
            return if a[index] < b[index] { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater };
        }
        index += 1;
    }
    if a.len() < b.len() {
        std::cmp::Ordering::Less
    } else if a.len() > b.len() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

fn pattern(lang: Lang, message: &Message, part: impl Fn(&Entry) -> Option<&'static [Piece]>) -> String {
    let mut out = String::new();
    let _ = write_pattern(&mut out, lang, message, part);
    out
}

/// The pieces of `message` that `part` chooses of its entry, in `lang` or else in English.
fn pieces(
    lang: Lang,
    message: &Message,
    part: impl Fn(&Entry) -> Option<&'static [Piece]>,
) -> Option<&'static [Piece]> {
    entry(lang, message.id).and_then(&part).or_else(|| entry(Lang::En, message.id).and_then(&part))
}

/// Writes the message's text, or its attribute `name`, straight into `out` (JSON escapes it
/// as it is written, with no text built in between).
pub fn write_text(out: &mut impl Write, lang: Lang, message: &Message, attribute: Option<&str>) -> std::fmt::Result {
    match attribute {
        None => write_pattern(out, lang, message, |entry| Some(entry.value)),
        Some(name) => write_pattern(out, lang, message, |entry| {
            entry.attributes.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
        }),
    }
}

fn write_pattern(
    out: &mut impl Write,
    lang: Lang,
    message: &Message,
    part: impl Fn(&Entry) -> Option<&'static [Piece]>,
) -> std::fmt::Result {
    match pieces(lang, message, part) {
        Some(pieces) => write(out, pieces, message, lang),
        None => out.write_str(message.id),
    }
}

fn write(out: &mut impl Write, pieces: &[Piece], message: &Message, lang: Lang) -> std::fmt::Result {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.write_str(text)?,
            Piece::Var(name) => match message.get(name) {
                Some(value) => write_arg(out, value, lang)?,
                None => write!(out, "{{{name}}}")?,
            },
            Piece::Select(name, variants, default) => {
                let chosen = message.get(name).and_then(|value| choose(value, variants));
                write(out, chosen.unwrap_or(variants[*default].1), message, lang)?;
            }
            Piece::Nested(pieces) => write(out, pieces, message, lang)?,
        }
    }
    Ok(())
}

/// The variant an argument selects: a key or a text the variant of its name; a count the
/// variant of its number, else of its plural category.
fn choose(value: &Arg, variants: &'static [(&'static str, &'static [Piece])]) -> Option<&'static [Piece]> {
    let named = |key: &str| variants.iter().find(|(k, _)| *k == key).map(|(_, p)| *p);
    match value {
        Arg::Key(key) => named(key),
        Arg::Text(text) => named(text),
        Arg::Count(count) => variants
            .iter()
            .find(|(k, _)| k.parse::<i64>().is_ok_and(|n| n == *count))
            .map(|(_, p)| *p)
            .or_else(|| named(if *count == 1 { "one" } else { "other" })),
        _ => None,
    }
}

/// The arguments the patterns of an entry name (its variables and selectors), for the test
/// that every catalogue's entry takes the same arguments as the English one.
pub fn variables(entry: &Entry) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut visit = |pieces: &'static [Piece]| collect(pieces, &mut names);
    visit(entry.value);
    entry.attributes.iter().for_each(|(_, pieces)| visit(pieces));
    names.sort_unstable();
    names.dedup();
    names
}

fn collect(pieces: &'static [Piece], names: &mut Vec<&'static str>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(name) => names.push(name),
            Piece::Select(name, variants, _) => {
                names.push(name);
                variants.iter().for_each(|(_, pieces)| collect(pieces, names));
            }
            Piece::Nested(pieces) => collect(pieces, names),
        }
    }
}

/// Writes an argument the way the locale writes its kind.
fn write_arg(out: &mut impl Write, value: &Arg, lang: Lang) -> std::fmt::Result {
    let locale = lang.locale();
    match value {
        Arg::Money(amount) => locale.write_money(out, *amount),
        Arg::Figure(amount) => out.write_str(&locale.number(*amount)),
        Arg::Number(number) => out.write_str(&locale.decimal(*number)),
        Arg::Count(count) => write!(out, "{count}"),
        Arg::Date(day) => out.write_str(&locale.date(*day)),
        Arg::Provision(text) => out.write_str(&locale.provision(text)),
        Arg::Article(text) => out.write_str(&locale.article(text)),
        Arg::Provisions(list) => {
            let cited: Vec<String> = list.iter().map(|p| locale.provision(p)).collect();
            out.write_str(&locale.list(&cited))
        }
        Arg::Key(key) => out.write_str(key),
        Arg::Text(text) => out.write_str(text),
        Arg::Message(message) => write_pattern(out, lang, message, |entry| Some(entry.value)),
    }
}
