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
    pub fn new(batch: super::Batch) -> JsonRenderer {
        JsonRenderer { array: batch == super::Batch::Many, written: 0, buffer: Vec::new() }
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

/// Serializes one report through `buffer` (reused from case to case), then writes `suffix`.
/// The buffer is handed on whenever it holds [`CHUNK`] bytes, so that a report with a long
/// penalty schedule is never held whole as text.
fn write_json(
    buffer: &mut Vec<u8>,
    out: &mut dyn Write,
    suffix: &str,
    serialize: impl FnOnce(&mut Chunked<'_>) -> serde_json::Result<()>,
) -> io::Result<()> {
    buffer.clear();
    let mut chunked = Chunked { buffer, out };
    serialize(&mut chunked)?;
    chunked.buffer.extend_from_slice(suffix.as_bytes());
    chunked.out.write_all(chunked.buffer)
}

/// How much JSON is collected before it is written on.
const CHUNK: usize = 64 * 1024;

/// A buffer in front of the output: serde_json writes many small pieces, and one call through
/// `dyn Write` per piece made batches 5 % slower.
struct Chunked<'a> {
    buffer: &'a mut Vec<u8>,
    out: &'a mut dyn Write,
}

impl Write for Chunked<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK {
            self.out.write_all(self.buffer)?;
            self.buffer.clear();
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
