//! `sopan lsp`: the Language Server Protocol for `.sop` files.
//!
//! A synchronous server over a [`lsp_server::Connection`] (stdio in the `sopan` binary, a
//! pair of channels in the tests). One thread reads requests and answers them in order;
//! the parser and the checker answer in milliseconds, so nothing runs in the background.
//! Diagnostics are debounced: they are computed [`DEBOUNCE`] after the last change, for
//! every open document at once, through the [`Workspace`] the caller hands in (the CLI's,
//! which reads `sopan.yaml` and the other `.sop` files of the folder as `sopan check` does).
//!
//! Files: `server.rs` (the loop, the documents, dispatch), `analysis.rs` (what the features
//! read of one text: its parse, or the last good one carried over), `index.rs` (names,
//! rows, units of one AST), `features.rs` (one function per request), `complete.rs`
//! (completion by what precedes the cursor), `position.rs` (UTF-16 positions),
//! `uri.rs` (`file:` URIs). Every sentence is a catalogue message (`lsp-…` in
//! sopan-bahasa's `lsp.ftl`).

mod analysis;
mod complete;
mod features;
mod index;
mod position;
mod server;
mod uri;

use std::path::{Path, PathBuf};

use sopan_diagnostics::{Bahasa, Diagnostic, SourceFile};

pub use server::{DEBOUNCE, serve};

/// One open document, as the workspace is asked to check it.
#[derive(Clone, Copy, Debug)]
pub struct Open<'a> {
    /// Where it lies on disk (absolute), for a `file:` document.
    pub path: Option<&'a Path>,
    /// How diagnostics name it.
    pub name: &'a str,
    /// Its text in the editor, saved or not.
    pub text: &'a str,
}

/// Checks documents as `sopan check` would: with the `sopan.yaml` files that apply and the
/// repository rules over the folder.
pub trait Workspace {
    /// The diagnostics of each of `open`, in order: each checked with its configuration,
    /// and all of them with the other `.sop` files below `root` (read from disk) as one
    /// repository. An open document replaces its file on disk.
    fn check(&self, root: Option<&Path>, open: &[Open<'_>]) -> Vec<Vec<Diagnostic>>;

    /// The file on disk, among those the last [`check`](Workspace::check) read, whose SOP
    /// has this `id`: where a keterkaitan id leads. None by default.
    fn sop_with_id(&self, id: &str) -> Option<Found> {
        let _ = id;
        None
    }
}

/// An SOP found by its `id` in a file on disk.
#[derive(Clone, Debug)]
pub struct Found {
    /// The file (absolute).
    pub path: PathBuf,
    /// Its text, to tell the position of `span`.
    pub text: String,
    /// Where its `id` is written.
    pub span: sopan_diagnostics::Span,
}

/// A workspace of single files: parse and check each document alone, without
/// configuration or repository rules. For callers without a filesystem.
#[derive(Clone, Copy, Debug, Default)]
pub struct Alone;

impl Workspace for Alone {
    fn check(&self, _root: Option<&Path>, open: &[Open<'_>]) -> Vec<Vec<Diagnostic>> {
        open.iter().map(|o| check_alone(o.name, o.text)).collect()
    }
}

/// A document's own diagnostics: parse, then check when it parsed.
fn check_alone(name: &str, text: &str) -> Vec<Diagnostic> {
    let file = SourceFile::new(name, text);
    let parsed = sopan_syntax::parse(&file);
    let mut diagnostics = parsed.diagnostics;
    if let Some(document) = parsed.document {
        diagnostics.extend(sopan_check::check(&document, text).diagnostics);
    }
    sopan_diagnostics::sort(&mut diagnostics);
    diagnostics
}

/// How the server speaks.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The language of every text it shows (diagnostics, hovers, refusals).
    pub bahasa: Bahasa,
    /// The folder to check as one repository when the editor names none.
    pub root: Option<PathBuf>,
}

/// How a session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// `exit` after `shutdown`, as the protocol asks: exit code 0.
    Cleanly,
    /// `exit` without `shutdown`, or the client went away: exit code 1.
    Abruptly,
}
