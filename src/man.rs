//! `art83 man [COMMAND]`: manual pages in roff, one for the program and one per command.
//!
//! clap_mangen renders what clap knows (synopsis, every option with its help); the sections it
//! cannot know — exit status, environment, files, examples — are written here, so that each
//! page is complete on its own.

use clap::CommandFactory;

use crate::cli::{COMMANDS, Cli};
use crate::render::{DEFAULT_WIDTH, MIN_WIDTH};

/// The page of the program (`None`) or of one command.
pub fn page(command: Option<&str>) -> String {
    // `art83 help` prints help, not a page: leave it out of the list of pages.
    let root = Cli::command().disable_help_subcommand(true);
    let (cmd, name) = match command {
        None => (root, "art83".to_string()),
        Some(name) => {
            let sub = root.find_subcommand(name).expect("clap admits only known commands").clone();
            let full = format!("art83-{name}");
            (sub.display_name(full.clone()).bin_name(format!("art83 {name}")), full)
        }
    };
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        man.render_title(&mut out)?;
        man.render_name_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        if cmd.get_arguments().any(|arg| !arg.is_hide_set()) {
            man.render_options_section(&mut out)?;
        }
        if cmd.has_subcommands() {
            man.render_subcommands_section(&mut out)?;
        }
        Ok(())
    })();
    rendered.expect("writing to memory cannot fail");
    let mut text = String::from_utf8(out).expect("roff is UTF-8");
    text.push_str(&sections(command));
    text.push_str(&see_also(&name));
    text
}

fn sections(command: Option<&str>) -> String {
    let mut text = section("EXIT STATUS", &exit_status(command));
    text.push_str(&section("ENVIRONMENT", &environment()));
    text.push_str(&section("FILES", FILES));
    if matches!(command, None | Some("calc" | "check")) {
        text.push_str(&section("OUTPUT", &output()));
    }
    let examples = examples(command);
    if !examples.is_empty() {
        text.push_str(&section("EXAMPLES", &examples));
    }
    text
}

fn exit_status(command: Option<&str>) -> Vec<(String, String)> {
    let mut items = vec![("0".to_string(), "Success.".to_string())];
    if matches!(command, None | Some("check")) {
        items.push((
            "1".to_string(),
            "check only: a fine exceeds its legal maximum, a group its Art. 83(3) ceiling, a settlement \
             reduction is one its national rule does not grant, a published figure \
             differs from the calculation, or a file states no published figure (nothing-to-check; \
             --allow-unpublished lets it pass on its legal checks alone)."
                .to_string(),
        ));
    }
    items.push((
        "2".to_string(),
        "Bad input or usage: a file that cannot be read, parsed or calculated (the message names file, line \
         and column), an unknown option, or an option the chosen method would ignore. Over several files the \
         others are still reported; 2 outranks 1."
            .to_string(),
    ));
    items
}

fn environment() -> Vec<(String, String)> {
    [
        ("LC_ALL, LC_MESSAGES, LANG", "The first that is set and not empty chooses the language of table, markdown and html output when --lang is not given: nl, nl_NL or nl_BE gives Dutch, anything else English.".to_string()),
        ("COLUMNS", format!("The width of table output in characters; else the terminal's width; else {DEFAULT_WIDTH} (output to a pipe or file). Never below {MIN_WIDTH}: narrower terminals get a stacked layout.")),
        ("NO_COLOR", "When set and not empty, tables are never coloured (they are coloured only on a terminal).".to_string()),
        ("TZ", "The time zone of \"today\", the default of --as-of (else /etc/localtime).".to_string()),
    ]
    .into_iter()
    .map(|(name, text)| (name.to_string(), text))
    .collect()
}

