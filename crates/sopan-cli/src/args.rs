//! The command-line interface, as clap derives it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Sopan: write Standard Operating Procedures as text, check them, and build \
the Permenpan-RB 35/2012 sheet.";

const EXAMPLES: &str = "\
Examples:
  sopan check examples/sktm-belimbing.sop     check one file
  sopan check .                               check every .sop file below this folder
  sopan build examples -o out                 build every example into out/";

/// Sopan's command line.
#[derive(Debug, Parser)]
#[command(name = "sopan", version, about = ABOUT, after_help = EXAMPLES, arg_required_else_help = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
    /// The language of every message: `id` (Bahasa Indonesia, the default) or `en`
    /// (English); wins over `SOPAN_BAHASA` and `bahasa:` in sopan.yaml. Read by the run
    /// before clap (see `Choice`), kept here so that clap accepts and documents it.
    #[arg(long, global = true, value_name = "BAHASA")]
    pub(crate) bahasa: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check .sop files and report every problem found.
    #[command(after_help = "\
Exit status: 0 when no error is found, 1 when errors are found (or warnings with
--deny-warnings), 2 when Sopan itself could not run (bad arguments, unreadable files).

Examples:
  sopan check permohonan.sop
  sopan check sop/ --deny-warnings
  sopan check . --format github          annotations in a GitHub Actions job
  sopan check . --format sarif > sopan.sarif")]
    Check(CheckArgs),
    /// Check .sop files and write their outputs.
    #[command(after_help = "\
Each output is written to a temporary file and renamed into place, so an output is either
the old file or the whole new one. A file with errors gets no output.

Examples:
  sopan build permohonan.sop -o out
  sopan build sop/ --format json -o build/sop")]
    Build(BuildArgs),
    /// Rewrite .sop files in the one canonical layout (docs/fmt.md).
    #[command(after_help = "\
A file is rewritten only when its layout changes, and only after a check that the new text
says exactly what the old one did. A file with syntax errors is left untouched.

Exit status: 0 when done (or, with --check or --diff, when every file is already
formatted), 1 with --check or --diff when a file would change, 2 when a file was not
formatted (syntax errors, unreadable) or Sopan itself could not run.

Examples:
  sopan fmt examples                 format every .sop file below examples/
  sopan fmt --check .                list the files that are not formatted
  sopan fmt --diff permohonan.sop    show what would change
  sopan fmt - < a.sop > b.sop        format standard input to standard output")]
    Fmt(FmtArgs),
    /// Write a commented starter .sop file and sopan.yaml into FOLDER (never over existing
    /// files).
    Init(InitArgs),
    /// Explain a rule: what a diagnostic code means and how to fix it.
    Aturan(AturanArgs),
    /// Serve the sheet of a .sop file (or an index of a folder's) on this computer only,
    /// rebuilt and reloaded in the browser at every save (docs/pratinjau.md).
    #[command(alias = "serve")]
    Pratinjau(PratinjauArgs),
    /// Run the language server for editors on standard input and output (docs/editors.md).
    #[command(after_help = "\
Started by an editor, not by hand: it speaks the Language Server Protocol on standard
input and output until the editor asks it to stop.")]
    Lsp(LspArgs),
}

/// Arguments of `sopan pratinjau`.
#[derive(Debug, Args)]
pub(crate) struct PratinjauArgs {
    /// The .sop file to preview, or a folder: then an index of its .sop files.
    #[arg(value_name = "PATH")]
    pub(crate) path: PathBuf,
    /// The port on 127.0.0.1 to serve on; 0 lets the system pick a free one.
    #[arg(long, value_name = "PORT", default_value_t = 0)]
    pub(crate) port: u16,
    /// Paper of the sheet; overrides `tata-letak.kertas`.
    #[arg(long, value_enum, value_name = "KERTAS")]
    pub(crate) kertas: Option<PaperArg>,
    /// Orientation of the paper; overrides `tata-letak.orientasi`.
    #[arg(long, value_enum, value_name = "ORIENTASI")]
    pub(crate) orientasi: Option<OrientationArg>,
}

/// Arguments of `sopan lsp`: none beyond `--bahasa`.
#[derive(Debug, Args)]
pub(crate) struct LspArgs {}

/// Arguments of `sopan fmt`.
#[derive(Debug, Args)]
pub(crate) struct FmtArgs {
    /// Files to format, or folders to search for .sop files; `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Write nothing; list the files that would change and exit with 1 if there are any.
    #[arg(long)]
    pub(crate) check: bool,
    /// Write nothing; show what would change as a unified diff, and exit with 1 if anything
    /// would.
    #[arg(long)]
    pub(crate) diff: bool,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
}

/// Arguments of `sopan init`.
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The folder to write the starter files into; created if missing.
    #[arg(value_name = "FOLDER")]
    pub(crate) folder: Option<PathBuf>,
}

/// Arguments of `sopan aturan`.
#[derive(Debug, Args)]
pub(crate) struct AturanArgs {
    /// The code to explain, e.g. SOP201; without it, every code with its title.
    #[arg(value_name = "KODE")]
    pub(crate) kode: Option<String>,
}

