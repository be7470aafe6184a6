//! Layout settings: paper, column headings and the other office conventions the sheet
//! follows, as `sopan.yaml` words them. Only the vocabulary: the paper's size in
//! millimetres, the margins and every other measure are sopan-layout's.

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
    /// Labels of the identity page that differ between offices.
    pub judul_identitas: Option<JudulIdentitas>,
    /// The group headings of the procedure table.
    pub judul_kelompok: Option<JudulKelompok>,
    /// A title printed above the procedure table, e.g. "URAIAN PROSEDUR".
    pub judul_prosedur: Option<String>,
    /// How lists of several entries are printed.
    pub daftar: Option<Daftar>,
    /// Identity sections left out of the sheet entirely.
    pub tanpa: Option<Vec<BagianIdentitas>>,
    /// Whether the "Jumlah waktu" row ends the procedure table.
    pub jumlah_waktu: Option<bool>,
    /// Whether the procedure table starts on page 1, under the identity block, when its
    /// header and first step fit there.
    #[serde(rename = "prosedur-di-halaman-1")]
    pub prosedur_di_halaman_1: Option<bool>,
    /// The template (a name under `templat`) the SOPs of the folder use when their file
    /// names none.
    pub templat: Option<String>,
}

/// How a list of several entries is printed.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Daftar {
    /// Numbered: 1. 2. 3.
    Nomor,
    /// Bulleted: •
    Butir,
    /// Plain lines, without marks.
    Baris,
}

/// A list section of the identity page.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum BagianIdentitas {
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

/// Labels of the identity page; each unset one keeps the Permenpan wording.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct JudulIdentitas {
    /// "Nomor SOP".
    pub nomor: Option<String>,
    /// "Tgl. Pembuatan".
    pub dibuat: Option<String>,
    /// "Tgl. Revisi".
    pub revisi: Option<String>,
    /// "Tgl. Efektif", or "Tanggal Pengesahan".
    pub efektif: Option<String>,
    /// "Disahkan Oleh".
    pub disahkan: Option<String>,
    /// "Nama SOP", or "Judul SOP".
    pub nama: Option<String>,
    /// "Dasar Hukum".
    pub dasar_hukum: Option<String>,
    /// "Kualifikasi Pelaksana", or "Kualifikasi Pelaksanaan".
    pub kualifikasi: Option<String>,
    /// "Keterkaitan".
    pub keterkaitan: Option<String>,
    /// "Peralatan/Perlengkapan".
    pub peralatan: Option<String>,
    /// "Peringatan".
    pub peringatan: Option<String>,
    /// "Pencatatan dan Pendataan".
    pub pencatatan: Option<String>,
}

impl JudulIdentitas {
    /// Every label with its key, in the order of the page.
    #[must_use]
    pub fn entries(&self) -> [(&'static str, Option<&str>); 12] {
        [
            ("nomor", self.nomor.as_deref()),
            ("dibuat", self.dibuat.as_deref()),
            ("revisi", self.revisi.as_deref()),
            ("efektif", self.efektif.as_deref()),
            ("disahkan", self.disahkan.as_deref()),
            ("nama", self.nama.as_deref()),
            ("dasar-hukum", self.dasar_hukum.as_deref()),
            ("kualifikasi", self.kualifikasi.as_deref()),
            ("keterkaitan", self.keterkaitan.as_deref()),
            ("peralatan", self.peralatan.as_deref()),
            ("peringatan", self.peringatan.as_deref()),
            ("pencatatan", self.pencatatan.as_deref()),
        ]
    }

    /// `self` over `parent`, label by label.
    #[must_use]
    pub fn merge(&self, parent: &JudulIdentitas) -> JudulIdentitas {
        let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
        JudulIdentitas {
            nomor: pick(&self.nomor, &parent.nomor),
            dibuat: pick(&self.dibuat, &parent.dibuat),
            revisi: pick(&self.revisi, &parent.revisi),
            efektif: pick(&self.efektif, &parent.efektif),
            disahkan: pick(&self.disahkan, &parent.disahkan),
            nama: pick(&self.nama, &parent.nama),
            dasar_hukum: pick(&self.dasar_hukum, &parent.dasar_hukum),
            kualifikasi: pick(&self.kualifikasi, &parent.kualifikasi),
            keterkaitan: pick(&self.keterkaitan, &parent.keterkaitan),
            peralatan: pick(&self.peralatan, &parent.peralatan),
            peringatan: pick(&self.peringatan, &parent.peringatan),
            pencatatan: pick(&self.pencatatan, &parent.pencatatan),
        }
    }
}

/// The group headings of the procedure table.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct JudulKelompok {
    /// "Pelaksana".
    pub pelaksana: Option<String>,
    /// "Mutu Baku".
    pub mutu_baku: Option<String>,
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
            judul_identitas: merge_with(
                self.judul_identitas.as_ref(),
                parent.judul_identitas.as_ref(),
                JudulIdentitas::merge,
            ),
            judul_kelompok: merge_with(
                self.judul_kelompok.as_ref(),
                parent.judul_kelompok.as_ref(),
                |a, b| JudulKelompok {
                    pelaksana: a.pelaksana.clone().or_else(|| b.pelaksana.clone()),
                    mutu_baku: a.mutu_baku.clone().or_else(|| b.mutu_baku.clone()),
                },
            ),
            judul_prosedur: self
                .judul_prosedur
                .clone()
                .or_else(|| parent.judul_prosedur.clone()),
            daftar: self.daftar.or(parent.daftar),
            tanpa: self.tanpa.clone().or_else(|| parent.tanpa.clone()),
            jumlah_waktu: self.jumlah_waktu.or(parent.jumlah_waktu),
            prosedur_di_halaman_1: self.prosedur_di_halaman_1.or(parent.prosedur_di_halaman_1),
            templat: self.templat.clone().or_else(|| parent.templat.clone()),
        }
    }
}

/// Two optional settings merged key by key when both are set.
fn merge_with<T: Clone>(
    mine: Option<&T>,
    parent: Option<&T>,
    f: impl Fn(&T, &T) -> T,
) -> Option<T> {
    match (mine, parent) {
        (Some(a), Some(b)) => Some(f(a, b)),
        (a, b) => a.or(b).cloned(),
    }
}
