//! The pipeline for one file: bytes in, diagnostics and (when clean) the checked SOP out.

use sopan_check::model::Sop;
use sopan_diagnostics::{Diagnostic, SourceFile, sort};

/// One compiled file.
pub struct Unit {
    /// The source, as diagnostics show it.
    pub file: SourceFile,
    /// Every diagnostic, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The checked SOP, when no error was found.
    pub sop: Option<Sop>,
}

/// Parse, then check when the parse gave a document: the whole pipeline for one file.
#[must_use]
pub fn compile(name: &str, bytes: &[u8]) -> Unit {
    let (file, parsed) = sopan_syntax::parse_bytes(name, bytes);
    let mut diagnostics = parsed.diagnostics;
    let checked = parsed
        .document
        .map(|document| sopan_check::check(&document, file.text()));
    let sop = checked.and_then(|checked| {
        diagnostics.extend(checked.diagnostics);
        checked.sop
    });
    sort(&mut diagnostics);
    Unit {
        file,
        diagnostics,
        sop,
    }
}
