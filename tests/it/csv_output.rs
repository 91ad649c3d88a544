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
