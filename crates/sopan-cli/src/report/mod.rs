//! The formats `sopan check` reports in: for people (`human`) and for machines (`json`,
//! `github`, `sarif`). Each takes the whole run so a format can add a header or summary.

mod concise;
mod github;
mod gitlab;
mod json;
mod junit;
mod sarif;

pub(crate) use concise::concise;
pub(crate) use github::github;
pub(crate) use gitlab::gitlab;
pub(crate) use json::{json, schema};
pub(crate) use junit::junit;
pub(crate) use sarif::sarif;

use sopan_diagnostics::{Bahasa, Diagnostic, Message, Severity, SourceFile};

/// One file's diagnostics, as every format sees them.
pub(crate) struct FileReport<'a> {
    pub(crate) file: &'a SourceFile,
    pub(crate) diagnostics: &'a [Diagnostic],
}

/// Counts of what was found.
#[derive(Clone, Copy, Default)]
pub(crate) struct Tally {
    pub(crate) files: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Tally {
    pub(crate) fn of(reports: &[FileReport<'_>], files: usize) -> Tally {
        let mut tally = Tally {
            files,
            ..Tally::default()
        };
        for d in reports.iter().flat_map(|r| r.diagnostics) {
            match d.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
            }
        }
        tally
    }

    pub(crate) fn summary(&self, bahasa: Bahasa) -> String {
        Message::new("cli-ringkasan-periksa")
            .arg("berkas", self.files)
            .arg("galat", self.errors)
            .arg("peringatan", self.warnings)
            .render(bahasa)
    }
}
