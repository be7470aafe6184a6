//! Author text and file names never reach the terminal as commands: control characters are
//! printed as control pictures, bidi controls as `<U+202E>`, in every format `sopan check`
//! prints, and labels still point at the right character.

use crate::cli::{example, sopan, temp};

/// ESC, BEL, the erase-line and cursor-up sequences, an OSC 52 clipboard write, a C1 CSI.
const HOSTILE: &str = "\u{1b}[2K\u{1b}[1A\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}\u{9b}31m";

/// Whether `text` holds anything a terminal would act on or reorder.
fn has_raw_controls(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// The example with a faulty step, and hostile bytes in a comment on that step's line
/// (valid: a comment holds anything), so the excerpt of its diagnostic shows them.
fn hostile_example() -> String {
    example()
        .lines()
        .map(|line| {
            if line.starts_with("    lurah \"Menandatangani") {
                format!("{} // {HOSTILE}\n", line.replacen("lurah", "lurh", 1))
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

#[test]
fn comments_with_escape_sequences_print_as_pictures_in_human_and_github_output() {
    let dir = temp();
    std::fs::write(dir.path().join("a.sop"), hostile_example()).expect("writable");
    for format in ["human", "github"] {
        let run = sopan(
            dir.path(),
            &["check", "--color", "never", "--format", format, "[TMP]"],
        );
        assert_eq!(run.code, 1, "{run}");
        assert!(!has_raw_controls(&run.stdout), "{format}: {run}");
        assert!(!has_raw_controls(&run.stderr), "{format}: {run}");
    }
    let human = sopan(dir.path(), &["check", "--color", "never", "[TMP]"]);
    assert!(human.stdout.contains("␛[2K␛[1A␛]52;c;"), "{human}");
}

#[test]
fn file_names_with_escape_sequences_are_made_visible() {
    let dir = temp();
    let name = format!("x{HOSTILE}.sop");
    std::fs::write(
        dir.path().join(&name),
        example().replace("    lurah \"Menandatangani", "    lurh \"Menandatangani"),
    )
    .expect("a file name may hold control characters here");
    for format in ["human", "github"] {
        let run = sopan(dir.path(), &["check", "--format", format, "[TMP]"]);
        assert_eq!(run.code, 1, "{run}");
        assert!(!has_raw_controls(&run.stdout), "{format}: {run}");
        assert!(run.stdout.contains("x␛[2K␛[1A"), "{format}: {run}");
    }
    // A path that cannot be read is named in the failure, made safe too.
    let missing = format!("[TMP]/missing{HOSTILE}.sop");
    let run = sopan(dir.path(), &["check", &missing]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("missing␛[2K"), "{run}");
    assert!(!has_raw_controls(&run.stderr), "{run}");
    // So is an argument the parser refuses.
    let run = sopan(dir.path(), &["check", "--format", HOSTILE, "[TMP]"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(!has_raw_controls(&run.stderr), "{run}");
}

#[test]
fn json_and_sarif_escape_control_characters() {
    let dir = temp();
    let name = format!("x{HOSTILE}.sop");
    std::fs::write(dir.path().join(&name), hostile_example()).expect("writable");
    for format in ["json", "sarif"] {
        let run = sopan(dir.path(), &["check", "--format", format, "[TMP]"]);
        assert_eq!(run.code, 1, "{run}");
        // C0 controls are escaped by the JSON writer; the file name survives whole.
        assert!(!run.stdout.contains(['\u{1b}', '\u{7}']), "{format}: {run}");
        let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        assert!(holds_string_ending(&value, &name), "{format}: {run}");
    }
}

fn holds_string_ending(value: &serde_json::Value, end: &str) -> bool {
    match value {
        serde_json::Value::String(s) => s.ends_with(end),
        serde_json::Value::Array(items) => items.iter().any(|v| holds_string_ending(v, end)),
        serde_json::Value::Object(map) => map.values().any(|v| holds_string_ending(v, end)),
        _ => false,
    }
}

#[test]
fn github_annotations_escape_what_the_runner_reads() {
    let dir = temp();
    let name = "a%0A::error::x,y:z.sop";
    std::fs::write(
        dir.path().join(name),
        example().replace("    lurah \"Menandatangani", "    lurh \"Menandatangani"),
    )
    .expect("writable");
    let run = sopan(dir.path(), &["check", "--format", "github", "[TMP]"]);
    for line in run.stdout.lines() {
        // One command per line, its properties free of `:` and `,`.
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "{line}"
        );
        let properties = &line[2..line[2..].find("::").map_or(line.len(), |i| i + 2)];
        assert!(
            properties.contains("a%250A%3A%3Aerror%3A%3Ax%2Cy%3Az.sop"),
            "{line}"
        );
    }
}

#[test]
fn labels_stay_on_their_character_after_a_replaced_one() {
    // The C1 control before the unknown escape is shown as `<U+009B>`, eight characters for
    // one: the label must move with it, and the header keeps the file's own column.
    let text = "sop \"A\" { nomor \"\u{9b}31m \\q\" }\n";
    let unit = sopan_cli::compile("a.sop", text.as_bytes());
    let report = sopan_diagnostics::render(
        &unit.file,
        &unit.diagnostics,
        sopan_diagnostics::Bahasa::En,
        false,
        100,
    );
    let lines: Vec<&str> = report.lines().collect();
    let source = lines
        .iter()
        .position(|l| l.contains("\\q") && l.contains("<U+009B>"))
        .expect("the excerpt");
    let escape = lines[source].find("\\q").expect("escape");
    let underline = lines[source + 1..]
        .iter()
        .find(|l| l.contains('┬') && !l.contains("────┬"))
        .expect("the escape's underline");
    assert_eq!(
        underline.find('─').map(|b| underline[..b].chars().count()),
        Some(lines[source][..escape].chars().count()),
        "{report}"
    );
    assert!(report.contains("a.sop:1:24]"), "{report}");
}

#[test]
fn a_label_far_along_one_long_line_is_named_not_excerpted() {
    // The excerpt printer pads to the label's column and gives up past 65,535 columns.
    let text = format!("sop \"A\" {{{}? }}\n", " ".repeat(70_000));
    let unit = sopan_cli::compile("long.sop", text.as_bytes());
    let report = sopan_diagnostics::render(
        &unit.file,
        &unit.diagnostics,
        sopan_diagnostics::Bahasa::En,
        false,
        100,
    );
    assert!(report.contains("SOP002"), "{report}");
    assert!(
        report.contains("at long.sop:1:70010, on a line too long to show"),
        "{report}"
    );
    assert!(report.len() < 2_000, "{report}");
}
