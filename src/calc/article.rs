//! GDPR article citations and the Art. 83(4)–(6) tier table.
//!
//! Case files cite provisions in many ways (`5(1)(a)`, `Art. 5(1)(a)`, `Article 5(1)(a) GDPR`,
//! `artikel 5, eerste lid, onder a, AVG`, `Art. 5 Abs. 1 lit. a DSGVO`, `article 5, paragraphe 1,
//! point a) du RGPD`, `art. 5, par. 1, lett. a)`); they all parse to the same [`Article`]
//! (the parser is in `citation.rs`). The article
//! number (and for Art. 41 and 58 the paragraph) decides the tier. A provision that no tier
//! lists is kept and flagged, never given a guessed tier (LAW.md §1).

use std::fmt;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::money::Money;

/// A parsed GDPR provision: article number and the paragraph/point path below it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Article {
    /// The article number (1 to 99).
    pub number: u8,
    /// Paragraphs and points in citation order: `["1", "a"]` for 5(1)(a).
    pub parts: Vec<String>,
}

impl fmt::Display for Article {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number)?;
        for part in &self.parts {
            write!(f, "({part})")?;
        }
        Ok(())
    }
}

/// Why a citation could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ArticleError {
    #[error("empty article; write a provision like \"5(1)(a)\"")]
    /// Nothing was written.
    Empty,
    #[error("no article number in {0:?}; write a provision like \"5(1)(a)\" or \"Art. 33(1)\"")]
    /// No article number could be found.
    NoNumber(String),
    #[error("article number {0} does not exist: the GDPR has articles 1 to 99")]
    /// An article number outside 1-99.
    OutOfRange(String),
    #[error(
        "cannot read {text:?} after article {number}: expected paragraphs and points like \"(1)(a)\", \"lid 1 sub a\", \"eerste lid, onder a\", \"Abs. 1 lit. a\", \"paragraphe 1, point a)\" or \"par. 1, lett. a)\""
    )]
    /// Text after the article number that is not a paragraph or point.
    Trailing {
        /// The article number read.
        number: u8,
        /// The text after it that could not be read.
        text: String,
    },
    #[error(
        "{citation} is not in the GDPR (OJ L 119, 4.5.2016): {reason}{}",
        .nearest.as_ref().map(|n| format!("; did you mean \"{n}\"?")).unwrap_or_default()
    )]
    /// A paragraph or point the article does not have (`5(1)(g)`, `6(5)`).
    NoSuchProvision {
        /// The citation in canonical form.
        citation: String,
        /// What the article has instead.
        reason: String,
        /// The nearest provision the GDPR has.
        nearest: Option<String>,
    },
    #[error("{}", several_message(.split.as_deref()))]
    /// Several provisions in one citation (`"33(1), 5(1)(f)"`): each goes in its own string.
    SeveralProvisions {
        /// The citation as written.
        text: String,
        /// Each provision on its own, where every piece reads as one.
        split: Option<Vec<String>>,
    },
    #[error(
        "{word:?} in article {number} is a subparagraph or sentence, which sits inside a paragraph: name the paragraph first, as in \"par. 1, comma 2\" or \"paragraphe 1, alinéa 2\"; for the paragraph itself write par., paragraphe, lid, Abs. or (1)"
    )]
    /// A subparagraph or sentence without the paragraph it sits in.
    LevelWithoutParagraph {
        /// The article number read.
        number: u8,
        /// The word for the subparagraph or sentence (`comma`, `alinéa`).
        word: String,
    },
    #[error("expected a paragraph number or point letter after {word:?} in article {number}, found {text:?}")]
    /// A word for paragraph or point without a number or letter after it.
    MissingValue {
        /// The article number read.
        number: u8,
        /// The word that announces a paragraph or point (`lid`, `Abs.`).
        word: String,
        /// What followed it instead.
        text: String,
    },
}

fn several_message(split: Option<&[String]>) -> String {
    let example = match split {
        Some(pieces) => {
            let quoted: Vec<String> = pieces.iter().map(|p| format!("{p:?}")).collect();
            format!("[{}]", quoted.join(", "))
        }
        None => "[\"5(1)(a)\", \"6(1)\"]".to_string(),
    };
    format!("more than one provision in one string; cite one provision per string: {example}")
}

