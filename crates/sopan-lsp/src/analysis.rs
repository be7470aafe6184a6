//! What the features read of one text.
//!
//! A text that parses gives its own index. A text with a syntax error gives none, so the
//! features keep working from the best that can be had, in this order:
//!
//! 1. the same text with the words each syntax error points at blanked, or else the lines
//!    that hold them (spaces, so every offset stays), when that parses: exact positions,
//!    only the broken words or lines missing;
//! 2. the last text of this document that parsed, its spans carried over the lines the two
//!    texts share ([`Shift`], a line diff): names on changed lines are dropped, everything
//!    on the other lines keeps working;
//! 3. nothing.
//!
//! Only a fresh index (the text itself parsed) is trusted for rename, which rewrites the
//! file.

use sopan_diagnostics::SourceFile;

use crate::index::{Index, Shift};

/// The index a feature works from, and whether the text itself parsed.
#[derive(Clone, Debug, Default)]
pub(crate) struct Analysis {
    pub(crate) index: Index,
    pub(crate) fresh: bool,
}

/// The last text of a document that parsed, and its index.
pub(crate) type LastGood = Option<(String, Index)>;

pub(crate) fn analyse(text: &str, last_good: &mut LastGood) -> Analysis {
    let parsed = sopan_syntax::parse(&SourceFile::new("", text));
    if let Some(document) = parsed.document {
        let index = Index::of(&document);
        *last_good = Some((text.to_owned(), index.clone()));
        return Analysis { index, fresh: true };
    }
    let errors: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(sopan_diagnostics::Diagnostic::primary_span)
        .collect();
    if !errors.is_empty() {
        // The faulty words alone first (a misspelt keyword), then their whole lines.
        let candidates = [
            blank_spans(text, &errors),
            blank_lines(text, errors.iter().map(|s| s.start)),
        ];
        for blanked in candidates {
            let reparsed = sopan_syntax::parse(&SourceFile::new("", blanked.as_str()));
            if let Some(document) = reparsed.document {
                return Analysis {
                    index: Index::of(&document),
                    fresh: false,
                };
            }
        }
    }
    match last_good {
        Some((old, index)) => Analysis {
            index: index.clone().moved(&Shift::between(old, text)),
            fresh: false,
        },
        None => Analysis::default(),
    }
}

/// `text` with each of `spans` turned into spaces (line breaks kept).
fn blank_spans(text: &str, spans: &[sopan_diagnostics::Span]) -> String {
    let mut out = text.to_owned();
    for span in spans {
        let (start, end) = (
            floor(text, span.start.min(text.len())),
            floor(text, span.end.min(text.len())),
        );
        if start < end {
            // Each character becomes as many spaces as it had bytes, so offsets stay.
            let blank: String = text[start..end]
                .chars()
                .flat_map(|c| std::iter::repeat_n(if c == '\n' { '\n' } else { ' ' }, c.len_utf8()))
                .collect();
            out.replace_range(start..end, &blank);
        }
    }
    out
}

/// `text` with each line holding one of `offsets` turned into spaces (line breaks kept).
fn blank_lines(text: &str, offsets: impl Iterator<Item = usize>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for offset in offsets {
        let offset = offset.min(text.len());
        let start = text[..floor(text, offset)].rfind('\n').map_or(0, |i| i + 1);
        let end = text[floor(text, offset)..]
            .find('\n')
            .map_or(text.len(), |i| floor(text, offset) + i);
        for byte in bytes.iter_mut().take(end).skip(start) {
            if *byte != b'\r' {
                *byte = b' ';
            }
        }
    }
    // Whole lines of multi-byte characters became spaces byte for byte, so this is UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

fn floor(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Kind;

    const GOOD: &str = "sop \"A\" {\n  pelaksana { staf \"Staf\" }\n  prosedur {\n    awal: mulai staf \"Menerima\" { waktu 5 menit output \"Berkas\" }\n    selesai staf \"Menyerahkan\" { waktu 1 menit output \"Surat\" -> awal }\n  }\n}\n";

    /// A `{` left open cannot be mended by blanking: the last good parse carries over, its
    /// names moved to where they are now.
    #[test]
    fn the_last_good_parse_carries_over_a_broken_edit() {
        let mut last_good = None;
        assert!(analyse(GOOD, &mut last_good).fresh);
        let broken = GOOD
            .replace("  prosedur {\n", "  // a new comment\n  prosedur {\n")
            .replace("  }\n}\n", "\n}\n");
        let analysis = analyse(&broken, &mut last_good);
        assert!(!analysis.fresh);
        let labels: Vec<_> = analysis
            .index
            .names
            .iter()
            .filter(|n| n.kind == Kind::Label)
            .map(|n| (n.definition, &broken[n.span.start..n.span.end]))
            .collect();
        // Both moved down the inserted line, to the word.
        assert_eq!(labels, [(true, "awal"), (false, "awal")]);
        assert_eq!(analysis.index.rows.len(), 2);
        assert!(last_good.is_some_and(|(text, _)| text == GOOD));
    }

    /// A misspelt keyword: the word blanked, the rest read exactly.
    #[test]
    fn a_misspelt_word_is_blanked() {
        let mut last_good = None;
        let broken = GOOD.replace("mulai staf", "mulia staf");
        let analysis = analyse(&broken, &mut last_good);
        assert!(!analysis.fresh);
        assert_eq!(analysis.index.rows.len(), 2, "{:?}", analysis.index.rows);
        assert!(last_good.is_none());
    }
}
