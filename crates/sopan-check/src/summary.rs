//! The totals of an SOP: the main path, the quickest and slowest paths, and each actor's
//! workload.
//!
//! Rows are in order and arrows back to an earlier row (or the same row) are dropped, so
//! what remains is a graph whose topological order is the row order: one pass over the
//! rows finds the best and worst path to every step.
//!
//! Times belong to rows, while arrows run between symbols: the paths are found over the
//! rows, each arrow taken from its symbol's row to its target's row. Arrows inside one row
//! and dotted arrows (information, not work) add no step to a path.

use crate::model::{Alur, Beban, Garis, Jenis, JenisAlur, Rentang, Ringkasan, Sop};

/// Computes the totals of a resolved SOP.
pub(crate) fn summarise(sop: &Sop) -> Ringkasan {
    let between_rows = row_arrows(sop);
    let time: Vec<Rentang> = sop
        .langkah
        .iter()
        .map(|s| {
            let w = s.waktu.as_ref();
            Rentang {
                min_detik: w.and_then(|w| w.min_detik).unwrap_or(0),
                maks_detik: w.and_then(|w| w.maks_detik).unwrap_or(0),
            }
        })
        .collect();
    let tanpa_waktu = sop
        .langkah
        .iter()
        .enumerate()
        .filter(|(_, s)| s.waktu.as_ref().is_none_or(|w| w.min_detik.is_none()))
        .map(|(i, _)| i)
        .collect();
    let beban = sop
        .pelaksana
        .iter()
        .enumerate()
        .map(|(actor, _)| {
            let mut beban = Beban::default();
            for (step, t) in sop.langkah.iter().zip(&time) {
                if step.pelaksana.contains(&actor) {
                    beban.langkah += 1;
                    beban.waktu = add(beban.waktu, *t);
                }
            }
            beban
        })
        .collect();
    Ringkasan {
        jalur_utama: main_path(sop, &between_rows, &time),
        semua_jalur: extremes(sop, &between_rows, &time),
        tanpa_waktu,
        beban,
    }
}

fn add(a: Rentang, b: Rentang) -> Rentang {
    Rentang {
        min_detik: a.min_detik.saturating_add(b.min_detik),
        maks_detik: a.maks_detik.saturating_add(b.maks_detik),
    }
}

/// The arrows as row to row, in the order of `alur`.
fn row_arrows(sop: &Sop) -> Vec<Alur> {
    let row = |symbol: usize| sop.simbol.get(symbol).map(|s| s.langkah);
    sop.alur
        .iter()
        .filter(|e| e.garis != Garis::Titik)
        .filter_map(|e| {
            let (dari, ke) = (row(e.dari)?, row(e.ke)?);
            Some(Alur {
                dari,
                ke,
                ..e.clone()
            })
        })
        .collect()
}

/// Whether a row holds a symbol of this kind.
fn holds(sop: &Sop, row: usize, jenis: Jenis) -> bool {
    sop.langkah[row]
        .simbol
        .iter()
        .any(|&s| sop.simbol.get(s).is_some_and(|s| s.jenis == jenis))
}

fn forward(edge: &Alur) -> bool {
    edge.ke > edge.dari
}

/// The quickest and slowest start-to-end paths over forward arrows.
fn extremes(sop: &Sop, arrows: &[Alur], time: &[Rentang]) -> Rentang {
    let n = sop.langkah.len();
    // best[i]: (quickest, slowest) time to finish step i, from some start.
    let mut best: Vec<Option<(u64, u64)>> = vec![None; n];
    for i in 0..n {
        if holds(sop, i, Jenis::Mulai) {
            best[i] = Some((time[i].min_detik, time[i].maks_detik));
        }
    }
    for edge in arrows.iter().filter(|e| forward(e)) {
        // Edges are listed by source row, and sources come before targets, so every
        // predecessor of a row is final before that row's own edges are read.
        let Some((lo, hi)) = best[edge.dari] else {
            continue;
        };
        let t = time[edge.ke];
        let candidate = (
            lo.saturating_add(t.min_detik),
            hi.saturating_add(t.maks_detik),
        );
        best[edge.ke] = Some(match best[edge.ke] {
            Some((a, b)) => (a.min(candidate.0), b.max(candidate.1)),
            None => candidate,
        });
    }
    let reached: Vec<(u64, u64)> = (0..n)
        .filter(|&i| holds(sop, i, Jenis::Selesai))
        .filter_map(|i| best[i])
        .collect();
    Rentang {
        min_detik: reached.iter().map(|r| r.0).min().unwrap_or(0),
        maks_detik: reached.iter().map(|r| r.1).max().unwrap_or(0),
    }
}

/// The main path: `ya` where it goes forward, else the other forward exit; first target of
/// a fork; stops at an end, or where no forward arrow leaves.
fn main_path(sop: &Sop, arrows: &[Alur], time: &[Rentang]) -> Rentang {
    let Some(mut at) = (0..sop.langkah.len()).find(|&i| holds(sop, i, Jenis::Mulai)) else {
        return Rentang::default();
    };
    let mut total = time[at];
    loop {
        let exits: Vec<&Alur> = arrows
            .iter()
            .filter(|e| e.dari == at && forward(e))
            .collect();
        let next = exits
            .iter()
            .find(|e| e.jenis == JenisAlur::Ya)
            .or_else(|| exits.first());
        let Some(next) = next else { break };
        at = next.ke;
        total = add(total, time[at]);
    }
    total
}
