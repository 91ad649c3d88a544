//! Each stage on its own, on the Clearview AP decision (six violations, two groups, four
//! orders) and a one-violation GDPRhub-sized case: `cargo bench --bench stages`.

use art83::calc::{self, Detail, Options};
use art83::input;
use jiff::civil::date;

const CLEARVIEW: &str = include_str!("../examples/clearview-ap-2024.toml");
const SMALL: &str = "[case]\ntitle = \"GDPRhub row\"\n[undertaking]\nname = \"unknown\"\nturnover = \"unknown\"\n[[violation]]\nid = \"v\"\narticles = [\"5(1)(f)\", \"32\"]\nfine = \"20000\"\n";

fn main() {
    divan::main();
}

fn text(name: &str) -> &'static str {
    if name == "clearview" { CLEARVIEW } else { SMALL }
}

fn options() -> Options {
    Options { turnover: None, as_of: date(2026, 1, 1), compare: None, detail: Detail::Steps }
}

#[divan::bench(args = ["clearview", "small"])]
fn parse(name: &str) -> input::raw::CaseFile {
    input::parse_raw(divan::black_box(text(name))).unwrap()
}

#[divan::bench(args = ["clearview", "small"])]
fn validate(bencher: divan::Bencher, name: &str) {
    bencher.with_inputs(|| input::parse_raw(text(name)).unwrap()).bench_values(|raw| input::validate(raw).unwrap());
}

#[divan::bench(args = ["clearview", "small"])]
fn calculate(bencher: divan::Bencher, name: &str) {
    let case = input::parse_case(text(name)).unwrap();
    bencher.bench(|| calc::calculate(divan::black_box(&case), &options()).unwrap());
}

#[divan::bench(args = ["clearview", "small"])]
fn render_json(bencher: divan::Bencher, name: &str) {
    let report = calc::calculate(&input::parse_case(text(name)).unwrap(), &options()).unwrap();
    bencher.bench(|| serde_json::to_string_pretty(divan::black_box(&report)).unwrap());
}

#[divan::bench(args = ["clearview", "small"])]
fn render_table(bencher: divan::Bencher, name: &str) {
    let report = calc::calculate(&input::parse_case(text(name)).unwrap(), &options()).unwrap();
    bencher.bench(|| art83::render::table(divan::black_box(&report)));
}
