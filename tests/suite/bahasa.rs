//! The language Sopan speaks: Indonesian by default, English on request; every sentence
//! from the catalogues, in both languages; `--help`, `sopan aturan`, and the language-free
//! parts of the machine reports (code, message id, address of the docs).
//!
//! No test greps the code for sentences written in it: `Message` has no conversion from a
//! string any more, so a sentence can only be a catalogue id (`Message::new`) or, for text
//! from outside Sopan, a deliberate `Message::verbatim`, and the compiler refuses anything
//! else. What the compiler cannot see, a verbatim message where a catalogue one belongs,
//! the fixture test below catches in every diagnostic it meets.

use sopan_diagnostics::bahasa::{missing_arguments, text};
use sopan_diagnostics::{Bahasa, Code, Diagnostic, Message};

use crate::cli::{example, faulty, sopan_with, temp};
use crate::support::{compile_file, files, root};

fn faulty_folder() -> tempfile::TempDir {
    let dir = temp();
    std::fs::write(dir.path().join("sktm.sop"), faulty()).expect("write");
    dir
}

#[test]
fn check_speaks_indonesian_by_default_and_english_with_the_flag() {
    let dir = faulty_folder();
    let id = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], None);
    assert_eq!(id.code, 1);
    assert!(
        id.stdout
            .contains("1 berkas diperiksa: 1 kesalahan, 0 peringatan"),
        "{id}"
    );
    assert!(id.stdout.contains("  saran: "), "{id}");
    assert!(!id.stdout.contains("help:"), "{id}");
    let en = sopan_with(
        dir.path(),
        &["check", "--bahasa", "en", "[TMP]/sktm.sop"],
        None,
    );
    assert_eq!(en.code, 1);
    assert!(
        en.stdout.contains("checked 1 file: 1 error, 0 warnings"),
        "{en}"
    );
    assert!(en.stdout.contains("  help: "), "{en}");
    // The flag is global: after the paths as well as before the command.
    let late = sopan_with(
        dir.path(),
        &["--bahasa=en", "check", "[TMP]/sktm.sop"],
        None,
    );
    assert_eq!(late.stdout, en.stdout);
}

#[test]
fn the_flag_wins_over_the_variable_which_wins_over_sopan_yaml() {
    let dir = faulty_folder();
    std::fs::write(dir.path().join("sopan.yaml"), "bahasa: en\n").expect("write");
    let english = "checked 1 file";
    let indonesian = "1 berkas diperiksa";
    let yaml = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], None);
    assert!(yaml.stdout.contains(english), "{yaml}");
    let variable = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], Some("id"));
    assert!(variable.stdout.contains(indonesian), "{variable}");
    let flag = sopan_with(
        dir.path(),
        &["check", "--bahasa", "en", "[TMP]/sktm.sop"],
        Some("id"),
    );
    assert!(flag.stdout.contains(english), "{flag}");
    // An empty variable is no choice at all.
    let empty = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], Some(""));
    assert!(empty.stdout.contains(english), "{empty}");
}

#[test]
fn an_unknown_language_is_refused_in_plain_words() {
    let dir = faulty_folder();
    let flag = sopan_with(
        dir.path(),
        &["check", "--bahasa", "fr", "[TMP]/sktm.sop"],
        None,
    );
    assert_eq!(flag.code, 2);
    assert_eq!(
        flag.stderr,
        "kesalahan: bahasa \"fr\" dari --bahasa tidak dikenal\n\
         saran: pakai \"id\" (Bahasa Indonesia) atau \"en\" (English)\n"
    );
    let variable = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], Some("klingon"));
    assert_eq!(variable.code, 2);
    assert!(variable.stderr.contains("SOPAN_BAHASA"), "{variable}");
    std::fs::write(dir.path().join("sopan.yaml"), "bahasa: jawa\n").expect("write");
    let yaml = sopan_with(dir.path(), &["check", "[TMP]/sktm.sop"], None);
    assert_eq!(yaml.code, 1);
    assert!(
        yaml.stdout
            .contains("`jawa` bukan nilai `bahasa` yang dikenal"),
        "{yaml}"
    );
}

#[test]
fn every_command_argument_and_value_has_help_in_both_languages() {
    for bahasa in Bahasa::ALL {
        assert_eq!(
            sopan_cli::missing_help(bahasa),
            Vec::<String>::new(),
            "--help entries missing in {bahasa}"
        );
    }
}

