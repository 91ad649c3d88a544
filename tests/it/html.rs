//! `--format html` and `sweep --format svg`, read back with an HTML parser: the sections, the
//! totals and the charts a reader expects, checked against the case files themselves.

use std::str::FromStr;

use rust_decimal::Decimal;
use scraper::{Html, Selector};

use crate::{examples, run};

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).expect("a valid selector")).collect()
}

fn text(element: &scraper::ElementRef) -> String {
    element.text().collect()
}

fn html_of(args: &[&str], stdin: Option<&str>) -> Html {
    let (code, stdout, stderr) = run(args, stdin);
    assert_eq!(code, 0, "{stderr}");
    Html::parse_document(&stdout)
}

/// An amount as the case file writes it: a TOML integer or a quoted decimal.
fn amount(value: &toml::Value) -> Decimal {
    match value {
        toml::Value::Integer(i) => Decimal::from(*i),
        toml::Value::String(s) => Decimal::from_str(&s.replace('_', "")).expect("a decimal"),
        other => panic!("not an amount: {other:?}"),
    }
}

#[test]
fn every_example_page_has_its_sections_totals_and_one_chart_per_penalty_order() {
    for path in examples() {
        let file = path.to_str().unwrap();
        let case: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let page = html_of(&["calc", file, "--format", "html", "--as-of", "2026-01-01"], None);

        let title = case["case"]["title"].as_str().unwrap();
        assert_eq!(select(&page, "title").iter().map(text).collect::<Vec<_>>(), [title], "{file}");
        assert_eq!(select(&page, "article.report header.case h1").iter().map(text).collect::<Vec<_>>(), [title]);
        for section in ["section.fines", "section.steps", "section.findings"] {
            assert_eq!(select(&page, section).len(), 1, "{file}: {section}");
        }
        let violations = case["violation"].as_array().unwrap().len();
        assert_eq!(select(&page, "table.violations tbody tr").len(), violations, "{file}");
        assert_eq!(select(&page, "section.fines figure.fines-chart svg").len(), 1, "{file}");
        assert!(!select(&page, "section.steps table.steps tr").is_empty(), "{file}: no steps");

        if let Some(published) = case["case"].get("published_total") {
            let total = select(&page, "p.total[data-amount]");
            assert_eq!(total.len(), 1, "{file}");
            let shown = Decimal::from_str(total[0].value().attr("data-amount").unwrap()).unwrap();
            assert_eq!(shown, amount(published), "{file}: the page's total is the published one");
        }

        let orders = case.get("penalty").and_then(|p| p.as_array()).map_or(0, |p| p.len());
        assert_eq!(select(&page, "figure.penalty-chart svg").len(), orders, "{file}: one chart per order");
        assert_eq!(select(&page, "section.penalties").len(), usize::from(orders > 0), "{file}");
        assert_eq!(select(&page, "table.penalties tbody tr").len(), orders, "{file}");
    }
}

#[test]
fn the_page_fetches_nothing_and_needs_no_script() {
    let (code, stdout, _) = run(&["calc", "examples/clearview-ap-2024.toml", "--format", "html"], None);
    assert_eq!(code, 0);
    let page = Html::parse_document(&stdout);
    assert!(select(&page, "script, link, img, iframe, object").is_empty());
    for attribute in ["src", "href"] {
        assert!(select(&page, &format!("[{attribute}]")).is_empty(), "{attribute}");
    }
    assert!(!stdout.contains("url("), "no CSS fetches");
    assert_eq!(select(&page, "style").len(), 1);
    assert!(stdout.contains("@media print") && stdout.contains("size: A4"), "print CSS for A4");
}

const HOSTILE: &str = "[case]\ntitle = \"A <b>bold</b> & \\u0007 title\"\nauthority = \"<script>alert(1)</script>\"\n\
[undertaking]\nname = \"U & <i>Co</i>\"\nturnover = 1_000_000\n\
[[violation]]\nid = \"v\"\narticles = [\"6(1)\"]\nfine = 1000\n";

#[test]
fn case_file_text_is_escaped_and_control_characters_shown() {
    let (code, stdout, stderr) = run(&["calc", "-", "--format", "html"], Some(HOSTILE));
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains('\u{7}'), "a raw control character in the page");
    let page = Html::parse_document(&stdout);
    assert!(select(&page, "b, i, script").is_empty(), "case-file markup became elements");
    let h1 = select(&page, "h1");
    assert_eq!(text(&h1[0]), "A <b>bold</b> & \\u{7} title");
    assert!(text(&select(&page, "header.case")[0]).contains("U & <i>Co</i>"));
}

#[test]
fn dutch_page_uses_dutch_words_and_amounts() {
    let page = html_of(&["calc", "examples/clearview-ap-2024.toml", "--format", "html", "--lang", "nl"], None);
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("nl"));
    let headings: Vec<String> = select(&page, "h2").iter().map(text).collect();
    assert!(headings.contains(&"Boetes".to_string()), "{headings:?}");
    assert!(headings.contains(&"Bevindingen".to_string()), "{headings:?}");
    assert!(text(&select(&page, "p.total")[0]).contains("€ 30.500.000,00"));
}

