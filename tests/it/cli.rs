//! The binary as users and scripts meet it: commands, options, exit codes.

use crate::contract::{Report, report};
use crate::run;

const MINIMAL: &str = r#"
[case]
title = "What if"
decided = 2024-05-16
[undertaking]
name = "U"
turnover = 400_000_000
[[violation]]
id = "v"
articles = ["6(1)"]
fine = 25_000_000
"#;

#[test]
fn unknown_turnover_makes_the_maximum_at_least_the_fixed_amount_never_an_excess() {
    // Art. 83(5): EUR 20M or 4 %, whichever is higher. With turnover unknown, EUR 25M is lawful
    // if the turnover was at least 25M / 4 % = EUR 625M: a warning, not a discrepancy.
    let unknown = MINIMAL.replace("turnover = 400_000_000", "turnover = \"unknown\"");
    let (code, stdout, _) = run(&["check", "--allow-unpublished", "-", "--format", "json"], Some(&unknown));
    assert_eq!(code, 0);
    let report: Report = serde_json::from_str(&stdout).unwrap();
    let violation = &report.violations[0];
    assert_eq!(violation.maximum_basis.as_deref(), Some("at-least"));
    assert_eq!(violation.legal_maximum.as_deref(), Some("20000000.00"));
    assert_eq!(violation.required_turnover.as_deref(), Some("625000000.00"));
    let codes: Vec<(&str, &str)> = report.findings.iter().map(|f| (f.level.as_str(), f.code.as_str())).collect();
    assert_eq!(codes, [("warning", "maximum-needs-turnover"), ("warning", "nothing-to-check")]);
}

#[test]
fn check_exits_1_on_a_fine_above_its_maximum_and_calc_exits_0() {
    let (code, stdout, _) = run(&["check", "--allow-unpublished", "-"], Some(MINIMAL));
    assert_eq!(code, 1);
    assert!(stdout.contains("fine-exceeds-maximum"), "{stdout}");
    let (code, _, _) = run(&["calc", "-"], Some(MINIMAL));
    assert_eq!(code, 0);
}

#[test]
fn turnover_override_is_a_what_if() {
    // 4 % of EUR 2bn = EUR 80M: the same fine is now within the maximum.
    let (code, stdout, _) = run(
        &[
            "check",
            "--allow-unpublished",
            "-",
            "--turnover",
            "2_000_000_000",
            "--format",
            "json",
            "--as-of",
            "2026-01-01",
        ],
        Some(MINIMAL),
    );
    assert_eq!(code, 0);
    let report: Report = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report.violations[0].legal_maximum.as_deref(), Some("80000000.00"));
    assert_eq!(report.undertaking.turnover_source, "override");
    assert_eq!(report.undertaking.turnover_year, Some(2023));
}

#[test]
fn check_exits_1_when_the_published_total_differs() {
    let text =
        MINIMAL.replace("fine = 25_000_000", "fine = 1_000_000").replace("decided", "published_total = 2\ndecided");
    let (code, stdout, _) = run(&["check", "--allow-unpublished", "-", "--format", "json"], Some(&text));
    assert_eq!(code, 1);
    let report: Report = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report.findings[0].code, "total-differs");
}

#[test]
fn check_exits_1_when_a_group_exceeds_its_art_83_3_ceiling() {
    let text = r#"
[case]
title = "linked"
[undertaking]
name = "U"
turnover = 100_000_000
[[violation]]
id = "a"
articles = ["32"]
group = "g"
fine = 6_000_000
[[violation]]
id = "b"
articles = ["33(1)"]
group = "g"
fine = 6_000_000
"#;
    let (code, stdout, _) = run(&["check", "--allow-unpublished", "-", "--format", "json"], Some(text));
    assert_eq!(code, 1);
    let report: Report = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report.groups[0].ceiling.as_deref(), Some("10000000.00"));
    assert_eq!(report.groups[0].within, Some(false));
    assert!(report.findings.iter().any(|f| f.code == "group-exceeds-ceiling" && f.group.as_deref() == Some("g")));
}

