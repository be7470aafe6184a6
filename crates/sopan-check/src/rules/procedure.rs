//! Rules of the procedure as a whole.

use sopan_diagnostics::{Code, Diagnostic, Message};

use crate::resolve::Draft;

/// SOP214: a procedure needs actors and steps. Without a `pelaksana` list every step's
/// actor would be unknown (SOP201 on each): this one error says so instead, and its help
/// writes the list from the actor ids the steps use.
pub(super) fn not_empty(draft: &Draft, diagnostics: &mut Vec<Diagnostic>) {
    let sop = &draft.sop;
    let spans = &draft.spans;
    if !sop.langkah.is_empty() && !sop.pelaksana.is_empty() {
        return;
    }
    let listed = spans.fields.get("pelaksana").copied();
    let prosedur = spans.fields.get("prosedur").copied();
    let diagnostic = if sop.pelaksana.is_empty() && sop.langkah.is_empty() {
        Diagnostic::new(
            Code::EmptyProcedure,
            Message::new("periksa-prosedur-kosong"),
            prosedur.unwrap_or(spans.head),
            Message::new("periksa-prosedur-kosong.label"),
        )
        .with_help(Message::new("periksa-prosedur-kosong.help"))
    } else if sop.pelaksana.is_empty() {
        let message = if listed.is_some() {
            "periksa-prosedur-kosong.daftar-kosong"
        } else {
            "periksa-prosedur-kosong.tanpa-daftar"
        };
        let mut diagnostic = Diagnostic::new(
            Code::EmptyProcedure,
            Message::new(message).arg("jumlah", spans.undeclared_rows),
            listed.or(prosedur).unwrap_or(spans.head),
            Message::new("periksa-prosedur-kosong.label-daftar"),
        );
        diagnostic = if spans.undeclared.is_empty() {
            diagnostic.with_help(Message::new("periksa-prosedur-kosong.help-daftar-contoh"))
        } else {
            diagnostic.with_help(
                Message::new("periksa-prosedur-kosong.help-daftar")
                    .arg("daftar", pelaksana_block(&spans.undeclared)),
            )
        };
        diagnostic
    } else {
        Diagnostic::new(
            Code::EmptyProcedure,
            Message::new("periksa-prosedur-kosong.tanpa-langkah"),
            prosedur.unwrap_or(spans.head),
            Message::new("periksa-prosedur-kosong.label"),
        )
        .with_help(Message::new("periksa-prosedur-kosong.help-langkah"))
    };
    diagnostics.push(diagnostic);
}

/// `pelaksana { pemohon "Pemohon" kasi-pelayanan "Kasi Pelayanan" }`: the list the steps
/// need, each column's name guessed from its id for the author to correct.
fn pelaksana_block(ids: &[String]) -> String {
    let actors: Vec<String> = ids
        .iter()
        .map(|id| {
            let name: Vec<String> = id
                .split(['-', '_'])
                .filter(|w| !w.is_empty())
                .map(|word| {
                    let mut chars = word.chars();
                    chars.next().map_or_else(String::new, |first| {
                        first.to_uppercase().chain(chars).collect()
                    })
                })
                .collect();
            format!("{id} \"{}\"", name.join(" "))
        })
        .collect();
    format!("pelaksana {{ {} }}", actors.join(" "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_suggested_list_names_each_column_after_its_id() {
        let ids = ["pemohon".to_owned(), "kasi-pelayanan".to_owned()];
        assert_eq!(
            super::pelaksana_block(&ids),
            "pelaksana { pemohon \"Pemohon\" kasi-pelayanan \"Kasi Pelayanan\" }"
        );
    }
}
