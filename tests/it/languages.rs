//! Messages as data: every message the core says has its text in every catalogue, with the
//! same arguments as the English one, and every catalogue entry is said by some example or test
//! case (or is a label of the renderers), so no catalogue holds a dead or a missing text.

use std::collections::BTreeSet;

use art83::calc::model::Seriousness;
use art83::calc::{CompareMethod, Detail, Options};
use art83::l10n::Lang;
use art83::l10n::catalogue::{entries, entry, variables};

use crate::{examples, manifest_dir};

/// Every example and every case file of the CLI scenarios (`tests/cmd/*.in/*.toml`).
fn case_files() -> Vec<std::path::PathBuf> {
    let mut files = examples();
    for entry in std::fs::read_dir(manifest_dir().join("tests/cmd")).unwrap() {
        let folder = entry.unwrap().path();
        if folder.extension().is_some_and(|e| e == "in") && folder.is_dir() {
            for file in std::fs::read_dir(&folder).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "toml") {
                    files.push(file);
                }
            }
        }
    }
    files.sort();
    files
}

/// The ids every example and test case says, under each method and at dates before, during
/// and long after the decisions.
fn said() -> BTreeSet<&'static str> {
    let mut ids = BTreeSet::new();
    for file in case_files() {
        for compare in [
            None,
            Some(CompareMethod::Edpb(Seriousness::Low)),
            Some(CompareMethod::Edpb(Seriousness::High)),
            Some(CompareMethod::Ap2019(None)),
            Some(CompareMethod::Ap2019(Some(art83::calc::model::Category::III))),
        ] {
            for as_of in [
                jiff::civil::date(2021, 4, 1),
                jiff::civil::date(2026, 1, 1),
                jiff::civil::date(2026, 12, 7),
                jiff::civil::date(2033, 1, 1),
            ] {
                let options = Options { turnover: None, as_of, compare, detail: Detail::Steps };
                if let Ok(report) = art83::app::report_for(&file, &options) {
                    ids.extend(art83::render::messages(&report).into_iter().map(|m| m.id));
                }
            }
        }
    }
    ids.extend(law_rows_said());
    // The scenario that says what a `--turnover` what-if says (tests/cmd/rate-unknown-what-if.toml).
    let what_if = Options {
        turnover: art83::calc::money::Money::new(2_000_000_000.into()),
        as_of: jiff::civil::date(2026, 1, 1),
        compare: None,
        detail: Detail::Steps,
    };
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/rate-unknown-what-if.in/case.toml");
    let report = art83::app::report_for(&file, &what_if).expect("the what-if scenario calculates");
    ids.extend(art83::render::messages(&report).into_iter().map(|m| m.id));
    ids.extend(check_said());
    ids
}

/// The ids `check` adds to a report (`nothing-to-check`), from its JSON
/// (tests/cmd/check-allow-unpublished.toml).
fn check_said() -> Vec<&'static str> {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cmd/check-nothing-to-check.in/case.toml");
    let (_, stdout, stderr) = crate::run(&["check", file, "--allow-unpublished", "--format", "json"], None);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let findings = report["findings"].as_array().expect("findings");
    let said: Vec<&str> = findings.iter().filter_map(|f| f["message_id"].as_str()).collect();
    entries(Lang::En).iter().map(|(id, _)| *id).filter(|id| said.contains(id)).collect()
}

/// The ids the law tables' rows say (`locales/*/law.ftl`): a case for each public body kind
/// before each authority of the Art. 83(7) table, and one in each currency of the conversion
/// table, decided on a day its rate rule names (and with no `rate_date`, which it asks for).
fn law_rows_said() -> BTreeSet<&'static str> {
    use art83::calc::law::{currencies::CURRENCY_RULES, public_bodies::PUBLIC_BODY_RULES};
    let options =
        Options { turnover: None, as_of: jiff::civil::date(2026, 1, 1), compare: None, detail: Detail::Steps };
    let kinds = ["true", "\"state\"", "\"local\"", "\"other\"", "\"cultural-institution\"", "\"undertaking\""];
    let mut cases = Vec::new();
    for rule in PUBLIC_BODY_RULES {
        // A national cap is in the country's currency: the case is written in it.
        let currency = CURRENCY_RULES
            .iter()
            .find(|c| c.country == rule.country)
            .map_or(String::new(), |c| format!("currency = \"{}\"\nper_eur = \"2\"\n", c.currency));
        for kind in kinds {
            cases.push(format!(
                "[case]\ntitle = \"T\"\nauthority = \"{}-DPA\"\ndecided = 2024-05-16\n{currency}[undertaking]\nname = \"B\"\npublic_body = {kind}\n",
                rule.country
            ));
        }
    }
    for rule in CURRENCY_RULES {
        cases.push(format!(
            "[case]\ntitle = \"T\"\nauthority = \"{}-DPA\"\ndecided = 2024-05-16\ncurrency = \"{}\"\nper_eur = \"2\"\n[undertaking]\nname = \"U\"\n",
            rule.country, rule.currency
        ));
    }
    let mut ids = BTreeSet::new();
    for text in cases {
        let text = format!("{text}turnover = \"unknown\"\n[[violation]]\nid = \"v\"\narticles = [\"32\"]\n");
        let case = art83::input::parse_case(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
        let report = art83::calc::calculate(&case, &options).unwrap_or_else(|e| panic!("{e}\n{text}"));
        ids.extend(art83::render::messages(&report).into_iter().map(|m| m.id));
    }
    ids
}

