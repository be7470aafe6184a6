//! The one drawer of a laid-out flowchart page: joins, arrows with their heads, symbols with
//! their text, branch labels and off-page connectors, as SVG elements in the page's own
//! coordinates (the caller places them with a `translate`).
//!
//! The standalone drawing ([`crate::render`]) and the printed sheet's procedure pages
//! (`sopan-html`, inline SVG) both draw through [`draw`], so the two cannot drift apart;
//! they differ only in the [`FlowStyle`] they pass. Author text goes through the crate's
//! one escaping function: XML escaping is also valid inside HTML's inline SVG.

use std::fmt::Write as _;

use sopan_check::model::Sop;
use sopan_layout::{DOTTED, Layout, Page, Point, Shape, Symbol, TextLine};

use crate::write::{escape, num, points};

/// The colours and stroke of a drawing: what differs between the standalone flowchart and
/// the sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlowStyle {
    /// Lines, arrow heads, outlines and text.
    pub ink: &'static str,
    /// The fill of symbols and connectors, so lines passing behind never show through.
    pub paper: &'static str,
    /// The width of the outlines of symbols and connectors; arrows and joins are 1 unit.
    pub symbol_stroke: f32,
}

impl FlowStyle {
    /// The standalone SVG: a soft black, and outlines a little heavier than the arrows, so
    /// symbols stand out on a screen.
    #[must_use]
    pub const fn standalone() -> FlowStyle {
        FlowStyle {
            ink: "#1a1a1a",
            paper: "#ffffff",
            symbol_stroke: 1.2,
        }
    }

    /// The printed sheet: pure black, every line one unit, as the table's rules beside it.
    #[must_use]
    pub const fn sheet() -> FlowStyle {
        FlowStyle {
            ink: "#000",
            paper: "#fff",
            symbol_stroke: 1.0,
        }
    }
}

/// Appends the drawing of `page` to `out`, with the font sizes of `layout`. With `tooltips`,
/// the SOP `layout` was made from, every symbol carries its row's number and whole uraian
/// as a `<title>`, which browsers show on hover: a diamond may show only its question, a
/// long uraian is cut. The sheet passes `None`: its Uraian column prints the text.
pub fn draw(
    out: &mut String,
    layout: &Layout,
    page: &Page,
    style: &FlowStyle,
    tooltips: Option<&Sop>,
) {
    let ink = style.ink;
    let _ = writeln!(out, "<g stroke=\"{ink}\" stroke-width=\"1\" fill=\"none\">");
    for join in &page.joins {
        line(out, join.from, join.to);
    }
    for edge in &page.edges {
        let line = edge.drawn();
        let dash = if edge.dotted {
            format!(
                " stroke-dasharray=\"{} {}\"",
                num(DOTTED[0]),
                num(DOTTED[1])
            )
        } else {
            String::new()
        };
        let _ = writeln!(out, "<polyline points=\"{}\"{dash}/>", points(&line));
    }
    let _ = writeln!(out, "</g>\n<g fill=\"{ink}\">");
    for edge in &page.edges {
        for a in std::iter::once(edge.arrow).chain(edge.start) {
            let _ = writeln!(
                out,
                "<polygon points=\"{}\"/>",
                points([&a.tip, &a.base[0], &a.base[1]])
            );
        }
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        "<g stroke=\"{ink}\" stroke-width=\"{}\" fill=\"{}\" font-size=\"{}\">",
        num(style.symbol_stroke),
        style.paper,
        num(layout.font_size)
    );
    for symbol in &page.symbols {
        self::symbol(out, symbol, style, tooltips);
    }
    out.push_str("</g>\n");
    let label_group = |out: &mut String| {
        let _ = writeln!(
            out,
            "<g font-size=\"{}\" fill=\"{ink}\" text-anchor=\"middle\">",
            num(layout.label_font_size)
        );
    };
    label_group(out);
    let labels = page.edges.iter().filter_map(|e| e.label.as_ref());
    for l in labels.flat_map(|l| &l.lines) {
        text(out, l);
    }
    out.push_str("</g>\n");
    if page.connectors.is_empty() {
        return;
    }
    label_group(out);
    for connector in &page.connectors {
        let _ = writeln!(
            out,
            "<polygon points=\"{}\" fill=\"{}\" stroke=\"{ink}\" stroke-width=\"{}\"/>",
            points(&connector.outline),
            style.paper,
            num(style.symbol_stroke)
        );
        text(out, &connector.text);
    }
    out.push_str("</g>\n");
}

/// A symbol's outline and its centred text, grouped under its tooltip when there is one.
fn symbol(out: &mut String, symbol: &Symbol, style: &FlowStyle, tooltips: Option<&Sop>) {
    let tooltip = tooltips
        .and_then(|sop| sop.langkah.get(symbol.step))
        .map(|step| format!("{}. {}", step.nomor_cetak, step.uraian));
    if let Some(tooltip) = &tooltip {
        let _ = write!(out, "<g><title>{}</title>", escape(tooltip));
    }
    let r = symbol.rect;
    let bounds = format!(
        "x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
        num(r.x),
        num(r.y),
        num(r.width),
        num(r.height)
    );
    let _ = match symbol.shape {
        Shape::Process => write!(out, "<rect {bounds}/>"),
        Shape::Terminator => write!(
            out,
            "<rect {bounds} rx=\"{radius}\" ry=\"{radius}\"/>",
            radius = num(symbol.corner)
        ),
        Shape::Decision => {
            let corners = r.diamond();
            write!(out, "<polygon points=\"{}\"/>", points(&corners))
        }
    };
    if !symbol.text.is_empty() {
        let _ = write!(
            out,
            "<g stroke=\"none\" fill=\"{}\" text-anchor=\"middle\">",
            style.ink
        );
        for l in &symbol.text {
            text(out, l);
        }
        out.push_str("</g>");
    }
    if tooltip.is_some() {
        out.push_str("</g>");
    }
    out.push('\n');
}

fn line(out: &mut String, from: Point, to: Point) {
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        num(from.x),
        num(from.y),
        num(to.x),
        num(to.y)
    );
}

fn text(out: &mut String, line: &TextLine) {
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\">{}</text>",
        num(line.x),
        num(line.y),
        escape(&line.text)
    );
}
