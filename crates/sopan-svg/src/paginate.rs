//! The flowchart split into printable pages: which steps go on which page of the paper an
//! office prints on, decided by sopan-layout's fitting loop from measured row heights.
//!
//! A page is drawn at 96 user units per inch (CSS pixels) and must fit the printable box:
//! the paper less a 10 mm margin on every side. The flowchart is laid out once unsplit to
//! learn each row's height; steps then fill a page until the next would not fit under the
//! title and header row (`PaperFrame` tells the loop how much room that leaves). A step
//! taller than a page gets a page of its own.

use sopan_check::model::Sop;
use sopan_layout::sheet::Paper;
use sopan_layout::{ConnectorStyle, Layout, LayoutSettings};

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
    let frame = PaperFrame { sop, printable };
    let layout = sopan_layout::fit(sop, &settings, &frame);
    let scale = frame.fitted(&layout, layout.pages.len() > 1).scale;
    Paginated { layout, scale }
}

/// The paper around the drawing, as the fitting loop sees it: every page has the title
/// and the header row above its rows, and the whole is scaled down to the paper's width
/// when the lanes are wider.
struct PaperFrame<'a> {
    sop: &'a Sop,
    printable: Printable,
}

/// How a layout's pages meet the paper.
struct Fitted {
    scale: f32,
    /// The height a page's rows may take, in user units.
    room: f32,
}

impl PaperFrame<'_> {
    fn fitted(&self, layout: &Layout, several: bool) -> Fitted {
        // A page of several says which it is ("2/12") at the right of the title, which may
        // wrap the title onto one more line. Digits are equally wide, so the number of
        // steps (the most pages there can be) gives a number at least as wide as any.
        let widest = self.sop.langkah.len().max(2);
        let numbered = Frame::new(self.sop, layout, Some((widest, widest)));
        let frame = if several {
            numbered.height(0.0)
        } else {
            Frame::new(self.sop, layout, None).height(0.0)
        };
        // The number does not change the width.
        let scale = (self.printable.width / numbered.width).min(1.0);
        Fitted {
            scale,
            room: self.printable.height / scale - frame,
        }
    }
}

impl sopan_layout::Frame for PaperFrame<'_> {
    fn min_rows(&self, _flow: &Layout) -> Vec<f32> {
        Vec::new()
    }

    fn room(&self, flow: &Layout, _page: usize, several: bool) -> f32 {
        self.fitted(flow, several).room
    }
}

#[cfg(test)]
mod tests;
