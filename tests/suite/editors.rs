//! The editor grammars of `editors/`.
//!
//! The tree-sitter grammar (`editors/tree-sitter-sopan/`) is generated afresh from its
//! `grammar.js`, must equal the committed parser, and must agree with the real parser on
//! every file the repository holds: each file `sopan_syntax::parse` reads without a syntax
//! error (every example, every valid file, every fixture of a checker rule, every clean block
//! of the docs) parses with no ERROR or MISSING node, and each file it rejects with a syntax
//! error code parses with at least one. Its queries compile and capture what they promise.
//! The VS Code extension's manifest, language configuration and TextMate grammar agree with
//! each other, its own tests pass (`npm test`), and it packages into a `.vsix`.
//!
//! Without `tree-sitter` on PATH, or Node.js and the extension's `node_modules` (`npm ci`
//! in `editors/vscode`), those parts pass with a message on stderr, unless
//! `SOPAN_REQUIRE_EDITORS=1` (CI sets it after installing them), where a missing tool fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use sopan_diagnostics::{Code, Severity};

use crate::support::{files, relative, root};

/// The codes by which the real parser says a file is not in the language: what the
/// tree-sitter grammar must reject too.
const SYNTAX_ERRORS: &[Code] = &[
    Code::Syntax,
    Code::UnterminatedText,
    Code::EmptyFile,
    Code::InvalidEscape,
    Code::SecondSop,
];

/// Errors of the real parser that are not about the grammar, with why the tree-sitter
/// grammar cannot see them. A fixture rejected with one of these only is reported and
/// skipped; a code that is neither here nor in [`SYNTAX_ERRORS`] fails the test.
const NOT_GRAMMAR: &[(Code, &str)] = &[
    (
        Code::InvalidUtf8,
        "tree-sitter does not check the encoding (a byte that is not UTF-8 is an ERROR in a \
         text but part of a comment), and an editor has decoded the file before it parses",
    ),
    (
        Code::FileTooLarge,
        "the size of the file is a limit, not grammar",
    ),
    (
        Code::LimitExceeded,
        "counts of steps, actors and characters are limits, not grammar",
    ),
];

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
        eprintln!("editors test skipped: no `{program}` on PATH ({hint})");
    }
    found
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

#[test]
fn committed_parser_is_generated_from_grammar_js() {
    let Some(generated) = generated() else {
        return;
    };
    let version = run(&mut generated.bare(&["--version"])).stdout;
    let version = String::from_utf8_lossy(&version);
    if version.trim() != format!("tree-sitter {TREE_SITTER_CLI}") {
        assert!(
            !required(),
            "SOPAN_REQUIRE_EDITORS=1 but {} is not tree-sitter {TREE_SITTER_CLI}",
            version.trim()
        );
        eprintln!(
            "editors test: {} is not the {TREE_SITTER_CLI} that generated the committed \
             parser, which is not compared",
            version.trim()
        );
        return;
    }
    for file in [
        "src/parser.c",
        "src/grammar.json",
        "src/node-types.json",
        "src/tree_sitter/parser.h",
    ] {
        let fresh = std::fs::read_to_string(generated.path().join(file)).expect("generated");
        let committed = std::fs::read_to_string(source_dir().join(file))
            .unwrap_or_else(|_| panic!("editors/tree-sitter-sopan/{file} is missing"));
        assert!(
            fresh == committed,
            "editors/tree-sitter-sopan/{file} is not what grammar.js generates: run \
             `tree-sitter generate` (tree-sitter-cli {TREE_SITTER_CLI}) in \
             editors/tree-sitter-sopan and commit the result"
        );
    }
}

/// A file for the tree-sitter grammar and what the real parser made of it.
struct Case {
    name: String,
    bytes: Vec<u8>,
    /// The error codes of the real parser.
    errors: Vec<Code>,
}

fn case(name: String, bytes: Vec<u8>) -> Case {
    let (_, parsed) = sopan_syntax::parse_bytes(&name, &bytes);
    let errors = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code)
        .collect();
    Case {
        name,
        bytes,
        errors,
    }
}

