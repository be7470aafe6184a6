//! The `sopan` command line: argument parsing, file I/O, terminal output and exit codes.
//! It is the only crate that touches the filesystem or prints.
//!
//! [`run`] is the whole command behind an argument list and two writers, so the test suite
//! runs it in-process and records exactly what a user sees. `main.rs` only connects it to
//! the process's arguments and streams.

mod args;
mod aturan;
mod build;
mod check;
mod compile;
mod config;
mod fmt;

pub use compile::{Unit, compile, compile_with};
pub use lsp::Repository as LspRepository;
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
mod help;
mod init;
mod logo;
mod lsp;
mod pratinjau;
mod project;
mod refusal;
mod report;
mod stream;
mod style;
mod walk;
mod write;

use std::ffi::{OsStr, OsString};
use std::io::Write;

use clap::FromArgMatches as _;
use sopan_diagnostics::{Bahasa, Message};

pub use help::missing_help;

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

/// Runs `sopan` with `args` (the first is the program name), in the language the
/// `SOPAN_BAHASA` variable of this process names when `--bahasa` does not.
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Io<'_>) -> Status {
    let variable = std::env::var_os("SOPAN_BAHASA");
    run_with(args, variable.as_deref(), io)
}

/// [`run`] with the value of `SOPAN_BAHASA` given instead of read from the process, so a
/// caller (the test suite) decides it.
pub fn run_with(
    args: impl IntoIterator<Item = OsString>,
    sopan_bahasa: Option<&OsStr>,
    io: &mut Io<'_>,
) -> Status {
    let args: Vec<OsString> = args.into_iter().collect();
    let choice = match Choice::of(&args, sopan_bahasa) {
        Ok(choice) => choice,
        Err(error) => {
            fail(io, Bahasa::default(), &error);
            return Status::Failure;
        }
    };
    let command = help::localised(choice.bahasa);
    let parsed = command
        .clone()
        .try_get_matches_from(args)
        .and_then(|matches| args::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            if let Some(text) = refusal::text(&error, &command, choice.bahasa) {
                // The refused argument is the user's text, which may hold anything.
                let text = sopan_diagnostics::terminal_text(&text);
                let _ = io.stderr.write_all(text.as_bytes());
                return Status::Failure;
            }
            // Help and version: clap's own text, which holds what the user typed only in
            // the usage line of a help screen.
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
        args::Command::Check(args) => check::run(&args, io, choice),
        args::Command::Build(args) => build::run(&args, io, choice),
        args::Command::Aturan(args) => aturan::run(&args, io, choice.bahasa),
        args::Command::Fmt(args) => fmt::run(&args, io, choice.bahasa),
        args::Command::Init(args) => init::run(&args, io, choice.bahasa).map_err(Failure::from),
        args::Command::Pratinjau(args) => pratinjau::run(&args, io, choice),
        args::Command::Lsp(_) => lsp::run(io, choice.bahasa),
    };
    match result {
        Ok(status) => status,
        Err(error) => {
            fail(io, choice.bahasa, &error);
            Status::Failure
        }
    }
}

/// Prints a failure of the tool itself.
fn fail(io: &mut Io<'_>, bahasa: Bahasa, error: &Failure) {
    let word = Message::new("cli-kesalahan").render(bahasa);
    // Failures name paths, which may hold anything a file name can.
    let _ = writeln!(
        io.stderr,
        "{word}: {}",
        sopan_diagnostics::terminal_text(&error.message.render(bahasa))
    );
    if let Some(help) = &error.help {
        let word = Message::new("saran").render(bahasa);
        let _ = writeln!(
            io.stderr,
            "{word}: {}",
            sopan_diagnostics::terminal_text(&help.render(bahasa))
        );
    }
}

/// Why the tool could not do its job: a sentence, and what to do when that is known.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) message: Message,
    pub(crate) help: Option<Message>,
}

impl From<Message> for Failure {
    fn from(message: Message) -> Self {
        Failure {
            message,
            help: None,
        }
    }
}

/// The language of one run, and whether the command line or the environment chose it (then
/// `bahasa:` in `sopan.yaml` does not change it).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Choice {
    pub(crate) bahasa: Bahasa,
    chosen: bool,
}

impl Choice {
    /// `--bahasa` wins over `SOPAN_BAHASA` (an empty one counts as unset); the flag is read
    /// before clap parses, so `--help` and clap's own refusals speak the language too.
    fn of(args: &[OsString], variable: Option<&OsStr>) -> Result<Choice, Failure> {
        let unknown = |value: &str, origin: &'static str| Failure {
            message: Message::new("cli-bahasa-tidak-dikenal")
                .arg("nilai", value)
                .arg("asal", origin),
            help: Some(Message::new("bahasa-tidak-dikenal.help")),
        };
        if let Some(value) = flag_value(args) {
            return value
                .parse::<Bahasa>()
                .map(|bahasa| Choice {
                    bahasa,
                    chosen: true,
                })
                .map_err(|_| unknown(&value, "--bahasa"));
        }
        match variable.map(OsStr::to_string_lossy) {
            Some(value) if !value.trim().is_empty() => value
                .parse::<Bahasa>()
                .map(|bahasa| Choice {
                    bahasa,
                    chosen: true,
                })
                .map_err(|_| unknown(&value, "SOPAN_BAHASA")),
            _ => Ok(Choice {
                bahasa: Bahasa::default(),
                chosen: false,
            }),
        }
    }

    /// The language for the rest of the run once the `sopan.yaml` files are read: the
    /// `bahasa:` that applies to the first input, unless the flag or the variable chose.
    pub(crate) fn with_config(self, configured: Option<Bahasa>) -> Bahasa {
        match configured {
            Some(bahasa) if !self.chosen => bahasa,
            _ => self.bahasa,
        }
    }
}

/// The value of the last `--bahasa X` or `--bahasa=X` before a `--`, as clap would take it.
fn flag_value(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--bahasa" {
            found = rest.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--bahasa=") {
            found = Some(value.to_owned());
        }
    }
    found
}
