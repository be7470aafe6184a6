//! Layout settings: paper, pagination, column headings and the other office conventions
//! the renderers follow. Everything here is layout, not language: an SOP reads the same
//! whatever is set.

use serde::Deserialize;

/// Layout settings, each optional so folders can override one key.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Layout {
    /// Paper size.
    pub kertas: Option<Kertas>,
    /// Orientation; landscape unless set.
    pub orientasi: Option<Orientasi>,
    /// How off-page connectors are marked: 1, 2, … or A, B, ….
    pub penanda: Option<Penanda>,
    /// Column headings that differ between offices.
    pub judul_kolom: Option<JudulKolom>,
    /// The order of the mutu baku columns.
    pub urutan_mutu_baku: Option<Vec<KolomMutu>>,
    /// Whether a row of column numbers (1, 2, 3, …) sits under the header.
    pub nomor_kolom: Option<bool>,
    /// Whether the Keterangan column is printed.
    pub kolom_keterangan: Option<bool>,
    /// Whether the table header repeats on every page.
    pub ulang_kepala: Option<bool>,
}

/// Paper sizes in use in Indonesian offices.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kertas {
    /// A4, 210 × 297 mm.
    A4,
    /// F4 (folio), 210 × 330 mm.
    F4,
    /// US Letter, 215.9 × 279.4 mm.
    Letter,
    /// US Legal, 215.9 × 355.6 mm.
    Legal,
}

/// CSS pixels per millimetre (96 per inch): the unit the layout measures in.
pub const PX_PER_MM: f32 = 96.0 / 25.4;

/// The margin on every side of a printed page, in millimetres: what office printers leave
/// blank anyway.
pub const MARGIN_MM: f32 = 10.0;

impl Layout {
    /// The page as printed, width and height in millimetres after orientation: A4
    /// landscape unless set.
    #[must_use]
    pub fn page_mm(&self) -> (f32, f32) {
        let (w, h) = self.kertas.unwrap_or(Kertas::A4).size_mm();
        match self.orientasi.unwrap_or(Orientasi::Lanskap) {
            Orientasi::Lanskap => (h, w),
            Orientasi::Potret => (w, h),
        }
    }

    /// The printable box inside the margins, width and height in CSS pixels. The height is
    /// one pixel short of the page's, so rounding in a browser's print path never pushes a
    /// page's content onto a blank extra sheet.
    #[must_use]
    pub fn printable_px(&self) -> (f32, f32) {
        let (w, h) = self.page_mm();
        (
            (w - 2.0 * MARGIN_MM) * PX_PER_MM,
            (h - 2.0 * MARGIN_MM) * PX_PER_MM - 1.0,
        )
    }
}

impl Kertas {
    /// Width and height in millimetres, portrait.
    #[must_use]
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Kertas::A4 => (210.0, 297.0),
            Kertas::F4 => (210.0, 330.0),
            Kertas::Letter => (215.9, 279.4),
            Kertas::Legal => (215.9, 355.6),
        }
    }
}

/// Page orientation.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Orientasi {
    /// Landscape, as most SOP sheets are printed.
    Lanskap,
    /// Portrait.
    Potret,
}

/// Off-page connector marks.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Penanda {
    /// 1, 2, 3, …
    Angka,
    /// A, B, C, …
    Huruf,
}

/// The mutu baku columns.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum KolomMutu {
    /// Kelengkapan (also called Persyaratan or Input).
    Kelengkapan,
    /// Waktu.
    Waktu,
    /// Output.
    Output,
}

/// Headings that offices word differently.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JudulKolom {
    /// "Uraian Kegiatan", "Kegiatan" or "Uraian Prosedur".
    pub uraian: Option<String>,
    /// "Kelengkapan", "Persyaratan" or "Input".
    pub kelengkapan: Option<String>,
    /// "Waktu".
    pub waktu: Option<String>,
    /// "Output".
    pub output: Option<String>,
    /// "Keterangan" or "Ket.".
    pub keterangan: Option<String>,
}

impl Layout {
    /// `self` over `parent`, key by key.
    #[must_use]
    pub fn merge(&self, parent: &Layout) -> Layout {
        Layout {
            kertas: self.kertas.or(parent.kertas),
            orientasi: self.orientasi.or(parent.orientasi),
            penanda: self.penanda.or(parent.penanda),
            judul_kolom: self
                .judul_kolom
                .clone()
                .or_else(|| parent.judul_kolom.clone()),
            urutan_mutu_baku: self
                .urutan_mutu_baku
                .clone()
                .or_else(|| parent.urutan_mutu_baku.clone()),
            nomor_kolom: self.nomor_kolom.or(parent.nomor_kolom),
            kolom_keterangan: self.kolom_keterangan.or(parent.kolom_keterangan),
            ulang_kepala: self.ulang_kepala.or(parent.ulang_kepala),
        }
    }
}
