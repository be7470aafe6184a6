//! `dot`: the flowchart against Graphviz on the same generated SOPs.
//!
//! Sopan's half runs in process on one thread: each SOP laid out alone, then laid out and
//! drawn as SVG (`sopan_svg::render`, what `sopan build --format svg` writes), then the
//! same with the file written, every SOP timed on its own. Graphviz's half writes the
//! equivalent DOT graph of each SOP (`graphviz.rs` says what "equivalent" means), then
//! times `dot -Tsvg` three ways: one process per graph, as a user runs it; all graphs in
//! one process, which leaves out process start-up; and `splines=ortho`, the right-angle
//! routing the flowchart does, on the first graphs. Without `dot` the Graphviz half is
//! skipped with a message; the run still succeeds.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sopan_check::model::Sop;
use sopan_layout::LayoutSettings;

use crate::graphviz::{self, Splines};
use crate::measure::{float, median, show};
use crate::report::line;

/// The settings of `dot`.
pub(crate) struct Settings {
    pub(crate) files: usize,
    pub(crate) seed: u64,
    pub(crate) runs: usize,
    pub(crate) dot_runs: usize,
    pub(crate) ortho: usize,
    pub(crate) dot: PathBuf,
}

/// Per-diagram times of one way of drawing.
struct Times {
    what: String,
    /// The diagrams timed, as indexes into the corpus.
    of: Vec<usize>,
    /// Per diagram, the median over runs.
    each: Vec<Duration>,
    /// The median over runs of the time for all diagrams.
    total: Duration,
}

impl Times {
    /// From `runs[run][diagram]`, every diagram of the corpus.
    fn new(what: &str, runs: &[Vec<Duration>]) -> Times {
        let count = runs.first().map_or(0, Vec::len);
        let each = (0..count)
            .map(|i| median(&runs.iter().map(|r| r[i]).collect::<Vec<_>>()))
            .collect();
        let totals: Vec<Duration> = runs.iter().map(|r| r.iter().sum()).collect();
        Times {
            what: what.to_owned(),
            of: (0..count).collect(),
            each,
            total: median(&totals),
        }
    }

    /// The same figures for some diagrams only.
    fn only(&self, of: &[usize]) -> Times {
        let each: Vec<Duration> = of
            .iter()
            .filter_map(|&i| self.each.get(i).copied())
            .collect();
        Times {
            what: self.what.clone(),
            of: of.to_vec(),
            total: each.iter().sum(),
            each,
        }
    }

    fn median(&self) -> Duration {
        median(&self.each)
    }

    fn mean(&self) -> Duration {
        self.each.iter().sum::<Duration>() / (self.each.len().max(1) as u32)
    }
}

/// `dot`: measures both halves and writes the tables.
pub(crate) fn dot(out: &mut dyn Write, settings: &Settings) -> io::Result<()> {
    let load = load_average();
    let sops = corpus(settings.seed, settings.files)?;
    let steps: usize = sops.iter().map(|s| s.langkah.len()).sum();
    let work = tempfile::Builder::new()
        .prefix("sopan-bench-dot-")
        .tempdir()?;
    line(
        out,
        &format!(
            "### The flowchart against Graphviz: {} generated SOPs ({steps} steps, {:.1} per SOP), seed {}\n",
            sops.len(),
            float(steps as u64) / float(sops.len().max(1) as u64),
            settings.seed
        ),
    );
    let sopan = sopan_half(&sops, settings.runs.max(1), work.path())?;
    table(out, &sopan);
    let graphviz = match graphviz::version(&settings.dot) {
        Ok(version) => {
            line(out, &format!("\nGraphviz: {version}.\n"));
            graphviz_half(out, &sops, settings, work.path())?
        }
        Err(why) => {
            line(
                out,
                &format!(
                    "\nGraphviz `dot` not found ({why}): the Graphviz half is skipped. \
                     Install Graphviz or pass `--dot PATH`."
                ),
            );
            Vec::new()
        }
    };
    if !graphviz.is_empty() {
        table(out, &graphviz);
        ratios(out, &sopan[1], &graphviz);
    }
    line(
        out,
        &format!(
            "\nLoad average (1 min) before and after: {} and {}.",
            load,
            load_average()
        ),
    );
    Ok(())
}