/// Every `.sop` file of the repository, and every ```` ```sop ```` block of the docs.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for dir in [
        "examples",
        "tests/valid",
        "tests/diagnostics",
        "tests/sheets",
    ] {
        for path in files(&root().join(dir), "sop") {
            let bytes = std::fs::read(&path).expect("readable fixture");
            out.push(case(relative(&path), bytes));
        }
    }
    for doc in ["docs/language.md", "docs/diagnostics.md", "README.md"] {
        let text = std::fs::read_to_string(root().join(doc)).expect("readable docs");
        for (line, block) in sop_blocks(&text) {
            out.push(case(format!("{doc}:{line}"), block.into_bytes()));
        }
    }
    out
}

/// The ```` ```sop ```` blocks of a Markdown text, with the line each starts on.
fn sop_blocks(text: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        match &mut current {
            None if line.trim_start().starts_with("```sop") => {
                current = Some((i + 2, String::new()))
            }
            None => {}
            Some(_) if line.trim_start().starts_with("```") => blocks.extend(current.take()),
            Some((_, block)) => {
                block.push_str(line);
                block.push('\n');
            }
        }
    }
    blocks
}

/// The ERROR and MISSING nodes tree-sitter finds in each file, by file name; one run of
/// `tree-sitter parse` reads them all.
fn tree_sitter_errors(generated: &Generated, cases: &[Case]) -> BTreeMap<String, Vec<String>> {
    let input = generated.path().join("input");
    std::fs::create_dir_all(&input).expect("input folder");
    let mut paths = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let path = input.join(format!("{i:04}.sop"));
        std::fs::write(&path, &case.bytes).expect("write case");
        paths.push(path);
    }
    let list = generated.path().join("paths.txt");
    let listing: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    std::fs::write(&list, listing.join("\n")).expect("write list");
    let output = generated
        .command(
            "parse",
            &["--quiet", "--paths", &list.display().to_string()],
        )
        .output()
        .expect("tree-sitter parse runs");
    // It exits 1 when a file has an error, which most of the rejected files do; anything
    // else is a failure of the tool itself.
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "tree-sitter parse failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut errors = BTreeMap::new();
    for (case, path) in cases.iter().zip(&paths) {
        errors.insert(case.name.clone(), problems_in(&stdout, path));
    }
    errors
}

/// The first ERROR or MISSING node of one file in the output of `tree-sitter parse
/// --quiet`, which prints a line (`PATH<tab>Parse: … (ERROR [3, 2] - [3, 19])`) for each
/// file with one and nothing for the others.
fn problems_in(stdout: &str, path: &Path) -> Vec<String> {
    let path = path.display().to_string();
    stdout
        .lines()
        .filter(|line| {
            line.split('\t')
                .next()
                .is_some_and(|p| p.trim_end() == path)
        })
        .filter_map(|line| line.rfind('(').map(|at| line[at..].trim().to_owned()))
        .collect()
}

#[test]
fn tree_sitter_agrees_with_the_real_parser() {
    let Some(generated) = generated() else {
        return;
    };
    let cases = cases();
    assert!(
        cases.len() > 100,
        "found only {} files and blocks",
        cases.len()
    );
    let errors = tree_sitter_errors(generated, &cases);
    let mut disagreements = Vec::new();
    let mut exceptions = Vec::new();
    let (mut accepted, mut rejected) = (0, 0);
    for case in &cases {
        let found = &errors[&case.name];
        if case.errors.is_empty() {
            accepted += 1;
            if !found.is_empty() {
                disagreements.push(format!(
                    "{}: Sopan reads it, tree-sitter finds {}",
                    case.name,
                    found.join(", ")
                ));
            }
        } else if case.errors.iter().any(|c| SYNTAX_ERRORS.contains(c)) {
            rejected += 1;
            if found.is_empty() {
                disagreements.push(format!(
                    "{}: Sopan rejects it ({}), tree-sitter finds no ERROR or MISSING node",
                    case.name,
                    codes(&case.errors)
                ));
            }
        } else {
            for code in &case.errors {
                let reason = NOT_GRAMMAR
                    .iter()
                    .find(|(c, _)| c == code)
                    .map(|(_, why)| *why)
                    .unwrap_or_else(|| {
                        panic!(
                            "{}: the real parser reports {}: add it to SYNTAX_ERRORS or to \
                             NOT_GRAMMAR with a reason",
                            case.name,
                            code.as_str()
                        )
                    });
                exceptions.push(format!("{} ({}): {reason}", case.name, code.as_str()));
            }
        }
    }
    assert!(accepted > 80, "only {accepted} files the real parser reads");
    assert!(
        rejected > 15,
        "only {rejected} files the real parser rejects"
    );
    eprintln!(
        "tree-sitter agrees on {accepted} files Sopan reads and {rejected} it rejects; not \
         compared:\n  {}",
        exceptions.join("\n  ")
    );
    assert!(
        disagreements.is_empty(),
        "the tree-sitter grammar and grammar/sopan.pest disagree:\n{}",
        disagreements.join("\n")
    );
}

