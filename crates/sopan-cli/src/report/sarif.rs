//! `--format sarif`: SARIF 2.1.0, the format code-scanning services read. The run lists
//! every rule Sopan has, so a service can show the title and help page of a code.

use serde_json::{Value, json};
use sopan_diagnostics::{Bahasa, Code, Message, Severity, Span};

use super::FileReport;

/// The SARIF log of the run, pretty-printed with a final newline.
pub(crate) fn sarif(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            let title = code.title_message().render(bahasa);
            let mut rule = json!({
                "id": code.as_str(),
                "name": code.title(),
                "shortDescription": { "text": title },
                "helpUri": code.docs_url(),
                "defaultConfiguration": { "level": level(code.default_severity()) },
            });
            if let Some(full) = crate::aturan::what_it_checks(*code) {
                rule["fullDescription"] = json!({ "text": full });
            }
            rule
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for d in report.diagnostics {
            let span = d.primary_span();
            let start = report.file.line_col(span.start);
            let end = report.file.line_col(span.end);
            let mut text = d.message.render(bahasa);
            if let Some(help) = &d.help {
                text.push_str(". ");
                let word = Message::new("saran").render(bahasa);
                // The word starts the sentence here.
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                }
                text.push_str(": ");
                text.push_str(&help.render(bahasa));
            }
            let mut result = json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == d.code),
                "level": level(d.severity),
                "message": { "text": text },
                "properties": { "messageId": d.message.id() },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": report.file.name() },
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                        }
                    }
                }]
            });
            if let Some((span, replacement)) = &d.suggestion {
                result["fixes"] = json!([fix(report, bahasa, d, *span, replacement)]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "sopan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "language": bahasa.tag(),
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

/// A SARIF `fix` (§3.55): one `artifactChange` of the file, replacing the region of the
/// suggestion's span (an empty region inserts) with the replacement.
fn fix(
    report: &FileReport<'_>,
    bahasa: Bahasa,
    d: &sopan_diagnostics::Diagnostic,
    span: Span,
    replacement: &str,
) -> Value {
    let start = report.file.line_col(span.start);
    let end = report.file.line_col(span.end);
    let description = match &d.help {
        Some(help) => help.render(bahasa),
        None => d.message.render(bahasa),
    };
    json!({
        "description": { "text": description },
        "artifactChanges": [{
            "artifactLocation": { "uri": report.file.name() },
            "replacements": [{
                "deletedRegion": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                },
                "insertedContent": { "text": replacement },
            }]
        }]
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
