//! The GDPR's articles, paragraphs and points: what a citation may name.
//!
//! Source: Regulation (EU) 2016/679, OJ L 119, 4.5.2016, p. 1 (the structure is the same in the
//! corrigendum, OJ L 127, 23.5.2018, p. 2). Read from a copy of the Official Journal's English
//! text (EUR-Lex), article by article: the number of numbered paragraphs, and the points (a) to
//! the last letter where a paragraph has points. Three shapes occur:
//!
//! - numbered paragraphs, some with points: Art. 5 has paragraphs 1 and 2, and 5(1) points
//!   (a) to (f);
//! - one unnumbered paragraph: Art. 10, 16, 19, 29, 31, 44, 48, 59, 63, 67, 86, 87, 95, 96 and
//!   98, with no points; Art. 50 with points (a) to (d), cited as 50(a);
//! - Art. 4, the definitions: numbered points (1) to (26), where (16), (22) and (23) have
//!   points of their own (4(16)(a)).
//!
//! No point of the Regulation has sub-points ((i), (ii)). Subparagraphs and sentences are not
//! numbered in the Official Journal; the citation reader leaves them out.

/// How one article is divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Numbered paragraphs `1..=count`; `points` names each paragraph that has points, with
    /// the letter of its last point (`(1, 'f')`: 5(1)(a) to 5(1)(f)).
    Paragraphs {
        /// How many numbered paragraphs.
        count: u8,
        /// Paragraphs with points, and the last letter of each.
        points: &'static [(u8, char)],
    },
    /// One unnumbered paragraph, with points (a) to the letter given, if any.
    Unnumbered(Option<char>),
    /// Art. 4: numbered points `1..=count`, `points` those with lettered points of their own.
    NumberedPoints {
        /// How many numbered points.
        count: u8,
        /// Numbered points with lettered points, and the last letter of each.
        points: &'static [(u8, char)],
    },
}

/// One article of the GDPR and how it is divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleLayout {
    /// The article number.
    pub number: u8,
    /// Its paragraphs and points.
    pub layout: Layout,
}

const fn paragraphs(number: u8, count: u8, points: &'static [(u8, char)]) -> ArticleLayout {
    ArticleLayout { number, layout: Layout::Paragraphs { count, points } }
}

const fn unnumbered(number: u8, last_point: Option<char>) -> ArticleLayout {
    ArticleLayout { number, layout: Layout::Unnumbered(last_point) }
}

const fn numbered_points(number: u8, count: u8, points: &'static [(u8, char)]) -> ArticleLayout {
    ArticleLayout { number, layout: Layout::NumberedPoints { count, points } }
}

