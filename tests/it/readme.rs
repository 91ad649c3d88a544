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
    let scratch = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(manifest_dir().join("examples"), scratch.path().join("examples")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_art83")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    for (line, command) in &commands {
        let output = Command::new("sh")
            .args(["-c", command])
            .current_dir(scratch.path())
            .env("PATH", &path)
            .env("HOME", scratch.path())
            .env("NO_COLOR", "1")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("RUST_BACKTRACE")
            .output()
            .unwrap();
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

#[test]
fn exit_codes_are_read_from_the_comment() {
    assert_eq!(documented_exit("art83 check x.toml   # exit 1: the total differs"), 1);
    assert_eq!(documented_exit("art83 calc x.toml"), 0);
    let readme = "```sh\nart83 calc a\n# art83 no\ncargo test\n```\n```text\nart83 calc b\n```\n";
    assert_eq!(commands(readme), [(2, "art83 calc a".to_string())]);
}
