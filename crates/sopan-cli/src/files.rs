//! Finding the .sop files named on the command line, in a stable order.

use std::path::{Path, PathBuf};

/// A .sop file to process.
pub(crate) struct Input {
    /// Where to read it.
    pub(crate) path: PathBuf,
    /// How diagnostics name it: the path as the user wrote it, with `/` separators.
    pub(crate) display: String,
    /// Where its outputs go below the output folder, without extension.
    pub(crate) out_stem: PathBuf,
}

/// Expands files and folders into .sop files: folders are searched recursively (skipping
/// hidden folders), each folder's files sorted by name. A file named directly is taken
/// whatever its extension.
pub(crate) fn discover(paths: &[PathBuf]) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for root in paths {
        let meta =
            std::fs::metadata(root).map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        if !meta.is_dir() {
            let stem = root
                .file_stem()
                .map_or_else(|| PathBuf::from("sop"), PathBuf::from);
            inputs.push(Input {
                path: root.clone(),
                display: display(root),
                out_stem: stem,
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", root.display()))?;
            let path = entry.path();
            if entry.file_type().is_file() && path.extension().is_some_and(|x| x == "sop") {
                let relative = path.strip_prefix(root).unwrap_or(path);
                inputs.push(Input {
                    path: path.to_path_buf(),
                    display: display(path),
                    out_stem: relative.with_extension(""),
                });
            }
        }
    }
    Ok(inputs)
}

pub(crate) fn display(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}