/// The fine tiers of Art. 83.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Art. 83(4): up to EUR 10M or 2 % of turnover.
    Art83_4,
    /// Art. 83(5): up to EUR 20M or 4 % of turnover.
    Art83_5,
    /// Art. 83(6): non-compliance with an order of the authority, up to EUR 20M or 4 %.
    Art83_6,
}

super::text::text_enum!(Tier);
#[cfg(test)]
super::text::text_schema! { Tier: [Art83_4, Art83_5, Art83_6] }

/// One tier's legal maximum: the higher of a fixed amount and a share of worldwide turnover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierMaximum {
    /// The tier.
    pub tier: Tier,
    /// The fixed amount in euros.
    pub fixed: Money,
    /// The share of the total worldwide annual turnover of the preceding financial year, in percent.
    pub percent: Decimal,
}

/// Art. 83(4), (5) and (6) GDPR (OJ L 119, 4.5.2016): "up to EUR 10 000 000, or ... up to 2 %
/// of the total worldwide annual turnover of the preceding financial year, whichever is higher",
/// and EUR 20 000 000 / 4 % for (5) and (6).
pub const TIER_MAXIMA: [TierMaximum; 3] = [
    TierMaximum { tier: Tier::Art83_4, fixed: Money::euros(10_000_000), percent: dec!(2) },
    TierMaximum { tier: Tier::Art83_5, fixed: Money::euros(20_000_000), percent: dec!(4) },
    TierMaximum { tier: Tier::Art83_6, fixed: Money::euros(20_000_000), percent: dec!(4) },
];

impl Tier {
    /// The tier's fixed amount and percentage ([`TIER_MAXIMA`]).
    pub fn maximum(self) -> TierMaximum {
        TIER_MAXIMA.into_iter().find(|maximum| maximum.tier == self).expect("every tier is in TIER_MAXIMA")
    }

    /// `Art. 83(5)`.
    pub fn citation(self) -> &'static str {
        match self {
            Tier::Art83_4 => "Art. 83(4)",
            Tier::Art83_5 => "Art. 83(5)",
            Tier::Art83_6 => "Art. 83(6)",
        }
    }

    /// `83(5)`, as in JSON, CSV and the tables.
    pub fn as_str(self) -> &'static str {
        &self.citation()[5..]
    }
}

/// One line of Art. 83(4)–(6): which articles (and, where it matters, which paragraph) it lists.
#[derive(Debug, Clone, Copy)]
pub struct TierListing {
    /// The first article of the range listed.
    pub first: u8,
    /// The last article of the range listed (inclusive).
    pub last: u8,
    /// The paragraph, where the tier depends on it (Art. 58(1) is in 83(5)(e), 58(2) in 83(6)).
    pub paragraph: Option<&'static str>,
    /// The tier of these provisions.
    pub tier: Tier,
    /// The point of Art. 83 that lists these provisions.
    pub listed_in: &'static str,
    /// What these provisions are about, in a few words.
    pub subject: &'static str,
}

const fn listing(
    first: u8,
    last: u8,
    paragraph: Option<&'static str>,
    tier: Tier,
    listed_in: &'static str,
    subject: &'static str,
) -> TierListing {
    TierListing { first, last, paragraph, tier, listed_in, subject }
}

