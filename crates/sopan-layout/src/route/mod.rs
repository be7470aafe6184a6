//! Orthogonal routing of a page's arrows on the grid, in abstract positions.
//!
//! Arrows are routed one at a time in a fixed order: arrows to the next row first (the
//! main flow gets the straightest lines), then longer forward arrows, then arrows going
//! back up, shortest first, so that an inner loop takes the track nearest its symbols and
//! an outer loop goes round it. For each arrow the candidates of `candidates.rs` are tried
//! cheapest first; the cheapest one that `occupancy.rs` accepts wins, crossings counted
//! in its cost; an arrow fanning out over the top of a row drops from the bar of one
//! already drawn from its symbol (`fork.rs`) when it can. Last, `merge.rs` joins arrows that
//! come down into one symbol side by side.

mod candidates;
mod fork;
pub(crate) mod keys;
mod merge;
mod occupancy;
mod ports;

use std::collections::BTreeMap;

use candidates::{BEND, Candidate};
use keys::{BOUND, Key, P, Port, Side, segments};
use occupancy::{Occupancy, Verdict};
use ports::{Choice, Slots};

use crate::grid::Grid;

/// Cost of crossing another line.
const CROSSING: f64 = 150.0;
/// Cost of a route the occupancy refuses, when every route is refused.
const REFUSED: f64 = 10_000.0;
/// Beyond this many bends no shape is tried.
const MAX_BENDS: usize = 4;

/// The route of one arrow of the grid.
#[derive(Clone, Debug)]
pub(crate) struct Route {
    /// Index into `Grid::edges`.
    pub(crate) edge: usize,
    pub(crate) exit: Port,
    pub(crate) entry: Port,
    pub(crate) points: Vec<P>,
    /// The route (index into `Routed::routes`) whose last stretch this one ends on, instead
    /// of at `entry`, where two arrows into one symbol join (`merge.rs`).
    pub(crate) merge: Option<usize>,
    /// The route whose bar over the top of the row this one drops from, instead of
    /// leaving its symbol (`fork.rs`).
    pub(crate) fork: Option<usize>,
}

/// A page routed: one route per arrow (in the order of `Grid::edges`) and the joins of
/// joint steps.
#[derive(Clone, Debug)]
pub(crate) struct Routed {
    pub(crate) routes: Vec<Route>,
    pub(crate) joins: Vec<(Port, Port)>,
}

/// What holds a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Use {
    Exit,
    Entry,
    Join,
}

struct Router<'g> {
    grid: &'g Grid,
    occupancy: Occupancy,
    /// Ports taken, and by what.
    used: BTreeMap<Port, Use>,
    /// Per gutter, the fractions of its tracks, sorted.
    gutters: Vec<Vec<f64>>,
    /// Per channel, the fractions of its tracks, sorted.
    channels: Vec<Vec<f64>>,
    /// The routes drawn so far, in routing order.
    routed: Vec<Route>,
}

/// Routes every arrow of a page.
pub(crate) fn route(grid: &Grid) -> Routed {
    let mut router = Router {
        grid,
        occupancy: Occupancy::new(grid),
        used: BTreeMap::new(),
        gutters: vec![Vec::new(); grid.lanes + 1],
        channels: vec![Vec::new(); grid.rows.len() + 1],
        routed: Vec::new(),
    };
    let joins = router.joins();
    let mut order: Vec<usize> = (0..grid.edges.len()).collect();
    order.sort_by_key(|&i| router.priority(i));
    let mut done: Vec<Route> = order.into_iter().map(|i| router.route(i)).collect();
    done.sort_by_key(|r| r.edge);
    let mut page = Routed {
        routes: done,
        joins,
    };
    merge::merge(&mut page);
    page
}

