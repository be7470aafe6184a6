//! The mutation corpus: each example, damaged in one way at a time, must be caught with the
//! code that names that damage. Every mutation is made at a place the AST gives, so the
//! corpus follows the examples as they change.

use sopan_diagnostics::{Code, SourceFile, Span};
use sopan_syntax::ast::{self, ItemKind, StepItemKind, StepKind};

use crate::support::{files, rendered, root};

/// The mutants whose damage is one mistake with knock-on effects, reported as exactly one
/// diagnostic: the steps a deleted branch leaves unreached are a note on its SOP302, a
/// label given twice is not also a meeting of branches, and a missing `pelaksana` list is one
/// SOP214, not an unknown actor on every step.
const ALONE: &[&str] = &["deleted branch", "duplicate label", "pelaksana removed"];

/// One mutant: what was done, the damaged text, and the code that must name it.
struct Mutant {
    what: &'static str,
    text: String,
    code: Code,
}

fn splice(text: &str, span: Span, with: &str) -> String {
    format!("{}{with}{}", &text[..span.start], &text[span.end..])
}

fn insert(text: &str, at: usize, with: &str) -> String {
    splice(text, Span::at(at), with)
}

/// The procedure's steps and the `sop` items of a parsed example.
fn steps(document: &ast::Document) -> &[ast::Step] {
    document
        .sop
        .items
        .iter()
        .find_map(|item| match &item.kind {
            ItemKind::Prosedur(steps) => Some(steps.as_slice()),
            _ => None,
        })
        .unwrap_or_default()
}

/// The first actor a row names: before its Uraian, or in its first listed symbol.
fn first_actor(step: &ast::Step) -> &ast::Ident {
    step.actors
        .first()
        .or_else(|| {
            step.body.iter().find_map(|item| match &item.kind {
                StepItemKind::Symbol(symbol) => symbol.actors.first(),
                _ => None,
            })
        })
        .expect("a row names an actor")
}

fn item(document: &ast::Document, pick: impl Fn(&ItemKind) -> bool) -> Option<&ast::Item> {
    document.sop.items.iter().find(|item| pick(&item.kind))
}

/// Every mutant of one example that its content allows.
fn mutants(text: &str, document: &ast::Document) -> Vec<Mutant> {
    let mut out = Vec::new();
    let steps = steps(document);
    let first = &steps[0];
    let last = steps.last().expect("a step");
    let actor = first_actor(first);
    let mut push = |what, text, code| out.push(Mutant { what, text, code });

    push(
        "renamed actor",
        splice(text, actor.span, "pelaksana-lain"),
        Code::UnknownActor,
    );
    push(
        "missing nomor",
        nomor_removed(text, document),
        Code::MissingField,
    );
    let step_at_end = format!(
        "\n    yatim: {} \"Langkah tanpa jalan masuk\" {{ waktu 1 menit output - }}",
        actor.name
    );
    push(
        "orphan step after the end",
        insert(text, last.span.end, &step_at_end),
        Code::Unreachable,
    );
    let closed = format!(
        "\n    putar-a: {0} \"Putar A\" {{ waktu 1 menit output - -> putar-b }}\n    putar-b: {0} \"Putar B\" {{ waktu 1 menit output - -> putar-a }}\n    ",
        actor.name
    );
    push(
        "closed loop",
        insert(text, last.span.start, &closed),
        Code::ClosedLoop,
    );
    let jump = format!(
        "\n    {} \"Lompat\" {{ waktu 1 menit output - -> tidak-ada }}\n    ",
        actor.name
    );
    push(
        "jump to a missing step",
        insert(text, last.span.start, &jump),
        Code::UnknownTarget,
    );
    let start = format!(
        "\n    mulai {} \"Mulai kedua\" {{ waktu 1 menit output - }}\n    ",
        actor.name
    );
    push(
        "second start not declared",
        insert(text, last.span.start, &start),
        Code::SeveralStarts,
    );
    if let Some(label) = steps.iter().find_map(|s| s.label.as_ref()) {
        let twin = format!(
            "\n    {}: {} \"Kembar\" {{ waktu 1 menit output - }}\n    ",
            label.name, actor.name
        );
        push(
            "duplicate label",
            insert(text, last.span.start, &twin),
            Code::DuplicateLabel,
        );
    }
    let spare = item(document, |k| matches!(k, ItemKind::Pelaksana(_))).expect("actors");
    push(
        "pelaksana removed",
        splice(text, spare.span, ""),
        Code::EmptyProcedure,
    );
    let spare_at = spare.span.end - 1;
    push(
        "actor without a step",
        insert(text, spare_at, " cadangan \"Cadangan\" "),
        Code::UnusedActor,
    );
    date_mutants(text, document, &mut push);
    step_mutants(text, steps, &mut push);
    out
}

fn nomor_removed(text: &str, document: &ast::Document) -> String {
    let nomor =
        item(document, |k| matches!(k, ItemKind::Nomor(_))).expect("every example has a nomor");
    splice(text, nomor.span, "")
}

