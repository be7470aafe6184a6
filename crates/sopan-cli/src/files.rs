//! Finding the .sop files named on the command line, in a stable order.
//!
//! Every path is made absolute here, once, before anything looks at it: the rules that
//! depend on where a file lies (the `sopan.yaml` files above it, the repository its logo
//! must stay in) then see the same folder whether the user wrote `a.sop`, `./a.sop`,
//! `../kel/a.sop` or the full path. A bare name's parent is the empty path, which every
//! path "starts with"; nothing below this module ever sees one.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use sopan_diagnostics::Message;

/// A .sop file to process.
pub(crate) struct Input {
    /// Where to read it: absolute, without `.` or `..`.
    pub(crate) path: PathBuf,
    /// How diagnostics name it: the path as the user wrote it, with `/` separators.
    pub(crate) display: String,
    /// Where its outputs go below the output folder, without extension. Always relative,
    /// without `.` or `..`, never empty.
    pub(crate) out_stem: PathBuf,
    /// How the published index names it: relative to the folder named on the command line,
    /// or the file name alone for a file named directly, so no machine path is published.
    pub(crate) published: String,
}

/// Expands files and folders into .sop files: folders are searched recursively (skipping
/// hidden folders), each folder's files sorted by name. A file named directly is taken
/// whatever its extension. A file named twice (`a.sop ./a.sop`, or a file and a folder
/// holding it) is taken once, where it first appears.
pub(crate) fn discover(paths: &[PathBuf]) -> Result<Vec<Input>, Message> {
    let mut inputs = Vec::new();
    let mut seen = BTreeSet::new();
    let mut push = |input: Input| {
        if seen.insert(input.path.clone()) {
            inputs.push(input);
        }
    };
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|e| cannot_read(&display(root), &e))?;
        let full = absolute(root).map_err(|e| cannot_read(&display(root), &e))?;
        if !meta.is_dir() {
            let stem = full
                .file_stem()
                .map_or_else(|| PathBuf::from("sop"), PathBuf::from);
            let published = full
                .file_name()
                .map_or_else(|| "sop".to_owned(), |n| display(Path::new(n)));
            push(Input {
                path: full,
                display: display(root),
                out_stem: stem,
                published,
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = entry.map_err(|e| cannot_read(&display(root), &e))?;
            let path = entry.path();
            if entry.file_type().is_file() && path.extension().is_some_and(|x| x == "sop") {
                let relative = path.strip_prefix(root).unwrap_or(path);
                push(Input {
                    path: full.join(relative),
                    display: display(path),
                    out_stem: relative.with_extension(""),
                    published: display(relative),
                });
            }
        }
    }
    Ok(inputs)
}

/// A file or folder that cannot be read, with the system's reason.
pub(crate) fn cannot_read(shown: &str, why: &dyn std::fmt::Display) -> Message {
    Message::new("cli-tidak-terbaca")
        .arg("berkas", shown)
        .arg("alasan", why.to_string())
}

pub(crate) fn display(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// `path` made absolute against the working folder, with `.` and `..` taken away as
/// written. The working folder comes from the system with links resolved, so `..` steps
/// out of it the way the filesystem does; Windows resolves `..` in the same way.
pub(crate) fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    Ok(lexical(&std::path::absolute(path)?))
}

/// `path` with `.` and `..` taken away as written, without asking the filesystem: a test
/// against a repository's folder must see `a/../../b` for what it says.
pub(crate) fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{absolute, lexical};
    use std::path::Path;

    #[test]
    fn every_spelling_becomes_one_absolute_path() {
        let cwd = std::env::current_dir().expect("working folder");
        let bare = absolute(Path::new("a.sop")).expect("absolute");
        assert_eq!(bare, cwd.join("a.sop"));
        assert_eq!(absolute(Path::new("./a.sop")).expect("absolute"), bare);
        assert_eq!(absolute(&cwd.join("x/../a.sop")).expect("absolute"), bare);
        assert!(bare.parent().is_some_and(|p| !p.as_os_str().is_empty()));
    }

    #[test]
    fn parent_steps_are_taken_as_written() {
        assert_eq!(lexical(Path::new("/a/b/../../../c/./d")), Path::new("/c/d"));
        assert_eq!(lexical(Path::new("/a/b/../c")), Path::new("/a/c"));
    }
}
