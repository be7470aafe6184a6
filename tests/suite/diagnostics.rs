//! Every fixture under tests/diagnostics/<CODE>/ emits its code, and its rendered report
//! matches the snapshot beside it.

use std::path::Path;

use sopan_diagnostics::Code;

use crate::support::{compile_file, files, rendered, root};

/// Runs each fixture of each code folder.
#[test]
fn fixtures_emit_their_code_and_match_snapshots() {
    let base = root().join("tests/diagnostics");
    let fixtures = files(&base, "sop");
    assert!(
        !fixtures.is_empty(),
        "no fixture found under {}",
        base.display()
    );
    for fixture in &fixtures {
        let folder = fixture.parent().expect("fixture in a folder");
        let code = code_of(folder);
        let unit = compile_file(fixture);
        let emitted: Vec<Code> = unit.diagnostics.iter().map(|d| d.code).collect();
        // Asserted before the snapshot, so a snapshot cannot quietly record another failure.
        assert!(
            emitted.contains(&code),
            "{} should emit {code}, emitted {emitted:?}",
            fixture.display()
        );
        let stem = fixture
            .file_stem()
            .expect("named fixture")
            .to_string_lossy()
            .into_owned();
        insta::with_settings!({
            snapshot_path => folder,
            prepend_module_to_snapshot => false,
            omit_expression => true,
            input_file => fixture,
        }, {
            insta::assert_snapshot!(stem, rendered(&unit));
        });
    }
}

/// A file larger than the limit gets SOP005 (generated here: no 16 MiB file is committed).
#[test]
fn oversized_file_is_refused() {
    let text = format!(
        "sop \"A\" {{ }}{}",
        " ".repeat(sopan_syntax::MAX_FILE_BYTES)
    );
    let unit = sopan_cli::compile("big.sop", text.as_bytes());
    let codes: Vec<Code> = unit.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::FileTooLarge]);
}

pub(crate) fn code_of(folder: &Path) -> Code {
    let name = folder.file_name().expect("folder name").to_string_lossy();
    name.parse()
        .unwrap_or_else(|()| panic!("tests/diagnostics/{name} does not name a diagnostic code"))
}
