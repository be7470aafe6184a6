//! The checked SOP: what holds after every rule passed.
//!
//! Names are resolved to indexes, dates and NIP are parsed types, durations are normalised
//! to seconds beside the text as written, and the flow is an explicit edge list. A value of
//! [`Sop`] is only handed out when the file has no error, so backends can trust it and
//! return `String`, not `Result`. Field names follow the `.sop` keywords so one vocabulary
//! serves the language, the JSON and the sheet. Every reference is a 0-based index into the
//! list it names (`pelaksana`, `langkah`, `simbol`, `keterkaitan`).
//!
//! A row (`langkah`) holds one symbol or several; the flow runs between symbols
//! (`simbol`), listed row by row in the order the flow passes them. In a file whose rows
//! each hold one symbol, symbol `i` is the symbol of row `i`, so `alur` reads the same
//! whether its indexes are taken as rows or as symbols.

use std::fmt;

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// One checked SOP.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Sop {
    /// The id other SOPs of the repository use to refer to this one.
    pub id: Option<String>,
    /// Nama SOP.
    pub nama: String,
    /// Nomor SOP, as printed.
    pub nomor: String,
    /// The unit's name, one entry per printed line (PEMERINTAH KOTA …, KELURAHAN …).
    pub instansi: Vec<String>,
    /// Path of the logo image, relative to the `.sop` file.
    pub logo: Option<String>,
    /// Tanggal Pembuatan.
    pub dibuat: Date,
    /// Tanggal Revisi; `null` where the sheet prints a dash.
    pub revisi: Option<Date>,
    /// Tanggal Efektif.
    pub efektif: Date,
    /// Disahkan oleh.
    pub disahkan: Pengesah,
    /// Dasar Hukum.
    pub dasar_hukum: Vec<String>,
    /// Kualifikasi Pelaksana.
    pub kualifikasi: Vec<String>,
    /// Keterkaitan: related SOPs.
    pub keterkaitan: Vec<Keterkaitan>,
    /// Peralatan/Perlengkapan.
    pub peralatan: Vec<String>,
    /// Peringatan.
    pub peringatan: Vec<String>,
    /// Pencatatan dan Pendataan.
    pub pencatatan: Vec<String>,
    /// Sections some offices add to the identity page, in source order.
    pub bagian: Vec<Bagian>,
    /// The sheet template of `sopan.yaml` this SOP names; `null` for the folder's default.
    pub templat: Option<String>,
    /// The fields written `-`.
    pub strip: Strip,
    /// The actor columns, left to right.
    pub pelaksana: Vec<Pelaksana>,
    /// The steps, top to bottom.
    pub langkah: Vec<Langkah>,
    /// Every symbol of the flowchart, row by row, in each row in the order the flow passes them.
    pub simbol: Vec<Simbol>,
    /// Every arrow of the flowchart, between symbols.
    pub alur: Vec<Alur>,
    /// Totals computed from the steps and the flow.
    pub ringkasan: Ringkasan,
}

/// Facts computed from the flow, for the sheet's totals and for reports.
///
/// Times add the steps along a path from a start to an end. Arrows back to an earlier row
/// are left out, so a loop's steps count once. Steps whose waktu is free text, `-` or
/// missing add nothing and are listed in `tanpa_waktu`. Each kind of time is added up on
/// its own (`per_jenis` of each [`Rentang`]): detik, menit and jam convert into each other,
/// hari, hari kerja, minggu and bulan do not.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct Ringkasan {
    /// Along the main path: from the first start, taking the `ya` exit of each decision
    /// (the `tidak` exit when `ya` goes back), and the first target of a fork.
    pub jalur_utama: Rentang,
    /// The quickest way from a start to an end, and the slowest. Paths are compared by
    /// their length in seconds (a hari kerja, like a hari, counts 24 hours); `min_detik`
    /// and the `min_detik` of each kind are the quickest path's, the `maks_detik` the
    /// slowest path's.
    pub semua_jalur: Rentang,
    /// Indexes of the steps left out of the totals because their waktu has no number.
    pub tanpa_waktu: Vec<usize>,
    /// Per actor, in the order of `pelaksana`: how many steps it takes part in and their
    /// time (a joint step counts for each of its actors).
    pub beban: Vec<Beban>,
}

/// A span of time: in seconds over every kind, and per kind of time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Rentang {
    /// The shortest, in seconds.
    pub min_detik: u64,
    /// The longest, in seconds.
    pub maks_detik: u64,
    /// The same time per kind, largest kind first (the order of [`JenisWaktu::ALL`]), each
    /// kind some counted step has; empty when no step with a number was counted.
    pub per_jenis: Vec<JumlahJenis>,
}

