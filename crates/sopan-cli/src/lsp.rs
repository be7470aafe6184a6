//! `sopan lsp`: the language server on this process's standard input and output, checking
//! documents as `sopan check` does: the same discovery of the folder's files, the same
//! `sopan.yaml` lookup, logo and template checks, repository rules and rule levels
//! (`project.rs`), with the editor's unsaved texts in place of the files on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sopan_check::Facts;
use sopan_config::Config;
use sopan_diagnostics::{Bahasa, Diagnostic};

use crate::compile::{Unit, compile_with};
use crate::config::Configs;
use crate::files::{Input, Search};
use crate::project::{conclude, configs_of, configure, repository_facts};
use crate::{Failure, Io, Status};

/// Serves one session: messages read from standard input, answers written to `io.stdout`.
/// Exit status 0 after `shutdown` and `exit`, 1 when the client left without them (as the
/// protocol asks).
///
/// The server runs on its own thread over a pair of channels; this thread writes what it
/// sends, since the run's standard output (locked by `main` for the whole run) is only
/// reachable through `io`, and a reader thread feeds it standard input.
pub(crate) fn run(io: &mut Io<'_>, bahasa: Bahasa) -> Result<Status, Failure> {
    let (server, client) = lsp_server::Connection::memory();
    let options = sopan_lsp::Options {
        bahasa,
        root: std::env::current_dir().ok(),
    };
    let session =
        std::thread::spawn(move || sopan_lsp::serve(&server, &options, &Repository::default()));
    let to_server = client.sender;
    // Not joined: after `exit` it stops reading; a client that keeps the stream open must
    // not keep the process alive.
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        while let Ok(Some(message)) = lsp_server::Message::read(&mut input) {
            let exit =
                matches!(&message, lsp_server::Message::Notification(n) if n.method == "exit");
            if to_server.send(message).is_err() || exit {
                break;
            }
        }
    });
    for message in &client.receiver {
        if message.write(&mut io.stdout).is_err() {
            break;
        }
    }
    let ended = session
        .join()
        .map_err(|_| Failure::from(sopan_diagnostics::Message::new("lsp-berhenti-mendadak")))?;
    match ended {
        Ok(sopan_lsp::Ended::Cleanly) => Ok(Status::Clean),
        Ok(sopan_lsp::Ended::Abruptly) => Ok(Status::Problems),
        Err(error) => Err(Failure::from(
            sopan_diagnostics::Message::new("lsp-sambungan-putus").arg("alasan", error.to_string()),
        )),
    }
}

/// The checks of `sopan check` over a folder, with open documents in place of their files.
///
/// Of a file that is not open only what the repository rules need is used, its [`Facts`];
/// they are kept between checks while the file's size and modification time stay, so a
/// keystroke in a folder of a thousand SOPs re-reads only what changed on disk.
#[derive(Debug, Default)]
pub struct Repository {
    facts: std::sync::Mutex<BTreeMap<PathBuf, Known>>,
}

/// The facts of a file on disk, and what it looked like when they were read.
#[derive(Clone, Debug)]
struct Known {
    len: u64,
    modified: Option<std::time::SystemTime>,
    /// Its name as diagnostics show it, part of the facts.
    display: String,
    facts: Option<Facts>,
}

impl Repository {
    /// The facts of a file on disk (the `None` of a file that does not parse), from the
    /// cache when the file is unchanged; `Err` when it cannot be read now.
    fn facts_on_disk(&self, input: &Input, config: &Config) -> Result<Option<Facts>, ()> {
        let meta = std::fs::metadata(&input.path).map_err(|_| ())?;
        let (len, modified) = (meta.len(), meta.modified().ok());
        let cached = self.facts.lock().ok().and_then(|cache| {
            cache
                .get(&input.path)
                .filter(|k| k.len == len && k.modified == modified && k.display == input.display)
                .map(|k| k.facts.clone())
        });
        if let Some(facts) = cached {
            return Ok(facts);
        }
        let bytes = std::fs::read(&input.path).map_err(|_| ())?;
        let facts = compile_with(&input.display, &bytes, &config.identitas).facts;
        if let Ok(mut cache) = self.facts.lock() {
            cache.insert(
                input.path.clone(),
                Known {
                    len,
                    modified,
                    display: input.display.clone(),
                    facts: facts.clone(),
                },
            );
        }
        Ok(facts)
    }
}

