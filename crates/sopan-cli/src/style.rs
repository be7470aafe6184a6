//! The office's `tata-letak` settings (the YAML vocabulary of sopan-config) as the
//! sheet's style (the plain settings sopan-layout lays the sheet out with).

use sopan_config::{BagianIdentitas, Daftar, KolomMutu, Layout, Orientasi, Penanda};
use sopan_layout::ConnectorStyle;
use sopan_layout::sheet::{
    ColumnHeadings, IdentityLabels, ListStyle, Mutu, Orientation, Paper, PaperSize, Section,
    SheetStyle,
};

/// The style `layout` asks for; every unset key keeps the Permenpan default.
#[must_use]
pub fn of(layout: &Layout) -> SheetStyle {
    let d = SheetStyle::default();
    let pick = |value: Option<&String>, default: &String| value.unwrap_or(default).clone();
    let judul = layout.judul_kolom.clone().unwrap_or_default();
    let columns = ColumnHeadings {
        no: d.columns.no.clone(),
        uraian: pick(judul.uraian.as_ref(), &d.columns.uraian),
        kelengkapan: pick(judul.kelengkapan.as_ref(), &d.columns.kelengkapan),
        waktu: pick(judul.waktu.as_ref(), &d.columns.waktu),
        output: pick(judul.output.as_ref(), &d.columns.output),
        keterangan: pick(judul.keterangan.as_ref(), &d.columns.keterangan),
    };
    let l = layout.judul_identitas.clone().unwrap_or_default();
    let dl = &d.labels;
    let labels = IdentityLabels {
        nomor: pick(l.nomor.as_ref(), &dl.nomor),
        dibuat: pick(l.dibuat.as_ref(), &dl.dibuat),
        revisi: pick(l.revisi.as_ref(), &dl.revisi),
        efektif: pick(l.efektif.as_ref(), &dl.efektif),
        disahkan: pick(l.disahkan.as_ref(), &dl.disahkan),
        nama: pick(l.nama.as_ref(), &dl.nama),
        dasar_hukum: pick(l.dasar_hukum.as_ref(), &dl.dasar_hukum),
        kualifikasi: pick(l.kualifikasi.as_ref(), &dl.kualifikasi),
        keterkaitan: pick(l.keterkaitan.as_ref(), &dl.keterkaitan),
        peralatan: pick(l.peralatan.as_ref(), &dl.peralatan),
        peringatan: pick(l.peringatan.as_ref(), &dl.peringatan),
        pencatatan: pick(l.pencatatan.as_ref(), &dl.pencatatan),
    };
    let kelompok = layout.judul_kelompok.clone().unwrap_or_default();
    SheetStyle {
        paper: Paper {
            size: match layout.kertas.unwrap_or(sopan_config::Kertas::A4) {
                sopan_config::Kertas::A4 => PaperSize::A4,
                sopan_config::Kertas::F4 => PaperSize::F4,
                sopan_config::Kertas::Letter => PaperSize::Letter,
                sopan_config::Kertas::Legal => PaperSize::Legal,
            },
            orientation: match layout.orientasi.unwrap_or(Orientasi::Lanskap) {
                Orientasi::Lanskap => Orientation::Landscape,
                Orientasi::Potret => Orientation::Portrait,
            },
        },
        connectors: match layout.penanda {
            Some(Penanda::Huruf) => ConnectorStyle::Huruf,
            Some(Penanda::Angka) | None => ConnectorStyle::Angka,
        },
        columns,
        groups: (
            pick(kelompok.pelaksana.as_ref(), &d.groups.0),
            pick(kelompok.mutu_baku.as_ref(), &d.groups.1),
        ),
        mutu: layout
            .urutan_mutu_baku
            .as_deref()
            .map_or(d.mutu.clone(), |order| {
                order
                    .iter()
                    .map(|m| match m {
                        KolomMutu::Kelengkapan => Mutu::Kelengkapan,
                        KolomMutu::Waktu => Mutu::Waktu,
                        KolomMutu::Output => Mutu::Output,
                    })
                    .collect()
            }),
        column_numbers: layout.nomor_kolom.unwrap_or(d.column_numbers),
        keterangan: layout.kolom_keterangan.unwrap_or(d.keterangan),
        repeat_header: layout.ulang_kepala.unwrap_or(d.repeat_header),
        labels,
        title: layout.judul_prosedur.clone(),
        lists: match layout.daftar.unwrap_or(Daftar::Nomor) {
            Daftar::Nomor => ListStyle::Numbered,
            Daftar::Butir => ListStyle::Bulleted,
            Daftar::Baris => ListStyle::Lines,
        },
        left_out: layout
            .tanpa
            .iter()
            .flatten()
            .map(|b| match b {
                BagianIdentitas::DasarHukum => Section::DasarHukum,
                BagianIdentitas::Kualifikasi => Section::Kualifikasi,
                BagianIdentitas::Keterkaitan => Section::Keterkaitan,
                BagianIdentitas::Peralatan => Section::Peralatan,
                BagianIdentitas::Peringatan => Section::Peringatan,
                BagianIdentitas::Pencatatan => Section::Pencatatan,
            })
            .collect(),
        totals: layout.jumlah_waktu.unwrap_or(d.totals),
        procedure_on_first_page: layout
            .prosedur_di_halaman_1
            .unwrap_or(d.procedure_on_first_page),
    }
}