/// Articles 1 to 99 of the GDPR (OJ L 119, 4.5.2016), in order: the row of Art. n is at n - 1.
pub const GDPR_STRUCTURE: [ArticleLayout; 99] = [
    paragraphs(1, 3, &[]),
    paragraphs(2, 4, &[(2, 'd')]),
    paragraphs(3, 3, &[(2, 'b')]),
    numbered_points(4, 26, &[(16, 'b'), (22, 'c'), (23, 'b')]),
    paragraphs(5, 2, &[(1, 'f')]),
    paragraphs(6, 4, &[(1, 'f'), (3, 'b'), (4, 'e')]),
    paragraphs(7, 4, &[]),
    paragraphs(8, 3, &[]),
    paragraphs(9, 4, &[(2, 'j')]),
    unnumbered(10, None),
    paragraphs(11, 2, &[]),
    paragraphs(12, 8, &[(5, 'b')]),
    paragraphs(13, 4, &[(1, 'f'), (2, 'f')]),
    paragraphs(14, 5, &[(1, 'f'), (2, 'g'), (3, 'c'), (5, 'd')]),
    paragraphs(15, 4, &[(1, 'h')]),
    unnumbered(16, None),
    paragraphs(17, 3, &[(1, 'f'), (3, 'e')]),
    paragraphs(18, 3, &[(1, 'd')]),
    unnumbered(19, None),
    paragraphs(20, 4, &[(1, 'b')]),
    paragraphs(21, 6, &[]),
    paragraphs(22, 4, &[(2, 'c')]),
    paragraphs(23, 2, &[(1, 'j'), (2, 'h')]),
    paragraphs(24, 3, &[]),
    paragraphs(25, 3, &[]),
    paragraphs(26, 3, &[]),
    paragraphs(27, 5, &[(2, 'b')]),
    paragraphs(28, 10, &[(3, 'h')]),
    unnumbered(29, None),
    paragraphs(30, 5, &[(1, 'g'), (2, 'd')]),
    unnumbered(31, None),
    paragraphs(32, 4, &[(1, 'd')]),
    paragraphs(33, 5, &[(3, 'd')]),
    paragraphs(34, 4, &[(3, 'c')]),
    paragraphs(35, 11, &[(3, 'c'), (7, 'd')]),
    paragraphs(36, 5, &[(3, 'f')]),
    paragraphs(37, 7, &[(1, 'c')]),
    paragraphs(38, 6, &[]),
    paragraphs(39, 2, &[(1, 'e')]),
    paragraphs(40, 11, &[(2, 'k')]),
    paragraphs(41, 6, &[(2, 'd')]),
    paragraphs(42, 8, &[]),
    paragraphs(43, 9, &[(1, 'b'), (2, 'e')]),
    unnumbered(44, None),
    paragraphs(45, 9, &[(2, 'c')]),
    paragraphs(46, 5, &[(2, 'f'), (3, 'b')]),
    paragraphs(47, 3, &[(1, 'c'), (2, 'n')]),
    unnumbered(48, None),
    paragraphs(49, 6, &[(1, 'g')]),
    unnumbered(50, Some('d')),
    paragraphs(51, 4, &[]),
    paragraphs(52, 6, &[]),
    paragraphs(53, 4, &[]),
    paragraphs(54, 2, &[(1, 'f')]),
    paragraphs(55, 3, &[]),
    paragraphs(56, 6, &[]),
    paragraphs(57, 4, &[(1, 'v')]),
    paragraphs(58, 6, &[(1, 'f'), (2, 'j'), (3, 'j')]),
    unnumbered(59, None),
    paragraphs(60, 12, &[]),
    paragraphs(61, 9, &[(4, 'b')]),
    paragraphs(62, 7, &[]),
    unnumbered(63, None),
    paragraphs(64, 8, &[(1, 'f'), (5, 'b')]),
    paragraphs(65, 6, &[(1, 'c')]),
    paragraphs(66, 4, &[]),
    unnumbered(67, None),
    paragraphs(68, 6, &[]),
    paragraphs(69, 2, &[]),
    paragraphs(70, 4, &[(1, 'y')]),
    paragraphs(71, 2, &[]),
    paragraphs(72, 2, &[]),
    paragraphs(73, 2, &[]),
    paragraphs(74, 2, &[(1, 'c')]),
    paragraphs(75, 6, &[(6, 'g')]),
    paragraphs(76, 2, &[]),
    paragraphs(77, 2, &[]),
    paragraphs(78, 4, &[]),
    paragraphs(79, 2, &[]),
    paragraphs(80, 2, &[]),
    paragraphs(81, 3, &[]),
    paragraphs(82, 6, &[]),
    paragraphs(83, 9, &[(2, 'k'), (4, 'c'), (5, 'e')]),
    paragraphs(84, 2, &[]),
    paragraphs(85, 3, &[]),
    unnumbered(86, None),
    unnumbered(87, None),
    paragraphs(88, 3, &[]),
    paragraphs(89, 4, &[]),
    paragraphs(90, 2, &[]),
    paragraphs(91, 2, &[]),
    paragraphs(92, 5, &[]),
    paragraphs(93, 3, &[]),
    paragraphs(94, 2, &[]),
    unnumbered(95, None),
    unnumbered(96, None),
    paragraphs(97, 5, &[(2, 'b')]),
    unnumbered(98, None),
    paragraphs(99, 2, &[]),
];

/// A provision the GDPR does not have: why not, and the nearest one it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoSuchProvision {
    /// What the article has instead: "Art. 5(1) has points (a) to (f)".
    pub reason: String,
    /// The nearest provision that exists, in canonical form (`5(1)(f)`).
    pub nearest: Option<String>,
}

/// The layout of Art. `number` (1 to 99).
pub fn layout(number: u8) -> Option<Layout> {
    let row = GDPR_STRUCTURE.get(usize::from(number).checked_sub(1)?)?;
    Some(row.layout)
}

