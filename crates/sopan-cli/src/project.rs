//! Checking a set of files as one repository: configuration, every file in parallel, the
//! repository-wide rules, then each folder's rule levels.

use std::sync::Arc;

use rayon::prelude::*;
use sopan_check::Facts;
use sopan_config::Config;
use sopan_diagnostics::{Diagnostic, Message, SourceFile, Span, sort};

use crate::compile::{Unit, compile_with};
use crate::config::{Broken, Configs, apply_template, not_built, relative_logo};
use crate::files::Input;
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

    pub(crate) fn load(inputs: Vec<Input>, stdin: Option<&[u8]>) -> Result<Project, Message> {
        let mut found = Configs::default();
        let (mut configs, broken): (Vec<Config>, Vec<Option<Broken>>) =
            configs_of(&mut found, &inputs).into_iter().unzip();
        let mut units = compile_all(&inputs, &configs, stdin)?;
        let facts: Vec<Facts> = units
            .iter()
            .zip(&configs)
            .map(|(unit, config)| repository_facts(unit, config))
            .collect();
        let mut found_logos = Logos::default();
        let logos = units
            .iter_mut()
            .zip(&inputs)
            .zip(&mut configs)
            .map(|((unit, input), config)| configure(unit, input, config, &mut found_logos))
            .collect();
        let extra = sopan_check::check_repository(&facts);
        for (((unit, more), config), broken) in
            units.iter_mut().zip(extra).zip(&configs).zip(&broken)
        {
            conclude(unit, more, config, broken.as_ref());
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

/// The configuration that applies to each input (its logo path made relative to the input's
/// folder), and the broken `sopan.yaml` among those that apply, if any.
pub(crate) fn configs_of(found: &mut Configs, inputs: &[Input]) -> Vec<(Config, Option<Broken>)> {
    inputs
        .iter()
        .map(|input| {
            let (mut config, problem) = found.for_file(&input.path);
            relative_logo(&mut config, &input.path);
            (config, problem)
        })
        .collect()
}

/// Reads and compiles every input, in parallel, collected in input order, so output does not
/// depend on the thread count; an unreadable file is reported as the first one in that
/// order, whichever thread met it first.
pub(crate) fn compile_all(
    inputs: &[Input],
    configs: &[Config],
    stdin: Option<&[u8]>,
) -> Result<Vec<Unit>, Message> {
    inputs
        .par_iter()
        .zip(configs)
        .map(|(input, config)| {
            let bytes = match (input.stdin, stdin) {
                (true, Some(bytes)) => std::borrow::Cow::Borrowed(bytes),
                _ => std::borrow::Cow::Owned(
                    std::fs::read(&input.path)
                        .map_err(|e| crate::files::cannot_read(&input.display, &e))?,
                ),
            };
            Ok(compile_with(&input.display, &bytes, &config.identitas))
        })
        .collect::<Vec<Result<Unit, Message>>>()
        .into_iter()
        .collect()
}

/// What the repository rules know of a compiled file under its configuration.
pub(crate) fn repository_facts(unit: &Unit, config: &Config) -> Facts {
    let mut facts = unit.facts.clone().unwrap_or_default();
    facts.check_references = config.repositori.periksa_keterkaitan == Some(true);
    facts
}

/// The checks of one file that need its `sopan.yaml`: its logo (returned, when it may be
/// used) and its sheet template (applied to `config`).
pub(crate) fn configure(
    unit: &mut Unit,
    input: &Input,
    config: &mut Config,
    logos: &mut Logos,
) -> Option<Arc<Image>> {
    let request = unit
        .facts
        .as_ref()
        .and_then(|f| Request::of(f, config.identitas.logo.as_deref()));
    let logo = match request.map(|r| logos.load(&input.path, &r)) {
        Some(Ok(bytes)) => Some(bytes),
        Some(Err(diagnostic)) => {
            unit.diagnostics.push(diagnostic);
            None
        }
        None => None,
    };
    let file = unit.facts.as_ref().map_or(Span::default(), |f| f.header);
    let named = unit
        .facts
        .as_ref()
        .and_then(|f| f.templat.as_ref())
        .map(|(name, span)| (name.as_str(), *span));
    unit.diagnostics.extend(apply_template(config, named, file));
    logo
}

/// Adds the file's repository diagnostics (`more`) and the refusal of a broken `sopan.yaml`,
/// applies the folder's rule levels and sorts; a file left with an error loses its model.
pub(crate) fn conclude(
    unit: &mut Unit,
    more: Vec<Diagnostic>,
    config: &Config,
    broken: Option<&Broken>,
) {
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
