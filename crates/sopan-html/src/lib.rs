//! The HTML backend: one self-contained, printable Permenpan-RB 35/2012 sheet per SOP.
//!
//! Page 1 is the identity block (`identitas.rs`); the procedure pages follow (`prosedur.rs`),
//! paginated from measured heights (`plan.rs`, `cells.rs`, `columns.rs`, `total.rs`) on the
//! paper the office configured (`paper.rs`), with the flowchart sopan-layout placed drawn
//! as inline SVG (`svg.rs`). Everything is inline (CSS, SVG, the logo and the bundled font
//! as `data:` URIs), there is no script, and a Content-Security-Policy forbids loading
//! anything. Author text reaches the page only through `escape.rs`.

mod base64;
mod cells;
mod columns;
mod date;
mod escape;
mod font;
mod identitas;
mod index;
mod paper;
mod plan;
mod prosedur;
mod svg;
mod total;

use std::fmt::Write as _;

use sopan_check::model::Sop;
use sopan_config::Layout;
use sopan_layout::text;

use crate::escape::escape_into;

use crate::svg::num;
pub use index::{IndexEntry, render_index};
pub use plan::TooTall;

/// What the sheet is rendered with besides the SOP.
#[derive(Clone, Copy, Debug)]
pub struct Sheet<'a> {
    /// The office's layout settings (`tata-letak` in sopan.yaml).
    pub layout: &'a Layout,
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

/// The sheet of `sop` with the office's `layout` settings and no logo.
#[must_use]
pub fn render(sop: &Sop, layout: &Layout) -> String {
    render_sheet(sop, &Sheet { layout, logo: None })
}

/// The number of printed pages the sheet of `sop` has: the identity page and the
/// procedure pages.
#[must_use]
pub fn page_count(sop: &Sop, layout: &Layout) -> usize {
    1 + plan::plan(sop, layout).flow.pages.len()
}

/// The sheet of `sop`, or the steps whose row is taller than a page when there are any:
/// such a row cannot be printed whole, so the sheet is refused rather than drawn cut.
///
/// # Errors
///
/// Every step too tall for a page, in order.
pub fn try_render_sheet(sop: &Sop, sheet: &Sheet<'_>) -> Result<String, Vec<TooTall>> {
    let plan = plan::plan(sop, sheet.layout);
    let too_tall = plan::too_tall(&plan);
    if too_tall.is_empty() {
        Ok(draw_sheet(sop, sheet, &plan))
    } else {
        Err(too_tall)
    }
}

/// The steps of `sop` whose row is taller than a page of the sheet (see
/// [`try_render_sheet`]); none for almost every SOP. Only an SOP with a text cell of half
/// a page or more is laid out to find them, so calling this for every file costs little;
/// a row made that tall by the flowchart alone (hundreds of lines passing one step) is not
/// looked for.
#[must_use]
pub fn too_tall(sop: &Sop, layout: &Layout) -> Vec<TooTall> {
    if !plan::may_be_too_tall(sop, layout) {
        return Vec::new();
    }
    plan::too_tall(&plan::plan(sop, layout))
}

/// The sheet of `sop`, as one HTML document. A step too tall for a page (see
/// [`try_render_sheet`]) gets a page that grows to hold it, so nothing is cut, but that
/// page then prints on more than one sheet of paper.
#[must_use]
pub fn render_sheet(sop: &Sop, sheet: &Sheet<'_>) -> String {
    let plan = plan::plan(sop, sheet.layout);
    draw_sheet(sop, sheet, &plan)
}

fn draw_sheet(sop: &Sop, sheet: &Sheet<'_>, plan: &plan::Plan) -> String {
    let logo = sheet.logo.map(logo_uri);
    let mut out = String::with_capacity(1 << 20);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">\n\
         <meta name=\"generator\" content=\"Sopan\">\n<title>",
    );
    escape_into(&mut out, &sop.nomor, false);
    out.push(' ');
    escape_into(&mut out, &sop.nama, false);
    out.push_str("</title>\n<style>\n");
    let body = identitas::page(sop, logo.as_deref(), sheet.layout) + &prosedur::pages(plan, 2);
    // The title is in the page too, and the body holds every other author text.
    let font = &*font::base64_for_page(&[&out, &body]);
    style(&mut out, &plan.paper, font);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&body);
    out.push_str("</body>\n</html>\n");
    out
}

/// The style sheet: the bundled font, the page size, then `sheet.css`.
fn style(out: &mut String, paper: &paper::Paper, font_base64: &str) {
    let _ = writeln!(
        out,
        "@font-face {{ font-family: 'Sopan Sans'; font-weight: 400; src: url(data:font/ttf;base64,{font_base64}) format('truetype'); }}"
    );
    let _ = writeln!(
        out,
        "@page {{ size: {w}mm {h}mm; margin: 0; }}\n\
         html {{ font-family: 'Sopan Sans', {family}; }}\n\
         .page {{ width: {w}mm; height: {ph}px; padding: {m}px; }}\n\
         .page.identitas {{ height: auto; min-height: {ph}px; overflow: visible; }}",
        w = num(paper.mm.0),
        h = num(paper.mm.1),
        ph = num(paper.content_height + 2.0 * paper.margin),
        m = num(paper.margin),
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
mod strip_tests;
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
