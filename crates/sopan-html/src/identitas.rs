//! Page 1: the identity block of the Permenpan sheet.
//!
//! Left, the logo and the unit's name; right, Nomor, the three dates, Disahkan oleh (post,
//! room for the signature, name, rank, NIP) and Nama SOP; below, the three two-column rows
//! of numbered lists, then any extra sections the office adds.

use std::fmt::Write as _;

use sopan_check::model::{Catatan, DaftarIdentitas, Sop};
use sopan_config::{BagianIdentitas, Daftar, Layout};

use crate::cells::shown;

use crate::date::tanggal;
use crate::escape::{escape, escape_into};

/// The identity page's HTML; `logo` is the logo as a `data:` URI, when there is one.
/// `layout` gives the labels, the sections left out and how lists are marked.
pub(crate) fn page(sop: &Sop, logo: Option<&str>, layout: &Layout) -> String {
    let labels = layout.judul_identitas.clone().unwrap_or_default();
    let label = |value: &Option<String>, default: &str| escape(value.as_deref().unwrap_or(default));
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
    row(
        &mut out,
        &label(&labels.nomor, "Nomor SOP"),
        &escape(&sop.nomor),
        false,
    );
    row(
        &mut out,
        &label(&labels.dibuat, "Tgl. Pembuatan"),
        &escape(&tanggal(sop.dibuat)),
        true,
    );
    row(
        &mut out,
        &label(&labels.revisi, "Tgl. Revisi"),
        &escape(&revisi),
        true,
    );
    row(
        &mut out,
        &label(&labels.efektif, "Tgl. Efektif"),
        &escape(&tanggal(sop.efektif)),
        true,
    );
    row(
        &mut out,
        &label(&labels.disahkan, "Disahkan Oleh"),
        &signer(sop),
        true,
    );
    row(
        &mut out,
        &label(&labels.nama, "Nama SOP"),
        &format!("<strong>{}</strong>", escape(&sop.nama)),
        true,
    );
    out.push_str("</table>\n<table class=\"id-lists\">\n");
    lists(&mut out, sop, layout);
    out.push_str("</table>\n</section>\n");
    out
}

/// The list sections of the identity page, then the office's own sections.
fn lists(out: &mut String, sop: &Sop, layout: &Layout) {
    let labels = layout.judul_identitas.clone().unwrap_or_default();
    let label = |value: &Option<String>, default: &str| escape(value.as_deref().unwrap_or(default));
    let daftar = layout.daftar.unwrap_or(Daftar::Nomor);
    let related: Vec<String> = sop.keterkaitan.iter().map(|k| k.nama.clone()).collect();
    let sections = [
        (
            BagianIdentitas::DasarHukum,
            DaftarIdentitas::DasarHukum,
            &labels.dasar_hukum,
            "Dasar Hukum",
            &sop.dasar_hukum,
        ),
        (
            BagianIdentitas::Kualifikasi,
            DaftarIdentitas::Kualifikasi,
            &labels.kualifikasi,
            "Kualifikasi Pelaksana",
            &sop.kualifikasi,
        ),
        (
            BagianIdentitas::Keterkaitan,
            DaftarIdentitas::Keterkaitan,
            &labels.keterkaitan,
            "Keterkaitan",
            &related,
        ),
        (
            BagianIdentitas::Peralatan,
            DaftarIdentitas::Peralatan,
            &labels.peralatan,
            "Peralatan/Perlengkapan",
            &sop.peralatan,
        ),
        (
            BagianIdentitas::Peringatan,
            DaftarIdentitas::Peringatan,
            &labels.peringatan,
            "Peringatan",
            &sop.peringatan,
        ),
        (
            BagianIdentitas::Pencatatan,
            DaftarIdentitas::Pencatatan,
            &labels.pencatatan,
            "Pencatatan dan Pendataan",
            &sop.pencatatan,
        ),
    ];
    let left_out = layout.tanpa.as_deref().unwrap_or_default();
    // The sections that remain fill the rows two by two, in the Permenpan order, so
    // leaving one out closes the gap; a last one alone spans the row.
    let kept: Vec<(String, Vec<String>)> = sections
        .into_iter()
        .filter(|(bagian, ..)| !left_out.contains(bagian))
        .map(|(_, daftar_id, custom, default, entries)| {
            (
                label(custom, default),
                shown(entries.clone(), sop.strip_identitas(daftar_id)),
            )
        })
        .collect();
    for pair in kept.chunks(2) {
        match pair {
            [left, right] => two(out, left, right, daftar),
            [alone] => whole(out, &alone.0, &alone.1, daftar),
            _ => {}
        }
    }
    for (i, extra) in sop.bagian.iter().enumerate() {
        let entries = shown(extra.isi.clone(), sop.strip.bagian.contains(&i));
        let mut heading = String::new();
        escape_into(&mut heading, &extra.judul, true);
        whole(out, &heading, &entries, daftar);
    }
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

/// A row of two headed lists; the headings are HTML.
fn two(
    out: &mut String,
    left: &(String, Vec<String>),
    right: &(String, Vec<String>),
    daftar: Daftar,
) {
    out.push_str("<tr><th>");
    out.push_str(&left.0);
    out.push_str("</th><th>");
    out.push_str(&right.0);
    out.push_str("</th></tr>\n<tr><td>");
    list(out, &left.1, daftar);
    out.push_str("</td><td>");
    list(out, &right.1, daftar);
    out.push_str("</td></tr>\n");
}

/// A headed list across the whole width; the heading is HTML.
fn whole(out: &mut String, heading: &str, entries: &[String], daftar: Daftar) {
    out.push_str("<tr><th colspan=\"2\">");
    out.push_str(heading);
    out.push_str("</th></tr>\n<tr><td colspan=\"2\">");
    list(out, entries, daftar);
    out.push_str("</td></tr>\n");
}

/// A list marked as `daftar` asks, a single line as plain text, or nothing for an empty
/// section.
pub(crate) fn list(out: &mut String, items: &[String], daftar: Daftar) {
    match (items, daftar) {
        ([], _) => {}
        ([one], _) => {
            out.push_str("<p>");
            escape_into(out, one, true);
            out.push_str("</p>");
        }
        (many, Daftar::Baris) => {
            for item in many {
                out.push_str("<p>");
                escape_into(out, item, true);
                out.push_str("</p>");
            }
        }
        (many, _) => {
            let tag = if daftar == Daftar::Butir { "ul" } else { "ol" };
            let _ = write!(out, "<{tag}>");
            for item in many {
                out.push_str("<li>");
                escape_into(out, item, true);
                out.push_str("</li>");
            }
            let _ = write!(out, "</{tag}>");
        }
    }
}

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
