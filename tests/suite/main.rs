//! The one integration-test binary: every fixture, example, CLI case and doc block.
//! How to add a case and bless outputs: tests/README.md.

mod browser;
mod cli;
mod config;
mod diagnostics;
mod docs;
mod examples;
mod formats;
mod mutants;
mod properties;
mod registry;
mod robustness;
mod support;
mod valid;
