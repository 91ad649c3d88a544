//! Any bytes as a case file: parse, validate, calculate and render must never panic or hang.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    art83::app::exercise(data);
});
