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
    let run = sopan(
        dir.path(),
        &["build", "--format", "json", "[TMP]/kel", "-o", "[TMP]/out"],
    );
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

/// Builds `dir` as JSON and HTML, and lists what was written.
fn build_all(dir: &std::path::Path) -> (crate::cli::Run, Vec<std::path::PathBuf>) {
    let _ = std::fs::remove_dir_all(dir.join("out"));
    let run = sopan(
        dir,
        &[
            "build",
            "[TMP]/src",
            "-o",
            "[TMP]/out",
            "--format",
            "json,html",
        ],
    );
    let mut written = crate::support::files(&dir.join("out"), "json");
    written.extend(crate::support::files(&dir.join("out"), "html"));
    (run, written)
}

#[test]
fn a_sopan_yaml_that_cannot_be_read_stops_the_build_of_the_sops_below_it() {
    let dir = temp();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("kel")).expect("mkdir");
    std::fs::write(src.join("kel/a.sop"), example()).expect("write");
    let good = "tata-letak:\n  kertas: f4\n";
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(good.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let latin1 = b"identitas:\n  instansi: [KELURAHAN \xC7IBUBUR]\n".to_vec();
    let huge = format!("# {}\n", "x".repeat(2 * 1024 * 1024)).into_bytes();
    let mut cases = vec![
        ("UTF-16", Some(utf16), "UTF-16"),
        ("Latin-1", Some(latin1), "bukan teks UTF-8"),
        ("2 MiB", Some(huge), "lebih dari 1024 KiB"),
        ("a folder", None, "ini folder"),
    ];
    if cfg!(unix) {
        cases.push(("a device", None, "bukan berkas biasa"));
        cases.push(("a broken link", None, "tautan ke berkas"));
    }
    for (case, bytes, why) in cases {
        let yaml = src.join("kel/sopan.yaml");
        let _ = std::fs::remove_file(&yaml);
        let _ = std::fs::remove_dir_all(&yaml);
        match (bytes, case) {
            (Some(bytes), _) => std::fs::write(&yaml, bytes).expect("write"),
            #[cfg(unix)]
            (None, "a device") => std::os::unix::fs::symlink("/dev/zero", &yaml).expect("link"),
            #[cfg(unix)]
            (None, "a broken link") => {
                std::os::unix::fs::symlink(src.join("gone.yaml"), &yaml).expect("link");
            }
            (None, _) => std::fs::create_dir_all(&yaml).expect("mkdir"),
        }
        let check = sopan(dir.path(), &["check", "--color", "never", "[TMP]/src"]);
        assert_eq!(check.code, 1, "{case}: {check}");
        assert!(check.stdout.contains("SOP502"), "{case}: {check}");
        assert!(check.stdout.contains(why), "{case}: {check}");
        let (run, written) = build_all(dir.path());
        assert_eq!(run.code, 1, "{case}: {run}");
        assert!(
            run.stdout.contains(
                "tidak dibuatkan keluaran: [TMP]/src/kel/sopan.yaml berlaku untuk SOP ini"
            ),
            "{case}: {run}"
        );
        let names: Vec<_> = written
            .iter()
            .map(|p| p.file_name().expect("named"))
            .collect();
        assert_eq!(
            names,
            ["index.html"],
            "{case}: built without its sopan.yaml"
        );
    }
    // A readable one builds, with its settings.
    std::fs::remove_dir_all(src.join("kel/sopan.yaml")).expect("rm");
    std::fs::write(src.join("kel/sopan.yaml"), good).expect("write");
    let (run, written) = build_all(dir.path());
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(written.len(), 3, "{written:?}");
}

#[test]
fn an_invalid_sopan_yaml_is_not_dropped_from_its_sops() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
    // Complete without its sopan.yaml, so only the configuration can stop it.
    std::fs::write(dir.path().join("src/a.sop"), example()).expect("write");
    std::fs::write(
        dir.path().join("src/sopan.yaml"),
        "tata-letak:\n  kertas: f4\n  kertass: a4\n",
    )
    .expect("write");
    let (run, written) = build_all(dir.path());
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("SOP501"), "{run}");
    assert_eq!(written.len(), 1, "only the index: {written:?}");
}

