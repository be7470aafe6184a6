//! The two flow shapes that once made the flowchart and the sheet superlinear, generated
//! the same way for the scaling benchmark (`sopan-bench scaling`, `sopan-bench shape`) and
//! the layout's work-count test.
//!
//! `Loops`: every other step is a decision whose second exit jumps back to an earlier step
//! chosen by a seeded generator, so loops of every length overlap. `Fork`: the first step
//! forks to every step but the last, which then run on in order to the end.

use std::fmt::Write as _;

/// A flow shape of the scaling benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Every other step a decision jumping back to a random earlier step.
    Loops,
    /// One step forking to all the others.
    Fork,
}

impl Flow {
    /// Both shapes.
    pub const ALL: [Flow; 2] = [Flow::Loops, Flow::Fork];

    /// What the shape is, for a report's heading.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Flow::Loops => "decisions jumping back to random earlier steps",
            Flow::Fork => "one step forking to all the others",
        }
    }
}

impl std::str::FromStr for Flow {
    type Err = String;

    fn from_str(name: &str) -> Result<Flow, String> {
        match name {
            "loops" => Ok(Flow::Loops),
            "fork" => Ok(Flow::Fork),
            _ => Err(format!("no flow shape `{name}`: `loops` or `fork`")),
        }
    }
}

const ACTORS: [&str; 4] = ["pemohon", "staf", "kasi", "camat"];

/// A valid SOP of `steps` steps (at least 4, one per actor) of shape `flow`; `seed` picks
/// the loops.
#[must_use]
pub fn generate(flow: Flow, steps: usize, seed: u64) -> String {
    let steps = steps.max(ACTORS.len());
    let mut out = String::from(
        "sop \"Bentuk Alur\" {\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { pemohon \"Pemohon\" staf \"Staf Pelayanan\" kasi \"Kepala Seksi\" camat \"Camat\" }\n  prosedur {\n",
    );
    let mut state = seed.wrapping_mul(2).wrapping_add(1);
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // The high bits of an LCG are the random ones; the bound is below 2^32.
        usize::try_from(state >> 33).unwrap_or(0) % bound.max(1)
    };
    for i in 0..steps {
        let actor = ACTORS[i % ACTORS.len()];
        let kind = if i == 0 {
            "mulai "
        } else if i + 1 == steps {
            "selesai "
        } else {
            ""
        };
        let decision = flow == Flow::Loops && i % 2 == 1 && i + 1 < steps;
        let _ = write!(
            out,
            "    s{i}: {kind}{actor} {}\"Memeriksa berkas permohonan nomor {i} dan mencatatnya\" {{ waktu 5 menit output \"Berkas {i}\"",
            if decision { "keputusan " } else { "" }
        );
        if decision {
            let back = next(i);
            let _ = write!(
                out,
                " tanya \"Lengkap?\" ya \"Lengkap\" -> lanjut tidak \"Belum\" -> s{back}"
            );
        }
        if flow == Flow::Fork && i == 0 {
            out.push_str(" ->");
            for j in 1..steps - 1 {
                let _ = write!(out, "{} s{j}", if j == 1 { "" } else { "," });
            }
        }
        out.push_str(" }\n");
    }
    out.push_str("  }\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::{Flow, generate};

    #[test]
    fn both_shapes_are_valid_sops() {
        for flow in Flow::ALL {
            for steps in [4, 10, 101] {
                let text = generate(flow, steps, 7);
                let (file, parsed) = sopan_syntax::parse_bytes("shape.sop", text.as_bytes());
                assert!(parsed.diagnostics.is_empty(), "{flow:?} {steps}");
                let document = parsed.document.unwrap_or_else(|| panic!("{flow:?}"));
                let checked = sopan_check::check(&document, file.text());
                assert!(
                    checked.diagnostics.is_empty(),
                    "{flow:?} {steps}: {:?}",
                    checked.diagnostics
                );
                assert_eq!(checked.sop.map(|s| s.langkah.len()), Some(steps));
            }
        }
    }
}
