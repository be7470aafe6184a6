//! The PDF sheet beside Chromium's print of the HTML sheet, page by page, as a reader
//! compares them: every example is built as HTML and PDF (`sopan build --format html,pdf`,
//! logos included) on A4, F4, Letter and Legal; Chromium prints the HTML sheets of each paper
//! (one document per paper, as `browser.rs` prints them); the page model, the PDF and the
//! print have the same number of pages on every paper. On A4, poppler renders both PDFs in
//! grey and every page of the PDF is compared with its printed page: after a blur that
//! takes anti-aliasing and hinting out, the share of pixels whose grey differs by more than
//! a quarter stays within `TOLERANCE`. The same comparison against the next page must
//! exceed it, so a page drawn in the wrong place would fail. Each page's text
//! (`pdftotext -layout`) holds the page model's lines of that page, in reading order.
//!
//! Skipped with a message without Chromium or poppler, unless `SOPAN_REQUIRE_BROWSER=1`.
//! `SOPAN_BROWSER_OUT=DIR` keeps the PDFs and the rendered pages for looking at.

use std::path::{Path, PathBuf};
use std::process::Command;

use rayon::prelude::*;
use sopan_config::{Kertas, Layout};
use sopan_layout::sheet;

use crate::browser::{chromium, one_document, output_folder, pages, required_browser};
use crate::cli::sopan;
use crate::support::{compile_file, files, root};

/// Pixels per inch the pages are compared at: a line of text is a few pixels high, a rule
/// one pixel wide, a misplaced box or line unmistakable.
const RESOLUTION: &str = "50";

/// Grey levels (of 255) by which a blurred pixel must differ to count as different.
const THRESHOLD: u8 = 64;

/// The most a page may differ from its print: the share of its pixels differing by more
/// than `THRESHOLD`. Measured on the examples, a page differs on at most 2.35 % of its
/// pixels and a page compared with the print's next page on at least 13.9 % (docs/pdf.md).
const TOLERANCE: f64 = 0.05;

const PAPERS: [Kertas; 4] = [Kertas::A4, Kertas::F4, Kertas::Letter, Kertas::Legal];

/// A grey page as poppler renders it.
pub(crate) struct Grey {
    pub(crate) width: usize,
    pub(crate) height: usize,
    pub(crate) pixels: Vec<u8>,
}

