//! Rules of the identity page: required fields and the order of dates.

use sopan_diagnostics::{Code, Diagnostic};

use crate::resolve::Draft;

/// SOP101: nomor, nama, dibuat, efektif and disahkan must be given and not empty.
pub(super) fn required_fields(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    let spans = &draft.spans;
    let has = |key: &str| spans.fields.contains_key(key) || spans.invalid.contains(key);
    if sop.nama.trim().is_empty() {
        diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                "the SOP's name is empty",
                spans.name,
                "no name",
            )
            .with_help("write the SOP's name (Nama SOP) between the quotes after `sop`"),
        );
    }
    let missing: [(&str, bool, &str); 4] = [
        (
            "nomor",
            has("nomor") && !sop.nomor.trim().is_empty(),
            "add `nomor \"…\"` with the SOP number as printed",
        ),
        (
            "dibuat",
            has("dibuat"),
            "add `dibuat 2024-01-31` with the date the SOP was made",
        ),
        (
            "efektif",
            has("efektif"),
            "add `efektif 2024-01-31` with the date the SOP takes effect",
        ),
        (
            "disahkan",
            has("disahkan") && !sop.disahkan.jabatan.trim().is_empty(),
            "add `disahkan \"Jabatan\"` with the post that signs the SOP",
        ),
    ];
    for (field, present, help) in missing {
        if present || spans.invalid.contains(field) {
            continue;
        }
        let given_empty = spans.fields.get(field).copied();
        let (span, label, message) = match given_empty {
            Some(span) => (span, "empty", format!("required field `{field}` is empty")),
            None => (
                spans.head,
                "in this SOP",
                format!("required field `{field}` is missing"),
            ),
        };
        diagnostics.push(Diagnostic::new(Code::MissingField, message, span, label).with_help(help));
    }
}

/// SOP103 and SOP104: the effective and revision dates are not before the creation date.
pub(super) fn date_order(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    let fields = &draft.spans.fields;
    let Some(&created_span) = fields.get("dibuat") else {
        return;
    };
    if let Some(&span) = fields.get("efektif")
        && sop.efektif < sop.dibuat
    {
        diagnostics.push(
            Diagnostic::new(
                Code::EffectiveBeforeCreated,
                format!(
                    "effective date {} is before the creation date {}",
                    sop.efektif, sop.dibuat
                ),
                span,
                "effective here",
            )
            .with_label(created_span, "created here")
            .with_help("an SOP takes effect on or after the day it is made: check both dates"),
        );
    }
    if let (Some(revised), Some(&span)) = (sop.revisi, fields.get("revisi"))
        && revised < sop.dibuat
    {
        diagnostics.push(
            Diagnostic::new(
                Code::RevisedBeforeCreated,
                format!(
                    "revision date {revised} is before the creation date {}",
                    sop.dibuat
                ),
                span,
                "revised here",
            )
            .with_label(created_span, "created here")
            .with_help(
                "a revision comes after the SOP was made: check both dates, or write `revisi -`",
            ),
        );
    }
}
