//! Any bytes through parse, check, the sheet's layout and the drawing backends: the
//! flowchart SVG and the HTML sheet. Neither ever carries a script, both are the same when
//! rendered twice, and the sheet keeps its Content-Security-Policy.
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
    let svg = sopan_svg::render(&sop);
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"), "not an SVG");
    assert!(!svg.contains("<script"), "script in SVG");
    assert_eq!(svg, sopan_svg::render(&sop), "SVG differs between two renders");
    let style = sopan_layout::sheet::SheetStyle::default();
    let laid = sopan_layout::sheet::layout(&sop, &style, false);
    let html = sopan_html::draw(&sop, &laid, None);
    assert!(!html.contains("<script"), "script in HTML");
    assert!(html.contains("Content-Security-Policy"), "CSP missing");
    assert_eq!(html, sopan_html::render(&sop, &style), "HTML differs between two renders");
    assert_eq!(
        html.matches("<section class=\"page\"").count(),
        laid.pages.len(),
        "every page laid out is drawn"
    );
    assert!(laid.pages.len() >= 2);
});
