//! Reading one GDPR citation as authorities write it, in Dutch, English, German, French and
//! Italian, into an [`Article`].
//!
//! Every form names the same levels: the article, its paragraph (`lid`, `paragraph`, `Abs.`,
//! `paragraphe`, `par.`/`paragrafo`, or `(1)`), the point (`onder`/`sub`/`punt`, `point`,
//! `lit.`/`Buchstabe`, `point a)`, `lett. a)`, or `(a)`) and sub-points (`(ii)`). Paragraphs may
//! be ordinals (`eerste lid`, `first paragraph`, `premier ...`, `primo ...`). Subparagraphs
//! (`UAbs.`, `alinea`/`alinéa`, `comma`, `subparagraph`) and sentences (`Satz`, `volzin`) are
//! read but left out of the canonical form `6(1)(f)`: no tier or annex entry depends on them,
//! and the citation as written is kept beside it.
//!
//! A string that names two provisions (`"33(1), 5(1)(f)"`, `"5, 6"`, `"5(1) and 6(1)"`) is an
//! error, never read as one deeper provision: the Dutch comma form `artikel 5, eerste lid,
//! onder a` differs from a list because each part after a comma is introduced by a word
//! (`lid`, `onder`) or an ordinal, never a bare article number.

use super::article::{Article, ArticleError};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Num(String),
    Word(String),
    Open,
    Close,
    Comma,
    Other(char),
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    /// Byte offset in the normalised (lower-case) citation, for error messages.
    at: usize,
}

/// Words that name an article (singular only: a plural such as `artt.` names several).
const ARTICLE_WORDS: &[&str] = &["article", "artikel", "art", "articolo", "articulo", "artículo"];
/// Plurals: several provisions in one string.
const PLURAL_WORDS: &[&str] = &["artt", "arts", "articles", "artikelen", "articoli", "artikeln"];
/// Names of the Regulation after the citation, with the words that link them (`du RGPD`).
const REGULATION_WORDS: &[&str] =
    &["gdpr", "avg", "dsgvo", "rgpd", "gdpr.", "avg.", "dsgvo.", "rgpd.", "regolamento", "règlement", "verordening"];
const LINK_WORDS: &[&str] = &["of", "the", "du", "de", "la", "del", "della", "dell'", "van", "der", "des"];
/// Words introducing a paragraph number.
const PARAGRAPH_WORDS: &[&str] = &["lid", "paragraph", "para", "par", "paragraphe", "paragrafo", "abs", "absatz"];
/// Words introducing a point (a letter, or a number as in the definitions of Art. 4).
const POINT_WORDS: &[&str] = &[
    "onder",
    "sub",
    "onderdeel",
    "punt",
    "point",
    "letter",
    "lit",
    "litt",
    "buchstabe",
    "lett",
    "lettera",
    "punto",
    "nr",
    "no",
    "n",
    "nummer",
    "number",
    "ziff",
    "ziffer",
];
/// Words introducing a subparagraph: in the GDPR's own texts these are unnumbered paragraphs
/// inside a numbered one (Art. 6(1), second subparagraph), so a paragraph must come first.
const SUBPARAGRAPH_WORDS: &[&str] = &["uabs", "unterabsatz", "subparagraph", "alinea", "alinéa", "comma"];
/// Words introducing a sentence.
const SENTENCE_WORDS: &[&str] = &["satz", "sentence", "zin", "volzin", "phrase", "periodo"];
/// Words that join two provisions.
const JOIN_WORDS: &[&str] =
    &["and", "en", "und", "et", "e", "ed", "y", "or", "oder", "ou", "o", "jo", "juncto", "sowie", "ivm"];
/// The opening words of a paragraph (`aanhef en onder a`): they narrow nothing that the tier reads.
const OPENING_WORDS: &[&str] = &["aanhef", "chapeau", "einleitungssatz"];

