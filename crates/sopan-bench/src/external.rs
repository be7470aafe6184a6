//! Programs run from outside: `cat` as the baseline, and the real `sopan` binary end to
//! end. Both are timed as wall time of the child process, the way a user meets them.

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
