//! The symbols the layout draws, read from the model's `simbol` list, row by row.
//!
//! The flow (`alur`) runs between symbols, so everything from the grid on works on
//! symbols; a row (step) is the band its symbols share. A model whose symbol list does not
//! describe its rows in order (one built by hand for an older reader, with `simbol` left
//! empty) is read as one symbol per row taken from the row's summary fields, which is
//! what such a model meant.

use std::ops::Range;

use sopan_check::model::{Jenis, Sop};

/// One symbol.
#[derive(Clone, Debug)]
pub(crate) struct Figure {
    /// Index into `Sop::langkah`.
    pub(crate) step: usize,
    pub(crate) jenis: Jenis,
    /// Indexes into `Sop::pelaksana`, as the model gives them.
    pub(crate) lanes: Vec<usize>,
    /// The text printed inside, when the author gave one.
    pub(crate) teks: Option<String>,
    /// Whether it is the first symbol of its row.
    pub(crate) first: bool,
}

/// Every symbol, and the symbols of each row.
#[derive(Clone, Debug)]
pub(crate) struct Figures {
    pub(crate) list: Vec<Figure>,
    /// Per step, its symbols: a range of `list`, in order.
    pub(crate) of_step: Vec<Range<usize>>,
}

impl Figures {
    pub(crate) fn new(sop: &Sop) -> Figures {
        from_model(sop).unwrap_or_else(|| one_per_row(sop))
    }

    /// The row of symbol `s`, or 0 for an index the model does not have.
    pub(crate) fn step(&self, s: usize) -> usize {
        self.list.get(s).map_or(0, |f| f.step)
    }
}

/// The model's symbols, when each row lists the next symbols in order and they name it.
fn from_model(sop: &Sop) -> Option<Figures> {
    let mut next = 0;
    let mut of_step = Vec::with_capacity(sop.langkah.len());
    for (step, langkah) in sop.langkah.iter().enumerate() {
        let start = next;
        for &s in &langkah.simbol {
            if s != next || sop.simbol.get(s)?.langkah != step {
                return None;
            }
            next += 1;
        }
        if next == start {
            return None;
        }
        of_step.push(start..next);
    }
    if next != sop.simbol.len() {
        return None;
    }
    let list = of_step
        .iter()
        .flat_map(|range| range.clone().map(move |s| (s, s == range.start)))
        .map(|(s, first)| {
            let simbol = &sop.simbol[s];
            Figure {
                step: simbol.langkah,
                jenis: simbol.jenis,
                lanes: simbol.pelaksana.clone(),
                teks: simbol.teks.clone(),
                first,
            }
        })
        .collect();
    Some(Figures { list, of_step })
}

fn one_per_row(sop: &Sop) -> Figures {
    let list = sop
        .langkah
        .iter()
        .enumerate()
        .map(|(step, langkah)| Figure {
            step,
            jenis: langkah.jenis,
            lanes: langkah.pelaksana.clone(),
            teks: langkah.tanya.clone(),
            first: true,
        })
        .collect();
    Figures {
        list,
        of_step: (0..sop.langkah.len()).map(|s| s..s + 1).collect(),
    }
}
