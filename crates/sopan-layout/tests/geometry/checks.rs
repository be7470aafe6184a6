//! What every layout must satisfy, as a list of problems (empty when it does).
//!
//! Symbols are tested with their real outline (a line may end on a diamond's slanted side
//! inside its bounding box), lines with a tolerance of half a unit.

use sopan_layout::{Layout, Page, Point, Rect, Shape};

/// Tolerance for "touches".
const EPS: f32 = 0.5;

/// An obstacle outline: a symbol or a connector.
#[derive(Clone, Copy, Debug)]
enum Outline {
    Box(Rect),
    Capsule(Rect, f32),
    Diamond(Rect),
    Pentagon(Rect),
}

impl Outline {
    fn rect(&self) -> Rect {
        match *self {
            Outline::Box(r)
            | Outline::Capsule(r, _)
            | Outline::Diamond(r)
            | Outline::Pentagon(r) => r,
        }
    }

    /// Whether a box covers part of the outline (by its nearest point to the centre; the
    /// pentagon is treated as its bounding box).
    fn covered_by(&self, r: &Rect) -> bool {
        let s = self.rect();
        if !s.overlaps(r) {
            return false;
        }
        let c = s.center();
        let dx = (c.x.clamp(r.x, r.right()) - c.x).abs();
        let dy = (c.y.clamp(r.y, r.bottom()) - c.y).abs();
        match *self {
            Outline::Box(_) | Outline::Pentagon(_) => true,
            Outline::Diamond(_) => dx / (s.width / 2.0) + dy / (s.height / 2.0) < 1.0,
            Outline::Capsule(_, corner) => {
                let ex = (dx - (s.width / 2.0 - corner)).max(0.0);
                let ey = (dy - (s.height / 2.0 - corner)).max(0.0);
                ex * ex + ey * ey < corner * corner
            }
        }
    }

    /// The inside of the outline along the horizontal line at `y`, as an x interval.
    fn chord_x(&self, y: f32) -> Option<(f32, f32)> {
        let r = self.rect();
        if y <= r.y || y >= r.bottom() {
            return None;
        }
        let c = r.center();
        let half = match *self {
            Outline::Box(_) => r.width / 2.0,
            Outline::Diamond(_) => r.width / 2.0 * (1.0 - (y - c.y).abs() / (r.height / 2.0)),
            Outline::Capsule(_, corner) => {
                let straight = (r.height / 2.0 - corner).max(0.0);
                let d = ((y - c.y).abs() - straight).max(0.0);
                r.width / 2.0 - corner + (corner * corner - d * d).max(0.0).sqrt()
            }
            Outline::Pentagon(_) => {
                let shoulder = r.y + 0.6 * r.height;
                if y <= shoulder {
                    r.width / 2.0
                } else {
                    r.width / 2.0 * (r.bottom() - y) / (r.bottom() - shoulder)
                }
            }
        };
        Some((c.x - half, c.x + half))
    }

    /// The inside along the vertical line at `x`, as a y interval.
    fn chord_y(&self, x: f32) -> Option<(f32, f32)> {
        let r = self.rect();
        if x <= r.x || x >= r.right() {
            return None;
        }
        let c = r.center();
        let across = (x - c.x).abs() / (r.width / 2.0);
        match *self {
            Outline::Box(_) => Some((r.y, r.bottom())),
            Outline::Diamond(_) => {
                let half = r.height / 2.0 * (1.0 - across);
                Some((c.y - half, c.y + half))
            }
            Outline::Capsule(_, corner) => {
                let straight = (r.width / 2.0 - corner).max(0.0);
                let d = ((x - c.x).abs() - straight).max(0.0);
                let half = r.height / 2.0 - corner + (corner * corner - d * d).max(0.0).sqrt();
                Some((c.y - half, c.y + half))
            }
            Outline::Pentagon(_) => {
                let shoulder = r.y + 0.6 * r.height;
                Some((r.y, r.bottom() - (r.bottom() - shoulder) * across))
            }
        }
    }

    /// Whether the segment `a`–`b` (horizontal or vertical) enters the inside.
    fn crossed_by(&self, a: Point, b: Point) -> bool {
        if (a.y - b.y).abs() < 1e-3 {
            let (lo, hi) = (a.x.min(b.x), a.x.max(b.x));
            self.chord_x(a.y)
                .is_some_and(|(l, r)| r - l > 2.0 * EPS && lo < r - EPS && hi > l + EPS)
        } else {
            let (lo, hi) = (a.y.min(b.y), a.y.max(b.y));
            self.chord_y(a.x)
                .is_some_and(|(t, u)| u - t > 2.0 * EPS && lo < u - EPS && hi > t + EPS)
        }
    }
}

