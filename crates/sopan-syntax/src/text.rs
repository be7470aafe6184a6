//! Resolving escapes in quoted text.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

/// Resolves `\n`, `\"` and `\\` in `raw` (the text between the quotes, which starts at byte
/// `offset` of the file). Unknown escapes are kept as written and reported as SOP006.
pub(crate) fn unescape(raw: &str, offset: usize, diagnostics: &mut Vec<Diagnostic>) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 'n')) => out.push('\n'),
            Some((_, '"')) => out.push('"'),
            Some((_, '\\')) => out.push('\\'),
            other => {
                let len = 1 + other.map_or(0, |(_, c)| c.len_utf8());
                let span = Span::new(offset + i, offset + i + len);
                diagnostics.push(
                    Diagnostic::new(
                        Code::InvalidEscape,
                        Message::new("sintaks-escape-tak-dikenal").arg("escape", &raw[i..i + len]),
                        span,
                        Message::new("sintaks-escape-tak-dikenal.label"),
                    )
                    .with_help(Message::new("sintaks-escape-tak-dikenal.help")),
                );
                out.push_str(&raw[i..i + len]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_known_escapes() {
        let mut diagnostics = Vec::new();
        assert_eq!(
            unescape(r#"a\nb \"c\" \\"#, 0, &mut diagnostics),
            "a\nb \"c\" \\"
        );
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn reports_unknown_escape_at_its_place() {
        let mut diagnostics = Vec::new();
        assert_eq!(unescape(r"ab\tc", 10, &mut diagnostics), r"ab\tc");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, Code::InvalidEscape);
        assert_eq!(diagnostics[0].primary_span(), Span::new(12, 14));
    }
}
