//! Page 1: the identity block of the Permenpan sheet.
//!
//! Left, the logo and the unit's name; right, Nomor, the three dates, Disahkan oleh (post,
//! room for the signature, name, rank, NIP) and Nama SOP; below, the three two-column rows
//! of numbered lists, then any extra sections the office adds.

use sopan_check::model::{Catatan, Sop};

use crate::date::tanggal;
use crate::escape::{escape, escape_into};

/// The identity page's HTML; `logo` is the logo as a `data:` URI, when there is one.
pub(crate) fn page(sop: &Sop, logo: Option<&str>) -> String {
    let mut out = String::new();
    out.push_str("<section class=\"page identitas\">\n<table class=\"id-head\">\n<colgroup><col class=\"id-unit\"><col class=\"id-key\"><col class=\"id-value\"></colgroup>\n");
    out.push_str("<tr><td class=\"unit\" rowspan=\"6\">");
    if let Some(uri) = logo {
        out.push_str("<img class=\"logo\" alt=\"\" src=\"");
        escape_into(&mut out, uri, false);
        out.push_str("\">");
    }
    for line in &sop.instansi {
        out.push_str("<div class=\"unit-line\">");
        escape_into(&mut out, line, true);
        out.push_str("</div>");
    }
    out.push_str("</td>");
    let revisi = sop.revisi.map_or_else(|| "-".to_owned(), tanggal);
    row(&mut out, "Nomor SOP", &escape(&sop.nomor), false);
    row(
        &mut out,
        "Tgl. Pembuatan",
        &escape(&tanggal(sop.dibuat)),
        true,
    );
    row(&mut out, "Tgl. Revisi", &escape(&revisi), true);
    row(
        &mut out,
        "Tgl. Efektif",
        &escape(&tanggal(sop.efektif)),
        true,
    );
    row(&mut out, "Disahkan Oleh", &signer(sop), true);
    row(
        &mut out,
        "Nama SOP",
        &format!("<strong>{}</strong>", escape(&sop.nama)),
        true,
    );
    out.push_str("</table>\n<table class=\"id-lists\">\n");
    let related: Vec<String> = sop.keterkaitan.iter().map(|k| k.nama.clone()).collect();
    pair(
        &mut out,
        ("Dasar Hukum", &sop.dasar_hukum),
        ("Kualifikasi Pelaksana", &sop.kualifikasi),
    );
    pair(
        &mut out,
        ("Keterkaitan", &related),
        ("Peralatan/Perlengkapan", &sop.peralatan),
    );
    pair(
        &mut out,
        ("Peringatan", &sop.peringatan),
        ("Pencatatan dan Pendataan", &sop.pencatatan),
    );
    for extra in &sop.bagian {
        out.push_str("<tr><th colspan=\"2\">");
        escape_into(&mut out, &extra.judul, true);
        out.push_str("</th></tr>\n<tr><td colspan=\"2\">");
        list(&mut out, &extra.isi);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</table>\n</section>\n");
    out
}

/// One key/value row of the right-hand block; `open` starts a new `<tr>` (the first row
/// shares its `<tr>` with the unit cell).
fn row(out: &mut String, key: &str, value_html: &str, open: bool) {
    if open {
        out.push_str("<tr>");
    }
    out.push_str("<th class=\"key\">");
    out.push_str(key);
    out.push_str("</th><td class=\"value\">");
    out.push_str(value_html);
    out.push_str("</td></tr>\n");
}

/// The signature block: post, room to sign, name, rank, NIP.
fn signer(sop: &Sop) -> String {
    let d = &sop.disahkan;
    let mut out = String::from("<div class=\"post\">");
    escape_into(&mut out, &d.jabatan, true);
    out.push_str("</div><div class=\"sign-space\"></div>");
    if let Some(nama) = &d.nama {
        out.push_str("<div class=\"signer\">");
        escape_into(&mut out, nama, true);
        out.push_str("</div>");
    }
    if let Some(pangkat) = &d.pangkat {
        out.push_str("<div>");
        escape_into(&mut out, pangkat, true);
        out.push_str("</div>");
    }
    if let Some(nip) = &d.nip {
        out.push_str("<div>NIP ");
        escape_into(&mut out, &nip.grouped(), false);
        out.push_str("</div>");
    }
    out
}

/// A row of two headed, numbered lists.
fn pair(out: &mut String, left: (&str, &[String]), right: (&str, &[String])) {
    out.push_str("<tr><th>");
    out.push_str(left.0);
    out.push_str("</th><th>");
    out.push_str(right.0);
    out.push_str("</th></tr>\n<tr><td>");
    list(out, left.1);
    out.push_str("</td><td>");
    list(out, right.1);
    out.push_str("</td></tr>\n");
}

/// A numbered list, a single line as plain text, or nothing for an empty section.
pub(crate) fn list(out: &mut String, items: &[String]) {
    match items {
        [] => {}
        [one] => {
            out.push_str("<p>");
            escape_into(out, one, true);
            out.push_str("</p>");
        }
        many => {
            out.push_str("<ol>");
            for item in many {
                out.push_str("<li>");
                escape_into(out, item, true);
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
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
