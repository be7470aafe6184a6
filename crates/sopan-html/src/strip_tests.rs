//! Dashes and blanks: every field prints "-" when written `-`, and nothing when written
//! `{ }` or left out; the office's template switches the totals row, the labels and the
//! list marks.

use sopan_check::model::Sop;
use sopan_config::{BagianIdentitas, Daftar, JudulIdentitas, JudulKelompok, Layout};

use crate::cells::{DASH, of_step};
use crate::columns::Kind;
use crate::render;
use sopan_config::KolomMutu;

/// An SOP whose identity lists and one step's cells are all written as `fill` says: `-`,
/// `{ }`, or left out when `fill` is empty.
fn filled(fill: &str) -> Sop {
    let field = |key: &str| {
        if fill.is_empty() {
            String::new()
        } else {
            format!("  {key} {fill}\n")
        }
    };
    let step = |key: &str| {
        if fill.is_empty() {
            String::new()
        } else {
            format!(" {key} {fill}")
        }
    };
    let keterkaitan = field("keterkaitan");
    let text = format!(
        "sop \"Uji\" {{\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  dasar-hukum \"UU 25/2009\"\n{}{}{}{}{keterkaitan}  bagian \"Lain\" {}\n  pelaksana {{ staf \"Staf\" }}\n  prosedur {{\n    mulai staf \"Mulai\" {{ waktu 5 menit output \"Berkas\" }}\n    staf \"Kerja\" {{ waktu {}{}{}{} }}\n    selesai staf \"Selesai\" {{ waktu 5 menit output \"Arsip\" }}\n  }}\n}}\n",
        field("kualifikasi"),
        field("peralatan"),
        field("peringatan"),
        field("pencatatan"),
        if fill.is_empty() { "{ }" } else { fill },
        if fill == "-" { "-" } else { "5 menit" },
        step("kelengkapan"),
        step("output"),
        step("keterangan"),
    );
    let text = if fill.is_empty() {
        text.replace("  bagian \"Lain\" { }\n", "")
    } else {
        text
    };
    crate::tests::compile("uji", &text)
}

