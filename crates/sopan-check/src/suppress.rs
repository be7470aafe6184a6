//! Suppression comments: `// sopan: abaikan SOP207` silences a code for one step (or
//! identity item), `// sopan: abaikan-berkas SOP206` for the whole file.
//!
//! A step-level comment applies to the statement it sits in, else to the statement that
//! ends on its line before it (a trailing comment), else to the next statement. A comment
//! that names no known code, or starts `sopan:` with another word than `abaikan` or
//! `abaikan-berkas` (`ignore`, a slip), is SOP010, with the word or code likely meant; one
//! that silenced nothing is SOP011, so stale suppressions do not pile up. Only warnings can be silenced, and the repository-wide
//! errors (a `nomor` shared across files is sometimes a fact of the source): any other error
//! means the model would be wrong, so a comment naming one is SOP010 too.

use sopan_diagnostics::{Code, Diagnostic, Message, Severity, Span};
use sopan_syntax::ast::{self, ItemKind};

/// One suppression comment.
struct Directive {
    codes: Vec<Code>,
    /// `None` for the whole file.
    scope: Option<Span>,
    comment: Span,
    used: Vec<bool>,
    /// Whether the comment has a slip already reported (SOP010): it silences what it
    /// clearly meant, and is not also reported as silencing nothing.
    slipped: bool,
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
            } else if !used && !directive.slipped {
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnusedSuppression,
                        Message::new("periksa-pengabaian-sia-sia").arg("kode", code.as_str()),
                        directive.comment,
                        Message::new("periksa-pengabaian-sia-sia.label"),
                    )
                    .with_help(Message::new("periksa-pengabaian-sia-sia.help")),
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

/// The words that start a suppression, and what each silences.
const WORDS: [&str; 2] = ["abaikan", "abaikan-berkas"];

fn parse(
    comment: &ast::Comment,
    statements: &[Span],
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Directive> {
    let text = comment.text.trim().strip_prefix("sopan:")?.trim_start();
    let (word, rest) = text
        .split_once(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or((text, ""));
    let mut slipped = false;
    let whole_file = match word {
        "abaikan" => false,
        "abaikan-berkas" => true,
        _ => {
            let (diagnostic, meant) = unknown_word(comment.span, word);
            let fix = meant.filter(|_| english_or_sure(word));
            diagnostics.push(fixed(diagnostic, comment, word, source, fix));
            // What was meant is clear, so the codes are silenced as meant: the slip is the
            // one diagnostic, not also each warning it was written for.
            slipped = true;
            match meant {
                Some(meant) => meant == "abaikan-berkas",
                None => return None,
            }
        }
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
                        Message::new("periksa-kode-kesalahan").arg("kode", code.as_str()),
                        comment.span,
                        Message::new("periksa-kode-kesalahan.label"),
                    )
                    .with_help(Message::new("periksa-kode-kesalahan.help")),
                );
                return None;
            }
            Ok(code) => codes.push(code),
            Err(()) if looks_like_code(word) => {
                let (diagnostic, meant) = not_a_code(comment.span, word);
                let fix = meant.map(Code::as_str);
                diagnostics.push(fixed(diagnostic, comment, word, source, fix));
                slipped = true;
                match meant {
                    Some(code)
                        if code.default_severity() != Severity::Error
                            || REPOSITORY_CODES.contains(&code) =>
                    {
                        codes.push(code);
                    }
                    _ => return None,
                }
            }
            // The first word that is not a code starts the reason.
            Err(()) => break,
        }
    }
    if codes.is_empty() {
        if slipped {
            return None;
        }
        diagnostics.push(
            Diagnostic::new(
                Code::BadSuppression,
                Message::new("periksa-tanpa-kode"),
                comment.span,
                Message::new("periksa-tanpa-kode.label"),
            )
            .with_help(Message::new("periksa-tanpa-kode.help")),
        );
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
        slipped,
    })
}

/// Whether the word meant by `word` (after `sopan:`) is certain: another tool's word has one
/// Sopan word, and a slip is certain when only one of Sopan's two words is that close.
fn english_or_sure(word: &str) -> bool {
    let lower = word.to_lowercase();
    crate::suggest::meant(&lower, WORDS).is_none_or(|m| m.sure)
}

/// `diagnostic` with `word` of `comment` replaced by `fix`: only when the word can be found
/// in the source where the comment says it is, so the replacement covers exactly it.
fn fixed(
    diagnostic: Diagnostic,
    comment: &ast::Comment,
    word: &str,
    source: &str,
    fix: Option<&str>,
) -> Diagnostic {
    let Some(fix) = fix else {
        return diagnostic;
    };
    // `word` is a slice of the comment's text, which starts after the `//`.
    let within = (word.as_ptr() as usize).wrapping_sub(comment.text.as_ptr() as usize);
    let start = comment.span.start + 2 + within;
    let span = Span::new(start, start + word.len());
    if within > comment.text.len() || source.get(span.start..span.end) != Some(word) {
        return diagnostic;
    }
    diagnostic.with_suggestion(span, fix)
}