fn codes(codes: &[Code]) -> String {
    let mut names: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
    names.dedup();
    names.join(", ")
}

/// A file with each thing the highlight query colours, and the capture each must get.
const HIGHLIGHTED: &str = r#"// sopan: abaikan SOP207 lembar asli
sop "Surat \"A\"" {
  id sktm nomor "470" dibuat 2024-01-02 revisi -
  keterkaitan { surat-masuk "SOP Surat Masuk" }
  pelaksana { pemohon "Pemohon" kasi "Kasi" }
  prosedur {
    // Berkas diserahkan di loket.
    serah: mulai pemohon "Mengajukan" { waktu 1 x 24 jam output - keterangan surat-masuk }
    kasi + pemohon keputusan "Memeriksa" { ya -> lanjut tidak "Belum" -> serah }
    "Baris" { proses kasi "t" { -> serah, akhir } akhir: selesai pemohon waktu 5-10 hari kerja }
  }
}
"#;

const EXPECTED_CAPTURES: &[(&str, &str)] = &[
    ("// sopan: abaikan SOP207 lembar asli", "comment.note"),
    ("// Berkas diserahkan di loket.", "comment"),
    ("sop", "keyword"),
    (r#""Surat \"A\"""#, "string"),
    ("id", "property"),
    ("sktm", "module"),
    ("dibuat", "property"),
    ("2024-01-02", "string.special"),
    ("-", "constant.builtin"),
    ("keterkaitan", "keyword"),
    ("surat-masuk", "module"),
    ("pelaksana", "keyword"),
    ("pemohon", "variable"),
    ("serah", "label"),
    (":", "punctuation.delimiter"),
    ("mulai", "keyword.function"),
    ("waktu", "property"),
    ("1", "number"),
    ("x", "operator"),
    ("jam", "type.builtin"),
    ("hari kerja", "type.builtin"),
    ("+", "operator"),
    ("keputusan", "keyword.function"),
    ("ya", "keyword.conditional"),
    ("->", "operator"),
    ("lanjut", "keyword.return"),
    ("proses", "keyword.function"),
    ("selesai", "keyword.function"),
    ("akhir", "label"),
    (",", "punctuation.delimiter"),
    ("{", "punctuation.bracket"),
];

/// `(text, capture)` for each capture `tree-sitter query` reports, in order.
fn captures(generated: &Generated, query: &str, file: &Path) -> Vec<(String, String)> {
    let query = source_dir().join("queries").join(query);
    let output = run(&mut generated.command(
        "query",
        &[&query.display().to_string(), &file.display().to_string()],
    ));
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout
        .lines()
        .filter_map(|line| {
            // `capture: 3 - property, start: (2, 2), end: (2, 4), text: `id``, or for a node
            // over several lines `capture: fold, start: (1, 0), end: (75, 1)` without its text.
            let rest = line.trim().strip_prefix("capture: ")?;
            let (head, rest) = rest.split_once(", start: ")?;
            let name = head
                .split_once(" - ")
                .map_or(head, |(_, name)| name)
                .to_owned();
            let text = rest
                .split_once("text: `")
                .and_then(|(_, text)| text.strip_suffix('`'))
                .unwrap_or_default()
                .to_owned();
            Some((text, name))
        })
        .collect()
}

#[test]
fn highlight_query_colours_each_construct() {
    let Some(generated) = generated() else {
        return;
    };
    let file = generated.path().join("highlighted.sop");
    std::fs::write(&file, HIGHLIGHTED).expect("write sample");
    let sample = [case(
        "highlighted.sop".to_owned(),
        HIGHLIGHTED.as_bytes().to_vec(),
    )];
    assert!(
        sample[0].errors.is_empty(),
        "the sample is an SOP Sopan reads"
    );
    assert_eq!(
        tree_sitter_errors(generated, &sample)["highlighted.sop"],
        Vec::<String>::new()
    );
    let found = captures(generated, "highlights.scm", &file);
    for (text, capture) in EXPECTED_CAPTURES {
        assert!(
            found.iter().any(|(t, c)| t == text && c == capture),
            "`{text}` is not captured as @{capture}; captures:\n{found:?}"
        );
    }
    // Editors disagree on which of two captures of one node wins, so there are none.
    let mut seen = std::collections::BTreeSet::new();
    let output = run(&mut generated.command(
        "query",
        &[
            &source_dir()
                .join("queries/highlights.scm")
                .display()
                .to_string(),
            &file.display().to_string(),
        ],
    ));
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if let Some(at) = line.find("start: ") {
            assert!(seen.insert(line[at..].to_owned()), "captured twice: {line}");
        }
    }
}

