//! `sopan check`: report every problem of every file, in the format asked for.

use std::io::Write;

use sopan_diagnostics::{Bahasa, Diagnostic, Message, SourceFile, render};

use crate::args::{CheckArgs, CiArgs, ColorChoice, OutputArgs, ReportFormat};
use crate::files::Search;
use crate::project::Project;
use crate::report::{self, FileReport, Tally};
use crate::stream::{self, Counts, Finished, Sink, emit};
use crate::{Choice, Failure, Io, Status};

/// Width diagnostics are wrapped at.
pub(crate) const WIDTH: usize = 100;

pub(crate) fn run(args: &CheckArgs, io: &mut Io<'_>, choice: Choice) -> Result<Status, Failure> {
    let stdin = read_stdin(&args.paths)?;
    let inputs = discover(&args.paths, &args.ci)?;
    let bahasa = choice.with_config(configured_bahasa(&inputs));
    let color = use_color(&args.output, io);
    let (files, counts) = match args.format {
        ReportFormat::Human | ReportFormat::Github | ReportFormat::Concise => {
            let mut out = std::io::BufWriter::new(&mut *io.stdout);
            let mut sink = Lines {
                out: &mut out,
                format: args.format,
                bahasa,
                color,
                counts: Counts::default(),
            };
            let files = stream::check(inputs, stdin.as_deref(), &mut sink)?;
            let counts = sink.counts;
            if args.format == ReportFormat::Human && !args.ci.quiet {
                let tally = tally(files, counts);
                emit(&mut out, &format!("{}\n", tally.summary(bahasa)))?;
            }
            out.flush().map_err(|e| not_written(&e))?;
            (files, counts)
        }
        ReportFormat::Json | ReportFormat::Sarif | ReportFormat::Gitlab | ReportFormat::Junit => {
            let mut sink = Document::default();
            let files = stream::check(inputs, stdin.as_deref(), &mut sink)?;
            let counts = sink.counts;
            let reports: Vec<FileReport<'_>> = sink
                .files
                .iter()
                .map(|f| FileReport {
                    file: &f.file,
                    diagnostics: &f.diagnostics,
                })
                .collect();
            let text = match args.format {
                ReportFormat::Json => report::json(&reports, tally(files, counts), bahasa),
                ReportFormat::Sarif => report::sarif(&reports, bahasa),
                ReportFormat::Gitlab => report::gitlab(&reports, bahasa),
                _ => report::junit(&reports, bahasa),
            };
            emit(io.stdout, &text)?;
            (files, counts)
        }
    };
    Ok(if args.exit_zero {
        Status::Clean
    } else {
        status(tally(files, counts), args.deny_warnings)
    })
}

fn tally(files: usize, counts: Counts) -> Tally {
    Tally {
        files,
        errors: counts.errors,
        warnings: counts.warnings,
    }
}

/// The inputs the paths name; none at all is a failure of the run, said in plain words,
/// since a CI job that checks nothing must not pass as clean.
pub(crate) fn discover(
    paths: &[std::path::PathBuf],
    ci: &CiArgs,
) -> Result<Vec<crate::files::Input>, Failure> {
    let search = Search {
        exclude: &ci.exclude,
        stdin_name: ci.nama_berkas.as_deref(),
    };
    let inputs = crate::files::discover(paths, &search)?;
    if inputs.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| crate::files::display(p)).collect();
        return Err(Failure {
            message: Message::new("ci-tidak-ada-berkas").arg("jalur", shown.join(" ")),
            help: Some(Message::new("ci-tidak-ada-berkas.help")),
        });
    }
    Ok(inputs)
}

/// The `bahasa:` of the `sopan.yaml` files that apply to the first input: one language per
/// run, decided before any report is printed.
pub(crate) fn configured_bahasa(inputs: &[crate::files::Input]) -> Option<Bahasa> {
    let first = inputs.first()?;
    crate::config::Configs::default()
        .for_file(&first.path)
        .0
        .bahasa
}

/// The report could not be written (a closed pipe, a full disk).
pub(crate) fn not_written(why: &std::io::Error) -> Message {
    Message::new("cli-laporan-tidak-tertulis").arg("alasan", why.to_string())
}

