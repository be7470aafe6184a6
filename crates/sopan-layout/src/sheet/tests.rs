//! The sheet's pages as a whole: every box fits its page and its lines fit their box, on
//! every paper; pages are numbered; the procedure table starts on page 1 when asked and
//! there is room.

use std::path::PathBuf;

use sopan_check::model::Sop;

use crate::sheet::strip_tests::compile;
use crate::sheet::{Orientation, Paper, PaperSize, Role, Sheet, SheetStyle, layout};
use crate::text;

/// Every example, sorted by name; finding none fails.
fn examples() -> Vec<(String, Sop)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sop"))
        .collect();
    paths.sort();
    assert!(paths.len() > 10, "examples missing in {}", dir.display());
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

/// Every paper and orientation an office can set.
pub(crate) fn papers() -> Vec<Paper> {
    let mut out = Vec::new();
    for size in [
        PaperSize::A4,
        PaperSize::F4,
        PaperSize::Letter,
        PaperSize::Legal,
    ] {
        for orientation in [Orientation::Landscape, Orientation::Portrait] {
            out.push(Paper { size, orientation });
        }
    }
    out
}

/// What is wrong with the geometry of a laid-out sheet.
fn problems(name: &str, sheet: &Sheet) -> Vec<String> {
    let mut out = Vec::new();
    for (n, page) in sheet.pages.iter().enumerate() {
        let at = format!("{name} page {}", n + 1);
        let (width, height) = sheet.paper.printable();
        let (width, height) = (width / page.scale, height / page.scale);
        if page.height > height + 0.5 {
            out.push(format!("{at}: grown to {}", page.height));
        }
        for b in &page.texts {
            let r = b.rect;
            if r.x < -0.01
                || r.y < -0.01
                || r.right() > width + 0.5
                || r.bottom() > page.height + 0.01
            {
                out.push(format!("{at}: box {r:?} leaves the page"));
            }
            let room = r.width - 2.0 * b.pad_x - b.indent;
            for line in &b.lines {
                let w = text::width(&line.text, b.size);
                if w > room + 0.01 {
                    out.push(format!("{at}: {:?} is {w} wide in {room}", line.text));
                }
            }
            if b.lines_height() + 2.0 * b.pad_y > r.height + 0.01 {
                out.push(format!(
                    "{at}: {} lines of {:?} do not fit a box {} high",
                    b.lines.len(),
                    b.lines.first().map(|l| l.text.as_str()),
                    r.height
                ));
            }
        }
        let number = page.texts.iter().find(|t| t.role == Role::PageNumber);
        match (n, number) {
            (0, None) => {}
            (0, Some(_)) => out.push(format!("{at}: page 1 is numbered")),
            (_, Some(b))
                if b.lines
                    .first()
                    .is_some_and(|l| l.text == format!("- {} -", n + 1)) => {}
            _ => out.push(format!("{at}: not numbered \"- {} -\"", n + 1)),
        }
    }
    out
}

#[test]
fn every_example_fits_every_paper_box_by_box() {
    let mut found = Vec::new();
    for (name, sop) in examples() {
        for paper in papers() {
            let style = SheetStyle {
                paper,
                ..SheetStyle::default()
            };
            let sheet = layout(&sop, &style, true);
            found.extend(problems(&format!("{name} {paper:?}"), &sheet));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_same_sop_lays_out_the_same() {
    for (name, sop) in examples().into_iter().take(6) {
        let style = SheetStyle::default();
        let first = format!("{:?}", layout(&sop, &style, false));
        assert_eq!(
            first,
            format!("{:?}", layout(&sop, &style, false)),
            "{name}"
        );
    }
}

#[test]
fn a_short_procedure_starts_on_page_1_when_the_template_asks() {
    let sop = compile(
        "pendek",
        "sop \"Pendek\" {\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    mulai staf \"Mulai\" { waktu 5 menit output \"A\" }\n    selesai staf \"Selesai\" { waktu 5 menit output \"B\" }\n  }\n}\n",
    );
    let apart = layout(&sop, &SheetStyle::default(), false);
    assert_eq!(apart.pages.len(), 2);
    assert!(apart.pages[0].flow.is_none());
    let style = SheetStyle {
        procedure_on_first_page: true,
        ..SheetStyle::default()
    };
    let together = layout(&sop, &style, false);
    assert_eq!(
        together.pages.len(),
        1,
        "the table fits under the identity block"
    );
    let place = together.pages[0].flow.expect("the flowchart is on page 1");
    assert!(place.origin.y > 0.0);
    assert!(problems("pendek", &together).is_empty());
    // The office's title over the table sits under the identity block, clear of it.
    let titled = SheetStyle {
        title: Some("URAIAN PROSEDUR".to_owned()),
        ..style
    };
    let bottom = crate::sheet::identity(&sop, &titled, false).bottom;
    let sheet = layout(&sop, &titled, false);
    let title = sheet.pages[0]
        .texts
        .iter()
        .find(|t| t.role == Role::Title)
        .expect("the title");
    assert!(
        title.rect.y >= bottom - 0.01,
        "{} over {bottom}",
        title.rect.y
    );
}

#[test]
fn a_long_procedure_asked_onto_page_1_still_fits_every_page() {
    let (name, sop) = examples()
        .into_iter()
        .max_by_key(|(_, s)| s.langkah.len())
        .expect("examples");
    for paper in papers() {
        let style = SheetStyle {
            paper,
            procedure_on_first_page: true,
            ..SheetStyle::default()
        };
        let sheet = layout(&sop, &style, true);
        let found = problems(&format!("{name} {paper:?}"), &sheet);
        assert!(found.is_empty(), "{}", found.join("\n"));
        let steps: usize = sheet.flow.pages.iter().map(|p| p.steps.len()).sum();
        assert_eq!(steps, sop.langkah.len(), "every step printed once");
    }
}
