//! Where an arrow may leave or enter a symbol, and what each choice costs.
//!
//! The conventions of the signed sheets are costs, not rules, so an unusual flow still
//! finds a way: arrows leave at the bottom and enter at the top; a decision's second exit
//! leaves sideways and a loop enters its target from the side; a diamond is touched at its
//! corners when possible. A side holds up to five attachment slots, tried from the middle
//! outwards, so arrows meeting one symbol never share a point.

use super::keys::{Port, Side};
use super::{Router, Use};
use crate::grid::{CellKind, Role};

/// Which slots of a side to offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slots {
    /// The first free slot on each half of the side (the middle counts for both).
    First,
    /// Every free slot.
    Every,
    /// Every slot, free or not: for an arrow that found no free way at all.
    Any,
}

/// A port and the cost of using it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Choice {
    pub(super) port: Port,
    pub(super) penalty: f64,
}

/// Cost of leaving or entering on the side the conventions do not expect.
const OFF_SIDE: f64 = 30.0;
/// Extra cost of a side exit for a decision's downward exit: keep its bottom corner busy.
const MAIN_SIDEWAYS: f64 = 50.0;
/// Cost per slot away from the middle of a side.
const OFF_MIDDLE: f64 = 4.0;
/// Extra cost of touching a diamond away from its corners.
const OFF_CORNER: f64 = 20.0;
/// Extra cost of entering a diamond by a side corner, which its exits may need.
const DIAMOND_SIDE_ENTRY: f64 = 25.0;
/// Cost per arrow already on the same side going the other way (or a join): a line
/// leaving next to one arriving reads as one line passing by.
const SHARED_SIDE: f64 = 40.0;
/// Cost per arrow already on the same side going the same way: two arrows into the top of
/// a box read well, as a merge.
const SHARED_WAY: f64 = 15.0;

impl Router<'_> {
    /// The ways out of `cell` for an arrow of `role`; `inner` for one to a symbol beside
    /// it on the same level of its row, which leaves sideways, or over the top when
    /// another symbol stands between them.
    pub(super) fn exits(
        &self,
        cell: usize,
        (role, inner): (Role, bool),
        slots: Slots,
    ) -> Vec<Choice> {
        let way = Use::Exit;
        let kind = self.grid.cells[cell].kind;
        let mut out = Vec::new();
        for side in [Side::Bottom, Side::Left, Side::Right, Side::Top] {
            let side_cost = match (kind, side) {
                (CellKind::Connector, Side::Top | Side::Bottom) => 0.0,
                (CellKind::Connector, _) => OFF_SIDE / 2.0,
                (_, Side::Left | Side::Right) if inner => 0.0,
                (_, _) if inner => OFF_SIDE,
                (_, Side::Top) => continue,
                (_, Side::Bottom) if role == Role::Branch => OFF_SIDE,
                (_, Side::Bottom) => 0.0,
                (_, _) if role == Role::Branch => 0.0,
                (_, _) if role == Role::Main => MAIN_SIDEWAYS,
                (_, _) => OFF_SIDE,
            };
            let offered: &[i8] = match kind {
                CellKind::Connector => &[0],
                CellKind::Decision => &[0, -1, 1],
                _ => &[0, -1, 1, -2, 2],
            };
            self.push_free(&mut out, (cell, side, kind, way), offered, side_cost, slots);
        }
        out
    }

    /// The ways into `cell` for an arrow going down the page (`backward` false) or back up.
    pub(super) fn entries(&self, cell: usize, backward: bool, slots: Slots) -> Vec<Choice> {
        let way = Use::Entry;
        let kind = self.grid.cells[cell].kind;
        let mut out = Vec::new();
        for side in [Side::Top, Side::Left, Side::Right, Side::Bottom] {
            let side_cost = match (kind, side) {
                (CellKind::Connector, Side::Top | Side::Bottom) => 0.0,
                (CellKind::Connector, _) => OFF_SIDE / 2.0,
                (_, Side::Bottom) => continue,
                (_, Side::Top) if backward => OFF_SIDE,
                (_, Side::Top) => 0.0,
                (_, _) if backward => 0.0,
                (_, _) => OFF_SIDE + 15.0,
            };
            let offered: &[i8] = match kind {
                CellKind::Connector => &[0],
                CellKind::Decision => &[0, -1, 1],
                _ => &[0, -1, 1, -2, 2],
            };
            let side_cost = if kind == CellKind::Decision && !side.is_vertical() {
                side_cost + DIAMOND_SIDE_ENTRY
            } else {
                side_cost
            };
            self.push_free(&mut out, (cell, side, kind, way), offered, side_cost, slots);
        }
        out
    }

    /// Adds the free slots of a side: all of them, or only the first on each half of the
    /// side (the middle counts for both).
    fn push_free(
        &self,
        out: &mut Vec<Choice>,
        (cell, side, kind, way): (usize, Side, CellKind, Use),
        offered: &[i8],
        side_cost: f64,
        slots: Slots,
    ) {
        let free = |slot: &&i8| {
            slots == Slots::Any
                || !self.used.contains_key(&Port {
                    cell,
                    side,
                    slot: **slot,
                })
        };
        let chosen: Vec<i8> = if slots == Slots::First {
            let upper = offered.iter().filter(|s| **s <= 0).find(free);
            let lower = offered.iter().filter(|s| **s >= 0).find(free);
            let mut chosen: Vec<i8> = [upper, lower].into_iter().flatten().copied().collect();
            chosen.dedup();
            chosen
        } else {
            offered.iter().filter(free).copied().collect()
        };
        let others: f64 = self
            .used
            .range(
                Port {
                    cell,
                    side,
                    slot: i8::MIN,
                }..=Port {
                    cell,
                    side,
                    slot: i8::MAX,
                },
            )
            .map(|(_, &u)| if u == way { SHARED_WAY } else { SHARED_SIDE })
            .sum();
        for slot in chosen {
            let mut penalty = side_cost + OFF_MIDDLE * f64::from(slot.unsigned_abs()) + others;
            if kind == CellKind::Decision && slot != 0 {
                penalty += OFF_CORNER;
            }
            out.push(Choice {
                port: Port { cell, side, slot },
                penalty,
            });
        }
    }
}
