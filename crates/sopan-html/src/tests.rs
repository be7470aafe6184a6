//! Whole-sheet tests: escaping, determinism and pagination over every example.

use std::fmt::Write as _;
use std::path::PathBuf;

use sopan_check::model::Sop;
use sopan_layout::ConnectorStyle;
use sopan_layout::sheet::{
    self, ColumnHeadings, Mutu, Orientation, Paper, PaperSize, SheetStyle, too_tall,
};

use crate::render;

/// The sheet's pages of `sop` as sopan-layout counts them.
fn page_count(sop: &Sop, style: &SheetStyle) -> usize {
    sheet::page_count(sop, style, false)
}

/// The default style on another paper.
fn on(size: PaperSize, orientation: Orientation) -> SheetStyle {
    SheetStyle {
        paper: Paper { size, orientation },
        ..SheetStyle::default()
    }
}

/// Parses and checks `text`, which must be clean.
pub(crate) fn compile(name: &str, text: &str) -> Sop {
    let (file, parsed) = sopan_syntax::parse_bytes(name, text.as_bytes());
    let document = parsed.document.expect("parses");
    let checked = sopan_check::check(&document, file.text());
    checked
        .sop
        .unwrap_or_else(|| panic!("{name} checks clean: {:?}", checked.diagnostics))
}

/// Every example, sorted by name; finding none fails.
fn examples() -> Vec<(String, Sop)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sop"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no examples found in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().expect("name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("readable");
            let sop = compile(&name, &text);
            (name, sop)
        })
        .collect()
}

const HOSTILE: &str = r#"
sop "<script>alert(1)</script> \"><img src=x onerror=alert(2)>" {
  nomor    "</style><script>alert(3)</script>"
  instansi "javascript:alert(4)" "<svg onload=alert(5)>"
  dibuat   2018-12-17
  revisi   -
  efektif  2019-01-02
  disahkan "</title><script>x</script>" {
    nama "' onmouseover='alert(6)"
  }
  dasar-hukum { "<iframe src=javascript:alert(7)>" }
  pelaksana {
    a "<b onclick=alert(8)>Pemohon</b>"
    b "Petugas</text><script>alert(9)</script>"
  }
  prosedur {
    mulai a "<script>alert(10)</script>" {
      kelengkapan "\"><img src=x onerror=alert(11)>" "</div></section><script>1</script>"
      waktu "5 menit"
      output "javascript:alert(12)"
    }
    "<i>baris</i>" {
      proses a "<script>alert(13)</script>"
      proses b "\"><svg onload=alert(14)>" { <-> akhir }
      nomor "<b>2</b>"
    }
    akhir: selesai b "Selesai </style><style>*{display:none}</style>"
  }
}
"#;

#[test]
fn author_text_cannot_become_markup() {
    let html = render(&compile("hostile", HOSTILE), &SheetStyle::default());
    let lower = html.to_lowercase();
    for tag in tags(&html) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
            .collect();
        let name = name.trim_start_matches('/').to_ascii_lowercase();
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected element <{tag}>"
        );
        for attribute in tag.split_whitespace().skip(1) {
            let attribute = attribute.to_ascii_lowercase();
            assert!(!attribute.starts_with("on"), "event handler in <{tag}>");
            assert!(!attribute.contains("javascript:"), "script URL in <{tag}>");
        }
    }
    // Only the renderer's own style element, and every author string arrives as text.
    assert_eq!(lower.matches("<style").count(), 1);
    assert_eq!(lower.matches("</style>").count(), 1);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    // A symbol's own text (wrapped inside its box) and the office's row number are author
    // text too.
    assert!(html.contains(">&lt;script&gt;alert(<"));
    assert!(html.contains(">&quot;&gt;&lt;svg<"));
    assert!(html.contains("&lt;b&gt;2&lt;/b&gt;"));
    // The unit's name prints upper case, as text.
    assert!(
        html.contains(">JAVASCRIPT:ALERT(4)<"),
        "plain text stays readable"
    );
    assert!(html.contains(
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\""
    ));
}

/// Every element the renderer itself writes.
const ALLOWED_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "section", "div", "span",
    "table", "colgroup", "col", "tr", "th", "td", "ol", "li", "p", "strong", "br", "svg", "g",
    "rect", "line", "polyline", "polygon", "text", "img",
];

/// The inside of every tag (`<…>`) of `html`, skipping the style sheet, which has none.
fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every tag closes");
        let tag = &after[..end];
        out.push(tag);
        rest = &after[end + 1..];
        if tag == "style" {
            let close = rest.find("</style>").expect("the style sheet closes");
            rest = &rest[close..];
        }
    }
    out
}

