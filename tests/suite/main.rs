//! The one integration-test binary: every fixture, example, CLI case and doc block.
//! How to add a case and bless outputs: tests/README.md.

// Test, bench and example code stops at the first broken expectation; the workspace bans
// `expect`, `unwrap` and `panic!` only in the code users run.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod bahasa;
mod baseline;
mod browser;
mod ci;
mod cli;
mod config;
mod constructs;
mod diagnostics;
mod docs;
mod editors;
mod examples;
mod fit;
mod floods;
mod fmt;
mod font;
mod formats;
mod logo;
mod lsp;
mod lsp_neovim;
mod mistakes;
mod mutants;
mod paths;
mod pdf;
mod pdf_browser;
mod pratinjau;
mod properties;
mod registry;
mod robustness;
mod sheets;
mod support;
mod terminal;
mod valid;
