//! Making text safe to print on a terminal.
//!
//! Comments, texts and file names come from whoever wrote the file or named it. Printed
//! raw, an ESC or BEL byte is a command to the terminal (erase the line, move the cursor,
//! write the clipboard with OSC 52), and a bidi control reorders what follows it, so what
//! an author reads is not what the file says. Every string Sopan prints for people goes
//! through [`terminal_text`] or, for the source excerpts of a report, [`SafeSource`].

use std::borrow::Cow;
use std::fmt::Write as _;

/// How one character is printed.
enum Shown {
    /// As it is.
    Same,
    /// As the Unicode control picture standing for it (one column wide, like the control).
    Picture(char),
    /// As `<U+202E>`: for characters that change the order or the look of what follows
    /// and have no picture.
    Named,
}

fn shown(c: char) -> Shown {
    match c {
        '\n' | '\t' => Shown::Same,
        // U+2400..U+241F picture U+0000..U+001F in order; U+2421 pictures DEL.
        '\0'..='\u{1F}' => {
            char::from_u32(0x2400 + u32::from(c)).map_or(Shown::Named, Shown::Picture)
        }
        '\u{7F}' => Shown::Picture('\u{2421}'),
        // C1 controls (U+009B is a one-character CSI to some terminals), bidi embeddings,
        // overrides and isolates, zero-width characters, the Arabic letter mark and the
        // Unicode line and paragraph separators.
        '\u{80}'..='\u{9F}'
        | '\u{61C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Shown::Named,
        _ => Shown::Same,
    }
}

fn push_shown(out: &mut String, c: char) {
    match shown(c) {
        Shown::Same => out.push(c),
        Shown::Picture(p) => out.push(p),
        Shown::Named => {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        }
    }
}

/// Whether a character would be replaced by [`terminal_text`].
#[must_use]
pub fn is_unsafe_for_terminal(c: char) -> bool {
    !matches!(shown(c), Shown::Same)
}

/// `text` with every control character but line break and tab replaced by its visible form
/// (`␛` for ESC, `␇` for BEL, `<U+202E>` for a bidi override), so printing it cannot command
/// the terminal or reorder the line. Borrows when there is nothing to replace.
#[must_use]
pub fn terminal_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_for_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

/// A source text made safe for excerpts, with the map from its byte offsets to the
/// original's, so labels still point at the character they were put on.
///
/// Differences from [`terminal_text`]: a carriage return before a line break stays (the
/// excerpt printer reads CRLF as one line break), and so does a byte-order mark at the very
/// start of the file, which terminals ignore.
#[derive(Debug)]
pub struct SafeSource<'a> {
    text: Cow<'a, str>,
    /// For each replaced character, in increasing order: its offset in the original, the
    /// total growth of the text up to and including it, and its offset in the safe text.
    shifts: Vec<(usize, usize, usize)>,
}

impl<'a> SafeSource<'a> {
    /// Scans `text` once; borrows it when nothing needs replacing.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let keep = |i: usize, c: char| match c {
            '\r' => text.as_bytes().get(i + 1) == Some(&b'\n'),
            '\u{FEFF}' => i == 0,
            _ => !is_unsafe_for_terminal(c),
        };
        if text.char_indices().all(|(i, c)| keep(i, c)) {
            return SafeSource {
                text: Cow::Borrowed(text),
                shifts: Vec::new(),
            };
        }
        let mut out = String::with_capacity(text.len() + 64);
        let mut shifts = Vec::new();
        for (i, c) in text.char_indices() {
            if keep(i, c) {
                out.push(c);
                continue;
            }
            let before = out.len();
            push_shown(&mut out, c);
            let growth = (out.len() - before) - c.len_utf8();
            let total = shifts.last().map_or(0, |&(_, t, _)| t) + growth;
            shifts.push((i, total, before));
        }
        SafeSource {
            text: Cow::Owned(out),
            shifts,
        }
    }

    /// The safe text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where byte `offset` of the original is in the safe text: a replaced character that
    /// starts before `offset` moves it by what the replacement added.
    #[must_use]
    pub fn offset(&self, offset: usize) -> usize {
        let before = self.shifts.partition_point(|&(at, _, _)| at < offset);
        match before.checked_sub(1) {
            Some(last) => offset + self.shifts[last].1,
            None => offset,
        }
    }

    /// The inverse of [`SafeSource::offset`]: where byte `offset` of the safe text is in the
    /// original (a place inside a replacement is the replaced character).
    #[must_use]
    pub fn original(&self, offset: usize) -> usize {
        let before = self.shifts.partition_point(|&(_, _, safe)| safe < offset);
        match before.checked_sub(1) {
            Some(last) => {
                let (at, total, _) = self.shifts[last];
                offset.saturating_sub(total).max(at)
            }
            None => offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_pictures_and_bidi_becomes_names() {
        assert_eq!(terminal_text("a\u{1b}[2Kb\u{7}"), "a\u{241b}[2Kb\u{2407}");
        assert_eq!(terminal_text("x\u{202E}y\u{2066}"), "x<U+202E>y<U+2066>");
        assert_eq!(terminal_text("\u{9b}31m\u{200B}"), "<U+009B>31m<U+200B>");
        assert_eq!(terminal_text("r\rn\u{7f}"), "r\u{240d}n\u{2421}");
        assert!(matches!(terminal_text("biasa\n\té"), Cow::Borrowed(_)));
    }

    #[test]
    fn safe_source_keeps_offsets_pointing_at_the_same_character() {
        let text = "ab\u{1b}c\r\nd\u{202E}e\rf";
        let safe = SafeSource::new(text);
        assert_eq!(safe.text(), "ab\u{241b}c\r\nd<U+202E>e\u{240d}f");
        for (i, c) in text.char_indices() {
            let shown = &safe.text()[safe.offset(i)..];
            if is_unsafe_for_terminal(c) && c != '\r' {
                assert!(shown.starts_with(['\u{241b}', '<']), "{i}");
            } else if c != '\r' {
                assert!(shown.starts_with(c), "{i}: {c:?}");
            }
        }
        assert_eq!(safe.offset(text.len()), safe.text().len());
        for (i, _) in text.char_indices() {
            assert_eq!(safe.original(safe.offset(i)), i);
        }
        let bom = SafeSource::new("\u{FEFF}sop \u{FEFF}");
        assert_eq!(bom.text(), "\u{FEFF}sop <U+FEFF>");
    }
}