#[test]
fn dates_are_written_the_indonesian_way() {
    let html = render(&compile("hostile", HOSTILE), &SheetStyle::default());
    assert!(html.contains("17 Desember 2018"));
    assert!(html.contains("2 Januari 2019"));
}

#[test]
fn same_input_same_bytes() {
    for (name, sop) in examples() {
        let first = render(&sop, &SheetStyle::default());
        assert_eq!(
            first,
            render(&sop.clone(), &SheetStyle::default()),
            "{name} renders differently twice"
        );
    }
}

#[test]
fn every_page_the_layout_counts_is_drawn() {
    for (name, sop) in examples() {
        let style = SheetStyle::default();
        let html = render(&sop, &style);
        let predicted = page_count(&sop, &style);
        assert_eq!(
            html.matches("<section class=\"page").count(),
            predicted,
            "{name}"
        );
        assert!(
            predicted >= 2,
            "{name}: the identity page and at least one procedure page"
        );
        // Every page from the second on prints its number.
        for n in 2..=predicted {
            assert!(html.contains(&format!(">- {n} -<")), "{name}: page {n}");
        }
        assert!(!html.contains(">- 1 -<"), "{name}: page 1 has no number");
    }
}

#[test]
fn taller_paper_needs_no_more_pages() {
    for (name, sop) in examples() {
        let a4 = page_count(&sop, &SheetStyle::default());
        let legal = on(PaperSize::Legal, Orientation::Landscape);
        assert!(page_count(&sop, &legal) <= a4, "{name}");
        let portrait = on(PaperSize::A4, Orientation::Portrait);
        let html = render(&sop, &portrait);
        assert!(html.contains("@page { size: 210mm 297mm;"), "{name}");
    }
}

/// An office that words and orders the table its own way.
fn office() -> SheetStyle {
    SheetStyle {
        paper: Paper {
            size: PaperSize::F4,
            orientation: Orientation::Landscape,
        },
        connectors: ConnectorStyle::Huruf,
        columns: ColumnHeadings {
            uraian: "Kegiatan".to_owned(),
            kelengkapan: "Persyaratan".to_owned(),
            ..ColumnHeadings::default()
        },
        mutu: vec![Mutu::Output, Mutu::Waktu, Mutu::Kelengkapan],
        column_numbers: false,
        keterangan: false,
        ..SheetStyle::default()
    }
}

#[test]
fn office_settings_change_the_table() {
    let (_, sop) = examples()
        .into_iter()
        .find(|(n, _)| n == "ahli-waris-mekarsari")
        .expect("showcase");
    let office = office();
    let html = render(&sop, &office);
    assert!(html.contains("@page { size: 330mm 210mm;"));
    assert!(!html.contains("class=\"c colnum\""));
    assert!(!html.contains(">Keterangan<"));
    let output = html.find(">Output<").expect("output heading");
    let input = html.find(">Persyaratan<").expect("renamed heading");
    assert!(output < input, "mutu baku in the configured order");
    assert!(html.contains(">Kegiatan<"));
    if page_count(&sop, &office) > 2 {
        assert!(html.contains(">A</text>"), "connectors marked with letters");
    }
}

/// A long SOP: `steps` process steps over three actors, with long uraian.
fn long_sop(steps: usize) -> Sop {
    let mut text = String::from(
        "sop \"Panjang\" {\n nomor \"1\"\n instansi \"PEMERINTAH KOTA UJI\"\n dibuat 2024-01-02\n revisi -\n efektif 2024-01-03\n disahkan \"Lurah\"\n pelaksana {\n a \"Pemohon\"\n b \"Petugas\"\n c \"Lurah\"\n }\n prosedur {\n",
    );
    text.push_str("  mulai a \"Mengajukan permohonan\" { waktu 5 menit }\n");
    for i in 0..steps {
        let actor = ["a", "b", "c"][i % 3];
        let _ = writeln!(
            text,
            "  {actor} \"Langkah {i}: memeriksa berkas, mencatat dalam buku register, meneruskan kepada pejabat berikutnya untuk diproses lebih lanjut sesuai ketentuan\" {{ waktu 10 menit output \"Berkas diperiksa\" \"Register\" }}"
        );
    }
    text.push_str("  selesai a \"Menerima hasil\" { waktu 5 menit }\n }\n}\n");
    compile("panjang", &text)
}

