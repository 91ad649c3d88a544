//! Scalar values of a case file: amounts, signed numbers, dates, penalty units.
//!
//! Each reads a `toml::Value` and refuses what it cannot take exactly, so the `toml` crate
//! attaches the value's position to the message.

use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::de::{Deserialize, Deserializer, Error as _};

use crate::calc::model::{PenaltyUnit, PeriodCount};
use crate::calc::money::Money;

/// Significant decimal digits every binary64 float keeps exactly (DBL_DIG): a TOML float with
/// at most this many is what the user wrote.
const FLOAT_EXACT_DIGITS: usize = 15;

const AMOUNT_FORMS: &str = "an integer like 20_000_000 or a string like \"1234567.89\"";

/// Reads a decimal from a TOML integer, string or (lossless) float.
pub fn decimal_from_value(value: &toml::Value) -> Result<Decimal, String> {
    match value {
        toml::Value::Integer(integer) => Ok(Decimal::from(*integer)),
        toml::Value::String(text) => parse_decimal(text),
        toml::Value::Float(float) => {
            if !float.is_finite() {
                return Err(format!("{float} is not an amount; write {AMOUNT_FORMS}"));
            }
            // Display gives the shortest form that reads back as the same float.
            let shortest = float.to_string();
            let significant =
                shortest.trim_start_matches('-').replace('.', "").trim_start_matches('0').trim_end_matches('0').len();
            if significant > FLOAT_EXACT_DIGITS {
                return Err(format!(
                    "this TOML float has more than {FLOAT_EXACT_DIGITS} significant digits and reads back as {shortest}, which may not be the number you wrote; write the number as a string to keep every digit, e.g. \"1234567890.123456789\""
                ));
            }
            parse_decimal(&shortest)
        }
        other => Err(format!("expected a number ({AMOUNT_FORMS}), found {}", other.type_str())),
    }
}

/// `"1234567.89"`, `"20_000_000"`, `"+10"`, `"-80_000"`: exact, or an error that says why.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let trimmed = text.trim();
    let unsigned = trimmed.trim_start_matches(['+', '-']);
    let digits_ok = !unsigned.is_empty()
        && trimmed.len() - unsigned.len() <= 1
        && unsigned.chars().all(|c| c.is_ascii_digit() || c == '_' || c == '.')
        && unsigned.matches('.').count() <= 1
        && unsigned.starts_with(|c: char| c.is_ascii_digit())
        && unsigned.ends_with(|c: char| c.is_ascii_digit());
    if !digits_ok {
        return Err(format!(
            "{text:?} is not a decimal number; write digits with an optional sign, `_` between digits and one `.`, like \"1234567.89\""
        ));
    }
    let plain = trimmed.replace('_', "");
    // Zeros after the last decimal digit are not significant: "1.000…0" is 1, however long.
    let plain = if plain.contains('.') { plain.trim_end_matches('0').trim_end_matches('.') } else { &plain };
    Decimal::from_str_exact(plain).map_err(|_| {
        format!("{text:?} has more digits than art83 computes exactly (28 significant digits, up to about 7.9e28)")
    })
}

/// A non-negative amount in euros (or the turnover table's currency).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount(pub Money);

