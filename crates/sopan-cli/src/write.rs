//! Writing outputs so that a reader never sees half a file, and no temporary file stays.
//!
//! Every temporary file is named `.sopan-<pid>-<random>.tmp`, beside the output it becomes.
//! Three things remove one that a write did not rename into place:
//!
//! - the write itself, on any failure (the temporary file is deleted when dropped);
//! - [`remove_temporary_files`], which `sopan` calls on SIGINT or SIGTERM before it exits;
//! - the next build that writes into the same folder ([`remove_stale`]), for a process that
//!   was killed outright (`kill -9`, a power cut). It removes a temporary file only when the
//!   process its name records is gone, so a build running at the same time into the same
//!   folder keeps its files; where the system cannot tell (no `/proc`), or for a name with no
//!   process id (an older Sopan), only once the file is a day old, far longer than any write.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use sopan_diagnostics::Message;

/// Temporary files being written right now, and whether the process is stopping.
struct Live {
    stopping: bool,
    paths: BTreeSet<PathBuf>,
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    stopping: false,
    paths: BTreeSet::new(),
});

/// How old a temporary file of a process Sopan cannot see must be to count as left over.
const STALE_AFTER: Duration = Duration::from_hours(24);

/// Writes `contents` to `path` through a temporary file in the same folder and a rename.
///
/// A failure, a full disk or a kill midway leaves either the old file or no file, never a
/// truncated one: the rename is atomic within one filesystem, which is why the temporary
/// file lives beside the target and not in the system temp folder.
///
/// The file is not flushed to the disk (`fsync`) before the rename. Outputs are rebuilt from
/// the `.sop` sources at will, so surviving a power cut is not worth what it costs: an
/// `fsync` per file was two thirds of the time of building a thousand SOPs. Readers and
/// killed builds are what the rename protects against.
pub(crate) fn atomic(path: &Path, contents: &[u8]) -> Result<(), Message> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| {
        Message::new("cli-folder-tidak-dapat-dibuat")
            .arg("folder", crate::files::display(dir))
            .arg("alasan", e.to_string())
    })?;
    let prefix = format!(".sopan-{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A temporary file is private (0600) by default; an output is a document others read,
    // e.g. through the office's web server, so it gets the usual 0644 (less the umask).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    // Created and recorded under one lock, so a signal handler either sees the file or runs
    // before it exists and stops it from being made.
    let mut temp = {
        let mut live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
        if live.stopping {
            return Err(
                Message::new("cli-penulisan-dihentikan").arg("berkas", crate::files::display(path))
            );
        }
        let temp = builder.tempfile_in(dir).map_err(|e| {
            Message::new("cli-tidak-dapat-menulis-di")
                .arg("folder", crate::files::display(dir))
                .arg("alasan", e.to_string())
        })?;
        live.paths.insert(temp.path().to_path_buf());
        temp
    };
    let temp_path = temp.path().to_path_buf();
    let result = temp
        .write_all(contents)
        .map_err(|e| cannot_write(path, &e))
        .and_then(|()| {
            temp.persist(path)
                .map(drop)
                .map_err(|e| cannot_write(path, &e.error))
        });
    LIVE.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .paths
        .remove(&temp_path);
    result
}

fn cannot_write(path: &Path, why: &std::io::Error) -> Message {
    Message::new("cli-tidak-dapat-menulis")
        .arg("berkas", crate::files::display(path))
        .arg("alasan", why.to_string())
}

/// Removes the temporary files of the writes under way and lets no new one start: for a
/// signal handler, just before the process exits.
pub(crate) fn remove_temporary_files() {
    let mut live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
    live.stopping = true;
    for path in std::mem::take(&mut live.paths) {
        let _ = std::fs::remove_file(path);
    }
}

/// Removes from `dir` the temporary files that earlier `sopan` processes left behind; see the
/// module documentation for which count as left behind.
pub(crate) fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name
            .to_str()
            .and_then(|n| n.strip_prefix(".sopan-"))
            .and_then(|n| n.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        let pid = rest
            .split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok());
        let gone = pid.is_some_and(|pid| pid != std::process::id() && process_gone(pid));
        if gone || old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process `pid` has certainly ended. Only Linux's `/proc` answers without unsafe
/// code; elsewhere the answer is "not known", and age decides.
fn process_gone(pid: u32) -> bool {
    let proc = Path::new("/proc");
    proc.join("self").exists() && !proc.join(pid.to_string()).exists()
}
