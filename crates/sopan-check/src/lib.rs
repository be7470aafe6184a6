//! Checking a `.sop` AST: names resolved, values typed, every rule run.
//!
//! [`check`] turns an [`ast::Document`] into a [`model::Sop`] when no error is found, and
//! always returns every diagnostic. Files: `resolve.rs` and `steps.rs` (names to indexes,
//! fields to typed values, the edge list), `duration.rs` and `nip.rs` (value types),
//! `rules/` (one file per part of the sheet), `suggest.rs` ("did you mean").

pub mod model;

mod duration;
mod flow;
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

pub use duration::UNITS;
pub use repository::{Facts, check_repository};

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
    Checked {
        sop,
        diagnostics,
        suppressed_in_file,
    }
}
