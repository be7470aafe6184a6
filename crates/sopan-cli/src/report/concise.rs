//! `--format concise`: one line per diagnostic, `path:line:col: code message`, the shape
//! compilers print and editors and `grep` read.

use std::fmt::Write as _;

use sopan_diagnostics::{Bahasa, terminal_text};

use super::FileReport;

/// One line per diagnostic, in file order; a line break inside a message becomes a space,
/// so each diagnostic stays one line.
pub(crate) fn concise(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    let mut out = String::new();
    for report in reports {
        for d in report.diagnostics {
            let start = report.file.line_col(d.primary_span().start);
            let message = d.message.render(bahasa).replace(['\r', '\n'], " ");
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {}",
                terminal_text(report.file.name()),
                start.line,
                start.column,
                d.code.as_str(),
                terminal_text(&message)
            );
        }
    }
    out
}
