//! Turning diagnostics into the text people read, through miette's graphical handler.
//!
//! The CLI and the snapshot tests call the same function, so what a test records is what
//! an author sees (less the colours).

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SpanContents,
};

use crate::{Diagnostic, Severity, SourceFile};

/// Renders every diagnostic of one file, each followed by a blank line.
///
/// `color` picks miette's coloured Unicode theme; without it the output is plain Unicode,
/// as the tests record it. `width` is the terminal width to wrap at.
#[must_use]
pub fn render(file: &SourceFile, diagnostics: &[Diagnostic], color: bool, width: usize) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(file, diagnostic, color, width));
        out.push('\n');
    }
    out
}

/// Renders one diagnostic.
#[must_use]
pub fn render_one(file: &SourceFile, diagnostic: &Diagnostic, color: bool, width: usize) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut out = String::new();
    let report = Report { file, diagnostic };
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering into a String cannot fail on I/O; fall back to the bare message anyway.
        out = format!("{}: {}\n", diagnostic.code, diagnostic.message);
    }
    out
}

/// A diagnostic together with its source, as miette wants it.
struct Report<'a> {
    file: &'a SourceFile,
    diagnostic: &'a Diagnostic,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
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

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let help = self.diagnostic.help.as_deref();
        let notes = &self.diagnostic.notes;
        if help.is_none() && notes.is_empty() {
            return None;
        }
        let mut text = help.unwrap_or_default().to_owned();
        for note in notes {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str("note: ");
            text.push_str(note);
        }
        Some(Box::new(text))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.file)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.file.text().len();
        Some(Box::new(self.diagnostic.labels.iter().map(move |label| {
            let start = label.span.start.min(len);
            let end = label.span.end.clamp(start, len);
            let text = (!label.text.is_empty()).then(|| label.text.clone());
            LabeledSpan::new_with_span(text, (start, end - start))
        })))
    }
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text()
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name().to_owned(),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}
