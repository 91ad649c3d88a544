//! How each language writes the values of a message: one row per language in [`LOCALES`], and
//! the one place where amounts, numbers, dates and provisions become text. Amounts are written
//! from their exact decimal digits ([`super::digits`]), never through a float.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::Lang;
use super::message::Amount;

/// How a language writes dates.
#[derive(Debug)]
pub enum DateStyle {
    /// `2024-05-16`, as the JSON has it.
    Iso,
    /// The day, the month's name and the year: `{day}{after_day}{month} {year}`.
    Words {
        /// What follows the day (`" "`, `". "`).
        after_day: &'static str,
        /// The months' names, January first.
        months: &'static [&'static str; 12],
    },
}

/// How a language cites a provision of a regulation (`83(5)(a)`, `83(4)-(6)`).
#[derive(Debug)]
pub enum CitationStyle {
    /// `Art. 83(5)(a)`: the prefix and the compact form.
    Compact(&'static str),
    /// The parts spelled out: `artikel 83, vijfde lid, onder a`, `Art. 83 Abs. 5 lit. a`.
    Parts {
        /// Before the article's number (`artikel `, `Art. `).
        article: &'static str,
        /// A paragraph: `{}` is its number, or its ordinal word where `ordinals` are given.
        paragraph: &'static str,
        /// A range of paragraphs (`{}` twice).
        paragraphs: &'static str,
        /// A point (`{}` is its letter or number).
        point: &'static str,
        /// Ordinal words for paragraphs 1-12, where the language writes them so.
        ordinals: Option<&'static [&'static str; 12]>,
    },
}

/// A language's way of writing values.
#[derive(Debug)]
pub struct Locale {
    /// What `--help` says of the language, in the language itself.
    pub about: &'static str,
    /// Its code: `--lang`, the catalogue's folder, HTML's `lang`.
    pub code: &'static str,
    /// Between groups of three digits.
    pub thousands: char,
    /// Before the decimals.
    pub decimal_mark: char,
    /// An amount: `{code}` and `{amount}` (`{code} {amount}`, `{amount} {code}`).
    pub money: &'static str,
    /// What stands for the euro's code (`EUR`, `€`).
    pub euro: &'static str,
    /// Dates in prose.
    pub dates: DateStyle,
    /// Provisions.
    pub citations: CitationStyle,
    /// Between the last two items of a list (` and `, ` en `, ` und `).
    pub and: &'static str,
}

const DUTCH_ORDINALS: [&str; 12] = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde",
];