fn outlines(page: &Page) -> Vec<(String, Outline)> {
    let mut out: Vec<(String, Outline)> = page
        .symbols
        .iter()
        .map(|s| {
            let outline = match s.shape {
                Shape::Process => Outline::Box(s.rect),
                Shape::Terminator => Outline::Capsule(s.rect, s.corner),
                Shape::Decision => Outline::Diamond(s.rect),
            };
            (format!("step {} in lane {}", s.step + 1, s.lane), outline)
        })
        .collect();
    out.extend(
        page.connectors
            .iter()
            .map(|c| (format!("connector {}", c.mark), Outline::Pentagon(c.rect))),
    );
    out
}

/// A straight piece of some line: edge index (or `usize::MAX - i` for join `i`), ends.
type Piece = (usize, Point, Point);

fn pieces(page: &Page) -> Vec<Piece> {
    let mut out = Vec::new();
    for (i, edge) in page.edges.iter().enumerate() {
        for w in edge.points.windows(2) {
            out.push((i, w[0], w[1]));
        }
    }
    for (i, join) in page.joins.iter().enumerate() {
        out.push((usize::MAX - i, join.from, join.to));
    }
    out
}

/// Every problem of a layout.
pub(crate) fn problems(layout: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    lanes(layout, &mut out);
    for (p, page) in layout.pages.iter().enumerate() {
        let outlines = outlines(page);
        symbol_overlaps(&outlines, &mut out);
        let pieces = pieces(page);
        for (i, a, b) in &pieces {
            if (a.x - b.x).abs() > 1e-3 && (a.y - b.y).abs() > 1e-3 {
                out.push(format!(
                    "page {p}: line {i} has a slanted segment {a:?}–{b:?}"
                ));
            }
            for (name, outline) in &outlines {
                if outline.crossed_by(*a, *b) {
                    out.push(format!(
                        "page {p}: line {i} passes through {name}: {a:?}–{b:?}"
                    ));
                }
            }
        }
        line_overlaps(page, &pieces, p, &mut out);
    }
    out
}

/// Lanes side by side without gaps, each holding its own symbols whole.
fn lanes(layout: &Layout, out: &mut Vec<String>) {
    for pair in layout.lanes.windows(2) {
        if (pair[0].x + pair[0].width - pair[1].x).abs() > 1e-3 {
            out.push(format!(
                "lane {} ends at {} but lane {} starts at {}",
                pair[0].actor,
                pair[0].x + pair[0].width,
                pair[1].actor,
                pair[1].x
            ));
        }
    }
    for (p, page) in layout.pages.iter().enumerate() {
        for symbol in &page.symbols {
            let Some(lane) = layout.lanes.get(symbol.lane) else {
                out.push(format!("page {p}: step {} has no lane", symbol.step));
                continue;
            };
            let r = symbol.rect;
            let outside = r.x < lane.x - 1e-3 || r.right() > lane.x + lane.width + 1e-3;
            if outside || r.right() < r.x || r.bottom() < r.y {
                out.push(format!(
                    "page {p}: step {}'s symbol {:?} leaves its lane {}..{}",
                    symbol.step,
                    r,
                    lane.x,
                    lane.x + lane.width
                ));
            }
        }
    }
}

/// Labels that cover a symbol or another label, or that a line runs through. Labels go
/// last, into what room is left, so this is a measure, not a promise.
pub(crate) fn label_problems(layout: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    for (p, page) in layout.pages.iter().enumerate() {
        labels(page, &outlines(page), p, &mut out);
    }
    for _ in 0..labels_crossed(layout) {
        out.push("a line runs through a label".to_owned());
    }
    for _ in 0..labels_brushed(layout) {
        out.push("a line passes a label closer than 2 units".to_owned());
    }
    out
}

fn symbol_overlaps(outlines: &[(String, Outline)], out: &mut Vec<String>) {
    for (i, (a, oa)) in outlines.iter().enumerate() {
        for (b, ob) in &outlines[i + 1..] {
            if oa.rect().overlaps(&ob.rect()) {
                out.push(format!("{a} overlaps {b}"));
            }
        }
    }
}

/// No two lines run along each other, and none ends on another (a T or a shared corner
/// would read as a fork), except an arrow joining another just above their common target.
fn line_overlaps(drawn: &Page, pieces: &[Piece], page: usize, out: &mut Vec<String>) {
    for (n, (i, a, b)) in pieces.iter().enumerate() {
        for (j, c, d) in &pieces[n + 1..] {
            if i == j {
                continue;
            }
            if collinear_overlap(*a, *b, *c, *d) {
                out.push(format!(
                    "page {page}: lines {i} and {j} overlap: {a:?}–{b:?} and {c:?}–{d:?}"
                ));
            } else if touching(*a, *b, *c, *d)
                && !merge(drawn, (*i, *b), (*j, *c, *d))
                && !merge(drawn, (*j, *d), (*i, *a, *b))
                && !fork(drawn, (*i, *a), (*j, *c, *d))
                && !fork(drawn, (*j, *c), (*i, *a, *b))
            {
                out.push(format!(
                    "page {page}: lines {i} and {j} touch: {a:?}–{b:?} and {c:?}–{d:?}"
                ));
            }
        }
    }
}

