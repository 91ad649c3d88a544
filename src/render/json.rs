//! JSON: the report types serialize with the FORMAT.md names as they are.

use std::io::{self, Write};

use super::Renderer;
use crate::calc::Report;

pub struct JsonRenderer {
    array: bool,
    written: usize,
}

impl JsonRenderer {
    pub fn new(array: bool) -> JsonRenderer {
        JsonRenderer { array, written: 0 }
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
        serde_json::to_writer_pretty(&mut *out, report)?;
        if self.array { Ok(()) } else { out.write_all(b"\n") }
    }

    fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.array { out.write_all(b"\n]\n") } else { Ok(()) }
    }
}

pub struct JsonLines;

impl Renderer for JsonLines {
    fn report(&mut self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer(&mut *out, report)?;
        out.write_all(b"\n")
    }
}
