//! The shell (the Face): read case files, hand them to the core, the report to a renderer,
//! and decide the exit code. Every command returns its [`Outcome`] or an error; [`run`] is the
//! one place errors leave (`report_error`) and `unless_broken_pipe` the one broken-pipe check.
//!
//! - `settings`: the command line's options as the core's and the renderers' own types.
//! - `files`: case files in (folders, standard input, size and UTF-8 checks), the output file,
//!   and the diagnostic that points at a line of a case file.
//! - `check`: what `check` found over its files, and its summary line.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use clap::CommandFactory;

use crate::calc::model::Turnover;
use crate::calc::{self, CompareMethod, Detail, Options, Report};
use crate::cli::{ArticlesArgs, CalcArgs, Cli, Command, Format, ScheduleArg, SweepArgs, TurnoverArg};
use crate::input;
use crate::render;

mod check;
mod files;
mod settings;

use check::{CheckTally, Unpublished};
pub use files::diagnostic;
use files::{Destination, Loaded, Written, case_files, open_output, write_file};
use settings::{csv_style, language, line_width, options};

/// How a run ended; decides the exit code in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Ok,
    /// `check` found a fine above its maximum, a group above its ceiling, or a differing total.
    Discrepancy,
    /// A file could not be read, parsed or calculated.
    BadInput,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        match outcome {
            Outcome::Ok => ExitCode::SUCCESS,
            Outcome::Discrepancy => ExitCode::from(1),
            Outcome::BadInput => ExitCode::from(2),
        }
    }
}

/// Runs one command; the one place its error leaves (see `report_error`).
pub fn run(cli: Cli) -> Outcome {
    command(cli).unwrap_or_else(|error| {
        report_error(&error);
        Outcome::BadInput
    })
}

/// Writes an error, with its causes, to standard error. Every message starts with `error:`
/// (or is a [`diagnostic`], which does). A batch reports a file's error here and goes on;
/// any other error ends the run with exit 2 ([`run`]).
fn report_error(error: &anyhow::Error) {
    eprintln!("{error:#}");
}

