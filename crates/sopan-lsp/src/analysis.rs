//! What the features read of one text.
//!
//! A text that parses gives its own index. A text with a syntax error gives none, so the
//! features keep working from the best that can be had, in this order:
//!
//! 1. the same text with every line that holds a syntax error blanked (spaces, so every
//!    offset stays), when that parses: exact positions, only the broken lines missing;
//! 2. the last text of this document that parsed, its spans carried over the one stretch
//!    that changed since ([`Shift`]): names inside the change are dropped, everything
//!    before and after it keeps working;
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
        let blanked = blank_lines(text, errors.iter().map(|s| s.start));
        let reparsed = sopan_syntax::parse(&SourceFile::new("", blanked.as_str()));
        if let Some(document) = reparsed.document {
            return Analysis {
                index: Index::of(&document),
                fresh: false,
            };
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
