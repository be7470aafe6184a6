//! Rules of the flow graph: branches, reachability, ends, loops and starts.
//!
//! Every construct real sheets use (forks, merges, joint steps, several ends, alternative
//! starts, exits back to the start) must pass: these rules flag only flows a reader could
//! not follow.

use sopan_diagnostics::{Code, Diagnostic};
use sopan_syntax::ast::BranchKey;

use crate::flow::{Flow, starts};
use crate::model::{Jenis, JenisAlur};
use crate::resolve::Draft;

/// A short name for a step in messages: its printed number and the start of its text.
pub(crate) fn step_name(draft: &Draft, step: usize) -> String {
    let row = &draft.sop.langkah[step];
    let text = row.uraian.lines().next().unwrap_or("");
    let short: String = text.chars().take(40).collect();
    let more = if short.len() < text.len() { "…" } else { "" };
    format!("step {} \"{short}{more}\"", row.nomor_cetak)
}

/// A short name for a symbol: its step's, and for a row of several symbols which one.
pub(crate) fn symbol_name(draft: &Draft, symbol: usize) -> String {
    let this = &draft.sop.simbol[symbol];
    let step = step_name(draft, this.langkah);
    if draft.sop.langkah[this.langkah].simbol.len() < 2 {
        return step;
    }
    let actor = this
        .pelaksana
        .first()
        .and_then(|&a| draft.sop.pelaksana.get(a))
        .map_or(String::new(), |p| format!(" of {}", p.nama));
    let kind = match this.jenis {
        Jenis::Mulai => "start",
        Jenis::Proses => "process",
        Jenis::Keputusan => "decision",
        Jenis::Selesai => "end",
    };
    format!("the {kind}{actor} in {step}")
}

/// The name of the row a symbol sits in, or of the symbol within its row, for "goes to …".
fn target_name(draft: &Draft, symbol: usize) -> String {
    let row = &draft.sop.langkah[draft.sop.simbol[symbol].langkah];
    if row.simbol.len() < 2 {
        return format!("step {}", row.nomor_cetak);
    }
    symbol_name(draft, symbol)
}

/// SOP302: a decision needs both exits. SOP303: they must go to different symbols.
pub(super) fn decision_branches(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    for (index, symbol) in draft.sop.simbol.iter().enumerate() {
        if symbol.jenis != Jenis::Keputusan {
            continue;
        }
        let spans = &draft.spans.symbols[index];
        if spans.branches.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::MissingBranch,
                    format!("decision {} has neither a \"Ya\" nor a \"Tidak\" branch", symbol_name(draft, index)),
                    spans.head,
                    "no exits",
                )
                .with_help("add `ya -> label` and `tidak -> label` inside the step's braces (`lanjut` for the next row)"),
            );
            continue;
        }
        for (key, word) in [(BranchKey::Ya, "Ya"), (BranchKey::Tidak, "Tidak")] {
            if !spans.branches.contains_key(&key) {
                diagnostics.push(
                    Diagnostic::new(
                        Code::MissingBranch,
                        format!(
                            "decision {} has no \"{word}\" branch",
                            symbol_name(draft, index)
                        ),
                        spans.head,
                        format!("no `{}` exit", key.keyword()),
                    )
                    .with_help(format!(
                        "add `{} -> label` inside the step's braces (`lanjut` for the next row)",
                        key.keyword()
                    )),
                );
            }
        }
        let exits: Vec<_> = draft
            .sop
            .alur
            .iter()
            .enumerate()
            .filter(|(_, e)| e.dari == index)
            .collect();
        if let [(a, ya), (b, tidak)] = exits.as_slice()
            && matches!(
                (ya.jenis, tidak.jenis),
                (JenisAlur::Ya, JenisAlur::Tidak) | (JenisAlur::Tidak, JenisAlur::Ya)
            )
            && ya.ke == tidak.ke
        {
            diagnostics.push(
                Diagnostic::new(
                    Code::SameBranches,
                    format!("both exits of decision {} go to {}", symbol_name(draft, index), target_name(draft, ya.ke)),
                    draft.spans.edges[*b],
                    "same target",
                )
                .with_label(draft.spans.edges[*a], "as this one")
                .with_help("a decision whose exits meet is no decision: send one exit elsewhere, or make the step a process"),
            );
        }
    }
}

/// SOP304: every symbol can be reached from a start.
pub(super) fn reachable(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let flow = Flow::new(&draft.sop);
    let reached = flow.reachable_from_start(&draft.sop);
    for (index, reached) in reached.into_iter().enumerate() {
        if reached {
            continue;
        }
        diagnostics.push(
            Diagnostic::new(
                Code::Unreachable,
                format!("{} can never be reached from the start", symbol_name(draft, index)),
                draft.spans.symbols[index].head,
                "no arrow leads here",
            )
            .with_help("send a branch or jump here (`-> label`), or remove the step; an earlier step may jump past it"),
        );
    }
}