impl Amount {
    /// Reads an amount from a TOML integer, string or exact float; never negative.
    pub fn from_value(value: &toml::Value) -> Result<Amount, String> {
        let decimal = decimal_from_value(value)?;
        Money::new(decimal).map(Amount).ok_or_else(|| format!("negative amount {decimal}: amounts are zero or more"))
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Amount, D::Error> {
        Amount::from_value(&toml::Value::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}

/// A case's `per_eur`: a rate, or `"unknown"` for a decision in its own currency that states
/// none (the EUR-based maxima then cannot be converted into it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RateValue {
    /// The rate as written.
    Known(Amount),
    /// `"unknown"`: the decision states no rate.
    Unknown,
}

impl<'de> Deserialize<'de> for RateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RateValue, D::Error> {
        let value = toml::Value::deserialize(deserializer)?;
        if value.as_str().is_some_and(|text| text.trim().eq_ignore_ascii_case("unknown")) {
            return Ok(RateValue::Unknown);
        }
        if let Some(text) = value.as_str().filter(|text| super::suggest(text, ["unknown"]).is_some()) {
            return Err(D::Error::custom(format!("per_eur {text:?}: did you mean \"unknown\"?")));
        }
        Amount::from_value(&value).map(RateValue::Known).map_err(|e| D::Error::custom(format!("{e}, or \"unknown\"")))
    }
}

/// An amount a decision states, with the decimal places it is written in: `"1168.40"` is
/// 1,168.4 written to the cent (2), `6_444_174` to the unit (0). `check` compares a stated
/// figure at the precision it is written in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    /// The amount.
    pub amount: Money,
    /// Its decimal places as written, trailing zeros included.
    pub places: u32,
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Written, D::Error> {
        let value = toml::Value::deserialize(deserializer)?;
        let Amount(amount) = Amount::from_value(&value).map_err(D::Error::custom)?;
        let places = |text: &str| text.split_once('.').map_or(0, |(_, decimals)| decimals.replace('_', "").len());
        let places = match &value {
            toml::Value::String(text) => places(text.trim()),
            toml::Value::Float(float) => places(&float.to_string()),
            _ => 0,
        };
        Ok(Written { amount, places: u32::try_from(places).unwrap_or(u32::MAX) })
    }
}

/// A signed decimal: `"+10"`, `"-50"`, `-80_000`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signed(pub Decimal);

impl<'de> Deserialize<'de> for Signed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Signed, D::Error> {
        decimal_from_value(&toml::Value::deserialize(deserializer)?).map(Signed).map_err(D::Error::custom)
    }
}

/// A position in a band, from 0 (bottom) to 1 (top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position(pub Decimal);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Position, D::Error> {
        let value = decimal_from_value(&toml::Value::deserialize(deserializer)?).map_err(D::Error::custom)?;
        if value < Decimal::ZERO || value > Decimal::ONE {
            return Err(D::Error::custom(format!("position {value} lies outside 0 (bottom of the band) to 1 (top)")));
        }
        Ok(Position(value))
    }
}

/// A percentage of zero or more.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(pub Decimal);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Percent, D::Error> {
        let value = decimal_from_value(&toml::Value::deserialize(deserializer)?).map_err(D::Error::custom)?;
        if value.is_sign_negative() && !value.is_zero() {
            return Err(D::Error::custom(format!("negative percentage {value}")));
        }
        Ok(Percent(value))
    }
}

/// Dates art83 accepts: wide enough for any infringement, decision or penalty, narrow enough
/// that a typo (year 20024) cannot make a schedule of millions of days.
pub const FIRST_YEAR: i16 = 1900;
/// The last year a case file's dates may have.
pub const LAST_YEAR: i16 = 2200;

/// Checks that a date lies within [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn date_in_range(date: Date) -> Result<Date, String> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(format!("the date {date} lies outside the years {FIRST_YEAR} to {LAST_YEAR} art83 accepts"))
    }
}

/// A TOML local date (`2024-05-16`) or a string holding one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDate(pub Date);

impl LocalDate {
    /// Reads a date from a TOML local date or a string holding one.
    pub fn from_value(value: &toml::Value) -> Result<LocalDate, String> {
        Self::any_year(value).and_then(|d| date_in_range(d.0).map(LocalDate))
    }

