//! Dates the Indonesian way: `17 Desember 2018`.

use sopan_check::model::Date;

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
pub(crate) fn tanggal(date: Date) -> String {
    let month = MONTHS
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", date.day(), date.year())
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
