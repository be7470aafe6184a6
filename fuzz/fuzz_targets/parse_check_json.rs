//! Any bytes through parse, check and the JSON backend: the output is valid JSON and the
//! same when rendered twice. The SVG and HTML backends have their own target,
//! `parse_check_render`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (file, parsed) = sopan_syntax::parse_bytes("fuzz.sop", data);
    let Some(document) = parsed.document else {
        return;
    };
    let checked = sopan_check::check(&document, file.text());
    let Some(sop) = checked.sop else {
        return;
    };
    let json = sopan_json::render(&sop);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "invalid JSON: {json}"
    );
    assert_eq!(
        json,
        sopan_json::render(&sop),
        "JSON differs between two renders"
    );
});
