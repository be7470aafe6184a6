//! `cargo bench -p sopan-layout`: the geometry checks on 1,000 generated models in both
//! presets (as the test does, in release), and the time it takes to lay them out and to
//! lay out the examples 1,000 times. Exits non-zero on any problem.

// Test, bench and example code stops at the first broken expectation; the workspace bans
// `expect`, `unwrap` and `panic!` only in the code users run.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
#![allow(clippy::print_stdout, reason = "a bench reports on stdout")]

#[path = "../tests/geometry/checks.rs"]
mod checks;
#[path = "../tests/geometry/generator.rs"]
mod generator;

use std::time::{Duration, Instant};

use sopan_layout::{LayoutSettings, layout};

const MODELS: u64 = 1000;

fn main() {
    let presets = [
        ("flowchart", LayoutSettings::flowchart()),
        ("sheet", LayoutSettings::sheet()),
    ];
    let models: Vec<_> = (0..MODELS).map(generator::sop).collect();
    let (mut problems, mut labels, mut total_labels, mut crossings) = (0, 0, 0, 0);
    for (name, settings) in &presets {
        let start = Instant::now();
        let drawn: Vec<_> = models.iter().map(|m| layout(m, settings)).collect();
        let elapsed = start.elapsed();
        for (seed, d) in drawn.iter().enumerate() {
            for p in checks::problems(d)
                .into_iter()
                .chain(checks::heads_side_by_side(d))
            {
                println!("seed {seed} ({name}): {p}");
                problems += 1;
            }
            labels += checks::label_problems(d).len();
            crossings += checks::crossings(d);
            total_labels += d
                .pages
                .iter()
                .flat_map(|p| &p.edges)
                .filter(|e| e.label.is_some())
                .count();
        }
        let steps: usize = models.iter().map(|m| m.langkah.len()).sum();
        println!(
            "{name}: {MODELS} generated models ({steps} steps) laid out in {}, {} per model",
            ms(elapsed),
            ms(elapsed / MODELS as u32)
        );
    }
    examples();
    println!(
        "{problems} geometry problems; {labels} of {total_labels} labels badly placed; \
         {crossings} crossings"
    );
    if problems > 0 || labels * 100 > total_labels {
        std::process::exit(1);
    }
}

/// The examples, each laid out 1,000 times: the speed of real SOPs.
fn examples() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut sops = Vec::new();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "sop") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let (file, parsed) = sopan_syntax::parse_bytes("x.sop", &bytes);
        if let Some(document) = parsed.document
            && let Some(sop) = sopan_check::check(&document, file.text()).sop
        {
            sops.push(sop);
        }
    }
    let settings = LayoutSettings::flowchart();
    let start = Instant::now();
    let rounds = 1000 / sops.len().max(1) + 1;
    for _ in 0..rounds {
        for sop in &sops {
            std::hint::black_box(layout(sop, &settings));
        }
    }
    let count = rounds * sops.len();
    let elapsed = start.elapsed();
    println!(
        "examples: {count} layouts of {} real SOPs in {}, {} per SOP",
        sops.len(),
        ms(elapsed),
        ms(elapsed / count.max(1) as u32)
    );
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}
