//! `big`: one file of 1.25 to 10 MB through parse and check, to show that the cost grows
//! linearly with the size of a file whatever it holds.
//!
//! Five kinds of file, each grown to every size: a valid SOP at the step limit (2,000 steps)
//! whose texts grow; an SOP with ever more steps, past the limit (reported as SOP008); a
//! file of printable garbage (syntax errors, with recovery); an opening brace nested
//! deeper and deeper; and 1,998 labelled steps whose first step jumps to ever more
//! misspelt labels (SOP301 with "did you mean", which once took quadratic time: at
//! 0.837 MB, 16,000 unknown targets). The figure to read is the time per megabyte: flat
//! means linear. `--write DIR` saves each file, to run the `sopan` binary on it.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::measure::{float, median};
use crate::report::line;

/// Runs `big` for files of `sizes_mb` megabytes, saving each file in `write` if given.
pub(crate) fn big(
    out: &mut dyn Write,
    sizes_mb: &[f64],
    runs: usize,
    write: Option<&Path>,
) -> std::io::Result<()> {
    if let Some(dir) = write {
        std::fs::create_dir_all(dir)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", dir.display())))?;
    }
    line(
        out,
        &format!("### One big file: parse and check, median of {runs} runs\n"),
    );
    line(out, "| kind | size | time | per MB | diagnostics |");
    line(out, "| --- | ---: | ---: | ---: | ---: |");
    for kind in Kind::ALL {
        let mut per_mb = Vec::new();
        for &mb in sizes_mb {
            let bytes = whole_bytes(mb);
            let text = kind.make(bytes);
            if let Some(dir) = write {
                let path = dir.join(format!("{}-{mb}mb.sop", kind.slug()));
                std::fs::write(&path, &text)
                    .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))?;
            }
            let (time, diagnostics) = measure(&text, runs.max(1));
            let megabytes = float(text.len() as u64) / 1e6;
            let ms_per_mb = time.as_secs_f64() * 1e3 / megabytes;
            per_mb.push(ms_per_mb);
            line(
                out,
                &format!(
                    "| {} | {megabytes:.2} MB | {:.1} ms | {ms_per_mb:.1} ms | {diagnostics} |",
                    kind.name(),
                    time.as_secs_f64() * 1e3
                ),
            );
        }
        let max = per_mb.iter().copied().fold(0.0, f64::max);
        let min = per_mb.iter().copied().fold(f64::INFINITY, f64::min);
        line(
            out,
            &format!(
                "| {} | | | largest/smallest per MB: {:.2}x | |",
                kind.name(),
                max / min
            ),
        );
    }
    line(out, "");
    Ok(())
}

/// `mb` megabytes in bytes; sizes are small positive numbers from the command line.
#[expect(
    clippy::cast_sign_loss,
    clippy::cast_possible_truncation,
    reason = "clamped to 0..=16 MB first"
)]
fn whole_bytes(mb: f64) -> usize {
    (mb.clamp(0.0, 16.0) * 1e6) as usize
}

/// The median time to parse and check `text`, and how many diagnostics it gave.
fn measure(text: &str, runs: usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut diagnostics = 0;
    for _ in 0..=runs {
        let start = Instant::now();
        let (file, parsed) = sopan_syntax::parse_bytes("big.sop", text.as_bytes());
        diagnostics = parsed.diagnostics.len();
        if let Some(document) = parsed.document {
            diagnostics += sopan_check::check(&document, file.text()).diagnostics.len();
        }
        times.push(start.elapsed());
    }
    // The first run warms the caches and the allocator.
    (median(&times[1..]), diagnostics)
}

