//! The editor grammars of `editors/`.
//!
//! The tree-sitter grammar (`editors/tree-sitter-sopan/`) is linked in through its Rust
//! binding, which compiles the committed `src/parser.c` and `src/scanner.c`, and must agree
//! with the real parser on every file the repository holds: each file `sopan_syntax::parse`
//! reads without a syntax error (every example, every valid file, every fixture of a checker
//! rule, every clean block of the docs) parses with no ERROR or MISSING node, and each file
//! it rejects with a syntax error code parses with at least one; so do 1,440 mutants of the
//! examples, and the few files the two read differently are pinned as its README documents
//! them (`agreement`). Its queries compile and capture what they promise (`queries`). The VS
//! Code extension's manifest, language configuration and `TextMate` grammar agree with each
//! other, its own tests pass (`npm test`), and it packages into a `.vsix` (`vscode`).
//!
//! Two parts need tools beyond cargo. That the committed `src/` is what `grammar.js`
//! generates needs the tree-sitter CLI 0.27.1 on PATH; without it that one test passes with
//! a message on stderr, in CI too. The extension's tests need Node.js and its
//! `node_modules` (`npm ci` in `editors/vscode`); without them they pass with a message,
//! unless `SOPAN_REQUIRE_EDITORS=1` (CI sets it after `npm ci`), where they fail.

mod agreement;
mod queries;
mod vscode;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output};

use crate::support::root;

/// Whether CI installed the extension's packages, so that their tests must run.
fn required() -> bool {
    std::env::var_os("SOPAN_REQUIRE_EDITORS").is_some_and(|v| v == "1")
}

/// `program --version` runs: the tool is there. Otherwise the test skips, or fails where
/// CI installed the tools.
fn tool(program: &str, hint: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    if !found {
        assert!(
            !required(),
            "SOPAN_REQUIRE_EDITORS=1 but `{program}` does not run ({hint})"
        );
        say(&format!(
            "editors test skipped: no `{program}` on PATH ({hint})"
        ));
    }
    found
}

/// Says on the standard error why a part was skipped, or what was compared. Written to the
/// stream itself rather than through `eprintln!`, which the test harness captures and shows
/// only when a test fails: a skip must be seen in a passing run too.
fn say(message: &str) {
    // A closed standard error is no reason to fail a test.
    let _ = writeln!(std::io::stderr(), "{message}");
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn source_dir() -> PathBuf {
    root().join("editors/tree-sitter-sopan")
}

/// The committed parser, as the binding crate compiled it.
fn language() -> tree_sitter::Language {
    tree_sitter_sopan::LANGUAGE.into()
}

/// The syntax tree of `bytes`.
fn parse(bytes: &[u8]) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&language())
        .expect("the committed parser's ABI is one the tree-sitter crate reads");
    parser
        .parse(bytes, None)
        .expect("no timeout or cancellation is set")
}