    fn any_year(value: &toml::Value) -> Result<LocalDate, String> {
        let expected = "expected a date like 2024-05-16";
        match value {
            toml::Value::Datetime(datetime) => match (datetime.date, datetime.time, datetime.offset) {
                (Some(day), None, None) => Date::new(day.year as i16, day.month as i8, day.day as i8)
                    .map(LocalDate)
                    .map_err(|e| format!("{expected}: {e}")),
                _ => Err(format!("{expected}, without a time of day")),
            },
            // Only the date: a time or an offset in a string is refused as in a TOML datetime.
            toml::Value::String(text) if text.trim().len() > "2024-05-16".len() => {
                Err(format!("{expected}, without a time of day; found {text:?}"))
            }
            toml::Value::String(text) => {
                Date::from_str(text.trim()).map(LocalDate).map_err(|_| format!("{expected}, found {text:?}"))
            }
            other => Err(format!("{expected}, found {}", other.type_str())),
        }
    }
}

impl<'de> Deserialize<'de> for LocalDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LocalDate, D::Error> {
        LocalDate::from_value(&toml::Value::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}

/// `count`: `"started"` or `"completed"`, with a message that says so for anything else.
pub fn period_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<PeriodCount, D::Error> {
    let expected = "`count` takes \"started\" (a period counts in full from its first day) or \"completed\" (only whole periods count)";
    match toml::Value::deserialize(deserializer)? {
        toml::Value::String(text) => match text.trim().to_lowercase().as_str() {
            "started" => Ok(PeriodCount::Started),
            "completed" => Ok(PeriodCount::Completed),
            _ => {
                let hint = super::suggest(text.trim(), ["started", "completed"])
                    .map(|s| format!("; did you mean \"{s}\"?"))
                    .unwrap_or_default();
                Err(D::Error::custom(format!("{expected}, found {text:?}{hint}")))
            }
        },
        other => Err(D::Error::custom(format!("{expected}, found {} {other}", other.type_str()))),
    }
}

/// `until`: a date or `"ongoing"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UntilValue {
    /// A date.
    Date(Date),
    /// Still going on: until the decision.
    Ongoing,
}

impl<'de> Deserialize<'de> for UntilValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<UntilValue, D::Error> {
        let value = toml::Value::deserialize(deserializer)?;
        if let Some(text) = value.as_str() {
            if text.trim().eq_ignore_ascii_case("ongoing") {
                return Ok(UntilValue::Ongoing);
            }
            if super::suggest(text.trim(), ["ongoing"]).is_some() {
                return Err(D::Error::custom(format!("{text:?}: did you mean \"ongoing\"?")));
            }
        }
        LocalDate::from_value(&value)
            .map(|date| UntilValue::Date(date.0))
            .map_err(|_| D::Error::custom("expected a date like 2024-05-16, or \"ongoing\""))
    }
}

/// `breaches`: how many breaches were found, or the day of each (Awb 5:32b(1): per breach).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BreachesValue {
    /// How many breaches were found.
    Count(u32),
    /// The day of each breach.
    Dates(Vec<Date>),
}

impl<'de> Deserialize<'de> for BreachesValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<BreachesValue, D::Error> {
        let expected =
            "expected a number of breaches (`breaches = 3`) or their dates (`breaches = [2024-10-01, 2024-11-15]`)";
        match toml::Value::deserialize(deserializer)? {
            toml::Value::Integer(count) => u32::try_from(count)
                .map(BreachesValue::Count)
                .map_err(|_| D::Error::custom(format!("{expected}; {count} is no count of breaches"))),
            toml::Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| LocalDate::from_value(item).map(|d| d.0).map_err(|e| format!("breach {}: {e}", i + 1)))
                .collect::<Result<Vec<Date>, String>>()
                .map(BreachesValue::Dates)
                .map_err(D::Error::custom),
            other => Err(D::Error::custom(format!("{expected}, found {}", other.type_str()))),
        }
    }
}

/// The units `per` and `grace` accept, in English and in Dutch (as AP decisions write them:
/// `per dag`, `per week`, `per maand`, `een begunstigingstermijn van 3 maanden`, `per overtreding`).
pub const UNIT_WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "breach",
    "once",
    "dag",
    "dagen",
    "weken",
    "maand",
    "maanden",
    "overtreding",
    "eenmalig",
];

