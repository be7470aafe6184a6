//! What is already drawn, and whether a new route may be added to it.
//!
//! A route may cross another at a right angle, in the middle of both segments; that costs
//! but is allowed. Everything else that shares a point is refused: running along the same
//! line (even touching end to end), a T where one line ends on another, a corner on a line,
//! and passing through a symbol. Refusing touches is what keeps every line readable: two
//! lines that meet look like one line that forks.

use std::collections::BTreeMap;

use super::keys::{BOUND, Key, Segment};
use crate::grid::Grid;

/// A piece of a drawn line along one x (or y).
#[derive(Clone, Copy, Debug)]
struct Span {
    lo: Key,
    hi: Key,
}

/// The lines drawn so far.
#[derive(Debug, Default)]
pub(crate) struct Occupancy {
    /// x → vertical pieces.
    vertical: BTreeMap<Key, Vec<Span>>,
    /// y → horizontal pieces.
    horizontal: BTreeMap<Key, Vec<Span>>,
}

impl Occupancy {
    /// How many crossings adding `route` makes, or `None` if it may not be added.
    pub(crate) fn check(&self, grid: &Grid, route: &[Segment]) -> Option<u32> {
        // The quick refusals first: most refused candidates fail on one of these.
        for segment in route {
            let same = if segment.vertical {
                &self.vertical
            } else {
                &self.horizontal
            };
            let along = same.get(&segment.at).is_some_and(|spans| {
                spans
                    .iter()
                    .any(|s| s.lo <= segment.hi && segment.lo <= s.hi)
            });
            if along || blocked_by_symbol(grid, segment) {
                return None;
            }
        }
        if !self_clean(route) {
            return None;
        }
        let mut crossings = 0;
        for segment in route {
            let across = if segment.vertical {
                &self.horizontal
            } else {
                &self.vertical
            };
            for (at, spans) in across.range(segment.lo..=segment.hi) {
                for span in spans {
                    if span.lo > segment.at || segment.at > span.hi {
                        continue;
                    }
                    let inside_new = segment.lo < *at && *at < segment.hi;
                    let inside_old = span.lo < segment.at && segment.at < span.hi;
                    if !(inside_new && inside_old) {
                        return None;
                    }
                    crossings += 1;
                }
            }
        }
        Some(crossings)
    }

    /// Records a route.
    pub(crate) fn add(&mut self, route: &[Segment]) {
        for segment in route {
            let map = if segment.vertical {
                &mut self.vertical
            } else {
                &mut self.horizontal
            };
            map.entry(segment.at).or_default().push(Span {
                lo: segment.lo,
                hi: segment.hi,
            });
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
        // A vertical line in lane `index`: every row with a symbol in that lane.
        let rows = segment.lo.index()..=segment.hi.index().min(grid.rows.len().saturating_sub(1));
        rows.into_iter().any(|row| {
            grid.at(row, index).is_some()
                && Key::inside(row, -BOUND) < segment.hi
                && Key::inside(row, BOUND) > segment.lo
        })
    } else {
        (0..grid.lanes).any(|lane| {
            grid.at(index, lane).is_some()
                && Key::inside(lane, -BOUND) < segment.hi
                && Key::inside(lane, BOUND) > segment.lo
        })
    }
}
