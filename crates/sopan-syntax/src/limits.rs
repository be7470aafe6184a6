//! The limits Sopan holds any file to, so that no input can make it slow or large.
//!
//! Real SOPs have 3–17 steps and 2–6 actors; the limits sit far above that and far below
//! what would strain memory or time. The grammar has no recursive rule, so nesting is
//! bounded by the grammar itself (a file is at most six blocks deep) and needs no limit.
//! docs/limits.md lists them for authors.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::ast::{Document, ItemKind, List, StepItemKind, Text};

/// Steps in one procedure.
pub const MAX_STEPS: usize = 2_000;
/// Actor columns.
pub const MAX_ACTORS: usize = 100;
/// Symbols in one row. Real sheets draw up to nine; each symbol past the first in a lane
/// adds a level to the row, so the row's geometry grows with this.
pub const MAX_SYMBOLS_PER_ROW: usize = 50;
/// Characters in one quoted text.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Words, texts, comments and symbols in one file. The parser holds a record of every
/// token before the AST is built, so this, not the step limit, is what bounds its memory:
/// 16 MiB of two-byte tokens would take gigabytes. A real SOP has a few thousand; a file at
/// every other limit (2,000 steps of a few fields each) stays far below it.
pub const MAX_TOKENS: usize = 500_000;
/// Unknown escapes reported per file; the rest are counted in a note. Each report costs
/// memory, and a file can hold millions of them.
pub(crate) const MAX_ESCAPE_ERRORS: usize = 50;

/// Counts the tokens of `text` cheaply, before the parser runs, and reports a file with
/// more than [`MAX_TOKENS`]. The count is an upper bound of what the parser sees: a run of
/// id characters is one token, a text is one (to its closing quote or the end of its line),
/// a comment is one, any other character outside them is one.
pub(crate) fn pre_scan(text: &str) -> Option<Diagnostic> {
    // A token takes at least one byte.
    if text.len() <= MAX_TOKENS {
        return None;
    }
    let bytes = text.as_bytes();
    let mut tokens = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        match b {
            b' ' | b'\n' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'"' => i = crate::lower::text_end(bytes, i + 1),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |n| i + n);
            }
            b if is_word_byte(b) => {
                i += bytes[i..]
                    .iter()
                    .position(|&b| !is_word_byte(b))
                    .unwrap_or(bytes.len() - i);
            }
            _ => i += 1,
        }
        tokens += 1;
        if tokens > MAX_TOKENS {
            return Some(
                Diagnostic::new(
                    Code::LimitExceeded,
                    Message::new("sintaks-batas-token").arg("batas", MAX_TOKENS),
                    Span::new(start, start.max(i.min(start + 1))),
                    Message::new("sintaks-batas-token.label"),
                )
                .with_help(Message::new("sintaks-batas-token.help"))
                .with_note(Message::new("sintaks-batas-token.note")),
            );
        }
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')
}

/// Reports every text longer than [`MAX_TEXT_CHARS`]. (Steps and actors past their limits
/// are reported by lowering, which stops building them.)
pub(crate) fn check(document: &Document, diagnostics: &mut Vec<Diagnostic>) {
    for_each_text(document, &mut |text| {
        let chars = text.value.chars().count();
        if chars > MAX_TEXT_CHARS {
            let start = Span::new(text.span.start, text.span.start + 1);
            diagnostics.push(exceeded(start, Limit::TextChars, chars, MAX_TEXT_CHARS));
        }
    });
}

/// What a limit counts.
#[derive(Clone, Copy)]
pub(crate) enum Limit {
    Steps,
    Actors,
    Symbols,
    TextChars,
}

pub(crate) fn exceeded(span: Span, what: Limit, count: usize, limit: usize) -> Diagnostic {
    let what = match what {
        Limit::Steps => "langkah",
        Limit::Actors => "pelaksana",
        Limit::Symbols => "simbol",
        Limit::TextChars => "huruf",
    };
    Diagnostic::new(
        Code::LimitExceeded,
        Message::new("sintaks-batas")
            .arg("apa", what)
            .arg("jumlah", count)
            .arg("batas", limit),
        span,
        Message::new("sintaks-batas.label"),
    )
    .with_help(Message::new("sintaks-batas.help"))
}