fn date_mutants(
    text: &str,
    document: &ast::Document,
    push: &mut impl FnMut(&'static str, String, Code),
) {
    let date = |key| {
        document.sop.items.iter().find_map(|item| match &item.kind {
            ItemKind::Date(k, ast::DateValue::Date(value, span)) if *k == key => {
                Some((value.clone(), *span))
            }
            _ => None,
        })
    };
    let (Some((created, created_span)), Some((effective, effective_span))) =
        (date(ast::DateKey::Dibuat), date(ast::DateKey::Efektif))
    else {
        return;
    };
    push(
        "impossible date",
        splice(text, created_span, "2023-02-30"),
        Code::InvalidDate,
    );
    if created != effective {
        // Swapped: the effective date now comes first in the calendar. The later span is
        // replaced first so the earlier one's offsets still hold.
        let mut edits = [(created_span, effective), (effective_span, created)];
        edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
        let swapped = edits
            .iter()
            .fold(text.to_owned(), |t, (span, with)| splice(&t, *span, with));
        push("swapped dates", swapped, Code::EffectiveBeforeCreated);
    }
    let nip = document.sop.items.iter().find_map(|item| match &item.kind {
        ItemKind::Disahkan(d) => d
            .fields
            .iter()
            .find(|f| f.key == ast::SignerKey::Nip)
            .map(|f| f.value.span),
        _ => None,
    });
    if let Some(span) = nip {
        push(
            "NIP too short",
            splice(text, span, "\"1984091220031210\""),
            Code::NipLength,
        );
        push(
            "NIP with month 13",
            splice(text, span, "\"198409122003131002\""),
            Code::NipImpossible,
        );
    }
}

fn step_mutants(
    text: &str,
    steps: &[ast::Step],
    push: &mut impl FnMut(&'static str, String, Code),
) {
    let decision = steps.iter().find(|s| s.kind == StepKind::Decision);
    if let Some(decision) = decision {
        let branches: Vec<&ast::StepItem> = decision
            .body
            .iter()
            .filter(|i| matches!(i.kind, StepItemKind::Branch(_)))
            .collect();
        if let Some(tidak) = branches.iter().find(
            |i| matches!(&i.kind, StepItemKind::Branch(b) if b.which == ast::BranchKey::Tidak),
        ) {
            push(
                "deleted branch",
                splice(text, tidak.span, ""),
                Code::MissingBranch,
            );
        }
        if let [a, b] = branches.as_slice()
            && let (StepItemKind::Branch(first), StepItemKind::Branch(second)) = (&a.kind, &b.kind)
        {
            let target = &text[first.target.span().start..first.target.span().end];
            push(
                "both branches to one step",
                splice(text, second.target.span(), target),
                Code::SameBranches,
            );
        }
    }
    let waktu = steps
        .iter()
        .flat_map(|s| &s.body)
        .find_map(|i| match &i.kind {
            StepItemKind::Waktu(ast::Duration::Amount { amount, unit }) => {
                Some((amount.span, unit.span))
            }
            _ => None,
        });
    if let Some((amount, unit)) = waktu {
        push("unknown unit", splice(text, unit, "mnt"), Code::UnknownUnit);
        push(
            "implausible duration",
            splice(text, amount, "5000"),
            Code::ImplausibleDuration,
        );
    }
    let output = steps
        .iter()
        .flat_map(|s| &s.body)
        .find(|i| matches!(i.kind, StepItemKind::Output(_)));
    if let Some(output) = output {
        push(
            "missing output",
            splice(text, output.span, ""),
            Code::MissingMutuBaku,
        );
    }
    let reference = steps
        .iter()
        .flat_map(|s| &s.body)
        .find_map(|i| match &i.kind {
            StepItemKind::Keterangan(notes) => notes.iter().find_map(|n| match n {
                ast::Note::Ref(id) => Some(id.span),
                ast::Note::Text(_) | ast::Note::Dash(_) => None,
            }),
            _ => None,
        });
    if let Some(span) = reference {
        push(
            "unknown keterkaitan id",
            splice(text, span, "sop-tak-dikenal"),
            Code::UnknownReference,
        );
    }
}

#[test]
fn every_mutant_is_caught_with_its_code_and_examples_stay_clean() {
    let mut count = 0;
    let mut codes = std::collections::BTreeSet::new();
    for path in files(&root().join("examples"), "sop") {
        let text = std::fs::read_to_string(&path).expect("UTF-8 example");
        let original = sopan_cli::compile("example.sop", text.as_bytes());
        assert!(
            original.diagnostics.is_empty(),
            "{} is not clean:\n{}",
            path.display(),
            rendered(&original)
        );
        let document = sopan_syntax::parse(&SourceFile::new("example.sop", text.as_str()))
            .document
            .expect("parses");
        for mutant in mutants(&text, &document) {
            let unit = sopan_cli::compile("mutant.sop", mutant.text.as_bytes());
            assert!(
                unit.diagnostics.iter().any(|d| d.code == mutant.code),
                "{} with {}: expected {}, got:\n{}",
                path.display(),
                mutant.what,
                mutant.code,
                rendered(&unit)
            );
            assert!(
                !ALONE.contains(&mutant.what) || unit.diagnostics.len() == 1,
                "{} with {}: expected {} alone, got:\n{}",
                path.display(),
                mutant.what,
                mutant.code,
                rendered(&unit)
            );
            codes.insert(mutant.code);
            count += 1;
        }
    }
    // The closing note reports this figure; the test keeps it from shrinking unseen.
    eprintln!("{count} mutants over {} codes, all caught", codes.len());
    assert!(count >= 100, "only {count} mutants");
    assert!(
        codes.len() >= 15,
        "mutants exercise only {} codes",
        codes.len()
    );
}
