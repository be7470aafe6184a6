//! Rules of the flow graph: branches, reachability, ends, loops and starts.
//!
//! Every construct real sheets use (forks, merges, joint steps, several ends, alternative
//! starts, exits back to the start) must pass: these rules flag only flows a reader could
//! not follow.
//!
//! One mistake gives one diagnostic. An exit that could not be followed (a misspelt label,
//! a missing branch, `->` on a decision) already has its own; the flow rules then take the
//! label the author likely meant as the arrow, treat an arrow to a label given twice as
//! going to any step of that label, and report nothing the missing arrow may explain: the
//! steps it leaves unreached are named in a note on the first diagnostic instead.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};
use sopan_syntax::ast::BranchKey;

use crate::flow::{Flow, starts};
use crate::model::{Jenis, JenisAlur};
use crate::names::Named;
use crate::resolve::Draft;

/// The flow graph with the arrows the author likely meant added: the did-you-mean target
/// of a misspelt label, and every step of a label given twice.
fn meant_flow(draft: &Draft) -> Flow {
    let extra = draft
        .spans
        .symbols
        .iter()
        .enumerate()
        .flat_map(|(from, s)| {
            s.meant
                .iter()
                .chain(&s.ambiguous)
                .map(move |&to| (from, to))
        });
    Flow::with_extra(&draft.sop, extra)
}

/// Where the diagnostic of a symbol's exit that leads somewhere unknown points (its code
/// and primary span), if the symbol has one: the flow rules cannot tell where it goes.
fn open_exit(draft: &Draft, symbol: usize) -> Option<(Code, Span)> {
    let spans = &draft.spans.symbols[symbol];
    if let Some(open) = spans.open_exit {
        return Some(open);
    }
    if draft.sop.simbol[symbol].jenis != Jenis::Keputusan || spans.jump_on_decision {
        return None;
    }
    if spans.branches.len() < 2 {
        return Some((Code::MissingBranch, spans.head));
    }
    // Exits that meet (SOP303): one of them was meant to go elsewhere, nobody knows where.
    same_branches(draft, symbol).map(|(second, _)| (Code::SameBranches, draft.spans.edges[second]))
}

/// The edges (second, first) of a decision whose `ya` and `tidak` go to one symbol.
fn same_branches(draft: &Draft, symbol: usize) -> Option<(usize, usize)> {
    if !draft.spans.symbols[symbol].ambiguous.is_empty() {
        // An exit names a label given twice (SOP203): whether the two exits meet depends
        // on which step was meant.
        return None;
    }
    let exits: Vec<_> = draft
        .sop
        .alur
        .iter()
        .enumerate()
        .filter(|(_, e)| e.dari == symbol)
        .collect();
    match exits.as_slice() {
        [(a, ya), (b, tidak)]
            if matches!(
                (ya.jenis, tidak.jenis),
                (JenisAlur::Ya, JenisAlur::Tidak) | (JenisAlur::Tidak, JenisAlur::Ya)
            ) && ya.ke == tidak.ke =>
        {
            Some((*b, *a))
        }
        _ => None,
    }
}