/// Arguments of `sopan check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Files to check, or folders to search for .sop files.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Exit with 1 when warnings are found, not only errors.
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// Exit with 0 even when errors are found (the tool failing still exits 2).
    #[arg(long, conflicts_with = "deny_warnings")]
    pub(crate) exit_zero: bool,
    /// How to report: for people, or for machines and CI.
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) format: ReportFormat,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) ci: CiArgs,
}

/// What CI runs need of `check` and `build` alike: which files, and how much is printed.
#[derive(Debug, Args)]
pub(crate) struct CiArgs {
    /// Leave out files and folders matching GLOB below the folders given (repeatable); a
    /// GLOB without `/` matches a name at any depth, like `.gitignore`.
    #[arg(long, value_name = "GLOB")]
    pub(crate) exclude: Vec<String>,
    /// Print only the diagnostics, without the summary line.
    #[arg(short, long)]
    pub(crate) quiet: bool,
    /// The name of the SOP read from standard input (`-`): the name diagnostics show, and
    /// the folder whose sopan.yaml applies.
    #[arg(long, value_name = "NAME")]
    pub(crate) nama_berkas: Option<PathBuf>,
}

/// How `sopan check` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Diagnostics with source excerpts, and a summary line.
    Human,
    /// One JSON document (schema: docs/check.schema.json).
    Json,
    /// GitHub Actions annotations (`::error file=…::message`).
    Github,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// One line per diagnostic: `path:line:col: code message`.
    Concise,
    /// GitLab Code Quality JSON, for merge request widgets.
    Gitlab,
    /// `JUnit` XML, one test case per file, for CI test reports.
    Junit,
}

/// Arguments of `sopan build`.
#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    /// Files to build, or folders to search for .sop files.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Folder to write the outputs into; created if missing. Folders given as PATH keep
    /// their sub-folders below it.
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    pub(crate) out: PathBuf,
    /// Outputs to write, separated by commas; the printable sheet (`html`) unless told.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "html")]
    pub(crate) format: Vec<BuildFormat>,
    /// Paper of the HTML and PDF sheets and of paginated SVG; overrides `tata-letak.kertas`.
    #[arg(long, value_enum, value_name = "KERTAS")]
    pub(crate) kertas: Option<PaperArg>,
    /// Orientation of the paper; overrides `tata-letak.orientasi`.
    #[arg(long, value_enum, value_name = "ORIENTASI")]
    pub(crate) orientasi: Option<OrientationArg>,
    /// Split each flowchart SVG into pages of the paper, joined by off-page connectors:
    /// `<name>-1.svg`, `<name>-2.svg`, … instead of `<name>.svg`.
    #[arg(long)]
    pub(crate) paginate: bool,
    /// The PDF/A part of `--format pdf`: `a-2u`, or `a-3u` to embed the `.sop` source and
    /// the JSON model in the PDF.
    #[arg(long, value_enum, value_name = "STANDAR", default_value = "a-2u")]
    pub(crate) pdf_standar: PdfStandard,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    #[command(flatten)]
    pub(crate) ci: CiArgs,
}

/// How diagnostics are shown.
#[derive(Debug, Args)]
pub(crate) struct OutputArgs {
    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value = "auto")]
    pub(crate) color: ColorChoice,
}

/// The outputs `sopan build` can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub(crate) enum BuildFormat {
    /// The checked model as JSON (`<name>.json`), described by docs/sopan.schema.json.
    Json,
    /// The flowchart as one standalone SVG drawing (`<name>.svg`).
    Svg,
    /// The printable Permenpan sheet as one self-contained HTML file (`<name>.html`).
    Html,
    /// The same sheet as a PDF/A document (`<name>.pdf`), page for page.
    Pdf,
}

impl BuildFormat {
    /// The file extension of the output.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            BuildFormat::Json => "json",
            BuildFormat::Svg => "svg",
            BuildFormat::Html => "html",
            BuildFormat::Pdf => "pdf",
        }
    }
}

/// The PDF/A parts `sopan build --format pdf` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum PdfStandard {
    /// PDF/A-2u: archivable, its text searchable and copyable.
    #[value(name = "a-2u")]
    A2u,
    /// PDF/A-3u: as a-2u, with the `.sop` source and the JSON model embedded.
    #[value(name = "a-3u")]
    A3u,
}

/// Paper sizes, as `tata-letak.kertas` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum PaperArg {
    /// A4, 210 × 297 mm.
    A4,
    /// F4 (folio), 210 × 330 mm.
    F4,
    /// US Letter.
    Letter,
    /// US Legal.
    Legal,
}

impl From<PaperArg> for sopan_config::Kertas {
    fn from(paper: PaperArg) -> Self {
        match paper {
            PaperArg::A4 => sopan_config::Kertas::A4,
            PaperArg::F4 => sopan_config::Kertas::F4,
            PaperArg::Letter => sopan_config::Kertas::Letter,
            PaperArg::Legal => sopan_config::Kertas::Legal,
        }
    }
}

/// Orientations, as `tata-letak.orientasi` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum OrientationArg {
    /// Landscape (the default).
    Lanskap,
    /// Portrait.
    Potret,
}

impl From<OrientationArg> for sopan_config::Orientasi {
    fn from(orientation: OrientationArg) -> Self {
        match orientation {
            OrientationArg::Lanskap => sopan_config::Orientasi::Lanskap,
            OrientationArg::Potret => sopan_config::Orientasi::Potret,
        }
    }
}

/// When to colour.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}
