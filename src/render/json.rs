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
        self.buffer.clear();
        serde_json::to_writer_pretty(&mut self.buffer, report)?;
        if !self.array {
            self.buffer.push(b'\n');
        }
        out.write_all(&self.buffer)
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
        self.buffer.clear();
        serde_json::to_writer(&mut self.buffer, report)?;
        self.buffer.push(b'\n');
        out.write_all(&self.buffer)
    }
}
