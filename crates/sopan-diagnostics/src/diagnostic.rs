//! One problem found in a source file.

use sopan_bahasa::Message;

use crate::{Code, Severity, Span};

/// A place in the source and what it has to do with the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is wrong there (primary) or how it relates (secondary); may be empty.
    pub text: Message,
    /// The primary label marks the problem itself; others point at the other party.
    pub primary: bool,
}

/// One problem: a code, a plain-words message, labels into the source, and help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// The severity in force (the code's default unless configuration changed it).
    pub severity: Severity,
    /// One plain sentence: lowercase start, no final period, names in quotes.
    pub message: Message,
    /// The first label is the primary one.
    pub labels: Vec<Label>,
    /// What to do about it, when that is known.
    pub help: Option<Message>,
    /// Further facts that have no place in the source.
    pub notes: Vec<Message>,
    /// A plain replacement that fixes the problem: the span to replace and the text to put
    /// there (empty to delete), so an editor can offer it as a one-click fix.
    pub suggestion: Option<(Span, String)>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity and a primary label.
    #[must_use]
    pub fn new(
        code: Code,
        message: impl Into<Message>,
        span: Span,
        label: impl Into<Message>,
    ) -> Self {
        Self {
            code,
            severity: code.default_severity(),
            message: message.into(),
            labels: vec![Label {
                span,
                text: label.into(),
                primary: true,
            }],
            help: None,
            notes: Vec::new(),
            suggestion: None,
        }
    }

    /// Adds a secondary label.
    #[must_use]
    pub fn with_label(mut self, span: Span, text: impl Into<Message>) -> Self {
        self.labels.push(Label {
            span,
            text: text.into(),
            primary: false,
        });
        self
    }

    /// Sets the help text.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the replacement that fixes the problem: `text` in place of `span`.
    #[must_use]
    pub fn with_suggestion(mut self, span: Span, text: impl Into<String>) -> Self {
        self.suggestion = Some((span, text.into()));
        self
    }

    /// Sets the replacement that fixes the problem, when there is one.
    #[must_use]
    pub fn with_fix(mut self, fix: Option<(Span, String)>) -> Self {
        if fix.is_some() {
            self.suggestion = fix;
        }
        self
    }

    /// Adds a note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<Message>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The span of the primary label (empty at 0 if there is none).
    #[must_use]
    pub fn primary_span(&self) -> Span {
        self.labels
            .iter()
            .find(|l| l.primary)
            .map_or(Span::default(), |l| l.span)
    }

    /// Whether this is an error.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order diagnostics are shown in: by position, then code.
    #[must_use]
    pub fn sort_key(&self) -> (usize, usize, Code, &Message) {
        let span = self.primary_span();
        (span.start, span.end, self.code, &self.message)
    }
}

/// Sorts diagnostics into the one order every output uses.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
