//! The tree-sitter grammar against the real parser: the committed parser is what
//! `grammar.js` generates, and both read and reject the same files (every `.sop` file and
//! docs block of the repository, and mutants of the examples), but for the documented few.

use std::collections::BTreeMap;
use std::process::Command;

use sopan_diagnostics::{Code, Severity};

use super::{parse, run, say, source_dir};
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
        Code::DateOrder,
        "a date written day-month-year or with slashes is refused by Sopan with advice on how \
         to write it; the shape `02-01-2024` is read as a date by both grammars and refused \
         only after parsing, so the two cannot agree on it by their trees",
    ),
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
/// may write it differently.
const TREE_SITTER_CLI: &str = "0.27.1";

/// Whether `tree-sitter --version` is the CLI that generated the committed parser. The
/// check that needs it is the only one that does, so CI does not install it: without it,
/// the test says so and passes.
fn tree_sitter_cli() -> bool {
    let version = Command::new("tree-sitter")
        .arg("--version")
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned());
    let wanted = format!("tree-sitter {TREE_SITTER_CLI}");
    if version.as_deref() == Some(wanted.as_str()) {
        return true;
    }
    say(&format!(
        "editors test skipped: the committed tree-sitter parser is not compared with \
         grammar.js, which needs {wanted} on PATH (found {}; `cargo install \
         tree-sitter-cli --version {TREE_SITTER_CLI} --locked`)",
        version.as_deref().unwrap_or("none")
    ));
    false
}

#[test]
fn committed_parser_is_generated_from_grammar_js() {
    if !tree_sitter_cli() {
        return;
    }
    // Generated in a temporary folder, so nothing is shared with the user's tree-sitter
    // setup or with another run.
    let dir = tempfile::tempdir().expect("temp dir");
    let src = source_dir();
    for file in ["grammar.js", "tree-sitter.json", "package.json"] {
        std::fs::copy(src.join(file), dir.path().join(file)).expect("copy grammar");
    }
    run(Command::new("tree-sitter")
        .arg("generate")
        .current_dir(dir.path())
        .env("TREE_SITTER_LIBDIR", dir.path().join("lib")));
    for file in [
        "src/parser.c",
        "src/grammar.json",
        "src/node-types.json",
        "src/tree_sitter/parser.h",
        "src/tree_sitter/alloc.h",
        "src/tree_sitter/array.h",
    ] {
        let fresh = std::fs::read_to_string(dir.path().join(file)).expect("generated");
        let committed = std::fs::read_to_string(src.join(file))
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
pub(super) struct Case {
    name: String,
    bytes: Vec<u8>,
    /// The error codes of the real parser.
    pub(super) errors: Vec<Code>,
}

pub(super) fn case(name: String, bytes: Vec<u8>) -> Case {
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
                current = Some((i + 2, String::new()));
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

/// The ERROR and MISSING nodes the committed parser finds in each file, by file name.
pub(super) fn tree_sitter_errors(cases: &[Case]) -> BTreeMap<String, Vec<String>> {
    cases
        .iter()
        .map(|case| (case.name.clone(), problems(&parse(&case.bytes))))
        .collect()
}

/// Every ERROR and MISSING node of a tree, in document order, written as `tree-sitter parse`
/// writes them: `(ERROR [3, 2] - [3, 19])`, `(MISSING "}" [7, 0] - [7, 0])`.
fn problems(tree: &tree_sitter::Tree) -> Vec<String> {
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        let (start, end) = (node.start_position(), node.end_position());
        let at = format!(
            "[{}, {}] - [{}, {}]",
            start.row, start.column, end.row, end.column
        );
        if node.is_error() {
            out.push(format!("(ERROR {at})"));
        } else if node.is_missing() {
            out.push(format!("(MISSING {:?} {at})", node.kind()));
        }
        // Only a subtree that has an error can hold one.
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    out
}

/// Fixtures the real parser reads as the grammar allows and then refuses in a check of its
/// own after parsing, with why: the tree-sitter grammar reads them as well-formed.
const REFUSED_AFTER_PARSING: &[(&str, &str)] = &[
    (
        "tests/diagnostics/SOP002/lanjutt.sop",
        "`lanjutt` is a well-formed label as a branch target; Sopan refuses it after parsing \
         because it is a misspelt `lanjut` and no step has that label",
    ),
    (
        "tests/diagnostics/SOP002/lanjut-capitalised.sop",
        "`Lanjut` is a well-formed label as a branch target; Sopan refuses it after parsing \
         because it is `lanjut` written with a capital and no step has that label",
    ),
];

#[test]
fn tree_sitter_agrees_with_the_real_parser() {
    let cases = cases();
    assert!(
        cases.len() > 100,
        "found only {} files and blocks",
        cases.len()
    );
    let errors = tree_sitter_errors(&cases);
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
        } else if let Some((_, why)) = REFUSED_AFTER_PARSING
            .iter()
            .find(|(name, _)| *name == case.name)
        {
            exceptions.push(format!("{}: {why}", case.name));
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
                let reason = NOT_GRAMMAR.iter().find(|(c, _)| c == code).map_or_else(
                    || {
                        panic!(
                            "{}: the real parser reports {}: add it to SYNTAX_ERRORS or \
                                 to NOT_GRAMMAR with a reason",
                            case.name,
                            code.as_str()
                        )
                    },
                    |(_, why)| *why,
                );
                exceptions.push(format!("{} ({}): {reason}", case.name, code.as_str()));
            }
        }
    }
    assert!(accepted > 80, "only {accepted} files the real parser reads");
    assert!(
        rejected > 15,
        "only {rejected} files the real parser rejects"
    );
    say(&format!(
        "tree-sitter agrees on {accepted} files Sopan reads and {rejected} it rejects; not \
         compared:\n  {}",
        exceptions.join("\n  ")
    ));
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
    let errors = tree_sitter_errors(&cases);
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
    say(&format!(
        "mutants: Sopan reads {accepted}, rejects {rejected}"
    ));
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
    let errors = tree_sitter_errors(&cases);
    for (case, (text, _, tree_sitter_rejects)) in cases.iter().zip(KNOWN_DIFFERENCES) {
        let rejects = !errors[&case.name].is_empty();
        assert_eq!(
            rejects, *tree_sitter_rejects,
            "tree-sitter's verdict on {text}"
        );
    }
}
