//! What a release needs: a crate `cargo package` accepts, with the licence texts it names and
//! the crates.io metadata.

use std::path::Path;

use crate::manifest_dir;

/// `cargo package` refuses a symbolic link that points at nothing: such a fixture is made by its
/// test (`cli_scenarios_with_generated_input`), never committed.
#[test]
fn no_file_of_the_crate_is_a_link_to_nothing() {
    let mut broken = Vec::new();
    walk(manifest_dir(), &mut broken);
    assert!(broken.is_empty(), "links to nothing, which `cargo package` refuses: {broken:?}");
}

fn walk(dir: &Path, broken: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        if name == "target" || name.starts_with('.') {
            continue;
        }
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.file_type().is_symlink() && std::fs::metadata(&path).is_err() {
            broken.push(path.strip_prefix(manifest_dir()).unwrap().display().to_string());
        } else if meta.is_dir() {
            walk(&path, broken);
        }
    }
}

fn manifest() -> toml::Table {
    let text = std::fs::read_to_string(manifest_dir().join("Cargo.toml")).unwrap();
    text.parse().unwrap()
}

/// `license = "MIT OR Apache-2.0"` promises both texts; each ships in the crate.
#[test]
fn each_licence_the_crate_names_ships_with_its_text() {
    let package = manifest()["package"].as_table().unwrap().clone();
    assert_eq!(package["license"].as_str(), Some("MIT OR Apache-2.0"));
    let mit = std::fs::read_to_string(manifest_dir().join("LICENSE-MIT")).unwrap();
    assert!(mit.contains("Permission is hereby granted, free of charge"), "LICENSE-MIT");
    assert!(mit.contains("Copyright (c) the art83 developers"), "LICENSE-MIT");
    let apache = std::fs::read_to_string(manifest_dir().join("LICENSE-APACHE")).unwrap();
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    assert!(apache.contains("END OF TERMS AND CONDITIONS"), "LICENSE-APACHE is the whole text");
}

/// crates.io takes at most five keywords (each up to 20 ASCII characters) and five categories
/// from its list of slugs (<https://crates.io/category_slugs>).
#[test]
fn the_crate_has_keywords_and_categories_crates_io_accepts() {
    let manifest = manifest();
    let words = |key: &str| -> Vec<String> {
        let list = manifest["package"][key].as_array().unwrap_or_else(|| panic!("{key} is set"));
        list.iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    let keywords = words("keywords");
    assert!((1..=5).contains(&keywords.len()), "{keywords:?}");
    for keyword in &keywords {
        let valid = keyword.len() <= 20
            && keyword.starts_with(|c: char| c.is_ascii_alphabetic())
            && keyword.chars().all(|c| c.is_ascii_alphanumeric() || "-_+".contains(c));
        assert!(valid, "keyword {keyword:?}");
    }
    let categories = words("categories");
    assert!((1..=5).contains(&categories.len()), "{categories:?}");
    for category in &categories {
        assert!(["command-line-utilities", "finance"].contains(&category.as_str()), "{category}");
    }
}

/// The changelog follows Keep a Changelog, with an Unreleased section each change fills in.
#[test]
fn the_changelog_has_an_unreleased_section() {
    let changelog = std::fs::read_to_string(manifest_dir().join("CHANGELOG.md")).unwrap();
    assert!(changelog.contains("keepachangelog.com"), "names its format");
    assert!(changelog.contains("\n## [Unreleased]\n"), "has an Unreleased section");
}