/// Whether writing the output went well: `art83 … | head` closing the pipe early is not an
/// error (the one place that says so).
fn unless_broken_pipe(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A failed write of the output, as the user reads it.
fn write_error(error: io::Error) -> anyhow::Error {
    anyhow!("error: cannot write the output: {error}")
}

fn command(cli: Cli) -> anyhow::Result<Outcome> {
    let text = match cli.command {
        Command::Calc(args) => return calculate_files(args, None, Quiet::No),
        Command::Check(check) => {
            let unpublished = if check.allow_unpublished { Unpublished::Pass } else { Unpublished::Fail };
            let tally = CheckTally::new(unpublished);
            let quiet = if check.quiet { Quiet::Yes } else { Quiet::No };
            return calculate_files(check.calc, Some(tally), quiet);
        }
        Command::Sweep(args) => return sweep(&args),
        Command::Articles(args) => {
            let text = articles(&args).map_err(|message| anyhow!(message))?;
            if args.out.output.is_some() {
                return write_file(&args.out, &text);
            }
            text
        }
        Command::Init => TEMPLATE.to_string(),
        Command::Schema { report: false } => schema(),
        Command::Schema { report: true } => REPORT_SCHEMA.to_string(),
        Command::Completions { shell } => {
            let mut bytes = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "art83", &mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Command::Man { command } => crate::man::page(command.map(|name| name.to_ascii_lowercase()).as_deref()),
    };
    write_stdout(&text)
}

/// A commented case file that calculates cleanly as it is (`art83 init`).
pub const TEMPLATE: &str = include_str!("../template.toml");

/// The JSON Schema of the JSON report (`art83 schema --report`). A unit test (calc/schema.rs)
/// generates it from the report types and fails when this checked-in copy differs.
pub const REPORT_SCHEMA: &str = include_str!("../../docs/report.schema.json");

/// The JSON Schema of the case file. A unit test (input/schema.rs) generates it from the serde
/// types that read case files and fails when this checked-in copy differs.
pub fn schema() -> String {
    include_str!("../../docs/case.schema.json").to_string()
}

fn articles(args: &ArticlesArgs) -> Result<String, String> {
    let mut infos = if args.articles.is_empty() {
        calc::lookup::tier_table()
    } else {
        args.articles
            .iter()
            .map(|text| {
                let article = text.parse().map_err(|e| format!("error: article {text:?}: {e}"))?;
                Ok(calc::lookup::describe(&calc::model::CitedArticle { article, as_written: text.clone() }))
            })
            .collect::<Result<Vec<_>, String>>()?
    };
    // `--turnover unknown` asks for the maxima of an undertaking whose turnover is not known; a
    // band, as a case file's `turnover = "100M..250M"`, for the range of maxima it gives.
    let turnover = args.turnover.map(|turnover| match turnover {
        TurnoverArg::Unknown => Turnover::Unknown,
        TurnoverArg::Amount(amount) => Turnover::Amount(amount),
        TurnoverArg::Band(band) => Turnover::Band(band),
    });
    let asked = calc::lookup::Asked { turnover, public_body: args.public_body, authority: args.authority.clone() };
    let mut steps = Vec::new();
    if !asked.is_empty() {
        if asked.public_body && matches!(asked.turnover, Some(Turnover::Amount(_) | Turnover::Band(_))) {
            eprintln!("warning: --turnover is not used: a public body has no turnover-based maximum (Art. 83(7))");
        }
        steps = calc::lookup::with_maxima(&mut infos, &asked)
            .map_err(|e| format!("error: {}", input::wording::message(&e)))?;
    }
    let caption = match asked.turnover.as_ref().filter(|_| !asked.public_body) {
        _ if asked.is_empty() => render::Caption::None,
        Some(Turnover::Amount(turnover)) => render::Caption::Turnover(*turnover),
        Some(Turnover::Band(band)) => render::Caption::Band(*band),
        _ => render::Caption::Steps(&steps),
    };
    let width = line_width(None);
    Ok(render::articles(&infos, caption, args.format.into(), width, language(args.lang)))
}

fn write_stdout(text: &str) -> anyhow::Result<Outcome> {
    let mut out = io::stdout().lock();
    unless_broken_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush())).map_err(write_error)?;
    Ok(Outcome::Ok)
}

/// What `calc` and `check` settle before the first file: the options, the files and the
/// renderer. An error here is a usage error (exit 2), reported before any output file is made.
fn prepare(args: &CalcArgs) -> anyhow::Result<(Options, Vec<PathBuf>, Box<dyn render::Renderer>)> {
    let options = options(args).map_err(|message| anyhow!(message))?;
    let csv = csv_style(&args.csv, args.format, Format::Csv).map_err(|message| anyhow!(message))?;
    let files = case_files(&args.files)?;
    let terminal = args.out.output.is_none() && io::stdout().is_terminal();
    let colored = args.format == Format::Table && terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let paint = if colored { render::Paint::Ansi } else { render::Paint::Plain };
    // One file argument gives one JSON object; a folder or several arguments an array, even
    // when the folder holds a single file, so scripts see one shape per command line.
    let batch = if args.files.len() > 1 || args.files.iter().any(|path| path.is_dir()) {
        render::Batch::Many
    } else {
        render::Batch::One
    };
    let style = render::Style {
        lang: language(args.lang),
        paint,
        width: line_width(args.out.output.as_deref()),
        full_schedule: args.schedule == ScheduleArg::Full,
        csv,
    };
    Ok((options, files, render::renderer(args.format.into(), batch, style)))
}

/// `check --quiet`: no report, only the exit code and the errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quiet {
    Yes,
    No,
}

