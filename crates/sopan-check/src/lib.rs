//! Checking a `.sop` AST: names resolved, values typed, every rule run.
//!
//! [`check`] turns an [`ast::Document`] into a [`model::Sop`] when no error is found, and
//! always returns every diagnostic. Files: `resolve.rs` and `steps.rs` (names to indexes,
//! fields to typed values, the edge list), `duration.rs` and `nip.rs` (value types),
//! `rules/` (one file per part of the sheet), `suggest.rs` ("did you mean"), `cap.rs` (at
//! most [`PER_CODE`] diagnostics of one code per file), `names.rs` (how a message names a
//! step or a symbol). Every sentence is a catalogue message (`periksa-…` in sopan-bahasa's
//! `periksa.ftl`), rendered in the reader's language only when printed.

pub mod model;

mod cap;
mod duration;
mod flow;
mod names;
mod nip;
mod repository;
mod resolve;
mod rules;
mod steps;
mod suggest;
mod summary;
mod suppress;

pub use suppress::REPOSITORY_CODES;

use sopan_diagnostics::{Diagnostic, sort};
use sopan_syntax::ast;

pub use cap::PER_CODE;
pub use duration::UNITS;
pub use repository::{Facts, check_repository};
pub use steps::printed_numbers;
pub use suggest::{did_you_mean, help_message as suggest_help_message};

/// What checking a document produced.
#[derive(Debug)]
pub struct Checked {
    /// The checked SOP, present when no diagnostic is an error.
    pub sop: Option<model::Sop>,
    /// Every diagnostic, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Codes the file suppresses as a whole that only the repository pass reports.
    pub suppressed_in_file: Vec<sopan_diagnostics::Code>,
}

/// Checks one parsed document. `source` is the file's text (durations are shown as written).
#[must_use]
pub fn check(document: &ast::Document, source: &str) -> Checked {
    check_with(document, source, &sopan_config::Identitas::default())
}

/// Checks one parsed document, filling identity fields it leaves out from `defaults` (the
/// `identitas` of the `sopan.yaml` files above it).
#[must_use]
pub fn check_with(
    document: &ast::Document,
    source: &str,
    defaults: &sopan_config::Identitas,
) -> Checked {
    let mut diagnostics = Vec::new();
    let draft = resolve::resolve(document, source, defaults, &mut diagnostics);
    for rule in rules::ALL {
        rule(&draft, &mut diagnostics);
    }
    let suppressed_in_file = suppress::apply(document, source, &mut diagnostics);
    let mut draft = draft;
    draft.sop.ringkasan = summary::summarise(&draft.sop);
    sort(&mut diagnostics);
    let sop = (!diagnostics.iter().any(Diagnostic::is_error)).then_some(draft.sop);
    cap::cap(&mut diagnostics);
    Checked {
        sop,
        diagnostics,
        suppressed_in_file,
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use sopan_diagnostics::Code;

    /// 1,998 labelled steps whose first step jumps to `targets` misspelt labels, the shape
    /// of `sopan-bench big`'s "misspelt jump targets".
    fn misspelt_targets(targets: usize) -> String {
        let label = |i: usize| format!("periksa-kelengkapan-berkas-surat-{:04}", i % 1_998);
        let mut out = String::from(
            "sop \"Besar\" {\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" }\n  prosedur {\n",
        );
        let jumps: Vec<String> = (0..targets)
            .map(|i| label(i).replace("-surat-", "-sruat-"))
            .collect();
        for i in 0..1_998 {
            let kind = match i {
                0 => "mulai ",
                1_997 => "selesai ",
                _ => "",
            };
            let jump = if i == 0 {
                format!(" -> {}", jumps.join(", "))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "    {}: {kind}staf \"Memeriksa\" {{ waktu 5 menit output \"Berkas\"{jump} }}",
                label(i)
            );
        }
        out.push_str("  }\n}\n");
        out
    }

    #[test]
    fn thousands_of_misspelt_targets_are_reported_briefly() {
        let text = misspelt_targets(16_000);
        let file = sopan_diagnostics::SourceFile::new("big.sop", text);
        let parsed = sopan_syntax::parse(&file);
        let Some(document) = parsed.document else {
            panic!("the generated file parses: {:?}", parsed.diagnostics);
        };
        // The work of the suggestions is bounded by `suggest`'s budget (its own tests); the
        // time is measured by `sopan-bench big`, not here.
        let checked = super::check(&document, file.text());
        let unknown: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnknownTarget)
            .collect();
        assert_eq!(unknown.len(), super::PER_CODE);
        assert_eq!(
            unknown[0]
                .help
                .as_ref()
                .map(|h| h.render(sopan_diagnostics::Bahasa::En))
                .as_deref(),
            Some("did you mean `periksa-kelengkapan-berkas-surat-0000`?")
        );
        let last = unknown[super::PER_CODE - 1];
        assert_eq!(last.notes.len(), 1, "{last:?}");
        assert!(
            last.notes[0]
                .render(sopan_diagnostics::Bahasa::En)
                .starts_with("15900 more SOP301 in this file"),
            "{}",
            last.notes[0].render(sopan_diagnostics::Bahasa::En)
        );
    }

    #[test]
    fn an_actor_named_twice_in_a_step_is_one_pelaksana() {
        let text = "sop \"A\" {\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana { staf \"Staf\" lurah \"Lurah\" }\n  prosedur {\n    mulai staf + staf \"Menerima\" { waktu 5 menit output \"Berkas\" }\n    selesai lurah + staf + lurah \"Menandatangani\" { waktu 5 menit output \"Surat\" }\n  }\n}\n";
        let file = sopan_diagnostics::SourceFile::new("a.sop", text.to_owned());
        let parsed = sopan_syntax::parse(&file);
        let Some(document) = parsed.document else {
            panic!("parses: {:?}", parsed.diagnostics);
        };
        let checked = super::check(&document, file.text());
        let Some(sop) = checked.sop else {
            panic!("checks clean: {:?}", checked.diagnostics);
        };
        assert_eq!(sop.langkah[0].pelaksana, vec![0]);
        assert_eq!(sop.langkah[1].pelaksana, vec![1, 0]);
    }
}