/// The corpus as checked models; every file must check clean.
fn corpus(seed: u64, files: usize) -> io::Result<Vec<Sop>> {
    (0..files)
        .map(|index| {
            let (name, text) = sopan_corpus::corpus_file(seed, index);
            let (file, parsed) = sopan_syntax::parse_bytes(&name, text.as_bytes());
            parsed
                .document
                .and_then(|d| sopan_check::check(&d, file.text()).sop)
                .ok_or_else(|| io::Error::other(format!("generated file {name} is not clean")))
        })
        .collect()
}

/// Layout alone, layout and SVG, and both with the file written: `runs` runs after a
/// warm-up, each SOP timed on its own.
fn sopan_half(sops: &[Sop], runs: usize, dir: &Path) -> io::Result<Vec<Times>> {
    let settings = LayoutSettings::flowchart();
    let paths: Vec<PathBuf> = (0..sops.len())
        .map(|i| dir.join(format!("sopan-{i:05}.svg")))
        .collect();
    let mut layout_runs = Vec::new();
    let mut render_runs = Vec::new();
    let mut write_runs = Vec::new();
    for run in 0..=runs {
        let (mut layout, mut render, mut write) = (Vec::new(), Vec::new(), Vec::new());
        for (sop, path) in sops.iter().zip(&paths) {
            let started = Instant::now();
            std::hint::black_box(sopan_layout::layout(sop, &settings));
            layout.push(started.elapsed());
            let started = Instant::now();
            std::hint::black_box(sopan_svg::render(sop));
            render.push(started.elapsed());
            let started = Instant::now();
            std::fs::write(path, sopan_svg::render(sop))?;
            write.push(started.elapsed());
        }
        // Run 0 warms caches and the allocator up and is not counted.
        if run > 0 {
            layout_runs.push(layout);
            render_runs.push(render);
            write_runs.push(write);
        }
    }
    Ok(vec![
        Times::new("Sopan: layout only", &layout_runs),
        Times::new("Sopan: layout + SVG (`sopan_svg::render`)", &render_runs),
        Times::new("Sopan: layout + SVG + write the file", &write_runs),
    ])
}

/// `dot -Tsvg`: process start-up alone, one process per graph, all graphs in one process,
/// and `splines=ortho` on the first graphs.
fn graphviz_half(
    out: &mut dyn Write,
    sops: &[Sop],
    settings: &Settings,
    dir: &Path,
) -> io::Result<Vec<Times>> {
    let dot = settings.dot.as_path();
    let graphs: Vec<String> = sops
        .iter()
        .map(|s| graphviz::graph(s, Splines::Default))
        .collect();
    let inputs = write_all(dir, "graph", &graphs)?;
    let bytes: usize = graphs.iter().map(String::len).sum();
    line(
        out,
        &format!("DOT input: {} graphs, {bytes} bytes.\n", graphs.len()),
    );
    let empty = dir.join("empty.dot");
    std::fs::write(&empty, "digraph {}\n")?;
    let mut startup = Vec::new();
    for _ in 0..21 {
        startup.push(graphviz::run(dot, &empty, &dir.join("empty.svg"))?.wall);
    }
    line(
        out,
        &format!(
            "Process start-up: `dot -Tsvg` on an empty graph takes {} (median of {}).\n",
            show(median(&startup)),
            startup.len()
        ),
    );
    let runs = settings.dot_runs.max(1);
    let mut spawned = Vec::new();
    let mut failed = 0;
    for _ in 0..runs {
        let results = each(dot, &inputs)?;
        failed = results.iter().filter(|r| !r.ok).count();
        spawned.push(results.iter().map(|r| r.wall).collect());
    }
    line(
        out,
        &format!(
            "`dot` exited with an error on {failed} of {} graphs (it still wrote their SVG, \
             less the edges it could not route); they are timed like the others.\n",
            graphs.len()
        ),
    );
    let all = dir.join("all.dot");
    std::fs::write(&all, graphs.concat())?;
    let mut batch = Vec::new();
    for _ in 0..runs {
        let total = graphviz::run(dot, &all, &dir.join("all.svg"))?.wall;
        // One process for all: only the mean per graph is known.
        batch.push(vec![total / graphs.len().max(1) as u32; graphs.len()]);
    }
    let mut times = vec![
        Times::new("`dot -Tsvg`, one process per graph", &spawned),
        Times::new(
            "`dot -Tsvg`, all graphs in one process (mean per graph)",
            &batch,
        ),
    ];
    let ortho_count = settings.ortho.min(sops.len());
    if ortho_count > 0 {
        times.push(ortho(out, dot, &sops[..ortho_count], dir)?);
    }
    Ok(times)
}