impl sopan_lsp::Workspace for Repository {
    fn sop_with_id(&self, id: &str) -> Option<sopan_lsp::Found> {
        let (path, span) = self.facts.lock().ok()?.iter().find_map(|(path, known)| {
            let (written, span) = known.facts.as_ref()?.id.as_ref()?;
            (written == id).then(|| (path.clone(), *span))
        })?;
        let text = std::fs::read_to_string(&path).ok()?;
        Some(sopan_lsp::Found { path, text, span })
    }

    fn check(&self, root: Option<&Path>, open: &[sopan_lsp::Open<'_>]) -> Vec<Vec<Diagnostic>> {
        let shown = |path: &Path| {
            let relative = root.and_then(|r| path.strip_prefix(r).ok()).unwrap_or(path);
            crate::files::display(relative)
        };
        // The folder's files, as `sopan check ROOT` finds them; an unreadable folder adds none.
        let mut inputs: Vec<Input> = root
            .and_then(|r| crate::files::discover(&[r.to_path_buf()], &Search::default()).ok())
            .unwrap_or_default();
        for input in &mut inputs {
            input.display = shown(&input.path);
        }
        // Each open document: its place among the inputs (replacing its file), or a new one.
        let mut texts: Vec<Option<&str>> = vec![None; inputs.len()];
        let mut places = Vec::with_capacity(open.len());
        for document in open {
            let found = document
                .path
                .and_then(|p| inputs.iter().position(|i| i.path == p));
            let place = found.unwrap_or_else(|| {
                let path = document
                    .path
                    .map_or_else(|| PathBuf::from(document.name), Path::to_path_buf);
                inputs.push(Input {
                    display: document
                        .path
                        .map_or_else(|| document.name.to_owned(), shown),
                    out_stem: PathBuf::from("sop"),
                    published: document.name.to_owned(),
                    path,
                    stdin: false,
                });
                texts.push(None);
                inputs.len() - 1
            });
            texts[place] = Some(document.text);
            places.push(place);
        }
        let mut found = Configs::default();
        let (mut configs, broken): (Vec<Config>, Vec<_>) =
            configs_of(&mut found, &inputs).into_iter().unzip();
        // The open documents compiled whole; the other files only for their facts. A file
        // that cannot be read now (removed, unreadable) takes no part.
        let mut units: Vec<Option<Unit>> = Vec::with_capacity(inputs.len());
        let mut facts: Vec<Facts> = Vec::with_capacity(inputs.len());
        for ((input, text), config) in inputs.iter().zip(&texts).zip(&configs) {
            if let Some(text) = text {
                let unit = compile_with(&input.display, text.as_bytes(), &config.identitas);
                facts.push(repository_facts(&unit, config));
                units.push(Some(unit));
            } else {
                facts.push(match self.facts_on_disk(input, config) {
                    Ok(known) => facts_under(known, config),
                    Err(()) => Facts::default(),
                });
                units.push(None);
            }
        }
        let mut logos = crate::logo::Logos::default();
        for ((unit, input), config) in units.iter_mut().zip(&inputs).zip(&mut configs) {
            if let Some(unit) = unit {
                let _ = configure(unit, input, config, &mut logos);
            }
        }
        let extra = sopan_check::check_repository(&facts);
        for (((unit, more), config), broken) in
            units.iter_mut().zip(extra).zip(&configs).zip(&broken)
        {
            if let Some(unit) = unit {
                conclude(unit, more, config, broken.as_ref());
            }
        }
        places
            .into_iter()
            .map(|place| {
                units
                    .get_mut(place)
                    .and_then(Option::take)
                    .map(|u| u.diagnostics)
                    .unwrap_or_default()
            })
            .collect()
    }
}

/// What the repository rules know of a file on disk under its configuration: the same step
/// as for a compiled file (`project.rs`), over its kept facts.
fn facts_under(facts: Option<Facts>, config: &Config) -> Facts {
    let unit = Unit {
        file: sopan_diagnostics::SourceFile::new("", ""),
        diagnostics: Vec::new(),
        sop: None,
        facts,
    };
    repository_facts(&unit, config)
}
