//! How an input is spelt does not change which rules apply to it: a bare file name, `./`,
//! `../x/` and the full path find the same `sopan.yaml` files and the same repository, so
//! rule levels, paper and the logo checks (SOP110, SOP111) hold for every spelling.
//!
//! A bare name means a working folder of the test's choosing, and the working folder is one
//! per process: these runs happen in a child process, this test binary run again on
//! [`run_sopan_as_a_child`] with `current_dir` set, so no other test sees the change.

use std::path::Path;
use std::process::Command;

use crate::cli::{Run, example, temp};
use crate::support::root;

const ARGS: &str = "SOPAN_TEST_CHILD_ARGS";
const RESULT: &str = "SOPAN_TEST_CHILD_RESULT";

/// Runs `sopan args` in a child process working in `cwd`.
pub(crate) fn sopan_in(cwd: &Path, args: &[&str]) -> Run {
    let result = temp();
    let result_file = result.path().join("run.json");
    let output = child(cwd, args, &result_file)
        .output()
        .expect("the test binary runs");
    assert!(output.status.success(), "child failed: {output:?}");
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&result_file).expect("child result"))
            .expect("JSON");
    Run {
        code: u8::try_from(run["code"].as_u64().expect("code")).expect("small"),
        stdout: run["stdout"].as_str().expect("stdout").to_owned(),
        stderr: run["stderr"].as_str().expect("stderr").to_owned(),
    }
}

