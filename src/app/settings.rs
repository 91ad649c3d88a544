//! The command line's options as the core and the renderers take them: an option a command
//! would ignore is a usage error here, never dropped without a word.

use std::io::{self, IsTerminal};
use std::path::Path;

use crate::calc::{CompareMethod, Detail, Options};
use crate::cli::{CalcArgs, CategoryArg, CsvArgs, MethodArg, SeriousnessArg, TurnoverArg};
use crate::render::{self, Lang};

/// `--lang`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG in POSIX order).
pub(super) fn language(arg: Option<Lang>) -> Lang {
    arg.unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok()))
}

/// Characters per line of table output: `COLUMNS`, else the terminal's width, else the
/// documented default (`render::width`).
/// `output`: the file `-o` names, which has no terminal width.
pub(super) fn line_width(output: Option<&Path>) -> u16 {
    // comfy-table asks the terminal (crossterm) only when standard output is one.
    let terminal =
        if output.is_none() && io::stdout().is_terminal() { comfy_table::Table::new().width() } else { None };
    render::width(std::env::var("COLUMNS").ok().as_deref(), terminal)
}

/// The CSV options as the renderers take them; an error when the format is not CSV.
/// `format` is the chosen format, `csv` the command's CSV format.
pub(super) fn csv_style<F: PartialEq>(args: &CsvArgs, format: F, csv: F) -> Result<render::CsvStyle, String> {
    if args.any() && format != csv {
        return Err("error: --delimiter, --bom and --excel apply to CSV output only; add `--format csv`".into());
    }
    Ok(render::CsvStyle {
        delimiter: args.delimiter.unwrap_or(b','),
        bom: args.bom || args.excel,
        neutralise: args.excel,
    })
}

/// The options of `calc` and `check`; an option that the chosen method would ignore is a
/// usage error, never dropped without a word.
pub(super) fn options(args: &CalcArgs) -> Result<Options, String> {
    use crate::calc::model::{Category, Seriousness};
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
                turnover: args.turnover.and_then(TurnoverArg::amount),
                as_of: args.as_of.unwrap_or_else(today),
                compare: None,
                detail: Detail::Steps,
            });
        }
    };
    Ok(Options {
        turnover: args.turnover.and_then(TurnoverArg::amount),
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
