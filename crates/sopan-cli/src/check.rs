//! `sopan check`: report every problem of every file, in the format asked for.

use sopan_diagnostics::{Bahasa, Message, render};

use crate::args::{CheckArgs, ColorChoice, OutputArgs, ReportFormat};
use crate::project::Project;
use crate::report::{self, FileReport, Tally};
use crate::{Choice, Failure, Io, Status};

/// Width diagnostics are wrapped at.
pub(crate) const WIDTH: usize = 100;

pub(crate) fn run(args: &CheckArgs, io: &mut Io<'_>, choice: Choice) -> Result<Status, Failure> {
    let mut project = Project::load(&args.paths)?;
    let bahasa = choice.with_config(project.configs.first().and_then(|c| c.bahasa));
    // The sheet's paper as the office configured it: `check` has no paper flags.
    let layouts: Vec<_> = project
        .configs
        .iter()
        .map(|config| crate::style::of(&config.tata_letak))
        .collect();
    crate::fit::refuse_too_tall(&mut project, &layouts);
    let reports = reports(&project);
    let tally = Tally::of(&reports, project.units.len());
    let text = match args.format {
        ReportFormat::Human => human(&reports, tally, bahasa, use_color(&args.output, io)),
        ReportFormat::Json => report::json(&reports, tally, bahasa),
        ReportFormat::Github => report::github(&reports, bahasa),
        ReportFormat::Sarif => report::sarif(&reports, bahasa),
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| not_written(&e))?;
    drop(reports);
    project.discard();
    Ok(if args.exit_zero {
        Status::Clean
    } else {
        status(tally, args.deny_warnings)
    })
}

/// Invalid `sopan.yaml` files first, then every input in order.
pub(crate) fn reports(project: &Project) -> Vec<FileReport<'_>> {
    let configs = project
        .config_problems
        .iter()
        .map(|(file, diagnostics)| FileReport { file, diagnostics });
    let units = project.units.iter().map(|u| FileReport {
        file: &u.file,
        diagnostics: &u.diagnostics,
    });
    configs.chain(units).collect()
}

pub(crate) fn human(
    reports: &[FileReport<'_>],
    tally: Tally,
    bahasa: Bahasa,
    color: bool,
) -> String {
    let mut out = String::new();
    for report in reports {
        out.push_str(&render(
            report.file,
            report.diagnostics,
            bahasa,
            color,
            WIDTH,
        ));
    }
    out.push_str(&tally.summary(bahasa));
    out.push('\n');
    out
}

/// The report could not be written (a closed pipe, a full disk).
pub(crate) fn not_written(why: &std::io::Error) -> Message {
    Message::new("cli-laporan-tidak-tertulis").arg("alasan", why.to_string())
}

pub(crate) fn status(tally: Tally, deny_warnings: bool) -> Status {
    if tally.errors > 0 || (deny_warnings && tally.warnings > 0) {
        Status::Problems
    } else {
        Status::Clean
    }
}

pub(crate) fn use_color(args: &OutputArgs, io: &Io<'_>) -> bool {
    match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io.terminal,
    }
}
