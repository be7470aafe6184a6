//! `sopan lsp` driven by a real editor: Neovim (0.7 from Debian, or newer), headless, with
//! the repository's config (`editors/neovim/sopan.lua`) and a session script
//! (`editors/neovim/test/session.lua`) that makes a broken edit, waits for the server's
//! diagnostics, fixes it, formats through the server and writes the buffer. This test
//! reads back what Neovim wrote.
//!
//! The server is the `sopan` program built for the suite (`tests/bin/sopan.rs`). Without
//! `nvim` on PATH the test passes with a message on stderr, unless
//! `SOPAN_REQUIRE_NEOVIM=1` (CI sets it once Neovim is installed). Neovim is killed and the
//! test fails if the session takes more than two minutes.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::root;

const LIMIT: Duration = Duration::from_mins(2);

fn say(message: &str) {
    // Written to the stream itself: the harness shows `eprintln!` only for failing tests.
    let _ = writeln!(std::io::stderr(), "{message}");
}

fn nvim_runs() -> bool {
    let found = Command::new("nvim")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("SOPAN_REQUIRE_NEOVIM").is_none_or(|v| v != "1"),
            "SOPAN_REQUIRE_NEOVIM=1 but `nvim` does not run"
        );
        say("lsp_neovim test skipped: no `nvim` on PATH (Debian: apt-get install neovim)");
    }
    found
}

#[test]
fn neovim_gets_diagnostics_and_formats_through_sopan_lsp() {
    if !nvim_runs() {
        return;
    }
    let original =
        std::fs::read_to_string(root().join("examples/sktm-belimbing.sop")).expect("example");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    let file = dir.path().join("sktm.sop");
    std::fs::write(&file, &original).expect("write");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let log = std::fs::File::create(dir.path().join("nvim.log")).expect("log");

    let config = root().join("editors/neovim/sopan.lua");
    let session = root().join("editors/neovim/test/session.lua");
    let sopan = env!("CARGO_BIN_EXE_sopan-suite");
    let mut child = Command::new("nvim")
        .arg("--headless")
        .arg("--clean")
        .arg("-u")
        .arg(&config)
        .arg("--cmd")
        .arg(format!(
            "let g:sopan_path = '{}'",
            sopan.replace('\'', "''")
        ))
        .arg("-c")
        .arg(format!("luafile {}", session.display()))
        .arg(&file)
        .current_dir(dir.path())
        .env("SOPAN_NVIM_OUT", &out)
        // Its logs and state in the temporary folder, never in the home folder.
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .env("XDG_STATE_HOME", dir.path().join("state"))
        .env_remove("SOPAN_BAHASA")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("nvim starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("nvim state") {
            break status;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            let log = std::fs::read_to_string(dir.path().join("nvim.log")).unwrap_or_default();
            panic!("nvim did not finish within {LIMIT:?}; its stderr:\n{log}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let error = std::fs::read_to_string(out.join("error")).unwrap_or_default();
    assert!(error.is_empty(), "the session failed: {error}");
    assert!(status.success(), "nvim exited with {status}");
    assert!(out.join("done").exists(), "the session did not finish");

    let diagnostics: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("diagnostics.json")).expect("diagnostics written"),
    )
    .expect("JSON");
    let diagnostics = diagnostics.as_array().expect("a list");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let line = original
        .lines()
        .position(|l| l.contains("waktu 30 menit"))
        .expect("the edited line");
    assert_eq!(diagnostics[0]["code"], "SOP204");
    assert_eq!(diagnostics[0]["lnum"], line);
    let column = original
        .lines()
        .nth(line)
        .and_then(|l| l.find("menit"))
        .expect("unit");
    assert_eq!(diagnostics[0]["col"], column);
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("`menti` bukan satuan waktu")),
        "{}",
        diagnostics[0]
    );
    // The spoilt line was put back by the formatter: the file is the example again.
    let written = std::fs::read_to_string(&file).expect("written");
    assert_eq!(written, original);
}
