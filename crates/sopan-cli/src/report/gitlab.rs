//! `--format gitlab`: GitLab's Code Quality report, a JSON array of issues that a merge
//! request shows beside the changed lines.
//!
//! The fingerprint must stay the same from one pipeline to the next for the same problem, so
//! GitLab can tell new issues from old ones: it hashes the file's path, the code, the text
//! the diagnostic points at and how many identical ones came before it in the file, never
//! the line number (a line added above would make every issue below look new) nor the
//! message (whose language a run may choose).

use std::collections::BTreeMap;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sopan_diagnostics::{Bahasa, Severity};

use super::FileReport;

/// The issues of every file, pretty-printed with a final newline.
pub(crate) fn gitlab(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    let mut issues = Vec::new();
    for report in reports {
        let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for d in report.diagnostics {
            let span = d.primary_span();
            let text = report.file.text().get(span.start..span.end).unwrap_or("");
            let occurrence = seen.entry((d.code.as_str(), text)).or_default();
            let fingerprint = fingerprint(report.file.name(), d.code.as_str(), text, *occurrence);
            *occurrence += 1;
            let mut description = d.message.render(bahasa);
            if let Some(help) = &d.help {
                description.push_str(" (");
                description.push_str(&help.render(bahasa));
                description.push(')');
            }
            issues.push(json!({
                "description": description,
                "check_name": d.code.as_str(),
                "fingerprint": fingerprint,
                "severity": match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": {
                    "path": report.file.name(),
                    "lines": { "begin": report.file.line_col(span.start).line },
                },
            }));
        }
    }
    let mut out = serde_json::to_string_pretty(&Value::Array(issues)).unwrap_or_default();
    out.push('\n');
    out
}

/// SHA-256 of the parts, each ended by a NUL so no two lists of parts run together, in hex.
fn fingerprint(path: &str, code: &str, text: &str, occurrence: usize) -> String {
    let mut hash = Sha256::new();
    for part in [path, code, text, &occurrence.to_string()] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            use std::fmt::Write as _;
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}