/// The command that runs `sopan args` in a child process working in `cwd`, with SIGINT and
/// SIGTERM handled as the `sopan` binary handles them.
pub(crate) fn child(cwd: &Path, args: &[&str], result: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("test binary"));
    command
        .args([
            "--exact",
            "paths::run_sopan_as_a_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ARGS, args.join("\u{1f}"))
        .env(RESULT, result)
        .current_dir(cwd);
    command
}

/// Not a test of its own: in a normal run it returns at once. Run by [`sopan_in`] with its
/// arguments in the environment, it is `sopan` in the working folder it was given.
#[test]
fn run_sopan_as_a_child() {
    let (Some(args), Some(result)) = (std::env::var_os(ARGS), std::env::var_os(RESULT)) else {
        return;
    };
    sopan_cli::handle_signals();
    let args = args.into_string().expect("UTF-8 arguments");
    let arguments = std::iter::once("sopan").chain(args.split('\u{1f}'));
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut io = sopan_cli::Io {
        stdout: &mut stdout,
        stderr: &mut stderr,
        terminal: false,
    };
    let status = sopan_cli::run_with(arguments.map(std::ffi::OsString::from), None, &mut io);
    let run = serde_json::json!({
        "code": status.code(),
        "stdout": String::from_utf8_lossy(&stdout),
        "stderr": String::from_utf8_lossy(&stderr),
    });
    std::fs::write(result, run.to_string()).expect("result written");
}

/// A repository (`.git`) whose `sopan.yaml` switches SOP206 off and asks for F4 paper, with a
/// shared logo in `gambar/`, and in `kel/`: `a.sop` (an SOP206 warning, the shared logo by
/// `../gambar/`) and `b.sop` (a logo outside the repository, which is real and an image).
fn repository() -> tempfile::TempDir {
    let dir = temp();
    let repo = dir.path().join("repo");
    for folder in [".git", "gambar", "kel"] {
        std::fs::create_dir_all(repo.join(folder)).expect("mkdir");
    }
    std::fs::write(
        repo.join("sopan.yaml"),
        "aturan:\n  SOP206: off\ntata-letak:\n  kertas: f4\n",
    )
    .expect("config");
    std::fs::copy(
        root().join("examples/gambar/logo-kota-mekarsari.svg"),
        repo.join("gambar/logo.svg"),
    )
    .expect("logo");
    std::fs::copy(
        root().join("examples/gambar/logo-kota-mekarsari.svg"),
        dir.path().join("secret.svg"),
    )
    .expect("outside file");
    let with_logo = |logo: &str| {
        example().replacen("      output -\n", "", 1).replacen(
            "  nomor",
            &format!("  logo \"{logo}\"\n  nomor"),
            1,
        )
    };
    std::fs::write(repo.join("kel/a.sop"), with_logo("../gambar/logo.svg")).expect("a");
    std::fs::write(repo.join("kel/b.sop"), with_logo("../../secret.svg")).expect("b");
    dir
}

#[test]
fn every_spelling_of_an_input_gets_the_same_repository_rules() {
    let dir = repository();
    let kel = dir.path().join("repo/kel");
    let full = |name: &str| kel.join(name).to_string_lossy().into_owned();
    for (a, b) in [
        ("a.sop".to_owned(), "b.sop".to_owned()),
        ("./a.sop".to_owned(), "./b.sop".to_owned()),
        ("../kel/a.sop".to_owned(), "../kel/b.sop".to_owned()),
        (full("a.sop"), full("b.sop")),
    ] {
        // The shared logo by `../gambar/` is found, and sopan.yaml's SOP206: off applies.
        let run = sopan_in(&kel, &["check", "--color", "never", &a]);
        assert_eq!(run.code, 0, "{a}: {run}");
        assert!(
            !run.stdout.contains("SOP206"),
            "{a}: sopan.yaml ignored: {run}"
        );
        assert!(!run.stdout.contains("SOP110"), "{a}: {run}");
        // A logo that leaves the repository is refused.
        let run = sopan_in(&kel, &["check", "--color", "never", &b]);
        assert_eq!(run.code, 1, "{b}: {run}");
        assert!(run.stdout.contains("SOP111"), "{b}: {run}");
        // The sheet has the repository's paper and the shared logo; nothing from outside.
        let out = dir.path().join("out");
        let _ = std::fs::remove_dir_all(&out);
        let out_arg = out.to_string_lossy().into_owned();
        let run = sopan_in(&kel, &["build", &a, &b, "-o", &out_arg, "--format", "html"]);
        assert_eq!(run.code, 1, "{a} {b}: {run}");
        let sheet = std::fs::read_to_string(out.join("a.html")).expect("a built");
        assert!(sheet.contains("@page { size: 330mm 210mm;"), "{a}: not F4");
        assert!(sheet.contains("data:image/svg+xml;base64,"), "{a}: no logo");
        assert!(
            !out.join("b.html").exists(),
            "{b}: the outside file was embedded"
        );
    }
}

#[test]
fn a_file_named_twice_is_built_once() {
    let dir = repository();
    let kel = dir.path().join("repo/kel");
    let full = kel.join("a.sop").to_string_lossy().into_owned();
    let run = sopan_in(
        &kel,
        &[
            "build", "--format", "json", "a.sop", "./a.sop", &full, ".", "-o", "../out",
        ],
    );
    // b.sop (found through `.`) has its SOP111; a.sop is no collision with itself.
    assert_eq!(run.code, 1, "{run}");
    assert!(!run.stdout.contains("SOP601"), "{run}");
    assert!(run.stdout.contains("2 berkas diperiksa"), "{run}");
    assert!(dir.path().join("repo/out/a.json").is_file());
}

#[test]
fn outside_git_every_spelling_gets_the_same_answer_too() {
    // Without `.git` the repository is the working folder the SOP lies in; `../gambar/` is
    // then outside it, whichever way the SOP is named.
    let dir = repository();
    std::fs::remove_dir(dir.path().join("repo/.git")).expect("rmdir");
    let kel = dir.path().join("repo/kel");
    let full = kel.join("a.sop").to_string_lossy().into_owned();
    let runs: Vec<(String, u8, bool)> = ["a.sop", "./a.sop", "../kel/a.sop", &full]
        .iter()
        .map(|a| {
            let run = sopan_in(&kel, &["check", "--color", "never", a]);
            (
                run.stdout.replace(a.trim_start_matches("./"), "A"),
                run.code,
                run.stdout.contains("SOP111"),
            )
        })
        .collect();
    assert!(runs[0].2, "{}", runs[0].0);
    for run in &runs[1..] {
        assert_eq!(run, &runs[0]);
    }
}
