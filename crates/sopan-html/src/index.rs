//! `index.html`: the list of a repository's SOPs that `sopan build DIR --format html` writes
//! beside the sheets, for an office to browse and print from.
//!
//! One row per `.sop` file in build order (so a folder's SOPs stay together): nama, nomor,
//! unit, tanggal efektif and a link to the sheet; a file that had errors keeps its row, with
//! the number of errors in place of the link, so nobody mistakes a missing sheet for a
//! missing SOP. Like the sheets, the page is self-contained and runs no script.

use std::fmt::Write as _;

use sopan_check::model::Sop;

use crate::date::tanggal;
use crate::escape::{escape, escape_into};

/// One row of the index.
#[derive(Clone, Copy, Debug)]
pub struct IndexEntry<'a> {
    /// The source file, as diagnostics name it.
    pub source: &'a str,
    /// The sheet's path relative to the index, with `/` separators.
    pub href: &'a str,
    /// The checked SOP; `None` when the file had errors and got no sheet.
    pub sop: Option<&'a Sop>,
    /// How many errors the file had.
    pub errors: usize,
}

/// The index page of `entries`.
#[must_use]
pub fn render_index(entries: &[IndexEntry<'_>]) -> String {
    let built = entries.iter().filter(|e| e.sop.is_some()).count();
    let mut out = String::with_capacity(4096 + 512 * entries.len());
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"Sopan\">\n<title>Daftar SOP</title>\n<style>\n",
    );
    out.push_str(INDEX_CSS);
    out.push_str("</style>\n</head>\n<body>\n<h1>Daftar SOP</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"count\">{built} dari {} SOP dibangun.</p>",
        entries.len()
    );
    out.push_str(
        "<table>\n<thead><tr><th>No</th><th>Nama SOP</th><th>Nomor</th><th>Unit</th>\
         <th>Tanggal Efektif</th><th>Lembar</th></tr></thead>\n<tbody>\n",
    );
    for (n, entry) in entries.iter().enumerate() {
        let _ = write!(out, "<tr><td class=\"no\">{}</td>", n + 1);
        let Some(sop) = entry.sop else {
            out.push_str("<td colspan=\"4\" class=\"failed\">");
            escape_into(&mut out, entry.source, false);
            let _ = writeln!(
                out,
                "</td><td class=\"failed\">tidak dibangun: {} kesalahan</td></tr>",
                entry.errors
            );
            continue;
        };
        out.push_str("<td>");
        escape_into(&mut out, &sop.nama, false);
        out.push_str("</td><td>");
        escape_into(&mut out, &sop.nomor, false);
        out.push_str("</td><td>");
        escape_into(&mut out, &sop.instansi.join(", "), false);
        let _ = write!(
            out,
            "</td><td class=\"date\">{}</td><td><a href=\"{}\">",
            escape(&tanggal(sop.efektif)),
            escape(&percent_encode(entry.href))
        );
        escape_into(&mut out, entry.source, false);
        out.push_str("</a></td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

const INDEX_CSS: &str = "\
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 13px; margin: 24px; color: #000; }
h1 { font-size: 20px; margin: 0 0 4px; }
.count { margin: 0 0 12px; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.no, td.date { white-space: nowrap; }
td.failed { color: #a00; }
";

/// `path` as a URL path: every byte but unreserved characters and `/` percent-encoded, so
/// spaces, `#` and `?` in file names link where they should.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{IndexEntry, percent_encode, render_index};

    #[test]
    fn hrefs_are_percent_encoded() {
        assert_eq!(percent_encode("a b/c#1?.html"), "a%20b/c%231%3F.html");
        assert_eq!(percent_encode("kelurahan/sktm.html"), "kelurahan/sktm.html");
    }

    #[test]
    fn a_failed_file_keeps_its_row_and_escapes_its_name() {
        let html = render_index(&[IndexEntry {
            source: "<b>rusak</b>.sop",
            href: "rusak.html",
            sop: None,
            errors: 2,
        }]);
        assert!(html.contains("&lt;b&gt;rusak&lt;/b&gt;.sop"));
        assert!(html.contains("tidak dibangun: 2 kesalahan"));
        assert!(html.contains("0 dari 1 SOP dibangun."));
        assert!(!html.contains("<a href"));
    }
}
