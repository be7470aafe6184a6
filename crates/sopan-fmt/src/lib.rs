//! The one canonical layout of a `.sop` file: source text in, formatted source text out.
//!
//! [`format`] parses the text, prints the AST back in the layout of docs/fmt.md (`print.rs`)
//! with every comment where it was, and runs the safety gate (`gate.rs`) before it hands
//! anything out: the formatted text must parse to the same AST and the same checked model,
//! keep the same comments, and format to itself. Texts, ids, numbers and dates are copied
//! from the source byte for byte; only the whitespace between them is decided here.
//!
//! A file with syntax errors is refused with its diagnostics: the formatter works on the
//! tree, and a file without one has nothing it could safely lay out.

mod gate;
mod print;

use sopan_diagnostics::{Diagnostic, SourceFile};

/// Why a text was not formatted.
#[derive(Clone, Debug)]
pub enum Error {
    /// The text does not parse: every syntax diagnostic, to be shown against the text.
    Syntax(Vec<Diagnostic>),
    /// The formatted text failed the safety gate. This is a bug in the formatter, never in
    /// the file: the message says which check failed.
    Bug(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Syntax(diagnostics) => write!(
                f,
                "the file has {} syntax error{}",
                diagnostics.len(),
                if diagnostics.len() == 1 { "" } else { "s" }
            ),
            Error::Bug(what) => write!(
                f,
                "a bug in the formatter, not in the file: {what}; nothing was written"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// `source` in the canonical layout, after the safety gate held.
///
/// The text returned parses to the same AST (spans aside) and the same checked model, holds
/// the same comments, and formats to itself.
pub fn format(source: &str) -> Result<String, Error> {
    let document = parse(source)?;
    let formatted = print::print(&document, source);
    gate::verify(source, &document, &formatted)?;
    Ok(formatted)
}

/// The printer alone, without the safety gate: for tests that check the gate catches what
/// it must. Refuses a text that does not parse, as [`format`] does.
pub fn format_unchecked(source: &str) -> Result<String, Error> {
    let document = parse(source)?;
    Ok(print::print(&document, source))
}

/// The safety gate over a text and what became of it: `Ok` when `formatted` parses to the
/// same AST and model as `source`, with the same comments, and formats to itself.
pub fn verify(source: &str, formatted: &str) -> Result<(), Error> {
    let document = parse(source)?;
    gate::verify(source, &document, formatted)
}

/// The document of `source`, or its diagnostics. Any diagnostic refuses the file, not only
/// a missing tree: past a limit the tree leaves steps out, and printing it would drop them.
fn parse(source: &str) -> Result<sopan_syntax::ast::Document, Error> {
    let parsed = sopan_syntax::parse(&SourceFile::new("", source));
    match parsed.document {
        Some(document) if parsed.diagnostics.is_empty() => Ok(document),
        _ => Err(Error::Syntax(parsed.diagnostics)),
    }
}
