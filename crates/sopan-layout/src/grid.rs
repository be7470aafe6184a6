//! The grid of one page: which symbol sits in which (row, lane) cell, and the arrows to
//! route between them, before any coordinate exists.
//!
//! Rows are the page's steps in order (a step whose symbols name one lane twice takes one
//! row per level: a symbol that would share a lane with an earlier one of its row starts
//! the next level, and the symbols after it follow there), with extra rows for off-page connectors above
//! (flow arriving from an earlier page, loops leaving for one) and below (flow leaving
//! for a later page, loops arriving from one). An arrow between pages becomes two arrows,
//! one on each page, joined by the connector pair that shares a mark.

use std::ops::Range;

use sopan_check::model::{Garis, Jenis, Sop};

use crate::figures::Figures;
use crate::geometry::ConnectorRole;
use crate::settings::ConnectorStyle;

/// What a cell holds, as far as routing cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CellKind {
    Terminator,
    Process,
    Decision,
    Connector,
}

/// One symbol on the grid.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cell {
    pub(crate) row: usize,
    pub(crate) lane: usize,
    pub(crate) kind: CellKind,
    /// Index into `Figures::list` of the symbol it draws; `None` for a connector.
    pub(crate) symbol: Option<usize>,
}

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RowKind {
    Step(usize),
    /// A row of off-page connectors, drawn inside the band of the step next to it.
    Strip,
}

/// A thing arrows start or end at: a symbol (one cell per actor) or a connector.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub(crate) cells: Vec<usize>,
}

/// How an arrow prefers to leave its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Any arrow not leaving a decision: down if it can.
    Flow,
    /// The decision exit that carries on downwards.
    Main,
    /// The other decision exit: sideways.
    Branch,
}

/// An arrow to route on this page.
#[derive(Clone, Debug)]
pub(crate) struct GridEdge {
    pub(crate) alur: usize,
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) role: Role,
    pub(crate) label: Option<String>,
    /// Between two symbols on one level of one row: drawn side to side.
    pub(crate) inner: bool,
    /// A solid arrow with one head (`->`), which may share lines with others.
    pub(crate) plain: bool,
}

/// A connector on this page.
#[derive(Clone, Debug)]
pub(crate) struct PageConnector {
    pub(crate) mark: String,
    pub(crate) alur: usize,
    pub(crate) role: ConnectorRole,
    pub(crate) node: usize,
}

/// One page's grid.
#[derive(Clone, Debug)]
pub(crate) struct Grid {
    pub(crate) steps: Range<usize>,
    /// The symbols of the page's steps; symbol `s` is node `s - symbols.start`.
    pub(crate) symbols: Range<usize>,
    pub(crate) lanes: usize,
    pub(crate) rows: Vec<RowKind>,
    pub(crate) cells: Vec<Cell>,
    pub(crate) nodes: Vec<Node>,
    pub(crate) edges: Vec<GridEdge>,
    pub(crate) connectors: Vec<PageConnector>,
    /// Pairs of cells of a joint step joined by a plain line, left one first.
    pub(crate) joins: Vec<(usize, usize)>,
    /// `rows × lanes`: the cell in each place.
    occupied: Vec<Option<usize>>,
    /// `lanes × (rows + 1)`: per lane, how many of the rows above each row hold a symbol,
    /// so that a line down a lane is checked against its symbols in one step.
    above: Vec<u32>,
}

impl Grid {
    /// The cell at a row and lane.
    pub(crate) fn at(&self, row: usize, lane: usize) -> Option<usize> {
        self.occupied
            .get(row * self.lanes + lane)
            .copied()
            .flatten()
    }

    /// The cells of a row, left to right.
    pub(crate) fn cells_in_row(&self, row: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.lanes).filter_map(move |lane| self.at(row, lane))
    }

    /// How many of rows `from..to` hold a symbol in `lane`.
    pub(crate) fn symbols_between(&self, lane: usize, from: usize, to: usize) -> u32 {
        if from >= to {
            return 0;
        }
        let base = lane * (self.rows.len() + 1);
        let count = |row: usize| self.above.get(base + row).copied().unwrap_or(0);
        count(to) - count(from)
    }

    /// The node of symbol `s`, which every grid of a page containing its row has.
    fn symbol_node(&self, s: usize) -> usize {
        s - self.symbols.start
    }
}

