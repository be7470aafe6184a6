//! The constructs of rows that hold several symbols are shown by the bundled examples: for
//! each, some example that checks clean has it in its JSON model, so a reader of
//! `examples/` sees every one of them, and none can quietly drop out of the examples.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{compile_file, files, rendered, root};

/// What one construct looks like in the JSON of a checked SOP.
type Probe = fn(&Value) -> bool;

const CONSTRUCTS: &[(&str, Probe)] = &[
    ("a row with two or more symbols", row_of_several),
    (
        "a decision whose two exits go to two symbols of one row",
        decision_into_one_row,
    ),
    ("two starts in one row", two_starts_in_a_row),
    ("a start, end or process with a text of its own", own_text),
    (
        "a row whose printed number is not its position",
        printed_number,
    ),
    ("an en-dash waktu read as a range", en_dash_range),
    ("a two-headed arrow", |sop| has_line(sop, "dua-arah")),
    ("a dotted arrow", |sop| has_line(sop, "titik")),
];

#[test]
fn every_construct_is_shown_by_a_clean_example() {
    let mut shown: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for path in files(&root().join("examples"), "sop") {
        let unit = compile_file(&path);
        let Some(sop) = unit.sop.as_ref().filter(|_| unit.diagnostics.is_empty()) else {
            panic!(
                "{} should check clean:\n{}",
                path.display(),
                rendered(&unit)
            );
        };
        let json: Value = serde_json::from_str(&sopan_json::render(sop)).expect("JSON");
        let name = path.file_stem().expect("named").to_string_lossy();
        for (construct, probe) in CONSTRUCTS {
            if probe(&json["sop"]) {
                shown.entry(construct).or_default().push(name.to_string());
            }
        }
    }
    let missing: Vec<&str> = CONSTRUCTS
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| !shown.contains_key(c))
        .collect();
    assert!(
        missing.is_empty(),
        "no example shows: {}",
        missing.join("; ")
    );
}

/// Each probe finds its construct in the file made to show it, and nothing in a file of
/// one-symbol rows, so a passing test means the examples hold them.
#[test]
fn each_probe_tells_its_construct_apart() {
    let plain = model("tests/valid/fork-and-merge.sop");
    for (construct, probe) in CONSTRUCTS {
        assert!(!probe(&plain), "{construct} found in a file without it");
    }
    for (file, construct) in [
        ("row-chain", 0),
        ("decision-into-one-row", 1),
        ("row-two-starts", 2),
        ("symbol-text", 3),
        ("printed-row-number", 4),
        ("waktu-en-dash", 5),
        ("line-styles", 6),
        ("line-styles", 7),
    ] {
        let (name, probe) = CONSTRUCTS[construct];
        let sop = model(&format!("tests/valid/{file}.sop"));
        assert!(probe(&sop), "{name} not found in {file}");
    }
}

fn model(relative: &str) -> Value {
    let unit = compile_file(&root().join(relative));
    let sop = unit.sop.as_ref().expect("a clean file");
    let json: Value = serde_json::from_str(&sopan_json::render(sop)).expect("JSON");
    json["sop"].clone()
}

fn list<'a>(sop: &'a Value, key: &str) -> &'a [Value] {
    sop[key].as_array().map_or(&[], Vec::as_slice)
}

fn symbols_of(row: &Value) -> Vec<u64> {
    list(row, "simbol")
        .iter()
        .filter_map(Value::as_u64)
        .collect()
}

fn row_of_several(sop: &Value) -> bool {
    list(sop, "langkah")
        .iter()
        .any(|row| symbols_of(row).len() >= 2)
}

fn decision_into_one_row(sop: &Value) -> bool {
    let symbols = list(sop, "simbol");
    let edges = list(sop, "alur");
    let row_of = |i: &Value| {
        i.as_u64()
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| symbols.get(i))
            .and_then(|s| s["langkah"].as_u64())
    };
    edges.iter().filter(|e| e["jenis"] == "ya").any(|ya| {
        edges.iter().any(|tidak| {
            tidak["jenis"] == "tidak"
                && tidak["dari"] == ya["dari"]
                && tidak["ke"] != ya["ke"]
                && row_of(&tidak["ke"]).is_some()
                && row_of(&tidak["ke"]) == row_of(&ya["ke"])
        })
    })
}

fn two_starts_in_a_row(sop: &Value) -> bool {
    let symbols = list(sop, "simbol");
    list(sop, "langkah").iter().any(|row| {
        symbols_of(row)
            .iter()
            .filter_map(|&i| symbols.get(usize::try_from(i).ok()?))
            .filter(|s| s["jenis"] == "mulai")
            .count()
            >= 2
    })
}

fn own_text(sop: &Value) -> bool {
    list(sop, "simbol")
        .iter()
        .any(|s| s["jenis"] != "keputusan" && s["teks"].is_string())
}

fn printed_number(sop: &Value) -> bool {
    list(sop, "langkah")
        .iter()
        .any(|row| row["nomor_cetak"].as_str() != Some(&row["nomor"].to_string()))
}

fn en_dash_range(sop: &Value) -> bool {
    list(sop, "langkah").iter().any(|row| {
        let waktu = &row["waktu"];
        waktu["tertulis"]
            .as_str()
            .is_some_and(|t| t.contains('\u{2013}'))
            && waktu["min_detik"].as_u64() < waktu["maks_detik"].as_u64()
            && waktu["min_detik"].is_u64()
    })
}

fn has_line(sop: &Value, garis: &str) -> bool {
    list(sop, "alur").iter().any(|e| e["garis"] == garis)
}
