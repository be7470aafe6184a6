//! `index.html`: the list of a repository's SOPs that `sopan build DIR --format html` writes
//! beside the sheets, for an office to browse and print from.
//!
//! One row per `.sop` file in build order (so a folder's SOPs stay together): nama, nomor,
//! unit, tanggal efektif and a link to the sheet; a file that had errors keeps its row, with
//! the number of errors in place of the link, so nobody mistakes a missing sheet for a
//! missing SOP; so does one whose sheet could not be written (a full disk), which is not
//! linked. Like the sheets, the page is self-contained and runs no script.
//!
//! A link is built from the sheet's path segments, each percent-encoded whole: a file name
//! holding `\`, `:`, `?` or bytes that are not UTF-8 stays one segment of a relative path,
//! so no file name can make a link leave the folder or the site.

use std::fmt::Write as _;

use sopan_check::model::Sop;

use crate::escape::{escape, escape_into};
use sopan_layout::sheet::tanggal;

/// One row of the index.
#[derive(Clone, Copy, Debug)]
pub struct IndexEntry<'a> {
    /// The source file, relative to the folder that was built (never a machine path).
    pub source: &'a str,
    /// The sheet's path relative to the index, one item per path segment, as the bytes of
    /// the file and folder names; `None` when no sheet was written.
    pub sheet: Option<&'a [Vec<u8>]>,
    /// The checked SOP; `None` when the file had errors and got no sheet.
    pub sop: Option<&'a Sop>,
    /// How many errors the file had.
    pub errors: usize,
    /// The sheet's printed pages, as its layout counted them; `None` without a sheet.
    pub pages: Option<usize>,
}

/// The index page of `entries`.
#[must_use]
pub fn render_index(entries: &[IndexEntry<'_>]) -> String {
    let built = entries
        .iter()
        .filter(|e| e.sop.is_some() && e.sheet.is_some())
        .count();
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
         <th>Tanggal Efektif</th><th>Lembar</th><th>Halaman</th></tr></thead>\n<tbody>\n",
    );
    for (n, entry) in entries.iter().enumerate() {
        let _ = write!(out, "<tr><td class=\"no\">{}</td>", n + 1);
        let Some(sop) = entry.sop else {
            out.push_str("<td colspan=\"4\" class=\"failed\">");
            escape_into(&mut out, entry.source, false);
            let _ = writeln!(
                out,
                "</td><td class=\"failed\" colspan=\"2\">tidak dibangun: {} kesalahan</td></tr>",
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
            "</td><td class=\"date\">{}</td>",
            escape(&tanggal(sop.efektif))
        );
        let Some(sheet) = entry.sheet else {
            out.push_str("<td class=\"failed\">");
            escape_into(&mut out, entry.source, false);
            out.push_str(": lembar tidak tertulis</td><td></td></tr>\n");
            continue;
        };
        let _ = write!(out, "<td><a href=\"{}\">", escape(&href(sheet)));
        escape_into(&mut out, entry.source, false);
        out.push_str("</a></td><td class=\"no\">");
        if let Some(pages) = entry.pages {
            let _ = write!(out, "{pages}");
        }
        out.push_str("</td></tr>\n");
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

/// The relative URL of a sheet from its path segments: every byte of a segment but the
/// unreserved characters percent-encoded, segments joined by `/`. A segment never starts a
/// scheme (`:` is encoded), an authority (`/` and `\` are encoded, no segment is empty) or
/// a parent step (`.` and `..` are encoded), so the link stays below the index.
fn href(segments: &[Vec<u8>]) -> String {
    let mut out = String::new();
    for (n, segment) in segments.iter().enumerate() {
        if n > 0 {
            out.push('/');
        }
        let dots = segment.iter().all(|&b| b == b'.');
        for &byte in segment {
            if byte.is_ascii_alphanumeric() || b"-_~".contains(&byte) || (byte == b'.' && !dots) {
                out.push(char::from(byte));
            } else {
                let _ = write!(out, "%{byte:02X}");
            }
        }
        if segment.is_empty() {
            out.push_str("%20");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{IndexEntry, href, render_index};

    fn segments(parts: &[&[u8]]) -> Vec<Vec<u8>> {
        parts.iter().map(|p| p.to_vec()).collect()
    }

    #[test]
    fn hrefs_are_percent_encoded_segments() {
        assert_eq!(
            href(&segments(&[b"a b", b"c#1?.html"])),
            "a%20b/c%231%3F.html"
        );
        assert_eq!(
            href(&segments(&[b"kelurahan", b"sktm.html"])),
            "kelurahan/sktm.html"
        );
    }

    #[test]
    fn no_file_name_makes_a_link_leave_the_folder() {
        // A name with backslashes (a UNC path on Windows), a scheme, a slash-like name and
        // bytes that are not UTF-8 each stay one relative segment.
        assert_eq!(
            href(&segments(&[b"\\\\evil.example\\x.html"])),
            "%5C%5Cevil.example%5Cx.html"
        );
        assert_eq!(
            href(&segments(&[b"javascript:x.html"])),
            "javascript%3Ax.html"
        );
        assert_eq!(href(&segments(&[b"..", b"x.html"])), "%2E%2E/x.html");
        assert_eq!(href(&segments(&[b"\xFFsop.html"])), "%FFsop.html");
    }

    #[test]
    fn a_failed_file_keeps_its_row_and_escapes_its_name() {
        let html = render_index(&[IndexEntry {
            source: "<b>rusak</b>.sop",
            sheet: None,
            sop: None,
            errors: 2,
            pages: None,
        }]);
        assert!(html.contains("&lt;b&gt;rusak&lt;/b&gt;.sop"));
        assert!(html.contains("tidak dibangun: 2 kesalahan"));
        assert!(html.contains("0 dari 1 SOP dibangun."));
        assert!(!html.contains("<a href"));
    }
}
