//! The printed sheet in a real browser: every example and every sheet of `tests/sheets/`
//! (an identity block longer than a page among them), printed to PDF by headless Chromium
//! on A4 and on F4 file by file as `sopan build` writes them, has the number of pages the
//! layout predicted; no text box overflows and no page is taller than its box, page 1
//! included; page 1 renders to a PNG. The same holds on A4, F4, Letter and Legal for all
//! of them and 200 generated SOPs with long identity lists, printed one document per paper.
//!
//! Without Chromium the test passes with a message on stderr, unless
//! `SOPAN_REQUIRE_BROWSER=1` (CI sets it after installing Debian's `chromium`), where a
//! missing browser fails. `SOPAN_BROWSER_OUT=DIR` keeps the PDFs and PNGs for looking at.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sopan_check::model::Sop;
use sopan_config::{Kertas, Layout};

use crate::support::{compile_file, files, root};

/// The overflow probe added to a test copy of a sheet (the sheet itself runs no script):
/// once the embedded font is in, it lists every text box whose text is wider or taller
/// than the box, and every page whose content runs past its printed height, in
/// `data-overflow` on `<body>`.
const PROBE: &str = r"<script>
document.fonts.ready.then(() => {
  const bad = [];
  document.querySelectorAll('.c').forEach((el) => {
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
      bad.push('cell ' + el.textContent.slice(0, 40));
    }
  });
  document.querySelectorAll('.page').forEach((el, i) => {
    if (el.scrollHeight > el.clientHeight + 1) {
      bad.push('page ' + (i + 1) + ' ' + el.scrollHeight + 'px > ' + el.clientHeight + 'px');
    }
  });
  document.body.setAttribute('data-overflow', bad.length ? bad.join(' | ') : 'none');
});
</script>";

