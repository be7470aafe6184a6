//! Every file under tests/valid/ checks with zero diagnostics: the constructs real sheets
//! use must never be flagged.

use crate::support::{compile_file, files, rendered, root};

#[test]
fn valid_files_have_no_diagnostics() {
    let valid = files(&root().join("tests/valid"), "sop");
    assert!(!valid.is_empty(), "no file under tests/valid");
    for path in valid {
        let unit = compile_file(&path);
        assert!(
            unit.diagnostics.is_empty(),
            "{} should be clean:\n{}",
            path.display(),
            rendered(&unit)
        );
        assert!(unit.sop.is_some());
    }
}
