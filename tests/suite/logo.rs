//! Logo files: what is refused (too large, too many pixels, not a regular file, not an image
//! whatever its name says) and what is shown (every valid SVG, whatever its encoding or
//! prolog), by `sopan check` and `sopan build` run in-process on a temporary repository.

use std::path::Path;
use std::time::Duration;

use crate::cli::{Run, example, sopan, temp};

/// A repository (it has `.git`) with `sktm.sop` naming `gambar/<logo>`, whose bytes are
/// `bytes`.
fn repository(logo: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join(".git")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("gambar")).expect("mkdir");
    std::fs::write(dir.path().join("gambar").join(logo), bytes).expect("logo");
    write_sop(dir.path(), logo);
    dir
}

fn write_sop(dir: &Path, logo: &str) {
    let text = example().replacen("  nomor", &format!("  logo \"gambar/{logo}\"\n  nomor"), 1);
    std::fs::write(dir.join("sktm.sop"), text).expect("write");
}

fn build(dir: &Path) -> Run {
    // The refusals are read in English, the words these cases were written against.
    sopan(
        dir,
        &[
            "build",
            "--bahasa",
            "en",
            "--color",
            "never",
            "[TMP]/sktm.sop",
            "-o",
            "[TMP]/out",
            "--format",
            "html",
        ],
    )
}

/// A PNG's signature and size header, which is what the logo check reads of a PNG.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    out.extend_from_slice(&width.to_be_bytes());
    out.extend_from_slice(&height.to_be_bytes());
    out.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    out
}

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
                   <circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The logo `img` of the sheet the build wrote.
/// Builds a repository whose logo is the SVG `file` and checks that the sheet embeds it
/// byte for byte.
fn assert_svg_embedded_unchanged(file: &[u8]) {
    let dir = repository("logo.svg", file);
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        embedded_logo(dir.path()),
        format!("data:image/svg+xml;base64,{}", base64(file))
    );
}

fn embedded_logo(dir: &Path) -> String {
    let sheet = std::fs::read_to_string(dir.join("out/sktm.html")).expect("sheet written");
    let start = sheet
        .find("<img class=\"logo\" alt=\"\" src=\"")
        .expect("the sheet shows the logo");
    let rest = &sheet[start + "<img class=\"logo\" alt=\"\" src=\"".len()..];
    rest[..rest.find('"').expect("closed")].to_owned()
}

fn assert_refused(run: &Run, words: &str) {
    assert_eq!(run.code, 1, "{run}");
    // The report wraps long messages; read it as one line.
    let report: Vec<&str> = run
        .stdout
        .lines()
        .chain(run.stderr.lines())
        .map(|line| line.trim_start().trim_start_matches('│').trim())
        .collect();
    let report = report.join(" ");
    assert!(report.contains("SOP110"), "{run}");
    assert!(report.contains(words), "expected {words:?}: {run}");
}

#[test]
fn a_logo_over_2_mib_is_refused_without_being_read() {
    let dir = repository("logo.png", &png(600, 600));
    // Sparse: a file of 150 MB that takes no room and no time to make.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(dir.path().join("gambar/logo.png"))
        .expect("open");
    file.set_len(150_000_000).expect("grow");
    let run = sopan(dir.path(), &["check", "--color", "never", "[TMP]/sktm.sop"]);
    assert_refused(&run, "ukuran berkasnya 143.0 MiB; logo paling besar 2 MiB");
    insta::assert_snapshot!(run.to_string());
    let run = build(dir.path());
    assert_refused(&run, "a logo may be at most 2 MiB");
    assert!(!dir.path().join("out/sktm.html").exists(), "{run}");

    // The limit itself is allowed.
    file.set_len(2 * 1024 * 1024).expect("shrink");
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{run}");
}

#[test]
fn a_raster_logo_over_16_million_pixels_is_refused() {
    let dir = repository("logo.png", &png(100_000, 100_000));
    assert_refused(
        &build(dir.path()),
        "the PNG image is 100000 × 100000 pixels; a logo may have at most 16,777,216 pixels",
    );
    let dir = repository("logo.png", &png(4096, 4096));
    assert_eq!(build(dir.path()).code, 0);
}

#[cfg(unix)]
#[test]
fn a_pipe_named_as_logo_is_refused_at_once() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join(".git")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("gambar")).expect("mkdir");
    let fifo = dir.path().join("gambar/logo.png");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    write_sop(dir.path(), "logo.png");
    let (send, receive) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || {
        let run = sopan(&path, &["check", "--color", "never", "[TMP]/sktm.sop"]);
        let _ = send.send(run);
    });
    let outcome = receive.recv_timeout(Duration::from_secs(30));
    if outcome.is_err() {
        // Release the reader that waits on the pipe before failing.
        let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
    }
    let run = outcome.expect("sopan check waited on a pipe named as the logo");
    assert_refused(&run, "ini bukan berkas biasa");
}

