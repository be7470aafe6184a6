//! The safety gate: what must hold between a text and its formatted form before the
//! formatted form is handed out.
//!
//! 1. The formatted text parses, with no diagnostic.
//! 2. Its AST equals the source's, spans aside (every text, id, number and date as written,
//!    in the same items).
//! 3. It holds the same comments, as a multiset (each without the spaces that ended its
//!    line, the only thing the formatter takes from one).
//! 4. The checker says the same of both: the same codes, and the same JSON model when there
//!    is one. This covers what the AST does not hold: a duration as the sheet prints it, and
//!    which statement a `// sopan: abaikan` comment silences.
//! 5. Formatting the formatted text changes nothing.

use sopan_syntax::ast::Document;

use crate::Error;

pub(crate) fn verify(source: &str, document: &Document, formatted: &str) -> Result<(), Error> {
    let bug = |what: &str| Err(Error::Bug(what.to_owned()));
    let parsed = sopan_syntax::parse(&sopan_diagnostics::SourceFile::new("", formatted));
    let Some(after) = parsed.document.filter(|_| parsed.diagnostics.is_empty()) else {
        return bug("the formatted text does not parse");
    };
    if without_spans(&format!("{:?}", document.sop)) != without_spans(&format!("{:?}", after.sop)) {
        return bug("the formatted text parses to a different SOP");
    }
    if comments(document) != comments(&after) {
        return bug("the formatted text does not hold the same comments");
    }
    let (codes_before, model_before) = checked(document, source);
    let (codes_after, model_after) = checked(&after, formatted);
    if codes_before != codes_after {
        return bug("the checker reports differently on the formatted text");
    }
    if model_before != model_after {
        return bug("the formatted text gives a different model");
    }
    if crate::print::print(&after, formatted) != formatted {
        return bug("formatting the formatted text changes it again");
    }
    Ok(())
}

/// The comments of a document, sorted, each without the spaces that ended its line.
fn comments(document: &Document) -> Vec<&str> {
    let mut texts: Vec<&str> = document
        .comments
        .iter()
        .map(|c| c.text.trim_end_matches([' ', '\t']))
        .collect();
    texts.sort_unstable();
    texts
}

/// The codes the checker reports (sorted) and the JSON model, when there is one.
fn checked(document: &Document, source: &str) -> (Vec<sopan_diagnostics::Code>, Option<String>) {
    let checked = sopan_check::check(document, source);
    let mut codes: Vec<_> = checked.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    (codes, checked.sop.as_ref().map(sopan_json::render))
}

/// An AST's debug text with every `Span { start: …, end: … }` left out, so two trees that
/// differ only in where their nodes are compare equal.
fn without_spans(debug: &str) -> String {
    const OPEN: &str = "Span { start: ";
    const MIDDLE: &str = ", end: ";
    const CLOSE: &str = " }";
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let tail = &rest[at + OPEN.len()..];
        let start = digits(tail);
        let middle = &tail[start..];
        let end = middle.strip_prefix(MIDDLE).map(|m| (m, digits(m)));
        match end {
            Some((m, n)) if start > 0 && n > 0 && m[n..].starts_with(CLOSE) => {
                out.push_str("Span");
                rest = &m[n + CLOSE.len()..];
            }
            _ => {
                out.push_str(OPEN);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::without_spans;

    #[test]
    fn spans_are_left_out() {
        assert_eq!(
            without_spans("Text { value: \"a\", span: Span { start: 3, end: 6 } }"),
            "Text { value: \"a\", span: Span }"
        );
    }
}
