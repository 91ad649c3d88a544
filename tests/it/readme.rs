//! Every `art83 ...` command in the README's shell blocks runs as printed, with the binary
//! under test first on PATH, in a scratch folder (HOME too) where `examples/` is the project's:
//! it exits 0, or the code its comment documents (`# exit 1`). `mkdir -p` lines run too, since
//! the commands after them write into those folders.

use std::path::Path;
use std::process::Command;

use crate::manifest_dir;

/// The lines of ```sh blocks that the test runs, with their README line numbers.
fn commands(readme: &str) -> Vec<(usize, String)> {
    let mut in_shell = false;
    let mut commands = Vec::new();
    for (index, line) in readme.lines().enumerate() {
        if let Some(fence) = line.trim_start().strip_prefix("```") {
            in_shell = !in_shell && matches!(fence.trim(), "sh" | "bash" | "shell");
            continue;
        }
        let line = line.trim();
        if in_shell && (line.starts_with("art83 ") || line.starts_with("mkdir -p ")) {
            commands.push((index + 1, line.to_string()));
        }
    }
    commands
}

/// `# exit N` in a command's comment documents a code other than 0.
fn documented_exit(line: &str) -> i32 {
    let digits = |rest: &str| rest.chars().take_while(char::is_ascii_digit).collect::<String>();
    line.split_once("# exit ").and_then(|(_, rest)| digits(rest).parse().ok()).unwrap_or(0)
}

#[test]
fn every_readme_command_runs_as_printed() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let commands = commands(&readme);
    assert!(commands.iter().filter(|(_, c)| c.starts_with("art83 ")).count() >= 10, "{commands:?}");
    let scratch = scratch();
    for (line, command) in &commands {
        let output = shell(scratch.path(), command);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(documented_exit(command)), "README line {line}: {command}\n{stderr}");
    }
    // What the commands wrote is there: the pages and completions in HOME, the HTML page here.
    let home = scratch.path();
    for written in
        [".local/share/man/man1/art83-calc.1", ".local/share/bash-completion/completions/art83", "clearview.html"]
    {
        assert!(home.join(written).metadata().is_ok_and(|m| m.len() > 0), "{written}");
    }
}

/// A scratch folder (HOME too) where `examples/` is the project's.
fn scratch() -> tempfile::TempDir {
    let scratch = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(manifest_dir().join("examples"), scratch.path().join("examples")).unwrap();
    scratch
}

/// Runs one README line with `sh`, the binary under test first on PATH, in a stable environment.
fn shell(scratch: &Path, command: &str) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_art83")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    Command::new("sh")
        .args(["-c", command])
        .current_dir(scratch)
        .env("PATH", &path)
        .env("HOME", scratch)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COLUMNS")
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap()
}

/// A fenced block of the README: its info string, first line number and lines.
struct Block {
    info: String,
    line: usize,
    lines: Vec<String>,
    /// Whether only blank lines separate it from the block before.
    follows_block: bool,
}

fn blocks(readme: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    let mut blank_since_block = false;
    for (index, line) in readme.lines().enumerate() {
        match (line.strip_prefix("```"), open.take()) {
            (Some(_), Some(block)) => {
                blocks.push(block);
                blank_since_block = true;
            }
            (Some(info), None) => {
                open = Some(Block {
                    info: info.trim().to_string(),
                    line: index + 1,
                    lines: vec![],
                    follows_block: blank_since_block,
                });
            }
            (None, Some(mut block)) => {
                block.lines.push(line.to_string());
                open = Some(block);
            }
            (None, None) => blank_since_block &= line.trim().is_empty(),
        }
    }
    blocks
}

/// Whether `shown` is what the command printed: every line as printed (trailing blanks aside),
/// except that a line `...` stands for any number of lines, which marks a shortened block.
fn shows(shown: &[String], printed: &str) -> bool {
    let printed: Vec<&str> = printed.lines().map(str::trim_end).collect();
    let mut at = 0;
    let mut anywhere = false;
    for segment in shown.split(|line| line.trim() == "...") {
        let segment: Vec<&str> = segment.iter().map(|line| line.trim_end()).collect();
        let fits = |start: usize| printed.get(start..start + segment.len()) == Some(&segment[..]);
        let found =
            if anywhere { (at..=printed.len()).find(|&start| fits(start)) } else { Some(at).filter(|&s| fits(s)) };
        match found {
            Some(start) => at = start + segment.len(),
            None => return false,
        }
        anywhere = true;
    }
    at == printed.len() || shown.last().is_some_and(|line| line.trim() == "...")
}

