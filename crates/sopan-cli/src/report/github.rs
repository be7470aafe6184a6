//! `--format github`: GitHub Actions workflow commands, one line per diagnostic, which the
//! runner turns into annotations on the pull request.

use std::fmt::Write as _;

use sopan_diagnostics::{Bahasa, Message, Severity, terminal_text};

use super::FileReport;

/// One `::error …::message` line per diagnostic.
pub(crate) fn github(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    let mut out = String::new();
    for report in reports {
        for d in report.diagnostics {
            let span = d.primary_span();
            let start = report.file.line_col(span.start);
            let end = report.file.line_col(span.end);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.render(bahasa);
            if let Some(help) = &d.help {
                message.push('\n');
                message.push_str(&Message::new("saran").render(bahasa));
                message.push_str(": ");
                message.push_str(&help.render(bahasa));
            }
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(report.file.name()),
                start.line,
                start.column,
                end.line,
                end.column,
                property(d.code.as_str()),
                data(&message)
            );
        }
    }
    out
}

/// Escapes a command's message, as the runner's toolkit does. The runner echoes the line
/// into the job log, which a terminal may show, so control characters are made visible
/// first. A line break is escaped, so nothing in a message can start a command line of its
/// own; `::` inside the message is plain text, as the command ends at the first `::`, and
/// properties cannot hold a `:`.
fn data(text: &str) -> String {
    terminal_text(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value, which also may not hold `:` or `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
