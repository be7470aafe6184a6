//! `sopan pratinjau PATH`: the live preview. sopan-pratinjau serves and watches; this module
//! says what each page is. A sheet is what `sopan build PATH --format html` writes for the
//! file, built in memory by the same code (`build::html_sheet`) at each request after a
//! save, so the preview can never show another sheet than the build; a file that gets no
//! sheet gets a page of its diagnostics instead, as `sopan check` words them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sopan_diagnostics::{Bahasa, Message, SourceFile};
use sopan_html::escape_into;
use sopan_pratinjau::{Pages, Refusal, Scope, Server, Target};

use crate::args::PratinjauArgs;
use crate::args::{BuildArgs, BuildFormat, CiArgs, ColorChoice, OutputArgs, PdfStandard};
use crate::check::{WIDTH, configured_bahasa, discover, not_written};
use crate::files::{Input, absolute, cannot_read, display};
use crate::project::Project;
use crate::{Choice, Failure, Io, Status};

pub(crate) fn run(
    args: &PratinjauArgs,
    io: &mut Io<'_>,
    choice: Choice,
) -> Result<Status, Failure> {
    let shown = display(&args.path);
    let meta = std::fs::metadata(&args.path).map_err(|e| cannot_read(&shown, &e))?;
    let full = absolute(&args.path).map_err(|e| cannot_read(&shown, &e))?;
    let folder = meta.is_dir();
    let scope = if folder {
        Scope::Folder(full)
    } else {
        Scope::File(full)
    };
    let preview = Preview {
        build: build_args(args),
        choice,
        folder,
    };
    let bahasa = preview.bahasa(preview.inputs().ok().as_deref());
    let server = Server::bind(scope, args.port).map_err(|e| Failure {
        message: Message::new("pratinjau-tidak-dapat-mulai")
            .arg("port", usize::from(args.port))
            .arg("alasan", e.to_string()),
        help: Some(Message::new("pratinjau-tidak-dapat-mulai.help")),
    })?;
    // The first line is the address alone: the editor that started the preview opens what
    // it reads there.
    let said = Message::new("pratinjau-berjalan")
        .arg("jalur", shown)
        .render(bahasa);
    writeln!(io.stdout, "{}", server.url())
        .and_then(|()| writeln!(io.stdout, "{}", sopan_diagnostics::terminal_text(&said)))
        .and_then(|()| io.stdout.flush())
        .map_err(|e| not_written(&e))?;
    // Until Ctrl-C: the signal handler ends the process, which has nothing to clean up.
    server.serve(preview);
    Ok(Status::Clean)
}

/// The build whose HTML sheet a page shows: `sopan build PATH --format html` with the
/// paper of the command line.
fn build_args(args: &PratinjauArgs) -> BuildArgs {
    BuildArgs {
        paths: vec![args.path.clone()],
        out: PathBuf::new(),
        format: vec![BuildFormat::Html],
        kertas: args.kertas,
        orientasi: args.orientasi,
        paginate: false,
        pdf_standar: PdfStandard::A2u,
        output: OutputArgs {
            color: ColorChoice::Never,
        },
        ci: CiArgs {
            exclude: Vec::new(),
            quiet: false,
            nama_berkas: None,
        },
    }
}

/// The site: what the server asks for, answered from the files as they are now.
struct Preview {
    build: BuildArgs,
    choice: Choice,
    folder: bool,
}

impl Pages for Preview {
    fn page(&self, target: Target<'_>) -> Option<Vec<u8>> {
        let page = match target {
            Target::Index => self.index(),
            Target::File(path) => self.sheet(path)?,
        };
        Some(page.into_bytes())
    }

    fn refusal(&self, refusal: Refusal) -> String {
        let id = match refusal {
            Refusal::ForeignHost => "pratinjau-tolak-host",
            Refusal::NotFound => "pratinjau-tolak-tidak-ada",
            Refusal::Method => "pratinjau-tolak-metode",
            Refusal::Busy => "pratinjau-tolak-sibuk",
        };
        Message::new(id).render(self.bahasa(None))
    }
}

impl Preview {
    /// The `.sop` files of the path now, as `sopan build` finds them; or why there are
    /// none (nothing there, or the path cannot be read).
    fn inputs(&self) -> Result<Vec<Input>, Failure> {
        discover(&self.build.paths, &self.build.ci)
    }

    /// The language of the pages: the run's, or the `bahasa:` of the files' `sopan.yaml`.
    fn bahasa(&self, inputs: Option<&[Input]>) -> Bahasa {
        self.choice.with_config(inputs.and_then(configured_bahasa))
    }

