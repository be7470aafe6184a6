//! The tree-sitter queries: highlights (and Helix's copy), locals and folds compile and
//! capture what they promise.

use std::collections::BTreeMap;

use tree_sitter::{Query, QueryCursor, StreamingIterator};

use super::agreement::{case, tree_sitter_errors};
use super::{language, parse, source_dir};
use crate::support::root;

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

/// A query of `queries/`, compiled for the committed parser.
fn query(file: &str) -> Query {
    let text = std::fs::read_to_string(source_dir().join("queries").join(file))
        .unwrap_or_else(|e| panic!("queries/{file}: {e}"));
    Query::new(&language(), &text)
        .unwrap_or_else(|e| panic!("queries/{file} does not compile: {e}"))
}

/// A capture: the node's byte range, its text and the capture's name.
type Capture = ((usize, usize), String, String);

/// Every capture of every match of a query on `source`, in order, as `tree-sitter query`
/// reports them (its text predicates, such as `#match?`, applied).
fn all_captures(file: &str, source: &str) -> Vec<Capture> {
    let query = query(file);
    let tree = parse(source.as_bytes());
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(&query, tree.root_node(), source.as_bytes());
    let mut out = Vec::new();
    while let Some(found) = matches.next() {
        for capture in found.captures() {
            let range = capture.node.byte_range();
            out.push((
                (range.start, range.end),
                source[range].to_owned(),
                query.capture_names()[capture.index as usize].to_owned(),
            ));
        }
    }
    out
}

/// `(text, capture)` for each capture of a query on `source`.
fn captures(file: &str, source: &str) -> Vec<(String, String)> {
    all_captures(file, source)
        .into_iter()
        .map(|(_, text, name)| (text, name))
        .collect()
}

#[test]
fn highlight_query_colours_each_construct() {
    let sample = [case(
        "highlighted.sop".to_owned(),
        HIGHLIGHTED.as_bytes().to_vec(),
    )];
    assert!(
        sample[0].errors.is_empty(),
        "the sample is an SOP Sopan reads"
    );
    assert_eq!(
        tree_sitter_errors(&sample)["highlighted.sop"],
        Vec::<String>::new()
    );
    let found = captures("highlights.scm", HIGHLIGHTED);
    for (text, capture) in EXPECTED_CAPTURES {
        assert!(
            found.iter().any(|(t, c)| t == text && c == capture),
            "`{text}` is not captured as @{capture}; captures:\n{found:?}"
        );
    }
    // Editors disagree on which of two captures of one node wins, so there are none.
    let mut seen = BTreeMap::new();
    for (range, text, name) in all_captures("highlights.scm", HIGHLIGHTED) {
        if let Some(first) = seen.insert(range, name.clone()) {
            panic!("`{text}` is captured twice, as @{first} and @{name}");
        }
    }
}

#[test]
fn locals_and_folds_queries_compile_and_match_examples() {
    let example =
        std::fs::read_to_string(root().join("examples/sktm-belimbing.sop")).expect("example");
    let locals = captures("locals.scm", &example);
    assert!(locals.contains(&("serah".to_owned(), "local.definition.label".to_owned())));
    assert!(locals.contains(&("serah".to_owned(), "local.reference".to_owned())));
    assert!(locals.contains(&("kasi".to_owned(), "local.definition.var".to_owned())));
    let folds = captures("folds.scm", &example);
    assert!(
        folds.iter().filter(|(_, c)| c == "fold").count() > 5,
        "{folds:?}"
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
    let found = captures("helix/highlights.scm", HIGHLIGHTED);
    assert!(
        found.contains(&("1".to_owned(), "constant.numeric".to_owned())),
        "{found:?}"
    );
    assert!(found.contains(&("waktu".to_owned(), "variable.other.member".to_owned())));
}
