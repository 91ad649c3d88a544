//! The command line as a user drives it: the first eight bytes pick the subcommand and its
//! options (format, `--lang`, `--as-of`, `--turnover`, `--method`, a sweep's range and steps),
//! the rest is the case file. Every run must end with exit 0, 1 or 2 and never panic or hang.
//!
//! Run it with libFuzzer closing standard output and error (`-close_fd_mask=3`); the output
//! goes to a file of its own anyway (`-o`), which the run replaces each time.
#![no_main]

use std::path::PathBuf;

use clap::Parser;

const CALC_FORMATS: [&str; 6] = ["table", "markdown", "json", "jsonl", "csv", "html"];
const SWEEP_FORMATS: [&str; 5] = ["table", "csv", "json", "jsonl", "svg"];
const TURNOVERS: [&str; 12] = [
    "0",
    "0.01",
    "1999999.99",
    "2000000",
    "499999999.99",
    "500000000",
    "500000000.01",
    "600M",
    "1.25bn",
    "5000000000.0000000000000000001",
    "79228162514264337593543950335",
    "9999999999999999999999999.99",
];
const DATES: [&str; 8] =
    ["1900-01-01", "2018-05-25", "2019-03-15", "2023-01-01", "2023-05-24", "2026-01-01", "2200-12-31", "2024-02-29"];

fn paths() -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir();
    let id = std::process::id();
    (dir.join(format!("art83-fuzz-{id}.toml")), dir.join(format!("art83-fuzz-{id}.out")))
}

/// The arguments the option bytes stand for.
fn arguments(options: &[u8; 8], case: &str, output: &str) -> Vec<String> {
    let pick = |list: &[&str], byte: u8| list[usize::from(byte) % list.len()].to_string();
    let mut args = vec!["art83".to_string()];
    let sweep = options[0] % 6 == 5;
    if sweep {
        args.extend(["sweep".into(), case.into(), "--format".into(), pick(&SWEEP_FORMATS, options[1])]);
        let (from, to) = (pick(&TURNOVERS, options[6]), pick(&TURNOVERS, options[6] / 12 ^ options[7]));
        args.extend(["--turnover".into(), format!("{from}..{to}"), "--steps".into(), (1 + options[7] % 40).to_string()]);
    } else {
        args.push(if options[0] % 6 == 4 { "check" } else { "calc" }.into());
        args.extend([case.into(), "--format".into(), pick(&CALC_FORMATS, options[1])]);
        match options[3] % 4 {
            1 => args.extend(["--method".into(), "edpb".into()]),
            2 => args.extend(["--method".into(), "ap2019".into()]),
            3 => args.extend(["--method".into(), "edpb".into(), "--seriousness".into(), pick(&["low", "medium", "high"], options[3] / 4)]),
            _ => {}
        }
        if options[6] & 0x80 != 0 {
            args.extend(["--turnover".into(), pick(&TURNOVERS, options[6])]);
        }
        if options[2] & 4 != 0 {
            args.extend(["--schedule".into(), "full".into()]);
        }
    }
    match options[2] % 3 {
        1 => args.extend(["--lang".into(), "en".into()]),
        2 => args.extend(["--lang".into(), "nl".into()]),
        _ => {}
    }
    if options[2] & 8 != 0 && (options[1] % 6 == 4 || sweep && options[1] % 5 == 1) {
        args.extend(["--excel".into(), "--bom".into(), "--delimiter".into(), ";".into()]);
    }
    if options[4] & 1 != 0 {
        args.extend(["--as-of".into(), pick(&DATES, options[5])]);
    }
    args.extend(["--output".into(), output.into(), "--force".into()]);
    args
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((options, text)) = data.split_first_chunk::<8>() else { return };
    let (case, output) = paths();
    if std::fs::write(&case, text).is_err() {
        return;
    }
    let args = arguments(options, &case.to_string_lossy(), &output.to_string_lossy());
    // An option the subcommand refuses is a usage error (exit 2), as on the command line.
    if let Ok(cli) = art83::cli::Cli::try_parse_from(&args) {
        let _ = art83::app::run(cli);
    }
});
