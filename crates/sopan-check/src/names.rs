//! How a message names a step or a symbol: its printed number, the start of its Uraian,
//! and, in a row of several symbols, which symbol (its kind and its pelaksana). The words
//! are the catalogue's (`periksa-nama-simbol`, `periksa-nama-tujuan`); this only fills in
//! the arguments those messages read.

use sopan_diagnostics::Message;

use crate::model::Jenis;
use crate::resolve::Draft;

/// A step or symbol as the arguments of a message.
pub(crate) struct Named {
    /// `langkah` (a step), `nomor` (a step by its number only), `simbol` (a symbol of a
    /// row of several, with its pelaksana) or `simbol-saja` (one without a known pelaksana).
    bentuk: &'static str,
    nomor: String,
    uraian: String,
    jenis: &'static str,
    pelaksana: String,
}

/// The catalogue's word for a kind of symbol, as `$jenis` selects it.
pub(crate) fn jenis(jenis: Jenis) -> &'static str {
    match jenis {
        Jenis::Mulai => "mulai",
        Jenis::Proses => "proses",
        Jenis::Keputusan => "keputusan",
        Jenis::Selesai => "selesai",
    }
}

impl Named {
    /// A step (a row of the table), by its printed number and the start of its Uraian.
    pub(crate) fn step(draft: &Draft, step: usize) -> Named {
        let row = &draft.sop.langkah[step];
        let text = row.uraian.lines().next().unwrap_or("");
        let short: String = text.chars().take(40).collect();
        let more = if short.len() < text.len() { "…" } else { "" };
        Named {
            bentuk: "langkah",
            nomor: row.nomor_cetak.clone(),
            uraian: format!("{short}{more}"),
            jenis: jenis(row.jenis),
            pelaksana: String::new(),
        }
    }

    /// A symbol: its step's name, and for a row of several symbols which one.
    pub(crate) fn symbol(draft: &Draft, symbol: usize) -> Named {
        let this = &draft.sop.simbol[symbol];
        let mut named = Named::step(draft, this.langkah);
        named.jenis = jenis(this.jenis);
        if draft.sop.langkah[this.langkah].simbol.len() < 2 {
            return named;
        }
        match this
            .pelaksana
            .first()
            .and_then(|&a| draft.sop.pelaksana.get(a))
        {
            Some(actor) => {
                named.bentuk = "simbol";
                named.pelaksana.clone_from(&actor.nama);
            }
            None => named.bentuk = "simbol-saja",
        }
        named
    }

    /// Where an arrow goes: the row by its number, or the symbol within a row of several.
    pub(crate) fn target(draft: &Draft, symbol: usize) -> Named {
        let mut named = Named::symbol(draft, symbol);
        if named.bentuk == "langkah" {
            named.bentuk = "nomor";
        }
        named
    }

    /// `message` with this name's arguments, for `periksa-nama-simbol`.
    pub(crate) fn args(&self, message: Message) -> Message {
        message
            .arg("bentuk", self.bentuk)
            .arg("nomor", self.nomor.as_str())
            .arg("uraian", self.uraian.as_str())
            .arg("jenis", self.jenis)
            .arg("pelaksana", self.pelaksana.as_str())
    }

    /// `message` with this name's arguments, for `periksa-nama-tujuan` (a second name in
    /// one sentence).
    pub(crate) fn target_args(&self, message: Message) -> Message {
        message
            .arg("ke-bentuk", self.bentuk)
            .arg("ke-nomor", self.nomor.as_str())
            .arg("ke-uraian", self.uraian.as_str())
            .arg("ke-jenis", self.jenis)
            .arg("ke-pelaksana", self.pelaksana.as_str())
    }
}
