//! The `sopan` command, run in-process on files in a temporary folder: exit codes, what is
//! printed, and what is (not) written.

use std::ffi::OsString;
use std::path::Path;

use crate::support::root;

/// What one run of `sopan` did, with the temporary folder's path replaced by `[TMP]`.
pub(crate) struct Run {
    pub(crate) code: u8,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub(crate) fn sopan(dir: &Path, args: &[&str]) -> Run {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let arguments = std::iter::once(OsString::from("sopan")).chain(
        args.iter()
            .map(|a| OsString::from(a.replace("[TMP]", &dir.to_string_lossy()))),
    );
    let mut io = sopan_cli::Io {
        stdout: &mut stdout,
        stderr: &mut stderr,
        terminal: false,
    };
    let status = sopan_cli::run(arguments, &mut io);
    let clean = |bytes: Vec<u8>| {
        String::from_utf8(bytes)
            .expect("UTF-8 output")
            .replace(&*dir.to_string_lossy(), "[TMP]")
    };
    Run {
        code: status.code(),
        stdout: clean(stdout),
        stderr: clean(stderr),
    }
}

pub(crate) fn example() -> String {
    std::fs::read_to_string(root().join("examples/sktm-belimbing.sop")).expect("example")
}

pub(crate) fn faulty() -> String {
    example().replace("    lurah \"Menandatangani", "    lurh \"Menandatangani")
}

pub(crate) fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}

#[test]
fn check_clean_file_exits_0() {
    let dir = temp();
    std::fs::write(dir.path().join("sktm.sop"), example()).expect("write");
    let run = sopan(dir.path(), &["check", "[TMP]/sktm.sop"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.to_string());
}

#[test]
fn check_faulty_file_exits_1_and_points_at_the_source() {
    let dir = temp();
    std::fs::write(dir.path().join("sktm.sop"), faulty()).expect("write");
    let run = sopan(dir.path(), &["check", "--color", "never", "[TMP]/sktm.sop"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.to_string());
}

#[test]
fn check_directory_recurses_in_a_stable_order() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("b/sub")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join(".hidden")).expect("mkdir");
    std::fs::write(dir.path().join("b/sub/z.sop"), faulty()).expect("write");
    std::fs::write(dir.path().join("b/a.sop"), example()).expect("write");
    std::fs::write(dir.path().join("a.sop"), "sop \"x\" {").expect("write");
    std::fs::write(dir.path().join(".hidden/skipped.sop"), "not checked").expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not an SOP").expect("write");
    let run = sopan(dir.path(), &["check", "[TMP]"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.to_string());
}

#[test]
fn build_writes_json_atomically_named_after_the_file() {
    let dir = temp();
    std::fs::write(dir.path().join("sktm.sop"), example()).expect("write");
    let run = sopan(dir.path(), &["build", "[TMP]/sktm.sop", "-o", "[TMP]/out"]);
    assert_eq!(run.code, 0, "{run}");
    let written = std::fs::read_to_string(dir.path().join("out/sktm.json")).expect("json written");
    let sop = sopan_cli::compile("sktm.sop", example().as_bytes())
        .sop
        .expect("clean");
    assert_eq!(written, sopan_json::render(&sop));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .expect("out")
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file may remain");
    insta::assert_snapshot!(run.to_string());
}

#[test]
fn build_on_bad_input_writes_nothing_and_keeps_old_outputs() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("out")).expect("mkdir");
    std::fs::write(dir.path().join("out/sktm.json"), "old output\n").expect("write");
    std::fs::write(dir.path().join("sktm.sop"), faulty()).expect("write");
    std::fs::write(dir.path().join("broken.sop"), "sop \"x\" {").expect("write");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "--color",
            "never",
            "[TMP]/sktm.sop",
            "[TMP]/broken.sop",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/sktm.json")).expect("kept"),
        "old output\n"
    );
    assert!(!dir.path().join("out/broken.json").exists());
    assert_eq!(
        std::fs::read_dir(dir.path().join("out"))
            .expect("out")
            .count(),
        1
    );
}

