//! Case files in: TOML text to a validated [`Case`].
//!
//! Two stages, as FORMAT.md is the contract: `raw` mirrors the file key for key, `validate`
//! turns it into the core's domain types and checks what serde cannot (values, key
//! combinations); the case's own invariants (ids, references, one source per fine) are the
//! core's ([`Case::validate`]), whose errors `located` puts at the key they concern. Every error
//! carries the byte span it concerns. [`parse_case`] is the entry; the two stages apart are
//! public for the benchmarks only (`raw` mirrors the file and is not a stable API).

pub mod amount;
mod currency;
pub mod lint;
mod located;
#[doc(hidden)]
pub mod raw;
#[cfg(test)]
mod schema;
mod validate;
pub mod value;
pub mod wording;

use std::collections::HashMap;
use std::ops::Range;

use crate::calc::Case;

/// The largest case file art83 reads.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most violations one case may have.
pub const MAX_VIOLATIONS: usize = 10_000;

/// A problem in a case file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct InputError {
    /// What is wrong and what to write instead.
    pub message: String,
    /// The byte range of the case file's text it concerns, if any.
    pub span: Option<Range<usize>>,
}

impl InputError {
    /// An error with its message and span.
    pub fn new(message: impl Into<String>, span: Option<Range<usize>>) -> InputError {
        InputError { message: message.into(), span }
    }
}

/// Parses and validates a case file's text: the [`Case`] with the core's invariants met, or
/// the first problem with the byte range of the text it concerns.
pub fn parse_case(text: &str) -> Result<Case, InputError> {
    validate(parse_raw(text)?)
}

/// Checks references and combinations, and builds the core's [`Case`].
#[doc(hidden)]
pub fn validate(raw: raw::CaseFile) -> Result<Case, InputError> {
    validate::case(raw)
}

/// Reads a case file's text into its tables, without cross-checks.
#[doc(hidden)]
pub fn parse_raw(text: &str) -> Result<raw::CaseFile, InputError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(InputError::new(
            format!("the case file is {} bytes; art83 reads case files up to 10 MiB", text.len()),
            None,
        ));
    }
    if text.trim().is_empty() {
        return Err(InputError::new(
            "the case file is empty: it needs at least a [case] table with a title and an [undertaking] table with a name (`art83 init` prints a template)",
            None,
        ));
    }
    toml::from_str(text).map_err(|error| toml_error(text, error.message().trim(), error.span()))
}

/// The toml crate's message, made to say what to change where it does not.
fn toml_error(text: &str, message: &str, span: Option<Range<usize>>) -> InputError {
    let written = span.clone().and_then(|s| text.get(s)).unwrap_or("").trim();
    // Integers beyond i64: "u64 value was too large", "invalid type: integer `…` as i128".
    if message.contains("value was too large") || message.contains(" as i128") || message.contains(" as u128") {
        return InputError::new(
            format!(
                "{written} is larger than a TOML integer holds ({}); write a large amount as a string: \"{written}\"",
                i64::MAX
            ),
            span,
        );
    }
    if message == "recursion limit" && span.is_none() {
        return deepest_nesting(text);
    }
    InputError { message: with_suggestion(message), span }
}

/// Where a file nests tables or keys too deep for the TOML reader, which says only
/// "recursion limit": the line with the most dots in a key or brackets open at once.
fn deepest_nesting(text: &str) -> InputError {
    let mut deepest = (0, 0..0);
    let (mut offset, mut open) = (0, 0usize);
    for line in text.split_inclusive('\n') {
        let key = line.split('=').next().unwrap_or("");
        let dots = key.matches('.').count();
        for c in line.chars() {
            match c {
                '[' | '{' => open += 1,
                ']' | '}' => open = open.saturating_sub(1),
                _ => {}
            }
        }
        let depth = dots.max(open);
        if depth > deepest.0 {
            deepest = (depth, offset..offset + line.trim_end().len());
        }
        offset += line.len();
    }
    InputError::new(
        format!(
            "keys or tables are nested {} levels deep here, more than the TOML reader allows; a case file needs at most three (like [violation.edpb] or `proportionality = {{ ... }}`)",
            deepest.0
        ),
        Some(deepest.1),
    )
}

