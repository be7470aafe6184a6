//! One laid-out page of the sheet as HTML: the page's fills, rules and flowchart in one
//! inline SVG, every text box as an absolutely placed `<div>` holding the lines the layout
//! broke, the logo fitted into its box. Nothing is positioned here that sopan-layout did
//! not decide, and no text is wrapped by the browser: every line is printed as measured.

use std::fmt::Write as _;

use sopan_layout::sheet::{Align, Role, SheetPage, TextBox, VAlign, Weight};
use sopan_layout::{Layout, sheet::FlowPlace};

use crate::escape::escape_into;
use crate::svg::{self, num};

/// The font size the style sheet sets; a box of another size says so inline.
const BASE_SIZE: f32 = 9.0;

/// Draws `page`, whose printable box is `height` high unless the page grew; `flow` is the
/// flowchart whose pages procedure pages place; `logo` the logo as a `data:` URI.
pub(crate) fn draw(
    out: &mut String,
    page: &SheetPage,
    printable: (f32, f32),
    flow: &Layout,
    logo: Option<&str>,
) {
    // The page's own units: the printable box over the page's scale.
    let (width, height) = (printable.0 / page.scale, printable.1 / page.scale);
    let grown = page.height > height + 0.5;
    let height = if grown { page.height } else { height };
    let _ = write!(
        out,
        "<section class=\"page\"{}>\n<div class=\"sheet\" style=\"width:{}px;height:{}px",
        if grown { " style=\"height:auto\"" } else { "" },
        num(width),
        num(height)
    );
    if page.scale < 1.0 {
        let _ = write!(
            out,
            ";transform:scale({});transform-origin:0 0",
            num_fine(page.scale)
        );
    }
    out.push_str("\">\n");
    let _ = writeln!(
        out,
        "<svg class=\"rules\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" aria-hidden=\"true\">",
        w = num(width),
        h = num(height)
    );
    for fill in &page.fills {
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#eee\"/>",
            num(fill.x),
            num(fill.y),
            num(fill.width),
            num(fill.height)
        );
    }
    let _ = writeln!(
        out,
        "<g stroke=\"#000\" stroke-width=\"{}\">",
        num(sopan_layout::sheet::RULE_WIDTH)
    );
    for rule in &page.rules {
        svg::line(out, (rule.from.x, rule.from.y), (rule.to.x, rule.to.y));
    }
    out.push_str("</g>\n");
    if let Some(FlowPlace {
        page: index,
        origin,
    }) = page.flow
        && let Some(flow_page) = flow.pages.get(index)
    {
        let _ = writeln!(
            out,
            "<g transform=\"translate({},{})\">",
            num(origin.x),
            num(origin.y)
        );
        sopan_svg::flow::draw(
            out,
            flow,
            flow_page,
            &sopan_svg::flow::FlowStyle::sheet(),
            None,
        );
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    if let (Some(rect), Some(uri)) = (page.logo, logo) {
        let _ = write!(
            out,
            "<img class=\"logo\" alt=\"\" style=\"left:{}px;top:{}px;width:{}px;height:{}px\" src=\"",
            num(rect.x),
            num(rect.y),
            num(rect.width),
            num(rect.height)
        );
        escape_into(out, uri, false);
        out.push_str("\">\n");
    }
    for text in &page.texts {
        text_box(out, text);
    }
    out.push_str("</div>\n</section>\n");
}

/// A scale factor, to four decimals: two would move the right edge of a wide table by up
/// to several pixels.
fn num_fine(value: f32) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The class of a box's role.
fn role_class(role: Role) -> &'static str {
    match role {
        Role::Cell => "",
        Role::Heading => " head",
        Role::ColumnNumber => " colnum",
        Role::Total => " total",
        Role::PageNumber => " pno",
        Role::Title => " title",
        Role::Unit => " unit",
        Role::Label => " label",
        Role::Value => " value",
    }
}

/// One text box: its lines as they were broken, placed and set as the layout says.
fn text_box(out: &mut String, b: &TextBox) {
    let r = b.rect;
    let _ = write!(
        out,
        "<div class=\"c{}{}{}{}{}{}\" style=\"left:{}px;top:{}px;width:{}px;height:{}px",
        role_class(b.role),
        if b.align == Align::Center { " ctr" } else { "" },
        if b.valign == VAlign::Top { " top" } else { "" },
        if b.weight == Weight::Bold { " b" } else { "" },
        if b.italic { " i" } else { "" },
        if b.underline { " u" } else { "" },
        num(r.x),
        num(r.y),
        num(r.width),
        num(r.height),
    );
    if (b.size - BASE_SIZE).abs() > f32::EPSILON {
        let _ = write!(out, ";font-size:{}px", num(b.size));
    }
    let _ = write!(out, ";padding:{}px {}px", num(b.pad_y), num(b.pad_x));
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