#[test]
fn bad_input_exits_2_and_later_files_still_report() {
    let (code, stdout, stderr) =
        run(&["calc", "no-such-file.toml", "examples/booking-ap-2020.toml", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("no-such-file.toml: cannot read the file"), "{stderr}");
    assert!(stdout.contains("Booking.com"));
    // A file that exists but is bad: the same, with the file's own error.
    let (code, stdout, stderr) =
        run(&["calc", "tests/cmd/bad-date.in/case.toml", "examples/booking-ap-2020.toml"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("case.toml:11:8: invalid date"), "{stderr}");
    assert!(stdout.contains("Booking.com"));
}

#[test]
fn a_folder_stands_for_its_case_files_in_name_order() {
    let (code, stdout, _) = run(&["check", "examples", "--format", "jsonl", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 0);
    let titles: Vec<String> = stdout.lines().map(|l| serde_json::from_str::<Report>(l).unwrap().case.title).collect();
    // The files' own case titles (the first `title =` line, in [case]) in file-name order.
    let expected: Vec<String> = crate::examples()
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let line = text.lines().find(|l| l.starts_with("title = ")).unwrap();
            line.trim_start_matches("title = ").trim_matches('"').to_string()
        })
        .collect();
    assert_eq!(titles, expected);
    let (code, _, stderr) = run(&["calc", "src/render"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("no .toml case files"), "{stderr}");
}

#[test]
fn bad_input_outranks_a_discrepancy() {
    // A file that exists and reads, but whose content is bad: the discrepancy in the first file
    // is still found and reported, and the exit code is 2, not 1.
    let bad = "tests/cmd/bad-date.in/case.toml";
    let (code, stdout, stderr) = run(&["check", "--allow-unpublished", "-", bad, "--format", "jsonl"], Some(MINIMAL));
    assert!(stdout.contains("\"code\":\"fine-exceeds-maximum\""), "{stdout}");
    assert!(stderr.contains("invalid date, expected month between 01 and 12"), "{stderr}");
    assert_eq!(code, 2);
    // The same discrepancy alone exits 1.
    assert_eq!(run(&["check", "--allow-unpublished", "-"], Some(MINIMAL)).0, 1);
}

#[test]
fn amounts_in_another_currency_stay_in_it_and_the_maxima_are_converted_at_the_stated_rate() {
    let text = MINIMAL.replace("decided", "currency = \"NOK\"\neur_per_unit = \"0.085\"\ndecided");
    let (code, stdout, _) = run(&["check", "--allow-unpublished", "-", "--format", "json"], Some(&text));
    assert_eq!(code, 0);
    let report: Report = serde_json::from_str(&stdout).unwrap();
    // The amounts stay in NOK; the EUR 20M maximum is NOK 20M / 0.085 = 235,294,117.65 (rounded
    // half-up to the cent); the total's EUR equivalent is NOK 25M x 0.085 = EUR 2,125,000.
    assert_eq!(report.case.currency, "NOK");
    assert_eq!(report.violations[0].fine.as_deref(), Some("25000000.00"));
    assert_eq!(report.violations[0].legal_maximum.as_deref(), Some("235294117.65"));
    assert_eq!(report.violations[0].legal_maximum_eur.as_deref(), Some("20000000.00"));
    assert_eq!(report.total_eur.as_deref(), Some("2125000.00"));

    let without_rate = MINIMAL.replace("decided", "currency = \"NOK\"\ndecided");
    let (code, _, stderr) = run(&["check", "--allow-unpublished", "-"], Some(&without_rate));
    assert_eq!(code, 2);
    assert!(stderr.contains("need the rate to the euro: `per_eur`"), "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_say_which_argument() {
    // An existing, valid file: each error below comes from the argument, not from the file.
    let file = "examples/booking-ap-2020.toml";
    let cases: [(&[&str], &str); 6] = [
        (&["calc"], "the following required arguments were not provided"),
        (&["calc", file, "--format", "yaml"], "invalid value 'yaml' for '--format <FORMAT>'"),
        // `=` so that clap hands "-5" to the turnover parser instead of reading it as a flag.
        (&["calc", file, "--turnover=-5"], "a turnover cannot be negative"),
        (&["calc", file, "--turnover", "lots"], "invalid value 'lots' for '--turnover <AMOUNT>'"),
        (&["calc", file, "--as-of", "yesterday"], "expected a date like 2025-01-31, found \"yesterday\""),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
    ];
    for (args, message) in cases {
        let (code, stdout, stderr) = run(args, None);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
    }
    assert_eq!(run(&["calc", file, "--turnover=5", "--as-of", "2026-01-01"], None).0, 0);
}

#[test]
fn quiet_check_prints_nothing() {
    let (code, stdout, stderr) = run(&["check", "--allow-unpublished", "--quiet", "-"], Some(MINIMAL));
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (1, "", ""));
}

#[test]
fn table_output_explains_the_cap_and_the_turnover() {
    let (code, stdout, _) = run(&["calc", "examples/uber-ap-2024.toml", "--as-of", "2026-01-01"], None);
    assert_eq!(code, 0);
    assert!(stdout.contains("1,369,405,692.00"), "{stdout}");
    assert!(stdout.contains("financial year 2023"));
    assert!(stdout.contains("USD 37,281,000,000.00 x 0.9183"));
}

#[test]
fn as_of_moves_penalty_accrual() {
    let early = report("examples/clearview-ap-2024.toml", &["--as-of", "2024-12-05"]);
    // I, II and IV: their first month started on 2024-12-04 (250k + 250k + 200k); III: three
    // months started since 2024-10-04 (750k).
    assert_eq!(early.penalties_forfeited, "1450000.00");
    let late = report("examples/clearview-ap-2024.toml", &["--as-of", "2030-01-01"]);
    assert_eq!(late.penalties_forfeited, "5100000.00");
}

/// Two violations without declared fines: Art. 32 (Art. 83(4), at least EUR 10M with turnover
/// unknown) and Art. 6(1) (Art. 83(5), at least EUR 20M).
const NO_DECLARED_FINES: &str = "[case]\ntitle = \"t\"\ndecided = 2024-05-16\n[undertaking]\nname = \"U\"\n\
    [[violation]]\nid = \"security\"\narticles = [\"32\"]\n[[violation]]\nid = \"basis\"\narticles = [\"6(1)\"]\n";

/// `--method edpb --seriousness medium` without declared fines: the declared total is 0.00, and
/// beside it the method's total. EDPB step 2a, medium: 10-20 % of the maximum, middle 15 %:
/// 1.5M of 10M and 3M of 20M (no size step with turnover unknown), together 4.5M.
#[test]
fn method_edpb_gives_its_total_beside_the_declared_total() {
    let args = ["calc", "-", "--method", "edpb", "--seriousness", "medium", "--as-of", "2026-01-01"];
    let (code, json, _) = run(&[&args[..], &["--format", "json"]].concat(), Some(NO_DECLARED_FINES));
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["total"], "0.00");
    let what_if = &report["what_if"];
    assert_eq!(what_if["method"], "edpb");
    assert_eq!(what_if["total"], "4500000.00");
    assert_eq!(what_if["note"], serde_json::Value::Null);
    assert_eq!(what_if["violations"][0]["id"], "security");
    assert_eq!(what_if["violations"][0]["fine"], "1500000.00");
    assert_eq!(what_if["violations"][0]["range"], serde_json::json!(["1000000.00", "2000000.00"]));
    assert_eq!(what_if["violations"][1]["fine"], "3000000.00");
    let (_, table, _) = run(&args, Some(NO_DECLARED_FINES));
    assert!(table.contains("Total fines: EUR 0.00\nTotal fines with the method (edpb): EUR 4,500,000.00"), "{table}");
    let row = table.lines().find(|line| line.starts_with("│ total ")).expect("a total row");
    let cells: Vec<&str> = row.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(cells[1..5], ["total", "0.00", "edpb", "4,500,000.00"], "{table}");
    let (_, dutch, _) = run(&[&args[..], &["--lang", "nl"]].concat(), Some(NO_DECLARED_FINES));
    assert!(dutch.contains("Totaal boetes met de methode (EDPB): € 4.500.000,00"), "{dutch}");
    let (_, plain, _) = run(&["calc", "-", "--format", "json"], Some(NO_DECLARED_FINES));
    assert!(plain.contains("\"what_if\": null"), "no what_if without --method");
}

/// Art. 83(3): the method's total counts each group once. Clearview at EDPB medium: the linked
/// group `scraping` 3 x 3M = 9M (within its 20M ceiling), `access` 2 x 3M = 6M, and the
/// ungrouped Art. 27 violation 1.5M (medium band of 10M): 16.5M.
#[test]
fn method_total_counts_each_group_once_and_is_null_when_a_result_is_missing() {
    let file = "examples/clearview-ap-2024.toml";
    let edpb =
        ["calc", file, "--method", "edpb", "--seriousness", "medium", "--format", "json", "--as-of", "2026-01-01"];
    let report: serde_json::Value = serde_json::from_str(&run(&edpb, None).1).unwrap();
    assert_eq!(report["what_if"]["total"], "16500000.00");
    assert_eq!(report["total"], "30500000.00");
    // The AP 2019 annexes list no category for the access violations: no total, and why.
    let ap = ["calc", file, "--method", "ap2019", "--format", "json", "--as-of", "2026-01-01"];
    let report: serde_json::Value = serde_json::from_str(&run(&ap, None).1).unwrap();
    assert_eq!(report["what_if"]["total"], serde_json::Value::Null);
    assert!(report["what_if"]["note"].as_str().unwrap().contains("no result for access"), "{report}");
    assert_eq!(report["what_if"]["violations"][3]["fine"], serde_json::Value::Null);
}

#[test]
fn method_edpb_shows_a_comparison_beside_declared_fines() {
    let (code, stdout, _) = run(&["calc", "-", "--method", "edpb", "--seriousness", "high"], Some(MINIMAL));
    assert_eq!(code, 0);
    assert!(stdout.contains("What the method gives with its defaults"), "{stdout}");
    assert!(stdout.contains("12,000,000.00"), "{stdout}");
}

/// Limits: each a clear error with exit 2, quickly, never a hang or a panic.
mod limits {
    use crate::run;

    fn header() -> String {
        "[case]\ntitle = \"limits\"\n[undertaking]\nname = \"U\"\n".to_string()
    }

    /// 1,000 daily orders from 1900 to 2200 needed 6.9 GB (issue 16): refused before any
    /// schedule row is built, naming the limit.
    #[test]
    fn penalty_schedules_beyond_the_row_limit_are_refused_up_front() {
        let mut text = header();
        for i in 0..1_000 {
            text.push_str(&format!("[[penalty]]\nid = \"p{i}\"\namount = 1\nper = \"day\"\ndue = 1900-01-01\n"));
        }
        let (code, stdout, stderr) = run(&["calc", "-", "--as-of", "2200-01-01", "--format", "json"], Some(&text));
        assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
        assert!(stderr.contains("penalty `p1`") && stderr.contains("at most 200000 per case"), "{stderr}");
    }

    /// Each period's days are placed past the suspensions before them: their number is bounded.
    #[test]
    fn more_than_100_suspensions_of_an_order_are_refused() {
        let mut text = header();
        text.push_str("[[penalty]]\nid = \"p\"\namount = 1\nper = \"day\"\ndue = 2000-01-01\n");
        for day in 0..101 {
            let from = jiff::civil::date(2000, 1, 2).checked_add(jiff::Span::new().days(2 * day)).unwrap();
            text.push_str(&format!("[[penalty.suspended]]\nfrom = {from}\nuntil = {}\n", from.tomorrow().unwrap()));
        }
        let (code, _, stderr) = run(&["calc", "-", "--as-of", "2001-01-01"], Some(&text));
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("101 suspensions; art83 takes at most 100 per order"), "{stderr}");
        // One fewer is calculated: 100 single days suspended.
        let end = text.rfind("[[penalty.suspended]]").unwrap();
        let (code, stdout, stderr) = run(&["calc", "-", "--as-of", "2001-01-01", "-f", "json"], Some(&text[..end]));
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("\"suspended_days\": 100"), "{stdout}");
    }

    /// Issue 16: "Division overflowed" in `periods_to_reach`, mid-batch.
    #[test]
    fn tiny_amounts_towards_huge_ceilings_calculate_without_panic() {
        let mut text = header();
        text.push_str("[[penalty]]\nid = \"cent\"\namount = \"0.01\"\nper = \"day\"\ndue = 2024-01-01\n");
        text.push_str("max = \"1000000000000000000000000000\"\ncomplied = 2024-01-12\n");
        text.push_str("[[penalty]]\nid = \"tiny\"\namount = \"0.0000000000000000000000000001\"\nper = \"day\"\n");
        text.push_str("due = 2024-01-01\nmax = 50_000\ncomplied = 2024-01-12\n");
        let (code, stdout, stderr) = run(&["calc", "-", "--format", "json"], Some(&text));
        assert_eq!(code, 0, "{stderr}");
        let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let penalties = report["penalties"].as_array().unwrap();
        assert_eq!(penalties[0]["forfeited"], "0.10");
        assert_eq!(penalties[1]["forfeited"], "0.000000000000000000000000001");
        assert_eq!((penalties[0]["periods"].as_u64(), penalties[1]["periods"].as_u64()), (Some(10), Some(10)));
    }

    #[test]
    fn a_file_over_10_mib_is_refused() {
        let mut text = header();
        text.push_str(&format!("# {}\n", "x".repeat(10 * 1024 * 1024)));
        let (code, _, stderr) = run(&["calc", "-"], Some(&text));
        assert_eq!(code, 2);
        assert!(stderr.contains("10 MiB"), "{stderr}");
    }

    #[test]
    fn more_than_10000_violations_are_refused() {
        let mut text = header();
        for i in 0..10_001 {
            text.push_str(&format!("[[violation]]\nid = \"v{i}\"\narticles = [\"6\"]\n"));
        }
        let (code, _, stderr) = run(&["calc", "-"], Some(&text));
        assert_eq!(code, 2);
        assert!(stderr.contains("at most 10000"), "{stderr}");
    }

    #[test]
    fn exactly_10000_violations_are_calculated() {
        let mut text = header();
        for i in 0..10_000 {
            text.push_str(&format!("[[violation]]\nid = \"v{i}\"\narticles = [\"6\"]\nfine = 1\n"));
        }
        let (code, stdout, stderr) = run(&["check", "--allow-unpublished", "-", "--format", "jsonl"], Some(&text));
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("\"total\":\"10000.00\""));
    }

    #[test]
    fn deeply_nested_toml_is_an_error_not_a_stack_overflow() {
        for depth in [100, 10_000, 200_000] {
            let text = format!("{}x = {}1{}\n", header(), "[".repeat(depth), "]".repeat(depth));
            let (code, _, stderr) = run(&["calc", "-"], Some(&text));
            assert_eq!(code, 2, "depth {depth}: {stderr}");
            assert!(stderr.starts_with("error: <stdin>"), "depth {depth}: {stderr}");
            assert!(stderr.contains(": cannot recurse further; max recursion depth met"), "depth {depth}: {stderr}");
            let inline = format!("{}x = {}1{}\n", header(), "{a = ".repeat(depth), "}".repeat(depth));
            let (code, _, stderr) = run(&["calc", "-"], Some(&inline));
            assert_eq!(code, 2, "depth {depth}: {stderr}");
            assert!(stderr.starts_with("error: <stdin>"), "depth {depth}: {stderr}");
            assert!(stderr.contains(": cannot recurse further; max recursion depth met"), "depth {depth}: {stderr}");
        }
    }

    #[test]
    fn a_turnover_beyond_the_decimal_range_is_an_error() {
        let text = format!("{}turnover = \"99999999999999999999999999999999\"\n", header());
        let (code, _, stderr) = run(&["calc", "-"], Some(&text));
        assert_eq!(code, 2);
        assert!(stderr.contains("more digits than art83 computes exactly"), "{stderr}");
    }
}

