//! Turning diagnostics into the text people read, through miette's graphical handler.
//!
//! The CLI and the snapshot tests call the same function, so what a test records is what
//! an author sees (less the colours). Everything printed, the excerpt included, goes through
//! the terminal module first, so author text cannot command the terminal.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SpanContents,
};

use crate::terminal::{SafeSource, terminal_text};
use crate::{Bahasa, Diagnostic, Message, Severity, SourceFile};

/// Renders every diagnostic of one file, each followed by a blank line, in `bahasa`.
///
/// `color` picks miette's coloured Unicode theme; without it the output is plain Unicode,
/// as the tests record it. `width` is the terminal width to wrap at.
#[must_use]
pub fn render(
    file: &SourceFile,
    diagnostics: &[Diagnostic],
    bahasa: Bahasa,
    color: bool,
    width: usize,
) -> String {
    if diagnostics.is_empty() {
        // Most files: no need to look at the text at all.
        return String::new();
    }
    let safe = Safe::of(file);
    let mut out = String::new();
    // A file reports at most a hundred diagnostics of one code (the checker's cap), so this
    // stays short even for a generated file with thousands of one mistake.
    for diagnostic in diagnostics {
        out.push_str(&render_safe(&safe, diagnostic, bahasa, color, width));
        out.push('\n');
    }
    out
}

/// Renders one diagnostic.
#[must_use]
pub fn render_one(
    file: &SourceFile,
    diagnostic: &Diagnostic,
    bahasa: Bahasa,
    color: bool,
    width: usize,
) -> String {
    render_safe(&Safe::of(file), diagnostic, bahasa, color, width)
}

/// A file as the excerpts show it: its name and text made safe, once per file.
struct Safe<'a> {
    file: &'a SourceFile,
    name: Cow<'a, str>,
    source: SafeSource<'a>,
}

impl<'a> Safe<'a> {
    fn of(file: &'a SourceFile) -> Self {
        Safe {
            file,
            name: terminal_text(file.name()),
            source: SafeSource::new(file.text()),
        }
    }

    /// Whether the line holding `offset` (of the original) is short enough to excerpt.
    /// Looks at most that far either way, so a file on one line costs little.
    fn line_fits(&self, offset: usize) -> bool {
        let text = self.source.text().as_bytes();
        let at = self.source.offset(offset).min(text.len());
        let from = at.saturating_sub(MAX_EXCERPT_LINE + 1);
        let start = match text[from..at].iter().rposition(|&b| b == b'\n') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => return false,
        };
        let to = text.len().min(start + MAX_EXCERPT_LINE + 1);
        let end = text[at..to]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(to, |i| at + i);
        end - start <= MAX_EXCERPT_LINE
    }
}

/// Longest line, in bytes, shown in an excerpt. The excerpt printer pads to the label's
/// column and panics past 65,535 columns; a tab is four, so 8,000 bytes stay well inside.
/// A longer line (a generated file on one line) gets its position in a note instead.
const MAX_EXCERPT_LINE: usize = 8_000;

fn render_safe(
    file: &Safe<'_>,
    diagnostic: &Diagnostic,
    bahasa: Bahasa,
    color: bool,
    width: usize,
) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut out = String::new();
    let excerpt = diagnostic
        .labels
        .iter()
        .all(|l| file.line_fits(l.span.start) && file.line_fits(l.span.end));
    let report = Report {
        file,
        diagnostic,
        bahasa,
        excerpt,
    };
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering into a String cannot fail on I/O; fall back to the bare message anyway.
        out = format!(
            "{}: {}\n",
            diagnostic.code,
            terminal_text(&diagnostic.message.render(bahasa))
        );
    }
    out.push_str(&footer(&report, color, width));
    out
}

