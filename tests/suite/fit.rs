//! SOP215: `sopan build` refuses a sheet on which a step's row is taller than a page,
//! rather than writing one that prints cut (`sopan check` reports the same: see the
//! fixture in tests/diagnostics/SOP215), and builds it once the step is short enough.

use crate::cli::{sopan, temp};

/// An SOP whose second step has `chars` characters of Uraian Kegiatan.
fn long_step(chars: usize) -> String {
    let words = "Memeriksa kelengkapan berkas permohonan dan mencocokkan data pemohon ";
    let uraian = words.repeat(chars / words.len() + 1)[..chars]
        .trim()
        .to_owned();
    format!(
        "sop \"Uraian Panjang\" {{\n  nomor \"9/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana {{ pemohon \"Pemohon\" staf \"Staf Pelayanan\" }}\n  prosedur {{\n    mulai pemohon \"Mengajukan permohonan\" {{ waktu 5 menit output \"Berkas\" }}\n    staf \"{uraian}\" {{ waktu 10 menit output \"Berkas diperiksa\" }}\n    selesai pemohon \"Menerima surat\" {{ waktu 5 menit output \"Surat\" }}\n  }}\n}}\n"
    )
}

/// The sheet of `panjang.sop`, written into `out/`.
const BUILD: &[&str] = &[
    "build",
    "[TMP]/panjang.sop",
    "-o",
    "[TMP]/out",
    "--format",
    "html",
];

#[test]
fn a_step_taller_than_a_page_is_refused_with_sop215_and_no_sheet_is_written() {
    let dir = temp();
    std::fs::write(dir.path().join("panjang.sop"), long_step(9_000)).expect("write");
    let run = sopan(dir.path(), BUILD);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("SOP215"), "{run}");
    assert!(run.stdout.contains("langkah 2 lebih tinggi"), "{run}");
    assert!(run.stdout.contains("mm dari satu halaman"), "{run}");
    assert!(run.stdout.contains("Uraian Kegiatan"), "{run}");
    assert!(run.stdout.contains("0 keluaran ditulis"), "{run}");
    assert!(!dir.path().join("out/panjang.html").exists());
    // Shortened, the same step builds.
    std::fs::write(dir.path().join("panjang.sop"), long_step(1_500)).expect("write");
    let run = sopan(dir.path(), BUILD);
    assert_eq!(run.code, 0, "{run}");
    assert!(dir.path().join("out/panjang.html").exists());
}
