//! The `sopan` command line: argument parsing, file I/O, terminal output and exit codes.
//! It is the only crate that touches the filesystem or prints.

mod args;
mod build;
mod check;
mod compile;
mod files;
mod write;

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;

/// How a run ended. 0: clean. 1: the SOPs have errors (or warnings, when denied). 2: the
/// tool could not do its job (bad arguments, unreadable files, unwritable outputs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Clean,
    Problems,
    Failure,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(match status {
            Status::Clean => 0,
            Status::Problems => 1,
            Status::Failure => 2,
        })
    }
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Check(args) => check::run(&args),
        args::Command::Build(args) => build::run(&args),
    };
    match result {
        Ok(status) => status.into(),
        Err(error) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "error: {error}");
            Status::Failure.into()
        }
    }
}