/// The help and notes under the excerpt. miette prints its footer with the English word
/// `help:`, so the footer is printed here instead, wrapped and indented as miette does it,
/// with the word in the reader's language.
fn footer(report: &Report<'_>, color: bool, width: usize) -> String {
    let bahasa = report.bahasa;
    let diagnostic = report.diagnostic;
    let help = diagnostic.help.as_ref().map(|h| h.render(bahasa));
    let mut notes: Vec<String> = diagnostic.notes.iter().map(|n| n.render(bahasa)).collect();
    if !report.excerpt {
        let at = report.file.file.line_col(diagnostic.primary_span().start);
        notes.push(
            Message::new("baris-terlalu-panjang")
                .arg("berkas", report.file.name.as_ref())
                .arg("baris", at.line)
                .arg("kolom", at.column)
                .render(bahasa),
        );
    }
    let fix = diagnostic
        .suggestion
        .as_ref()
        .and_then(|(span, replacement)| {
            fix_line(
                report.file.file.text(),
                *span,
                replacement,
                help.as_deref(),
                bahasa,
            )
        });
    if help.is_none() && notes.is_empty() && fix.is_none() {
        return String::new();
    }
    let mut text = terminal_text(help.as_deref().unwrap_or_default()).into_owned();
    // Without a help, the fix is the first line and its word leads the footer.
    let lead = if help.is_none() && fix.is_some() {
        "perbaikan"
    } else {
        "saran"
    };
    if let Some(fix) = fix {
        if help.is_some() {
            text.push('\n');
            text.push_str(&Message::new("perbaikan").render(bahasa));
            text.push_str(": ");
        }
        text.push_str(&terminal_text(&fix));
    }
    let note_word = Message::new("catatan").render(bahasa);
    for note in &notes {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&note_word);
        text.push_str(": ");
        text.push_str(&terminal_text(note));
    }
    let word = Message::new(lead).render(bahasa);
    let plain = format!("  {word}: ");
    let indent = " ".repeat(plain.chars().count());
    // The colour of miette's own footer word, so both themes look as before.
    let initial = if color {
        format!("\u{1b}[36m{plain}\u{1b}[0m")
    } else {
        plain
    };
    let options = textwrap::Options::new(width.saturating_sub(2))
        .initial_indent(&initial)
        .subsequent_indent(&indent);
    let mut out = textwrap::fill(&text, options);
    out.push('\n');
    out
}

/// The sentence that shows a diagnostic's replacement in words ("ganti \`x\` dengan \`y\`",
/// printed after the word `perbaikan:`), or `None` when the help already says it: the help
/// names the new text, or the old text is an invisible character the help tells what to do
/// with. Text inserted keeps its words and drops the line breaks and spaces around them,
/// which the reader cannot see in backticks.
fn fix_line(
    source: &str,
    span: crate::Span,
    replacement: &str,
    help: Option<&str>,
    bahasa: Bahasa,
) -> Option<String> {
    let old = source.get(span.start..span.end)?;
    let new = replacement.trim();
    let says = |text: &str| help.is_some_and(|h| h.contains(&format!("`{text}`")));
    let hidden = visible(old) != old;
    // Only invisible characters or spaces change: the help says which and why, and the
    // line would show backticks around nothing.
    if help.is_some() && ((hidden && new.is_empty()) || old.trim() == new) {
        return None;
    }
    let sentence = if old.trim().is_empty() {
        // Nothing visible is replaced (an empty span, or the spaces between two words).
        if new.is_empty() || says(new) || help.is_some_and(|h| h.contains(new) && new.len() > 1) {
            return None;
        }
        Message::new("perbaikan.sisipkan").arg("baru", visible(new))
    } else if new.is_empty() {
        if says(old) {
            return None;
        }
        Message::new("perbaikan.hapus").arg("lama", visible(old))
    } else {
        if says(new) || (new.chars().count() > 1 && help.is_some_and(|h| h.contains(new))) {
            return None;
        }
        Message::new("perbaikan.ganti")
            .arg("lama", visible(old))
            .arg("baru", visible(new))
    };
    Some(sentence.render(bahasa))
}

