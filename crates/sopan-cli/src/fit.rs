//! The sheet's one refusal (SOP215): a step whose row is taller than a page would be
//! printed cut, so the file gets no outputs and the author is told which step to shorten
//! and by how much. Only the sheet's layout knows row heights; `sopan-layout` measures the
//! texts first and lays out only a sheet that may hold such a row, so `check` runs it as
//! well as `build`, and a CI lint finds the step before anyone prints.

use sopan_diagnostics::{Code, Diagnostic, Span, sort};
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
        let (span, label) = steps
            .get(tall.step)
            .map_or((Span::default(), "this step"), |step| {
                (text_span(step), "this text")
            });
        let nomor = sop
            .langkah
            .get(tall.step)
            .map_or(tall.step + 1, |l| l.nomor);
        let mut diagnostic = Diagnostic::new(
                Code::StepTooTall,
                format!(
                    "step {nomor} is {:.0} mm taller than a page of the sheet, so it would print cut",
                    tall.excess_mm()
                ),
                span,
                format!("{label} makes row {nomor} too tall"),
            )
            .with_help(format!(
                "shorten the step's {} (or split it into several steps) by at least {:.0} mm of printed lines, or print on larger paper (`tata-letak.kertas`)",
                tall.column,
                tall.excess_mm()
            ));
        diagnostic = diagnostic.with_note(format!(
            "the row needs {:.0} mm; a page has room for {:.0} mm of rows",
            tall.height * 25.4 / 96.0,
            tall.room * 25.4 / 96.0
        ));
        unit.diagnostics.push(diagnostic);
    }
    sort(&mut unit.diagnostics);
    unit.sop = None;
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
