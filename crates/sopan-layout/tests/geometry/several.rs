//! A seeded generator of models whose rows hold several symbols, as signed sheets draw
//! them: a start capsule then a box in row 1, or two starts side by side; a box then a
//! decision in one row (in the next column, or in the same one, a level lower); chains of
//! two or three symbols across columns, left to right and right to left; a box fanning out
//! to boxes in two or three other columns; alternatives side by side in the row after a
//! decision, one per exit; a lane used twice in one row; two ends side by side, or an end
//! beside a box, in the last row; two-way and dotted arrows; and among them the rows of
//! one symbol of the older generator (joint steps, loops back, jumps ahead).

use sopan_check::model::{Alur, Garis, Jenis, JenisAlur, Langkah, Pelaksana, Simbol, Sop};

use crate::generator::{Rng, empty_sop, words};

/// One symbol as the generator builds it.
struct Item {
    jenis: Jenis,
    lanes: Vec<usize>,
    teks: Option<String>,
}

/// Rows of symbols, and the arrows between them (symbol indexes).
struct Draft {
    rows: Vec<Vec<usize>>,
    items: Vec<Item>,
    alur: Vec<Alur>,
    actors: usize,
}

impl Draft {
    fn symbol(&mut self, rng: &mut Rng, jenis: Jenis, lane: usize) -> usize {
        let teks = match jenis {
            Jenis::Mulai if rng.chance(60) => Some("Mulai".to_owned()),
            Jenis::Selesai if rng.chance(60) => Some("Selesai".to_owned()),
            Jenis::Keputusan if rng.chance(70) => Some(words(rng, 2) + "?"),
            Jenis::Proses if rng.chance(25) => Some(words(rng, 3)),
            _ => None,
        };
        let mut lanes = vec![lane % self.actors];
        if jenis == Jenis::Proses && self.actors > 2 && rng.chance(6) {
            let other = (lane + 1) % self.actors;
            if other != lanes[0] {
                lanes.push(other);
            }
        }
        self.items.push(Item { jenis, lanes, teks });
        let id = self.items.len() - 1;
        if let Some(row) = self.rows.last_mut() {
            row.push(id);
        }
        id
    }

    fn row(&mut self) {
        self.rows.push(Vec::new());
    }

    fn arrow(&mut self, rng: &mut Rng, dari: usize, ke: usize, jenis: JenisAlur) {
        if self.alur.iter().any(|a| a.dari == dari && a.ke == ke) || dari == ke {
            return;
        }
        let label = match jenis {
            JenisAlur::Ya => Some("Ya".to_owned()),
            JenisAlur::Tidak => Some("Tidak".to_owned()),
            _ => None,
        };
        let garis = match (jenis, rng.below(100)) {
            (JenisAlur::Lanjut | JenisAlur::Lompat, 0..=9) => Garis::DuaArah,
            (JenisAlur::Lanjut | JenisAlur::Lompat, 10..=19) => Garis::Titik,
            _ => Garis::Panah,
        };
        self.alur.push(Alur {
            dari,
            ke,
            jenis,
            label,
            garis,
        });
    }

    /// A lane other than those given, when there is one.
    fn other(&self, rng: &mut Rng, not: &[usize]) -> usize {
        let free: Vec<usize> = (0..self.actors).filter(|l| !not.contains(l)).collect();
        if free.is_empty() {
            rng.below(self.actors)
        } else {
            free[rng.below(free.len())]
        }
    }
}

