//! Graphviz as the yardstick for the flowchart: the DOT graph equivalent to a SOP's
//! swimlane drawing, and `dot` run on it.
//!
//! "Equivalent" means the graph asks `dot` for what `sopan-layout` decides, no more:
//!
//! - one node per symbol, with the symbol's shape (`box` for a process, `diamond` for a
//!   decision, `box` with `style=rounded` for a terminator) and the same text broken into
//!   the same lines as the drawing, in the same font (`DejaVu Sans`) and size; a joint step has a
//!   node in each of its actors' lanes, joined by an edge without a head (`dir=none`);
//! - one cluster per actor lane, labelled with the actor's name, each starting in a
//!   header rank (an invisible node per lane, beside a "No" node, chained left to right),
//!   so that lanes stand side by side as columns; `dot` still picks their order itself;
//! - one rank per step, in procedure order: an invisible chain of No-column nodes (the
//!   step numbers, as the drawing's No column) under the header rank, with each step's
//!   nodes in `rank=same` with its number (`newrank=true`, so ranks hold across clusters);
//! - one edge per arrow of the flow, from the step's first symbol to the target's first
//!   symbol, a decision's exits labelled with their text (Ya, Tidak or the author's).
//!
//! `dot` draws curved splines by default, its fastest routing; `splines=ortho` (right
//! angles, as the flowchart) is asked for only with [`Splines::Ortho`], which also gives
//! branch labels as `xlabel`s, since `dot`'s orthogonal router ignores edge labels.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sopan_check::model::Sop;
use sopan_layout::{LayoutSettings, Shape};

/// How `dot` routes edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Splines {
    /// `dot`'s default curves.
    Default,
    /// `splines=ortho`: right angles only, like the flowchart.
    Ortho,
}

/// The DOT graph of `sop`'s flowchart.
pub(crate) fn graph(sop: &Sop, splines: Splines) -> String {
    let settings = LayoutSettings::flowchart();
    // The symbols' text as the flowchart breaks it; laying out is only the way to get it.
    let layout = sopan_layout::layout(sop, &settings);
    let symbols: Vec<_> = layout.pages.iter().flat_map(|p| &p.symbols).collect();
    let inch = |units: f32| f64::from(units) / 96.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "digraph sop {{\n  newrank=true; nodesep=0.25; ranksep=0.3;{}\n  \
         fontname=\"DejaVu Sans\"; fontsize=10.5; label=\"{}\"; labelloc=t;\n  \
         node [fontname=\"DejaVu Sans\", fontsize={}, width={:.2}, height=0.45];\n  \
         edge [fontname=\"DejaVu Sans\", fontsize={}, arrowsize=0.6];",
        if splines == Splines::Ortho {
            " splines=ortho;"
        } else {
            ""
        },
        quote(&sop.nama),
        settings.font_size,
        inch(settings.symbol_width),
        settings.label_font_size,
    );
    for (lane, actor) in sop.pelaksana.iter().enumerate() {
        let _ = writeln!(
            out,
            "  subgraph cluster_{lane} {{\n    label=\"{}\";\n    h{lane} [shape=point, style=invis];",
            quote(&actor.nama)
        );
        for symbol in symbols.iter().filter(|s| s.lane == lane) {
            let shape = match symbol.shape {
                Shape::Process => "shape=box",
                Shape::Decision => "shape=diamond",
                Shape::Terminator => "shape=box, style=rounded",
            };
            let lines: Vec<&str> = symbol.text.iter().map(|l| l.text.as_str()).collect();
            let _ = writeln!(
                out,
                "    s{}_{lane} [{shape}, label=\"{}\"];",
                symbol.step,
                quote(&lines.join("\n"))
            );
        }
        out.push_str("  }\n");
    }
    rows(&mut out, sop, &symbols);
    let label = match splines {
        Splines::Default => "label",
        Splines::Ortho => "xlabel",
    };
    edges(&mut out, sop, &symbols, label);
    out.push_str("}\n");
    out
}

/// The header rank and the No column: one rank per step, in order, holding the step's
/// symbols.
fn rows(out: &mut String, sop: &Sop, symbols: &[&sopan_layout::Symbol]) {
    out.push_str("  node [shape=plaintext, width=0.3];\n  hno [label=\"No\"];\n");
    let mut heads: Vec<String> = (0..sop.pelaksana.len()).map(|l| format!("h{l}")).collect();
    heads.push("hno".to_owned());
    let _ = writeln!(
        out,
        "  {{rank=same; {};}}\n  {} [style=invis, weight=10];",
        heads.join("; "),
        heads.join(" -> ")
    );
    if !sop.langkah.is_empty() {
        out.push_str("  hno -> r0 [style=invis];\n");
    }
    for (step, langkah) in sop.langkah.iter().enumerate() {
        let _ = write!(out, "  r{step} [label=\"{}\"];", langkah.nomor);
        let _ = write!(out, " {{rank=same; r{step};");
        for symbol in symbols.iter().filter(|s| s.step == step) {
            let _ = write!(out, " s{step}_{};", symbol.lane);
        }
        out.push_str("}\n");
    }
    if sop.langkah.len() > 1 {
        let chain: Vec<String> = (0..sop.langkah.len()).map(|s| format!("r{s}")).collect();
        let _ = writeln!(out, "  {} [style=invis];", chain.join(" -> "));
    }
}

