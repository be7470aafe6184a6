//! The totals of an SOP: the main path, the quickest and slowest paths, and each actor's
//! workload.
//!
//! Rows are in order and arrows back to an earlier row (or the same row) are dropped, so
//! what remains is a graph whose topological order is the row order: one pass over the
//! rows finds the best and worst path to every step.
//!
//! Each kind of time is added up apart (detik, menit and jam together; hari, hari kerja,
//! minggu and bulan each on its own), so a total never claims a conversion the office
//! would not make; paths are compared by their length in seconds.
//!
//! Times belong to rows, while arrows run between symbols: the paths are found over the
//! rows, each arrow taken from its symbol's row to its target's row. Arrows inside one row
//! and dotted arrows (information, not work) add no step to a path.

use crate::model::{
    Alur, Beban, Garis, Jenis, JenisAlur, JenisWaktu, JumlahJenis, Rentang, Ringkasan, Sop,
};

/// Computes the totals of a resolved SOP.
pub(crate) fn summarise(sop: &Sop) -> Ringkasan {
    let time: Vec<Time> = sop.langkah.iter().map(Time::of).collect();
    let between_rows = row_arrows(sop);
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
            let mut count = 0;
            let mut sum = (Sum::default(), Sum::default());
            for (step, t) in sop.langkah.iter().zip(&time) {
                if step.pelaksana.contains(&actor) {
                    count += 1;
                    sum = (sum.0.add(t, false), sum.1.add(t, true));
                }
            }
            Beban {
                langkah: count,
                waktu: rentang(&sum.0, &sum.1),
            }
        })
        .collect();
    Ringkasan {
        jalur_utama: main_path(sop, &between_rows, &time),
        semua_jalur: extremes(sop, &between_rows, &time),
        tanpa_waktu,
        beban,
    }
}

/// One step's time: its kind (a place in [`JenisWaktu::ALL`]) and its bounds in seconds;
/// `kind` is `None` for a step that adds nothing.
#[derive(Clone, Copy)]
struct Time {
    kind: Option<usize>,
    min: u64,
    max: u64,
}

impl Time {
    fn of(step: &crate::model::Langkah) -> Time {
        let w = step.waktu.as_ref();
        match w.and_then(|w| Some((w.jenis?, w.min_detik?, w.maks_detik?))) {
            Some((jenis, min, max)) => Time {
                kind: slot(jenis),
                min,
                max,
            },
            None => Time {
                kind: None,
                min: 0,
                max: 0,
            },
        }
    }
}

fn slot(kind: JenisWaktu) -> Option<usize> {
    JenisWaktu::ALL.iter().position(|&k| k == kind)
}

/// The time along one path, over every kind and per kind (`None`: no step of that kind).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Sum {
    total: u64,
    parts: [Option<u64>; JenisWaktu::ALL.len()],
}

impl Sum {
    /// `self` and the shortest (or, with `longest`, the longest) time of `t`.
    fn add(mut self, t: &Time, longest: bool) -> Sum {
        let Some(kind) = t.kind else {
            return self;
        };
        let seconds = if longest { t.max } else { t.min };
        self.total = self.total.saturating_add(seconds);
        if let Some(part) = self.parts.get_mut(kind) {
            *part = Some(part.unwrap_or(0).saturating_add(seconds));
        }
        self
    }
}

