//! `sopan fmt` and `sopan_fmt::format` (docs/fmt.md):
//!
//! - the safety gate holds (same AST and model, same comments, idempotent) on every example,
//!   every fixture that parses, and SOPs from the corpus generator;
//! - no comment of an example or fixture is lost;
//! - every example is formatted, and a copy with its whitespace shuffled (indentation,
//!   spaces between tokens, trailing spaces, runs of blank lines, CRLF line ends; never
//!   inside a text or a comment) formats back to the example byte for byte;
//! - the gate refuses what it must;
//! - the command: exit codes of writing, `--check`, `--diff`, `-` and refusals, and a
//!   refused file left untouched.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use crate::cli::{sopan, temp};
use crate::support::{files, relative, root};

/// Every example, valid fixture and diagnostic fixture.
fn sources() -> Vec<PathBuf> {
    let mut out = files(&root().join("examples"), "sop");
    out.extend(files(&root().join("tests/valid"), "sop"));
    out.extend(files(&root().join("tests/diagnostics"), "sop"));
    out
}

/// The comments of a text as the parser finds them, sorted, each without trailing spaces.
fn comments(text: &str) -> Vec<String> {
    let parsed = sopan_syntax::parse(&sopan_diagnostics::SourceFile::new("", text));
    let mut out: Vec<String> = parsed
        .document
        .map(|d| d.comments)
        .unwrap_or_default()
        .into_iter()
        .map(|c| c.text.trim_end().to_owned())
        .collect();
    out.sort();
    out
}

#[test]
fn gate_holds_on_every_example_and_fixture() {
    let mut formatted = 0;
    for path in sources() {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // fixtures of invalid UTF-8
        };
        match sopan_fmt::format(&text) {
            Ok(out) => {
                formatted += 1;
                assert_eq!(
                    sopan_fmt::format(&out).as_deref().ok(),
                    Some(out.as_str()),
                    "{}: not idempotent",
                    relative(&path)
                );
                assert_eq!(
                    comments(&out),
                    comments(&text),
                    "{}: comments lost",
                    relative(&path)
                );
            }
            Err(sopan_fmt::Error::Syntax(diagnostics)) => {
                assert!(!diagnostics.is_empty(), "{}", relative(&path));
            }
            Err(error @ sopan_fmt::Error::Bug(_)) => {
                panic!("{}: {error}", relative(&path));
            }
        }
    }
    // Every example and valid fixture and most diagnostic fixtures parse.
    assert!(formatted > 100, "only {formatted} files formatted");
}

#[test]
fn every_example_is_formatted() {
    for path in files(&root().join("examples"), "sop") {
        let text = std::fs::read_to_string(&path).expect("example");
        let out = sopan_fmt::format(&text).expect("formats");
        assert!(
            out == text,
            "{} is not formatted; run `sopan fmt examples`",
            relative(&path)
        );
    }
}

#[test]
fn sopan_fmt_check_examples_exits_0() {
    let dir = temp();
    let examples = root().join("examples");
    let run = sopan(dir.path(), &["fmt", "--check", &examples.to_string_lossy()]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(run.stdout, "", "{run}");
}

/// A small deterministic generator, so a failing shuffle can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        // SplitMix64.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n
    }

    fn spaces(&mut self, min: u64) -> String {
        let n = min + self.below(4);
        (0..n)
            .map(|_| if self.below(4) == 0 { '\t' } else { ' ' })
            .collect()
    }
}

