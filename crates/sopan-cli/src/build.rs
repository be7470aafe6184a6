//! `sopan build`: check, then write each clean file's outputs, and for a folder of SOPs
//! built as HTML an `index.html` that lists them.
//!
//! Before anything is written, every output path is known: two inputs that would write one
//! file (`a/y.sop` and `b/y.sop` named together, `y.sop` in two folders built into one
//! output folder, `index.sop` beside the index, or names that differ only in case, which are
//! one file on Windows and macOS) are refused with SOP601 and neither is built, so which one
//! wins can never depend on timing. The index is written last, from what was written.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sopan_config::{Kertas, Layout, Orientasi};
use sopan_diagnostics::{Bahasa, Code, Diagnostic, Message, Span, sort};
use sopan_layout::sheet::{self, SheetStyle};

use crate::args::{BuildArgs, BuildFormat, PdfStandard};
use crate::check::{human, not_written, reports, status, use_color};
use crate::logo::Image;
use crate::project::Project;
use crate::report::Tally;
use crate::{Choice, Failure, Io, Status, write};
use sopan_check::model::Sop;

pub(crate) fn run(args: &BuildArgs, io: &mut Io<'_>, choice: Choice) -> Result<Status, Failure> {
    let stdin = crate::check::read_stdin(&args.paths)?;
    let inputs = crate::check::discover(&args.paths, &args.ci)?;
    let bahasa = choice.with_config(crate::check::configured_bahasa(&inputs));
    let mut project = Project::load(inputs, stdin.as_deref())?;
    let mut formats = args.format.clone();
    formats.sort_unstable();
    formats.dedup();
    let with_index = formats.contains(&BuildFormat::Html) && args.paths.iter().any(|p| p.is_dir());
    refuse_collisions(&mut project, &formats, with_index);
    let (layouts, styles, sheets_laid) = prepare(args, &mut project, &formats);
    let jobs: Vec<(usize, BuildFormat)> = project
        .units
        .iter()
        .enumerate()
        .filter(|(_, unit)| unit.sop.is_some())
        .flat_map(|(index, _)| formats.iter().map(move |format| (index, *format)))
        .collect();
    // Leftovers of killed builds go before this build adds its own, in every folder it
    // writes to.
    let mut folders: BTreeSet<PathBuf> = jobs
        .iter()
        .filter_map(|&(index, format)| {
            output(&args.out, &project.inputs[index].out_stem, format)
                .parent()
                .map(Path::to_path_buf)
        })
        .collect();
    folders.insert(args.out.clone());
    for folder in &folders {
        write::remove_stale(folder);
    }
    // Each output is rendered and written on its own; the first failure is reported after
    // the others finished, so one unwritable file does not leave the rest half done.
    let outputs = Outputs {
        args,
        project: &project,
        layouts: &layouts,
        styles: &styles,
        laid: &sheets_laid,
    };
    let results: Vec<Result<usize, Message>> = jobs
        .par_iter()
        .map(|&(index, format)| outputs.write(index, format))
        .collect();
    let sheets: BTreeSet<usize> = jobs
        .iter()
        .zip(&results)
        .filter(|((_, format), result)| *format == BuildFormat::Html && result.is_ok())
        .map(|((index, _), _)| *index)
        .collect();
    // The summary counts every sheet written, as HTML or as PDF (the same pages).
    let printable: BTreeSet<usize> = jobs
        .iter()
        .zip(&results)
        .filter(|((_, format), result)| {
            matches!(format, BuildFormat::Html | BuildFormat::Pdf) && result.is_ok()
        })
        .map(|((index, _), _)| *index)
        .collect();
    let mut results = results;
    if with_index {
        results.push(
            write::atomic(
                &args.out.join("index.html"),
                index(&project, &sheets, &sheets_laid).as_bytes(),
            )
            .map(|()| 1),
        );
    }
    let written: usize = results.iter().filter_map(|r| r.as_ref().ok()).sum();
    let reports = reports(&project);
    let tally = Tally::of(&reports, project.units.len());
    let text = human(&reports, tally, bahasa, use_color(&args.output, io));
    let text = text.trim_end_matches('\n');
    let wrote = Message::new("cli-ringkasan-tulis")
        .arg("jumlah", written)
        .render(bahasa);
    let printed = printed(&printable, &sheets_laid, bahasa);
    if args.ci.quiet {
        let diagnostics = text.rsplit_once('\n').map_or("", |(d, _)| d);
        if !diagnostics.is_empty() {
            writeln!(io.stdout, "{diagnostics}").map_err(|e| not_written(&e))?;
        }
    } else {
        writeln!(io.stdout, "{text}; {wrote}{printed}").map_err(|e| not_written(&e))?;
    }
    drop(reports);
    project.discard();
    results
        .into_iter()
        .collect::<Result<Vec<usize>, Message>>()?;
    Ok(status(tally, false))
}