/// A random model of rows with several symbols.
pub(crate) fn sop(seed: u64) -> Sop {
    let mut rng = Rng::new(seed ^ 0xA5A5_0F0F);
    let actors = 1 + rng.below(7);
    let rows = 2 + rng.below(14);
    let mut draft = Draft {
        rows: Vec::new(),
        items: Vec::new(),
        alur: Vec::new(),
        actors,
    };
    // The symbols whose flow goes on into the next row's first symbol.
    let mut open: Vec<usize> = Vec::new();
    // Decisions whose second exit waits for the next row: alternatives side by side.
    let mut pending: Option<usize> = None;
    first_row(&mut rng, &mut draft, &mut open);
    for r in 1..rows.saturating_sub(1) {
        draft.row();
        let entry_lane = rng.below(actors);
        if let Some(decision) = pending.take() {
            // Alternatives side by side, one per exit of the decision above.
            let b = draft.other(&mut rng, &[entry_lane]);
            let left = draft.symbol(&mut rng, Jenis::Proses, entry_lane);
            let right = draft.symbol(&mut rng, Jenis::Proses, b);
            draft.arrow(&mut rng, decision, left, JenisAlur::Ya);
            draft.arrow(&mut rng, decision, right, JenisAlur::Tidak);
            for o in std::mem::take(&mut open) {
                draft.arrow(&mut rng, o, left, JenisAlur::Lanjut);
            }
            open = vec![left, right];
            continue;
        }
        let construct = rng.below(9);
        let kind = first_kind(construct, &mut rng);
        let first = draft.symbol(&mut rng, kind, entry_lane);
        for o in std::mem::take(&mut open) {
            draft.arrow(&mut rng, o, first, JenisAlur::Lanjut);
        }
        let mut last = first;
        match construct {
            // A box then a decision, beside it or below it in the same lane.
            0 => {
                let lane = if rng.chance(50) {
                    entry_lane
                } else {
                    (entry_lane + 1) % actors
                };
                let decision = draft.symbol(&mut rng, Jenis::Keputusan, lane);
                draft.arrow(&mut rng, first, decision, JenisAlur::Lanjut);
                last = decision;
            }
            // A chain across columns, left to right or right to left.
            1 => {
                let count = 1 + rng.below(2);
                let step = if rng.chance(50) { 1 } else { actors - 1 };
                for i in 1..=count {
                    let lane = (entry_lane + i * step) % actors;
                    let next = draft.symbol(&mut rng, Jenis::Proses, lane);
                    draft.arrow(&mut rng, last, next, JenisAlur::Lanjut);
                    last = next;
                }
            }
            // A box fanning out to boxes in two or three other columns.
            2 => {
                let count = 2 + rng.below(2);
                let mut used = vec![entry_lane];
                for _ in 0..count {
                    let lane = draft.other(&mut rng, &used);
                    used.push(lane);
                    let target = draft.symbol(&mut rng, Jenis::Proses, lane);
                    draft.arrow(&mut rng, first, target, JenisAlur::Lanjut);
                    open.push(target);
                }
                continue;
            }
            // A lane used twice: the third symbol goes a level lower.
            3 => {
                let b = draft.other(&mut rng, &[entry_lane]);
                let second = draft.symbol(&mut rng, Jenis::Proses, b);
                let third = draft.symbol(&mut rng, Jenis::Proses, entry_lane);
                draft.arrow(&mut rng, first, second, JenisAlur::Lanjut);
                draft.arrow(&mut rng, second, third, JenisAlur::Lanjut);
                last = third;
            }
            _ => {}
        }
        // A decision at the end of the row: one exit on, the other back or to
        // alternatives in the next row.
        if draft.items[last].jenis == Jenis::Keputusan {
            if rng.chance(40) && r + 2 < rows {
                pending = Some(last);
                continue;
            }
            let back = rng.below(last);
            draft.arrow(&mut rng, last, back, JenisAlur::Tidak);
            open.push(last);
            continue;
        }
        // Now and then a jump back or ahead, as in the older generator.
        if rng.chance(15) && last > 0 {
            let back = rng.below(last);
            draft.arrow(&mut rng, last, back, JenisAlur::Lompat);
        }
        open.push(last);
    }
    last_row(&mut rng, &mut draft, open);
    if let Some(decision) = pending {
        let end = draft.items.len() - 1;
        draft.arrow(&mut rng, decision, end, JenisAlur::Ya);
    }
    build(&mut rng, draft)
}

