//! `--format sarif`: SARIF 2.1.0, the format code-scanning services read. The run lists
//! every rule Sopan has, so a service can show the title and help page of a code.

use serde_json::{Value, json};
use sopan_diagnostics::{Bahasa, Code, Severity};

use super::FileReport;

/// The SARIF log of the run, pretty-printed with a final newline.
pub(crate) fn sarif(reports: &[FileReport<'_>], bahasa: Bahasa) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "name": code.title(),
                "shortDescription": { "text": code.title() },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
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
                text.push_str(". Help: ");
                text.push_str(&help.render(bahasa));
            }
            results.push(json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == d.code),
                "level": level(d.severity),
                "message": { "text": text },
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
            }));
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
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
