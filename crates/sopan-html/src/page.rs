//! One page laid out by sopan-layout, drawn as HTML: the fills and rules in one inline SVG,
//! every text box as an absolutely placed block of the lines it was measured with, the logo
//! fitted into its box, and the part of the flowchart the page shows.
//!
//! The page decides nothing: every position, size and line break comes from the
//! [`SheetPage`], so the browser prints exactly the page that was measured.

use std::fmt::Write as _;

use sopan_layout::sheet::{Align, FlowPlace, RULE_WIDTH, Role, SheetPage, TextBox, VAlign, Weight};

use crate::escape::escape_into;
use sopan_svg::num;

/// The font size and padding `sheet.css` gives every text box.
const BASE_SIZE: f32 = 9.0;
const BASE_PAD: f32 = 4.0;

/// The grey of headings, as signed sheets print it.
const FILL: &str = "#eee";

/// Writes `page` as one `<section class="page">` on paper whose printable box is
/// `printable` (width, height). `logo_uri` is the logo as a `data:` URI, drawn in the page's logo box when it has
/// one; `flow` draws the page's part of the flowchart, when it has one: it writes SVG
/// content into the page's `<svg>`, whose user units are the page's pixels.
pub(crate) fn draw(
    out: &mut String,
    page: &SheetPage,
    printable: (f32, f32),
    logo_uri: Option<&str>,
    flow: impl FnOnce(&mut String, FlowPlace),
) {
    // The page box's padding is the margin, so the sheet inside is the printable box's
    // width; its height is the page's. A page printed smaller than its units (a table
    // wider than the paper) is drawn at its own width and scaled to the printable one.
    // A step taller than a page (refused by `sopan build` as SOP215) still prints whole:
    // its page grows and runs on over more paper rather than cutting the row.
    let grown = page.height * page.scale > printable.1 + 0.5;
    let _ = write!(
        out,
        "<section class=\"page\"{}>\n<div class=\"sheet\" style=\"height:{}px",
        if grown { " style=\"height:auto\"" } else { "" },
        num(page.height)
    );
    if page.scale < 1.0 {
        let _ = write!(
            out,
            ";width:{}px;transform:scale({});transform-origin:0 0",
            num(printable.0 / page.scale),
            scale(page.scale)
        );
    }
    out.push_str("\">\n");
    // No viewBox: one user unit is one CSS pixel, the unit of the layout.
    let _ = writeln!(
        out,
        "<svg class=\"rules\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{}\" aria-hidden=\"true\">",
        num(page.height)
    );
    for fill in &page.fills {
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{FILL}\"/>",
            num(fill.x),
            num(fill.y),
            num(fill.width),
            num(fill.height)
        );
    }
    if !page.rules.is_empty() {
        let _ = writeln!(
            out,
            "<g stroke=\"#000\" stroke-width=\"{}\">",
            num(RULE_WIDTH)
        );
        for rule in &page.rules {
            let _ = writeln!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                num(rule.from.x),
                num(rule.from.y),
                num(rule.to.x),
                num(rule.to.y)
            );
        }
        out.push_str("</g>\n");
    }
    if let Some(place) = page.flow {
        flow(out, place);
    }
    out.push_str("</svg>\n");
    if let (Some(rect), Some(uri)) = (page.logo, logo_uri) {
        out.push_str("<img class=\"logo\" alt=\"\" src=\"");
        escape_into(out, uri, false);
        let _ = writeln!(
            out,
            "\" style=\"left:{}px;top:{}px;width:{}px;height:{}px\">",
            num(rect.x),
            num(rect.y),
            num(rect.width),
            num(rect.height)
        );
    }
    for text in &page.texts {
        text_box(out, text);
    }
    out.push_str("</div>\n</section>\n");
}

/// A scale factor to four decimals: two would move the right edge of a wide table by
/// several pixels.
fn scale(value: f32) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The HTML class of each kind of box.
fn class(role: Role) -> &'static str {
    match role {
        Role::Cell => "cell",
        Role::Heading => "head",
        Role::ColumnNumber => "colnum",
        Role::Total => "total",
        Role::PageNumber => "number",
        Role::Title => "title",
        Role::Unit => "unit",
        Role::Label => "label",
        Role::Value => "value",
    }
}

