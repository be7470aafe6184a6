//! Dashes and blanks: every field prints "-" when written `-`, and nothing when written
//! `{ }` or left out; the office's template switches the totals row, the labels and the
//! list marks.

use sopan_check::model::Sop;

use crate::sheet::cells::{DASH, of_step};
use crate::sheet::columns::Kind;
use crate::sheet::{ListStyle, Mutu, Role, SheetStyle, layout};

/// Parses and checks `text`, which must be clean.
pub(crate) fn compile(name: &str, text: &str) -> Sop {
    let (file, parsed) = sopan_syntax::parse_bytes(name, text.as_bytes());
    let document = parsed.document.expect("parses");
    let checked = sopan_check::check(&document, file.text());
    checked
        .sop
        .unwrap_or_else(|| panic!("{name} checks clean: {:?}", checked.diagnostics))
}

/// Every line the sheet of `sop` prints, page by page, box by box.
fn printed(sop: &Sop, style: &SheetStyle) -> String {
    let sheet = layout(sop, style, false);
    let mut out = String::new();
    for page in &sheet.pages {
        for text in &page.texts {
            for line in &text.lines {
                out.push_str(line.text.as_str());
                out.push('\n');
            }
        }
    }
    out
}

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
    compile("uji", &text)
}

/// The printed text of the step cell `kind` of step 2.
fn cell(sop: &Sop, kind: Kind) -> String {
    of_step(sop, 1, kind, 200.0, ListStyle::Numbered)
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

const STEP_CELLS: [Kind; 4] = [
    Kind::Mutu(Mutu::Kelengkapan),
    Kind::Mutu(Mutu::Output),
    Kind::Keterangan,
    Kind::Mutu(Mutu::Waktu),
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
    let sop = compile(
        "w",
        "sop \"W\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 5 menit output \"A\" }\n    staf \"Kerja\" { output \"B\" }\n    selesai staf \"Selesai\" { waktu 5 menit output \"C\" }\n  }\n}\n",
    );
    assert_eq!(cell(&sop, Kind::Mutu(Mutu::Waktu)), "");
}

/// The identity page's list cells, in order, as text: the boxes under the grey headings.
fn identity_cells(sop: &Sop) -> Vec<String> {
    let laid = crate::sheet::identity(sop, &SheetStyle::default(), false);
    let page = &laid.pages[0];
    let below_heading = |b: &&crate::sheet::TextBox| {
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

/// Every marked line of the sheet of `sop`: (mark, text).
fn marked(sop: &Sop, style: &SheetStyle) -> Vec<(String, String)> {
    layout(sop, style, false)
        .pages
        .iter()
        .flat_map(|p| &p.texts)
        .flat_map(|t| &t.lines)
        .filter_map(|l| l.marker.clone().map(|m| (m, l.text.clone())))
        .collect()
}

#[test]
fn a_dashed_list_is_never_numbered() {
    let sop = filled("-");
    assert!(sop.dasar_hukum.len() == 1 && sop.peralatan.is_empty());
    assert!(
        marked(&sop, &SheetStyle::default())
            .iter()
            .all(|(_, text)| text != DASH),
        "a dash became a list entry"
    );
}

#[test]
fn a_template_words_the_labels_marks_lists_and_leaves_sections_out() {
    let sop = compile(
        "sktm",
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../examples/sktm-belimbing.sop"),
        )
        .expect("example"),
    );
    let mut style = SheetStyle::default();
    style.labels.nama = "Judul SOP".to_owned();
    style.labels.efektif = "Tanggal Pengesahan".to_owned();
    style.groups.0 = "Pelaku".to_owned();
    style.title = Some("URAIAN PROSEDUR".to_owned());
    style.lists = ListStyle::Bulleted;
    style.left_out = vec![crate::sheet::Section::Peralatan];
    style.totals = false;
    let plain = printed(&sop, &SheetStyle::default());
    let text = printed(&sop, &style);
    for (before, after) in [
        // The identity page's labels print upper case.
        ("NAMA SOP\n", "JUDUL SOP\n"),
        ("TGL. EFEKTIF\n", "PENGESAHAN\n"),
        ("Pelaksana\n", "Pelaku\n"),
    ] {
        assert!(plain.contains(before) && !text.contains(before), "{before}");
        assert!(text.contains(after), "{after}");
    }
    assert!(text.contains("Mutu Baku\n"));
    let titles = |style: &SheetStyle| {
        layout(&sop, style, false)
            .pages
            .iter()
            .flat_map(|p| &p.texts)
            .filter(|t| t.role == Role::Title)
            .flat_map(|t| t.lines.iter().map(|l| l.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&style), ["URAIAN PROSEDUR"]);
    assert!(titles(&SheetStyle::default()).is_empty());
    assert!(plain.contains("PERALATAN/PERLENGKAPAN") && !text.contains("PERALATAN/PERLENGKAPAN"));
    let marks = |style: &SheetStyle, mark: &str| {
        marked(&sop, style)
            .iter()
            .filter(|(m, _)| m == mark)
            .count()
    };
    assert!(marks(&SheetStyle::default(), "1.") > 0);
    assert!(marks(&style, "1.") == 0 && marks(&style, "•") > 0);
    assert!(plain.contains("Jumlah waktu") && !text.contains("Jumlah waktu"));
    let lines = SheetStyle {
        lists: ListStyle::Lines,
        ..SheetStyle::default()
    };
    assert!(marked(&sop, &lines).is_empty());
    assert!(printed(&sop, &lines).contains("Memiliki pemahaman terhadap tata cara pelaporan\n"));
}

#[test]
fn kinds_of_time_are_summed_apart_on_the_sheet() {
    let sop = compile(
        "k",
        "sop \"K\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 2 hari kerja output \"A\" }\n    selesai staf \"Selesai\" { waktu 3 jam output \"C\" }\n  }\n}\n",
    );
    assert_eq!(total_waktu(&sop), "2 hari kerja + 3 jam");
}

/// The text of the totals row's Waktu cell, its wrapped lines joined by spaces.
fn total_waktu(sop: &Sop) -> String {
    let sheet = layout(sop, &SheetStyle::default(), false);
    let totals: Vec<_> = sheet
        .pages
        .iter()
        .flat_map(|p| &p.texts)
        .filter(|t| t.role == Role::Total)
        .collect();
    let waktu = totals.last().expect("a total waktu cell");
    waktu
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn free_text_times_give_no_zero_total() {
    let sop = compile(
        "f",
        "sop \"F\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu \"Segera\" output \"A\" }\n    selesai staf \"Selesai\" { waktu - output \"C\" }\n  }\n}\n",
    );
    let text = printed(&sop, &SheetStyle::default());
    assert!(!text.contains("0 menit"), "an invented total");
    assert!(!text.contains("Jumlah waktu"));
    assert!(text.contains("Tidak dihitung (tanpa waktu): langkah 1, 2"));
}
