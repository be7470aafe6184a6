//! Intervals on a fixed range of cells (rows, channels, lanes, gutters), each with a
//! position on the other axis, found by the cell they cover: a segment tree whose nodes
//! keep their intervals by position. An interval is stored in at most two nodes per level
//! and a query visits one node per level, so a long line costs as much as a short one:
//! lines spanning hundreds of rows are neither added nor found row by row.

use std::collections::BTreeMap;
use std::ops::{ControlFlow, RangeInclusive};

/// Values by the cells they cover and their position `K`.
#[derive(Debug)]
pub(crate) struct Stab<K, V> {
    cells: usize,
    nodes: Vec<BTreeMap<K, Vec<V>>>,
}

impl<K: Ord + Copy, V> Stab<K, V> {
    /// An empty tree over cells `0..cells`.
    pub(crate) fn new(cells: usize) -> Stab<K, V> {
        let cells = cells.max(1);
        Stab {
            cells,
            nodes: (0..4 * cells).map(|_| BTreeMap::new()).collect(),
        }
    }
}

impl<K: Ord + Copy, V: Copy> Stab<K, V> {
    /// Adds `value` at `at`, covering cells `from..=to` (clamped to the tree).
    pub(crate) fn add(&mut self, from: usize, to: usize, at: K, value: V) {
        let last = self.cells - 1;
        let (from, to) = (from.min(last), to.min(last));
        if from <= to {
            self.put(1, 0, last, (from, to), at, value);
        }
    }

    fn put(&mut self, node: usize, lo: usize, hi: usize, range: (usize, usize), at: K, value: V) {
        crate::work::tally(1);
        let (from, to) = range;
        if from <= lo && hi <= to {
            self.nodes[node].entry(at).or_default().push(value);
            return;
        }
        let mid = lo + (hi - lo) / 2;
        if from <= mid {
            self.put(2 * node, lo, mid, range, at, value);
        }
        if to > mid {
            self.put(2 * node + 1, mid + 1, hi, range, at, value);
        }
    }

    /// Calls `visit` with every value covering `cell` whose position lies in `within`,
    /// node by node from the root, by position within a node, until it breaks.
    pub(crate) fn stab<R>(
        &self,
        cell: usize,
        within: RangeInclusive<K>,
        mut visit: impl FnMut(&V) -> ControlFlow<R>,
    ) -> ControlFlow<R> {
        if within.start() > within.end() {
            return ControlFlow::Continue(());
        }
        // Values beyond the last cell were stored in it.
        let cell = cell.min(self.cells - 1);
        let (mut node, mut lo, mut hi) = (1, 0, self.cells - 1);
        loop {
            for (_, values) in self.nodes[node].range(within.clone()) {
                for value in values {
                    crate::work::tally(1);
                    visit(value)?;
                }
            }
            if lo == hi {
                return ControlFlow::Continue(());
            }
            let mid = lo + (hi - lo) / 2;
            if cell <= mid {
                (node, hi) = (2 * node, mid);
            } else {
                (node, lo) = (2 * node + 1, mid + 1);
            }
        }
    }
}
