//! Compiles the Fluent catalogues under `locales/<lang>/*.ftl` into static tables
//! (`$OUT_DIR/catalogues.rs`, included by `src/l10n/catalogue.rs`).
//!
//! Why at build time: parsing a catalogue at run time costs about 43 instructions a byte with
//! `fluent-syntax` (measured: 2.9M instructions for 67 KB), more than a whole JSON report; the
//! compiled tables cost nothing to load. `fluent-syntax` parses and checks the files here, so
//! a syntax error fails the build. Terms (`-gdpr`) and message references are inlined; the
//! run-time evaluator (`l10n::catalogue`) handles text, variables and select expressions, the
//! part of Fluent the catalogues use. Functions (`NUMBER()`) are refused: amounts and dates
//! are formatted by the locale's row (`l10n::locale`), exactly, never through a float.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

type Patterns = BTreeMap<String, Pattern<String>>;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // Every folder of `locales/` is a language: adding one needs no code but its locale row.
    let mut languages: Vec<String> = std::fs::read_dir("locales")
        .expect("locales/ is readable")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().expect("a folder name").to_string_lossy().into_owned())
        .collect();
    languages.sort();
    let mut code = String::new();
    for lang in &languages {
        let (messages, terms) = read_language(&Path::new("locales").join(lang));
        writeln!(code, "/// The `{lang}` catalogue, sorted by message id.").unwrap();
        writeln!(code, "static {}: &[(&str, Entry)] = &[", lang.to_uppercase()).unwrap();
        for (id, (value, attributes)) in &messages {
            let value = value.as_ref().map_or("&[]".to_string(), |p| pieces(p, &messages, &terms, id));
            let attributes: Vec<String> = attributes
                .iter()
                .map(|(name, p)| format!("({name:?}, {})", pieces(p, &messages, &terms, id)))
                .collect();
            writeln!(code, "    ({id:?}, Entry {{ value: {value}, attributes: &[{}] }}),", attributes.join(", "))
                .unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let table: Vec<String> = languages.iter().map(|lang| format!("({lang:?}, {})", lang.to_uppercase())).collect();
    writeln!(code, "/// Every catalogue, by its folder's name.").unwrap();
    writeln!(code, "static CATALOGUES: &[(&str, &[(&str, Entry)])] = &[{}];", table.join(", ")).unwrap();
    std::fs::write(Path::new(&out).join("catalogues.rs"), code).expect("OUT_DIR is writable");
}

type Messages = BTreeMap<String, (Option<Pattern<String>>, Vec<(String, Pattern<String>)>)>;

/// Every message and term of a language's `.ftl` files; a syntax error or an id defined
/// twice fails the build, naming the file.
fn read_language(dir: &Path) -> (Messages, Patterns) {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut messages = Messages::new();
    let mut terms = Patterns::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: Fluent syntax errors: {errors:?}", file.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let attributes = m.attributes.into_iter().map(|a| (a.id.name, a.value)).collect();
                    let id = m.id.name;
                    assert!(!messages.contains_key(&id), "{}: message `{id}` defined twice", file.display());
                    messages.insert(id, (m.value, attributes));
                }
                Entry::Term(t) => {
                    assert!(!terms.contains_key(&t.id.name), "{}: term `-{}` defined twice", file.display(), t.id.name);
                    terms.insert(t.id.name, t.value);
                }
                _ => {}
            }
        }
    }
    (messages, terms)
}

/// A pattern as Rust: `&[Piece::Text(..), Piece::Var(..), Piece::Select(..)]`.
fn pieces(pattern: &Pattern<String>, messages: &Messages, terms: &Patterns, id: &str) -> String {
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(format!("Piece::Text({value:?})")),
            PatternElement::Placeable { expression } => out.push(expression_piece(expression, messages, terms, id)),
        }
    }
    format!("&[{}]", out.join(", "))
}

fn expression_piece(expression: &Expression<String>, messages: &Messages, terms: &Patterns, id: &str) -> String {
    match expression {
        Expression::Inline(inline) => inline_piece(inline, messages, terms, id),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: variable } = selector else {
                panic!("message `{id}`: a select expression must select on a variable");
            };
            let default = variants.iter().position(|v| v.default).expect("Fluent requires a default variant");
            let arms: Vec<String> = variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => name,
                        VariantKey::NumberLiteral { value } => value,
                    };
                    format!("({key:?}, {})", pieces(&v.value, messages, terms, id))
                })
                .collect();
            format!("Piece::Select({:?}, &[{}], {default})", variable.name, arms.join(", "))
        }
    }
}

fn inline_piece(inline: &InlineExpression<String>, messages: &Messages, terms: &Patterns, id: &str) -> String {
    match inline {
        InlineExpression::StringLiteral { value } => {
            format!("Piece::Text({:?})", fluent_syntax::unicode::unescape_unicode_to_string(value))
        }
        InlineExpression::NumberLiteral { value } => format!("Piece::Text({value:?})"),
        InlineExpression::VariableReference { id: variable } => format!("Piece::Var({:?})", variable.name),
        InlineExpression::TermReference { id: term, attribute: None, arguments: None } => {
            let value = terms.get(&term.name).unwrap_or_else(|| panic!("message `{id}`: no term `-{}`", term.name));
            format!("Piece::Nested({})", pieces(value, messages, terms, id))
        }
        InlineExpression::MessageReference { id: other, attribute: None } => {
            let value = messages
                .get(&other.name)
                .and_then(|(value, _)| value.as_ref())
                .unwrap_or_else(|| panic!("message `{id}`: no message `{}` with a value", other.name));
            format!("Piece::Nested({})", pieces(value, messages, terms, id))
        }
        InlineExpression::Placeable { expression } => expression_piece(expression, messages, terms, id),
        other => panic!("message `{id}`: {other:?} is not supported (no functions, term arguments or attributes)"),
    }
}
