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
    // The language is the default one, whatever SOPAN_BAHASA the developer has set.
    sopan_with(dir, args, None)
}

/// `sopan` with `SOPAN_BAHASA` set to `variable`; `[TMP]` in the arguments and the output
/// stands for `dir`.
pub(crate) fn sopan_with(dir: &Path, args: &[&str], variable: Option<&str>) -> Run {
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
    let variable = variable.map(OsString::from);
    let status = sopan_cli::run_with(arguments, variable.as_deref(), &mut io);
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
    let run = sopan(
        dir.path(),
        &[
            "build",
            "--format",
            "json",
            "[TMP]/sktm.sop",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let written = std::fs::read_to_string(dir.path().join("out/sktm.json")).expect("json written");
    let sop = sopan_cli::compile("sktm.sop", example().as_bytes())
        .sop
        .expect("clean");
    let pages =
        sopan_layout::sheet::page_count(&sop, &sopan_layout::sheet::SheetStyle::default(), false);
    let lembar = sopan_json::Lembar {
        kertas: "a4",
        orientasi: "lanskap",
        halaman: pages,
    };
    assert_eq!(written, sopan_json::render_with(&sop, Some(&lembar)));
    assert!(written.contains("\"halaman\": 2"), "the sheet's page count");
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
            "--format",
            "json",
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
    let run = sopan(
        dir.path(),
        &["build", "--format", "json", "[TMP]/src", "-o", "[TMP]/out"],
    );
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
            run.stdout.contains("Contoh:"),
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
    let run = sopan(
        dir.path(),
        &["build", "--format", "json", "[TMP]/src", "-o", "[TMP]/out"],
    );
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("b.json"), "{run}");
    // The others are whole new files; nothing half-written or temporary is left behind.
    let sop = sopan_cli::compile(
        "a.sop",
        std::fs::read(dir.path().join("src/a.sop"))
            .expect("read")
            .as_slice(),
    );
    let sop = sop.sop.expect("clean");
    let lembar = sopan_json::Lembar {
        kertas: "a4",
        orientasi: "lanskap",
        halaman: sopan_layout::sheet::page_count(
            &sop,
            &sopan_layout::sheet::SheetStyle::default(),
            false,
        ),
    };
    let expected = sopan_json::render_with(&sop, Some(&lembar));
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
    assert!(run.stdout.contains("3 keluaran ditulis"), "{run}");
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
    assert!(run.stdout.contains("SOP111"), "{run}");
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
        run.stdout
            .contains(&format!("{} keluaran ditulis", names.len())),
        "{run}"
    );
    let first = std::fs::read_to_string(&pages[0]).expect("page 1");
    assert!(
        first.contains(&format!("1/{}", names.len())),
        "page numbers"
    );
}

/// The office's paper and connector marks reach the paginated flowchart: `sopan.yaml`
/// asks for portrait paper and lettered connectors, `--kertas` for F4.
#[test]
fn paginated_svg_follows_the_office_paper_and_marks() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src")).expect("folder");
    let source = root().join("examples/pmks-koordinasi-data-karanganyar.sop");
    std::fs::copy(&source, dir.path().join("src/pmks.sop")).expect("copy");
    std::fs::write(
        dir.path().join("src/sopan.yaml"),
        "tata-letak:\n  orientasi: potret\n  penanda: huruf\n",
    )
    .expect("config");
    let run = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/src",
            "-o",
            "[TMP]/out",
            "--format",
            "svg",
            "--paginate",
            "--kertas",
            "f4",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let pages = crate::support::files(&dir.path().join("out"), "svg");
    assert!(pages.len() >= 2, "{pages:?}");
    let mut marks = String::new();
    for page in &pages {
        let svg = std::fs::read_to_string(page).expect("page");
        let root = &svg[svg.find("<svg ").expect("an svg")..];
        let root = &root[..root.find('>').expect("closed")];
        let size = |name: &str| -> f32 {
            let start = root.find(&format!(" {name}=\"")).expect("a size") + name.len() + 3;
            let value = &root[start..];
            value[..value.find('"').expect("quoted")]
                .parse()
                .expect("a number")
        };
        // F4 portrait: 190 × 310 mm inside the margins, at 96 px per inch.
        assert!(size("width") <= 718.2, "{}", size("width"));
        assert!(size("height") <= 1171.7, "{}", size("height"));
        // A connector is a white pentagon followed by its mark.
        for connector in svg.split("fill=\"#ffffff\" stroke=").skip(1) {
            let text = &connector[connector.find("<text").expect("its mark")..];
            let mark =
                &text[text.find('>').expect("a tag") + 1..text.find("</text>").expect("closed")];
            marks.push_str(mark);
        }
    }
    assert!(marks.contains('A'), "{marks}");
    assert!(marks.chars().all(|c| c.is_ascii_uppercase()), "{marks}");
}