/// The nearest of `candidates` to a near miss, if any is close enough to be meant.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    Names::new(candidates).nearest(word)
}

/// How many edit distances one [`Names`] computes at most. A case may name 10,000 groups and
/// 10,000 undeclared ones: without a bound that is 10^8 distances (35 s). Cheap lower bounds
/// discard nearly every pair first; the bound keeps an adversarial file linear.
const MAX_DISTANCES: usize = 200_000;

/// Names to suggest from, prepared once so that many near misses can be looked up.
pub struct Names<'a> {
    /// Names of the same length, limit and letters share one shape, so that numbered ids
    /// (`group-00001` ... `group-05000`) are screened a few hundred shapes at a time.
    shapes: Vec<Shape>,
    names: Vec<(&'a str, String)>,
    distances_left: std::cell::Cell<usize>,
}

struct Shape {
    length: usize,
    /// The most edits at which the name is still suggested: `max(2, bytes / 4)`.
    limit: usize,
    mask: u128,
    /// Indexes into `names`, in the order given.
    members: Vec<usize>,
}

impl<'a> Names<'a> {
    /// Prepares the candidate names, in the order given (the first wins a tie).
    pub fn new(candidates: impl IntoIterator<Item = &'a str>) -> Names<'a> {
        let mut shapes: Vec<Shape> = Vec::new();
        let mut index: HashMap<(usize, usize, u128), usize> = HashMap::new();
        let mut names = Vec::new();
        for name in candidates {
            let lower = name.to_lowercase();
            let key = (lower.chars().count(), 2.max(name.len() / 4), char_mask(&lower));
            let shape = *index.entry(key).or_insert_with(|| {
                shapes.push(Shape { length: key.0, limit: key.1, mask: key.2, members: Vec::new() });
                shapes.len() - 1
            });
            shapes[shape].members.push(names.len());
            names.push((name, lower));
        }
        Names { shapes, names, distances_left: std::cell::Cell::new(MAX_DISTANCES) }
    }

    /// The nearest name within its limit of edits (insertions, deletions, substitutions and
    /// swaps of two neighbours: optimal string alignment), the first in order on a tie. Once
    /// `MAX_DISTANCES` distances are spent, no more names are suggested.
    pub fn nearest(&self, word: &str) -> Option<&'a str> {
        let word = word.to_lowercase();
        let (length, mask) = (word.chars().count(), char_mask(&word));
        let mut best: Option<(usize, usize)> = None;
        for shape in &self.shapes {
            // Each edit changes the length by at most one and the set of letters by at most two.
            let length_gap = length.abs_diff(shape.length);
            let letter_gap = (mask ^ shape.mask).count_ones() as usize;
            if length_gap > shape.limit || letter_gap > 2 * shape.limit || best.is_some_and(|(d, _)| length_gap > d) {
                continue;
            }
            for &member in &shape.members {
                let Some(left) = self.distances_left.get().checked_sub(1) else { break };
                self.distances_left.set(left);
                let lower = &self.names[member].1;
                let distance = strsim::osa_distance(&word, lower);
                if distance <= shape.limit
                    && distance < lower.len().max(word.len())
                    && best.is_none_or(|b| (distance, member) < b)
                {
                    best = Some((distance, member));
                }
            }
        }
        best.map(|(_, member)| self.names[member].0)
    }
}

/// The letters of a name as a set of 128 bits (exact for ASCII): two names that differ by `n`
/// edits differ in at most `2n` bits.
fn char_mask(text: &str) -> u128 {
    text.chars().fold(0, |mask, c| mask | 1 << (u32::from(c) % 128))
}