#[derive(Clone, Copy)]
enum Kind {
    LongTexts,
    ManySteps,
    Garbage,
    Nesting,
    UnknownTargets,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::LongTexts,
        Kind::ManySteps,
        Kind::Garbage,
        Kind::Nesting,
        Kind::UnknownTargets,
    ];

    /// The file name of a saved file of this kind.
    fn slug(self) -> &'static str {
        match self {
            Kind::LongTexts => "long-texts",
            Kind::ManySteps => "many-steps",
            Kind::Garbage => "garbage",
            Kind::Nesting => "nesting",
            Kind::UnknownTargets => "unknown-targets",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::LongTexts => "2,000 steps, long texts",
            Kind::ManySteps => "ever more steps (SOP008)",
            Kind::Garbage => "printable garbage",
            Kind::Nesting => "nested braces",
            Kind::UnknownTargets => "misspelt jump targets (SOP301)",
        }
    }

    /// A file of this kind of about `bytes` bytes.
    fn make(self, bytes: usize) -> String {
        match self {
            Kind::LongTexts => {
                // 2,000 steps share the bytes; a text stays under the 10,000-character limit
                // by being split into several lines of the uraian.
                let per_step = bytes / 2_000;
                sop_with_steps(2_000, per_step.saturating_sub(60))
            }
            Kind::ManySteps => sop_with_steps(bytes / 90, 20),
            Kind::Garbage => {
                let words = [
                    "nomor ",
                    "{ ",
                    "\"teks\" ",
                    "-> ",
                    "waktu 5 menit ",
                    "}",
                    "\n",
                    "x9 ",
                ];
                let mut text = String::with_capacity(bytes + 16);
                let mut state: u64 = 1;
                while text.len() < bytes {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1);
                    text.push_str(words[(state >> 61) as usize]);
                }
                text
            }
            Kind::Nesting => {
                let mut text = String::from("sop \"Bersarang\" ");
                text.push_str(&"{".repeat(bytes));
                text
            }
            Kind::UnknownTargets => unknown_targets(bytes),
        }
    }
}

/// 1,998 labelled steps; the first jumps to as many misspelt labels as fill `bytes`, each
/// one transposition away from a real label, so each is unknown and has a close match.
fn unknown_targets(bytes: usize) -> String {
    const STEPS: usize = 1_998;
    let label = |i: usize| format!("periksa-kelengkapan-berkas-surat-{i:04}");
    let mut steps = Vec::with_capacity(STEPS);
    for i in 0..STEPS {
        let kind = if i == 0 {
            "mulai "
        } else if i + 1 == STEPS {
            "selesai "
        } else {
            ""
        };
        steps.push(format!(
            "    {}: {kind}staf \"Memeriksa kelengkapan\" {{ waktu 5 menit output \"Berkas\"",
            label(i)
        ));
    }
    let fixed: usize = 140 + steps.iter().map(|s| s.len() + 3).sum::<usize>() + 4;
    let mut jumps = String::from(" -> ");
    let mut i = 0;
    while fixed + jumps.len() < bytes {
        if i > 0 {
            jumps.push_str(", ");
        }
        // `surat` becomes `sruat`.
        jumps.push_str(&label(i % STEPS).replace("-surat-", "-sruat-"));
        i += 1;
    }
    let mut out = String::from(
        "sop \"Besar\" {\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n",
    );
    for (i, step) in steps.iter().enumerate() {
        out.push_str(step);
        if i == 0 {
            out.push_str(&jumps);
        }
        out.push_str(" }\n");
    }
    out.push_str("  }\n}\n");
    out
}

/// A valid SOP with `steps` steps whose uraian has about `text` bytes.
fn sop_with_steps(steps: usize, text: usize) -> String {
    let mut out = String::from(
        "sop \"Besar\" {\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n",
    );
    let chunk = "Memeriksa berkas permohonan ";
    for i in 0..steps {
        let mut uraian = String::with_capacity(text + chunk.len());
        while uraian.len() < text {
            if uraian.len() % 4_000 > 3_900 {
                uraian.push_str("\\n");
            }
            uraian.push_str(chunk);
        }
        let kind = if i == 0 {
            "mulai "
        } else if i + 1 == steps {
            "selesai "
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    {kind}staf \"{}\" {{ waktu 5 menit output \"Berkas\" }}",
            uraian.trim_end()
        );
    }
    out.push_str("  }\n}\n");
    out
}
