//! `sopan` in CI: which files a run takes (`.gitignore`, `--exclude`, `kecualikan`, `.SOP`,
//! repeated paths, none at all), `--quiet`, standard input, the `concise`, `gitlab` and
//! `junit` formats, streaming over many files with the output of checking them all at once,
//! `sopan init`, and the recipes of docs/ci.md run as written.

use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use crate::cli::{Run, example, faulty, temp};
use crate::support::root;

/// `sopan` in English: these tests read the summaries and messages.
fn sopan(dir: &Path, args: &[&str]) -> Run {
    let mut english = vec!["--bahasa", "en"];
    english.extend_from_slice(args);
    crate::cli::sopan(dir, &english)
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// An example with its own `id` and `nomor`, so many can share a repository.
fn numbered(n: usize) -> String {
    example()
        .replace("id sktm", &format!("id sktm-{n}"))
        .replace(
            "\"068.2/ /SOP.PMKS/Kel.BLBG\"",
            &format!("\"068.2/{n}/SOP\""),
        )
}

/// The files a concise run names, in order.
fn named(run: &Run) -> Vec<String> {
    run.stdout
        .lines()
        .filter_map(|l| l.split(':').next())
        .map(str::to_owned)
        .collect()
}

/// A folder where every file has an SOP201 error, so a concise check names each file taken.
fn faulty_tree(paths: &[&str]) -> tempfile::TempDir {
    let dir = temp();
    for (n, path) in paths.iter().enumerate() {
        write(
            dir.path(),
            path,
            &faulty().replace("id sktm", &format!("id sktm-{n}")),
        );
    }
    dir
}

#[test]
fn gitignore_exclude_and_kecualikan_leave_files_out_and_upper_case_sop_is_found() {
    let dir = faulty_tree(&[
        "a.sop",
        "B.SOP",
        "arsip/lama.sop",
        "vendor/v.sop",
        "kel/x.sop",
        "kel/x.draf.sop",
        "kel/sub/y.draf.sop",
        "lain/x.draf.sop",
    ]);
    write(dir.path(), ".gitignore", "arsip/\n");
    // Relative to kel/: kel/x.draf.sop and kel/sub/y.draf.sop, not lain/x.draf.sop.
    write(dir.path(), "kel/sopan.yaml", "kecualikan: ['*.draf.sop']\n");
    write(dir.path(), "sopan.yaml", "kecualikan: [/kel/sub]\n");
    let run = sopan(
        dir.path(),
        &[
            "check",
            "[TMP]",
            "--format",
            "concise",
            "--exclude",
            "vendor",
        ],
    );
    assert_eq!(run.code, 1, "{run}");
    let expected: Vec<String> = ["B.SOP", "a.sop", "kel/x.sop", "lain/x.draf.sop"]
        .iter()
        .map(|p| format!("[TMP]/{p}"))
        .collect();
    assert_eq!(named(&run), expected, "{run}");
    // Without the exclusions every file is taken, ignored by git or not.
    std::fs::remove_file(dir.path().join(".gitignore")).expect("rm");
    std::fs::remove_file(dir.path().join("kel/sopan.yaml")).expect("rm");
    std::fs::remove_file(dir.path().join("sopan.yaml")).expect("rm");
    let run = sopan(dir.path(), &["check", "[TMP]", "--format", "concise"]);
    assert_eq!(named(&run).len(), 8, "{run}");
}

#[test]
fn a_file_named_directly_is_taken_even_when_excluded() {
    let dir = faulty_tree(&["vendor/v.sop"]);
    let run = sopan(
        dir.path(),
        &[
            "check",
            "[TMP]/vendor/v.sop",
            "--exclude",
            "vendor",
            "--format",
            "concise",
        ],
    );
    assert_eq!(named(&run), ["[TMP]/vendor/v.sop"], "{run}");
}

#[test]
fn a_run_that_finds_no_file_says_so_and_exits_2() {
    let dir = temp();
    write(dir.path(), "catatan.txt", "bukan SOP");
    for args in [
        &["check", "[TMP]"][..],
        &["build", "[TMP]", "-o", "[TMP]/out"],
    ] {
        let run = sopan(dir.path(), args);
        assert_eq!(run.code, 2, "{run}");
        assert!(run.stdout.is_empty(), "{run}");
        assert!(run.stderr.contains("[TMP]"), "{run}");
        assert!(run.stderr.contains(".sop"), "{run}");
    }
    assert!(!dir.path().join("out").exists());
    write(dir.path(), "a.sop", &example());
    let run = sopan(dir.path(), &["check", "[TMP]", "--exclude", "*.sop"]);
    assert_eq!(run.code, 2, "excluded files are not found: {run}");
    assert!(
        run.stderr.contains("--exclude"),
        "the help names the ways to exclude: {run}"
    );
}

#[test]
fn repeated_paths_are_checked_once() {
    let dir = faulty_tree(&["a.sop", "d/b.sop"]);
    let run = sopan(
        dir.path(),
        &[
            "check",
            "[TMP]/a.sop",
            "[TMP]/./a.sop",
            "[TMP]",
            "[TMP]/d",
            "[TMP]/d/b.sop",
            "--format",
            "concise",
        ],
    );
    assert_eq!(named(&run), ["[TMP]/a.sop", "[TMP]/d/b.sop"], "{run}");
    let run = sopan(dir.path(), &["check", "[TMP]", "[TMP]/a.sop"]);
    assert!(run.stdout.contains("checked 2 files"), "{run}");
}

#[test]
fn names_that_differ_only_in_the_case_of_the_extension_write_one_output_and_are_refused() {
    let dir = temp();
    write(dir.path(), "a.sop", &numbered(1));
    write(dir.path(), "A.SOP", &numbered(2));
    write(dir.path(), "c.sop", &numbered(3));
    let run = sopan(
        dir.path(),
        &["build", "[TMP]", "-o", "[TMP]/out", "--format", "json"],
    );
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("SOP601"), "{run}");
    let written = crate::support::files(&dir.path().join("out"), "json");
    let names: Vec<String> = written
        .iter()
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["c.json"], "{run}");
}

