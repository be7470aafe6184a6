//! `--format json`: every diagnostic with its position, a stable contract described by
//! docs/check.schema.json.

use schemars::JsonSchema;
use serde::Serialize;
use sopan_diagnostics::{Bahasa, LineCol, Severity};

/// A diagnostic's severity, as written in the report.
#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Level {
    /// The SOP is wrong.
    Error,
    /// Something should be looked at.
    Warning,
}

use super::{FileReport, Tally};

/// The version of this format; it changes when a field is removed or changes meaning
/// (fields added, as `url` and `id` were, keep it).
const VERSION: u32 = 1;

#[derive(Serialize, JsonSchema)]
#[schemars(
    title = "Sopan check report",
    description = "What `sopan check --format json` prints."
)]
struct Report<'a> {
    /// The format version.
    versi: u32,
    /// The language of the messages: `id` or `en`.
    bahasa: &'static str,
    /// Every file checked, in the order checked, with its diagnostics.
    files: Vec<File<'a>>,
    /// Counts over all files.
    summary: Summary,
}

#[derive(Serialize, JsonSchema)]
struct File<'a> {
    /// The path as given on the command line, with `/` separators.
    path: &'a str,
    /// Its diagnostics, sorted by position.
    diagnostics: Vec<Item<'a>>,
}

#[derive(Serialize, JsonSchema)]
struct Item<'a> {
    /// The stable code, e.g. `SOP301`: what a tool matches on, whatever the language.
    code: &'a str,
    /// The address of the code's documentation.
    url: String,
    /// `error` or `warning`.
    severity: Level,
    /// One plain sentence, in the language of the run (`--bahasa`).
    message: String,
    /// The catalogue id of the message, the same in every language (e.g.
    /// `periksa-pelaksana-tidak-dikenal`); null for a text from outside Sopan.
    id: Option<&'static str>,
    /// What to do about it, when known.
    help: Option<String>,
    /// Further facts.
    notes: Vec<String>,
    /// Places in the source; the first is the primary one.
    labels: Vec<Label>,
    /// The one replacement that fixes the problem, when it is certain: an editor may apply
    /// it as it is. Null when there is none (or several fixes would be equally good).
    suggestion: Option<Suggestion>,
}

#[derive(Serialize, JsonSchema)]
struct Suggestion {
    /// The text to replace, placed as a label is.
    span: Region,
    /// What to put there; empty to delete the span's text. When the span is empty, the
    /// replacement is inserted at its offset.
    replacement: String,
}

#[derive(Serialize, JsonSchema)]
struct Label {
    /// Byte offsets into the file.
    start: usize,
    /// One past the last byte.
    end: usize,
    /// Where `start` is, one-based (columns count characters).
    start_position: Position,
    /// Where `end` is.
    end_position: Position,
    /// What the label says.
    text: String,
    /// Whether this is the place of the problem itself.
    primary: bool,
}

/// A stretch of the file, placed as a label is.
#[derive(Serialize, JsonSchema)]
struct Region {
    /// Byte offsets into the file.
    start: usize,
    /// One past the last byte.
    end: usize,
    /// Where `start` is, one-based (columns count characters).
    start_position: Position,
    /// Where `end` is.
    end_position: Position,
}

#[derive(Serialize, JsonSchema)]
struct Position {
    line: usize,
    column: usize,
}

impl From<LineCol> for Position {
    fn from(lc: LineCol) -> Self {
        Position {
            line: lc.line,
            column: lc.column,
        }
    }
}

#[derive(Serialize, JsonSchema)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

/// The report as pretty JSON with a final newline.
pub(crate) fn json(reports: &[FileReport<'_>], tally: Tally, bahasa: Bahasa) -> String {
    let files = reports
        .iter()
        .map(|r| File {
            path: r.file.name(),
            diagnostics: r
                .diagnostics
                .iter()
                .map(|d| Item {
                    code: d.code.as_str(),
                    url: d.code.docs_url(),
                    severity: match d.severity {
                        Severity::Error => Level::Error,
                        Severity::Warning => Level::Warning,
                    },
                    message: d.message.render(bahasa),
                    id: d.message.id(),
                    help: d.help.as_ref().map(|h| h.render(bahasa)),
                    notes: d.notes.iter().map(|n| n.render(bahasa)).collect(),
                    labels: d
                        .labels
                        .iter()
                        .map(|l| Label {
                            start: l.span.start,
                            end: l.span.end,
                            start_position: r.file.line_col(l.span.start).into(),
                            end_position: r.file.line_col(l.span.end).into(),
                            text: l.text.render(bahasa),
                            primary: l.primary,
                        })
                        .collect(),
                    suggestion: d.suggestion.as_ref().map(|(span, replacement)| Suggestion {
                        span: Region {
                            start: span.start,
                            end: span.end,
                            start_position: r.file.line_col(span.start).into(),
                            end_position: r.file.line_col(span.end).into(),
                        },
                        replacement: replacement.clone(),
                    }),
                })
                .collect(),
        })
        .collect();
    let report = Report {
        versi: VERSION,
        bahasa: bahasa.tag(),
        files,
        summary: Summary {
            files: tally.files,
            errors: tally.errors,
            warnings: tally.warnings,
        },
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON Schema of [`json`]'s output.
pub(crate) fn schema() -> String {
    let mut text =
        serde_json::to_string_pretty(&schemars::schema_for!(Report<'static>)).unwrap_or_default();
    text.push('\n');
    text
}
