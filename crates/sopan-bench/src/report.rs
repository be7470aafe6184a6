//! The commands: each measures, then writes its figures as Markdown tables.

use std::hint::black_box;
use std::io::{self, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::corpus_dir::CorpusDir;
use crate::external;
use crate::measure::{
    float, mb_per_s, median, peak_memory_kib, per_s, reset_peak_memory, show, show_kib,
};
use crate::pipeline::{self, stage_names};
use sopan_corpus::shapes::{self, Flow};

/// Writes one line; a closed stdout is not worth a panic in a benchmark, so errors are
/// dropped.
pub(crate) fn line(out: &mut dyn Write, text: &str) {
    let _ignored = writeln!(out, "{text}");
}

/// The medians of one corpus size.
struct Figures {
    /// Per stage: median total, median per file.
    stages: Vec<(Duration, Duration)>,
    sequential: Duration,
    parallel_check: Duration,
    parallel_all: Duration,
    read_only: Duration,
    cat: Duration,
    diagnostics: usize,
    peak_kib: Option<u64>,
}

/// `stages`: per-stage figures for each corpus size.
pub(crate) fn stages(
    out: &mut dyn Write,
    sizes: &[usize],
    runs: usize,
    seed: u64,
) -> io::Result<()> {
    line(
        out,
        &format!(
            "Threads for the parallel rows: {}.\n",
            rayon::current_num_threads()
        ),
    );
    for &size in sizes {
        let corpus = CorpusDir::new(seed, size)?;
        let figures = measure_corpus(&corpus, runs.max(1))?;
        write_stages(out, &corpus, size, runs, &figures);
    }
    Ok(())
}

fn measure_corpus(corpus: &CorpusDir, runs: usize) -> io::Result<Figures> {
    let paths = &corpus.paths;
    // Warm-up: page cache, allocator, lazy statics.
    pipeline::sequential(paths)?;
    external::cat(paths)?;
    reset_peak_memory();
    let mut per_stage_totals = vec![Vec::new(); stage_names().len()];
    let mut per_stage_files = vec![Vec::new(); stage_names().len()];
    let (mut sequential, mut par_check, mut par_all, mut reads, mut cats) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut diagnostics = 0;
    for _ in 0..runs {
        let run = pipeline::sequential(paths)?;
        let totals = run.totals();
        sequential.push(totals.iter().sum());
        for (stage, total) in totals.into_iter().enumerate() {
            per_stage_totals[stage].push(total);
        }
        for (stage, times) in run.per_file.into_iter().enumerate() {
            per_stage_files[stage].extend(times);
        }
        diagnostics = diagnostics.max(run.diagnostics);
        par_check.push(pipeline::parallel(paths, false)?.0);
        par_all.push(pipeline::parallel(paths, true)?.0);
        reads.push(pipeline::read_only(paths)?);
        cats.push(external::cat(paths)?);
    }
    Ok(Figures {
        stages: per_stage_totals
            .iter()
            .zip(&per_stage_files)
            .map(|(totals, files)| (median(totals), median(files)))
            .collect(),
        sequential: median(&sequential),
        parallel_check: median(&par_check),
        parallel_all: median(&par_all),
        read_only: median(&reads),
        cat: median(&cats),
        diagnostics,
        peak_kib: peak_memory_kib(),
    })
}

fn write_stages(out: &mut dyn Write, corpus: &CorpusDir, size: usize, runs: usize, f: &Figures) {
    let bytes = corpus.bytes;
    line(
        out,
        &format!(
            "### {size} files, {:.2} MB (mean {} bytes per file), median of {runs} runs\n",
            float(bytes) / 1e6,
            bytes / size.max(1) as u64
        ),
    );
    line(out, "| what | total | median per file | MB/s | files/s |");
    line(out, "| --- | ---: | ---: | ---: | ---: |");
    let row = |out: &mut dyn Write, what: &str, total: Duration, file: Option<Duration>| {
        let file = file.map_or_else(String::new, show);
        line(
            out,
            &format!(
                "| {what} | {} | {file} | {:.1} | {:.0} |",
                show(total),
                mb_per_s(bytes, total),
                per_s(size, total)
            ),
        );
    };
    for (name, (total, file)) in stage_names().iter().zip(&f.stages) {
        row(out, &format!("{name} (1 thread)"), *total, Some(*file));
    }
    row(out, "all stages (1 thread)", f.sequential, None);
    row(out, "read+parse+check (parallel)", f.parallel_check, None);
    row(out, "all stages (parallel)", f.parallel_all, None);
    row(out, "baseline: read only (1 thread)", f.read_only, None);
    row(out, "baseline: `cat` > /dev/null", f.cat, None);
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-9);
    line(
        out,
        &format!(
            "\nParallel check is {:.1}x `cat` and {:.1}x a plain read. Diagnostics: {}. Peak memory: {}.\n",
            ratio(f.parallel_check, f.cat),
            ratio(f.parallel_check, f.read_only),
            f.diagnostics,
            show_kib(f.peak_kib)
        ),
    );
}