/// Ordinal words up to the twelfth, in the five languages; German in its declined forms.
fn ordinal(word: &str) -> Option<u8> {
    const TABLE: &[(&[&str], u8)] = &[
        (&["eerste", "first", "premier", "première", "primo", "prima", "1st"], 1),
        (&["tweede", "second", "deuxième", "seconde", "secondo", "seconda", "2nd"], 2),
        (&["derde", "third", "troisième", "terzo", "terza", "3rd"], 3),
        (&["vierde", "fourth", "quatrième", "quarto", "quarta"], 4),
        (&["vijfde", "fifth", "cinquième", "quinto", "quinta"], 5),
        (&["zesde", "sixth", "sixième", "sesto", "sesta"], 6),
        (&["zevende", "seventh", "septième", "settimo", "settima"], 7),
        (&["achtste", "eighth", "huitième", "ottavo", "ottava"], 8),
        (&["negende", "ninth", "neuvième", "nono", "nona"], 9),
        (&["tiende", "tenth", "dixième", "decimo", "decima"], 10),
        (&["elfde", "eleventh", "onzième", "undicesimo", "undicesima"], 11),
        (&["twaalfde", "twelfth", "douzième", "dodicesimo", "dodicesima"], 12),
    ];
    const GERMAN: &[(&str, u8)] = &[
        ("erst", 1),
        ("zweit", 2),
        ("dritt", 3),
        ("viert", 4),
        ("fünft", 5),
        ("sechst", 6),
        ("siebt", 7),
        ("acht", 8),
        ("neunt", 9),
        ("zehnt", 10),
        ("elft", 11),
        ("zwölft", 12),
    ];
    if let Some((_, n)) = TABLE.iter().find(|(words, _)| words.contains(&word)) {
        return Some(*n);
    }
    GERMAN.iter().find_map(|(stem, n)| {
        let ending = word.strip_prefix(stem)?;
        ["e", "er", "en", "es", "em"].contains(&ending).then_some(*n)
    })
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let kind = if c.is_ascii_digit() {
            let mut number = c.to_string();
            while let Some((_, d)) = chars.next_if(|(_, d)| d.is_ascii_digit()) {
                number.push(d);
            }
            Kind::Num(number)
        } else if c.is_alphabetic() {
            let mut word = c.to_string();
            while let Some((_, d)) = chars.next_if(|(_, d)| d.is_alphabetic()) {
                word.push(d);
            }
            // Abbreviations keep their dot (`lit.`), elisions their apostrophe (`l'article`).
            if let Some((_, d)) = chars.next_if(|(_, d)| matches!(d, '.' | '\'')) {
                word.push(d);
            }
            Kind::Word(word)
        } else {
            match c {
                '(' => Kind::Open,
                ')' => Kind::Close,
                ',' => Kind::Comma,
                c if c.is_whitespace() => continue,
                c => Kind::Other(c),
            }
        };
        tokens.push(Token { kind, at });
    }
    tokens
}

fn word(token: Option<&Token>) -> Option<&str> {
    match token.map(|t| &t.kind) {
        Some(Kind::Word(w)) => Some(w.trim_end_matches('.')),
        _ => None,
    }
}

fn is_in(token: Option<&Token>, list: &[&str]) -> bool {
    word(token).is_some_and(|w| list.contains(&w))
}

/// Drops the Regulation's name and the words linking it (`of the GDPR`, `du RGPD`, `, AVG`).
fn strip_regulation(tokens: &mut Vec<Token>) {
    let trim_commas = |tokens: &mut Vec<Token>| {
        while tokens.last().is_some_and(|t| matches!(t.kind, Kind::Comma | Kind::Other('.'))) {
            tokens.pop();
        }
    };
    trim_commas(tokens);
    if is_in(tokens.last(), REGULATION_WORDS) {
        tokens.pop();
        while is_in(tokens.last(), LINK_WORDS) {
            tokens.pop();
        }
        trim_commas(tokens);
    }
}

/// Parses one citation; see the module documentation for the forms.
pub(super) fn parse(citation: &str) -> Result<Article, ArticleError> {
    let trimmed = citation.trim();
    if trimmed.is_empty() {
        return Err(ArticleError::Empty);
    }
    let text = trimmed.to_lowercase().replace(['’', '`'], "'").replace("ds-gvo", "dsgvo").replace("eu-dsgvo", "dsgvo");
    let mut tokens = tokenize(&text);
    strip_regulation(&mut tokens);
    let two = || two_provisions(trimmed);
    // EUR-Lex English puts the inner levels first: "point (f) of the first subparagraph of Article 6(1)".
    let start = tokens.iter().position(|t| is_in(Some(t), ARTICLE_WORDS));
    let (inner, outer) = match start {
        Some(i) if i > 0 && is_in(tokens.get(i - 1), LINK_WORDS) => tokens.split_at(i),
        _ => tokens.split_at(0),
    };
    let mut reader = Reader { tokens: outer, text: &text, next: 0, parts: Vec::new(), number: 0 };
    reader.skip_while(&["l'", "the"]);
    if is_in(reader.peek(), PLURAL_WORDS) {
        return Err(two());
    }
    if is_in(reader.peek(), ARTICLE_WORDS) {
        reader.next += 1;
    }
    reader.number(trimmed)?;
    reader.levels(&two)?;
    let groups: Vec<&[Token]> = inner.split(|t| is_in(Some(t), &["of"])).filter(|g| !g.is_empty()).collect();
    for group in groups.into_iter().rev() {
        reader.tokens = group;
        reader.next = 0;
        reader.levels(&two)?;
    }
    Ok(Article { number: reader.number, parts: reader.parts })
}

