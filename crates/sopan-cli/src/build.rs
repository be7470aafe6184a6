//! `sopan build`: check, then write each clean file's outputs.

use rayon::prelude::*;

use crate::args::{BuildArgs, BuildFormat};
use crate::check::{human, reports, status, use_color};
use crate::project::Project;
use crate::report::Tally;
use crate::{Io, Status, write};

pub(crate) fn run(args: &BuildArgs, io: &mut Io<'_>) -> Result<Status, String> {
    let project = Project::load(&args.paths)?;
    let mut formats = args.format.clone();
    formats.sort_unstable();
    formats.dedup();
    let jobs: Vec<(std::path::PathBuf, &sopan_check::model::Sop, BuildFormat)> = project
        .inputs
        .iter()
        .zip(&project.units)
        .filter_map(|(input, unit)| unit.sop.as_ref().map(|sop| (input, sop)))
        .flat_map(|(input, sop)| {
            formats.iter().map(move |format| {
                (
                    args.out
                        .join(&input.out_stem)
                        .with_extension(format.extension()),
                    sop,
                    *format,
                )
            })
        })
        .collect();
    // Each output is rendered and written on its own; the first failure is reported after
    // the others finished, so one unwritable file does not leave the rest half done.
    let results: Vec<Result<(), String>> = jobs
        .par_iter()
        .map(|(target, sop, format)| {
            let contents = match format {
                BuildFormat::Json => sopan_json::render(sop),
                BuildFormat::Svg => sopan_svg::render(sop),
                // The office's tata-letak is not carried to this point yet; the defaults
                // (A4 landscape, Permenpan columns) apply.
                BuildFormat::Html => sopan_html::render(sop, &sopan_config::Layout::default()),
            };
            write::atomic(target, contents.as_bytes())
        })
        .collect();
    let written = results.iter().filter(|r| r.is_ok()).count();
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
    results.into_iter().collect::<Result<(), String>>()?;
    Ok(status(tally, false))
}