/// `"day"`, `"month"`, `"2 weeks"`, `"3 months"`, `"breach"`, `"once"`, and in Dutch `"dag"`,
/// `"maand"`, `"2 weken"`, `"3 maanden"`, `"overtreding"`, `"eenmalig"`.
pub fn parse_unit(text: &str) -> Result<PenaltyUnit, String> {
    let lower = text.trim().to_lowercase();
    let (count, word) = match lower.split_once(char::is_whitespace) {
        Some((count, word)) => (Some(count), word.trim()),
        None => (None, lower.as_str()),
    };
    let n: u32 = match count {
        None => 1,
        Some(count) => count
            .parse()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
            .ok_or_else(|| format!("{text:?}: the number of units must be a whole number from 1 to 10000"))?,
    };
    let unit = match word {
        "day" | "days" | "dag" | "dagen" => PenaltyUnit::Days(n),
        "week" | "weeks" | "weken" => PenaltyUnit::Weeks(n),
        "month" | "months" | "maand" | "maanden" => PenaltyUnit::Months(n),
        "breach" | "breaches" | "overtreding" if count.is_none() => PenaltyUnit::Breach,
        "once" | "eenmalig" if count.is_none() => PenaltyUnit::Once,
        _ => {
            let hint = super::suggest(word, UNIT_WORDS.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(format!(
                "unknown unit {text:?}: expected day, week, month, \"N days|weeks|months\", breach or once (in Dutch: dag, week, maand, \"N dagen|weken|maanden\", overtreding, eenmalig){hint}"
            ));
        }
    };
    Ok(unit)
}

/// A penalty unit from the case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit(pub PenaltyUnit);

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_unit(&text).map(Unit).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn strings_and_integers_are_exact() {
        assert_eq!(parse_decimal("1234567.89"), Ok(dec!(1234567.89)));
        assert_eq!(parse_decimal("20_000_000"), Ok(dec!(20000000)));
        assert_eq!(parse_decimal("+10"), Ok(dec!(10)));
        assert_eq!(parse_decimal("-80_000"), Ok(dec!(-80000)));
        assert_eq!(decimal_from_value(&toml::Value::Integer(20_000_000)), Ok(dec!(20000000)));
    }

    #[test]
    fn zeros_after_the_last_decimal_digit_are_not_significant() {
        assert_eq!(parse_decimal("1.0000000000000000000000000000000"), Ok(dec!(1)));
        assert_eq!(parse_decimal("20_000_000.000000000000000000000000"), Ok(dec!(20000000)));
        assert!(parse_decimal("1.0000000000000000000000000000001").unwrap_err().contains("28 significant digits"));
        assert!(parse_decimal("100000000000000000000000000000000").unwrap_err().contains("28 significant digits"));
    }

    #[test]
    fn a_date_string_with_a_time_is_refused_like_a_toml_datetime() {
        let text = toml::Value::String("2024-05-16T10:00:00+02:00".into());
        assert!(LocalDate::from_value(&text).unwrap_err().contains("without a time of day"));
        let datetime: toml::Value = "d = 2024-05-16T10:00:00+02:00".parse::<toml::Table>().unwrap()["d"].clone();
        assert!(LocalDate::from_value(&datetime).unwrap_err().contains("without a time of day"));
        assert!(LocalDate::from_value(&toml::Value::String(" 2024-05-16 ".into())).is_ok());
    }

    #[test]
    fn malformed_decimals_are_errors() {
        for text in ["", "1,5", "1.2.3", "12a", "_1", "1_", "--1", "1e5", "EUR 5", "."] {
            assert!(parse_decimal(text).unwrap_err().contains("is not a decimal number"), "{text}");
        }
        assert!(parse_decimal("123456789012345678901234567890").unwrap_err().contains("more digits than art83"));
    }

    #[test]
    fn floats_only_when_lossless() {
        let float = |text: &str| decimal_from_value(&text.parse::<toml::Table>().unwrap()["x"]);
        assert_eq!(float("x = 1234567890.12"), Ok(dec!(1234567890.12)));
        assert_eq!(float("x = 0.1"), Ok(dec!(0.1)));
        assert_eq!(float("x = 2e9"), Ok(dec!(2000000000)));
        assert!(float("x = 1234567890.123456789").unwrap_err().contains("as a string"));
        assert!(float("x = nan").unwrap_err().contains("is not an amount"));
    }

    #[test]
    fn negative_amounts_are_refused() {
        assert!(Amount::from_value(&toml::Value::Integer(-1)).unwrap_err().contains("negative"));
    }

    #[test]
    fn units() {
        assert_eq!(parse_unit("month"), Ok(PenaltyUnit::Months(1)));
        assert_eq!(parse_unit("2 weeks"), Ok(PenaltyUnit::Weeks(2)));
        assert_eq!(parse_unit("3 Months"), Ok(PenaltyUnit::Months(3)));
        // Dutch, as AP decisions write them.
        assert_eq!(parse_unit("3 maanden"), Ok(PenaltyUnit::Months(3)));
        assert_eq!(parse_unit("maand"), Ok(PenaltyUnit::Months(1)));
        assert_eq!(parse_unit("week"), Ok(PenaltyUnit::Weeks(1)));
        assert_eq!(parse_unit("2 weken"), Ok(PenaltyUnit::Weeks(2)));
        assert_eq!(parse_unit("dag"), Ok(PenaltyUnit::Days(1)));
        assert_eq!(parse_unit("14 dagen"), Ok(PenaltyUnit::Days(14)));
        assert_eq!(parse_unit("overtreding"), Ok(PenaltyUnit::Breach));
        assert_eq!(parse_unit("eenmalig"), Ok(PenaltyUnit::Once));
        assert!(parse_unit("maandn").unwrap_err().contains("did you mean `maand`"));
        assert_eq!(parse_unit("breach"), Ok(PenaltyUnit::Breach));
        assert!(parse_unit("fortnight").unwrap_err().starts_with("unknown unit \"fortnight\""));
        assert!(parse_unit("0 days").unwrap_err().contains("whole number from 1 to 10000"));
        assert!(parse_unit("2 breach").unwrap_err().starts_with("unknown unit \"2 breach\""));
        assert!(parse_unit("mnth").unwrap_err().contains("did you mean `month`"));
    }

    #[test]
    fn dates_from_toml_dates_and_strings() {
        let date = |text: &str| LocalDate::from_value(&text.parse::<toml::Table>().unwrap()["x"]);
        assert_eq!(date("x = 2024-05-16"), Ok(LocalDate(jiff::civil::date(2024, 5, 16))));
        assert_eq!(date("x = \"2024-05-16\""), Ok(LocalDate(jiff::civil::date(2024, 5, 16))));
        assert!(date("x = 2024-05-16T10:00:00").unwrap_err().contains("without a time of day"));
        assert!(date("x = \"16-05-2024\"").unwrap_err().contains("found \"16-05-2024\""));
    }
}

