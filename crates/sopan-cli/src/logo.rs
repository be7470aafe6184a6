//! The logo of each SOP's sheet: finding the file, refusing it when it lies outside the
//! repository, and reading it once however many SOPs share it.
//!
//! A logo path is relative to the `.sop` file; one from `sopan.yaml` was already rewritten
//! relative to the SOP by `config.rs`. The repository is the nearest folder above the SOP
//! that holds `.git`; outside git it is the working folder when the SOP lies below it, else
//! the SOP's own folder. The path must stay inside it twice over: as written (`..` and
//! absolute paths) and after symbolic links are followed, so neither a path nor a link can
//! make a build embed a file from elsewhere on the machine (SOP111). A logo that is missing,
//! unreadable, not a regular file, larger than 2 MiB or not an image a browser shows is SOP110
//! (`image.rs` decides the last from the content). Both are found by `sopan check`, so CI
//! catches a broken logo before anyone prints.
//!
//! Only a regular file is opened, without waiting (a pipe would block the open), and at most
//! one byte past the limit is read, so that no device, pipe or growing file can hang a check
//! or fill its memory.

mod image;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sopan_check::Facts;
use sopan_diagnostics::{Code, Diagnostic, Message, Span};

pub(crate) use self::image::Image;
use self::image::{MAX_BYTES, Refusal};
use crate::files;

/// Where an SOP's logo comes from.
pub(crate) struct Request<'a> {
    /// The path, relative to the SOP's folder (or absolute).
    pub(crate) path: &'a str,
    /// Where the finding points: the `logo` text, or the SOP's name when the path came from
    /// `sopan.yaml`.
    pub(crate) span: Span,
    /// Whether the path came from `sopan.yaml`.
    pub(crate) from_config: bool,
}

impl<'a> Request<'a> {
    /// The logo an SOP asks for: its own `logo`, else the one `sopan.yaml` gives.
    pub(crate) fn of(facts: &'a Facts, configured: Option<&'a str>) -> Option<Request<'a>> {
        if let Some((path, span)) = &facts.logo {
            return Some(Request {
                path,
                span: *span,
                from_config: false,
            });
        }
        configured.map(|path| Request {
            path,
            span: facts.header,
            from_config: true,
        })
    }
}

/// Logo files read so far, by canonical path: the bytes the sheet embeds, or why not.
#[derive(Default)]
pub(crate) struct Logos {
    read: BTreeMap<PathBuf, Result<Arc<Image>, Refusal>>,
}

impl Logos {
    /// The logo's bytes for the SOP at `sop_path`, or the diagnostic that refuses it.
    pub(crate) fn load(
        &mut self,
        sop_path: &Path,
        request: &Request<'_>,
    ) -> Result<Arc<Image>, Diagnostic> {
        let parent = sop_path.parent().unwrap_or(Path::new("."));
        let folder = files::absolute(parent).unwrap_or_else(|_| parent.to_path_buf());
        let root = repository_root(&folder);
        let wanted = files::lexical(&folder.join(request.path));
        // A path from sopan.yaml was written relative to that file, not to this SOP: the
        // full path is what its author will recognise.
        let shown = if request.from_config {
            wanted.to_string_lossy().into_owned()
        } else {
            request.path.to_owned()
        };
        if !wanted.starts_with(&root) {
            return Err(outside(request, &shown));
        }
        let Ok(real) = std::fs::canonicalize(&wanted) else {
            return Err(unusable(
                request,
                &shown,
                &Refusal::new(Message::new("cli-logo-tidak-ada")),
            ));
        };
        let real_root = std::fs::canonicalize(&root).unwrap_or(root);
        if !real.starts_with(&real_root) {
            return Err(outside(request, &shown));
        }
        self.read
            .entry(real)
            .or_insert_with_key(|real| {
                read_bounded(real)
                    .and_then(image::embeddable)
                    .map(Arc::from)
            })
            .clone()
            .map_err(|refusal| unusable(request, &shown, &refusal))
    }
}

/// The bytes of the regular file at `path`, if it holds at most `MAX_BYTES`.
fn read_bounded(path: &Path) -> Result<Vec<u8>, Refusal> {
    let cannot_read = |_| Refusal::new(Message::new("cli-logo-tidak-terbaca"));
    // Asked before opening: opening a pipe waits for a writer.
    let metadata = std::fs::metadata(path).map_err(cannot_read)?;
    regular(&metadata)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should the file be swapped for a pipe after the question above, the open still
        // returns at once; on a regular file the flag changes nothing.
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    regular(&metadata)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(metadata.len().max(bytes.len() as u64)));
    }
    Ok(bytes)
}

fn regular(metadata: &std::fs::Metadata) -> Result<(), Refusal> {
    if metadata.is_dir() {
        return Err(Refusal::new(Message::new("cli-logo-folder")));
    }
    if !metadata.is_file() {
        return Err(Refusal::new(Message::new("cli-logo-bukan-berkas")));
    }
    if metadata.len() > MAX_BYTES {
        return Err(too_large(metadata.len()));
    }
    Ok(())
}

fn too_large(size: u64) -> Refusal {
    // Whole tenths of a MiB, rounded down, so a file just over the limit never reads "2.0".
    let tenths = size.saturating_mul(10) / (1024 * 1024);
    Refusal::new(
        Message::new("cli-logo-terlalu-besar")
            .arg("ukuran", format!("{}.{}", tenths / 10, tenths % 10)),
    )
    .with_help(Message::new("cli-logo-terlalu-besar.help"))
}

fn outside(request: &Request<'_>, shown: &str) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::LogoOutside,
        Message::new("cli-logo-di-luar").arg("logo", shown),
        request.span,
        Message::new("cli-logo-di-luar.label"),
    )
    .with_help(if request.from_config {
        Message::new("cli-logo-di-luar.help-konfigurasi")
    } else {
        Message::new("cli-logo-di-luar.help")
    });
    from_config(diagnostic, request)
}

fn unusable(request: &Request<'_>, shown: &str, refusal: &Refusal) -> Diagnostic {
    let help = refusal.help.clone().unwrap_or_else(|| {
        if request.from_config {
            Message::new("cli-logo-tidak-dapat-dipakai.help-konfigurasi")
        } else {
            Message::new("cli-logo-tidak-dapat-dipakai.help")
        }
    });
    let diagnostic = Diagnostic::new(
        Code::LogoUnusable,
        refusal.why.clone().arg("logo", shown),
        request.span,
        Message::new("cli-logo-tidak-dapat-dipakai.label"),
    )
    .with_help(help);
    from_config(diagnostic, request)
}

fn from_config(diagnostic: Diagnostic, request: &Request<'_>) -> Diagnostic {
    if request.from_config {
        diagnostic.with_note(Message::new("cli-logo-dari-konfigurasi"))
    } else {
        diagnostic
    }
}

/// The folder the SOP in `folder` belongs to; see the module documentation.
fn repository_root(folder: &Path) -> PathBuf {
    if let Some(git) = folder.ancestors().find(|dir| dir.join(".git").exists()) {
        return git.to_path_buf();
    }
    match std::env::current_dir().map(|cwd| files::lexical(&cwd)) {
        Ok(cwd) if folder.starts_with(&cwd) => cwd,
        _ => folder.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::read_bounded;
    use std::path::Path;

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_being_read() {
        // Read to the end, /dev/zero never ends.
        let refusal = read_bounded(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(refusal.why.id(), Some("cli-logo-bukan-berkas"));
    }
}
