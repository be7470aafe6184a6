//! `sopan.yaml`: inherited identity fields, nearer folders winning, rule levels, repository
//! rules, and errors that point into the YAML.

use crate::cli::{example, sopan, temp};

/// The example without the identity fields a config can provide.
fn bare() -> String {
    let text = example();
    let cut = |text: &str, from: &str, to: &str| {
        let start = text.find(from).expect("field present");
        let end = start + text[start..].find(to).expect("field end") + to.len();
        format!("{}{}", &text[..start], &text[end..])
    };
    let text = cut(&text, "  instansi", "\n");
    cut(&text, "  disahkan", "  }\n")
}

#[test]
fn identity_defaults_are_inherited_and_nearer_folders_win() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("kel/sub")).expect("mkdir");
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "identitas:\n  instansi: [PEMERINTAH KOTA BONTANG]\n  disahkan:\n    jabatan: Lurah Belimbing\n    nip: '198409122003121002'\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("kel/sopan.yaml"),
        "identitas:\n  instansi: [KELURAHAN BELIMBING]\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("kel/sub/a.sop"), bare()).expect("write");
    let run = sopan(dir.path(), &["build", "[TMP]/kel", "-o", "[TMP]/out"]);
    assert_eq!(run.code, 0, "{run}");
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/sub/a.json")).expect("built"),
    )
    .expect("JSON");
    assert_eq!(
        json["sop"]["instansi"],
        serde_json::json!(["KELURAHAN BELIMBING"])
    );
    assert_eq!(json["sop"]["disahkan"]["jabatan"], "Lurah Belimbing");
    assert_eq!(json["sop"]["disahkan"]["nip"], "198409122003121002");
}

#[test]
fn rule_levels_switch_warnings_off_or_up() {
    let dir = temp();
    std::fs::write(
        dir.path().join("w.sop"),
        example().replace("      output -\n", ""),
    )
    .expect("write");
    let before = sopan(dir.path(), &["check", "[TMP]"]);
    assert!(before.stdout.contains("SOP206"));
    std::fs::write(dir.path().join("sopan.yaml"), "aturan:\n  SOP206: off\n").expect("write");
    let off = sopan(dir.path(), &["check", "[TMP]"]);
    assert!(!off.stdout.contains("SOP206"), "{off}");
    std::fs::write(dir.path().join("sopan.yaml"), "aturan:\n  SOP206: error\n").expect("write");
    assert_eq!(sopan(dir.path(), &["check", "[TMP]"]).code, 1);
}

#[test]
fn invalid_config_is_reported_in_the_yaml() {
    let dir = temp();
    std::fs::write(dir.path().join("a.sop"), example()).expect("write");
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "identitas:\n  instansii: [A]\naturan:\n  SOP301: off\n",
    )
    .expect("write");
    let run = sopan(dir.path(), &["check", "--color", "never", "[TMP]"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.to_string());
}

#[test]
fn repository_rules_find_duplicates_and_unknown_ids_when_asked() {
    let dir = temp();
    // The example silences SOP108 for its source's shared nomor; these copies do not.
    let text = example().replace("// sopan: abaikan-berkas SOP108", "//");
    std::fs::write(dir.path().join("a.sop"), &text).expect("write");
    std::fs::write(dir.path().join("b.sop"), &text).expect("write");
    let run = sopan(dir.path(), &["check", "--format", "github", "[TMP]"]);
    assert!(
        run.stdout.contains("title=SOP108") && run.stdout.contains("title=SOP109"),
        "{run}"
    );
    assert!(
        !run.stdout.contains("SOP403"),
        "keterkaitan ids are not checked unless asked"
    );
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "repositori:\n  periksa-keterkaitan: true\n",
    )
    .expect("write");
    let run = sopan(dir.path(), &["check", "--format", "github", "[TMP]"]);
    assert!(run.stdout.contains("title=SOP403"), "{run}");
}