/// Standard input, read whole, when a path is `-`.
pub(crate) fn read_stdin(paths: &[std::path::PathBuf]) -> Result<Option<Vec<u8>>, Message> {
    if !paths.iter().any(|p| p.as_os_str() == "-") {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    // One more byte than a file may have: the parser refuses it with its own code.
    let limit = sopan_syntax::MAX_FILE_BYTES as u64 + 1;
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::io::stdin().lock(), limit),
        &mut bytes,
    )
    .map_err(|e| Message::new("ci-stdin-tak-terbaca").arg("sebab", e.to_string()))?;
    Ok(Some(bytes))
}

/// The formats printed file by file, as the files are done.
struct Lines<'a> {
    out: &'a mut dyn Write,
    format: ReportFormat,
    bahasa: Bahasa,
    color: bool,
    counts: Counts,
}

impl Sink for Lines<'_> {
    fn config(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) -> Result<(), Message> {
        self.counts.add(diagnostics);
        let one = [FileReport { file, diagnostics }];
        let text = match self.format {
            ReportFormat::Github => report::github(&one, self.bahasa),
            ReportFormat::Concise => report::concise(&one, self.bahasa),
            _ => render(file, diagnostics, self.bahasa, self.color, WIDTH),
        };
        emit(self.out, &text)
    }

    fn file(&mut self, finished: Finished) -> Result<(), Message> {
        self.config(&finished.file, &finished.diagnostics)
    }
}

/// The formats printed as one document at the end: each file's diagnostics are kept, and
/// the text only of a file that has some.
#[derive(Default)]
struct Document {
    files: Vec<Finished>,
    counts: Counts,
}

impl Sink for Document {
    fn config(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) -> Result<(), Message> {
        self.file(Finished {
            file: file.clone(),
            diagnostics: diagnostics.to_vec(),
        })
    }

    fn file(&mut self, mut finished: Finished) -> Result<(), Message> {
        self.counts.add(&finished.diagnostics);
        if finished.diagnostics.is_empty() {
            finished.file = SourceFile::new(finished.file.name(), String::new());
        }
        self.files.push(finished);
        Ok(())
    }
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

pub(crate) fn status(tally: Tally, deny_warnings: bool) -> Status {
    if tally.errors > 0 || (deny_warnings && tally.warnings > 0) {
        Status::Problems
    } else {
        Status::Clean
    }
}

pub(crate) fn use_color(args: &OutputArgs, io: &Io<'_>) -> bool {
    color(
        args.color,
        io.terminal,
        std::env::var_os("NO_COLOR").as_deref(),
        std::env::var_os("CLICOLOR_FORCE").as_deref(),
    )
}

/// Whether to colour: `--color always|never` first; then `CLICOLOR_FORCE` set to anything
/// but empty or `0` forces colour; then `NO_COLOR` set and not empty turns it off
/// (no-color.org: an empty value counts as unset); else colour on a terminal.
fn color(
    choice: ColorChoice,
    terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
    force: Option<&std::ffi::OsStr>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if force.is_some_and(|v| !v.is_empty() && v != "0") {
                true
            } else if no_color.is_some_and(|v| !v.is_empty()) {
                false
            } else {
                terminal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::color;
    use crate::args::ColorChoice;
    use std::ffi::OsStr;

    #[test]
    fn no_color_empty_is_unset_and_clicolor_force_wins_below_the_flag() {
        let on = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        let zero = Some(OsStr::new("0"));
        assert!(color(ColorChoice::Auto, true, None, None));
        assert!(!color(ColorChoice::Auto, true, on, None));
        assert!(color(ColorChoice::Auto, true, empty, None));
        assert!(!color(ColorChoice::Auto, false, None, None));
        assert!(color(ColorChoice::Auto, false, None, on));
        assert!(color(ColorChoice::Auto, false, on, on));
        assert!(!color(ColorChoice::Auto, false, None, zero));
        assert!(!color(ColorChoice::Auto, false, None, empty));
        assert!(!color(ColorChoice::Never, true, None, on));
        assert!(color(ColorChoice::Always, false, on, None));
    }
}