#[test]
fn help_is_printed_in_the_language_chosen() {
    let dir = temp();
    let id = sopan_with(dir.path(), &["check", "--help"], None);
    assert_eq!(id.code, 0);
    for words in [
        "Periksa berkas .sop",
        "Cara pakai: sopan check [PILIHAN] <PATH>...",
        "Pilihan:",
        "Argumen:",
        "--bahasa <BAHASA>",
        "Status keluar:",
        "diagnostik dengan kutipan sumber",
    ] {
        assert!(id.stdout.contains(words), "{words:?} missing:\n{id}");
    }
    let en = sopan_with(dir.path(), &["--bahasa", "en", "build", "--help"], None);
    for words in [
        "Check .sop files and write",
        "Usage: sopan build [OPTIONS] --out <OUTDIR> <PATH>...",
        "Options:",
        "[default: html]",
    ] {
        assert!(en.stdout.contains(words), "{words:?} missing:\n{en}");
    }
    let top = sopan_with(dir.path(), &["--help"], None);
    assert!(top.stdout.contains("Perintah:"), "{top}");
    assert!(
        top.stdout
            .contains("Cara pakai: sopan [PILIHAN] <PERINTAH>"),
        "{top}"
    );
    assert!(top.stdout.contains("aturan"), "{top}");
    // Parsing is unchanged by the texts: a run still reads its arguments.
    let version = sopan_with(dir.path(), &["--version"], None);
    assert_eq!(version.code, 0);
    assert!(version.stdout.starts_with("sopan "), "{version}");
}

#[test]
fn every_code_has_a_title_in_both_languages() {
    for code in Code::ALL {
        let id = code.title_message();
        let (Some(indonesian), Some(english)) = (
            text(Bahasa::Id, id.id().expect("an id")),
            text(Bahasa::En, id.id().expect("an id")),
        ) else {
            panic!("{code} has no title in one of the catalogues");
        };
        assert_eq!(english, code.title(), "{code}");
        assert_ne!(
            indonesian, english,
            "{code}: the Indonesian title is English"
        );
    }
}

