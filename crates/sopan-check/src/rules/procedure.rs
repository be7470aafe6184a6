//! Rules of the procedure as a whole.

use sopan_diagnostics::{Code, Diagnostic};

use crate::resolve::Draft;

/// SOP214: a procedure needs actors and steps.
pub(super) fn not_empty(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    if !sop.langkah.is_empty() && !sop.pelaksana.is_empty() {
        return;
    }
    let (message, help) = if sop.pelaksana.is_empty() && sop.langkah.is_empty() {
        (
            "SOP has no actors and no steps",
            "add `pelaksana { … }` with the actor columns and `prosedur { … }` with the steps",
        )
    } else if sop.pelaksana.is_empty() {
        (
            "SOP declares no actors",
            "add `pelaksana { id \"Nama\" … }` with the actor columns",
        )
    } else {
        (
            "procedure has no steps",
            "add the steps to `prosedur { … }`, from `mulai` to `selesai`",
        )
    };
    let span = draft
        .spans
        .fields
        .get("prosedur")
        .copied()
        .unwrap_or(draft.spans.head);
    diagnostics.push(Diagnostic::new(Code::EmptyProcedure, message, span, "here").with_help(help));
}