/// Calls `f` on every quoted text of the document.
pub(crate) fn for_each_text(document: &Document, f: &mut impl FnMut(&Text)) {
    let list = |l: &List, f: &mut dyn FnMut(&Text)| l.items.iter().for_each(&mut *f);
    f(&document.sop.name);
    for item in &document.sop.items {
        match &item.kind {
            ItemKind::Nomor(t) | ItemKind::Logo(t) | ItemKind::Templat(t) => f(t),
            ItemKind::Instansi(ts) => ts.iter().for_each(&mut *f),
            ItemKind::Disahkan(d) => {
                f(&d.jabatan);
                d.fields.iter().for_each(|field| f(&field.value));
            }
            ItemKind::List(_, l) => list(l, f),
            ItemKind::Bagian(t, l) => {
                f(t);
                list(l, f);
            }
            ItemKind::Keterkaitan(entries, _) => entries.iter().for_each(|e| f(&e.name)),
            ItemKind::Pelaksana(actors) => actors.iter().for_each(|a| f(&a.name)),
            ItemKind::Prosedur(steps) => {
                for step in steps {
                    step.uraian.iter().for_each(&mut *f);
                    for body in &step.body {
                        step_item_texts(body, f);
                        if let StepItemKind::Symbol(symbol) = &body.kind {
                            symbol.text.iter().for_each(&mut *f);
                            symbol.exits.iter().for_each(|e| step_item_texts(e, f));
                        }
                    }
                }
            }
            ItemKind::Id(_) | ItemKind::Date(..) => {}
        }
    }
}

/// The texts of one item inside a step's (or a symbol's) braces, apart from a symbol's own.
fn step_item_texts(item: &crate::ast::StepItem, f: &mut impl FnMut(&Text)) {
    match &item.kind {
        StepItemKind::Kelengkapan(l) | StepItemKind::Output(l) => l.items.iter().for_each(&mut *f),
        StepItemKind::Tanya(t)
        | StepItemKind::Teks(t)
        | StepItemKind::Nomor(t)
        | StepItemKind::Waktu(crate::ast::Duration::Text(t)) => f(t),
        StepItemKind::Keterangan(notes) => notes.iter().for_each(|n| {
            if let crate::ast::Note::Text(t) = n {
                f(t);
            }
        }),
        StepItemKind::Branch(b) => b.label.iter().for_each(&mut *f),
        StepItemKind::Waktu(_) | StepItemKind::Jump(_) | StepItemKind::Symbol(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, SourceFile};

    fn codes(text: &str) -> Vec<Code> {
        crate::parse(&SourceFile::new("t.sop", text))
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn too_many_steps_actors_or_characters() {
        let steps = "a \"x\" ".repeat(super::MAX_STEPS + 1);
        assert_eq!(
            codes(&format!("sop \"A\" {{ prosedur {{ {steps} }} }}")),
            [Code::LimitExceeded]
        );
        let actors = (0..=super::MAX_ACTORS)
            .map(|i| format!("a{i} \"A\""))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            codes(&format!("sop \"A\" {{ pelaksana {{ {actors} }} }}")),
            [Code::LimitExceeded]
        );
        let long = "x".repeat(super::MAX_TEXT_CHARS + 1);
        assert_eq!(
            codes(&format!("sop \"A\" {{ nomor \"{long}\" }}")),
            [Code::LimitExceeded]
        );
        assert!(codes(&format!("sop \"A\" {{ nomor \"{}\" }}", &long[1..])).is_empty());
        let row = |n: usize| {
            let symbols = "proses a ".repeat(n);
            format!("sop \"A\" {{ prosedur {{ \"R\" {{ {symbols} }} }} }}")
        };
        assert_eq!(
            codes(&row(super::MAX_SYMBOLS_PER_ROW + 1)),
            [Code::LimitExceeded]
        );
        assert!(codes(&row(super::MAX_SYMBOLS_PER_ROW)).is_empty());
    }
}