#[test]
fn long_procedures_paginate_on_every_paper() {
    let sop = long_sop(30);
    let no_repeat = SheetStyle {
        repeat_header: false,
        ..on(PaperSize::Letter, Orientation::Landscape)
    };
    for (variant, office) in [
        SheetStyle::default(),
        on(PaperSize::F4, Orientation::Landscape),
        on(PaperSize::Legal, Orientation::Portrait),
        no_repeat,
    ]
    .into_iter()
    .enumerate()
    {
        let yaml = format!("{:?}", office.paper);
        let pages = page_count(&sop, &office);
        assert!(pages >= 3, "{yaml}: {pages} pages");
        let html = render(&sop, &office);
        assert_eq!(html.matches("<section class=\"page").count(), pages);
        // Connectors come in pairs, one pair per page break, marked 1, 2, ….
        for mark in 1..pages - 1 {
            assert!(
                html.matches(&format!(">{mark}</text>")).count() >= 2,
                "{yaml}: connector {mark}"
            );
        }
        if let Ok(dir) = std::env::var("SOPAN_HTML_VARIANTS") {
            std::fs::write(format!("{dir}/variant{variant}-{pages}.html"), &html).expect("write");
        }
    }
}

/// An SOP whose second step has `chars` characters of Uraian Kegiatan, or of Output when
/// `in_output`.
fn long_step(chars: usize, in_output: bool) -> String {
    let words = "Memeriksa kelengkapan berkas permohonan dan mencocokkan data pemohon ";
    let long: String = words.repeat(chars / words.len() + 1)[..chars]
        .trim()
        .to_owned();
    let (uraian, output) = if in_output {
        ("Memeriksa berkas", long.as_str())
    } else {
        (long.as_str(), "Berkas diperiksa")
    };
    format!(
        "sop \"Uraian Panjang\" {{\n  nomor \"9/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana {{ pemohon \"Pemohon\" staf \"Staf Pelayanan\" }}\n  prosedur {{\n    mulai pemohon \"Mengajukan permohonan\" {{ waktu 5 menit output \"Berkas\" }}\n    staf \"{uraian}\" {{ waktu 10 menit output \"{output}\" }}\n    selesai pemohon \"Menerima surat\" {{ waktu 5 menit output \"Surat\" }}\n  }}\n}}\n"
    )
}

#[test]
fn a_step_taller_than_a_page_is_named_and_its_page_grows_instead_of_cutting_it() {
    let layout = SheetStyle::default();
    for in_output in [false, true] {
        let sop = compile("panjang", &long_step(9_000, in_output));
        let tall = too_tall(&sop, &layout);
        assert_eq!(tall.len(), 1, "{tall:?}");
        assert_eq!(tall[0].step, 1);
        assert!(tall[0].excess_mm() > 100.0, "{tall:?}");
        let column = if in_output {
            "Output"
        } else {
            "Uraian Kegiatan"
        };
        assert_eq!(tall[0].column, column);
        // Drawn anyway, the tall step's page is as tall as its rows: no line is cut.
        let html = render(&sop, &layout);
        let grown: Vec<&str> = html
            .split("<section class=\"page\"")
            .skip(1)
            .filter(|page| page.starts_with(" style=\"height:auto\""))
            .collect();
        assert_eq!(grown.len(), 1, "one page grows");
        let needed = tall[0].height;
        let drawn: f32 = grown[0]
            .split("height:")
            .nth(2)
            .and_then(|h| h.split("px").next())
            .and_then(|h| h.parse().ok())
            .expect("the sheet's height");
        assert!(drawn >= needed, "sheet {drawn}px for rows of {needed}px");
    }
    // An ordinary long text fits, and costs no layout to find out.
    let sop = compile("biasa", &long_step(400, false));
    assert!(too_tall(&sop, &layout).is_empty());
}

#[test]
fn a_long_identity_runs_on_numbered_and_the_procedure_pages_follow() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/sheets/identitas-panjang.sop"),
    )
    .expect("the long identity sheet");
    let sop = compile("panjang", &text);
    for size in [
        PaperSize::A4,
        PaperSize::F4,
        PaperSize::Letter,
        PaperSize::Legal,
    ] {
        let style = on(size, Orientation::Landscape);
        let html = render(&sop, &style);
        let pages = page_count(&sop, &style);
        assert_eq!(
            html.matches("<section class=\"page").count(),
            pages,
            "{size:?}"
        );
        let identity = sheet::identity(&sop, &style, false);
        assert!(identity.pages.len() > 1, "{size:?}: the identity runs on");
        assert_eq!(
            pages,
            identity.pages.len() + 1,
            "{size:?}: one procedure page"
        );
        for n in 2..=pages {
            assert_eq!(
                html.matches(&format!(">- {n} -<")).count(),
                1,
                "{size:?}: page {n} numbered once"
            );
        }
        assert!(!html.contains("- 1 -"), "page 1 has no number");
        assert!(html.contains(" (lanjutan)<"), "{size:?}");
        let last = html.rfind("<section class=\"page\"").expect("pages");
        assert!(html[last..].contains(&format!(">- {pages} -<")));
        assert!(
            html[last..].contains("<polygon"),
            "the flowchart is on the last page"
        );
    }
}