#[test]
fn quiet_prints_the_diagnostics_without_the_summary() {
    let dir = temp();
    write(dir.path(), "ok.sop", &numbered(1));
    write(dir.path(), "bad.sop", &faulty());
    let loud = sopan(dir.path(), &["check", "[TMP]"]);
    let quiet = sopan(dir.path(), &["check", "[TMP]", "--quiet"]);
    assert_eq!(quiet.code, loud.code);
    assert!(loud.stdout.contains("checked 2 files"), "{loud}");
    assert!(!quiet.stdout.contains("checked"), "{quiet}");
    assert!(quiet.stdout.contains("SOP201"), "{quiet}");
    assert!(loud.stdout.starts_with(&quiet.stdout), "{quiet}");
    let clean = sopan(dir.path(), &["check", "[TMP]/ok.sop", "-q"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""), "{clean}");
    let built = sopan(
        dir.path(),
        &["build", "[TMP]/ok.sop", "-o", "[TMP]/out", "-q"],
    );
    assert_eq!(built.code, 0, "{built}");
    assert!(
        built.stdout.is_empty() && built.stderr.is_empty(),
        "{built}"
    );
    assert!(
        dir.path().join("out/ok.html").exists(),
        "the sheet, unless told"
    );
}

/// `sopan ARGS` in a child process working in `cwd`, with `input` on its standard input.
fn with_stdin(cwd: &Path, args: &[&str], input: &[u8]) -> Run {
    let result = temp();
    let result_file = result.path().join("run.json");
    let mut child = crate::paths::child(cwd, args, &result_file)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("the test binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("input written");
    assert!(child.wait().expect("child ends").success());
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&result_file).expect("child result"))
            .expect("JSON");
    Run {
        code: u8::try_from(run["code"].as_u64().expect("code")).expect("small"),
        stdout: run["stdout"].as_str().expect("stdout").to_owned(),
        stderr: run["stderr"].as_str().expect("stderr").to_owned(),
    }
}