#[test]
fn build_of_a_folder_keeps_its_sub_folders() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src/kel")).expect("mkdir");
    std::fs::write(dir.path().join("src/kel/sktm.sop"), example()).expect("write");
    let run = sopan(dir.path(), &["build", "[TMP]/src", "-o", "[TMP]/out"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(dir.path().join("out/kel/sktm.json").is_file());
}

#[test]
fn bad_arguments_and_missing_paths_exit_2() {
    let dir = temp();
    let unknown_flag = sopan(dir.path(), &["check", "--no-such-flag", "x.sop"]);
    assert_eq!(unknown_flag.code, 2);
    let missing = sopan(dir.path(), &["check", "[TMP]/missing.sop"]);
    assert_eq!(missing.code, 2);
    let no_out = sopan(dir.path(), &["build", "x.sop"]);
    assert_eq!(no_out.code, 2);
    insta::assert_snapshot!(format!("{unknown_flag}\n{missing}\n{no_out}"));
}

#[test]
fn help_has_examples() {
    let dir = temp();
    for args in [&["--help"][..], &["check", "--help"], &["build", "--help"]] {
        let run = sopan(dir.path(), args);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("Examples:"),
            "{args:?} help has no examples:\n{}",
            run.stdout
        );
    }
}

#[test]
fn build_outputs_are_identical_on_one_thread_and_on_two() {
    let dir = temp();
    // The examples and a generated corpus (several folders, 120 SOPs), every format.
    let src = dir.path().join("src");
    copy_examples(&src.join("contoh"));
    for (name, text) in sopan_corpus::corpus(7, 120) {
        let path = src.join(format!("korpus/{}/{name}", name.len() % 3));
        std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let build = |threads: usize, out: &str| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let run = pool.install(|| {
            sopan(
                dir.path(),
                &["build", "[TMP]/src", "-o", out, "--format", "json,svg,html"],
            )
        });
        assert_eq!(run.code, 0, "{run}");
        let report =
            pool.install(|| sopan(dir.path(), &["check", "[TMP]/src", "--format", "json"]));
        report.stdout
    };
    let report_one = build(1, "[TMP]/one");
    let report_two = build(2, "[TMP]/two");
    assert_eq!(report_one, report_two, "check reports differ");
    let mut compared = 0;
    for ext in ["json", "svg", "html"] {
        let one = crate::support::files(&dir.path().join("one"), ext);
        let two = crate::support::files(&dir.path().join("two"), ext);
        assert_eq!(one.len(), two.len());
        for (a, b) in one.iter().zip(&two) {
            assert_eq!(
                a.strip_prefix(dir.path().join("one")).expect("below"),
                b.strip_prefix(dir.path().join("two")).expect("below")
            );
            assert!(
                std::fs::read(a).expect("built") == std::fs::read(b).expect("built"),
                "{} differs",
                a.display()
            );
            compared += 1;
        }
    }
    // 17+ examples and 120 generated SOPs, three formats each, and the index.
    assert!(compared > 3 * 137, "only {compared} outputs compared");
}

/// The examples and the logo two of them show.
fn copy_examples(to: &Path) {
    std::fs::create_dir_all(to.join("gambar")).expect("mkdir");
    for path in crate::support::files(&root().join("examples"), "sop") {
        std::fs::copy(&path, to.join(path.file_name().expect("named"))).expect("copy");
    }
    for path in crate::support::files(&root().join("examples/gambar"), "svg") {
        let name = path.file_name().expect("named");
        std::fs::copy(&path, to.join("gambar").join(name)).expect("copy");
    }
}

#[test]
fn a_build_that_fails_midway_keeps_earlier_outputs_whole() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
    for name in ["a", "b", "c"] {
        let text = example().replace("id sktm", &format!("id sktm-{name}"));
        std::fs::write(dir.path().join(format!("src/{name}.sop")), text).expect("write");
    }
    std::fs::create_dir_all(dir.path().join("out")).expect("mkdir");
    std::fs::write(dir.path().join("out/a.json"), "old a\n").expect("write");
    // A folder where b's output should go: that one write fails.
    std::fs::create_dir_all(dir.path().join("out/b.json")).expect("mkdir");
    let run = sopan(dir.path(), &["build", "[TMP]/src", "-o", "[TMP]/out"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("b.json"), "{run}");
    // The others are whole new files; nothing half-written or temporary is left behind.
    let sop = sopan_cli::compile(
        "a.sop",
        std::fs::read(dir.path().join("src/a.sop"))
            .expect("read")
            .as_slice(),
    );
    let expected = sopan_json::render(&sop.sop.expect("clean"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/a.json")).expect("a"),
        expected
    );
    let names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".sopan-")),
        "temporary file left: {names:?}"
    );
}

