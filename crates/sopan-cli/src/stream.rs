//! `sopan check` over any number of files in bounded memory: the inputs are compiled a chunk
//! at a time (in parallel within the chunk), and each file's report goes out, in input
//! order, as soon as its chunk is done. Of a file that has been reported only the small
//! facts the repository rules need are kept ([`Repository`]), never its text or model.
//!
//! The repository rules need other files: a `nomor` or `id` used twice is reported on the
//! later file, naming the first, which is already known when the later one is checked. Only
//! `repositori.periksa-keterkaitan` needs the whole run (a keterkaitan id may name an SOP
//! met later): a file whose keterkaitan names an id not met yet waits for the end, and so do
//! the files after it, to keep the order. The output is the same, byte for byte, as checking
//! everything first; the formats that print one document for the run (JSON, SARIF, GitLab,
//! `JUnit`) keep each file's diagnostics, and the text only of the files that have some.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use sopan_check::Facts;
use sopan_config::Config;
use sopan_diagnostics::{Code, Diagnostic, Message, Severity, SourceFile, Span};

use crate::compile::Unit;
use crate::config::{Broken, Configs};
use crate::files::Input;
use crate::logo::Logos;
use crate::project::{compile_all, conclude, configs_of, configure, repository_facts};

/// Files compiled together: enough to keep two cores busy, few enough that their texts and
/// models are a small part of the memory.
const CHUNK: usize = 512;

/// One finished file, waiting to be reported.
pub(crate) struct Finished {
    pub(crate) file: SourceFile,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Where finished files go, in input order; `config` holds the invalid `sopan.yaml` files,
/// which are reported before every SOP.
pub(crate) trait Sink {
    fn config(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) -> Result<(), Message>;
    fn file(&mut self, finished: Finished) -> Result<(), Message>;
}

/// Checks every input and hands each file to `sink` in input order; the number of files.
pub(crate) fn check(
    inputs: Vec<Input>,
    stdin: Option<&[u8]>,
    sink: &mut dyn Sink,
) -> Result<usize, Message> {
    let count = inputs.len();
    let mut found = Configs::default();
    // Every sopan.yaml is read first, so invalid ones are reported before any SOP, as they
    // always were. Inputs come folder by folder: one look-up per folder.
    let mut last = None;
    for input in &inputs {
        let dir = input.path.parent();
        if dir != last {
            let _ = found.for_file(&input.path);
            last = dir;
        }
    }
    for (file, diagnostics) in std::mem::take(&mut found.problems) {
        sink.config(&file, &diagnostics)?;
    }
    let mut logos = Logos::default();
    let mut repository = Repository::default();
    // Files that wait for the end, from the first that must: (index, unit, config, broken).
    let mut waiting: Vec<Waiting> = Vec::new();
    let mut held = false;
    let mut inputs = inputs.into_iter();
    loop {
        let chunk: Vec<Input> = inputs.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let (mut configs, broken): (Vec<Config>, Vec<Option<Broken>>) =
            configs_of(&mut found, &chunk).into_iter().unzip();
        let mut units = compile_all(&chunk, &configs, stdin)?;
        let facts: Vec<Facts> = units
            .iter()
            .zip(&configs)
            .map(|(unit, config)| repository_facts(unit, config))
            .collect();
        for ((unit, input), config) in units.iter_mut().zip(&chunk).zip(&mut configs) {
            drop(configure(unit, input, config, &mut logos));
        }
        let first = repository.len();
        let extra = repository.add(facts);
        let mut ready: Vec<(Unit, Config)> = Vec::new();
        for (n, (((mut unit, more), config), broken)) in units
            .into_iter()
            .zip(extra)
            .zip(configs)
            .zip(broken)
            .enumerate()
        {
            match more {
                Some(more) if !held => {
                    conclude(&mut unit, more, &config, broken.as_ref());
                    ready.push((unit, config));
                }
                more => {
                    held |= more.is_none();
                    waiting.push(Waiting {
                        index: first + n,
                        unit,
                        more,
                        config,
                        broken,
                    });
                }
            }
        }
        for finished in refuse_too_tall(ready) {
            sink.file(finished)?;
        }
    }
    if !waiting.is_empty() {
        let mut late = repository.finish();
        let ready: Vec<(Unit, Config)> = waiting
            .into_iter()
            .map(|w| {
                let more = w
                    .more
                    .unwrap_or_else(|| late.remove(&w.index).unwrap_or_default());
                let mut unit = w.unit;
                conclude(&mut unit, more, &w.config, w.broken.as_ref());
                (unit, w.config)
            })
            .collect();
        for finished in refuse_too_tall(ready) {
            sink.file(finished)?;
        }
    }
    Ok(count)
}

struct Waiting {
    index: usize,
    unit: Unit,
    /// Its repository diagnostics, when they were known before the end.
    more: Option<Vec<Diagnostic>>,
    config: Config,
    broken: Option<Broken>,
}

/// SOP215 for the files of `ready` (each with its final configuration), then each file as it
/// is reported: its model let go.
fn refuse_too_tall(ready: Vec<(Unit, Config)>) -> Vec<Finished> {
    use rayon::prelude::*;
    ready
        .into_par_iter()
        .map(|(mut unit, config)| {
            crate::fit::refuse_unit(&mut unit, &crate::style::of(&config.tata_letak));
            Finished {
                file: unit.file,
                diagnostics: unit.diagnostics,
            }
        })
        .collect()
}

/// The repository facts of every file met so far, as small as the rules allow: a file's
/// name, `id` and `nomor`, and its keterkaitan only when it waits for the end.
#[derive(Default)]
struct Repository {
    known: Vec<Known>,
    first_nomor: HashMap<Box<str>, usize>,
    first_id: HashMap<Box<str>, usize>,
}

struct Known {
    name: Box<str>,
    id: Option<(Box<str>, Span)>,
    nomor: Option<(Box<str>, Span)>,
    /// Keterkaitan ids and suppressed codes of a file that waits for the end.
    references: Option<References>,
}

/// A file's keterkaitan ids with where they are written, and the codes it suppresses.
type References = (Vec<(String, Span)>, Vec<Code>);

impl Repository {
    fn len(&self) -> usize {
        self.known.len()
    }

