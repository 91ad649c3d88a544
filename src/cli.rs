//! The command line, declared with clap. Values are validated here, so the rest of the
//! program gets typed options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::calc::money::Money;
use crate::input::amount::parse_amount;
use crate::l10n::Lang;

/// The commands that have a page of their own (`art83-calc(1)`, ...).
pub const COMMANDS: &[&str] = &["calc", "check", "sweep", "articles", "init", "schema", "completions", "man"];

#[derive(Debug, Parser)]
#[command(
    name = "art83",
    version,
    about = "GDPR Art. 83 fines and penalty payments: legal maxima, Art. 83(3) groups, fining methods and penalty schedules, exact and explained",
    after_help = "Exit codes: 0 ok, 1 `check` found a discrepancy, 2 bad input or usage.\nStart a case file with `art83 init`; `art83 schema` prints its JSON Schema, `art83 schema --report` the report's."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report legal maxima, fines, groups, totals and penalties for each case file
    Calc(CalcArgs),
    /// As calc, and exit 1 if a fine exceeds its maximum, a group its Art. 83(3) ceiling, a published figure differs, or a file states none
    Check(CheckArgs),
    /// Show how each legal maximum and method result moves with turnover
    Sweep(SweepArgs),
    /// Look up articles: tier, fixed maximum, percentage, AP 2019 category, the Art. 83 point listing them
    Articles(ArticlesArgs),
    /// Print a commented case-file template that calculates as it is
    Init,
    /// Print a JSON Schema of the case file, for editors with a TOML language server; with --report, of the JSON report
    Schema {
        /// The JSON Schema (draft 2020-12) of the report `calc --format json` writes, instead of the case file's
        #[arg(long)]
        report: bool,
    },
    /// Print shell completions
    Completions {
        /// The shell to complete for
        #[arg(value_enum, ignore_case = true)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff): the program's, or a command's
    Man {
        /// The command whose page to print (art83-calc(1), ...); none prints art83(1)
        #[arg(value_name = "COMMAND", ignore_case = true, value_parser = clap::builder::PossibleValuesParser::new(COMMANDS))]
        command: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct SweepArgs {
    /// The case file (TOML); `-` reads standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Turnover range in euros, both ends included: FROM..TO (e.g. 0..2_000_000_000 or 0..2bn)
    #[arg(long, value_name = "FROM..TO", value_parser = parse_range)]
    pub turnover: (Money, Money),

    /// How many turnovers, evenly spaced over the range (each rounded to the cent)
    #[arg(long, default_value_t = 11, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub steps: u32,

    /// Output format
    #[arg(long, short, value_enum, ignore_case = true, default_value_t = SweepFormat::Table)]
    pub format: SweepFormat,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub csv: CsvArgs,

    /// Language of the table's headers and amounts [default: from LC_ALL, LC_MESSAGES or LANG (nl_NL: Dutch, de_DE: German), else en]
    #[arg(long, value_parser = lang_parser(), ignore_case = true)]
    pub lang: Option<Lang>,
}

/// How CSV is written; each is an error with another format.
#[derive(Debug, Clone, Copy, Args)]
#[command(next_help_heading = "CSV")]
pub struct CsvArgs {
    /// Field separator of CSV output, one character: ';' for spreadsheets that read ',' as the decimal mark (Dutch, German Excel), 'tab' for a tab [default: ,]
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,

    /// Start CSV output with a UTF-8 byte order mark, so that Excel reads 'é' and '—' right
    #[arg(long)]
    pub bom: bool,

    /// CSV for Excel: the byte order mark, and text cells starting with = + - @ prefixed with ' so that they are shown, never run as formulas
    #[arg(long)]
    pub excel: bool,
}

impl CsvArgs {
    /// Whether any CSV option was given.
    pub fn any(&self) -> bool {
        self.delimiter.is_some() || self.bom || self.excel
    }
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            [byte] if byte.is_ascii() && !matches!(byte, b'"' | b'\n' | b'\r') => Ok(*byte),
            _ => Err(format!(
                "expected one ASCII character other than a quote or line end, like ';' or 'tab', found {text:?}"
            )),
        },
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SweepFormat {
    Table,
    Csv,
    /// One JSON object
    Json,
    /// One JSON object per turnover
    Jsonl,
    /// A chart: legal maxima and method results (EDPB ranges as bands) against turnover
    Svg,
}

fn parse_range(text: &str) -> Result<(Money, Money), String> {
    let (from, to) =
        text.split_once("..").ok_or_else(|| format!("expected FROM..TO, like 0..2_000_000_000, found {text:?}"))?;
    let (from, to) = (parse_turnover(from)?, parse_turnover(to)?);
    if to < from {
        return Err(format!("the range ends ({}) below where it starts ({})", to.plain(), from.plain()));
    }
    Ok((from, to))
}

#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// Articles in any citation form ("5(1)(a)", "artikel 33, vierde lid", "Art. 5 Abs. 1 lit. a DSGVO", "article 5, paragraphe 1, point a)", "art. 5, par. 1, lett. a)"), one provision per argument; none lists every tiered provision
    #[arg(value_name = "ARTICLE")]
    pub articles: Vec<String>,

    /// Output format
    #[arg(long, short, value_enum, ignore_case = true, default_value_t = ArticlesFormat::Table)]
    pub format: ArticlesFormat,

    /// Worldwide annual turnover in euros: adds each provision's legal maximum at it (e.g. 600M, 1.25bn, "600 mln"); `unknown`: the maximum for an undertaking whose turnover is not known (at least the fixed amount); a band like 100M..250M, ..500M or 1bn..: the maximum at its lower end, and at its upper end
    #[arg(long, value_name = "AMOUNT", value_parser = parse_turnover_arg)]
    pub turnover: Option<TurnoverArg>,

    /// The undertaking is a public authority or body (Art. 83(7)): adds each provision's legal maximum for it
    #[arg(long)]
    pub public_body: bool,

    /// The deciding authority, like NL-AP or FR-CNIL: the AP 2019 categories apply to Dutch authorities only
    #[arg(long, value_name = "CODE")]
    pub authority: Option<String>,

    /// Language of the table [default: from LC_ALL, LC_MESSAGES or LANG (nl_NL: Dutch, de_DE: German), else en]
    #[arg(long, value_parser = lang_parser(), ignore_case = true)]
    pub lang: Option<Lang>,

    #[command(flatten)]
    pub out: OutputArgs,
}

/// `-o FILE` and `--force`, for every command with a `--format`.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to FILE instead of standard output; an existing FILE is replaced only with --force, an input file (by any name or link) never
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Let --output replace an existing file
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArticlesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct CalcArgs {
    /// Case files (TOML); a folder stands for its *.toml files; `-` reads standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format
    #[arg(long, short, value_enum, ignore_case = true, default_value_t = Format::Table)]
    pub format: Format,

    /// What-if turnover in euros, replacing the case file's (e.g. 2000000000, 2_000_000_000, 2bn, 600M, "600 mln", "1234567.89"), `unknown`, or a band like 100M..250M, ..500M or 1bn.. as a case file writes them
    #[arg(long, value_name = "AMOUNT", value_parser = parse_turnover_arg)]
    pub turnover: Option<TurnoverArg>,

    /// Date penalties accrue to, not included, where an order has no `complied` date, and on which collection (interest, what is outstanding) is reckoned [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Show beside each declared fine what a fining method gives with its defaults
    #[arg(long, value_enum, ignore_case = true)]
    pub method: Option<MethodArg>,

    /// Seriousness assumed by `--method edpb` (EDPB Guidelines 04/2022 step 2a) [default: medium]
    #[arg(long, value_enum, ignore_case = true)]
    pub seriousness: Option<SeriousnessArg>,

    /// AP 2019 category assumed by `--method ap2019` where the annexes list none of a violation's articles
    #[arg(long, value_enum, ignore_case = true)]
    pub category: Option<CategoryArg>,

    /// Language of table, markdown and html output [default: from LC_ALL, LC_MESSAGES or LANG (nl_NL: Dutch, de_DE: German), else en]
    #[arg(long, value_parser = lang_parser(), ignore_case = true)]
    pub lang: Option<Lang>,

    #[command(flatten)]
    pub out: OutputArgs,

    #[command(flatten)]
    pub csv: CsvArgs,

    /// Penalty schedules in table and markdown output: the first and last periods, or every period (JSON and CSV always hold every period)
    #[arg(long, value_enum, ignore_case = true, value_name = "WHICH", default_value_t = ScheduleArg::Summary)]
    pub schedule: ScheduleArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScheduleArg {
    /// The first 24 and the last 12 periods of a longer schedule
    Summary,
    /// Every period
    Full,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub calc: CalcArgs,

    /// Print nothing; the exit code alone tells the verdict
    #[arg(long, short)]
    pub quiet: bool,

    /// Let a file that states no published figure pass on its legal checks alone (fines within their maxima, groups within their ceilings); without it such a file exits 1 (nothing-to-check)
    #[arg(long)]
    pub allow_unpublished: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables for people
    Table,
    /// One JSON object for one file argument; an array for a folder or several arguments
    Json,
    /// One JSON object per line, one line per case
    Jsonl,
    /// Markdown tables to paste into a memo
    Markdown,
    /// CSV: one row per violation, group, penalty order and penalty period, and a total per case
    Csv,
    /// One self-contained HTML page with charts (inline CSS and SVG, nothing fetched)
    Html,
}

/// `--lang`: the code of a language art83 has (a locale row, `l10n::locale::LOCALES`), each
/// shown with what it is; a new language needs nothing here.
fn lang_parser() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser;
    let values = Lang::ALL.map(|lang| clap::builder::PossibleValue::new(lang.code()).help(lang.locale().about));
    clap::builder::PossibleValuesParser::new(values).map(|code| Lang::from_code(&code).unwrap_or(Lang::En))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// EDPB Guidelines 04/2022, middle of each band
    Edpb,
    /// AP Boetebeleidsregels 2019, the basic fine of the annex category
    Ap2019,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub enum CategoryArg {
    I,
    II,
    III,
    IV,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeriousnessArg {
    Low,
    Medium,
    High,
}

/// `--turnover` and sweep's range: digits, or with a unit as analysts write them (`600M`,
/// `1.25bn`, `"600 mln"`, `"2 miljard"`), exact.
fn parse_turnover(text: &str) -> Result<Money, String> {
    let amount = parse_amount(text)?;
    Money::new(amount).ok_or_else(|| "a turnover cannot be negative".to_string())
}

/// `--turnover` of `calc`, `check` and `articles`: every value a case file's `turnover` takes
/// as one value, an amount or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurnoverArg {
    /// `unknown`: the turnover is not known, as `turnover = "unknown"` in a case file.
    Unknown,
    /// An amount in euros.
    Amount(Money),
    /// A band, as `turnover = "100M..250M"` in a case file.
    Band(crate::calc::model::TurnoverBand),
}

impl TurnoverArg {
    /// The amount, if one was given.
    pub fn amount(self) -> Option<Money> {
        match self {
            TurnoverArg::Unknown | TurnoverArg::Band(_) => None,
            TurnoverArg::Amount(amount) => Some(amount),
        }
    }
}

fn parse_turnover_arg(text: &str) -> Result<TurnoverArg, String> {
    if text.trim().eq_ignore_ascii_case("unknown") {
        return Ok(TurnoverArg::Unknown);
    }
    if let Some(band) = crate::input::amount::parse_band(text) {
        let (low, high) = band?;
        let money = |end: Option<rust_decimal::Decimal>| end.and_then(Money::new);
        return Ok(TurnoverArg::Band(crate::calc::model::TurnoverBand { low: money(low), high: money(high) }));
    }
    parse_turnover(text).map(TurnoverArg::Amount)
}

fn parse_date(text: &str) -> Result<Date, String> {
    let date = text.parse().map_err(|_| format!("expected a date like 2025-01-31, found {text:?}"))?;
    crate::input::value::date_in_range(date)
}

/// The Face hands render its own format; clap's enum stays here.
impl From<Format> for crate::render::Format {
    fn from(format: Format) -> crate::render::Format {
        match format {
            Format::Table => crate::render::Format::Table,
            Format::Json => crate::render::Format::Json,
            Format::Jsonl => crate::render::Format::Jsonl,
            Format::Markdown => crate::render::Format::Markdown,
            Format::Csv => crate::render::Format::Csv,
            Format::Html => crate::render::Format::Html,
        }
    }
}

impl From<ArticlesFormat> for crate::render::ArticlesFormat {
    fn from(format: ArticlesFormat) -> crate::render::ArticlesFormat {
        match format {
            ArticlesFormat::Table => crate::render::ArticlesFormat::Table,
            ArticlesFormat::Json => crate::render::ArticlesFormat::Json,
        }
    }
}

impl From<SweepFormat> for crate::render::SweepFormat {
    fn from(format: SweepFormat) -> crate::render::SweepFormat {
        match format {
            SweepFormat::Table => crate::render::SweepFormat::Table,
            SweepFormat::Csv => crate::render::SweepFormat::Csv,
            SweepFormat::Json => crate::render::SweepFormat::Json,
            SweepFormat::Jsonl => crate::render::SweepFormat::Jsonl,
            SweepFormat::Svg => crate::render::SweepFormat::Svg,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// The arguments a command needs besides the one under test.
    fn required(command: &str) -> &'static [&'static str] {
        match command {
            "calc" | "check" => &["case.toml"],
            "sweep" => &["case.toml", "--turnover", "0..1bn"],
            _ => &[],
        }
    }

    #[test]
    fn every_value_of_every_value_enum_option_is_read_in_any_case() {
        // `--format JSON`, `--lang NL`, `--category iii`, `man CALC`: as a case file's values
        // ("3 Months"), case does not matter.
        let cli = Cli::command();
        let mut tried = 0;
        for command in cli.get_subcommands() {
            for arg in command
                .get_arguments()
                .filter(|arg| arg.get_action().takes_values() && !arg.get_possible_values().is_empty())
            {
                for value in arg.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
                    let name = value.get_name();
                    for written in [name.to_uppercase(), name.to_lowercase()] {
                        let mut args = vec!["art83".to_string(), command.get_name().to_string()];
                        args.extend(arg.get_long().map(|long| format!("--{long}")));
                        args.push(written.clone());
                        args.extend(required(command.get_name()).iter().map(|s| s.to_string()));
                        let parsed = Cli::try_parse_from(&args);
                        assert!(parsed.is_ok(), "{args:?}: {}", parsed.unwrap_err());
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 40, "{tried}");
    }

    #[test]
    fn turnover_takes_unknown_as_a_case_file_does() {
        for command in ["calc", "check", "articles"] {
            let mut args = vec!["art83", command, "--turnover", "Unknown"];
            args.extend(required(command));
            let turnover = match Cli::try_parse_from(&args).unwrap().command {
                Command::Calc(calc) => calc.turnover,
                Command::Check(check) => check.calc.turnover,
                Command::Articles(articles) => articles.turnover,
                _ => unreachable!(),
            };
            assert_eq!(turnover, Some(TurnoverArg::Unknown), "{command}");
        }
        assert!(Cli::try_parse_from(["art83", "articles", "--turnover", "unknowable"]).is_err());
    }
}
