//! SOP012: characters in a text that the sheet prints without showing them.
//!
//! A right-to-left override in a `nomor` prints the number reversed; a zero-width space
//! makes two texts that look the same compare different. Neither is visible in an editor
//! that does not show them, so the author is told where each one is.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::ast::Document;

/// Invisible characters reported per file; a note counts the rest.
const MAX_REPORTED: usize = 50;

/// What a character does, when it is one to warn about.
fn describe(c: char) -> Option<(&'static str, bool)> {
    // (name, whether it changes the direction of what follows)
    Some(match c {
        '\u{202A}' => ("LEFT-TO-RIGHT EMBEDDING", true),
        '\u{202B}' => ("RIGHT-TO-LEFT EMBEDDING", true),
        '\u{202C}' => ("POP DIRECTIONAL FORMATTING", true),
        '\u{202D}' => ("LEFT-TO-RIGHT OVERRIDE", true),
        '\u{202E}' => ("RIGHT-TO-LEFT OVERRIDE", true),
        '\u{2066}' => ("LEFT-TO-RIGHT ISOLATE", true),
        '\u{2067}' => ("RIGHT-TO-LEFT ISOLATE", true),
        '\u{2068}' => ("FIRST STRONG ISOLATE", true),
        '\u{2069}' => ("POP DIRECTIONAL ISOLATE", true),
        '\u{200E}' => ("LEFT-TO-RIGHT MARK", true),
        '\u{200F}' => ("RIGHT-TO-LEFT MARK", true),
        '\u{061C}' => ("ARABIC LETTER MARK", true),
        '\u{200B}' => ("ZERO WIDTH SPACE", false),
        '\u{200C}' => ("ZERO WIDTH NON-JOINER", false),
        '\u{200D}' => ("ZERO WIDTH JOINER", false),
        '\u{2060}' => ("WORD JOINER", false),
        '\u{FEFF}' => ("ZERO WIDTH NO-BREAK SPACE", false),
        '\u{7F}' | '\u{80}'..='\u{9F}' => ("control character", false),
        _ => return None,
    })
}

/// Reports every invisible character inside a quoted text of `document`. Ids cannot hold
/// one (they are ASCII), and comments are not printed on the sheet.
pub(crate) fn check(document: &Document, source: &str, diagnostics: &mut Vec<Diagnostic>) {
    let mut found = 0usize;
    let mut last = None;
    crate::limits::for_each_text(document, &mut |text| {
        // The raw text, quotes included: the value has its escapes resolved, so its
        // offsets are not the file's.
        let Some(raw) = source.get(text.span.start..text.span.end) else {
            return;
        };
        if raw.is_ascii() {
            return;
        }
        for (i, c) in raw.char_indices() {
            let Some((name, direction)) = describe(c) else {
                continue;
            };
            found += 1;
            if found > MAX_REPORTED {
                continue;
            }
            let at = text.span.start + i;
            let code = format!("U+{:04X}", u32::from(c));
            let (message, help) = if direction {
                (
                    Message::new("sintaks-teks-pembalik-arah"),
                    Message::new("sintaks-teks-pembalik-arah.help"),
                )
            } else {
                (
                    Message::new("sintaks-teks-tak-terlihat"),
                    Message::new("sintaks-teks-tak-terlihat.help"),
                )
            };
            let here = Span::new(at, at + c.len_utf8());
            diagnostics.push(
                Diagnostic::new(
                    Code::InvisibleCharacter,
                    message.arg("kode", code.as_str()).arg("nama", name),
                    here,
                    Message::new("sintaks-teks-tak-terlihat.label").arg("kode", code.as_str()),
                )
                .with_help(help)
                .with_suggestion(here, ""),
            );
            last = Some(diagnostics.len() - 1);
        }
    });
    if found > MAX_REPORTED
        && let Some(d) = last.and_then(|i| diagnostics.get_mut(i))
    {
        d.notes
            .push(Message::new("sintaks-tak-terlihat-lainnya").arg("jumlah", found - MAX_REPORTED));
    }
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, SourceFile, Span};

    #[test]
    fn every_invisible_character_is_reported_at_its_place() {
        let text = "sop \"A\" { nomor \"12\u{202E}34\" instansi \"a\u{200B}b\" \"\u{FEFF}\" }";
        let parsed = crate::parse(&SourceFile::new("t.sop", text));
        let found: Vec<(Code, Span)> = parsed
            .diagnostics
            .iter()
            .map(|d| (d.code, d.primary_span()))
            .collect();
        let at = |needle: char| text.find(needle).unwrap_or(0);
        assert_eq!(
            found,
            [
                (
                    Code::InvisibleCharacter,
                    Span::new(at('\u{202E}'), at('\u{202E}') + 3)
                ),
                (
                    Code::InvisibleCharacter,
                    Span::new(at('\u{200B}'), at('\u{200B}') + 3)
                ),
                (
                    Code::InvisibleCharacter,
                    Span::new(at('\u{FEFF}'), at('\u{FEFF}') + 3)
                ),
            ]
        );
        // Warnings only: the document is still handed on.
        assert!(parsed.document.is_some());
        // A byte-order mark at the start of the file is not in a text.
        let bom = "\u{FEFF}sop \"A\" { nomor \"é\" }";
        assert!(
            crate::parse(&SourceFile::new("t.sop", bom))
                .diagnostics
                .is_empty()
        );
    }

    #[test]
    fn a_flood_is_cut_short_with_a_count() {
        let text = format!("sop \"A\" {{ nomor \"{}\" }}", "\u{200B}".repeat(60));
        let parsed = crate::parse(&SourceFile::new("t.sop", text));
        assert_eq!(parsed.diagnostics.len(), super::MAX_REPORTED);
        let notes = &parsed.diagnostics[super::MAX_REPORTED - 1].notes;
        assert_eq!(
            notes[0].render(sopan_diagnostics::Bahasa::En),
            "and 10 more invisible characters in this file, not shown"
        );
    }
}
