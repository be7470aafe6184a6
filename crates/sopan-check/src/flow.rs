//! The flowchart as a petgraph graph, and one function per question asked of it.
//!
//! Node `i` is symbol `i`; edge weights are indexes into the model's `alur`
//! (`usize::MAX` for an arrow the author only meant, see `rules::flow`). A two-way arrow
//! (`<->`) is an exchange, so the flow runs along it both ways. A step that
//! cannot reach an end always leads into a sink component without an end, so `traps` answers
//! "does every step reach an end" at the place the flow gets stuck. Nothing outside
//! this crate sees petgraph.

use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::Dfs;

use crate::model::{Garis, Jenis, Sop};

/// The flow graph of an SOP.
pub(crate) struct Flow {
    graph: DiGraph<(), usize>,
}

impl Flow {
    /// Builds the graph from the model's edge list and `extra` arrows (from, to) that are
    /// not in the model: those the author likely meant where an exit could not be followed.
    pub(crate) fn with_extra(sop: &Sop, extra: impl IntoIterator<Item = (usize, usize)>) -> Flow {
        let mut graph = DiGraph::with_capacity(sop.simbol.len(), sop.alur.len());
        for _ in &sop.simbol {
            graph.add_node(());
        }
        for (index, edge) in sop.alur.iter().enumerate() {
            graph.add_edge(NodeIndex::new(edge.dari), NodeIndex::new(edge.ke), index);
            if edge.garis == Garis::DuaArah && edge.dari != edge.ke {
                graph.add_edge(NodeIndex::new(edge.ke), NodeIndex::new(edge.dari), index);
            }
        }
        for (from, to) in extra {
            graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), usize::MAX);
        }
        Flow { graph }
    }

    /// Which steps a DFS from the given roots reaches.
    fn reach(&self, roots: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut seen = vec![false; self.graph.node_count()];
        let mut dfs = Dfs::empty(&self.graph);
        for root in roots {
            dfs.move_to(NodeIndex::new(root));
            while let Some(n) = dfs.next(&self.graph) {
                seen[n.index()] = true;
            }
        }
        seen
    }

    /// For each symbol: whether it can be reached from a start (from the first symbol when
    /// the SOP has no start, so that rule reports the missing start and not every symbol).
    pub(crate) fn reachable_from_start(&self, sop: &Sop) -> Vec<bool> {
        let mut roots: Vec<usize> = starts(sop).collect();
        if roots.is_empty() && !sop.simbol.is_empty() {
            roots.push(0);
        }
        self.reach(roots)
    }

    /// The groups of steps the flow can enter but never leave, that hold no end: each is a
    /// sink of the graph of strongly connected components. A group of one step without a
    /// self-loop is a dead end; larger groups (or a step jumping to itself) are closed loops.
    pub(crate) fn traps(&self, sop: &Sop) -> Vec<Vec<usize>> {
        let mut traps = Vec::new();
        for component in tarjan_scc(&self.graph) {
            let inside = |n: NodeIndex| component.contains(&n);
            let has_end = component
                .iter()
                .any(|n| sop.simbol[n.index()].jenis == Jenis::Selesai);
            let leaves = component.iter().any(|&n| {
                self.graph
                    .neighbors_directed(n, Direction::Outgoing)
                    .any(|m| !inside(m))
            });
            if !has_end && !leaves {
                let mut steps: Vec<usize> = component.iter().map(|n| n.index()).collect();
                steps.sort_unstable();
                traps.push(steps);
            }
        }
        traps.sort();
        traps
    }

    /// Whether a step has an edge to itself.
    pub(crate) fn has_self_loop(&self, step: usize) -> bool {
        let n = NodeIndex::new(step);
        self.graph
            .neighbors_directed(n, Direction::Outgoing)
            .any(|m| m == n)
    }
}

/// The start terminators, in order.
pub(crate) fn starts(sop: &Sop) -> impl Iterator<Item = usize> + '_ {
    sop.simbol
        .iter()
        .enumerate()
        .filter(|(_, s)| s.jenis == Jenis::Mulai)
        .map(|(i, _)| i)
}