/// `text` with the characters a reader cannot see (spaces other than the plain one, marks
/// of zero width, line breaks) written as their code points, so a fix never shows backticks
/// around what looks like nothing.
fn visible(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let hidden = (c.is_whitespace() && c != ' ')
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}');
        if hidden {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A diagnostic together with its source, as miette wants it.
struct Report<'a> {
    file: &'a Safe<'a>,
    diagnostic: &'a Diagnostic,
    /// The language every sentence is said in.
    bahasa: Bahasa,
    /// Whether the source excerpt is shown (its lines are not too long).
    excerpt: bool,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&terminal_text(&self.diagnostic.message.render(self.bahasa)))
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.code.as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.excerpt.then_some(self.file as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.excerpt {
            return None;
        }
        let source = &self.file.source;
        let len = source.text().len();
        Some(Box::new(self.diagnostic.labels.iter().map(move |label| {
            // Spans are offsets into the original text; the excerpt shows the safe one.
            let start = source.offset(label.span.start).min(len);
            let end = source.offset(label.span.end).clamp(start, len);
            let text = (!label.text.is_empty())
                .then(|| terminal_text(&label.text.render(self.bahasa)).into_owned());
            LabeledSpan::new_with_span(text, (start, end - start))
        })))
    }
}

impl SourceCode for Safe<'_> {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = self.source.text();
        let mut inner = text.read_span(span, context_lines_before, context_lines_after)?;
        if inner.data().len() > span.len() + 2 * MAX_EXCERPT_LINE {
            // A line of context is too long to show (the labelled lines are not, see
            // `line_fits`): the labelled lines alone.
            inner = text.read_span(span, 0, 0)?;
        }
        // The column the header shows is a byte count on the line, as the excerpt printer
        // counts it, but of the original text: a replaced character counts as itself.
        let column = if inner.column() == 0 {
            0
        } else {
            let original = self.source.original(inner.span().offset());
            let before = self
                .file
                .text()
                .as_bytes()
                .get(..original)
                .unwrap_or_default();
            original
                - before
                    .iter()
                    .rposition(|&b| b == b'\n' || b == b'\r')
                    .map_or(0, |i| i + 1)
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone().into_owned(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::render_one;
    use crate::{Bahasa, Code, Diagnostic, Message, SourceFile, Span};

    fn with_fix(help: Option<Message>, span: Span, replacement: &str) -> Diagnostic {
        let mut d = Diagnostic::new(
            Code::UnknownActor,
            Message::new("periksa-pelaksana-tidak-dikenal").arg("id", "stf"),
            span,
            Message::new("periksa-pelaksana-tidak-dikenal.label"),
        )
        .with_suggestion(span, replacement);
        d.help = help;
        d
    }

    #[test]
    fn a_fix_is_a_line_in_the_readers_language_unless_the_help_says_it() {
        let file = SourceFile::new("a.sop", "mulai stf \"Mulai\"\n");
        let span = Span::new(6, 9);
        let other = Message::new("periksa-pelaksana-tidak-dikenal.help").arg("id", "stf");
        let shown = |d: &Diagnostic, bahasa| render_one(&file, d, bahasa, false, 100);
        let d = with_fix(Some(other), span, "staf");
        assert!(
            shown(&d, Bahasa::Id).contains("\n         perbaikan: ganti `stf` dengan `staf`\n"),
            "{}",
            shown(&d, Bahasa::Id)
        );
        assert!(shown(&d, Bahasa::En).contains("\n        fix: replace `stf` with `staf`\n"));
        // The help already names `staf`: no second line saying it again.
        let d = with_fix(
            Some(Message::new("periksa-maksud").arg("nama", "staf")),
            span,
            "staf",
        );
        assert!(!shown(&d, Bahasa::Id).contains("perbaikan"));
        // Without a help, the fix leads the footer with its own word.
        let d = with_fix(None, span, "staf");
        assert!(shown(&d, Bahasa::Id).contains("\n  perbaikan: ganti `stf` dengan `staf`\n"));
        let d = with_fix(None, span, "");
        assert!(shown(&d, Bahasa::En).contains("\n  fix: delete `stf`\n"));
    }

    #[test]
    fn an_invisible_character_is_named_in_the_fix() {
        let file = SourceFile::new("a.sop", "waktu 10\u{200b} menit\n");
        let d = with_fix(None, Span::new(8, 11), "");
        let text = render_one(&file, &d, Bahasa::En, false, 100);
        assert!(text.contains("\n  fix: delete `<U+200B>`\n"), "{text}");
    }
}
