//! Rules of the actor columns and the mutu baku cells of each step.

use std::collections::BTreeSet;

use sopan_diagnostics::{Code, Diagnostic};

use crate::resolve::Draft;
use crate::rules::flow::step_name;

/// SOP205: every declared actor has at least one step; an empty column is a leftover.
pub(super) fn unused_actor(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    if draft.spans.symbolless_row {
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
                format!("actor `{}` (\"{}\") has no step", actor.id, actor.nama),
                draft.spans.actors[index],
                "no step names this actor",
            )
            .with_help("remove the actor, or name it in the step it performs; an empty column wastes the sheet's width"),
        );
    }
}

/// SOP206: the Permen wants the mutu baku filled: each step says its Waktu and Output, or
/// writes `-` where the sheet leaves the cell empty on purpose.
pub(super) fn mutu_baku(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    for (index, spans) in draft.spans.steps.iter().enumerate() {
        let missing: Vec<&str> = [
            ("waktu", spans.waktu.is_none()),
            ("output", spans.output.is_none()),
        ]
        .into_iter()
        .filter_map(|(field, missing)| missing.then_some(field))
        .collect();
        if missing.is_empty() {
            continue;
        }
        let list = missing.join(" and no ");
        let example = missing
            .iter()
            .map(|f| format!("`{f} -`"))
            .collect::<Vec<_>>()
            .join(" and ");
        diagnostics.push(
            Diagnostic::new(
                Code::MissingMutuBaku,
                format!("{} has no {list}", step_name(draft, index)),
                spans.head,
                format!("no {list}"),
            )
            .with_help(format!(
                "fill the mutu baku cells, or write {example} to leave them empty on purpose"
            )),
        );
    }
}
