//! An oracle typed from the Regulation's own text (GDPR, OJ L 119, 4.5.2016, Art. 83(4)-(6)),
//! independently of `src/`: which provisions each paragraph lists and the maximum it sets. The
//! tests take their expected tiers and maxima from here, never from `art83::calc::article`.

use rust_decimal::Decimal;

/// One paragraph of Art. 83 that sets a maximum: "up to EUR `fixed`, or in the case of an
/// undertaking, up to `percent` % of the total worldwide annual turnover of the preceding
/// financial year, whichever is higher".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// As the JSON output labels the tier: "83(4)".
    pub label: &'static str,
    pub fixed: i64,
    pub percent: i64,
}

/// Art. 83(4): "up to 10 000 000 EUR, or ... up to 2 %".
pub const ART_83_4: Paragraph = Paragraph { label: "83(4)", fixed: 10_000_000, percent: 2 };
/// Art. 83(5): "up to 20 000 000 EUR, or ... up to 4 %".
pub const ART_83_5: Paragraph = Paragraph { label: "83(5)", fixed: 20_000_000, percent: 4 };
/// Art. 83(6): "up to 20 000 000 EUR, or ... up to 4 %".
pub const ART_83_6: Paragraph = Paragraph { label: "83(6)", fixed: 20_000_000, percent: 4 };

/// (first article, last article, the paragraph the listing names if any, the tier), each line
/// quoting the point of Art. 83 it types.
const LISTED: &[(u8, u8, Option<u8>, Paragraph)] = &[
    // 83(4)(a): "the obligations of the controller and the processor pursuant to Articles 8, 11,
    // 25 to 39 and 42 and 43"; 83(4)(b): the certification body "pursuant to Articles 42 and 43".
    (8, 8, None, ART_83_4),
    (11, 11, None, ART_83_4),
    (25, 39, None, ART_83_4),
    (42, 43, None, ART_83_4),
    // 83(4)(c): "the obligations of the monitoring body pursuant to Article 41(4)".
    (41, 41, Some(4), ART_83_4),
    // 83(5)(a): "the basic principles for processing, including conditions for consent,
    // pursuant to Articles 5, 6, 7 and 9".
    (5, 7, None, ART_83_5),
    (9, 9, None, ART_83_5),
    // 83(5)(b): "the data subjects' rights pursuant to Articles 12 to 22".
    (12, 22, None, ART_83_5),
    // 83(5)(c): "the transfers ... pursuant to Articles 44 to 49".
    (44, 49, None, ART_83_5),
    // 83(5)(d): "any obligations pursuant to Member State law adopted under Chapter IX"
    // (Articles 85 to 91).
    (85, 91, None, ART_83_5),
    // 83(5)(e): "failure to provide access in violation of Article 58(1)".
    (58, 58, Some(1), ART_83_5),
    // 83(6): "Non-compliance with an order by the supervisory authority as referred to in
    // Article 58(2)" (83(5)(e) lists it too, with the same maximum).
    (58, 58, Some(2), ART_83_6),
];

/// A citation in the plain form the corpus and the generators use (`5(1)(a)`, `58(2)`, `32`):
/// the article number and its first paragraph. `None` for anything else.
fn number_and_paragraph(citation: &str) -> Option<(u8, Option<u8>)> {
    let citation = citation.trim();
    let digits = citation.chars().take_while(char::is_ascii_digit).count();
    let number = citation[..digits].parse().ok()?;
    let paragraph = citation[digits..]
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .and_then(|(paragraph, _)| paragraph.parse().ok());
    Some((number, paragraph))
}

/// The paragraph of Art. 83 whose maximum applies to an infringement of `citation`, if any.
/// A citation of Art. 83(4), (5) or (6) itself names its tier.
pub fn tier_of(citation: &str) -> Option<Paragraph> {
    let (number, paragraph) = number_and_paragraph(citation)?;
    if number == 83 {
        return match paragraph {
            Some(4) => Some(ART_83_4),
            Some(5) => Some(ART_83_5),
            Some(6) => Some(ART_83_6),
            _ => None,
        };
    }
    LISTED
        .iter()
        .find(|(first, last, listed_paragraph, _)| {
            (*first..=*last).contains(&number) && listed_paragraph.is_none_or(|p| paragraph == Some(p))
        })
        .map(|(_, _, _, tier)| *tier)
}

/// "whichever is higher": the fixed amount, or the percentage of the turnover when known.
pub fn maximum(paragraph: Paragraph, turnover: Option<Decimal>) -> Decimal {
    let fixed = Decimal::from(paragraph.fixed);
    match turnover {
        Some(turnover) => fixed.max(turnover * Decimal::from(paragraph.percent) / Decimal::from(100)),
        None => fixed,
    }
}

#[test]
fn the_oracle_reads_the_paragraph_only_where_the_regulation_names_one() {
    assert_eq!(tier_of("41(4)"), Some(ART_83_4));
    assert_eq!(tier_of("41(1)"), None);
    assert_eq!(tier_of("58(1)(e)"), Some(ART_83_5));
    assert_eq!(tier_of("58(2)(d)"), Some(ART_83_6));
    assert_eq!(tier_of("58"), None);
    assert_eq!(tier_of("58(3)"), None);
    assert_eq!(tier_of("25(1)"), Some(ART_83_4));
    assert_eq!(tier_of("24"), None);
    assert_eq!(tier_of("83(5)(a)"), Some(ART_83_5));
    assert_eq!(tier_of("83(2)"), None);
    assert_eq!(maximum(ART_83_4, Some(Decimal::from(600_000_000))), Decimal::from(12_000_000));
    assert_eq!(maximum(ART_83_5, Some(Decimal::from(400_000_000))), Decimal::from(20_000_000));
}
