//! The JSON Schema of the case file (`art83 schema`), generated here from the serde types that
//! read case files and checked in as docs/case.schema.json, which the binary prints as it
//! stands. schemars is thus a dev-dependency: neither the library nor the binary carries it.

use super::raw::CaseFile;

const CHECKED_IN: &str = include_str!("../../docs/case.schema.json");

/// The schema as `art83 schema` prints it.
fn generated() -> String {
    let mut schema = schemars::schema_for!(CaseFile);
    schema.insert("title".into(), "art83 case file".into());
    if let Some(map) = schema.as_object_mut() {
        map.values_mut().for_each(without_null);
    }
    format!("{}\n", serde_json::to_string_pretty(&schema).expect("a schema is JSON"))
}

/// TOML has no null: an optional key is simply absent. schemars writes `Option<T>` as
/// `anyOf: [T, null]`, and a misspelled key inside such a table then fails every branch, so
/// editors (Taplo, VS Code) report "not valid under any of the schemas listed in the 'anyOf'"
/// at the table instead of "unexpected key" at the key. Each such `anyOf` becomes `T`.
fn without_null(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
            if let Some(Value::Array(branches)) = map.get("anyOf")
                && branches.len() == 2
                && let Some(keep) = branches.iter().find(|b| !is_null(b)).filter(|_| branches.iter().any(is_null))
                && let Value::Object(kept) = keep.clone()
            {
                map.remove("anyOf");
                map.extend(kept);
            }
            if map.get("default") == Some(&Value::Null) {
                map.remove("default");
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [single] = types.as_slice() {
                    let single = single.clone();
                    map.insert("type".into(), single);
                }
            }
            map.values_mut().for_each(without_null);
        }
        Value::Array(items) => items.iter_mut().for_each(without_null),
        _ => {}
    }
}

#[test]
fn the_checked_in_schema_is_the_one_the_case_file_types_generate() {
    let schema = generated();
    if std::env::var_os("ART83_WRITE_SCHEMA").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/case.schema.json");
        std::fs::write(path, &schema).expect("docs/case.schema.json is writable");
        return;
    }
    assert!(
        schema == CHECKED_IN,
        "docs/case.schema.json differs from the schema of the case file types (input/raw.rs, \
         input/value.rs); if the change is meant, regenerate it with \
         `ART83_WRITE_SCHEMA=1 cargo test --lib schema` and read the diff"
    );
}