#[test]
fn aturan_explains_a_rule_from_the_docs() {
    let dir = temp();
    let run = sopan_with(dir.path(), &["aturan", "SOP201"], None);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout.starts_with("SOP201: pelaksana tidak dikenal\n"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("What it checks. That every actor a step names"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("    sop \"Pelayanan Surat Keterangan\" {"),
        "{run}"
    );
    assert!(!run.stdout.contains("**"), "{run}");
    assert!(!run.stdout.contains("## SOP202"), "{run}");
    assert!(
        run.stdout.lines().all(|l| l.chars().count() <= 100),
        "{run}"
    );
    assert!(run.stdout.contains(&Code::UnknownActor.docs_url()), "{run}");
    let lower = sopan_with(dir.path(), &["aturan", "sop201"], None);
    assert_eq!(lower.stdout, run.stdout);
}

#[test]
fn aturan_lists_every_code_and_suggests_for_a_slip() {
    let dir = temp();
    let list = sopan_with(dir.path(), &["aturan"], None);
    assert_eq!(list.code, 0);
    for code in Code::ALL {
        assert!(
            list.stdout.contains(code.as_str()),
            "{code} missing:\n{list}"
        );
    }
    assert!(
        list.stdout
            .contains("SOP201  kesalahan   pelaksana tidak dikenal"),
        "{list}"
    );
    let slip = sopan_with(dir.path(), &["aturan", "SOP2O1"], None);
    assert_eq!(slip.code, 2);
    assert!(
        slip.stderr.contains("\"SOP2O1\" bukan kode diagnostik"),
        "{slip}"
    );
    assert!(
        slip.stderr.contains("mungkin maksud Anda SOP201?"),
        "{slip}"
    );
    let far = sopan_with(dir.path(), &["--bahasa", "en", "aturan", "XYZ"], None);
    assert_eq!(far.code, 2);
    assert!(far.stderr.contains("lists every code"), "{far}");
}

#[test]
fn every_code_has_a_section_to_explain() {
    let dir = temp();
    for code in Code::ALL {
        let run = sopan_with(dir.path(), &["aturan", code.as_str()], None);
        assert!(
            run.stdout.contains("What it checks."),
            "docs/diagnostics.md has no section for {code}:\n{run}"
        );
    }
}

#[test]
fn json_and_sarif_carry_what_tools_match_on() {
    let dir = faulty_folder();
    for bahasa in ["id", "en"] {
        let run = sopan_with(
            dir.path(),
            &[
                "check",
                "--bahasa",
                bahasa,
                "--format",
                "json",
                "[TMP]/sktm.sop",
            ],
            None,
        );
        let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        assert_eq!(json["bahasa"], bahasa);
        let d = &json["files"][0]["diagnostics"][0];
        assert_eq!(d["code"], "SOP201");
        assert_eq!(d["url"], Code::UnknownActor.docs_url());
        assert!(d["id"].is_string() || d["id"].is_null(), "{d}");
        let run = sopan_with(
            dir.path(),
            &[
                "check",
                "--bahasa",
                bahasa,
                "--format",
                "sarif",
                "[TMP]/sktm.sop",
            ],
            None,
        );
        let sarif: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF");
        let driver = &sarif["runs"][0]["tool"]["driver"];
        let rule = driver["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .find(|r| r["id"] == "SOP201")
            .expect("SOP201 listed");
        assert_eq!(rule["helpUri"], Code::UnknownActor.docs_url());
        assert!(
            rule["fullDescription"]["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("That every actor a step names")),
            "{rule}"
        );
        assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "SOP201");
    }
}

/// Every message, label, help and note of `diagnostics`, with where it was found.
fn messages(diagnostics: &[Diagnostic]) -> Vec<(&'static str, Message)> {
    let mut out = Vec::new();
    for d in diagnostics {
        out.push(("message", d.message.clone()));
        out.extend(
            d.labels
                .iter()
                .filter(|l| !l.text.is_empty())
                .map(|l| ("label", l.text.clone())),
        );
        out.extend(d.help.iter().map(|h| ("help", h.clone())));
        out.extend(d.notes.iter().map(|n| ("note", n.clone())));
    }
    out
}

/// Which messages of `diagnostics` break the rules of the catalogues.
fn problems(name: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut found = Vec::new();
    for (part, message) in messages(diagnostics) {
        let Some(id) = message.id() else {
            found.push(format!(
                "{name}: {part} is verbatim: {:?}",
                message.render(Bahasa::En)
            ));
            continue;
        };
        for bahasa in Bahasa::ALL {
            found.extend(
                missing_arguments(bahasa, id, message.args())
                    .into_iter()
                    .map(|e| format!("{name}: {part}: {e}")),
            );
        }
        let (id_text, en_text) = (message.render(Bahasa::Id), message.render(Bahasa::En));
        // A sentence of only a code or a name reads the same in both.
        if id_text == en_text && id_text.chars().any(char::is_whitespace) {
            found.push(format!(
                "{name}: {part} \"{id}\" is the same in both languages: {id_text:?}"
            ));
        }
    }
    found
}

/// The sentences of sopan-config and of the CLI's own diagnostics are all in the
/// catalogues: the `sopan.yaml` fixtures, run through the CLI, carry message ids only.
#[test]
fn configuration_and_cli_diagnostics_come_from_the_catalogues() {
    let base = root().join("tests/diagnostics");
    let mut found = Vec::new();
    for folder in ["SOP501", "SOP502", "SOP503", "SOP601"] {
        for case in std::fs::read_dir(base.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = case.path();
            if !path.is_dir() {
                continue;
            }
            let run = sopan_with(
                &path,
                &["check", "--format", "json", &path.to_string_lossy()],
                None,
            );
            let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
            for file in json["files"].as_array().expect("files") {
                for d in file["diagnostics"].as_array().expect("diagnostics") {
                    if !d["id"].is_string() {
                        found.push(format!("{}: verbatim: {}", path.display(), d["message"]));
                    }
                }
            }
        }
    }
    let yaml = "identitas:\n  instansii: [A]\n  disahkan:\n    nip: 19840912200312100\naturan:\n  SOP207: eror\n  SOP999: off\ntata-letak:\n  kertas: a3\n  nomor-kolom: ya\n";
    let errors = sopan_config::parse(&sopan_diagnostics::SourceFile::new("sopan.yaml", yaml))
        .expect_err("mistakes");
    found.extend(problems("sopan.yaml", &errors));
    assert_eq!(found, Vec::<String>::new());
}

/// Every fixture, in both languages, gives diagnostics whose every sentence is a catalogue
/// message with all its arguments, and reads differently in Indonesian and English.
#[test]
fn every_fixture_speaks_from_the_catalogues_only() {
    let mut found = Vec::new();
    for dir in ["tests/diagnostics", "tests/valid"] {
        for path in files(&root().join(dir), "sop") {
            let unit = compile_file(&path);
            found.extend(problems(&path.display().to_string(), &unit.diagnostics));
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

/// clap's refusals of a command line, said from the catalogue in the run's language: the
/// refused argument, clap's did-you-mean, the usage line and exit code 2 kept.
#[test]
fn refusals_of_the_command_line_speak_the_language() {
    let dir = temp();
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["check", "--formt", "json", "a.sop"],
            "kesalahan: argumen `--formt` tidak dikenal\nsaran: mungkin maksud Anda `--format`?\n",
            "error: unknown argument `--formt`\nhelp: did you mean `--format`?\n",
        ),
        (
            &["check", "--format"],
            "kesalahan: `--format <FORMAT>` perlu nilai, tetapi tidak ada nilai yang ditulis\n\
             saran: nilai yang dikenal: human, json, github, sarif, concise, gitlab, junit\n",
            "error: `--format <FORMAT>` needs a value, but none was written\n\
             help: the values are: human, json, github, sarif, concise, gitlab, junit\n",
        ),
        (
            &["check", "--format", "jsn", "a.sop"],
            "kesalahan: `jsn` bukan nilai yang dikenal untuk `--format <FORMAT>`\n\
             saran: mungkin maksud Anda `json`?\n",
            "error: `jsn` is not a known value of `--format <FORMAT>`\nhelp: did you mean `json`?\n",
        ),
        (
            &["build", "a.sop"],
            "kesalahan: argumen wajib belum ditulis: --out <OUTDIR>\n",
            "error: required arguments missing: --out <OUTDIR>\n",
        ),
        (
            &["chek", "a.sop"],
            "kesalahan: perintah `chek` tidak dikenal\nsaran: mungkin maksud Anda `check`?\n",
            "error: unknown command `chek`\nhelp: did you mean `check`?\n",
        ),
        (
            &["periksa", "a.sop"],
            "kesalahan: perintah `periksa` tidak dikenal\nsaran: perintah yang ada: ",
            "error: unknown command `periksa`\nhelp: the commands are: ",
        ),
    ];
    for (args, indonesian, english) in cases {
        let id = sopan_with(dir.path(), args, None);
        assert_eq!(id.code, 2, "{id}");
        assert!(id.stdout.is_empty(), "{id}");
        assert!(id.stderr.starts_with(indonesian), "{args:?}:\n{id}");
        assert!(
            id.stderr
                .ends_with("\nuntuk penjelasan lengkap, tambahkan --help\n"),
            "{id}"
        );
        let en = sopan_with(dir.path(), args, Some("en"));
        assert_eq!(en.code, 2, "{en}");
        assert!(en.stderr.starts_with(english), "{args:?}:\n{en}");
        assert!(
            en.stderr
                .ends_with("\nfor more information, try '--help'\n"),
            "{en}"
        );
    }
    // The usage line of the command refused, under its heading in the run's language.
    let usage = sopan_with(dir.path(), &["build", "a.sop"], None);
    assert!(
        usage
            .stderr
            .contains("\nCara pakai: sopan build --out <OUTDIR> <PATH>...\n"),
        "{usage}"
    );
    // Help and version are no refusals: clap prints them, on stdout, with exit code 0.
    let help = sopan_with(dir.path(), &["check", "--help"], None);
    assert_eq!((help.code, help.stderr.as_str()), (0, ""), "{help}");
}

/// A certain fix reaches the machine reports: JSON's `suggestion` (span placed as a label,
/// and the replacement) and SARIF's `fixes`, pointing at the same text; a diagnostic
/// without one has `null` and no `fixes`.
#[test]
fn suggestions_are_exported_in_json_and_sarif() {
    let dir = faulty_folder();
    let source = faulty();
    let json = sopan_with(
        dir.path(),
        &["check", "--format", "json", "[TMP]/sktm.sop"],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let d = &json["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "SOP201");
    let suggestion = &d["suggestion"];
    assert_eq!(suggestion["replacement"], "lurah", "{d}");
    let span = &suggestion["span"];
    let (start, end) = (
        span["start"].as_u64().expect("start") as usize,
        span["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&source[start..end], "lurh");
    assert_eq!(span["start_position"], d["labels"][0]["start_position"]);
    let sarif = sopan_with(
        dir.path(),
        &["check", "--format", "sarif", "[TMP]/sktm.sop"],
        None,
    );
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("SARIF");
    let result = &sarif["runs"][0]["results"][0];
    let change = &result["fixes"][0]["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "[TMP]/sktm.sop");
    let replacement = &change["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "lurah");
    let region = &replacement["deletedRegion"];
    assert_eq!(region["startLine"], span["start_position"]["line"]);
    assert_eq!(region["startColumn"], span["start_position"]["column"]);
    assert_eq!(region["endColumn"], span["end_position"]["column"]);
    assert!(result["fixes"][0]["description"]["text"].is_string());
    // No close name, so no fix: `null` in JSON, no `fixes` in SARIF.
    std::fs::write(
        dir.path().join("sktm.sop"),
        example().replace("    lurah \"Menandatangani", "    camat \"Menandatangani"),
    )
    .expect("write");
    let json = sopan_with(
        dir.path(),
        &["check", "--format", "json", "[TMP]/sktm.sop"],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let diagnostics = json["files"][0]["diagnostics"].as_array().expect("list");
    let d = diagnostics
        .iter()
        .find(|d| d["code"] == "SOP201")
        .expect("SOP201");
    assert!(d["suggestion"].is_null(), "{d}");
    let sarif = sopan_with(
        dir.path(),
        &["check", "--format", "sarif", "[TMP]/sktm.sop"],
        None,
    );
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("SARIF");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().all(|r| r.get("fixes").is_none()), "{sarif}");
}
