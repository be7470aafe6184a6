//! The syntax of `.sop` files: source text in, AST with spans and syntax diagnostics out.
//!
//! [`parse`] is the one entry point. It never panics and never stops at the first problem:
//! after a syntax error it blanks the faulty statement and parses again, so an author sees
//! every syntax error of a file at once (see `recover.rs`).
//!
//! Files: `grammar.rs` (the pest derive over `grammar/sopan.pest`), `ast.rs` (plain data),
//! `lower.rs` (pest pairs to AST, the only module that reads pest's tree), `syntax_error.rs`
//! (pest errors to `SOP0xx` diagnostics in the author's words), `recover.rs` (the retry loop),
//! `text.rs` (unescaping quoted text).

pub mod ast;
mod grammar;
mod invisible;
mod limits;
mod lower;
mod recover;
mod syntax_error;
mod text;

use sopan_diagnostics::{Code, Diagnostic, SourceFile, Span};

pub use limits::{MAX_ACTORS, MAX_STEPS, MAX_SYMBOLS_PER_ROW, MAX_TEXT_CHARS, MAX_TOKENS};

/// Files larger than this are refused with SOP005: no real SOP comes near it, and the limit
/// keeps memory and time bounded for whatever a repository holds.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// What parsing a file produced.
#[derive(Debug)]
pub struct Parsed {
    /// The AST, present when the file has no syntax error.
    pub document: Option<ast::Document>,
    /// Every syntax diagnostic, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one `.sop` file.
#[must_use]
pub fn parse(file: &SourceFile) -> Parsed {
    let text = file.text();
    if text.len() > MAX_FILE_BYTES {
        let diagnostic = Diagnostic::new(
            Code::FileTooLarge,
            format!(
                "file is {} bytes, more than the {} bytes Sopan reads",
                text.len(),
                MAX_FILE_BYTES
            ),
            Span::at(0),
            "file starts here",
        )
        .with_help("split the file: one SOP per file");
        return Parsed {
            document: None,
            diagnostics: vec![diagnostic],
        };
    }
    let only_comments = text
        .trim_start_matches('\u{FEFF}')
        .lines()
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with("//"));
    if only_comments {
        let diagnostic = Diagnostic::new(
            Code::EmptyFile,
            "file is empty",
            Span::at(0),
            "expected `sop \"Nama SOP\" { … }`",
        )
        .with_help("start the file with `sop \"Nama SOP\" {`, the SOP's content, and `}`");
        return Parsed {
            document: None,
            diagnostics: vec![diagnostic],
        };
    }
    if let Some(diagnostic) = limits::pre_scan(text) {
        return Parsed {
            document: None,
            diagnostics: vec![diagnostic],
        };
    }
    recover::parse_recovering(text)
}

/// Parses bytes read from disk: invalid UTF-8 is reported as SOP001 at the first bad byte.
///
/// Returns the source file (with invalid sequences replaced, so diagnostics can show it)
/// and what parsing produced.
#[must_use]
pub fn parse_bytes(name: &str, bytes: &[u8]) -> (SourceFile, Parsed) {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let file = SourceFile::new(name, text);
            let parsed = parse(&file);
            (file, parsed)
        }
        Err(error) => {
            let offset = error.valid_up_to();
            // Lossy decoding keeps every byte before the first bad one where it was, so the
            // label lands on the right spot; NUL bytes (UTF-16 text is full of them) become
            // spaces of the same length, so the excerpt prints cleanly.
            let text = String::from_utf8_lossy(bytes).replace('\0', " ");
            let file = SourceFile::new(name, text);
            let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
            let message = if utf16 {
                "file is UTF-16 text, not UTF-8".to_owned()
            } else {
                format!("file is not UTF-8 text: byte {offset} starts an invalid sequence")
            };
            let diagnostic = Diagnostic::new(
                Code::InvalidUtf8,
                message,
                Span::new(offset, offset + 1),
                "not UTF-8",
            )
            .with_help(
                "save the file as UTF-8 (most editors offer it under \"Save with encoding\")",
            );
            (
                file,
                Parsed {
                    document: None,
                    diagnostics: vec![diagnostic],
                },
            )
        }
    }
}

/// The unit word of `text` when the whole text is written as a duration would be outside
/// quotes (`2 hari`, `5-10 menit`, `1 x 24 jam`), so a quoted waktu that the totals would
/// skip can be pointed out. The unit is not checked against the known units here.
#[must_use]
pub fn amount_unit(text: &str) -> Option<String> {
    use pest::Parser as _;
    let text = text.trim();
    let pairs = grammar::SopanParser::parse(grammar::Rule::amount, text).ok()?;
    let amount = pairs.last()?;
    if amount.as_span().end() != text.len() {
        return None;
    }
    let unit = amount
        .into_inner()
        .find(|p| p.as_rule() == grammar::Rule::unit)?;
    Some(
        unit.as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}
