//! Writing outputs so that a reader never sees half a file.

use std::io::Write as _;
use std::path::Path;

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
pub(crate) fn atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".sopan-").suffix(".tmp");
    // A temporary file is private (0600) by default; an output is a document others read,
    // e.g. through the office's web server, so it gets the usual 0644 (less the umask).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    temp.write_all(contents)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    temp.persist(path)
        .map_err(|e| format!("cannot write {}: {}", path.display(), e.error))?;
    Ok(())
}
