//! What is already drawn, and whether a new route may be added to it.
//!
//! A route may cross another at a right angle, in the middle of both segments; that costs
//! but is allowed. Everything else that shares a point is refused: running along the same
//! line (even touching end to end), a T where one line ends on another, a corner on a line,
//! and passing through a symbol. Refusing touches is what keeps every line readable: two
//! lines that meet look like one line that forks.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::ControlFlow;

use super::keys::{BOUND, Key, Segment};
use crate::grid::Grid;
use crate::stab::Stab;

/// A piece of a drawn line along one x (or y), kept by that x (or y).
#[derive(Clone, Copy, Debug)]
struct Span {
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
    /// The ends of the pieces, `(end, at)`: the y then x of a vertical piece's end, the x
    /// then y of a horizontal one's. A line across can touch a piece without crossing it
    /// only at an end, so a T is found here without walking the crossings.
    ends: BTreeSet<(Key, Key)>,
}

/// Crossings counted beyond this many are not told apart: the count is only a cost, and a
/// route that crosses this many lines loses to nearly anything else, while on a page of
/// thousands of loops counting every crossing of every offer is what made routing
/// quadratic. Refusals do not depend on it (they are found from the ends).
const CROSSINGS_TOLD_APART: u32 = 8;

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

    /// Whether a line across, at `line` from `lo` to `hi`, touches one of these pieces
    /// other than by crossing it in the middle of both: a piece ending on it, or it
    /// ending on a piece.
    fn touched(&self, line: Key, lo: Key, hi: Key) -> bool {
        self.ends.range((line, lo)..=(line, hi)).next().is_some()
            || self.along(lo, line, line)
            || self.along(hi, line, line)
    }

    fn add(&mut self, at: Key, lo: Key, hi: Key) {
        self.ends.insert((lo, at));
        self.ends.insert((hi, at));
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
        self.across.add(first, last, at, Span { lo, hi });
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
            ends: BTreeSet::new(),
            across: Stab::new(2 * count + 2),
        };
        Occupancy {
            vertical: line(grid.rows.len()),
            horizontal: line(grid.lanes),
        }
    }

    /// How many crossings adding `route` makes, or whether it may not be added. Counting
    /// stops past `limit` crossings (a candidate that costly has lost already), and at
    /// `CROSSINGS_TOLD_APART`, which is then the count.
    pub(crate) fn check(&self, grid: &Grid, route: &[Segment], limit: u32) -> Verdict {
        // The quick refusals first: most refused candidates fail on one of these.
        for segment in route {
            let same = if segment.vertical {
                &self.vertical
            } else {
                &self.horizontal
            };
            let across = if segment.vertical {
                &self.horizontal
            } else {
                &self.vertical
            };
            // A few lookups in sorted indexes, whatever is drawn.
            crate::work::tally(1);
            if same.along(segment.at, segment.lo, segment.hi)
                || across.touched(segment.at, segment.lo, segment.hi)
                || blocked_by_symbol(grid, segment)
            {
                return Verdict::Refused;
            }
        }
        if !self_clean(route) {
            return Verdict::Refused;
        }
        // Nothing left but crossings: count them while they can still matter.
        let mut crossings = 0;
        for segment in route {
            let across = if segment.vertical {
                &self.horizontal
            } else {
                &self.vertical
            };
            // A piece that covers this segment's line reaches into the line's major.
            let found = across.reaching(segment.at.major, (segment.lo, segment.hi), |span| {
                if span.lo > segment.at || segment.at > span.hi {
                    return ControlFlow::Continue(());
                }
                crossings += 1;
                if crossings > limit {
                    return ControlFlow::Break(Verdict::TooMany);
                }
                if crossings >= CROSSINGS_TOLD_APART {
                    return ControlFlow::Break(Verdict::Crossings(crossings));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines() -> Lines {
        Lines {
            union: BTreeMap::new(),
            across: Stab::new(16),
            ends: BTreeSet::new(),
        }
    }

    /// The definition a touch was once checked by, one piece at a time: the line across
    /// meets the piece, and not in the middle of both.
    fn touches_one_by_one(pieces: &[(Key, Key, Key)], line: Key, lo: Key, hi: Key) -> bool {
        pieces.iter().any(|&(at, plo, phi)| {
            let meets = lo <= at && at <= hi && plo <= line && line <= phi;
            let inside_new = lo < at && at < hi;
            let inside_old = plo < line && line < phi;
            meets && !(inside_new && inside_old)
        })
    }

    #[test]
    fn touches_are_found_from_the_ends_as_one_by_one() {
        // Keys on a small lattice, so that ends coincide often.
        let key = |v: u64| {
            Key::between(
                usize::try_from(v / 4).unwrap_or(0),
                0.2 * f64::from(u8::try_from(v % 4).unwrap_or(0)) + 0.1,
            )
        };
        let mut state = 7_u64;
        let mut next = |bound: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % bound
        };
        for _ in 0..50 {
            let mut drawn = lines();
            let mut pieces = Vec::new();
            for _ in 0..12 {
                let (at, a, b) = (next(24), next(24), next(24));
                if a == b {
                    continue;
                }
                let piece = (key(at), key(a.min(b)), key(a.max(b)));
                drawn.add(piece.0, piece.1, piece.2);
                pieces.push(piece);
            }
            for _ in 0..200 {
                let (line, a, b) = (next(24), next(24), next(24));
                if a == b {
                    continue;
                }
                let (line, lo, hi) = (key(line), key(a.min(b)), key(a.max(b)));
                assert_eq!(
                    drawn.touched(line, lo, hi),
                    touches_one_by_one(&pieces, line, lo, hi),
                    "{pieces:?} against {line:?} {lo:?} {hi:?}"
                );
            }
        }
    }
}