/// The error for a string naming several provisions, with the list to write instead where
/// every piece reads as a provision of its own.
fn two_provisions(citation: &str) -> ArticleError {
    let mut pieces = vec![citation.to_string()];
    for separator in [",", ";", " and ", " en ", " und ", " et ", " e ", " & ", " jo. "] {
        pieces = pieces.iter().flat_map(|p| p.split(separator).map(str::to_string).collect::<Vec<_>>()).collect();
    }
    let split: Option<Vec<String>> = (pieces.len() > 1)
        .then(|| pieces.iter().map(|p| p.parse::<Article>().ok().map(|a| a.to_string())).collect())
        .flatten();
    ArticleError::SeveralProvisions { text: citation.to_string(), split }
}

struct Reader<'a> {
    tokens: &'a [Token],
    text: &'a str,
    next: usize,
    parts: Vec<String>,
    number: u8,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.next)
    }

    fn skip_while(&mut self, words: &[&str]) {
        while is_in(self.peek(), words) {
            self.next += 1;
        }
    }

    fn number(&mut self, citation: &str) -> Result<(), ArticleError> {
        let Some(Kind::Num(digits)) = self.peek().map(|t| &t.kind) else {
            return Err(ArticleError::NoNumber(citation.to_string()));
        };
        self.number = digits
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=99).contains(n))
            .ok_or_else(|| ArticleError::OutOfRange(digits.clone()))?;
        self.next += 1;
        Ok(())
    }

    /// The text from the current token on, for an error message.
    fn rest(&self) -> String {
        let at = self.peek().map_or(self.text.len(), |t| t.at);
        self.text[at..].trim().to_string()
    }

    fn trailing(&self) -> ArticleError {
        ArticleError::Trailing { number: self.number, text: self.rest() }
    }

    /// Paragraphs, points, subparagraphs and sentences, until the tokens end.
    fn levels(&mut self, two: &dyn Fn() -> ArticleError) -> Result<(), ArticleError> {
        let mut after = After::Other;
        while let Some(token) = self.peek() {
            match &token.kind {
                Kind::Comma => {
                    self.next += 1;
                    after = After::Comma;
                    continue;
                }
                // After a comma a level is introduced by a word (`lid`, `point`) or an ordinal;
                // a bare number or `(2)` / `b)` there starts another provision: `5(1), (2)`.
                Kind::Num(_) | Kind::Open if after == After::Comma => return Err(two()),
                Kind::Open => {
                    let value = self.value()?;
                    self.parts.push(value);
                }
                Kind::Other(';' | '&' | '+') => return Err(two()),
                Kind::Word(_) => self.word(after, two)?,
                _ => return Err(self.trailing()),
            }
            after = After::Other;
        }
        Ok(())
    }

    fn word(&mut self, after: After, two: &dyn Fn() -> ArticleError) -> Result<(), ArticleError> {
        let token = self.peek();
        let word = word(token).unwrap_or_default();
        if is_value(word) && matches!(self.tokens.get(self.next + 1).map(|t| &t.kind), Some(Kind::Close)) {
            if after == After::Comma {
                return Err(two());
            }
            // A point written `a)`, as in French and Italian.
            return self.value().map(|value| self.parts.push(value));
        }
        // The Regulation's name at the end was stripped; one still here has a provision after it.
        let regulation = REGULATION_WORDS.contains(&word);
        if regulation || JOIN_WORDS.contains(&word) || ARTICLE_WORDS.contains(&word) || PLURAL_WORDS.contains(&word) {
            return Err(two());
        }
        self.next += 1;
        if PARAGRAPH_WORDS.contains(&word) {
            let mark = self.next;
            let value = self.value()?;
            if !value.chars().all(|c| c.is_ascii_digit()) {
                self.next = mark;
                return Err(self.missing(word));
            }
            self.parts.push(value);
        } else if POINT_WORDS.contains(&word) {
            let value = self.value()?;
            self.parts.push(value);
        } else if SUBPARAGRAPH_WORDS.contains(&word) || SENTENCE_WORDS.contains(&word) {
            self.below_paragraph(word)?;
            self.value()?;
        } else if let Some(n) = ordinal(word) {
            self.ordinal_level(n)?;
        } else if OPENING_WORDS.contains(&word) {
            self.skip_while(&["en", "und", "et", "e", "and"]);
        } else if word != "the" {
            self.next -= 1;
            return Err(self.trailing());
        }
        Ok(())
    }

    /// `eerste lid`, `second subparagraph`, `zweiter Satz`: the word after the ordinal says the level.
    fn ordinal_level(&mut self, n: u8) -> Result<(), ArticleError> {
        let unit = word(self.peek()).unwrap_or_default().to_string();
        if PARAGRAPH_WORDS.contains(&unit.as_str()) {
            self.parts.push(n.to_string());
        } else if SUBPARAGRAPH_WORDS.contains(&unit.as_str()) || SENTENCE_WORDS.contains(&unit.as_str()) {
            self.below_paragraph(&unit)?;
        } else {
            return Err(self.trailing());
        }
        self.next += 1;
        Ok(())
    }

    /// Subparagraphs and sentences sit inside a paragraph; without one, `comma 1` or `alinéa 1`
    /// most likely means the paragraph (as in Italian and French national law), which the
    /// GDPR's own texts call `paragrafo`/`paragraphe`: ask rather than guess.
    fn below_paragraph(&self, word: &str) -> Result<(), ArticleError> {
        if self.parts.is_empty() {
            return Err(ArticleError::LevelWithoutParagraph { number: self.number, word: word.to_string() });
        }
        Ok(())
    }

    fn missing(&self, word: &str) -> ArticleError {
        ArticleError::MissingValue { number: self.number, word: word.to_string(), text: self.rest() }
    }

    /// A paragraph or point value: `1`, `a`, `iv`, `(a)` or `a)`.
    fn value(&mut self) -> Result<String, ArticleError> {
        let before = self.tokens.get(self.next.wrapping_sub(1)).and_then(|t| word(Some(t))).unwrap_or("(");
        let before = before.to_string();
        let open = matches!(self.peek().map(|t| &t.kind), Some(Kind::Open));
        if open {
            self.next += 1;
        }
        let value = match self.peek().map(|t| &t.kind) {
            Some(Kind::Num(n)) if n.len() <= 3 => n.clone(),
            Some(Kind::Word(w)) if is_value(w.trim_end_matches('.')) => w.trim_end_matches('.').to_string(),
            _ => return Err(if open { self.trailing() } else { self.missing(&before) }),
        };
        self.next += 1;
        let close = matches!(self.peek().map(|t| &t.kind), Some(Kind::Close));
        if close {
            self.next += 1;
        } else if open {
            return Err(self.trailing());
        }
        Ok(value)
    }
}

