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
    /// Where to read it: absolute, without `.` or `..`. For standard input, where it is
    /// said to be (`--nama-berkas`), which decides the `sopan.yaml` files that apply.
    pub(crate) path: PathBuf,
    /// How diagnostics name it: the path as the user wrote it, with `/` separators.
    pub(crate) display: String,
    /// Where its outputs go below the output folder, without extension. Always relative,
    /// without `.` or `..`, never empty.
    pub(crate) out_stem: PathBuf,
    /// How the published index names it: relative to the folder named on the command line,
    /// or the file name alone for a file named directly, so no machine path is published.
    pub(crate) published: String,
    /// Whether its text is read from standard input (`-`) rather than from `path`.
    pub(crate) stdin: bool,
}

/// How the command line asks for inputs to be found.
#[derive(Default)]
pub(crate) struct Search<'a> {
    /// `--exclude` globs, matched below each folder named on the command line.
    pub(crate) exclude: &'a [String],
    /// `--nama-berkas`: the name of the text read from standard input (`-`).
    pub(crate) stdin_name: Option<&'a Path>,
}

/// Expands files and folders into .sop files: folders are searched recursively (skipping
/// hidden files and folders, what `.gitignore` and `.ignore` files ignore, and what
/// `--exclude` and the `kecualikan` of a `sopan.yaml` exclude), each folder's entries sorted
/// by name. `.sop` is matched without case (`A.SOP` is taken). A file named directly is
/// taken whatever its extension and whatever would exclude it. A file named twice
/// (`a.sop ./a.sop`, or a file and a folder holding it) is taken once, where it first
/// appears. `-` is standard input, once.
pub(crate) fn discover(paths: &[PathBuf], search: &Search<'_>) -> Result<Vec<Input>, Message> {
    let mut inputs = Vec::new();
    let mut seen = BTreeSet::new();
    let mut push = |input: Input| {
        if seen.insert((input.stdin, input.path.clone())) {
            inputs.push(input);
        }
    };
    let exclude = crate::walk::Globs::new(search.exclude)?;
    let mut excluded_by_config = crate::walk::Kecualikan::default();
    for root in paths {
        if root.as_os_str() == "-" {
            let name = search.stdin_name.unwrap_or(Path::new("-"));
            let full = absolute(name).map_err(|e| cannot_read(&display(name), &e))?;
            let shown = search
                .stdin_name
                .map_or_else(|| "<stdin>".to_owned(), display);
            push(Input {
                out_stem: full
                    .file_stem()
                    .map_or_else(|| PathBuf::from("sop"), PathBuf::from),
                published: full
                    .file_name()
                    .map_or_else(|| "sop".to_owned(), |n| display(Path::new(n))),
                path: full,
                display: shown,
                stdin: true,
            });
            continue;
        }
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
                stdin: false,
            });
            continue;
        }
        for path in crate::walk::sop_files(root)? {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let absolute_path = full.join(relative);
            if exclude.excludes(relative) || excluded_by_config.excludes(&absolute_path) {
                continue;
            }
            push(Input {
                path: absolute_path,
                display: display(&path),
                out_stem: relative.with_extension(""),
                published: display(relative),
                stdin: false,
            });
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
