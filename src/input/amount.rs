//! Amounts on the command line (`--turnover 600M`, `sweep --turnover 0..1.25bn`): digits with an
//! optional word or letter for thousand, million or billion, as analysts write them in English,
//! Dutch, German, French and Italian. The result is exact: the digits are read as a `Decimal`
//! and multiplied by a power of ten, never through a float.

use rust_decimal::Decimal;

use super::value::parse_decimal;

/// Suffixes and the power of ten they stand for. `billion` is the short scale (10^9), as in
/// English; the long-scale words (German `Billion`, French `billion` = 10^12) are not accepted.
const SUFFIXES: &[(&[&str], u32)] = &[
    (&["k", "thousand", "duizend", "tsd", "tausend"], 3),
    (&["m", "mn", "mln", "mio", "million", "millions", "miljoen", "miljoenen", "millionen", "milione", "milioni"], 6),
    (
        &[
            "b",
            "bn",
            "bln",
            "billion",
            "billions",
            "mld",
            "mrd",
            "miljard",
            "miljarden",
            "milliarde",
            "milliarden",
            "milliard",
            "milliards",
            "miliardo",
            "miliardi",
        ],
        9,
    ),
];

const FORMS: &str = "digits with an optional k (thousand), M/mln/miljoen (million) or bn/mld/miljard (billion), \
                     like 600000000, 600_000_000, 600M, \"600 mln\", 1.25bn or \"2 miljard\"";

/// `600M`, `1.25bn`, `"600 mln"`, `"2 miljard"`, `2_000_000_000`, `"1234567.89"`: exact.
pub fn parse_amount(text: &str) -> Result<Decimal, String> {
    let trimmed = text.trim();
    let number_end =
        trimmed.find(|c: char| !(c.is_ascii_digit() || matches!(c, '_' | '.' | '+' | '-'))).unwrap_or(trimmed.len());
    let (digits, suffix) = trimmed.split_at(number_end);
    let suffix = suffix.trim().trim_end_matches('.').to_lowercase();
    if suffix.is_empty() {
        return parse_decimal(digits);
    }
    if digits.is_empty() || suffix.starts_with(',') {
        return Err(format!("{text:?} is not an amount; write {FORMS} (a dot for decimals)"));
    }
    let Some((_, power)) = SUFFIXES.iter().find(|(words, _)| words.contains(&suffix.as_str())) else {
        return Err(format!("{text:?}: unknown unit {suffix:?}; write {FORMS}"));
    };
    let number = parse_decimal(digits)?;
    number
        .checked_mul(Decimal::from(10u64.pow(*power)))
        .ok_or_else(|| format!("{text:?} is larger than art83 computes exactly (up to about 7.9e28)"))
}

/// A band's lower and upper ends, each `None` when open.
pub type BandEnds = (Option<Decimal>, Option<Decimal>);

/// A turnover band as a decision states it when it redacts the figure: `"100M..250M"` (above
/// 100M up to 250M), `"..500M"` (up to 500M), `"1bn.."` (above 1bn). Each end reads as
/// [`parse_amount`]. `None` when the text is no band (it has no `..`).
pub fn parse_band(text: &str) -> Option<Result<BandEnds, String>> {
    let (low, high) = text.split_once("..")?;
    let end = |part: &str| -> Result<Option<Decimal>, String> {
        let part = part.trim();
        if part.is_empty() {
            return Ok(None);
        }
        let amount = parse_amount(part)?;
        if amount.is_sign_negative() {
            return Err(format!("{part:?}: a turnover cannot be negative"));
        }
        Ok(Some(amount))
    };
    Some((|| {
        let (low, high) = (end(low)?, end(high)?);
        match (low, high) {
            (None, None) => Err(format!(
                "{text:?} gives neither end of the band; write \"100M..250M\", \"..500M\" (up to) or \"1bn..\" (above)"
            )),
            (Some(low), Some(high)) if low >= high => Err(format!(
                "turnover band {text:?} is upside down: its lower end must be below its upper end, like \"100M..250M\""
            )),
            ends => Ok(ends),
        }
    })())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn suffixes_multiply_exactly() {
        for (text, expected) in [
            ("600M", dec!(600_000_000)),
            ("600m", dec!(600_000_000)),
            ("1.25bn", dec!(1_250_000_000)),
            ("600 mln", dec!(600_000_000)),
            ("2 miljard", dec!(2_000_000_000)),
            ("2 Mrd.", dec!(2_000_000_000)),
            ("1.5 Mio.", dec!(1_500_000)),
            ("3 milliards", dec!(3_000_000_000)),
            ("2 miliardi", dec!(2_000_000_000)),
            ("750k", dec!(750_000)),
            ("0.000000001bn", dec!(1)),
            ("2_000_000_000", dec!(2_000_000_000)),
            ("1234567.89", dec!(1234567.89)),
        ] {
            assert_eq!(parse_amount(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn turnover_bands_read_each_end_as_an_amount() {
        assert_eq!(parse_band("100M..250M"), Some(Ok((Some(dec!(100_000_000)), Some(dec!(250_000_000))))));
        assert_eq!(parse_band("..500M"), Some(Ok((None, Some(dec!(500_000_000))))));
        assert_eq!(parse_band("1bn.."), Some(Ok((Some(dec!(1_000_000_000)), None))));
        assert_eq!(parse_band(" 2 mln .. 10 mln "), Some(Ok((Some(dec!(2_000_000)), Some(dec!(10_000_000))))));
        assert_eq!(parse_band("600M"), None);
        assert!(parse_band("250M..100M").unwrap().unwrap_err().contains("upside down"));
        assert!(parse_band("100M..100M").unwrap().unwrap_err().contains("upside down"));
        assert!(parse_band("..").unwrap().unwrap_err().contains("neither end"));
        assert!(parse_band("1X..2M").unwrap().unwrap_err().contains("unknown unit"));
    }

    #[test]
    fn unknown_units_and_commas_are_errors_that_show_the_forms() {
        let unknown = parse_amount("600 X").unwrap_err();
        assert!(unknown.contains("unknown unit \"x\"") && unknown.contains("600M"), "{unknown}");
        let comma = parse_amount("1,25 miljard").unwrap_err();
        assert!(comma.contains("a dot for decimals"), "{comma}");
        assert!(parse_amount("M").unwrap_err().contains("not an amount"));
        assert!(parse_amount("99999999999999999999999bn").unwrap_err().contains("larger than"));
    }
}
