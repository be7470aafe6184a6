//! Any bytes through parse and check, and every diagnostic rendered against the text (a
//! span past the end or inside a character panics there). A model comes back only when no
//! diagnostic is an error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (file, parsed) = sopan_syntax::parse_bytes("fuzz.sop", data);
    let mut diagnostics = parsed.diagnostics;
    if let Some(document) = parsed.document {
        let checked = sopan_check::check(&document, file.text());
        assert_eq!(
            checked.sop.is_some(),
            !checked.diagnostics.iter().any(|d| d.is_error())
        );
        diagnostics.extend(checked.diagnostics);
    }
    let _rendered = sopan_diagnostics::render(&file, &diagnostics, false, 100);
});