/// What scripts read: the JSON report's contract names and the CSV columns, from the renderer.
fn output() -> Vec<(String, String)> {
    let kinds = crate::render::csv::RECORD_KINDS.join(", ");
    vec![
        (
            "--format json, jsonl".to_string(),
            "One report object per case file (json: an array for several files or a folder). Every object opens \
             with format_version (an integer, 1; raised only when a name changes meaning or goes away) and \
             art83_version (the version that wrote it). case.currency is the decision's ISO 4217 code, EUR \
             included. With --method, what_if holds what the method gives in total (method, total, per \
             violation fine and range). Amounts are strings holding exact decimals, dates YYYY-MM-DD, unknown \
             values null. art83 schema --report prints the JSON Schema every report meets."
                .to_string(),
        ),
        (
            "--format csv".to_string(),
            format!(
                "One header line, then one row per violation, group, penalty order and penalty period and one \
                 total per case; the record column says which ({kinds}). Columns, in order: {}. Amounts are in \
                 the row's currency, plain exact decimals; dates ISO; cells that do not apply to a row are empty. \
                 With a turnover band (turnover = \"100M..250M\"), legal_maximum is the maximum at the band's lower \
                 end and legal_maximum_upper the maximum at its upper end (empty when the band is open above); on a \
                 group row they are its Art. 83(3) ceiling at the two ends. national_provision is the national \
                 provision of a violation fined under national law (its articles and tier are then empty); \
                 published_maximum the legal maximum the decision states (the case's on the total row); \
                 public_body_kind, on the total row, the kind of public body (state, local, other, \
                 cultural-institution, undertaking).",
                crate::render::csv::column_names().join(", ")
            ),
        ),
    ]
}

const FILES: &[(&str, &str)] = &[(
    "*.toml",
    "Case files (TOML, UTF-8, up to 10 MiB): one decision or what-if each. A folder argument stands for the *.toml files in it, in name order; - reads standard input. art83 init prints a template, art83 schema a JSON Schema for editors; docs/format.md in the source is the complete reference.",
)];

/// An example: the command line and what it does.
type Example = (&'static str, &'static str);

/// Each page's examples (`None`: the main page).
const EXAMPLES: &[(Option<&str>, &[Example])] = &[
    (
        None,
        &[
            ("art83 init > case.toml && art83 calc case.toml", "Start a case file and calculate it."),
            (
                "art83 check register/ --quiet && echo reproduced",
                "Exit 0 only if every file's published figures are reproduced.",
            ),
            (
                "art83 articles 32 33 --turnover 600M",
                "The legal maxima of Art. 32 and 33 at a turnover of EUR 600 million.",
            ),
        ],
    ),
    (
        Some("calc"),
        &[
            ("art83 calc case.toml", "Tables for people, as wide as the terminal."),
            (
                "art83 calc case.toml --format json --as-of 2026-01-01",
                "One JSON object; penalties accrued up to 2026-01-01.",
            ),
            ("art83 calc register/ --format jsonl", "One JSON line per case file in the folder."),
            (
                "art83 calc clearview.toml --as-of 2026-12-07",
                "With [collection]: what the fine and penalty payments owe on that day, statutory interest included.",
            ),
            (
                "art83 calc case.toml --turnover 2bn --method edpb --seriousness high",
                "What if the turnover were EUR 2 billion, beside the EDPB method's defaults.",
            ),
            (
                "art83 calc case.toml --method ap2019 --category III",
                "Beside the AP 2019 basic fine; category III where the annexes list none.",
            ),
            ("art83 calc case.toml --lang nl --format markdown", "A Dutch report to paste into a memo."),
        ],
    ),
    (
        Some("check"),
        &[
            ("art83 check decision.toml", "Exit 1 if a figure differs or a fine exceeds its maximum."),
            (
                "art83 check register/ --quiet && echo reproduced",
                "Only files whose published figures are all reproduced pass.",
            ),
            ("art83 check plan.toml --allow-unpublished", "Legal checks alone for a file without published figures."),
        ],
    ),
    (
        Some("sweep"),
        &[
            ("art83 sweep case.toml --turnover 0..2bn --steps 21", "Each maximum and total from EUR 0 to 2 billion."),
            ("art83 sweep case.toml --turnover 0..1.5bn --format csv", "The same as CSV for a spreadsheet."),
        ],
    ),
    (
        Some("articles"),
        &[
            ("art83 articles", "Every line of the Art. 83(4)-(6) tier table."),
            (
                "art83 articles '5(1)(a)' 'artikel 33, vierde lid' 'Art. 6 Abs. 1 lit. f DSGVO'",
                "Tier, maximum and AP 2019 category of cited provisions, in any language.",
            ),
            (
                "art83 articles '5(1)(g)'",
                "An error: Art. 5(1) has points (a) to (f); a provision the GDPR does not have is never given a tier.",
            ),
            ("art83 articles 32 33 --turnover 600M", "The legal maxima at a turnover of EUR 600 million."),
            (
                "art83 articles 32 6 --turnover 1bn..2bn",
                "A turnover known only as a band: each maximum from its lower end to its upper end.",
            ),
            ("art83 articles 32 --public-body --authority NL-AP", "The maximum for a Dutch public body."),
        ],
    ),
    (Some("init"), &[("art83 init > case.toml", "A commented template that calculates as it is.")]),
    (
        Some("schema"),
        &[
            ("art83 schema > art83.schema.json", "Then put #:schema ./art83.schema.json on a case file's first line."),
            ("art83 schema --report > report.schema.json", "The JSON Schema (draft 2020-12) every JSON report meets."),
        ],
    ),
    (
        Some("completions"),
        &[(
            "mkdir -p ~/.local/share/bash-completion/completions && art83 completions bash > ~/.local/share/bash-completion/completions/art83",
            "Completions for bash.",
        )],
    ),
    (
        Some("man"),
        &[
            ("art83 man calc | man -l -", "Read the page of calc."),
            (
                "mkdir -p ~/.local/share/man/man1 && art83 man check > ~/.local/share/man/man1/art83-check.1",
                "Install a page.",
            ),
        ],
    ),
];