/// Whether edge `i`, its piece ending at `end`, joins edge `j` there: `i` merges into `j`,
/// `end` is `i`'s last point, and it lies inside `j`'s last stretch `c`–`d`, which ends on
/// the symbol both arrows go to.
fn merge(page: &Page, (i, end): (usize, Point), (j, c, d): (usize, Point, Point)) -> bool {
    let (Some(from), Some(into)) = (page.edges.get(i), page.edges.get(j)) else {
        return false;
    };
    let last = |e: &sopan_layout::Edge| e.points.last().copied();
    let on_last_stretch = into.points.len() >= 2
        && last(into) == Some(d)
        && into.points[into.points.len() - 2] == c
        && !horizontal(c, d)
        && (end.x - c.x).abs() < EPS
        && end.y > c.y.min(d.y) + EPS
        && end.y < c.y.max(d.y) - EPS;
    // Or at its corner, coming along the line the trunk turns down from, from the other
    // side: two flows meeting and going down as one.
    let at_corner = into.points.len() >= 3
        && last(into) == Some(d)
        && into.points[into.points.len() - 2] == c
        && !horizontal(c, d)
        && (end.x - c.x).abs() < EPS
        && (end.y - c.y).abs() < EPS
        && from.points.len() >= 2
        && horizontal(from.points[from.points.len() - 2], end)
        && {
            let before = into.points[into.points.len() - 3];
            let came = from.points[from.points.len() - 2];
            horizontal(before, c) && (before.x < c.x) != (came.x < c.x)
        };
    from.merge == Some(j)
        && into.merge.is_none()
        && last(from) == Some(end)
        && (on_last_stretch || at_corner)
}

/// Whether edge `i`, its piece starting at `start`, drops from edge `j`'s bar there: `i`
/// forks from `j`, `start` is `i`'s first point, inside `j`'s horizontal piece `c`–`d`.
fn fork(page: &Page, (i, start): (usize, Point), (j, c, d): (usize, Point, Point)) -> bool {
    let (Some(from), Some(bar)) = (page.edges.get(i), page.edges.get(j)) else {
        return false;
    };
    from.fork == Some(j)
        && bar.fork.is_none()
        && from.points.first() == Some(&start)
        && horizontal(c, d)
        && (start.y - c.y).abs() < EPS
        && start.x > c.x.min(d.x) + EPS
        && start.x < c.x.max(d.x) - EPS
}

fn horizontal(a: Point, b: Point) -> bool {
    (a.y - b.y).abs() < 1e-3
}

fn collinear_overlap(a: Point, b: Point, c: Point, d: Point) -> bool {
    let overlap = |l1: f32, h1: f32, l2: f32, h2: f32| {
        l1.min(h1) < l2.max(h2) - EPS && l2.min(h2) < l1.max(h1) - EPS
    };
    match (horizontal(a, b), horizontal(c, d)) {
        (true, true) => (a.y - c.y).abs() < EPS && overlap(a.x, b.x, c.x, d.x),
        (false, false) => (a.x - c.x).abs() < EPS && overlap(a.y, b.y, c.y, d.y),
        _ => false,
    }
}

/// Whether an end of one segment lies on the other (perpendicular segments only; ends of
/// consecutive segments of one line are excluded by the caller).
fn touching(a: Point, b: Point, c: Point, d: Point) -> bool {
    if horizontal(a, b) == horizontal(c, d) {
        return false;
    }
    let on = |p: Point, s: Point, t: Point| {
        if horizontal(s, t) {
            (p.y - s.y).abs() < EPS && p.x > s.x.min(t.x) - EPS && p.x < s.x.max(t.x) + EPS
        } else {
            (p.x - s.x).abs() < EPS && p.y > s.y.min(t.y) - EPS && p.y < s.y.max(t.y) + EPS
        }
    };
    on(a, c, d) || on(b, c, d) || on(c, a, b) || on(d, a, b)
}

/// Labels stay clear of symbols, of each other, and inside the page.
fn labels(page: &Page, outlines: &[(String, Outline)], p: usize, out: &mut Vec<String>) {
    let labels: Vec<_> = page.edges.iter().filter_map(|e| e.label.as_ref()).collect();
    for (i, label) in labels.iter().enumerate() {
        for (name, outline) in outlines {
            if outline.covered_by(&label.rect) {
                out.push(format!("page {p}: label {:?} overlaps {name}", label.text));
            }
        }
        for other in &labels[i + 1..] {
            if label.rect.overlaps(&other.rect) {
                out.push(format!(
                    "page {p}: labels {:?} and {:?} overlap",
                    label.text, other.text
                ));
            }
        }
    }
}

