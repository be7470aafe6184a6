//! Arrows that meet above their common target: two arrows coming down into the top of one
//! symbol at neighbouring points read as two parallel heads a few units apart. Instead the
//! one that turns down nearer the symbol ends on the other's last stretch, carried on
//! across to it (or stopped where it crossed it), so the flows join and one head enters
//! the symbol.
//!
//! Decided on the abstract routes, after every arrow of the page is routed: which arrow
//! joins which depends on the order of tracks only, so it is as stable under text edits as
//! the routes are. A join is made only where the carried-on stretch meets nothing else.

use super::keys::{Key, P, Side, segments};
use super::{Route, Routed};

/// Joins, on a routed page, the arrows that enter one symbol's top side and can meet.
pub(super) fn merge(routed: &mut Routed) {
    let count = routed.routes.len();
    // The arrow whose last stretch starts highest is the trunk the others join: its
    // stretch is the longest, so it meets the most of them.
    let start = |r: &Route| r.points.len().checked_sub(2).map(|i| r.points[i].y);
    let mut trunks: Vec<usize> = (0..count).collect();
    trunks.sort_by(|&a, &b| {
        let (a_start, b_start) = (start(&routed.routes[a]), start(&routed.routes[b]));
        a_start.cmp(&b_start).then(a.cmp(&b))
    });
    for trunk in trunks {
        // The others into the same top, nearest the trunk first.
        let mut others: Vec<usize> = (0..count)
            .filter(|&o| o != trunk && same_top(&routed.routes[trunk], &routed.routes[o]))
            .collect();
        let x = |r: usize| routed.routes[r].points.last().map(|p| p.x);
        others.sort_by(|&a, &b| {
            let d = |r: usize| distance(x(r), x(trunk));
            d(a).total_cmp(&d(b)).then(a.cmp(&b))
        });
        for other in others {
            // An arrow others already end on keeps its last stretch.
            if routed.routes.iter().any(|r| r.merge == Some(other)) {
                continue;
            }
            if let Some(points) = joined(&routed.routes, trunk, other) {
                let route = &mut routed.routes[other];
                route.points = points;
                route.merge = Some(trunk);
            }
        }
    }
}

/// Whether both arrows still end on the top of one symbol (neither joined another).
fn same_top(a: &Route, b: &Route) -> bool {
    a.merge.is_none()
        && b.merge.is_none()
        && a.entry.side == Side::Top
        && b.entry.side == Side::Top
        && a.entry.cell == b.entry.cell
}

fn distance(a: Option<Key>, b: Option<Key>) -> f64 {
    match (a, b) {
        (Some(a), Some(b)) => (a.minor - b.minor).abs() + f64::from(a.major.abs_diff(b.major)),
        _ => f64::INFINITY,
    }
}

/// The points of `other` ending on the last stretch of `trunk`, when `other` comes across
/// towards it and turns down below where `trunk` does: carried on to the trunk when the
/// added stretch meets no other line, or stopped where it crossed the trunk.
fn joined(routes: &[Route], trunk: usize, other: usize) -> Option<Vec<P>> {
    let t = &routes[trunk].points;
    let o = &routes[other].points;
    let (&[.., t_turn, t_end], &[.., o_from, o_turn, o_end]) = (&t[..], &o[..]) else {
        return None;
    };
    // Both last stretches go straight down into the top; the other's comes across first.
    let down = |a: P, b: P| a.x == b.x && a.y < b.y;
    if !down(t_turn, t_end) || !down(o_turn, o_end) || o_from.y != o_turn.y {
        return None;
    }
    if o_turn.y == t_turn.y {
        return met_at_corner(routes, (trunk, other));
    }
    // The other turns down nearer the symbol, so its level lies on the trunk's last stretch.
    if o_turn.y < t_turn.y {
        return None;
    }
    // It comes across towards the trunk: short of it (it is carried on to the trunk), or
    // over it (it stops there, short of where it crossed).
    let between = |a: Key, b: Key, c: Key| (a < b && b < c) || (a > b && b > c);
    let short = between(o_from.x, o_turn.x, t_end.x);
    let over = between(o_from.x, t_end.x, o_turn.x);
    if !short && !over {
        return None;
    }
    let junction = P {
        x: t_end.x,
        y: o_turn.y,
    };
    let mut points = o[..o.len() - 2].to_vec();
    points.push(junction);
    // Stopping short adds no line; carrying on adds the stretch up to the trunk.
    let stretch = (o_turn.x.min(junction.x), o_turn.x.max(junction.x));
    let clear = over
        || !meets(&o[..o.len() - 2], junction.y, stretch)
            && routes.iter().enumerate().all(|(r, route)| {
                r == other || r == trunk || !meets(&route.points, junction.y, stretch)
            });
    (clear && segments(&points).is_some()).then_some(points)
}

/// Two arrows coming across one line from either side towards one symbol below (two
/// symbols of one row flowing into one below them): the other is carried on to the
/// trunk's corner, so the two meet there and go down as one, as a row's flows join on
/// the signed sheets.
fn met_at_corner(routes: &[Route], (trunk, other): (usize, usize)) -> Option<Vec<P>> {
    let t = &routes[trunk].points;
    let o = &routes[other].points;
    let (&[.., t_from, t_turn, t_end], &[.., o_from, o_turn, _]) = (&t[..], &o[..]) else {
        return None;
    };
    if t_from.y != t_turn.y {
        return None;
    }
    let between = |a: Key, b: Key, c: Key| (a < b && b < c) || (a > b && b > c);
    // From opposite sides, the other stopping short of the trunk's corner.
    if (t_from.x < t_end.x) == (o_from.x < t_end.x) || !between(o_from.x, o_turn.x, t_end.x) {
        return None;
    }
    let mut points = o[..o.len() - 2].to_vec();
    points.push(t_turn);
    let stretch = (o_turn.x.min(t_turn.x), o_turn.x.max(t_turn.x));
    let clear = !meets(&o[..o.len() - 2], t_turn.y, stretch)
        && routes
            .iter()
            .enumerate()
            .all(|(r, route)| r == other || r == trunk || !meets(&route.points, t_turn.y, stretch));
    (clear && segments(&points).is_some()).then_some(points)
}

/// Whether a polyline has a point on the horizontal stretch from `lo` to `hi` at `y`.
fn meets(points: &[P], y: Key, (lo, hi): (Key, Key)) -> bool {
    points.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        if a.y == b.y {
            a.y == y && a.x.min(b.x) <= hi && lo <= a.x.max(b.x)
        } else {
            lo <= a.x && a.x <= hi && a.y.min(b.y) <= y && y <= a.y.max(b.y)
        }
    })
}
