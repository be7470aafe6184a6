//! The sheet's one refusal (SOP215): a step whose row is taller than a page would be
//! printed cut, so the file gets no outputs and the author is told which step to shorten
//! and by how much. Only the sheet's layout knows row heights; `sopan-layout` measures the
//! texts first and lays out only a sheet that may hold such a row, so `check` runs it as
//! well as `build`, and a CI lint finds the step before anyone prints.

use sopan_diagnostics::{Code, Diagnostic, Message, Span, sort};
use sopan_layout::sheet::SheetStyle;
use sopan_syntax::ast::{ItemKind, Step};

use rayon::prelude::*;

use crate::compile::Unit;
use crate::project::Project;

/// Adds SOP215 to every file with a step too tall for a page of its sheet, and takes away
/// its checked model, so that no output of it is written; `layouts` is per input.
pub(crate) fn refuse_too_tall(project: &mut Project, styles: &[SheetStyle]) {
    project
        .units
        .par_iter_mut()
        .zip(styles)
        .for_each(|(unit, style)| refuse_unit(unit, style));
}

pub(crate) fn refuse_unit(unit: &mut Unit, style: &SheetStyle) {
    let Some(sop) = unit.sop.as_ref() else {
        return;
    };
    let too_tall = sopan_layout::sheet::too_tall(sop, style);
    if too_tall.is_empty() {
        return;
    }
    // The model has no spans; the rare file that needs them is parsed again.
    let steps = steps(unit.file.text());
    for tall in too_tall {
        let (span, label) = steps.get(tall.step).map_or(
            (Span::default(), "cli-langkah-terlalu-tinggi.label-langkah"),
            |step| (text_span(step), "cli-langkah-terlalu-tinggi.label"),
        );
        let nomor = sop
            .langkah
            .get(tall.step)
            .map_or(tall.step + 1, |l| l.nomor);
        let excess = millimetres(tall.excess_mm());
        let diagnostic = Diagnostic::new(
            Code::StepTooTall,
            Message::new("cli-langkah-terlalu-tinggi")
                .arg("nomor", nomor)
                .arg("lebih", excess),
            span,
            Message::new(label).arg("nomor", nomor),
        )
        .with_help(
            Message::new("cli-langkah-terlalu-tinggi.help")
                .arg("kolom", tall.column.as_str())
                .arg("lebih", excess),
        )
        .with_note(
            Message::new("cli-langkah-terlalu-tinggi.note")
                .arg("perlu", millimetres(tall.height * 25.4 / 96.0))
                .arg("muat", millimetres(tall.room * 25.4 / 96.0)),
        );
        unit.diagnostics.push(diagnostic);
    }
    sort(&mut unit.diagnostics);
    unit.sop = None;
}

/// Whole millimetres, as the message prints them.
fn millimetres(mm: f32) -> i64 {
    // A row is never kilometres tall: the value is far inside i64.
    mm.round() as i64
}

/// The steps of a source, in order.
fn steps(text: &str) -> Vec<Step> {
    let (_, parsed) = sopan_syntax::parse_bytes("", text.as_bytes());
    parsed
        .document
        .map(|document| {
            document
                .sop
                .items
                .into_iter()
                .filter_map(|item| match item.kind {
                    ItemKind::Prosedur(steps) => Some(steps),
                    _ => None,
                })
                .flatten()
                .collect()
        })
        .unwrap_or_default()
}

/// The step's Uraian Kegiatan, all its lines; the whole step when it has none.
fn text_span(step: &Step) -> Span {
    match (step.uraian.first(), step.uraian.last()) {
        (Some(first), Some(last)) => first.span.join(last.span),
        _ => step.span,
    }
}
