//! The tree-sitter queries: highlights (and Helix's copy), locals and folds compile and
//! capture what they promise.

use std::path::Path;

use super::agreement::{case, tree_sitter_errors};
use super::{Generated, generated, run, source_dir};
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
