//! The one function that puts author text into HTML.
//!
//! Every string that comes from a `.sop` file passes through [`escape`] before it reaches
//! the page, in element content and in attribute values alike, so no input can open a tag,
//! close an attribute or start a script.

use std::fmt::Write as _;

/// Appends `text` to `out` with `& < > " '` replaced by character references. Line breaks
/// become `<br>` when `breaks` is set, so authors' `\n` shows as a new line in a cell.
pub fn escape_into(out: &mut String, text: &str, breaks: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' if breaks => out.push_str("<br>"),
            // Control characters other than line breaks and tabs have no place on a sheet.
            c if c.is_control() && c != '\n' && c != '\t' => {
                let _ = write!(out, "&#xFFFD;");
            }
            c => out.push(c),
        }
    }
}

/// `text` escaped, as a new string.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, true);
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_cannot_escape_its_text() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape("\"><img onerror=x>"),
            "&quot;&gt;&lt;img onerror=x&gt;"
        );
        assert_eq!(escape("a\nb & 'c'"), "a<br>b &amp; &#39;c&#39;");
        assert_eq!(escape("x\u{0}y"), "x&#xFFFD;y");
    }
}
