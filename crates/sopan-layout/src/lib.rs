//! Swimlane geometry of a checked SOP, shared by the SVG flowchart and the HTML sheet.
//!
//! [`layout`] places one row per step, top to bottom, and one lane per actor, left to
//! right, in the order the author declared them; symbols sit in their actor's lane (a joint
//! symbol in each of its actors' lanes, joined by a plain line). A row holds one symbol or
//! several; one that names a lane twice holds them on several levels. Arrows run between
//! symbols (`alur` indexes `simbol`), side to side between two symbols of one level. Arrows are routed with right
//! angles only, never through a symbol, never along another arrow; loops climb in gutters
//! beside the symbols, each on its own track; arrows coming down into one symbol join just
//! above it. The result is plain numbers ([`Layout`]):
//! renderers draw it and add nothing.
//!
//! Three promises hold for every input. Same input, same bytes: no hashing, no threads,
//! floats only from the same operations in the same order. Stable under edits: routes are
//! decided on the grid before any size is known, so changing one step's text moves only
//! that row's height (rows below shift, nothing moves sideways). Text fits: it is measured
//! with the bundled font ([`text`]) and wrapped inside its symbol.
//!
//! Files: `figures.rs` (the symbols, row by row), `grid.rs` (cells, connectors, arrows of each page), `route/` (abstract routing),
//! `symbols.rs` (sizes and outlines), `place/` (coordinates and labels), `text.rs` (font
//! metrics and wrapping), `settings.rs`, `geometry.rs` (the output types).

mod figures;
pub mod fit;
mod geometry;
mod grid;
mod place;
mod route;
mod settings;
pub mod sheet;
mod stab;
mod symbols;
pub mod text;
pub mod work;

pub use fit::{Frame, fit};
pub use geometry::{
    Arrow, Connector, ConnectorRole, DOTTED, Edge, Join, Label, Lane, Layout, Page, Point, Rect,
    Row, Shape, Symbol, TextLine,
};
pub use settings::{ConnectorStyle, LayoutSettings, SymbolText};

use std::collections::BTreeMap;
use std::ops::Range;

use sopan_check::model::Sop;

/// A count (of lines, tracks, bends) as a length factor. Counts here stay far below 2^24,
/// where `f32` would start to round them.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of lines and tracks are small"
)]
pub(crate) fn units(count: usize) -> f32 {
    count as f32
}

/// A page split for [`LayoutSettings::pages`]: steps in order, each page filled until the
/// next step's height would not fit in `budget(page)`. Every page has at least one step, so
/// a step taller than a page gets one to itself; no steps give no pages. [`fit`] splits
/// this way.
#[must_use]
pub fn split_pages(heights: &[f32], budget: impl Fn(usize) -> f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    for (i, &h) in heights.iter().enumerate() {
        if i > start && used + h > budget(pages.len()) {
            pages.push(start..i);
            start = i;
            used = 0.0;
        }
        used += h;
    }
    if start < heights.len() {
        pages.push(start..heights.len());
    }
    pages
}

/// Routes kept from earlier layouts of one SOP, by page. A page's routes depend only on
/// which steps it holds (routing happens on the grid, before any size is known), so a
/// caller that lays out the same SOP again with other row heights or another page split
/// (the sheet's fitting loop) routes only the pages it has not seen.
#[derive(Debug, Default)]
pub struct Routes {
    pages: BTreeMap<(usize, usize), route::Routed>,
}

/// What a fitting loop feeds back into a layout: the room each row must have for the
/// columns beside the flowchart, and the steps of each page. Not style: the same settings
/// are laid out with many splits while a page is fitted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Split {
    /// Minimum height per step, indexed like `Sop::langkah`; missing entries mean no
    /// minimum. The sheet puts here what its other columns need.
    pub min_row_heights: Vec<f32>,
    /// The steps of each page, in order, together covering every step once. `None` (or a
    /// list that is not such a split) gives one page.
    pub pages: Option<Vec<Range<usize>>>,
}

/// Lays out `sop` on one page, rows as low as their symbols allow.
#[must_use]
pub fn layout(sop: &Sop, settings: &LayoutSettings) -> Layout {
    layout_split(sop, settings, &Split::default())
}

/// Lays out `sop` with the row minimums and page split of `split`.
#[must_use]
pub fn layout_split(sop: &Sop, settings: &LayoutSettings, split: &Split) -> Layout {
    layout_reusing(sop, settings, split, &mut Routes::default())
}

/// Lays out `sop` as [`layout_split`] does, reusing the routes of pages `kept` already
/// holds and keeping the new ones. `kept` must only ever be used with this one SOP.
#[must_use]
pub fn layout_reusing(
    sop: &Sop,
    settings: &LayoutSettings,
    split: &Split,
    kept: &mut Routes,
) -> Layout {
    work::tally(1);
    let lanes = sop.pelaksana.len().max(1);
    let figures = figures::Figures::new(sop);
    let pages = grid::pages(split.pages.as_deref(), sop.langkah.len());
    let routed: Vec<_> = grid::build(sop, &figures, &pages, settings.connector_style)
        .into_iter()
        .map(|g| {
            let key = (g.steps.start, g.steps.end);
            let r = kept
                .pages
                .entry(key)
                .or_insert_with(|| route::route(&g))
                .clone();
            (g, r)
        })
        .collect();
    let columns = place::columns::columns(&routed, lanes, settings);
    let sized: Vec<_> = figures
        .list
        .iter()
        .map(|figure| symbols::size(figure, sop.langkah.get(figure.step), settings))
        .collect();
    let context = place::Context {
        sop,
        figures: &figures,
        columns: &columns,
        sized: &sized,
        settings,
        split,
    };
    let pages = routed
        .iter()
        .enumerate()
        .map(|(i, (grid, r))| place::page(&context, grid, r, i))
        .collect();
    let lanes = (0..lanes)
        .map(|k| Lane {
            actor: k,
            name: sop
                .pelaksana
                .get(k)
                .map(|p| p.nama.clone())
                .unwrap_or_default(),
            x: columns.edges[k],
            width: columns.edges[k + 1] - columns.edges[k],
            center: columns.centers[k],
        })
        .collect();
    Layout {
        lanes,
        width: columns.edges.last().copied().unwrap_or(0.0),
        pages,
        font_size: settings.font_size,
        label_font_size: settings.label_font_size,
    }
}

#[cfg(test)]
mod split_tests {
    use super::split_pages;

    #[test]
    fn pages_fill_until_the_next_step_would_not_fit() {
        assert_eq!(split_pages(&[3.0, 3.0, 3.0, 3.0], |_| 7.0), [0..2, 2..4]);
        // A step that fills the page exactly still fits.
        assert_eq!(split_pages(&[3.0, 4.0, 1.0], |_| 7.0), [0..2, 2..3]);
        assert_eq!(split_pages(&[], |_| 7.0), []);
    }

    #[test]
    fn a_step_taller_than_a_page_gets_a_page_of_its_own() {
        let whole = 0..1;
        assert_eq!(split_pages(&[10.0], |_| 5.0), [whole]);
        assert_eq!(split_pages(&[1.0, 10.0, 1.0], |_| 5.0), [0..1, 1..2, 2..3]);
    }

    #[test]
    fn each_page_has_its_own_budget() {
        let budget = |page: usize| if page == 0 { 3.0 } else { 10.0 };
        assert_eq!(
            split_pages(&[2.0, 2.0, 2.0, 2.0, 2.0], budget),
            [0..1, 1..5]
        );
    }
}