/// Each file's layout and sheet style, SOP215 given to the files that need it, and each
/// clean file's sheet laid out where `formats` need it.
fn prepare(
    args: &BuildArgs,
    project: &mut Project,
    formats: &[BuildFormat],
) -> (Vec<Layout>, Vec<SheetStyle>, Vec<Option<sheet::Sheet>>) {
    let layouts: Vec<Layout> = project
        .configs
        .iter()
        .map(|config| layout(args, &config.tata_letak))
        .collect();
    let styles: Vec<SheetStyle> = layouts.iter().map(crate::style::of).collect();
    if formats
        .iter()
        .any(|f| matches!(f, BuildFormat::Html | BuildFormat::Pdf))
    {
        crate::fit::refuse_too_tall(project, &styles);
    }
    let laid = lay_out(project, &styles, formats);
    (layouts, styles, laid)
}

/// The HTML sheet of input `wanted`, as `sopan build` with `args` writes it, in memory (the
/// live preview's page); `None` when it gets no sheet, and its diagnostics say why. Only
/// that sheet is laid out: the other files are checked, for the repository's rules, and
/// their models let go.
pub(crate) fn html_sheet(args: &BuildArgs, project: &mut Project, wanted: usize) -> Option<String> {
    let formats = [BuildFormat::Html];
    let with_index = args.paths.iter().any(|p| p.is_dir());
    refuse_collisions(project, &formats, with_index);
    for (n, unit) in project.units.iter_mut().enumerate() {
        if n != wanted {
            unit.sop = None;
        }
    }
    let (layouts, styles, laid) = prepare(args, project, &formats);
    let outputs = Outputs {
        args,
        project,
        layouts: &layouts,
        styles: &styles,
        laid: &laid,
    };
    outputs.html(wanted)
}

/// What every output of a build is rendered from.
struct Outputs<'a> {
    args: &'a BuildArgs,
    project: &'a Project,
    layouts: &'a [Layout],
    styles: &'a [SheetStyle],
    laid: &'a [Option<sheet::Sheet>],
}

impl Outputs<'_> {
    /// Renders and writes output `format` of input `index`; the number of files written.
    fn write(&self, index: usize, format: BuildFormat) -> Result<usize, Message> {
        let Some(sop) = self.project.units[index].sop.as_ref() else {
            return Ok(0);
        };
        let out = &self.args.out;
        let stem = &self.project.inputs[index].out_stem;
        if format == BuildFormat::Svg && self.args.paginate {
            let style = &self.styles[index];
            let pages = sopan_svg::render_paginated(sop, style.paper, style.connectors);
            for (page, svg) in pages.iter().enumerate() {
                write::atomic(&output(out, &page_stem(stem, page), format), svg.as_bytes())?;
            }
            return Ok(pages.len());
        }
        let laid = self.laid[index].as_ref();
        let contents = match (format, laid) {
            (BuildFormat::Json, laid) => {
                let lembar = laid.map(|laid| lembar(&self.layouts[index], laid.pages.len()));
                sopan_json::render_with(sop, lembar.as_ref())
            }
            (BuildFormat::Svg, _) => sopan_svg::render(sop),
            (BuildFormat::Html, Some(_)) => self.html(index).unwrap_or_default(),
            (BuildFormat::Html | BuildFormat::Pdf, None) => return Ok(0),
            (BuildFormat::Pdf, Some(laid)) => {
                let bytes = self.pdf(index, sop, laid)?;
                return write::atomic(&output(out, stem, format), &bytes).map(|()| 1);
            }
        };
        write::atomic(&output(out, stem, format), contents.as_bytes()).map(|()| 1)
    }

    /// The HTML sheet of input `index`, when it is clean and laid out.
    fn html(&self, index: usize) -> Option<String> {
        let sop = self.project.units[index].sop.as_ref()?;
        let laid = self.laid[index].as_ref()?;
        let logo = self.project.logos[index].as_deref().map(Image::for_sheet);
        Some(sopan_html::draw(sop, laid, logo))
    }

    /// The PDF of input `index`, with its source and JSON model embedded for PDF/A-3.
    fn pdf(&self, index: usize, sop: &Sop, laid: &sheet::Sheet) -> Result<Vec<u8>, Message> {
        let input = &self.project.inputs[index];
        let logo = self.project.logos[index]
            .as_deref()
            .map(|image| sopan_pdf::Logo {
                media_type: image.media_type,
                bytes: &image.bytes,
            });
        let standard = match self.args.pdf_standar {
            PdfStandard::A2u => sopan_pdf::Standard::A2u,
            PdfStandard::A3u => sopan_pdf::Standard::A3u,
        };
        let json = (standard == sopan_pdf::Standard::A3u).then(|| {
            let lembar = lembar(&self.layouts[index], laid.pages.len());
            sopan_json::render_with(sop, Some(&lembar))
        });
        let name = input
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = self.project.units[index].file.text();
        let sources = json.as_deref().map(|json| sopan_pdf::Sources {
            name: &name,
            source: source.as_bytes(),
            json,
        });
        let options = sopan_pdf::Options {
            standard,
            logo,
            sources,
        };
        sopan_pdf::draw(sop, laid, &options).map_err(|e| {
            e.message().clone().arg(
                "berkas",
                crate::files::display(&output(&self.args.out, &input.out_stem, BuildFormat::Pdf)),
            )
        })
    }
}

