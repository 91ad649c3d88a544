//! Languages: each a Fluent catalogue under `locales/<lang>/` and a locale row.
//!
//! The core says what (a [`Message`]: an id and typed values); a catalogue says how, in one
//! language; the locale row ([`locale::Locale`]) writes the values (amounts, dates, numbers,
//! provisions) the way that language does. Adding a language is adding a folder of `.ftl`
//! files, a row in [`locale::LOCALES`] and a [`Lang`] variant: no message is written in code.
//! The catalogues are compiled into static tables at build time (`build.rs`). This part uses
//! nothing else of art83: the core builds messages, the renderers and JSON write them.

pub mod catalogue;
pub mod locale;
pub mod message;

pub use message::{Amount, Arg, Message};

use rust_decimal::Decimal;

/// A language art83 writes reports in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English: the JSON report's language too.
    En,
    /// Dutch, in the terms of the Dutch text of the GDPR (AVG) and the Awb.
    Nl,
    /// German, in the terms of the German text of the GDPR (DSGVO).
    De,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::De];

    /// The language's code (`en`, `nl`, `de`), as `--lang` and the catalogues' folders name it.
    pub fn code(self) -> &'static str {
        locale::Locale::of(self).code
    }

    /// The language of a POSIX locale name: `nl`, `nl_NL.UTF-8`, `de_DE@euro` are Dutch and
    /// German; every other locale (`C`, `en_GB.UTF-8`, `fr_FR`) gets English.
    pub fn from_locale(name: &str) -> Lang {
        let language = name.split(['_', '.', '@']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|lang| language.eq_ignore_ascii_case(lang.code())).unwrap_or(Lang::En)
    }

    /// The language of the environment, in the POSIX order for messages: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; English without any.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|value| !value.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    }
}

/// The exact amount written out from the mantissa's digits, with at least two decimals;
/// zeros past the cents are dropped (`100.000` shows as `100.00`), nothing else is.
/// Tables format hundreds of amounts per report, so this avoids `Decimal::normalize` (a
/// division per trailing zero) and builds the text in one allocation.
pub fn digits(amount: Decimal, thousands: Option<char>, decimal_mark: char) -> String {
    let mut mantissa = amount.mantissa().unsigned_abs();
    let mut scale = amount.scale() as usize;
    while scale > 2 && mantissa.is_multiple_of(10) {
        mantissa /= 10;
        scale -= 1;
    }
    // A mantissa has at most 29 digits and a scale at most 28: 40 bytes always suffice.
    let mut buffer = [b'0'; 40];
    let mut start = buffer.len();
    // u128 division is a library call; most amounts fit in a u64.
    while mantissa > u128::from(u64::MAX) {
        start -= 1;
        buffer[start] = b'0' + (mantissa % 10) as u8;
        mantissa /= 10;
    }
    let mut small = mantissa as u64;
    loop {
        start -= 1;
        buffer[start] = b'0' + (small % 10) as u8;
        small /= 10;
        if small == 0 {
            break;
        }
    }
    // At least one digit before the decimal mark: 0.05 has the mantissa 5 (the buffer
    // is pre-filled with zeros).
    start = start.min(buffer.len() - scale - 1);
    let (whole, fraction) = buffer[start..].split_at(buffer.len() - start - scale);
    let mut text = String::with_capacity(whole.len() * 2 + fraction.len() + 8);
    for (index, &digit) in whole.iter().enumerate() {
        if let Some(separator) = thousands
            && index > 0
            && (whole.len() - index).is_multiple_of(3)
        {
            text.push(separator);
        }
        text.push(char::from(digit));
    }
    text.push(decimal_mark);
    text.extend(fraction.iter().map(|&digit| char::from(digit)));
    // At least cents: 12.5 shows as 12.50.
    for _ in scale..2 {
        text.push('0');
    }
    text
}