#[test]
fn a_folder_named_as_logo_is_refused_as_a_folder() {
    let dir = repository("logo.png", b"");
    std::fs::remove_file(dir.path().join("gambar/logo.png")).expect("rm");
    std::fs::create_dir(dir.path().join("gambar/logo.png")).expect("mkdir");
    assert_refused(&build(dir.path()), "it is a folder, not an image file");
}

#[test]
fn the_content_decides_not_the_name() {
    // An HTML page that mentions <svg is not an image, whatever its name.
    let page = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>x</title></head>\
         <body><p>Logo:<br>{SVG}</body></html>\n"
    );
    let dir = repository("logo.png", page.as_bytes());
    assert_refused(
        &build(dir.path()),
        "the file mentions <svg but is not a well-formed SVG document",
    );
    // Nor is an XHTML page, well-formed as it is.
    let xhtml = format!("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{SVG}</body></html>");
    let dir = repository("logo.svg", xhtml.as_bytes());
    assert_refused(
        &build(dir.path()),
        "the file is XML but its root element is <html>, not <svg>",
    );
    // A PNG signature followed by anything is not a PNG.
    let dir = repository("logo.png", b"\x89PNG\r\n\x1a\n<svg>");
    assert_refused(&build(dir.path()), "its header is damaged or cut short");
    // A PNG named .svg is a PNG.
    let dir = repository("logo.svg", &png(300, 300));
    assert_eq!(build(dir.path()).code, 0);
    assert_eq!(
        embedded_logo(dir.path()),
        format!("data:image/png;base64,{}", base64(&png(300, 300)))
    );
}

#[test]
fn an_svg_with_a_long_comment_before_its_root_is_shown() {
    let file = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- {} -->\n{SVG}\n",
        "Dibuat dengan program gambar. ".repeat(60)
    );
    // Embedded as it is: the sheet takes the media type the check found.
    assert_svg_embedded_unchanged(file.as_bytes());
}

#[test]
fn an_svg_with_a_character_across_its_1024th_byte_is_shown() {
    let start = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>";
    // The "é" takes bytes 1,023 and 1,024.
    let file = format!(
        "{start}{}é Lambang Kabupatén</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>",
        "x".repeat(1023 - start.len())
    );
    assert!(std::str::from_utf8(&file.as_bytes()[..1024]).is_err());
    assert_svg_embedded_unchanged(file.as_bytes());
}

#[test]
fn a_utf16_svg_is_shown_as_utf8() {
    let text = format!("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n{SVG}");
    for big_endian in [false, true] {
        let mut file = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        file.extend(text.encode_utf16().flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        }));
        let dir = repository("logo.svg", &file);
        let run = build(dir.path());
        assert_eq!(run.code, 0, "{run}");
        assert_eq!(
            embedded_logo(dir.path()),
            format!("data:image/svg+xml;base64,{}", base64(SVG.as_bytes()))
        );
    }
}

#[test]
fn an_svg_without_the_svg_namespace_is_refused() {
    let dir = repository(
        "logo.svg",
        b"<svg viewBox=\"0 0 10 10\"><circle r=\"4\"/></svg>",
    );
    assert_refused(
        &build(dir.path()),
        "the <svg> element does not declare xmlns=",
    );
}

#[test]
fn an_svg_is_embedded_as_an_image_so_its_scripts_never_run() {
    // Well-formed, so it is a valid logo; the sheet shows it through <img>, where a browser
    // runs no script and loads nothing, and its bytes reach the page only as base64.
    let file = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">\
                <script>alert(2)</script><image href=\"https://example.org/x.png\"/>\
                <text>\"&gt;&lt;script&gt;alert(3)&lt;/script&gt;</text></svg>";
    let dir = repository("logo.svg", file.as_bytes());
    assert_eq!(build(dir.path()).code, 0);
    let sheet = std::fs::read_to_string(dir.path().join("out/sktm.html")).expect("sheet");
    assert!(!sheet.contains("alert"));
    assert!(!sheet.contains("<script"));
    assert!(
        sheet.contains("img-src data:"),
        "the CSP allows no other image source"
    );
    assert_eq!(
        embedded_logo(dir.path()),
        format!("data:image/svg+xml;base64,{}", base64(file.as_bytes()))
    );
}
