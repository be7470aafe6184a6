//! The words of the language that an editor completes and the parser's advice proposes, one
//! list each, so completion and did-you-mean cannot drift apart from each other.

/// The items that stand directly in the `sop` block, in the order a sheet shows them.
pub const SOP_ITEMS: &[&str] = &[
    "id",
    "nomor",
    "instansi",
    "logo",
    "dibuat",
    "revisi",
    "efektif",
    "disahkan",
    "dasar-hukum",
    "kualifikasi",
    "keterkaitan",
    "peralatan",
    "peringatan",
    "pencatatan",
    "bagian",
    "templat",
    "pelaksana",
    "prosedur",
];

/// The fields a step's braces hold.
pub const STEP_FIELDS: &[&str] = &[
    "kelengkapan",
    "waktu",
    "output",
    "keterangan",
    "tanya",
    "ya",
    "tidak",
    "teks",
    "nomor",
];
