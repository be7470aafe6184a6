//! One page laid out by sopan-layout, drawn as HTML: the fills and rules in one inline SVG,
//! every text box as an absolutely placed block of the lines it was measured with, the logo
//! fitted into its box, and the part of the flowchart the page shows.
//!
//! The page decides nothing: every position, size and line break comes from the
//! [`SheetPage`], so the browser prints exactly the page that was measured.

use std::fmt::Write as _;

use sopan_layout::sheet::{Align, FlowPlace, RULE_WIDTH, Role, SheetPage, TextBox, VAlign, Weight};

use crate::escape::escape_into;
use crate::svg::num;

/// The grey of headings, as signed sheets print it.
const FILL: &str = "#eee";

/// Writes `page` as one `<section class="page">`. `number` is printed in the band at its
/// top ("- 2 -"); `logo_uri` is the logo as a `data:` URI, drawn in the page's logo box
/// when it has one; `flow` draws the page's part of the flowchart, when it has one: it
/// writes SVG content into the page's `<svg>`, whose user units are the page's pixels.
pub(crate) fn draw(
    out: &mut String,
    page: &SheetPage,
    number: Option<usize>,
    logo_uri: Option<&str>,
    flow: impl FnOnce(&mut String, FlowPlace),
) {
    // The page box's padding is the margin, so the sheet inside is the printable box's
    // width; its height is the page's.
    let _ = writeln!(
        out,
        "<section class=\"page\">\n<div class=\"sheet\" style=\"height:{}px\">",
        num(page.height)
    );
    if let Some(number) = number {
        let _ = writeln!(out, "<div class=\"pno\">- {number} -</div>");
    }
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
        "\" style=\"left:{}px;top:{}px;width:{}px;height:{}px;font-size:{}px;padding:{}px {}px",
        num(b.rect.x),
        num(b.rect.y),
        num(b.rect.width),
        num(b.rect.height),
        num(b.size),
        num(b.pad_y),
        num(b.pad_x)
    );
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
        };
        let mut out = String::new();
        draw(
            &mut out,
            &page,
            Some(2),
            Some("data:image/png;base64,\"x"),
            |_, _| panic!("no flowchart on this page"),
        );
        assert!(out.starts_with("<section class=\"page\">"));
        assert!(out.contains("<div class=\"pno\">- 2 -</div>"));
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
        draw(&mut out, &page, None, None, |out, place| {
            let _ = write!(out, "<g data-origin=\"{}\"/>", place.origin.y);
        });
        assert!(!out.contains("pno"));
        assert!(!out.contains("<img"));
        let flow = out.find("<g data-origin=\"2\"/>").expect("flow drawn");
        assert!(flow < out.find("</svg>").expect("svg"));
    }
}

#[cfg(test)]
mod sheet_tests {
    use sopan_config::{Kertas, Layout};

    use crate::{page_count, render};

    #[test]
    fn a_long_identity_runs_on_numbered_and_the_procedure_pages_follow() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/sheets/identitas-panjang.sop"),
        )
        .expect("the long identity sheet");
        let sop = crate::tests::compile("panjang", &text);
        for kertas in [Kertas::A4, Kertas::F4, Kertas::Letter, Kertas::Legal] {
            let layout = Layout {
                kertas: Some(kertas),
                ..Layout::default()
            };
            let html = render(&sop, &layout);
            let pages = page_count(&sop, &layout);
            assert_eq!(
                html.matches("<section class=\"page").count(),
                pages,
                "{kertas:?}"
            );
            let identity = sopan_layout::sheet::identity(&sop, &crate::style::of(&layout), false);
            let first_procedure = identity.pages.len() + 1;
            assert_eq!(
                pages,
                identity.pages.len() + 1,
                "{kertas:?}: one procedure page"
            );
            for n in 2..=pages {
                assert_eq!(
                    html.matches(&format!("<div class=\"pno\">- {n} -</div>"))
                        .count(),
                    1,
                    "{kertas:?}: page {n} numbered once"
                );
            }
            assert!(!html.contains("- 1 -"), "page 1 has no number");
            if identity.pages.len() > 1 {
                assert!(html.contains(" (lanjutan)<"), "{kertas:?}");
            }
            let procedure = html
                .find("class=\"page prosedur\"")
                .expect("procedure page");
            assert!(html[procedure..].contains(&format!("- {first_procedure} -")));
        }
    }
}
