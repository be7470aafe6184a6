//! Branch labels (Ya, Tidak, or the author's words) beside the first stretch of each
//! decision exit, where nothing else is drawn.
//!
//! Tried in order: beside the exit, next to the corner (right or below first, as readers
//! look), a little further along; the first free spot wins. Rows under a diamond keep room
//! for the label of its downward exit, so that spot is nearly always free.

use crate::geometry::{Label, Page, Point, Rect, Shape, Symbol, TextLine};
use crate::text;

/// Distance between a label and its line.
const GAP: f32 = 2.5;
/// Weight of covering a symbol, another label or leaving the page, against crossing a line.
const HEAVY: usize = 100;
/// How far a free spot keeps from every line, beyond the line's half-unit width: text
/// closer than about two units to a line passing by reads as touching it. Less than `GAP`,
/// so the stretch a label sits beside leaves its spot free.
const CLEAR: f32 = 1.9;

/// Places the label of every edge of the page that has one.
pub(super) fn place(page: &mut Page, width: f32, size: f32, texts: &[(usize, String)]) {
    let bounds = Rect {
        x: 0.0,
        y: 0.0,
        width,
        height: page.height,
    };
    let mut placed: Vec<Rect> = Vec::new();
    let mut index = Index::of(page, &bounds);
    for (edge, label) in texts {
        let Some(points) = page.edges.get(*edge).map(|e| e.points.clone()) else {
            continue;
        };
        // On one line if there is room anywhere, else broken at its spaces.
        let shapes = [
            vec![label.clone()],
            text::wrap(label, text::width(label, size) / 2.0, size),
        ];
        let mut options: Vec<(Rect, &Vec<String>)> = Vec::new();
        for lines in shapes.iter().filter(|l| !l.is_empty()) {
            let w = lines
                .iter()
                .map(|l| text::width(l, size))
                .fold(0.0, f32::max)
                + 2.0;
            let h = text::line_height(size) * crate::units(lines.len());
            options.extend(spots(&points, w, h).into_iter().map(|r| (r, lines)));
        }
        let score = |r: &Rect| {
            collisions(page, &index, &placed, r) + usize::from(!inside(&bounds, r)) * HEAVY
        };
        let best = options
            .iter()
            .find(|(r, _)| score(r) == 0)
            .or_else(|| options.iter().min_by_key(|(r, _)| score(r)));
        if let Some((rect, lines)) = best {
            index.insert(Item::Label(placed.len()), rect);
            placed.push(*rect);
            let line = text::line_height(size);
            page.edges[*edge].label = Some(Label {
                text: label.clone(),
                rect: *rect,
                lines: lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| TextLine {
                        text: l.clone(),
                        x: rect.center().x,
                        y: rect.y + crate::units(i) * line + text::baseline_offset(size),
                    })
                    .collect(),
            });
        }
    }
}

/// Candidate boxes beside the stretches of a polyline, nearest the exit first.
fn spots(points: &[Point], w: f32, h: f32) -> Vec<Rect> {
    let mut out = Vec::new();
    for pair in points.windows(2).take(3) {
        let (a, b) = (pair[0], pair[1]);
        let length = (b.x - a.x).abs() + (b.y - a.y).abs();
        let step = if (a.x - b.x).abs() < f32::EPSILON {
            h + 1.0
        } else {
            w / 2.0
        };
        let mut along = 0.0;
        while along == 0.0 || along + step <= length {
            out.extend(beside(a, b, along, w, h));
            along += step;
            if out.len() > 40 {
                break;
            }
        }
    }
    out
}

/// The two boxes either side of the stretch `a → b`, `along` units from `a`.
fn beside(from: Point, to: Point, along: f32, width: f32, height: f32) -> [Rect; 2] {
    let rect = |x: f32, y: f32| Rect {
        x,
        y,
        width,
        height,
    };
    if (from.x - to.x).abs() < f32::EPSILON {
        // Vertical: start just past `from` in the direction of travel, right side first.
        let top = if to.y >= from.y {
            from.y + GAP + along
        } else {
            from.y - GAP - along - height
        };
        [rect(from.x + GAP, top), rect(from.x - GAP - width, top)]
    } else {
        let left = if to.x >= from.x {
            from.x + GAP + along
        } else {
            from.x - GAP - along - width
        };
        [rect(left, from.y - GAP - height), rect(left, from.y + GAP)]
    }
}

fn inside(outer: &Rect, r: &Rect) -> bool {
    r.x >= outer.x && r.y >= outer.y && r.right() <= outer.right() && r.bottom() <= outer.bottom()
}

