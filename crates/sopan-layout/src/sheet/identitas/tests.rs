use std::fmt::Write as _;

use sopan_check::model::Sop;

use super::*;
use crate::sheet::tests::papers;
use crate::sheet::{Orientation, Paper, PaperSize};

fn compile(text: &str) -> Sop {
    let (file, parsed) = sopan_syntax::parse_bytes("uji.sop", text.as_bytes());
    let document = parsed.document.unwrap_or_else(|| panic!("parses"));
    sopan_check::check(&document, file.text())
        .sop
        .unwrap_or_else(|| panic!("checks clean:\n{text}"))
}

/// An SOP with `dasar` Dasar Hukum entries, `alat` Peralatan items and `kualifikasi`
/// long Kualifikasi entries.
fn sop_with(dasar: usize, alat: usize, kualifikasi: usize) -> Sop {
    let mut text = String::from(
        "sop \"Pelayanan Uji\" {\n  nomor \"1/SOP/2024\"\n  instansi \"PEMERINTAH KOTA UJI\" \"KELURAHAN UJI\"\n  dibuat 2024-01-02\n  revisi -\n  efektif 2024-01-03\n  disahkan \"Lurah Uji\" {\n    nama \"SRI WAHYUNI, S.Sos\"\n    pangkat \"Penata Tingkat I (III/d)\"\n    nip \"19810923 200501 2 011\"\n  }\n",
    );
    let list = |text: &mut String, key: &str, n: usize, entry: &dyn Fn(usize) -> String| {
        if n == 0 {
            return;
        }
        let _ = writeln!(text, "  {key} {{");
        for i in 0..n {
            let _ = writeln!(text, "    \"{}\"", entry(i));
        }
        text.push_str("  }\n");
    };
    list(&mut text, "dasar-hukum", dasar, &|i| {
        format!(
            "Peraturan Menteri Dalam Negeri Nomor {} Tahun 20{:02} tentang Pedoman Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan dan Kelurahan",
            i + 3,
            i + 5
        )
    });
    list(&mut text, "kualifikasi", kualifikasi, &|i| {
        format!(
            "Memahami ketentuan peraturan perundang-undangan di bidang administrasi kependudukan, pelayanan publik dan kearsipan, bagian {i}, serta mampu mengoperasikan komputer dan aplikasi pelayanan"
        )
    });
    list(&mut text, "peralatan", alat, &|i| {
        format!("Peralatan kantor nomor {i}")
    });
    text.push_str(
        "  peringatan \"Berkas yang tidak lengkap dikembalikan kepada pemohon\"\n  pencatatan \"Buku register\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 5 menit output \"Berkas\" }\n    selesai staf \"Selesai\" { waktu 5 menit output \"Arsip\" }\n  }\n}\n",
    );
    compile(&text)
}

fn style_on(paper: Paper) -> SheetStyle {
    SheetStyle {
        paper,
        ..SheetStyle::default()
    }
}

/// Every geometric promise of the layout, on every page.
fn assert_sound(id: &Identity, paper: Paper) {
    let (width, height) = paper.printable();
    assert!(!id.pages.is_empty());
    for (p, page) in id.pages.iter().enumerate() {
        assert!((page.height - height).abs() < 0.01, "page {p} height");
        let top = if p == 0 { 0.0 } else { NUMBER_BAND };
        for b in &page.texts {
            let r = b.rect;
            assert!(
                b.lines_height() + 2.0 * b.pad_y <= r.height + 0.01,
                "{paper:?} page {p}: lines do not fit their box: {b:?}"
            );
            for line in &b.lines {
                let w = text::width(&line.text, b.size);
                assert!(
                    w <= r.width - 2.0 * b.pad_x - b.indent + 0.01,
                    "{paper:?} page {p}: line wider than its box: {:?} ({w} in {})",
                    line.text,
                    r.width
                );
            }
            assert!(
                r.y + r.height <= page.height + 0.01,
                "{paper:?} page {p}: box crosses the bottom: {b:?}"
            );
            assert!(r.y >= top - 0.01, "{paper:?} page {p}: box in the band");
            assert!(
                r.x >= -0.01 && r.x + r.width <= width + 0.01,
                "inside across"
            );
        }
        let last = page.texts.last().expect("a page holds text");
        assert!(
            !(last.role == Role::Label && last.weight == Weight::Bold),
            "{paper:?} page {p} ends with a heading"
        );
        for rule in &page.rules {
            assert!(rule.from.y.max(rule.to.y) <= page.height + 0.01);
        }
    }
    let last = id.pages.last().expect("pages");
    assert!(id.bottom > 0.0 && id.bottom <= last.height + 0.01);
}