/// Every clean file's sheet, laid out once: the sheet draws it, and the JSON and the index
/// print its page count. `None` where no output that needs it is built.
fn lay_out(
    project: &Project,
    styles: &[SheetStyle],
    formats: &[BuildFormat],
) -> Vec<Option<sheet::Sheet>> {
    let wanted = formats
        .iter()
        .any(|f| matches!(f, BuildFormat::Html | BuildFormat::Json | BuildFormat::Pdf));
    project
        .units
        .par_iter()
        .enumerate()
        .map(|(n, unit)| {
            unit.sop
                .as_ref()
                .filter(|_| wanted)
                .map(|sop| sheet::layout(sop, &styles[n], project.logos[n].is_some()))
        })
        .collect()
}

/// The end of the summary: how many sheets were written and the pages they print on.
fn printed(sheets: &BTreeSet<usize>, laid: &[Option<sheet::Sheet>], bahasa: Bahasa) -> String {
    if sheets.is_empty() {
        return String::new();
    }
    let pages: usize = sheets
        .iter()
        .filter_map(|&n| laid.get(n).and_then(Option::as_ref))
        .map(|laid| laid.pages.len())
        .sum();
    let said = Message::new("cli-ringkasan-lembar")
        .arg("lembar", sheets.len())
        .arg("halaman", pages)
        .render(bahasa);
    format!("; {said}")
}

/// Gives SOP601 to every pair of inputs whose outputs would be one file, and keeps both from
/// being built.
fn refuse_collisions(project: &mut Project, formats: &[BuildFormat], with_index: bool) {
    // Names compared without case: a repository copied to Windows or macOS must not lose a
    // sheet to another that differs only in a capital letter.
    let key = |path: &Path| crate::files::display(path).to_lowercase();
    let mut owners: BTreeMap<String, usize> = BTreeMap::new();
    let mut pairs: BTreeSet<(usize, usize, String)> = BTreeSet::new();
    let mut index_clash: BTreeSet<usize> = BTreeSet::new();
    for (n, input) in project.inputs.iter().enumerate() {
        for format in formats {
            let name = output(Path::new(""), &input.out_stem, *format);
            let key = key(&name);
            if with_index && key == "index.html" {
                index_clash.insert(n);
                continue;
            }
            match owners.get(&key) {
                Some(&first) if first != n => {
                    pairs.insert((first, n, crate::files::display(&name)));
                }
                _ => {
                    owners.insert(key, n);
                }
            }
        }
    }
    let mut found: Vec<(usize, Diagnostic)> = Vec::new();
    // One diagnostic per pair of inputs, naming the first output they share.
    let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (first, second, name) in pairs {
        if !reported.insert((first, second)) {
            continue;
        }
        for (me, other) in [(first, second), (second, first)] {
            let diagnostic = collision(
                project,
                me,
                Message::new("cli-tabrakan")
                    .arg("ini", project.inputs[me].display.as_str())
                    .arg("itu", project.inputs[other].display.as_str())
                    .arg("nama", name.as_str()),
            );
            found.push((me, diagnostic));
        }
    }
    for n in index_clash {
        let diagnostic = collision(
            project,
            n,
            Message::new("cli-tabrakan-indeks").arg("ini", project.inputs[n].display.as_str()),
        );
        found.push((n, diagnostic));
    }
    for (n, diagnostic) in found {
        let unit = &mut project.units[n];
        unit.diagnostics.push(diagnostic);
        sort(&mut unit.diagnostics);
        unit.sop = None;
    }
}

