//! Positions before coordinates: every x and y a line can run on, as an ordered key.
//!
//! Routing decides only the order of lines, never their distances: x keys are gutters
//! (between lanes) and lane columns; y keys are channels (between rows) and row blocks.
//! A new track is a fraction between two existing ones in its gutter or channel, so it can
//! be put anywhere in the order. Placement later turns the order into evenly spaced
//! coordinates, which is why text changing a row's height cannot change any route.

use std::cmp::Ordering;

/// The minor of a symbol's edge inside its lane column or row block: farther out than any
/// attachment slot.
pub(crate) const BOUND: f64 = 1.0e9;

/// A position on one axis.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    /// Even: a gutter (x) or channel (y), numbered from 0. Odd: a lane column (x) or row
    /// block (y).
    pub(crate) major: u32,
    /// Inside a gutter or channel: the track's fraction in (0, 1). Inside a column or
    /// block: the slot number, or ±`BOUND` for the symbol's edge.
    pub(crate) minor: f64,
}

impl Key {
    /// A track in gutter or channel `index`.
    pub(crate) fn between(index: usize, fraction: f64) -> Key {
        Key {
            major: 2 * index as u32,
            minor: fraction,
        }
    }

    /// A slot in lane column or row block `index`.
    pub(crate) fn inside(index: usize, slot: f64) -> Key {
        Key {
            major: 2 * index as u32 + 1,
            minor: slot,
        }
    }

    /// Whether this is a gutter or channel track.
    pub(crate) fn is_between(self) -> bool {
        self.major.is_multiple_of(2)
    }

    /// The gutter, channel, column or block number.
    pub(crate) fn index(self) -> usize {
        (self.major / 2) as usize
    }

    /// A rough coordinate for comparing route lengths: `unit` per gutter or column.
    pub(crate) fn rough(self, unit: f64) -> f64 {
        let within = if self.is_between() {
            self.minor * 0.4
        } else {
            self.minor.clamp(-3.0, 3.0) * 0.05
        };
        (f64::from(self.major) + within) * unit
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        match self.major.cmp(&other.major) {
            Ordering::Equal => self.minor.total_cmp(&other.minor),
            unequal => unequal,
        }
    }
}

/// A point of a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct P {
    pub(crate) x: Key,
    pub(crate) y: Key,
}

/// A side of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Side {
    Top,
    Bottom,
    Left,
    Right,
}

impl Side {
    pub(crate) fn is_vertical(self) -> bool {
        matches!(self, Side::Top | Side::Bottom)
    }
}

/// An attachment point: a slot on one side of one cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Port {
    pub(crate) cell: usize,
    pub(crate) side: Side,
    pub(crate) slot: i8,
}

/// A horizontal or vertical piece of a route, `lo` before `hi` along its axis.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Segment {
    pub(crate) vertical: bool,
    /// x of a vertical segment, y of a horizontal one.
    pub(crate) at: Key,
    pub(crate) lo: Key,
    pub(crate) hi: Key,
}

/// The segments of a polyline whose consecutive points share x or y; `None` if two points
/// share neither, or a point repeats.
pub(crate) fn segments(points: &[P]) -> Option<Vec<Segment>> {
    points
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            if a.x == b.x && a.y != b.y {
                Some(Segment {
                    vertical: true,
                    at: a.x,
                    lo: a.y.min(b.y),
                    hi: a.y.max(b.y),
                })
            } else if a.y == b.y && a.x != b.x {
                Some(Segment {
                    vertical: false,
                    at: a.y,
                    lo: a.x.min(b.x),
                    hi: a.x.max(b.x),
                })
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_by_major_then_minor() {
        let gutter = Key::between(1, 0.5);
        let column = Key::inside(1, -BOUND);
        assert!(Key::inside(0, BOUND) < gutter);
        assert!(gutter < column);
        assert!(Key::between(1, 0.25) < gutter);
    }

    #[test]
    fn segments_need_axis_aligned_steps() {
        let a = P {
            x: Key::between(0, 0.5),
            y: Key::between(0, 0.5),
        };
        let b = P {
            x: a.x,
            y: Key::between(2, 0.5),
        };
        let c = P {
            x: Key::between(1, 0.5),
            y: Key::between(3, 0.5),
        };
        assert!(segments(&[a, b]).is_some());
        assert!(segments(&[a, c]).is_none());
        assert!(segments(&[a, a]).is_none());
    }
}
