//! A `{` that is never closed, found where the author left it.
//!
//! Pest only notices a missing `}` at the end of the file, after every later step has been
//! read as part of the unclosed block. When a file has fewer `}` than `{`, the brace that
//! lacks its `}` is found from the layout instead, as rustc does: a block ends before the
//! first line that starts at its opening line's indentation or left of it (the next step,
//! the next section). The `}` is then put there, so the rest of the file is read as the
//! author meant and only the missing brace is reported.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

/// A `{` without its `}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unclosed {
    /// The offset of the `{`.
    pub(crate) brace: usize,
    /// Where its `}` belongs: the start of the line that ends the block, or the end of the
    /// file.
    pub(crate) close_at: usize,
    /// The indentation of the line the `{` is on, for the `}` the fix writes.
    pub(crate) indent: String,
    /// Whether the `{` directly follows another (`{{`): then it is one too many.
    pub(crate) doubled: bool,
}

struct Open {
    brace: usize,
    line: usize,
    indent: usize,
    line_start: usize,
}

/// The braces of `text` that are never closed, when it has more `{` than `}`; empty when
/// the braces balance (pest then reports what is wrong).
pub(crate) fn unclosed(text: &str) -> Vec<Unclosed> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut found = Vec::new();
    let (mut opens, mut closes) = (0usize, 0usize);
    let mut line = 0usize;
    let mut line_start = 0usize;
    let mut first_token = true;
    let mut line_indent = 0usize;
    // The last token seen and the last line's own indentation: a line that starts with a
    // text, deeper than the line before, which opened or closed nothing, continues that
    // statement (`jfu` on one line, its uraian on the next) and keeps its indentation.
    let mut last = b'{';
    let mut last_actual = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                first_token = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
            _ => {}
        }
        if first_token {
            let actual = i - line_start;
            let continues = b == b'"' && last != b'{' && last != b'}' && actual > last_actual;
            if !continues {
                line_indent = actual;
            }
            last_actual = actual;
        }
        let indent = line_indent;
        if first_token && b != b'}' {
            // A line that starts left of an open block, or level with the line that opened
            // it, is not inside it.
            while let Some(top) = stack.last()
                && top.line < line
                && top.indent >= indent
            {
                if let Some(open) = stack.pop() {
                    found.push(unclosed_at(text, &open, line_start));
                }
            }
        }
        if first_token && b == b'}' {
            // A `}` level with a block further out closes that one: those in between lack
            // theirs.
            while let Some(top) = stack.last()
                && top.line < line
                && top.indent > indent
                && stack[..stack.len() - 1].iter().any(|o| o.indent == indent)
            {
                if let Some(open) = stack.pop() {
                    found.push(unclosed_at(text, &open, line_start));
                }
            }
        }
        first_token = false;
        last = b;
        match b {
            b'"' => i = crate::lower::text_end(bytes, i + 1),
            b'{' => {
                opens += 1;
                stack.push(Open {
                    brace: i,
                    line,
                    indent: line_indent,
                    line_start,
                });
                i += 1;
            }
            b'}' => {
                closes += 1;
                stack.pop();
                i += 1;
            }
            _ => i += 1,
        }
    }
    if opens <= closes {
        return Vec::new();
    }
    let missing = opens - closes;
    let at_end: Vec<Unclosed> = stack
        .iter()
        .rev()
        .map(|open| unclosed_at(text, open, text.len()))
        .collect();
    found.extend(at_end.iter().cloned());
    if found.len() == missing {
        found.sort_by_key(|u| u.brace);
        return found;
    }
    // The layout does not tell (a file without indentation): the blocks still open at the
    // end of the file are the ones that lack their `}`.
    let mut fallback = strict_open(text);
    fallback.truncate(missing);
    fallback
}

fn unclosed_at(text: &str, open: &Open, close_at: usize) -> Unclosed {
    let indent = text
        .get(open.line_start..open.line_start + open.indent)
        .unwrap_or("")
        .to_owned();
    let before = text.get(..open.brace).unwrap_or("").trim_end();
    let after = text.get(open.brace + 1..).unwrap_or("");
    let next = after.len() - after.trim_start().len();
    if after[next..].starts_with('{') {
        // `{{`: the inner one closed, the outer one lacks its `}`, but the slip is the
        // second `{`.
        return Unclosed {
            brace: open.brace + 1 + next,
            close_at,
            indent,
            doubled: true,
        };
    }
    Unclosed {
        brace: open.brace,
        close_at,
        indent,
        doubled: before.ends_with('{'),
    }
}

/// The braces still open at the end when each `}` closes the last `{`, outermost first.
fn strict_open(text: &str) -> Vec<Unclosed> {
    let bytes = text.as_bytes();
    let mut stack = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = crate::lower::text_end(bytes, i + 1);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'{' => stack.push(i),
            b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .into_iter()
        .map(|brace| {
            let line_start = text[..brace].rfind('\n').map_or(0, |n| n + 1);
            let indent_len = text[line_start..]
                .find(|c: char| c != ' ' && c != '\t')
                .unwrap_or(0);
            Unclosed {
                brace,
                close_at: text.len(),
                indent: text[line_start..line_start + indent_len].to_owned(),
                doubled: text[..brace].trim_end().ends_with('{'),
            }
        })
        .collect()
}