/// Whether Art. `number` with `parts` (`["1", "a"]` for 5(1)(a)) exists in the GDPR; if not,
/// what the article has and the nearest provision it does have.
pub fn check(number: u8, parts: &[String]) -> Result<(), NoSuchProvision> {
    let Some(layout) = layout(number) else {
        return Err(NoSuchProvision { reason: "the GDPR has articles 1 to 99".into(), nearest: None });
    };
    // The provision's names go into a message only: written when one is needed (a report
    // checks every citation, nearly all of which exist).
    let article = || format!("Art. {number}");
    match layout {
        Layout::Paragraphs { count, points } => {
            let Some(first) = parts.first() else { return Ok(()) };
            let Some(paragraph) = number_within(first, count) else {
                return Err(missing_paragraph(number, first, count, points));
            };
            let last = points.iter().find(|(p, _)| *p == paragraph).map(|(_, last)| *last);
            let names = || (format!("{number}({paragraph})"), format!("{}({paragraph})", article()));
            below(names, last, &parts[1..])
        }
        Layout::Unnumbered(last) => {
            if let Some(first) = parts.first().filter(|p| p.chars().all(|c| c.is_ascii_digit())) {
                let reason = format!("{} has no numbered paragraphs, so no paragraph {first}", article());
                return Err(NoSuchProvision { reason, nearest: Some(number.to_string()) });
            }
            below(|| (number.to_string(), article()), last, parts)
        }
        Layout::NumberedPoints { count, points } => {
            let Some(first) = parts.first() else { return Ok(()) };
            let Some(point) = number_within(first, count) else {
                let reason = format!("{} has points (1) to ({count})", article());
                let nearest = first.parse::<u16>().ok().map(|_| format!("{number}({count})"));
                return Err(NoSuchProvision { reason, nearest });
            };
            let last = points.iter().find(|(p, _)| *p == point).map(|(_, last)| *last);
            let names = || (format!("{number}({point})"), format!("{}({point})", article()));
            below(names, last, &parts[1..])
        }
    }
}

/// `text` as a number from 1 to `count`.
fn number_within(text: &str, count: u8) -> Option<u8> {
    text.parse::<u8>().ok().filter(|n| (1..=count).contains(n))
}

/// A paragraph the article does not have: a letter where the paragraph belongs (`6(f)`) is
/// taken as the point of the first paragraph that has it (`6(1)(f)`); a number beyond the last
/// paragraph, as the last.
fn missing_paragraph(number: u8, first: &str, count: u8, points: &[(u8, char)]) -> NoSuchProvision {
    let reason = format!("Art. {number} has paragraphs 1 to {count}");
    let letter = single_letter(first);
    let nearest = match letter {
        Some(letter) => {
            points.iter().find(|(_, last)| letter <= *last).map(|(p, _)| format!("{number}({p})({letter})"))
        }
        None => Some(format!("{number}({count})")),
    };
    NoSuchProvision { reason, nearest }
}

/// The points below a paragraph (or an unnumbered article, or a numbered point of Art. 4):
/// `last` is the letter of the last point, `None` where there are none; `names` gives the
/// provision's canonical and cited names for a message.
fn below(names: impl Fn() -> (String, String), last: Option<char>, rest: &[String]) -> Result<(), NoSuchProvision> {
    let Some(point) = rest.first() else { return Ok(()) };
    let letter = single_letter(point).filter(|&letter| last.is_some_and(|last| letter <= last));
    if letter.is_some() && rest.len() == 1 {
        return Ok(());
    }
    let (canonical, cited) = names();
    let (reason, nearest) = match (last, letter) {
        (None, _) => (format!("{cited} has no points"), canonical),
        (Some(_), Some(letter)) => {
            (format!("{cited}({letter}) has no points of its own"), format!("{canonical}({letter})"))
        }
        (Some('b'), None) => (format!("{cited} has points (a) and (b)"), format!("{canonical}(b)")),
        (Some(last), None) => (format!("{cited} has points (a) to ({last})"), format!("{canonical}({last})")),
    };
    Err(NoSuchProvision { reason, nearest: Some(nearest) })
}