/// `init`, `schema`, `completions`, `man`: generated from the same definitions the tool uses.
mod ecosystem {
    use crate::run;

    #[test]
    fn the_init_template_calculates_cleanly_as_it_is() {
        let (code, template, _) = run(&["init"], None);
        assert_eq!(code, 0);
        let (code, stdout, stderr) =
            run(&["check", "--allow-unpublished", "-", "--format", "json", "--as-of", "2026-01-01"], Some(&template));
        assert_eq!(code, 0, "{stderr}");
        let report: crate::contract::Report = serde_json::from_str(&stdout).unwrap();
        assert!(!report.violations.is_empty() && !report.penalties.is_empty());
        assert!(report.violations.iter().any(|v| v.edpb.is_some()));
    }

    #[test]
    fn schema_describes_every_table_and_refuses_unknown_keys() {
        let (code, stdout, _) = run(&["schema"], None);
        assert_eq!(code, 0);
        let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let defs = &schema["$defs"];
        for table in [
            "CaseTable",
            "UndertakingTable",
            "ViolationTable",
            "EdpbTable",
            "Ap2019Table",
            "GroupTable",
            "PenaltyTable",
        ] {
            assert_eq!(defs[table]["additionalProperties"], false, "{table}");
        }
        let violation = defs["ViolationTable"]["properties"].as_object().unwrap();
        for key in ["id", "title", "articles", "from", "until", "group", "fine", "edpb", "ap2019"] {
            assert!(violation.contains_key(key), "{key}");
        }
        assert_eq!(schema["additionalProperties"], false);
    }