#[test]
fn locals_and_folds_queries_compile_and_match_examples() {
    let Some(generated) = generated() else {
        return;
    };
    let example = root().join("examples/sktm-belimbing.sop");
    let locals = captures(generated, "locals.scm", &example);
    assert!(locals.contains(&("serah".to_owned(), "local.definition.label".to_owned())));
    assert!(locals.contains(&("serah".to_owned(), "local.reference".to_owned())));
    assert!(locals.contains(&("kasi".to_owned(), "local.definition.var".to_owned())));
    let folds = captures(generated, "folds.scm", &example);
    assert!(
        folds.iter().filter(|(_, c)| c == "fold").count() > 5,
        "{folds:?}"
    );
}

fn vscode_dir() -> PathBuf {
    root().join("editors/vscode")
}

fn json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", relative(path)))
}

/// Every `name` in a TextMate grammar, and every `#rule` it includes.
fn scopes_and_includes(
    value: &serde_json::Value,
    scopes: &mut Vec<String>,
    includes: &mut Vec<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                match (key.as_str(), item) {
                    ("name", serde_json::Value::String(s)) => scopes.push(s.clone()),
                    ("include", serde_json::Value::String(s)) => includes.push(s.clone()),
                    _ => scopes_and_includes(item, scopes, includes),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                scopes_and_includes(item, scopes, includes);
            }
        }
        _ => {}
    }
}