#[test]
fn several_files_make_one_page_with_one_article_each() {
    let page = html_of(&["calc", "examples", "--format", "html", "--as-of", "2026-01-01"], None);
    assert_eq!(select(&page, "article.report").len(), examples().len());
    assert_eq!(select(&page, "html").len(), 1);
    assert_eq!(select(&page, "footer").len(), 1);
}

#[test]
fn svg_sweep_has_labelled_axes_a_legend_and_edpb_bands() {
    let (code, template, _) = run(&["init"], None);
    assert_eq!(code, 0);
    let (code, svg, stderr) =
        run(&["sweep", "-", "--turnover", "0..2000000000", "--steps", "500", "--format", "svg"], Some(&template));
    assert_eq!(code, 0, "{stderr}");
    let chart = Html::parse_fragment(&svg);
    assert_eq!(select(&chart, "svg").len(), 1);
    let texts: Vec<String> = select(&chart, "text").iter().map(|t| text(t).trim().to_string()).collect();
    for label in ["turnover (EUR, preceding financial year)", "EUR", "0", "1bn", "2bn"] {
        assert!(texts.iter().any(|t| t == label), "{label:?} missing from {texts:?}");
    }
    // The template has an EDPB-method violation: its range is a filled band, and in the legend.
    assert!(texts.iter().any(|t| t.starts_with("EDPB range")), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("legal maximum")), "{texts:?}");
    assert!(!select(&chart, "polygon").is_empty(), "no band drawn");
}

#[test]
fn output_file_is_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let out = out.to_str().unwrap();
    let case = "examples/booking-ap-2020.toml";
    let (code, stdout, stderr) = run(&["calc", case, "--format", "html", "-o", out], None);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    let first = std::fs::read_to_string(out).unwrap();
    assert!(first.contains("<article class=\"report\">"));

    let (code, _, stderr) = run(&["calc", case, "--format", "json", "-o", out], None);
    assert_eq!(code, 2);
    assert_eq!(stderr.trim(), format!("error: {out} already exists; add --force to replace it"));
    assert_eq!(std::fs::read_to_string(out).unwrap(), first, "the file was touched");

    let (code, _, stderr) = run(&["calc", case, "--format", "json", "-o", out, "--force"], None);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read_to_string(out).unwrap().starts_with('{'));

    let svg = dir.path().join("sweep.svg");
    let svg = svg.to_str().unwrap();
    let (code, _, stderr) = run(&["sweep", case, "--turnover", "0..1000000", "--format", "svg", "-o", svg], None);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read_to_string(svg).unwrap().starts_with("<svg"));
    let (code, _, stderr) = run(&["sweep", case, "--turnover", "0..1000000", "-o", svg], None);
    assert_eq!((code, stderr.trim()), (2, format!("error: {svg} already exists; add --force to replace it").as_str()));
}

#[test]
fn a_run_that_calculates_nothing_leaves_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let (code, _, stderr) = run(&["calc", "-", "--format", "html", "-o", out.to_str().unwrap()], Some("[case]\n"));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("error: <stdin>:1:1: missing field `title`"), "{stderr}");
    assert!(!out.exists(), "a failed run left {}", out.display());
}

#[test]
fn a_suspended_order_shows_its_suspensions_on_its_chart() {
    let case = "[case]\ntitle = \"S\"\nauthority = \"NL-AP\"\n[undertaking]\nname = \"U\"\nturnover = 100_000_000\n\
        [[violation]]\nid = \"v\"\narticles = [\"15\"]\nfine = 100_000\n\
        [[penalty]]\nid = \"access\"\nviolation = \"v\"\namount = 10_000\nper = \"week\"\ndue = 2024-02-01\nmax = 200_000\n\
        [[penalty.suspended]]\nfrom = 2024-03-01\nuntil = 2024-05-01\n";
    let page = html_of(&["calc", "-", "--format", "html", "--as-of", "2024-10-01"], Some(case));
    let charts = select(&page, "figure.penalty-chart svg");
    assert_eq!(charts.len(), 1);
    let texts: Vec<String> = charts[0].text().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    assert!(texts.contains(&"suspended".to_string()), "{texts:?}");
    assert!(texts.contains(&"as of 2024-10-01".to_string()), "{texts:?}");
}

#[test]
fn collection_has_its_section_with_a_chart_of_what_is_owed() {
    let page = html_of(&["calc", "examples/clearview-ap-2024.toml", "--format", "html", "--as-of", "2026-12-07"], None);
    assert_eq!(select(&page, "section.collection").len(), 1);
    assert_eq!(select(&page, "section.collection figure.collection-chart svg").len(), 1);
    // Five periods: split at the rate changes of 1 Jan 2025 and 1 Jan 2026 and at the two
    // anniversaries of default (BW 6:119(2)).
    assert_eq!(select(&page, "section.collection table.interest tbody tr").len(), 5);
    // A file without [collection] has no such section.
    let plain = html_of(&["calc", "examples/booking-ap-2020.toml", "--format", "html", "--as-of", "2026-12-07"], None);
    assert!(select(&plain, "section.collection").is_empty());
}
