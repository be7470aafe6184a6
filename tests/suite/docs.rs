//! The `sop` code blocks of the docs are real: each is parsed and checked. A block tagged
//! `sop` must be clean; one tagged `sop,fail=SOPnnn` must produce that code.

use sopan_diagnostics::Code;

use crate::support::root;

/// A block of a document: where it starts and what it must do.
struct Block {
    line: usize,
    fail: Option<Code>,
    text: String,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (number, line) in markdown.lines().enumerate() {
        if let Some(block) = current.as_mut() {
            if line.trim_start().starts_with("```") {
                out.extend(current.take());
            } else {
                block.text.push_str(line);
                block.text.push('\n');
            }
            continue;
        }
        let Some(info) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let mut parts = info.split(',');
        if parts.next().map(str::trim) != Some("sop") {
            if !info.trim().is_empty() {
                // Another language: skip to its end.
                current = None;
            }
            continue;
        }
        let fail = parts.find_map(|p| p.trim().strip_prefix("fail=")).map(|c| {
            c.parse::<Code>()
                .unwrap_or_else(|()| panic!("line {}: fail={c} is no code", number + 1))
        });
        current = Some(Block {
            line: number + 1,
            fail,
            text: String::new(),
        });
    }
    out
}

fn run_blocks(doc: &str, minimum: usize) {
    let markdown =
        std::fs::read_to_string(root().join(doc)).unwrap_or_else(|e| panic!("{doc}: {e}"));
    let blocks = blocks(&markdown);
    assert!(
        blocks.len() >= minimum,
        "{doc} has {} sop blocks, expected at least {minimum}",
        blocks.len()
    );
    for block in blocks {
        let name = format!("{doc}:{}", block.line);
        let unit = sopan_cli::compile(&name, block.text.as_bytes());
        let report = crate::support::rendered(&unit);
        match block.fail {
            None => assert!(
                unit.diagnostics.is_empty(),
                "{name} should check clean:\n{report}"
            ),
            Some(code) => assert!(
                unit.diagnostics.iter().any(|d| d.code == code),
                "{name} should produce {code}:\n{report}"
            ),
        }
    }
}

#[test]
fn language_reference_blocks_check() {
    run_blocks("docs/language.md", 15);
}

#[test]
fn diagnostics_reference_blocks_fail_as_stated() {
    run_blocks("docs/diagnostics.md", 10);
}

#[test]
fn readme_example_checks() {
    run_blocks("README.md", 0);
}
