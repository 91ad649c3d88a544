//! The shell: read case files, validate, calculate, render, and decide the exit code.

use crate::calc::report::FindingCode;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use clap::CommandFactory;

use crate::calc::{self, CompareMethod, Detail, Options, Report, Span};
use crate::cli::{
    ArticlesArgs, ArticlesFormat, CalcArgs, CategoryArg, Cli, Command, CsvArgs, Format, LangArg, MethodArg, OutputArgs,
    ScheduleArg, SeriousnessArg, SweepArgs,
};
use crate::input::{self, MAX_FILE_BYTES};
use crate::render::printable::printable;
use crate::render::{self, Lang};

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
            let tally = CheckTally { allow_unpublished: check.allow_unpublished, ..CheckTally::default() };
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
        Command::Schema => schema(),
        Command::Completions { shell } => {
            let mut bytes = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "art83", &mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Command::Man { command } => crate::man::page(command.as_deref()),
    };
    write_stdout(&text)
}

/// A commented case file that calculates cleanly as it is (`art83 init`).
pub const TEMPLATE: &str = include_str!("template.toml");

/// The JSON Schema of the case file. A unit test (input/schema.rs) generates it from the serde
/// types that read case files and fails when this checked-in copy differs.
pub fn schema() -> String {
    include_str!("../docs/case.schema.json").to_string()
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
    let asked = calc::lookup::Asked {
        turnover: args.turnover,
        public_body: args.public_body,
        authority: args.authority.clone(),
    };
    let mut caption = Vec::new();
    if !asked.is_empty() {
        if asked.public_body && asked.turnover.is_some() {
            eprintln!("warning: --turnover is not used: a public body has no turnover-based maximum (Art. 83(7))");
        }
        let steps = calc::lookup::with_maxima(&mut infos, &asked)
            .map_err(|e| format!("error: {}", input::wording::message(&e)))?;
        caption = match asked.turnover.filter(|_| !asked.public_body) {
            Some(turnover) => vec![render::labels::Labels::for_lang(language(args.lang)).maximum_at(turnover)],
            None => {
                let l = render::labels::Labels::for_lang(language(args.lang));
                steps.iter().map(|step| format!("{}: {}", l.rule(&step.rule), l.text(&step.detail))).collect()
            }
        };
    }
    Ok(match args.format {
        ArticlesFormat::Json => format!("{}\n", serde_json::to_string_pretty(&infos).expect("plain data")),
        ArticlesFormat::Table => {
            let width = line_width(None);
            let lines: String = caption.iter().map(|line| render::prose(line, width)).collect();
            format!("{lines}{}", render::articles_table(&infos, width, language(args.lang)))
        }
    })
}

/// `--lang`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG in POSIX order).
fn language(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Nl) => Lang::Nl,
        None => Lang::from_env(|name| std::env::var(name).ok()),
    }
}

/// Characters per line of table output: `COLUMNS`, else the terminal's width, else the
/// documented default (`render::width`).
/// `output`: the file `-o` names, which has no terminal width.
fn line_width(output: Option<&Path>) -> u16 {
    // comfy-table asks the terminal (crossterm) only when standard output is one.
    let terminal =
        if output.is_none() && io::stdout().is_terminal() { comfy_table::Table::new().width() } else { None };
    render::width(std::env::var("COLUMNS").ok().as_deref(), terminal)
}

fn write_stdout(text: &str) -> anyhow::Result<Outcome> {
    let mut out = io::stdout().lock();
    unless_broken_pipe(out.write_all(text.as_bytes()).and_then(|()| out.flush())).map_err(write_error)?;
    Ok(Outcome::Ok)
}

/// The CSV options as the renderers take them; an error when the format is not CSV.
/// `format` is the chosen format, `csv` the command's CSV format.
fn csv_style<F: PartialEq>(args: &CsvArgs, format: F, csv: F) -> Result<render::CsvStyle, String> {
    if args.any() && format != csv {
        return Err("error: --delimiter, --bom and --excel apply to CSV output only; add `--format csv`".into());
    }
    Ok(render::CsvStyle {
        delimiter: args.delimiter.unwrap_or(b','),
        bom: args.bom || args.excel,
        neutralise: args.excel,
    })
}