/// SOP302: a decision needs both exits. SOP303: they must go to different symbols.
pub(super) fn decision_branches(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    for (index, symbol) in draft.sop.simbol.iter().enumerate() {
        if symbol.jenis != Jenis::Keputusan {
            continue;
        }
        let spans = &draft.spans.symbols[index];
        let name = Named::symbol(draft, index);
        if spans.jump_on_decision {
            // Its `->` is SOP211, whose help says to write `ya` and `tidak` instead.
            continue;
        }
        if spans.branches.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::MissingBranch,
                    name.args(Message::new("periksa-cabang-hilang")),
                    spans.head,
                    Message::new("periksa-cabang-hilang.label"),
                )
                .with_help(Message::new("periksa-cabang-hilang.help")),
            );
            continue;
        }
        for key in [BranchKey::Ya, BranchKey::Tidak] {
            if !spans.branches.contains_key(&key) {
                let cabang = match key {
                    BranchKey::Ya => "ya",
                    BranchKey::Tidak => "tidak",
                };
                diagnostics.push(
                    Diagnostic::new(
                        Code::MissingBranch,
                        name.args(Message::new("periksa-cabang-hilang.satu"))
                            .arg("cabang", cabang),
                        spans.head,
                        Message::new("periksa-cabang-hilang.label-satu").arg("cabang", cabang),
                    )
                    .with_help(
                        Message::new("periksa-cabang-hilang.help-satu").arg("cabang", cabang),
                    ),
                );
            }
        }
        if let Some((b, a)) = same_branches(draft, index) {
            let target = Named::target(draft, draft.sop.alur[a].ke);
            diagnostics.push(
                Diagnostic::new(
                    Code::SameBranches,
                    target.target_args(name.args(Message::new("periksa-cabang-sama"))),
                    draft.spans.edges[b],
                    Message::new("periksa-cabang-sama.label"),
                )
                .with_label(
                    draft.spans.edges[a],
                    Message::new("periksa-cabang-sama.label-sama"),
                )
                .with_help(Message::new("periksa-cabang-sama.help")),
            );
        }
    }
}

/// SOP304: every symbol can be reached from a start.
pub(super) fn reachable(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let reached = meant_flow(draft).reachable_from_start(&draft.sop);
    let unreached: Vec<usize> = (0..reached.len()).filter(|&i| !reached[i]).collect();
    if unreached.is_empty() {
        return;
    }
    // A reached exit that leads somewhere unknown may be the very arrow these steps lack:
    // its own diagnostic names them, and they are reported once it is written.
    if let Some(open) = (0..reached.len())
        .filter(|&i| reached[i])
        .find_map(|i| open_exit(draft, i))
    {
        note_unreached(draft, &unreached, open, diagnostics);
        return;
    }
    for index in unreached {
        diagnostics.push(
            Diagnostic::new(
                Code::Unreachable,
                Named::symbol(draft, index).args(Message::new("periksa-tak-tercapai")),
                draft.spans.symbols[index].head,
                Message::new("periksa-tak-tercapai.label"),
            )
            .with_help(Message::new("periksa-tak-tercapai.help")),
        );
    }
}

