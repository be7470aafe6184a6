//! Word lists the generator draws from: the vocabulary of real kelurahan, kecamatan and
//! dinas SOPs (posts, services, documents, verbs, regulations), so generated sheets read
//! like the seeds and exercise text of realistic length.

/// Places: (kota or kabupaten, kecamatan, kelurahan or desa).
pub(crate) const PLACES: &[(&str, &str, &str)] = &[
    ("KOTA BONTANG", "BONTANG UTARA", "BELIMBING"),
    ("KOTA MADIUN", "MANGUHARJO", "PANGONGANGAN"),
    ("KABUPATEN KARANGANYAR", "KEBAKKRAMAT", "MALANGGATEN"),
    ("KOTA PALANGKA RAYA", "JEKAN RAYA", "MENTENG"),
    ("KABUPATEN BEKASI", "CIKARANG UTARA", "MEKARSARI"),
    ("KABUPATEN BOGOR", "CIBINONG", "SUKAMULYA"),
    ("KOTA SURAKARTA", "BANJARSARI", "MANAHAN"),
    ("KABUPATEN SLEMAN", "DEPOK", "CATURTUNGGAL"),
    ("KOTA MAKASSAR", "TAMALATE", "MANGASA"),
    ("KABUPATEN BANYUMAS", "SOKARAJA", "SOKARAJA KULON"),
    ("KOTA PADANG", "KURANJI", "GUNUNG SARIK"),
    ("KABUPATEN GIANYAR", "UBUD", "PELIATAN"),
    ("KOTA PONTIANAK", "PONTIANAK BARAT", "SUNGAI BELIUNG"),
    ("KABUPATEN SIDOARJO", "WARU", "KEPUHKIRIMAN"),
    ("KOTA KUPANG", "OEBOBO", "FATULULI"),
    ("KABUPATEN LOMBOK TENGAH", "PRAYA", "PANJISARI"),
];

/// What kind of office issues the SOP, and the signer's post there.
pub(crate) const OFFICES: &[(&str, &str)] = &[
    ("KELURAHAN", "Lurah"),
    ("KECAMATAN", "Camat"),
    ("DESA", "Kepala Desa"),
    ("DINAS SOSIAL", "Kepala Dinas Sosial"),
    (
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    ),
    (
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Kepala Pelaksana BPBD",
    ),
    ("DINAS PENANAMAN MODAL DAN PTSP", "Kepala Dinas PMPTSP"),
];

/// Actor columns: (id, heading). Ids avoid every keyword of the language.
pub(crate) const ACTORS: &[(&str, &str)] = &[
    ("pemohon", "Pemohon"),
    ("staf", "Staf Pelayanan"),
    ("operator", "Operator"),
    ("kasi", "Kasi Pemerintahan"),
    ("kasi-pmks", "Kasi PMKS"),
    ("kasi-trantib", "Kasi Trantib"),
    ("sekretaris", "Sekretaris"),
    ("kasubag", "Kasubag Umum dan Kepegawaian"),
    ("jfu", "JFU"),
    ("verifikator", "Verifikator"),
    ("bendahara", "Bendahara"),
    ("kabid", "Kepala Bidang"),
    ("tksk", "TKSK"),
    ("rt-rw", "Ketua RT/RW"),
    ("skpd", "SKPD terkait"),
    ("pimpinan", "Pimpinan"),
];

/// Services the SOP is about: (title, short slug for ids and file names).
pub(crate) const SERVICES: &[(&str, &str)] = &[
    ("Pelayanan Surat Keterangan Tidak Mampu", "sktm"),
    ("Pelayanan Surat Keterangan Domisili", "domisili"),
    (
        "Pelayanan Surat Keterangan Domisili Usaha",
        "domisili-usaha",
    ),
    ("Pelayanan Surat Keterangan Ahli Waris", "ahli-waris"),
    ("Pelayanan Surat Pengantar Nikah", "pengantar-nikah"),
    ("Pelayanan Surat Keterangan Pindah", "pindah"),
    ("Pelayanan Legalisir Dokumen Kependudukan", "legalisir"),
    ("Penerbitan Rekomendasi Izin Keramaian", "izin-keramaian"),
    ("Penerbitan Izin Usaha Mikro dan Kecil", "iumk"),
    ("Penyaluran Bantuan Sosial", "bansos"),
    (
        "Pendataan Penyandang Masalah Kesejahteraan Sosial",
        "pendataan-pmks",
    ),
    ("Pendataan Korban Bencana", "korban-bencana"),
    ("Kaji Cepat Bencana", "kaji-cepat"),
    ("Penanganan Pengaduan Masyarakat", "pengaduan"),
    ("Penyusunan Rencana Kerja", "renja"),
    ("Penyusunan Laporan Kinerja", "lakip"),
    ("Pengelolaan Surat Masuk", "surat-masuk"),
    ("Pengelolaan Surat Keluar", "surat-keluar"),
    ("Dokumentasi dan Arsip", "arsip"),
    ("Pembentukan Lembaga Kemasyarakatan", "lembaga"),
    ("Pengajuan Cuti Pegawai", "cuti"),
    ("Pengadaan Barang Persediaan", "persediaan"),
    ("Pembayaran Honorarium Kegiatan", "honorarium"),
    ("Perlindungan Masyarakat", "linmas"),
];