/// Row 1: a start then a box, one start, or two starts side by side.
fn first_row(rng: &mut Rng, draft: &mut Draft, open: &mut Vec<usize>) {
    draft.row();
    let lane = rng.below(draft.actors);
    if rng.chance(50) {
        let start = draft.symbol(rng, Jenis::Mulai, lane);
        let b = draft.other(rng, &[lane]);
        let first = draft.symbol(rng, Jenis::Proses, b);
        draft.arrow(rng, start, first, JenisAlur::Lanjut);
        open.push(first);
    } else {
        let one = draft.symbol(rng, Jenis::Mulai, lane);
        open.push(one);
        if rng.chance(50) {
            let b = draft.other(rng, &[lane]);
            let two = draft.symbol(rng, Jenis::Mulai, b);
            open.push(two);
        }
    }
}

/// The last row: one end, two ends side by side, or an end beside lane box.
fn last_row(rng: &mut Rng, draft: &mut Draft, mut open: Vec<usize>) {
    draft.row();
    let lane = rng.below(draft.actors);
    match rng.below(3) {
        0 => {
            let end = draft.symbol(rng, Jenis::Selesai, lane);
            for o in std::mem::take(&mut open) {
                draft.arrow(rng, o, end, JenisAlur::Lanjut);
            }
        }
        1 => {
            let b = draft.other(rng, &[lane]);
            let one = draft.symbol(rng, Jenis::Selesai, lane);
            let two = draft.symbol(rng, Jenis::Selesai, b);
            let all = std::mem::take(&mut open);
            for (i, o) in all.iter().enumerate() {
                draft.arrow(
                    rng,
                    *o,
                    if i % 2 == 0 { one } else { two },
                    JenisAlur::Lanjut,
                );
            }
            if all.len() < 2
                && let Some(&o) = all.first()
            {
                draft.arrow(rng, o, two, JenisAlur::Lanjut);
            }
        }
        _ => {
            let b = draft.other(rng, &[lane]);
            let work = draft.symbol(rng, Jenis::Proses, lane);
            let end = draft.symbol(rng, Jenis::Selesai, b);
            for o in std::mem::take(&mut open) {
                draft.arrow(rng, o, work, JenisAlur::Lanjut);
            }
            draft.arrow(rng, work, end, JenisAlur::Lanjut);
        }
    }
}

/// The first symbol of a middle row: a box, or for a row of one symbol sometimes a
/// decision (its loop back comes later).
fn first_kind(construct: usize, rng: &mut Rng) -> Jenis {
    if construct >= 4 && rng.chance(35) {
        Jenis::Keputusan
    } else {
        Jenis::Proses
    }
}

fn build(rng: &mut Rng, draft: Draft) -> Sop {
    let pelaksana = (0..draft.actors)
        .map(|i| Pelaksana {
            id: format!("a{i}"),
            nama: words(rng, 4),
        })
        .collect();
    let mut simbol = Vec::new();
    let mut langkah = Vec::new();
    for (r, row) in draft.rows.iter().enumerate() {
        let mut lanes: Vec<usize> = Vec::new();
        for &s in row {
            let item = &draft.items[s];
            for &l in &item.lanes {
                if !lanes.contains(&l) {
                    lanes.push(l);
                }
            }
            simbol.push(Simbol {
                langkah: r,
                label: None,
                jenis: item.jenis,
                alternatif: item.jenis == Jenis::Mulai && s > 0,
                pelaksana: item.lanes.clone(),
                teks: item.teks.clone(),
            });
        }
        let first = &draft.items[row[0]];
        langkah.push(Langkah {
            nomor: r + 1,
            nomor_cetak: (r + 1).to_string(),
            label: None,
            jenis: first.jenis,
            alternatif: false,
            pelaksana: lanes,
            simbol: row.clone(),
            uraian: words(rng, 14),
            tanya: (row.len() == 1 && first.jenis == Jenis::Keputusan)
                .then(|| first.teks.clone())
                .flatten(),
            kelengkapan: Vec::new(),
            waktu: None,
            output: Vec::new(),
            keterangan: Vec::new(),
        });
    }
    let mut sop = empty_sop(pelaksana, langkah, draft.alur);
    // `empty_sop` numbers one symbol per row; these rows list their own.
    for (row, list) in sop.langkah.iter_mut().zip(&draft.rows) {
        row.simbol.clone_from(list);
    }
    sop.simbol = simbol;
    sop
}