/// The range from the quickest sum `lo` to the slowest `hi`.
fn rentang(lo: &Sum, hi: &Sum) -> Rentang {
    let per_jenis = JenisWaktu::ALL
        .iter()
        .zip(lo.parts.iter().zip(&hi.parts))
        .filter(|(_, (a, b))| a.is_some() || b.is_some())
        .map(|(&jenis, (a, b))| JumlahJenis {
            jenis,
            min_detik: a.unwrap_or(0),
            maks_detik: b.unwrap_or(0),
        })
        .collect();
    Rentang {
        min_detik: lo.total,
        maks_detik: hi.total,
        per_jenis,
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
fn extremes(sop: &Sop, arrows: &[Alur], time: &[Time]) -> Rentang {
    let n = sop.langkah.len();
    // best[i]: the quickest and the slowest time to finish step i, from some start.
    let mut best: Vec<Option<(Sum, Sum)>> = vec![None; n];
    for i in 0..n {
        if holds(sop, i, Jenis::Mulai) {
            let zero = Sum::default();
            best[i] = Some((zero.add(&time[i], false), zero.add(&time[i], true)));
        }
    }
    for edge in arrows.iter().filter(|e| forward(e)) {
        // Edges are listed by source row, and sources come before targets, so every
        // predecessor of a row is final before that row's own edges are read.
        let Some((lo, hi)) = best[edge.dari] else {
            continue;
        };
        let t = &time[edge.ke];
        let candidate = (lo.add(t, false), hi.add(t, true));
        best[edge.ke] = Some(match best[edge.ke] {
            Some(known) => wider(known, candidate),
            None => candidate,
        });
    }
    let reached = (0..n)
        .filter(|&i| holds(sop, i, Jenis::Selesai))
        .filter_map(|i| best[i])
        .reduce(wider);
    reached.map_or_else(Rentang::default, |(lo, hi)| rentang(&lo, &hi))
}

/// The quicker of the two quickest sums and the slower of the two slowest; on a tie the
/// first, so the result does not depend on anything but the order of the arrows.
fn wider(known: (Sum, Sum), candidate: (Sum, Sum)) -> (Sum, Sum) {
    (
        if candidate.0.total < known.0.total {
            candidate.0
        } else {
            known.0
        },
        if candidate.1.total > known.1.total {
            candidate.1
        } else {
            known.1
        },
    )
}

/// The main path: `ya` where it goes forward, else the other forward exit; first target of
/// a fork; stops at an end, or where no forward arrow leaves.
fn main_path(sop: &Sop, arrows: &[Alur], time: &[Time]) -> Rentang {
    let Some(mut at) = (0..sop.langkah.len()).find(|&i| holds(sop, i, Jenis::Mulai)) else {
        return Rentang::default();
    };
    let zero = Sum::default();
    let mut total = (zero.add(&time[at], false), zero.add(&time[at], true));
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
        total = (total.0.add(&time[at], false), total.1.add(&time[at], true));
    }
    rentang(&total.0, &total.1)
}

#[cfg(test)]
mod tests {
    use crate::model::{JenisWaktu, JumlahJenis, Ringkasan};

    fn totals(steps: &str) -> Ringkasan {
        let text = format!(
            "sop \"T\" {{\n  nomor \"1\"\n  dibuat 2024-01-02\n  efektif 2024-01-03\n  disahkan \"Camat\"\n  pelaksana {{ staf \"Staf\" }}\n  prosedur {{\n{steps}  }}\n}}\n"
        );
        let file = sopan_diagnostics::SourceFile::new("t.sop", text);
        let parsed = sopan_syntax::parse(&file);
        let document = parsed.document.expect("parses");
        let checked = crate::check(&document, file.text());
        checked
            .sop
            .unwrap_or_else(|| panic!("checks clean: {:?}", checked.diagnostics))
            .ringkasan
    }

    fn part(jenis: JenisWaktu, min: u64, max: u64) -> JumlahJenis {
        JumlahJenis {
            jenis,
            min_detik: min,
            maks_detik: max,
        }
    }

    #[test]
    fn kinds_that_do_not_convert_are_added_apart() {
        let r = totals(
            "    mulai staf \"A\" { waktu 2 hari kerja output \"a\" }\n    staf \"B\" { waktu 90 menit output \"b\" }\n    staf \"C\" { waktu 1 hari output \"c\" }\n    staf \"D\" { waktu 1-2 minggu output \"d\" }\n    selesai staf \"E\" { waktu 90 menit output \"e\" }\n",
        );
        assert_eq!(
            r.jalur_utama.per_jenis,
            [
                part(JenisWaktu::Minggu, 604_800, 1_209_600),
                part(JenisWaktu::HariKerja, 172_800, 172_800),
                part(JenisWaktu::Hari, 86_400, 86_400),
                part(JenisWaktu::Jam, 10_800, 10_800),
            ]
        );
        // The seconds over every kind stay as before, for readers of the JSON.
        assert_eq!(r.jalur_utama.min_detik, 172_800 + 86_400 + 604_800 + 10_800);
        assert_eq!(r.semua_jalur, r.jalur_utama);
        assert_eq!(r.beban[0].waktu, r.jalur_utama);
    }

    #[test]
    fn free_text_and_dashes_count_nothing() {
        let r = totals(
            "    mulai staf \"A\" { waktu \"Segera\" output \"a\" }\n    selesai staf \"B\" { waktu - output \"b\" }\n",
        );
        assert!(r.jalur_utama.per_jenis.is_empty());
        assert!(r.semua_jalur.per_jenis.is_empty());
        assert_eq!(r.tanpa_waktu, [0, 1]);
    }

    #[test]
    fn the_quickest_and_slowest_paths_keep_their_own_kinds() {
        let r = totals(
            "    mulai staf \"A\" { waktu 5 menit output \"a\" }\n    staf keputusan \"Cek\" { tanya \"Lengkap?\" ya -> cepat tidak -> lama waktu 5 menit output \"b\" }\n    lama: staf \"Lama\" { waktu 3 hari kerja output \"c\" -> akhir }\n    cepat: staf \"Cepat\" { waktu 10 menit output \"d\" }\n    akhir: selesai staf \"E\" { waktu 5 menit output \"e\" }\n",
        );
        assert_eq!(
            r.semua_jalur.per_jenis,
            [
                part(JenisWaktu::HariKerja, 0, 259_200),
                part(JenisWaktu::Jam, 1_500, 900),
            ]
        );
        assert_eq!(
            r.jalur_utama.per_jenis,
            [part(JenisWaktu::Jam, 1_500, 1_500)]
        );
    }
}
