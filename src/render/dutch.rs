//! The Dutch text of the core's steps, findings and notes.
//!
//! The core (`calc`) writes its explanations once, in English, and stays free of languages: the
//! JSON report carries those texts unchanged. For `--lang nl` this module reads each English
//! text against a catalogue of templates (gettext-style, the English text is the key) and
//! writes the Dutch one, converting what the placeholders hold: amounts (`€ 20.000.000,00`),
//! dates (`16 mei 2024`), provisions (`artikel 83, vijfde lid, AVG`). Every
//! Dutch text lives in [`RULES`] and [`TEXTS`]; a test renders every example and every test
//! case in Dutch and fails on any text without a template, so a changed English text cannot
//! silently reach a Dutch report.
//!
//! Placeholders are `{kind}` or `{kind2}`, `{kind3}` for several of a kind; the kind says how
//! the value is read and written (see [`convert`]).

use std::borrow::Cow;

use jiff::civil::Date;

/// Step rules (the short first column of an explanation).
const RULES: &[(&str, &str)] = &[
    ("Art. {cite}", "{cite}"),
    ("EDPB Guidelines 04/2022 para {n}", "EDPB-richtsnoeren 04/2022, randnummer {n}"),
    ("national law", "nationaal recht"),
    ("deadline", "termijn"),
    ("total", "totaal"),
];

/// Step details, findings and notes, most specific first where two could match.
const TEXTS: &[(&str, &str)] = &[
    // Settlement reductions (calc::violation).
    // Turnover and legal maxima (calc::maximum).
    (
        "turnover not known or not provided: the fixed maximum applies and no size adjustment is made",
        "omzet onbekend of niet verstrekt: het vaste maximum geldt en er volgt geen correctie voor de omvang",
    ),
    // Fines, groups, totals (calc::mod, calc::groups).
    // EDPB Guidelines 04/2022 (calc::edpb).
    // AP Boetebeleidsregels 2019 (calc::ap2019).
    (
        "the known annex entries of the Boetebeleidsregels 2019 do not cover {arts}; set `category` (I-IV) in [violation.ap2019]",
        "de bekende bijlagen van de Boetebeleidsregels AP 2019 noemen {arts} niet; geef `category` (I-IV) op in [violation.ap2019]",
    ),
    (
        "no result for {user}: the method gives none for them (see above)",
        "geen uitkomst voor {user}: de methode geeft er geen (zie hierboven)",
    ),
    (
        "the Boetebeleidsregels 2019 are the Dutch AP's policy rules, with bandwidths in euros; this case is in {cur}, and art83 does not apply them in another currency (no authority converts them): declare the fine, or compare with the EDPB method",
        "de Boetebeleidsregels AP 2019 zijn de beleidsregels van de Nederlandse AP, met bandbreedtes in euro; deze zaak is in {cur}, en art83 past ze niet toe in een andere munt (geen autoriteit rekent ze om): geef de boete op, of vergelijk met de EDPB-methode",
    ),
    (
        "the known annex entries of the Boetebeleidsregels 2019 do not cover {arts}; compare with a category of your choosing: `--method ap2019 --category III` (I-IV)",
        "de bekende bijlagen van de Boetebeleidsregels AP 2019 noemen {arts} niet; vergelijk met een categorie naar keuze: `--method ap2019 --category III` (I-IV)",
    ),
    (
        "{money} for one day of delay is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°)",
        "{money} voor één dag vertraging is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°)",
    ),
    (
        "{money} for {n} days of delay is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°)",
        "{money} voor {n} dagen vertraging is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°)",
    ),
    (
        "{money} for a period of {n} days is more than the ceiling of {money2} a day (Loi Informatique et Libertés art. 20 III 2°): above it in the shorter months",
        "{money} voor een periode van {n} dagen is meer dan het maximum van {money2} per dag (Loi Informatique et Libertés art. 20 III 2°): daarboven in de kortere maanden",
    ),
    (
        "Loi Informatique et Libertés art. 20 III 2°: no penalty payment where the processing is implemented by the State",
        "Loi Informatique et Libertés art. 20 III 2°: geen dwangsom waar de Staat de verwerking uitvoert",
    ),
    // Findings (calc::mod, calc::plausible, input).
    (
        "no legal maximum: Art. 83(4)-(6) list none of the articles",
        "geen wettelijk maximum: artikel 83, vierde tot en met zesde lid, AVG noemt geen van de artikelen",
    ),
    (
        "no dates of limitation: the one-year limitation of Awb 5:35 binds Dutch authorities (`authority = \"NL-...\"`) only, and art83 holds no other country's rule",
        "geen verjaringsdata: de verjaring na een jaar van artikel 5:35 Awb geldt alleen voor Nederlandse bestuursorganen (`authority = \"NL-...\"`), en art83 kent de regels van andere landen niet",
    ),
    (
        "no ceiling (`max`): the exposure is unbounded; Dutch orders must state one (Awb 5:32b(2))",
        "geen maximum (`max`): het risico is onbegrensd; een Nederlandse last moet een maximum noemen (artikel 5:32b, tweede lid, Awb)",
    ),
    // An Art. 7 factor as the case file names it (`7(a)`) with its amount and reason: last, as
    // it would match any "x: amount (reason)".
    ("{user}: {money} ({user2})", "{user}: {money} ({user2})"),
];

