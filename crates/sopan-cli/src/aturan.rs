//! `sopan aturan`: a rule's documentation in the terminal, from docs/diagnostics.md as it
//! was when Sopan was built, so the explanation always matches the binary.

use std::fmt::Write as _;

use sopan_diagnostics::{Bahasa, Code, Message, terminal_text};

use crate::args::AturanArgs;
use crate::{Failure, Io, Status};

/// The reference of every code, compiled in.
const DIAGNOSTICS_MD: &str = include_str!("../../../docs/diagnostics.md");

/// Width the explanation is wrapped at: a terminal's usual 80 columns.
const WIDTH: usize = 80;

pub(crate) fn run(args: &AturanArgs, io: &mut Io<'_>, bahasa: Bahasa) -> Result<Status, Failure> {
    let text = match &args.kode {
        None => list(bahasa),
        Some(asked) => match asked.trim().parse::<Code>() {
            Ok(code) => explain(code, bahasa),
            Err(()) => return Err(unknown(asked)),
        },
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| Message::new("cli-laporan-tidak-tertulis").arg("alasan", e.to_string()))?;
    Ok(Status::Clean)
}

/// Every code with its title, one a line.
fn list(bahasa: Bahasa) -> String {
    let mut out = String::new();
    for code in Code::ALL {
        let severity = match code.default_severity() {
            sopan_diagnostics::Severity::Error => Message::new("cli-tingkat-galat"),
            sopan_diagnostics::Severity::Warning => Message::new("cli-tingkat-peringatan"),
        };
        let _ = writeln!(
            out,
            "{}  {:<11} {}",
            code.as_str(),
            severity.render(bahasa),
            code.title_message().render(bahasa)
        );
    }
    out.push('\n');
    out.push_str(&Message::new("cli-aturan-petunjuk").render(bahasa));
    out.push('\n');
    out
}

/// The section `## SOPnnn: …` of docs/diagnostics.md, as plain wrapped text, with the
/// title in the reader's language and the address of the full page.
fn explain(code: Code, bahasa: Bahasa) -> String {
    let mut out = format!(
        "{}: {}\n\n",
        code.as_str(),
        code.title_message().render(bahasa)
    );
    let body = section(code).unwrap_or_default();
    out.push_str(&plain(body));
    let _ = writeln!(
        out,
        "\n{}: {}",
        Message::new("cli-aturan-selengkapnya").render(bahasa),
        code.docs_url()
    );
    out
}

/// The text under the code's heading, up to the next heading of that level.
pub(crate) fn section(code: Code) -> Option<&'static str> {
    let heading = format!("## {}:", code.as_str());
    let start = DIAGNOSTICS_MD
        .match_indices(&heading)
        .find(|(at, _)| *at == 0 || DIAGNOSTICS_MD.as_bytes()[at - 1] == b'\n')?
        .0;
    let rest = &DIAGNOSTICS_MD[start..];
    let body_start = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let body = &rest[body_start..];
    let end = body.find("\n## ").map_or(body.len(), |i| i + 1);
    Some(body[..end].trim_matches('\n'))
}

/// The paragraph "What it checks." of a code's section, as plain text, for SARIF's
/// `fullDescription`.
pub(crate) fn what_it_checks(code: Code) -> Option<String> {
    let body = section(code)?;
    let paragraph = body
        .split("\n\n")
        .find(|p| p.starts_with("**What it checks.**"))?;
    let text = paragraph
        .trim_start_matches("**What it checks.**")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(inline(&text))
}

/// Markdown as a terminal shows it: paragraphs wrapped, emphasis marks and link targets
/// dropped, code blocks indented as they are.
fn plain(markdown: &str) -> String {
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_code = false;
    let flush = |paragraph: &mut Vec<&str>, out: &mut String| {
        if paragraph.is_empty() {
            return;
        }
        let joined = paragraph.join(" ");
        let cleaned = inline(&joined);
        let first = paragraph[0];
        let indent = if first.starts_with("- ") || first.starts_with("* ") {
            "  "
        } else {
            ""
        };
        let options = textwrap::Options::new(WIDTH).subsequent_indent(indent);
        out.push_str(&textwrap::fill(&cleaned, options));
        out.push('\n');
        paragraph.clear();
    };
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut out);
            in_code = !in_code;
            if !in_code {
                out.push('\n');
            }
            continue;
        }
        if in_code {
            out.push_str("    ");
            out.push_str(&terminal_text(line));
            out.push('\n');
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut paragraph, &mut out);
            if !out.ends_with("\n\n") && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        // A list item starts a paragraph of its own.
        if line.starts_with("- ") || line.starts_with("* ") || line.starts_with('|') {
            flush(&mut paragraph, &mut out);
        }
        paragraph.push(line.trim());
    }
    flush(&mut paragraph, &mut out);
    out.trim_end_matches('\n').to_owned() + "\n"
}

/// One paragraph without Markdown's marks: `**bold**` and `[text](target)` keep their text.
fn inline(text: &str) -> String {
    let text = text.replace("**", "");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    terminal_text(&out).into_owned()
}

/// An unknown code, with the nearest known ones.
fn unknown(asked: &str) -> Failure {
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let upper = asked.trim().to_ascii_uppercase();
    // A bare number is the code without its prefix.
    let upper = if upper.bytes().all(|b| b.is_ascii_digit()) && !upper.is_empty() {
        format!("SOP{upper:0>3}")
    } else {
        upper.replace('O', "0").replacen("S0P", "SOP", 1)
    };
    let distance = |c: &str| strsim::levenshtein(c, &upper);
    let closest = codes
        .iter()
        .map(|c| distance(c))
        .min()
        .unwrap_or(usize::MAX);
    let near: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| closest <= 1 && distance(c) == closest)
        .collect();
    let help = if near.is_empty() {
        Message::new("cli-aturan-kode-tidak-dikenal.daftar")
    } else {
        Message::new("cli-aturan-kode-tidak-dikenal.help").arg("saran", near.join(", "))
    };
    Failure {
        message: Message::new("cli-aturan-kode-tidak-dikenal").arg("kode", asked),
        help: Some(help),
    }
}
