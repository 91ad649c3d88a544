//! `art83 schema` as an editor uses it: a misspelled key is reported at that key, by a JSON
//! Schema validator (the `jsonschema` crate standing in for Taplo and VS Code), not as "not
//! valid under any of the schemas listed in the 'anyOf'" at the table around it.

use crate::run;

fn errors(case_file: &str) -> Vec<(String, String)> {
    let (code, schema, _) = run(&["schema"], None);
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let instance = json(toml::Value::Table(toml::from_str(case_file).unwrap()));
    validator.iter_errors(&instance).map(|e| (e.instance_path().to_string(), e.to_string())).collect()
}

/// TOML as an editor hands it to the schema: dates as strings.
fn json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(json).collect()),
        toml::Value::Table(table) => Value::Object(table.into_iter().map(|(k, v)| (k, json(v))).collect()),
    }
}

const HEAD: &str = "[case]\ntitle = \"t\"\n[undertaking]\nname = \"U\"\nturnover = 100_000_000\n";

#[test]
fn a_correct_case_file_and_every_example_are_valid() {
    assert_eq!(errors(&format!("{HEAD}[[violation]]\nid = \"v\"\narticles = [\"32\"]\nfine = 1\n")), []);
    for path in crate::examples() {
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(errors(&text), [], "{}", path.display());
    }
}

#[test]
fn a_misspelled_key_in_an_optional_table_is_reported_at_that_key() {
    let text =
        format!("{HEAD}[[violation]]\nid = \"v\"\narticles = [\"6(1)\"]\n[violation.edpb]\nseriusness = \"high\"\n");
    let found = errors(&text);
    assert!(found.iter().all(|(_, message)| !message.contains("anyOf")), "{found:?}");
    assert!(
        found.iter().any(|(path, message)| path == "/violation/0/edpb" && message.contains("seriusness")),
        "{found:?}"
    );
}

#[test]
fn a_misspelled_key_in_a_turnover_table_is_reported_at_that_key() {
    let text =
        "[case]\ntitle = \"t\"\n[undertaking]\nname = \"U\"\n[undertaking.turnover]\n2023 = 5\ncurency = \"USD\"\n";
    let found = errors(text);
    assert!(found.iter().all(|(_, message)| !message.contains("anyOf")), "{found:?}");
    assert!(
        found.iter().any(|(path, message)| path == "/undertaking/turnover" && message.contains("curency")),
        "{found:?}"
    );
    // The scalar forms stay valid, and a wrong word is still refused.
    for turnover in ["\"unknown\"", "250_000_000", "\"1234.56\""] {
        let text = format!("[case]\ntitle = \"t\"\n[undertaking]\nname = \"U\"\nturnover = {turnover}\n");
        assert_eq!(errors(&text), [], "{turnover}");
    }
    assert_eq!(errors("[case]\ntitle = \"t\"\n[undertaking]\nname = \"U\"\nturnover = \"lots\"\n").len(), 1);
}

/// `art83 schema --report` as a script uses it: the report of every example, as `calc --format
/// json` writes it (and with `--method`), meets the schema.
#[test]
fn the_report_of_every_example_meets_the_report_schema() {
    let (code, schema, _) = run(&["schema", "--report"], None);
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let examples: Vec<String> = crate::examples().iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["calc", "--format", "json", "--as-of", "2026-01-01"];
    args.extend(examples.iter().map(String::as_str));
    for extra in [&[][..], &["--method", "edpb", "--seriousness", "medium"], &["--method", "ap2019"]] {
        let all: Vec<&str> = args.iter().copied().chain(extra.iter().copied()).collect();
        let (code, out, err) = run(&all, None);
        assert!(code == 0 || code == 1, "{extra:?}: {err}");
        let reports: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(reports.len(), examples.len());
        for (report, path) in reports.iter().zip(&examples) {
            let errors: Vec<String> =
                validator.iter_errors(report).map(|e| format!("{}: {e}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{path} {extra:?}: {errors:?}");
            assert_eq!(report["format_version"], 1);
            assert_eq!(report["art83_version"], env!("CARGO_PKG_VERSION"));
            assert!(report["case"]["currency"].is_string(), "{path}: case.currency is never null");
        }
    }
}

/// A change to a report type that the checked-in schema does not know is caught by the unit
/// test (calc/schema.rs); this one catches a report that leaves the schema: a misnamed key.
#[test]
fn the_report_schema_refuses_a_report_without_its_contract_names() {
    let (_, schema, _) = run(&["schema", "--report"], None);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (_, out, _) =
        run(&["calc", "--format", "json", "--as-of", "2026-01-01", "examples/clearview-ap-2024.toml"], None);
    let mut report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(validator.is_valid(&report));
    report["case"]["currency"] = serde_json::Value::Null;
    assert!(!validator.is_valid(&report), "case.currency is a string, never null");
    report["case"]["currency"] = "EUR".into();
    report.as_object_mut().unwrap().remove("format_version");
    assert!(!validator.is_valid(&report), "format_version is required");
}