    /// The sheet of `wanted`, or the page of what keeps it from being built; `None` for a
    /// file that is not one of the inputs (left out by `.gitignore` or `kecualikan`).
    fn sheet(&self, wanted: &Path) -> Option<String> {
        let inputs = match self.inputs() {
            Ok(inputs) => inputs,
            Err(why) => {
                let name = display(&self.build.paths[0]);
                let bahasa = self.bahasa(None);
                return Some(problem_page(&name, &said(&why, bahasa), bahasa));
            }
        };
        let bahasa = self.bahasa(Some(&inputs));
        let index = if self.folder {
            inputs.iter().position(|input| {
                std::fs::canonicalize(&input.path).ok().as_deref() == Some(wanted)
            })?
        } else {
            0
        };
        let name = inputs.get(index)?.display.clone();
        let mut project = match Project::load(inputs, None) {
            Ok(project) => project,
            Err(why) => return Some(problem_page(&name, &why.render(bahasa), bahasa)),
        };
        if let Some(sheet) = crate::build::html_sheet(&self.build, &mut project, index) {
            return Some(sheet);
        }
        let unit = project.units.get(index)?;
        let mut text = String::new();
        let configs = project
            .config_problems
            .iter()
            .map(|(f, d)| (f, d.as_slice()));
        let files = configs.chain([(&unit.file, unit.diagnostics.as_slice())]);
        for (file, diagnostics) in files {
            text.push_str(&report(file, diagnostics, bahasa));
        }
        Some(problem_page(&name, &text, bahasa))
    }

    /// The folder's index: each `.sop` file linked to its sheet, and whether it has one.
    fn index(&self) -> String {
        let folder = display(&self.build.paths[0]);
        let (bahasa, rows) = match self.inputs() {
            Ok(inputs) => {
                let bahasa = self.bahasa(Some(&inputs));
                let published: Vec<String> = inputs.iter().map(|i| i.published.clone()).collect();
                match Project::load(inputs, None) {
                    Ok(project) => (bahasa, Rows::Files(rows(&project, &published))),
                    Err(why) => (bahasa, Rows::None(why.render(bahasa))),
                }
            }
            Err(why) => {
                let bahasa = self.bahasa(None);
                (bahasa, Rows::None(said(&why, bahasa)))
            }
        };
        index_page(&folder, &rows, bahasa)
    }
}

/// A failure of the run as a page says it: the sentence, then what to do when that is known.
fn said(failure: &Failure, bahasa: Bahasa) -> String {
    let mut text = failure.message.render(bahasa);
    if let Some(help) = &failure.help {
        text.push(' ');
        text.push_str(&help.render(bahasa));
    }
    text
}

/// One file's diagnostics as `sopan check` prints them, without colour.
fn report(
    file: &SourceFile,
    diagnostics: &[sopan_diagnostics::Diagnostic],
    bahasa: Bahasa,
) -> String {
    sopan_diagnostics::render(file, diagnostics, bahasa, false, WIDTH)
}

/// The rows of the index, or why there are none.
enum Rows {
    Files(Vec<Row>),
    None(String),
}

struct Row {
    /// The path below the folder, as shown.
    source: String,
    /// The SOP's name, when it checked clean.
    nama: Option<String>,
    errors: usize,
}

fn rows(project: &Project, published: &[String]) -> Vec<Row> {
    project
        .units
        .iter()
        .zip(published)
        .map(|(unit, source)| Row {
            source: source.clone(),
            nama: unit.sop.as_ref().map(|sop| sop.nama.clone()),
            errors: unit.diagnostics.iter().filter(|d| d.is_error()).count(),
        })
        .collect()
}

/// The start of every page the preview makes: self-contained, and as strict as the sheet.
fn head(out: &mut String, title: &str, bahasa: Bahasa) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(bahasa.tag());
    out.push_str(
        "\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"Sopan\">\n<title>",
    );
    escape_into(out, title, false);
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<h1>");
    escape_into(out, title, false);
    out.push_str("</h1>\n");
}

/// The page shown instead of a sheet: what keeps it from being built, with the lines of
/// the file each diagnostic points at.
fn problem_page(name: &str, text: &str, bahasa: Bahasa) -> String {
    let mut out = String::with_capacity(2048 + text.len());
    let title = Message::new("pratinjau-galat-judul")
        .arg("berkas", name)
        .render(bahasa);
    head(&mut out, &title, bahasa);
    out.push_str("<p class=\"saran\">");
    escape_into(
        &mut out,
        &Message::new("pratinjau-galat-saran").render(bahasa),
        false,
    );
    out.push_str("</p>\n<pre>");
    escape_into(&mut out, text.trim_end(), false);
    out.push_str("</pre>\n</body>\n</html>\n");
    out
}

