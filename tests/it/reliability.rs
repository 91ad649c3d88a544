//! Issue 16: inputs that once passed without a word, stopped mid-way or gave unclear errors.

use crate::{manifest_dir, run};

/// A folder of case files in a fresh temporary directory.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let booking = manifest_dir().join("examples/booking-ap-2020.toml");
    std::fs::copy(&booking, dir.path().join("a.toml")).unwrap();
    dir
}

#[test]
fn a_folder_reads_upper_case_toml_files_too() {
    let dir = folder();
    std::fs::copy(dir.path().join("a.toml"), dir.path().join("B.TOML")).unwrap();
    let (code, stdout, stderr) =
        run(&["calc", dir.path().to_str().unwrap(), "-f", "jsonl", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

#[cfg(unix)]
#[test]
fn a_folder_with_a_dangling_or_looping_link_is_an_error_naming_it() {
    let dir = folder();
    std::os::unix::fs::symlink("missing.toml", dir.path().join("dangling.toml")).unwrap();
    std::os::unix::fs::symlink("loop.toml", dir.path().join("loop.toml")).unwrap();
    let (code, stdout, stderr) =
        run(&["check", dir.path().to_str().unwrap(), "--quiet", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains("dangling.toml: cannot read the file: it is a link to a file that does not exist"),
        "{stderr}"
    );
    assert!(stderr.contains("loop.toml: cannot read the file"), "{stderr}");
}

#[test]
fn standard_input_named_twice_is_a_usage_error() {
    // Refused before anything is read: no input to write (the pipe would be closed).
    let (code, stdout, stderr) = run(&["calc", "-", "-"], None);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("standard input can be read only once"), "{stderr}");
    assert!(!stderr.contains("empty"), "{stderr}");
}

#[test]
fn a_json_batch_stays_one_document_when_a_later_case_fails() {
    let dir = folder();
    std::fs::write(dir.path().join("b.toml"), "[case]\ntitle = \"x\"\n").unwrap();
    let (code, stdout, stderr) =
        run(&["calc", dir.path().to_str().unwrap(), "-f", "json", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("b.toml"), "{stderr}");
    let reports: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("a closed JSON array");
    assert_eq!(reports.len(), 1);
}

#[test]
fn control_characters_from_the_case_file_are_shown_escaped_in_every_text_format() {
    let case = manifest_dir().join("tests/cmd/control-characters-table.in/case.toml");
    for format in ["table", "markdown", "csv"] {
        let (code, stdout, stderr) =
            run(&["calc", case.to_str().unwrap(), "-f", format, "--as-of", "2026-01-01"], None);
        assert_eq!(code, 0, "{stderr}");
        assert!(!stdout.contains(['\u{1b}', '\r', '\u{7}', '\u{202e}']), "{format}: {stdout:?}");
        assert!(stdout.contains(r"v\u{1b}[31m") || stdout.contains(r"v\\u{1b}[31m"), "{format}: {stdout}");
    }
}

#[test]
fn a_table_sweep_of_several_chunks_is_one_table_with_equal_columns() {
    let case = manifest_dir().join("examples/uber-ap-2024.toml");
    let (code, stdout, stderr) =
        run(&["sweep", case.to_str().unwrap(), "--turnover", "0..2bn", "--steps", "4500", "--lang", "en"], None);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    // Top border, header, header rule, 4,500 rows, bottom border.
    assert_eq!(lines.len(), 4_504);
    assert!(lines[0].starts_with('┌') && lines[4_503].starts_with('└'), "{}", lines[4_503]);
    let width = lines[0].chars().count();
    assert!(lines.iter().all(|line| line.chars().count() == width));
    assert_eq!(lines.iter().filter(|line| line.starts_with('┌') || line.starts_with('└')).count(), 2);
}

/// Runs art83 with `args`, standard input from `stdin` and standard output into `stdout`;
/// returns the exit code and standard error.
#[cfg(target_os = "linux")]
fn run_with(args: &[&str], stdin: std::fs::File, stdout: std::fs::File) -> (i32, String) {
    let output = crate::art83().args(args).stdin(stdin).stdout(stdout).output().unwrap();
    (output.status.code().expect("exited, not killed"), String::from_utf8(output.stderr).unwrap())
}

/// Exit-2 errors that a trycmd scenario cannot reach (it captures standard output in a pipe
/// and feeds standard input from text): a full disk, and standard input that cannot be read.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_a_usage_error_naming_the_cause() {
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let empty = || std::fs::File::open("/dev/null").unwrap();
    // A report streamed case by case, and a command's whole text (init) written at once.
    for args in [
        &["calc", "examples/booking-ap-2020.toml"][..],
        &["calc", "examples/booking-ap-2020.toml", "-f", "json"],
        &["init"],
        &["sweep", "examples/booking-ap-2020.toml", "--turnover", "0..1bn"],
        &["sweep", "examples/booking-ap-2020.toml", "--turnover", "0..1bn", "-f", "json"],
        &["articles"],
    ] {
        let (code, stderr) = run_with(args, empty(), full());
        assert_eq!(
            (code, stderr.as_str()),
            (2, "error: cannot write the output: No space left on device (os error 28)\n"),
            "{args:?}"
        );
    }
}

#[test]
fn a_failed_run_with_force_leaves_the_file_it_did_not_create() {
    // `-o … --force` names a file that was there before (a report, or a device such as
    // /dev/null when run as root): a run that calculates nothing must not delete it.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    std::fs::write(&out, "an earlier report").unwrap();
    let (code, _, stderr) =
        run(&["calc", "-", "--format", "html", "-o", out.to_str().unwrap(), "--force"], Some("[case]\n"));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("error: <stdin>:1:1: missing field `title`"), "{stderr}");
    assert!(out.exists(), "the run deleted {}", out.display());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "an earlier report", "a failed run emptied the earlier report");
}

#[cfg(unix)]
#[test]
fn a_complete_run_with_force_replaces_the_file_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    std::fs::write(&out, "an earlier report").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    let case = manifest_dir().join("examples/clearview-ap-2024.toml");
    let (code, _, stderr) = run(
        &[
            "calc",
            case.to_str().unwrap(),
            "-f",
            "json",
            "--as-of",
            "2026-01-01",
            "-o",
            out.to_str().unwrap(),
            "--force",
        ],
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["total"], "30500000.00");
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o640);
    // The new report waited under a temporary name beside it; none is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn standard_input_that_cannot_be_read_is_a_usage_error_naming_the_cause() {
    // A folder given as standard input opens, but reading it fails.
    let folder = std::fs::File::open(manifest_dir().join("examples")).unwrap();
    let (code, stderr) = run_with(&["calc", "-"], folder, std::fs::File::create("/dev/null").unwrap());
    assert_eq!(
        (code, stderr.as_str()),
        (2, "error: <stdin>: cannot read standard input: Is a directory (os error 21)\n")
    );
}
