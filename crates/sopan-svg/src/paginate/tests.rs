//! Paginated drawings, read back from the SVG text: every page fits its paper, the pages
//! hold every step once, connectors pair up with the office's marks, the bytes repeat.

use std::collections::BTreeSet;

use sopan_check::model::Sop;
use sopan_corpus::Shape;
use sopan_layout::ConnectorStyle;
use sopan_layout::sheet::{Orientation, Paper, PaperSize};

use super::Printable;
use sopan_layout::split_pages;

fn checked(name: &str, text: &str) -> Sop {
    let (file, parsed) = sopan_syntax::parse_bytes(name, text.as_bytes());
    let document = parsed.document.expect("generated SOPs parse");
    let checked = sopan_check::check(&document, file.text());
    checked.sop.expect("generated SOPs check clean")
}

/// A generated SOP of exactly `steps` steps, with decisions, loops and forks.
fn long_sop(seed: u64, steps: usize) -> Sop {
    let mut shape = Shape::sized(steps);
    shape.joint_steps = true;
    checked("long.sop", &sopan_corpus::generate(seed, &shape))
}

/// A paper and the connector marks an office asks for.
#[derive(Clone, Copy)]
struct Print {
    paper: Paper,
    marks: ConnectorStyle,
}

impl Default for Print {
    /// A4 landscape, marked 1, 2, …: what an office gets without `tata-letak`.
    fn default() -> Print {
        Print {
            paper: Paper::default(),
            marks: ConnectorStyle::Angka,
        }
    }
}

fn paper(size: PaperSize, orientation: Orientation, marks: ConnectorStyle) -> Print {
    Print {
        paper: Paper { size, orientation },
        marks,
    }
}

fn render_paginated(sop: &Sop, print: Print) -> Vec<String> {
    crate::render_paginated(sop, print.paper, print.marks)
}

/// What a page says about itself.
struct Read {
    /// The `width` and `height` attributes: the size on paper.
    size: (f32, f32),
    /// The `viewBox` size: the size in user units.
    view: (f32, f32),
    /// The numbers of the steps whose symbols it draws.
    steps: BTreeSet<usize>,
    /// The marks of its off-page connectors, in document order.
    marks: Vec<String>,
}

fn read(svg: &str) -> Read {
    let doc = roxmltree::Document::parse(svg).expect("a page is XML");
    let root = doc.root_element();
    let number = |name: &str| -> f32 {
        root.attribute(name)
            .and_then(|v| v.parse().ok())
            .expect("a numeric size")
    };
    let view: Vec<f32> = root
        .attribute("viewBox")
        .expect("a viewBox")
        .split(' ')
        .map(|v| v.parse().expect("a number"))
        .collect();
    // A symbol is a group whose tooltip reads "3. Uraian …".
    let steps = doc
        .descendants()
        .filter(|n| n.has_tag_name("title") && n.parent().is_some_and(|p| p.has_tag_name("g")))
        .filter_map(|n| n.text()?.split_once(". ")?.0.parse().ok())
        .collect();
    // A connector is a white pentagon followed by its mark.
    let marks = doc
        .descendants()
        .filter(|n| n.has_tag_name("polygon") && n.attribute("fill") == Some("#ffffff"))
        .filter_map(|n| {
            let mark = n.next_sibling_element()?;
            Some(mark.text()?.to_owned())
        })
        .collect();
    Read {
        size: (number("width"), number("height")),
        view: (view[2], view[3]),
        steps,
        marks,
    }
}

/// Checks every promise about the pages of `sop` on `paper`; returns them read back.
fn assert_paginated(name: &str, sop: &Sop, print: Print) -> Vec<Read> {
    let pages = render_paginated(sop, print);
    assert_eq!(
        pages,
        render_paginated(sop, print),
        "{name}: differs between two calls"
    );
    let printable = Printable::of(print.paper);
    let read: Vec<Read> = pages.iter().map(|p| read(p)).collect();
    for (i, page) in read.iter().enumerate() {
        let (width, height) = page.size;
        assert!(
            width <= printable.width + 0.01,
            "{name}, page {}: {width} wider than the paper's {}",
            i + 1,
            printable.width
        );
        assert!(
            height <= printable.height + 0.01 || page.steps.len() == 1,
            "{name}, page {}: {height} taller than the paper's {} with {} steps",
            i + 1,
            printable.height,
            page.steps.len()
        );
        let scale = width / page.view.0;
        assert!(
            (height - page.view.1 * scale).abs() < 0.02,
            "{name}: scaled unevenly"
        );
    }
    let mut seen = BTreeSet::new();
    for page in &read {
        for step in &page.steps {
            assert!(seen.insert(*step), "{name}: step {step} on two pages");
        }
    }
    let all: BTreeSet<usize> = sop.langkah.iter().map(|l| l.nomor).collect();
    assert_eq!(seen, all, "{name}: steps missing");
    read
}

/// The marks in the order they first appear, each of which must appear exactly twice.
fn paired_marks(name: &str, pages: &[Read]) -> Vec<String> {
    let all: Vec<&String> = pages.iter().flat_map(|p| &p.marks).collect();
    let mut order: Vec<String> = Vec::new();
    for mark in &all {
        if !order.contains(mark) {
            order.push((*mark).clone());
        }
    }
    for mark in &order {
        let count = all.iter().filter(|m| **m == mark).count();
        assert_eq!(count, 2, "{name}: connector {mark} appears {count} times");
    }
    order.sort_by_key(|m| (m.len(), m.clone()));
    order
}

