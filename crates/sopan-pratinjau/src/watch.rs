//! Saves in the folder, counted as generations.
//!
//! The folder is watched, not the file: an editor that saves by writing a temporary file and
//! renaming it over the old one replaces the file the watch was on, and a watch on the file
//! would see nothing after the first save. A save is several events (create, write, rename,
//! attributes), so events are gathered until none came for [`QUIET`] and then count as one
//! change. Reads are not changes: building a page reads the file, and counting that would
//! reload the page for ever.

use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// How long the folder must stay quiet before the events seen count as one change.
pub(crate) const QUIET: Duration = Duration::from_millis(60);

/// The longest a change waits for quiet: a folder written without pause (a build into it)
/// still updates its pages.
const LONGEST: Duration = Duration::from_millis(500);

/// The number of changes seen so far, and whether the server is stopping; the event
/// streams wait on it.
#[derive(Default)]
pub(crate) struct Changes {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Clone, Copy, Default)]
struct State {
    generation: u64,
    stopping: bool,
}

/// What a wait for a change ended with.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Waited {
    /// A change after the one waited from.
    Changed,
    /// Nothing, for the time given.
    Quiet,
    /// The server is stopping.
    Stopping,
}

impl Changes {
    pub(crate) fn generation(&self) -> u64 {
        self.lock().generation
    }

    pub(crate) fn stopping(&self) -> bool {
        self.lock().stopping
    }

    pub(crate) fn record(&self) {
        self.lock().generation += 1;
        self.changed.notify_all();
    }

    pub(crate) fn stop(&self) {
        self.lock().stopping = true;
        self.changed.notify_all();
    }

    /// Waits at most `limit` for a generation after `seen`.
    pub(crate) fn wait(&self, seen: u64, limit: Duration) -> Waited {
        let guard = self.lock();
        let (state, _) = self
            .changed
            .wait_timeout_while(guard, limit, |s| !s.stopping && s.generation == seen)
            .unwrap_or_else(PoisonError::into_inner);
        if state.stopping {
            Waited::Stopping
        } else if state.generation != seen {
            Waited::Changed
        } else {
            Waited::Quiet
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A folder watched for as long as this lives.
pub(crate) struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Watches `folder` (with its sub-folders when `recursive`) and records each change in
/// `changes`, until the returned watch is dropped or the server stops.
pub(crate) fn start(
    folder: &Path,
    recursive: bool,
    changes: Arc<Changes>,
) -> notify::Result<Watch> {
    let (events, received) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // An error of the watcher (events lost when too many came) may hide a change.
        let counts = event.map_or(true, |event| !matches!(event.kind, EventKind::Access(_)));
        if counts {
            let _ = events.send(());
        }
    })?;
    let mode = if recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    watcher.watch(folder, mode)?;
    std::thread::Builder::new()
        .name("pratinjau-watch".to_owned())
        .spawn(move || gather(&received, &changes))
        .map_err(notify::Error::io)?;
    Ok(Watch { _watcher: watcher })
}

/// Turns bursts of events into recorded changes; ends when the watcher is gone.
fn gather(received: &mpsc::Receiver<()>, changes: &Changes) {
    while received.recv().is_ok() {
        let first = Instant::now();
        loop {
            match received.recv_timeout(QUIET) {
                Ok(()) if first.elapsed() < LONGEST => {}
                Ok(()) | Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    changes.record();
                    return;
                }
            }
        }
        if changes.stopping() {
            return;
        }
        changes.record();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::{Changes, Waited, start};

    #[test]
    fn a_wait_ends_with_a_change_quiet_or_a_stop() {
        let changes = Arc::new(Changes::default());
        assert_eq!(changes.wait(0, Duration::from_millis(1)), Waited::Quiet);
        changes.record();
        assert_eq!(changes.wait(0, Duration::from_secs(5)), Waited::Changed);
        changes.stop();
        assert_eq!(changes.wait(1, Duration::from_secs(5)), Waited::Stopping);
    }

    #[test]
    fn a_save_by_rename_is_a_change_and_reads_are_none() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("a.sop");
        std::fs::write(&file, "satu").unwrap();
        let changes = Arc::new(Changes::default());
        let _watch = start(folder.path(), false, Arc::clone(&changes)).unwrap();
        let temporary = folder.path().join(".a.sop.tmp");
        std::fs::write(&temporary, "dua").unwrap();
        std::fs::rename(&temporary, &file).unwrap();
        assert_eq!(changes.wait(0, Duration::from_secs(10)), Waited::Changed);
        // Let the save's events settle, then only read.
        let mut seen = changes.generation();
        for _ in 0..20 {
            if changes.wait(seen, Duration::from_millis(300)) != Waited::Changed {
                break;
            }
            seen = changes.generation();
        }
        for _ in 0..5 {
            std::fs::read(&file).unwrap();
        }
        assert_eq!(
            changes.wait(seen, Duration::from_millis(400)),
            Waited::Quiet
        );
    }
}
