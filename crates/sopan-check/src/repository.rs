//! Rules across the files of one repository: a nomor or id used twice, and keterkaitan ids
//! that name no SOP of the repository.
//!
//! Each file contributes its [`Facts`], read from its AST (so even a file with errors takes
//! part); [`check_repository`] returns each file's extra diagnostics.

use std::collections::BTreeMap;

use sopan_diagnostics::{Code, Diagnostic, Message, Span};
use sopan_syntax::ast::{self, ItemKind};

/// What the repository rules need to know of one file.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// The file's name as diagnostics show it.
    pub name: String,
    /// `id` and where it is written.
    pub id: Option<(String, Span)>,
    /// `nomor` and where it is written (blank numbers are left out).
    pub nomor: Option<(String, Span)>,
    /// `logo` as written in the file, and where.
    pub logo: Option<(String, Span)>,
    /// `templat` as written in the file, and where.
    pub templat: Option<(String, Span)>,
    /// The SOP's name, where a finding about the file as a whole points.
    pub header: Span,
    /// Ids named in `keterkaitan`, and where.
    pub keterkaitan: Vec<(String, Span)>,
    /// Repository codes the file suppresses as a whole.
    pub suppressed: Vec<Code>,
    /// Whether its keterkaitan ids must name SOPs of the repository (`sopan.yaml`:
    /// `repositori.periksa-keterkaitan`).
    pub check_references: bool,
}

impl Facts {
    /// Reads the facts of a parsed file.
    #[must_use]
    pub fn of(name: &str, document: &ast::Document, suppressed: Vec<Code>) -> Facts {
        let mut facts = Facts {
            name: name.to_owned(),
            suppressed,
            header: document.sop.name.span,
            ..Facts::default()
        };
        for item in &document.sop.items {
            match &item.kind {
                ItemKind::Id(id) if facts.id.is_none() => {
                    facts.id = Some((id.name.clone(), id.span));
                }
                ItemKind::Nomor(text) if facts.nomor.is_none() && !text.value.trim().is_empty() => {
                    facts.nomor = Some((text.value.trim().to_owned(), text.span));
                }
                ItemKind::Logo(text) if facts.logo.is_none() => {
                    facts.logo = Some((text.value.clone(), text.span));
                }
                ItemKind::Templat(text) if facts.templat.is_none() => {
                    facts.templat = Some((text.value.clone(), text.span));
                }
                ItemKind::Keterkaitan(entries, _) => {
                    facts.keterkaitan.extend(
                        entries
                            .iter()
                            .filter_map(|e| e.id.as_ref().map(|i| (i.name.clone(), i.span))),
                    );
                }
                _ => {}
            }
        }
        facts
    }
}

/// The repository diagnostics of each file, in the order of `files`.
#[must_use]
pub fn check_repository(files: &[Facts]) -> Vec<Vec<Diagnostic>> {
    let mut out = vec![Vec::new(); files.len()];
    duplicates(
        files,
        |f| f.nomor.as_ref(),
        Code::DuplicateNomor,
        ("periksa-nomor-ganda-repo", "periksa-nomor-ganda-repo.help"),
        &mut out,
    );
    duplicates(
        files,
        |f| f.id.as_ref(),
        Code::DuplicateId,
        ("periksa-id-ganda-repo", "periksa-id-ganda-repo.help"),
        &mut out,
    );
    let ids: BTreeMap<&str, usize> = files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.id.as_ref().map(|(id, _)| (id.as_str(), i)))
        .collect();
    let names = crate::suggest::Names::new(ids.keys().copied());
    // One budget for the whole pass: every file's unknown ids are compared with every id.
    let budget = crate::suggest::Budget::new();
    for (index, file) in files.iter().enumerate().filter(|(_, f)| f.check_references) {
        for (id, span) in &file.keterkaitan {
            if ids.contains_key(id.as_str()) {
                continue;
            }
            let meant = names.meant(id, &budget);
            let help = match meant {
                Some(best) => crate::suggest::did_you_mean_help(best.name),
                None => Message::new("periksa-id-sop-tidak-dikenal.help"),
            };
            let diagnostic = Diagnostic::new(
                Code::UnknownSopId,
                Message::new("periksa-id-sop-tidak-dikenal").arg("id", id.as_str()),
                *span,
                Message::new("periksa-id-sop-tidak-dikenal.label"),
            )
            .with_help(help);
            out[index].push(crate::suggest::with_fix(diagnostic, *span, meant));
        }
    }
    for (diagnostics, file) in out.iter_mut().zip(files) {
        diagnostics.retain(|d| !file.suppressed.contains(&d.code));
        crate::cap::cap(diagnostics);
    }
    out
}

fn duplicates(
    files: &[Facts],
    key: impl Fn(&Facts) -> Option<&(String, Span)>,
    code: Code,
    (message, help): (&'static str, &'static str),
    out: &mut [Vec<Diagnostic>],
) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, file) in files.iter().enumerate() {
        let Some((value, span)) = key(file) else {
            continue;
        };
        match first.get(value.as_str()) {
            None => {
                first.insert(value, index);
            }
            Some(&earlier) => {
                let with = |m: Message| {
                    m.arg("nilai", value.as_str())
                        .arg("berkas", files[earlier].name.as_str())
                };
                out[index].push(
                    Diagnostic::new(
                        code,
                        with(Message::new(message)),
                        *span,
                        Message::new("periksa-nomor-ganda-repo.label"),
                    )
                    .with_help(with(Message::new(help))),
                );
            }
        }
    }
}
