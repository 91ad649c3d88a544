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
