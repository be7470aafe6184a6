//! Reporting every syntax error of a file, not just the first.
//!
//! Pest stops at the first error. To go on, the statement holding the error is blanked
//! (replaced by spaces, so every offset stays where it was) and the text is parsed again.
//! Braces are kept balanced while blanking so one slip does not cascade into errors at every
//! later `}`. The loop ends when the text parses, when no progress is made, or after
//! [`MAX_ERRORS`] errors.

use pest::Parser;
use sopan_diagnostics::{Message, sort};

use crate::Parsed;
use crate::grammar::{Rule, SopanParser};
use crate::lower::lower_file;
use crate::syntax_error::convert;

/// A file with more syntax errors than this gets a note instead of the rest: past this many
/// the later ones are mostly echoes of the first.
const MAX_ERRORS: usize = 25;

pub(crate) fn parse_recovering(text: &str) -> Parsed {
    let unclosed = crate::braces::unclosed(text);
    if unclosed.is_empty() {
        return parse_balanced(text);
    }
    // Each brace that lacks its `}` is reported once, at itself; the text is then read with
    // the `}` put where the layout says it belongs, so later steps are not echoes of it.
    let (mended, inserts) = crate::braces::mend(text, &unclosed);
    let mut diagnostics: Vec<_> = unclosed
        .iter()
        .map(|u| crate::braces::diagnostic(text, u))
        .collect();
    let rest = parse_balanced(&mended);
    for mut diagnostic in rest.diagnostics {
        if crate::braces::is_inserted(diagnostic.primary_span().start, &inserts) {
            continue;
        }
        let unmend = |span: sopan_diagnostics::Span| {
            sopan_diagnostics::Span::new(
                crate::braces::unmend(span.start, &inserts),
                crate::braces::unmend(span.end, &inserts),
            )
        };
        for label in &mut diagnostic.labels {
            label.span = unmend(label.span);
        }
        if let Some((span, _)) = &mut diagnostic.suggestion {
            *span = unmend(*span);
        }
        diagnostics.push(diagnostic);
    }
    sort(&mut diagnostics);
    Parsed {
        document: None,
        diagnostics,
    }
}

/// Parses a text whose braces balance, reporting every syntax error.
fn parse_balanced(text: &str) -> Parsed {
    let mut diagnostics = Vec::new();
    let first = match SopanParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let document = pairs
                .next()
                .and_then(|file| lower_file(file, &mut diagnostics));
            if let Some(document) = &document {
                crate::limits::check(document, &mut diagnostics);
                crate::invisible::check(document, text, &mut diagnostics);
                crate::advice::next_step_targets(document, &mut diagnostics);
            }
            sort(&mut diagnostics);
            // An escape error or a limit leaves the document readable, but the file is
            // still wrong: the checker only sees files that are right so far. Warnings
            // (an invisible character) do not stop it.
            let document = if diagnostics.iter().all(|d| !d.is_error()) {
                document
            } else {
                None
            };
            return Parsed {
                document,
                diagnostics,
            };
        }
        Err(error) => error,
    };
    diagnostics.push(convert(&first, text));
    let mut masked = text.to_owned();
    let mut last = diagnostics[0].primary_span().start;
    while diagnostics.len() < MAX_ERRORS {
        if !blank_statement(&mut masked, last) {
            break;
        }
        match SopanParser::parse(Rule::file, &masked) {
            Ok(_) => break,
            Err(error) => {
                let diagnostic = convert(&error, &masked);
                let at = diagnostic.primary_span().start;
                if at <= last {
                    break;
                }
                last = at;
                diagnostics.push(diagnostic);
            }
        }
    }
    if diagnostics.len() == MAX_ERRORS
        && let Some(d) = diagnostics.last_mut()
    {
        d.notes
            .push(Message::new("sintaks-berhenti").arg("jumlah", MAX_ERRORS));
    }
    sort(&mut diagnostics);
    Parsed {
        document: None,
        diagnostics,
    }
}

/// Blanks the line holding `offset`, and past it whatever a `{` on that line opened.
/// Returns false when nothing is left to blank, so the caller stops.
fn blank_statement(masked: &mut String, offset: usize) -> bool {
    let bytes = masked.as_bytes();
    if offset >= bytes.len() {
        return false;
    }
    if bytes[offset] == b'"' {
        return close_text(masked, offset);
    }
    let start = bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = bytes[offset..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| offset + i);
    let mut out = bytes.to_vec();
    let mut depth = 0usize;
    let mut in_text = false;
    let mut i = start;
    while i < bytes.len() && (i < line_end || depth > 0) {
        let b = bytes[i];
        let keep = match (in_text, b) {
            (_, b'\n') => {
                in_text = false;
                true
            }
            (true, b'\\') => {
                // Skip the escaped byte too, so `\"` does not end the text.
                if i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                    out[i + 1] = b' ';
                    i += 1;
                }
                false
            }
            (true, b'"') => {
                in_text = false;
                false
            }
            (false, b'"') => {
                in_text = true;
                false
            }
            (false, b'{') => {
                depth += 1;
                false
            }
            (false, b'}') if depth == 0 => true,
            (false, b'}') => {
                depth -= 1;
                false
            }
            _ => false,
        };
        if !keep {
            // Every byte of a multi-byte character is visited, so it becomes as many spaces
            // and offsets stay put.
            out[i] = b' ';
        }
        i += 1;
    }
    let rest_blank = out[i..].iter().all(u8::is_ascii_whitespace);
    // What is left before the blanked statement is only comments: nothing more to report.
    let only_comments = out[..start].split(|&b| b == b'\n').all(|line| {
        let line = line.trim_ascii();
        line.is_empty() || line.starts_with(b"//")
    });
    // Only ASCII bytes and whole UTF-8 sequences were replaced by ASCII spaces.
    match String::from_utf8(out) {
        Ok(s) => {
            let changed = s != *masked;
            *masked = s;
            changed && !(rest_blank && only_comments)
        }
        Err(_) => false,
    }
}

/// Mends a text that is never closed: it becomes `""`, and the rest of its line is blanked
/// but for braces, which the author most likely meant as braces (`"Menerima berkas {`).
fn close_text(masked: &mut String, offset: usize) -> bool {
    let mut out = masked.as_bytes().to_vec();
    let line_end = out[offset..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(out.len(), |i| offset + i);
    if offset + 1 >= line_end {
        return false;
    }
    out[offset + 1] = b'"';
    for b in &mut out[offset + 2..line_end] {
        if !matches!(*b, b'{' | b'}') {
            *b = b' ';
        }
    }
    match String::from_utf8(out) {
        Ok(s) => {
            *masked = s;
            true
        }
        Err(_) => false,
    }
}
