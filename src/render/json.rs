//! JSON: the report types serialize with the FORMAT.md names as they are.

use std::io::{self, Write};

use serde::Serialize;

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
            let mut serializer = serde_json::Serializer::with_formatter(buffer, Indented::default());
            report.serialize(&mut serializer)
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

    // serde_json writes every piece with `write_all`, whose default loops over `write`.
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.write(bytes).map(|_| ())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// serde_json's pretty format (two spaces a level), with each line break and its indentation
/// written at once: the pretty formatter writes them two bytes at a time, a fifth of a
/// report's JSON time. The output is byte for byte `to_writer_pretty`'s (the JSON snapshots).
#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
}

/// A comma, a line break and the spaces of the deepest level a report reaches, and more.
const BREAK: &[u8] = b",\n                                                                ";

impl Indented {
    fn line_break<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        let spaces = 2 * self.depth;
        let from = usize::from(first);
        match BREAK.get(from..2 + spaces) {
            Some(bytes) => writer.write_all(bytes),
            None => {
                writer.write_all(&BREAK[from..2])?;
                (0..self.depth).try_for_each(|_| writer.write_all(b"  "))
            }
        }
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line_break(writer, true)?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.line_break(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.line_break(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_writes_what_serde_json_pretty_writes_at_every_depth() {
        let mut value = serde_json::json!({ "a": [], "b": {}, "c": [1, {"d": null, "e": [true, "x"]}] });
        for _ in 0..40 {
            value = serde_json::json!({ "level": value, "list": [[], {"x": [1]}, 2] });
        }
        let pretty = serde_json::to_vec_pretty(&value).unwrap();
        let mut ours = Vec::new();
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut ours, Indented::default())).unwrap();
        assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(pretty).unwrap());
    }
}
