//! y: the height of every row, where its symbols sit, and the channel tracks between rows.
//!
//! A row is, top to bottom: the tracks of the channel above it (just above the symbol, so
//! the lines into the symbol are short however tall the row), the symbol, room for a
//! branch label under a diamond. A row asked to be taller keeps its symbol in the middle.
//! Connector strips are rows of their own here and are reported as part of the step band
//! next to them.

use crate::grid::{Grid, RowKind};
use crate::text;

/// What the row layout needs to know about each grid row.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RowNeeds {
    /// Symbol extent above and below the row's attachment line.
    pub(crate) above: f32,
    pub(crate) below: f32,
    /// Whether a branch label may sit under the symbol.
    pub(crate) label_room: bool,
    /// The minimum height of the band this row belongs to.
    pub(crate) min_height: f32,
}

/// The rows of one page placed.
#[derive(Clone, Debug)]
pub(crate) struct Rows {
    /// Top of each grid row, plus the bottom of the last.
    pub(crate) tops: Vec<f32>,
    /// The attachment line of each grid row: symbols' centres, connectors' shoulders.
    pub(crate) lines: Vec<f32>,
    /// `[channel]`: y of each track, in order. Channel `r` lies above row `r`.
    pub(crate) channels: Vec<Vec<f32>>,
}

/// Spacing settings the row layout uses.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spacing {
    pub(crate) track: f32,
    pub(crate) padding: f32,
    pub(crate) label_font_size: f32,
}

impl Spacing {
    /// Between the last track of a channel and the symbol under it: the arrow head's room.
    fn gap(self) -> f32 {
        (1.5 * self.track).max(10.0)
    }

    fn label(self) -> f32 {
        (text::line_height(self.label_font_size) + 3.0).ceil()
    }
}

/// Places the rows of one page. `channel_tracks[c]` is how many tracks channel `c` has.
pub(crate) fn rows(grid: &Grid, needs: &[RowNeeds], channel_tracks: &[usize], sp: Spacing) -> Rows {
    let count = grid.rows.len();
    let parts = Parts {
        needs,
        channel_tracks,
        sp,
    };
    let mut heights: Vec<f32> = (0..count)
        .map(|r| parts.top(r) + needs[r].above + needs[r].below + parts.bottom(r))
        .collect();
    grow_to_minimum(grid, needs, &mut heights);
    let mut tops = vec![0.0_f32];
    for h in &heights {
        let last = tops.last().copied().unwrap_or(0.0);
        tops.push(last + h);
    }
    let lines: Vec<f32> = (0..count)
        .map(|r| {
            let symbol = needs[r].above + needs[r].below;
            let ideal = (heights[r] - symbol) / 2.0;
            let room = heights[r] - parts.bottom(r) - symbol;
            // Whole units, so that lines of one unit width fall on whole pixels.
            (tops[r] + ideal.min(room).max(parts.top(r))).floor() + needs[r].above
        })
        .collect();
    let channels = (0..=count).map(|c| parts.channel(c, &lines)).collect();
    Rows {
        tops,
        lines,
        channels,
    }
}

/// The room each row needs above and below its symbol.
struct Parts<'a> {
    needs: &'a [RowNeeds],
    channel_tracks: &'a [usize],
    sp: Spacing,
}

impl Parts<'_> {
    fn tracks(&self, channel: usize) -> usize {
        self.channel_tracks.get(channel).copied().unwrap_or(0)
    }

    /// Above the symbol: the tracks of the channel above it.
    fn top(&self, row: usize) -> f32 {
        match self.tracks(row) {
            0 => self.sp.padding,
            n => self
                .sp
                .padding
                .max(self.sp.track * crate::units(n) + self.sp.gap()),
        }
    }

    /// Under the symbol: its branch label, and under the last row the last channel.
    fn bottom(&self, row: usize) -> f32 {
        let below_last = self.tracks(self.needs.len());
        let tracks = if row + 1 == self.needs.len() && below_last > 0 {
            self.sp.gap() + self.sp.track * crate::units(below_last)
        } else {
            0.0
        };
        self.label(row) + self.sp.padding.max(tracks)
    }

    fn label(&self, row: usize) -> f32 {
        if self.needs[row].label_room {
            self.sp.label()
        } else {
            0.0
        }
    }

    /// The y of channel `c`'s tracks: just above the symbol under them, or under the last
    /// row's symbol and label.
    fn channel(&self, c: usize, lines: &[f32]) -> Vec<f32> {
        let n = self.tracks(c);
        let (track, gap) = (self.sp.track, self.sp.gap());
        (0..n)
            .map(|i| {
                if c < lines.len() {
                    let symbol_top = lines[c] - self.needs[c].above;
                    symbol_top - gap - crate::units(n - 1 - i) * track
                } else {
                    let last = lines.len() - 1;
                    let under = lines[last] + self.needs[last].below + self.label(last);
                    under + gap + crate::units(i) * track
                }
            })
            .collect()
    }
}

/// Adds to the step rows of each band (the step's levels with the connector strips beside
/// it) what the band lacks of its minimum height, shared evenly between its levels.
fn grow_to_minimum(grid: &Grid, needs: &[RowNeeds], heights: &mut [f32]) {
    for band in bands(grid) {
        let levels: Vec<usize> = band
            .clone()
            .filter(|&r| matches!(grid.rows[r], RowKind::Step(_)))
            .collect();
        let Some(&step_row) = levels.first() else {
            continue;
        };
        let natural: f32 = band.clone().map(|r| heights[r]).sum();
        let wanted = needs[step_row].min_height;
        if wanted > natural {
            let share = (wanted - natural) / crate::units(levels.len());
            for r in levels {
                heights[r] += share;
            }
        }
    }
}

/// The grid rows of each step's band, in order: a step's levels, and the strips above the
/// first step and below the last, which belong to that step.
pub(crate) fn bands(grid: &Grid) -> Vec<std::ops::Range<usize>> {
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for (r, kind) in grid.rows.iter().enumerate() {
        let RowKind::Step(step) = *kind else { continue };
        match groups.last_mut() {
            Some(last) if last.end == r && grid.rows[r - 1] == RowKind::Step(step) => {
                last.end = r + 1;
            }
            _ => groups.push(r..r + 1),
        }
    }
    let count = groups.len();
    for (i, group) in groups.iter_mut().enumerate() {
        if i == 0 {
            group.start = 0;
        }
        if i + 1 == count {
            group.end = grid.rows.len();
        }
    }
    groups
}
