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

/// A 1×1 grey PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3a, 0x7e, 0x9b,
    0x55, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x68, 0x00, 0x00, 0x00,
    0x82, 0x00, 0x81, 0x77, 0xcd, 0x72, 0xb6, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

#[test]
fn a_raster_logo_is_embedded_and_a_broken_one_is_refused() {
    let sop = compile("sktm", &example());
    let laid = sheet::layout(&sop, &SheetStyle::default(), true);
    let png = PNG;
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

fn svg_logo(svg: &str) -> Result<Vec<u8>, crate::Error> {
    let sop = compile("sktm", &example());
    let laid = sheet::layout(&sop, &SheetStyle::default(), true);
    let options = Options {
        logo: Some(Logo {
            media_type: "image/svg+xml",
            bytes: svg.as_bytes(),
        }),
        ..Options::default()
    };
    draw(&sop, &laid, &options)
}

/// A PNG header of `width` × `height` pixels, base64 as a `data:` URI carries it; the
/// picture itself is missing, as only the header is read for the cap.
fn png_uri(width: u32, height: u32) -> String {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 0, 0, 0, 0, 0, 0, 0, 0]);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::from("data:image/png;base64,");
    for chunk in png.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(alphabet[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn an_svg_logo_is_drawn_as_vectors() {
    let plain = {
        let sop = compile("sktm", &example());
        let laid = sheet::layout(&sop, &SheetStyle::default(), true);
        draw(&sop, &laid, &Options::default()).expect("a PDF without its logo")
    };
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
               <rect x=\"1\" y=\"1\" width=\"8\" height=\"8\" fill=\"#1f4e8c\"/></svg>";
    let pdf = svg_logo(svg).expect("a PDF with its logo");
    assert!(pdf.len() > plain.len(), "the logo adds to the page");
    assert!(!contains(&pdf, "/Subtype/Image"), "vectors, not an image");
    assert_eq!(pdf, svg_logo(svg).expect("again"), "deterministic");
    // Lettering comes out as outlines: no second font.
    let lettered = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\">\
                    <text x=\"0\" y=\"15\" font-family=\"Arial\">KOTA</text></svg>";
    let pdf = svg_logo(lettered).expect("a PDF with a lettered logo");
    assert_eq!(
        pdf.windows(9).filter(|w| w == b"/FontFile").count(),
        1,
        "only the sheet's own font"
    );
}

#[test]
fn an_svg_logo_reads_no_file_and_keeps_the_pixel_cap() {
    let dir = std::env::temp_dir().join(format!("sopan-pdf-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    let png = dir.join("secret.png");
    std::fs::write(&png, PNG).expect("write");
    // A path, absolute or relative, is never opened: a browser showing the logo through
    // <img> does not either.
    let outside = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
         <image href=\"{}\" width=\"10\" height=\"10\"/></svg>",
        png.display()
    );
    let pdf = svg_logo(&outside).expect("a PDF");
    assert!(
        !contains(&pdf, "/Subtype/Image"),
        "the file is not embedded"
    );
    std::fs::remove_dir_all(&dir).expect("clean up");

    let image = |w: u32, h: u32| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
             <image href=\"{}\" width=\"10\" height=\"10\"/></svg>",
            png_uri(w, h)
        )
    };
    let huge = svg_logo(&image(8000, 8000)).expect_err("over the pixel cap");
    assert!(huge.to_string().contains("16,777,216 pixels"), "{huge}");
    // Two images of the cap's half each pass; a third does not.
    let half = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
         <image href=\"{0}\" width=\"5\" height=\"5\"/><image href=\"{0}\" x=\"5\" width=\"5\" \
         height=\"5\"/></svg>",
        png_uri(4096, 2048)
    );
    assert!(crate::svg::parse(half.as_bytes(), 80.0).is_ok());
    let more = half.replace(
        "</svg>",
        &format!("<image href=\"{}\"/></svg>", png_uri(4, 4)),
    );
    assert!(crate::svg::parse(more.as_bytes(), 80.0).is_err());
    // A filter is rasterised at the logo's printed size; many of them over a canvas far
    // larger than the logo's box would be many large pictures.
    let blurs: String = (0..200)
        .map(|_| "<rect width=\"100000\" height=\"100000\" filter=\"url(#b)\"/>")
        .collect();
    let filtered = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><filter id=\"b\">\
         <feGaussianBlur stdDeviation=\"1\"/></filter>{blurs}</svg>"
    );
    let refused = svg_logo(&filtered).expect_err("too many filter pixels");
    assert!(refused.to_string().contains("filters"), "{refused}");
    let one = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><filter id=\"b\">\
               <feGaussianBlur stdDeviation=\"1\"/></filter>\
               <rect width=\"10\" height=\"10\" filter=\"url(#b)\"/></svg>";
    assert!(svg_logo(one).is_ok(), "a shadow at the logo's size");
    assert!(svg_logo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\"/>").is_err());
}

/// A document that breaks PDF/A: what it breaks, how to draw it, and krilla's name for the error.
type Case<'a> = (&'a str, &'a dyn Fn(&mut krilla::Document), &'a str);

/// The validator of the chosen part is on: a document that breaks PDF/A, written with the
/// settings every sheet is written with, is refused, and the same document without a
/// validator is written.
#[test]
fn krillas_pdf_a_validator_refuses_what_breaks_the_part() {
    use krilla::Document;
    use krilla::geom::{Point, Size};
    use krilla::image::Image;
    use krilla::page::PageSettings;
    use krilla::text::{Font, TextDirection};

    let font = Font::new(sopan_layout::text::font_data().into(), 0).expect("the font");
    // A character DejaVu Sans lacks: drawn, it is the font's .notdef glyph.
    let notdef = |document: &mut Document| {
        let mut page = document.start_page_with(PageSettings::from_wh(200.0, 200.0).unwrap());
        let mut surface = page.surface();
        surface.draw_text(
            Point::from_xy(10.0, 50.0),
            font.clone(),
            12.0,
            "\u{4E2D}",
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    };
    // PDF/A forbids asking a viewer to interpolate an image.
    let png = PNG;
    let interpolated = |document: &mut Document| {
        let mut page = document.start_page_with(PageSettings::from_wh(200.0, 200.0).unwrap());
        let mut surface = page.surface();
        let image = Image::from_png(png.to_vec().into(), true).expect("a PNG");
        surface.draw_image(image, Size::from_wh(10.0, 10.0).unwrap());
        surface.finish();
        page.finish();
    };
    let cases: [Case<'_>; 2] = [
        ("a .notdef glyph", &notdef, "NotDef"),
        ("an interpolated image", &interpolated, "Interpolat"),
    ];
    for standard in [Standard::A2u, Standard::A3u] {
        for (what, case, error) in cases {
            let mut document = Document::new_with(crate::settings(standard).expect("settings"));
            case(&mut document);
            let refused = document.finish().expect_err(what);
            assert!(
                format!("{refused:?}").contains(error),
                "{what}: {refused:?}"
            );
            let mut free = Document::new();
            case(&mut free);
            assert!(free.finish().is_ok(), "{what} is fine outside PDF/A");
        }
    }
}
