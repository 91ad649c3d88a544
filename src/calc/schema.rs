//! The JSON Schema of the report (`art83 schema --report`), generated here from the report types
//! (calc/report.rs) and checked in as docs/report.schema.json, which the binary prints as it
//! stands: schemars stays a dev-dependency. A new field of a report type changes the generated
//! schema, and this test then asks for the file to be written anew.

use super::report::Report;

const CHECKED_IN: &str = include_str!("../../docs/report.schema.json");

/// The schema as `art83 schema --report` prints it: draft 2020-12, as the report serializes.
fn generated() -> String {
    let generator = schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut schema = generator.into_root_schema_for::<Report>();
    schema.insert("title".into(), "art83 report".into());
    format!("{}\n", serde_json::to_string_pretty(&schema).expect("a schema is JSON"))
}

#[test]
fn the_checked_in_report_schema_is_the_one_the_report_types_generate() {
    let schema = generated();
    if std::env::var_os("ART83_WRITE_SCHEMA").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report.schema.json");
        std::fs::write(path, &schema).expect("docs/report.schema.json is writable");
        return;
    }
    assert!(
        schema == CHECKED_IN,
        "docs/report.schema.json differs from the schema of the report types (calc/report.rs); \
         if the change is meant, regenerate it with `ART83_WRITE_SCHEMA=1 cargo test --lib schema` \
         and read the diff"
    );
}

#[test]
fn the_report_schema_is_draft_2020_12_and_names_the_format_version() {
    let schema: serde_json::Value = serde_json::from_str(CHECKED_IN).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let required = schema["required"].as_array().unwrap();
    for name in ["format_version", "art83_version", "case", "violations", "total", "findings"] {
        assert!(required.iter().any(|r| r == name), "{name} is required");
    }
}
