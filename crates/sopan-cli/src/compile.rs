//! The pipeline for one file: bytes in, diagnostics and (when clean) the checked SOP out.

use sopan_check::Facts;
use sopan_check::model::Sop;
use sopan_config::Identitas;
use sopan_diagnostics::{Diagnostic, SourceFile, sort};

/// One compiled file.
pub struct Unit {
    /// The source, as diagnostics show it.
    pub file: SourceFile,
    /// Every diagnostic, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The checked SOP, when no error was found.
    pub sop: Option<Sop>,
    /// What the repository rules need, when the file parsed.
    pub facts: Option<Facts>,
}

/// Parse, then check when the parse gave a document: the whole pipeline for one file.
#[must_use]
pub fn compile(name: &str, bytes: &[u8]) -> Unit {
    compile_with(name, bytes, &Identitas::default())
}

/// [`compile`] with identity defaults from `sopan.yaml`.
#[must_use]
pub fn compile_with(name: &str, bytes: &[u8], defaults: &Identitas) -> Unit {
    let (file, parsed) = sopan_syntax::parse_bytes(name, bytes);
    let mut diagnostics = parsed.diagnostics;
    let mut sop = None;
    let mut facts = None;
    if let Some(document) = parsed.document {
        let checked = sopan_check::check_with(&document, file.text(), defaults);
        diagnostics.extend(checked.diagnostics);
        facts = Some(Facts::of(name, &document, checked.suppressed_in_file));
        sop = checked.sop;
    }
    sort(&mut diagnostics);
    Unit {
        file,
        diagnostics,
        sop,
        facts,
    }
}
