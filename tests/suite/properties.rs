//! Properties that must hold for every input, not just the fixtures (DESIGN.md §5: never
//! panic, never hang, deterministic output):
//!
//! - any bytes at all go through parse, check, diagnostic rendering and every backend
//!   without a panic;
//! - every example, truncated or damaged by one byte, still does;
//! - every SOP that `sopan-corpus` generates checks clean, and renders to the same bytes
//!   twice.
//!
//! The runs here are sized to take a few seconds in a debug build. The exhaustive sweeps
//! (every char boundary, every byte and every replacement) are `#[ignore]`d and run with
//! `cargo test -p sopan-tests --test suite properties -- --ignored`; proptest's case count
//! follows `PROPTEST_CASES`. docs/testing.md says how to run them and the fuzzers, and how a
//! crash becomes a file in tests/regressions/.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use sopan_check::model::Sop;
use sopan_corpus::Shape;

/// Renders a checked SOP into one output format.
type Backend = fn(&Sop) -> String;

/// Every backend a clean SOP goes through, so every property below covers them all.
const BACKENDS: &[(&str, Backend)] = &[
    ("json", sopan_json::render),
    ("svg", sopan_svg::render),
    ("html", html),
];

/// The HTML sheet with the default layout settings.
fn html(sop: &Sop) -> String {
    sopan_html::render(sop, &sopan_layout::sheet::SheetStyle::default())
}

/// Slower than this on one input in a debug build counts as a hang: real files take
/// milliseconds, so only runaway backtracking or a loop in recovery comes near it.
const HANG: Duration = Duration::from_secs(10);

/// What the pipeline made of one input, reduced to what the properties compare.
struct Outcome {
    /// Every diagnostic code, in order.
    codes: Vec<String>,
    /// The outputs of every backend, when the input checked without errors.
    outputs: Vec<String>,
}

/// Parse, check, render the diagnostics, and run every backend on a clean model.
fn pipeline(bytes: &[u8]) -> Outcome {
    let (file, parsed) = sopan_syntax::parse_bytes("fuzz.sop", bytes);
    let mut diagnostics = parsed.diagnostics;
    let mut outputs = Vec::new();
    if let Some(document) = parsed.document {
        let checked = sopan_check::check(&document, file.text());
        diagnostics.extend(checked.diagnostics);
        if let Some(sop) = checked.sop {
            outputs = BACKENDS.iter().map(|(_, render)| render(&sop)).collect();
        }
    }
    // Rendering walks every span against the text: a span past the end or inside a
    // character would panic here, not in parse or check.
    let rendered = sopan_diagnostics::render(
        &file,
        &diagnostics,
        sopan_diagnostics::Bahasa::En,
        false,
        100,
    );
    assert!(diagnostics.is_empty() || !rendered.is_empty());
    Outcome {
        codes: diagnostics.iter().map(|d| d.code.to_string()).collect(),
        outputs,
    }
}

/// Runs the pipeline on `bytes`; a panic or a hang fails with the input, written as a
/// Rust byte string so it can be pasted into a regression file or a test.
fn survives(what: &str, bytes: &[u8]) -> Outcome {
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| pipeline(bytes)));
    let took = started.elapsed();
    let Ok(outcome) = outcome else {
        panic!(
            "{what}: the pipeline panicked\ninput: b\"{}\"",
            bytes.escape_ascii()
        );
    };
    assert!(
        took < HANG,
        "{what}: took {took:?}\ninput: b\"{}\"",
        bytes.escape_ascii()
    );
    outcome
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// The `.sop` files directly in `dir`, sorted.
fn sop_files(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "sop"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Every example's name and bytes; finding none is a failure, so the sweeps cannot pass
/// by checking nothing.
fn examples() -> Vec<(String, Vec<u8>)> {
    let found: Vec<(String, Vec<u8>)> = sop_files(&root().join("examples"))
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("readable example");
            (
                path.file_name()
                    .expect("named")
                    .to_string_lossy()
                    .into_owned(),
                bytes,
            )
        })
        .collect();
    assert!(!found.is_empty(), "no example found");
    found
}

