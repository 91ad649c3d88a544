//! Reports out. Each format turns a [`Report`] into text; only the shell writes it.

mod json;
mod table;

use crate::calc::Report;
use crate::cli::Format;

/// Writes reports one at a time, so a batch never holds them all in memory.
pub trait Renderer {
    /// Text before the first report.
    fn begin(&mut self) -> String {
        String::new()
    }
    fn report(&mut self, report: &Report) -> String;
    /// Text after the last report.
    fn end(&mut self) -> String {
        String::new()
    }
}

/// The renderer for a format; `files` decides whether JSON is one object or an array.
pub fn renderer(format: Format, files: usize) -> Box<dyn Renderer> {
    match format {
        Format::Table => Box::new(table::TableRenderer::default()),
        Format::Json => Box::new(json::JsonRenderer::new(files > 1)),
        Format::Jsonl => Box::new(json::JsonLines),
    }
}

pub use table::render as table;
