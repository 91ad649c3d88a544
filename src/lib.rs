//! art83: GDPR Art. 83 fines and penalty payments, calculated exactly and explained.
//!
//! - [`calc`]: the pure calculation core (legal maxima, Art. 83(3) groups, the EDPB and AP 2019
//!   methods, penalty schedules): a [`Case`](calc::Case) in, a [`Report`](calc::Report) out.
//! - [`input`]: case files in: TOML text parsed and validated into a `Case`, each error with
//!   the byte span it concerns.
//! - `render`, `app`, `cli` and `man`: the command line, behind the default feature `cli`.
//!
//! # Use as a library
//!
//! The command line's dependencies (clap, comfy-table, csv, HTML and SVG output) sit behind the
//! default feature `cli`; one crate rather than two keeps one version, and the binary and the
//! library it calls are built and tested together. Without it the core needs serde, jiff,
//! rust_decimal, toml and thiserror:
//!
//! ```toml
//! [dependencies]
//! art83 = { version = "0.1", default-features = false }
//! ```
//!
//! Parse a case file, calculate, read the amounts, and write the report as the JSON of
//! `art83 calc --format json` (amounts are exact decimals, in JSON as strings):
//!
//! ```
//! use art83::calc::{self, Options, money::Money};
//! use art83::input;
//!
//! let text = include_str!("../examples/clearview-ap-2024.toml");
//! let case = input::parse_case(text).expect("a valid case file");
//! let options = Options::new(jiff::civil::date(2026, 1, 1));
//! let report = calc::calculate(&case, &options).expect("the case calculates");
//!
//! // Two fines under Art. 83(3): EUR 20M for three linked violations, EUR 10.5M for two more.
//! assert_eq!(report.total, Money::euros(30_500_000));
//! assert_eq!(report.total.to_string(), "EUR 30,500,000.00");
//! assert_eq!(report.groups.len(), 2);
//! assert!(!report.has_discrepancy(), "the decision's own total agrees");
//!
//! let json: serde_json::Value = serde_json::to_value(&report).unwrap();
//! assert_eq!(json["total"], "30500000.00");
//! assert_eq!(json["violations"][0]["id"], "unlawful-processing");
//! ```
//!
//! A case file with a mistake gives an [`InputError`](input::InputError) with the byte range of
//! the offending text, from which a caller reports the line and column:
//!
//! ```
//! let text = r#"
//! [case]
//! title = "Scraping"
//! [undertaking]
//! name = "U"
//! [[violation]]
//! id = "v"
//! articles = ["5(1)(a)"]
//! group = "scrapng"
//! [[group]]
//! id = "scraping"
//! fine = 1_000_000
//! "#;
//! let error = art83::input::parse_case(text).unwrap_err();
//! assert_eq!(error.message, "no [[group]] has id `scrapng`; did you mean `scraping`?");
//! assert_eq!(&text[error.span.unwrap()], "\"scrapng\"");
//! ```

#![deny(missing_docs)]

#[cfg(feature = "cli")]
#[allow(missing_docs)] // The command line's modules are public for the binary and its tests only.
pub mod app;
pub mod calc;
#[cfg(feature = "cli")]
#[allow(missing_docs)]
pub mod cli;
pub mod input;
pub mod l10n;
#[cfg(feature = "cli")]
#[allow(missing_docs)]
pub mod man;
#[cfg(feature = "cli")]
#[allow(missing_docs)]
pub mod render;

/// The README's Rust samples, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
