//! The Dutch report: every step, finding and note of every example and test case has its
//! Dutch text, so `--lang nl` never shows an English sentence.

use std::collections::BTreeSet;

use art83::calc::model::Seriousness;
use art83::calc::{CompareMethod, Detail, Options};

use crate::{examples, manifest_dir};

pub fn case_files() -> Vec<std::path::PathBuf> {
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

#[test]
fn every_step_finding_and_note_has_its_dutch_text() {
    let mut missing = BTreeSet::new();
    for file in case_files() {
        for compare in [
            None,
            Some(CompareMethod::Edpb(Seriousness::Low)),
            Some(CompareMethod::Edpb(Seriousness::High)),
            Some(CompareMethod::Ap2019(None)),
            Some(CompareMethod::Ap2019(Some(art83::calc::model::Category::III))),
        ] {
            // Before and after most decisions, the day of the README's collection example, and
            // years later (interest beyond the rate table, claims and penalties time-barred).
            for as_of in [
                jiff::civil::date(2021, 4, 1),
                jiff::civil::date(2026, 1, 1),
                jiff::civil::date(2026, 12, 7),
                jiff::civil::date(2033, 1, 1),
            ] {
                let options = Options { turnover: None, as_of, compare, detail: Detail::Steps };
                if let Ok(report) = art83::app::report_for(&file, &options) {
                    missing.extend(art83::render::untranslated(&report));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no Dutch text for {} texts (add a template to RULES or TEXTS in src/render/dutch.rs):\n{}",
        missing.len(),
        Vec::from_iter(missing).join("\n")
    );
}

#[test]
fn every_caption_of_articles_for_an_undertaking_has_its_dutch_text() {
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
            // A step that says a message has its Dutch text in the catalogue (tests/it/languages.rs).
            for step in steps.iter().filter(|step| step.message.is_none()) {
                if art83::render::dutch_rule(&step.rule).is_none() {
                    missing.insert(format!("rule: {}", step.rule));
                }
                if art83::render::dutch_text(&step.detail).is_none() {
                    missing.insert(format!("text: {}", step.detail));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no Dutch text for (add a template to RULES or TEXTS in src/render/dutch.rs):\n{}",
        Vec::from_iter(missing).join("\n")
    );
}