/// The bytes a single-byte replacement puts in: the characters that carry structure, and
/// bytes that break UTF-8 or hide in whitespace.
const REPLACEMENTS: &[u8] = b"\"{}->:+\n\0\xff\xc3\\";

/// The single-byte mutants of `text` at `at`: delete, duplicate, and each replacement.
fn mutants_at(text: &[u8], at: usize, extra: u8) -> impl Iterator<Item = Vec<u8>> + '_ {
    let splice = move |with: &[u8], skip: usize| {
        let mut out = Vec::with_capacity(text.len() + 1);
        out.extend_from_slice(&text[..at]);
        out.extend_from_slice(with);
        out.extend_from_slice(&text[(at + skip).min(text.len())..]);
        out
    };
    let byte = text[at];
    [splice(&[], 1), splice(&[byte, byte], 1)]
        .into_iter()
        .chain(
            REPLACEMENTS
                .iter()
                .copied()
                .chain(std::iter::once(extra))
                .filter(move |&r| r != byte)
                .map(move |r| splice(&[r], 1)),
        )
}

/// A cheap deterministic mix, so the sampled sweeps visit different places per example.
fn mix(a: usize, b: usize) -> usize {
    let x = (a as u64) ^ (b as u64).rotate_left(32) ^ 0x9E37_79B9_7F4A_7C15;
    let x = (x ^ (x >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (x ^ (x >> 29)) as usize
}

/// Truncations of every example at one char boundary in `every`.
fn sweep_truncations(every: usize) -> usize {
    let mut runs = 0;
    for (name, bytes) in examples() {
        let text = String::from_utf8(bytes).expect("examples are UTF-8");
        let offset = mix(text.len(), 1) % every;
        for (n, (at, _)) in text.char_indices().enumerate() {
            if n % every == offset {
                survives(
                    &format!("{name} truncated at byte {at}"),
                    &text.as_bytes()[..at],
                );
                runs += 1;
            }
        }
    }
    runs
}

/// Single-byte mutants of every example at one byte in `every`.
fn sweep_mutations(every: usize) -> usize {
    let mut runs = 0;
    for (name, bytes) in examples() {
        let offset = mix(bytes.len(), 2) % every;
        for at in (offset..bytes.len()).step_by(every) {
            let extra = (mix(at, bytes.len()) & 0xff) as u8;
            for mutant in mutants_at(&bytes, at, extra) {
                survives(&format!("{name} damaged at byte {at}"), &mutant);
                runs += 1;
            }
        }
    }
    runs
}

#[test]
fn truncated_examples_never_panic() {
    assert!(sweep_truncations(11) > 1_000);
}

#[test]
fn damaged_examples_never_panic() {
    assert!(sweep_mutations(61) > 1_000);
}

#[test]
#[ignore = "exhaustive: every char boundary of every example; about 11 s in a debug build"]
fn truncated_examples_never_panic_exhaustive() {
    sweep_truncations(1);
}

#[test]
#[ignore = "exhaustive: every byte of every example times every replacement; about 6 minutes"]
fn damaged_examples_never_panic_exhaustive() {
    sweep_mutations(1);
}

/// Inputs that once crashed or hung the pipeline (docs/testing.md: "Regressions").
#[test]
fn regressions_never_panic() {
    let files = sop_files(&root().join("tests/regressions"));
    assert!(!files.is_empty(), "tests/regressions/ holds no .sop file");
    for path in files {
        let bytes = std::fs::read(&path).expect("readable regression");
        survives(&path.display().to_string(), &bytes);
    }
}

/// Tokens of the language and its neighbours, for inputs that get past the first byte.
const TOKENS: &[&str] = &[
    "sop",
    "\"Nama\"",
    "\"\"",
    "{",
    "}",
    "nomor",
    "\"1/2\"",
    "dibuat",
    "revisi",
    "efektif",
    "2024-02-30",
    "2024-01-31",
    "-",
    "disahkan",
    "nip",
    "\"198409122003121002\"",
    "nama",
    "pelaksana",
    "a",
    "b",
    "\"A\"",
    "prosedur",
    "mulai",
    "alternatif",
    "selesai",
    "keputusan",
    "ya",
    "tidak",
    "->",
    "lanjut",
    "x:",
    "x",
    ",",
    "+",
    "waktu",
    "5",
    "1,5",
    "menit",
    "hari",
    "kerja",
    "x 24 jam",
    "output",
    "kelengkapan",
    "keterangan",
    "tanya",
    "keterkaitan",
    "id",
    "bagian",
    "dasar-hukum",
    "// c\n",
    "\n",
    "\"\\n\"",
    "\"\\q\"",
    "\"tanpa akhir",
    "\u{FEFF}",
    "é",
    "\t",
    "99999999999999999999999",
];

/// The cases each proptest runs: `PROPTEST_CASES` or 64, and no regression file written
/// into the source tree (a failure prints its minimal input; tests/regressions/ keeps it).
fn config() -> Config {
    Config {
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::with_cases(
            std::env::var("PROPTEST_CASES")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(64),
        )
    }
}

/// A [`Shape`] with any combination of features, up to 40 rows and 8 actors.
fn any_shape() -> impl Strategy<Value = Shape> {
    (3usize..=40, 1usize..=8, any::<u8>()).prop_map(|(rows, actors, bits)| Shape {
        steps: 3..=rows,
        actors: 1..=actors,
        decisions: bits & 1 != 0,
        back_edges: bits & 2 != 0,
        nested_loops: bits & 4 != 0,
        forks: bits & 8 != 0,
        joint_steps: bits & 16 != 0,
        alternative_starts: bits & 32 != 0,
        several_ends: bits & 64 != 0,
        several_symbols: bits & 128 != 0,
        long_identity: bits.is_multiple_of(3),
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        survives("arbitrary bytes", &bytes);
    }

    #[test]
    fn token_soup_never_panics(
        tokens in proptest::collection::vec(proptest::sample::select(TOKENS), 0..120),
        glue in proptest::collection::vec(proptest::sample::select(&[" ", "", "\n"][..]), 120),
    ) {
        let mut text = String::new();
        for (token, glue) in tokens.iter().zip(&glue) {
            text.push_str(token);
            text.push_str(glue);
        }
        survives("token soup", text.as_bytes());
    }

    #[test]
    fn generated_sops_check_clean_and_render_deterministically(
        seed in any::<u64>(),
        shape in any_shape(),
    ) {
        let text = sopan_corpus::generate(seed, &shape);
        let first = survives("generated SOP", text.as_bytes());
        prop_assert!(first.codes.is_empty(), "{:?} in\n{}", first.codes, text);
        prop_assert_eq!(first.outputs.len(), BACKENDS.len());
        let json = &first.outputs[0];
        prop_assert!(serde_json::from_str::<serde_json::Value>(json).is_ok(), "not JSON: {}", json);
        let again = pipeline(sopan_corpus::generate(seed, &shape).as_bytes());
        prop_assert_eq!(first.outputs, again.outputs);
    }

    #[test]
    fn edited_generated_sops_never_panic(
        seed in any::<u64>(),
        edits in proptest::collection::vec(
            (any::<proptest::sample::Index>(), proptest::sample::select(TOKENS), 0usize..8),
            1..6,
        ),
    ) {
        let mut text = sopan_corpus::generate(seed, &Shape::everything()).into_bytes();
        for (at, token, cut) in &edits {
            let at = at.index(text.len() + 1);
            let end = (at + cut).min(text.len());
            text.splice(at..end, token.bytes());
        }
        survives("edited generated SOP", &text);
    }
}

/// A typical corpus, as the benchmarks use it, is clean file by file.
#[test]
fn corpus_files_check_clean() {
    for (name, text) in sopan_corpus::corpus(7, 100) {
        let outcome = survives(&name, text.as_bytes());
        assert!(
            outcome.codes.is_empty(),
            "{name}: {:?}\n{text}",
            outcome.codes
        );
    }
}
