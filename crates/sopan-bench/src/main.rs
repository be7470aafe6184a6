//! `sopan-bench`: how fast Sopan is on realistic corpora, in figures that can be compared
//! with the bars of DESIGN.md §5 (10,000 files checked well under a second on 2 cores,
//! within a few times `cat`; 1,000 built in about a second).
//!
//! Commands: `stages` (per-stage times, throughput and peak memory on generated corpora of
//! several sizes, with `cat` and plain reads as baselines), `scaling` (time per step as
//! one SOP grows from 10 to 1,000 steps, and as SVG and HTML
//! for two flow shapes from 100 to 2,000 steps), `e2e` (the real `sopan` binary on a corpus), `dot`
//! (the flowchart's layout and SVG against Graphviz `dot` on equivalent graphs), `big`
//! (one file of up to 10 MB, time per megabyte), and
//! `generate` (writes a corpus for other tools). Every figure is a median of several runs.
//! Output is Markdown, pasted into docs/performance.md.
//!
//! Files: `pipeline.rs` (the timed stages, and the backend table later stages join),
//! `measure.rs` (medians, rates, peak memory), `corpus_dir.rs` (corpora on disk),
//! `external.rs` (`cat` and `sopan` as child processes), `report.rs` (the commands),
//! `flowchart.rs` (the `dot` command), `graphviz.rs` (DOT graphs, running `dot`) and
//! `shapes.rs` (the flow shapes of the scaling run, also printed by `shape`).

mod big;
mod corpus_dir;
mod external;
mod flowchart;
mod graphviz;
mod measure;
mod pipeline;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sopan_corpus::shapes;

/// Benchmarks of the Sopan pipeline on generated corpora.
#[derive(Debug, Parser)]
#[command(name = "sopan-bench")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Per-stage times, throughput and peak memory for corpora of several sizes.
    Stages {
        /// Corpus sizes, in files.
        #[arg(long, value_delimiter = ',', default_values_t = [100, 1_000, 10_000])]
        sizes: Vec<usize>,
        /// Measured runs per size (after one warm-up run).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Time per step as one SOP grows.
    Scaling {
        /// SOP sizes, in steps.
        #[arg(long, value_delimiter = ',', default_values_t = [10, 20, 50, 100, 200, 500, 1_000])]
        steps: Vec<usize>,
        /// Measured runs per size.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// SOP sizes, in steps, of the two flow shapes drawn as SVG and HTML.
        #[arg(long, value_delimiter = ',', default_values_t = [100, 250, 500, 1_000, 2_000])]
        shape_steps: Vec<usize>,
        /// Only the two flow shapes, not the typical corpora.
        #[arg(long)]
        shapes_only: bool,
    },
    /// The real `sopan check` (and `sopan build`) binary on a corpus, against `cat`.
    E2e {
        /// The `sopan` binary, e.g. target/release/sopan.
        #[arg(long)]
        sopan: PathBuf,
        /// A folder of .sop files to check instead of a generated corpus.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Files of the generated corpus for `sopan check`.
        #[arg(long, default_value_t = 10_000)]
        files: usize,
        /// Files of the generated corpus for `sopan build` (0 skips the build).
        #[arg(long, default_value_t = 1_000)]
        build_files: usize,
        /// Measured runs (after one warm-up run).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// The flowchart (layout and SVG) against Graphviz `dot` on equivalent graphs.
    Dot {
        /// Generated SOPs.
        #[arg(long, default_value_t = 1_000)]
        files: usize,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Measured runs of Sopan's half (after one warm-up run).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Runs of each `dot` variant (one process per graph takes a while).
        #[arg(long, default_value_t = 1)]
        dot_runs: usize,
        /// Graphs also drawn with `splines=ortho` (0 skips it).
        #[arg(long, default_value_t = 100)]
        ortho: usize,
        /// The `dot` binary.
        #[arg(long, default_value = "dot")]
        dot: PathBuf,
    },
    /// One file of 1.25 to 10 MB, of five kinds, through parse and check: time per MB.
    Big {
        /// File sizes, in megabytes.
        #[arg(long, value_delimiter = ',', default_values_t = [1.25, 2.5, 5.0, 10.0])]
        sizes: Vec<f64>,
        /// Measured runs per file (after one warm-up run).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Also saves each generated file into this folder (created if missing).
        #[arg(long)]
        write: Option<PathBuf>,
    },
    /// Prints one SOP of a flow shape of the scaling benchmark, for profiling a build.
    Shape {
        /// The flow shape: `loops` or `fork`.
        flow: shapes::Flow,
        /// Steps.
        #[arg(long, default_value_t = 2_000)]
        steps: usize,
        /// Seed of the loops' targets.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Peak memory (resident set) of the real `sopan check` over generated corpora of
    /// several sizes, each written below `--in` and removed afterwards.
    Memory {
        /// The `sopan` binary, e.g. target/release/sopan.
        #[arg(long)]
        sopan: PathBuf,
        /// Corpus sizes, in files.
        #[arg(long, value_delimiter = ',', default_values_t = [10_000, 100_000])]
        files: Vec<usize>,
        /// Where the corpora are written: a tmpfs such as /dev/shm keeps 100,000 files off
        /// the disk.
        #[arg(long = "in", default_value = "/dev/shm")]
        parent: PathBuf,
        /// `--format` of the check.
        #[arg(long, default_value = "human")]
        format: String,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Writes a generated corpus into a folder.
    Generate {
        /// Where to write (created if missing).
        dir: PathBuf,
        /// How many files.
        #[arg(long, default_value_t = 10_000)]
        files: usize,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        Command::Stages { sizes, runs, seed } => report::stages(&mut out, &sizes, runs, seed),
        Command::Scaling {
            steps,
            runs,
            shape_steps,
            shapes_only,
        } => {
            if !shapes_only {
                report::scaling(&mut out, &steps, runs);
            }
            report::scaling_shapes(&mut out, &shape_steps, runs);
            Ok(())
        }
        Command::E2e {
            sopan,
            dir,
            files,
            build_files,
            runs,
            seed,
        } => report::e2e(
            &mut out,
            &report::E2e {
                sopan,
                dir,
                files,
                build_files,
                runs,
                seed,
            },
        ),
        Command::Dot {
            files,
            seed,
            runs,
            dot_runs,
            ortho,
            dot,
        } => flowchart::dot(
            &mut out,
            &flowchart::Settings {
                files,
                seed,
                runs,
                dot_runs,
                ortho,
                dot,
            },
        ),
        Command::Big { sizes, runs, write } => big::big(&mut out, &sizes, runs, write.as_deref()),
        Command::Shape { flow, steps, seed } => {
            report::line(&mut out, shapes::generate(flow, steps, seed).trim_end());
            Ok(())
        }
        Command::Memory {
            sopan,
            files,
            parent,
            format,
            seed,
        } => report::memory(&mut out, &sopan, &files, &parent, &format, seed),
        Command::Generate { dir, files, seed } => {
            corpus_dir::write(&dir, seed, files).map(|(_, bytes)| {
                report::line(&mut out, &format!("wrote {files} files, {bytes} bytes"));
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            report::line(&mut std::io::stderr(), &format!("sopan-bench: {error}"));
            ExitCode::from(2)
        }
    }
}
