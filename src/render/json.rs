//! JSON: the report types serialize with the FORMAT.md names as they are.

use std::io::{self, Write};

use super::Renderer;
use crate::calc::Report;

pub struct JsonRenderer {
    array: bool,
    written: usize,
    /// One report's JSON, reused from case to case: serde_json writing small pieces through
    /// `dyn Write` was 5 % slower on a batch.
    buffer: Vec<u8>,
}

impl JsonRenderer {
    pub fn new(array: bool) -> JsonRenderer {
        JsonRenderer { array, written: 0, buffer: Vec::new() }
    }
}

impl Renderer for JsonRenderer {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.array { out.write_all(b"[\n") } else { Ok(()) }
    }

    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        if self.array && self.written > 0 {
            out.write_all(b",\n")?;
        }
        self.written += 1;
        write_json(&mut self.buffer, out, if self.array { "" } else { "\n" }, |buffer| {
            serde_json::to_writer_pretty(buffer, report)
        })
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.array { out.write_all(b"\n]\n") } else { Ok(()) }
    }
}

#[derive(Default)]
pub struct JsonLines {
    buffer: Vec<u8>,
}

impl Renderer for JsonLines {
    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        write_json(&mut self.buffer, out, "\n", |buffer| serde_json::to_writer(buffer, report))
    }
}

/// Serializes one report into `buffer` (reused from case to case), then writes it with `suffix`.
fn write_json(
    buffer: &mut Vec<u8>,
    out: &mut dyn Write,
    suffix: &str,
    serialize: impl FnOnce(&mut Vec<u8>) -> serde_json::Result<()>,
) -> io::Result<()> {
    buffer.clear();
    serialize(buffer)?;
    buffer.extend_from_slice(suffix.as_bytes());
    out.write_all(buffer)
}