/// The page split to use: the requested one when it covers `0..steps` in order with no
/// empty page, else a single page.
pub(crate) fn pages(requested: Option<&[Range<usize>]>, steps: usize) -> Vec<Range<usize>> {
    let Some(requested) = requested else {
        return whole(steps);
    };
    let mut next = 0;
    for range in requested {
        if range.start != next || range.end <= range.start {
            return whole(steps);
        }
        next = range.end;
    }
    if next == steps && !requested.is_empty() {
        requested.to_vec()
    } else {
        whole(steps)
    }
}

/// One page with every step.
fn whole(steps: usize) -> Vec<Range<usize>> {
    std::iter::once(0..steps).collect()
}

/// The grids of all pages.
pub(crate) fn build(
    sop: &Sop,
    figures: &Figures,
    pages: &[Range<usize>],
    style: ConnectorStyle,
) -> Vec<Grid> {
    let lanes = sop.pelaksana.len().max(1);
    // Looked up once per arrow per page: a table, not a search through the pages.
    let mut page_index = vec![0; sop.langkah.len()];
    for (page, steps) in pages.iter().enumerate() {
        for step in steps.clone() {
            if let Some(slot) = page_index.get_mut(step) {
                *slot = page;
            }
        }
    }
    let page_of = |s: usize| page_index.get(figures.step(s)).copied().unwrap_or(0);
    let roles = roles(sop, figures);
    let symbols = figures.list.len();
    // Marks go to the arrows that change page, in the order of the edge list.
    let mut marks = vec![None; sop.alur.len()];
    let mut count = 0;
    for (index, alur) in sop.alur.iter().enumerate() {
        let inside = alur.dari < symbols && alur.ke < symbols;
        if inside && page_of(alur.dari) != page_of(alur.ke) {
            marks[index] = Some(style.mark(count));
            count += 1;
        }
    }
    // Per page, the arrows that start or end on it, in order: a page looks at its own
    // arrows only, not at every arrow of the SOP.
    let mut touching: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    for (index, alur) in sop.alur.iter().enumerate() {
        let (from, to) = (page_of(alur.dari), page_of(alur.ke));
        if let Some(list) = touching.get_mut(from) {
            list.push(index);
        }
        if to != from
            && let Some(list) = touching.get_mut(to)
        {
            list.push(index);
        }
    }
    pages
        .iter()
        .enumerate()
        .map(|(page, steps)| {
            let mut builder = Builder::new(steps.clone(), lanes);
            let arrows = &touching[page];
            builder.connectors(sop, figures, (page, arrows), &page_of, &marks);
            builder.finish(sop, figures, (page, arrows), &page_of, &roles, &marks)
        })
        .collect()
}

/// The role of each arrow: which decision exit carries on downwards.
fn roles(sop: &Sop, figures: &Figures) -> Vec<Role> {
    let mut roles = vec![Role::Flow; sop.alur.len()];
    let mut leaving: Vec<Vec<usize>> = vec![Vec::new(); figures.list.len()];
    for (i, alur) in sop.alur.iter().enumerate() {
        if let Some(exits) = leaving.get_mut(alur.dari) {
            exits.push(i);
        }
    }
    for (s, figure) in figures.list.iter().enumerate() {
        if figure.jenis != Jenis::Keputusan {
            continue;
        }
        let exits = std::mem::take(&mut leaving[s]);
        let lane = |f: usize| figures.list.get(f).and_then(|f| f.lanes.first().copied());
        let here = lane(s).unwrap_or(0);
        // The nearest exit going down to a later row is the main one (the one straight
        // below first); the others, and those to a symbol beside it, go sideways.
        let main = exits
            .iter()
            .copied()
            .filter(|&i| sop.alur[i].ke > s && figures.step(sop.alur[i].ke) > figure.step)
            .min_by_key(|&i| {
                let ke = sop.alur[i].ke;
                let across = lane(ke).map_or(usize::MAX, |l| l.abs_diff(here));
                (figures.step(ke), across, ke, i)
            });
        for i in exits {
            roles[i] = if Some(i) == main {
                Role::Main
            } else {
                Role::Branch
            };
        }
    }
    roles
}