/// What `calc` and `check` settle before the first file: the options, the files and the
/// renderer. An error here is a usage error (exit 2), reported before any output file is made.
fn prepare(args: &CalcArgs) -> anyhow::Result<(Options, Vec<PathBuf>, Box<dyn render::Renderer>)> {
    let options = options(args).map_err(|message| anyhow!(message))?;
    let csv = csv_style(&args.csv, args.format, Format::Csv).map_err(|message| anyhow!(message))?;
    let files = case_files(&args.files)?;
    let terminal = args.out.output.is_none() && io::stdout().is_terminal();
    let color = args.format == Format::Table && terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // One file argument gives one JSON object; a folder or several arguments an array, even
    // when the folder holds a single file, so scripts see one shape per command line.
    let batch = if args.files.len() > 1 || args.files.iter().any(|path| path.is_dir()) {
        render::Batch::Many
    } else {
        render::Batch::One
    };
    let style = render::Style {
        lang: language(args.lang),
        color,
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
    let target = if quiet { Box::new(io::sink()) as Box<dyn Write> } else { open_output(&args.out)? };
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
        match guarded_report(path, &options) {
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
    if rendered == 0 && !quiet {
        discard_output(&args.out);
    }
    if let Some(tally) = check.filter(|_| !quiet && result.is_ok()) {
        // On standard error, so that JSON on standard output stays one document.
        eprintln!("{}", tally.summary(files.len()));
    }
    unless_broken_pipe(result).map_err(write_error)?;
    Ok(outcome)
}

/// Where the output goes: standard output, or the file `-o` names. An existing file is
/// refused without `--force`, so that a report never silently replaces another.
fn open_output(out: &OutputArgs) -> anyhow::Result<Box<dyn Write>> {
    let Some(path) = &out.output else { return Ok(Box::new(io::stdout().lock())) };
    let mut options = std::fs::OpenOptions::new();
    if out.force {
        options.write(true).create(true).truncate(true);
    } else {
        options.write(true).create_new(true);
    }
    match options.open(path) {
        Ok(file) => Ok(Box::new(file)),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            Err(anyhow!("error: {} already exists; add --force to replace it", path.display()))
        }
        Err(error) => Err(anyhow!("error: {}: cannot create the output file: {error}", path.display())),
    }
}

/// Writes a command's whole text to the file `-o` names.
fn write_file(out: &OutputArgs, text: &str) -> anyhow::Result<Outcome> {
    let mut file = open_output(out)?;
    file.write_all(text.as_bytes()).context("error: cannot write the output")?;
    Ok(Outcome::Ok)
}

/// A run that produced nothing removes the file it created, so that the next run (with the
/// case file fixed) needs no `--force`.
fn discard_output(out: &OutputArgs) {
    if let Some(path) = &out.output {
        let _ = std::fs::remove_file(path);
    }
}

/// What `check` found over its files, for the one-line summary an auditor reads.
#[derive(Debug, Default)]
struct CheckTally {
    /// Published figures compared with the calculation, over all files.
    compared: usize,
    discrepant: Vec<PathBuf>,
    /// Files that state no published figure: nothing in them was reproduced.
    unchecked: Vec<PathBuf>,
    failed: usize,
    /// `--allow-unpublished`: such a file passes on its legal checks alone.
    allow_unpublished: bool,
}

impl CheckTally {
    /// Whether `check` may vouch for this report. A file without a published figure may not:
    /// its exit status would otherwise say "reproduced" of a decision nothing was compared
    /// with, so it gets a `nothing-to-check` warning and fails the check (exit 1), unless
    /// `--allow-unpublished` asks for the legal checks alone.
    fn passes(&mut self, path: &Path, report: &mut Report) -> bool {
        let figures = report.published_figures();
        self.compared += figures;
        if figures == 0 {
            report.findings.push(calc::report::Finding::new(
                calc::report::Level::Warning,
                FindingCode::NothingToCheck,
                "the case file states no published figure (`published_total`, `published_penalties_max`, `published_forfeited`): \
                 nothing was compared with the decision, so `check` does not vouch for it (exit 1; \
                 `--allow-unpublished` lets it pass on its legal checks alone)",
            ));
            self.unchecked.push(path.to_path_buf());
        }
        if report.has_discrepancy() {
            self.discrepant.push(path.to_path_buf());
        }
        (figures > 0 || self.allow_unpublished) && !report.has_discrepancy()
    }

    fn summary(&self, total: usize) -> String {
        let files = if total == 1 { "case file" } else { "case files" };
        let figures = if self.compared == 1 { "published figure" } else { "published figures" };
        let mut summary = format!("check: {total} {files}, {} {figures} compared", self.compared);
        let names = |paths: &[PathBuf]| paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        summary.push_str(&format!(", {} with a discrepancy", self.discrepant.len()));
        if !self.discrepant.is_empty() {
            summary.push_str(&format!(" ({})", names(&self.discrepant)));
        }
        if !self.unchecked.is_empty() {
            summary.push_str(&format!(", {} with nothing to check ({})", self.unchecked.len(), names(&self.unchecked)));
        }
        if self.failed > 0 {
            summary.push_str(&format!(", {} not calculated (errors above)", self.failed));
        }
        summary
    }
}

/// The files to read: a directory stands for the `*.toml` files in it, in name order.
fn case_files(arguments: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    if arguments.iter().filter(|path| *path == Path::new("-")).count() > 1 {
        anyhow::bail!("error: `-` (standard input) is named more than once; standard input can be read only once");
    }
    let mut files = Vec::with_capacity(arguments.len());
    for path in arguments {
        if path.is_dir() {
            let found = folder_cases(path)?;
            if found.is_empty() {
                anyhow::bail!("error: {}: the folder holds no .toml case files", path.display());
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Every entry of a folder named `*.toml` (any case: `*.TOML` too), in name order. An entry
/// that cannot be read (a dangling or looping link, a subfolder) is kept, so that reading it
/// fails with its own error instead of the folder passing without a word.
fn folder_cases(folder: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let listing = || format!("error: {}: cannot list the folder", folder.display());
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).with_context(listing)? {
        let path = entry.with_context(listing)?.path();
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The options of `calc` and `check`; an option that the chosen method would ignore is a
/// usage error, never dropped without a word.
fn options(args: &CalcArgs) -> Result<Options, String> {
    use calc::model::{Category, Seriousness};
    let compare = match (args.method, args.seriousness, args.category) {
        (Some(MethodArg::Edpb), seriousness, None) => CompareMethod::Edpb(match seriousness {
            Some(SeriousnessArg::Low) => Seriousness::Low,
            Some(SeriousnessArg::Medium) | None => Seriousness::Medium,
            Some(SeriousnessArg::High) => Seriousness::High,
        }),
        (Some(MethodArg::Ap2019), None, category) => CompareMethod::Ap2019(category.map(|category| match category {
            CategoryArg::I => Category::I,
            CategoryArg::II => Category::II,
            CategoryArg::III => Category::III,
            CategoryArg::IV => Category::IV,
        })),
        (_, Some(_), _) => {
            return Err("error: --seriousness applies to `--method edpb` only; add `--method edpb`".into());
        }
        (_, _, Some(_)) => {
            return Err("error: --category applies to `--method ap2019` only; add `--method ap2019`".into());
        }
        (None, None, None) => {
            return Ok(Options {
                turnover: args.turnover,
                as_of: args.as_of.unwrap_or_else(today),
                compare: None,
                detail: Detail::Steps,
            });
        }
    };
    Ok(Options {
        turnover: args.turnover,
        as_of: args.as_of.unwrap_or_else(today),
        compare: Some(compare),
        detail: Detail::Steps,
    })
}

/// Today's local date. jiff's system time zone lookup first indexes all of /usr/share/zoneinfo
/// (about 1 ms, most of a one-case run); the TZif file /etc/localtime alone gives the date.
fn today() -> jiff::civil::Date {
    if std::env::var_os("TZ").is_none()
        && let Ok(bytes) = std::fs::read("/etc/localtime")
        && let Ok(zone) = jiff::tz::TimeZone::tzif("Local", &bytes)
    {
        return jiff::Timestamp::now().to_zoned(zone).date();
    }
    jiff::Zoned::now().date()
}

/// A case file read and validated, with what is needed to point at its lines.
struct Loaded {
    name: String,
    text: String,
    case: calc::Case,
}

impl Loaded {
    fn read(path: &Path) -> anyhow::Result<Loaded> {
        let name = if path == Path::new("-") { "<stdin>".to_string() } else { path.display().to_string() };
        let text = read_text(path).with_context(|| format!("error: {name}"))?;
        let case = input::parse_case(&text).map_err(|e| anyhow!(diagnostic(&name, &text, &e.message, e.span)))?;
        Ok(Loaded { name, text, case })
    }

    fn error(&self, error: calc::CalcError) -> anyhow::Error {
        anyhow!(diagnostic(&self.name, &self.text, &input::wording::message(&error), error.span()))
    }
}

/// [`report_for`], with a panic (a bug) turned into this file's error: the batch goes on and a
/// JSON array is still closed.
fn guarded_report(path: &Path, options: &Options) -> anyhow::Result<Report> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| report_for(path, options))).unwrap_or_else(|panic| {
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
    let loaded = Loaded::read(path)?;
    let mut report = calc::calculate(&loaded.case, options).map_err(|e| match (options.turnover, &e) {
        // Out of range at a what-if turnover: the option is to blame, not the file.
        (Some(turnover), calc::CalcError::Overflow | calc::CalcError::Inexact) => {
            anyhow!("error: {} with --turnover {}: {e}", loaded.name, turnover.plain())
        }
        _ => loaded.error(e),
    })?;
    report.findings.extend(input::lint::thousands_separators(&loaded.text));
    Ok(report)
}

/// `art83 sweep`: one row per turnover, written as it is computed.
fn sweep(args: &SweepArgs) -> anyhow::Result<Outcome> {
    let csv = csv_style(&args.csv, args.format, crate::cli::SweepFormat::Csv).map_err(|message| anyhow!(message))?;
    let target = open_output(&args.out)?;
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
                io::Error::other(anyhow!(diagnostic(&loaded.name, &loaded.text, &message, e.span())))
            })
        };
        unless_broken_pipe(write_sweep(writer.as_mut(), turnovers, point, &mut out)).map_err(anyhow::Error::from)
    });
    if result.is_err() {
        discard_output(&args.out);
    }
    result.map(|()| Outcome::Ok)
}

