//! The document as a whole: PDF/A metadata, determinism, characters the font lacks.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::PathBuf;

use sopan_check::model::Sop;
use sopan_layout::sheet::{self, SheetStyle};

use crate::draw::printable;
use crate::{Logo, Options, Sources, Standard, draw};

fn compile(name: &str, text: &str) -> Sop {
    let (file, parsed) = sopan_syntax::parse_bytes(name, text.as_bytes());
    let document = parsed.document.expect("parses");
    let checked = sopan_check::check(&document, file.text());
    checked
        .sop
        .unwrap_or_else(|| panic!("{name} checks clean: {:?}", checked.diagnostics))
}

fn example() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/sktm-belimbing.sop");
    std::fs::read_to_string(path).expect("the example")
}

fn contains(pdf: &[u8], s: &str) -> bool {
    pdf.windows(s.len()).any(|w| w == s.as_bytes())
}

fn pages(pdf: &[u8]) -> usize {
    let needle = b"/Type/Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

#[test]
fn the_pdf_has_the_sheets_pages_and_its_metadata() {
    let sop = compile("sktm", &example());
    let laid = sheet::layout(&sop, &SheetStyle::default(), false);
    let pdf = draw(&sop, &laid, &Options::default()).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pages(&pdf), laid.pages.len());
    // A4 landscape, in points.
    assert!(contains(&pdf, "/MediaBox[0 0 841.8"), "A4 landscape");
    assert!(contains(&pdf, "<pdfaid:part>2</pdfaid:part>"));
    assert!(contains(&pdf, "<pdfaid:conformance>U</pdfaid:conformance>"));
    assert!(contains(
        &pdf,
        &format!("<rdf:li xml:lang=\"x-default\">{}</rdf:li>", sop.nama)
    ));
    assert!(contains(&pdf, "<rdf:li>id</rdf:li>"), "language id");
    let efektif = format!(
        "<xmp:CreateDate>{:04}-{:02}-{:02}T00:00:00+00:00</xmp:CreateDate>",
        sop.efektif.year(),
        sop.efektif.month(),
        sop.efektif.day()
    );
    assert!(contains(&pdf, &efektif), "dated by the tanggal efektif");
    assert_eq!(pdf, draw(&sop, &laid, &Options::default()).expect("again"));
}

#[test]
fn pdf_a_3_embeds_the_sources_and_pdf_a_2_does_not() {
    let text = example();
    let sop = compile("sktm", &text);
    let laid = sheet::layout(&sop, &SheetStyle::default(), false);
    let sources = Sources {
        name: "sktm.sop",
        source: text.as_bytes(),
        json: "{}",
    };
    let a3 = Options {
        standard: Standard::A3u,
        sources: Some(sources),
        ..Options::default()
    };
    let pdf = draw(&sop, &laid, &a3).expect("a PDF/A-3");
    assert!(contains(&pdf, "<pdfaid:part>3</pdfaid:part>"));
    assert!(contains(&pdf, "(sktm.sop)") && contains(&pdf, "(sktm.json)"));
    assert!(contains(&pdf, "/AFRelationship/Source"));
    let a2 = Options {
        sources: Some(sources),
        ..Options::default()
    };
    let pdf = draw(&sop, &laid, &a2).expect("a PDF/A-2");
    assert!(!contains(&pdf, "/EmbeddedFiles"));
}

#[test]
fn characters_the_font_lacks_print_as_the_replacement_mark() {
    assert_eq!(printable("Rp 5.000 — ok"), "Rp 5.000 — ok");
    assert_eq!(
        printable("a\u{7}b\u{10FFFD}c\u{4E2D}"),
        "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
    );
    // PDF/A refuses a drawn .notdef glyph: the document is still made.
    let text = example().replacen(
        "Menandatangani",
        "Menandatangani \u{10FFFD} \u{4E2D}\u{6587}",
        1,
    );
    let sop = compile("sktm", &text);
    let laid = sheet::layout(&sop, &SheetStyle::default(), false);
    assert!(draw(&sop, &laid, &Options::default()).is_ok());
}

#[test]
fn a_raster_logo_is_embedded_and_a_broken_one_is_refused() {
    let sop = compile("sktm", &example());
    let laid = sheet::layout(&sop, &SheetStyle::default(), true);
    // A 1×1 grey PNG.
    let png: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3a,
        0x7e, 0x9b, 0x55, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x68,
        0x00, 0x00, 0x00, 0x82, 0x00, 0x81, 0x77, 0xcd, 0x72, 0xb6, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    let with = |bytes: &'static [u8]| Options {
        logo: Some(Logo {
            media_type: "image/png",
            bytes,
        }),
        ..Options::default()
    };
    let pdf = draw(&sop, &laid, &with(png)).expect("a PDF with its logo");
    assert!(contains(&pdf, "/Subtype/Image"));
    let broken = draw(&sop, &laid, &with(b"\x89PNG\r\n\x1a\nbroken"));
    assert!(broken.is_err_and(|e| e.to_string().contains("logo")));
}
