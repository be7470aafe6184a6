//! Peak memory of parsing the worst files within the 16 MiB limit.
//!
//! Each case is parsed in a process of its own (this test binary, run again on the one
//! ignored test below), whose peak resident size the kernel reports in `/proc/self/status`
//! (`VmHWM`); where there is no `/proc`, the measuring test passes without measuring.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::fmt::Write as _;
use std::process::Command;

use sopan_diagnostics::{Bahasa, Code, SourceFile};

/// The bar: parsing any file within the size limit stays below this, the process included.
const BAR_KIB: usize = 300 * 1024;
/// The token limit (`sopan_syntax::MAX_TOKENS`), written out so that this test also builds,
/// and fails, against a parser without it.
const TOKENS: usize = 500_000;
/// Names the case the child process parses.
const CASE: &str = "SOPAN_MEMORY_CASE";

/// `head`, then `unit` as often as fits in `bytes` (and at most `count` times), then `tail`.
fn fill(head: &str, unit: &str, tail: &str, bytes: usize, count: usize) -> String {
    let n = ((bytes - head.len() - tail.len()) / unit.len()).min(count);
    let mut text = String::with_capacity(head.len() + n * unit.len() + tail.len());
    text.push_str(head);
    for _ in 0..n {
        text.push_str(unit);
    }
    text.push_str(tail);
    text
}

/// The worst shapes we know, each as large as the size limit allows, and each just under
/// the token limit, where the parser runs on the most tokens it ever sees.
fn case(name: &str) -> Option<String> {
    let size = sopan_syntax::MAX_FILE_BYTES - 64;
    let all = usize::MAX;
    let under = TOKENS / 2 - 16;
    let steps = "sop \"A\" {\n pelaksana { a \"A\" }\n prosedur {\n";
    let texts = "sop \"A\" { dasar-hukum {";
    Some(match name {
        "tiny-steps" => fill(steps, "a \"x\"\n", "}\n}\n", size, all),
        "tiny-steps-under-token-limit" => fill(steps, "a \"x\"\n", "}\n}\n", size, under),
        "empty-texts" => fill(texts, "\"\"", "} }", size, all),
        "empty-texts-under-token-limit" => fill(texts, "\"\"", "} }", size, under * 2),
        "long-texts" => fill(
            texts,
            &format!("\"{}\"\n", "x".repeat(9_990)),
            "} }",
            size,
            all,
        ),
        "comments" => fill("sop \"A\" {\n", "//\n", "}\n", size, all),
        "actors" => fill("sop \"A\" { pelaksana {\n", "a \"A\"\n", "} }", size, all),
        "unknown-escapes" => fill(
            texts,
            &format!("\"{}\"\n", "\\q".repeat(30)),
            "} }",
            size,
            all,
        ),
        "actor-references" => fill(
            &format!("{steps} mulai a \"m\"\n b"),
            "+b",
            " \"x\"\n}\n}\n",
            size,
            under,
        ),
        "syntax-errors" => fill("sop \"A\" {\n", "?\n", "}\n", size, all),
        "open-braces" => fill("sop \"A\" {\n", "{", "", size, all),
        _ => return None,
    })
}

const CASES: &[&str] = &[
    "tiny-steps",
    "tiny-steps-under-token-limit",
    "empty-texts",
    "empty-texts-under-token-limit",
    "long-texts",
    "comments",
    "actors",
    "unknown-escapes",
    "actor-references",
    "syntax-errors",
    "open-braces",
];

/// The peak resident size of this process so far, in KiB.
fn peak_kib() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Run by the measuring test in a child process: parses one case, prints its peak.
#[test]
#[ignore = "run by no_file_within_the_size_limit_takes_more_than_a_few_hundred_megabytes"]
fn parse_one_case() {
    let Some(text) = std::env::var(CASE).ok().and_then(|name| case(&name)) else {
        return;
    };
    let file = SourceFile::new("big.sop", text);
    let parsed = sopan_syntax::parse(&file);
    let codes: Vec<Code> = parsed.diagnostics.iter().map(|d| d.code).take(3).collect();
    println!("PEAK_KIB={} {codes:?}", peak_kib().unwrap_or(0));
}

#[test]
fn no_file_within_the_size_limit_takes_more_than_a_few_hundred_megabytes() {
    if peak_kib().is_none() {
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut report = String::new();
    let mut worst = 0;
    for name in CASES {
        let out = Command::new(&exe)
            .args(["parse_one_case", "--exact", "--ignored", "--nocapture"])
            .env(CASE, name)
            .output()
            .expect("the test binary runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some(line) = stdout.lines().find(|l| l.starts_with("PEAK_KIB=")) else {
            panic!("{name}: no peak reported (killed?):\n{stdout}");
        };
        let kib: usize = line["PEAK_KIB=".len()..]
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a number");
        let _ = writeln!(
            report,
            "{name}: {} MiB {}",
            kib / 1024,
            &line[line.find(' ').unwrap_or(0)..]
        );
        worst = worst.max(kib);
    }
    // Shown with --nocapture: the figures behind docs/limits.md.
    println!("{report}");
    assert!(
        worst < BAR_KIB,
        "peak over {} MiB:\n{report}",
        BAR_KIB / 1024
    );
}

#[test]
fn parsing_stops_building_steps_past_the_limit() {
    // 3,000 steps: the report counts them all, though only 2,000 were built.
    let text = fill(
        "sop \"A\" { prosedur {\n",
        "a \"x\"\n",
        "} }",
        usize::MAX / 2,
        3_000,
    );
    let parsed = sopan_syntax::parse(&SourceFile::new("t.sop", text));
    assert!(parsed.document.is_none());
    assert_eq!(parsed.diagnostics.len(), 1);
    assert_eq!(parsed.diagnostics[0].code, Code::LimitExceeded);
    assert_eq!(
        parsed.diagnostics[0].message.render(Bahasa::En),
        "3000 steps is more than Sopan reads (2000)"
    );
}

#[test]
fn a_file_over_the_token_limit_is_refused_before_parsing() {
    let text = fill(
        "sop \"A\" { prosedur {\n",
        "a \"x\" ",
        "} }",
        sopan_syntax::MAX_FILE_BYTES,
        TOKENS,
    );
    let parsed = sopan_syntax::parse(&SourceFile::new("t.sop", text));
    assert_eq!(parsed.diagnostics.len(), 1, "{:?}", parsed.diagnostics);
    let d = &parsed.diagnostics[0];
    assert_eq!(d.code, Code::LimitExceeded);
    let message = d.message.render(Bahasa::En);
    assert!(message.contains("more than 500000 words"), "{message}");
}

#[test]
fn unknown_escapes_are_reported_fifty_times_then_counted() {
    let text = format!("sop \"A\" {{ nomor \"{}\" }}", "\\q".repeat(80));
    let parsed = sopan_syntax::parse(&SourceFile::new("t.sop", text));
    assert_eq!(parsed.diagnostics.len(), 50);
    assert_eq!(
        parsed.diagnostics[49].notes[0].render(Bahasa::En),
        "and 30 more unknown escapes in this file, not shown"
    );
}