/// Adds "did you mean" to serde's "unknown field `titel`, expected one of `title`, ..." and
/// "unknown variant `hgh`, expected one of `low`, ..." messages.
fn with_suggestion(message: &str) -> String {
    let Some(rest) = message.strip_prefix("unknown field `").or_else(|| message.strip_prefix("unknown variant `"))
    else {
        return message.to_string();
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_string();
    };
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    match suggest(unknown, candidates) {
        Some(nearest) => format!("{message}; did you mean `{nearest}`?"),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_over_10_mib_is_refused_before_it_is_parsed() {
        // The CLI stops reading at 10 MiB + 1 byte; a library caller may pass any text.
        let text = format!("# {}\n", "x".repeat(MAX_FILE_BYTES - 2));
        assert_eq!(text.len(), 10 * 1024 * 1024 + 1);
        let error = parse_raw(&text).unwrap_err();
        assert_eq!(
            (error.message.as_str(), error.span),
            ("the case file is 10485761 bytes; art83 reads case files up to 10 MiB", None)
        );
        // Exactly 10 MiB is read: a comment only, so it lacks its [case] table.
        let error = parse_raw(&text[..MAX_FILE_BYTES]).unwrap_err();
        assert!(error.message.starts_with("missing field `case`"), "{}", error.message);
    }

    #[test]
    fn a_penalty_without_count_counts_completed_periods_abrvs_2015_3532() {
        // ECLI:NL:RVS:2015:3532: "per week" without "or part of a week" forfeits the first
        // amount a week after the grace period: only completed periods, unless the file says so.
        let order = "[[penalty]]\nid = \"o\"\namount = 1\nper = \"week\"\ndue = 2024-01-01\n";
        let case = "[case]\ntitle = \"t\"\nauthority = \"NL-AP\"\ndecided = 2023-12-01\n";
        let read = |extra: &str| parse_raw(&format!("{case}{order}{extra}")).unwrap().penalty[0].count;
        assert_eq!(read(""), crate::calc::model::PeriodCount::Completed);
        assert_eq!(read("count = \"started\"\n"), crate::calc::model::PeriodCount::Started);
    }

    #[test]
    fn a_tie_suggests_the_first_name_in_order() {
        assert_eq!(suggest("grop-b", ["group-a", "group-b", "grop-a"]), Some("group-b"));
        assert_eq!(suggest("grop", ["grap", "grip"]), Some("grap"));
        assert_eq!(suggest("GROUP", ["group"]), Some("group"));
    }

    #[test]
    fn thousands_of_misses_against_thousands_of_names_spend_few_distances() {
        // Issue 16: 5,000 undeclared groups against 5,000 declared ones took 35 s, one edit
        // distance per pair. Screening by length and letters leaves almost none to compute.
        let declared: Vec<String> = (0..5_000).map(|i| format!("group-{i:05}")).collect();
        let names = Names::new(declared.iter().map(String::as_str));
        for i in 0..5_000 {
            assert_eq!(names.nearest(&format!("other-{i:05}")), None);
        }
        assert_eq!(names.nearest("group-0001"), Some("group-00001"));
        let spent = MAX_DISTANCES - names.distances_left.get();
        assert!(spent < 10_000, "{spent} distances computed, of 25,000,000 pairs");
        assert!(names.shapes.len() < 2_000, "{} shapes", names.shapes.len());
    }

    #[test]
    fn near_misses_get_the_nearest_name() {
        assert_eq!(suggest("titel", ["title", "authority"]), Some("title"));
        assert_eq!(suggest("grup", ["group", "fine"]), Some("group"));
        assert_eq!(suggest("zzzzzz", ["group", "fine"]), None);
        assert_eq!(
            with_suggestion("unknown field `titel`, expected one of `title`, `authority`"),
            "unknown field `titel`, expected one of `title`, `authority`; did you mean `title`?"
        );
        assert_eq!(
            with_suggestion("unknown variant `hgh`, expected one of `low`, `medium`, `high`"),
            "unknown variant `hgh`, expected one of `low`, `medium`, `high`; did you mean `high`?"
        );
    }
}
