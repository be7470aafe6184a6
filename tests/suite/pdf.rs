//! The PDF sheet, read as a reader's tools read it: every example on A4, F4, Letter and
//! Legal has the pages the layout predicted; `qpdf --check` finds nothing, `pdffonts`
//! lists only embedded fonts, `pdftotext` finds every step's uraian and the identity
//! texts; hostile author text comes out as literal text; two builds are byte-identical,
//! on one thread and on four; PDF/A-3u carries the source and the model.
//!
//! The page counts and the determinism need no tool. Without qpdf or poppler the tests
//! that read the PDF pass with a message on stderr, unless `SOPAN_REQUIRE_BROWSER=1` (CI
//! installs `qpdf` and `poppler-utils` with Chromium), where a missing tool fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use sopan_config::{Kertas, Layout};
use sopan_layout::sheet::{self, SheetStyle};

use crate::cli::{sopan, temp};
use crate::support::{compile_file, files, root};

const PAPERS: [(&str, Kertas); 4] = [
    ("a4", Kertas::A4),
    ("f4", Kertas::F4),
    ("letter", Kertas::Letter),
    ("legal", Kertas::Legal),
];

/// The author text of the HTML escaping test: markup, script URLs, quotes.
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
    akhir: selesai b "Selesai </style><style>*{display:none}</style> ) ( \\ %%EOF"
  }
}
"#;

/// The number of pages of a PDF: its page objects (krilla writes them uncompressed).
pub(crate) fn page_objects(pdf: &[u8]) -> usize {
    let needle = b"/Type/Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

/// Builds every example as PDF on `kertas` into `out`; the build's summary.
fn build_examples(dir: &Path, out: &str, kertas: &str, extra: &[&str]) -> String {
    let examples = root().join("examples");
    let mut args = vec![
        "build",
        examples.to_str().expect("UTF-8 path"),
        "--format",
        "pdf",
        "--kertas",
        kertas,
        "-o",
        out,
    ];
    args.extend_from_slice(extra);
    let run = sopan(dir, &args);
    assert_eq!(run.code, 0, "{run}");
    run.stdout
}

fn examples() -> Vec<(String, PathBuf)> {
    let sources = files(&root().join("examples"), "sop");
    assert!(sources.len() >= 24, "the examples are there");
    sources
        .into_iter()
        .map(|source| {
            let stem = source
                .file_stem()
                .expect("named")
                .to_string_lossy()
                .into_owned();
            (stem, source)
        })
        .collect()
}

#[test]
fn every_example_pdf_has_the_pages_of_the_layout_on_every_paper() {
    let dir = temp();
    for (name, kertas) in PAPERS {
        let summary = build_examples(dir.path(), &format!("[TMP]/{name}"), name, &[]);
        let style = sopan_cli::sheet_style(&Layout {
            kertas: Some(kertas),
            ..Layout::default()
        });
        let mut total = 0;
        for (stem, source) in examples() {
            let sop = compile_file(&source).sop.expect("a clean example");
            let expected = sheet::page_count(&sop, &style, sop.logo.is_some());
            total += expected;
            let pdf = std::fs::read(dir.path().join(name).join(format!("{stem}.pdf")))
                .unwrap_or_else(|e| panic!("{stem}.pdf on {name} was not written: {e}"));
            assert!(pdf.starts_with(b"%PDF-"), "{stem} on {name}");
            assert_eq!(page_objects(&pdf), expected, "{stem} on {name}");
        }
        // The summary counts the PDF sheets' pages as it counts the HTML sheets'.
        assert!(
            summary.contains(&format!(" lembar SOP untuk dicetak pada {total} halaman")),
            "{summary}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical_on_one_thread_and_on_four() {
    let dir = temp();
    let on = |threads: usize, out: &str| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| build_examples(dir.path(), out, "a4", &["--pdf-standar", "a-3u"]));
    };
    on(1, "[TMP]/one");
    on(4, "[TMP]/four");
    for (stem, _) in examples() {
        let read = |folder: &str| {
            std::fs::read(dir.path().join(folder).join(format!("{stem}.pdf"))).expect("written")
        };
        assert!(read("one") == read("four"), "{stem}: the PDFs differ");
    }
}

/// `tool`, or `None` with a message when it is missing and not required.
#[expect(
    clippy::print_stderr,
    reason = "a skipped test says why on the test's standard error"
)]
pub(crate) fn required(tool: &str, package: &str) -> Option<String> {
    let found = Command::new(tool)
        .arg("-v")
        .output()
        .is_ok()
        .then(|| tool.to_owned());
    if found.is_none() {
        assert!(
            std::env::var_os("SOPAN_REQUIRE_BROWSER").is_none_or(|v| v != "1"),
            "SOPAN_REQUIRE_BROWSER=1 but no {tool} on PATH"
        );
        eprintln!("PDF test skipped: no {tool} on PATH (apt-get install {package} to run it)");
    }
    found
}

