//! Case files in: TOML text to a validated [`Case`].
//!
//! Two stages, as FORMAT.md is the contract: `raw` mirrors the file key for key, `validate`
//! turns it into the core's domain types and checks what serde cannot (duplicate ids,
//! references, combinations). Every error carries the byte span it concerns.

pub mod amount;
pub mod lint;
pub mod raw;
mod validate;
pub mod value;

use std::ops::Range;

use crate::calc::Case;

/// The largest case file art83 reads.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most violations one case may have.
pub const MAX_VIOLATIONS: usize = 10_000;

/// A problem in a case file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct InputError {
    pub message: String,
    pub span: Option<Range<usize>>,
}

impl InputError {
    pub fn new(message: impl Into<String>, span: Option<Range<usize>>) -> InputError {
        InputError { message: message.into(), span }
    }
}

/// Parses and validates a case file's text.
pub fn parse_case(text: &str) -> Result<Case, InputError> {
    validate(parse_raw(text)?)
}

/// Checks references and combinations, and builds the core's [`Case`].
pub fn validate(raw: raw::CaseFile) -> Result<Case, InputError> {
    validate::case(raw)
}

/// Reads a case file's text into its tables, without cross-checks.
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
    toml::from_str(text)
        .map_err(|error| InputError { message: with_suggestion(error.message().trim()), span: error.span() })
}

/// The nearest of `candidates` to a near miss, if any is close enough to be meant.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&word, &c.to_lowercase()), c))
        .filter(|(distance, c)| *distance <= 2.max(c.len() / 4) && *distance < c.len().max(word.len()))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
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
