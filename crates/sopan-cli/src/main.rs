//! The `sopan` executable: the library's [`sopan_cli::run`] on this process's arguments and
//! standard streams.

use std::io::IsTerminal as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let terminal = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut io = sopan_cli::Io {
        stdout: &mut stdout.lock(),
        stderr: &mut stderr.lock(),
        terminal,
    };
    ExitCode::from(sopan_cli::run(std::env::args_os(), &mut io).code())
}
