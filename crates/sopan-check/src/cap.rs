//! At most [`PER_CODE`] diagnostics of one code per file.
//!
//! A file of 16,000 misspelt jump targets is 16,000 errors: reading them helps no one, and
//! every one costs its share of rendering (each snippet locates its line from the start of
//! the file), so a long list would make the report, not the check, quadratic. The first
//! ones in source order are kept; the last one kept says how many more there are.

use std::collections::BTreeMap;

use sopan_diagnostics::{Code, Diagnostic, Message};

/// Diagnostics of one code that one file reports.
pub const PER_CODE: usize = 100;

/// Keeps the first [`PER_CODE`] diagnostics of each code, in their order, and notes on the
/// last one kept how many were left out.
pub(crate) fn cap(diagnostics: &mut Vec<Diagnostic>) {
    let mut counts: BTreeMap<Code, usize> = BTreeMap::new();
    for d in diagnostics.iter() {
        *counts.entry(d.code).or_default() += 1;
    }
    if counts.values().all(|&n| n <= PER_CODE) {
        return;
    }
    let mut seen: BTreeMap<Code, usize> = BTreeMap::new();
    diagnostics.retain(|d| {
        let seen = seen.entry(d.code).or_default();
        *seen += 1;
        *seen <= PER_CODE
    });
    for d in diagnostics.iter_mut().rev() {
        let Some(total) = counts.remove(&d.code) else {
            continue;
        };
        if total > PER_CODE {
            d.notes.push(
                Message::new("periksa-dipotong")
                    .arg("jumlah", total - PER_CODE)
                    .arg("kode", d.code.to_string())
                    .arg("batas", PER_CODE),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, Diagnostic, Message, Span};

    use super::{PER_CODE, cap};

    fn many(code: Code, n: usize) -> Vec<Diagnostic> {
        (0..n)
            .map(|i| {
                Diagnostic::new(
                    code,
                    Message::verbatim(i.to_string()),
                    Span::new(i, i + 1),
                    Message::verbatim("here"),
                )
            })
            .collect()
    }

    #[test]
    fn keeps_the_first_of_each_code_and_says_how_many_more() {
        let mut all = many(Code::UnknownTarget, PER_CODE + 5);
        all.extend(many(Code::UnknownActor, PER_CODE));
        cap(&mut all);
        assert_eq!(all.len(), 2 * PER_CODE);
        let targets: Vec<&Diagnostic> = all
            .iter()
            .filter(|d| d.code == Code::UnknownTarget)
            .collect();
        assert_eq!(targets.len(), PER_CODE);
        assert_eq!(
            targets[PER_CODE - 1].message,
            Message::verbatim((PER_CODE - 1).to_string())
        );
        let note = &targets[PER_CODE - 1].notes;
        assert_eq!(note.len(), 1);
        assert_eq!(note[0].id(), Some("periksa-dipotong"));
        assert_eq!(
            note[0].render(sopan_diagnostics::Bahasa::En),
            "5 more SOP301 in this file are not shown: a file reports the first 100 of each code"
        );
        assert!(targets[..PER_CODE - 1].iter().all(|d| d.notes.is_empty()));
        assert!(
            all.iter()
                .filter(|d| d.code == Code::UnknownActor)
                .all(|d| d.notes.is_empty())
        );
    }

    #[test]
    fn leaves_a_file_at_the_cap_alone() {
        let mut all = many(Code::UnknownTarget, PER_CODE);
        cap(&mut all);
        assert_eq!(all.len(), PER_CODE);
        assert!(all.iter().all(|d| d.notes.is_empty()));
    }
}