/// The printed text of the step cell `kind` of step 2.
fn cell(sop: &Sop, kind: Kind) -> String {
    of_step(sop, 1, kind, 200.0, Daftar::Nomor)
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

const STEP_CELLS: [Kind; 4] = [
    Kind::Mutu(KolomMutu::Kelengkapan),
    Kind::Mutu(KolomMutu::Output),
    Kind::Keterangan,
    Kind::Mutu(KolomMutu::Waktu),
];

#[test]
fn a_dash_prints_a_dash_in_every_step_cell() {
    let sop = filled("-");
    for kind in STEP_CELLS {
        assert_eq!(cell(&sop, kind), DASH, "{kind:?}");
    }
}

#[test]
fn an_empty_or_omitted_step_cell_prints_blank() {
    for fill in ["{ }", ""] {
        let sop = filled(fill);
        for kind in &STEP_CELLS[..3] {
            assert_eq!(cell(&sop, *kind), "", "{kind:?} written {fill:?}");
        }
    }
    // Waktu left out: the step above has `waktu 5 menit`, so drop it for this one.
    let sop = crate::tests::compile(
        "w",
        "sop \"W\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 5 menit output \"A\" }\n    staf \"Kerja\" { output \"B\" }\n    selesai staf \"Selesai\" { waktu 5 menit output \"C\" }\n  }\n}\n",
    );
    assert_eq!(cell(&sop, Kind::Mutu(KolomMutu::Waktu)), "");
}

/// The identity page's list cells, in order, as text: the boxes under the grey headings.
fn identity_cells(sop: &Sop) -> Vec<String> {
    let layout = Layout::default();
    let laid = sopan_layout::sheet::identity(sop, &crate::style::of(&layout), false);
    let page = &laid.pages[0];
    let below_heading = |b: &&sopan_layout::sheet::TextBox| {
        page.fills
            .iter()
            .any(|f| (f.x - b.rect.x).abs() < 0.01 && (f.y + f.height - b.rect.y).abs() < 0.01)
    };
    page.texts
        .iter()
        .filter(below_heading)
        .map(|b| {
            b.lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn identity_lists_keterkaitan_and_bagian_follow_the_same_rule() {
    // Dasar Hukum holds one entry in every case; the five others and the bagian follow fill.
    let dashed = identity_cells(&filled("-"));
    assert_eq!(dashed, ["UU 25/2009", "-", "-", "-", "-", "-", "-"]);
    let empty = identity_cells(&filled("{ }"));
    assert_eq!(empty, ["UU 25/2009", "", "", "", "", "", ""]);
    let omitted = identity_cells(&filled(""));
    assert_eq!(omitted, ["UU 25/2009", "", "", "", "", ""]);
}

#[test]
fn a_dashed_list_is_never_numbered() {
    let sop = filled("-");
    assert!(sop.dasar_hukum.len() == 1 && sop.peralatan.is_empty());
    let html = render(&sop, &Layout::default());
    assert!(!html.contains("<li>-</li>"), "a dash became a list entry");
}

#[test]
fn a_template_words_the_labels_marks_lists_and_leaves_sections_out() {
    let sop = crate::tests::compile(
        "sktm",
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../examples/sktm-belimbing.sop"),
        )
        .expect("example"),
    );
    let layout = Layout {
        judul_identitas: Some(JudulIdentitas {
            nama: Some("Judul SOP".to_owned()),
            efektif: Some("Tanggal Pengesahan".to_owned()),
            ..JudulIdentitas::default()
        }),
        judul_kelompok: Some(JudulKelompok {
            pelaksana: Some("Pelaku".to_owned()),
            mutu_baku: None,
        }),
        judul_prosedur: Some("URAIAN PROSEDUR".to_owned()),
        daftar: Some(Daftar::Butir),
        tanpa: Some(vec![BagianIdentitas::Peralatan]),
        jumlah_waktu: Some(false),
        ..Layout::default()
    };
    let plain = render(&sop, &Layout::default());
    let html = render(&sop, &layout);
    for (before, after) in [
        // The identity page's labels print upper case.
        (">NAMA SOP<", ">JUDUL SOP<"),
        (">TGL. EFEKTIF<", ">PENGESAHAN<"),
        (">Pelaksana<", ">Pelaku<"),
    ] {
        assert!(plain.contains(before) && !html.contains(before), "{before}");
        assert!(html.contains(after), "{after}");
    }
    assert!(html.contains(">Mutu Baku<"));
    assert!(html.contains("<div class=\"judul-prosedur\">URAIAN PROSEDUR</div>"));
    assert!(!plain.contains("judul-prosedur\">"));
    assert!(plain.contains("PERALATAN/PERLENGKAPAN") && !html.contains("PERALATAN/PERLENGKAPAN"));
    let marks = |html: &str, mark: &str| html.matches(&format!("class=\"m\">{mark}<")).count();
    assert!(marks(&plain, "1.") > 0 && marks(&html, "1.") == 0 && marks(&html, "•") > 0);
    assert!(plain.contains("Jumlah waktu") && !html.contains("Jumlah waktu"));
    let lines = Layout {
        daftar: Some(Daftar::Baris),
        ..Layout::default()
    };
    let html = render(&sop, &lines);
    assert!(!html.contains("class=\"m\">"));
    assert!(html.contains("<div>Memiliki pemahaman terhadap tata cara pelaporan</div>"));
}

#[test]
fn kinds_of_time_are_summed_apart_on_the_sheet() {
    let sop = crate::tests::compile(
        "k",
        "sop \"K\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 2 hari kerja output \"A\" }\n    selesai staf \"Selesai\" { waktu 3 jam output \"C\" }\n  }\n}\n",
    );
    let html = render(&sop, &Layout::default());
    assert_eq!(total_waktu(&html), "2 hari kerja + 3 jam");
}

/// The text of the totals row's Waktu cell, its wrapped lines joined by spaces.
fn total_waktu(html: &str) -> String {
    let start = html
        .find("class=\"c ctr total\"")
        .expect("a total waktu cell");
    let cell = &html[start..];
    let cell = &cell[cell.find('>').map_or(0, |i| i + 1)..cell.find("</div>\n").unwrap_or(0)];
    cell.split("</div>")
        .map(|line| line.trim_start_matches("<div>"))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn free_text_times_give_no_zero_total() {
    let sop = crate::tests::compile(
        "f",
        "sop \"F\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu \"Segera\" output \"A\" }\n    selesai staf \"Selesai\" { waktu - output \"C\" }\n  }\n}\n",
    );
    let html = render(&sop, &Layout::default());
    assert!(!html.contains("0 menit"), "an invented total");
    assert!(!html.contains("Jumlah waktu"));
    assert!(html.contains("Tidak dihitung (tanpa waktu): langkah 1, 2"));
}
