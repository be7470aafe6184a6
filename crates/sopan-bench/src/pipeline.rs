//! The pipeline as the benchmark times it: each stage of each file timed on its own, and
//! the whole pipeline over all files in parallel as `sopan check` runs it.
//!
//! Stages run file by file (read, parse, check, then every backend) rather than stage by
//! stage over the whole corpus, so memory stays that of one file, as in the CLI, and the
//! peak memory figure means something.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sopan_check::model::Sop;

/// Renders a checked SOP into one output format.
pub(crate) type Backend = fn(&Sop) -> String;

/// Every backend timed after check. The SVG and HTML renderers join this table when they
/// land; a layout stage shared by them goes in [`one_file`], between check and backends.
pub(crate) const BACKENDS: &[(&str, Backend)] = &[("json", sopan_json::render)];

/// The names of the timed stages, in order.
pub(crate) fn stage_names() -> Vec<&'static str> {
    let mut names = vec!["read", "parse", "check"];
    names.extend(BACKENDS.iter().map(|(name, _)| *name));
    names
}

/// One sequential run over a corpus.
pub(crate) struct Run {
    /// Per stage (as [`stage_names`]), the time each file took.
    pub(crate) per_file: Vec<Vec<Duration>>,
    /// Diagnostics found in all files: a clean corpus has none.
    pub(crate) diagnostics: usize,
}

impl Run {
    /// Per stage, the sum over files.
    pub(crate) fn totals(&self) -> Vec<Duration> {
        self.per_file.iter().map(|t| t.iter().sum()).collect()
    }
}

/// Runs every stage on every file, one file at a time.
pub(crate) fn sequential(paths: &[PathBuf]) -> std::io::Result<Run> {
    let mut run = Run {
        per_file: vec![Vec::with_capacity(paths.len()); stage_names().len()],
        diagnostics: 0,
    };
    for path in paths {
        let (times, diagnostics) = one_file(path)?;
        for (stage, time) in run.per_file.iter_mut().zip(times) {
            stage.push(time);
        }
        run.diagnostics += diagnostics;
    }
    Ok(run)
}

/// Times the stages of one file; returns the times and the number of diagnostics.
fn one_file(path: &Path) -> std::io::Result<(Vec<Duration>, usize)> {
    let mut times = Vec::with_capacity(3 + BACKENDS.len());
    let mut clock = Instant::now();
    let mut lap = |times: &mut Vec<Duration>| {
        let now = Instant::now();
        times.push(now - clock);
        clock = now;
    };
    let bytes = std::fs::read(path)?;
    lap(&mut times);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let (file, parsed) = sopan_syntax::parse_bytes(&name, &bytes);
    lap(&mut times);
    let mut diagnostics = parsed.diagnostics.len();
    let Some(document) = parsed.document else {
        times.resize(3 + BACKENDS.len(), Duration::ZERO);
        return Ok((times, diagnostics));
    };
    let checked = sopan_check::check(&document, file.text());
    lap(&mut times);
    diagnostics += checked.diagnostics.len();
    for (_, render) in BACKENDS {
        if let Some(sop) = &checked.sop {
            black_box(render(sop));
        }
        lap(&mut times);
    }
    Ok((times, diagnostics))
}

/// Read, parse, check and render every file on all cores (rayon, as the CLI does); returns
/// the wall time and the number of diagnostics.
pub(crate) fn parallel(paths: &[PathBuf], backends: bool) -> std::io::Result<(Duration, usize)> {
    let started = Instant::now();
    let counts: std::io::Result<Vec<usize>> = paths
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path)?;
            let (file, parsed) = sopan_syntax::parse_bytes("bench.sop", &bytes);
            let mut count = parsed.diagnostics.len();
            if let Some(document) = parsed.document {
                let checked = sopan_check::check(&document, file.text());
                count += checked.diagnostics.len();
                if let (true, Some(sop)) = (backends, &checked.sop) {
                    for (_, render) in BACKENDS {
                        black_box(render(sop));
                    }
                }
            }
            Ok(count)
        })
        .collect();
    Ok((started.elapsed(), counts?.into_iter().sum()))
}

/// Reads every file and nothing else: the in-process floor under any pipeline.
pub(crate) fn read_only(paths: &[PathBuf]) -> std::io::Result<Duration> {
    let started = Instant::now();
    for path in paths {
        black_box(std::fs::read(path)?);
    }
    Ok(started.elapsed())
}

/// Parses, checks and renders texts held in memory; per file, the time of each of the
/// three. Used by the scaling run, which must not measure the disk.
pub(crate) fn in_memory(texts: &[String]) -> Vec<[Duration; 3]> {
    texts
        .iter()
        .map(|text| {
            let t0 = Instant::now();
            let (file, parsed) = sopan_syntax::parse_bytes("scaling.sop", text.as_bytes());
            let t1 = Instant::now();
            let checked = parsed
                .document
                .map(|document| sopan_check::check(&document, file.text()));
            let t2 = Instant::now();
            if let Some(sop) = checked.and_then(|c| c.sop) {
                for (_, render) in BACKENDS {
                    black_box(render(&sop));
                }
            }
            let t3 = Instant::now();
            [t1 - t0, t2 - t1, t3 - t2]
        })
        .collect()
}
