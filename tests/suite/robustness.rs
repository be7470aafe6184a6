//! Hostile inputs named by the foundation issue: each gets a diagnostic, never a panic or a
//! stack overflow. (Arbitrary bytes and mutations of every example are in `properties`.)

use sopan_diagnostics::Code;

fn codes(bytes: &[u8]) -> Vec<Code> {
    sopan_cli::compile("input.sop", bytes)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn empty_and_blank_files() {
    assert_eq!(codes(b""), [Code::EmptyFile]);
    assert_eq!(codes(b"  \n\t\n"), [Code::EmptyFile]);
    assert_eq!(codes(b"// hanya komentar\n// lagi\n"), [Code::EmptyFile]);
}

#[test]
fn binary_and_foreign_encodings() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
    ];
    assert_eq!(codes(&png), [Code::InvalidUtf8]);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("sop".bytes().flat_map(|b| [b, 0]))
        .collect();
    let unit = sopan_cli::compile("utf16.sop", &utf16);
    assert_eq!(unit.diagnostics[0].code, Code::InvalidUtf8);
    assert!(
        unit.diagnostics[0]
            .message
            .render(sopan_diagnostics::Bahasa::En)
            .contains("UTF-16")
    );
    // NUL bytes are valid UTF-8: they are a syntax error like any other stray character.
    assert_eq!(codes(b"sop \"A\" {\0}"), [Code::Syntax]);
}

#[test]
fn ten_thousand_levels_of_nesting() {
    let deep = format!("sop \"A\" {}{}", "{".repeat(10_000), "}".repeat(10_000));
    assert!(codes(deep.as_bytes()).contains(&Code::Syntax));
    let deep_step = format!(
        "sop \"A\" {{ prosedur {{ a \"x\" {} }} }}",
        "{ ".repeat(10_000)
    );
    assert!(codes(deep_step.as_bytes()).contains(&Code::Syntax));
}

#[test]
fn ten_megabyte_files() {
    // Valid syntax all the way through: one list of 10 MB.
    let entry = "    \"Peraturan Daerah Nomor 18 Tahun 2002 tentang Pelayanan Publik\"\n";
    let body = entry.repeat(10 * 1024 * 1024 / entry.len() + 1);
    let text = format!("sop \"Besar\" {{\n  dasar-hukum {{\n{body}  }}\n}}\n");
    assert!(text.len() >= 10 * 1024 * 1024);
    assert!(codes(text.as_bytes()).contains(&Code::MissingField));
    // And 10 MB of noise: a syntax error, found without reading it all many times.
    let noise = "x".repeat(10 * 1024 * 1024);
    assert_eq!(codes(noise.as_bytes()), [Code::Syntax]);
}
