//! Helpers shared by the suite's modules.

use std::path::{Path, PathBuf};

use sopan_cli::Unit;

/// The workspace root.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// Files below `dir` (recursively) with extension `ext`, sorted.
pub(crate) fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let path = entry.expect("readable folder").path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.extension().is_some_and(|x| x == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A path relative to the workspace root, with `/` separators: what diagnostics show.
pub(crate) fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Compiles a file of the repository, named as the CLI would name it.
pub(crate) fn compile_file(path: &Path) -> Unit {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    sopan_cli::compile(&relative(path), &bytes)
}

/// The diagnostics of a unit rendered as a person sees them, without colour, in the
/// default language.
pub(crate) fn rendered(unit: &Unit) -> String {
    sopan_diagnostics::render(
        &unit.file,
        &unit.diagnostics,
        sopan_diagnostics::Bahasa::Id,
        false,
        100,
    )
}

/// Whether golden files should be rewritten instead of compared.
pub(crate) fn blessing() -> bool {
    std::env::var_os("SOPAN_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the golden file at `path`, or rewrites it when blessing.
/// Returns a description of the mismatch, if any.
pub(crate) fn golden(path: &Path, actual: &str) -> Option<String> {
    if blessing() {
        std::fs::create_dir_all(path.parent().expect("golden files sit in a folder"))
            .expect("writable");
        std::fs::write(path, actual).expect("writable golden file");
        return None;
    }
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => Some(format!(
            "{} differs from the output (run with SOPAN_BLESS=1 to accept):\n{}",
            relative(path),
            first_difference(&expected, actual)
        )),
        Err(_) => Some(format!(
            "{} is missing (run with SOPAN_BLESS=1 to write it)",
            relative(path)
        )),
    }
}

fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b);
    let line = line.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    format!(
        "first difference at line {}:\n- {}\n+ {}",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end of file>"),
        actual.lines().nth(line).unwrap_or("<end of file>")
    )
}
