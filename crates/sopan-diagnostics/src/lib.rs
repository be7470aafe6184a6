//! The vocabulary every stage of Sopan uses to talk about problems in a `.sop` file.
//!
//! This crate owns [`Span`] and [`SourceFile`] (where a thing is), the one table of
//! diagnostic [`Code`]s (what kind of problem it is), [`Diagnostic`] (one problem, with
//! labels and help) and [`render`], the single function that turns diagnostics into the
//! text people read. It does no I/O.

mod code;
mod diagnostic;
mod render;
mod source;
mod terminal;

pub use code::{Code, DOCS_URL, Severity};
pub use diagnostic::{Diagnostic, Label, sort};
pub use render::{render, render_one};
/// The catalogues themselves, for the tests that walk them.
pub use sopan_bahasa as bahasa;
pub use sopan_bahasa::{Arg, Bahasa, Message};
pub use source::{LineCol, SourceFile, Span};
pub use terminal::{SafeSource, is_unsafe_for_terminal, terminal_text};
