//! Finding the `sopan.yaml` files that apply to an SOP and merging them.
//!
//! Every folder from the SOP's own up to the repository root (the nearest folder holding
//! `.git`, else the filesystem root) may hold a `sopan.yaml`; nearer folders win key by key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sopan_config::Config;
use sopan_diagnostics::{Diagnostic, SourceFile};

/// Configuration files read so far, and the problems found in them.
#[derive(Default)]
pub(crate) struct Configs {
    /// Per folder: the merged config that applies there.
    merged: BTreeMap<PathBuf, Config>,
    /// Invalid `sopan.yaml` files with their diagnostics, in the order they were met.
    pub(crate) problems: Vec<(SourceFile, Vec<Diagnostic>)>,
}

impl Configs {
    /// The merged configuration for an SOP at `path`, with its logo made relative to the
    /// SOP's folder.
    pub(crate) fn for_file(&mut self, path: &Path) -> Config {
        let dir = absolute(path.parent().unwrap_or(Path::new(".")));
        self.for_dir(&dir)
    }

    fn for_dir(&mut self, dir: &Path) -> Config {
        if let Some(config) = self.merged.get(dir) {
            return config.clone();
        }
        let parent = match dir.parent() {
            Some(parent) if !dir.join(".git").exists() => self.for_dir(parent),
            _ => Config::default(),
        };
        let merged = match self.read(dir) {
            Some(own) => own.merge(&parent),
            None => parent,
        };
        self.merged.insert(dir.to_path_buf(), merged.clone());
        merged
    }

    /// The folder's own `sopan.yaml`, with its logo path made absolute.
    fn read(&mut self, dir: &Path) -> Option<Config> {
        let path = dir.join("sopan.yaml");
        let text = std::fs::read_to_string(&path).ok()?;
        // Shown relative to the working folder when it lies below it, like the .sop files
        // the user named; otherwise in full.
        let shown = std::env::current_dir()
            .ok()
            .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| path.clone());
        let file = SourceFile::new(crate::files::display(&shown), text);
        match sopan_config::parse(&file) {
            Ok(mut config) => {
                if let Some(logo) = &config.identitas.logo {
                    config.identitas.logo = Some(dir.join(logo).to_string_lossy().into_owned());
                }
                Some(config)
            }
            Err(problems) => {
                self.problems.push((file, problems));
                None
            }
        }
    }
}

/// The logo path of `config` relative to the folder of the SOP at `sop_path`.
pub(crate) fn relative_logo(config: &mut Config, sop_path: &Path) {
    let Some(logo) = &config.identitas.logo else {
        return;
    };
    let dir = absolute(sop_path.parent().unwrap_or(Path::new(".")));
    if let Some(relative) = pathdiff::diff_paths(logo, &dir) {
        config.identitas.logo = Some(relative.to_string_lossy().replace('\\', "/"));
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