/// Writes a sweep point by point. A writer that measures first (a table) sees every point
/// twice instead of keeping them; a point that fails still closes the output (a JSON document).
fn write_sweep(
    writer: &mut dyn render::SweepWriter,
    turnovers: calc::sweep::Turnovers,
    point: impl Fn(calc::money::Money) -> io::Result<calc::sweep::SweepPoint>,
    out: &mut impl Write,
) -> io::Result<()> {
    if writer.measures() {
        for turnover in turnovers.clone() {
            writer.measure(&point(turnover)?);
        }
    }
    out.write_all(writer.begin().as_bytes())?;
    for turnover in turnovers {
        match point(turnover) {
            Ok(point) => out.write_all(writer.point(&point).as_bytes())?,
            Err(error) => {
                out.write_all(writer.end().as_bytes())?;
                out.flush()?;
                return Err(error);
            }
        }
    }
    out.write_all(writer.end().as_bytes())?;
    out.flush()
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    let limit = MAX_FILE_BYTES as u64 + 1;
    if path == Path::new("-") {
        io::stdin().lock().take(limit).read_to_end(&mut bytes).context("cannot read standard input")?;
    } else {
        let file = std::fs::File::open(path).map_err(|error| {
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) {
                anyhow!(
                    "cannot read the file: it is a link to a file that does not exist, or a loop of links ({error})"
                )
            } else {
                anyhow!("cannot read the file: {error}")
            }
        })?;
        // Sized up front, the file comes in one read instead of a doubling series.
        let size = file.metadata().map_or(0, |m| m.len());
        bytes.reserve_exact(size.min(limit) as usize + 1);
        file.take(limit).read_to_end(&mut bytes).context("cannot read the file")?;
    }
    if bytes.len() > MAX_FILE_BYTES {
        anyhow::bail!("the case file is larger than 10 MiB; art83 reads case files up to 10 MiB");
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        anyhow!(
            "the case file is not UTF-8 text: invalid byte at line {line}, column {column} (offset {}); save it as UTF-8",
            valid.len()
        )
    })
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