/// JSON Schemas of the value types, for `art83 schema` (editors validate case files with them).
/// Only the schema test builds them: it writes docs/case.schema.json, which the binary prints.
macro_rules! schema {
    ($type:ty, $name:literal, $schema:tt) => {
        #[cfg(test)]
        impl schemars::JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}

#[cfg(test)]
const DECIMAL_PATTERN: &str = r"^[+-]?[0-9][0-9_]*(\.[0-9_]*[0-9])?$";

schema!(Amount, "Amount", {
    "description": "An exact amount: an integer like 20_000_000, or a string holding a decimal like \"1234567.89\". A float only when exact (15 significant digits or fewer).",
    "anyOf": [
        { "type": "integer", "minimum": 0 },
        { "type": "string", "pattern": "^[0-9][0-9_]*(\\.[0-9_]*[0-9])?$" },
        { "type": "number", "minimum": 0 }
    ]
});
schema!(RateValue, "Rate", {
    "description": "Units of the currency per euro: an exact amount, or \"unknown\" when the decision states no rate.",
    "anyOf": [
        { "type": "integer", "minimum": 0 },
        { "type": "string", "pattern": "^([0-9][0-9_]*(\\.[0-9_]*[0-9])?|unknown)$" },
        { "type": "number", "minimum": 0 }
    ]
});
schema!(Signed, "SignedDecimal", {
    "description": "A signed decimal: \"+10\", \"-50\", -80_000.",
    "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": DECIMAL_PATTERN }, { "type": "number" }]
});
schema!(Position, "Position", {
    "description": "Where in a band: 0 = bottom, 1 = top.",
    "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": DECIMAL_PATTERN }]
});
schema!(Percent, "Percent", {
    "description": "A percentage of zero or more.",
    "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": DECIMAL_PATTERN }]
});
schema!(LocalDate, "Date", {
    "description": "A TOML local date like 2024-05-16 (or a string holding one).",
    "type": "string",
    "format": "date"
});
schema!(BreachesValue, "Breaches", {
    "description": "How many breaches were found, or the date of each (each forfeits on its date).",
    "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "array", "items": { "type": "string", "format": "date" } }]
});
schema!(UntilValue, "Until", {
    "description": "A date like 2024-05-16, or \"ongoing\" (then: until the decision).",
    "anyOf": [{ "type": "string", "format": "date" }, { "const": "ongoing" }]
});
schema!(Unit, "Unit", {
    "description": "day | week | month | \"N days|weeks|months\" | breach | once, or in Dutch dag | week | maand | \"N dagen|weken|maanden\" | overtreding | eenmalig",
    "type": "string",
    "pattern": "^(day|week|month|breach|once|dag|maand|overtreding|eenmalig|[0-9]+ (days?|weeks?|months?|dag|dagen|weken|maand|maanden))$"
});