/// A rule in Dutch, if the catalogue has it.
pub fn rule(text: &str) -> Option<String> {
    translate(text, RULES)
}

/// A step detail, finding or note in Dutch, if the catalogue has it.
pub fn text(text: &str) -> Option<String> {
    translate(text, TEXTS)
}

fn translate(text: &str, catalogue: &[(&str, &str)]) -> Option<String> {
    catalogue.iter().find_map(|(english, dutch)| {
        let mut values = Vec::new();
        matches(&segments(english), text, &mut values).then(|| fill(dutch, &values))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment<'t> {
    Literal(&'t str),
    Hole(&'t str),
}

/// A template cut into its literal text and its `{name}` holes.
fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else { break };
        if open > 0 {
            out.push(Segment::Literal(&rest[..open]));
        }
        out.push(Segment::Hole(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Literal(rest));
    }
    out
}

/// Whether `text` reads as the template; the holes' Dutch values go into `values`. A hole
/// takes the shortest text after which the rest still matches and that its kind accepts.
fn matches<'t>(segments: &[Segment<'t>], text: &str, values: &mut Vec<(&'t str, String)>) -> bool {
    match segments {
        [] => text.is_empty(),
        [Segment::Literal(literal), rest @ ..] => {
            text.strip_prefix(literal).is_some_and(|after| matches(rest, after, values))
        }
        [Segment::Hole(name), rest @ ..] => {
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Segment::Literal(next)) => text.match_indices(next).map(|(i, _)| i).collect(),
                Some(Segment::Hole(_)) => return false, // two holes side by side: ambiguous
            };
            for end in ends.into_iter().filter(|&end| end > 0) {
                let Some(value) = convert(name, &text[..end]) else { continue };
                values.push((name, value));
                if matches(rest, &text[end..], values) {
                    return true;
                }
                values.pop();
            }
            false
        }
    }
}

fn fill(template: &str, values: &[(&str, String)]) -> String {
    segments(template)
        .into_iter()
        .map(|segment| match segment {
            Segment::Literal(text) => text.to_string(),
            Segment::Hole(name) => values.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_default(),
        })
        .collect()
}

/// A hole's value in Dutch, or `None` when the text is not of the hole's kind (the kind is
/// the name without its trailing digits).
fn convert(name: &str, value: &str) -> Option<String> {
    match name.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "money" => money(value),
        "num" => number(value),
        "n" => value.bytes().all(|b| b.is_ascii_digit()).then(|| value.to_string()),
        "date" => value.parse::<Date>().ok().map(date),
        "cite" => citation(value).map(|cited| format!("{cited}, AVG")),
        // Mid-sentence a citation with a paragraph or point closes with a comma (`artikel 3,
        // tweede lid, niet`), as Dutch legislation writes it.
        "art" => citation(value).map(|cited| if cited.contains(',') { format!("{cited},") } else { cited }),
        "arts" => provisions(value),
        "artsc" => provisions(value).map(|cited| if cited.contains(',') { format!("{cited},") } else { cited }),
        // The case file's name for an adjustment: the policy's own point (`7(a)`) as written.
        "factor" => Some(if value == "proportionality" { "evenredigheid".to_string() } else { value.to_string() }),
        "cc" => (value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())).then(|| value.to_string()),
        "sign" => matches!(value, "+" | "-").then(|| value.to_string()),
        "cur" => (value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase())).then(|| value.to_string()),
        "word" => word(value),
        "id" => (!value.contains('`')).then(|| value.to_string()),
        "ids" => (value.starts_with('`') && value.ends_with('`')).then(|| value.to_string()),
        "src" => Some(source(value)),
        // Text from the case file (a reason, a figure as written): the user's own words.
        "user" => Some(value.to_string()),
        // A text the core composed of other texts: only a known one.
        "text" => text(value),
        "band" => band(value),
        _ => None,
    }
}

/// `EUR 1,234.50` as `€ 1.234,50`, `PLN 5,000.00` as `PLN 5.000,00`; a sign goes before the
/// amount (`€ -50.000,00`).
fn money(value: &str) -> Option<String> {
    let (sign, rest) = match value.as_bytes().first() {
        Some(b'+') => ("+", &value[1..]),
        Some(b'-') => ("-", &value[1..]),
        _ => ("", value),
    };
    let (code, amount) = rest.split_once(' ')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let amount = number(amount)?;
    Some(if code == "EUR" { format!("€ {sign}{amount}") } else { format!("{code} {sign}{amount}") })
}