#[test]
fn yaml_aliases_cannot_multiply_texts_past_the_limits() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
    std::fs::write(dir.path().join("src/a.sop"), bare()).expect("write");
    // 9,000 characters written once and given 180 times: 1.6 MB in every sheet from 10 KB.
    let text = "A".repeat(9_000);
    let aliases = vec!["*t"; 90].join(", ");
    std::fs::write(
        dir.path().join("src/sopan.yaml"),
        format!(
            "identitas:\n  instansi: [&t '{text}', {aliases}]\n  dasar-hukum: [{aliases}]\n  disahkan:\n    jabatan: Lurah\n"
        ),
    )
    .expect("write");
    let (run, written) = build_all(dir.path());
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("SOP501"), "{run}");
    assert_eq!(written.len(), 1, "only the index: {written:?}");
    // One text over 10,000 characters, however it was written.
    std::fs::write(
        dir.path().join("src/sopan.yaml"),
        format!(
            "identitas:\n  instansi: ['{}']\n  disahkan:\n    jabatan: Lurah\n",
            "B".repeat(10_001)
        ),
    )
    .expect("write");
    let (run, written) = build_all(dir.path());
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("10001 karakter"), "{run}");
    assert_eq!(written.len(), 1, "only the index: {written:?}");
}

#[test]
fn a_template_with_the_totals_row_off_gives_a_sheet_without_jumlah_waktu() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("ringkas")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("biasa")).expect("mkdir");
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "tata-letak:\n  kertas: f4\ntemplat:\n  ringkas:\n    jumlah-waktu: false\n    kertas: letter\n    judul-identitas:\n      nama: Judul SOP\n    judul-prosedur: URAIAN PROSEDUR\n    tanpa: [peralatan]\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("ringkas/sopan.yaml"),
        "tata-letak:\n  templat: ringkas\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("ringkas/a.sop"), example()).expect("write");
    // Another id and nomor, so the two copies are not one SOP twice (SOP109).
    let other = example()
        .replace("id sktm", "id sktm-lain")
        .replace("068.2/ /SOP.PMKS/Kel.BLBG", "068.3/SOP");
    std::fs::write(dir.path().join("biasa/b.sop"), other).expect("write");
    let run = sopan(
        dir.path(),
        &["build", "[TMP]", "--format", "html", "-o", "[TMP]/out"],
    );
    assert_eq!(run.code, 0, "{run}");
    let sheet = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect("built");
    let ringkas = sheet("out/ringkas/a.html");
    assert!(!ringkas.contains("Jumlah waktu"), "the totals row is off");
    // The identity page prints its labels upper case.
    assert!(ringkas.contains(">JUDUL SOP<") && !ringkas.contains(">NAMA SOP<"));
    assert!(ringkas.contains("URAIAN PROSEDUR"));
    assert!(!ringkas.contains("PERALATAN/PERLENGKAPAN"));
    assert!(
        ringkas.contains("size: 279.4mm 215.9mm"),
        "the template's paper"
    );
    // A folder that names no template keeps the default sheet and the folder's paper.
    let biasa = sheet("out/biasa/b.html");
    assert!(biasa.contains("Jumlah waktu") && biasa.contains(">NAMA SOP<"));
    assert!(biasa.contains("size: 330mm 210mm"), "the folder's f4 paper");
}

#[test]
fn the_totals_row_can_be_switched_off_in_tata_letak() {
    let dir = temp();
    std::fs::write(dir.path().join("a.sop"), example()).expect("write");
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "tata-letak:\n  jumlah-waktu: false\n",
    )
    .expect("write");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/a.sop",
            "--format",
            "html",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let sheet = std::fs::read_to_string(dir.path().join("out/a.html")).expect("built");
    assert!(!sheet.contains("Jumlah waktu"));
}