/// `text` with its whitespace shuffled where whitespace carries no meaning: every line
/// re-indented at random, each run of spaces between tokens made one to four spaces or
/// tabs, trailing spaces added, each blank line repeated, and (one seed in three) CRLF line
/// ends. Texts and comments are left alone, and no line break is added or removed between
/// two tokens (where the author breaks a list is the author's choice).
fn shuffle(text: &str, seed: u64) -> String {
    let mut rng = Rng(seed);
    let crlf = rng.below(3) == 0;
    let newline = if crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    for line in text.lines() {
        let body = line.trim_start();
        if body.is_empty() {
            for _ in 0..=rng.below(3) {
                out.push_str(&rng.spaces(0));
                out.push_str(newline);
            }
            continue;
        }
        out.push_str(&rng.spaces(0));
        let mut chars = body.chars().peekable();
        let mut in_text = false;
        while let Some(c) = chars.next() {
            if in_text {
                out.push(c);
                match c {
                    '\\' => out.extend(chars.next()),
                    '"' => in_text = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => {
                    in_text = true;
                    out.push(c);
                }
                '/' if chars.peek() == Some(&'/') => {
                    out.push(c);
                    out.extend(chars.by_ref());
                }
                ' ' | '\t' => {
                    while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                        chars.next();
                    }
                    out.push_str(&rng.spaces(1));
                }
                _ => out.push(c),
            }
        }
        out.push_str(&rng.spaces(0));
        out.push_str(newline);
    }
    out
}

#[test]
fn shuffled_whitespace_formats_back_to_every_example() {
    for path in files(&root().join("examples"), "sop") {
        let text = std::fs::read_to_string(&path).expect("example");
        for seed in 0..8 {
            let shuffled = shuffle(&text, seed);
            assert_ne!(shuffled, text);
            let out = sopan_fmt::format(&shuffled)
                .unwrap_or_else(|e| panic!("{} (seed {seed}): {e}", relative(&path)));
            if out != text {
                let diff = similar_lines(&text, &out);
                panic!(
                    "{} (seed {seed}) does not format back to the example:\n{diff}",
                    relative(&path)
                );
            }
        }
    }
}

/// The first differing line of two texts, for a readable failure.
fn similar_lines(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e:?}\n  actual:   {a:?}", i + 1);
        }
    }
    format!(
        "{} lines expected, {} formatted",
        expected.lines().count(),
        actual.lines().count()
    )
}

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

