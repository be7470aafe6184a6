//! The route shapes tried between two ports, by number of bends.
//!
//! 0 bends: straight down, or straight across between two symbols of one row. 1: out sideways then down (Γ), or down then in sideways (L).
//! 2: down, across a channel between rows, down (Z); or out sideways, along a gutter
//! beside the lanes, in sideways (the usual loop). 3 and 4: the same with a stretch in a
//! gutter added, which always exists, so every arrow has a route. Tracks are always new:
//! two arrows never share a track, so parallel lines stay apart.

use super::Router;
use super::keys::{Key, P, Port, Side};
use super::ports::Choice;

/// One possible route.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    pub(super) exit: Port,
    pub(super) entry: Port,
    pub(super) points: Vec<P>,
    /// Bends, conventions and rough length; crossings are added when it is checked.
    pub(super) base: f64,
}

/// Cost of a bend.
pub(super) const BEND: f64 = 40.0;
/// Cost per rough unit of length.
const LENGTH: f64 = 0.1;

impl Router<'_> {
    /// Every candidate with exactly `bends` bends between the given exits and entries that
    /// costs less than `bound` before crossings.
    pub(super) fn candidates(
        &self,
        bends: usize,
        (exits, entries): (&[Choice], &[Choice]),
        bound: f64,
        out: &mut Vec<Candidate>,
    ) {
        for e in exits {
            for n in entries {
                // Shapes with an even number of bends join two vertical ends or two
                // horizontal ones (four bends only vertical ones); odd, one of each.
                let (ev, nv) = (e.port.side.is_vertical(), n.port.side.is_vertical());
                let fits = match bends {
                    0 | 2 => ev == nv,
                    4 => ev && nv,
                    _ => ev != nv,
                };
                let floor = e.penalty + n.penalty + f64::from(crate::units(bends)) * BEND;
                if fits && e.port != n.port && floor < bound {
                    self.shapes(bends, (*e, *n), bound, out);
                }
            }
        }
    }

    fn shapes(&self, bends: usize, (e, n): (Choice, Choice), bound: f64, out: &mut Vec<Candidate>) {
        let mut add = |points: &[P]| {
            crate::work::tally(1);
            if !leaves_and_arrives(points, e.port.side, n.port.side) {
                return;
            }
            let base = e.penalty + n.penalty + cost(points);
            if base < bound {
                out.push(Candidate {
                    exit: e.port,
                    entry: n.port,
                    points: points.to_vec(),
                    base,
                });
            }
        };
        if bends <= 2 {
            self.short_paths(bends, (e.port, n.port), &mut add);
        } else {
            self.long_paths(bends, (e.port, n.port), &mut add);
        }
    }

    /// Paths with up to two bends: straight, Γ, L, Z through a channel, ⊐ through a gutter.
    fn short_paths(&self, bends: usize, (e, n): (Port, Port), add: &mut dyn FnMut(&[P])) {
        let (pe, pn) = (self.point(e), self.point(n));
        let at = |x: Key, y: Key| P { x, y };
        match (bends, e.side.is_vertical(), n.side.is_vertical()) {
            (0, true, true) => add(&[pe, pn]),
            // Side to side along one level of a row, on the middle of both sides: a
            // second arrow between the same two symbols goes over the top instead of
            // running a hair's breadth beside the first, heads against each other.
            (0, false, false) if pe.y == pn.y && e.slot == 0 && n.slot == 0 => add(&[pe, pn]),
            (1, false, true) => add(&[pe, at(pn.x, pe.y), pn]),
            (1, true, false) => add(&[pe, at(pe.x, pn.y), pn]),
            (2, true, true) => {
                for channel in self.channels_between(e, n) {
                    for y in self.fresh_channel(channel, false) {
                        add(&[pe, at(pe.x, y), at(pn.x, y), pn]);
                    }
                }
            }
            (2, false, false) => {
                for x in self.gutter_tracks(e, n, true) {
                    add(&[pe, at(x, pe.y), at(x, pn.y), pn]);
                }
            }
            _ => {}
        }
    }

    /// Paths with three or four bends: a stretch in a gutter joined to the symbols through
    /// the channels next to them. The four-bend one always exists.
    fn long_paths(&self, bends: usize, (e, n): (Port, Port), add: &mut dyn FnMut(&[P])) {
        let (pe, pn) = (self.point(e), self.point(n));
        let at = |x: Key, y: Key| P { x, y };
        let (after, before) = (self.channel_after(e), self.channel_before(n));
        let gutters = self.gutter_tracks(e, n, false);
        match (bends, after, before) {
            (3, None, Some(before)) => {
                for &x in &gutters {
                    for y in self.fresh_channel(before, true) {
                        add(&[pe, at(x, pe.y), at(x, y), at(pn.x, y), pn]);
                    }
                }
            }
            (3, Some(after), None) => {
                for y in self.fresh_channel(after, true) {
                    for &x in &gutters {
                        add(&[pe, at(pe.x, y), at(x, y), at(x, pn.y), pn]);
                    }
                }
            }
            (4, Some(after), Some(before)) => {
                for y1 in self.fresh_channel(after, true) {
                    for y2 in self.fresh_channel(before, true) {
                        for &x in gutters.iter().filter(|_| y1 != y2) {
                            add(&[pe, at(pe.x, y1), at(x, y1), at(x, y2), at(pn.x, y2), pn]);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The abstract position of a port.
    pub(super) fn point(&self, port: Port) -> P {
        let cell = self.grid.cells[port.cell];
        let slot = f64::from(port.slot);
        let bound = super::keys::BOUND;
        match port.side {
            Side::Top => P {
                x: Key::inside(cell.lane, slot),
                y: Key::inside(cell.row, -bound),
            },
            Side::Bottom => P {
                x: Key::inside(cell.lane, slot),
                y: Key::inside(cell.row, bound),
            },
            Side::Left => P {
                x: Key::inside(cell.lane, -bound),
                y: Key::inside(cell.row, slot),
            },
            Side::Right => P {
                x: Key::inside(cell.lane, bound),
                y: Key::inside(cell.row, slot),
            },
        }
    }

    /// Channels a Z route between two vertical ports may cross in. Going down from a
    /// bottom exit, the route reaches no further than the next symbol in its lane; coming
    /// down into a top entry, it starts below the previous one.
    fn channels_between(&self, e: Port, n: Port) -> std::ops::RangeInclusive<usize> {
        let (ec, nc) = (self.grid.cells[e.cell], self.grid.cells[n.cell]);
        let (mut lo, mut hi) = (ec.row.min(nc.row), ec.row.max(nc.row) + 1);
        if e.side == Side::Bottom {
            let next =
                (ec.row + 1..self.grid.rows.len()).find(|&r| self.grid.at(r, ec.lane).is_some());
            hi = hi.min(next.unwrap_or(usize::MAX));
        }
        if n.side == Side::Top {
            let previous = (0..nc.row)
                .rev()
                .find(|&r| self.grid.at(r, nc.lane).is_some());
            lo = lo.max(previous.map_or(0, |r| r + 1));
        }
        // The route leaves and arrives through the ports' sides: below a bottom side,
        // above a top one (channel `r` runs just above row `r`). Without this a loop back
        // up is offered every channel it spans, none of which it can use.
        match e.side {
            Side::Bottom => lo = lo.max(ec.row + 1),
            Side::Top => hi = hi.min(ec.row),
            _ => {}
        }
        match n.side {
            Side::Top => hi = hi.min(nc.row),
            Side::Bottom => lo = lo.max(nc.row + 1),
            _ => {}
        }
        lo..=hi
    }

    /// The channel right after a vertical exit.
    fn channel_after(&self, port: Port) -> Option<usize> {
        let row = self.grid.cells[port.cell].row;
        match port.side {
            Side::Bottom => Some(row + 1),
            Side::Top => Some(row),
            _ => None,
        }
    }

    /// The channel right before a vertical entry.
    fn channel_before(&self, port: Port) -> Option<usize> {
        let row = self.grid.cells[port.cell].row;
        match port.side {
            Side::Top => Some(row),
            Side::Bottom => Some(row + 1),
            _ => None,
        }
    }

    /// New track positions in a channel: every gap between its tracks (up to `GAPS`), or
    /// only the two outermost when `ends_only` (enough for the stretches next to a symbol).
    fn fresh_channel(&self, channel: usize, ends_only: bool) -> Vec<Key> {
        fresh(&self.channels[channel], if ends_only { 2 } else { GAPS })
            .into_iter()
            .map(|f| Key::between(channel, f))
            .collect()
    }

    /// New track positions in the gutters a route between the two ports can use.
    fn gutter_tracks(&self, e: Port, n: Port, every_gap: bool) -> Vec<Key> {
        let (ea, na) = (self.grid.cells[e.cell].lane, self.grid.cells[n.cell].lane);
        let (mut lo, mut hi) = (0, self.grid.lanes);
        match e.side {
            Side::Right => lo = lo.max(ea + 1),
            Side::Left => hi = hi.min(ea),
            _ => {}
        }
        match n.side {
            Side::Left => hi = hi.min(na),
            Side::Right => lo = lo.max(na + 1),
            _ => {}
        }
        if lo > hi {
            return Vec::new();
        }
        // The gutters beside either end; the bounds only when none of those is allowed.
        let mut gutters: Vec<usize> = [ea, ea + 1, na, na + 1]
            .into_iter()
            .filter(|g| (lo..=hi).contains(g))
            .collect();
        if gutters.is_empty() {
            gutters = vec![lo, hi];
        }
        gutters.sort_unstable();
        gutters.dedup();
        gutters
            .into_iter()
            .flat_map(|g| {
                let tracks = &self.gutters[g];
                let most = if every_gap {
                    GAPS
                } else if tracks.len() > 2 {
                    2
                } else {
                    usize::MAX
                };
                fresh(tracks, most)
                    .into_iter()
                    .map(move |f| Key::between(g, f))
            })
            .collect()
    }
}

/// The most gaps of one gutter or channel a two-bend route is offered. Every gap, while
/// there are this few: past that, the gaps nearest either side (next to the symbols, or
/// round everything). Trying every gap of a gutter holding a track per loop drawn beside
/// it made routing a page of a thousand loops quadratic; the gaps in the middle of a full
/// gutter cross the lines on both sides, so they seldom win.
const GAPS: usize = 8;

/// Fractions for a new track between the sorted `tracks` (all in (0, 1)): every gap, or
/// when there are more than `most`, the `most` nearest the two ends (at least the first
/// and the last).
fn fresh(tracks: &[f64], most: usize) -> Vec<f64> {
    let n = tracks.len();
    let gap = |p: usize| {
        let before = if p == 0 { 0.0 } else { tracks[p - 1] };
        let after = if p == n { 1.0 } else { tracks[p] };
        f64::midpoint(before, after)
    };
    if n + 1 > most {
        let first = most.div_ceil(2).max(1);
        let last = (most - first).max(1);
        (0..first).chain(n + 1 - last..=n).map(gap).collect()
    } else {
        (0..=n).map(gap).collect()
    }
}

/// Whether the first segment leaves through the port's side and the last arrives through
/// the entry's side.
fn leaves_and_arrives(points: &[P], exit: Side, entry: Side) -> bool {
    let [a, b, ..] = points else { return false };
    let [.., c, d] = points else { return false };
    let leaves = match exit {
        Side::Bottom => a.x == b.x && b.y > a.y,
        Side::Top => a.x == b.x && b.y < a.y,
        Side::Left => a.y == b.y && b.x < a.x,
        Side::Right => a.y == b.y && b.x > a.x,
    };
    let arrives = match entry {
        Side::Top => c.x == d.x && c.y < d.y,
        Side::Bottom => c.x == d.x && c.y > d.y,
        Side::Left => c.y == d.y && c.x < d.x,
        Side::Right => c.y == d.y && c.x > d.x,
    };
    leaves && arrives
}

/// Bends and rough length.
fn cost(points: &[P]) -> f64 {
    let bends = f64::from(crate::units(points.len().saturating_sub(2)));
    let length: f64 = points
        .windows(2)
        .map(|w| {
            (w[1].x.rough(50.0) - w[0].x.rough(50.0)).abs()
                + (w[1].y.rough(20.0) - w[0].y.rough(20.0)).abs()
        })
        .sum();
    bends * BEND + length * LENGTH
}