/// SOP305 and SOP306: from every step an end can be reached. Reported where the flow gets
/// stuck (a step with no exit, or a loop with no way out), not at every step before it.
pub(super) fn reaches_end(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let flow = Flow::new(&draft.sop);
    for trap in flow.traps(&draft.sop) {
        let first = trap[0];
        let stuck_decision = trap.len() == 1
            && draft.sop.simbol[first].jenis == Jenis::Keputusan
            && draft.spans.symbols[first].branches.len() < 2;
        if stuck_decision || (trap.len() == 1 && draft.spans.symbols[first].unresolved_exit) {
            // Its missing branch (SOP302) or unknown target (SOP301) is reported already;
            // that is why it leads nowhere.
            continue;
        }
        if trap.len() == 1 && flow.has_self_loop(first) {
            diagnostics.push(
                Diagnostic::new(
                    Code::ClosedLoop,
                    format!(
                        "{} goes back to itself and nowhere else",
                        symbol_name(draft, first)
                    ),
                    draft.spans.symbols[first].head,
                    "the flow is stuck here",
                )
                .with_help(
                    "send it on to another step, or make it a decision whose other exit leaves",
                ),
            );
            continue;
        }
        if trap.len() == 1 {
            diagnostics.push(
                Diagnostic::new(
                    Code::DeadEnd,
                    format!(
                        "{} leads nowhere: it has no next step and is not an end",
                        symbol_name(draft, first)
                    ),
                    draft.spans.symbols[first].head,
                    "the flow stops here",
                )
                .with_help(
                    "make it an end with `selesai`, or say where the flow goes with `-> label`",
                ),
            );
            continue;
        }
        let mut rows: Vec<&str> = Vec::new();
        for &symbol in &trap {
            let row = draft.sop.langkah[draft.sop.simbol[symbol].langkah]
                .nomor_cetak
                .as_str();
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
        let what = if rows.len() == 1 {
            format!("the symbols of step {}", rows[0])
        } else {
            format!("steps {}", rows.join(", "))
        };
        let mut diagnostic = Diagnostic::new(
            Code::ClosedLoop,
            format!("{what} form a loop with no way out"),
            draft.spans.symbols[first].head,
            "the loop starts here",
        )
        .with_help(
            if trap
                .iter()
                .any(|&i| draft.sop.simbol[i].jenis == Jenis::Keputusan)
            {
                "give a decision in the loop an exit that leaves it, towards an end"
            } else {
                "make one step of the loop a decision (`keputusan`) whose other exit leaves it"
            },
        );
        for &other in &trap[1..] {
            diagnostic = diagnostic.with_label(draft.spans.symbols[other].head, "in the loop");
        }
        diagnostics.push(diagnostic);
    }
}

/// SOP307: a second start must be declared `mulai alternatif`.
pub(super) fn single_start(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    let Some(first) = starts(sop).next() else {
        return;
    };
    for index in starts(sop).skip(1) {
        if sop.simbol[index].alternatif {
            continue;
        }
        diagnostics.push(
            Diagnostic::new(
                Code::SeveralStarts,
                format!(
                    "{} is a second start, but is not declared as an alternative",
                    symbol_name(draft, index)
                ),
                draft.spans.symbols[index].head,
                "second `mulai`",
            )
            .with_label(draft.spans.symbols[first].head, "first start")
            .with_help("write `mulai alternatif` when a procedure can begin in more than one way"),
        );
    }
}

/// SOP208: the first row holds a start. SOP209: the last row holds an end.
pub(super) fn terminators(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let rows = &draft.sop.langkah;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return;
    };
    let holds = |row: &crate::model::Langkah, jenis: Jenis| {
        row.simbol
            .iter()
            .any(|&s| draft.sop.simbol.get(s).is_some_and(|s| s.jenis == jenis))
    };
    if !holds(first, Jenis::Mulai) {
        diagnostics.push(
            Diagnostic::new(
                Code::FirstNotStart,
                format!(
                    "the first step is not a start: {} is {}",
                    step_name(draft, 0),
                    kind_name(first.jenis)
                ),
                draft.spans.steps[0].head,
                "first row",
            )
            .with_help(
                "begin the procedure with `mulai`, e.g. `mulai pemohon \"Mengajukan permohonan\"`",
            ),
        );
    }
    let index = rows.len() - 1;
    if !holds(last, Jenis::Selesai) && rows.len() > 1 {
        diagnostics.push(
            Diagnostic::new(
                Code::LastNotEnd,
                format!(
                    "the last step is not an end: {} is {}",
                    step_name(draft, index),
                    kind_name(last.jenis)
                ),
                draft.spans.steps[index].head,
                "last row",
            )
            .with_help(
                "end the procedure with `selesai`, e.g. `selesai pemohon \"Menerima surat\"`",
            ),
        );
    }
}

/// The kind of a step with its article, as a message says it.
fn kind_name(jenis: Jenis) -> &'static str {
    match jenis {
        Jenis::Mulai => "a start",
        Jenis::Proses => "a process",
        Jenis::Keputusan => "a decision",
        Jenis::Selesai => "an end",
    }
}
