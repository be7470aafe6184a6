//! Programs run from outside: `cat` as the baseline, the real `sopan` binary end to end, and
//! headless Chromium printing sheets. Each is timed as wall time of the child process, the
//! way a user meets them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Files per `cat` invocation: well under any `ARG_MAX`, and few enough processes that
/// their start-up does not dominate (10,000 files take 5).
const CAT_BATCH: usize = 2_000;

/// `cat`s every file to `/dev/null`; returns the wall time.
pub(crate) fn cat(paths: &[PathBuf]) -> std::io::Result<Duration> {
    let started = Instant::now();
    for batch in paths.chunks(CAT_BATCH) {
        let status = Command::new("cat")
            .args(batch)
            .stdout(Stdio::null())
            .status()?;
        if !status.success() {
            return Err(std::io::Error::other(format!("cat exited with {status}")));
        }
    }
    Ok(started.elapsed())
}

/// What one run of the `sopan` binary did.
pub(crate) struct Outcome {
    pub(crate) wall: Duration,
    pub(crate) exit: Option<i32>,
    /// The last line it wrote (the human summary: `checked N files: …`).
    pub(crate) summary: String,
}

/// Runs `sopan ARGS…` and times it; of its output only the last line is kept, as the
/// summary (standard error first, where `build` writes it, else standard output).
pub(crate) fn sopan(binary: &Path, args: &[&std::ffi::OsStr]) -> std::io::Result<Outcome> {
    let started = Instant::now();
    let output = Command::new(binary)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()?;
    let wall = started.elapsed();
    let last = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes)
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .map(str::to_owned)
    };
    Ok(Outcome {
        wall,
        exit: output.status.code(),
        summary: last(&output.stderr)
            .or_else(|| last(&output.stdout))
            .unwrap_or_default(),
    })
}

/// The peak resident set of one `sopan ARGS…` run in KiB, via `/usr/bin/time -f %M`;
/// `None` when GNU time is not installed.
pub(crate) fn sopan_peak_kib(binary: &Path, args: &[&std::ffi::OsStr]) -> Option<u64> {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(binary)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

/// Chromium on `PATH`, under one of the names distributions give it.
pub(crate) fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The wall time of headless Chromium printing each of `sheets` to a PDF in `out`, one
/// after another, each with a fresh profile, as a user without Sopan's PDF would.
pub(crate) fn print_with_chromium(
    chromium: &Path,
    sheets: &[PathBuf],
    out: &Path,
) -> std::io::Result<Duration> {
    let start = Instant::now();
    for (i, sheet) in sheets.iter().enumerate() {
        let profile = tempfile::tempdir()?;
        let sheet = std::path::absolute(sheet)?;
        Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!(
                "--print-to-pdf={}",
                out.join(format!("{i}.pdf")).display()
            ))
            .arg(format!("file://{}", sheet.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
    }
    Ok(start.elapsed())
}
