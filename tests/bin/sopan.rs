//! The `sopan` program for the suite's tests that start it as an editor does (Neovim runs
//! `sopan lsp`): the same [`sopan_cli::run`] as `crates/sopan-cli/src/main.rs`, built by
//! cargo for this package's tests, which the binary of another package is not.

use std::io::IsTerminal as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    sopan_cli::handle_signals();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut io = sopan_cli::Io {
        stdout: &mut stdout.lock(),
        stderr: &mut stderr.lock(),
        terminal: std::io::stdout().is_terminal(),
    };
    ExitCode::from(sopan_cli::run(std::env::args_os(), &mut io).code())
}
