//! The only way text and numbers get into the document.
//!
//! Author text goes through [`escape`] and nowhere else; numbers through [`num`], which
//! prints at most two decimals so the same geometry always gives the same bytes.

use std::fmt::Write as _;

/// XML-escapes `text` for element content and double-quoted attribute values. Characters
/// XML 1.0 forbids become U+FFFD, so no input makes the document ill-formed.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if allowed_in_xml(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// XML 1.0's `Char` production, less the characters it discourages (C1 controls).
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// A coordinate or length: two decimals at most, no trailing zeros, no `-0`, so the bytes
/// do not depend on float noise below what a screen or printer can show. The one number
/// format of every SVG Sopan writes, the sheet's inline SVG included.
#[must_use]
pub fn num(value: f32) -> String {
    // In whole hundredths, written with integer arithmetic: formatting a float to two
    // decimals goes through exact big-number arithmetic, and a sheet writes thousands of
    // numbers.
    let hundredths = (f64::from(value) * 100.0).round();
    if !hundredths.is_finite() || hundredths.abs() >= 1e15 {
        return "0".to_owned();
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "finite and below 1e15 in magnitude, checked above"
    )]
    let hundredths = hundredths as i64;
    let (whole, part) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    let sign = if hundredths < 0 { "-" } else { "" };
    match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    }
}

/// A list of points for `points="…"`.
pub(crate) fn points<'a>(points: impl IntoIterator<Item = &'a sopan_layout::Point>) -> String {
    let mut out = String::new();
    for (i, p) in points.into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", num(p.x), num(p.y));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_forbidden_characters() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(
            escape("a\u{0}b\u{1B}c\u{85}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(escape("Perlu\nperbaikan"), "Perlu perbaikan");
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(-2.345), "-2.35");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(-0.1), "-0.1");
        assert_eq!(num(1_234_567.0), "1234567");
        // The same text as two-decimal float formatting, trimmed, over many values.
        for i in -20_000..20_000 {
            let v = f32::from(i16::try_from(i).expect("small")) * 0.0137;
            let rounded = (f64::from(v) * 100.0).round() / 100.0;
            let mut old = format!("{rounded:.2}");
            while old.ends_with('0') {
                old.pop();
            }
            if old.ends_with('.') {
                old.pop();
            }
            if old == "-0" {
                old = "0".to_owned();
            }
            assert_eq!(num(v), old, "{v}");
        }
    }
}