/// How many drawn things `r` touches.
fn collisions(page: &Page, index: &Index, placed: &[Rect], r: &Rect) -> usize {
    let grown = Rect {
        x: r.x - 1.0,
        y: r.y - 1.0,
        width: r.width + 2.0,
        height: r.height + 2.0,
    };
    let clear = Rect {
        x: r.x - CLEAR,
        y: r.y - CLEAR,
        width: r.width + 2.0 * CLEAR,
        height: r.height + 2.0 * CLEAR,
    };
    let (mut heavy, mut light) = (0, 0);
    // `clear` holds `grown`: whatever either touches is listed near `clear`.
    for item in index.near(&clear) {
        crate::work::tally(1);
        match item {
            Item::Symbol(i) => heavy += usize::from(covers(&page.symbols[i], &grown)),
            Item::Connector(i) => heavy += usize::from(page.connectors[i].rect.overlaps(&grown)),
            Item::Label(i) => heavy += usize::from(placed[i].overlaps(&grown)),
            Item::Line(e, k) => {
                let w = &page.edges[e].points[k..k + 2];
                light += usize::from(segment_box(w[0], w[1]).overlaps(&clear));
            }
            Item::Join(i) => {
                let j = &page.joins[i];
                light += usize::from(segment_box(j.from, j.to).overlaps(&clear));
            }
        }
    }
    heavy * HEAVY + light
}

/// A drawn thing a label may touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Symbol(usize),
    Connector(usize),
    Label(usize),
    /// Edge, and the first point of its stretch.
    Line(usize, usize),
    Join(usize),
}

/// Side of an index cell, in user units: a few labels across.
const CELL: f32 = 64.0;

/// Everything drawn on a page, by the cells of a square grid its box covers, so that a
/// label is scored against what is near it rather than against the whole page. Boxes
/// outside the grid count in its border cells, as do queries, so nothing near is missed.
struct Index {
    columns: usize,
    rows: usize,
    cells: Vec<Vec<Item>>,
}

impl Index {
    fn of(page: &Page, bounds: &Rect) -> Index {
        let count = |length: f32| {
            // At most a few million cells even for the tallest unsplit page.
            let n = (length / CELL).ceil().clamp(1.0, 1.0e6);
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped to 1..=10^6 first"
            )]
            let n = n as usize;
            n
        };
        let (columns, rows) = (count(bounds.width), count(bounds.height));
        let mut index = Index {
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
        };
        for (i, s) in page.symbols.iter().enumerate() {
            index.insert(Item::Symbol(i), &s.rect);
        }
        for (i, c) in page.connectors.iter().enumerate() {
            index.insert(Item::Connector(i), &c.rect);
        }
        for (e, edge) in page.edges.iter().enumerate() {
            for (k, w) in edge.points.windows(2).enumerate() {
                index.insert(Item::Line(e, k), &segment_box(w[0], w[1]));
            }
        }
        for (i, j) in page.joins.iter().enumerate() {
            index.insert(Item::Join(i), &segment_box(j.from, j.to));
        }
        index
    }

    /// The cells a box covers, edges included, clamped to the grid.
    fn span(
        &self,
        r: &Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let cell = |v: f32, n: usize| {
            let c = (v / CELL).floor().clamp(0.0, crate::units(n - 1));
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped to the grid first"
            )]
            let c = c as usize;
            c
        };
        (
            cell(r.x, self.columns)..=cell(r.right(), self.columns),
            cell(r.y, self.rows)..=cell(r.bottom(), self.rows),
        )
    }

    fn insert(&mut self, item: Item, r: &Rect) {
        let (xs, ys) = self.span(r);
        for y in ys {
            for x in xs.clone() {
                crate::work::tally(1);
                self.cells[y * self.columns + x].push(item);
            }
        }
    }

    /// Every item whose box may meet `r`, each once, in a fixed order.
    fn near(&self, r: &Rect) -> Vec<Item> {
        let (xs, ys) = self.span(r);
        // A box covers several cells: each item once.
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for y in ys {
            for x in xs.clone() {
                for &item in &self.cells[y * self.columns + x] {
                    let key = match item {
                        Item::Symbol(i) => (0, i, 0),
                        Item::Connector(i) => (1, i, 0),
                        Item::Label(i) => (2, i, 0),
                        Item::Line(e, k) => (3, e, k),
                        Item::Join(i) => (4, i, 0),
                    };
                    if seen.insert(key) {
                        out.push(item);
                    }
                }
            }
        }
        out
    }
}

/// Whether a box covers part of a symbol's outline (a diamond or a capsule leaves the
/// corners of its bounding box free).
fn covers(symbol: &Symbol, r: &Rect) -> bool {
    let s = symbol.rect;
    if !s.overlaps(r) {
        return false;
    }
    let c = s.center();
    // The point of `r` nearest the symbol's centre, per axis.
    let dx = (c.x.clamp(r.x, r.right()) - c.x).abs();
    let dy = (c.y.clamp(r.y, r.bottom()) - c.y).abs();
    match symbol.shape {
        Shape::Process => true,
        Shape::Decision => dx / (s.width / 2.0) + dy / (s.height / 2.0) < 1.0,
        Shape::Terminator => {
            let ex = (dx - (s.width / 2.0 - symbol.corner)).max(0.0);
            let ey = (dy - (s.height / 2.0 - symbol.corner)).max(0.0);
            ex * ex + ey * ey < symbol.corner * symbol.corner
        }
    }
}

/// A segment as a thin box.
fn segment_box(a: Point, b: Point) -> Rect {
    Rect {
        x: a.x.min(b.x) - 0.5,
        y: a.y.min(b.y) - 0.5,
        width: (a.x - b.x).abs() + 1.0,
        height: (a.y - b.y).abs() + 1.0,
    }
}