    /// The repository diagnostics of the files of `chunk` (which follow every file added
    /// before); `None` for a file whose keterkaitan names an id no file met so far has,
    /// which only the end can tell.
    fn add(&mut self, chunk: Vec<Facts>) -> Vec<Option<Vec<Diagnostic>>> {
        // The earlier files a file of the chunk repeats the nomor or id of go first, each
        // with only that value, so the rules name them as the first; the rest of the
        // repository cannot change what the chunk's files are told.
        let mut earlier: BTreeSet<(bool, usize)> = BTreeSet::new();
        for facts in &chunk {
            if let Some(&n) = facts
                .nomor
                .as_ref()
                .and_then(|(v, _)| self.first_nomor.get(v.as_str()))
            {
                earlier.insert((false, n));
            }
            if let Some(&n) = facts
                .id
                .as_ref()
                .and_then(|(v, _)| self.first_id.get(v.as_str()))
            {
                earlier.insert((true, n));
            }
        }
        let mut slice: Vec<Facts> = earlier
            .iter()
            .map(|&(is_id, n)| {
                let known = &self.known[n];
                let value = |v: &Option<(Box<str>, Span)>| {
                    v.as_ref().map(|(text, span)| (text.to_string(), *span))
                };
                Facts {
                    name: known.name.to_string(),
                    id: if is_id { value(&known.id) } else { None },
                    nomor: if is_id { None } else { value(&known.nomor) },
                    ..Facts::default()
                }
            })
            .collect();
        let skip = slice.len();
        slice.extend(chunk.iter().map(|facts| Facts {
            check_references: false,
            keterkaitan: Vec::new(),
            ..facts.clone()
        }));
        let found = sopan_check::check_repository(&slice);
        for facts in &chunk {
            let index = self.known.len();
            let own = |v: &Option<(String, Span)>| {
                v.as_ref()
                    .map(|(text, span)| (Box::<str>::from(text.as_str()), *span))
            };
            let (id, nomor) = (own(&facts.id), own(&facts.nomor));
            if let Some((value, _)) = &nomor {
                self.first_nomor.entry(value.clone()).or_insert(index);
            }
            if let Some((value, _)) = &id {
                self.first_id.entry(value.clone()).or_insert(index);
            }
            self.known.push(Known {
                name: facts.name.as_str().into(),
                id,
                nomor,
                references: None,
            });
        }
        let first = self.known.len() - chunk.len();
        found
            .into_iter()
            .skip(skip)
            .zip(chunk)
            .enumerate()
            .map(|(n, (more, facts))| {
                let unknown = facts.check_references
                    && facts
                        .keterkaitan
                        .iter()
                        .any(|(id, _)| !self.first_id.contains_key(id.as_str()));
                if unknown {
                    self.known[first + n].references = Some((facts.keterkaitan, facts.suppressed));
                    None
                } else {
                    Some(more)
                }
            })
            .collect()
    }

    /// The repository diagnostics of the files that waited, by index, from every file's
    /// facts.
    fn finish(&self) -> HashMap<usize, Vec<Diagnostic>> {
        let all: Vec<Facts> = self
            .known
            .iter()
            .map(|known| {
                let value = |v: &Option<(Box<str>, Span)>| {
                    v.as_ref().map(|(text, span)| (text.to_string(), *span))
                };
                let (keterkaitan, suppressed) = known.references.clone().unwrap_or_default();
                Facts {
                    name: known.name.to_string(),
                    id: value(&known.id),
                    nomor: value(&known.nomor),
                    check_references: known.references.is_some(),
                    keterkaitan,
                    suppressed,
                    ..Facts::default()
                }
            })
            .collect();
        sopan_check::check_repository(&all)
            .into_iter()
            .enumerate()
            .filter(|(n, _)| self.known[*n].references.is_some())
            .collect()
    }
}

/// Counts of what was reported.
#[derive(Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
        }
    }
}

/// Writes `text` and lets it reach the reader now (the writer may buffer).
pub(crate) fn emit(out: &mut dyn Write, text: &str) -> Result<(), Message> {
    if text.is_empty() {
        return Ok(());
    }
    out.write_all(text.as_bytes())
        .map_err(|e| crate::check::not_written(&e))
}
