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
        "SOP002/field-without-value.sop",
        "sintaks-isi-hilang.help-teks",
        &[("kata", "nomor")],
    ),
    (
        "SOP002/actor-without-name.sop",
        "sintaks-isi-hilang.help-teks",
        &[("kata", "pemohon")],
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

/// Every suggestion a fixture's diagnostics carry is the fix an editor may apply as it is:
/// the text put in place of its span, the file no longer has that diagnostic there.
#[test]
fn every_suggestion_fixes_its_own_mistake() {
    let mut wrong = Vec::new();
    let mut applied = 0;
    for path in crate::support::files(&root().join("tests/diagnostics"), "sop") {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // The encoding fixtures: no suggestion replaces bytes.
        };
        let unit = compile_file(&path);
        for diagnostic in &unit.diagnostics {
            let Some((span, replacement)) = &diagnostic.suggestion else {
                continue;
            };
            let Some(old) = text.get(span.start..span.end) else {
                wrong.push(format!(
                    "{}: span {span:?} is not in the text",
                    path.display()
                ));
                continue;
            };
            assert_ne!(
                old,
                replacement,
                "{}: a suggestion that changes nothing",
                path.display()
            );
            let fixed = format!("{}{replacement}{}", &text[..span.start], &text[span.end..]);
            let again = sopan_cli::compile(&path.to_string_lossy(), fixed.as_bytes());
            let still = again
                .diagnostics
                .iter()
                .any(|d| d.code == diagnostic.code && d.primary_span().start == span.start);
            if still {
                wrong.push(format!(
                    "{}: {} still reported after `{old}` became `{replacement}`",
                    crate::support::relative(&path),
                    diagnostic.code
                ));
            }
            applied += 1;
        }
    }
    assert!(applied > 20, "only {applied} suggestions found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The checker's did-you-means carry a replacement only when one name is the closest: a
/// name between two equally close ones gets the help, not a one-click fix.
#[test]
fn a_suggestion_is_given_only_where_the_fix_is_certain() {
    let source = |actor: &str| {
        format!(
            "sop \"Pelayanan\" {{\n  nomor \"1\" dibuat 2024-01-02 efektif 2024-01-03 disahkan \"Lurah\"\n  \
             pelaksana {{ kasi \"Kasi\" kasu \"Kasu\" }}\n  prosedur {{\n    \
             mulai kasi \"Mulai\" {{ waktu 5 menit output \"Berkas\" }}\n    \
             selesai {actor} \"Selesai\" {{ waktu 5 menit output \"Surat\" }}\n  }}\n}}\n"
        )
    };
    let unknown = |actor: &str| {
        let unit = sopan_cli::compile("a.sop", source(actor).as_bytes());
        let found: Vec<_> = unit
            .diagnostics
            .into_iter()
            .filter(|d| d.code == Code::UnknownActor)
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().expect("one")
    };
    let d = unknown("kasa");
    assert_eq!(
        d.help.as_ref().and_then(sopan_diagnostics::Message::id),
        Some("periksa-maksud")
    );
    assert_eq!(
        d.suggestion, None,
        "`kasa` is as close to `kasi` as to `kasu`"
    );
    let d = unknown("kassi");
    assert_eq!(
        d.suggestion.as_ref().map(|(_, text)| text.as_str()),
        Some("kasi")
    );
}

/// The five mistakes of one `sopan.yaml`: the misspelt key gets its fix, which applied
/// removes that diagnostic; a paper size one letter from `a4` gets help but no fix, since
/// `a3` is a paper of its own and not a slip.
#[test]
fn sopan_yaml_suggestions_fix_the_key_and_leave_a_near_paper_size_alone() {
    let path = root().join("tests/diagnostics/SOP501/five-mistakes/sopan.yaml");
    let text = std::fs::read_to_string(&path).expect("yaml");
    let parse = |text: &str| {
        sopan_config::parse(&sopan_diagnostics::SourceFile::new("sopan.yaml", text))
            .err()
            .unwrap_or_default()
    };
    let diagnostics = parse(&text);
    let replacements: Vec<(&str, &str)> = diagnostics
        .iter()
        .filter_map(|d| d.suggestion.as_ref())
        .map(|(span, new)| (&text[span.start..span.end], new.as_str()))
        .collect();
    assert!(
        replacements.contains(&("instansii", "instansi")),
        "{replacements:?}"
    );
    assert!(
        replacements.iter().all(|(old, _)| *old != "a3"),
        "{replacements:?}"
    );
    for d in &diagnostics {
        let Some((span, new)) = &d.suggestion else {
            continue;
        };
        let mended = format!("{}{new}{}", &text[..span.start], &text[span.end..]);
        assert!(
            parse(&mended)
                .iter()
                .all(|again| again.primary_span().start != d.primary_span().start),
            "{:?} still reported after the fix",
            d.message
        );
    }
}
