//! Rules of the identity page: required fields and the order of dates.

use sopan_diagnostics::{Code, Diagnostic, Message};

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
                Message::new("periksa-nama-kosong"),
                spans.name,
                Message::new("periksa-nama-kosong.label"),
            )
            .with_help(Message::new("periksa-nama-kosong.help")),
        );
    }
    let missing: [(&str, bool, &'static str); 4] = [
        (
            "nomor",
            has("nomor") && !sop.nomor.trim().is_empty(),
            "periksa-isian-wajib.help-nomor",
        ),
        ("dibuat", has("dibuat"), "periksa-isian-wajib.help-dibuat"),
        (
            "efektif",
            has("efektif"),
            "periksa-isian-wajib.help-efektif",
        ),
        (
            "disahkan",
            has("disahkan") && !sop.disahkan.jabatan.trim().is_empty(),
            "periksa-isian-wajib.help-disahkan",
        ),
    ];
    for (field, present, help) in missing {
        if present || spans.invalid.contains(field) {
            continue;
        }
        let (span, label, message) = match spans.fields.get(field).copied() {
            Some(span) => (
                span,
                "periksa-isian-wajib.label-kosong",
                "periksa-isian-wajib.kosong",
            ),
            None => (
                spans.head,
                "periksa-isian-wajib.label",
                "periksa-isian-wajib",
            ),
        };
        diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                Message::new(message).arg("kunci", field),
                span,
                Message::new(label),
            )
            .with_help(Message::new(help)),
        );
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
                Message::new("periksa-efektif-sebelum-dibuat")
                    .arg("efektif", sop.efektif.to_string())
                    .arg("dibuat", sop.dibuat.to_string()),
                span,
                Message::new("periksa-efektif-sebelum-dibuat.label"),
            )
            .with_label(
                created_span,
                Message::new("periksa-efektif-sebelum-dibuat.label-dibuat"),
            )
            .with_help(Message::new("periksa-efektif-sebelum-dibuat.help")),
        );
    }
    if let (Some(revised), Some(&span)) = (sop.revisi, fields.get("revisi"))
        && revised < sop.dibuat
    {
        diagnostics.push(
            Diagnostic::new(
                Code::RevisedBeforeCreated,
                Message::new("periksa-revisi-sebelum-dibuat")
                    .arg("revisi", revised.to_string())
                    .arg("dibuat", sop.dibuat.to_string()),
                span,
                Message::new("periksa-revisi-sebelum-dibuat.label"),
            )
            .with_label(
                created_span,
                Message::new("periksa-revisi-sebelum-dibuat.label-dibuat"),
            )
            .with_help(Message::new("periksa-revisi-sebelum-dibuat.help")),
        );
    }
}
