//! `sopan fmt`: rewrite .sop files in the canonical layout (docs/fmt.md).
//!
//! A file is written only when its text changes, through a temporary file and a rename, and
//! only after `sopan_fmt::format` has passed its safety gate. A file with syntax errors, or
//! one the gate refuses, is left as it was.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;

use sopan_diagnostics::{Bahasa, SourceFile, render, terminal_text};

use crate::args::FmtArgs;
use crate::check::{WIDTH, use_color};
use crate::{Io, Status};

/// What became of one file.
enum Outcome {
    /// Already in the canonical layout.
    Unchanged,
    /// Formatted (or, with `--check` or `--diff`, would be).
    Changed,
    /// Not formatted: syntax errors, the gate refused it, or it could not be read or written.
    Refused,
}

pub(crate) fn run(args: &FmtArgs, io: &mut Io<'_>, bahasa: Bahasa) -> Result<Status, String> {
    let color = use_color(&args.output, io);
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        if args.paths.len() > 1 {
            return Err("`-` (standard input) cannot be given with other paths".to_owned());
        }
        return stdin(args, io, color, bahasa);
    }
    let search = crate::files::Search {
        bahasa,
        ..crate::files::Search::default()
    };
    let inputs = crate::files::discover(&args.paths, &search)?;
    let dry = args.check || args.diff;
    let (mut changed, mut unchanged, mut refused) = (0usize, 0usize, 0usize);
    for input in &inputs {
        match one(
            &input.path,
            &input.display,
            dry,
            args.diff,
            io,
            color,
            bahasa,
        ) {
            Outcome::Unchanged => unchanged += 1,
            Outcome::Changed => changed += 1,
            Outcome::Refused => refused += 1,
        }
    }
    let summary = summary(changed, unchanged, refused, dry);
    io.stderr
        .write_all(summary.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(if refused > 0 {
        Status::Failure
    } else if dry && changed > 0 {
        Status::Problems
    } else {
        Status::Clean
    })
}

fn one(
    path: &Path,
    display: &str,
    dry: bool,
    diff: bool,
    io: &mut Io<'_>,
    color: bool,
    bahasa: Bahasa,
) -> Outcome {
    let name = terminal_text(display).into_owned();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let _ = writeln!(io.stderr, "error: cannot read {name}: {error}");
            return Outcome::Refused;
        }
    };
    let Some(formatted) = formatted(display, &bytes, io, color, bahasa) else {
        return Outcome::Refused;
    };
    if formatted.as_bytes() == bytes.as_slice() {
        return Outcome::Unchanged;
    }
    if diff {
        let old = String::from_utf8_lossy(&bytes);
        let _ = io
            .stdout
            .write_all(unified_diff(&old, &formatted, display).as_bytes());
    } else if dry {
        let _ = writeln!(io.stdout, "{name}");
    }
    if dry {
        return Outcome::Changed;
    }
    match write_in_place(path, &formatted, bahasa) {
        Ok(()) => Outcome::Changed,
        Err(error) => {
            let _ = writeln!(io.stderr, "error: {}", terminal_text(&error));
            Outcome::Refused
        }
    }
}

/// The formatted text, or `None` after saying on stderr why there is none.
fn formatted(
    display: &str,
    bytes: &[u8],
    io: &mut Io<'_>,
    color: bool,
    bahasa: Bahasa,
) -> Option<String> {
    let name = terminal_text(display).into_owned();
    let Ok(text) = std::str::from_utf8(bytes) else {
        // The parser's own message for it (SOP001), where the first bad byte is.
        let (file, parsed) = sopan_syntax::parse_bytes(display, bytes);
        let _ = io
            .stderr
            .write_all(render(&file, &parsed.diagnostics, bahasa, color, WIDTH).as_bytes());
        let _ = writeln!(io.stderr, "not formatted: {name} is not UTF-8 text");
        return None;
    };
    match sopan_fmt::format(text) {
        Ok(formatted) => Some(formatted),
        Err(sopan_fmt::Error::Syntax(diagnostics)) => {
            let file = SourceFile::new(display, text);
            let _ = io
                .stderr
                .write_all(render(&file, &diagnostics, bahasa, color, WIDTH).as_bytes());
            let _ = writeln!(
                io.stderr,
                "not formatted: {name} has syntax errors; fix them, then run sopan fmt again"
            );
            None
        }
        Err(error @ sopan_fmt::Error::Bug(_)) => {
            let _ = writeln!(
                io.stderr,
                "error: {name}: {}. Please report it with this file.",
                terminal_text(&error.to_string())
            );
            None
        }
    }
}

/// Writes `text` over `path`, keeping the file's permissions.
fn write_in_place(path: &Path, text: &str, bahasa: Bahasa) -> Result<(), String> {
    let permissions = std::fs::metadata(path).map(|m| m.permissions()).ok();
    crate::write::atomic(path, text.as_bytes()).map_err(|m| m.render(bahasa))?;
    if let Some(permissions) = permissions {
        std::fs::set_permissions(path, permissions)
            .map_err(|e| format!("cannot keep the permissions of {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `sopan fmt -`: standard input formatted to standard output.
fn stdin(args: &FmtArgs, io: &mut Io<'_>, color: bool, bahasa: Bahasa) -> Result<Status, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let Some(formatted) = formatted("<stdin>", &bytes, io, color, bahasa) else {
        return Ok(Status::Failure);
    };
    let same = formatted.as_bytes() == bytes.as_slice();
    if args.diff {
        if !same {
            let old = String::from_utf8_lossy(&bytes);
            io.stdout
                .write_all(unified_diff(&old, &formatted, "<stdin>").as_bytes())
                .map_err(|e| e.to_string())?;
        }
    } else if !args.check {
        io.stdout
            .write_all(formatted.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    Ok(if (args.check || args.diff) && !same {
        Status::Problems
    } else {
        Status::Clean
    })
}

/// The change as a unified diff, made safe for a terminal (a file may hold anything).
fn unified_diff(old: &str, new: &str, name: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(name, &format!("{name} (formatted)"))
        .to_string();
    terminal_text(&text).into_owned()
}

fn summary(changed: usize, unchanged: usize, refused: usize, dry: bool) -> String {
    let files = |n: usize| if n == 1 { "file" } else { "files" };
    let verb = if dry {
        "would be formatted"
    } else {
        "formatted"
    };
    let mut line = format!(
        "{changed} {} {verb}, {unchanged} already formatted",
        files(changed)
    );
    if refused > 0 {
        let _ = write!(line, ", {refused} not formatted");
    }
    line.push('\n');
    line
}
