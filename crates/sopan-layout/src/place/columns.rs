//! x: lane widths and the position of every gutter track, the same lanes on every page.
//!
//! A gutter between two lanes holds the vertical tracks routing put there, in their order.
//! Each track goes to the lane whose symbols its arrow serves (a loop on lane 2's right side
//! stays in lane 2), hugging that lane's symbol column; a lane widens, on both sides to keep
//! its symbols centred, when its tracks need more room than `lane_width` leaves.

use super::track_lists;
use crate::grid::Grid;
use crate::route::Routed;
use crate::route::keys::Key;
use crate::settings::LayoutSettings;

/// The lanes' x geometry, and per page, per gutter, the x of each track in order.
#[derive(Clone, Debug)]
pub(crate) struct Columns {
    /// Left edge of each lane, plus the right edge of the last one.
    pub(crate) edges: Vec<f32>,
    /// The x each lane's symbols are centred on.
    pub(crate) centers: Vec<f32>,
    /// `[page][gutter]`: x of each track, in the gutter's order.
    pub(crate) tracks: Vec<Vec<Vec<f32>>>,
}

/// Where each gutter's tracks split between the lane on its left and the one on its right:
/// the number that go left.
fn split(grid: &Grid, routed: &Routed, gutter: usize, tracks: &[f64]) -> usize {
    if gutter == 0 {
        return 0;
    }
    if gutter == grid.lanes {
        return tracks.len();
    }
    let sides: Vec<(bool, bool)> = tracks
        .iter()
        .map(|&minor| attached_sides(routed, Key::between(gutter, minor)))
        .collect();
    // The split keeping the most tracks on a side their arrows come from; ties go to the
    // most even split.
    (0..=tracks.len())
        .max_by_key(|&m| {
            let agree = sides
                .iter()
                .enumerate()
                .filter(|&(j, &(left, right))| if j < m { left } else { right })
                .count();
            (agree, usize::MAX - (2 * m).abs_diff(tracks.len()))
        })
        .unwrap_or(0)
}

/// Whether the lines meeting the vertical track at `x` come from its left, its right.
fn attached_sides(routed: &Routed, x: Key) -> (bool, bool) {
    let (mut left, mut right) = (false, false);
    for route in &routed.routes {
        for (i, p) in route.points.iter().enumerate() {
            if p.x != x {
                continue;
            }
            for neighbour in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
                if let Some(q) = route.points.get(neighbour) {
                    left |= q.x < x;
                    right |= q.x > x;
                }
            }
        }
    }
    (left, right)
}

/// Per page, per gutter: its tracks in order, and how many of them go to the lane on its
/// left.
type Splits = Vec<Vec<(Vec<f64>, usize)>>;

/// Lays out the lanes for all pages.
pub(crate) fn columns(
    pages: &[(Grid, Routed)],
    lanes: usize,
    settings: &LayoutSettings,
) -> Columns {
    let (splits, left, right) = splits(pages, lanes);
    let s = settings.track_spacing;
    let first = first_track(settings);
    let base = ((settings.lane_width - settings.symbol_width) / 2.0).max(s);
    let need = |count: usize| {
        if count == 0 {
            0.0
        } else {
            first + crate::units(count) * s
        }
    };
    let mut edges = vec![0.0_f32];
    let mut centers = Vec::new();
    for k in 0..lanes {
        let margin = base.max(need(left[k])).max(need(right[k]));
        let x = edges.last().copied().unwrap_or(0.0);
        centers.push(x + margin + settings.symbol_width / 2.0);
        edges.push(x + 2.0 * margin + settings.symbol_width);
    }
    let tracks = splits
        .into_iter()
        .map(|page| {
            page.into_iter()
                .enumerate()
                .map(|(g, (tracks, m))| track_xs(&centers, g, (tracks.len(), m), settings))
                .collect()
        })
        .collect();
    Columns {
        edges,
        centers,
        tracks,
    }
}

/// The splits of every page's gutters, and per lane the most tracks any page puts on its
/// left side and on its right side.
fn splits(pages: &[(Grid, Routed)], lanes: usize) -> (Splits, Vec<usize>, Vec<usize>) {
    let mut left = vec![0_usize; lanes];
    let mut right = vec![0_usize; lanes];
    let mut splits = Vec::new();
    for (grid, routed) in pages {
        let lists = track_lists(routed, lanes + 1, true);
        let page: Vec<(Vec<f64>, usize)> = lists
            .into_iter()
            .enumerate()
            .map(|(g, tracks)| {
                let m = split(grid, routed, g, &tracks);
                if g > 0 {
                    right[g - 1] = right[g - 1].max(m);
                }
                if g < lanes {
                    left[g] = left[g].max(tracks.len() - m);
                }
                (tracks, m)
            })
            .collect();
        splits.push(page);
    }
    (splits, left, right)
}

/// The x of the `n` tracks of gutter `g`, the first `m` beside the lane on its left, the
/// others beside the lane on its right, each group nearest its lane's symbols first.
fn track_xs(
    centers: &[f32],
    g: usize,
    (n, m): (usize, usize),
    settings: &LayoutSettings,
) -> Vec<f32> {
    let (s, first) = (settings.track_spacing, first_track(settings));
    let half = settings.symbol_width / 2.0;
    (0..n)
        .map(|j| {
            if j < m {
                centers[g - 1] + half + first + crate::units(j) * s
            } else {
                centers[g] - half - first - crate::units(n - 1 - j) * s
            }
        })
        .collect()
}

/// Distance from a symbol column to the nearest track beside it: room for a branch label's
/// height, and for an arrow head entering the symbol's side.
pub(crate) fn first_track(settings: &LayoutSettings) -> f32 {
    2.0 * settings.track_spacing
}
