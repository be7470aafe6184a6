//! The generator's promise, checked with the real parser and checker: every file is
//! clean, and the same seed gives the same bytes.

use super::*;

/// Parses and checks `text`; returns every diagnostic rendered, for a readable failure.
fn problems(name: &str, text: &str) -> Vec<String> {
    let (file, parsed) = sopan_syntax::parse_bytes(name, text.as_bytes());
    let mut out: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d.code,
                d.message.render(sopan_diagnostics::Bahasa::En)
            )
        })
        .collect();
    match parsed.document {
        Some(document) => {
            let checked = sopan_check::check(&document, file.text());
            out.extend(checked.diagnostics.iter().map(|d| {
                format!(
                    "{} {}",
                    d.code,
                    d.message.render(sopan_diagnostics::Bahasa::En)
                )
            }));
            if out.is_empty() {
                let sop = checked.sop.expect("a clean check yields a model");
                assert!(!sopan_json::render(&sop).is_empty());
            }
        }
        None if out.is_empty() => out.push("no document and no diagnostic".to_owned()),
        None => {}
    }
    out
}

fn assert_clean(name: &str, text: &str) {
    let found = problems(name, text);
    assert!(
        found.is_empty(),
        "{name}:\n{}\n---\n{text}",
        found.join("\n")
    );
}

/// The 500 files the brief asks for: typical corpus files and every feature switch, up to
/// 40 rows and 8 actors with nested loops.
#[test]
fn five_hundred_generated_files_check_clean() {
    for (name, text) in corpus(1, 200) {
        assert_clean(&name, &text);
    }
    let flags = |bits: u64| Shape {
        steps: 3..=40,
        actors: 1..=8,
        decisions: bits & 1 != 0,
        back_edges: bits & 2 != 0,
        nested_loops: bits & 4 != 0,
        forks: bits & 8 != 0,
        joint_steps: bits & 16 != 0,
        alternative_starts: bits & 32 != 0,
        several_ends: bits & 64 != 0,
        several_symbols: bits & 128 != 0,
        long_identity: bits.is_multiple_of(3),
    };
    for seed in 0..256u64 {
        let shape = flags(seed % 256);
        assert_clean(&format!("flags-{seed}.sop"), &generate(seed, &shape));
    }
    for seed in 0..100u64 {
        assert_clean(
            &format!("everything-{seed}.sop"),
            &generate(seed, &Shape::everything()),
        );
    }
}

#[test]
fn sized_shapes_check_clean_and_have_their_size() {
    for steps in [3, 10, 100, 1000] {
        let text = generate(steps as u64, &Shape::sized(steps));
        assert_clean("sized.sop", &text);
        let (file, parsed) = sopan_syntax::parse_bytes("sized.sop", text.as_bytes());
        let sop = sopan_check::check(&parsed.document.unwrap(), file.text())
            .sop
            .unwrap();
        assert_eq!(sop.langkah.len(), steps);
    }
}

#[test]
fn same_seed_same_bytes() {
    assert_eq!(corpus(9, 20), corpus(9, 20));
    assert_eq!(corpus(9, 20)[13], corpus_file(9, 13));
    assert_eq!(
        generate(5, &Shape::everything()),
        generate(5, &Shape::everything())
    );
    assert_ne!(
        generate(5, &Shape::everything()),
        generate(6, &Shape::everything())
    );
}

#[test]
fn corpus_names_and_numbers_are_unique() {
    let files = corpus(2, 300);
    let mut names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), files.len());
    let mut nomors: Vec<&str> = files
        .iter()
        .filter_map(|(_, t)| t.lines().find(|l| l.trim_start().starts_with("nomor")))
        .collect();
    assert_eq!(nomors.len(), files.len());
    nomors.sort_unstable();
    nomors.dedup();
    assert_eq!(nomors.len(), files.len());
}

/// The corpus has the proportions of real sheets.
#[test]
fn corpus_is_typical() {
    let mut rows = Vec::new();
    let mut actors = Vec::new();
    let mut decisions = 0;
    for (name, text) in corpus(3, 600) {
        let (file, parsed) = sopan_syntax::parse_bytes(&name, text.as_bytes());
        let sop = sopan_check::check(&parsed.document.unwrap(), file.text())
            .sop
            .unwrap();
        rows.push(sop.langkah.len());
        actors.push(sop.pelaksana.len());
        if sop
            .langkah
            .iter()
            .any(|s| s.jenis == sopan_check::model::Jenis::Keputusan)
        {
            decisions += 1;
        }
    }
    rows.sort_unstable();
    actors.sort_unstable();
    assert_eq!(rows[0], 3);
    assert_eq!(rows[rows.len() - 1], 17);
    assert!(
        (5..=7).contains(&rows[rows.len() / 2]),
        "median rows {}",
        rows[300]
    );
    assert!((3..=4).contains(&actors[actors.len() / 2]) || actors[300] == 4);
    assert!(
        (150..=250).contains(&decisions),
        "{decisions} of 600 with a decision"
    );
}