#[test]
fn standard_input_is_named_by_nama_berkas_and_gets_that_folders_sopan_yaml() {
    let dir = temp();
    write(dir.path(), ".git/HEAD", "");
    // An unknown key: SOP501 for every SOP that kel/sopan.yaml applies to, and only those.
    write(dir.path(), "kel/sopan.yaml", "tidak-dikenal: 1\n");
    let args = [
        "check",
        "-",
        "--nama-berkas",
        "kel/baru.sop",
        "--format",
        "concise",
    ];
    let run = with_stdin(dir.path(), &args, faulty().as_bytes());
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.starts_with("kel/sopan.yaml:"), "{run}");
    assert!(
        run.stdout.contains("kel/baru.sop:2:5: SOP501 "),
        "kel/sopan.yaml applies: {run}"
    );
    assert!(run.stdout.contains("kel/baru.sop:65:5: SOP201 "), "{run}");
    let run = with_stdin(
        dir.path(),
        &["check", "-", "--format", "concise"],
        faulty().as_bytes(),
    );
    assert_eq!(
        run.stdout, "<stdin>:65:5: SOP201 pelaksana `lurh` tidak terdaftar di `pelaksana`\n",
        "no sopan.yaml applies in the working folder: {run}"
    );
}

#[test]
fn concise_is_one_line_per_diagnostic() {
    let dir = temp();
    write(dir.path(), "bad.sop", &faulty());
    let run = sopan(
        dir.path(),
        &["check", "[TMP]/bad.sop", "--format", "concise"],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "[TMP]/bad.sop:65:5: SOP201 actor `lurh` is not declared in `pelaksana`\n"
    );
}

#[test]
fn gitlab_code_quality_has_its_fields_and_fingerprints_that_survive_a_moved_line() {
    let dir = temp();
    write(dir.path(), "bad.sop", &faulty());
    let report = |dir: &Path| {
        let run = sopan(dir, &["check", "[TMP]/bad.sop", "--format", "gitlab"]);
        assert_eq!(run.code, 1, "{run}");
        serde_json::from_str::<serde_json::Value>(&run.stdout).expect("JSON")
    };
    let first = report(dir.path());
    let issue = &first[0];
    assert_eq!(issue["check_name"], "SOP201");
    assert_eq!(issue["severity"], "major");
    assert_eq!(issue["location"]["path"], "[TMP]/bad.sop");
    assert_eq!(issue["location"]["lines"]["begin"], 65);
    assert!(
        issue["description"]
            .as_str()
            .is_some_and(|d| d.contains("lurh")),
        "{issue}"
    );
    let fingerprint = issue["fingerprint"].as_str().expect("fingerprint");
    assert_eq!(fingerprint.len(), 64);
    assert_eq!(report(dir.path()), first, "the same run, the same report");
    // A comment added above moves the line; the issue keeps its fingerprint.
    write(dir.path(), "bad.sop", &format!("// catatan\n{}", faulty()));
    let moved = report(dir.path());
    assert_eq!(moved[0]["location"]["lines"]["begin"], 66);
    assert_eq!(moved[0]["fingerprint"], fingerprint);
    let clean = temp();
    write(clean.path(), "ok.sop", &example());
    let run = sopan(clean.path(), &["check", "[TMP]", "--format", "gitlab"]);
    assert_eq!(run.stdout, "[]\n");
}

#[test]
fn junit_has_one_testcase_per_file_and_is_well_formed_xml() {
    let dir = temp();
    write(dir.path(), "ok.sop", &numbered(1));
    write(dir.path(), "bad.sop", &faulty());
    // A file name with control characters, which XML 1.0 cannot carry.
    write(
        dir.path(),
        "an\u{1b}[2Jeh\u{7}.sop",
        &faulty().replace("id sktm", "id lain"),
    );
    let run = sopan(dir.path(), &["check", "[TMP]", "--format", "junit"]);
    assert_eq!(run.code, 1, "{run}");
    let xml = &run.stdout;
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{xml}"
    );
    assert_eq!(xml.matches("<testcase ").count(), 3, "{xml}");
    assert!(xml.contains("tests=\"3\" failures=\"2\""), "{xml}");
    assert!(
        xml.contains("<failure message=\"1 error\" type=\"SOP201\">"),
        "{xml}"
    );
    assert!(!xml.contains('\u{1b}') && !xml.contains('\u{7}'), "{xml}");
    let file = dir.path().join("report.xml");
    std::fs::write(&file, xml).expect("write");
    match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg(&file)
        .output()
    {
        Ok(out) => assert!(out.status.success(), "xmllint: {out:?}\n{xml}"),
        Err(_) if std::env::var_os("SOPAN_REQUIRE_XMLLINT").is_none() => {
            eprintln!("xmllint is not installed (Debian: libxml2-utils); skipped");
        }
        Err(e) => panic!("xmllint is required (SOPAN_REQUIRE_XMLLINT) but cannot run: {e}"),
    }
}

