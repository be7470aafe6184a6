//! Suppression comments: `// sopan: abaikan SOP207` silences a code for one step (or
//! identity item), `// sopan: abaikan-berkas SOP206` for the whole file.
//!
//! A step-level comment applies to the statement it sits in, else to the statement that
//! ends on its line before it (a trailing comment), else to the next statement. A comment
//! that names no known code is SOP010; one that silenced nothing is SOP011, so stale
//! suppressions do not pile up. Only warnings can be silenced, and the repository-wide
//! errors (a `nomor` shared across files is sometimes a fact of the source): any other error
//! means the model would be wrong, so a comment naming one is SOP010 too.

use sopan_diagnostics::{Code, Diagnostic, Severity, Span};
use sopan_syntax::ast::{self, ItemKind};

/// One suppression comment.
struct Directive {
    codes: Vec<Code>,
    /// `None` for the whole file.
    scope: Option<Span>,
    comment: Span,
    used: Vec<bool>,
}

/// Codes that only the repository-wide pass reports; a file-level suppression of them is
/// applied there, so it is not "unused" here.
pub const REPOSITORY_CODES: &[Code] =
    &[Code::DuplicateNomor, Code::DuplicateId, Code::UnknownSopId];

/// Removes suppressed diagnostics, and reports bad and unused suppressions. Returns the
/// codes suppressed for the whole file, for the repository pass.
pub(crate) fn apply(
    document: &ast::Document,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Code> {
    let statements = statements(document);
    let mut directives = Vec::new();
    for comment in &document.comments {
        if let Some(directive) = parse(comment, &statements, source, diagnostics) {
            directives.push(directive);
        }
    }
    diagnostics.retain(|d| {
        let span = d.primary_span();
        let mut keep = true;
        for directive in &mut directives {
            for (i, code) in directive.codes.iter().enumerate() {
                let in_scope = directive
                    .scope
                    .is_none_or(|s| s.start <= span.start && span.end <= s.end);
                if *code == d.code && in_scope {
                    directive.used[i] = true;
                    keep = false;
                }
            }
        }
        keep
    });
    let mut whole_file = Vec::new();
    for directive in &directives {
        for (code, used) in directive.codes.iter().zip(&directive.used) {
            let repository = directive.scope.is_none() && REPOSITORY_CODES.contains(code);
            if repository {
                whole_file.push(*code);
            } else if !used {
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnusedSuppression,
                        format!("suppression of {code} suppresses nothing"),
                        directive.comment,
                        "no such diagnostic here",
                    )
                    .with_help(
                        "remove the comment (or the code from it): the problem it silenced is gone",
                    ),
                );
            }
        }
    }
    whole_file
}

/// Spans of the statements a step-level suppression can apply to: identity items and steps
/// (not the `pelaksana`/`prosedur` blocks as a whole).
fn statements(document: &ast::Document) -> Vec<Span> {
    let mut out = Vec::new();
    for item in &document.sop.items {
        match &item.kind {
            ItemKind::Prosedur(steps) => out.extend(steps.iter().map(|s| s.span)),
            ItemKind::Pelaksana(actors) => out.extend(actors.iter().map(|a| a.span)),
            _ => out.push(item.span),
        }
    }
    out.sort();
    out
}

fn parse(
    comment: &ast::Comment,
    statements: &[Span],
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Directive> {
    let text = comment.text.trim().strip_prefix("sopan:")?.trim_start();
    let (whole_file, rest) = if let Some(rest) = text.strip_prefix("abaikan-berkas") {
        (true, rest)
    } else {
        (false, text.strip_prefix("abaikan")?)
    };
    let mut codes = Vec::new();
    for word in rest.split([' ', ',', '\t']).filter(|w| !w.is_empty()) {
        match word.parse::<Code>() {
            Ok(code)
                if code.default_severity() == Severity::Error
                    && !REPOSITORY_CODES.contains(&code) =>
            {
                diagnostics.push(
                    Diagnostic::new(
                        Code::BadSuppression,
                        format!("{code} is an error and cannot be silenced: the SOP would be built wrong"),
                        comment.span,
                        "names an error",
                    )
                    .with_help(
                        "fix what the error says instead; only warnings, and the repository codes SOP108, SOP109 and SOP403, can be silenced",
                    ),
                );
                return None;
            }
            Ok(code) => codes.push(code),
            Err(()) if word.len() == 6 && word.to_ascii_uppercase().starts_with("SOP") => {
                diagnostics.push(bad(
                    comment.span,
                    &format!("`{word}` is not a diagnostic code"),
                ));
                return None;
            }
            // The first word that is not a code starts the reason.
            Err(()) => break,
        }
    }
    if codes.is_empty() {
        diagnostics.push(bad(comment.span, "suppression comment names no code"));
        return None;
    }
    let scope = if whole_file {
        None
    } else {
        Some(scope(comment.span, statements, source)?)
    };
    let used = vec![false; codes.len()];
    Some(Directive {
        codes,
        scope,
        comment: comment.span,
        used,
    })
}

fn bad(span: Span, message: &str) -> Diagnostic {
    Diagnostic::new(Code::BadSuppression, message, span, "here").with_help(
        "write the codes to silence after `abaikan`, e.g. `// sopan: abaikan SOP207 karena …` (see docs/diagnostics.md)",
    )
}

fn scope(comment: Span, statements: &[Span], source: &str) -> Option<Span> {
    let line_start = source[..comment.start].rfind('\n').map_or(0, |i| i + 1);
    statements
        .iter()
        .filter(|s| s.start <= comment.start && comment.end <= s.end)
        .min_by_key(|s| s.len())
        .or_else(|| {
            statements
                .iter()
                .rev()
                .find(|s| s.end <= comment.start && s.end > line_start)
        })
        .or_else(|| statements.iter().find(|s| s.start >= comment.end))
        .copied()
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, SourceFile};

    fn codes(text: &str) -> Vec<Code> {
        let document = sopan_syntax::parse(&SourceFile::new("t.sop", text))
            .document
            .expect("parses");
        crate::check(&document, text)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    const HEAD: &str = "sop \"U\" { nomor \"1\" dibuat 2024-01-02 efektif 2024-01-03 disahkan \"C\"\n pelaksana { a \"A\" }\n prosedur {\n mulai a \"M\" { waktu 1 menit output - }\n";

    #[test]
    fn a_comment_above_a_step_covers_that_step_only() {
        let text = format!(
            "{HEAD} // sopan: abaikan SOP207 sesuai sumber\n a \"L\" {{ waktu 1500 menit output - }}\n a \"L\" {{ waktu 1500 menit output - }}\n selesai a \"S\" {{ waktu 1 menit output - }} }} }}"
        );
        assert_eq!(codes(&text), [Code::ImplausibleDuration]);
    }

    #[test]
    fn a_trailing_comment_covers_its_own_line() {
        let text = format!(
            "{HEAD} a \"L\" {{ waktu 1500 menit output - }} // sopan: abaikan SOP207\n selesai a \"S\" {{ waktu 1 menit output - }} }} }}"
        );
        assert_eq!(codes(&text), []);
    }

    #[test]
    fn file_suppression_covers_everything_and_unused_ones_are_reported() {
        let text = format!(
            "// sopan: abaikan-berkas SOP206\n{HEAD} a \"L\" // sopan: abaikan SOP207\n selesai a \"S\" }} }}"
        );
        assert_eq!(codes(&text), [Code::UnusedSuppression]);
    }
}
