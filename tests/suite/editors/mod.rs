//! The editor grammars of `editors/`.
//!
//! The tree-sitter grammar (`editors/tree-sitter-sopan/`) is generated afresh from its
//! `grammar.js`, must equal the committed parser, and must agree with the real parser on
//! every file the repository holds: each file `sopan_syntax::parse` reads without a syntax
//! error (every example, every valid file, every fixture of a checker rule, every clean block
//! of the docs) parses with no ERROR or MISSING node, and each file it rejects with a syntax
//! error code parses with at least one; so do 1,440 mutants of the examples, and the few
//! files the two read differently are pinned as its README documents them (`agreement`).
//! Its queries compile and capture what they promise (`queries`). The VS Code extension's
//! manifest, language configuration and `TextMate` grammar agree with each other, its own
//! tests pass (`npm test`), and it packages into a `.vsix` (`vscode`).
//!
//! Without `tree-sitter` on PATH, or Node.js and the extension's `node_modules` (`npm ci`
//! in `editors/vscode`), those parts pass with a message on stderr, unless
//! `SOPAN_REQUIRE_EDITORS=1` (CI sets it after installing them), where a missing tool fails.

mod agreement;
mod queries;
mod vscode;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crate::support::root;

/// The version of the tree-sitter CLI that generated the committed parser; another version
/// may write it differently. `.ci/run` installs this one.
const TREE_SITTER_CLI: &str = "0.27.1";

fn required() -> bool {
    std::env::var_os("SOPAN_REQUIRE_EDITORS").is_some_and(|v| v == "1")
}

/// `program --version` runs: the tool is there. Otherwise the test skips, or fails where
/// CI installed the tools.
fn tool(program: &str, hint: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    if !found {
        assert!(
            !required(),
            "SOPAN_REQUIRE_EDITORS=1 but `{program}` does not run ({hint})"
        );
        say(&format!(
            "editors test skipped: no `{program}` on PATH ({hint})"
        ));
    }
    found
}

/// Says on the test's standard error why a part was skipped, or what was compared.
#[expect(
    clippy::print_stderr,
    reason = "a skipped or summarised test says so on the test's standard error"
)]
fn say(message: &str) {
    eprintln!("{message}");
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The grammar generated and compiled once per run in a temporary folder, so nothing is
/// shared with the user's tree-sitter setup or with another run.
struct Generated {
    dir: tempfile::TempDir,
}

impl Generated {
    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `tree-sitter SUBCOMMAND` with the compiled parser, run in the grammar's folder.
    fn command(&self, subcommand: &str, args: &[&str]) -> Command {
        let mut command =
            self.bare(&[subcommand, "--lib-path", "sopan.so", "--lang-name", "sopan"]);
        command.args(args);
        command
    }

    fn bare(&self, args: &[&str]) -> Command {
        let mut command = Command::new("tree-sitter");
        command
            .args(args)
            .current_dir(self.path())
            .env("TREE_SITTER_LIBDIR", self.path().join("lib"));
        command
    }
}

fn source_dir() -> PathBuf {
    root().join("editors/tree-sitter-sopan")
}

/// Copies what the grammar's author writes, generates the rest, and builds the parser.
fn generated() -> Option<&'static Generated> {
    static GENERATED: OnceLock<Option<Generated>> = OnceLock::new();
    GENERATED
        .get_or_init(|| {
            let hint =
                format!("cargo install tree-sitter-cli --version {TREE_SITTER_CLI} --locked");
            if !tool("tree-sitter", &hint) {
                return None;
            }
            let dir = tempfile::tempdir().expect("temp dir");
            let src = source_dir();
            for file in ["grammar.js", "tree-sitter.json", "package.json"] {
                std::fs::copy(src.join(file), dir.path().join(file)).expect("copy grammar");
            }
            for sub in ["queries", "src"] {
                std::fs::create_dir_all(dir.path().join(sub)).expect("folder");
            }
            for query in ["highlights.scm", "locals.scm", "folds.scm"] {
                let from = src.join("queries").join(query);
                std::fs::copy(from, dir.path().join("queries").join(query)).expect("copy query");
            }
            std::fs::copy(src.join("src/scanner.c"), dir.path().join("src/scanner.c"))
                .expect("copy scanner");
            let generated = Generated { dir };
            run(&mut generated.bare(&["generate"]));
            run(&mut generated.bare(&["build", "--output", "sopan.so"]));
            Some(generated)
        })
        .as_ref()
}
