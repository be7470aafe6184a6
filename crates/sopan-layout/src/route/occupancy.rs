//! What is already drawn, and whether a new route may be added to it.
//!
//! A route may cross another at a right angle, in the middle of both segments; that costs
//! but is allowed. Everything else that shares a point is refused: running along the same
//! line (even touching end to end), a T where one line ends on another, a corner on a line,
//! and passing through a symbol. Refusing touches is what keeps every line readable: two
//! lines that meet look like one line that forks.

use std::collections::BTreeMap;
use std::ops::ControlFlow;

use super::keys::{BOUND, Key, Segment};
use crate::grid::Grid;
use crate::stab::Stab;

/// A piece of a drawn line along one x (or y).
#[derive(Clone, Copy, Debug)]
struct Span {
    /// The x of a vertical piece, the y of a horizontal one.
    at: Key,
    lo: Key,
    hi: Key,
}

/// The lines drawn so far, indexed so that a check looks only at what can touch the new
/// route: a long loop beside hundreds of others must not cost a scan of all of them.
#[derive(Debug)]
pub(crate) struct Occupancy {
    /// Vertical pieces (x → the union of their y ranges) and horizontal ones.
    vertical: Lines,
    horizontal: Lines,
}

/// The pieces running along one axis.
#[derive(Debug)]
struct Lines {
    /// Per line, the union of its pieces as disjoint closed ranges, `lo → hi`: running
    /// along any of them (touching end to end included) is refused, so the union suffices.
    union: BTreeMap<Key, BTreeMap<Key, Key>>,
    /// Per major of the other axis (a gutter, lane column, channel or row block) the
    /// pieces reach into, by position: the only pieces a line across that major can meet.
    across: Stab<Key, Span>,
}

/// What a check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// The route may be added; it crosses this many lines.
    Crossings(u32),
    /// The route runs along, touches or goes through something.
    Refused,
    /// It crosses more lines than the limit it was checked with (so it cannot win).
    TooMany,
}

impl Lines {
    /// Whether a piece at `at` from `lo` to `hi` shares a point with one on the same line.
    fn along(&self, at: Key, lo: Key, hi: Key) -> bool {
        self.union.get(&at).is_some_and(|ranges| {
            // Ranges are disjoint, so the last one starting at or before `hi` reaches
            // furthest; only it can reach `lo`.
            ranges
                .range(..=hi)
                .next_back()
                .is_some_and(|(_, &end)| lo <= end)
        })
    }

    fn add(&mut self, at: Key, lo: Key, hi: Key) {
        let ranges = self.union.entry(at).or_default();
        let (mut start, mut end) = (lo, hi);
        // Absorb every range that meets the new one.
        let meeting: Vec<Key> = ranges
            .range(..=hi)
            .rev()
            .take_while(|&(_, &e)| e >= lo)
            .map(|(&s, _)| s)
            .collect();
        for s in meeting {
            if let Some(e) = ranges.remove(&s) {
                start = start.min(s);
                end = end.max(e);
            }
        }
        ranges.insert(start, end);
        let (first, last) = (lo.major as usize, hi.major as usize);
        self.across.add(first, last, at, Span { at, lo, hi });
    }

    /// The pieces that reach into `major` of the other axis, positioned from `lo` to `hi`.
    /// Calls `visit` with the pieces that reach into `major` of the other axis,
    /// positioned from `lo` to `hi`, until it breaks.
    fn reaching(
        &self,
        major: u32,
        (lo, hi): (Key, Key),
        visit: impl FnMut(&Span) -> ControlFlow<Verdict>,
    ) -> ControlFlow<Verdict> {
        self.across.stab(major as usize, lo..=hi, visit)
    }
}

impl Occupancy {
    /// Nothing drawn yet on `grid`.
    pub(crate) fn new(grid: &Grid) -> Occupancy {
        // Majors: gutters and lanes across (x), channels and rows down (y).
        let line = |count: usize| Lines {
            union: BTreeMap::new(),
            across: Stab::new(2 * count + 2),
        };
        Occupancy {
            vertical: line(grid.rows.len()),
            horizontal: line(grid.lanes),
        }
    }

