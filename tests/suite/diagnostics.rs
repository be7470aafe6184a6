//! Every fixture under tests/diagnostics/<CODE>/ emits its code, and its rendered report
//! matches the snapshot beside it. A fixture is a `.sop` file, or a folder of `.sop` files
//! (and a `sopan.yaml`) checked together as one repository, for the codes that compare
//! files or read configuration.

use std::path::{Path, PathBuf};

use sopan_diagnostics::Code;

use crate::support::{compile_file, rendered, root};

/// One fixture: a file or a repository folder, in a code's folder.
pub(crate) struct Fixture {
    pub(crate) code: Code,
    pub(crate) path: PathBuf,
}

/// Every fixture, sorted.
pub(crate) fn fixtures() -> Vec<Fixture> {
    let base = root().join("tests/diagnostics");
    let mut out = Vec::new();
    for folder in sorted(&base) {
        let code = code_of(&folder);
        for path in sorted(&folder) {
            if path.is_dir() || path.extension().is_some_and(|x| x == "sop") {
                out.push(Fixture { code, path });
            }
        }
    }
    out
}

fn sorted(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.map(|e| e.expect("readable").path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

/// The codes and report of a fixture, as `sopan check` gives them.
fn run(fixture: &Fixture) -> (Vec<Code>, String) {
    if !fixture.path.is_dir() {
        let unit = compile_file(&fixture.path);
        return (
            unit.diagnostics.iter().map(|d| d.code).collect(),
            rendered(&unit),
        );
    }
    // Named relative to the working folder, as a user in it would: the `.sop` files and the
    // `sopan.yaml` found beside them then read the same way in the report.
    let cwd = std::env::current_dir().expect("working folder");
    let path = fixture
        .path
        .strip_prefix(&cwd)
        .unwrap_or(&fixture.path)
        .to_path_buf();
    let run = |format: &str| {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let args = ["sopan", "check", "--color", "never", "--format", format];
        let args = args
            .iter()
            .map(std::ffi::OsString::from)
            .chain([path.clone().into_os_string()]);
        let mut io = sopan_cli::Io {
            stdout: &mut out,
            stderr: &mut err,
            terminal: false,
        };
        sopan_cli::run_with(args, None, &mut io);
        String::from_utf8(out).expect("UTF-8")
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON report");
    let codes = json["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().cloned().unwrap_or_default())
        .filter_map(|d| d["code"].as_str().and_then(|c| c.parse().ok()))
        .collect();
    (codes, run("human"))
}

#[test]
fn fixtures_emit_their_code_and_match_snapshots() {
    let fixtures = fixtures();
    assert!(
        !fixtures.is_empty(),
        "no fixture found under tests/diagnostics"
    );
    for fixture in &fixtures {
        let (codes, report) = run(fixture);
        // Asserted before the snapshot, so a snapshot cannot quietly record another failure.
        assert!(
            codes.contains(&fixture.code),
            "{} should emit {}, emitted {codes:?}",
            fixture.path.display(),
            fixture.code
        );
        let folder = fixture.path.parent().expect("fixture in a folder");
        let stem = fixture
            .path
            .file_stem()
            .expect("named fixture")
            .to_string_lossy()
            .into_owned();
        insta::with_settings!({
            snapshot_path => folder,
            prepend_module_to_snapshot => false,
            omit_expression => true,
            input_file => &fixture.path,
        }, {
            insta::assert_snapshot!(stem, report);
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

/// The anchor GitHub gives a Markdown heading: lowercase, punctuation dropped (letters,
/// digits, `-` and `_` stay), each space a `-`. Written here from GitHub's rule, not from
/// `Code::docs_url`, so the two are checked against each other.
fn github_anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn every_code_links_to_the_anchor_of_its_heading() {
    let docs = std::fs::read_to_string(root().join("docs/diagnostics.md")).expect("docs");
    // Every heading's anchor, outside fenced blocks (where `#` starts a comment).
    let mut anchors = Vec::new();
    let mut fenced = false;
    for line in docs.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if !fenced
            && line.starts_with('#')
            && let Some(words) = line.trim_start_matches('#').strip_prefix(' ')
        {
            anchors.push(github_anchor(words));
        }
    }
    let base = format!("{}#", sopan_diagnostics::DOCS_URL);
    assert!(
        base.starts_with(env!("CARGO_PKG_REPOSITORY")),
        "{base} is not in the workspace's repository"
    );
    for code in Code::ALL {
        let heading = docs
            .lines()
            .find_map(|line| {
                line.strip_prefix("## ")
                    .filter(|rest| rest.starts_with(&format!("{code}:")))
            })
            .unwrap_or_else(|| panic!("docs/diagnostics.md has no `## {code}: title` heading"));
        let anchor = github_anchor(heading);
        assert_eq!(code.docs_url(), format!("{base}{anchor}"), "{code}");
        // GitHub numbers a repeated anchor (`-1`, `-2`), so a second heading with the same
        // words would move this code's address.
        let uses = anchors.iter().filter(|a| **a == anchor).count();
        assert_eq!(
            uses, 1,
            "{code}: anchor `{anchor}` is used by {uses} headings"
        );
    }
}
