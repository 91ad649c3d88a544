//! The one way an enum of the core becomes text: its `as_str` names each variant once, and
//! JSON, CSV and `Display` all write that name.

/// Implements `Serialize` and `Display` for enums through their `as_str(self) -> &'static str`.
macro_rules! text_enum {
    ($($name:ty),+ $(,)?) => {$(
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )+};
}

pub(crate) use text_enum;

/// The JSON Schema of such an enum (test builds, which generate docs/report.schema.json): a
/// string, one of the variants' `as_str`. The `match` lists every variant, so a new one does not
/// compile until it is listed here too.
#[cfg(test)]
macro_rules! text_schema {
    ($($name:ident: [$($variant:ident),+ $(,)?]);+ $(;)?) => {$(
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let names: Vec<&str> = [$($name::$variant),+]
                    .into_iter()
                    .map(|variant| match variant {
                        $($name::$variant)|+ => variant.as_str(),
                    })
                    .collect();
                schemars::json_schema!({ "type": "string", "enum": names })
            }
        }
    )+};
}

#[cfg(test)]
pub(crate) use text_schema;
