//! The printed page: paper size and orientation from the office's layout settings, turned
//! into CSS pixels (96 per inch), the unit sopan-layout measures in.

use sopan_config::{Layout, MARGIN_MM};

pub(crate) use sopan_config::PX_PER_MM;

/// One sheet of paper, in CSS pixels.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Paper {
    /// Width and height in millimetres as printed (after orientation).
    pub(crate) mm: (f32, f32),
    /// The printable box inside the margins.
    pub(crate) content_width: f32,
    pub(crate) content_height: f32,
    pub(crate) margin: f32,
}

impl Paper {
    pub(crate) fn of(layout: &Layout) -> Paper {
        let (content_width, content_height) = layout.printable_px();
        Paper {
            mm: layout.page_mm(),
            content_width,
            content_height,
            margin: MARGIN_MM * PX_PER_MM,
        }
    }
}