fn examples(command: Option<&str>) -> Vec<(String, String)> {
    let examples = EXAMPLES.iter().find(|(page, _)| *page == command).map_or(&[][..], |(_, examples)| examples);
    examples.iter().map(|(command, text)| (command.to_string(), text.to_string())).collect()
}

fn see_also(name: &str) -> String {
    let mut pages: Vec<String> = std::iter::once("art83".to_string())
        .chain(COMMANDS.iter().map(|c| format!("art83-{c}")))
        .filter(|page| page != name)
        .map(|page| format!("\\fB{}\\fR(1)", escape(&page)))
        .collect();
    pages.push("docs/format.md and docs/law.md in the source".to_string());
    format!(
        ".SH \"SEE ALSO\"\n{}\n.PP\nEach page is printed by \\fBart83 man\\fR [\\fICOMMAND\\fR].\n",
        pages.join(", ")
    )
}

/// `.SH TITLE` and a tagged paragraph per item.
fn section<T: AsRef<str>, U: AsRef<str>>(title: &str, items: &[(T, U)]) -> String {
    let mut text = format!(".SH \"{title}\"\n");
    for (tag, body) in items {
        text.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", escape(tag.as_ref()), escape(body.as_ref())));
    }
    text
}

/// roff: a backslash is `\e`, a minus `\-`; a leading dot or quote would start a request.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_page_with_exit_status_environment_and_files() {
        for command in std::iter::once(None).chain(COMMANDS.iter().map(|c| Some(*c))) {
            let page = page(command);
            for heading in [".SH NAME", ".SH SYNOPSIS", ".SH \"EXIT STATUS\"", ".SH \"ENVIRONMENT\"", ".SH \"FILES\""] {
                assert!(page.contains(heading), "{command:?} lacks {heading}");
            }
            for variable in ["LC_ALL", "COLUMNS", "NO_COLOR"] {
                assert!(page.contains(variable), "{command:?} lacks {variable}");
            }
        }
    }

    #[test]
    fn every_option_of_a_command_is_on_its_page() {
        for name in COMMANDS {
            let command = Cli::command().find_subcommand(name).unwrap().clone();
            let page = page(Some(name));
            for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
                if let Some(long) = arg.get_long() {
                    assert!(page.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))), "{name}: --{long}");
                }
            }
        }
    }

    #[test]
    fn the_calc_page_names_every_csv_column_record_value_and_the_json_contract_names() {
        let page = page(Some("calc"));
        for name in
            crate::render::csv::column_names().iter().map(String::as_str).chain(crate::render::csv::RECORD_KINDS)
        {
            assert!(page.contains(&escape(name)), "{name}");
        }
        for name in ["format_version", "art83_version", "case.currency", "what_if", "schema \\-\\-report"] {
            assert!(page.contains(name), "{name}");
        }
    }

    #[test]
    fn the_check_page_names_exit_status_1_and_others_do_not() {
        assert!(page(Some("check")).contains("nothing\\-to\\-check"));
        assert!(!page(Some("calc")).contains(".TP\n\\fB1\\fR"));
    }

    #[test]
    fn roff_escapes_minus_backslash_and_leading_dots() {
        assert_eq!(escape("--turnover"), "\\-\\-turnover");
        assert_eq!(escape(".toml"), "\\&.toml");
        assert_eq!(escape("a\\b"), "a\\eb");
    }
}