#[test]
fn the_pdf_is_the_page_chromium_prints_page_for_page() {
    let Some(browser) = required_browser() else {
        return;
    };
    if crate::pdf::required("pdftoppm", "poppler-utils").is_none() {
        return;
    }
    let work = tempfile::tempdir().expect("temp dir");
    let out = output_folder(&work).join("pdf-browser");
    std::fs::create_dir_all(&out).expect("output folder");
    let examples = files(&root().join("examples"), "sop");
    assert!(examples.len() >= 24, "the examples are there");
    let problems: Vec<String> = PAPERS
        .par_iter()
        .flat_map(|&kertas| paper(&browser, &out, &examples, kertas))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every problem of the examples on `kertas`.
fn paper(browser: &Path, out: &Path, examples: &[PathBuf], kertas: Kertas) -> Vec<String> {
    let name = format!("{kertas:?}").to_lowercase();
    let dir = out.join(&name);
    let run = sopan(
        out,
        &[
            "build",
            root().join("examples").to_str().expect("UTF-8 path"),
            "--format",
            "html,pdf",
            "--kertas",
            &name,
            "-o",
            dir.to_str().expect("UTF-8 path"),
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let style = sopan_cli::sheet_style(&Layout {
        kertas: Some(kertas),
        ..Layout::default()
    });
    let mut problems = Vec::new();
    let mut sheets = Vec::new();
    // Each example: its name, the page model, and where its pages start in the print.
    let mut laid = Vec::new();
    let mut predicted = 0;
    for source in examples {
        let stem = source
            .file_stem()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        let sop = compile_file(source).sop.expect("a clean example");
        let model = sheet::layout(&sop, &style, sop.logo.is_some());
        let pdf = std::fs::read(dir.join(format!("{stem}.pdf"))).expect("the PDF is written");
        let in_pdf = crate::pdf::page_objects(&pdf);
        if in_pdf != model.pages.len() {
            problems.push(format!(
                "{stem} on {name}: the PDF has {in_pdf} pages, the page model {}",
                model.pages.len()
            ));
        }
        sheets.push(std::fs::read_to_string(dir.join(format!("{stem}.html"))).expect("HTML"));
        laid.push((stem, model, predicted));
        predicted += in_pdf;
    }
    // Every sheet's page is a box of the paper's height that breaks after itself, so a
    // sheet can print on more pages than its model, never on fewer: the whole print having
    // the sum of the models' pages means each sheet printed on its own count.
    let html = dir.join("print.html");
    std::fs::write(&html, one_document(&sheets)).expect("write the document");
    let print = dir.join("print.pdf");
    chromium(
        browser,
        &[
            &format!("--print-to-pdf={}", print.display()),
            "--no-pdf-header-footer",
        ],
        &html,
    );
    let printed = std::fs::read(&print).map_or(0, |bytes| pages(&bytes));
    if printed != predicted {
        problems.push(format!(
            "{name}: Chromium printed {printed} pages, the PDFs have {predicted}"
        ));
        return problems;
    }
    if kertas == Kertas::A4 {
        problems.extend(compare_pages(&dir, &laid));
        for (stem, model, _) in &laid {
            problems.extend(text_in_order(&dir.join(format!("{stem}.pdf")), stem, model));
        }
    }
    problems
}

/// Each page of every PDF against its page in Chromium's print.
#[expect(
    clippy::print_stderr,
    clippy::cast_precision_loss,
    reason = "the measured differences, as shares of a page's few pixels, are the figures \
              docs/pdf.md states"
)]
fn compare_pages(dir: &Path, laid: &[(String, sheet::Sheet, usize)]) -> Vec<String> {
    let print = render(&dir.join("print.pdf"), &dir.join("print"));
    let mut problems = Vec::new();
    let mut same = Vec::new();
    let mut next = Vec::new();
    for (stem, model, start) in laid {
        let ours = render(&dir.join(format!("{stem}.pdf")), &dir.join(stem));
        for (n, page) in ours.iter().enumerate().take(model.pages.len()) {
            let Some(theirs) = print.get(start + n) else {
                problems.push(format!("{stem} page {}: not in the print", n + 1));
                continue;
            };
            let differs = difference(page, theirs);
            same.push(differs);
            if differs > TOLERANCE {
                problems.push(format!(
                    "{stem} page {}: {:.2} % of the pixels differ from Chromium's print (at most \
                     {:.2} %)",
                    n + 1,
                    differs * 100.0,
                    TOLERANCE * 100.0
                ));
            }
            // The control: the print's next page is another page, and must look it.
            if let Some(other) = print.get(start + n + 1) {
                let differs = difference(page, other);
                next.push(differs);
                if differs <= TOLERANCE {
                    problems.push(format!(
                        "{stem} page {}: only {:.2} % of the pixels differ from the print's next \
                         page; the comparison cannot tell pages apart",
                        n + 1,
                        differs * 100.0
                    ));
                }
            }
        }
    }
    let stats = |v: &[f64]| {
        let max = v.iter().copied().fold(0.0, f64::max);
        let min = v.iter().copied().fold(1.0, f64::min);
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        format!(
            "{} pages, mean {:.2} %, min {:.2} %, max {:.2} %",
            v.len(),
            mean * 100.0,
            min * 100.0,
            max * 100.0
        )
    };
    eprintln!(
        "PDF against Chromium's print on A4: the same page {}; the next page {}",
        stats(&same),
        stats(&next)
    );
    problems
}

/// The pages of `pdf`, rendered in grey by poppler next to `prefix`.
fn render(pdf: &Path, prefix: &Path) -> Vec<Grey> {
    let out = Command::new("pdftoppm")
        .args(["-r", RESOLUTION, "-gray"])
        .arg(pdf)
        .arg(prefix)
        .output()
        .expect("pdftoppm");
    assert!(out.status.success(), "pdftoppm {}", pdf.display());
    let folder = prefix.parent().expect("a folder");
    let stem = format!("{}-", prefix.file_name().expect("a name").to_string_lossy());
    let mut rendered: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("read the folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| {
                n.strip_prefix(&stem).is_some_and(|rest| {
                    rest.strip_suffix(".pgm")
                        .is_some_and(|number| number.bytes().all(|b| b.is_ascii_digit()))
                })
            })
        })
        .collect();
    // poppler pads the page numbers of one document to one width.
    rendered.sort();
    rendered
        .iter()
        .map(|path| parse_pgm(&std::fs::read(path).expect("a rendered page")))
        .collect()
}