/// Whether a word was meant as a code: `SOP` and three more characters (`SOP2O7`).
fn looks_like_code(word: &str) -> bool {
    word.chars().count() == 6 && word.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("SOP"))
}

/// SOP010 for a word after `sopan:` that starts no suppression, and the word it likely meant.
fn unknown_word(at: Span, word: &str) -> (Diagnostic, Option<&'static str>) {
    let lower = word.to_lowercase();
    // The words other tools use (`ignore`, `noqa`, `disable`, `-file`): Sopan's are Indonesian.
    let english = match lower.as_str() {
        "ignore" | "disable" | "skip" | "allow" | "noqa" | "nolint" | "suppress" => Some("abaikan"),
        "ignore-file" | "disable-file" | "skip-file" | "ignore-all" | "file" => {
            Some("abaikan-berkas")
        }
        _ => None,
    };
    let meant = english.or_else(|| crate::suggest::did_you_mean(&lower, WORDS));
    let help = match meant {
        Some(meant) => Message::new("periksa-bukan-perintah.help").arg("benar", meant),
        None => Message::new("periksa-tanpa-kode.help"),
    };
    let diagnostic = Diagnostic::new(
        Code::BadSuppression,
        Message::new("periksa-bukan-perintah").arg("kata", word),
        at,
        Message::new("periksa-bukan-perintah.label"),
    )
    .with_help(help);
    (diagnostic, meant)
}

/// SOP010 for `SOP2O7` and the like, and the code likely meant.
fn not_a_code(at: Span, word: &str) -> (Diagnostic, Option<Code>) {
    // The slips of typing a code: the letters O and I (or l) for the digits 0 and 1.
    let digits: String = word
        .chars()
        .skip(3)
        .map(|c| match c {
            'O' | 'o' => '0',
            'I' | 'i' | 'l' | 'L' => '1',
            other => other,
        })
        .collect();
    // Otherwise one character off, no more: codes are numbers, and `SOP999` is no slip
    // for `SOP900`.
    let upper = word.to_uppercase();
    let meant = format!("SOP{digits}").parse::<Code>().ok().or_else(|| {
        Code::ALL
            .iter()
            .copied()
            .find(|c| strsim::damerau_levenshtein(c.as_str(), &upper) <= 1)
    });
    let help = match meant {
        Some(code) => crate::suggest::did_you_mean_help(code.as_str()),
        None => Message::new("periksa-bukan-kode.help"),
    };
    let diagnostic = Diagnostic::new(
        Code::BadSuppression,
        Message::new("periksa-bukan-kode").arg("kata", word),
        at,
        Message::new("periksa-bukan-kode.label"),
    )
    .with_help(help);
    (diagnostic, meant)
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

    fn help_of(text: &str) -> Option<sopan_diagnostics::Message> {
        let document = sopan_syntax::parse(&SourceFile::new("t.sop", text))
            .document
            .expect("parses");
        crate::check(&document, text)
            .diagnostics
            .into_iter()
            .find(|d| d.code == Code::BadSuppression)
            .and_then(|d| d.help)
    }

    fn with_comment(comment: &str) -> String {
        format!(
            "{HEAD} {comment}\n a \"L\" {{ waktu 1500 menit output - }}\n selesai a \"S\" {{ waktu 1 menit output - }} }} }}"
        )
    }

    #[test]
    fn a_slip_in_a_suppression_is_one_error_that_names_what_was_meant() {
        use sopan_diagnostics::{Arg, Message};
        // The letter O for a zero: the code meant is named, and silenced as meant.
        let text = with_comment("// sopan: abaikan SOP2O7 sesuai lembar asli");
        assert_eq!(codes(&text), [Code::BadSuppression]);
        assert_eq!(
            help_of(&text),
            Some(Message::new("periksa-maksud").arg("nama", "SOP207"))
        );
        // Another tool's word: `abaikan` is meant.
        let text = with_comment("// sopan: ignore SOP207");
        assert_eq!(codes(&text), [Code::BadSuppression]);
        let help = help_of(&text).expect("a help");
        assert_eq!(help.id(), Some("periksa-bukan-perintah.help"));
        assert_eq!(help.args(), [("benar", Arg::from("abaikan"))]);
        // A slip of the word itself.
        let help = help_of(&with_comment("// sopan: abaikn SOP207")).expect("a help");
        assert_eq!(help.args(), [("benar", Arg::from("abaikan"))]);
        // A code far from every code gets no guess, and the warning it was for stays.
        let text = with_comment("// sopan: abaikan SOP999");
        assert_eq!(
            codes(&text),
            [Code::BadSuppression, Code::ImplausibleDuration]
        );
        assert_eq!(
            help_of(&text).and_then(|h| h.id()),
            Some("periksa-bukan-kode.help")
        );
    }

    #[test]
    fn file_suppression_covers_everything_and_unused_ones_are_reported() {
        let text = format!(
            "// sopan: abaikan-berkas SOP206\n{HEAD} a \"L\" // sopan: abaikan SOP207\n selesai a \"S\" }} }}"
        );
        assert_eq!(codes(&text), [Code::UnusedSuppression]);
    }
}
