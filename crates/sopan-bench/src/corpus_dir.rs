//! A generated corpus on disk, in a temporary folder removed when it is dropped.

use std::path::{Path, PathBuf};

/// `n` files of `sopan_corpus::corpus(seed, n)` written to a folder.
pub(crate) struct CorpusDir {
    dir: tempfile::TempDir,
    /// The files, in name order (as `sopan check` takes them).
    pub(crate) paths: Vec<PathBuf>,
    /// Their total size.
    pub(crate) bytes: u64,
}

impl CorpusDir {
    /// Generates and writes the corpus.
    pub(crate) fn new(seed: u64, n: usize) -> std::io::Result<CorpusDir> {
        let dir = tempfile::Builder::new().prefix("sopan-bench-").tempdir()?;
        let (paths, bytes) = write(dir.path(), seed, n)?;
        Ok(CorpusDir { dir, paths, bytes })
    }

    /// As [`CorpusDir::new`], in a folder below `parent` (e.g. a tmpfs, for a corpus too
    /// large for the disk).
    pub(crate) fn new_in(parent: &Path, seed: u64, n: usize) -> std::io::Result<CorpusDir> {
        let dir = tempfile::Builder::new()
            .prefix("sopan-bench-")
            .tempdir_in(parent)?;
        let (paths, bytes) = write(dir.path(), seed, n)?;
        Ok(CorpusDir { dir, paths, bytes })
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Writes `corpus(seed, n)` into `dir`; returns the paths, sorted, and the total size.
pub(crate) fn write(dir: &Path, seed: u64, n: usize) -> std::io::Result<(Vec<PathBuf>, u64)> {
    std::fs::create_dir_all(dir)?;
    let mut paths = Vec::with_capacity(n);
    let mut bytes = 0;
    // One file at a time: holding the corpus would leave its memory in the allocator and
    // inflate the peak-memory figure of what runs next.
    for (name, text) in (0..n).map(|index| sopan_corpus::corpus_file(seed, index)) {
        let path = dir.join(name);
        std::fs::write(&path, &text)?;
        bytes += text.len() as u64;
        paths.push(path);
    }
    paths.sort();
    Ok((paths, bytes))
}
