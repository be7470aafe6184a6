//! Any bytes through the parser: no panic, no hang, and a file with no document has a
//! diagnostic saying why.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (_file, parsed) = sopan_syntax::parse_bytes("fuzz.sop", data);
    assert!(parsed.document.is_some() || !parsed.diagnostics.is_empty());
});
