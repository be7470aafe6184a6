//! `sopan check`: report every problem of every file.

use sopan_diagnostics::{Severity, render};

use crate::args::{CheckArgs, ColorChoice, OutputArgs};
use crate::compile::{Unit, compile};
use crate::{Io, Status, files};

/// Width diagnostics are wrapped at.
const WIDTH: usize = 100;

pub(crate) fn run(args: &CheckArgs, io: &mut Io<'_>) -> Result<Status, String> {
    let units = compile_all(&args.paths)?;
    let color = use_color(&args.output, io);
    let stdout = &mut *io.stdout;
    let mut tally = Tally::default();
    for unit in &units {
        tally.add(unit);
        let text = render(&unit.file, &unit.diagnostics, color, WIDTH);
        stdout
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    writeln!(stdout, "{}", tally.summary(units.len())).map_err(|e| e.to_string())?;
    Ok(tally.status(args.deny_warnings))
}

/// Reads and compiles every input, in the order `discover` gives.
pub(crate) fn compile_all(paths: &[std::path::PathBuf]) -> Result<Vec<Unit>, String> {
    let inputs = files::discover(paths)?;
    let mut units = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let bytes = std::fs::read(&input.path)
            .map_err(|e| format!("cannot read {}: {e}", input.display))?;
        units.push(compile(&input.display, &bytes));
    }
    Ok(units)
}

pub(crate) fn use_color(args: &OutputArgs, io: &Io<'_>) -> bool {
    match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io.terminal,
    }
}

/// Counts of what was found.
#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Tally {
    pub(crate) fn add(&mut self, unit: &Unit) {
        for d in &unit.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
        }
    }

    pub(crate) fn summary(&self, files: usize) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "checked {}: {}, {}",
            plural(files, "file"),
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        )
    }

    pub(crate) fn status(&self, deny_warnings: bool) -> Status {
        if self.errors > 0 || (deny_warnings && self.warnings > 0) {
            Status::Problems
        } else {
            Status::Clean
        }
    }
}