/// The time of one kind within a [`Rentang`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct JumlahJenis {
    /// The kind.
    pub jenis: JenisWaktu,
    /// The shortest, in seconds of that kind's units (a hari is 86,400).
    pub min_detik: u64,
    /// The longest.
    pub maks_detik: u64,
}

/// Kinds of time that do not convert into each other: a hari kerja is not 24 hours of
/// work, and a bulan is no fixed number of hari.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisWaktu {
    /// Detik, menit and jam, which do convert into each other.
    Jam,
    /// Hari (calendar days).
    Hari,
    /// Hari kerja (working days).
    HariKerja,
    /// Minggu.
    Minggu,
    /// Bulan.
    Bulan,
}

impl JenisWaktu {
    /// Every kind, in the order totals print them.
    pub const ALL: [JenisWaktu; 5] = [
        JenisWaktu::Bulan,
        JenisWaktu::Minggu,
        JenisWaktu::HariKerja,
        JenisWaktu::Hari,
        JenisWaktu::Jam,
    ];
}

/// The workload of one actor.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct Beban {
    /// Steps the actor takes part in.
    pub langkah: usize,
    /// Their time added up.
    pub waktu: Rentang,
}

/// A calendar date that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Stands in for a date the author did not give, until the missing-field rule reports it.
    pub(crate) const UNSET: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };

    /// The date, if it exists in the proleptic Gregorian calendar (years 1–9999).
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let exists = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        exists.then_some(Date { year, month, day })
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }
}

/// Days in a month of a year, 0 for a month that does not exist.
#[must_use]
pub fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A date that exists, as YYYY-MM-DD."
        })
    }
}

/// A NIP (Nomor Induk Pegawai): 18 digits whose birth date, appointment month and sex digit
/// are possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nip(String);

impl Nip {
    /// Wraps 18 digits already checked by the NIP rule.
    pub(crate) fn new_unchecked(digits: String) -> Nip {
        Nip(digits)
    }

    /// The 18 digits.
    #[must_use]
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The NIP grouped as printed on Indonesian documents: `19670619 199006 1 001`.
    #[must_use]
    pub fn grouped(&self) -> String {
        let d = &self.0;
        format!("{} {} {} {}", &d[..8], &d[8..14], &d[14..15], &d[15..])
    }
}

impl Serialize for Nip {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl JsonSchema for Nip {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Nip".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{18}$",
            "description": "A NIP as 18 digits without spaces."
        })
    }
}

/// Who signs the SOP.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Pengesah {
    /// The post, e.g. "Lurah Belimbing".
    pub jabatan: String,
    /// The signer's name.
    pub nama: Option<String>,
    /// Pangkat/golongan.
    pub pangkat: Option<String>,
    /// The signer's NIP.
    pub nip: Option<Nip>,
}

/// A related SOP.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Keterkaitan {
    /// The id the SOP is referred to by, if the author gave one.
    pub id: Option<String>,
    /// Its name as printed.
    pub nama: String,
}

/// An extra section of the identity page.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Bagian {
    /// Its heading.
    pub judul: String,
    /// Its entries.
    pub isi: Vec<String>,
}

/// The fields the author wrote as `-`. The sheet prints a dash in each; a field written
/// `{ }` or left out is printed blank. A dashed list has no entries, so it is never
/// numbered; a dashed `waktu` is the [`Waktu`] whose `tertulis` is `-`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Strip {
    /// Lists of the identity page, in the order they were written.
    pub identitas: Vec<DaftarIdentitas>,
    /// Indexes into `bagian`.
    pub bagian: Vec<usize>,
    /// Cells of the steps, in step order.
    pub langkah: Vec<StripLangkah>,
}

/// A list of the identity page, named as its field in the JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DaftarIdentitas {
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

/// A step's cell written `-`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct StripLangkah {
    /// Index into `langkah`.
    pub langkah: usize,
    /// Which cell.
    pub kolom: KolomLangkah,
}

/// A text cell of a step that holds a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum KolomLangkah {
    /// Kelengkapan.
    Kelengkapan,
    /// Output.
    Output,
    /// Keterangan.
    Keterangan,
}

impl Sop {
    /// Whether the identity list `which` was written `-`.
    #[must_use]
    pub fn strip_identitas(&self, which: DaftarIdentitas) -> bool {
        self.strip.identitas.contains(&which)
    }