    #[test]
    fn completions_for_every_shell_name_the_subcommands() {
        for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
            let (code, stdout, _) = run(&["completions", shell], None);
            assert_eq!(code, 0, "{shell}");
            assert!(stdout.contains("calc") && stdout.contains("check") && stdout.contains("turnover"), "{shell}");
        }
        let (code, _, stderr) = run(&["completions", "tcsh"], None);
        assert_eq!(code, 2);
        assert!(stderr.starts_with("error: invalid value 'tcsh' for '<SHELL>'"), "{stderr}");
    }

    #[test]
    fn man_page_is_roff_with_every_subcommand() {
        let (code, stdout, _) = run(&["man"], None);
        assert_eq!(code, 0);
        assert!(stdout.contains(".TH art83 1"));
        for command in ["calc", "check", "articles", "init", "schema", "completions"] {
            assert!(stdout.contains(command), "{command}");
        }
    }

    #[test]
    fn no_colour_escapes_when_piped_or_with_no_color() {
        let (_, stdout, _) = run(&["calc", "examples/clearview-ap-2024.toml", "--as-of", "2026-01-01"], None);
        assert!(!stdout.contains('\u{1b}'));
    }

    #[test]
    fn lang_defaults_from_the_environment() {
        let mut command = crate::art83();
        command.env("LANG", "nl_NL.UTF-8").args(["calc", "examples/booking-ap-2020.toml", "--as-of", "2026-01-01"]);
        let stdout = String::from_utf8(command.output().unwrap().stdout).unwrap();
        assert!(stdout.contains("Totaal boetes: € 475.000,00"), "{stdout}");
    }

    #[test]
    fn a_closed_pipe_ends_quietly_with_exit_0() {
        use std::io::Read;
        use std::process::Stdio;
        let mut child = crate::art83()
            .args(["calc", "--format", "json", "--as-of", "2026-01-01"])
            .args(std::iter::repeat_n("examples/clearview-ap-2024.toml", 200))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout is dropped here: the pipe closes like `| head -c 16`.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    }
}