/// `calc`, or `check` when given the tally to keep.
fn calculate_files(args: CalcArgs, mut check: Option<CheckTally>, quiet: Quiet) -> anyhow::Result<Outcome> {
    let quiet = quiet == Quiet::Yes;
    let (options, files, mut renderer) = prepare(&args)?;
    let (target, destination) = if quiet {
        (Box::new(io::sink()) as Box<dyn Write>, Destination::Stdout)
    } else {
        open_output(&args.out, &files)?
    };
    let mut out = io::BufWriter::new(target);
    let mut outcome = Outcome::Ok;
    let mut sink = io::sink();
    let out: &mut dyn Write = if quiet { &mut sink } else { &mut out };

    let mut rendered = 0;
    let mut result = renderer.begin(out);
    for path in &files {
        if result.is_err() {
            break;
        }
        match guarded_report(path, &options, args.turnover) {
            Ok(mut report) => {
                rendered += 1;
                if check.as_mut().is_some_and(|tally| !tally.passes(path, &mut report)) {
                    outcome = outcome.max(Outcome::Discrepancy);
                }
                result = renderer.report(&report, out);
            }
            Err(error) => {
                outcome = Outcome::BadInput;
                if let Some(tally) = check.as_mut() {
                    tally.failed += 1;
                }
                // Keep the reports already written in order with the message about this file.
                let _ = out.flush();
                report_error(&error);
            }
        }
    }
    let result = result.and_then(|()| renderer.end(out)).and_then(|()| out.flush());
    let written = match (rendered, &result) {
        (0, _) => Written::Nothing,
        (_, Ok(())) => Written::All,
        (_, Err(_)) => Written::Part,
    };
    destination.finish(written)?;
    if let Some(tally) = check.filter(|_| !quiet && result.is_ok()) {
        // On standard error, so that JSON on standard output stays one document.
        eprintln!("{}", tally.summary(files.len()));
    }
    unless_broken_pipe(result).map_err(write_error)?;
    Ok(outcome)
}

/// [`report_for`], with a panic (a bug) turned into this file's error: the batch goes on and a
/// JSON array is still closed.
fn guarded_report(path: &Path, options: &Options, turnover: Option<TurnoverArg>) -> anyhow::Result<Report> {
    let report = || report_with(path, options, turnover);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(report)).unwrap_or_else(|panic| {
        let what = panic.downcast_ref::<&str>().copied().or_else(|| panic.downcast_ref::<String>().map(String::as_str));
        Err(anyhow!(
            "error: {}: internal error (a bug in art83, please report it with this file): {}",
            path.display(),
            what.unwrap_or("panic")
        ))
    })
}

/// Reads, validates and calculates one case file; an error comes with its location.
pub fn report_for(path: &Path, options: &Options) -> anyhow::Result<Report> {
    report_with(path, options, options.turnover.map(TurnoverArg::Amount))
}

/// [`report_for`] with `--turnover` as given: `unknown` replaces the case file's turnover as
/// `turnover = "unknown"` in the file would (an amount is the what-if in `options`).
fn report_with(path: &Path, options: &Options, turnover: Option<TurnoverArg>) -> anyhow::Result<Report> {
    let mut loaded = Loaded::read(path)?;
    if turnover == Some(TurnoverArg::Unknown) {
        loaded.case.undertaking.turnover = calc::model::Turnover::Unknown;
    }
    if let Some(TurnoverArg::Band(band)) = turnover {
        // In the case's currency, as the same band written in the file would be.
        let currency = loaded.case.currency.as_ref().map_or(calc::money::Currency::EUR, |c| c.currency);
        let tag = |end: Option<calc::money::Money>| end.map(|amount| amount.in_currency(currency));
        loaded.case.undertaking.turnover =
            calc::model::Turnover::Band(calc::model::TurnoverBand { low: tag(band.low), high: tag(band.high) });
    }
    let mut report = calc::calculate(&loaded.case, options).map_err(|e| match (options.turnover, &e) {
        // Out of range at a what-if turnover: the option is to blame, not the file.
        (Some(turnover), calc::CalcError::Overflow | calc::CalcError::Inexact) => {
            anyhow!("error: {} with --turnover {}: {e}", loaded.name, turnover.plain())
        }
        _ => loaded.error(e),
    })?;
    report.findings.extend(input::lint::thousands_separators(&loaded.text));
    report.findings.extend(input::lint::turnover_not_given(&loaded.case, turnover.is_some()));
    Ok(report)
}