/// Every list heading on a page has at least one line of its section's text under it on
/// the same page, unless the section is blank.
fn assert_headings_have_text(id: &Identity) {
    for (p, page) in id.pages.iter().enumerate() {
        let headings = page
            .texts
            .iter()
            .filter(|b| b.role == Role::Label && b.weight == Weight::Bold && !b.lines.is_empty());
        for h in headings {
            let under = page.texts.iter().find(|b| {
                b.role == Role::Value
                    && (b.rect.x - h.rect.x).abs() < 0.01
                    && (b.rect.y - (h.rect.y + h.rect.height)).abs() < 0.01
            });
            let under = under.unwrap_or_else(|| panic!("page {p}: nothing under {h:?}"));
            assert!(
                !under.lines.is_empty() || !h.lines[0].text.contains(CONTINUED),
                "page {p}: a continued heading with no text: {h:?}"
            );
        }
    }
}

fn all_text(page: &SheetPage) -> Vec<String> {
    page.texts
        .iter()
        .flat_map(|b| b.lines.iter().map(|l| l.text.clone()))
        .collect()
}

#[test]
fn a_short_sop_fits_one_page_at_full_size() {
    let sop = sop_with(4, 4, 3);
    for paper in papers() {
        let id = identity(&sop, &style_on(paper), true);
        assert_eq!(id.pages.len(), 1, "{paper:?}");
        assert_sound(&id, paper);
        let page = &id.pages[0];
        assert!(page.texts.iter().all(|b| {
            let full = [TEXT_SIZE, UNIT_SIZE, UNIT_LAST_SIZE];
            full.iter().any(|s| (b.size - s).abs() < 0.001)
        }));
        let logo = page.logo.expect("a logo box");
        assert!((logo.width - LOGO_SIZE).abs() < 0.01);
        let texts = all_text(page);
        for wanted in [
            "PEMERINTAH KOTA UJI",
            "KELURAHAN UJI",
            "NOMOR SOP",
            "2 Januari 2024",
            "-",
            "NIP 19810923 200501 2 011",
            "SRI WAHYUNI, S.Sos",
            "DASAR HUKUM",
            "PERALATAN/PERLENGKAPAN",
        ] {
            assert!(texts.iter().any(|t| t == wanted), "{wanted} in {texts:?}");
        }
        // The signer's name is bold and underlined.
        assert!(page.texts.iter().any(|b| b.underline
            && b.weight == Weight::Bold
            && b.lines[0].text == "SRI WAHYUNI, S.Sos"));
        // Numbered lists: marks hang in the indent.
        assert!(
            page.texts
                .iter()
                .any(|b| b.indent > 0.0 && b.lines[0].marker.as_deref() == Some("1."))
        );
    }
}

#[test]
fn without_a_logo_no_room_is_kept() {
    let sop = sop_with(2, 2, 1);
    let id = identity(&sop, &SheetStyle::default(), false);
    assert!(id.pages[0].logo.is_none());
}

#[test]
fn long_lists_shrink_then_continue_on_every_paper() {
    let sop = sop_with(12, 33, 6);
    for paper in papers() {
        let style = style_on(paper);
        let id = identity(&sop, &style, true);
        assert_sound(&id, paper);
        assert_headings_have_text(&id);
        let smallest = id.pages[0]
            .texts
            .iter()
            .map(|b| b.size)
            .fold(f32::MAX, f32::min);
        // Legal portrait holds it all at full size; every other paper shrinks the lists.
        if paper.size != PaperSize::Legal || paper.orientation != Orientation::Portrait {
            assert!(smallest < TEXT_SIZE, "{paper:?}: the lists shrank");
        }
        if paper == Paper::default() {
            assert!(id.pages.len() > 1, "A4 landscape runs on");
        }
        assert!(
            smallest >= FLOOR - 0.001,
            "{paper:?}: never below the floor"
        );
        // A page that goes on with the Peralatan list says so in its heading.
        for page in id.pages.iter().skip(1) {
            let texts = all_text(page);
            let first = texts
                .iter()
                .find(|t| t.starts_with("Peralatan kantor nomor"));
            if first.is_some_and(|t| t != "Peralatan kantor nomor 0") {
                assert!(
                    texts
                        .iter()
                        .any(|t| t == "PERALATAN/PERLENGKAPAN (lanjutan)"),
                    "{paper:?}: {texts:?}"
                );
            }
            assert!(page.logo.is_none());
        }
        if id.pages.len() > 1 {
            // The right-hand stack stays on page 1.
            for later in &id.pages[1..] {
                assert!(!all_text(later).iter().any(|t| t == "NOMOR SOP"));
            }
        }
        // Every entry printed once, in order, whatever the pages.
        let printed: Vec<String> = id
            .pages
            .iter()
            .flat_map(all_text)
            .filter(|t| t.starts_with("Peralatan kantor nomor"))
            .collect();
        let expected: Vec<String> = (0..33)
            .map(|i| format!("Peralatan kantor nomor {i}"))
            .collect();
        assert_eq!(printed, expected, "{paper:?}");
        assert_eq!(identity(&sop, &style, true).pages.len(), id.pages.len());
    }
}

#[test]
fn a_very_long_block_runs_on_over_several_pages() {
    let sop = sop_with(60, 120, 20);
    for paper in papers() {
        let id = identity(&sop, &style_on(paper), false);
        assert!(id.pages.len() >= 2, "{paper:?}");
        assert_sound(&id, paper);
        assert_headings_have_text(&id);
        for page in &id.pages {
            assert!(page.texts.iter().all(|b| b.size >= FLOOR - 0.001));
        }
    }
}