mod sweep {
    use crate::run;

    #[test]
    fn sweep_moves_the_maximum_with_turnover_and_includes_both_ends() {
        let (code, stdout, stderr) = run(
            &[
                "sweep",
                "examples/uber-ap-2024.toml",
                "--turnover",
                "0..2_000_000_000",
                "--steps",
                "5",
                "--format",
                "jsonl",
            ],
            None,
        );
        assert_eq!(code, 0, "{stderr}");
        let points: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let pairs: Vec<(&str, &str)> = points
            .iter()
            .map(|p| (p["turnover"].as_str().unwrap(), p["violations"][0]["legal_maximum"].as_str().unwrap()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("0.00", "20000000.00"),
                ("500000000.00", "20000000.00"),
                ("1000000000.00", "40000000.00"),
                ("1500000000.00", "60000000.00"),
                ("2000000000.00", "80000000.00"),
            ]
        );
    }

    #[test]
    fn sweep_follows_the_edpb_size_bands() {
        let (_, template, _) = run(&["init"], None);
        let (code, stdout, _) =
            run(&["sweep", "-", "--turnover", "0..500_000_000", "--steps", "3", "--format", "csv"], Some(&template));
        assert_eq!(code, 0);
        let mut lines = stdout.lines();
        assert_eq!(
            lines.next().unwrap(),
            "turnover,no-legal-basis.legal_maximum,no-legal-basis.fine,security.legal_maximum,security.fine,total"
        );
        let fines: Vec<String> = lines.map(|l| l.split(',').nth(4).unwrap().to_string()).collect();
        // security: medium band middle (1.5M) x the size band middle, -10 %: 0.3 % at 0, 32.5 % at 250M, 70 % at 500M.
        assert_eq!(fines, ["4050.00", "438750.00", "945000.00"]);
    }