/// Verbs of Uraian Kegiatan (active, no subject).
pub(crate) const VERBS: &[&str] = &[
    "Menerima",
    "Memeriksa",
    "Memverifikasi",
    "Mengetik",
    "Mencetak",
    "Memaraf",
    "Menandatangani",
    "Mengagendakan",
    "Mencatat",
    "Menyerahkan",
    "Mengajukan",
    "Menyusun",
    "Mendisposisikan",
    "Meneruskan",
    "Mengarsipkan",
    "Membuat",
    "Mengoreksi",
    "Menelaah",
    "Mengunggah",
    "Menginput",
    "Menyampaikan",
    "Mengesahkan",
    "Meninjau",
    "Mengumpulkan",
];

/// Objects of Uraian Kegiatan.
pub(crate) const OBJECTS: &[&str] = &[
    "berkas permohonan",
    "kelengkapan berkas",
    "surat pengantar dari RT/RW",
    "konsep surat keterangan",
    "surat keterangan",
    "draft rekomendasi",
    "nota dinas",
    "data penerima bantuan",
    "laporan hasil verifikasi",
    "buku agenda",
    "register surat",
    "formulir isian",
    "berita acara",
    "lembar disposisi",
    "data kependudukan",
    "dokumen pendukung",
    "laporan kegiatan",
    "usulan anggaran",
    "surat undangan rapat",
    "hasil peninjauan lapangan",
    "daftar hadir",
    "kuitansi pembayaran",
];

/// Phrases that may follow the object, making the Uraian as long as real ones.
pub(crate) const TAILS: &[&str] = &[
    "sesuai ketentuan yang berlaku",
    "ke dalam aplikasi",
    "kepada pemohon",
    "untuk ditandatangani",
    "beserta lampirannya",
    "dalam buku agenda",
    "kepada pejabat yang berwenang",
    "untuk diproses lebih lanjut",
    "secara elektronik",
    "dan memberikan nomor surat",
    "sesuai format yang ditetapkan",
];

/// Verbs of a decision row, each with its question.
pub(crate) const CHECKS: &[(&str, &str)] = &[
    ("Memeriksa kelengkapan berkas permohonan", "Lengkap?"),
    ("Memverifikasi kebenaran data", "Sesuai?"),
    ("Mengoreksi konsep surat", "Benar?"),
    ("Menelaah usulan", "Disetujui?"),
    ("Meneliti dokumen pendukung", "Valid?"),
    ("Memeriksa hasil peninjauan lapangan", "Layak?"),
];

/// Custom Ya/Tidak labels of decisions.
pub(crate) const BRANCH_LABELS: &[(&str, &str)] = &[
    ("Lengkap", "Belum lengkap"),
    ("Y", "T"),
    ("Sesuai", "Tidak sesuai"),
    ("Setuju", "Tidak setuju"),
    ("Benar", "Salah"),
    ("Perlu", "Tidak perlu"),
];

/// Step labels; keywords of the language are left out.
pub(crate) const LABELS: &[&str] = &[
    "serah",
    "periksa",
    "verifikasi",
    "ketik",
    "paraf",
    "tanda-tangan",
    "agenda",
    "arsip",
    "telaah",
    "koreksi",
    "input",
    "cetak",
    "tinjau",
    "susun",
    "kirim",
    "terima",
    "catat",
    "tolak",
    "kembali",
    "rapat",
    "bayar",
    "unggah",
];

/// Outputs.
pub(crate) const OUTPUTS: &[&str] = &[
    "Berkas",
    "Berkas permohonan",
    "Draft surat keterangan",
    "Surat keterangan",
    "Konsep rekomendasi",
    "Rekomendasi",
    "Nota dinas",
    "Laporan",
    "Berita acara",
    "Data terverifikasi",
    "Lembar disposisi",
    "Surat keluar",
    "Arsip",
    "Kuitansi",
    "Daftar penerima",
    "Notulen rapat",
];

