//! Walking a folder for .sop files, and the globs that leave some out.
//!
//! The walk is ripgrep's (the `ignore` crate): hidden files and folders are skipped, and so
//! is whatever a `.gitignore` or `.ignore` file ignores, inside a git repository or not.
//! The user's global git excludes are not read, so a run gives the same files on every
//! machine. Entries are sorted by name, folder by folder, as before.
//!
//! A glob (`--exclude`, `kecualikan:`) is matched against a path relative to the folder it
//! belongs to, and against each folder on the way (`vendor` leaves out `vendor/a.sop`); a
//! glob without `/` matches a name at any depth, as in `.gitignore`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use sopan_diagnostics::Message;

/// The .sop files below `root`, as `root` joined with their place below it, in walk order.
pub(crate) fn sop_files(root: &Path) -> Result<Vec<PathBuf>, Message> {
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .ignore(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .parents(true)
        .follow_links(false)
        .sort_by_file_name(std::ffi::OsStr::cmp)
        .build();
    let mut found = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            // A line of an ignore file that is not a glob is skipped, as git skips it; only
            // a folder or file that cannot be read stops the run.
            Err(error) if error.io_error().is_none() => continue,
            Err(error) => {
                return Err(Message::new("cli-tidak-terbaca")
                    .arg("berkas", crate::files::display(root))
                    .arg("alasan", error.to_string()));
            }
        };
        let is_file = entry.file_type().is_some_and(|t| t.is_file());
        if is_file && is_sop(entry.path()) {
            found.push(entry.into_path());
        }
    }
    Ok(found)
}

/// Whether `path` has the .sop extension, in any case (`A.SOP` from a Windows share).
pub(crate) fn is_sop(path: &Path) -> bool {
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("sop"))
}

/// A set of globs, each matched against a relative path and against its folders.
#[derive(Default)]
pub(crate) struct Globs {
    set: Option<GlobSet>,
}

impl Globs {
    pub(crate) fn new(patterns: &[String]) -> Result<Globs, Message> {
        if patterns.is_empty() {
            return Ok(Globs::default());
        }
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let trimmed = pattern.trim_end_matches('/');
            let trimmed = trimmed.strip_prefix("./").unwrap_or(trimmed);
            let anchored = trimmed.strip_prefix('/');
            let written = match anchored {
                Some(rest) => rest.to_owned(),
                None if !trimmed.contains('/') => format!("**/{trimmed}"),
                None => trimmed.to_owned(),
            };
            let glob = GlobBuilder::new(&written)
                .literal_separator(true)
                .build()
                .map_err(|e| {
                    Message::new("ci-glob-salah")
                        .arg("pola", pattern.as_str())
                        .arg("sebab", e.kind().to_string())
                })?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|e| Message::new("ci-pola-gagal").arg("sebab", e.to_string()))?;
        Ok(Globs { set: Some(set) })
    }

    /// Whether `relative` or a folder on its way is matched.
    pub(crate) fn excludes(&self, relative: &Path) -> bool {
        let Some(set) = &self.set else {
            return false;
        };
        let mut prefix = PathBuf::new();
        for part in relative.components() {
            prefix.push(part);
            if set.is_match(&prefix) {
                return true;
            }
        }
        false
    }
}

/// The `kecualikan:` lists of the `sopan.yaml` files above the files walked, read once per
/// folder. Each list applies below its own folder, relative to it; the lists of every
/// folder up to the repository root (the nearest folder with `.git`) apply together, so a
/// nested `sopan.yaml` adds to its parents' lists and cannot take an exclusion back.
#[derive(Default)]
pub(crate) struct Kecualikan {
    folders: BTreeMap<PathBuf, Globs>,
}

impl Kecualikan {
    /// Whether a `kecualikan` glob above `path` (absolute) leaves it out.
    pub(crate) fn excludes(&mut self, path: &Path) -> bool {
        let mut folder = path.parent();
        while let Some(dir) = folder {
            let globs = self
                .folders
                .entry(dir.to_path_buf())
                .or_insert_with(|| own_globs(dir));
            if path
                .strip_prefix(dir)
                .is_ok_and(|rest| globs.excludes(rest))
            {
                return true;
            }
            if dir.join(".git").exists() {
                break;
            }
            folder = dir.parent();
        }
        false
    }
}

/// The globs of `dir/sopan.yaml`'s `kecualikan`. A file that cannot be read or parsed has
/// none here: it is reported, and its SOPs are not built, where the configuration is read.
fn own_globs(dir: &Path) -> Globs {
    let path = dir.join("sopan.yaml");
    // Only a regular file of the size a sopan.yaml may have: a link to a device or a pipe
    // is reported where the configuration is read, and never read here.
    let regular = std::fs::metadata(&path)
        .is_ok_and(|m| m.is_file() && m.len() <= sopan_config::MAX_CONFIG_BYTES);
    if !regular {
        return Globs::default();
    }
    let mut text = String::new();
    let read = std::fs::File::open(&path).and_then(|file| {
        std::io::Read::read_to_string(
            &mut std::io::Read::take(file, sopan_config::MAX_CONFIG_BYTES),
            &mut text,
        )
    });
    if read.is_err() {
        return Globs::default();
    }
    let file = sopan_diagnostics::SourceFile::new(crate::files::display(&path), text);
    sopan_config::parse(&file)
        .ok()
        .and_then(|config| Globs::new(&config.kecualikan).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::Globs;
    use std::path::Path;

    fn globs(patterns: &[&str]) -> Globs {
        let owned: Vec<String> = patterns.iter().map(|p| (*p).to_owned()).collect();
        Globs::new(&owned).expect("valid globs")
    }

    #[test]
    fn a_bare_name_matches_at_any_depth_and_a_folder_takes_its_files() {
        let g = globs(&["vendor"]);
        assert!(g.excludes(Path::new("vendor/a.sop")));
        assert!(g.excludes(Path::new("x/vendor/b/a.sop")));
        assert!(!g.excludes(Path::new("vendors/a.sop")));
    }

    #[test]
    fn a_glob_with_a_slash_is_anchored_and_star_stays_in_one_folder() {
        let g = globs(&["arsip/*.sop"]);
        assert!(g.excludes(Path::new("arsip/a.sop")));
        assert!(!g.excludes(Path::new("arsip/lama/a.sop")));
        assert!(!g.excludes(Path::new("x/arsip/a.sop")));
        let g = globs(&["arsip/**"]);
        assert!(g.excludes(Path::new("arsip/lama/a.sop")));
        let g = globs(&["*.draft.sop"]);
        assert!(g.excludes(Path::new("k/a.draft.sop")));
        assert!(!g.excludes(Path::new("k/a.sop")));
    }

    #[test]
    fn no_globs_exclude_nothing() {
        assert!(!Globs::default().excludes(Path::new("a.sop")));
    }
}
