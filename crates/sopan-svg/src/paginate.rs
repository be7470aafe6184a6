//! The flowchart split into printable pages: which steps go on which page of the paper an
//! office prints on, decided from measured row heights.
//!
//! A page is drawn at 96 user units per inch (CSS pixels) and must fit the printable box:
//! the paper less a 10 mm margin on every side. The flowchart is laid out once unsplit to
//! learn each row's height; steps then fill a page until the next would not fit under the
//! title and header row. The split goes back to sopan-layout, which adds the off-page
//! connectors, and the result is measured again: a page the connectors made too tall gets
//! less room and the split is made again. A step taller than a page gets a page of its own.

use sopan_check::model::Sop;
use sopan_layout::sheet::Paper;
use sopan_layout::{ConnectorStyle, Layout, LayoutSettings, Routes, split_pages};

use crate::Frame;

/// The printable box of a sheet of paper, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Printable {
    pub(crate) width: f32,
    pub(crate) height: f32,
}

impl Printable {
    pub(crate) fn of(paper: Paper) -> Printable {
        let (width, height) = paper.printable();
        Printable { width, height }
    }
}

/// A flowchart laid out in pages that fit the paper.
pub(crate) struct Paginated {
    pub(crate) layout: Layout,
    /// The drawings' size on paper over their size in user units: 1, or less for lanes
    /// wider than the printable box.
    pub(crate) scale: f32,
}

/// Lays out `sop` in pages for `paper`, its connectors marked as `connectors` says.
pub(crate) fn paginate(sop: &Sop, paper: Paper, connectors: ConnectorStyle) -> Paginated {
    let printable = Printable::of(paper);
    let mut settings = LayoutSettings::flowchart();
    settings.connector_style = connectors;
    // A retry lays out again with another split; a page keeps its routes as long as it
    // keeps its steps.
    let mut routes = Routes::default();
    let whole = sopan_layout::layout_reusing(sop, &settings, &mut routes);
    let mut fitted = Fitted::new(sop, &whole, printable);
    if fitted.overflowing(&whole).is_empty() {
        return fitted.into(whole);
    }
    let heights: Vec<f32> = whole
        .pages
        .iter()
        .flat_map(|p| p.rows.iter().map(|r| r.height))
        .collect();
    // Room taken back from a page each time its connectors made it overflow. Each retry
    // moves at least one step off a page, so the loop ends; the bound is a guard only.
    let mut reserve: Vec<f32> = Vec::new();
    for _ in 0..=heights.len() {
        // Measured on the last layout: a split changes the connectors, so the lanes' widths,
        // the header and the scale, and adds page numbers that may wrap the title.
        let room = fitted.numbered_room;
        let ranges = split_pages(&heights, |page| {
            room - reserve.get(page).copied().unwrap_or(0.0)
        });
        settings.pages = Some(ranges);
        let layout = sopan_layout::layout_reusing(sop, &settings, &mut routes);
        fitted = Fitted::new(sop, &layout, printable);
        let over = fitted.overflowing(&layout);
        if over.is_empty() {
            return fitted.into(layout);
        }
        for page in over {
            // What the split added to the page's rows (connector strips, tracks of arrows
            // that now end at a connector): at least the overflow plus the old reserve,
            // so every retry takes a step off some page.
            let rows = &layout.pages[page];
            let measured: f32 = heights[rows.steps.clone()].iter().sum();
            if reserve.len() <= page {
                reserve.resize(page + 1, 0.0);
            }
            reserve[page] = reserve[page].max(rows.height - measured);
        }
    }
    // A guard never reached in the tests: one step per page fits, or may overflow.
    settings.pages = Some((0..heights.len()).map(|i| i..i + 1).collect());
    let layout = sopan_layout::layout_reusing(sop, &settings, &mut routes);
    Fitted::new(sop, &layout, printable).into(layout)
}

/// How a layout's pages meet the paper.
struct Fitted {
    scale: f32,
    /// The height a page's rows may take, in user units.
    room: f32,
    /// The same with page numbers in the title, for the next split.
    numbered_room: f32,
}

impl Fitted {
    fn new(sop: &Sop, layout: &Layout, printable: Printable) -> Fitted {
        let pages = layout.pages.len();
        // Pages differ only in their number; the widest ("12/12", digits being equally
        // wide) may wrap the title onto one more line than the others.
        let widest = pages.max(2);
        let numbered = Frame::new(sop, layout, Some((widest, widest)));
        let frame = if pages > 1 {
            numbered.height(0.0)
        } else {
            Frame::new(sop, layout, None).height(0.0)
        };
        // The number does not change the width.
        let scale = (printable.width / numbered.width).min(1.0);
        Fitted {
            scale,
            room: printable.height / scale - frame,
            numbered_room: printable.height / scale - numbered.height(0.0),
        }
    }

    /// The pages of several steps that are taller than the room.
    fn overflowing(&self, layout: &Layout) -> Vec<usize> {
        (0..layout.pages.len())
            .filter(|&i| {
                let page = &layout.pages[i];
                page.height > self.room && page.steps.len() > 1
            })
            .collect()
    }

    fn into(self, layout: Layout) -> Paginated {
        Paginated {
            layout,
            scale: self.scale,
        }
    }
}

#[cfg(test)]
mod tests;