/// A one-letter point (`a`).
fn single_letter(text: &str) -> Option<char> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exists(citation: &str) -> bool {
        let (number, rest) = citation.split_once('(').map_or((citation, ""), |(n, r)| (n, r));
        let parts: Vec<String> = rest.split(['(', ')']).filter(|p| !p.is_empty()).map(String::from).collect();
        check(number.parse().unwrap(), &parts).is_ok()
    }

    #[test]
    fn the_table_holds_articles_1_to_99_in_order() {
        for (index, row) in GDPR_STRUCTURE.iter().enumerate() {
            assert_eq!(usize::from(row.number), index + 1);
            let (Layout::Paragraphs { count, points } | Layout::NumberedPoints { count, points }) = row.layout else {
                continue;
            };
            assert!(points.windows(2).all(|w| w[0].0 < w[1].0), "Art. {}", row.number);
            assert!(points.iter().all(|(p, last)| *p <= count && last.is_ascii_lowercase()), "Art. {}", row.number);
        }
    }

    /// Typed from the Regulation's text (OJ L 119, 4.5.2016), not from the table: the last
    /// paragraph and the last point of a sample of articles, across all eleven chapters.
    #[test]
    fn provisions_of_the_regulation_exist() {
        for citation in [
            "1(3)", "2(2)(d)", "2(4)", "3(2)(b)", "4(1)", "4(11)", "4(26)", "4(16)(b)", "4(22)(c)", "4(23)(b)",
            "5(1)(f)", "5(2)", "6(1)(f)", "6(3)(b)", "6(4)(e)", "7(4)", "8(3)", "9(2)(j)", "9(4)", "10", "11(2)",
            "12(5)(b)", "12(8)", "13(2)(f)", "14(2)(g)", "14(5)(d)", "15(1)(h)", "16", "17(3)(e)", "18(1)(d)", "19",
            "20(4)", "21(6)", "22(2)(c)", "23(1)(j)", "23(2)(h)", "24(3)", "28(3)(h)", "28(10)", "29", "30(1)(g)",
            "30(2)(d)", "31", "32(1)(d)", "33(3)(d)", "33(5)", "34(3)(c)", "35(7)(d)", "35(11)", "36(3)(f)",
            "37(1)(c)", "37(7)", "38(6)", "39(1)(e)", "40(2)(k)", "40(11)", "41(2)(d)", "42(8)", "43(2)(e)", "43(9)",
            "44", "45(2)(c)", "45(9)", "46(2)(f)", "46(3)(b)", "47(2)(n)", "48", "49(1)(g)", "49(6)", "50(d)",
            "54(1)(f)", "57(1)(v)", "57(4)", "58(1)(f)", "58(2)(j)", "58(3)(j)", "58(6)", "60(12)", "64(1)(f)",
            "70(1)(y)", "75(6)(g)", "82(6)", "83(2)(k)", "83(4)(c)", "83(5)(e)", "83(9)", "86", "88(3)", "89(4)",
            "92(5)", "95", "97(2)(b)", "98", "99(2)",
        ] {
            assert!(exists(citation), "{citation}");
        }
    }

    #[test]
    fn provisions_beyond_the_regulation_do_not_exist() {
        for citation in [
            "5(1)(g)",
            "6(5)",
            "9(9)",
            "32(7)",
            "33(9)(q)",
            "1(4)",
            "2(5)",
            "4(27)",
            "4(11)(a)",
            "4(16)(c)",
            "10(1)",
            "12(9)",
            "17(4)",
            "21(7)",
            "22(4)(a)",
            "28(11)",
            "35(12)",
            "40(12)",
            "43(10)",
            "50(e)",
            "50(1)",
            "57(1)(w)",
            "58(7)",
            "70(1)(z)",
            "83(4)(d)",
            "83(10)",
            "99(3)",
            "5(1)(a)(i)",
            "6(1)(f)(ii)",
        ] {
            assert!(!exists(citation), "{citation}");
        }
    }

    #[test]
    fn a_missing_provision_names_the_nearest_one_the_regulation_has() {
        let nearest = |number: u8, parts: &[&str]| {
            let parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            let missing = check(number, &parts).unwrap_err();
            (missing.reason, missing.nearest.unwrap_or_default())
        };
        assert_eq!(nearest(5, &["1", "g"]), ("Art. 5(1) has points (a) to (f)".into(), "5(1)(f)".into()));
        assert_eq!(nearest(6, &["5"]), ("Art. 6 has paragraphs 1 to 4".into(), "6(4)".into()));
        assert_eq!(nearest(33, &["9", "q"]).1, "33(5)");
        // A point where the paragraph belongs: the first paragraph with that point.
        assert_eq!(nearest(6, &["f"]).1, "6(1)(f)");
        assert_eq!(nearest(10, &["1"]), ("Art. 10 has no numbered paragraphs, so no paragraph 1".into(), "10".into()));
        assert_eq!(nearest(4, &["16", "c"]), ("Art. 4(16) has points (a) and (b)".into(), "4(16)(b)".into()));
        assert_eq!(nearest(22, &["4", "a", "ii"]), ("Art. 22(4) has no points".into(), "22(4)".into()));
        assert_eq!(nearest(6, &["1", "f", "ii"]).1, "6(1)(f)");
    }
}
