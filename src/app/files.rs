//! Files in and out: the case files a command line names, their text, the output file, and
//! the diagnostic that points at a line of a case file.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};

use crate::calc::{self, Span};
use crate::cli::OutputArgs;
use crate::input::{self, MAX_FILE_BYTES};
use crate::render::printable::printable;

use super::Outcome;

/// Where the output goes: standard output, or the file `-o` names. An existing file is
/// refused without `--force`, so that a report never silently replaces another; with `--force`
/// an existing regular file is written beside it under a temporary name and replaces it only
/// when the run is complete ([`Destination::finish`]), so that a run that fails leaves the
/// earlier report as it was. An output that is one of the `inputs` is refused before anything
/// is opened for writing ([`refuse_an_input`]).
pub(super) fn open_output(out: &OutputArgs, inputs: &[PathBuf]) -> anyhow::Result<(Box<dyn Write>, Destination)> {
    let Some(path) = &out.output else { return Ok((Box::new(io::stdout().lock()), Destination::Stdout)) };
    refuse_an_input(path, inputs)?;
    let cannot_create = |error| anyhow!("error: {}: cannot create the output file: {error}", path.display());
    // A device (`/dev/null`) or a link is written where it is, as before.
    let existing = std::fs::symlink_metadata(path).ok().filter(|meta| meta.is_file());
    match existing {
        Some(meta) if out.force => {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let temp = tempfile::Builder::new().prefix(".art83-").tempfile_in(folder).map_err(cannot_create)?;
            std::fs::set_permissions(temp.path(), meta.permissions()).map_err(cannot_create)?;
            let (file, temp) = temp.into_parts();
            Ok((Box::new(file), Destination::Replacing { temp, path: path.clone() }))
        }
        _ if out.force && std::fs::symlink_metadata(path).is_ok() => {
            let file = std::fs::OpenOptions::new().write(true).truncate(true).open(path).map_err(cannot_create)?;
            Ok((Box::new(file), Destination::Kept))
        }
        _ => match std::fs::OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(file) => Ok((Box::new(file), Destination::Created(path.clone()))),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                Err(anyhow!("error: {} already exists; add --force to replace it", path.display()))
            }
            Err(error) => Err(cannot_create(error)),
        },
    }
}

/// Refuses an output file that is one of the input files, by any name: the same path, a
/// symbolic link to it, a hard link (same device and inode, links followed; `same-file`). The
/// report would replace the case file, the user's only record of a decision, or truncate it
/// before it is read. `-` compares with standard input. A device (`/dev/null`) loses nothing.
fn refuse_an_input(output: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    if !std::fs::metadata(output).is_ok_and(|meta| meta.is_file()) {
        return Ok(());
    }
    let Ok(written) = same_file::Handle::from_path(output) else { return Ok(()) };
    for input in inputs {
        let read =
            if input == Path::new("-") { same_file::Handle::stdin() } else { same_file::Handle::from_path(input) };
        if read.is_ok_and(|read| read == written) {
            let name =
                if input == Path::new("-") { "- (standard input)".to_string() } else { input.display().to_string() };
            anyhow::bail!(
                "error: -o {}: the output file is the input {}, the same file; the report would replace it: write the output to another file",
                printable(&output.display().to_string()),
                printable(&name)
            );
        }
    }
    Ok(())
}

/// What a run wrote: nothing (every case failed), part of its output (a write failed), or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Written {
    Nothing,
    Part,
    All,
}

/// What becomes of the output file when the run ends.
pub(super) enum Destination {
    /// Standard output, or a sink.
    Stdout,
    /// A file this run created: removed when nothing was written, so that the next run (with
    /// the case file fixed) needs no `--force`.
    Created(PathBuf),
    /// `--force` over a regular file: the new output waits under a temporary name.
    Replacing { temp: tempfile::TempPath, path: PathBuf },
    /// `--force` over a device or a link: written in place, never removed.
    Kept,
}

impl Destination {
    /// Puts the output in its place: a complete output replaces the earlier file; anything
    /// less leaves the earlier file as it was (the temporary file is removed).
    pub(super) fn finish(self, written: Written) -> anyhow::Result<()> {
        match (self, written) {
            (Destination::Created(path), Written::Nothing) => {
                let _ = std::fs::remove_file(path);
                Ok(())
            }
            (Destination::Replacing { temp, path }, Written::All) => temp
                .persist(&path)
                .map_err(|e| anyhow!("error: {}: cannot replace the output file: {}", path.display(), e.error)),
            _ => Ok(()),
        }
    }
}

/// Writes a command's whole text to the file `-o` names.
pub(super) fn write_file(out: &OutputArgs, text: &str) -> anyhow::Result<Outcome> {
    let (mut file, destination) = open_output(out, &[])?;
    let written = file.write_all(text.as_bytes()).and_then(|()| file.flush());
    drop(file);
    match written {
        Ok(()) => destination.finish(Written::All).map(|()| Outcome::Ok),
        Err(error) => {
            destination.finish(Written::Part)?;
            Err(anyhow::Error::from(error).context("error: cannot write the output"))
        }
    }
}

/// The files to read: a directory stands for the `*.toml` files in it, in name order.
pub(super) fn case_files(arguments: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
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

/// A case file read and validated, with what is needed to point at its lines.
pub(super) struct Loaded {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) case: calc::Case,
}

impl Loaded {
    pub(super) fn read(path: &Path) -> anyhow::Result<Loaded> {
        let name = if path == Path::new("-") { "<stdin>".to_string() } else { path.display().to_string() };
        let text = read_text(path).with_context(|| format!("error: {name}"))?;
        let case = input::parse_case(&text).map_err(|e| anyhow!(diagnostic(&name, &text, &e.message, e.span)))?;
        Ok(Loaded { name, text, case })
    }

    pub(super) fn error(&self, error: calc::CalcError) -> anyhow::Error {
        anyhow!(diagnostic(&self.name, &self.text, &input::wording::message(&error), error.span()))
    }
}

pub(super) fn read_text(path: &Path) -> anyhow::Result<String> {
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