/// `scaling`: per-step time of parse, check and render as one SOP grows, for a typical
/// flow and for loops nested around the whole procedure.
pub(crate) fn scaling(out: &mut dyn Write, steps: &[usize], runs: usize) {
    for (title, nested) in [("typical flow", false), ("nested loops", true)] {
        line(
            out,
            &format!("### Scaling, {title}, median of {runs} runs\n"),
        );
        line(
            out,
            "| steps | files | bytes per file | parse per step | check per step | json per step | total per step | total per KB |",
        );
        line(
            out,
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        );
        let mut totals = Vec::new();
        let mut per_kb = Vec::new();
        for &n in steps {
            let (per_step, kb) = scaling_row(out, n, runs.max(1), nested);
            totals.push(per_step);
            per_kb.push(kb);
        }
        line(
            out,
            &format!(
                "\nLargest over smallest: time per step {:.2}x, time per KB {:.2}x.\n",
                spread(&totals),
                spread(&per_kb),
            ),
        );
    }
}

/// The largest of `values` over the smallest: how far a per-step figure drifts over a table.
fn spread(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(0.0, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    max / min
}

/// One size of the scaling table; returns the total time per step and per KB, in µs. Per
/// KB leaves out what per step cannot: every file has an identity page of about 1 KB, a
/// fixed cost that a 10-step file spreads over few steps.
fn scaling_row(out: &mut dyn Write, steps: usize, runs: usize, nested: bool) -> (f64, f64) {
    // Enough files that every size parses about the same number of steps in total.
    let files = (20_000 / steps).clamp(3, 1_000);
    let mut shape = sopan_corpus::Shape::sized(steps);
    shape.nested_loops = nested;
    let texts: Vec<String> = (0..files as u64)
        .map(|seed| sopan_corpus::generate(seed, &shape))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    pipeline::in_memory(&texts);
    let mut per_stage = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..runs {
        for times in pipeline::in_memory(&texts) {
            for (stage, time) in per_stage.iter_mut().zip(times) {
                stage.push(time);
            }
        }
    }
    let micros = |stage: &[Duration]| median(stage).as_secs_f64() * 1e6 / float(steps as u64);
    let [parse, check, json] = [
        micros(&per_stage[0]),
        micros(&per_stage[1]),
        micros(&per_stage[2]),
    ];
    let total = parse + check + json;
    let whole = total * float(steps as u64);
    let kb = whole / (float((bytes / files) as u64) / 1024.0);
    line(
        out,
        &format!(
            "| {steps} | {files} | {} | {parse:.2} µs | {check:.2} µs | {json:.2} µs | {total:.2} µs | {kb:.2} µs |",
            bytes / files
        ),
    );
    (total, kb)
}

/// `scaling` of the two flow shapes of `shapes.rs` through check and both drawings: the
/// paginated SVG flowchart and the HTML sheet, the backends whose layout and fitting loop
/// once grew with the square of the steps. The figure to read is the time per step: flat
/// means linear.
pub(crate) fn scaling_shapes(out: &mut dyn Write, steps: &[usize], runs: usize) {
    let runs = runs.max(1);
    for flow in Flow::ALL {
        line(
            out,
            &format!("### Scaling, {}, median of {runs} runs\n", flow.title()),
        );
        line(
            out,
            "| steps | arrows | check per step | svg per step | html per step | html pages |",
        );
        line(out, "| ---: | ---: | ---: | ---: | ---: | ---: |");
        let mut columns = [Vec::new(), Vec::new(), Vec::new()];
        for &n in steps {
            let text = shapes::generate(flow, n, 1);
            let mut times = [Vec::new(), Vec::new(), Vec::new()];
            let mut arrows = 0;
            let mut pages = 0;
            for _ in 0..runs {
                let t0 = Instant::now();
                let (file, parsed) = sopan_syntax::parse_bytes("shape.sop", text.as_bytes());
                let checked = parsed
                    .document
                    .map(|document| sopan_check::check(&document, file.text()));
                let t1 = Instant::now();
                let Some(sop) = checked.and_then(|c| c.sop) else {
                    line(
                        out,
                        &format!("| {n} | the generated SOP is not valid | | | | |"),
                    );
                    return;
                };
                black_box(sopan_svg::render_paginated(
                    &sop,
                    sopan_layout::sheet::Paper::default(),
                    sopan_layout::ConnectorStyle::Angka,
                ));
                let t2 = Instant::now();
                let html = sopan_html::render(&sop, &sopan_layout::sheet::SheetStyle::default());
                let t3 = Instant::now();
                arrows = sop.alur.len();
                pages = html.matches("<section class=\"page\"").count();
                black_box(html);
                times[0].push(t1 - t0);
                times[1].push(t2 - t1);
                times[2].push(t3 - t2);
            }
            let per_step = |t: &[Duration]| median(t).as_secs_f64() * 1e6 / float(n as u64);
            let [check, svg, html] = [
                per_step(&times[0]),
                per_step(&times[1]),
                per_step(&times[2]),
            ];
            for (column, value) in columns.iter_mut().zip([check, svg, html]) {
                column.push(value);
            }
            line(
                out,
                &format!(
                    "| {n} | {arrows} | {check:.1} µs | {svg:.1} µs | {html:.1} µs | {pages} |"
                ),
            );
        }
        line(
            out,
            &format!(
                "\nLargest over smallest time per step: check {:.2}x, svg {:.2}x, html {:.2}x.\n",
                spread(&columns[0]),
                spread(&columns[1]),
                spread(&columns[2]),
            ),
        );
    }
}

/// The settings of `e2e`.
pub(crate) struct E2e {
    pub(crate) sopan: PathBuf,
    pub(crate) dir: Option<PathBuf>,
    pub(crate) files: usize,
    pub(crate) build_files: usize,
    pub(crate) runs: usize,
    pub(crate) seed: u64,
}

/// `e2e`: `sopan check DIR` on the corpus against `cat`, then `sopan build` on a smaller one.
pub(crate) fn e2e(out: &mut dyn Write, settings: &E2e) -> io::Result<()> {
    let generated;
    let (dir, paths) = if let Some(dir) = &settings.dir {
        (dir.clone(), sop_files(dir)?)
    } else {
        generated = CorpusDir::new(settings.seed, settings.files)?;
        (generated.path().to_path_buf(), generated.paths.clone())
    };
    let runs = settings.runs.max(1);
    let check_args = [std::ffi::OsStr::new("check"), dir.as_os_str()];
    let (check, outcome) = time_sopan(&settings.sopan, &check_args, runs)?;
    let mut cats = Vec::new();
    for _ in 0..runs {
        cats.push(external::cat(&paths)?);
    }
    let cat = median(&cats);
    let peak = external::sopan_peak_kib(&settings.sopan, &check_args);
    line(
        out,
        &format!(
            "### `sopan check` on {} files, median of {runs} runs\n",
            paths.len()
        ),
    );
    line(out, "| what | wall time | files/s |");
    line(out, "| --- | ---: | ---: |");
    line(
        out,
        &format!(
            "| `sopan check DIR` | {} | {:.0} |",
            show(check),
            per_s(paths.len(), check)
        ),
    );
    line(
        out,
        &format!(
            "| `cat` > /dev/null | {} | {:.0} |",
            show(cat),
            per_s(paths.len(), cat)
        ),
    );
    line(
        out,
        &format!(
            "\n`sopan check` is {:.1}x `cat`. Exit status {:?} (\"{}\"); peak memory {}.\n",
            check.as_secs_f64() / cat.as_secs_f64().max(1e-9),
            outcome.exit,
            outcome.summary,
            show_kib(peak)
        ),
    );
    if settings.build_files > 0 {
        build(out, settings, runs)?;
    }
    Ok(())
}

fn build(out: &mut dyn Write, settings: &E2e, runs: usize) -> io::Result<()> {
    let corpus = CorpusDir::new(settings.seed, settings.build_files)?;
    let target = tempfile::Builder::new()
        .prefix("sopan-bench-out-")
        .tempdir()?;
    let args = [
        std::ffi::OsStr::new("build"),
        corpus.path().as_os_str(),
        std::ffi::OsStr::new("-o"),
        target.path().as_os_str(),
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("html,svg,json"),
    ];
    let (wall, outcome) = time_sopan(&settings.sopan, &args, runs)?;
    let written = sop_count(target.path(), None)?;
    line(
        out,
        &format!(
            "`sopan build DIR -o OUT --format html,svg,json` on {} files: {} median of {runs} runs ({:.0} files/s), {written} files written, exit status {:?} (\"{}\").\n",
            corpus.paths.len(),
            show(wall),
            per_s(corpus.paths.len(), wall),
            outcome.exit,
            outcome.summary
        ),
    );
    pdf_against_chromium(out, settings, &corpus, target.path(), runs)
}

/// `sopan build --format pdf` on the build corpus, beside headless Chromium printing ten of
/// the HTML sheets `html` holds to PDF one after another: the browser's way to the same file.
fn pdf_against_chromium(
    out: &mut dyn Write,
    settings: &E2e,
    corpus: &CorpusDir,
    html: &std::path::Path,
    runs: usize,
) -> io::Result<()> {
    let target = tempfile::Builder::new()
        .prefix("sopan-bench-pdf-")
        .tempdir()?;
    let args = [
        std::ffi::OsStr::new("build"),
        corpus.path().as_os_str(),
        std::ffi::OsStr::new("-o"),
        target.path().as_os_str(),
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("pdf"),
    ];
    let (wall, outcome) = time_sopan(&settings.sopan, &args, runs)?;
    line(
        out,
        &format!(
            "`sopan build DIR -o OUT --format pdf` on {} files: {} median of {runs} runs, exit status {:?} (\"{}\").\n",
            corpus.paths.len(),
            show(wall),
            outcome.exit,
            outcome.summary
        ),
    );
    let Some(chromium) = external::chromium() else {
        line(
            out,
            "Chromium is not on PATH: the browser's time is not measured.\n",
        );
        return Ok(());
    };
    let mut sheets: Vec<PathBuf> = std::fs::read_dir(html)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html") && !p.ends_with("index.html"))
        .collect();
    sheets.sort();
    sheets.truncate(10);
    let printed = tempfile::Builder::new()
        .prefix("sopan-bench-chromium-")
        .tempdir()?;
    let browser = external::print_with_chromium(&chromium, &sheets, printed.path())?;
    line(
        out,
        &format!(
            "Headless Chromium printing {} of those sheets to PDF, one after another: {}. The {} PDFs took {:.1}% of that.\n",
            sheets.len(),
            show(browser),
            corpus.paths.len(),
            100.0 * wall.as_secs_f64() / browser.as_secs_f64().max(1e-9)
        ),
    );
    Ok(())
}

/// Runs `sopan` once to warm up, then `runs` times; the median and the last outcome.
fn time_sopan(
    binary: &std::path::Path,
    args: &[&std::ffi::OsStr],
    runs: usize,
) -> io::Result<(Duration, external::Outcome)> {
    let mut last = external::sopan(binary, args)?;
    let mut walls = Vec::new();
    for _ in 0..runs {
        last = external::sopan(binary, args)?;
        walls.push(last.wall);
    }
    Ok((median(&walls), last))
}

/// The `.sop` files below `dir`, sorted.
fn sop_files(dir: &std::path::Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    sop_count(dir, Some(&mut found))?;
    found.sort();
    Ok(found)
}

/// Counts the files below `dir` (every file, or with `found`, only `.sop` files, collected).
fn sop_count(dir: &std::path::Path, mut found: Option<&mut Vec<PathBuf>>) -> io::Result<usize> {
    let mut count = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            count += sop_count(&path, found.as_deref_mut())?;
        } else if let Some(found) = found.as_deref_mut() {
            if path.extension().is_some_and(|x| x == "sop") {
                found.push(path);
                count += 1;
            }
        } else {
            count += 1;
        }
    }
    Ok(count)
}

