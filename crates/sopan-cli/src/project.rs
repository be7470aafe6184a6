//! Checking a set of files as one repository: configuration, every file in parallel, the
//! repository-wide rules, then each folder's rule levels.

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use sopan_config::Config;
use sopan_diagnostics::{Diagnostic, Message, SourceFile, Span, sort};

use crate::compile::{Unit, compile_with};
use crate::config::{Configs, apply_template, not_built, relative_logo};
use crate::files::{self, Input};
use crate::logo::{Image, Logos, Request};

/// Every file of a run, compiled and checked.
pub(crate) struct Project {
    /// The inputs, in the order `discover` gives.
    pub(crate) inputs: Vec<Input>,
    /// One unit per input.
    pub(crate) units: Vec<Unit>,
    /// The configuration that applies to each input.
    pub(crate) configs: Vec<Config>,
    /// Each input's logo, when it has one that may be used.
    pub(crate) logos: Vec<Option<Arc<Image>>>,
    /// Invalid `sopan.yaml` files.
    pub(crate) config_problems: Vec<(SourceFile, Vec<Diagnostic>)>,
}

impl Project {
    /// Frees the project on another thread. Freeing ten thousand files' texts, models and
    /// diagnostics took a twentieth of a whole `sopan check`, after everything was
    /// reported; the `sopan` process exits without waiting for it, and a library caller's
    /// memory is still freed, only later.
    pub(crate) fn discard(self) {
        std::thread::spawn(move || drop(self));
    }

    pub(crate) fn load(paths: &[PathBuf]) -> Result<Project, Message> {
        let inputs = files::discover(paths)?;
        let mut found = Configs::default();
        let mut broken = Vec::with_capacity(inputs.len());
        let mut configs: Vec<Config> = inputs
            .iter()
            .map(|input| {
                let (mut config, problem) = found.for_file(&input.path);
                relative_logo(&mut config, &input.path);
                broken.push(problem);
                config
            })
            .collect();
        // Read and compiled in parallel, but collected in input order, so output does not
        // depend on the thread count; an unreadable file is reported as the first one in that
        // order, whichever thread met it first.
        let results: Vec<Result<Unit, Message>> = inputs
            .par_iter()
            .zip(&configs)
            .map(|(input, config)| {
                let bytes = std::fs::read(&input.path)
                    .map_err(|e| files::cannot_read(&input.display, &e))?;
                Ok(compile_with(&input.display, &bytes, &config.identitas))
            })
            .collect();
        let mut units = results
            .into_iter()
            .collect::<Result<Vec<Unit>, Message>>()?;
        let facts: Vec<_> = units
            .iter()
            .zip(&configs)
            .map(|(u, config)| {
                let mut facts = u.facts.clone().unwrap_or_default();
                facts.check_references = config.repositori.periksa_keterkaitan == Some(true);
                facts
            })
            .collect();
        let mut found_logos = Logos::default();
        let mut logos = Vec::with_capacity(units.len());
        for ((unit, input), config) in units.iter_mut().zip(&inputs).zip(&configs) {
            let request = unit
                .facts
                .as_ref()
                .and_then(|f| Request::of(f, config.identitas.logo.as_deref()));
            logos.push(match request.map(|r| found_logos.load(&input.path, &r)) {
                Some(Ok(bytes)) => Some(bytes),
                Some(Err(diagnostic)) => {
                    unit.diagnostics.push(diagnostic);
                    None
                }
                None => None,
            });
        }
        for (unit, config) in units.iter_mut().zip(&mut configs) {
            let file = unit.facts.as_ref().map_or(Span::default(), |f| f.header);
            let named = unit
                .facts
                .as_ref()
                .and_then(|f| f.templat.as_ref())
                .map(|(name, span)| (name.as_str(), *span));
            unit.diagnostics.extend(apply_template(config, named, file));
        }
        let extra = sopan_check::check_repository(&facts);
        for (((unit, more), config), broken) in
            units.iter_mut().zip(extra).zip(&configs).zip(&broken)
        {
            if more.iter().any(Diagnostic::is_error) {
                unit.sop = None;
            }
            unit.diagnostics.extend(more);
            if let Some(broken) = broken {
                let span = unit.facts.as_ref().map_or(Span::default(), |f| f.header);
                unit.diagnostics.push(not_built(broken, span));
            }
            config.apply_levels(&mut unit.diagnostics);
            sort(&mut unit.diagnostics);
            if unit.diagnostics.iter().any(Diagnostic::is_error) {
                unit.sop = None;
            }
        }
        Ok(Project {
            inputs,
            units,
            configs,
            logos,
            config_problems: found.problems,
        })
    }
}
