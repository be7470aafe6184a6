//! The output: plain geometry in user units, with no drawing format attached.
//!
//! x grows to the right and y downwards. All pages share the lanes (x is the same on every
//! page); y starts at 0 at the top of each page's first row. Renderers add their own
//! header above, and never need to place anything themselves: every symbol, line, arrow
//! head, label and connector is here, with its text already broken into lines.

use std::ops::Range;

/// A point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Left to right.
    pub x: f32,
    /// Top to bottom.
    pub y: f32,
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width, never negative.
    pub width: f32,
    /// Height, never negative.
    pub height: f32,
}

impl Rect {
    /// The right edge.
    #[must_use]
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// The bottom edge.
    #[must_use]
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The centre.
    #[must_use]
    pub fn center(&self) -> Point {
        Point {
            x: self.x + self.width / 2.0,
            y: self.y + self.height / 2.0,
        }
    }

    /// The corners of the diamond inscribed in the rectangle: top, right, bottom, left.
    #[must_use]
    pub fn diamond(&self) -> [Point; 4] {
        let c = self.center();
        [
            Point { x: c.x, y: self.y },
            Point {
                x: self.right(),
                y: c.y,
            },
            Point {
                x: c.x,
                y: self.bottom(),
            },
            Point { x: self.x, y: c.y },
        ]
    }

    /// Whether the two rectangles share inner points (touching edges do not count).
    #[must_use]
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// The whole drawing of one SOP.
#[derive(Clone, Debug)]
pub struct Layout {
    /// One lane per actor, in declared order, left to right.
    pub lanes: Vec<Lane>,
    /// Total width of the lanes.
    pub width: f32,
    /// One page, or one per range of the page split.
    pub pages: Vec<Page>,
    /// Font size of the text inside symbols.
    pub font_size: f32,
    /// Font size of branch labels and connector marks.
    pub label_font_size: f32,
}

/// An actor's column.
#[derive(Clone, Debug)]
pub struct Lane {
    /// Index into `Sop::pelaksana`.
    pub actor: usize,
    /// The heading: the actor's name.
    pub name: String,
    /// Left edge.
    pub x: f32,
    /// Width.
    pub width: f32,
    /// The x on which the lane's symbols are centred.
    pub center: f32,
}

/// One page of the drawing.
#[derive(Clone, Debug)]
pub struct Page {
    /// The steps (rows) on this page.
    pub steps: Range<usize>,
    /// Height of the page's rows together.
    pub height: f32,
    /// One band per step, top to bottom, touching each other; a step whose symbols sit on
    /// several levels has one band holding them all.
    pub rows: Vec<Row>,
    /// The symbols of its steps; a joint symbol has one per actor.
    pub symbols: Vec<Symbol>,
    /// Plain lines joining the symbols of a joint step.
    pub joins: Vec<Join>,
    /// The arrows.
    pub edges: Vec<Edge>,
    /// Off-page connectors.
    pub connectors: Vec<Connector>,
}

/// The horizontal band of one step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// Index into `Sop::langkah`.
    pub step: usize,
    /// Top edge.
    pub y: f32,
    /// Height: at least the requested minimum, and enough for the symbol, the lines passing
    /// between rows, branch labels and connectors.
    pub height: f32,
}

/// The symbol kinds a step can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A capsule: start and end.
    Terminator,
    /// A rectangle.
    Process,
    /// A diamond.
    Decision,
}

/// A symbol in one lane.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// Index into `Sop::langkah`: the row it sits in.
    pub step: usize,
    /// Index into `Sop::simbol`.
    pub simbol: usize,
    /// Index into `Layout::lanes`.
    pub lane: usize,
    /// Which symbol.
    pub shape: Shape,
    /// The bounding box. A terminator is this box with its corners rounded to `corner` (half
    /// its height, a capsule, unless its text takes several lines); a decision is the
    /// diamond touching the middle of each side.
    pub rect: Rect,
    /// Corner radius of a terminator; 0 otherwise.
    pub corner: f32,
    /// The text inside, one entry per line, centred on `rect`'s centre.
    pub text: Vec<TextLine>,
}

/// A line of text, centred on `x`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// The horizontal centre.
    pub x: f32,
    /// The baseline.
    pub y: f32,
}

/// The line joining two symbols of a joint step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Join {
    /// Index into `Sop::langkah`.
    pub step: usize,
    /// On the right side of the left symbol.
    pub from: Point,
    /// On the left side of the right symbol.
    pub to: Point,
}