#[test]
fn an_unknown_template_is_sop503_and_nothing_is_written() {
    let dir = temp();
    std::fs::write(dir.path().join("a.sop"), example()).expect("write");
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "templat:\n  ringkas:\n    jumlah-waktu: false\ntata-letak:\n  templat: ringks\n",
    )
    .expect("write");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "--format",
            "json",
            "[TMP]/a.sop",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 1, "{run}");
    let shown = run.to_string();
    assert!(shown.contains("SOP503"), "{run}");
    assert!(shown.contains("mungkin maksud Anda `ringkas`?"), "{run}");
    assert!(!dir.path().join("out/a.html").exists());
}

#[test]
fn a_file_names_its_template_and_wins_over_the_folder_s() {
    let dir = temp();
    std::fs::write(
        dir.path().join("sopan.yaml"),
        "templat:\n  ringkas:\n    jumlah-waktu: false\n  lengkap:\n    jumlah-waktu: true\ntata-letak:\n  templat: lengkap\n",
    )
    .expect("write");
    let named = example().replacen("  nomor ", "  templat \"ringkas\"\n  nomor ", 1);
    assert_ne!(named, example());
    std::fs::write(dir.path().join("a.sop"), named.clone()).expect("write");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/a.sop",
            "--format",
            "html,json",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let sheet = std::fs::read_to_string(dir.path().join("out/a.html")).expect("built");
    assert!(
        !sheet.contains("Jumlah waktu"),
        "the file's template, not the folder's"
    );
    let json = std::fs::read_to_string(dir.path().join("out/a.json")).expect("built");
    assert!(
        json.contains("\"templat\": \"ringkas\""),
        "the model says which"
    );

    std::fs::write(
        dir.path().join("a.sop"),
        named.replace("\"ringkas\"", "\"ringkes\""),
    )
    .expect("write");
    let run = sopan(dir.path(), &["check", "[TMP]/a.sop"]);
    assert_eq!(run.code, 1, "{run}");
    let shown = run.to_string();
    assert!(
        shown.contains("SOP503") && shown.contains("mungkin maksud Anda `ringkas`?"),
        "{run}"
    );
    assert!(
        shown.contains("templat \"ringkes\""),
        "points at the file's name: {run}"
    );
}

#[test]
fn a_short_procedure_starts_on_page_1_when_tata_letak_asks() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("satu")).expect("mkdir");
    std::fs::write(
        dir.path().join("satu/sopan.yaml"),
        "tata-letak:\n  prosedur-di-halaman-1: true\n",
    )
    .expect("write");
    // A short procedure under a short identity block fits page 1 on A4.
    let short = std::fs::read_to_string(
        crate::support::root().join("examples/dokumentasi-arsip-belimbing.sop"),
    )
    .expect("example");
    std::fs::write(dir.path().join("satu/a.sop"), short).expect("write");
    std::fs::write(dir.path().join("b.sop"), example()).expect("write");
    let run = sopan(
        dir.path(),
        &["build", "[TMP]", "--format", "html,json", "-o", "[TMP]/out"],
    );
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout
            .contains("2 lembar SOP untuk dicetak pada 3 halaman"),
        "{run}"
    );
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect("built");
    let pages = |html: &str| html.matches("<section class=\"page\"").count();
    assert_eq!(
        pages(&read("out/satu/a.html")),
        1,
        "one page, table under the identity"
    );
    assert_eq!(
        pages(&read("out/b.html")),
        2,
        "the table on a page of its own"
    );
    assert!(read("out/satu/a.json").contains("\"halaman\": 1"));
    assert!(read("out/b.json").contains("\"halaman\": 2"));
    let index = read("out/index.html");
    assert!(index.contains("<th>Halaman</th>"));
    assert!(
        index.contains("<td class=\"no\">1</td></tr>")
            && index.contains("<td class=\"no\">2</td></tr>")
    );
}