/// Every language's row, in [`Lang::ALL`]'s order.
pub const LOCALES: &[Locale] = &[
    Locale {
        about: "English",
        code: "en",
        thousands: ',',
        decimal_mark: '.',
        money: "{code} {amount}",
        euro: "EUR",
        dates: DateStyle::Iso,
        citations: CitationStyle::Compact("Art. "),
        and: " and ",
    },
    Locale {
        about: "Nederlands: boete, wettelijk maximum, last onder dwangsom; € 30.500.000,00",
        code: "nl",
        thousands: '.',
        decimal_mark: ',',
        // As Dutch decisions write amounts: `€ 30.500.000,00`.
        money: "{code} {amount}",
        euro: "€",
        dates: DateStyle::Words {
            after_day: " ",
            months: &[
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
        },
        // As Dutch legislation cites (Aanwijzingen voor de regelgeving 9.2): `artikel 83, vijfde
        // lid, onder a`.
        citations: CitationStyle::Parts {
            article: "artikel ",
            paragraph: ", {} lid",
            paragraphs: ", {} tot en met {} lid",
            point: ", onder {}",
            ordinals: Some(&DUTCH_ORDINALS),
        },
        and: " en ",
    },
    Locale {
        about: "Deutsch: Geldbuße, Höchstbetrag, Zwangsgeld; 30.500.000,00 EUR",
        code: "de",
        thousands: '.',
        decimal_mark: ',',
        // As German decisions write amounts: `30.500.000,00 EUR`.
        money: "{amount} {code}",
        euro: "EUR",
        dates: DateStyle::Words {
            after_day: ". ",
            months: &[
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
        },
        // As German legislation cites: `Art. 83 Abs. 5 lit. a`.
        citations: CitationStyle::Parts {
            article: "Art. ",
            paragraph: " Abs. {}",
            paragraphs: " Abs. {} bis {}",
            point: " lit. {}",
            ordinals: None,
        },
        and: " und ",
    },
];

impl Locale {
    /// The row of `lang`.
    pub fn of(lang: Lang) -> &'static Locale {
        lang.locale()
    }

    /// `30,500,000.00` or `30.500.000,00`: every digit, at least the cents.
    pub fn number(&self, amount: Amount) -> String {
        super::digits(amount.value, Some(self.thousands), self.decimal_mark)
    }

    /// An amount in its currency, the euro as the language writes it.
    pub fn money(&self, amount: Amount) -> String {
        let mut out = String::new();
        let _ = self.write_money(&mut out, amount);
        out
    }

    /// Writes an amount in its currency: the money pattern with its `{code}` and `{amount}`.
    pub fn write_money(&self, out: &mut impl std::fmt::Write, amount: Amount) -> std::fmt::Result {
        let code = if amount.currency == "EUR" { self.euro } else { amount.currency };
        let mut rest = self.money;
        while let Some(open) = rest.find('{') {
            out.write_str(&rest[..open])?;
            let close = rest[open..].find('}').map_or(rest.len(), |i| open + i + 1);
            match &rest[open..close] {
                "{code}" => out.write_str(code)?,
                "{amount}" => out.write_str(&self.number(amount))?,
                other => out.write_str(other)?,
            }
            rest = &rest[close..];
        }
        out.write_str(rest)
    }

    /// An exact number as written (trailing zeros dropped), with the language's marks:
    /// `12.5` / `12,5`, `4.2794`, `1,000` / `1.000`.
    pub fn decimal(&self, value: Decimal) -> String {
        let text = value.normalize().to_string();
        let (sign, digits) = text.strip_prefix('-').map_or(("", text.as_str()), |rest| ("-", rest));
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::from(sign);
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index).is_multiple_of(3) {
                out.push(self.thousands);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(self.decimal_mark);
            out.push_str(fraction);
        }
        out
    }

    /// A date in prose.
    pub fn date(&self, day: Date) -> String {
        match &self.dates {
            DateStyle::Iso => day.to_string(),
            DateStyle::Words { after_day, months } => {
                let month = months[usize::try_from(day.month() - 1).unwrap_or(0)];
                format!("{}{after_day}{month} {}", day.day(), day.year())
            }
        }
    }

    /// A provision in the compact form (`83(5)(a)`, `Art. 83(4)-(6)`) cited the language's way;
    /// a text that is no such provision stays as it is.
    pub fn provision(&self, compact: &str) -> String {
        let bare = compact.strip_prefix("Art. ").unwrap_or(compact);
        match &self.citations {
            CitationStyle::Compact(prefix) => format!("{prefix}{bare}"),
            CitationStyle::Parts { article, paragraph, paragraphs, point, ordinals } => {
                let ordinal = |n: &str| match (ordinals, n.parse::<usize>()) {
                    (Some(words), Ok(i @ 1..=12)) => words[i - 1].to_string(),
                    _ => n.to_string(),
                };
                spelled(bare, article, |out, part, range, first| match range {
                    Some(upper) => {
                        out.push_str(&paragraphs.replacen("{}", &ordinal(part), 1).replacen("{}", &ordinal(upper), 1))
                    }
                    None if first && part.bytes().all(|b| b.is_ascii_digit()) => {
                        out.push_str(&paragraph.replace("{}", &ordinal(part)));
                    }
                    None => out.push_str(&point.replace("{}", part)),
                })
                .unwrap_or_else(|| compact.to_string())
            }
        }
    }

    /// A provision where the sentence already says it is one of the GDPR: as it is in a compact
    /// style (`32(1)`), cited in full in the others (`artikel 32, eerste lid`).
    pub fn article(&self, compact: &str) -> String {
        match &self.citations {
            CitationStyle::Compact(_) => compact.strip_prefix("Art. ").unwrap_or(compact).to_string(),
            CitationStyle::Parts { .. } => self.provision(compact),
        }
    }

    /// A list: `a, b and c`.
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}{}{last}", init.join(", "), self.and),
        }
    }
}