/// Art. 83(4)–(6) GDPR, provision by provision (LAW.md §1, verified against the GDPR text).
/// Paragraph-specific lines come first: the first line that matches decides.
pub const TIER_TABLE: &[TierListing] = &[
    listing(41, 41, Some("4"), Tier::Art83_4, "83(4)(c)", "monitoring body"),
    listing(58, 58, Some("2"), Tier::Art83_6, "83(6)", "non-compliance with an order of the supervisory authority"),
    listing(58, 58, Some("1"), Tier::Art83_5, "83(5)(e)", "failure to provide access to the supervisory authority"),
    listing(8, 8, None, Tier::Art83_4, "83(4)(a)", "child's consent"),
    listing(11, 11, None, Tier::Art83_4, "83(4)(a)", "processing not requiring identification"),
    listing(25, 39, None, Tier::Art83_4, "83(4)(a)", "controller and processor obligations"),
    listing(42, 43, None, Tier::Art83_4, "83(4)(a)", "certification"),
    listing(5, 7, None, Tier::Art83_5, "83(5)(a)", "basic principles, lawfulness, consent"),
    listing(9, 9, None, Tier::Art83_5, "83(5)(a)", "special categories of data"),
    listing(12, 22, None, Tier::Art83_5, "83(5)(b)", "data subjects' rights"),
    listing(44, 49, None, Tier::Art83_5, "83(5)(c)", "transfers to third countries"),
    listing(85, 91, None, Tier::Art83_5, "83(5)(d)", "Member State law under Chapter IX"),
    // Decisions sometimes cite the fining provision itself as the one infringed (the Garante:
    // "Art. 83(5)(e)"): its paragraph gives the tier.
    listing(83, 83, Some("4"), Tier::Art83_4, "83(4)", FINING_PROVISION),
    listing(83, 83, Some("5"), Tier::Art83_5, "83(5)", FINING_PROVISION),
    listing(83, 83, Some("6"), Tier::Art83_6, "83(6)", FINING_PROVISION),
];

/// The subject of a citation of Art. 83(4)-(6) themselves.
pub const FINING_PROVISION: &str = "the fining provision itself: its paragraph gives the tier";