    #[test]
    fn a_long_sweep_table_is_one_table() {
        let (code, stdout, _) =
            run(&["sweep", "examples/uber-ap-2024.toml", "--turnover", "0..1_000_000_000", "--steps", "4001"], None);
        assert_eq!(code, 0);
        let lines: Vec<&str> = stdout.lines().collect();
        // Top border, header, header separator, 4,001 rows, bottom border.
        assert_eq!(lines.len(), 4_005);
        assert_eq!(lines.iter().filter(|l| l.starts_with('┌')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 1);
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width), "all rows align");
        assert!(lines[4_003].contains("1,000,000,000.00"));
    }

    #[test]
    fn sweep_refuses_a_backwards_range() {
        let refused = |range: &str, why: &str| {
            let (code, stdout, stderr) = run(&["sweep", "examples/uber-ap-2024.toml", "--turnover", range], None);
            assert_eq!((code, stdout.as_str()), (2, ""), "{range}");
            assert!(
                stderr.starts_with(&format!("error: invalid value '{range}' for '--turnover <FROM..TO>': {why}")),
                "{stderr}"
            );
        };
        refused("5..1", "the range ends (1.00) below where it starts (5.00)");
        refused("5", "expected FROM..TO, like 0..2_000_000_000, found \"5\"");
    }
}

