//! The last row of the procedure table: the total waktu, from the checked model's totals.

use std::fmt::Write as _;

use sopan_check::model::{Rentang, Sop};
use sopan_config::KolomMutu;

use crate::cells::{Align, Cell};
use crate::columns::{Columns, Kind};

/// The totals row, measured.
#[derive(Clone, Debug)]
pub(crate) struct Total {
    /// Under No, Uraian Kegiatan and the lanes: what the total covers.
    pub(crate) label: Cell,
    /// Under Waktu.
    pub(crate) waktu: Cell,
    pub(crate) height: f32,
}

impl Total {
    pub(crate) fn new(sop: &Sop, columns: &Columns) -> Total {
        let r = &sop.ringkasan;
        let mut label = String::from("Jumlah waktu (jalur utama)");
        if r.semua_jalur != r.jalur_utama {
            let _ = write!(label, "\nSemua jalur: {}", rentang(r.semua_jalur));
        }
        if !r.tanpa_waktu.is_empty() {
            let steps: Vec<String> = r
                .tanpa_waktu
                .iter()
                .map(|&i| sop.langkah.get(i).map_or(i + 1, |l| l.nomor).to_string())
                .collect();
            let _ = write!(
                label,
                "\nTidak dihitung (tanpa waktu): langkah {}",
                steps.join(", ")
            );
        }
        let label = Cell::plain(&label, columns.lanes_x + columns.lanes_width, Align::Left);
        let waktu_width = columns
            .mutu
            .iter()
            .find(|c| c.kind == Kind::Mutu(KolomMutu::Waktu))
            .map_or(0.0, |c| c.width);
        let waktu = Cell::plain(&rentang(r.jalur_utama), waktu_width, Align::Center);
        let height = label.height().max(waktu.height());
        Total {
            label,
            waktu,
            height,
        }
    }
}

/// A span of seconds as the sheet writes durations: `2 jam 30 menit`, `1 – 3 hari`.
pub(crate) fn rentang(r: Rentang) -> String {
    if r.min_detik == r.maks_detik {
        lama(r.min_detik)
    } else {
        format!("{} – {}", lama(r.min_detik), lama(r.maks_detik))
    }
}

/// Seconds in days, hours, minutes and seconds, largest first, zero parts left out.
pub(crate) fn lama(seconds: u64) -> String {
    const PARTS: [(u64, &str); 4] = [
        (86_400, "hari"),
        (3_600, "jam"),
        (60, "menit"),
        (1, "detik"),
    ];
    if seconds == 0 {
        return "0 menit".to_owned();
    }
    let mut rest = seconds;
    let mut out: Vec<String> = Vec::new();
    for (size, name) in PARTS {
        let n = rest / size;
        if n > 0 {
            out.push(format!("{n} {name}"));
            rest %= size;
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_written() {
        assert_eq!(lama(5_400), "1 jam 30 menit");
        assert_eq!(lama(2 * 86_400), "2 hari");
        assert_eq!(lama(0), "0 menit");
        assert_eq!(
            rentang(Rentang {
                min_detik: 600,
                maks_detik: 1_800
            }),
            "10 menit – 30 menit"
        );
    }
}