/// The example under another `id`, so copies of it are no duplicates (it silences the
/// shared `nomor` itself).
fn variant(name: &str) -> String {
    example().replace("id sktm", &format!("id sktm-{name}"))
}

#[test]
fn two_inputs_that_write_one_output_are_refused() {
    let dir = temp();
    for (path, name) in [
        ("a/y.sop", "ay"),
        ("b/y.sop", "by"),
        ("d1/x.sop", "d1x"),
        ("d2/x.sop", "d2x"),
        ("d1/index.sop", "index"),
        ("c/SKTM.sop", "upper"),
        ("c/sktm.sop", "lower"),
        ("c/lain.sop", "lain"),
    ] {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
        std::fs::write(path, variant(name)).expect("write");
    }
    let built = |args: &[&str]| {
        let _ = std::fs::remove_dir_all(dir.path().join("out"));
        let run = sopan(dir.path(), args);
        let mut names: Vec<String> = crate::support::files(&dir.path().join("out"), "json")
            .iter()
            .chain(&crate::support::files(&dir.path().join("out"), "html"))
            .map(|p| crate::support::relative(p.strip_prefix(dir.path()).expect("below")))
            .collect();
        names.sort();
        (run, names)
    };
    // Two files of one name, named together.
    let (run, names) = built(&[
        "build",
        "--format",
        "json",
        "[TMP]/a/y.sop",
        "[TMP]/b/y.sop",
        "-o",
        "[TMP]/out",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout
            .contains("[TMP]/a/y.sop dan [TMP]/b/y.sop sama-sama menulis y.json"),
        "{run}"
    );
    assert!(names.is_empty(), "{names:?}");
    // One name in two input folders, and index.sop beside the index.
    let (run, names) = built(&[
        "build",
        "[TMP]/d1",
        "[TMP]/d2",
        "-o",
        "[TMP]/out",
        "--format",
        "json,html",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("SOP601"), "{run}");
    assert!(
        run.stdout
            .contains("[TMP]/d1/index.sop akan menulis index.html, daftar isi"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("[TMP]/d1/x.sop dan [TMP]/d2/x.sop sama-sama menulis x.html"),
        "{run}"
    );
    assert_eq!(names, ["out/index.html"], "nothing but the index");
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).expect("index");
    assert!(index.contains("0 dari 3 SOP dibangun."), "{index}");
    // Names that differ only in case; the other file of the folder is built.
    let (run, names) = built(&["build", "--format", "json", "[TMP]/c", "-o", "[TMP]/out"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout
            .contains("[TMP]/c/SKTM.sop dan [TMP]/c/sktm.sop sama-sama menulis"),
        "{run}"
    );
    assert_eq!(names, ["out/lain.json"]);
}

#[test]
fn index_links_stay_relative_and_name_no_machine_path() {
    let dir = temp();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("sub")).expect("mkdir");
    #[cfg(unix)]
    {
        // On Unix a backslash is an ordinary character of a file name.
        #[allow(clippy::join_absolute_paths)]
        std::fs::write(src.join("\\\\evil.example\\x.sop"), variant("evil")).expect("write");
        std::fs::write(src.join("javascript:alert(1).sop"), variant("js")).expect("write");
        let name = std::ffi::OsStr::from_bytes_for_test(b"ok\xFF.sop");
        std::fs::write(src.join("sub").join(name), variant("bytes")).expect("write");
    }
    std::fs::write(src.join("sub/biasa.sop"), variant("biasa")).expect("write");
    let run = sopan(
        dir.path(),
        &["build", "[TMP]/src", "-o", "[TMP]/out", "--format", "html"],
    );
    assert_eq!(run.code, 0, "{run}");
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).expect("index");
    let hrefs: Vec<&str> = index
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').expect("closed")])
        .collect();
    for href in &hrefs {
        assert!(
            !href.starts_with('/') && !href.contains(':') && !href.contains('\\'),
            "not a relative link: {href}"
        );
        // Every link leads to the sheet that was written.
        let mut path = dir.path().join("out");
        for segment in href.split('/') {
            path.push(percent_decode(segment));
        }
        assert!(path.is_file(), "{href} links to nothing");
    }
    assert_eq!(hrefs.len(), if cfg!(unix) { 4 } else { 1 }, "{hrefs:?}");
    assert!(hrefs.contains(&"sub/biasa.html"), "{hrefs:?}");
    assert!(
        !index.contains(&*dir.path().to_string_lossy()),
        "the machine path is published"
    );
    assert!(
        index.contains(">sub/biasa.sop</a>"),
        "named relative to src/"
    );
}

/// `OsStr` from raw bytes, for names that are not UTF-8.
#[cfg(unix)]
trait FromBytes {
    fn from_bytes_for_test(bytes: &[u8]) -> &std::ffi::OsStr;
}

#[cfg(unix)]
impl FromBytes for std::ffi::OsStr {
    fn from_bytes_for_test(bytes: &[u8]) -> &std::ffi::OsStr {
        std::os::unix::ffi::OsStrExt::from_bytes(bytes)
    }
}

fn percent_decode(segment: &str) -> std::ffi::OsString {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    #[cfg(unix)]
    {
        std::os::unix::ffi::OsStringExt::from_vec(out)
    }
    #[cfg(not(unix))]
    {
        String::from_utf8(out).expect("UTF-8").into()
    }
}

#[test]
fn the_index_lists_only_the_sheets_that_were_written() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
    for name in ["a", "b", "c"] {
        std::fs::write(dir.path().join(format!("src/{name}.sop")), variant(name)).expect("write");
    }
    // A folder where b's sheet should go: that write fails, as on a full disk.
    std::fs::create_dir_all(dir.path().join("out/b.html")).expect("mkdir");
    let run = sopan(
        dir.path(),
        &["build", "[TMP]/src", "-o", "[TMP]/out", "--format", "html"],
    );
    assert_eq!(run.code, 2, "{run}");
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).expect("index");
    assert!(index.contains("href=\"a.html\""), "{index}");
    assert!(index.contains("href=\"c.html\""), "{index}");
    assert!(
        !index.contains("href=\"b.html\""),
        "links a sheet never written"
    );
    assert!(index.contains("b.sop: lembar tidak tertulis"), "{index}");
    assert!(index.contains("2 dari 3 SOP dibangun."), "{index}");
}