#[test]
fn ten_thousand_violations_each_in_its_own_group_are_calculated() {
    let mut text = "[case]\ntitle = \"register\"\n[undertaking]\nname = \"U\"\n".to_string();
    for i in 0..10_000 {
        text.push_str(&format!("[[violation]]\nid = \"v{i}\"\narticles = [\"6\"]\ngroup = \"g{i}\"\nfine = 1\n"));
    }
    let (code, stdout, stderr) = run(&["check", "--allow-unpublished", "-", "--format", "jsonl"], Some(&text));
    assert_eq!(code, 0, "{stderr}");
    let report: Report = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!((report.groups.len(), report.total.as_str()), (10_000, "10000.00"));
}

/// Every report names the version of art83 it came from: `--version`, JSON's `art83_version`,
/// the markdown memo's last line (and the HTML footer, tests/it/html.rs).
#[test]
fn every_report_names_the_version_it_came_from() {
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(run(&["--version"], None).1, format!("art83 {version}\n"));
    let file = "examples/booking-ap-2020.toml";
    let json: serde_json::Value = serde_json::from_str(&run(&["calc", file, "--format", "json"], None).1).unwrap();
    assert_eq!(json["art83_version"], version);
    let markdown = run(&["calc", file, "--format", "markdown"], None).1;
    assert!(markdown.ends_with(&format!("\n_Calculated by art83 {version}_\n\n")), "{markdown}");
    let dutch = run(&["calc", file, "--format", "markdown", "--lang", "nl"], None).1;
    assert!(dutch.ends_with(&format!("\n_Berekend met art83 {version}_\n\n")), "{dutch}");
}
