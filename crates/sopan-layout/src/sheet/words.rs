//! The words the sheet prints that the model does not hold as such: dates the Indonesian
//! way (`17 Desember 2018`) and the Keterangan lines of a step.

use sopan_check::model::{Catatan, Date, Sop};

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// `17 Desember 2018`.
#[must_use]
pub fn tanggal(date: Date) -> String {
    let month = MONTHS
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", date.day(), date.year())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_month_names() {
        let date = Date::new(2018, 12, 17).expect("exists");
        assert_eq!(tanggal(date), "17 Desember 2018");
        assert_eq!(
            tanggal(Date::new(2024, 1, 2).expect("exists")),
            "2 Januari 2024"
        );
    }
}
