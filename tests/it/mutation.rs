//! Mutation testing of the examples (issue 16): bytes flipped, lines deleted, numbers swapped,
//! with a fixed seed. Whatever comes out, art83 must answer with exit 0, 1 or 2 and never panic.
//! Bounded to a few seconds; the fuzz target (fuzz/) runs the same idea for as long as asked.

use std::panic;

use crate::{art83, examples};

/// xorshift64*: a fixed sequence, so that a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Numbers that sit on the edges art83 must handle: zero, band and year limits, i64 and
/// rust_decimal limits, many decimals.
const NUMBERS: [&str; 12] = [
    "0",
    "-1",
    "1900",
    "2200",
    "500000000.01",
    "9223372036854775807",
    "9223372036854775808",
    "79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "1e3",
    "2_000_000",
    "\"1.5\"",
];

fn mutate(text: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = text.to_vec();
    for _ in 0..1 + rng.below(3) {
        match rng.below(3) {
            0 if !bytes.is_empty() => {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            1 => {
                let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
                let gone = rng.below(lines.len());
                bytes = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != gone)
                    .map(|(_, l)| *l)
                    .collect::<Vec<_>>()
                    .join(&b'\n');
            }
            _ => bytes = swap_number(&bytes, rng),
        }
    }
    bytes
}

/// Replaces one run of digits by an edge number.
fn swap_number(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let starts: Vec<usize> =
        (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit())).collect();
    if starts.is_empty() {
        return bytes.to_vec();
    }
    let start = starts[rng.below(starts.len())];
    let end = (start..bytes.len()).find(|&i| !bytes[i].is_ascii_digit()).unwrap_or(bytes.len());
    [&bytes[..start], NUMBERS[rng.below(NUMBERS.len())].as_bytes(), &bytes[end..]].concat()
}

#[test]
fn mutated_examples_never_panic_in_process() {
    let mut rng = Rng(0x5eed_0016);
    let sources: Vec<Vec<u8>> = examples().iter().map(|path| std::fs::read(path).unwrap()).collect();
    for round in 0..600 {
        let mutant = mutate(&sources[round % sources.len()], &mut rng);
        let outcome = panic::catch_unwind(|| art83::app::exercise(&mutant));
        assert!(outcome.is_ok(), "round {round} panicked on:\n{}", String::from_utf8_lossy(&mutant));
    }
}

#[test]
fn mutated_examples_exit_0_1_or_2_through_the_binary() {
    let mut rng = Rng(0x0016_5eed);
    let dir = tempfile::tempdir().unwrap();
    let sources: Vec<Vec<u8>> = examples().iter().map(|path| std::fs::read(path).unwrap()).collect();
    let options: [&[&str]; 6] = [
        &["calc", "-f", "json"],
        &["calc", "-f", "csv", "--lang", "nl", "--method", "edpb"],
        &["check", "-f", "markdown", "--as-of", "2023-01-01"],
        &["calc", "--turnover", "600M", "--method", "ap2019"],
        &["sweep", "--turnover", "0..2bn", "--steps", "7", "-f", "json"],
        &["sweep", "--turnover", "0..600M", "--steps", "5"],
    ];
    for round in 0..60 {
        let case = dir.path().join(format!("case-{round}.toml"));
        std::fs::write(&case, mutate(&sources[round % sources.len()], &mut rng)).unwrap();
        let args = options[round % options.len()];
        let output = art83().args(&args[..1]).arg(&case).args(&args[1..]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let code = output.status.code();
        assert!(matches!(code, Some(0..=2)), "round {round}, {args:?}: exit {code:?}\n{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("internal error"),
            "round {round}, {args:?}:\n{stderr}"
        );
    }
}