    /// How many crossings adding `route` makes, or whether it may not be added. Counting
    /// stops past `limit` crossings: a candidate that costly has lost already.
    pub(crate) fn check(&self, grid: &Grid, route: &[Segment], limit: u32) -> Verdict {
        // The quick refusals first: most refused candidates fail on one of these.
        for segment in route {
            let same = if segment.vertical {
                &self.vertical
            } else {
                &self.horizontal
            };
            crate::work::tally(1);
            if same.along(segment.at, segment.lo, segment.hi) || blocked_by_symbol(grid, segment) {
                return Verdict::Refused;
            }
        }
        if !self_clean(route) {
            return Verdict::Refused;
        }
        let mut crossings = 0;
        for segment in route {
            let across = if segment.vertical {
                &self.horizontal
            } else {
                &self.vertical
            };
            // A piece that covers this segment's line reaches into the line's major.
            let found = across.reaching(segment.at.major, (segment.lo, segment.hi), |span| {
                let at = &span.at;
                if span.lo > segment.at || segment.at > span.hi {
                    return ControlFlow::Continue(());
                }
                let inside_new = segment.lo < *at && *at < segment.hi;
                let inside_old = span.lo < segment.at && segment.at < span.hi;
                if !(inside_new && inside_old) {
                    return ControlFlow::Break(Verdict::Refused);
                }
                crossings += 1;
                if crossings > limit {
                    return ControlFlow::Break(Verdict::TooMany);
                }
                ControlFlow::Continue(())
            });
            if let ControlFlow::Break(verdict) = found {
                return verdict;
            }
        }
        Verdict::Crossings(crossings)
    }

    /// Records a route.
    pub(crate) fn add(&mut self, route: &[Segment]) {
        for segment in route {
            let lines = if segment.vertical {
                &mut self.vertical
            } else {
                &mut self.horizontal
            };
            lines.add(segment.at, segment.lo, segment.hi);
        }
    }
}

/// Whether the segments of one route stay apart except where consecutive ones meet.
fn self_clean(route: &[Segment]) -> bool {
    for (i, a) in route.iter().enumerate() {
        for b in route.iter().skip(i + 2) {
            if touches(a, b) {
                return false;
            }
        }
    }
    // Consecutive segments must turn, not fold back along the same line.
    route.windows(2).all(|w| w[0].vertical != w[1].vertical)
}

fn touches(a: &Segment, b: &Segment) -> bool {
    if a.vertical == b.vertical {
        a.at == b.at && a.lo <= b.hi && b.lo <= a.hi
    } else {
        a.lo <= b.at && b.at <= a.hi && b.lo <= a.at && a.at <= b.hi
    }
}

/// Whether a segment runs through a symbol of the grid (ending on its edge is fine).
fn blocked_by_symbol(grid: &Grid, segment: &Segment) -> bool {
    if segment.at.is_between() {
        // Gutters and channels hold no symbol.
        return false;
    }
    let index = segment.at.index();
    if segment.vertical {
        // A vertical line in lane `index` meets every symbol of that lane in the rows
        // strictly between its ends; at its end rows, only a symbol it runs into.
        let last = grid.rows.len().saturating_sub(1);
        let (first, end) = (segment.lo.index(), segment.hi.index().min(last));
        let meets = |row: usize| {
            grid.at(row, index).is_some()
                && Key::inside(row, -BOUND) < segment.hi
                && Key::inside(row, BOUND) > segment.lo
        };
        if first > end {
            return false;
        }
        meets(first) || meets(end) || grid.symbols_between(index, first + 1, end) > 0
    } else {
        (0..grid.lanes).any(|lane| {
            grid.at(index, lane).is_some()
                && Key::inside(lane, -BOUND) < segment.hi
                && Key::inside(lane, BOUND) > segment.lo
        })
    }
}
