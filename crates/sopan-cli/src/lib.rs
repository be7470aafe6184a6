//! The `sopan` command line: argument parsing, file I/O, terminal output and exit codes.
//! It is the only crate that touches the filesystem or prints.
//!
//! [`run`] is the whole command behind an argument list and two writers, so the test suite
//! runs it in-process and records exactly what a user sees. `main.rs` only connects it to
//! the process's arguments and streams.

mod args;
mod build;
mod check;
mod compile;
mod config;
mod fmt;

pub use compile::{Unit, compile, compile_with};
pub use style::of as sheet_style;

/// The exit code of a run stopped by SIGINT or SIGTERM: 128 + SIGINT, what shells report
/// for an interrupted command.
pub const INTERRUPTED: i32 = 130;

/// Makes SIGINT and SIGTERM (Ctrl-C on Windows) end the process cleanly: the temporary files
/// being written are removed, no new one is started, and the process exits with
/// [`INTERRUPTED`]. Outputs already renamed into place are whole. For the `sopan` binary;
/// a library caller keeps its own signal handling.
///
/// Without it a signal ends the process between a temporary file's creation and its rename,
/// and the file stays.
pub fn handle_signals() {
    let _ = ctrlc::set_handler(|| {
        write::remove_temporary_files();
        std::process::exit(INTERRUPTED);
    });
}

/// The JSON Schema of `sopan check --format json`, as published in docs/check.schema.json.
#[must_use]
pub fn check_report_schema() -> String {
    report::schema()
}
mod files;
mod fit;
mod init;
mod logo;
mod project;
mod report;
mod stream;
mod style;
mod walk;
mod write;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser as _;

/// The language every message is printed in. Fixed to English until the choice of
/// language (flag, environment, `sopan.yaml`) reaches the commands.
pub(crate) const BAHASA: sopan_diagnostics::Bahasa = sopan_diagnostics::Bahasa::En;

/// How a run ended. 0: clean. 1: the SOPs have errors (or warnings, when denied). 2: the
/// tool could not do its job (bad arguments, unreadable files, unwritable outputs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing to report.
    Clean,
    /// Errors were found (or warnings under `--deny-warnings`).
    Problems,
    /// The tool itself failed.
    Failure,
}

impl Status {
    /// The process exit code.
    #[must_use]
    pub fn code(self) -> u8 {
        match self {
            Status::Clean => 0,
            Status::Problems => 1,
            Status::Failure => 2,
        }
    }
}

/// Where a run writes, and whether it may colour.
pub struct Io<'a> {
    /// Diagnostics of `check` and `build`, and their summaries.
    pub stdout: &'a mut dyn Write,
    /// Failures of the tool itself.
    pub stderr: &'a mut dyn Write,
    /// Whether the terminal behind stdout/stderr shows colour (`--color auto` asks this).
    pub terminal: bool,
}

/// Runs `sopan` with `args` (the first is the program name).
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Io<'_>) -> Status {
    let cli = match args::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Clap echoes the argument it refused, which may hold control characters: then
            // the plain text, made safe, instead of clap's colours.
            let plain = error.render().to_string();
            let text =
                if io.terminal && !plain.chars().any(sopan_diagnostics::is_unsafe_for_terminal) {
                    error.render().ansi().to_string()
                } else {
                    sopan_diagnostics::terminal_text(&plain).into_owned()
                };
            let (target, status) = if error.use_stderr() {
                (&mut *io.stderr, Status::Failure)
            } else {
                (&mut *io.stdout, Status::Clean)
            };
            let _ = target.write_all(text.as_bytes());
            return status;
        }
    };
    let result = match cli.command {
        args::Command::Check(args) => check::run(&args, io),
        args::Command::Build(args) => build::run(&args, io),
        args::Command::Fmt(args) => fmt::run(&args, io),
        args::Command::Init(args) => init::run(&args, io),
    };
    match result {
        Ok(status) => status,
        Err(error) => {
            // Failures name paths, which may hold anything a file name can.
            let _ = writeln!(
                io.stderr,
                "error: {}",
                sopan_diagnostics::terminal_text(&error)
            );
            Status::Failure
        }
    }
}
