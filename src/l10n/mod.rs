//! Languages: each a Fluent catalogue under `locales/<lang>/` and a locale row.
//!
//! The core says what (a [`Message`]: an id and typed values); a catalogue says how, in one
//! language; the locale row ([`locale::Locale`]) writes the values (amounts, dates, numbers,
//! provisions) the way that language does. Adding a language is adding a folder of `.ftl`
//! files under `locales/` and a row in [`locale::LOCALES`]: no code, no message in code.
//! The catalogues are compiled into static tables at build time (`build.rs`). This part uses
//! nothing else of art83: the core builds messages, the renderers and JSON write them.

pub mod catalogue;
pub mod locale;
pub mod message;

pub use message::{Amount, Arg, Message};

use rust_decimal::Decimal;

/// A language art83 writes reports in: a row of [`locale::LOCALES`] (and the catalogue its
/// code names). The named ones are for code that means one language (JSON is English).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

#[allow(non_upper_case_globals)]
impl Lang {
    /// English: the JSON report's language too.
    pub const En: Lang = Lang::at("en");
    /// Dutch, in the terms of the Dutch text of the GDPR (AVG) and the Awb.
    pub const Nl: Lang = Lang::at("nl");
    /// German, in the terms of the German text of the GDPR (DSGVO).
    pub const De: Lang = Lang::at("de");

    /// Every language, in the order of [`locale::LOCALES`], English first.
    pub const ALL: [Lang; locale::LOCALES.len()] = {
        let mut all = [Lang(0); locale::LOCALES.len()];
        let mut index = 0;
        while index < all.len() {
            all[index] = Lang(index as u8);
            index += 1;
        }
        all
    };

    /// The language whose locale row has `code`; the build fails where none has it.
    const fn at(code: &str) -> Lang {
        let mut index = 0;
        while index < locale::LOCALES.len() {
            if locale::LOCALES[index].code.len() == code.len() && starts_with(locale::LOCALES[index].code, code) {
                return Lang(index as u8);
            }
            index += 1;
        }
        panic!("no locale row has this code")
    }

    /// The language of `code` (`en`, `NL`), if art83 has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The language's locale row.
    pub const fn locale(self) -> &'static locale::Locale {
        &locale::LOCALES[self.0 as usize]
    }

    /// The language's code (`en`, `nl`, `de`), as `--lang` and the catalogues' folders name it.
    pub const fn code(self) -> &'static str {
        self.locale().code
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

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether `text` and `code` have the same bytes (`str`'s `==` is not `const`).
const fn starts_with(text: &str, code: &str) -> bool {
    let (text, code) = (text.as_bytes(), code.as_bytes());
    let mut index = 0;
    while index < code.len() {
        if index >= text.len() || text[index] != code[index] {
            return false;
        }
        index += 1;
    }
    true
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