/// A routed arrow, or the part of one that lies on this page.
#[derive(Clone, Debug)]
pub struct Edge {
    /// Index into `Sop::alur`.
    pub alur: usize,
    /// The polyline, first point on the source (a symbol or connector, or, with `fork`, on
    /// the other arrow), last point on the target (or, with `merge`, on the other arrow), every segment horizontal or vertical.
    pub points: Vec<Point>,
    /// The head at the last point.
    pub arrow: Arrow,
    /// For a two-way arrow (`<->`), the head at the first point, pointing back into the
    /// symbol the arrow leaves; `None` otherwise, and on the half of an arrow that comes
    /// from another page (it starts at a connector).
    pub start: Option<Arrow>,
    /// Drawn dotted (`..>`), head included as for any arrow.
    pub dotted: bool,
    /// The branch label of a decision exit.
    pub label: Option<Label>,
    /// Index into `Page::edges` of the arrow this one joins: both go to the same symbol,
    /// and this one ends on the other's last stretch, just above the symbol, instead of
    /// entering the symbol beside it.
    pub merge: Option<usize>,
    /// Index into `Page::edges` of the arrow this one branches from: both leave one symbol
    /// over the top of their row to symbols of that row, and this one drops from the other's
    /// bar (its first point lies on it) instead of leaving the symbol beside it.
    pub fork: Option<usize>,
}

impl Edge {
    /// The polyline as drawn: its ends moved inside their arrow heads, so a line's square
    /// end never shows past a tip. Every backend strokes these points.
    #[must_use]
    pub fn drawn(&self) -> Vec<Point> {
        let inside = |a: Arrow| Point {
            x: (a.base[0].x + a.base[1].x + 2.0 * a.tip.x) / 4.0,
            y: (a.base[0].y + a.base[1].y + 2.0 * a.tip.y) / 4.0,
        };
        let mut line = self.points.clone();
        if let Some(last) = line.last_mut() {
            *last = inside(self.arrow);
        }
        if let (Some(first), Some(start)) = (line.first_mut(), self.start) {
            *first = inside(start);
        }
        line
    }
}

/// The dash and the gap of a dotted arrow (`Edge::dotted`), in user units: every renderer
/// draws it with these, so the flowchart and the sheet show one pattern.
pub const DOTTED: [f32; 2] = [2.0, 2.5];

/// A filled triangular arrow head.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arrow {
    /// The tip, equal to the edge's last point (the first, for `Edge::start`).
    pub tip: Point,
    /// The two back corners.
    pub base: [Point; 2],
}

/// A branch label (Ya, Tidak, or the author's text).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The text as written.
    pub text: String,
    /// The box the text fits in; nothing else is drawn there.
    pub rect: Rect,
    /// The text as drawn: one line, or two or more when one line found no room.
    pub lines: Vec<TextLine>,
}

/// Whether a connector sends the flow off the page or receives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectorRole {
    /// The arrow ends here and goes on at the connector with the same mark on another page.
    Keluar,
    /// The arrow comes from another page and starts here.
    Masuk,
}

/// An off-page connector: a pentagon pointing down, with its mark inside.
#[derive(Clone, Debug)]
pub struct Connector {
    /// The mark shared by the two ends: 1, 2, … or A, B, ….
    pub mark: String,
    /// Index into `Sop::alur` of the arrow it continues.
    pub alur: usize,
    /// Whether the flow leaves or enters the page here.
    pub role: ConnectorRole,
    /// Index into `Layout::lanes`.
    pub lane: usize,
    /// The bounding box.
    pub rect: Rect,
    /// The outline, clockwise from the top-left corner; the tip points down.
    pub outline: [Point; 5],
    /// The mark's position, centred.
    pub text: TextLine,
}

#[cfg(test)]
mod tests {
    use super::Rect;

    fn rect(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn rectangles_that_only_touch_do_not_overlap() {
        let a = rect(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&rect(5.0, 5.0, 10.0, 10.0)));
        for touching in [
            rect(10.0, 0.0, 5.0, 5.0),
            rect(-5.0, 0.0, 5.0, 5.0),
            rect(0.0, 10.0, 5.0, 5.0),
            rect(0.0, -5.0, 5.0, 5.0),
        ] {
            assert!(!a.overlaps(&touching), "{touching:?}");
            assert!(!touching.overlaps(&a), "{touching:?}");
        }
    }
}
