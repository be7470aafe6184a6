//! Every file that checked clean before rows could hold several symbols still builds the
//! same model: each field of the version 1 JSON (tests/model-baseline/) is still there,
//! with the same value. Fields added since are ignored; the changes of meaning decided on
//! purpose are listed in `CHANGED`, each with its reason (docs/json.md).

use serde_json::Value;

use crate::support::{compile_file, files, rendered, root};

/// JSON paths (with `*` for any index or key) whose value changed on purpose.
const CHANGED: &[(&str, &str)] = &[("versi", "the format version itself: 1 became 2")];

#[test]
fn existing_files_build_the_same_model() {
    let mut compared = 0;
    for (baseline, sources) in [("examples", "examples"), ("valid", "tests/valid")] {
        let dir = root().join("tests/model-baseline").join(baseline);
        for old in files(&dir, "json") {
            let stem = old.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            let source = root().join(sources).join(format!("{stem}.sop"));
            assert!(
                source.is_file(),
                "{} has no source {}",
                old.display(),
                source.display()
            );
            let unit = compile_file(&source);
            let sop = unit.sop.as_ref().unwrap_or_else(|| {
                panic!(
                    "{} no longer checks clean:\n{}",
                    source.display(),
                    rendered(&unit)
                )
            });
            let new: Value = serde_json::from_str(&sopan_json::render(sop)).unwrap();
            let old: Value = serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
            let mut differences = Vec::new();
            contains(&old, &new, "", &mut differences);
            assert!(
                differences.is_empty(),
                "{} builds another model than before:\n{}",
                source.display(),
                differences.join("\n")
            );
            compared += 1;
        }
    }
    // Every example and valid fixture of that time (17 and 9).
    assert_eq!(compared, 26, "the baseline lost files");
}

#[test]
fn a_changed_field_is_found() {
    let old: Value = serde_json::json!({"a": [1, {"b": "x"}], "c": null});
    let same: Value = serde_json::json!({"a": [1, {"b": "x", "new": 2}], "c": null, "d": 1});
    let mut differences = Vec::new();
    contains(&old, &same, "", &mut differences);
    assert!(differences.is_empty(), "{differences:?}");
    for changed in [
        serde_json::json!({"a": [1, {"b": "y"}], "c": null}),
        serde_json::json!({"a": [1], "c": null}),
        serde_json::json!({"a": [1, {"b": "x"}]}),
    ] {
        let mut differences = Vec::new();
        contains(&old, &changed, "", &mut differences);
        assert_eq!(differences.len(), 1, "{changed}");
    }
}

/// Records where `new` lacks a value `old` has, or holds another one.
fn contains(old: &Value, new: &Value, path: &str, differences: &mut Vec<String>) {
    if CHANGED.iter().any(|(p, _)| matches(p, path)) {
        return;
    }
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            for (key, value) in o {
                let here = join(path, key);
                match n.get(key) {
                    Some(other) => contains(value, other, &here, differences),
                    None => differences.push(format!("{here}: missing")),
                }
            }
        }
        (Value::Array(o), Value::Array(n)) if o.len() == n.len() => {
            for (i, (a, b)) in o.iter().zip(n).enumerate() {
                contains(a, b, &join(path, &i.to_string()), differences);
            }
        }
        _ if old == new => {}
        _ => differences.push(format!("{path}: was {old}, now {new}")),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Whether a pattern such as `sop.langkah.*.output` names `path`.
fn matches(pattern: &str, path: &str) -> bool {
    let (p, q): (Vec<&str>, Vec<&str>) = (pattern.split('.').collect(), path.split('.').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| *a == "*" || a == b)
}

#[test]
fn patterns_match_any_index() {
    assert!(matches("sop.langkah.*.output", "sop.langkah.3.output"));
    assert!(!matches("sop.langkah.*.output", "sop.langkah.3.waktu"));
}