/// `art83 sweep`: one row per turnover, written as it is computed.
fn sweep(args: &SweepArgs) -> anyhow::Result<Outcome> {
    let csv = csv_style(&args.csv, args.format, crate::cli::SweepFormat::Csv).map_err(|message| anyhow!(message))?;
    let (target, destination) = open_output(&args.out, std::slice::from_ref(&args.file))?;
    let result = Loaded::read(&args.file).and_then(|mut loaded| {
        loaded.case.penalties.clear();
        // The penalties are gone: no date matters.
        let options =
            Options { turnover: None, as_of: jiff::civil::date(2000, 1, 1), compare: None, detail: Detail::Amounts };
        let (from, to) = args.turnover;
        let turnovers = calc::sweep::turnovers(from, to, args.steps).map_err(|e| {
            anyhow!(
                "error: --turnover {}..{} in {} steps: {e}; give a narrower range or fewer steps",
                from.plain(),
                to.plain(),
                args.steps
            )
        })?;
        let prepared = calc::sweep::prepare(&loaded.case, &options).map_err(|e| loaded.error(e))?;
        let mut out = io::BufWriter::new(target);
        let lang = language(args.lang);
        let mut writer = render::sweep_writer(
            args.format.into(),
            prepared.case(),
            line_width(args.out.output.as_deref()),
            csv,
            (from, to),
            lang,
        );
        let point = |turnover| {
            calc::sweep::point(&prepared, turnover, &options).map_err(|e| {
                let message = format!(
                    "at turnover {turnover} (--turnover {}..{}): {}",
                    from.plain(),
                    to.plain(),
                    input::wording::message(&e)
                );
                anyhow!(diagnostic(&loaded.name, &loaded.text, &message, e.span()))
            })
        };
        match write_sweep(writer.as_mut(), turnovers, point, &mut out) {
            Ok(()) => Ok(()),
            Err(SweepFailure::Point(error)) => Err(error),
            Err(SweepFailure::Write(error)) => unless_broken_pipe(Err(error)).map_err(write_error),
        }
    });
    destination.finish(if result.is_ok() { Written::All } else { Written::Nothing })?;
    result.map(|()| Outcome::Ok)
}

/// Why a sweep stopped: a point that cannot be calculated (its message names the turnover), or
/// the output that cannot be written.
enum SweepFailure {
    Point(anyhow::Error),
    Write(io::Error),
}

impl From<io::Error> for SweepFailure {
    fn from(error: io::Error) -> SweepFailure {
        SweepFailure::Write(error)
    }
}

/// Writes a sweep point by point. A writer that measures first (a table) sees every point
/// twice instead of keeping them; a point that fails still closes the output (a JSON document).
fn write_sweep(
    writer: &mut dyn render::SweepWriter,
    turnovers: calc::sweep::Turnovers,
    point: impl Fn(calc::money::Money) -> anyhow::Result<calc::sweep::SweepPoint>,
    out: &mut impl Write,
) -> Result<(), SweepFailure> {
    if writer.measures() {
        for turnover in turnovers.clone() {
            writer.measure(&point(turnover).map_err(SweepFailure::Point)?);
        }
    }
    out.write_all(writer.begin().as_bytes())?;
    for turnover in turnovers {
        match point(turnover) {
            Ok(point) => out.write_all(writer.point(&point).as_bytes())?,
            Err(error) => {
                out.write_all(writer.end().as_bytes())?;
                out.flush()?;
                return Err(SweepFailure::Point(error));
            }
        }
    }
    out.write_all(writer.end().as_bytes())?;
    Ok(out.flush()?)
}

/// The whole parse-validate-calculate-render path on arbitrary bytes, for the fuzzer and its
/// regression tests: it must return, never panic, whatever the input.
pub fn exercise(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let case = match input::parse_case(text) {
        Ok(case) => case,
        Err(error) => {
            let _ = diagnostic("fuzz.toml", text, &error.message, error.span);
            return;
        }
    };
    let as_of = jiff::civil::date(2026, 1, 1);
    for compare in [None, Some(CompareMethod::Edpb(calc::model::Seriousness::High)), Some(CompareMethod::Ap2019(None))]
    {
        let options = Options { turnover: None, as_of, compare, detail: Detail::Steps };
        match calc::calculate(&case, &options) {
            Ok(report) => {
                let _ = render::table(&report);
                let _ = render::html(&report);
                let _ = serde_json::to_string(&report);
            }
            Err(error) => {
                let _ = diagnostic("fuzz.toml", text, &input::wording::message(&error), error.span());
            }
        }
    }
}
