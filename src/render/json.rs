//! JSON: the report types serialize with the FORMAT.md names as they are.

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

fn to_json(report: &Report, pretty: bool) -> String {
    let json = if pretty { serde_json::to_string_pretty(report) } else { serde_json::to_string(report) };
    json.expect("reports hold only strings, numbers and lists")
}

impl Renderer for JsonRenderer {
    fn begin(&mut self) -> String {
        if self.array { "[\n".into() } else { String::new() }
    }

    fn report(&mut self, report: &Report) -> String {
        let separator = if self.array && self.written > 0 { ",\n" } else { "" };
        self.written += 1;
        let suffix = if self.array { "" } else { "\n" };
        format!("{separator}{}{suffix}", to_json(report, true))
    }

    fn end(&mut self) -> String {
        if self.array { "\n]\n".into() } else { String::new() }
    }
}

pub struct JsonLines;

impl Renderer for JsonLines {
    fn report(&mut self, report: &Report) -> String {
        format!("{}\n", to_json(report, false))
    }
}