    /// Whether the cell `kolom` of step `langkah` (an index) was written `-`.
    #[must_use]
    pub fn strip_langkah(&self, langkah: usize, kolom: KolomLangkah) -> bool {
        self.strip
            .langkah
            .contains(&StripLangkah { langkah, kolom })
    }
}

/// An actor column.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Pelaksana {
    /// The id steps use.
    pub id: String,
    /// The heading printed on the sheet.
    pub nama: String,
}

/// One step (row).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Langkah {
    /// The row's position, from 1.
    pub nomor: usize,
    /// The number the No column prints: the office's own (`nomor 4`), or the position.
    pub nomor_cetak: String,
    /// The label the author gave the step.
    pub label: Option<String>,
    /// The symbol (for a row of several: its first symbol's kind).
    pub jenis: Jenis,
    /// For a start: whether it is a declared alternative way in (for a row of several: its
    /// first symbol's).
    pub alternatif: bool,
    /// Indexes into `pelaksana`: one actor, or several for a joint step; for a row of
    /// several symbols, every actor of its symbols, in the order they first appear.
    pub pelaksana: Vec<usize>,
    /// Indexes into `simbol`: the row's symbols, in order (one for most rows).
    pub simbol: Vec<usize>,
    /// Uraian Kegiatan; lines are separated by `\n`.
    pub uraian: String,
    /// For a one-symbol decision: the short question printed in the diamond (a row of
    /// several symbols keeps each symbol's text in `simbol`).
    pub tanya: Option<String>,
    /// Kelengkapan, one entry per line.
    pub kelengkapan: Vec<String>,
    /// Waktu.
    pub waktu: Option<Waktu>,
    /// Output, one entry per line.
    pub output: Vec<String>,
    /// Keterangan, one entry per line.
    pub keterangan: Vec<Catatan>,
}

/// One symbol of the flowchart: a terminator, a process or a decision in one row.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Simbol {
    /// Index into `langkah`: the row the symbol sits in.
    pub langkah: usize,
    /// The label that names this symbol (a one-symbol row's label names its symbol).
    pub label: Option<String>,
    /// What it is.
    pub jenis: Jenis,
    /// For a start: whether it is a further way in beside the first start.
    pub alternatif: bool,
    /// Indexes into `pelaksana`: the column, or several for a joint symbol.
    pub pelaksana: Vec<usize>,
    /// The text printed inside the symbol: a decision's question, or a terminator's or a
    /// box's own short text (`"Mulai"`); `null` when it holds none.
    pub teks: Option<String>,
}

/// The symbol of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Jenis {
    /// A start terminator.
    Mulai,
    /// A process rectangle.
    Proses,
    /// A decision diamond.
    Keputusan,
    /// An end terminator.
    Selesai,
}

/// A duration as written and in seconds.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Waktu {
    /// The text as the sheet prints it, e.g. "5-10 menit" or "Segera".
    pub tertulis: String,
    /// The shortest time in seconds; `null` for free text and `-`.
    pub min_detik: Option<u64>,
    /// The longest time in seconds; equal to `min_detik` unless a range was written.
    pub maks_detik: Option<u64>,
    /// The kind of time of the unit, which the totals add up on its own; `null` for free
    /// text and `-`.
    pub jenis: Option<JenisWaktu>,
}

/// One entry of the Keterangan cell.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Catatan {
    /// Free text.
    Teks(String),
    /// An index into `keterkaitan`.
    Keterkaitan(usize),
}

/// One arrow of the flowchart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Alur {
    /// Index into `simbol` of the symbol the arrow leaves.
    pub dari: usize,
    /// Index into `simbol` of the symbol the arrow enters.
    pub ke: usize,
    /// Why the arrow is there.
    pub jenis: JenisAlur,
    /// For a decision exit: the label printed beside it (Ya, Tidak, or the author's).
    pub label: Option<String>,
    /// How the line is drawn.
    pub garis: Garis,
}

/// How an arrow's line is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Garis {
    /// `->`: a solid line with one head, where the flow goes.
    #[default]
    Panah,
    /// `<->`: a head at both ends, a two-way exchange; the flow runs both ways.
    DuaArah,
    /// `..>`: dotted, information passed on rather than work; left out of the totals.
    Titik,
}

/// Why an arrow is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum JenisAlur {
    /// To the next row, because nothing else was said.
    Lanjut,
    /// A jump written with `->`.
    Lompat,
    /// The positive exit of a decision.
    Ya,
    /// The negative exit of a decision.
    Tidak,
}
