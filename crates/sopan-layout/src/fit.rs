//! The one fitting loop: a flowchart split into pages that fit what is printed around it.
//!
//! What surrounds the flowchart differs by output (the sheet's table with its header and
//! totals row, the standalone flowchart's title and header row), so a caller describes it
//! as a [`Frame`]: how tall each row must be for the columns beside the lanes, how much
//! room each page has for rows, what the last page keeps under them. The loop lays the
//! flowchart out whole to learn each row's height, fills pages step by step, and lays it
//! out again with that split. A split changes the drawing (off-page connectors take room,
//! arrows that now end at a connector free or take tracks, lanes may widen), so the result
//! is measured again: a page that came out too tall gets less room and the split is made
//! again, and a change of the lanes' width (which changes the other columns, and so the
//! rows' minimums) starts the round again.

use sopan_check::model::Sop;

use crate::{Layout, LayoutSettings, Routes, Split, layout_reusing, split_pages};

/// What is printed around the flowchart, as the loop needs to know it.
pub trait Frame {
    /// The least height of each step's row (indexed like `Sop::langkah`) when the
    /// flowchart is `flow`: its lanes' width decides how wide the other columns are, and so
    /// how their text wraps. Empty for no minimum.
    fn min_rows(&self, flow: &Layout) -> Vec<f32>;

    /// The height the rows of page `page` of `flow` may take. `several` says whether the
    /// flowchart is split into pages at all (a page of several may print its number).
    fn room(&self, flow: &Layout, page: usize, several: bool) -> f32;

    /// The height kept free under the last page's rows (the sheet's totals row).
    fn tail(&self, flow: &Layout) -> f32 {
        let _ = flow;
        0.0
    }
}

/// Tolerance of every comparison of heights: far below what a printer shows, far above
/// the noise of adding a few hundred `f32` heights.
const EPSILON: f32 = 0.01;

/// `sop` laid out in pages that fit `frame`. Breaks fall between steps; every page has at
/// least one step, so a step taller than a page gets a page to itself (and overflows it:
/// the caller decides what that means). The totals kept under the last page's rows never
/// stand alone: when they do not fit, the last step moves on with them.
#[must_use]
pub fn fit(sop: &Sop, settings: &LayoutSettings, frame: &dyn Frame) -> Layout {
    // A retry lays out again with another split or other minimums; a page keeps its routes
    // as long as it keeps its steps.
    let mut routes = Routes::default();
    let mut split = Split::default();
    let mut flow = layout_reusing(sop, settings, &split, &mut routes);
    // Room taken back from a page each time its rows came out taller than measured.
    let mut reserve: Vec<f32> = Vec::new();
    // Each round either settles the lanes' width, which takes a round or two, or takes room
    // back from a page and so moves at least one step off it: the bound is a guard only.
    for _ in 0..sop.langkah.len() + 4 {
        split.min_row_heights = frame.min_rows(&flow);
        split.pages = None;
        let whole = layout_reusing(sop, settings, &split, &mut routes);
        let fits_whole = reserve.is_empty()
            && whole.pages.len() == 1
            && whole
                .pages
                .iter()
                .all(|p| p.height + frame.tail(&whole) <= frame.room(&whole, 0, false) + EPSILON);
        let next = if fits_whole {
            whole
        } else {
            let heights: Vec<f32> = whole
                .pages
                .iter()
                .flat_map(|p| p.rows.iter().map(|r| r.height))
                .collect();
            let budget = |page: usize| {
                frame.room(&whole, page, true) - reserve.get(page).copied().unwrap_or(0.0)
            };
            split.pages = Some(keep_tail(&heights, budget, frame.tail(&whole)));
            layout_reusing(sop, settings, &split, &mut routes)
        };
        let same_width = (next.width - flow.width).abs() < 0.5;
        flow = next;
        if !same_width {
            continue;
        }
        let over = overflowing(frame, &flow);
        if over.is_empty() {
            return flow;
        }
        for (page, by) in over {
            if reserve.len() <= page {
                reserve.resize(page + 1, 0.0);
            }
            reserve[page] += by;
        }
    }
    flow
}

/// [`split_pages`] with `tail` kept free on the last page: when the last page's rows and
/// the tail do not fit together, its last step moves on to a page of its own.
fn keep_tail(
    heights: &[f32],
    budget: impl Fn(usize) -> f32,
    tail: f32,
) -> Vec<std::ops::Range<usize>> {
    let mut pages = split_pages(heights, &budget);
    let Some(last) = pages.pop() else {
        return pages;
    };
    let used: f32 = heights[last.clone()].iter().sum();
    if tail > 0.0 && used + tail > budget(pages.len()) + EPSILON && last.len() > 1 {
        pages.push(last.start..last.end - 1);
        pages.push(last.end - 1..last.end);
    } else {
        pages.push(last);
    }
    pages
}

/// The pages of several steps whose rows (and, on the last page, the tail) are taller than
/// their room, with by how much.
fn overflowing(frame: &dyn Frame, flow: &Layout) -> Vec<(usize, f32)> {
    let several = flow.pages.len() > 1;
    let last = flow.pages.len().saturating_sub(1);
    flow.pages
        .iter()
        .enumerate()
        .filter_map(|(i, page)| {
            let tail = if i == last { frame.tail(flow) } else { 0.0 };
            let by = page.height + tail - frame.room(flow, i, several);
            (by > EPSILON && page.steps.len() > 1).then_some((i, by))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::keep_tail;

    #[test]
    fn fills_pages_and_keeps_the_tail_with_a_step() {
        let heights = [50.0; 7];
        assert_eq!(keep_tail(&heights, |_| 160.0, 0.0), [0..3, 3..6, 6..7]);
        assert_eq!(keep_tail(&heights, |_| 160.0, 20.0), [0..3, 3..6, 6..7]);
        assert_eq!(
            keep_tail(&heights[..6], |_| 160.0, 20.0),
            [0..3, 3..5, 5..6]
        );
        assert_eq!(keep_tail(&[500.0, 10.0], |_| 100.0, 0.0), [0..1, 1..2]);
        assert_eq!(keep_tail(&[], |_| 100.0, 10.0), []);
    }
}
