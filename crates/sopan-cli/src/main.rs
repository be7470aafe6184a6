//! The `sopan` executable: the library's [`sopan_cli::run`] on this process's arguments and
//! standard streams.

use std::io::IsTerminal as _;
use std::process::ExitCode;

// Parsing allocates many small nodes on every thread; glibc's allocator spends a tenth of a
// check in malloc and free, mimalloc's per-thread heaps far less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    sopan_cli::handle_signals();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    // An empty NO_COLOR counts as unset (no-color.org); the commands read it again, with
    // CLICOLOR_FORCE, for their own colour.
    let terminal =
        stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut io = sopan_cli::Io {
        stdout: &mut stdout.lock(),
        stderr: &mut stderr.lock(),
        terminal,
    };
    ExitCode::from(sopan_cli::run(std::env::args_os(), &mut io).code())
}