struct Builder {
    steps: Range<usize>,
    lanes: usize,
    top: Vec<Vec<Option<usize>>>,
    bottom: Vec<Vec<Option<usize>>>,
    connectors: Vec<PageConnector>,
}

impl Builder {
    fn new(steps: Range<usize>, lanes: usize) -> Builder {
        Builder {
            steps,
            lanes,
            top: Vec::new(),
            bottom: Vec::new(),
            connectors: Vec::new(),
        }
    }

    /// Finds the connectors of this page and puts each in a strip row, in its lane.
    fn connectors(
        &mut self,
        sop: &Sop,
        figures: &Figures,
        (page, arrows): (usize, &[usize]),
        page_of: &dyn Fn(usize) -> usize,
        marks: &[Option<String>],
    ) {
        let first_lane = |s: usize| {
            figures
                .list
                .get(s)
                .and_then(|f| f.lanes.iter().min().copied())
                .unwrap_or(0)
                .min(self.lanes - 1)
        };
        for &index in arrows {
            crate::work::tally(1);
            let alur = &sop.alur[index];
            let Some(mark) = &marks[index] else { continue };
            let (from, to) = (page_of(alur.dari), page_of(alur.ke));
            let forward = to > from;
            let (role, lane, above) = if from == page {
                // Leaving: below the steps when the flow goes on later, above for a loop.
                (ConnectorRole::Keluar, first_lane(alur.dari), !forward)
            } else if to == page {
                (ConnectorRole::Masuk, first_lane(alur.ke), forward)
            } else {
                continue;
            };
            let strips = if above {
                &mut self.top
            } else {
                &mut self.bottom
            };
            let id = self.connectors.len();
            place_in_strip(strips, self.lanes, lane, id);
            self.connectors.push(PageConnector {
                mark: mark.clone(),
                alur: index,
                role,
                node: usize::MAX,
            });
        }
    }

    fn finish(
        mut self,
        sop: &Sop,
        figures: &Figures,
        (page, arrows): (usize, &[usize]),
        page_of: &dyn Fn(usize) -> usize,
        roles: &[Role],
        marks: &[Option<String>],
    ) -> Grid {
        let symbols = match (
            figures.of_step.get(self.steps.start),
            self.steps
                .end
                .checked_sub(1)
                .and_then(|l| figures.of_step.get(l)),
        ) {
            (Some(first), Some(last)) if !self.steps.is_empty() => first.start..last.end,
            _ => 0..0,
        };
        let mut rows = Rows {
            kinds: Vec::new(),
            placed: Vec::new(),
            nodes: symbols
                .clone()
                .map(|_| Node { cells: Vec::new() })
                .collect(),
        };
        // The top strips nearest the steps were added last, so they go in reverse.
        for strip in self.top.iter().rev() {
            rows.strip(strip, &mut self.connectors);
        }
        for step in self.steps.clone() {
            rows.step(figures, step, symbols.start, self.lanes);
        }
        for strip in &self.bottom {
            rows.strip(strip, &mut self.connectors);
        }
        let mut grid = Grid {
            steps: self.steps.clone(),
            symbols,
            lanes: self.lanes,
            occupied: vec![None; rows.kinds.len() * self.lanes],
            rows: rows.kinds,
            cells: Vec::new(),
            nodes: rows.nodes,
            edges: Vec::new(),
            connectors: self.connectors,
            joins: Vec::new(),
            above: Vec::new(),
        };
        grid.place(&rows.placed);
        grid.edges = edges(
            sop,
            &grid,
            (page, arrows),
            page_of,
            roles,
            marks,
            figures.list.len(),
        );
        grid.mark_inner();
        grid
    }
}

/// A symbol to put on the grid: row, lane, kind, node, symbol.
type Placed = (usize, usize, CellKind, usize, Option<usize>);

/// The rows of a page as they are built, top to bottom.
struct Rows {
    kinds: Vec<RowKind>,
    placed: Vec<Placed>,
    nodes: Vec<Node>,
}