/// `1,234.50` as `1.234,50`, `0.5` as `0,5`, `10-20` as it is.
fn number(value: &str) -> Option<String> {
    let plain = value.bytes().all(|b| b.is_ascii_digit() || b",.-+".contains(&b));
    let digits = value.bytes().any(|b| b.is_ascii_digit());
    (plain && digits).then(|| {
        value
            .chars()
            .map(|c| match c {
                ',' => '.',
                '.' => ',',
                other => other,
            })
            .collect()
    })
}

/// The Dutch month names, for dates in prose (`16 mei 2024`) and for keeping them whole when a
/// line wraps (`layout::glue`).
pub(crate) const MONTHS: [&str; 12] = [
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
];

/// `16 mei 2024`.
pub fn date(day: Date) -> String {
    let month = MONTHS[usize::try_from(day.month() - 1).unwrap_or(0)];
    format!("{} {month} {}", day.day(), day.year())
}

const ORDINALS: [&str; 12] = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde",
];

fn ordinal(number: &str) -> String {
    match number.parse::<usize>() {
        Ok(n @ 1..=12) => ORDINALS[n - 1].to_string(),
        _ => format!("{number}e"),
    }
}

/// `83(5)(a)` or `Art. 83(5)(a)` as `artikel 83, vijfde lid, onder a`; `83(4)-(6)` as
/// `artikel 83, vierde tot en met zesde lid`.
pub fn citation(value: &str) -> Option<String> {
    let compact = value.strip_prefix("Art. ").unwrap_or(value);
    let digits = compact.find(|c: char| !c.is_ascii_digit()).unwrap_or(compact.len());
    let (number, mut rest) = compact.split_at(digits);
    if number.is_empty() {
        return None;
    }
    let mut out = format!("artikel {number}");
    let mut first = true;
    while let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let part = &inner[..close];
        rest = &inner[close + 1..];
        if let Some(upper) = rest.strip_prefix("-(").and_then(|r| r.split_once(')')) {
            out.push_str(&format!(", {} tot en met {} lid", ordinal(part), ordinal(upper.0)));
            rest = upper.1;
        } else if first && part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!(", {} lid", ordinal(part)));
        } else {
            out.push_str(&format!(", onder {part}"));
        }
        first = false;
    }
    rest.is_empty().then_some(out)
}

/// A list of provisions (`12(1) (83(5)(b)), 15 (83(5)(b))`) with each one cited in Dutch.
fn provisions(value: &str) -> Option<String> {
    let mut out = String::new();
    let mut token = String::new();
    let mut depth = 0usize;
    let flush = |token: &mut String, out: &mut String| -> Option<()> {
        if !token.is_empty() {
            out.push_str(&citation(token)?);
            token.clear();
        }
        Some(())
    };
    for c in value.chars() {
        let part_of_token = c.is_ascii_alphanumeric() || (!token.is_empty() && matches!(c, '(' | ')' | '-'));
        if part_of_token && !(c == ')' && token.matches('(').count() == token.matches(')').count()) {
            token.push(c);
        } else {
            flush(&mut token, &mut out)?;
            depth = match c {
                '(' => depth + 1,
                ')' => depth.saturating_sub(1),
                _ => depth,
            };
            // Between provisions a semicolon: their citations hold commas themselves.
            out.push(if c == ',' && depth == 0 { ';' } else { c });
        }
    }
    flush(&mut token, &mut out)?;
    Some(out)
}

/// A turnover band (`maximum::band_text`): "above EUR 1.00 up to EUR 2.00", "above ...", "up to ...".
fn band(value: &str) -> Option<String> {
    if let Some(rest) = value.strip_prefix("above ") {
        return Some(match rest.split_once(" up to ") {
            Some((low, high)) => format!("boven {} tot en met {}", money(low)?, money(high)?),
            None => format!("boven {}", money(rest)?),
        });
    }
    value.strip_prefix("up to ").and_then(money).map(|high| format!("tot en met {high}"))
}

/// The few single words the core puts into its texts.
fn word(value: &str) -> Option<String> {
    let dutch = match value {
        "low" => "lage",
        "medium" => "gemiddelde",
        "high" => "hoge",
        "I" | "II" | "III" | "IV" => value,
        _ => return None,
    };
    Some(dutch.to_string())
}

