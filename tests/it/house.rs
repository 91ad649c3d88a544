//! The house rules of docs/house.md that the compiler does not check: which part may use which,
//! and no import circle between modules. (Function length is clippy's `too_many_lines`.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::manifest_dir;

/// Every module of src/ (`calc::penalty`), with its source up to its inline unit tests, less
/// its comment lines.
fn modules() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    collect(&manifest_dir().join("src"), &mut found);
    found
}

fn collect(dir: &Path, found: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(manifest_dir().join("src")).expect("under src/").with_extension("");
            let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or_default();
            // Comments (doc links among them) name paths without importing them.
            let code: String =
                code.lines().filter(|l| !l.trim_start().starts_with("//")).flat_map(|l| [l, "\n"]).collect();
            found.insert(parts.join("::"), code);
        }
    }
}

/// The paths a source names after `crate::` or `super::`, braces expanded:
/// `super::{money::Money, report}` gives `money::Money` and `report`.
fn paths(code: &str, root: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices(root) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        expand(&code[at + root.len()..], String::new(), &mut found);
    }
    found
}

/// Reads one path (or a `{...}` group of them) at the start of `rest`, after `prefix`.
fn expand(rest: &str, prefix: String, found: &mut Vec<String>) {
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => return expand(&group[start..i], prefix.clone(), found),
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(group[start..i].trim_start(), prefix.clone(), found);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let rest = rest.trim_start();
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if name.is_empty() {
        return;
    }
    let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}::{name}") };
    match rest[name.len()..].strip_prefix("::") {
        Some(more) => expand(more, path, found),
        None => found.push(path),
    }
}

fn parent(module: &str) -> &str {
    module.rsplit_once("::").map_or("", |(parent, _)| parent)
}

/// Which modules each module uses, through `crate::` and `super::` paths.
fn uses() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &modules {
        let up = parent(module);
        let named = paths(code, "crate::")
            .into_iter()
            .chain(paths(code, "super::").into_iter().map(|p| if up.is_empty() { p } else { format!("{up}::{p}") }));
        for path in named {
            let parts: Vec<&str> = path.split("::").collect();
            let target = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| modules.contains_key(m));
            if let Some(target) = target.filter(|t| t != module) {
                uses.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    uses
}

fn part(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

#[test]
fn each_part_uses_only_the_parts_below_it() {
    // Face (app, cli, man, main) -> Input -> Core; Face -> Render -> Core; every part -> l10n
    // (messages, catalogues, locales), which uses none.
    let allowed: &[(&str, &[&str])] = &[
        ("l10n", &["l10n"]),
        ("calc", &["calc", "l10n"]),
        ("input", &["input", "calc", "l10n"]),
        ("render", &["render", "calc", "l10n"]),
    ];
    let mut broken = Vec::new();
    for (module, targets) in uses() {
        let Some((_, parts)) = allowed.iter().find(|(p, _)| *p == part(&module)) else { continue };
        broken.extend(targets.iter().filter(|t| !parts.contains(&part(t))).map(|t| format!("{module} -> {t}")));
    }
    assert!(broken.is_empty(), "a part uses one it must not (docs/house.md): {broken:?}");
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let uses = uses();
    // A module and its parent are one unit (`mod.rs` declares its children).
    let related = |a: &str, b: &str| a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"));
    let mut circles = Vec::new();
    for start in uses.keys() {
        // Every module reachable from `start`, through modules not related to it.
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&str> = vec![start];
        while let Some(module) = todo.pop() {
            for next in uses.get(module).into_iter().flatten() {
                if related(start, next) || related(module, next) {
                    continue;
                }
                if next == start {
                    circles.push(format!("{start} -> ... -> {module} -> {start}"));
                } else if seen.insert(next.as_str()) {
                    todo.push(next);
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:?}");
}

#[test]
fn the_core_parts_do_not_import_from_calc_mod_rs() {
    // calc/mod.rs is the core's map: it declares the parts and re-exports the library's names.
    // A part imports what it needs from the part that holds it, never back up through the map.
    let broken: Vec<String> = uses()
        .into_iter()
        .filter(|(module, _)| {
            module.starts_with("calc::") && !matches!(module.as_str(), "calc::tests" | "calc::fixtures")
        })
        .filter(|(_, targets)| targets.contains("calc"))
        .map(|(module, _)| module)
        .collect();
    assert!(
        broken.is_empty(),
        "modules importing from calc/mod.rs instead of the part that holds the item: {broken:?}"
    );
}

#[test]
fn the_use_parser_reads_groups_and_paths() {
    let code = "use super::{money::Money, report::{Finding, Level}};\nlet x = crate::calc::Case::default();";
    assert_eq!(paths(code, "super::"), ["money::Money", "report::Finding", "report::Level"]);
    assert_eq!(paths(code, "crate::"), ["calc::Case::default"]);
}
