//! `sopan fmt`: rewrite .sop files in the canonical layout (docs/fmt.md).
//!
//! A file is written only when its text changes, through a temporary file and a rename, and
//! only after `sopan_fmt::format` has passed its safety gate. A file with syntax errors, or
//! one the gate refuses, is left as it was.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;

use sopan_diagnostics::{Bahasa, Message, SourceFile, render, terminal_text};

use crate::args::FmtArgs;
use crate::check::{WIDTH, use_color};
use crate::{Failure, Io, Status};

/// What became of one file.
enum Outcome {
    /// Already in the canonical layout.
    Unchanged,
    /// Formatted (or, with `--check` or `--diff`, would be).
    Changed,
    /// Not formatted: syntax errors, the gate refused it, or it could not be read or written.
    Refused,
}

pub(crate) fn run(args: &FmtArgs, io: &mut Io<'_>, bahasa: Bahasa) -> Result<Status, Failure> {
    let color = use_color(&args.output, io);
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        if args.paths.len() > 1 {
            return Err(Message::new("cli-fmt-stdin-bersama").into());
        }
        return stdin(args, io, color, bahasa);
    }
    let search = crate::files::Search::default();
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
    let summary = summary(changed, unchanged, refused, dry, bahasa);
    io.stderr
        .write_all(summary.as_bytes())
        .map_err(|e| crate::check::not_written(&e))?;
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
            say(io, bahasa, &crate::files::cannot_read(display, &error));
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
            .write_all(unified_diff(&old, &formatted, display, bahasa).as_bytes());
    } else if dry {
        let _ = writeln!(io.stdout, "{name}");
    }
    if dry {
        return Outcome::Changed;
    }
    match write_in_place(path, &formatted) {
        Ok(()) => Outcome::Changed,
        Err(error) => {
            say(io, bahasa, &error);
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
        let said = Message::new("cli-fmt-bukan-utf8").arg("berkas", name.as_str());
        let _ = writeln!(io.stderr, "{}", said.render(bahasa));
        return None;
    };
    match sopan_fmt::format(text) {
        Ok(formatted) => Some(formatted),
        Err(sopan_fmt::Error::Syntax(diagnostics)) => {
            let file = SourceFile::new(display, text);
            let _ = io
                .stderr
                .write_all(render(&file, &diagnostics, bahasa, color, WIDTH).as_bytes());
            let said = Message::new("cli-fmt-salah-tulis").arg("berkas", name.as_str());
            let _ = writeln!(io.stderr, "{}", said.render(bahasa));
            None
        }
        Err(error @ sopan_fmt::Error::Bug(_)) => {
            // The formatter's own words for what went wrong, inside Sopan's sentence.
            let said = Message::new("cli-fmt-galat-internal")
                .arg("berkas", name.as_str())
                .arg("sebab", terminal_text(&error.to_string()));
            say(io, bahasa, &said);
            None
        }
    }
}

/// Writes `text` over `path`, keeping the file's permissions.
fn write_in_place(path: &Path, text: &str) -> Result<(), Message> {
    let permissions = std::fs::metadata(path).map(|m| m.permissions()).ok();
    crate::write::atomic(path, text.as_bytes())?;
    if let Some(permissions) = permissions {
        std::fs::set_permissions(path, permissions).map_err(|e| {
            Message::new("cli-fmt-izin")
                .arg("berkas", crate::files::display(path))
                .arg("alasan", e.to_string())
        })?;
    }
    Ok(())
}

/// A refusal of one file, on stderr: the run goes on with the next.
fn say(io: &mut Io<'_>, bahasa: Bahasa, message: &Message) {
    let _ = writeln!(
        io.stderr,
        "{}: {}",
        Message::new("cli-kesalahan").render(bahasa),
        terminal_text(&message.render(bahasa))
    );
}

/// `sopan fmt -`: standard input formatted to standard output.
fn stdin(args: &FmtArgs, io: &mut Io<'_>, color: bool, bahasa: Bahasa) -> Result<Status, Failure> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Message::new("ci-stdin-tak-terbaca").arg("sebab", e.to_string()))?;
    let Some(formatted) = formatted("<stdin>", &bytes, io, color, bahasa) else {
        return Ok(Status::Failure);
    };
    let same = formatted.as_bytes() == bytes.as_slice();
    if args.diff {
        if !same {
            let old = String::from_utf8_lossy(&bytes);
            io.stdout
                .write_all(unified_diff(&old, &formatted, "<stdin>", bahasa).as_bytes())
                .map_err(|e| crate::check::not_written(&e))?;
        }
    } else if !args.check {
        io.stdout
            .write_all(formatted.as_bytes())
            .map_err(|e| crate::check::not_written(&e))?;
    }
    Ok(if (args.check || args.diff) && !same {
        Status::Problems
    } else {
        Status::Clean
    })
}

/// The change as a unified diff, made safe for a terminal (a file may hold anything).
fn unified_diff(old: &str, new: &str, name: &str, bahasa: Bahasa) -> String {
    let after = Message::new("cli-fmt-sesudah")
        .arg("berkas", name)
        .render(bahasa);
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(name, &after)
        .to_string();
    terminal_text(&text).into_owned()
}

fn summary(changed: usize, unchanged: usize, refused: usize, dry: bool, bahasa: Bahasa) -> String {
    let id = if dry {
        "cli-fmt-ringkasan.coba"
    } else {
        "cli-fmt-ringkasan"
    };
    let mut line = Message::new(id)
        .arg("berubah", changed)
        .arg("tetap", unchanged)
        .render(bahasa);
    if refused > 0 {
        let refused = Message::new("cli-fmt-ringkasan.ditolak").arg("ditolak", refused);
        let _ = write!(line, "{}", refused.render(bahasa));
    }
    line.push('\n');
    line
}
