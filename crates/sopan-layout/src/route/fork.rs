//! Arrows fanning out over the top of a row: a symbol sending arrows to several symbols of
//! its row would draw each over the top on a track of its own, nested, and the nested ones
//! cannot help crossing (or go round below the row). As on the signed sheets, the arrow
//! reaching furthest draws the bar along the top of the row, and the nearer targets'
//! arrows drop from it straight into their tops.
//!
//! Arrows within a row are routed furthest first, so the bar exists when a nearer arrow
//! looks for one. A drop is taken only where it meets nothing but the bar, so it is as
//! clean as any route; the geometry's `Edge::fork` names the bar it hangs from.

use super::keys::{Key, P, Port, Side, segments};
use super::occupancy::Verdict;
use super::ports::Slots;
use super::{Route, Router, Use};

impl Router<'_> {
    /// The route of `edge` as a drop from the bar of an arrow already drawn from its
    /// symbol, when there is such a bar above its target and the drop meets nothing else.
    pub(super) fn drop_from_bar(&mut self, edge: usize) -> Option<Route> {
        let e = &self.grid.edges[edge];
        if !e.inner || !e.plain || e.label.is_some() {
            return None;
        }
        let source = self.grid.nodes.get(e.from)?.cells.clone();
        let targets = self.grid.nodes.get(e.to)?.cells.clone();
        for bar in self.routed.clone() {
            let bar_edge = &self.grid.edges[bar.edge];
            if !bar_edge.plain || bar_edge.label.is_some() || !source.contains(&bar.exit.cell) {
                continue;
            }
            let Some([_, up, across, _]) = over_the_top(&bar) else {
                continue;
            };
            let (lo, hi) = (up.x.min(across.x), up.x.max(across.x));
            for &target in &targets {
                for entry in self.entries(target, true, Slots::Every) {
                    let port = entry.port;
                    if port.side != Side::Top {
                        continue;
                    }
                    let end = self.point(port);
                    if end.x <= lo || end.x >= hi {
                        continue;
                    }
                    let junction = P {
                        x: end.x,
                        y: across.y,
                    };
                    if self.clear_drop(junction, end) {
                        return Some(self.take_drop(edge, (&bar, port), [junction, end]));
                    }
                }
            }
        }
        None
    }

    /// Whether a drop from `junction` on a bar down to `end` meets nothing but the bar:
    /// checked from just below the bar, above the next track of its channel.
    fn clear_drop(&self, junction: P, end: P) -> bool {
        let channel = junction.y.index();
        let Some(tracks) = self.channels.get(channel) else {
            return false;
        };
        let below = tracks
            .iter()
            .copied()
            .find(|&f| f > junction.y.minor)
            .unwrap_or(1.0);
        let start = P {
            x: junction.x,
            y: Key::between(channel, f64::midpoint(junction.y.minor, below)),
        };
        let Some(route) = segments(&[start, end]) else {
            return false;
        };
        self.occupancy.check(self.grid, &route, 0) == Verdict::Crossings(0)
    }

    fn take_drop(&mut self, edge: usize, (bar, entry): (&Route, Port), points: [P; 2]) -> Route {
        if let Some(route) = segments(&points) {
            self.occupancy.add(&route);
        }
        self.used.insert(entry, Use::Entry);
        let route = Route {
            edge,
            exit: bar.exit,
            entry,
            points: points.to_vec(),
            merge: None,
            fork: Some(bar.edge),
        };
        self.routed.push(route.clone());
        route
    }
}

/// The four points of an arrow leaving the top of a symbol, running across above its row
/// and coming down into the top of a symbol of the same row: `[exit, up, across, entry]`.
fn over_the_top(route: &Route) -> Option<[P; 4]> {
    let &[exit, up, across, end] = &route.points[..] else {
        return None;
    };
    let shape = exit.x == up.x && up.y < exit.y && up.y == across.y && across.x == end.x;
    (route.exit.side == Side::Top
        && route.entry.side == Side::Top
        && route.fork.is_none()
        && up.y.is_between()
        && shape)
        .then_some([exit, up, across, end])
}
