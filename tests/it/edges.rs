//! Issue 27, "Trust at the edges": an output file that is an input, values the command line
//! refused, markup that passed.

use std::path::Path;

use crate::{manifest_dir, run};

/// A copy of an example case in a fresh folder, and its bytes.
fn case_in_folder() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(manifest_dir().join("examples/clearview-ap-2024.toml")).unwrap();
    std::fs::write(dir.path().join("case.toml"), &bytes).unwrap();
    (dir, bytes)
}

/// Runs `args` with `-o output --force` over `case.toml` in `dir`, and asserts that it is
/// refused with the message naming both, and that the case file is byte-identical afterwards.
fn assert_refused(dir: &Path, original: &[u8], output: &Path, args: &[&str]) {
    let case = dir.join("case.toml");
    let (out, input) = (output.to_str().unwrap(), case.to_str().unwrap());
    let mut all = args.to_vec();
    all.extend([input, "-o", out, "--force"]);
    let (code, stdout, stderr) = run(&all, None);
    assert_eq!((code, stdout.as_str()), (2, ""), "{all:?}");
    assert_eq!(
        stderr,
        format!(
            "error: -o {out}: the output file is the input {input}, the same file; the report would replace it: write the output to another file\n"
        ),
        "{all:?}"
    );
    assert_eq!(std::fs::read(&case).unwrap(), original, "{all:?} changed the case file");
}

const COMMANDS: [&[&str]; 4] = [
    &["calc", "--as-of", "2026-01-01"],
    &["check", "--as-of", "2026-01-01"],
    &["calc", "-f", "html", "--as-of", "2026-01-01"],
    &["sweep", "--turnover", "0..1bn"],
];

#[test]
fn an_output_file_that_is_the_case_file_is_refused() {
    let (dir, original) = case_in_folder();
    for args in COMMANDS {
        assert_refused(dir.path(), &original, &dir.path().join("case.toml"), args);
    }
}

#[cfg(unix)]
#[test]
fn an_output_file_that_links_to_the_case_file_is_refused() {
    let (dir, original) = case_in_folder();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink("case.toml", &link).unwrap();
    for args in COMMANDS {
        assert_refused(dir.path(), &original, &link, args);
    }
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink(), "the link was replaced");
}

#[test]
fn an_output_file_that_is_a_hard_link_to_the_case_file_is_refused() {
    let (dir, original) = case_in_folder();
    let hard = dir.path().join("hard.toml");
    std::fs::hard_link(dir.path().join("case.toml"), &hard).unwrap();
    for args in COMMANDS {
        assert_refused(dir.path(), &original, &hard, args);
    }
    assert_eq!(std::fs::read(&hard).unwrap(), original, "the hard link was replaced");
}

#[test]
fn an_output_file_in_a_folder_it_reads_is_refused_when_it_is_one_of_its_cases() {
    let (dir, original) = case_in_folder();
    let case = dir.path().join("case.toml");
    let (folder, out) = (dir.path().to_str().unwrap(), case.to_str().unwrap());
    let (code, _, stderr) = run(&["calc", folder, "-o", out, "--force"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("the output file is the input"), "{stderr}");
    assert_eq!(std::fs::read(&case).unwrap(), original);
}

#[cfg(unix)]
#[test]
fn an_output_file_that_is_standard_input_is_refused() {
    let (dir, original) = case_in_folder();
    let case = dir.path().join("case.toml");
    let out = case.to_str().unwrap();
    let output = crate::art83()
        .args(["calc", "-", "-o", out, "--force"])
        .stdin(std::fs::File::open(&case).unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "error: -o {out}: the output file is the input - (standard input), the same file; the report would replace it: write the output to another file\n"
        )
    );
    assert_eq!(std::fs::read(&case).unwrap(), original);
}

/// A case whose strings carry markup and a right-to-left override, in złoty.
const HOSTILE: &str = r#"
[case]
title = "A <script>alert(1)</script> & <!-- the rest \u202Eexe.fdp"
decided = 2024-05-16
currency = "PLN"
per_eur = "4.2794"

[undertaking]
name = "<img src=x onerror=alert(1)> B.V."
turnover = 2_000_000_000

[[violation]]
id = "v1"
title = "<b>bold</b> & \u202Egnp.exe"
articles = ["6(1)"]
fine = 30_000_000
"#;

#[test]
fn markdown_escapes_the_markup_of_case_strings() {
    let (code, stdout, stderr) = run(&["calc", "-", "-f", "markdown", "--as-of", "2026-01-01"], Some(HOSTILE));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with(r"## A \<script\>alert(1)\</script\> \& \<!-- the rest \\u{202e}exe.fdp,"), "{stdout}");
    assert!(stdout.contains(r"Undertaking: \<img src=x onerror=alert(1)\> B.V.;"), "{stdout}");
    assert!(stdout.contains(r"| v1: \<b\>bold\</b\> \& \\u{202e}gnp.exe |"), "{stdout}");
    for raw in ["<script", "<img", "<!--", "<b>", "\u{202e}"] {
        assert!(!stdout.replace(&format!("\\{raw}"), "").contains(raw), "{raw} passed raw:\n{stdout}");
    }
}

#[test]
fn html_shows_bidirectional_overrides_in_the_title_and_the_page() {
    let (code, stdout, stderr) = run(&["calc", "-", "-f", "html", "--as-of", "2026-01-01"], Some(HOSTILE));
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains('\u{202e}'), "an override passed raw");
    let title = "A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- the rest \\u{202e}exe.fdp";
    assert!(stdout.contains(&format!("<title>{title}</title>")), "{stdout}");
    assert!(stdout.contains(&format!("<h1>{title}</h1>")), "{stdout}");
}

#[test]
fn the_html_chart_names_the_case_currency_in_english_and_dutch() {
    for (lang, axis) in [("en", "\namounts in PLN\n"), ("nl", "\nbedragen in PLN\n")] {
        let (code, stdout, stderr) =
            run(&["calc", "-", "-f", "html", "--lang", lang, "--as-of", "2026-01-01"], Some(HOSTILE));
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains(axis), "{lang}: no {axis:?}");
        assert!(!stdout.contains("\neuros\n") && !stdout.contains("\neuro\n"), "{lang}: an axis in euros");
    }
    // A case in euros keeps its axis in euros.
    let euro = HOSTILE.replace("currency = \"PLN\"\nper_eur = \"4.2794\"\n", "");
    let (_, stdout, _) = run(&["calc", "-", "-f", "html", "--as-of", "2026-01-01"], Some(&euro));
    assert!(stdout.contains("\neuros\n"), "{stdout}");
}