/// The joins of joint steps and the arrows of the flow.
fn edges(out: &mut String, sop: &Sop, symbols: &[&sopan_layout::Symbol], label: &str) {
    let lanes_of = |step: usize| -> Vec<usize> {
        let mut lanes: Vec<usize> = symbols
            .iter()
            .filter(|s| s.step == step)
            .map(|s| s.lane)
            .collect();
        lanes.sort_unstable();
        lanes
    };
    for step in 0..sop.langkah.len() {
        for pair in lanes_of(step).windows(2) {
            let _ = writeln!(
                out,
                "  s{step}_{} -> s{step}_{} [dir=none];",
                pair[0], pair[1]
            );
        }
    }
    for alur in &sop.alur {
        let (Some(from), Some(to)) = (
            lanes_of(alur.dari).first().copied(),
            lanes_of(alur.ke).first().copied(),
        ) else {
            continue;
        };
        let _ = write!(out, "  s{}_{from} -> s{}_{to}", alur.dari, alur.ke);
        match &alur.label {
            Some(text) => {
                let _ = writeln!(out, " [{label}=\"{}\"];", quote(text));
            }
            None => out.push_str(";\n"),
        }
    }
}

/// Text inside a DOT double-quoted string: quotes and backslashes escaped, line breaks as
/// `\n` (centred lines).
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `dot`'s version line, or why it cannot be run.
pub(crate) fn version(dot: &Path) -> Result<String, String> {
    match Command::new(dot).arg("-V").output() {
        Ok(output) if output.status.success() => {
            Ok(String::from_utf8_lossy(&output.stderr).trim().to_owned())
        }
        Ok(output) => Err(format!(
            "`{} -V` exited with {}",
            dot.display(),
            output.status
        )),
        Err(error) => Err(format!("cannot run `{}`: {error}", dot.display())),
    }
}

/// One run of `dot`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run {
    pub(crate) wall: Duration,
    /// Exit status 0. `dot` exits with 1 when it could not route an edge and leaves that
    /// edge out of the SVG it still writes; its orthogonal router aborts on some graphs.
    pub(crate) ok: bool,
}

/// Runs `dot -Tsvg INPUT > OUTPUT` as a user would and times it. Standard output rather
/// than `-o`: with several graphs in one input, `-o` receives only the first.
pub(crate) fn run(dot: &Path, input: &Path, output: &Path) -> std::io::Result<Run> {
    let file = std::fs::File::create(output)?;
    let started = Instant::now();
    let status = Command::new(dot)
        .arg("-Tsvg")
        .arg(input)
        .stdout(file)
        .stderr(Stdio::null())
        .status()?;
    Ok(Run {
        wall: started.elapsed(),
        ok: status.success(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sop() -> Sop {
        // The Graphviz drawing has one node per actor of a row: rows of one symbol.
        let shape = sopan_corpus::Shape {
            several_symbols: false,
            long_identity: false,
            ..sopan_corpus::Shape::everything()
        };
        let text = sopan_corpus::generate(7, &shape);
        let (file, parsed) = sopan_syntax::parse_bytes("g.sop", text.as_bytes());
        let document = parsed.document.expect("parses");
        sopan_check::check(&document, file.text())
            .sop
            .expect("checks clean")
    }

    #[test]
    fn one_node_per_symbol_one_edge_per_arrow_one_cluster_per_lane() {
        let sop = sop();
        let dot = graph(&sop, Splines::Default);
        let symbols: usize = sop.langkah.iter().map(|l| l.pelaksana.len()).sum();
        let joins = symbols - sop.langkah.len();
        let nodes = dot
            .lines()
            .filter(|l| l.starts_with("    s") && l.contains(" [shape="))
            .count();
        assert_eq!(nodes, symbols);
        assert_eq!(dot.matches(" -> s").count(), sop.alur.len() + joins);
        assert_eq!(dot.matches("dir=none").count(), joins);
        assert_eq!(
            dot.matches("subgraph cluster_").count(),
            sop.pelaksana.len()
        );
        assert_eq!(dot.matches("{rank=same;").count(), sop.langkah.len() + 1);
        let labelled = sop.alur.iter().filter(|a| a.label.is_some()).count();
        let edge_labels = dot
            .lines()
            .filter(|l| l.contains(" -> s") && l.contains("[label="))
            .count();
        assert_eq!(edge_labels, labelled);
        assert!(!dot.contains("splines=ortho"));
        assert!(graph(&sop, Splines::Ortho).contains("splines=ortho"));
    }

    #[test]
    fn quotes_what_dot_would_read() {
        assert_eq!(quote("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
    }
}