/// A repository of `n` SOPs in two folders, each naming two others in its keterkaitan
/// (`repositori.periksa-keterkaitan` is on), a few with errors and warnings, some reusing
/// the id of one in an earlier chunk; file 700 names an SOP met only in a later chunk, and
/// the last one an id no SOP has.
fn repository(n: usize) -> tempfile::TempDir {
    let dir = temp();
    write(dir.path(), ".git/HEAD", "");
    write(
        dir.path(),
        "sopan.yaml",
        "repositori:\n  periksa-keterkaitan: true\n",
    );
    for i in 0..n {
        let (first, second) = match i {
            0 => ("sktm-1".to_owned(), "sktm-2".to_owned()),
            1 => ("sktm-0".to_owned(), "sktm-2".to_owned()),
            700 => ("sktm-1100".to_owned(), "sktm-698".to_owned()),
            _ if i == n - 1 => ("tidak-ada".to_owned(), format!("sktm-{}", i - 2)),
            _ => (format!("sktm-{}", i - 1), format!("sktm-{}", i - 2)),
        };
        let mut text = numbered(i)
            .replace("surat-masuk ", &format!("{first} "))
            .replace("surat-keluar", &second);
        if i % 97 == 5 {
            text = text.replace("    lurah \"Menandatangani", "    lurh \"Menandatangani");
        }
        if i % 131 == 7 {
            text = text.replace(&format!("id sktm-{i}\n"), "id sktm-1\n");
        }
        if i % 61 == 3 {
            text = text.replace("waktu 5 menit", "waktu \"5 menit\"");
        }
        let folder = if i < n / 2 { "a" } else { "b" };
        write(dir.path(), &format!("{folder}/sop-{i:04}.sop"), &text);
    }
    dir
}

#[test]
fn checking_more_files_than_a_chunk_reports_what_checking_them_all_at_once_does() {
    let n = 1_200;
    let dir = repository(n);
    let check = sopan(dir.path(), &["check", "[TMP]", "--color", "never"]);
    assert_eq!(check.code, 1, "{check}");
    for code in ["SOP201", "SOP109", "SOP403"] {
        assert!(check.stdout.contains(code), "reports {code}");
    }
    // `build` still checks every file before it reports: its report is the reference.
    let build = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]",
            "-o",
            "[TMP]/out",
            "--format",
            "json",
            "--color",
            "never",
        ],
    );
    let (report, summary) = check.stdout.trim_end().rsplit_once('\n').expect("summary");
    let reference = build.stdout.trim_end();
    assert!(summary.starts_with("checked 1200 files: "), "{summary}");
    assert!(
        reference.starts_with(report),
        "build and check report alike"
    );
    assert!(reference[report.len()..].trim_start().starts_with(summary));
    // Each other format agrees with the human one on what was found.
    let concise = sopan(dir.path(), &["check", "[TMP]", "--format", "concise"]);
    let json = sopan(dir.path(), &["check", "[TMP]", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let files = json["files"].as_array().expect("files");
    assert_eq!(files.len(), n);
    let in_json: usize = files
        .iter()
        .map(|f| f["diagnostics"].as_array().expect("list").len())
        .sum();
    assert_eq!(concise.stdout.lines().count(), in_json);
    let paths: Vec<&str> = files
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "in input order");
}

/// The `sopan` commands of docs/ci.md's shell and YAML blocks, as written: the words after
/// `sopan`, where standard output goes (`> file`), and whether standard input is piped in.
fn recipes() -> Vec<(Vec<String>, Option<String>, bool)> {
    let doc = std::fs::read_to_string(root().join("docs/ci.md")).expect("docs/ci.md");
    let mut found = Vec::new();
    let mut in_block = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        let Some(at) = line
            .find("sopan check ")
            .or_else(|| line.find("sopan build "))
            .filter(|_| in_block)
        else {
            continue;
        };
        let piped = line[..at].contains('|');
        let command = line[at..].split(" #").next().expect("command");
        let (command, to) = match command.split_once('>') {
            Some((command, to)) => (command, Some(to.trim().to_owned())),
            None => (command, None),
        };
        let words = command
            .split_whitespace()
            .skip(1)
            .map(str::to_owned)
            .collect();
        found.push((words, to, piped));
    }
    found
}