fn collision(project: &Project, n: usize, message: Message) -> Diagnostic {
    let span = project.units[n]
        .facts
        .as_ref()
        .map_or(Span::default(), |f| f.header);
    Diagnostic::new(
        Code::OutputCollision,
        message,
        span,
        Message::new("cli-tabrakan.label"),
    )
    .with_help(Message::new("cli-tabrakan.help"))
    .with_note(Message::new("cli-tabrakan.note"))
}

/// The folder's `tata-letak` with the paper the command line asks for.
fn layout(args: &BuildArgs, configured: &Layout) -> Layout {
    let mut layout = configured.clone();
    if let Some(paper) = args.kertas {
        layout.kertas = Some(paper.into());
    }
    if let Some(orientation) = args.orientasi {
        layout.orientasi = Some(orientation.into());
    }
    layout
}

/// How the sheet laid out for `layout` prints, for the JSON.
fn lembar(layout: &Layout, pages: usize) -> sopan_json::Lembar {
    sopan_json::Lembar {
        kertas: match layout.kertas.unwrap_or(Kertas::A4) {
            Kertas::A4 => "a4",
            Kertas::F4 => "f4",
            Kertas::Letter => "letter",
            Kertas::Legal => "legal",
        },
        orientasi: match layout.orientasi.unwrap_or(Orientasi::Lanskap) {
            Orientasi::Lanskap => "lanskap",
            Orientasi::Potret => "potret",
        },
        halaman: pages,
    }
}

/// The stem of page `page` (from 0) of a paginated flowchart: `<stem>-1`, `<stem>-2`, …
fn page_stem(stem: &Path, page: usize) -> PathBuf {
    let mut name = OsString::from(stem.as_os_str());
    name.push(format!("-{}", page + 1));
    PathBuf::from(name)
}

/// Where an output goes: the input's place below the output folder, with the format's
/// extension added (not substituted: `sktm.v2.sop` gives `sktm.v2.html`).
fn output(out: &Path, stem: &Path, format: BuildFormat) -> PathBuf {
    let mut name = OsString::from(stem.as_os_str());
    name.push(".");
    name.push(format.extension());
    out.join(name)
}

/// The index page: every input in build order, linked to its sheet when one was written,
/// with the sheet's number of pages.
fn index(project: &Project, sheets: &BTreeSet<usize>, laid: &[Option<sheet::Sheet>]) -> String {
    let links: Vec<Vec<Vec<u8>>> = project
        .inputs
        .iter()
        .map(|input| {
            output(Path::new(""), &input.out_stem, BuildFormat::Html)
                .components()
                .map(|part| os_bytes(part.as_os_str()))
                .collect()
        })
        .collect();
    let entries: Vec<sopan_html::IndexEntry<'_>> = project
        .inputs
        .iter()
        .zip(&project.units)
        .zip(&links)
        .enumerate()
        .map(|(n, ((input, unit), link))| sopan_html::IndexEntry {
            source: &input.published,
            sheet: sheets.contains(&n).then_some(link.as_slice()),
            pages: laid
                .get(n)
                .and_then(Option::as_ref)
                .filter(|_| sheets.contains(&n))
                .map(|laid| laid.pages.len()),
            sop: unit.sop.as_ref(),
            errors: unit.diagnostics.iter().filter(|d| d.is_error()).count(),
        })
        .collect();
    sopan_html::render_index(&entries)
}

/// The bytes of a file name as the filesystem holds them, so a name that is not UTF-8 still
/// links to its file.
fn os_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    #[cfg(unix)]
    {
        std::os::unix::ffi::OsStrExt::as_bytes(name).to_vec()
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned().into_bytes()
    }
}
