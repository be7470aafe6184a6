//! The font each HTML sheet embeds, read back from the sheets `sopan build` writes: it has
//! every character the sheet prints, with the advance the layout measured, and nothing the
//! bundled font lacks; typical sheets stay small; the bytes do not depend on the thread
//! count.

use std::collections::BTreeMap;
use std::path::Path;

use ttf_parser::{Face, GlyphId};

use crate::cli::{example, sopan, temp};
use crate::support::root;

const FONT_START: &str = "url(data:font/ttf;base64,";

/// Every `.html` sheet `sopan build --format html` writes for `input`, by file name.
fn build(dir: &Path, input: &Path) -> BTreeMap<String, String> {
    let out = dir.join("out");
    let run = sopan(
        dir,
        &[
            "build",
            &input.to_string_lossy(),
            "--format",
            "html",
            "-o",
            &out.to_string_lossy(),
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    let mut sheets = BTreeMap::new();
    for entry in std::fs::read_dir(&out).expect("the outputs") {
        let path = entry.expect("readable").path();
        let name = path
            .file_name()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        if path.extension().is_some_and(|x| x == "html") && name != "index.html" {
            sheets.insert(name, std::fs::read_to_string(&path).expect("UTF-8 sheet"));
        }
    }
    sheets
}

/// The font file a sheet embeds, decoded from its base64.
fn font_of(sheet: &str) -> Vec<u8> {
    let start = sheet.find(FONT_START).expect("the sheet embeds a font") + FONT_START.len();
    let data = &sheet[start..];
    let data = &data[..data.find(')').expect("the url ends")];
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("{:?} is not base64", char::from(c)),
    };
    let mut bytes = Vec::with_capacity(data.len() / 4 * 3);
    for chunk in data.as_bytes().chunks(4) {
        let digits: Vec<u8> = chunk
            .iter()
            .filter(|&&c| c != b'=')
            .map(|&c| value(c))
            .collect();
        let n = digits
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &d)| n | u32::from(d) << (18 - 6 * i));
        bytes.extend(n.to_be_bytes()[1..].iter().take(digits.len() - 1));
    }
    bytes
}

/// The text a sheet prints: its body without tags, character references read.
fn printed_text(sheet: &str) -> String {
    let body = &sheet[sheet.find("<body>").expect("a body")..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#xFFFD;", "\u{FFFD}")
        .replace("&nbsp;", "\u{A0}")
        .replace("&amp;", "&")
}

/// The glyph of `c`, if `face` has one (glyph 0 is `.notdef`, the glyph of no character).
fn glyph(face: &Face<'_>, c: char) -> Option<GlyphId> {
    face.glyph_index(c).filter(|g| g.0 != 0)
}

/// Every printed character of `sheet` the bundled font has is in the sheet's font with the
/// same advance; every one it lacks is not. Returns the problems.
fn check_sheet(name: &str, sheet: &str) -> Vec<String> {
    let whole = Face::parse(sopan_layout::text::font_data(), 0).expect("the bundled font");
    let data = font_of(sheet);
    let Ok(subset) = Face::parse(&data, 0) else {
        return vec![format!("{name}: the embedded font does not parse")];
    };
    let mut problems = Vec::new();
    for c in printed_text(sheet).chars().filter(|c| !c.is_control()) {
        let expected = glyph(&whole, c).map(|g| whole.glyph_hor_advance(g));
        let embedded = glyph(&subset, c).map(|g| subset.glyph_hor_advance(g));
        if expected != embedded {
            problems.push(format!(
                "{name}: {c:?} (U+{:04X}) has {embedded:?} in the sheet's font, {expected:?} in the bundled font",
                u32::from(c)
            ));
        }
    }
    problems.dedup();
    problems
}

#[test]
fn every_character_a_sheet_prints_is_in_its_font() {
    let dir = temp();
    let special = "Biaya Rp 10.000 – “gratis” • selesai ≤ 3 hari; Ma’ruf & ‘Putri’ <b> Камера 中文";
    let source = example().replace(
        "peringatan { \"Data harus lengkap\" }",
        &format!("peringatan {{ \"{}\" }}", special.replace('"', "\\\"")),
    );
    assert!(
        source.contains("中文"),
        "the example still has its peringatan"
    );
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("a folder");
    std::fs::write(input.join("khusus.sop"), source).expect("write");
    let sheets = build(dir.path(), &input);
    let sheet = &sheets["khusus.html"];
    assert!(
        printed_text(sheet).contains(special),
        "the sheet prints the text"
    );
    let mut problems = check_sheet("khusus.html", sheet);

    let whole = Face::parse(sopan_layout::text::font_data(), 0).expect("the bundled font");
    let data = font_of(sheet);
    let subset = Face::parse(&data, 0).expect("the embedded font parses");
    for lacking in ['中', '文'] {
        assert!(
            glyph(&whole, lacking).is_none(),
            "the bundled font lacks {lacking}"
        );
        assert!(glyph(&subset, lacking).is_none());
    }
    for kept in ['–', '“', '”', '•', '≤', '’', '‘', '&', '<', 'К', 'R'] {
        assert!(
            glyph(&subset, kept).is_some(),
            "{kept} is in the sheet's font"
        );
    }
    // Only what the sheet prints: no letter of the markup or of the logo's base64.
    assert!(glyph(&subset, 'Q').is_none() && glyph(&subset, 'Z').is_none());

    let examples = temp();
    for (name, sheet) in build(examples.path(), &root().join("examples")) {
        problems.extend(check_sheet(&name, &sheet));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn typical_example_sheets_are_under_40_kb() {
    const LIMIT: usize = 40_000;
    let dir = temp();
    let sheets = build(dir.path(), &root().join("examples"));
    for name in [
        "sktm-belimbing.html",
        "pengaduan-masyarakat-sukamulya.html",
        "renja-kecamatan-sukamulya.html",
        "penyaluran-bantuan-sosial-belimbing.html",
    ] {
        let size = sheets[name].len();
        assert!(size < LIMIT, "{name} is {size} bytes");
    }
    let mut sizes: Vec<usize> = sheets.values().map(String::len).collect();
    sizes.sort_unstable();
    let median = sizes[sizes.len() / 2];
    assert!(median < LIMIT, "the median example sheet is {median} bytes");
}

#[test]
fn sheets_are_the_same_bytes_on_one_thread_and_on_many() {
    let on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let dir = temp();
        pool.install(|| build(dir.path(), &root().join("examples")))
    };
    let one = on(1);
    let many = on(4);
    assert!(one.len() >= 24);
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        many.keys().collect::<Vec<_>>()
    );
    for (name, sheet) in &one {
        assert!(sheet == &many[name], "{name} depends on the thread count");
    }
}
