//! The machine formats of `sopan check`: JSON matches its published schema, SARIF validates
//! against the official SARIF 2.1.0 schema, GitHub annotations are one escaped line each,
//! and output does not depend on the thread count.

use crate::cli::{example, faulty, sopan, temp};
use crate::support::{golden, root};

fn faulty_project() -> tempfile::TempDir {
    let dir = temp();
    std::fs::write(dir.path().join("a.sop"), faulty()).expect("write");
    std::fs::write(
        dir.path().join("b.sop"),
        example().replace("id sktm", "id sktm-b"),
    )
    .expect("write");
    std::fs::write(dir.path().join("c.sop"), "sop \"x\" { nomor \"1\"\n").expect("write");
    dir
}

fn validator(path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join(path)).expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, text: &str) {
    let value: serde_json::Value = serde_json::from_str(text).expect("output is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn check_schema_file_is_current() {
    if let Some(problem) = golden(
        &root().join("docs/check.schema.json"),
        &sopan_cli::check_report_schema(),
    ) {
        panic!("{problem}");
    }
}

#[test]
fn json_report_follows_its_schema_and_counts() {
    let dir = faulty_project();
    let run = sopan(dir.path(), &["check", "--format", "json", "[TMP]"]);
    assert_eq!(run.code, 1);
    assert_valid(&validator("docs/check.schema.json"), &run.stdout);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["summary"]["files"], 3);
    assert_eq!(value["files"][0]["path"], "[TMP]/a.sop");
    let codes: Vec<&str> = value["files"][0]["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"SOP201"), "{codes:?}");
}

#[test]
fn sarif_report_validates_against_sarif_2_1_0() {
    let dir = faulty_project();
    let run = sopan(dir.path(), &["check", "--format", "sarif", "[TMP]"]);
    assert_eq!(run.code, 1);
    assert_valid(
        &validator("tests/schemas/sarif-schema-2.1.0.json"),
        &run.stdout,
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let results = value["runs"][0]["results"].as_array().expect("results");
    assert!(
        results
            .iter()
            .any(|r| r["ruleId"] == "SOP201" && r["level"] == "error")
    );
}

#[test]
fn github_annotations_are_one_line_each() {
    let dir = faulty_project();
    let run = sopan(dir.path(), &["check", "--format", "github", "[TMP]"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .lines()
            .all(|l| l.starts_with("::error file=") || l.starts_with("::warning file="))
    );
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn exit_codes_follow_the_flags() {
    let dir = temp();
    std::fs::write(
        dir.path().join("w.sop"),
        example().replace("      output -\n", ""),
    )
    .expect("write");
    assert_eq!(
        sopan(dir.path(), &["check", "[TMP]/w.sop"]).code,
        0,
        "warnings alone pass"
    );
    assert_eq!(
        sopan(dir.path(), &["check", "--deny-warnings", "[TMP]/w.sop"]).code,
        1
    );
    std::fs::write(dir.path().join("e.sop"), faulty()).expect("write");
    assert_eq!(
        sopan(dir.path(), &["check", "--exit-zero", "[TMP]/e.sop"]).code,
        0
    );
    assert_eq!(
        sopan(dir.path(), &["check", "--exit-zero", "[TMP]/missing.sop"]).code,
        2
    );
}

#[test]
fn output_is_the_same_on_one_thread_and_on_many() {
    let dir = temp();
    for i in 0..24 {
        let text = if i % 3 == 0 {
            faulty()
        } else {
            example().replace("id sktm", &format!("id sktm-{i}"))
        };
        std::fs::write(dir.path().join(format!("f{i:02}.sop")), text).expect("write");
    }
    let on = |threads: usize, format: &str| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| sopan(dir.path(), &["check", "--format", format, "[TMP]"]).stdout)
    };
    for format in ["human", "json", "sarif"] {
        assert_eq!(
            on(1, format),
            on(4, format),
            "{format} output depends on the thread count"
        );
    }
}