/// Notes on the diagnostic of an open exit which rows no arrow reaches yet.
fn note_unreached(
    draft: &Draft,
    unreached: &[usize],
    (code, span): (Code, Span),
    diagnostics: &mut [Diagnostic],
) {
    let mut rows: Vec<&str> = Vec::new();
    for &symbol in unreached {
        let row = draft.sop.langkah[draft.sop.simbol[symbol].langkah]
            .nomor_cetak
            .as_str();
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    let Some(first) = diagnostics
        .iter_mut()
        .find(|d| d.code == code && d.primary_span() == span)
    else {
        return;
    };
    first.notes.push(
        Message::new("periksa-belum-tercapai")
            .arg("jumlah", rows.len())
            .arg("daftar", rows.join(", ")),
    );
}

/// SOP305 and SOP306: from every step an end can be reached. Reported where the flow gets
/// stuck (a step with no exit, or a loop with no way out), not at every step before it.
pub(super) fn reaches_end(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let flow = meant_flow(draft);
    for trap in flow.traps(&draft.sop) {
        let first = trap[0];
        if trap
            .iter()
            .any(|&i| open_exit(draft, i).is_some() || draft.spans.symbols[i].unresolved_exit)
        {
            // An exit in it could not be followed (SOP301, SOP302 or SOP211, reported
            // already): that is why the flow is stuck here.
            continue;
        }
        let name = Named::symbol(draft, first);
        let head = draft.spans.symbols[first].head;
        if trap.len() == 1 && flow.has_self_loop(first) {
            diagnostics.push(
                Diagnostic::new(
                    Code::ClosedLoop,
                    name.args(Message::new("periksa-putaran-diri")),
                    head,
                    Message::new("periksa-putaran-diri.label"),
                )
                .with_help(Message::new("periksa-putaran-diri.help")),
            );
            continue;
        }
        if trap.len() == 1 {
            diagnostics.push(
                Diagnostic::new(
                    Code::DeadEnd,
                    name.args(Message::new("periksa-buntu")),
                    head,
                    Message::new("periksa-buntu.label"),
                )
                .with_help(Message::new("periksa-buntu.help")),
            );
            continue;
        }
        diagnostics.push(closed_loop(draft, &trap));
    }
}

/// SOP306 for a loop of several symbols.
fn closed_loop(draft: &Draft, trap: &[usize]) -> Diagnostic {
    let mut rows: Vec<&str> = Vec::new();
    for &symbol in trap {
        let row = draft.sop.langkah[draft.sop.simbol[symbol].langkah]
            .nomor_cetak
            .as_str();
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    let through_decision = trap
        .iter()
        .any(|&i| draft.sop.simbol[i].jenis == Jenis::Keputusan);
    let help = if through_decision {
        "periksa-putaran.help-keputusan"
    } else {
        "periksa-putaran.help"
    };
    let mut diagnostic = Diagnostic::new(
        Code::ClosedLoop,
        Message::new("periksa-putaran")
            .arg("banyak", rows.len())
            .arg("langkah", rows.join(", ")),
        draft.spans.symbols[trap[0]].head,
        Message::new("periksa-putaran.label"),
    )
    .with_help(Message::new(help));
    for &other in &trap[1..] {
        diagnostic = diagnostic.with_label(
            draft.spans.symbols[other].head,
            Message::new("periksa-putaran.label-di-dalam"),
        );
    }
    diagnostic
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
                Named::symbol(draft, index).args(Message::new("periksa-mulai-kedua")),
                draft.spans.symbols[index].head,
                Message::new("periksa-mulai-kedua.label"),
            )
            .with_label(
                draft.spans.symbols[first].head,
                Message::new("periksa-mulai-kedua.label-pertama"),
            )
            .with_help(Message::new("periksa-mulai-kedua.help")),
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
                Named::step(draft, 0).args(Message::new("periksa-pertama-bukan-mulai")),
                draft.spans.steps[0].head,
                Message::new("periksa-pertama-bukan-mulai.label"),
            )
            .with_help(Message::new("periksa-pertama-bukan-mulai.help")),
        );
    }
    let index = rows.len() - 1;
    if !holds(last, Jenis::Selesai) && rows.len() > 1 && !stuck_as_reported(draft) {
        diagnostics.push(
            Diagnostic::new(
                Code::LastNotEnd,
                Named::step(draft, index).args(Message::new("periksa-terakhir-bukan-selesai")),
                draft.spans.steps[index].head,
                Message::new("periksa-terakhir-bukan-selesai.label"),
            )
            .with_help(Message::new("periksa-terakhir-bukan-selesai.help")),
        );
    }
}

/// Whether the last row is stuck in a way an error already reports: a dead end (SOP305)
/// or an exit that could not be followed (`lanjut` with no next row, SOP301). That error,
/// whose help says to make the row `selesai`, is then the one diagnostic of a forgotten end.
fn stuck_as_reported(draft: &Draft) -> bool {
    let Some(last) = draft.sop.langkah.last() else {
        return false;
    };
    if last
        .simbol
        .iter()
        .any(|&s| draft.spans.symbols[s].unresolved_exit || open_exit(draft, s).is_some())
    {
        return true;
    }
    let flow = meant_flow(draft);
    flow.traps(&draft.sop).iter().any(|trap| {
        trap.len() == 1
            && last.simbol.contains(&trap[0])
            && !flow.has_self_loop(trap[0])
            && open_exit(draft, trap[0]).is_none()
            && !draft.spans.symbols[trap[0]].unresolved_exit
    })
}