/// `public_body`: true or false, or the kind of public body (schema only; read in `validate`).
#[cfg(test)]
pub struct PublicBodySchema;

schema!(PublicBodySchema, "PublicBody", {
    "description": "Whether the undertaking is a public authority or body (Art. 83(7)): true (the country's general rule), false, or the kind national law distinguishes.",
    "type": ["boolean", "string"],
    "enum": [true, false, "state", "local", "other", "cultural-institution", "undertaking"]
});

/// `turnover`: "unknown", an amount, or a table by financial year (schema only; read in
/// `validate`).
#[cfg(test)]
pub struct TurnoverSchema;

// One schema for the three forms instead of an `anyOf`: the type keywords apply by the value's
// type (`pattern` to strings, `minimum` to numbers, `properties` to tables), so an editor
// reports a misspelled key of the table at that key, not "not valid under any of the schemas".
schema!(TurnoverSchema, "Turnover", {
    "description": "Worldwide annual turnover of the undertaking: \"unknown\", an amount in euros, a band the decision states when it redacts the figure (\"100M..250M\", \"..500M\", \"1bn..\"), or a table by financial year with an optional currency and eur_per_unit.",
    "type": ["string", "integer", "number", "object"],
    "minimum": 0,
    "pattern": "^(unknown|[0-9][0-9_]*(\\.[0-9_]*[0-9])?|.*\\.\\..*)$",
    "properties": {
        "currency": { "type": "string", "pattern": "^[A-Za-z]{3}$" },
        "eur_per_unit": { "type": ["number", "string"] }
    },
    "patternProperties": { "^[0-9]{4}$": { "type": ["integer", "string", "number"], "minimum": 0 } },
    "additionalProperties": false
});