/// The text with each missing `}` put where it belongs (a doubled `{` blanked instead), and
/// the offsets of the text where a byte was inserted, in order.
pub(crate) fn mend(text: &str, unclosed: &[Unclosed]) -> (String, Vec<usize>) {
    let mut blanked = text.as_bytes().to_vec();
    let mut inserts: Vec<usize> = Vec::new();
    for u in unclosed {
        if u.doubled {
            blanked[u.brace] = b' ';
        } else {
            inserts.push(u.close_at);
        }
    }
    inserts.sort_unstable();
    let blanked = String::from_utf8(blanked).unwrap_or_else(|_| text.to_owned());
    let mut mended = String::with_capacity(text.len() + inserts.len());
    let mut from = 0;
    for &at in &inserts {
        mended.push_str(&blanked[from..at]);
        mended.push('}');
        from = at;
    }
    mended.push_str(&blanked[from..]);
    (mended, inserts)
}

/// The offset in the original text of offset `at` of the mended one.
pub(crate) fn unmend(at: usize, inserts: &[usize]) -> usize {
    // The k-th inserted `}` sits at `inserts[k] + k` in the mended text.
    let before = inserts
        .iter()
        .enumerate()
        .filter(|&(k, &p)| p + k < at)
        .count();
    at - before
}

/// Whether offset `at` of the mended text is one of the inserted `}`.
pub(crate) fn is_inserted(at: usize, inserts: &[usize]) -> bool {
    inserts.iter().enumerate().any(|(k, &p)| p + k == at)
}

/// The diagnostic for one brace.
pub(crate) fn diagnostic(text: &str, u: &Unclosed) -> Diagnostic {
    let brace = Span::new(u.brace, u.brace + 1);
    if u.doubled {
        return Diagnostic::new(
            Code::Syntax,
            Message::new("sintaks-kurung-ganda"),
            brace,
            Message::new("sintaks-kurung-ganda.label"),
        )
        .with_help(Message::new("sintaks-kurung-ganda.help"))
        .with_suggestion(brace, "");
    }
    let at_end = u.close_at >= text.len();
    let (help, fix) = if at_end {
        let fix = if text.ends_with('\n') {
            format!("{}}}\n", u.indent)
        } else {
            format!("\n{}}}", u.indent)
        };
        (Message::new("sintaks-kurung-tidak-ditutup.help-akhir"), fix)
    } else {
        let line = text[..u.close_at].matches('\n').count() + 1;
        (
            Message::new("sintaks-kurung-tidak-ditutup.help").arg("baris", line),
            format!("{}}}\n", u.indent),
        )
    };
    Diagnostic::new(
        Code::Syntax,
        Message::new("sintaks-kurung-tidak-ditutup"),
        brace,
        Message::new("sintaks-kurung-tidak-ditutup.label"),
    )
    .with_help(help)
    .with_suggestion(Span::at(u.close_at), fix)
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Bahasa, SourceFile};

    use super::*;

    fn line_of(text: &str, offset: usize) -> usize {
        text[..offset].matches('\n').count() + 1
    }

    /// The `}` of `text` outside texts and comments, each with the `{` it closes.
    fn pairs(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut stack = Vec::new();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    i = crate::lower::text_end(bytes, i + 1);
                    continue;
                }
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                    continue;
                }
                b'{' => stack.push(i),
                b'}' => out.push((stack.pop().unwrap_or(0), i)),
                _ => {}
            }
            i += 1;
        }
        out
    }

    #[test]
    fn one_missing_brace_is_one_error_at_its_line_in_every_example() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("examples folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "sop"))
            .collect();
        paths.sort();
        assert!(!paths.is_empty());
        let mut tried = 0;
        let mut wrong = Vec::new();
        for path in &paths {
            let text = std::fs::read_to_string(path).expect("example");
            for (open, close) in pairs(&text) {
                let mut damaged = text.clone();
                damaged.remove(close);
                let parsed = crate::parse(&SourceFile::new("x.sop", damaged.as_str()));
                tried += 1;
                let lines: Vec<usize> = parsed
                    .diagnostics
                    .iter()
                    .map(|d| line_of(&damaged, d.primary_span().start))
                    .collect();
                if lines != [line_of(&damaged, open)] {
                    wrong.push(format!(
                        "{} without the `}}` of line {}: {:?}",
                        path.display(),
                        line_of(&text, open),
                        parsed
                            .diagnostics
                            .iter()
                            .map(|d| format!(
                                "{}:{}",
                                line_of(&damaged, d.primary_span().start),
                                d.message.render(Bahasa::En)
                            ))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
        assert!(tried > 100, "only {tried} braces tried");
        assert!(
            wrong.is_empty(),
            "{} of {tried}:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn balanced_braces_are_left_to_the_parser() {
        assert!(unclosed("sop \"A\" {\nnomor \"1\"\n}").is_empty());
        assert!(unclosed("sop \"A\" { \"{\" }").is_empty());
    }

    #[test]
    fn a_file_without_indentation_falls_back_to_the_outermost_brace() {
        let text = "sop \"A\" {\npelaksana { a \"A\" }\nprosedur {\na \"x\"\n}\n";
        let found = unclosed(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].brace, text.find('{').unwrap_or(0));
    }

    #[test]
    fn mended_offsets_map_back() {
        let text = "ab\ncd";
        let u = Unclosed {
            brace: 0,
            close_at: 3,
            indent: String::new(),
            doubled: false,
        };
        let (mended, inserts) = mend(text, &[u]);
        assert_eq!(mended, "ab\n}cd");
        assert_eq!(unmend(4, &inserts), 3);
        assert_eq!(unmend(2, &inserts), 2);
        assert!(is_inserted(3, &inserts));
    }
}
