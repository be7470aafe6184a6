//! `sopan build`: check, then write each clean file's outputs.

use sopan_diagnostics::render;

use crate::args::{BuildArgs, BuildFormat};
use crate::check::{Tally, use_color};
use crate::compile::compile;
use crate::{Io, Status, files, write};

pub(crate) fn run(args: &BuildArgs, io: &mut Io<'_>) -> Result<Status, String> {
    let inputs = files::discover(&args.paths)?;
    let color = use_color(&args.output, io);
    let stderr = &mut *io.stderr;
    let mut tally = Tally::default();
    let mut written = 0usize;
    let mut formats = args.format.clone();
    formats.sort_unstable();
    formats.dedup();
    for input in &inputs {
        let bytes = std::fs::read(&input.path)
            .map_err(|e| format!("cannot read {}: {e}", input.display))?;
        let unit = compile(&input.display, &bytes);
        tally.add(&unit);
        let text = render(&unit.file, &unit.diagnostics, color, 100);
        stderr
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?;
        let Some(sop) = &unit.sop else { continue };
        for format in &formats {
            let contents = match format {
                BuildFormat::Json => sopan_json::render(sop),
            };
            let target = args
                .out
                .join(&input.out_stem)
                .with_extension(format.extension());
            write::atomic(&target, contents.as_bytes())?;
            written += 1;
        }
    }
    let summary = tally.summary(inputs.len());
    writeln!(
        stderr,
        "{summary}; wrote {written} output{}",
        if written == 1 { "" } else { "s" }
    )
    .map_err(|e| e.to_string())?;
    Ok(tally.status(false))
}
