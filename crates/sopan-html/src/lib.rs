//! The HTML backend: one self-contained, printable Permenpan-RB 35/2012 sheet per SOP.
//!
//! sopan-layout lays out every page of the sheet (`sopan_layout::sheet`): the identity
//! page, with its continuation pages when it is long, and the procedure pages, each page's
//! text already broken into lines and placed in boxes. This crate only draws those pages
//! (`page.rs`), the flowchart inline as SVG through sopan-svg's one drawer. Everything is inline (CSS, SVG, the
//! logo and the bundled font as `data:` URIs), there is no script, and a
//! Content-Security-Policy forbids loading anything. Author text reaches the page only
//! through `escape.rs`.

mod base64;
mod escape;
mod font;
mod index;
mod page;

use std::fmt::Write as _;

use sopan_check::model::Sop;
use sopan_layout::sheet::{self, Paper, SheetStyle};
use sopan_layout::text;

// The one escaping function of HTML, for the other pages Sopan serves (the live preview's).
pub use escape::escape_into;
pub use index::{IndexEntry, render_index};
use sopan_svg::flow::FlowStyle;
use sopan_svg::num;

/// What the sheet is rendered with besides the SOP.
#[derive(Clone, Copy, Debug)]
pub struct Sheet<'a> {
    /// The office's sheet settings (`tata-letak` in sopan.yaml).
    pub style: &'a SheetStyle,
    /// The logo, already read and identified by the caller.
    pub logo: Option<Logo<'a>>,
}

/// A logo image as the sheet embeds it: the caller decides what the file is (by parsing
/// it), so the sheet never guesses a format from a file's first bytes.
#[derive(Clone, Copy, Debug)]
pub struct Logo<'a> {
    /// `image/png`, `image/jpeg`, `image/gif`, `image/webp` or `image/svg+xml`; an SVG's
    /// bytes are UTF-8.
    pub media_type: &'static str,
    /// The file's bytes.
    pub bytes: &'a [u8],
}

/// The sheet of `sop` with the office's `style` and no logo.
#[must_use]
pub fn render(sop: &Sop, style: &SheetStyle) -> String {
    render_sheet(sop, &Sheet { style, logo: None })
}

/// The sheet of `sop`, laid out and drawn, as one HTML document. A step too tall for a
/// page (`sopan_layout::sheet::too_tall`, refused by `sopan build` as SOP215) gets a page
/// that grows to hold it, so nothing is cut, but that page then prints on more than one
/// sheet of paper.
#[must_use]
pub fn render_sheet(sop: &Sop, sheet: &Sheet<'_>) -> String {
    let laid = sheet::layout(sop, sheet.style, sheet.logo.is_some());
    draw(sop, &laid, sheet.logo)
}

/// A sheet sopan-layout laid out, drawn as one HTML document.
#[must_use]
pub fn draw(sop: &Sop, laid: &sheet::Sheet, logo: Option<Logo<'_>>) -> String {
    let logo = logo.map(logo_uri);
    let mut out = String::with_capacity(1 << 18);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">\n\
         <meta name=\"generator\" content=\"Sopan\">\n<title>",
    );
    escape_into(&mut out, &sop.nomor, false);
    out.push(' ');
    escape_into(&mut out, &sop.nama, false);
    out.push_str("</title>\n<style>\n");
    let printable = laid.paper.printable();
    let mut body = String::with_capacity(1 << 18);
    for p in &laid.pages {
        page::draw(&mut body, p, printable, logo.as_deref(), |out, place| {
            if let Some(flow_page) = laid.flow.pages.get(place.page) {
                let _ = writeln!(
                    out,
                    "<g transform=\"translate({},{})\">",
                    num(place.origin.x),
                    num(place.origin.y)
                );
                sopan_svg::flow::draw(out, &laid.flow, flow_page, &FlowStyle::sheet(), None);
                out.push_str("</g>\n");
            }
        });
    }
    // The title is in the page too, and the body holds every other author text.
    let font = &*font::base64_for_page(&[&out, &body]);
    style(&mut out, laid.paper, font);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&body);
    out.push_str("</body>\n</html>\n");
    out
}

/// The style sheet: the bundled font, the page size, then `sheet.css`.
fn style(out: &mut String, paper: Paper, font_base64: &str) {
    let _ = writeln!(
        out,
        "@font-face {{ font-family: 'Sopan Sans'; font-weight: 400; src: url(data:font/ttf;base64,{font_base64}) format('truetype'); }}"
    );
    let (w, h) = paper.mm();
    let _ = writeln!(
        out,
        "@page {{ size: {w}mm {h}mm; margin: 0; }}\n\
         html {{ font-family: 'Sopan Sans', {family}; }}\n\
         .page {{ width: {w}mm; height: {ph}px; padding: {m}px; }}",
        w = num(w),
        h = num(h),
        ph = num(paper.printable().1 + 2.0 * paper.margin()),
        m = num(paper.margin()),
        family = text::FONT_FAMILY_CSS,
    );
    out.push_str(include_str!("sheet.css"));
}

/// The logo as a `data:` URI. An SVG shown through `<img>` runs no script and loads
/// nothing, whatever it holds.
fn logo_uri(logo: Logo<'_>) -> String {
    format!(
        "data:{};base64,{}",
        logo.media_type,
        base64::encode(logo.bytes)
    )
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod logo_tests {
    use super::{Logo, logo_uri};

    #[test]
    fn the_logo_is_embedded_with_the_media_type_it_was_given() {
        let png = Logo {
            media_type: "image/png",
            bytes: b"\x89PNG\r\n\x1a\nrest",
        };
        assert!(logo_uri(png).starts_with("data:image/png;base64,iVBORw0KGg"));
        let svg = Logo {
            media_type: "image/svg+xml",
            bytes: b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        };
        assert!(logo_uri(svg).starts_with("data:image/svg+xml;base64,PHN2Zy"));
    }
}
