//! What an office may set about its sheet: paper, headings, labels, columns, lists. Pure
//! style: nothing here is measured or fed back by the layout. Every field has the Permenpan
//! wording or convention as its default; the CLI fills it from `sopan.yaml`.

use crate::ConnectorStyle;
use crate::sheet::Paper;

/// The sheet's settings.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches of an office's sheet, each a key of tata-letak"
)]
pub struct SheetStyle {
    /// The paper.
    pub paper: Paper,
    /// How off-page connectors are marked.
    pub connectors: ConnectorStyle,
    /// The column headings of the procedure table.
    pub columns: ColumnHeadings,
    /// The group headings over the lanes and over the mutu baku columns.
    pub groups: (String, String),
    /// The mutu baku columns, in order, each once.
    pub mutu: Vec<Mutu>,
    /// Whether a row of column numbers (1, 2, 3, …) sits under the headings.
    pub column_numbers: bool,
    /// Whether the Keterangan column is printed.
    pub keterangan: bool,
    /// Whether the table's header repeats on every procedure page.
    pub repeat_header: bool,
    /// The labels of the identity page.
    pub labels: IdentityLabels,
    /// A title above the procedure table, e.g. "URAIAN PROSEDUR".
    pub title: Option<String>,
    /// How lists of several entries are printed.
    pub lists: ListStyle,
    /// Identity sections left out of the sheet.
    pub left_out: Vec<Section>,
    /// Whether the "Jumlah waktu" row ends the procedure table.
    pub totals: bool,
    /// Whether the procedure table starts on the identity page, under the identity block,
    /// when there is room for its header and first step.
    pub procedure_on_first_page: bool,
}

impl Default for SheetStyle {
    fn default() -> SheetStyle {
        SheetStyle {
            paper: Paper::default(),
            connectors: ConnectorStyle::Angka,
            columns: ColumnHeadings::default(),
            groups: ("Pelaksana".to_owned(), "Mutu Baku".to_owned()),
            mutu: vec![Mutu::Kelengkapan, Mutu::Waktu, Mutu::Output],
            column_numbers: true,
            keterangan: true,
            repeat_header: true,
            labels: IdentityLabels::default(),
            title: None,
            lists: ListStyle::Numbered,
            left_out: Vec::new(),
            totals: true,
            procedure_on_first_page: false,
        }
    }
}

/// A mutu baku column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutu {
    /// Kelengkapan (also called Persyaratan or Input).
    Kelengkapan,
    /// Waktu.
    Waktu,
    /// Output.
    Output,
}

/// How a list of several entries is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListStyle {
    /// 1. 2. 3.
    Numbered,
    /// •
    Bulleted,
    /// Plain lines.
    Lines,
}

/// A list section of the identity page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Dasar Hukum.
    DasarHukum,
    /// Kualifikasi Pelaksana.
    Kualifikasi,
    /// Keterkaitan.
    Keterkaitan,
    /// Peralatan/Perlengkapan.
    Peralatan,
    /// Peringatan.
    Peringatan,
    /// Pencatatan dan Pendataan.
    Pencatatan,
}

/// The headings of the procedure table's text columns.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnHeadings {
    /// "No".
    pub no: String,
    /// "Uraian Kegiatan".
    pub uraian: String,
    /// "Kelengkapan".
    pub kelengkapan: String,
    /// "Waktu".
    pub waktu: String,
    /// "Output".
    pub output: String,
    /// "Keterangan".
    pub keterangan: String,
}

impl Default for ColumnHeadings {
    fn default() -> ColumnHeadings {
        ColumnHeadings {
            no: "No".to_owned(),
            uraian: "Uraian Kegiatan".to_owned(),
            kelengkapan: "Kelengkapan".to_owned(),
            waktu: "Waktu".to_owned(),
            output: "Output".to_owned(),
            keterangan: "Keterangan".to_owned(),
        }
    }
}

/// The labels of the identity page.
#[derive(Clone, Debug, PartialEq)]
pub struct IdentityLabels {
    /// "Nomor SOP".
    pub nomor: String,
    /// "Tgl. Pembuatan".
    pub dibuat: String,
    /// "Tgl. Revisi".
    pub revisi: String,
    /// "Tgl. Efektif".
    pub efektif: String,
    /// "Disahkan Oleh".
    pub disahkan: String,
    /// "Nama SOP".
    pub nama: String,
    /// "Dasar Hukum".
    pub dasar_hukum: String,
    /// "Kualifikasi Pelaksana".
    pub kualifikasi: String,
    /// "Keterkaitan".
    pub keterkaitan: String,
    /// "Peralatan/Perlengkapan".
    pub peralatan: String,
    /// "Peringatan".
    pub peringatan: String,
    /// "Pencatatan dan Pendataan".
    pub pencatatan: String,
}

impl Default for IdentityLabels {
    fn default() -> IdentityLabels {
        IdentityLabels {
            nomor: "Nomor SOP".to_owned(),
            dibuat: "Tgl. Pembuatan".to_owned(),
            revisi: "Tgl. Revisi".to_owned(),
            efektif: "Tgl. Efektif".to_owned(),
            disahkan: "Disahkan Oleh".to_owned(),
            nama: "Nama SOP".to_owned(),
            dasar_hukum: "Dasar Hukum".to_owned(),
            kualifikasi: "Kualifikasi Pelaksana".to_owned(),
            keterkaitan: "Keterkaitan".to_owned(),
            peralatan: "Peralatan/Perlengkapan".to_owned(),
            peringatan: "Peringatan".to_owned(),
            pencatatan: "Pencatatan dan Pendataan".to_owned(),
        }
    }
}