impl Rows {
    /// Adds a row of connectors, each a node of its own.
    fn strip(&mut self, strip: &[Option<usize>], connectors: &mut [PageConnector]) {
        let row = self.kinds.len();
        self.kinds.push(RowKind::Strip);
        for (lane, slot) in strip.iter().enumerate() {
            if let Some(id) = slot {
                connectors[*id].node = self.nodes.len();
                self.placed
                    .push((row, lane, CellKind::Connector, self.nodes.len(), None));
                self.nodes.push(Node { cells: Vec::new() });
            }
        }
    }

    /// Adds the rows of a step: one per level, each symbol with a cell in each of its
    /// actors' lanes.
    fn step(&mut self, figures: &Figures, step: usize, first: usize, lanes: usize) {
        let Some(range) = figures.of_step.get(step) else {
            return;
        };
        let mut row = self.kinds.len();
        self.kinds.push(RowKind::Step(step));
        // The lanes a level holds, the lanes between a joint symbol's ends included (its
        // join runs across them).
        let mut taken = vec![false; lanes];
        for s in range.clone() {
            let figure = &figures.list[s];
            let kind = match figure.jenis {
                Jenis::Mulai | Jenis::Selesai => CellKind::Terminator,
                Jenis::Proses => CellKind::Process,
                Jenis::Keputusan => CellKind::Decision,
            };
            let mut actors: Vec<usize> = figure.lanes.iter().map(|&l| l.min(lanes - 1)).collect();
            actors.sort_unstable();
            actors.dedup();
            if actors.is_empty() {
                actors.push(0);
            }
            let span = actors[0]..=actors[actors.len() - 1];
            if span.clone().any(|l| taken[l]) {
                row = self.kinds.len();
                self.kinds.push(RowKind::Step(step));
                taken.fill(false);
            }
            for l in span {
                taken[l] = true;
            }
            for lane in actors {
                self.placed.push((row, lane, kind, s - first, Some(s)));
            }
        }
    }
}

impl Grid {
    /// Creates the cells, and the joins between the cells of each joint step.
    fn place(&mut self, placed: &[Placed]) {
        for &(row, lane, kind, node, symbol) in placed {
            let id = self.cells.len();
            self.cells.push(Cell {
                row,
                lane,
                kind,
                symbol,
            });
            self.nodes[node].cells.push(id);
            self.occupied[row * self.lanes + lane] = Some(id);
        }
        let rows = self.rows.len();
        self.above = Vec::with_capacity(self.lanes * (rows + 1));
        for lane in 0..self.lanes {
            let mut count = 0;
            self.above.push(0);
            for row in 0..rows {
                count += u32::from(self.occupied[row * self.lanes + lane].is_some());
                self.above.push(count);
            }
        }
        for node in 0..self.symbols.len() {
            for pair in self.nodes[node].cells.windows(2) {
                self.joins.push((pair[0], pair[1]));
            }
        }
    }
}

/// Puts connector `id` in the first strip row whose `lane` is free, adding a row if none is.
fn place_in_strip(strips: &mut Vec<Vec<Option<usize>>>, lanes: usize, lane: usize, id: usize) {
    if let Some(strip) = strips.iter_mut().find(|s| s[lane].is_none()) {
        strip[lane] = Some(id);
    } else {
        let mut strip = vec![None; lanes];
        strip[lane] = Some(id);
        strips.push(strip);
    }
}