fn run_tool(tool: &str, args: &[&str], file: &Path) -> (bool, String) {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn text_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

#[test]
fn readers_find_a_sound_file_embedded_fonts_and_every_text() {
    let (Some(qpdf), Some(_)) = (
        required("qpdf", "qpdf"),
        required("pdftotext", "poppler-utils"),
    ) else {
        return;
    };
    let dir = temp();
    build_examples(dir.path(), "[TMP]/out", "a4", &[]);
    let mut problems = Vec::new();
    for (stem, source) in examples() {
        let pdf = dir.path().join("out").join(format!("{stem}.pdf"));
        let (ok, report) = run_tool(&qpdf, &["--check"], &pdf);
        if !ok || !report.contains("No syntax or stream encoding errors") {
            problems.push(format!("{stem}: qpdf --check\n{report}"));
        }
        let (ok, fonts) = run_tool("pdffonts", &[], &pdf);
        assert!(ok, "pdffonts {stem}");
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{stem}: a font is used");
        for row in rows {
            // name, type…, then "emb sub uni" as yes/no.
            let flags: Vec<&str> = row.split_whitespace().rev().skip(2).take(3).collect();
            if flags != ["yes", "yes", "yes"] {
                problems.push(format!(
                    "{stem}: a font not embedded, subset and mapped: {row}"
                ));
            }
        }
        let words: std::collections::BTreeSet<String> = text_of(&pdf)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let sop = compile_file(&source).sop.expect("a clean example");
        let identity = [&sop.nama, &sop.nomor, &sop.disahkan.jabatan]
            .into_iter()
            .chain(&sop.disahkan.nama)
            .chain(&sop.instansi);
        let steps = sop.langkah.iter().map(|step| &step.uraian);
        for text in identity.chain(steps) {
            for word in text.split_whitespace() {
                if !words.contains(word) {
                    problems.push(format!("{stem}: {word:?} of {text:?} is not in the text"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn hostile_author_text_is_literal_text() {
    if required("pdftotext", "poppler-utils").is_none() {
        return;
    }
    let unit = sopan_cli::compile("hostile.sop", HOSTILE.as_bytes());
    let sop = unit.sop.expect("the hostile SOP checks clean");
    let laid = sheet::layout(&sop, &SheetStyle::default(), false);
    let bytes = sopan_pdf::draw(&sop, &laid, &sopan_pdf::Options::default()).expect("a PDF");
    let dir = temp();
    let pdf = dir.path().join("hostile.pdf");
    std::fs::write(&pdf, &bytes).expect("write");
    let (ok, report) = run_tool("qpdf", &["--check"], &pdf);
    assert!(ok, "{report}");
    assert_eq!(page_objects(&bytes), laid.pages.len());
    // The sheet prints the instansi in capitals.
    let text: String = text_of(&pdf).to_lowercase().split_whitespace().collect();
    for payload in [
        "<script>alert(1)</script>",
        "\"><imgsrc=xonerror=alert(2)>",
        "</style><script>alert(3)</script>",
        "javascript:alert(4)",
        "<svgonload=alert(5)>",
        "<iframesrc=javascript:alert(7)>",
        "<bonclick=alert(8)>Pemohon</b>",
        "</div></section><script>1</script>",
        "<i>baris</i>",
        "*{display:none}</style>)(\\%%EOF",
    ] {
        assert!(
            text.contains(&payload.to_lowercase()),
            "{payload:?} is not in the text"
        );
    }
}

#[test]
fn pdf_a_3u_carries_the_source_and_the_model() {
    let dir = temp();
    let source = root().join("examples/sktm-belimbing.sop");
    let run_build = |standard: &str, out: &str| {
        let run = sopan(
            dir.path(),
            &[
                "build",
                source.to_str().expect("UTF-8 path"),
                "--format",
                "pdf,json",
                "--pdf-standar",
                standard,
                "-o",
                out,
            ],
        );
        assert_eq!(run.code, 0, "{run}");
        std::fs::read(
            dir.path()
                .join(out.trim_start_matches("[TMP]/"))
                .join("sktm-belimbing.pdf"),
        )
        .expect("written")
    };
    let a2 = run_build("a-2u", "[TMP]/a2");
    let a3 = run_build("a-3u", "[TMP]/a3");
    let has = |pdf: &[u8], s: &str| pdf.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has(&a2, "<pdfaid:part>2</pdfaid:part>"));
    assert!(has(&a3, "<pdfaid:part>3</pdfaid:part>"));
    assert!(has(&a2, "<rdf:li>id</rdf:li>"), "the language is id");
    assert!(!has(&a2, "/EmbeddedFiles"), "PDF/A-2 embeds no file");
    assert!(has(&a3, "/EmbeddedFiles"));
    if required("pdfdetach", "poppler-utils").is_none() {
        return;
    }
    let pdf = dir.path().join("a3/sktm-belimbing.pdf");
    let save = dir.path().join("saved");
    std::fs::create_dir(&save).expect("folder");
    let out = Command::new("pdfdetach")
        .arg("-saveall")
        .arg("-o")
        .arg(&save)
        .arg(&pdf)
        .output()
        .expect("pdfdetach");
    assert!(out.status.success());
    assert_eq!(
        std::fs::read(save.join("sktm-belimbing.sop")).expect("the source is embedded"),
        std::fs::read(&source).expect("source")
    );
    assert_eq!(
        std::fs::read(save.join("sktm-belimbing.json")).expect("the model is embedded"),
        std::fs::read(dir.path().join("a3/sktm-belimbing.json")).expect("json")
    );
}

#[test]
fn every_line_of_the_page_model_is_on_its_own_page() {
    if required("pdftotext", "poppler-utils").is_none() {
        return;
    }
    let dir = temp();
    build_examples(dir.path(), "[TMP]/out", "f4", &[]);
    let style = sopan_cli::sheet_style(&Layout {
        kertas: Some(Kertas::F4),
        ..Layout::default()
    });
    let mut problems = Vec::new();
    for (stem, source) in examples() {
        let sop = compile_file(&source).sop.expect("a clean example");
        let laid = sheet::layout(&sop, &style, sop.logo.is_some());
        let pdf = dir.path().join("out").join(format!("{stem}.pdf"));
        for (n, page) in laid.pages.iter().enumerate() {
            let number = (n + 1).to_string();
            let out = Command::new("pdftotext")
                .args(["-raw", "-f", &number, "-l", &number])
                .arg(&pdf)
                .arg("-")
                .output()
                .expect("pdftotext");
            assert!(out.status.success(), "pdftotext {stem} page {number}");
            let printed: String = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .collect();
            for line in page.texts.iter().flat_map(|b| &b.lines) {
                let expected: String = line.text.split_whitespace().collect();
                if !printed.contains(&expected) {
                    problems.push(format!("{stem} page {number}: {:?} is missing", line.text));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_png_logo_is_embedded_through_the_command() {
    // A 1×1 grey PNG.
    let png: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3a,
        0x7e, 0x9b, 0x55, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x68,
        0x00, 0x00, 0x00, 0x82, 0x00, 0x81, 0x77, 0xcd, 0x72, 0xb6, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    let dir = temp();
    std::fs::create_dir(dir.path().join("gambar")).expect("folder");
    std::fs::write(dir.path().join("gambar/logo.png"), png).expect("write");
    let text = std::fs::read_to_string(root().join("examples/ahli-waris-mekarsari.sop"))
        .expect("example")
        .replace("gambar/logo-kota-mekarsari.svg", "gambar/logo.png");
    std::fs::write(dir.path().join("aw.sop"), text).expect("write");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/aw.sop",
            "--format",
            "pdf",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let pdf = std::fs::read(dir.path().join("out/aw.pdf")).expect("written");
    assert!(
        pdf.windows(14).any(|w| w == b"/Subtype/Image"),
        "the logo is an image"
    );
}

#[test]
#[expect(
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "a box on the page is at positive coordinates, a few hundred pixels wide"
)]
fn an_svg_logo_is_drawn_in_its_box() {
    let (Some(qpdf), Some(_)) = (
        required("qpdf", "qpdf"),
        required("pdftoppm", "poppler-utils"),
    ) else {
        return;
    };
    let dir = temp();
    let source = root().join("examples/ahli-waris-mekarsari.sop");
    let run = sopan(
        dir.path(),
        &[
            "build",
            source.to_str().expect("UTF-8 path"),
            "--format",
            "pdf",
            "-o",
            "[TMP]/out",
        ],
    );
    // Written at all: krilla's PDF/A-2u validator accepted the document.
    assert_eq!(run.code, 0, "{run}");
    let pdf = dir.path().join("out/ahli-waris-mekarsari.pdf");
    let (ok, report) = run_tool(&qpdf, &["--check"], &pdf);
    assert!(
        ok && report.contains("No syntax or stream encoding errors"),
        "{report}"
    );
    let bytes = std::fs::read(&pdf).expect("written");
    assert!(
        !bytes.windows(14).any(|w| w == b"/Subtype/Image"),
        "the SVG is drawn as vectors, not as an image"
    );
    let sop = compile_file(&source).sop.expect("a clean example");
    let laid = sheet::layout(&sop, &sopan_cli::sheet_style(&Layout::default()), true);
    let page = &laid.pages[0];
    let rect = page.logo.expect("page 1 has the logo's box");
    // The box in pixels at 72 dpi, where a pixel is a point: CSS pixels are ¾ of a point.
    let margin = laid.paper.margin();
    let at = |v: f32| ((margin + v * page.scale) * 0.75).round() as u32;
    let (x, y) = (at(rect.x), at(rect.y));
    let (w, h) = (
        (rect.width * page.scale * 0.75) as u32,
        (rect.height * page.scale * 0.75) as u32,
    );
    let prefix = dir.path().join("logo");
    let out = Command::new("pdftoppm")
        .args(["-r", "72", "-gray", "-singlefile", "-f", "1", "-l", "1"])
        .args(["-x", &x.to_string(), "-y", &y.to_string()])
        .args(["-W", &w.to_string(), "-H", &h.to_string()])
        .arg(&pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm");
    assert!(out.status.success());
    let grey = crate::pdf_browser::parse_pgm(
        &std::fs::read(prefix.with_extension("pgm")).expect("the box"),
    );
    let inked = grey.pixels.iter().filter(|&&p| p < 200).count();
    let share = inked as f64 / grey.pixels.len() as f64;
    // The shield fills about half of its box; the box around it is blank paper.
    assert!(
        share > 0.3,
        "only {:.0} % of the logo's box is drawn",
        share * 100.0
    );
}
