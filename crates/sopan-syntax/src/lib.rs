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

mod advice;
pub mod ast;
mod braces;
mod grammar;
mod invisible;
pub mod keywords;
mod limits;
mod lower;
mod recover;
mod syntax_error;
mod text;

use sopan_diagnostics::{Code, Diagnostic, Message, SourceFile, Span};

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
            Message::new("sintaks-berkas-terlalu-besar")
                .arg("ukuran", text.len())
                .arg("batas", MAX_FILE_BYTES),
            Span::at(0),
            Message::new("sintaks-berkas-terlalu-besar.label"),
        )
        .with_help(Message::new("sintaks-berkas-terlalu-besar.help"));
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
            Message::new("sintaks-berkas-kosong"),
            Span::at(0),
            Message::new("sintaks-berkas-kosong.label"),
        )
        .with_help(Message::new("sintaks-berkas-kosong.help"));
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
            let byte = bytes.get(offset).copied().unwrap_or(0);
            let message = if utf16 {
                Message::new("sintaks-utf16")
            } else if let Some(letter) = windows_1252(byte) {
                // A lone byte above 0x7F is how Windows-1252 (Latin-1) writes é, ü, “: name
                // the letter, so the author knows which word to look at.
                Message::new("sintaks-latin1")
                    .arg("bita", offset)
                    .arg("hex", format!("0x{byte:02X}"))
                    .arg("huruf", letter)
            } else {
                Message::new("sintaks-bukan-utf8").arg("bita", offset)
            };
            let diagnostic = Diagnostic::new(
                Code::InvalidUtf8,
                message,
                Span::new(offset, offset + 1),
                Message::new("sintaks-bukan-utf8.label"),
            )
            .with_help(Message::new("sintaks-bukan-utf8.help"));
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

/// The character `byte` stands for in Windows-1252, when the byte is one of its letters or
/// marks above ASCII and the bytes around it do not make a UTF-8 sequence.
fn windows_1252(byte: u8) -> Option<char> {
    let c = match byte {
        0x80 => '\u{20AC}',
        0x91 => '\u{2018}',
        0x92 => '\u{2019}',
        0x93 => '\u{201C}',
        0x94 => '\u{201D}',
        0x96 => '\u{2013}',
        0x97 => '\u{2014}',
        0xA0..=0xFF => char::from(byte),
        _ => return None,
    };
    Some(c)
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

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Bahasa, SourceFile};

    /// What Windows editors save (a byte-order mark, CRLF line ends, tabs) is read as it is.
    #[test]
    fn crlf_tabs_and_a_byte_order_mark_are_accepted() {
        let text = "\u{FEFF}sop \"A\" {\r\n\tnomor \"1\"\r\n\tdibuat 2024-01-02\r\n\tprosedur {\r\n\t\ta \"x\" {\r\n\t\t\twaktu 5 menit\r\n\t\t}\r\n\t}\r\n}\r\n";
        let parsed = super::parse(&SourceFile::new("t.sop", text));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        assert!(parsed.document.is_some());
    }

    /// One missing `}` in a file written with tabs and CRLF is still found at its `{`.
    #[test]
    fn a_missing_brace_is_found_with_tabs_and_crlf() {
        let text = "sop \"A\" {\r\n\tprosedur {\r\n\t\ta \"x\" {\r\n\t\t\twaktu 5 menit\r\n\t\tb \"y\"\r\n\t}\r\n}\r\n";
        let parsed = super::parse(&SourceFile::new("t.sop", text));
        let starts: Vec<usize> = parsed
            .diagnostics
            .iter()
            .map(|d| d.primary_span().start)
            .collect();
        assert_eq!(starts, [text.find("\"x\" {").unwrap_or(0) + 4]);
        assert_eq!(
            parsed.diagnostics[0].message.render(Bahasa::Id),
            "`{` ini tidak pernah ditutup"
        );
    }

    /// Every message of the parser comes from the catalogues, in both languages.
    #[test]
    fn no_sentence_is_left_in_the_code() {
        let cases = [
            "sop \"A\" { judul \"x\" }",
            "sopp \"A\" { }",
            "sop \"A\" { nomor \"x }",
            "sop \"A\" { nomor \"\\q\" }",
            "sop \"A\" { dibuat 02/01/2024 }",
            "sop \"A\" { prosedur { a \"x\" { waktu 10\u{a0}menit } } }",
            "sop \"A\" { } sop \"B\" { }",
            "",
        ];
        for text in cases {
            let parsed = super::parse(&SourceFile::new("t.sop", text));
            assert!(!parsed.diagnostics.is_empty(), "{text}");
            for d in &parsed.diagnostics {
                let messages = std::iter::once(&d.message)
                    .chain(d.labels.iter().map(|l| &l.text))
                    .chain(d.help.iter())
                    .chain(d.notes.iter());
                for m in messages {
                    let id = m
                        .id()
                        .unwrap_or_else(|| panic!("verbatim text in {text:?}: {m:?}"));
                    for bahasa in Bahasa::ALL {
                        let missing = sopan_bahasa::missing_arguments(bahasa, id, m.args());
                        assert!(missing.is_empty(), "{missing:?}");
                    }
                }
            }
        }
    }
}
