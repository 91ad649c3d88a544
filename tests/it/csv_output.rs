//! CSV output read back: the columns line up, the figures equal the JSON report's.

use crate::{art83, examples};

fn output(args: &[&str], file: &std::path::Path) -> String {
    let output = art83().args(args).arg(file).args(["--as-of", "2026-01-01"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn semicolon_csv_reads_back_with_the_json_figures() {
    for file in examples() {
        let json: serde_json::Value =
            serde_json::from_str(&output(&["calc", "-f", "json", "--method", "edpb"], &file)).unwrap();
        let text = output(&["calc", "-f", "csv", "--delimiter", ";", "--excel", "--method", "edpb"], &file);
        let text = text.strip_prefix('\u{feff}').expect("--excel writes a byte order mark");
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
        let header = reader.headers().unwrap().clone();
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let total = rows.iter().find(|r| &r[0] == "total").expect("a total row");
        assert_eq!(&total[column("fine")], json["total"].as_str().unwrap(), "{}", file.display());
        let orders = rows.iter().filter(|r| &r[0] == "penalty-order").count();
        assert_eq!(orders, json["penalties"].as_array().unwrap().len(), "{}", file.display());
        // Without orders the total row leaves the penalty columns empty.
        let forfeited = if orders > 0 { json["penalties_forfeited"].as_str().unwrap() } else { "" };
        assert_eq!(&total[column("forfeited")], forfeited, "{}", file.display());
        for (row, violation) in rows.iter().filter(|r| &r[0] == "violation").zip(json["violations"].as_array().unwrap())
        {
            let compared = violation["comparison"]["fine"].as_str().unwrap_or("");
            assert_eq!(&row[column("compare_fine")], compared, "{}", file.display());
        }
    }
}

/// Each CSV row names the currency of its amounts, the case's (`EUR` too), and every column and
/// `record` value is documented in docs/format.md's CSV table.
#[test]
fn every_csv_row_carries_its_currency_and_every_column_is_documented() {
    let format_md = std::fs::read_to_string(crate::manifest_dir().join("docs/format.md")).unwrap();
    let table = format_md.split("## CSV output").nth(1).expect("docs/format.md has a CSV section");
    for file in
        ["examples/booking-ap-2020.toml", "examples/uodo-virgin-mobile-2020.toml", "examples/clearview-ap-2024.toml"]
    {
        let path = crate::manifest_dir().join(file);
        let json: serde_json::Value = serde_json::from_str(&output(&["calc", "-f", "json"], &path)).unwrap();
        let text = output(&["calc", "-f", "csv"], &path);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader.headers().unwrap().clone();
        for name in &header {
            assert!(!name.contains(' '), "{name}");
            assert!(table.contains(&format!("`{name}`")), "docs/format.md's CSV table lacks `{name}`");
        }
        let currency = header.iter().position(|h| h == "currency").expect("a currency column");
        let record = header.iter().position(|h| h == "record").unwrap();
        for row in reader.records().map(Result::unwrap) {
            assert_eq!(&row[currency], json["case"]["currency"].as_str().unwrap(), "{file}");
            assert!(table.contains(&format!("`{}`", &row[record])), "{}", &row[record]);
        }
    }
}
