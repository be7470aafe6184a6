//! Any bytes through `sopan_fmt::format`: it never panics, and whenever it gives a text the
//! safety gate holds for it, checked here again from the outside: the text formats to
//! itself, keeps every comment, and the gate accepts it against the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn comments(text: &str) -> Vec<String> {
    let parsed = sopan_syntax::parse(&sopan_diagnostics::SourceFile::new("", text));
    let mut out: Vec<String> = parsed
        .document
        .map(|d| d.comments)
        .unwrap_or_default()
        .into_iter()
        .map(|c| c.text.trim_end_matches([' ', '\t']).to_owned())
        .collect();
    out.sort();
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match sopan_fmt::format(text) {
        Ok(formatted) => {
            assert_eq!(sopan_fmt::format(&formatted).ok().as_deref(), Some(&*formatted));
            assert_eq!(comments(&formatted), comments(text));
            assert!(sopan_fmt::verify(text, &formatted).is_ok());
        }
        Err(sopan_fmt::Error::Syntax(diagnostics)) => assert!(!diagnostics.is_empty()),
        Err(error @ sopan_fmt::Error::Bug(_)) => panic!("{error}"),
    }
});
