//! A file with thousands of one mistake reports the first 100 of that code, in every
//! format, and the last one shown says how many more there are: the report stays short and
//! printing stays fast (each excerpt is a pass over the file).

use std::fmt::Write as _;

use sopan_diagnostics::Code;

#[test]
fn a_flood_of_one_mistake_reports_a_hundred_then_counts_the_rest() {
    let mut steps = String::new();
    for i in 0..1_500 {
        let _ = writeln!(steps, "    x{i} \"Langkah\"");
    }
    let text = format!(
        "sop \"A\" {{\n  pelaksana {{ a \"A\" }}\n  prosedur {{\n    mulai a \"m\"\n{steps}    selesai a \"s\"\n  }}\n}}\n"
    );
    let unit = sopan_cli::compile("banyak.sop", text.as_bytes());
    let unknown: Vec<_> = unit
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownActor)
        .collect();
    assert_eq!(unknown.len(), 100);
    let note = "1400 more SOP201 in this file are not shown";
    assert!(
        unknown[99]
            .notes
            .iter()
            .any(|n| n.render(sopan_diagnostics::Bahasa::En).starts_with(note))
    );
    let report = sopan_diagnostics::render(
        &unit.file,
        &unit.diagnostics,
        sopan_diagnostics::Bahasa::En,
        false,
        100,
    );
    assert_eq!(
        report.matches("\nSOP201\n").count() + usize::from(report.starts_with("SOP201\n")),
        100
    );
    assert!(report.contains(note), "{report}");
}
