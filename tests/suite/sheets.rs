//! Golden sheets, the safety net for moving page layout into one engine: the HTML sheet of
//! every example as `sopan build` writes it (examples/out/<name>.html, with the embedded
//! font's data left out: a megabyte that only changes with the font), and the number of
//! pages each example prints on every paper (examples/halaman.tsv). Every change to a sheet
//! is then a diff someone reads before it is blessed (`SOPAN_BLESS=1`).

use std::fmt::Write as _;

use sopan_config::{Kertas, Layout};

use crate::cli::{sopan, temp};
use crate::support::{compile_file, files, golden, root};

/// Where the font's base64 starts and ends in a sheet's style sheet.
const FONT_START: &str = "url(data:font/ttf;base64,";
const FONT_END: &str = ") format('truetype')";

/// The sheet with the data of every embedded font replaced by `…`.
fn without_font(sheet: &str) -> String {
    let mut out = String::with_capacity(sheet.len());
    let mut rest = sheet;
    while let Some(start) = rest.find(FONT_START) {
        let data = start + FONT_START.len();
        out.push_str(&rest[..data]);
        out.push('…');
        match rest[data..].find(FONT_END) {
            Some(end) => rest = &rest[data + end..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn font_data_is_all_that_is_left_out() {
    let sheet = "a url(data:font/ttf;base64,QUJD) format('truetype') b";
    assert_eq!(
        without_font(sheet),
        "a url(data:font/ttf;base64,…) format('truetype') b"
    );
    assert_eq!(without_font("no font"), "no font");
}

#[test]
fn every_example_sheet_matches_its_golden() {
    let dir = temp();
    let examples = root().join("examples");
    let run = sopan(
        dir.path(),
        &[
            "build",
            &examples.to_string_lossy(),
            "--format",
            "html",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let sources = files(&examples, "sop");
    assert!(sources.len() >= 24, "the examples are there");
    let mut problems = Vec::new();
    for source in sources {
        let stem = source
            .file_stem()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        let built = std::fs::read_to_string(dir.path().join("out").join(format!("{stem}.html")))
            .unwrap_or_else(|e| panic!("{stem}.html was not written: {e}"));
        assert!(
            built.contains(FONT_START),
            "{stem}: the sheet embeds its font"
        );
        let target = examples.join("out").join(format!("{stem}.html"));
        problems.extend(golden(&target, &without_font(&built)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_example_prints_the_pages_of_its_golden() {
    let papers = [
        ("a4", Kertas::A4),
        ("f4", Kertas::F4),
        ("letter", Kertas::Letter),
        ("legal", Kertas::Legal),
    ];
    let mut table = String::from(
        "# pages of each example's sheet, landscape: identitas page + procedure pages\n",
    );
    table.push_str("example");
    for (name, _) in papers {
        let _ = write!(table, "\t{name}");
    }
    table.push('\n');
    for source in files(&root().join("examples"), "sop") {
        let stem = source
            .file_stem()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        let sop = compile_file(&source).sop.expect("a clean example");
        table.push_str(&stem);
        for (_, kertas) in papers {
            let layout = Layout {
                kertas: Some(kertas),
                ..Layout::default()
            };
            let style = sopan_cli::sheet_style(&layout);
            let pages = sopan_layout::sheet::page_count(&sop, &style, false);
            let sheet = sopan_html::render(&sop, &style);
            assert_eq!(
                sheet.matches("<section class=\"page").count(),
                pages,
                "{stem}: the sheet holds the pages predicted"
            );
            let _ = write!(table, "\t{pages}");
        }
        table.push('\n');
    }
    let problems = golden(&root().join("examples/halaman.tsv"), &table);
    assert!(problems.is_none(), "{}", problems.unwrap_or_default());
}
