//! The factors of Art. 83(2) GDPR and the step of EDPB Guidelines 04/2022 that weighs each;
//! the factors of Art. 7 of the AP's Boetebeleidsregels 2019, which are the same letters.

/// Art. 83(2) factors counted in step 2 (nature, gravity, duration; intent; categories of
/// data): the guidelines forbid counting them again in step 3 (chapter 5; LAW.md §2).
const STEP_2_FACTORS: [char; 3] = ['a', 'b', 'g'];
const STEP_3_FACTORS: [char; 8] = ['c', 'd', 'e', 'f', 'h', 'i', 'j', 'k'];

/// Reads an Art. 83(2) factor (`"83(2)(k)"`, `"(k)"`, `"k"`) valid in step 3, as `83(2)(k)`.
pub fn step_3_factor(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let letter = trimmed
        .strip_prefix("83(2)")
        .or_else(|| trimmed.strip_prefix("Art. 83(2)"))
        .unwrap_or(trimmed)
        .trim_matches(|c| c == '(' || c == ')' || c == ' ');
    let mut chars = letter.chars();
    let (Some(letter), None) = (chars.next().map(|c| c.to_ascii_lowercase()), chars.next()) else {
        return Err(format!("{text:?} is not an Art. 83(2) factor; write one like \"83(2)(k)\""));
    };
    if STEP_2_FACTORS.contains(&letter) {
        return Err(format!(
            "Art. 83(2)({letter}) is weighed in step 2 (seriousness); EDPB Guidelines 04/2022: no factor counts twice. Step 3 takes (c)-(f) and (h)-(k)"
        ));
    }
    if !STEP_3_FACTORS.contains(&letter) {
        return Err(format!("Art. 83(2) has no factor ({letter}); step 3 takes (c)-(f) and (h)-(k)"));
    }
    Ok(format!("83(2)({letter})"))
}

/// Boetebeleidsregels Autoriteit Persoonsgegevens 2019 (Stcrt. 2019, 14586), Art. 7: "without
/// prejudice to Articles 3:4 and 5:46 Awb", the AP weighs "the factors derived from Article 83,
/// paragraph 2, of the GDPR, referred to in the Policy Rules under a to k" (as the AP quotes it,
/// KNLTB 2020 para 155; docs/law.md). Each letter is Art. 83(2)'s; the subject in a few words.
/// Verified: the letters a to k through the AP's own quotation; the Staatscourant text itself
/// was found (zoek.officielebekendmakingen.nl/stcrt-2019-14586.html) but its Art. 7 not read.
pub const AP2019_FACTORS: [(char, &str); 11] = [
    ('a', "nature, gravity and duration of the infringement"),
    ('b', "intentional or negligent character"),
    ('c', "action taken to mitigate the damage suffered by data subjects"),
    ('d', "degree of responsibility, given the technical and organisational measures"),
    ('e', "relevant previous infringements"),
    ('f', "degree of cooperation with the supervisory authority"),
    ('g', "categories of personal data affected"),
    ('h', "how the infringement became known to the supervisory authority"),
    ('i', "compliance with measures ordered earlier (Art. 58(2))"),
    ('j', "adherence to approved codes of conduct or certification"),
    ('k', "any other aggravating or mitigating factor"),
];

/// Reads a Boetebeleidsregels 2019 Art. 7 factor as `7(b)`: `"7(b)"`, `"Art. 7(b)"`, `"7b"`,
/// `"(b)"` or `"b"`; `"7"` alone is Art. 7 as a whole (several factors netted, as decisions
/// that do not itemise them state it). Anything else is an error, with the letter meant where
/// one can be seen (`"83(2)(b)"`: the same letter of Art. 7).
pub fn ap2019_factor(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let plain = lower.strip_prefix("art.").or_else(|| lower.strip_prefix("artikel")).unwrap_or(&lower).trim();
    if plain == "7" {
        return Ok("7".into());
    }
    let letters = || format!("(a) to ({})", AP2019_FACTORS[AP2019_FACTORS.len() - 1].0);
    let of_art_83 = plain.strip_prefix("83(2)").or_else(|| plain.strip_prefix("83 (2)"));
    let letter = single_letter(plain.strip_prefix('7').unwrap_or(plain)).or_else(|| of_art_83.and_then(single_letter));
    let hint = |letter: char| format!("; did you mean \"7({letter})\"?");
    match letter {
        Some(letter) if of_art_83.is_some() && AP2019_FACTORS.iter().any(|(l, _)| *l == letter) => Err(format!(
            "{text:?} is an Art. 83(2) factor; the Boetebeleidsregels 2019 weigh it as Art. 7({letter}){}",
            hint(letter)
        )),
        Some(letter) if AP2019_FACTORS.iter().any(|(l, _)| *l == letter) => Ok(format!("7({letter})")),
        Some(letter) => Err(format!(
            "Boetebeleidsregels 2019 Art. 7 has no factor ({letter}): it lists {} (the letters of Art. 83(2)), or write \"7\" for several together",
            letters()
        )),
        None => Err(format!(
            "{text:?} is not a factor of Boetebeleidsregels 2019 Art. 7: write one like \"7(b)\" ({} are the letters of Art. 83(2)), or \"7\" for several together",
            letters()
        )),
    }
}

/// `b`, `(b)` or `b)`: one point letter.
fn single_letter(text: &str) -> Option<char> {
    let inner = text.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let mut chars = inner.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_3_refuses_factors_weighed_in_step_2() {
        assert_eq!(step_3_factor("83(2)(k)").unwrap(), "83(2)(k)");
        assert_eq!(step_3_factor("(c)").unwrap(), "83(2)(c)");
        assert_eq!(step_3_factor("f").unwrap(), "83(2)(f)");
        for factor in ["83(2)(a)", "b", "(g)"] {
            assert!(step_3_factor(factor).unwrap_err().contains("step 2"), "{factor}");
        }
        assert!(step_3_factor("83(2)(z)").unwrap_err().contains("has no factor (z)"));
        assert!(step_3_factor("fifteen").unwrap_err().contains("is not an Art. 83(2) factor"));
    }

    #[test]
    fn boetebeleidsregels_2019_art_7_lists_the_factors_a_to_k_of_art83_2() {
        for (text, factor) in
            [("7(b)", "7(b)"), ("Art. 7(a)", "7(a)"), ("7b", "7(b)"), ("(g)", "7(g)"), ("k", "7(k)"), ("7", "7")]
        {
            assert_eq!(ap2019_factor(text).unwrap(), factor, "{text}");
        }
        assert_eq!(ap2019_factor("artikel 7").unwrap(), "7");
        let banana = ap2019_factor("banana").unwrap_err();
        assert!(banana.contains("is not a factor of Boetebeleidsregels 2019 Art. 7"), "{banana}");
        let beyond = ap2019_factor("7(l)").unwrap_err();
        assert!(beyond.contains("has no factor (l): it lists (a) to (k)"), "{beyond}");
        let of_art_83 = ap2019_factor("83(2)(b)").unwrap_err();
        assert!(of_art_83.ends_with("did you mean \"7(b)\"?"), "{of_art_83}");
        assert_eq!(AP2019_FACTORS.map(|(letter, _)| letter), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    }
}