/// Each ```text block right after a ```sh block shows what that block's art83 commands print:
/// exactly, or shortened where it says so with a `...` line. README output cannot go stale.
#[test]
fn every_readme_output_block_is_what_its_commands_print() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let scratch = scratch();
    let blocks = blocks(&readme);
    let mut checked = 0;
    for pair in blocks.windows(2) {
        let [commands, output] = pair else { unreachable!() };
        if commands.info != "sh" || output.info != "text" || !output.follows_block {
            continue;
        }
        let printed: String = commands
            .lines
            .iter()
            .filter(|line| line.trim_start().starts_with("art83 "))
            .map(|command| String::from_utf8(shell(scratch.path(), command).stdout).unwrap())
            .collect();
        assert!(
            shows(&output.lines, &printed),
            "README line {}: the block is not what its commands print (mark a shortened block with \
             `...` lines); they print:\n{printed}",
            output.line
        );
        checked += 1;
    }
    assert!(checked >= 6, "{checked} output blocks checked");
}

#[test]
fn a_shortened_block_matches_around_its_dots_and_an_exact_one_everywhere() {
    let printed = "a\nb\nc\nd\n";
    let lines = |text: &str| text.lines().map(str::to_string).collect::<Vec<_>>();
    assert!(shows(&lines("a\nb\nc\nd"), printed));
    assert!(!shows(&lines("a\nb\nc"), printed), "an exact block shows all");
    assert!(shows(&lines("a\n...\nd"), printed));
    assert!(shows(&lines("...\nc\n..."), printed));
    assert!(shows(&lines("b\n..."), "b\nx\n"));
    assert!(!shows(&lines("...\nc\nb\n..."), printed), "in order");
    assert!(!shows(&lines("b\n..."), printed), "from the first line unless it starts with ...");
}

#[test]
fn exit_codes_are_read_from_the_comment() {
    assert_eq!(documented_exit("art83 check x.toml   # exit 1: the total differs"), 1);
    assert_eq!(documented_exit("art83 calc x.toml"), 0);
    let readme = "```sh\nart83 calc a\n# art83 no\ncargo test\n```\n```text\nart83 calc b\n```\n";
    assert_eq!(commands(readme), [(2, "art83 calc a".to_string())]);
}

/// docs/format.md is the reference: every key the case file's schema knows is documented there.
#[test]
fn docs_format_md_names_every_case_file_key() {
    let format = std::fs::read_to_string(manifest_dir().join("docs/format.md")).unwrap();
    let (code, schema, _) = crate::run(&["schema"], None);
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let mut keys = Vec::new();
    collect_keys(&schema, &mut keys);
    assert!(keys.len() > 40, "{keys:?}");
    // A key is documented as `key = ...`, or as a table `[key]`, `[[key]]`, `[parent.key]`.
    let documented = |key: &String| {
        [format!("{key} ="), format!("[{key}]"), format!("[[{key}]]"), format!(".{key}]")]
            .iter()
            .any(|f| format.contains(f))
    };
    let missing: Vec<&String> = keys.iter().filter(|key| !documented(key)).collect();
    assert!(missing.is_empty(), "not in docs/format.md: {missing:?}");
}

fn collect_keys(value: &serde_json::Value, keys: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                keys.extend(properties.keys().filter(|k| !keys.contains(k)).cloned().collect::<Vec<_>>());
            }
            map.values().for_each(|v| collect_keys(v, keys));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_keys(v, keys)),
        _ => {}
    }
}

/// docs/format.md documents the JSON output: every key that the examples' reports carry (with
/// and without `--method`) appears there, so a field added to the output must be added there.
#[test]
fn docs_format_md_names_every_json_key_of_the_examples() {
    let format = std::fs::read_to_string(manifest_dir().join("docs/format.md")).unwrap();
    let mut keys = Vec::new();
    for method in [None, Some("edpb"), Some("ap2019")] {
        let mut args = vec!["calc", "examples", "--format", "json", "--as-of", "2026-01-01"];
        args.extend(method.map(|m| ["--method", m]).iter().flatten());
        let (_, stdout, stderr) = crate::run(&args, None);
        let reports: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
        collect_json_keys(&reports, &mut keys);
    }
    let (_, articles, _) = crate::run(&["articles", "32", "--turnover", "600M", "--format", "json"], None);
    collect_json_keys(&serde_json::from_str(&articles).unwrap(), &mut keys);
    assert!(keys.len() > 80, "{}", keys.len());
    let missing: Vec<&String> = keys
        .iter()
        .filter(|key| !format.contains(&format!("\"{key}\"")) && !format.contains(&format!("`{key}`")))
        .collect();
    assert!(missing.is_empty(), "JSON keys not in docs/format.md: {missing:?}");
}

/// The keys of JSON objects, except the names in a message's `args`: those are each message's
/// own (its catalogue entries name them), not the format's.
fn collect_json_keys(value: &serde_json::Value, keys: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                if !keys.contains(key) {
                    keys.push(key.clone());
                }
                match (key.as_str(), value) {
                    ("args", serde_json::Value::Object(args)) => args.values().for_each(|v| collect_json_keys(v, keys)),
                    _ => collect_json_keys(value, keys),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_json_keys(v, keys)),
        _ => {}
    }
}