#[test]
fn one_entry_longer_than_a_page_breaks_between_its_lines() {
    let long = "kata ".repeat(1900);
    let text = format!(
        "sop \"Uji\" {{\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  dasar-hukum \"{long}\"\n  pelaksana {{ staf \"Staf\" }}\n  prosedur {{\n    mulai staf \"Mulai\" {{ waktu 5 menit output \"Berkas\" }}\n    selesai staf \"Selesai\" {{ waktu 5 menit output \"Arsip\" }}\n  }}\n}}\n"
    );
    let sop = compile(&text);
    let paper = Paper::default();
    let id = identity(&sop, &style_on(paper), false);
    assert!(id.pages.len() >= 2);
    assert_sound(&id, paper);
    assert_headings_have_text(&id);
}

#[test]
fn the_layout_is_deterministic() {
    let sop = sop_with(12, 33, 6);
    let a = identity(&sop, &SheetStyle::default(), true);
    let b = identity(&sop, &SheetStyle::default(), true);
    assert_eq!(a.pages.len(), b.pages.len());
    for (x, y) in a.pages.iter().zip(&b.pages) {
        assert_eq!(x.texts, y.texts);
        assert_eq!(x.rules, y.rules);
        assert_eq!(x.fills, y.fills);
    }
}

#[test]
fn left_out_sections_close_the_gap_and_labels_are_the_offices() {
    let sop = sop_with(2, 2, 1);
    let mut style = SheetStyle {
        left_out: vec![Section::Kualifikasi],
        ..SheetStyle::default()
    };
    style.labels.dasar_hukum = "Landasan".to_owned();
    let id = identity(&sop, &style, false);
    let texts = all_text(&id.pages[0]);
    assert!(texts.iter().any(|t| t == "LANDASAN"));
    assert!(!texts.iter().any(|t| t == "KUALIFIKASI PELAKSANA"));
    // Dasar Hukum and Keterkaitan now share a row: the same top.
    let top = |name: &str| {
        id.pages[0]
            .texts
            .iter()
            .find(|b| b.lines.first().is_some_and(|l| l.text == name))
            .map(|b| b.rect.y)
            .expect("heading")
    };
    assert!((top("LANDASAN") - top("KETERKAITAN")).abs() < 0.01);
}

#[test]
fn sizes_go_down_to_the_floor_and_no_further() {
    let s = sizes();
    assert_eq!(s[0], (TEXT_SIZE, TEXT_SIZE));
    assert_eq!(s.last().copied(), Some((FLOOR, FLOOR)));
    assert!(s.iter().all(|&(b, l)| l <= b && l >= FLOOR && b >= FLOOR));
    assert!((FLOOR - 9.333).abs() < 0.01);
}

#[test]
fn shared_edges_are_drawn_once() {
    let id = identity(&sop_with(4, 4, 3), &SheetStyle::default(), false);
    let rules = &id.pages[0].rules;
    for (i, a) in rules.iter().enumerate() {
        for b in &rules[i + 1..] {
            let horizontal = |r: &Rule| (r.from.y - r.to.y).abs() < 0.001;
            if horizontal(a) && horizontal(b) && (a.from.y - b.from.y).abs() < 0.001 {
                assert!(
                    a.to.x < b.from.x || b.to.x < a.from.x,
                    "{a:?} and {b:?} overlap"
                );
            }
        }
    }
    // The page's top edge is one rule across.
    let (width, _) = Paper::default().printable();
    assert!(rules.iter().any(|r| r.from.y == 0.0
        && r.to.y == 0.0
        && r.from.x == 0.0
        && (r.to.x - width).abs() < 0.01));
}

#[test]
fn a_top_of_hundreds_of_words_is_cut_rather_than_run_off_page_one() {
    let long = "kata panjang ".repeat(120);
    let mut instansi = String::new();
    for i in 0..12 {
        let _ = write!(instansi, " \"{long}{i}\"");
    }
    let text = format!(
        "sop \"{long}\" {{\n  nomor \"{long}\"\n  instansi{instansi}\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"{long}\" {{\n    nama \"{long}\"\n    pangkat \"{long}\"\n  }}\n  dasar-hukum \"UU 25/2009\"\n  pelaksana {{ staf \"Staf\" }}\n  prosedur {{\n    mulai staf \"Mulai\" {{ waktu 5 menit output \"Berkas\" }}\n    selesai staf \"Selesai\" {{ waktu 5 menit output \"Arsip\" }}\n  }}\n}}\n"
    );
    let sop = compile(&text);
    for paper in papers() {
        for logo in [false, true] {
            let id = identity(&sop, &style_on(paper), logo);
            assert_sound(&id, paper);
            assert_headings_have_text(&id);
            let texts = all_text(&id.pages[0]);
            assert!(texts.iter().any(|t| t.ends_with('…')), "{paper:?}: cut");
            assert!(
                texts.iter().any(|t| t == "UU 25/2009"),
                "{paper:?}: the lists follow"
            );
        }
    }
}