/// `83(5)(a)` taken apart: the article's number, then each bracketed part in turn (`first` for
/// the paragraph's place, `range` with the upper end of `(4)-(6)`); `None` for other text.
fn spelled(bare: &str, article: &str, mut part: impl FnMut(&mut String, &str, Option<&str>, bool)) -> Option<String> {
    let digits = bare.find(|c: char| !c.is_ascii_digit()).unwrap_or(bare.len());
    let (number, mut rest) = bare.split_at(digits);
    if number.is_empty() {
        return None;
    }
    let mut out = format!("{article}{number}");
    let mut first = true;
    while let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let this = &inner[..close];
        rest = &inner[close + 1..];
        if let Some((upper, after)) = rest.strip_prefix("-(").and_then(|r| r.split_once(')')) {
            part(&mut out, this, Some(upper), first);
            rest = after;
        } else {
            part(&mut out, this, None, first);
        }
        first = false;
    }
    rest.is_empty().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn eur(value: Decimal) -> Amount {
        Amount { value, currency: "EUR" }
    }

    #[test]
    fn amounts_in_each_languages_format() {
        let fine = eur(dec!(30500000));
        assert_eq!(Locale::of(Lang::En).money(fine), "EUR 30,500,000.00");
        assert_eq!(Locale::of(Lang::Nl).money(fine), "€ 30.500.000,00");
        assert_eq!(Locale::of(Lang::De).money(fine), "30.500.000,00 EUR");
    }

    #[test]
    fn dates_in_each_languages_format() {
        let day = jiff::civil::date(2024, 5, 16);
        assert_eq!(Locale::of(Lang::En).date(day), "2024-05-16");
        assert_eq!(Locale::of(Lang::Nl).date(day), "16 mei 2024");
        assert_eq!(Locale::of(Lang::De).date(day), "16. Mai 2024");
    }

    #[test]
    fn numbers_keep_every_digit_with_the_languages_marks() {
        assert_eq!(Locale::of(Lang::En).decimal(dec!(4.2794)), "4.2794");
        assert_eq!(Locale::of(Lang::Nl).decimal(dec!(12.50)), "12,5");
        assert_eq!(Locale::of(Lang::De).decimal(dec!(1234567.125)), "1.234.567,125");
        assert_eq!(Locale::of(Lang::En).decimal(dec!(-1000)), "-1,000");
    }

    #[test]
    fn provisions_as_each_languages_legislation_cites_them() {
        let cite = |lang, p| Locale::of(lang).provision(p);
        assert_eq!(cite(Lang::En, "83(5)(a)"), "Art. 83(5)(a)");
        assert_eq!(cite(Lang::Nl, "83(5)(a)"), "artikel 83, vijfde lid, onder a");
        assert_eq!(cite(Lang::De, "83(5)(a)"), "Art. 83 Abs. 5 lit. a");
        assert_eq!(cite(Lang::Nl, "Art. 83(4)-(6)"), "artikel 83, vierde tot en met zesde lid");
        assert_eq!(cite(Lang::De, "83(4)-(6)"), "Art. 83 Abs. 4 bis 6");
        assert_eq!(cite(Lang::Nl, "58(2)(i)"), "artikel 58, tweede lid, onder i");
        assert_eq!(cite(Lang::De, "6"), "Art. 6");
        assert_eq!(cite(Lang::Nl, "Awb 5:32a"), "Awb 5:32a");
    }

    #[test]
    fn an_article_the_sentence_places_in_the_gdpr_is_bare_in_english_only() {
        assert_eq!(Locale::of(Lang::En).article("32(1)"), "32(1)");
        assert_eq!(Locale::of(Lang::Nl).article("32(1)"), "artikel 32, eerste lid");
        assert_eq!(Locale::of(Lang::De).article("83(4)(a)"), "Art. 83 Abs. 4 lit. a");
    }

    #[test]
    fn lists_join_with_the_languages_and() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(Locale::of(Lang::En).list(&items), "a, b and c");
        assert_eq!(Locale::of(Lang::De).list(&items[..2]), "a und b");
    }
}
