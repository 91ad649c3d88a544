//! What `check` found over its files: its exit code's reasons and the one-line summary.

use std::path::{Path, PathBuf};

use crate::calc::Report;
use crate::calc::report::{Finding, FindingCode, Level};

/// What `check` makes of a file that states no published figure.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unpublished {
    /// It fails the check (exit 1): nothing in it was reproduced.
    #[default]
    Fail,
    /// `--allow-unpublished`: it passes on its legal checks alone.
    Pass,
}

/// What `check` found over its files, for the one-line summary an auditor reads.
#[derive(Debug, Default)]
pub(super) struct CheckTally {
    /// Published figures compared with the calculation, over all files.
    compared: usize,
    discrepant: Vec<PathBuf>,
    /// Files that state no published figure: nothing in them was reproduced.
    unchecked: Vec<PathBuf>,
    pub(super) failed: usize,
    /// Whether a file without a published figure passes (`--allow-unpublished`).
    unpublished: Unpublished,
}

impl CheckTally {
    pub(super) fn new(unpublished: Unpublished) -> CheckTally {
        CheckTally { unpublished, ..CheckTally::default() }
    }

    /// Whether `check` may vouch for this report. A file without a published figure may not:
    /// its exit status would otherwise say "reproduced" of a decision nothing was compared
    /// with, so it gets a `nothing-to-check` warning and fails the check (exit 1), unless
    /// `--allow-unpublished` asks for the legal checks alone.
    pub(super) fn passes(&mut self, path: &Path, report: &mut Report) -> bool {
        let figures = report.published_figures();
        self.compared += figures;
        if figures == 0 {
            let message = crate::l10n::Message::new("check-nothing-to-check");
            report.findings.push(Finding::says(Level::Warning, FindingCode::NothingToCheck, message));
            self.unchecked.push(path.to_path_buf());
        }
        if report.has_discrepancy() {
            self.discrepant.push(path.to_path_buf());
        }
        (figures > 0 || self.unpublished == Unpublished::Pass) && !report.has_discrepancy()
    }

    pub(super) fn summary(&self, total: usize) -> String {
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
