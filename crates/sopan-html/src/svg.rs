//! The drawn part of a procedure page as inline SVG: the table's rules and the flowchart
//! sopan-layout placed, symbol by symbol. Nothing is positioned here that the layout did
//! not decide.

use std::fmt::Write as _;

use sopan_layout::{DOTTED, Page, Point, Shape, TextLine};

use crate::escape::escape_into;

/// A number for an SVG attribute: two decimals at most, no trailing zeros, no `-0`, so the
/// bytes do not depend on float noise below what a printer can show.
pub(crate) fn num(value: f32) -> String {
    let rounded = (f64::from(value) * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 || !rounded.is_finite() {
        0.0
    } else {
        rounded
    };
    let mut text = format!("{rounded:.2}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    text
}

/// A straight rule.
pub(crate) fn line(out: &mut String, from: (f32, f32), to: (f32, f32)) {
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        num(from.0),
        num(from.1),
        num(to.0),
        num(to.1)
    );
}

fn points<'a>(points: impl IntoIterator<Item = &'a Point>) -> String {
    points
        .into_iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_line(out: &mut String, line: &TextLine) {
    let _ = write!(out, "<text x=\"{}\" y=\"{}\">", num(line.x), num(line.y));
    escape_into(out, &line.text, false);
    out.push_str("</text>\n");
}

/// The flowchart of one page, in the lanes' coordinates (the caller translates it).
pub(crate) fn flow(out: &mut String, page: &Page, font_size: f32, label_size: f32) {
    out.push_str("<g class=\"flow\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\">\n");
    for join in &page.joins {
        line(out, (join.from.x, join.from.y), (join.to.x, join.to.y));
    }
    for edge in &page.edges {
        let dash = if edge.dotted {
            format!(
                " stroke-dasharray=\"{} {}\"",
                num(DOTTED[0]),
                num(DOTTED[1])
            )
        } else {
            String::new()
        };
        let _ = writeln!(out, "<polyline points=\"{}\"{dash}/>", points(&edge.points));
        for a in std::iter::once(edge.arrow).chain(edge.start) {
            let head = [a.tip, a.base[0], a.base[1]];
            let _ = writeln!(out, "<polygon points=\"{}\" fill=\"#000\"/>", points(&head));
        }
    }
    for symbol in &page.symbols {
        let r = symbol.rect;
        match symbol.shape {
            Shape::Terminator | Shape::Process => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"#fff\"/>",
                    num(r.x),
                    num(r.y),
                    num(r.width),
                    num(r.height),
                    num(symbol.corner)
                );
            }
            Shape::Decision => {
                let c = r.center();
                let diamond = [
                    Point { x: c.x, y: r.y },
                    Point {
                        x: r.right(),
                        y: c.y,
                    },
                    Point {
                        x: c.x,
                        y: r.bottom(),
                    },
                    Point { x: r.x, y: c.y },
                ];
                let _ = writeln!(
                    out,
                    "<polygon points=\"{}\" fill=\"#fff\"/>",
                    points(&diamond)
                );
            }
        }
    }
    for connector in &page.connectors {
        let _ = writeln!(
            out,
            "<polygon points=\"{}\" fill=\"#fff\"/>",
            points(&connector.outline)
        );
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        "<g class=\"flow-text\" fill=\"#000\" text-anchor=\"middle\" font-size=\"{}\">",
        num(font_size)
    );
    for symbol in &page.symbols {
        for l in &symbol.text {
            text_line(out, l);
        }
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        "<g class=\"flow-text\" fill=\"#000\" text-anchor=\"middle\" font-size=\"{}\">",
        num(label_size)
    );
    for label in page.edges.iter().filter_map(|e| e.label.as_ref()) {
        for l in &label.lines {
            text_line(out, l);
        }
    }
    for connector in &page.connectors {
        text_line(out, &connector.text);
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
    }
}
