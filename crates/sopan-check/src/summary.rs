//! The totals of an SOP: the main path, the quickest and slowest paths, and each actor's
//! workload.
//!
//! Rows are in order and arrows back to an earlier row (or the same row) are dropped, so
//! what remains is a graph whose topological order is the row order: one pass over the
//! rows finds the best and worst path to every step.

use crate::model::{Alur, Beban, Jenis, JenisAlur, Rentang, Ringkasan, Sop};

/// Computes the totals of a resolved SOP.
pub(crate) fn summarise(sop: &Sop) -> Ringkasan {
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
        jalur_utama: main_path(sop, &time),
        semua_jalur: extremes(sop, &time),
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

fn forward(edge: &Alur) -> bool {
    edge.ke > edge.dari
}

/// The quickest and slowest start-to-end paths over forward arrows.
fn extremes(sop: &Sop, time: &[Rentang]) -> Rentang {
    let n = sop.langkah.len();
    // best[i]: (quickest, slowest) time to finish step i, from some start.
    let mut best: Vec<Option<(u64, u64)>> = vec![None; n];
    for (i, step) in sop.langkah.iter().enumerate() {
        if step.jenis == Jenis::Mulai {
            best[i] = Some((time[i].min_detik, time[i].maks_detik));
        }
    }
    for edge in sop.alur.iter().filter(|e| forward(e)) {
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
    let ends = sop
        .langkah
        .iter()
        .enumerate()
        .filter(|(_, s)| s.jenis == Jenis::Selesai);
    let reached: Vec<(u64, u64)> = ends.filter_map(|(i, _)| best[i]).collect();
    Rentang {
        min_detik: reached.iter().map(|r| r.0).min().unwrap_or(0),
        maks_detik: reached.iter().map(|r| r.1).max().unwrap_or(0),
    }
}

/// The main path: `ya` where it goes forward, else the other forward exit; first target of
/// a fork; stops at an end, or where no forward arrow leaves.
fn main_path(sop: &Sop, time: &[Rentang]) -> Rentang {
    let Some(mut at) = sop.langkah.iter().position(|s| s.jenis == Jenis::Mulai) else {
        return Rentang::default();
    };
    let mut total = time[at];
    loop {
        let exits: Vec<&Alur> = sop
            .alur
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
