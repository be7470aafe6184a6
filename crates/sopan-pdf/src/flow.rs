//! One laid-out flowchart page as vectors, shape for shape what sopan-svg's `flow::draw`
//! draws with `FlowStyle::sheet()`: joins and arrows one unit wide (dotted ones dashed),
//! filled heads, symbols outlined one unit and filled white over the lines behind them,
//! their text centred, branch labels, and off-page connectors with their marks.

use krilla::geom::{Path, PathBuilder};
use krilla::surface::Surface;
use krilla::text::Font;
use sopan_layout::{DOTTED, Layout, Page, Point, Shape, Symbol, TextLine, text};

use crate::draw::{printable, run, solid, stroke};

/// How far a Bézier handle reaches for a quarter circle, as a share of the radius.
const KAPPA: f32 = 0.552_284_8;

pub(crate) fn draw(surface: &mut Surface<'_>, layout: &Layout, page: &Page, font: &Font) {
    let mut solid_lines = PathBuilder::new();
    let mut dotted_lines = PathBuilder::new();
    for join in &page.joins {
        solid_lines.move_to(join.from.x, join.from.y);
        solid_lines.line_to(join.to.x, join.to.y);
    }
    for edge in &page.edges {
        let line = edge.drawn();
        let target = if edge.dotted {
            &mut dotted_lines
        } else {
            &mut solid_lines
        };
        polyline(target, &line, false);
    }
    surface.set_fill(None);
    if let Some(path) = solid_lines.finish() {
        surface.set_stroke(Some(stroke(1.0)));
        surface.draw_path(&path);
    }
    if let Some(path) = dotted_lines.finish() {
        surface.set_stroke(Some(krilla::paint::Stroke {
            dash: Some(krilla::paint::StrokeDash {
                array: DOTTED.to_vec(),
                offset: 0.0,
            }),
            ..stroke(1.0)
        }));
        surface.draw_path(&path);
    }
    let mut heads = PathBuilder::new();
    for edge in &page.edges {
        for a in std::iter::once(edge.arrow).chain(edge.start) {
            polyline(&mut heads, &[a.tip, a.base[0], a.base[1]], true);
        }
    }
    surface.set_stroke(None);
    if let Some(path) = heads.finish() {
        surface.set_fill(Some(solid(0)));
        surface.draw_path(&path);
    }
    for symbol in &page.symbols {
        if let Some(path) = outline(symbol) {
            outlined(surface, &path);
        }
        for line in &symbol.text {
            centred(surface, font, layout.font_size, line);
        }
    }
    let labels = page.edges.iter().filter_map(|e| e.label.as_ref());
    for line in labels.flat_map(|l| &l.lines) {
        centred(surface, font, layout.label_font_size, line);
    }
    for connector in &page.connectors {
        let mut path = PathBuilder::new();
        polyline(&mut path, &connector.outline, true);
        if let Some(path) = path.finish() {
            outlined(surface, &path);
        }
        centred(surface, font, layout.label_font_size, &connector.text);
    }
}

/// A shape filled white and outlined in black, hiding the lines that pass behind it.
fn outlined(surface: &mut Surface<'_>, path: &Path) {
    surface.set_fill(Some(solid(0xff)));
    surface.set_stroke(Some(stroke(1.0)));
    surface.draw_path(path);
}

fn polyline(path: &mut PathBuilder, points: &[Point], close: bool) {
    let mut points = points.iter();
    let Some(first) = points.next() else {
        return;
    };
    path.move_to(first.x, first.y);
    for p in points {
        path.line_to(p.x, p.y);
    }
    if close {
        path.close();
    }
}

fn outline(symbol: &Symbol) -> Option<Path> {
    let r = symbol.rect;
    let mut path = PathBuilder::new();
    match symbol.shape {
        Shape::Process => {
            path.push_rect(krilla::geom::Rect::from_xywh(r.x, r.y, r.width, r.height)?);
        }
        Shape::Terminator => {
            // SVG clamps a corner radius to half the side.
            let radius = symbol
                .corner
                .min(r.width / 2.0)
                .min(r.height / 2.0)
                .max(0.0);
            let k = radius * KAPPA;
            let (left, top, right, bottom) = (r.x, r.y, r.right(), r.bottom());
            path.move_to(left + radius, top);
            path.line_to(right - radius, top);
            path.cubic_to(
                right - radius + k,
                top,
                right,
                top + radius - k,
                right,
                top + radius,
            );
            path.line_to(right, bottom - radius);
            path.cubic_to(
                right,
                bottom - radius + k,
                right - radius + k,
                bottom,
                right - radius,
                bottom,
            );
            path.line_to(left + radius, bottom);
            path.cubic_to(
                left + radius - k,
                bottom,
                left,
                bottom - radius + k,
                left,
                bottom - radius,
            );
            path.line_to(left, top + radius);
            path.cubic_to(
                left,
                top + radius - k,
                left + radius - k,
                top,
                left + radius,
                top,
            );
            path.close();
        }
        Shape::Decision => {
            let corners = r.diamond();
            polyline(&mut path, &corners, true);
        }
    }
    path.finish()
}

/// A line of text centred on its `x`, as SVG's `text-anchor="middle"` places it.
fn centred(surface: &mut Surface<'_>, font: &Font, size: f32, line: &TextLine) {
    let s = printable(&line.text);
    let width = text::width(&s, size);
    surface.set_stroke(None);
    surface.set_fill(Some(solid(0)));
    run(
        surface,
        font,
        size,
        false,
        (line.x - width / 2.0, line.y),
        &s,
    );
}