/// A repository (it has `.git`) with a shared logo and office settings in `sopan.yaml`, and
/// one SOP in a sub-folder.
fn office_repository() -> tempfile::TempDir {
    let dir = temp();
    let root = dir.path();
    for folder in [".git", "gambar", "src/kel"] {
        std::fs::create_dir_all(root.join(folder)).expect("mkdir");
    }
    // A PNG's signature and size header (1 × 1): what the logo check reads.
    let logo = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    std::fs::write(root.join("gambar/logo.png"), logo).expect("logo");
    std::fs::write(
        root.join("src/sopan.yaml"),
        "identitas:\n  logo: ../gambar/logo.png\ntata-letak:\n  kertas: f4\n",
    )
    .expect("config");
    std::fs::write(root.join("src/kel/sktm.sop"), example()).expect("write");
    dir
}

#[test]
fn html_build_takes_logo_and_paper_from_sopan_yaml_and_writes_an_index() {
    let dir = office_repository();
    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/src",
            "-o",
            "[TMP]/out",
            "--format",
            "html,json",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let sheet = std::fs::read_to_string(dir.path().join("out/kel/sktm.html")).expect("sheet");
    // The start of that PNG in base64.
    assert!(sheet.contains("src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEU"));
    assert!(sheet.contains("@page { size: 330mm 210mm;"), "F4 landscape");
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).expect("index");
    assert!(index.contains("<a href=\"kel/sktm.html\">"));
    assert!(index.contains("Pelayanan Surat Keterangan Tidak Mampu"));
    assert!(index.contains("18 Desember 2017"));
    assert!(run.stderr.contains("wrote 3 outputs"), "{run}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(dir.path().join("out/kel/sktm.html"))
            .expect("sheet")
            .permissions()
            .mode();
        assert_eq!(mode & 0o044, 0o044, "others can read an output: {mode:o}");
    }

    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/src/kel/sktm.sop",
            "-o",
            "[TMP]/one",
            "--format",
            "html",
            "--kertas",
            "legal",
            "--orientasi",
            "potret",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let sheet = std::fs::read_to_string(dir.path().join("one/sktm.html")).expect("sheet");
    assert!(
        sheet.contains("@page { size: 215.9mm 355.6mm;"),
        "flags win over sopan.yaml"
    );
    assert!(
        !dir.path().join("one/index.html").exists(),
        "one file named: no index"
    );
}

#[test]
fn a_logo_outside_the_repository_is_refused_even_through_a_link() {
    let dir = office_repository();
    let outside = temp();
    std::fs::write(
        outside.path().join("secret.png"),
        b"\x89PNG\r\n\x1a\nsecret",
    )
    .expect("file");
    let sop = dir.path().join("src/kel/sktm.sop");
    let text = example().replacen("  nomor", "  logo \"logo.png\"\n  nomor", 1);
    std::fs::write(&sop, text).expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        dir.path().join("src/kel/logo.png"),
    )
    .expect("link");
    #[cfg(not(unix))]
    std::fs::write(dir.path().join("src/kel/logo.png"), b"not an image").expect("file");
    let run = sopan(
        dir.path(),
        &["build", "[TMP]/src", "-o", "[TMP]/out", "--format", "html"],
    );
    assert_eq!(run.code, 1, "{run}");
    #[cfg(unix)]
    assert!(run.stderr.contains("SOP111"), "{run}");
    assert!(!dir.path().join("out/kel/sktm.html").exists());
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).expect("index");
    assert!(index.contains("tidak dibangun: 1 kesalahan"), "{index}");
}

#[test]
fn paginated_svg_writes_one_file_per_page() {
    let dir = temp();
    let source = root().join("examples/pmks-koordinasi-data-karanganyar.sop");
    let source = source.to_string_lossy();
    let run = sopan(
        dir.path(),
        &[
            "build",
            &source,
            "-o",
            "[TMP]/out",
            "--format",
            "svg",
            "--paginate",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let pages = crate::support::files(&dir.path().join("out"), "svg");
    let names: Vec<String> = pages
        .iter()
        .map(|p| p.file_name().expect("named").to_string_lossy().into_owned())
        .collect();
    assert!(
        names.len() >= 2,
        "a long SOP on A4 landscape has pages: {names:?}"
    );
    for (n, name) in names.iter().enumerate() {
        assert_eq!(
            name,
            &format!("pmks-koordinasi-data-karanganyar-{}.svg", n + 1)
        );
    }
    assert!(
        run.stderr
            .contains(&format!("wrote {} outputs", names.len())),
        "{run}"
    );
    let first = std::fs::read_to_string(&pages[0]).expect("page 1");
    assert!(
        first.contains(&format!("1/{}", names.len())),
        "page numbers"
    );
}
