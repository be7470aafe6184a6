//! Rules of references to other SOPs within one file.

use sopan_diagnostics::{Code, Diagnostic, Message};

use crate::resolve::Draft;

/// SOP402: a keterangan that names an SOP in free text ("SOP Surat Masuk") should find it in
/// `keterkaitan`, where the sheet lists every related SOP.
pub(super) fn unlisted_sop(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let listed: Vec<String> = draft
        .sop
        .keterkaitan
        .iter()
        .map(|k| normalise(&k.nama))
        .collect();
    for spans in &draft.spans.steps {
        for (text, span) in &spans.notes {
            let named = normalise(text);
            if !named.starts_with("sop ") || listed.contains(&named) {
                continue;
            }
            let id = suggested_id(text);
            diagnostics.push(
                Diagnostic::new(
                    Code::UnlistedSop,
                    Message::new("periksa-sop-tak-terdaftar").arg("teks", text.as_str()),
                    *span,
                    Message::new("periksa-sop-tak-terdaftar.label"),
                )
                .with_help(
                    Message::new("periksa-sop-tak-terdaftar.help")
                        .arg("teks", text.as_str())
                        .arg("id", id),
                ),
            );
        }
    }
}

/// An id made from an SOP's name: `SOP Surat Masuk` → `surat-masuk`.
fn suggested_id(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("sop"))
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "sop-terkait".to_owned()
    } else {
        words.join("-")
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
