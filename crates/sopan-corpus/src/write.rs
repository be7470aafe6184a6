//! The text writer: indentation, quoting and the small layout choices (one-line or
//! block lists, aligned keys) that vary between generated files as between real authors.

/// Builds a file line by line.
pub(crate) struct Writer {
    out: String,
    depth: usize,
    unit: &'static str,
}

impl Writer {
    /// `unit` is one level of indentation.
    pub(crate) fn new(unit: &'static str) -> Writer {
        Writer {
            out: String::with_capacity(4096),
            depth: 0,
            unit,
        }
    }

    /// Writes one line at the current depth.
    pub(crate) fn line(&mut self, text: &str) {
        if text.is_empty() {
            self.out.push('\n');
            return;
        }
        for _ in 0..self.depth {
            self.out.push_str(self.unit);
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Writes `head {`, and indents what follows.
    pub(crate) fn open(&mut self, head: &str) {
        self.line(&format!("{head} {{"));
        self.depth += 1;
    }

    /// Writes `}` one level out.
    pub(crate) fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.line("}");
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// A quoted text: the one place author text becomes source, so escapes are right everywhere.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Several quoted texts separated by spaces.
pub(crate) fn quote_all<S: AsRef<str>>(texts: &[S]) -> String {
    texts
        .iter()
        .map(|t| quote(t.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_escape_what_the_grammar_needs() {
        assert_eq!(quote("a \"b\"\nc\\"), r#""a \"b\"\nc\\""#);
    }

    #[test]
    fn blocks_indent() {
        let mut w = Writer::new("  ");
        w.open("sop \"x\"");
        w.line("nomor \"1\"");
        w.close();
        assert_eq!(w.finish(), "sop \"x\" {\n  nomor \"1\"\n}\n");
    }
}
