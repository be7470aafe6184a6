//! Rules of the actor columns and the mutu baku cells of each step.

use std::collections::BTreeSet;

use sopan_diagnostics::{Code, Diagnostic, Message};

use crate::names::Named;
use crate::resolve::Draft;

/// SOP205: every declared actor has at least one step; an empty column is a leftover.
pub(super) fn unused_actor(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    if draft.spans.symbolless_row || sop.langkah.is_empty() {
        // With no step at all, SOP214 says so; every column being empty follows from it.
        return;
    }
    // A misspelt actor in a step is reported once, as unknown (with "did you mean"), not a
    // second time as the column it meant having no step.
    let meant: BTreeSet<usize> = draft
        .spans
        .steps
        .iter()
        .flat_map(|s| s.meant_actors.iter().copied())
        .collect();
    for (index, actor) in sop.pelaksana.iter().enumerate() {
        let used = sop
            .langkah
            .iter()
            .any(|step| step.pelaksana.contains(&index));
        if used || meant.contains(&index) {
            continue;
        }
        diagnostics.push(
            Diagnostic::new(
                Code::UnusedActor,
                Message::new("periksa-pelaksana-tanpa-langkah")
                    .arg("id", actor.id.as_str())
                    .arg("nama", actor.nama.as_str()),
                draft.spans.actors[index],
                Message::new("periksa-pelaksana-tanpa-langkah.label"),
            )
            .with_help(Message::new("periksa-pelaksana-tanpa-langkah.help")),
        );
    }
}

/// SOP206: the Permen wants the mutu baku filled: each step says its Waktu and Output, or
/// writes `-` where the sheet leaves the cell empty on purpose.
pub(super) fn mutu_baku(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    for (index, spans) in draft.spans.steps.iter().enumerate() {
        let kurang = match (spans.waktu.is_none(), spans.output.is_none()) {
            (false, false) => continue,
            (true, false) => "waktu",
            (false, true) => "output",
            (true, true) => "keduanya",
        };
        diagnostics.push(
            Diagnostic::new(
                Code::MissingMutuBaku,
                Named::step(draft, index)
                    .args(Message::new("periksa-mutu-baku"))
                    .arg("kurang", kurang),
                spans.head,
                Message::new("periksa-mutu-baku.label").arg("kurang", kurang),
            )
            .with_help(Message::new("periksa-mutu-baku.help").arg("kurang", kurang)),
        );
    }
}