impl Router<'_> {
    /// Draws the plain lines between the symbols of joint steps first: they sit on the
    /// middle of the row and nothing may run along them.
    fn joins(&mut self) -> Vec<(Port, Port)> {
        let mut out = Vec::new();
        for &(left, right) in &self.grid.joins {
            let from = Port {
                cell: left,
                side: Side::Right,
                slot: 0,
            };
            let to = Port {
                cell: right,
                side: Side::Left,
                slot: 0,
            };
            if let Some(route) = segments(&[self.point(from), self.point(to)]) {
                self.occupancy.add(&route);
            }
            self.used.insert(from, Use::Join);
            self.used.insert(to, Use::Join);
            out.push((from, to));
        }
        out
    }

    fn rows(&self, edge: usize) -> (usize, usize) {
        let e = &self.grid.edges[edge];
        let row = |node: usize| {
            self.grid.nodes[node]
                .cells
                .first()
                .map_or(0, |&c| self.grid.cells[c].row)
        };
        (row(e.from), row(e.to))
    }

    /// Routing order: next-row arrows, longer forward arrows, then loops, shorter first.
    /// Arrows within a row come first, those reaching furthest across first, so that a
    /// fan-out's bar is drawn before the arrows that drop from it.
    fn priority(&self, edge: usize) -> (u8, usize, usize, usize) {
        let (from, to) = self.rows(edge);
        // Arrows side to side within a row first: they need the straight line between
        // their symbols, which nothing else does.
        let class = if self.grid.edges[edge].inner || to == from + 1 {
            0
        } else if to > from {
            1
        } else {
            2
        };
        let e = &self.grid.edges[edge];
        let across = if e.inner {
            let lane = |node: usize| {
                self.grid.nodes[node]
                    .cells
                    .first()
                    .map_or(0, |&c| self.grid.cells[c].lane)
            };
            usize::MAX - lane(e.from).abs_diff(lane(e.to))
        } else {
            0
        };
        (class, from.abs_diff(to), across, edge)
    }

    fn route(&mut self, edge: usize) -> Route {
        if let Some(route) = self.drop_from_bar(edge) {
            return route;
        }
        let chosen = self
            .cheapest(edge, true)
            .or_else(|| self.cheapest(edge, false))
            .unwrap_or_else(|| self.desperate(edge));
        if let Some(route) = segments(&chosen.points) {
            self.occupancy.add(&route);
        }
        self.used.insert(chosen.exit, Use::Exit);
        self.used.insert(chosen.entry, Use::Entry);
        for point in &chosen.points {
            record(&mut self.gutters, point.x);
            record(&mut self.channels, point.y);
        }
        let route = Route {
            edge,
            exit: chosen.exit,
            entry: chosen.entry,
            points: chosen.points,
            merge: None,
            fork: None,
        };
        self.routed.push(route.clone());
        route
    }

    /// The cheapest acceptable candidate. With `valid_only` false, taken slots and refusals
    /// only cost, so an arrow whose symbols ran out of free slots is still drawn.
    fn cheapest(&self, edge: usize, valid_only: bool) -> Option<Candidate> {
        // Straight routes may use any free slot, to line up with the other end; others try
        // the slots nearest the middle only.
        let (all_exits, all_entries) =
            self.ports(edge, if valid_only { Slots::Every } else { Slots::Any });
        let (exits, entries) = self.ports(edge, if valid_only { Slots::First } else { Slots::Any });
        let mut best: Option<(f64, Candidate)> = None;
        for bends in 0..=MAX_BENDS {
            let bound = best.as_ref().map_or(f64::INFINITY, |(cost, _)| *cost);
            // A shape with more bends costs at least this much: stop when it cannot win.
            if bound <= f64::from(crate::units(bends)) * BEND {
                break;
            }
            let ports = if bends == 0 {
                (&all_exits[..], &all_entries[..])
            } else {
                (&exits[..], &entries[..])
            };
            let mut candidates = Vec::new();
            self.candidates(bends, ports, bound, &mut candidates);
            candidates.sort_by(|a, b| a.base.total_cmp(&b.base));
            for candidate in candidates {
                let bound = best.as_ref().map_or(f64::INFINITY, |(cost, _)| *cost);
                if candidate.base >= bound {
                    break;
                }
                let Some(route) = segments(&candidate.points) else {
                    continue;
                };
                // Past this many crossings the candidate costs at least the best so far;
                // a refusal must lose as well when it only costs.
                let room = bound - candidate.base;
                let limit = if room.is_finite() && (valid_only || REFUSED >= room) {
                    crossing_limit(room)
                } else {
                    u32::MAX
                };
                let crossings = match self.occupancy.check(self.grid, &route, limit) {
                    Verdict::Crossings(crossings) => f64::from(crossings) * CROSSING,
                    Verdict::TooMany => continue,
                    Verdict::Refused if valid_only => continue,
                    Verdict::Refused => REFUSED,
                };
                if candidate.base + crossings < bound {
                    best = Some((candidate.base + crossings, candidate));
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// The ways out of the arrow's source and into its target.
    fn ports(&self, edge: usize, slots: Slots) -> (Vec<Choice>, Vec<Choice>) {
        let e = &self.grid.edges[edge];
        let (from_row, to_row) = self.rows(edge);
        let backward = to_row <= from_row;
        let exits = self.grid.nodes[e.from]
            .cells
            .iter()
            .flat_map(|&c| self.exits(c, (e.role, e.inner), slots))
            .collect();
        let entries = self.grid.nodes[e.to]
            .cells
            .iter()
            .flat_map(|&c| self.entries(c, backward, slots))
            .collect();
        (exits, entries)
    }

    /// A straight line between the first cells, for an arrow with no candidate at all,
    /// which cannot happen while a node has a cell: a route through a gutter always exists
    /// once taken slots are allowed.
    fn desperate(&self, edge: usize) -> Candidate {
        let e = &self.grid.edges[edge];
        let cell = |node: usize| self.grid.nodes[node].cells.first().copied().unwrap_or(0);
        let exit = Port {
            cell: cell(e.from),
            side: Side::Bottom,
            slot: 0,
        };
        let entry = Port {
            cell: cell(e.to),
            side: Side::Top,
            slot: 0,
        };
        Candidate {
            exit,
            entry,
            points: vec![self.point(exit), self.point(entry)],
            base: 0.0,
        }
    }
}

/// The most crossings a candidate may have and still cost less than `room` more than its
/// base: any more and it cannot win.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a finite, clamped, non-negative count"
)]
fn crossing_limit(room: f64) -> u32 {
    // `crossings * CROSSING < room` holds for every count up to this one.
    (room / CROSSING).ceil().clamp(0.0, f64::from(u32::MAX)) as u32
}

/// Adds a track's fraction to its gutter or channel list.
fn record(lists: &mut [Vec<f64>], key: Key) {
    if !key.is_between() || key.minor.abs() >= BOUND {
        return;
    }
    if let Some(list) = lists.get_mut(key.index())
        && let Err(at) = list.binary_search_by(|f| f.total_cmp(&key.minor))
    {
        list.insert(at, key.minor);
    }
}