#[test]
fn vscode_manifest_grammar_and_configuration_agree() {
    let manifest = json(&vscode_dir().join("package.json"));
    let contributes = &manifest["contributes"];
    let language = &contributes["languages"][0];
    assert_eq!(language["id"], "sopan");
    assert_eq!(language["extensions"], serde_json::json!([".sop"]));
    let configuration = language["configuration"]
        .as_str()
        .expect("language configuration");
    let configuration = json(&vscode_dir().join(configuration));
    assert_eq!(configuration["comments"]["lineComment"], "//");
    assert!(
        configuration["autoClosingPairs"]
            .as_array()
            .expect("pairs")
            .iter()
            .any(|p| p["open"] == "\"" && p["close"] == "\""),
        "quotes close themselves"
    );

    let grammar_entry = &contributes["grammars"][0];
    assert_eq!(grammar_entry["language"], "sopan");
    let grammar = json(&vscode_dir().join(grammar_entry["path"].as_str().expect("grammar path")));
    assert_eq!(grammar["scopeName"], grammar_entry["scopeName"]);
    assert_eq!(grammar["scopeName"], "source.sopan");
    let (mut scopes, mut includes) = (Vec::new(), Vec::new());
    scopes_and_includes(&grammar["patterns"], &mut scopes, &mut includes);
    scopes_and_includes(&grammar["repository"], &mut scopes, &mut includes);
    assert!(scopes.len() > 20, "{scopes:?}");
    for scope in &scopes {
        assert!(
            scope.ends_with(".sopan"),
            "scope `{scope}` does not end in `.sopan`"
        );
    }
    for wanted in [
        "comment.line.double-slash.sopan",
        "string.quoted.double.sopan",
        "constant.character.escape.sopan",
        "constant.numeric.sopan",
        "keyword.other.unit.sopan",
        "constant.other.date.sopan",
        "entity.name.label.sopan",
        "keyword.operator.arrow.sopan",
    ] {
        assert!(scopes.iter().any(|s| s == wanted), "no `{wanted}` scope");
    }
    let repository = grammar["repository"].as_object().expect("repository");
    for include in &includes {
        let rule = include
            .strip_prefix('#')
            .expect("includes name a rule of the grammar");
        assert!(repository.contains_key(rule), "`{include}` names no rule");
    }

    let command = &contributes["commands"][0];
    assert_eq!(command["command"], "sopan.pratinjau");
    assert_eq!(
        format!(
            "{}: {}",
            command["category"].as_str().expect("category"),
            command["title"].as_str().expect("title")
        ),
        "Sopan: pratinjau"
    );
    assert_eq!(
        contributes["configuration"]["properties"]["sopan.path"]["default"],
        "sopan"
    );
    let main = manifest["main"].as_str().expect("main");
    let extension = std::fs::read_to_string(vscode_dir().join(main)).expect("extension entry");
    assert!(
        extension.contains("args: ['lsp']"),
        "the extension starts `sopan lsp`"
    );
    assert!(
        extension.contains("'sopan.pratinjau'"),
        "the extension registers the command"
    );
    let lock = json(&vscode_dir().join("package-lock.json"));
    assert_eq!(
        lock["packages"]["node_modules/vscode-languageclient"]["version"],
        manifest["dependencies"]["vscode-languageclient"],
        "package-lock.json pins the language client package.json names"
    );
}

/// Node.js and the extension's `node_modules`, or a skip (a failure under
/// `SOPAN_REQUIRE_EDITORS=1`).
fn node_modules() -> bool {
    if !tool("node", "apt-get install nodejs npm") {
        return false;
    }
    let installed = vscode_dir().join("node_modules/.bin/vsce").exists();
    if !installed {
        assert!(
            !required(),
            "SOPAN_REQUIRE_EDITORS=1 but editors/vscode has no node_modules (run `npm ci` there)"
        );
        eprintln!("editors test skipped: no editors/vscode/node_modules (run `npm ci` there)");
    }
    installed
}

#[test]
fn vscode_extension_tests_pass() {
    if !node_modules() {
        return;
    }
    run(Command::new("node")
        .args(["--test", "test/"])
        .current_dir(vscode_dir()));
}

#[test]
fn vscode_extension_packages_into_a_vsix() {
    if !node_modules() {
        return;
    }
    let out = tempfile::tempdir().expect("temp dir");
    let vsix = out.path().join("sopan.vsix");
    run(Command::new(vscode_dir().join("node_modules/.bin/vsce"))
        .args([
            "package",
            "--skip-license",
            "--allow-missing-repository",
            "--out",
        ])
        .arg(&vsix)
        .current_dir(vscode_dir()));
    let listing = run(Command::new(vscode_dir().join("node_modules/.bin/vsce"))
        .args(["ls"])
        .current_dir(vscode_dir()));
    let listing = String::from_utf8_lossy(&listing.stdout);
    for file in [
        "extension.js",
        "pratinjau.js",
        "language-configuration.json",
        "syntaxes/sopan.tmLanguage.json",
        "node_modules/vscode-languageclient/node.js",
    ] {
        assert!(
            listing.lines().any(|l| l == file),
            "the .vsix lacks {file}:\n{listing}"
        );
    }
    assert!(
        !listing.lines().any(|l| l.starts_with("test/")),
        "tests are not shipped"
    );
    assert!(std::fs::metadata(&vsix).expect("vsix written").len() > 10_000);
}

