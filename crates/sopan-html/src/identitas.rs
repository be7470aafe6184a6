//! What the procedure pages still take from the identity page: the title above the
//! procedure table and the Keterangan words. Page 1 itself is laid out by
//! `sopan_layout::sheet::identity` and drawn by `page.rs`.

use sopan_check::model::{Catatan, Sop};

use crate::escape::escape_into;

/// The title printed above the procedure table, on its first page, when the office's
/// template has one.
pub(crate) fn judul_prosedur(out: &mut String, title: Option<&str>) {
    if let Some(title) = title {
        out.push_str("<div class=\"judul-prosedur\">");
        escape_into(out, title, false);
        out.push_str("</div>\n");
    }
}

/// The Keterangan cell's lines: free text, or the name of the related SOP an id names.
pub(crate) fn keterangan(sop: &Sop, notes: &[Catatan]) -> Vec<String> {
    notes
        .iter()
        .map(|note| match note {
            Catatan::Teks(text) => text.clone(),
            Catatan::Keterkaitan(i) => sop
                .keterkaitan
                .get(*i)
                .map(|k| k.nama.clone())
                .unwrap_or_default(),
        })
        .collect()
}
