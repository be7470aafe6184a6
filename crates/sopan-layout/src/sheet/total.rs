//! The last row of the procedure table: the total waktu, from the checked model's totals.

use crate::sheet::cells::{Align, Cell};
use crate::sheet::columns::{Columns, Kind};
use crate::sheet::{Mutu, SheetStyle};
use sopan_check::model::{JenisWaktu, Rentang, Sop};

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
    /// The totals row of `sop`; a row of no height and no text when `style` switches it off
    /// (`jumlah-waktu: false`).
    pub(crate) fn new(sop: &Sop, columns: &Columns, style: &SheetStyle) -> Total {
        let waktu_width = columns
            .mutu
            .iter()
            .find(|c| c.kind == Kind::Mutu(Mutu::Waktu))
            .map_or(0.0, |c| c.width);
        let label_width = columns.lanes_x + columns.lanes_width;
        if !style.totals {
            return Total {
                label: Cell::plain("", label_width, Align::Left),
                waktu: Cell::plain("", waktu_width, Align::Center),
                height: 0.0,
            };
        }
        let r = &sop.ringkasan;
        let counted = !r.jalur_utama.per_jenis.is_empty() || !r.semua_jalur.per_jenis.is_empty();
        let mut lines: Vec<String> = Vec::new();
        // With no waktu that has a number, a total would be an invented "0 menit": the row
        // keeps only the note of what was not counted.
        if counted {
            lines.push("Jumlah waktu (jalur utama)".to_owned());
            if r.semua_jalur != r.jalur_utama {
                lines.push(format!("Semua jalur: {}", rentang(&r.semua_jalur)));
            }
        }
        if !r.tanpa_waktu.is_empty() {
            let steps: Vec<String> = r
                .tanpa_waktu
                .iter()
                .map(|&i| {
                    sop.langkah
                        .get(i)
                        .map_or_else(|| (i + 1).to_string(), |l| l.nomor_cetak.clone())
                })
                .collect();
            lines.push(format!(
                "Tidak dihitung (tanpa waktu): langkah {}",
                steps.join(", ")
            ));
        }
        let label = Cell::plain(&lines.join("\n"), label_width, Align::Left);
        let waktu = Cell::plain(&rentang(&r.jalur_utama), waktu_width, Align::Center);
        let height = label.height().max(waktu.height());
        Total {
            label,
            waktu,
            height,
        }
    }
}

/// A total as the sheet writes it: each kind of time apart, largest first, joined by `+`
/// (`2 hari kerja + 3 jam`); a range as `10 menit – 30 menit` within one kind and with
/// `s.d.` between two sums of kinds; nothing when no step was counted.
pub(crate) fn rentang(r: &Rentang) -> String {
    let side = |longest: bool| {
        let parts: Vec<String> = r
            .per_jenis
            .iter()
            .map(|p| (p.jenis, if longest { p.maks_detik } else { p.min_detik }))
            .filter(|&(_, seconds)| seconds > 0)
            .map(|(jenis, seconds)| lama(jenis, seconds))
            .collect();
        if parts.is_empty() {
            r.per_jenis
                .first()
                .map_or_else(String::new, |p| lama(p.jenis, 0))
        } else {
            parts.join(" + ")
        }
    };
    let (min, max) = (side(false), side(true));
    if min == max {
        min
    } else if r.per_jenis.len() == 1 {
        format!("{min} – {max}")
    } else {
        format!("{min} s.d. {max}")
    }
}

/// `seconds` of one kind of time in that kind's words: detik, menit and jam as
/// `1 jam 30 menit` (never turned into hari), the others as a number of their unit with at
/// most two decimals, written the Indonesian way (`1,5 hari kerja`).
pub(crate) fn lama(jenis: JenisWaktu, seconds: u64) -> String {
    let (unit, name) = match jenis {
        JenisWaktu::Jam => return jam(seconds),
        JenisWaktu::Hari => (86_400, "hari"),
        JenisWaktu::HariKerja => (86_400, "hari kerja"),
        JenisWaktu::Minggu => (604_800, "minggu"),
        JenisWaktu::Bulan => (2_592_000, "bulan"),
    };
    let hundredths = (u128::from(seconds) * 100 + unit / 2) / unit;
    let (whole, rest) = (hundredths / 100, hundredths % 100);
    match rest {
        0 => format!("{whole} {name}"),
        r if r % 10 == 0 => format!("{whole},{} {name}", r / 10),
        r => format!("{whole},{r:02} {name}"),
    }
}

/// Seconds in hours, minutes and seconds, largest first, zero parts left out.
fn jam(seconds: u64) -> String {
    const PARTS: [(u64, &str); 3] = [(3_600, "jam"), (60, "menit"), (1, "detik")];
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
    use sopan_check::model::JumlahJenis;

    use super::*;

    fn of(parts: &[(JenisWaktu, u64, u64)]) -> Rentang {
        Rentang {
            min_detik: parts.iter().map(|p| p.1).sum(),
            maks_detik: parts.iter().map(|p| p.2).sum(),
            per_jenis: parts
                .iter()
                .map(|&(jenis, min_detik, maks_detik)| JumlahJenis {
                    jenis,
                    min_detik,
                    maks_detik,
                })
                .collect(),
        }
    }

    #[test]
    fn durations_read_as_written() {
        assert_eq!(lama(JenisWaktu::Jam, 5_400), "1 jam 30 menit");
        // Hours stay hours: 30 jam is not turned into 1 hari 6 jam.
        assert_eq!(lama(JenisWaktu::Jam, 30 * 3_600), "30 jam");
        assert_eq!(lama(JenisWaktu::Hari, 2 * 86_400), "2 hari");
        assert_eq!(lama(JenisWaktu::HariKerja, 129_600), "1,5 hari kerja");
        assert_eq!(lama(JenisWaktu::Minggu, 3 * 604_800), "3 minggu");
        assert_eq!(lama(JenisWaktu::Bulan, 2_592_000), "1 bulan");
        assert_eq!(
            rentang(&of(&[(JenisWaktu::Jam, 600, 1_800)])),
            "10 menit – 30 menit"
        );
    }

    #[test]
    fn kinds_that_do_not_convert_are_added_apart() {
        let mixed = of(&[
            (JenisWaktu::HariKerja, 2 * 86_400, 2 * 86_400),
            (JenisWaktu::Jam, 3 * 3_600, 3 * 3_600),
        ]);
        assert_eq!(rentang(&mixed), "2 hari kerja + 3 jam");
        let ranged = of(&[
            (JenisWaktu::Minggu, 604_800, 2 * 604_800),
            (JenisWaktu::Hari, 86_400, 86_400),
        ]);
        assert_eq!(rentang(&ranged), "1 minggu + 1 hari s.d. 2 minggu + 1 hari");
        assert_eq!(rentang(&Rentang::default()), "");
    }
}