/// A point letter (`a`) or a sub-point roman numeral (`iv`).
fn is_value(word: &str) -> bool {
    (word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_lowercase()))
        || (!word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
}

/// What a level of a citation follows: after a comma a level is introduced by a word or an
/// ordinal, and a bare value starts another provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    Comma,
    Other,
}

impl std::str::FromStr for Article {
    type Err = ArticleError;

    /// Any citation form of the `citation` module: `5(1)(a)`, `artikel 5, eerste lid, onder a, AVG`,
    /// `Art. 5 Abs. 1 lit. a DSGVO`, `article 5, paragraphe 1, point a) du RGPD`, `art. 5, par. 1, lett. a)`.
    /// A provision the Regulation does not have (`5(1)(g)`, `6(5)`) is an error naming the
    /// nearest one it has.
    fn from_str(citation: &str) -> Result<Article, ArticleError> {
        let article = parse(citation)?;
        super::law::gdpr_structure::check(article.number, &article.parts).map_err(|missing| {
            ArticleError::NoSuchProvision {
                citation: article.to_string(),
                reason: missing.reason,
                nearest: missing.nearest,
            }
        })?;
        Ok(article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The reader alone: these tests are about the forms of citation, so some name provisions
    // the GDPR does not have (Art. 40 has 11 paragraphs; `from_str` refuses "40(12)").
    fn canonical(text: &str) -> String {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e}")).to_string()
    }

    fn error(text: &str) -> ArticleError {
        parse(text).expect_err(text)
    }

    #[test]
    fn dutch_citations_as_the_ap_writes_them() {
        for (form, expected) in [
            ("artikel 5, eerste lid, onder a, AVG", "5(1)(a)"),
            ("artikel 5, eerste lid, onder a, van de AVG", "5(1)(a)"),
            ("artikel 33, vierde lid", "33(4)"),
            ("artikel 33, vierde lid, AVG", "33(4)"),
            ("Artikel 6, eerste lid, aanhef en onder f, AVG", "6(1)(f)"),
            ("artikel 83, tweede lid, aanhef", "83(2)"),
            ("art. 5 lid 1 sub a AVG", "5(1)(a)"),
            ("artikel 5 lid 1 onder a", "5(1)(a)"),
            ("artikel 6, lid 1, eerste alinea, punt f)", "6(1)(f)"),
            ("artikel 4, onder 11, AVG", "4(11)"),
            ("artikel 12, derde lid, tweede volzin", "12(3)"),
            ("artikel 58, tweede lid, onder d", "58(2)(d)"),
        ] {
            assert_eq!(canonical(form), expected, "{form}");
        }
    }

    #[test]
    fn dutch_ordinals_eerste_to_twaalfde_name_paragraphs() {
        let words = [
            "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
            "elfde", "twaalfde",
        ];
        for (n, word) in words.iter().enumerate() {
            assert_eq!(canonical(&format!("artikel 40, {word} lid")), format!("40({})", n + 1), "{word}");
        }
    }

    #[test]
    fn english_citations_including_eur_lex_order() {
        for (form, expected) in [
            ("Article 5(1)(a) GDPR", "5(1)(a)"),
            ("Art. 5(1)(a) of the GDPR", "5(1)(a)"),
            ("Article 5 paragraph 1 point (a)", "5(1)(a)"),
            ("Article 33, fourth paragraph", "33(4)"),
            ("Article 6(1), first subparagraph, point (f)", "6(1)(f)"),
            ("point (a) of Article 5(1) GDPR", "5(1)(a)"),
            ("point (f) of the first subparagraph of Article 6(1)", "6(1)(f)"),
            ("Article 4 point 11", "4(11)"),
            ("5 (1) a)", "5(1)(a)"),
            ("art 5(1)(a)", "5(1)(a)"),
            ("Article 9(2)(j)", "9(2)(j)"),
            ("Article 32(1)(b)", "32(1)(b)"),
            ("58(2)(d)", "58(2)(d)"),
            ("Art. 22(4)(a)(ii)", "22(4)(a)(ii)"),
        ] {
            assert_eq!(canonical(form), expected, "{form}");
        }
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        for (n, word) in words.iter().enumerate() {
            assert_eq!(canonical(&format!("Article 40, {word} paragraph")), format!("40({})", n + 1), "{word}");
        }
    }

    #[test]
    fn german_citations_abs_uabs_lit_satz() {
        for (form, expected) in [
            ("Art. 5 Abs. 1 lit. a DSGVO", "5(1)(a)"),
            ("Art. 6 Abs. 1 UAbs. 1 lit. f DSGVO", "6(1)(f)"),
            ("Art. 12 Abs. 3 Satz 2 DSGVO", "12(3)"),
            ("Artikel 5 Absatz 1 Buchstabe a DS-GVO", "5(1)(a)"),
            ("Art. 4 Nr. 11 DSGVO", "4(11)"),
            ("Art. 33 Abs. 4 EU-DSGVO", "33(4)"),
            ("Art. 6 Abs. 1 erster Unterabsatz lit. f", "6(1)(f)"),
        ] {
            assert_eq!(canonical(form), expected, "{form}");
        }
        for (stem, n) in [("erst", 1), ("zweit", 2), ("dritt", 3), ("zehnt", 10)] {
            for ending in ["er", "e", "en"] {
                assert_eq!(canonical(&format!("Art. 6 {stem}{ending} Absatz")), format!("6({n})"));
            }
        }
    }

    #[test]
    fn french_citations_paragraphe_point_alinea() {
        for (form, expected) in [
            ("article 5, paragraphe 1, point a) du RGPD", "5(1)(a)"),
            ("l'article 6, paragraphe 1, premier alinéa, point f) du RGPD", "6(1)(f)"),
            ("Article 33 du RGPD", "33"),
            ("article 17, paragraphe 1, du règlement", "17(1)"),
            ("l’article 32 du RGPD", "32"),
        ] {
            assert_eq!(canonical(form), expected, "{form}");
        }
        let words = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième"];
        for (n, word) in words.iter().chain(&["neuvième", "dixième"]).enumerate() {
            assert_eq!(canonical(&format!("article 40, {word} paragraphe")), format!("40({})", n + 1), "{word}");
        }
    }

    #[test]
    fn italian_citations_par_comma_lett() {
        for (form, expected) in [
            ("art. 5, par. 1, lett. a)", "5(1)(a)"),
            ("art. 5, par. 1, lett. a), del Regolamento", "5(1)(a)"),
            ("articolo 6, paragrafo 1, primo comma, lettera f)", "6(1)(f)"),
            ("art. 6, par. 1, lett. e), RGPD", "6(1)(e)"),
            ("art. 4, n. 11, del GDPR", "4(11)"),
        ] {
            assert_eq!(canonical(form), expected, "{form}");
        }
        let words = ["primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo", "nono", "decimo"];
        for (n, word) in words.iter().enumerate() {
            assert_eq!(canonical(&format!("art. 40, {word} paragrafo")), format!("40({})", n + 1), "{word}");
        }
    }

    #[test]
    fn a_string_naming_two_provisions_is_an_error_with_the_list_to_write() {
        for (text, split) in [
            ("33(1), 5(1)(f)", Some(vec!["33(1)", "5(1)(f)"])),
            ("5, 6", Some(vec!["5", "6"])),
            ("Art. 5(1) and 6(1)", Some(vec!["5(1)", "6(1)"])),
            ("artikel 5 en 6 AVG", Some(vec!["5", "6"])),
            ("Art. 5(1); Art. 6(1)", Some(vec!["5(1)", "6(1)"])),
            ("5(1)(a), art. 6", Some(vec!["5(1)(a)", "6"])),
            ("artt. 5 e 6", None),
            ("artikel 5, eerste lid, onder a en b", None),
            ("5(1), (2)", None),
            ("art. 5, par. 1, lett. a), b)", None),
            ("Article 5(1)(a), (b)", None),
            ("Article 5 GDPR, Article 6 GDPR", Some(vec!["5", "6"])),
        ] {
            let expected = split.map(|pieces| pieces.into_iter().map(String::from).collect());
            assert_eq!(error(text), ArticleError::SeveralProvisions { text: text.into(), split: expected }, "{text}");
        }
        let message = error("33(1), 5(1)(f)").to_string();
        assert_eq!(
            message,
            "more than one provision in one string; cite one provision per string: [\"33(1)\", \"5(1)(f)\"]"
        );
    }

    #[test]
    fn a_subparagraph_without_its_paragraph_is_an_error_not_a_guess() {
        assert_eq!(error("art. 5, comma 1"), ArticleError::LevelWithoutParagraph { number: 5, word: "comma".into() });
        assert_eq!(
            error("article 5, premier alinéa"),
            ArticleError::LevelWithoutParagraph { number: 5, word: "alinéa".into() }
        );
        assert!(error("art. 5, comma 1").to_string().contains("name the paragraph first"));
    }

    #[test]
    fn unreadable_levels_name_what_was_expected() {
        assert_eq!(
            error("artikel 5, lid a"),
            ArticleError::MissingValue { number: 5, word: "lid".into(), text: "a".into() }
        );
        assert_eq!(error("Art. 5 Abs."), ArticleError::MissingValue { number: 5, word: "abs".into(), text: "".into() });
        assert_eq!(error("5/1"), ArticleError::Trailing { number: 5, text: "/1".into() });
        assert_eq!(error("artikel 5 UAVG"), ArticleError::Trailing { number: 5, text: "uavg".into() });
        assert_eq!(error("5 1"), ArticleError::Trailing { number: 5, text: "1".into() });
        assert_eq!(error("artikel 5, eerste"), ArticleError::Trailing { number: 5, text: "".into() });
        assert_eq!(error("AVG"), ArticleError::NoNumber("AVG".into()));
        assert_eq!(error("artikel 100"), ArticleError::OutOfRange("100".into()));
    }
}
