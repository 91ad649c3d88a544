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