impl Article {
    /// The line of Art. 83(4)–(6) that lists this provision, if any.
    pub fn listing(&self) -> Option<&'static TierListing> {
        let paragraph = self.parts.first().map(String::as_str);
        if self.number == 83 && !self.cites_an_existing_fining_point() {
            return None;
        }
        TIER_TABLE.iter().find(|line| {
            (line.first..=line.last).contains(&self.number) && line.paragraph.is_none_or(|p| paragraph == Some(p))
        })
    }

    /// The fine tier of Art. 83(4)–(6) that lists this provision; `None` for one it does not.
    ///
    /// ```
    /// use art83::calc::article::{Article, Tier};
    ///
    /// let article: Article = "5(1)(a)".parse().unwrap();
    /// assert_eq!(article.tier(), Some(Tier::Art83_5)); // Art. 83(5)(a): the basic principles
    /// let article: Article = "Art. 33(1)".parse().unwrap();
    /// assert_eq!(article.to_string(), "33(1)");
    /// assert_eq!(article.tier(), Some(Tier::Art83_4)); // Art. 83(4)(a): a controller's obligations
    /// assert_eq!(Tier::Art83_4.maximum().percent, 2.into());
    /// let recital: Article = "1".parse().unwrap();
    /// assert_eq!(recital.tier(), None);
    /// assert!("100(1)".parse::<Article>().is_err(), "the GDPR ends at Art. 99");
    /// ```
    pub fn tier(&self) -> Option<Tier> {
        self.listing().map(|line| line.tier)
    }

    /// Art. 83(4)(a)-(c), (5)(a)-(e) and (6) exist; 83(4)(d) or 83(6)(a) do not (a citation
    /// read from text is refused for them; an `Article` built by hand gets no tier).
    fn cites_an_existing_fining_point(&self) -> bool {
        let paragraph = self.parts.first().map(String::as_str);
        matches!(paragraph, Some("4" | "5" | "6")) && self.exists()
    }

    /// Whether the GDPR has this provision: its paragraphs and points are those of the
    /// Regulation's text ([`gdpr_structure`](super::law::gdpr_structure)).
    pub fn exists(&self) -> bool {
        super::law::gdpr_structure::check(self.number, &self.parts).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Article {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_citation_form_of_format_md_means_the_same_provision() {
        let expected = parse("5(1)(a)");
        for form in [
            "Art. 5(1)(a)",
            "Article 5(1)(a) GDPR",
            "art. 5 lid 1 sub a AVG",
            "5 (1) a)",
            "art 5(1)(a)",
            "Artikel 5 lid 1 onder a AVG",
        ] {
            assert_eq!(parse(form), expected, "{form}");
        }
        assert_eq!(expected.to_string(), "5(1)(a)");
    }

    #[test]
    fn unparseable_citations_are_errors() {
        assert_eq!("".parse::<Article>(), Err(ArticleError::Empty));
        assert!(matches!("GDPR".parse::<Article>(), Err(ArticleError::NoNumber(_))));
        assert!(matches!("100(1)".parse::<Article>(), Err(ArticleError::OutOfRange(_))));
        assert!(matches!(
            "1234567890123456789012345678901234567890".parse::<Article>(),
            Err(ArticleError::OutOfRange(_))
        ));
        assert!(matches!("5(1) and 6".parse::<Article>(), Err(ArticleError::SeveralProvisions { .. })));
        assert!(matches!("5/1".parse::<Article>(), Err(ArticleError::Trailing { .. })));
    }

    #[test]
    fn art83_4_lists_8_11_25_to_39_41_4_42_43() {
        for article in ["8", "11", "25(1)", "27(1)", "32", "33(1)", "39", "41(4)", "42", "43(2)"] {
            assert_eq!(parse(article).tier(), Some(Tier::Art83_4), "{article}");
        }
    }

    #[test]
    fn art83_5_lists_5_6_7_9_12_to_22_44_to_49_85_to_91_and_58_1() {
        for article in ["5(1)(a)", "6(1)", "7", "9(1)", "12(3)", "15", "22", "44", "49", "85", "91", "58(1)(e)"] {
            assert_eq!(parse(article).tier(), Some(Tier::Art83_5), "{article}");
        }
    }

    #[test]
    fn art83_6_lists_non_compliance_with_a_58_2_order() {
        assert_eq!(parse("58(2)").tier(), Some(Tier::Art83_6));
        assert_eq!(parse("58(2)(d)").tier(), Some(Tier::Art83_6));
    }

    #[test]
    fn citing_art83_itself_gives_the_tier_of_its_paragraph() {
        for (article, tier) in [
            ("83(4)(a)", Tier::Art83_4),
            ("83(4)(c)", Tier::Art83_4),
            ("83(5)", Tier::Art83_5),
            ("83(5)(a)", Tier::Art83_5),
            ("Art. 83(5)(e)", Tier::Art83_5),
            ("83(6)", Tier::Art83_6),
        ] {
            assert_eq!(parse(article).tier(), Some(tier), "{article}");
        }
        assert_eq!(parse("83(5)(e)").listing().unwrap().subject, FINING_PROVISION);
        for missing in ["83", "83(7)", "83(2)(k)"] {
            assert_eq!(parse(missing).tier(), None, "{missing}");
        }
        // Points Art. 83 does not have are refused when read, and get no tier when built by hand.
        for parts in [&["4", "d"][..], &["5", "f"], &["6", "a"], &["5", "a", "i"]] {
            let article = Article { number: 83, parts: parts.iter().map(|p| p.to_string()).collect() };
            assert!(article.to_string().parse::<Article>().is_err(), "{article}");
            assert_eq!(article.tier(), None, "{article}");
        }
    }

    #[test]
    fn provisions_no_tier_lists_get_none() {
        for article in ["1", "4(11)", "10", "23", "24", "40", "41(1)", "50", "58", "58(3)", "83(2)", "84", "92", "99"] {
            assert_eq!(parse(article).tier(), None, "{article}");
        }
    }

    #[test]
    fn tier_maxima_are_the_fixed_amounts_and_percentages_of_art83() {
        assert_eq!(Tier::Art83_4.maximum().fixed, Money::euros(10_000_000));
        assert_eq!(Tier::Art83_4.maximum().percent, dec!(2));
        assert_eq!(Tier::Art83_5.maximum().fixed, Money::euros(20_000_000));
        assert_eq!(Tier::Art83_6.maximum().percent, dec!(4));
        assert_eq!(Tier::Art83_5.as_str(), "83(5)");
    }
}