fn index_page(folder: &str, rows: &Rows, bahasa: Bahasa) -> String {
    let word = |id: &'static str| Message::new(id).render(bahasa);
    let mut out = String::with_capacity(4096);
    let title = Message::new("pratinjau-indeks-judul")
        .arg("folder", folder)
        .render(bahasa);
    head(&mut out, &title, bahasa);
    let files = match rows {
        Rows::Files(files) => files,
        Rows::None(why) => {
            out.push_str("<p class=\"saran\">");
            escape_into(&mut out, why, false);
            out.push_str("</p>\n</body>\n</html>\n");
            return out;
        }
    };
    out.push_str("<p class=\"saran\">");
    let count = Message::new("pratinjau-indeks-jumlah")
        .arg("jumlah", files.len())
        .render(bahasa);
    escape_into(&mut out, &count, false);
    out.push_str("</p>\n<table>\n<thead><tr>");
    for id in [
        "pratinjau-kolom-no",
        "pratinjau-kolom-berkas",
        "pratinjau-kolom-nama",
        "pratinjau-kolom-keadaan",
    ] {
        out.push_str("<th>");
        escape_into(&mut out, &word(id), false);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (n, row) in files.iter().enumerate() {
        let _ = write!(out, "<tr><td class=\"no\">{}</td><td><a href=\"", n + 1);
        escape_into(&mut out, &href(&row.source), false);
        out.push_str("\">");
        escape_into(&mut out, &row.source, false);
        out.push_str("</a></td><td>");
        escape_into(&mut out, row.nama.as_deref().unwrap_or(""), false);
        let state = if row.errors == 0 {
            out.push_str("</td><td>");
            word("pratinjau-siap")
        } else {
            out.push_str("</td><td class=\"gagal\">");
            Message::new("pratinjau-kesalahan")
                .arg("jumlah", row.errors)
                .render(bahasa)
        };
        escape_into(&mut out, &state, false);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

/// The link to a file's sheet: its path below the folder, each segment percent-encoded
/// whole but for letters, digits and `-._~` (a segment of dots alone encoded too), so no name
/// can make the link leave the site or name another file.
fn href(source: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    const NAME: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    source
        .split('/')
        .map(|segment| {
            let set = if segment.bytes().all(|b| b == b'.') {
                NON_ALPHANUMERIC
            } else {
                NAME
            };
            utf8_percent_encode(segment, set).to_string()
        })
        .collect::<Vec<String>>()
        .join("/")
}

const CSS: &str = "\
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 14px; margin: 24px; color: #000; }
h1 { font-size: 20px; margin: 0 0 8px; }
.saran { margin: 0 0 12px; color: #333; }
pre { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 13px; background: #f6f6f6; border: 1px solid #ccc; padding: 12px; overflow-x: auto; white-space: pre; }
table { border-collapse: collapse; }
th, td { border: 1px solid #888; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.no { text-align: right; }
td.gagal { color: #a00; }
";

#[cfg(test)]
mod tests {
    use super::{Row, Rows, href, index_page, problem_page};
    use sopan_diagnostics::Bahasa;

    #[test]
    fn names_and_diagnostics_are_escaped() {
        let rows = Rows::Files(vec![Row {
            source: "sub/<b>a&b.sop".to_owned(),
            nama: Some("\"><script>x</script>".to_owned()),
            errors: 0,
        }]);
        let page = index_page("<i>", &rows, Bahasa::Id);
        assert!(page.contains("href=\"sub/%3Cb%3Ea%26b.sop\""));
        assert!(page.contains(">sub/&lt;b&gt;a&amp;b.sop</a>"));
        assert!(page.contains("&quot;&gt;&lt;script&gt;x&lt;/script&gt;"));
        assert!(!page.contains("<script"));
        let problems = problem_page("<a>.sop", "  × <b>\n  │ \u{1b}[31m", Bahasa::En);
        assert!(problems.contains("&lt;b&gt;"));
        assert!(!problems.contains('\u{1b}'));
        assert!(problems.contains("<html lang=\"en\">"));
    }

    #[test]
    fn a_link_stays_one_path_below_the_folder() {
        assert_eq!(href("a b/c-d_e~.sop"), "a%20b/c-d_e~.sop");
        assert_eq!(href("../x.sop"), "%2E%2E/x.sop");
        assert_eq!(href("c:\\x?#.sop"), "c%3A%5Cx%3F%23.sop");
    }
}