#[test]
fn examples_print_as_predicted_in_chromium() {
    let Some(browser) = required_browser() else {
        return;
    };
    let work = tempfile::tempdir().expect("temp dir");
    let out = output_folder(&work);
    let sheets = |dir: &str| -> Vec<(String, Sop)> {
        files(&root().join(dir), "sop")
            .iter()
            .map(|path| {
                let name = path
                    .file_stem()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned();
                let sop = compile_file(path)
                    .sop
                    .unwrap_or_else(|| panic!("{name} checks clean"));
                (name, sop)
            })
            .collect()
    };
    let mut examples = sheets("examples");
    assert!(examples.len() >= 17, "examples missing");
    let long = sheets("tests/sheets");
    assert!(
        long.iter().any(|(name, _)| name == "identitas-panjang"),
        "the long identity sheet"
    );
    examples.extend(long);
    let problems: Vec<String> = examples
        .par_iter()
        .flat_map(|(name, sop)| check_example(&browser, &out, name, sop))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// How many generated SOPs with long identity lists the four-paper test prints.
const GENERATED: u64 = 200;

/// The bar of the page engine, on every paper an office prints on: the examples, the
/// sheets of `tests/sheets/` and 200 generated SOPs whose identity lists are as long as the
/// longest signed sheets' (so page 1 shrinks and runs on over continuation pages), each
/// drawn as `sopan build` draws it, print to exactly the pages the layout predicted, and no
/// text box overflows on any page.
///
/// One Chromium print per paper: the sheets of a paper are printed as one document (their
/// pages one after the other, the whole bundled font embedded once, as every sheet's
/// subset has the same advances). Every page of a sheet is a box of the paper's height that
/// breaks after itself, so a page can only ever print on more paper than one, never on
/// less: the document printing to the sum of the predicted counts means every sheet printed
/// to its own.
#[test]
fn long_identities_print_as_predicted_on_four_papers() {
    let Some(browser) = required_browser() else {
        return;
    };
    let shape = sopan_corpus::Shape {
        long_identity: true,
        ..sopan_corpus::Shape::typical()
    };
    let mut sops: Vec<(String, Sop)> = (0..GENERATED)
        .map(|seed| {
            let name = format!("generated-{seed}.sop");
            let text = sopan_corpus::generate(seed, &shape);
            let sop = sopan_cli::compile(&name, text.as_bytes())
                .sop
                .unwrap_or_else(|| panic!("{name} checks clean"));
            (name, sop)
        })
        .collect();
    for dir in ["examples", "tests/sheets"] {
        for path in files(&root().join(dir), "sop") {
            let sop = compile_file(&path).sop.expect("a clean sheet");
            sops.push((path.display().to_string(), sop));
        }
    }
    let work = tempfile::tempdir().expect("temp dir");
    let out = output_folder(&work);
    let papers = [Kertas::A4, Kertas::F4, Kertas::Letter, Kertas::Legal];
    let problems: Vec<String> = papers
        .par_iter()
        .flat_map(|&kertas| {
            let style = sopan_cli::sheet_style(&Layout {
                kertas: Some(kertas),
                ..Layout::default()
            });
            let mut predicted = 0;
            let mut continued = 0;
            let sheets: Vec<String> = sops
                .iter()
                .map(|(_, sop)| {
                    let laid = sopan_layout::sheet::layout(sop, &style, false);
                    let identity = sopan_layout::sheet::identity(sop, &style, false);
                    continued += usize::from(identity.pages.len() > 1);
                    predicted += laid.pages.len();
                    sopan_html::draw(sop, &laid, None)
                })
                .collect();
            let stem = format!("long-{kertas:?}").to_lowercase();
            let html = out.join(format!("{stem}.html"));
            std::fs::write(&html, one_document(&sheets)).expect("write the document");
            let pdf = out.join(format!("{stem}.pdf"));
            chromium(
                &browser,
                &[
                    &format!("--print-to-pdf={}", pdf.display()),
                    "--no-pdf-header-footer",
                ],
                &html,
            );
            let printed = std::fs::read(&pdf).map_or(0, |bytes| pages(&bytes));
            let mut problems = Vec::new();
            if printed != predicted {
                problems.push(format!(
                    "{stem}: Chromium printed {printed} pages, the layout predicted {predicted}"
                ));
            }
            // The generated lists must really run page 1 over, or the test proves little.
            if continued < sops.len() / 4 {
                problems.push(format!(
                    "{stem}: only {continued} identity blocks ran on over a page"
                ));
            }
            let probed = out.join(format!("{stem}-probe.html"));
            let document = std::fs::read_to_string(&html).expect("read the document");
            std::fs::write(&probed, probe(&document)).expect("write probe");
            let dom = chromium(
                &browser,
                &["--dump-dom", "--virtual-time-budget=20000"],
                &probed,
            );
            match overflow(&dom) {
                Some("none") => {}
                Some(found) => problems.push(format!("{stem}: overflow: {found}")),
                None => problems.push(format!("{stem}: the overflow probe did not run")),
            }
            problems
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Sheets of one paper as one document: the first sheet's head, with the whole bundled
/// font in place of its subset, then every sheet's pages.
pub(crate) fn one_document(sheets: &[String]) -> String {
    use base64::Engine as _;
    let first = sheets.first().expect("sheets");
    let font_start = first.find("base64,").expect("an embedded font") + "base64,".len();
    let font_end = font_start + first[font_start..].find(')').expect("the font ends");
    let whole = base64::engine::general_purpose::STANDARD.encode(sopan_layout::text::font_data());
    let head_end = first.find("<body>\n").expect("a body") + "<body>\n".len();
    let mut out = format!(
        "{}{whole}{}",
        &first[..font_start],
        &first[font_end..head_end]
    );
    for sheet in sheets {
        let start = sheet.find("<body>\n").expect("a body") + "<body>\n".len();
        let end = sheet.rfind("</body>").expect("the body ends");
        out.push_str(&sheet[start..end]);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Every problem one example shows in the browser.
fn check_example(browser: &Path, out: &Path, name: &str, sop: &Sop) -> Vec<String> {
    let mut problems = Vec::new();
    for kertas in [Kertas::A4, Kertas::F4] {
        let layout = Layout {
            kertas: Some(kertas),
            ..Layout::default()
        };
        let stem = format!("{name}-{kertas:?}").to_lowercase();
        let html = out.join(format!("{stem}.html"));
        let style = sopan_cli::sheet_style(&layout);
        std::fs::write(&html, sopan_html::render(sop, &style)).expect("write sheet");
        let pdf = out.join(format!("{stem}.pdf"));
        chromium(
            browser,
            &[
                &format!("--print-to-pdf={}", pdf.display()),
                "--no-pdf-header-footer",
            ],
            &html,
        );
        let printed = std::fs::read(&pdf).map_or(0, |bytes| pages(&bytes));
        let predicted = sopan_layout::sheet::page_count(sop, &style, false);
        if printed != predicted {
            problems.push(format!(
                "{stem}: Chromium printed {printed} pages, the layout predicted {predicted}"
            ));
        }
        if kertas == Kertas::A4 {
            let png = out.join(format!("{stem}-1.png"));
            // A4 landscape at 96 px per inch: page 1 fills the window.
            chromium(
                browser,
                &[
                    &format!("--screenshot={}", png.display()),
                    "--window-size=1123,794",
                ],
                &html,
            );
            let size = std::fs::metadata(&png).map_or(0, |m| m.len());
            if size < 10_000 {
                problems.push(format!("{stem}: page 1 PNG has {size} bytes"));
            }
        }
        let probed = out.join(format!("{stem}-probe.html"));
        let sheet = std::fs::read_to_string(&html).expect("read sheet");
        std::fs::write(&probed, probe(&sheet)).expect("write probe");
        let dom = chromium(
            browser,
            &["--dump-dom", "--virtual-time-budget=5000"],
            &probed,
        );
        match overflow(&dom) {
            Some("none") => {}
            Some(found) => problems.push(format!("{stem}: overflow: {found}")),
            None => problems.push(format!("{stem}: the overflow probe did not run")),
        }
        let _ = std::fs::remove_file(&probed);
    }
    problems
}

/// The sheet with its scripts ban lifted and the probe added; nothing else changes.
fn probe(sheet: &str) -> String {
    let csp_start = sheet
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("the sheet has a CSP");
    let csp_end = csp_start + sheet[csp_start..].find('>').expect("meta ends") + 1;
    let without = format!("{}{}", &sheet[..csp_start], &sheet[csp_end..]);
    without.replacen("</body>", &format!("{PROBE}\n</body>"), 1)
}

/// The probe's verdict in a dumped DOM.
fn overflow(dom: &str) -> Option<&str> {
    let start = dom.find("data-overflow=\"")? + "data-overflow=\"".len();
    let end = start + dom[start..].find('"')?;
    Some(&dom[start..end])
}

/// Pages of a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`).
pub(crate) fn pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

/// What headless Chromium needs here: no sandbox, GPU, first-run page or network of its own,
/// so it runs in a container and offline. Each run adds a fresh `--user-data-dir`.
pub(crate) const HEADLESS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Runs headless Chromium on `page` with a fresh profile; returns its standard output.
pub(crate) fn chromium(browser: &Path, args: &[&str], page: &Path) -> String {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(browser)
        .args(HEADLESS)
        .arg("--hide-scrollbars")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + Duration::from_mins(2);
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut text);
        text
    });
    while child.try_wait().expect("wait for chromium").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.wait();
    reader.join().unwrap_or_default()
}

/// Chromium, or `None` with a message when it is missing and not required
/// (`SOPAN_REQUIRE_BROWSER=1` makes a missing browser fail the test).
#[expect(
    clippy::print_stderr,
    reason = "a skipped test says why on the test's standard error"
)]
pub(crate) fn required_browser() -> Option<PathBuf> {
    let found = browser();
    if found.is_none() {
        assert!(
            std::env::var_os("SOPAN_REQUIRE_BROWSER").is_none_or(|v| v != "1"),
            "SOPAN_REQUIRE_BROWSER=1 but no chromium on PATH"
        );
        eprintln!("browser test skipped: no chromium on PATH (apt-get install chromium to run it)");
    }
    found
}

/// Where a test writes its sheets and prints: `SOPAN_BROWSER_OUT` to keep them, else the
/// temporary folder `work`. Absolute, as Chromium is given `file://` URLs.
pub(crate) fn output_folder(work: &tempfile::TempDir) -> PathBuf {
    let out = std::env::var_os("SOPAN_BROWSER_OUT")
        .filter(|dir| !dir.is_empty())
        .map_or_else(|| work.path().to_path_buf(), PathBuf::from);
    std::fs::create_dir_all(&out).expect("output folder");
    std::path::absolute(&out).expect("absolute output folder")
}

/// Chromium on `PATH`, under one of the names distributions give it.
fn browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

#[test]
fn page_objects_are_counted_not_the_page_tree() {
    assert_eq!(
        pages(b"<< /Type /Pages /Kids [] >> << /Type /Page /Parent 1 0 R >> << /Type /Page\n>>"),
        2
    );
}
