//! Citations as authorities write them, read from case files (the parser's own unit tests are
//! in src/calc/citation.rs): the tier and maximum follow the provision, whatever the language.

use crate::contract::Report;
use crate::run;

fn case(articles: &str) -> String {
    format!(
        "[case]\ntitle = \"t\"\ndecided = 2024-05-16\n[undertaking]\nname = \"U\"\nturnover = 100_000_000\n\
         [[violation]]\nid = \"v\"\narticles = [{articles}]\nfine = 1_000_000\n"
    )
}

#[test]
fn dutch_german_french_and_italian_citations_in_a_case_file_give_the_provision_and_its_tier() {
    let articles = r#""artikel 5, eerste lid, onder a, AVG", "artikel 33, vierde lid", "Art. 6 Abs. 1 UAbs. 1 lit. f DSGVO", "article 17, paragraphe 1, point a) du RGPD", "art. 32, par. 1, lett. b)""#;
    let (code, stdout, stderr) =
        run(&["calc", "-", "--format", "json", "--as-of", "2026-01-01"], Some(&case(articles)));
    assert_eq!(code, 0, "{stderr}");
    let report: Report = serde_json::from_str(&stdout).unwrap();
    let violation = &report.violations[0];
    let read: Vec<(&str, Option<&str>)> =
        violation.article_details.iter().map(|a| (a.article.as_str(), a.tier.as_deref())).collect();
    assert_eq!(
        read,
        [
            ("5(1)(a)", Some("83(5)")),
            ("33(4)", Some("83(4)")),
            ("6(1)(f)", Some("83(5)")),
            ("17(1)(a)", Some("83(5)")),
            ("32(1)(b)", Some("83(4)")),
        ]
    );
    assert_eq!(violation.article_details[0].as_written, "artikel 5, eerste lid, onder a, AVG");
    // Art. 83(5): the higher of EUR 20M and 4 % of EUR 100M (EUR 4M).
    assert_eq!(violation.legal_maximum.as_deref(), Some("20000000.00"));
}

#[test]
fn two_provisions_in_one_string_are_refused_at_their_line_never_read_as_one() {
    // Read as one provision, "33(1), 5(1)(f)" used to become 33(1)(5)(1)(f), tier 83(4).
    let (code, stdout, stderr) = run(&["check", "-"], Some(&case(r#""33(1), 5(1)(f)""#)));
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(stderr.starts_with("error: <stdin>:9:13: article \"33(1), 5(1)(f)\": more than one provision"), "{stderr}");
    assert!(stderr.contains(r#"cite one provision per string: ["33(1)", "5(1)(f)"]"#), "{stderr}");
    let (code, _, stderr) = run(&["check", "-"], Some(&case(r#""5, 6""#)));
    assert_eq!(code, 2);
    assert!(stderr.contains(r#"cite one provision per string: ["5", "6"]"#), "{stderr}");
}

/// Provisions the Regulation does not have (OJ L 119, 4.5.2016: Art. 5(1) ends at point (f),
/// Art. 6 at paragraph 4, Art. 9 at 4, Art. 32 at 4, Art. 33 at 5) are refused in any language,
/// never given the tier of their article: exit 2, with the nearest provision the GDPR has.
#[test]
fn a_provision_the_gdpr_does_not_have_is_refused_in_any_language() {
    for (citation, nearest) in [
        (r#""5(1)(g)""#, "5(1)(f)"),
        (r#""artikel 6, vijfde lid, AVG""#, "6(4)"),
        (r#""Art. 9 Abs. 9 DSGVO""#, "9(4)"),
        (r#""article 32, paragraphe 7, du RGPD""#, "32(4)"),
        (r#""art. 33, par. 9, lett. q)""#, "33(5)"),
    ] {
        let (code, stdout, stderr) = run(&["calc", "-"], Some(&case(citation)));
        assert_eq!((code, stdout.as_str()), (2, ""), "{citation}: {stderr}");
        assert!(
            stderr.contains("is not in the GDPR") && stderr.contains(&format!("did you mean \"{nearest}\"?")),
            "{stderr}"
        );
    }
    // The last paragraph and point of each are read, with their tier.
    let (code, _, stderr) = run(&["calc", "-"], Some(&case(r#""5(1)(f)", "6(4)", "9(4)", "32(4)", "33(5)""#)));
    assert_eq!(code, 0, "{stderr}");
}