/// Kelengkapan entries.
pub(crate) const INPUTS: &[&str] = &[
    "Surat pengantar RT/RW",
    "Fotokopi KTP",
    "Fotokopi KK",
    "Pas foto 3x4",
    "Formulir permohonan",
    "Surat pernyataan bermeterai",
    "Nota dinas",
    "Berkas permohonan",
    "Data hasil pendataan",
    "Surat kuasa",
];

/// Related SOPs: (id, name).
pub(crate) const RELATED: &[(&str, &str)] = &[
    ("surat-masuk", "SOP Surat Masuk"),
    ("surat-keluar", "SOP Surat Keluar"),
    ("arsip", "SOP Penyimpanan Arsip"),
    ("disposisi", "SOP Disposisi Surat"),
    ("pengaduan", "SOP Penanganan Pengaduan"),
    ("legalisir", "SOP Legalisir Dokumen"),
];

/// Dasar hukum patterns: `{}` is filled with a number and a year.
pub(crate) const LAWS: &[&str] = &[
    "Undang-Undang Nomor {n} Tahun {y} tentang Pelayanan Publik",
    "Undang-Undang Nomor {n} Tahun {y} tentang Administrasi Kependudukan",
    "Peraturan Pemerintah Nomor {n} Tahun {y} tentang Kelurahan",
    "Peraturan Menteri Dalam Negeri Nomor {n} Tahun {y}",
    "Peraturan Menteri PAN-RB Nomor {n} Tahun {y} tentang Pedoman Penyusunan SOP Administrasi Pemerintahan",
    "Peraturan Daerah Nomor {n} Tahun {y} tentang Organisasi Perangkat Daerah",
    "Peraturan Wali Kota Nomor {n} Tahun {y} tentang Tugas Pokok dan Fungsi",
    "Peraturan Bupati Nomor {n} Tahun {y} tentang Pelimpahan Kewenangan",
];

/// Kualifikasi pelaksana.
pub(crate) const QUALIFICATIONS: &[&str] = &[
    "Memiliki pemahaman terhadap perundang-undangan terkait",
    "Mampu mengoperasikan komputer",
    "Memahami tata naskah dinas",
    "Mampu berkomunikasi dengan baik",
    "Minimal berpendidikan SMA/sederajat",
    "Memahami sistem informasi administrasi kependudukan",
];

/// Peralatan/perlengkapan.
pub(crate) const EQUIPMENT: &[&str] = &[
    "Komputer",
    "Printer",
    "ATK",
    "Jaringan internet",
    "Buku agenda",
    "Map berkas",
    "Telepon",
    "Stempel",
    "Lemari arsip",
    "Aplikasi SIAK",
];

/// Peringatan.
pub(crate) const WARNINGS: &[&str] = &[
    "Apabila SOP tidak dilaksanakan, pelayanan akan terhambat",
    "Data harus lengkap dan benar",
    "Berkas yang tidak lengkap dikembalikan kepada pemohon",
    "Keterlambatan penyelesaian menurunkan kepuasan masyarakat",
];

/// Pencatatan dan pendataan.
pub(crate) const RECORDS: &[&str] = &[
    "Buku register pelayanan",
    "Arsip elektronik",
    "Buku agenda surat keluar",
    "Laporan bulanan",
    "Database penerima layanan",
];

/// Signers' names and degrees.
pub(crate) const NAMES: &[&str] = &[
    "M. IHSAN, S.STP",
    "Drs. SUPARMAN",
    "SITI AMINAH, S.Sos",
    "BUDI SANTOSO, S.H., M.Si",
    "Ir. YULIANA DEWI",
    "AGUS PRASETYO, S.IP",
    "RINA WULANDARI, S.E",
    "H. ABDUL RAHMAN, M.Pd",
];

/// Pangkat/golongan.
pub(crate) const RANKS: &[&str] = &[
    "Penata Tk. I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tk. I (IV/b)",
    "Penata (III/c)",
];

/// Free-text Waktu as real sheets write it.
pub(crate) const FREE_WAKTU: &[&str] = &[
    "Segera",
    "Sesuai kebutuhan",
    "Menyesuaikan",
    "Paling lama 1 hari",
];

/// Free-text Keterangan.
pub(crate) const NOTES: &[&str] = &[
    "Dilampirkan",
    "Melalui aplikasi",
    "Rangkap dua",
    "Tembusan kepada atasan",
    "Jika berkas lengkap",
];