#[test]
fn the_recipes_of_docs_ci_md_run_on_a_repository_with_a_vendored_copy_of_sopan() {
    let recipes = recipes();
    assert!(recipes.len() >= 7, "{recipes:?}");
    let dir = temp();
    let repo = dir.path();
    write(repo, ".git/HEAD", "");
    write(repo, "sop/permohonan.sop", &numbered(1));
    write(repo, "sop/kel/lain.sop", &numbered(2));
    // The vendored copy: Sopan's own fixtures, wrong on purpose.
    write(
        repo,
        "tools/sopan/tests/diagnostics/SOP201/aktor.sop",
        &faulty(),
    );
    let unguarded = crate::paths::sopan_in(repo, &["check", "."]);
    assert_eq!(unguarded.code, 1, "the fixtures are found unless excluded");
    for (words, to, piped) in recipes {
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        assert!(
            args.windows(2).any(|w| w == ["--exclude", "tools/sopan"]) || piped,
            "every recipe leaves the vendored copy out: {args:?}"
        );
        let run = if piped {
            let name = args
                .windows(2)
                .find(|w| w[0] == "--nama-berkas")
                .map(|w| w[1])
                .expect("a piped recipe names its file");
            let text = std::fs::read(repo.join(name)).expect("the named file exists");
            with_stdin(repo, &args, &text)
        } else {
            crate::paths::sopan_in(repo, &args)
        };
        assert_eq!(run.code, 0, "{args:?}: {run}");
        assert!(!run.stdout.contains("tools/sopan"), "{args:?}: {run}");
        if let Some(to) = to {
            if Path::new(&to).extension().is_some_and(|x| x == "xml") {
                assert!(run.stdout.starts_with("<?xml"), "{to}: {run}");
            } else {
                serde_json::from_str::<serde_json::Value>(&run.stdout).expect("JSON report");
            }
        }
        if args.first() == Some(&"build") {
            assert!(repo.join("build/sop/sop/permohonan.html").exists());
            assert!(!repo.join("build/sop/tools").exists());
        }
    }
}

#[test]
fn sopan_init_writes_a_starter_that_checks_clean_and_builds_and_never_overwrites() {
    let dir = temp();
    let run = sopan(dir.path(), &["init", "[TMP]/kantor"]);
    assert_eq!(run.code, 0, "{run}");
    let sop = std::fs::read_to_string(dir.path().join("kantor/contoh.sop")).expect("sop");
    let yaml = std::fs::read_to_string(dir.path().join("kantor/sopan.yaml")).expect("yaml");
    assert!(
        sop.matches("\n  //").count() >= 5,
        "commented for a first-time author"
    );
    assert!(yaml.matches("\n#").count() >= 3, "commented");
    let check = sopan(dir.path(), &["check", "[TMP]/kantor", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{check}");
    assert!(check.stdout.contains("0 errors, 0 warnings"), "{check}");
    let build = sopan(
        dir.path(),
        &[
            "build",
            "[TMP]/kantor",
            "-o",
            "[TMP]/out",
            "--format",
            "html,json",
        ],
    );
    assert_eq!(build.code, 0, "{build}");
    assert!(dir.path().join("out/contoh.html").exists());
    // A second run, and a run where only sopan.yaml exists, write nothing.
    std::fs::write(dir.path().join("kantor/contoh.sop"), "milik penulis").expect("write");
    let again = sopan(dir.path(), &["init", "[TMP]/kantor"]);
    assert_eq!(again.code, 2, "{again}");
    assert!(again.stderr.contains("contoh.sop"), "{again}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kantor/contoh.sop")).expect("sop"),
        "milik penulis"
    );
    write(dir.path(), "lain/sopan.yaml", "aturan: {}\n");
    let partly = sopan(dir.path(), &["init", "[TMP]/lain"]);
    assert_eq!(partly.code, 2, "{partly}");
    assert!(!dir.path().join("lain/contoh.sop").exists());
}