/// A binary PGM (`P5`, 8 bits) as poppler writes it.
pub(crate) fn parse_pgm(bytes: &[u8]) -> Grey {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5", "a grey PGM");
    assert_eq!(fields[3], "255", "8 bits");
    let width: usize = fields[1].parse().expect("width");
    let height: usize = fields[2].parse().expect("height");
    let pixels = bytes[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height, "the whole picture");
    Grey {
        width,
        height,
        pixels,
    }
}

/// `page` blurred over 3 × 3 pixels, so that a glyph's anti-aliasing or a rule half a pixel
/// away does not count, while a line of text or a box out of place still does.
fn blurred(page: &Grey) -> Vec<u8> {
    let (w, h) = (page.width, page.height);
    let mut out = vec![255; w * h];
    for y in 0..h {
        for x in 0..w {
            let (mut sum, mut n) = (0u32, 0u32);
            for yy in y.saturating_sub(1)..(y + 2).min(h) {
                for xx in x.saturating_sub(1)..(x + 2).min(w) {
                    sum += u32::from(page.pixels[yy * w + xx]);
                    n += 1;
                }
            }
            out[y * w + x] = (sum / n) as u8;
        }
    }
    out
}

/// The share of pixels that differ by more than `THRESHOLD` once both are blurred; a page of
/// another size differs wholly. Poppler rounds a page's size to whole pixels, so one pixel
/// more or less is the same size.
#[expect(
    clippy::cast_precision_loss,
    reason = "a page has far fewer than 2^52 pixels"
)]
fn difference(a: &Grey, b: &Grey) -> f64 {
    if a.width.abs_diff(b.width) > 1 || a.height.abs_diff(b.height) > 1 {
        return 1.0;
    }
    let (w, h) = (a.width.min(b.width), a.height.min(b.height));
    let (pa, pb) = (blurred(a), blurred(b));
    let mut differing = 0usize;
    for y in 0..h {
        for x in 0..w {
            if pa[y * a.width + x].abs_diff(pb[y * b.width + x]) > THRESHOLD {
                differing += 1;
            }
        }
    }
    differing as f64 / (w * h) as f64
}

/// Every line of the page model is on its page of `pdf`, read as `pdftotext -layout` lays
/// the page out, in the order of the page: a line set lower on the page is found no
/// higher in the text.
fn text_in_order(pdf: &Path, stem: &str, model: &sheet::Sheet) -> Vec<String> {
    let mut problems = Vec::new();
    for (n, page) in model.pages.iter().enumerate() {
        let number = (n + 1).to_string();
        let out = Command::new("pdftotext")
            .args(["-layout", "-f", &number, "-l", &number])
            .arg(pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        assert!(out.status.success(), "pdftotext {stem} page {number}");
        let text: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|line| line.split_whitespace().collect())
            .collect();
        let mut lines: Vec<(f32, f32, String)> = page
            .texts
            .iter()
            .flat_map(|b| {
                b.lines
                    .iter()
                    .zip(b.line_origins())
                    .map(|(line, at)| (at.y, at.x, line.text.split_whitespace().collect()))
            })
            .filter(|(_, _, text): &(f32, f32, String)| !text.is_empty())
            .collect();
        lines.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        // The text row of the line before, and its baseline.
        let mut row: usize = 0;
        let mut baseline = f32::NEG_INFINITY;
        for (y, _, line) in &lines {
            // Lines whose baselines are within a few pixels of each other may come out in
            // either order (a large title beside a small cell); lower ones may not.
            let from = if *y - baseline < 4.0 {
                row.saturating_sub(1)
            } else {
                row
            };
            match text
                .iter()
                .skip(from)
                .position(|t| t.contains(line.as_str()))
            {
                Some(found) => {
                    row = from + found;
                    baseline = *y;
                }
                None if text.iter().any(|t| t.contains(line.as_str())) => problems.push(format!(
                    "{stem} page {number}: {line:?} is above the lines before it"
                )),
                None => problems.push(format!("{stem} page {number}: {line:?} is missing")),
            }
        }
    }
    problems
}