/// `error: file:line:column: message`, then the line with a caret under the span.
pub fn diagnostic(name: &str, text: &str, message: &str, span: Option<Span>) -> String {
    // The file's text goes to a terminal: its control characters are shown, not run.
    let (name, message) = (printable(name), printable(message));
    let Some(span) = span.filter(|s| s.start <= text.len()) else {
        return format!("error: {name}: {message}");
    };
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.start..].find('\n').map_or(text.len(), |i| span.start + i);
    let line_number = text[..span.start].matches('\n').count() + 1;
    let column = text[line_start..span.start].chars().count() + 1;
    let line = printable(text[line_start..line_end].trim_end_matches('\r'));
    let shown = |part: &str| printable(part).chars().count();
    let width = shown(&text[span.start..span.end.min(line_end).max(span.start)]).max(1);
    let gutter = " ".repeat(line_number.to_string().len());
    format!(
        "error: {name}:{line_number}:{column}: {message}\n{gutter} |\n{line_number} | {line}\n{gutter} | {}{}",
        " ".repeat(shown(&text[line_start..span.start])),
        "^".repeat(width)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_points_at_line_and_column() {
        let text = "[case]\ntitel = \"x\"\n";
        let message = diagnostic("a.toml", text, "unknown field", Some(7..12));
        assert_eq!(message, "error: a.toml:2:1: unknown field\n  |\n2 | titel = \"x\"\n  | ^^^^^");
    }

    #[test]
    fn diagnostic_without_span_names_the_file() {
        assert_eq!(diagnostic("a.toml", "", "empty", None), "error: a.toml: empty");
    }
}