/// Messages no valid case can say: a method compared with whose exact arithmetic fails (the
/// products of a maximum near rust_decimal's 28 digits stay exact, so none was found).
const UNSAID: [&str; 1] = ["comparison-failed"];

#[test]
fn every_message_said_has_its_text_in_every_language_and_every_entry_is_said() {
    let said = said();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for id in &said {
            if entry(lang, id).is_none() {
                problems.push(format!("{}: no message `{id}` (locales/{}/)", lang.code(), lang.code()));
            }
        }
    }
    for (id, _) in entries(Lang::En) {
        // Labels are said by the renderers, not by reports.
        if !id.starts_with("label-") && !UNSAID.contains(id) && !said.contains(id) {
            problems
                .push(format!("en: `{id}` is said by no example or test case: remove it, or add a case that says it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_catalogue_has_the_english_ids_with_the_same_arguments() {
    let mut problems = Vec::new();
    for lang in [Lang::Nl, Lang::De] {
        for (id, english) in entries(Lang::En) {
            match entry(lang, id) {
                None => problems.push(format!("{}: no message `{id}`", lang.code())),
                Some(other) if variables(other) != variables(english) => problems.push(format!(
                    "{}: `{id}` takes {:?}, English {:?}",
                    lang.code(),
                    variables(other),
                    variables(english)
                )),
                Some(other) if other.attributes.len() != english.attributes.len() => {
                    problems.push(format!("{}: `{id}` has other attributes than English", lang.code()))
                }
                Some(_) => {}
            }
        }
        for (id, _) in entries(lang) {
            if entry(Lang::En, id).is_none() {
                problems.push(format!("{}: `{id}` is not in the English catalogue", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The catalogues are compiled by `build.rs` and written by art83's own evaluator; Fluent's
/// reference implementation (`fluent-bundle`) must write every message and attribute of every
/// language the same, for every variant of every select expression.
#[test]
fn the_compiled_catalogues_write_what_fluent_itself_writes() {
    use art83::l10n::{Arg, Message};
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let mut differences = Vec::new();
    for lang in Lang::ALL {
        let mut bundle = FluentBundle::new(vec![lang.code().parse().expect("a language code")]);
        bundle.set_use_isolating(false);
        let folder = crate::manifest_dir().join("locales").join(lang.code());
        for file in std::fs::read_dir(&folder).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            bundle.add_resource(FluentResource::try_new(text).expect("valid Fluent")).expect("no id twice");
        }
        for (id, entry) in entries(lang) {
            let names = variables(entry);
            // Each variable set to a key: its own name, then "one" and "other" and every
            // variant name in turn for all of them at once.
            for key in [None, Some("one"), Some("other"), Some("low"), Some("medium"), Some("high")] {
                let value = |name: &'static str| key.unwrap_or(name);
                let mut message = Message::new(id);
                let mut args = FluentArgs::new();
                for name in &names {
                    message = message.arg(name, Arg::Key(value(name)));
                    args.set(*name, value(name));
                }
                let fluent = bundle.get_message(id).expect("the same ids");
                let mut errors = Vec::new();
                if let Some(pattern) = fluent.value() {
                    let theirs = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    let ours = art83::l10n::catalogue::text(lang, &message);
                    if ours != theirs {
                        differences.push(format!("{}: {id}: {ours:?} != {theirs:?}", lang.code()));
                    }
                }
                for attribute in fluent.attributes() {
                    let theirs = bundle.format_pattern(attribute.value(), Some(&args), &mut errors);
                    let ours = art83::l10n::catalogue::attribute(lang, &message, attribute.id());
                    if ours != theirs {
                        differences.push(format!("{}: {id}.{}: {ours:?} != {theirs:?}", lang.code(), attribute.id()));
                    }
                }
            }
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// No English word of art83's own in a Dutch or German text: every message of every catalogue
/// is written with its arguments left out (what the case file says may be in any language),
/// and none holds a common English word.
#[test]
fn dutch_and_german_catalogues_hold_no_english_words() {
    use art83::l10n::{Arg, Message};
    let english: [(Lang, &[&str]); 2] = [
        (Lang::Nl, &[" the ", " and ", " which ", " with ", " fine ", " turnover", " per day", " of the "]),
        (Lang::De, &[" the ", " of ", " and ", " is ", " which ", " with ", " fine ", " turnover"]),
    ];
    let mut found = Vec::new();
    for (lang, words) in english {
        for (id, entry) in entries(lang) {
            let mut message = Message::new(id);
            for name in variables(entry) {
                message = message.arg(name, Arg::Text(String::new()));
            }
            let mut texts = vec![art83::l10n::catalogue::text(lang, &message)];
            texts.extend(entry.attributes.iter().map(|(a, _)| art83::l10n::catalogue::attribute(lang, &message, a)));
            for text in texts {
                let padded = format!(" {} ", text.to_lowercase());
                if let Some(word) = words.iter().find(|w| padded.contains(*w)) {
                    found.push(format!("{}: {id}: {word:?} in {text:?}", lang.code()));
                }
            }
        }
    }
    assert!(found.is_empty(), "English in a catalogue:\n{}", found.join("\n"));
}

/// `art83 articles --turnover` and `--public-body` explain each maximum with steps: every
/// country's rule and every kind of turnover says messages every catalogue has.
#[test]
fn every_caption_of_articles_says_messages_every_catalogue_has() {
    use art83::calc::lookup::{Asked, tier_table, with_maxima};
    let mut missing = BTreeSet::new();
    let countries =
        art83::calc::law::public_bodies::PUBLIC_BODY_RULES.iter().map(|rule| format!("{}-DPA", rule.country));
    let authorities: Vec<Option<String>> =
        [None, Some("PT-CNPD".to_string())].into_iter().chain(countries.map(Some)).collect();
    for authority in authorities {
        let amount = art83::calc::money::Money::new(600_000_000.into()).map(art83::calc::model::Turnover::Amount);
        for (turnover, public_body) in [(None, false), (None, true), (amount, false)] {
            let asked = Asked { turnover: turnover.clone(), public_body, authority: authority.clone() };
            let Ok(steps) = with_maxima(&mut tier_table(), &asked) else { continue };
            for step in &steps {
                for lang in Lang::ALL {
                    if entry(lang, step.message.id).is_none() {
                        missing.insert(format!("{}: {}", lang.code(), step.message.id));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "messages no catalogue has:\n{}", Vec::from_iter(missing).join("\n"));
}

/// Every example and test case, written as a table in every language: no argument left
/// unfilled (`{name}`) and no message written as its bare id (what the evaluator writes when
/// no catalogue has it).
#[test]
fn every_example_and_test_case_renders_whole_in_every_language() {
    let ids: Vec<&str> = entries(Lang::En).iter().map(|(id, _)| *id).collect();
    let mut problems = BTreeSet::new();
    for file in case_files() {
        let options = Options {
            turnover: None,
            as_of: jiff::civil::date(2026, 12, 7),
            compare: Some(CompareMethod::Edpb(Seriousness::Medium)),
            detail: Detail::Steps,
        };
        let Ok(report) = art83::app::report_for(&file, &options) else { continue };
        for lang in Lang::ALL {
            let table = art83::render::table_in(&report, lang);
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            for (at, _) in table.match_indices('{') {
                let hole: String =
                    table[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                // `\u{1b}`: a control character of the case file's text, shown escaped.
                let escaped = table[..at].ends_with("\\u");
                if !escaped && !hole.is_empty() && table[at + 1 + hole.len()..].starts_with('}') {
                    problems.insert(format!("{}: {name}: unfilled {{{hole}}}", lang.code()));
                }
            }
            for word in table.split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ':') {
                if word.contains('-') && ids.contains(&word) {
                    problems.insert(format!("{}: {name}: message written as its id: {word}", lang.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", Vec::from_iter(problems).join("\n"));
}

/// A language is a folder of `locales/` and a locale row with its code: each has the other.
#[test]
fn every_locale_row_has_its_catalogue_folder_and_every_folder_its_row() {
    let rows: BTreeSet<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let folders: BTreeSet<&str> = art83::l10n::catalogue::codes().collect();
    assert_eq!(rows, folders);
    assert!(Lang::ALL.iter().all(|lang| !entries(*lang).is_empty()));
}
