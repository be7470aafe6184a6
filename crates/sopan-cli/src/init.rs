//! `sopan init [FOLDER]`: a first SOP and a `sopan.yaml` for an office starting out, each
//! explained by comments in Indonesian, the language of the people who write them. The
//! starter SOP checks clean and builds (a test keeps it so); nothing that exists is
//! overwritten, and when either file exists neither is written.

use std::path::Path;

use sopan_diagnostics::Message;

use crate::args::InitArgs;
use crate::{Io, Status};

/// The starter SOP's file name.
pub(crate) const SOP_NAME: &str = "contoh.sop";

/// A short SOP that shows every part an author needs first: identity, actors, a decision
/// and the end, each line explained.
pub(crate) const STARTER_SOP: &str = r#"// Contoh SOP pertama. Baris yang diawali "//" adalah komentar: tidak dicetak di lembar
// SOP, hanya penjelasan untuk penulis. Ubah isinya menjadi SOP kantor Anda, lalu periksa
// dengan `sopan check contoh.sop` dan cetak dengan `sopan build contoh.sop -o keluaran`.

// Nama SOP, seperti tercetak di kepala lembar, di antara tanda kutip.
sop "Pelayanan Surat Keterangan Domisili" {
  // Kode singkat SOP ini, dipakai SOP lain di bagian keterkaitan.
  id domisili
  // Nomor SOP sesuai penomoran naskah dinas kantor Anda.
  nomor    "000.0/001/SOP/2025"
  // Nama instansi, satu teks per baris cetak.
  instansi "PEMERINTAH KABUPATEN CONTOH" "KANTOR DESA CONTOH"
  // Tanggal ditulis tahun-bulan-tanggal. Tanda "-" berarti belum pernah direvisi.
  dibuat   2025-01-02
  revisi   -
  efektif  2025-01-06
  // Pejabat yang mengesahkan: jabatan, nama, dan NIP 18 angka.
  disahkan "Kepala Desa Contoh" {
    nama "NAMA KEPALA DESA"
    nip  "198001012005011001"
  }

  // Daftar di bawah ini tercetak di kotak identitas; setiap baris satu teks.
  dasar-hukum { "Peraturan Daerah Kabupaten Contoh Nomor 1 Tahun 2020" }
  kualifikasi { "Memahami tata cara pelayanan administrasi" }
  peralatan   { "Komputer" "Printer" "ATK" }
  peringatan  { "Surat tidak dapat diterbitkan bila berkas tidak lengkap" }
  pencatatan  { "Buku agenda surat keluar" }

  // Pelaksana: satu kolom lembar untuk setiap pelaksana. Di kiri nama singkat yang
  // dipakai di langkah, di kanan nama yang tercetak.
  pelaksana {
    pemohon "Pemohon"
    staf    "Staf Pelayanan"
    kades   "Kepala Desa"
  }

  // Prosedur: langkah demi langkah, dari "mulai" sampai "selesai". Setiap langkah
  // menyebut pelaksananya, lalu uraian kegiatannya.
  prosedur {
    // Langkah pertama. "ajukan:" adalah label, agar langkah lain bisa merujuk ke sini.
    ajukan: mulai pemohon "Mengajukan permohonan surat keterangan domisili" {
      // Mutu baku: kelengkapan, waktu, dan output langkah ini.
      kelengkapan "Fotokopi KTP" "Fotokopi KK"
      waktu 5 menit
      output "Berkas permohonan"
    }
    // Keputusan: cabang Ya melanjutkan ke langkah berikutnya, cabang Tidak kembali ke
    // langkah berlabel "ajukan".
    staf keputusan "Memeriksa kelengkapan berkas" {
      tanya "Lengkap?"
      ya -> lanjut
      tidak -> ajukan
      waktu 10 menit
      output "Berkas yang lengkap"
    }
    staf "Mengetik surat keterangan domisili" {
      waktu 15 menit
      output "Konsep surat"
    }
    kades "Menandatangani surat keterangan domisili" {
      waktu 10 menit
      output "Surat yang ditandatangani"
    }
    // Langkah terakhir selalu "selesai".
    selesai pemohon "Menerima surat keterangan domisili" {
      waktu 2 menit
      output "Surat keterangan domisili"
    }
  }
}
"#;

/// The starter `sopan.yaml`: the settings an office shares, every key commented out or set
/// to its usual value, explained.
pub(crate) const STARTER_YAML: &str = r"# sopan.yaml: pengaturan bersama untuk semua SOP di folder ini dan di bawahnya.
# Baris yang diawali # adalah komentar. Hapus # di depan sebuah kunci untuk memakainya.

# Identitas yang dipakai SOP yang tidak menuliskannya sendiri.
identitas:
  instansi: [PEMERINTAH KABUPATEN CONTOH, KANTOR DESA CONTOH]
  # logo: logo.png          # gambar logo, relatif terhadap berkas ini

# Tingkat aturan per kode diagnostik: off (mati), warn (peringatan), error (kesalahan).
aturan: {}
  # SOP206: off

# Tata letak lembar cetak; tidak mengubah isi SOP.
tata-letak:
  kertas: a4                # a4 | f4 | letter | legal
  orientasi: lanskap        # lanskap | potret

# Berkas dan folder yang tidak diperiksa, relatif terhadap folder berkas ini.
kecualikan: []
  # - arsip/**
  # - '*.draf.sop'
";

pub(crate) fn run(
    args: &InitArgs,
    io: &mut Io<'_>,
    bahasa: sopan_diagnostics::Bahasa,
) -> Result<Status, Message> {
    let folder = args.folder.as_deref().unwrap_or(Path::new("."));
    let files = [
        (folder.join(SOP_NAME), STARTER_SOP),
        (folder.join("sopan.yaml"), STARTER_YAML),
    ];
    // Asked before anything is written, so a refusal leaves the folder as it was.
    for (path, _) in &files {
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(
                Message::new("ci-init-sudah-ada").arg("berkas", crate::files::display(path))
            );
        }
    }
    std::fs::create_dir_all(folder).map_err(|e| {
        Message::new("cli-folder-tidak-dapat-dibuat")
            .arg("folder", crate::files::display(folder))
            .arg("alasan", e.to_string())
    })?;
    for (path, text) in &files {
        create_new(path, text.as_bytes())?;
    }
    let shown = |path: &Path| crate::files::display(path);
    let text = Message::new("ci-init-selesai")
        .arg("sop", shown(&files[0].0))
        .arg("yaml", shown(&files[1].0))
        .render(bahasa);
    writeln!(io.stdout, "{}", sopan_diagnostics::terminal_text(&text))
        .map_err(|e| crate::check::not_written(&e))?;
    Ok(Status::Clean)
}

/// Writes a file that must not exist yet: created exclusively, so a file made meanwhile is
/// never overwritten.
fn create_new(path: &Path, contents: &[u8]) -> Result<(), Message> {
    use std::io::Write as _;
    let cannot = |e: std::io::Error| {
        Message::new("cli-tidak-dapat-menulis")
            .arg("berkas", crate::files::display(path))
            .arg("alasan", e.to_string())
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(cannot)?;
    file.write_all(contents).map_err(cannot)
}
