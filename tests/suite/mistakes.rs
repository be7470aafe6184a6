//! The mistakes a new author made on purpose in a fresh `.sop` file (the list of issue 13)
//! that need more than the snapshot: each gives exactly one diagnostic, of its folder's
//! code, and a help chosen for that mistake. The snapshots beside the fixtures hold the
//! words; this holds the count, which a snapshot alone would record without complaint.

use sopan_diagnostics::{Arg, Code};

use crate::support::{compile_file, rendered, root};

/// A fixture under tests/diagnostics/, and the help its one diagnostic must give: the
/// catalogue id and the arguments that make it right for this mistake.
type Mistake = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const MISTAKES: &[Mistake] = &[
    (
        "SOP002/ya-to-row-number.sop",
        "sintaks-nomor-sebagai-tujuan.help",
        &[("nomor", "6"), ("cabang", "ya")],
    ),
    (
        "SOP002/row-number-as-target.sop",
        "sintaks-nomor-sebagai-tujuan.help",
        &[("nomor", "1"), ("cabang", "tidak")],
    ),
    (
        "SOP002/waktu-without-unit.sop",
        "sintaks-tanpa-satuan.help",
        &[("angka", "2")],
    ),
    (
        "SOP002/missing-unit.sop",
        "sintaks-tanpa-satuan.help",
        &[("angka", "10")],
    ),
    (
        "SOP201/misspelt-actor.sop",
        "periksa-maksud",
        &[("nama", "staf")],
    ),
    ("SOP301/misspelt-label.sop", "periksa-maksud", &[]),
    ("SOP401/misspelt-id.sop", "periksa-maksud", &[]),
    ("SOP204/two-har.sop", "periksa-maksud", &[("nama", "hari")]),
    (
        "SOP204/two-days.sop",
        "periksa-satuan-tidak-dikenal.help-inggris",
        &[("benar", "hari")],
    ),
    (
        "SOP204/jam-kerja.sop",
        "periksa-satuan-tidak-dikenal.help-jam-kerja",
        &[],
    ),
    (
        "SOP204/abbreviated-unit.sop",
        "periksa-satuan-tidak-dikenal.help-singkatan",
        &[("benar", "menit")],
    ),
    (
        "SOP207/minutes-for-hours.sop",
        "periksa-waktu-terlalu-lama.help",
        &[("lebih-baik", "25 jam")],
    ),
    ("SOP106/nip-17-digits.sop", "periksa-nip-panjang.help", &[]),
    (
        "SOP102/february-30-2023.sop",
        "periksa-tanggal-tidak-ada.help-hari",
        &[("bulan", "02"), ("tahun", "2023")],
    ),
    (
        "SOP013/day-month-year.sop",
        "sintaks-tanggal.help",
        &[("saran", "2024-01-02")],
    ),
    (
        "SOP101/missing-nomor.sop",
        "periksa-isian-wajib.help-nomor",
        &[],
    ),
    (
        "SOP302/missing-tidak.sop",
        "periksa-cabang-hilang.help-satu",
        &[("cabang", "tidak")],
    ),
    (
        "SOP302/missing-tidak-and-its-step.sop",
        "periksa-cabang-hilang.help-satu",
        &[("cabang", "tidak")],
    ),
    ("SOP203/label-twice.sop", "periksa-label-ganda.help", &[]),
    (
        "SOP203/label-twice-before-decision.sop",
        "periksa-label-ganda.help",
        &[],
    ),
    (
        "SOP217/quoted-duration.sop",
        "periksa-waktu-berkutip.help",
        &[],
    ),
    (
        "SOP214/no-pelaksana.sop",
        "periksa-prosedur-kosong.help-daftar",
        &[],
    ),
    ("SOP305/no-selesai.sop", "periksa-buntu.help", &[]),
    (
        "SOP211/jump-from-decision.sop",
        "periksa-lompat-dari-keputusan.help",
        &[],
    ),
    (
        "SOP010/letter-o-for-zero.sop",
        "periksa-maksud",
        &[("nama", "SOP207")],
    ),
    (
        "SOP010/english-word.sop",
        "periksa-bukan-perintah.help",
        &[("benar", "abaikan")],
    ),
];

#[test]
fn each_mistake_gives_one_diagnostic_with_its_own_help() {
    let mut wrong = Vec::new();
    for &(fixture, help, args) in MISTAKES {
        let path = root().join("tests/diagnostics").join(fixture);
        let code: Code = fixture[..6].parse().expect("a code folder");
        let unit = compile_file(&path);
        let [diagnostic] = unit.diagnostics.as_slice() else {
            wrong.push(format!(
                "{fixture}: {} diagnostics, not one:\n{}",
                unit.diagnostics.len(),
                rendered(&unit)
            ));
            continue;
        };
        let given = diagnostic.help.as_ref();
        let right = diagnostic.code == code
            && given.and_then(sopan_diagnostics::Message::id) == Some(help)
            && args.iter().all(|(name, value)| {
                given.is_some_and(|h| {
                    h.args()
                        .iter()
                        .any(|(n, v)| n == name && *v == Arg::from(*value))
                })
            });
        if !right {
            wrong.push(format!(
                "{fixture}: expected {code} with help {help} {args:?}, got {} with {given:?}",
                diagnostic.code
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

/// Whether the checker (sopan-check) is the stage that reports `code`: the identity, step,
/// flow and reference rules, and the suppression comments.
fn from_checker(code: Code) -> bool {
    let text = code.as_str();
    matches!(&text[3..4], "1" | "2" | "3" | "4") || matches!(text, "SOP010" | "SOP011")
}

#[test]
fn the_checker_says_everything_from_the_catalogue_in_both_languages() {
    let mut wrong = Vec::new();
    for path in crate::support::files(&root().join("tests/diagnostics"), "sop") {
        // Folder cases run through the CLI, whose own checks (logo, page height) are not
        // the checker's.
        if path.parent().and_then(|p| p.parent()) != Some(&root().join("tests/diagnostics")) {
            continue;
        }
        let unit = compile_file(&path);
        for diagnostic in unit.diagnostics.iter().filter(|d| from_checker(d.code)) {
            let messages = std::iter::once(&diagnostic.message)
                .chain(diagnostic.labels.iter().map(|l| &l.text))
                .chain(&diagnostic.help)
                .chain(&diagnostic.notes);
            for message in messages {
                let texts = sopan_diagnostics::Bahasa::ALL.map(|b| message.render(b));
                // A missing id renders as the id, a missing argument as `{$name}`.
                let broken = message.id().is_none()
                    || texts
                        .iter()
                        .any(|t| t.contains("periksa-") || t.contains("{$") || t.is_empty());
                if broken || texts[0] == texts[1] {
                    wrong.push(format!(
                        "{}: {} {message:?} renders as {texts:?}",
                        crate::support::relative(&path),
                        diagnostic.code
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
