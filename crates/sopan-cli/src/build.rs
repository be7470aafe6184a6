//! `sopan build`: check, then write each clean file's outputs, and for a folder of SOPs
//! built as HTML an `index.html` that lists them.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sopan_config::Layout;

use crate::args::{BuildArgs, BuildFormat};
use crate::check::{human, reports, status, use_color};
use crate::project::Project;
use crate::report::Tally;
use crate::{Io, Status, write};

pub(crate) fn run(args: &BuildArgs, io: &mut Io<'_>) -> Result<Status, String> {
    let mut project = Project::load(&args.paths)?;
    let mut formats = args.format.clone();
    formats.sort_unstable();
    formats.dedup();
    let layouts: Vec<Layout> = project
        .configs
        .iter()
        .map(|config| layout(args, &config.tata_letak))
        .collect();
    if formats.contains(&BuildFormat::Html) {
        crate::fit::refuse_too_tall(&mut project, &layouts);
    }
    let jobs: Vec<(usize, BuildFormat)> = project
        .units
        .iter()
        .enumerate()
        .filter(|(_, unit)| unit.sop.is_some())
        .flat_map(|(index, _)| formats.iter().map(move |format| (index, *format)))
        .collect();
    // Each output is rendered and written on its own; the first failure is reported after
    // the others finished, so one unwritable file does not leave the rest half done.
    let mut results: Vec<Result<usize, String>> = jobs
        .par_iter()
        .map(|&(index, format)| {
            let Some(sop) = project.units[index].sop.as_ref() else {
                return Ok(0);
            };
            let stem = &project.inputs[index].out_stem;
            if format == BuildFormat::Svg && args.paginate {
                let pages = sopan_svg::render_paginated(sop, &layouts[index]);
                for (page, svg) in pages.iter().enumerate() {
                    let mut name = OsString::from(stem.as_os_str());
                    name.push(format!("-{}", page + 1));
                    write::atomic(&output(&args.out, Path::new(&name), format), svg.as_bytes())?;
                }
                return Ok(pages.len());
            }
            let contents = match format {
                BuildFormat::Json => sopan_json::render(sop),
                BuildFormat::Svg => sopan_svg::render(sop),
                BuildFormat::Html => sopan_html::render_sheet(
                    sop,
                    &sopan_html::Sheet {
                        layout: &layouts[index],
                        logo: project.logos[index].as_deref(),
                    },
                ),
            };
            write::atomic(&output(&args.out, stem, format), contents.as_bytes()).map(|()| 1)
        })
        .collect();
    if formats.contains(&BuildFormat::Html) && args.paths.iter().any(|p| p.is_dir()) {
        results.push(
            write::atomic(&args.out.join("index.html"), index(&project).as_bytes()).map(|()| 1),
        );
    }
    let written: usize = results.iter().filter_map(|r| r.as_ref().ok()).sum();
    let reports = reports(&project);
    let tally = Tally::of(&reports, project.units.len());
    let text = human(&reports, tally, use_color(&args.output, io));
    let text = text.trim_end_matches('\n');
    writeln!(
        io.stderr,
        "{text}; wrote {written} output{}",
        if written == 1 { "" } else { "s" }
    )
    .map_err(|e| e.to_string())?;
    drop(reports);
    project.discard();
    results
        .into_iter()
        .collect::<Result<Vec<usize>, String>>()?;
    Ok(status(tally, false))
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

/// Where an output goes: the input's place below the output folder, with the format's
/// extension added (not substituted: `sktm.v2.sop` gives `sktm.v2.html`).
fn output(out: &Path, stem: &Path, format: BuildFormat) -> PathBuf {
    let mut name = OsString::from(stem.as_os_str());
    name.push(".");
    name.push(format.extension());
    out.join(name)
}

/// The index page: every input in build order, linked to its sheet when it got one.
fn index(project: &Project) -> String {
    let hrefs: Vec<String> = project
        .inputs
        .iter()
        .map(|input| {
            let mut href = crate::files::display(&input.out_stem);
            href.push_str(".html");
            href
        })
        .collect();
    let entries: Vec<sopan_html::IndexEntry<'_>> = project
        .inputs
        .iter()
        .zip(&project.units)
        .zip(&hrefs)
        .map(|((input, unit), href)| sopan_html::IndexEntry {
            source: &input.display,
            href,
            sop: unit.sop.as_ref(),
            errors: unit.diagnostics.iter().filter(|d| d.is_error()).count(),
        })
        .collect();
    sopan_html::render_index(&entries)
}
