//! The paper a sheet is printed on: its size, its orientation, the margin every side keeps,
//! and the printable box inside, in the unit everything is measured in (CSS pixels, 96 per
//! inch).

/// CSS pixels per millimetre (96 per inch): the unit the layout measures in.
pub const PX_PER_MM: f32 = 96.0 / 25.4;

/// The margin on every side of a printed page, in millimetres: what office printers leave
/// blank anyway.
pub const MARGIN_MM: f32 = 10.0;

/// Paper sizes in use in Indonesian offices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PaperSize {
    /// A4, 210 × 297 mm.
    #[default]
    A4,
    /// F4 (folio), 210 × 330 mm.
    F4,
    /// US Letter, 215.9 × 279.4 mm.
    Letter,
    /// US Legal, 215.9 × 355.6 mm.
    Legal,
}

impl PaperSize {
    /// Width and height in millimetres, portrait.
    #[must_use]
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            PaperSize::A4 => (210.0, 297.0),
            PaperSize::F4 => (210.0, 330.0),
            PaperSize::Letter => (215.9, 279.4),
            PaperSize::Legal => (215.9, 355.6),
        }
    }
}

/// Page orientation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Orientation {
    /// Landscape, as most SOP sheets are printed.
    #[default]
    Landscape,
    /// Portrait.
    Portrait,
}

/// One sheet of paper as printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Paper {
    /// The size.
    pub size: PaperSize,
    /// The orientation.
    pub orientation: Orientation,
}

impl Paper {
    /// Width and height in millimetres after orientation.
    #[must_use]
    pub fn mm(self) -> (f32, f32) {
        let (w, h) = self.size.size_mm();
        match self.orientation {
            Orientation::Landscape => (h, w),
            Orientation::Portrait => (w, h),
        }
    }

    /// The margin, in CSS pixels.
    #[must_use]
    pub fn margin(self) -> f32 {
        MARGIN_MM * PX_PER_MM
    }

    /// The printable box inside the margins, width and height in CSS pixels. The height is
    /// one pixel short of the page's, so rounding in a browser's print path never pushes a
    /// page's content onto a blank extra sheet.
    #[must_use]
    pub fn printable(self) -> (f32, f32) {
        let (w, h) = self.mm();
        (
            (w - 2.0 * MARGIN_MM) * PX_PER_MM,
            (h - 2.0 * MARGIN_MM) * PX_PER_MM - 1.0,
        )
    }
}