/// `splines=ortho` on the first SOPs, one process per graph, one run; the graphs `dot`
/// fails on are counted and left out.
fn ortho(out: &mut dyn Write, dot: &Path, sops: &[Sop], dir: &Path) -> io::Result<Times> {
    let graphs: Vec<String> = sops
        .iter()
        .map(|s| graphviz::graph(s, Splines::Ortho))
        .collect();
    let inputs = write_all(dir, "ortho", &graphs)?;
    let results = each(dot, &inputs)?;
    let of: Vec<usize> = (0..results.len()).filter(|&i| results[i].ok).collect();
    line(
        out,
        &format!(
            "`splines=ortho`: `dot` failed on {} of the first {} graphs (most abort in its \
             orthogonal router); the row below times the other {}.\n",
            results.len() - of.len(),
            results.len(),
            of.len()
        ),
    );
    let each: Vec<Duration> = of.iter().map(|&i| results[i].wall).collect();
    Ok(Times {
        what: format!(
            "`dot -Tsvg` with `splines=ortho`, one process per graph ({} graphs)",
            of.len()
        ),
        total: each.iter().sum(),
        of,
        each,
    })
}

fn write_all(dir: &Path, prefix: &str, graphs: &[String]) -> io::Result<Vec<PathBuf>> {
    graphs
        .iter()
        .enumerate()
        .map(|(i, graph)| {
            let path = dir.join(format!("{prefix}-{i:05}.dot"));
            std::fs::write(&path, graph).map(|()| path)
        })
        .collect()
}

/// One `dot` process per input, in order.
fn each(dot: &Path, inputs: &[PathBuf]) -> io::Result<Vec<graphviz::Run>> {
    inputs
        .iter()
        .map(|input| graphviz::run(dot, input, &input.with_extension("svg")))
        .collect()
}

fn table(out: &mut dyn Write, rows: &[Times]) {
    line(
        out,
        "| what | median per diagram | mean per diagram | total |",
    );
    line(out, "| --- | ---: | ---: | ---: |");
    for t in rows {
        line(
            out,
            &format!(
                "| {} | {} | {} | {} |",
                t.what,
                show(t.median()),
                show(t.mean()),
                show(t.total)
            ),
        );
    }
}

/// Graphviz's times over Sopan's layout + SVG, per diagram.
fn ratios(out: &mut dyn Write, sopan: &Times, graphviz: &[Times]) {
    line(out, "\nPer diagram, against Sopan's layout + SVG:\n");
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-12);
    for t in graphviz {
        // A variant run on some graphs only is compared with Sopan on the same SOPs.
        let same = sopan.only(&t.of);
        line(
            out,
            &format!(
                "- {}: {:.0}x the median, {:.0}x the mean",
                t.what,
                ratio(t.median(), same.median()),
                ratio(t.mean(), same.mean())
            ),
        );
    }
}

/// The 1-minute load average, as `/proc/loadavg` gives it.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}