/// The arrows of one page: whole ones, and the halves of those that change page.
fn edges(
    sop: &Sop,
    grid: &Grid,
    (page, arrows): (usize, &[usize]),
    page_of: &dyn Fn(usize) -> usize,
    roles: &[Role],
    marks: &[Option<String>],
    count: usize,
) -> Vec<GridEdge> {
    // The first connector of each arrow, as the search through them would find.
    let mut nodes = std::collections::BTreeMap::new();
    for c in &grid.connectors {
        nodes.entry(c.alur).or_insert(c.node);
    }
    let connector_node = |alur: usize| nodes.get(&alur).copied();
    let mut out = Vec::new();
    for &index in arrows {
        crate::work::tally(1);
        let alur = &sop.alur[index];
        // A checked model only has arrows between its symbols; anything else is not drawn.
        if alur.dari >= count || alur.ke >= count {
            continue;
        }
        let (from_page, to_page) = (page_of(alur.dari), page_of(alur.ke));
        let (from, to) = if marks[index].is_none() {
            if from_page != page {
                continue;
            }
            (grid.symbol_node(alur.dari), grid.symbol_node(alur.ke))
        } else if from_page == page {
            let Some(node) = connector_node(index) else {
                continue;
            };
            (grid.symbol_node(alur.dari), node)
        } else if to_page == page {
            let Some(node) = connector_node(index) else {
                continue;
            };
            (node, grid.symbol_node(alur.ke))
        } else {
            continue;
        };
        // The label stays with the half that leaves the decision.
        let label = if from_page == page {
            alur.label.clone()
        } else {
            None
        };
        out.push(GridEdge {
            alur: index,
            from,
            to,
            role: if from_page == page {
                roles[index]
            } else {
                Role::Flow
            },
            label,
            inner: false,
            plain: alur.garis == Garis::Panah,
        });
    }
    out
}

impl Grid {
    /// Marks the arrows between two symbols on one level of one row.
    fn mark_inner(&mut self) {
        let row = |grid: &Grid, node: usize| {
            let cell = *grid.nodes.get(node)?.cells.first()?;
            let cell = grid.cells[cell];
            cell.symbol.map(|_| cell.row)
        };
        let inner: Vec<bool> = self
            .edges
            .iter()
            .map(|e| {
                e.from != e.to && row(self, e.from).is_some_and(|r| row(self, e.to) == Some(r))
            })
            .collect();
        for (edge, inner) in self.edges.iter_mut().zip(inner) {
            edge.inner = inner;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Role, RowKind, build};
    use crate::figures::Figures;
    use crate::settings::ConnectorStyle;

    const SEVERAL: &str = include_str!("../tests/geometry/files/several-symbols.sop");

    fn sop() -> sopan_check::model::Sop {
        let (file, parsed) = sopan_syntax::parse_bytes("several.sop", SEVERAL.as_bytes());
        let document = parsed.document.unwrap_or_else(|| panic!("parses"));
        sopan_check::check(&document, file.text())
            .sop
            .unwrap_or_else(|| panic!("checks clean"))
    }

    #[test]
    fn a_lane_named_twice_in_a_row_starts_a_second_level() {
        let sop = sop();
        let figures = Figures::new(&sop);
        let grids = build(
            &sop,
            &figures,
            &super::whole(sop.langkah.len()),
            ConnectorStyle::Angka,
        );
        let rows: Vec<RowKind> = grids[0].rows.clone();
        // Rows 1–3 hold their symbols on one level; row 4 names Bagian Umum twice.
        let levels = |step: usize| rows.iter().filter(|r| **r == RowKind::Step(step)).count();
        assert_eq!([levels(0), levels(1), levels(2), levels(3)], [1, 1, 1, 2]);
        assert_eq!(grids[0].nodes.len(), sop.simbol.len());
    }

    #[test]
    fn arrows_within_a_level_are_inner_and_decision_roles_are_per_symbol() {
        let sop = sop();
        let figures = Figures::new(&sop);
        let grid = &build(
            &sop,
            &figures,
            &super::whole(sop.langkah.len()),
            ConnectorStyle::Angka,
        )[0];
        let edge = |dari: usize, ke: usize| {
            let alur = sop
                .alur
                .iter()
                .position(|a| a.dari == dari && a.ke == ke)
                .unwrap_or_else(|| panic!("arrow {dari} -> {ke}"));
            grid.edges
                .iter()
                .find(|e| e.alur == alur)
                .unwrap_or_else(|| panic!("arrow {alur} on the page"))
        };
        // The box then the decision of row 2, the two-way arrow of row 3: side by side.
        assert!(edge(2, 3).inner && edge(5, 4).inner);
        // Row 4's box and end are on two levels: not side by side.
        assert!(!edge(6, 7).inner && !edge(0, 2).inner);
        // The decision's exit straight below it carries on; the one across goes sideways.
        assert_eq!(edge(3, 5).role, Role::Main);
        assert_eq!(edge(3, 4).role, Role::Branch);
    }
}