/// The pieces of a file a mutation moves: texts, comments, words, and single characters,
/// with the whitespace between them kept apart.
fn pieces(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        i += 1;
        if b == b'"' {
            while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
        } else if b == b'/' && bytes.get(i) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || b"_-".contains(&bytes[i]))
            {
                i += 1;
            }
        } else if b.is_ascii_whitespace() {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
        } else {
            while i < bytes.len() && !text.is_char_boundary(i) {
                i += 1;
            }
        }
        out.push(&text[start..i]);
    }
    out
}

/// Words and signs a mutation puts in: every keyword kind, and the tokens around them.
const INSERTED: &[&str] = &[
    "waktu",
    "mulai",
    "selesai",
    "keputusan",
    "proses",
    "alternatif",
    "ya",
    "tidak",
    "lanjut",
    "output",
    "keterangan",
    "nomor",
    "bagian",
    "pelaksana",
    "x",
    "menit",
    "kerja",
    "->",
    "..>",
    "{",
    "}",
    ":",
    ",",
    "+",
    "-",
    "10",
    "2024-01-02",
    "\"t\"",
    "a",
    "a:",
];

/// Mutants of `text`, a fixed set for each file: one piece deleted, doubled, swapped with
/// the next, or replaced by one of [`INSERTED`].
fn mutants(text: &str, seed: u64) -> Vec<String> {
    let pieces = pieces(text);
    let words: Vec<usize> = (0..pieces.len())
        .filter(|&i| !pieces[i].trim().is_empty())
        .collect();
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).expect("fits") % n
    };
    let mut out = Vec::new();
    for round in 0..60 {
        let at = words[next(words.len())];
        let mut edited: Vec<String> = pieces.iter().map(|&p| p.to_owned()).collect();
        match round % 4 {
            0 => edited[at] = String::new(),
            // Spaces around what is put in, so it does not join its neighbours into one word;
            // a swap keeps the spaces where they were.
            1 => edited.insert(at, format!("{} ", pieces[at])),
            2 => {
                if let Some(&after) = words.iter().find(|&&w| w > at) {
                    edited.swap(at, after);
                }
            }
            _ => edited[at] = format!(" {} ", INSERTED[next(INSERTED.len())]),
        }
        out.push(edited.concat());
    }
    out
}

#[test]
fn tree_sitter_agrees_with_the_real_parser_on_mutants() {
    let Some(generated) = generated() else {
        return;
    };
    let mut cases = Vec::new();
    for (i, path) in files(&root().join("examples"), "sop").iter().enumerate() {
        let text = std::fs::read_to_string(path).expect("example");
        for (j, mutant) in mutants(&text, i as u64).into_iter().enumerate() {
            cases.push(case(
                format!("{} mutant {j}", relative(path)),
                mutant.into_bytes(),
            ));
        }
    }
    let errors = tree_sitter_errors(generated, &cases);
    let mut disagreements = Vec::new();
    let (mut accepted, mut rejected) = (0, 0);
    for case in &cases {
        let sopan_rejects = case.errors.iter().any(|c| SYNTAX_ERRORS.contains(c));
        let tree_sitter_rejects = !errors[&case.name].is_empty();
        if sopan_rejects {
            rejected += 1;
        } else {
            accepted += 1;
        }
        if sopan_rejects != tree_sitter_rejects {
            disagreements.push(format!(
                "{}: Sopan {} ({}), tree-sitter {}:\n{}",
                case.name,
                if sopan_rejects { "rejects" } else { "reads" },
                codes(&case.errors),
                if tree_sitter_rejects {
                    "rejects"
                } else {
                    "reads"
                },
                String::from_utf8_lossy(&case.bytes)
            ));
        }
    }
    eprintln!("mutants: Sopan reads {accepted}, rejects {rejected}");
    assert!(
        accepted > 100 && rejected > 100,
        "{accepted} read, {rejected} rejected"
    );
    assert!(
        disagreements.is_empty(),
        "{} of {} mutants read differently:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n\n")
    );
}

