//! The printed page: paper size and orientation from the office's layout settings, turned
//! into CSS pixels (96 per inch), the unit sopan-layout measures in.

use sopan_config::{Kertas, Layout, Orientasi};

/// CSS pixels per millimetre.
pub(crate) const PX_PER_MM: f32 = 96.0 / 25.4;

/// The margin on every side, in millimetres: what office printers leave blank anyway.
const MARGIN_MM: f32 = 10.0;

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
        let (w, h) = layout.kertas.unwrap_or(Kertas::A4).size_mm();
        let mm = match layout.orientasi.unwrap_or(Orientasi::Lanskap) {
            Orientasi::Lanskap => (h, w),
            Orientasi::Potret => (w, h),
        };
        let margin = MARGIN_MM * PX_PER_MM;
        Paper {
            mm,
            content_width: (mm.0 - 2.0 * MARGIN_MM) * PX_PER_MM,
            // One pixel less than the page, so rounding in the browser never pushes a page's
            // content onto a blank extra sheet.
            content_height: (mm.1 - 2.0 * MARGIN_MM) * PX_PER_MM - 1.0,
            margin,
        }
    }
}