/// How many labels some line runs through.
fn labels_crossed(layout: &Layout) -> usize {
    let mut count = 0;
    for page in &layout.pages {
        for label in page.edges.iter().filter_map(|e| e.label.as_ref()) {
            let hit = page
                .edges
                .iter()
                .flat_map(|e| e.points.windows(2))
                .any(|w| {
                    let r = Rect {
                        x: w[0].x.min(w[1].x),
                        y: w[0].y.min(w[1].y),
                        width: (w[0].x - w[1].x).abs(),
                        height: (w[0].y - w[1].y).abs(),
                    };
                    let inner = Rect {
                        x: label.rect.x + EPS,
                        y: label.rect.y + EPS,
                        width: label.rect.width - 2.0 * EPS,
                        height: label.rect.height - 2.0 * EPS,
                    };
                    r.x <= inner.right()
                        && inner.x <= r.right()
                        && r.y <= inner.bottom()
                        && inner.y <= r.bottom()
                });
            count += usize::from(hit);
        }
    }
    count
}

/// Closer than this, a line passing a label seems to touch its text.
const CLEARANCE: f32 = 2.0;

/// How many labels a line passes closer than `CLEARANCE` without running through them;
/// the stretch a label names, its own first one, does not count.
fn labels_brushed(layout: &Layout) -> usize {
    let mut count = 0;
    for page in &layout.pages {
        for (e, edge) in page.edges.iter().enumerate() {
            let Some(label) = &edge.label else { continue };
            let r = label.rect;
            let distances = page.edges.iter().enumerate().flat_map(|(f, other)| {
                other
                    .points
                    .windows(2)
                    .enumerate()
                    .filter(move |&(k, _)| !(f == e && k == 0))
                    .map(move |(_, w)| {
                        let dx = (r.x - w[0].x.max(w[1].x)).max(w[0].x.min(w[1].x) - r.right());
                        let dy = (r.y - w[0].y.max(w[1].y)).max(w[0].y.min(w[1].y) - r.bottom());
                        // Past a corner of the box the nearest point is the corner.
                        if dx > 0.0 && dy > 0.0 {
                            dx.hypot(dy)
                        } else {
                            dx.max(dy)
                        }
                    })
            });
            count += usize::from(distances.into_iter().any(|d| d > 0.0 && d < CLEARANCE));
        }
    }
    count
}

/// How many times two lines cross (each a right-angle crossing in the middle of both).
pub(crate) fn crossings(layout: &Layout) -> usize {
    let mut count = 0;
    for page in &layout.pages {
        let pieces = pieces(page);
        for (n, (i, a, b)) in pieces.iter().enumerate() {
            for (j, c, d) in &pieces[n + 1..] {
                if i == j || horizontal(*a, *b) == horizontal(*c, *d) {
                    continue;
                }
                let (h, v) = if horizontal(*a, *b) {
                    ((a, b), (c, d))
                } else {
                    ((c, d), (a, b))
                };
                let x = v.0.x;
                let y = h.0.y;
                let inside = |p: f32, s: f32, t: f32| p > s.min(t) + EPS && p < s.max(t) - EPS;
                if inside(x, h.0.x, h.1.x) && inside(y, v.0.y, v.1.y) {
                    count += 1;
                }
            }
        }
    }
    count
}

/// Symbols entered from above by two or more arrows side by side, one of which comes
/// across to its last stretch: it could have joined the other.
pub(crate) fn heads_side_by_side(layout: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    for (p, page) in layout.pages.iter().enumerate() {
        for symbol in &page.symbols {
            let r = symbol.rect;
            let mut heads = 0;
            let mut across = 0;
            for edge in &page.edges {
                let [.., turn, tip] = edge.points[..] else {
                    continue;
                };
                let down = (turn.x - tip.x).abs() < EPS && tip.y > turn.y;
                let on_top = tip.x > r.x && tip.x < r.right() && tip.y >= r.y - EPS;
                if down && on_top && tip.y < r.center().y {
                    heads += 1;
                    let before = edge.points.len().checked_sub(3).map(|i| edge.points[i]);
                    across += usize::from(before.is_some_and(|b| (b.y - turn.y).abs() < EPS));
                }
            }
            if heads > 1 && across > 0 {
                out.push(format!(
                    "page {p}: step {} in lane {} has {heads} arrows side by side on its top",
                    symbol.step + 1,
                    symbol.lane
                ));
            }
        }
    }
    out
}
