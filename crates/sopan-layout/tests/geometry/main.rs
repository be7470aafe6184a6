//! Geometry tests of the layout, on every example, every valid test file, and a seeded
//! corpus of generated models: no symbol overlaps another, no line passes through a
//! symbol, no two lines overlap or touch; the layout is deterministic and stable under a
//! change of one step's text. One binary: one link on two cores.

// Test, bench and example code stops at the first broken expectation; the workspace bans
// `expect`, `unwrap` and `panic!` only in the code users run.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod checks;
mod generator;
mod scaling;
mod several;

use std::path::{Path, PathBuf};

use sopan_check::model::Sop;
use sopan_layout::{Layout, LayoutSettings, Split, layout, layout_split};

/// How many generated models the geometry test lays out, in both presets: the bar
/// of 1,000, which a debug build checks in 10–15 s on one core.
const GENERATED: u64 = 1000;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every clean `.sop` file of a folder, parsed and checked, with its name.
fn models(folder: &str) -> Vec<(String, Sop)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(folder))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "sop"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            let (file, parsed) = sopan_syntax::parse_bytes(&name, &bytes);
            let checked = sopan_check::check(&parsed.document?, file.text());
            checked.sop.map(|sop| (name, sop))
        })
        .collect()
}

fn presets() -> [(&'static str, LayoutSettings); 2] {
    [
        ("flowchart", LayoutSettings::flowchart()),
        ("sheet", LayoutSettings::sheet()),
    ]
}

fn assert_clean(name: &str, layout: &Layout) {
    let problems = checks::problems(layout);
    assert!(
        problems.is_empty(),
        "{name}: {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Labels placed badly, out of how many, over a corpus.
#[derive(Default)]
struct LabelTally {
    bad: Vec<String>,
    total: usize,
}

impl LabelTally {
    fn add(&mut self, name: &str, layout: &Layout) {
        self.total += layout
            .pages
            .iter()
            .flat_map(|p| &p.edges)
            .filter(|e| e.label.is_some())
            .count();
        self.bad.extend(
            checks::label_problems(layout)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }

    /// At most one label in a hundred may be covered, cover something or be crossed.
    fn assert_rare(&self) {
        assert!(
            self.bad.len() * 100 <= self.total,
            "{} of {} labels badly placed:\n{}",
            self.bad.len(),
            self.total,
            self.bad.join("\n")
        );
    }
}

#[test]
fn examples_and_valid_files_lay_out_cleanly() {
    let examples = models("examples");
    assert!(!examples.is_empty(), "no example found");
    let several = models("crates/sopan-layout/tests/geometry/files");
    assert!(!several.is_empty(), "no several-symbol file found");
    let all = examples
        .into_iter()
        .chain(models("tests/valid"))
        .chain(several);
    for (name, sop) in all {
        for (preset, settings) in presets() {
            let drawn = layout(&sop, &settings);
            let name = format!("{name} ({preset})");
            assert_clean(&name, &drawn);
            let labels = checks::label_problems(&drawn);
            assert!(labels.is_empty(), "{name}: {}", labels.join("\n"));
            // Real flows never need two lines to cross; the router finds a way round.
            assert_eq!(checks::crossings(&drawn), 0, "{name}: lines cross");
            let side_by_side = checks::heads_side_by_side(&drawn);
            assert!(side_by_side.is_empty(), "{name}: {side_by_side:?}");
        }
    }
}

#[test]
fn generated_models_lay_out_cleanly() {
    let mut labels = LabelTally::default();
    let mut failures = Vec::new();
    for seed in 0..GENERATED {
        let sop = generator::sop(seed);
        for (preset, settings) in presets() {
            let drawn = layout(&sop, &settings);
            let name = format!("seed {seed} ({preset})");
            let mut problems = checks::problems(&drawn);
            // Arrows into one symbol join above it instead of arriving side by side.
            problems.extend(checks::heads_side_by_side(&drawn));
            if !problems.is_empty() {
                failures.push(format!("{name}: {}", problems.join("; ")));
            }
            labels.add(&name, &drawn);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} layouts have problems:\n{}",
        failures.len(),
        2 * GENERATED,
        failures.join("\n")
    );
    labels.assert_rare();
}

/// Pages of 3 to 8 steps.
fn split(steps: usize, seed: u64) -> Vec<std::ops::Range<usize>> {
    let mut rng = generator::Rng::new(seed ^ 0x5EED);
    let mut pages = Vec::new();
    let mut start = 0;
    while start < steps {
        let end = (start + 3 + rng.below(6)).min(steps);
        pages.push(start..end);
        start = end;
    }
    pages
}

#[test]
fn paginated_models_lay_out_cleanly_with_paired_connectors() {
    let examples = models("examples").into_iter().map(|(_, sop)| sop);
    let generated = (0..GENERATED / 3).map(generator::sop);
    let mut labels = LabelTally::default();
    for (n, sop) in examples.chain(generated).enumerate() {
        let mut settings = LayoutSettings::sheet();
        let mut page_split = Split {
            pages: Some(split(sop.langkah.len(), n as u64)),
            ..Split::default()
        };
        settings.connector_style = sopan_layout::ConnectorStyle::Huruf;
        // Rows the sheet makes taller for its other columns.
        let mut rng = generator::Rng::new(n as u64);
        page_split.min_row_heights = (0..sop.langkah.len())
            .map(|_| [0.0, 40.0, 95.5, 180.0][rng.below(4)])
            .collect();
        let drawn = layout_split(&sop, &settings, &page_split);
        for row in drawn.pages.iter().flat_map(|p| &p.rows) {
            assert!(
                row.height >= page_split.min_row_heights[row.step],
                "model {n}: row too low"
            );
        }
        assert_clean(&format!("paginated model {n}"), &drawn);
        labels.add(&format!("paginated model {n}"), &drawn);
        let pages = page_split.pages.as_ref().expect("set above");
        assert_eq!(drawn.pages.len(), pages.len());
        // Arrows run between symbols; a symbol is on the page of its row.
        let page_of = |symbol: usize| {
            let step = sop.simbol.get(symbol).map_or(symbol, |s| s.langkah);
            pages.iter().position(|p| p.contains(&step))
        };
        for (index, alur) in sop.alur.iter().enumerate() {
            let (from, to) = (page_of(alur.dari), page_of(alur.ke));
            let ends = connectors_of(&drawn, index);
            if from == to {
                assert!(
                    ends.is_empty(),
                    "model {n}: arrow {index} stays on its page"
                );
                continue;
            }
            let [(mut p1, mut out), (mut p2, mut into)] = ends[..] else {
                panic!(
                    "model {n}: arrow {index} changes page but has {} connectors",
                    ends.len()
                );
            };
            if out.role == sopan_layout::ConnectorRole::Masuk {
                std::mem::swap(&mut p1, &mut p2);
                std::mem::swap(&mut out, &mut into);
            }
            assert_eq!(out.mark, into.mark, "model {n}: arrow {index}");
            assert_eq!(
                (Some(p1), out.role),
                (from, sopan_layout::ConnectorRole::Keluar)
            );
            assert_eq!(
                (Some(p2), into.role),
                (to, sopan_layout::ConnectorRole::Masuk)
            );
        }
    }
    labels.assert_rare();
}

#[test]
fn layout_is_deterministic() {
    let mut sops: Vec<Sop> = models("examples").into_iter().map(|(_, s)| s).collect();
    sops.extend((0..20).map(generator::sop));
    for sop in &sops {
        for (_, settings) in presets() {
            let first = format!("{:?}", layout(sop, &settings));
            let other = std::thread::scope(|s| {
                s.spawn(|| format!("{:?}", layout(sop, &settings)))
                    .join()
                    .expect("no panic")
            });
            assert_eq!(first, other, "{}", sop.nama);
        }
    }
}

#[test]
fn changing_one_step_moves_only_its_row_and_those_below() {
    let mut sops: Vec<(String, Sop)> = models("examples");
    sops.extend((0..60).map(|s| (format!("seed {s}"), generator::sop(s))));
    for (name, sop) in &sops {
        for step in [0, sop.langkah.len() / 2, sop.langkah.len() - 1] {
            let mut edited = sop.clone();
            edited.langkah[step].uraian.push_str(
                " dan mencatatnya dalam buku agenda serta menyampaikan salinannya kepada yang berkepentingan",
            );
            if let Some(tanya) = &mut edited.langkah[step].tanya {
                tanya.push_str(" Sudah sesuai dengan ketentuan?");
            }
            // The layout reads a symbol's text from the symbol: edit those of this row.
            for &symbol in &sop.langkah[step].simbol {
                if let Some(teks) = &mut edited.simbol[symbol].teks {
                    teks.push_str(" Sudah sesuai dengan ketentuan?");
                }
            }
            for (preset, settings) in presets() {
                let before = layout(sop, &settings);
                let after = layout(&edited, &settings);
                let context = format!("{name}, step {}, {preset}", step + 1);
                assert_stable(&before, &after, (sop, step), &context);
            }
        }
    }
}

#[expect(clippy::float_cmp, reason = "unchanged means unchanged to the bit")]
fn assert_stable(before: &Layout, after: &Layout, (sop, step): (&Sop, usize), context: &str) {
    let lanes = |l: &Layout| format!("{:?}", l.lanes);
    assert_eq!(lanes(before), lanes(after), "{context}: lanes moved");
    let (b, a) = (&before.pages[0], &after.pages[0]);
    assert_eq!(b.rows.len(), a.rows.len());
    let shift = a.rows[step].y + a.rows[step].height - b.rows[step].y - b.rows[step].height;
    for (rb, ra) in b.rows.iter().zip(&a.rows) {
        if rb.step < step {
            assert_eq!(rb, ra, "{context}: a row above moved");
        } else if rb.step > step {
            assert_eq!(
                rb.height, ra.height,
                "{context}: a row below changed height"
            );
            assert!(
                (ra.y - rb.y - shift).abs() < 1e-3,
                "{context}: a row below moved by other than the edited row's growth"
            );
        }
    }
    for (sb, sa) in b.symbols.iter().zip(&a.symbols) {
        assert_eq!((sb.step, sb.lane), (sa.step, sa.lane));
        assert_eq!(
            sb.rect.x,
            sa.rect.x,
            "{context}: step {} moved sideways",
            sb.step + 1
        );
        assert_eq!(
            sb.rect.width,
            sa.rect.width,
            "{context}: step {} changed width",
            sb.step + 1
        );
        if sb.step < step {
            assert_eq!(
                sb.rect,
                sa.rect,
                "{context}: step {} above moved",
                sb.step + 1
            );
        }
    }
    // Arrows keep their shape and their x, except where they touch the edited symbol.
    let shape = |l: &Layout| {
        l.pages[0]
            .edges
            .iter()
            .map(|e| {
                let alur = &sop.alur[e.alur];
                let last = e.points.len() - 1;
                let xs: Vec<f32> = e
                    .points
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| {
                        !(i == 0 && alur.dari == step || i == last && alur.ke == step)
                    })
                    .map(|(_, p)| p.x)
                    .collect();
                (e.alur, e.points.len(), xs)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        shape(before),
        shape(after),
        "{context}: an arrow changed its route"
    );
}

/// The sheet preset as the sheet uses it: rows made taller by its other columns, and the
/// steps split into pages that fill a landscape page's procedure table.
fn sheet_as_printed(sop: &Sop, seed: u64) -> Split {
    let settings = LayoutSettings::sheet();
    let mut rng = generator::Rng::new(seed ^ 0x51EE7);
    let mut split = Split {
        min_row_heights: (0..sop.langkah.len())
            .map(|_| [0.0, 0.0, 38.0, 64.5, 120.0][rng.below(5)])
            .collect(),
        pages: None,
    };
    let single = layout_split(sop, &settings, &split);
    let heights: Vec<f32> = single.pages[0].rows.iter().map(|r| r.height).collect();
    split.pages = Some(sopan_layout::split_pages(&heights, |page| {
        if page == 0 { 380.0 } else { 470.0 }
    }));
    split
}

/// What the corpus of several-symbol rows holds, so a change to the generator that stops
/// making a construct is noticed.
#[derive(Default, Debug)]
struct Seen {
    rows_of_several: usize,
    rows_on_two_levels: usize,
    side_to_side: usize,
    two_way: usize,
    dotted: usize,
    /// Arrows continued on another page by a pair of connectors.
    between_pages: usize,
    /// Arrows dropping from another's bar over the top of a row.
    forks: usize,
}

#[test]
fn models_with_several_symbols_per_row_lay_out_cleanly() {
    let mut labels = LabelTally::default();
    let mut failures = Vec::new();
    let mut seen = Seen::default();
    let mut side_by_side = Vec::new();
    for seed in 0..GENERATED {
        let sop = several::sop(seed);
        let mut settings: Vec<(&str, LayoutSettings, Split)> = presets()
            .into_iter()
            .map(|(name, settings)| (name, settings, Split::default()))
            .collect();
        settings.push((
            "sheet as printed",
            LayoutSettings::sheet(),
            sheet_as_printed(&sop, seed),
        ));
        for (preset, settings, page_split) in settings {
            let drawn = layout_split(&sop, &settings, &page_split);
            let name = format!("several, seed {seed} ({preset})");
            let mut problems = checks::problems(&drawn);
            problems.extend(placement_problems(&sop, &drawn));
            if let Some(pages) = &page_split.pages {
                problems.extend(connector_problems(&sop, pages, &drawn));
                seen.between_pages += drawn
                    .pages
                    .iter()
                    .map(|p| p.connectors.len())
                    .sum::<usize>()
                    / 2;
            }
            side_by_side.extend(checks::heads_side_by_side(&drawn));
            if !problems.is_empty() {
                failures.push(format!("{name}: {}", problems.join("; ")));
            }
            labels.add(&name, &drawn);
            if preset == "flowchart" {
                tally(&sop, &drawn, &mut seen);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} layouts have problems:\n{}",
        failures.len(),
        3 * GENERATED,
        failures.join("\n")
    );
    labels.assert_rare();
    // Arrows into one symbol join above it; where the flows of a crowded row leave no
    // room to join (4 of the 3,000 layouts today), two heads arrive side by side.
    assert!(
        side_by_side.len() * 200 <= 3 * GENERATED as usize,
        "{} layouts with heads side by side:\n{}",
        side_by_side.len(),
        side_by_side.join("\n")
    );
    eprintln!(
        "{seen:?}; {} layouts with heads side by side",
        side_by_side.len()
    );
    assert!(seen.rows_of_several > 1000, "{seen:?}");
    assert!(seen.rows_on_two_levels > 100, "{seen:?}");
    assert!(seen.side_to_side > 1000, "{seen:?}");
    assert!(seen.two_way > 100 && seen.dotted > 100, "{seen:?}");
    assert!(seen.between_pages > 500 && seen.forks > 100, "{seen:?}");
}

/// Each symbol in each of its lanes within its row's band, in the row its model names;
/// each arrow starting on the symbol it leaves and ending on the one it enters (or a
/// connector), with a second head exactly for a two-way arrow and dots for a dotted one.
fn placement_problems(sop: &Sop, drawn: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    for (p, page) in drawn.pages.iter().enumerate() {
        for symbol in &page.symbols {
            let simbol = &sop.simbol[symbol.simbol];
            if simbol.langkah != symbol.step || !simbol.pelaksana.contains(&symbol.lane) {
                out.push(format!("page {p}: symbol {} misplaced", symbol.simbol));
            }
            let lane = &drawn.lanes[symbol.lane];
            let r = symbol.rect;
            if r.x < lane.x - 0.01 || r.right() > lane.x + lane.width + 0.01 {
                out.push(format!("symbol {} outside its lane", symbol.simbol));
            }
            let Some(row) = page.rows.iter().find(|row| row.step == symbol.step) else {
                out.push(format!("symbol {} has no row", symbol.simbol));
                continue;
            };
            if r.y < row.y - 0.01 || r.bottom() > row.y + row.height + 0.01 {
                out.push(format!("symbol {} outside its row", symbol.simbol));
            }
            // Its text fits: as wide as the box at most, its lines inside it.
            if symbol.shape != sopan_layout::Shape::Decision {
                let size = drawn.font_size;
                for line in &symbol.text {
                    let wide = sopan_layout::text::width(&line.text, size) > r.width - 4.0;
                    let outside = line.y - size < r.y - 0.01 || line.y > r.bottom() + 0.01;
                    if wide || outside {
                        out.push(format!(
                            "symbol {}: {:?} overflows",
                            symbol.simbol, line.text
                        ));
                    }
                }
            }
        }
        let rects = |s: usize| {
            page.symbols
                .iter()
                .filter(move |x| x.simbol == s)
                .map(|x| x.rect)
        };
        let on = |r: sopan_layout::Rect, pt: sopan_layout::Point| {
            pt.x >= r.x - 0.6
                && pt.x <= r.right() + 0.6
                && pt.y >= r.y - 0.6
                && pt.y <= r.bottom() + 0.6
        };
        for edge in &page.edges {
            let alur = &sop.alur[edge.alur];
            let (Some(first), Some(last)) = (edge.points.first(), edge.points.last()) else {
                continue;
            };
            let from_connector = page
                .connectors
                .iter()
                .any(|c| c.alur == edge.alur && c.role == sopan_layout::ConnectorRole::Masuk);
            let to_connector = page
                .connectors
                .iter()
                .any(|c| c.alur == edge.alur && c.role == sopan_layout::ConnectorRole::Keluar);
            if !from_connector && edge.fork.is_none() && !rects(alur.dari).any(|r| on(r, *first)) {
                out.push(format!(
                    "arrow {} does not leave symbol {}",
                    edge.alur, alur.dari
                ));
            }
            if !to_connector && edge.merge.is_none() && !rects(alur.ke).any(|r| on(r, *last)) {
                out.push(format!(
                    "arrow {} does not enter symbol {}",
                    edge.alur, alur.ke
                ));
            }
            let two_way = alur.garis == sopan_check::model::Garis::DuaArah && !from_connector;
            if edge.start.is_some() != two_way {
                out.push(format!("arrow {}: start head {:?}", edge.alur, edge.start));
            }
            if edge.dotted != (alur.garis == sopan_check::model::Garis::Titik) {
                out.push(format!("arrow {}: dotted {}", edge.alur, edge.dotted));
            }
        }
    }
    out
}

/// The connectors that continue arrow `alur` across pages, with the page each is on.
fn connectors_of(drawn: &Layout, alur: usize) -> Vec<(usize, &sopan_layout::Connector)> {
    drawn
        .pages
        .iter()
        .enumerate()
        .flat_map(|(p, page)| page.connectors.iter().map(move |c| (p, c)))
        .filter(|(_, c)| c.alur == alur)
        .collect()
}

/// Rows kept whole on their pages, and each arrow between symbols on different pages
/// continued by a pair of connectors with one mark, leaving on the page of the symbol it
/// leaves and entering on the page of the one it enters, each in that symbol's first lane.
fn connector_problems(sop: &Sop, pages: &[std::ops::Range<usize>], drawn: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    let page_of = |s: usize| {
        let step = sop.simbol[s].langkah;
        pages.iter().position(|p| p.contains(&step))
    };
    for (p, page) in drawn.pages.iter().enumerate() {
        for symbol in &page.symbols {
            if page_of(symbol.simbol) != Some(p) {
                out.push(format!("symbol {} on page {p}", symbol.simbol));
            }
        }
    }
    for (index, alur) in sop.alur.iter().enumerate() {
        let (from, to) = (page_of(alur.dari), page_of(alur.ke));
        let ends = connectors_of(drawn, index);
        if from == to {
            if !ends.is_empty() {
                out.push(format!(
                    "arrow {index} stays on its page but has connectors"
                ));
            }
            continue;
        }
        let lane = |s: usize| sop.simbol[s].pelaksana.iter().min().copied();
        let mut fine = ends.len() == 2;
        for (p, c) in &ends {
            let (page, symbol) = match c.role {
                sopan_layout::ConnectorRole::Keluar => (from, alur.dari),
                sopan_layout::ConnectorRole::Masuk => (to, alur.ke),
            };
            fine &= Some(*p) == page && Some(c.lane) == lane(symbol);
        }
        fine &=
            ends.len() == 2 && ends[0].1.mark == ends[1].1.mark && ends[0].1.role != ends[1].1.role;
        if !fine {
            out.push(format!("arrow {index} between pages: connectors {ends:?}"));
        }
    }
    out
}

fn tally(sop: &Sop, drawn: &Layout, seen: &mut Seen) {
    let page = &drawn.pages[0];
    seen.rows_of_several += sop.langkah.iter().filter(|l| l.simbol.len() > 1).count();
    for (step, _) in sop.langkah.iter().enumerate() {
        let mut tops: Vec<f32> = page
            .symbols
            .iter()
            .filter(|s| s.step == step)
            .map(|s| s.rect.center().y)
            .collect();
        tops.sort_by(f32::total_cmp);
        tops.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        seen.rows_on_two_levels += usize::from(tops.len() > 1);
    }
    seen.side_to_side += page
        .edges
        .iter()
        .filter(|e| e.points.len() == 2 && (e.points[0].y - e.points[1].y).abs() < 1e-3)
        .count();
    seen.two_way += page.edges.iter().filter(|e| e.start.is_some()).count();
    seen.dotted += page.edges.iter().filter(|e| e.dotted).count();
    seen.forks += page.edges.iter().filter(|e| e.fork.is_some()).count();
}

#[test]
fn odd_models_do_not_panic() {
    use sopan_check::model::{Alur, Garis, JenisAlur};
    let empty = generator::empty_sop(Vec::new(), Vec::new(), Vec::new());
    let drawn = layout(&empty, &LayoutSettings::flowchart());
    assert_eq!(drawn.pages.len(), 1);
    assert!(drawn.pages[0].symbols.is_empty());
    // No actors, an actor index past the end, an arrow to itself and one past the end.
    let mut odd = generator::sop(7);
    odd.pelaksana.clear();
    odd.langkah[0].pelaksana = vec![99];
    odd.langkah[1].pelaksana.clear();
    odd.simbol[0].pelaksana = vec![99];
    odd.simbol[1].pelaksana.clear();
    odd.alur.push(Alur {
        dari: 1,
        ke: 1,
        jenis: JenisAlur::Lompat,
        label: None,
        garis: Garis::Panah,
    });
    odd.alur.push(Alur {
        dari: 0,
        ke: 999,
        jenis: JenisAlur::Lompat,
        label: None,
        garis: Garis::Panah,
    });
    for (preset, settings) in presets() {
        let odd_split = Split {
            pages: Some(vec![0..1, 3..5]),
            ..Split::default()
        };
        let drawn = layout_split(&odd, &settings, &odd_split);
        assert_clean(&format!("odd model ({preset})"), &drawn);
        assert_eq!(drawn.pages.len(), 1, "a split that is not one is ignored");
    }
}