/// A construct of rows that hold several symbols, found in a checked model.
type Probe = fn(&sopan_check::model::Sop) -> bool;

/// With `several_symbols`, every construct of rows that hold several symbols turns up, and
/// the files still check clean (above); without it, none does.
#[test]
fn rows_of_several_symbols_show_every_construct() {
    use sopan_check::model::{Garis, Jenis, JenisAlur};
    let model = |text: &str| -> sopan_check::model::Sop {
        let (file, parsed) = sopan_syntax::parse_bytes("x.sop", text.as_bytes());
        sopan_check::check(&parsed.document.unwrap(), file.text())
            .sop
            .unwrap()
    };
    let constructs: [(&str, Probe); 8] = [
        ("a row of several symbols", |sop| {
            sop.langkah.iter().any(|l| l.simbol.len() >= 2)
        }),
        ("two starts in one row", |sop| {
            sop.langkah.iter().any(|l| {
                l.simbol
                    .iter()
                    .filter(|&&s| sop.simbol[s].jenis == Jenis::Mulai)
                    .count()
                    >= 2
            })
        }),
        ("a decision into two symbols of one row", |sop| {
            sop.alur.iter().any(|ya| {
                ya.jenis == JenisAlur::Ya
                    && sop.alur.iter().any(|t| {
                        t.jenis == JenisAlur::Tidak
                            && t.dari == ya.dari
                            && t.ke != ya.ke
                            && sop.simbol[t.ke].langkah == sop.simbol[ya.ke].langkah
                    })
            })
        }),
        ("a text inside a start, end or process", |sop| {
            sop.simbol
                .iter()
                .any(|s| s.jenis != Jenis::Keputusan && s.teks.is_some())
        }),
        ("an office's row number", |sop| {
            sop.langkah
                .iter()
                .any(|l| l.nomor_cetak != l.nomor.to_string())
        }),
        ("an en-dash range", |sop| {
            sop.langkah
                .iter()
                .filter_map(|l| l.waktu.as_ref())
                .any(|w| {
                    w.tertulis.contains('\u{2013}')
                        && w.min_detik < w.maks_detik
                        && w.min_detik.is_some()
                })
        }),
        ("a two-headed arrow", |sop| {
            sop.alur.iter().any(|e| e.garis == Garis::DuaArah)
        }),
        ("a dotted arrow", |sop| {
            sop.alur.iter().any(|e| e.garis == Garis::Titik)
        }),
    ];
    let mut seen = [0usize; 8];
    for seed in 0..60 {
        let with = model(&generate(seed, &Shape::everything()));
        let without = model(&generate(
            seed,
            &Shape {
                several_symbols: false,
                ..Shape::everything()
            },
        ));
        for (n, (name, probe)) in constructs.iter().enumerate() {
            seen[n] += usize::from(probe(&with));
            assert!(
                !probe(&without),
                "{name} without several_symbols, seed {seed}"
            );
        }
    }
    for ((name, _), count) in constructs.iter().zip(seen) {
        assert!(count >= 3, "{name} in only {count} of 60 files");
    }
}

#[test]
fn long_identities_are_as_long_as_the_longest_signed_sheets() {
    let shape = Shape {
        long_identity: true,
        ..Shape::typical()
    };
    let model = |text: &str| -> sopan_check::model::Sop {
        let (file, parsed) = sopan_syntax::parse_bytes("long.sop", text.as_bytes());
        sopan_check::check(&parsed.document.expect("parses"), file.text())
            .sop
            .expect("clean")
    };
    let mut most = (0, 0);
    for seed in 0..40 {
        let text = generate(seed, &shape);
        let sop = model(&text);
        assert!(sop.dasar_hukum.len() >= 6, "seed {seed}");
        assert!(sop.peralatan.len() >= 12, "seed {seed}");
        most = (
            most.0.max(sop.dasar_hukum.len()),
            most.1.max(sop.peralatan.len()),
        );
    }
    assert!(most.0 >= 12 && most.1 >= 30, "{most:?}");
    // The switch off keeps every other file as it was.
    assert_eq!(
        generate(7, &Shape::typical()),
        generate(
            7,
            &Shape {
                long_identity: false,
                ..Shape::typical()
            }
        )
    );
}