/// Sources and authorities' texts named in brackets: their English connecting words in Dutch,
/// provisions cited the Dutch way.
fn source(value: &str) -> String {
    let mut out = value.to_string();
    for (english, dutch) in [
        (
            "a public authority or body that acts as an undertaking (Competition Act 2002) in none of its activities",
            "een overheidsinstantie of -orgaan dat in geen van zijn activiteiten als onderneming (Competition Act 2002) optreedt",
        ),
        (
            "federal authorities and other public bodies (§ 2(1) BDSG), unless they compete on a market (§ 2(5)); the Länder laws exclude their bodies likewise",
            "federale overheidsinstanties en andere openbare lichamen (§ 2(1) BDSG), tenzij zij op een markt concurreren (§ 2(5)); de wetten van de deelstaten sluiten hun organen evenzo uit",
        ),
        (" (part of ", " (deel van "),
        ("ANSPDCP decisions", "besluiten van de ANSPDCP"),
        ("Law of 1 August 2018", "wet van 1 augustus 2018"),
        ("(Act of 10 May 2018)", "(wet van 10 mei 2018)"),
        (", quoted in ", ", aangehaald in "),
        (", para ", ", rn. "),
        (" para ", ", rn. "),
        ("EDPB Guidelines", "EDPB-richtsnoeren"),
        (" section ", ", paragraaf "),
        ("(no exception under Art. 83(7))", "(geen uitzondering op grond van artikel 83, zevende lid, AVG)"),
        ("UAVG art. 14(3)", "artikel 14, derde lid, UAVG"),
        ("public authorities, ministries included", "overheidsorganen, ministeries inbegrepen"),
        (
            "a public authority or body that acts as an undertaking",
            "een overheidsinstantie of -orgaan dat als onderneming optreedt",
        ),
        (" in none of its activities", " in geen van zijn activiteiten"),
        ("Art. 83(7)", "artikel 83, zevende lid, AVG"),
        (" and ", " en "),
    ] {
        out = out.replace(english, dutch);
    }
    // `Art. 33(1)` in a source: the provision of the GDPR.
    while let Some(start) = out.find("Art. ") {
        let end = out[start + 5..].find([' ', ',', ';']).map_or(out.len(), |i| start + 5 + i);
        let end = end.min(out.len());
        let mut cited = &out[start..end];
        // A closing bracket of the surrounding text is not part of the provision.
        while cited.ends_with(')') && cited.matches('(').count() < cited.matches(')').count() {
            cited = &cited[..cited.len() - 1];
        }
        let Some(dutch) = citation(cited) else { break };
        out.replace_range(start..start + cited.len(), &dutch);
    }
    out
}

/// The Dutch text, or the English one when the catalogue lacks it (a test makes sure that no
/// example or test case gets there).
pub fn rule_or_english(english: &str) -> Cow<'_, str> {
    rule(english).map_or(Cow::Borrowed(english), Cow::Owned)
}

pub fn text_or_english(english: &str) -> Cow<'_, str> {
    text(english).map_or(Cow::Borrowed(english), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_dates_and_numbers_are_written_the_dutch_way() {
        assert_eq!(money("EUR 20,000,000.00").unwrap(), "€ 20.000.000,00");
        assert_eq!(money("-EUR 50,000.00").unwrap(), "€ -50.000,00");
        assert_eq!(number("0.5").unwrap(), "0,5");
        assert_eq!(date(jiff::civil::date(2024, 5, 16)), "16 mei 2024");
    }

    #[test]
    fn provisions_are_cited_as_dutch_legislation_cites_them() {
        assert_eq!(citation("Art. 83(5)").unwrap(), "artikel 83, vijfde lid");
        assert_eq!(citation("5(1)(a)").unwrap(), "artikel 5, eerste lid, onder a");
        assert_eq!(citation("83(4)-(6)").unwrap(), "artikel 83, vierde tot en met zesde lid");
        assert_eq!(citation("44").unwrap(), "artikel 44");
        assert_eq!(
            provisions("12(1) (83(5)(b)), 15 (83(5)(b))").unwrap(),
            "artikel 12, eerste lid (artikel 83, vijfde lid, onder b); artikel 15 (artikel 83, vijfde lid, onder b)"
        );
    }

    #[test]
    fn a_step_reads_in_dutch_with_its_values_converted() {
        assert_eq!(rule("Art. 83(5)").unwrap(), "artikel 83, vijfde lid, AVG");
    }

    #[test]
    fn a_source_named_in_a_text_reads_in_dutch() {
        assert_eq!(
            source("u.o.d.o. (Act of 10 May 2018) art. 103, quoted in UODO DKN.5130.2415.2020"),
            "u.o.d.o. (wet van 10 mei 2018) art. 103, aangehaald in UODO DKN.5130.2415.2020"
        );
    }

    #[test]
    fn a_text_outside_the_catalogue_is_not_translated() {
        assert_eq!(text("something the core has never said"), None);
        assert_eq!(rule("Art. x"), None);
    }
}
