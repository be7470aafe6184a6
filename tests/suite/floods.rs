//! A file with thousands of one mistake: `sopan check` prints the first 50 of each code and
//! counts the rest, so printing stays fast (each excerpt is a pass over the file); the
//! machine formats list them all.

use std::fmt::Write as _;

use sopan_diagnostics::{Code, MAX_SHOWN_PER_CODE};

#[test]
fn the_human_report_shows_fifty_of_a_code_then_counts_the_rest() {
    let mut steps = String::new();
    for i in 0..1_500 {
        let _ = writeln!(steps, "    x{i} \"Langkah\"");
    }
    let text = format!(
        "sop \"A\" {{\n  pelaksana {{ a \"A\" }}\n  prosedur {{\n    mulai a \"m\"\n{steps}    selesai a \"s\"\n  }}\n}}\n"
    );
    let unit = sopan_cli::compile("banyak.sop", text.as_bytes());
    let unknown = unit
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownActor)
        .count();
    assert_eq!(unknown, 1_500);
    let report = sopan_diagnostics::render(&unit.file, &unit.diagnostics, false, 100);
    assert_eq!(
        report.matches("\nSOP201\n").count() + usize::from(report.starts_with("SOP201\n")),
        MAX_SHOWN_PER_CODE
    );
    assert!(
        report.contains("SOP201: 1450 more in banyak.sop, not shown (the first 50 are above)"),
        "{report}"
    );
}