/// The captures Helix names otherwise than nvim-treesitter, as `queries/helix/` renames them.
const HELIX_NAMES: &[(&str, &str)] = &[
    ("@comment.note", "@comment.line.documentation"),
    ("@keyword.conditional", "@keyword.control.conditional"),
    ("@keyword.return", "@keyword.control.return"),
    ("@number", "@constant.numeric"),
    ("@property", "@variable.other.member"),
    ("@module", "@namespace"),
];

/// A query file without its header comment (the lines before the first blank line).
fn query_body(text: &str) -> &str {
    text.split_once("\n\n").map_or(text, |(_, body)| body)
}

#[test]
fn helix_highlights_are_the_same_query_with_helix_names() {
    let queries = source_dir().join("queries");
    let nvim = std::fs::read_to_string(queries.join("highlights.scm")).expect("highlights");
    let helix = std::fs::read_to_string(queries.join("helix/highlights.scm")).expect("helix");
    let mut expected = query_body(&nvim).to_owned();
    for (from, to) in HELIX_NAMES {
        for end in ["\n", ")", " "] {
            expected = expected.replace(&format!("{from}{end}"), &format!("{to}{end}"));
        }
    }
    assert!(
        query_body(&helix) == expected,
        "queries/helix/highlights.scm is not queries/highlights.scm with Helix's names"
    );
    let Some(generated) = generated() else {
        return;
    };
    let file = generated.path().join("helix.sop");
    std::fs::write(&file, HIGHLIGHTED).expect("write sample");
    let found = captures(generated, "helix/highlights.scm", &file);
    assert!(
        found.contains(&("1".to_owned(), "constant.numeric".to_owned())),
        "{found:?}"
    );
    assert!(found.contains(&("waktu".to_owned(), "variable.other.member".to_owned())));
}

/// The files editors/tree-sitter-sopan/README.md says the two grammars read differently: the
/// real parser's verdict, and whether tree-sitter finds an error. When one of them changes,
/// so must that README.
const KNOWN_DIFFERENCES: &[(&str, bool, bool)] = &[
    // An unbraced keterkaitan list takes `bagian "…"` as one more entry, then stops at `{`.
    (
        r#"sop "A" { keterkaitan a "x" bagian "Judul" { "isi" } }"#,
        true,
        false,
    ),
    (
        r#"sop "A" { keterkaitan a "x" disahkan "Lurah" { nama "N" } }"#,
        true,
        false,
    ),
    // The same list takes `nomor "…"` as an entry whose id is `nomor`: both read the file.
    (r#"sop "A" { keterkaitan a "x" nomor "1" }"#, false, false),
    // In braces the two agree.
    (
        r#"sop "A" { keterkaitan { a "x" } bagian "Judul" { "isi" } }"#,
        false,
        false,
    ),
];

#[test]
fn known_differences_stay_as_documented() {
    let readme = std::fs::read_to_string(source_dir().join("README.md")).expect("README");
    assert!(readme.contains("## Where it reads a file differently from Sopan"));
    let cases: Vec<Case> = KNOWN_DIFFERENCES
        .iter()
        .enumerate()
        .map(|(i, (text, _, _))| case(format!("difference {i}"), text.as_bytes().to_vec()))
        .collect();
    for (case, (text, sopan_rejects, _)) in cases.iter().zip(KNOWN_DIFFERENCES) {
        let rejects = case.errors.iter().any(|c| SYNTAX_ERRORS.contains(c));
        assert_eq!(rejects, *sopan_rejects, "Sopan's verdict on {text}");
    }
    let Some(generated) = generated() else {
        return;
    };
    let errors = tree_sitter_errors(generated, &cases);
    for (case, (text, _, tree_sitter_rejects)) in cases.iter().zip(KNOWN_DIFFERENCES) {
        let rejects = !errors[&case.name].is_empty();
        assert_eq!(
            rejects, *tree_sitter_rejects,
            "tree-sitter's verdict on {text}"
        );
    }
}