#[test]
fn long_procedures_fit_every_paper() {
    let papers = [
        paper(PaperSize::A4, Orientation::Landscape, ConnectorStyle::Angka),
        paper(PaperSize::A4, Orientation::Portrait, ConnectorStyle::Angka),
        paper(PaperSize::F4, Orientation::Landscape, ConnectorStyle::Huruf),
        paper(
            PaperSize::Letter,
            Orientation::Portrait,
            ConnectorStyle::Angka,
        ),
        paper(
            PaperSize::Legal,
            Orientation::Landscape,
            ConnectorStyle::Angka,
        ),
    ];
    let mut scaled = 0;
    for seed in 0..8 {
        let steps = [40, 60, 90, 150][seed % 4];
        let sop = long_sop(seed as u64, steps);
        for (p, paper) in papers.iter().enumerate() {
            let name = format!("seed {seed}, {steps} steps, paper {p}");
            let pages = assert_paginated(&name, &sop, *paper);
            assert!(pages.len() >= 2, "{name}: {steps} steps on one page");
            scaled += pages.iter().filter(|r| r.size.0 < r.view.0).count();
            paired_marks(&name, &pages);
        }
    }
    // Six lanes do not fit A4 portrait: the scaled case is covered.
    assert!(scaled > 0);
}

#[test]
fn connector_marks_follow_penanda() {
    let sop = long_sop(3, 80);
    let expect = |style: ConnectorStyle, first: &[&str]| {
        let paper = paper(PaperSize::A4, Orientation::Landscape, style);
        let pages = assert_paginated("marks", &sop, paper);
        let marks = paired_marks("marks", &pages);
        assert!(marks.len() >= first.len(), "{marks:?}");
        assert_eq!(&marks[..first.len()], first, "{style:?}");
        marks.len()
    };
    let letters = expect(ConnectorStyle::Huruf, &["A", "B", "C"]);
    let numbers = expect(ConnectorStyle::Angka, &["1", "2", "3"]);
    assert_eq!(letters, numbers);
}

#[test]
fn a_short_procedure_is_one_page_as_render_draws_it() {
    let mut shape = Shape::sized(6);
    shape.actors = 3..=3;
    let sop = checked("short.sop", &sopan_corpus::generate(1, &shape));
    let pages = render_paginated(&sop, Print::default());
    assert_eq!(pages, [crate::render(&sop)]);
}

#[test]
fn a_step_taller_than_a_page_has_a_page_to_itself() {
    let mut sop = long_sop(2, 30);
    let tall = (10..sop.langkah.len())
        .find(|&i| sop.langkah[i].jenis == sopan_check::model::Jenis::Proses)
        .expect("a process step");
    sop.langkah[tall].uraian = ["Memeriksa berkas permohonan dan kelengkapannya"; 150].join(" ");
    let print = Print::default();
    let pages = assert_paginated("tall step", &sop, print);
    let nomor = sop.langkah[tall].nomor;
    let page = pages
        .iter()
        .find(|p| p.steps.contains(&nomor))
        .expect("the tall step is drawn");
    assert_eq!(page.steps.len(), 1, "the tall step shares its page");
    assert!(page.size.1 > Printable::of(print.paper).height);
}

#[test]
fn pages_are_numbered_and_carry_title_and_header() {
    let sop = long_sop(5, 70);
    let pages = render_paginated(&sop, Print::default());
    let count = pages.len();
    assert!(count > 1);
    for (i, page) in pages.iter().enumerate() {
        let doc = roxmltree::Document::parse(page).expect("XML");
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        let number = format!("{}/{count}", i + 1);
        assert!(texts.contains(&number.as_str()), "page {number}");
        assert!(texts.contains(&"No"), "page {number}: header row");
        let first_word = sop.nama.split(' ').next().expect("a title");
        assert!(
            texts.iter().any(|t| t.starts_with(first_word)),
            "page {number}: title"
        );
    }
}

#[test]
fn printable_box_is_the_paper_less_ten_millimetres() {
    let a4 = Printable::of(Paper::default());
    // 277 × 190 mm at 96 px per inch, less the pixel kept for rounding.
    assert!((a4.width - 1046.93).abs() < 0.01, "{a4:?}");
    assert!((a4.height - 717.11).abs() < 0.01, "{a4:?}");
    let portrait =
        Printable::of(paper(PaperSize::A4, Orientation::Portrait, ConnectorStyle::Angka).paper);
    assert!((portrait.width - 718.11).abs() < 0.01, "{portrait:?}");
}

#[test]
fn breaks_fill_pages_greedily() {
    let heights = [50.0; 7];
    assert_eq!(split_pages(&heights, |_| 160.0), [0..3, 3..6, 6..7]);
    assert_eq!(
        split_pages(&heights, |page| if page == 0 { 60.0 } else { 200.0 }),
        [0..1, 1..5, 5..7]
    );
    // A row taller than a page stands alone; the next row starts a new page.
    assert_eq!(
        split_pages(&[10.0, 500.0, 10.0], |_| 100.0),
        [0..1, 1..2, 2..3]
    );
    assert!(split_pages(&[], |_| 100.0).is_empty());
}

#[test]
#[ignore = "debugging aid: STEPS=n SEED=s writes paginated-N.svg to the temporary folder, A4 landscape"]
fn dump_paginated() {
    let number = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    };
    let sop = long_sop(number("SEED", 0), number("STEPS", 60) as usize);
    for (i, page) in render_paginated(&sop, Print::default()).iter().enumerate() {
        let path = std::env::temp_dir().join(format!("paginated-{}.svg", i + 1));
        std::fs::write(path, page).expect("a writable temporary folder");
    }
}