/// One text box: its lines as they were broken, at the box's size, padding and alignment.
fn text_box(out: &mut String, b: &TextBox) {
    if b.lines
        .iter()
        .all(|l| l.text.is_empty() && l.marker.is_none())
    {
        return;
    }
    let _ = write!(out, "<div class=\"c {}", class(b.role));
    if b.align == Align::Center {
        out.push_str(" ctr");
    }
    if b.valign == VAlign::Top {
        out.push_str(" top");
    }
    if b.weight == Weight::Bold {
        out.push_str(" b");
    }
    if b.italic {
        out.push_str(" i");
    }
    if b.underline {
        out.push_str(" u");
    }
    let _ = write!(
        out,
        "\" style=\"left:{}px;top:{}px;width:{}px;height:{}px",
        num(b.rect.x),
        num(b.rect.y),
        num(b.rect.width),
        num(b.rect.height),
    );
    // The style sheet sets the table cells' size and padding, the most common by far; a
    // box that differs says so.
    if b.size != BASE_SIZE {
        let _ = write!(out, ";font-size:{}px", num(b.size));
    }
    if b.pad_x != BASE_PAD || b.pad_y != BASE_PAD {
        let _ = write!(out, ";padding:{}px {}px", num(b.pad_y), num(b.pad_x));
    }
    if b.indent > 0.0 {
        let _ = write!(out, ";--indent:{}px", num(b.indent));
    }
    out.push_str("\">");
    for line in &b.lines {
        match &line.marker {
            Some(marker) => {
                out.push_str("<div class=\"li\"><span class=\"m\">");
                escape_into(out, marker, false);
                out.push_str("</span>");
            }
            None if b.indent > 0.0 => out.push_str("<div class=\"li\">"),
            None => out.push_str("<div>"),
        }
        escape_into(out, &line.text, false);
        out.push_str("</div>");
    }
    out.push_str("</div>\n");
}

#[cfg(test)]
mod tests {
    use sopan_layout::sheet::{Line, Rule};
    use sopan_layout::{Point, Rect};

    use super::*;

    fn text_box(lines: &[(&str, Option<&str>)], indent: f32) -> TextBox {
        TextBox {
            rect: Rect {
                x: 10.0,
                y: 20.0,
                width: 200.0,
                height: 40.0,
            },
            lines: lines
                .iter()
                .map(|(t, m)| Line {
                    marker: m.map(str::to_owned),
                    text: (*t).to_owned(),
                })
                .collect(),
            size: 9.5,
            pad_x: 5.0,
            pad_y: 2.0,
            indent,
            align: Align::Left,
            valign: VAlign::Top,
            weight: Weight::Bold,
            italic: false,
            underline: true,
            role: Role::Label,
        }
    }

    #[test]
    fn boxes_print_their_lines_where_they_were_placed() {
        let page = SheetPage {
            height: 700.0,
            fills: vec![Rect {
                x: 0.0,
                y: 0.0,
                width: 300.0,
                height: 20.0,
            }],
            rules: vec![Rule {
                from: Point { x: 0.0, y: 0.0 },
                to: Point { x: 300.0, y: 0.0 },
            }],
            texts: vec![
                text_box(&[("<b>&", None)], 0.0),
                text_box(&[("satu", Some("1.")), ("dua", None)], 14.0),
                text_box(&[("", None)], 0.0),
            ],
            logo: Some(Rect {
                x: 5.0,
                y: 5.0,
                width: 110.0,
                height: 110.0,
            }),
            flow: None,
            ..SheetPage::default()
        };
        let mut out = String::new();
        draw(
            &mut out,
            &page,
            (300.0, 700.0),
            Some("data:image/png;base64,\"x"),
            |_, _| panic!("no flowchart on this page"),
        );
        assert!(out.starts_with("<section class=\"page\">"));
        assert!(out.contains("<div class=\"sheet\" style=\"height:700px\">"));
        assert!(out.contains("fill=\"#eee\""));
        assert!(out.contains("<line x1=\"0\" y1=\"0\" x2=\"300\" y2=\"0\"/>"));
        assert!(out.contains("&lt;b&gt;&amp;"), "author text escaped");
        assert!(!out.contains("<b>&"));
        assert!(out.contains("src=\"data:image/png;base64,&quot;x\""));
        assert!(out.contains("class=\"c label top b u\""));
        assert!(out.contains(
            "left:10px;top:20px;width:200px;height:40px;font-size:9.5px;padding:2px 5px"
        ));
        assert!(out.contains(";--indent:14px\"><div class=\"li\"><span class=\"m\">1.</span>satu</div><div class=\"li\">dua</div>"));
        // The empty box draws nothing.
        assert_eq!(out.matches("class=\"c ").count(), 2);
    }

    #[test]
    fn without_a_number_or_logo_none_is_drawn_and_the_flow_is_drawn_in_the_svg() {
        let page = SheetPage {
            height: 500.0,
            logo: Some(Rect {
                x: 0.0,
                y: 0.0,
                width: 110.0,
                height: 110.0,
            }),
            flow: Some(FlowPlace {
                page: 0,
                origin: Point { x: 1.0, y: 2.0 },
            }),
            ..SheetPage::default()
        };
        let mut out = String::new();
        draw(&mut out, &page, (300.0, 700.0), None, |out, place| {
            let _ = write!(out, "<g data-origin=\"{}\"/>", place.origin.y);
        });
        assert!(
            !out.contains("transform"),
            "a page at full size is not scaled"
        );
        assert!(!out.contains("<img"));
        let flow = out.find("<g data-origin=\"2\"/>").expect("flow drawn");
        assert!(flow < out.find("</svg>").expect("svg"));
    }
}