#[test]
fn a_build_removes_the_temporary_files_of_killed_builds_only() {
    let dir = temp();
    std::fs::write(dir.path().join("sktm.sop"), example()).expect("write");
    std::fs::create_dir_all(dir.path().join("out/sub")).expect("mkdir");
    // A process id no process has (Linux ids stay below 2^22), one that is always running
    // (init), this process's own, an older Sopan's name without an id, and someone else's.
    let names = [
        ".sopan-4000000000-dead.tmp",
        ".sopan-1-running.tmp",
        &format!(".sopan-{}-mine.tmp", std::process::id()),
        ".sopan-Ab3dE9.tmp",
        "notes.tmp",
    ];
    for name in names {
        std::fs::write(dir.path().join("out").join(name), "left over").expect("write");
        std::fs::write(dir.path().join("out/sub").join(name), "not written to").expect("write");
    }
    let run = sopan(
        dir.path(),
        &[
            "build",
            "--format",
            "json",
            "[TMP]/sktm.sop",
            "-o",
            "[TMP]/out",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let left = |folder: &str| {
        let mut names: Vec<String> = std::fs::read_dir(dir.path().join(folder))
            .expect("folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let mut kept = vec![
        ".sopan-1-running.tmp".to_owned(),
        format!(".sopan-{}-mine.tmp", std::process::id()),
        ".sopan-Ab3dE9.tmp".to_owned(),
        "notes.tmp".to_owned(),
    ];
    if !Path::new("/proc/self").exists() {
        // Without /proc no process can be seen to have ended: age decides.
        kept.push(".sopan-4000000000-dead.tmp".to_owned());
    }
    kept.push("sktm.json".to_owned());
    kept.push("sub".to_owned());
    kept.sort();
    assert_eq!(left("out"), kept);
    assert_eq!(
        left("out/sub").len(),
        5,
        "a folder the build does not write is left alone"
    );
}

#[cfg(unix)]
#[test]
fn sigterm_and_sigint_leave_no_temporary_file() {
    // A build long enough to be interrupted midway: many sheets, every format.
    let dir = temp();
    for (name, text) in sopan_corpus::corpus(11, 300) {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let out = dir.path().join("out");
    let out_arg = out.to_string_lossy().into_owned();
    let src = dir.path().to_string_lossy().into_owned();
    for signal in ["-TERM", "-INT"] {
        let _ = std::fs::remove_dir_all(&out);
        let result = dir.path().join("result.json");
        let mut child = crate::paths::child(
            dir.path(),
            &["build", &src, "-o", &out_arg, "--format", "json,svg,html"],
            &result,
        )
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("child");
        // Interrupted once the outputs have started to appear.
        let started = std::time::Instant::now();
        while crate::support::files(&out, "html").len() < 5 {
            assert!(
                started.elapsed().as_secs() < 120,
                "the build never started writing"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let killed = std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
        let status = child.wait().expect("child ends");
        assert_eq!(
            status.code(),
            Some(sopan_cli::INTERRUPTED),
            "{signal}: {status:?}"
        );
        assert!(
            !result.exists(),
            "{signal}: the build ran to its end before the signal"
        );
        let leftovers: Vec<_> = walk(&out)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(".sopan-"))
            })
            .collect();
        assert!(leftovers.is_empty(), "{signal}: {leftovers:?}");
    }
}

#[cfg(unix)]
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_duplicate_keterkaitan_id_fails_the_check_and_a_quoted_duration_only_warns() {
    let dir = temp();
    let text = example().replace(
        "surat-keluar \"SOP Surat Keluar\"",
        "surat-keluar \"SOP Surat Keluar\"\n    surat-keluar \"SOP Penyimpanan Arsip\"",
    );
    assert_ne!(text, example(), "the example has the entry to repeat");
    std::fs::write(dir.path().join("a.sop"), text).unwrap();
    let run = sopan(dir.path(), &["check", "[TMP]/a.sop"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stderr.contains("SOP112") || run.stdout.contains("SOP112"),
        "{run}"
    );

    let quoted = example().replacen("waktu 5 menit", "waktu \"5 menit\"", 1);
    assert_ne!(quoted, example());
    std::fs::write(dir.path().join("b.sop"), quoted).unwrap();
    let run = sopan(dir.path(), &["check", "[TMP]/b.sop"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stderr.contains("SOP217") || run.stdout.contains("SOP217"),
        "{run}"
    );
}
