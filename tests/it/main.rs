//! Integration tests, in one binary so they link once.

mod amounts;
mod browser;
mod citations;
mod cli;
mod contract;
mod csv_output;
mod edges;
mod examples;
mod gdprhub;
mod house;
mod html;
mod languages;
mod law;
mod mutation;
mod properties;
mod readme;
mod release;
mod reliability;
mod schema;
mod width;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The art83 binary with a stable environment: no backtraces, no colours, a fixed language.
pub fn art83() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_art83"));
    command.env_remove("RUST_BACKTRACE").env("NO_COLOR", "1").env("LANG", "C");
    // The width and language come from the test, never from the shell running it.
    command.env_remove("COLUMNS").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("examples"))
        .expect("examples/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Runs art83 with `args` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut command = art83();
    command.args(args).stdin(std::process::Stdio::piped());
    command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = command.spawn().expect("art83 runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().expect("exited, not killed"),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn cli_scenarios() {
    trycmd::TestCases::new().case("tests/cmd/*.toml").env("NO_COLOR", "1");
}

/// Scenarios whose input is too big to keep in the repository, or cannot be packaged (a link
/// to nothing makes `cargo package` fail): the command and its expected output are in
/// `tests/cmd-generated/<name>.toml`, and the test writes `<name>.in/case.toml` (or the link
/// `<name>.in/case`) beside a copy of it. (`TRYCMD=overwrite` would update the copy only: edit
/// these by hand.)
#[test]
fn cli_scenarios_with_generated_input() {
    const HEADER: &str =
        "[case]\ntitle = \"Scenario\"\ndecided = 2024-05-16\n\n[undertaking]\nname = \"Example B.V.\"\n";
    let mut too_many = HEADER.to_string();
    for i in 0..=10_000 {
        too_many.push_str(&format!("\n[[violation]]\nid = \"v{i}\"\narticles = [\"6(1)\"]\n"));
    }
    let over_10_mib = format!("{HEADER}# {}\n", "x".repeat(10 * 1024 * 1024));
    let dir = tempfile::tempdir().unwrap();
    for (name, input) in [("too-many-violations", too_many), ("file-over-10-mib", over_10_mib)] {
        let scenario = format!("tests/cmd-generated/{name}.toml");
        std::fs::copy(manifest_dir().join(scenario), dir.path().join(format!("{name}.toml"))).unwrap();
        std::fs::create_dir(dir.path().join(format!("{name}.in"))).unwrap();
        std::fs::write(dir.path().join(format!("{name}.in/case.toml")), input).unwrap();
    }
    write_link_to_nothing(dir.path());
    let scenarios = std::fs::read_dir(manifest_dir().join("tests/cmd-generated")).unwrap().count();
    assert_eq!(scenarios, 3, "a new scenario in tests/cmd-generated needs its input written here");
    trycmd::TestCases::new().case(dir.path().join("*.toml")).env("NO_COLOR", "1").run();
}

/// `link-to-nothing`: `case` is a symbolic link to `deleted.toml`, which does not exist. (Unix
/// only: elsewhere the scenario is not copied and does not run.)
#[cfg_attr(not(unix), allow(unused_variables))]
fn write_link_to_nothing(dir: &Path) {
    #[cfg(unix)]
    {
        let name = "link-to-nothing";
        let scenario = manifest_dir().join(format!("tests/cmd-generated/{name}.toml"));
        std::fs::copy(scenario, dir.join(format!("{name}.toml"))).unwrap();
        std::fs::create_dir(dir.join(format!("{name}.in"))).unwrap();
        std::os::unix::fs::symlink("deleted.toml", dir.join(format!("{name}.in/case"))).unwrap();
    }
}

/// Inputs the fuzzer found (fuzz/regressions/) and the seed corpus stay handled.
#[test]
fn fuzz_regressions_and_seeds_run_clean() {
    let mut count = 0;
    for dir in ["fuzz/regressions", "examples"] {
        for entry in std::fs::read_dir(manifest_dir().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            art83::app::exercise(&std::fs::read(&path).unwrap());
            count += 1;
        }
    }
    assert!(count >= 5, "{count} inputs");
}