/// `memory`: the peak resident set of `sopan check DIR --format FORMAT` over generated
/// corpora of each size, written below `parent` and removed before the next is written.
pub(crate) fn memory(
    out: &mut dyn Write,
    binary: &std::path::Path,
    sizes: &[usize],
    parent: &std::path::Path,
    format: &str,
    seed: u64,
) -> io::Result<()> {
    line(
        out,
        &format!("### Peak memory of `sopan check --format {format}`, by corpus size\n"),
    );
    line(out, "| files | corpus | peak RSS | wall time | summary |");
    line(out, "| ---: | ---: | ---: | ---: | --- |");
    for &files in sizes {
        let corpus = CorpusDir::new_in(parent, seed, files)?;
        let args = [
            std::ffi::OsStr::new("check"),
            corpus.path().as_os_str(),
            std::ffi::OsStr::new("--format"),
            std::ffi::OsStr::new(format),
        ];
        let peak = external::sopan_peak_kib(binary, &args);
        let outcome = external::sopan(binary, &args[..2])?;
        line(
            out,
            &format!(
                "| {files} | {:.1} MB | {} | {} | {} |",
                float(corpus.bytes) / 1e6,
                show_kib(peak),
                show(outcome.wall),
                outcome.summary
            ),
        );
        drop(corpus);
    }
    Ok(())
}