/// The gate over one generated SOP, and its comments kept.
fn gate_holds(text: &str) -> Result<(), TestCaseError> {
    let out = sopan_fmt::format(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(sopan_fmt::format(&out).ok(), Some(out.clone()));
    prop_assert_eq!(comments(&out), comments(text));
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn gate_holds_on_the_corpus(seed in any::<u64>(), index in 0usize..1000) {
        let (_, text) = sopan_corpus::corpus_file(seed, index);
        gate_holds(&text)?;
        // Shuffled, it formats to what the unshuffled text formats to.
        let out = sopan_fmt::format(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let shuffled = shuffle(&text, seed);
        prop_assert_eq!(sopan_fmt::format(&shuffled).ok(), Some(out));
    }

    #[test]
    fn gate_holds_on_every_construct(seed in any::<u64>()) {
        gate_holds(&sopan_corpus::generate(seed, &sopan_corpus::Shape::everything()))?;
    }

    #[test]
    fn comments_anywhere_are_kept(seed in any::<u64>(), at in proptest::collection::vec(any::<u16>(), 1..6)) {
        // Comments put after random tokens of an example (at the end of the line holding
        // them) and on lines of their own between random lines.
        let examples = files(&root().join("examples"), "sop");
        let path = &examples[(seed % examples.len() as u64) as usize];
        let text = std::fs::read_to_string(path).expect("example");
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        for (n, &at) in at.iter().enumerate() {
            let i = usize::from(at) % lines.len();
            if n % 2 == 0 {
                lines.insert(i, format!("// own line {n}"));
            } else if !lines[i].contains("//") {
                lines[i] = format!("{} // trailing {n}", lines[i]);
            }
        }
        let commented = lines.join("\n");
        gate_holds(&commented)?;
    }
}

#[test]
fn gate_refuses_what_it_must() {
    let text = crate::cli::example();
    let formatted = sopan_fmt::format(&text).expect("formats");
    let bug = |source: &str, after: &str| {
        matches!(
            sopan_fmt::verify(source, after),
            Err(sopan_fmt::Error::Bug(_))
        )
    };
    assert!(sopan_fmt::verify(&text, &formatted).is_ok());
    // A comment lost.
    let first_line = "// Seed 003, first SOP: Kelurahan Belimbing, Kota Bontang.\n";
    assert!(bug(&text, &formatted.replace(first_line, "")));
    // A text changed.
    assert!(bug(&text, &formatted.replace("\"Berkas\"", "\"Berkas \"")));
    // A duration respelt: the same AST, but the sheet prints `5menit`.
    assert!(bug(
        &text,
        &formatted.replace("waktu 5 menit", "waktu 5menit")
    ));
    // A text that formats to something else again.
    assert!(bug(
        &text,
        &formatted.replace("  id sktm\n", "  id    sktm\n")
    ));
    // A text that does not parse.
    assert!(bug(&text, &formatted.replace("prosedur {", "prosedur")));
    // A suppression moved to the step before: the same comments, but it silences nothing
    // there and the warning it silenced comes back.
    let example = std::fs::read_to_string(root().join("examples/laporan-pmks-pangongangan.sop"))
        .expect("example");
    let comment = "    // sopan: abaikan SOP207 the signed sheet prints \"1500 menit\" (25 jam); kept as printed\n";
    let step = "    sekretaris \"Menerima disposisi lurah";
    assert!(example.contains(comment) && example.contains(step));
    let moved = example
        .replace(comment, "")
        .replace(step, &format!("{comment}{step}"));
    assert!(bug(&example, &moved));
}

#[test]
fn comments_stay_with_their_item() {
    let text = "\
// before the file
sop \"A\" { // after the brace
  nomor \"1\" // on nomor
  // before pelaksana

  pelaksana { a \"A\" } // after pelaksana
  prosedur {
    mulai a \"Mulai\" { waktu 5 menit } // on the first step
    // before the end
    selesai a // inside the head
      \"Selesai\"
    // at the end of prosedur
  }
}
// after the file
";
    let out = sopan_fmt::format(text).expect("formats");
    insta::assert_snapshot!(out, @r#"
    // before the file
    sop "A" { // after the brace
      nomor    "1" // on nomor
      // before pelaksana

      pelaksana { a "A" } // after pelaksana
      prosedur {
        mulai a "Mulai" { waktu 5 menit } // on the first step
        // before the end
        selesai a // inside the head
                  "Selesai"
        // at the end of prosedur
      }
    }
    // after the file
    "#);
}

// ---------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------

/// An example with its layout undone: every line flush left, blank lines doubled.
fn unformatted() -> String {
    let mut out = String::new();
    for line in crate::cli::example().lines() {
        out.push_str(line.trim_start());
        out.push('\n');
    }
    out.replace("\n\n", "\n\n\n")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn fmt_rewrites_a_file_and_then_leaves_it() {
    let dir = temp();
    let path = write(dir.path(), "a.sop", &unformatted());
    let run = sopan(dir.path(), &["fmt", "[TMP]/a.sop"]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        crate::cli::example()
    );
    assert_eq!(run.stderr, "1 berkas dirapikan, 0 sudah rapi\n");
    let modified = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let again = sopan(dir.path(), &["fmt", "[TMP]"]);
    assert_eq!(again.code, 0, "{again}");
    assert_eq!(again.stderr, "0 berkas dirapikan, 1 sudah rapi\n");
    // Not written again: the text did not change.
    assert_eq!(
        std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn fmt_check_lists_files_and_writes_nothing() {
    let dir = temp();
    let messy = write(dir.path(), "a.sop", &unformatted());
    write(dir.path(), "b.sop", &crate::cli::example());
    let run = sopan(dir.path(), &["fmt", "--check", "[TMP]"]);
    assert_eq!(run.code, 1, "{run}");
    assert_eq!(run.stdout, "[TMP]/a.sop\n");
    assert_eq!(run.stderr, "1 berkas akan dirapikan, 1 sudah rapi\n");
    assert_eq!(
        std::fs::read_to_string(&messy).expect("read"),
        unformatted()
    );
    let clean = sopan(dir.path(), &["fmt", "--check", "[TMP]/b.sop"]);
    assert_eq!(clean.code, 0, "{clean}");
}

#[test]
fn fmt_diff_shows_the_change_and_writes_nothing() {
    let dir = temp();
    let text = crate::cli::example().replace("  id sktm\n", "id     sktm\n");
    let path = write(dir.path(), "a.sop", &text);
    let run = sopan(dir.path(), &["fmt", "--diff", "[TMP]/a.sop"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout
            .starts_with("--- [TMP]/a.sop\n+++ [TMP]/a.sop (dirapikan)\n@@"),
        "{run}"
    );
    assert!(run.stdout.contains("\n-id     sktm\n+  id sktm\n"), "{run}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    let clean = write(dir.path(), "b.sop", &crate::cli::example());
    let run = sopan(dir.path(), &["fmt", "--diff", &clean.to_string_lossy()]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{run}");
}

#[test]
fn fmt_refuses_a_file_with_syntax_errors_and_leaves_it() {
    let dir = temp();
    let broken = crate::cli::example().replace("waktu 5 menit", "waktu 5 menit }");
    let path = write(dir.path(), "a.sop", &broken);
    let other = write(dir.path(), "b.sop", &unformatted());
    for args in [
        &["fmt", "[TMP]"][..],
        &["fmt", "--check", "[TMP]"],
        &["fmt", "--diff", "[TMP]"],
    ] {
        let run = sopan(dir.path(), args);
        assert_eq!(run.code, 2, "{run}");
        assert!(run.stderr.contains("SOP0"), "{run}");
        assert!(
            run.stderr
                .contains("tidak dirapikan: [TMP]/a.sop berisi kesalahan penulisan"),
            "{run}"
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
    }
    // The other file of the folder is still formatted.
    assert_eq!(
        std::fs::read_to_string(&other).expect("read"),
        crate::cli::example()
    );
}

#[test]
fn fmt_refuses_a_file_that_is_not_utf8() {
    let dir = temp();
    let path = dir.path().join("a.sop");
    std::fs::write(&path, b"sop \"\xff\" { }").expect("write");
    let run = sopan(dir.path(), &["fmt", "[TMP]/a.sop"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("SOP001"), "{run}");
    assert_eq!(std::fs::read(&path).expect("read"), b"sop \"\xff\" { }");
}

/// `sopan args` in a child process with `input` on its standard input.
fn with_stdin(args: &[&str], input: &[u8]) -> crate::cli::Run {
    let dir = temp();
    let result = dir.path().join("run.json");
    let mut child = crate::paths::child(dir.path(), args, &result)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("child");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("input");
    assert!(child.wait().expect("child ends").success());
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&result).expect("result")).expect("JSON");
    crate::cli::Run {
        code: u8::try_from(run["code"].as_u64().expect("code")).expect("small"),
        stdout: run["stdout"].as_str().expect("stdout").to_owned(),
        stderr: run["stderr"].as_str().expect("stderr").to_owned(),
    }
}

#[test]
fn fmt_stdin_writes_the_formatted_text_to_stdout() {
    let run = with_stdin(&["fmt", "-"], unformatted().as_bytes());
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(run.stdout, crate::cli::example());
    assert_eq!(run.stderr, "");
    let check = with_stdin(&["fmt", "--check", "-"], unformatted().as_bytes());
    assert_eq!((check.code, check.stdout.as_str()), (1, ""), "{check}");
    let clean = with_stdin(&["fmt", "--check", "-"], crate::cli::example().as_bytes());
    assert_eq!(clean.code, 0, "{clean}");
    let diff = with_stdin(&["fmt", "--diff", "-"], unformatted().as_bytes());
    assert_eq!(diff.code, 1, "{diff}");
    assert!(diff.stdout.starts_with("--- <stdin>\n"), "{diff}");
    let broken = with_stdin(&["fmt", "-"], b"sop \"A\" { nomor }");
    assert_eq!(broken.code, 2, "{broken}");
    assert_eq!(broken.stdout, "");
    assert!(
        broken
            .stderr
            .contains("tidak dirapikan: <stdin> berisi kesalahan penulisan"),
        "{broken}"
    );
}
