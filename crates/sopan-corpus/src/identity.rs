//! The identity page: name, nomor, instansi, dates, signer with a well-formed NIP, and the
//! list sections. Everything drawn here is valid by construction: dates exist and are in
//! order, the NIP's birth date, appointment and sex digit are possible.

use crate::rng::Rng;
use crate::words;
use crate::write::{Writer, quote, quote_all};

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    pub(crate) year: u32,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

impl Date {
    fn random(rng: &mut Rng, years: std::ops::RangeInclusive<u32>) -> Date {
        let year = rng.between(*years.start() as usize, *years.end() as usize) as u32;
        let month = rng.between(1, 12) as u32;
        let day = rng.between(1, days_in_month(year, month) as usize) as u32;
        Date { year, month, day }
    }

    /// The day `days` later.
    fn plus(self, days: u32) -> Date {
        let mut out = self;
        for _ in 0..days {
            out.day += 1;
            if out.day > days_in_month(out.year, out.month) {
                out.day = 1;
                out.month += 1;
                if out.month > 12 {
                    out.month = 1;
                    out.year += 1;
                }
            }
        }
        out
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An 18-digit NIP: birth `YYYYMMDD`, appointment `YYYYMM` at 18 to 35 years of age, sex
/// digit, serial. Grouped with spaces as on printed sheets about a third of the time.
pub(crate) fn nip(rng: &mut Rng) -> String {
    let birth = Date::random(rng, 1960..=1995);
    let tmt_year = birth.year + rng.between(18, 35) as u32;
    let tmt_month = rng.between(1, 12);
    let sex = rng.between(1, 2);
    let serial = rng.between(1, 999);
    let birth = format!("{:04}{:02}{:02}", birth.year, birth.month, birth.day);
    if rng.chance(30) {
        format!("{birth} {tmt_year:04}{tmt_month:02} {sex} {serial:03}")
    } else {
        format!("{birth}{tmt_year:04}{tmt_month:02}{sex}{serial:03}")
    }
}

/// What the procedure needs to know of the identity page.
pub(crate) struct Identity {
    /// Ids of keterkaitan entries a step's keterangan may name.
    pub(crate) related_ids: Vec<&'static str>,
}

/// Writes the identity page of the SOP numbered `serial`; the caller has opened the `sop`
/// block.
pub(crate) fn write(
    w: &mut Writer,
    rng: &mut Rng,
    serial: u64,
    slug: &str,
    long: bool,
) -> Identity {
    let (kota, kecamatan, kelurahan) = rng.pick(words::PLACES);
    let (office, post) = rng.pick(words::OFFICES);
    let unit = match office {
        "KELURAHAN" | "DESA" => format!("{office} {kelurahan}"),
        "KECAMATAN" => format!("KECAMATAN {kecamatan}"),
        _ => office.to_owned(),
    };
    let pad = rng.chance(50);
    let key = |k: &str| if pad { format!("{k:<8}") } else { k.to_owned() };
    if rng.chance(60) {
        w.line(&format!("id {slug}-{serial}"));
    }
    let created = Date::random(rng, 2012..=2024);
    let klasifikasi = rng.pick(&[
        "000", "045", "068.2", "140", "300", "400", "460", "470", "474", "503",
    ]);
    let short: String = unit
        .split_whitespace()
        .last()
        .unwrap_or("X")
        .chars()
        .take(4)
        .collect();
    w.line(&format!(
        "{} {}",
        key("nomor"),
        quote(&format!(
            "{klasifikasi}/{serial}/SOP/{short}/{}",
            created.year
        ))
    ));
    let mut instansi = vec![format!("PEMERINTAH {kota}")];
    if rng.chance(70) || office == "KELURAHAN" {
        instansi.push(if office == "KELURAHAN" || office == "DESA" {
            format!("KECAMATAN {kecamatan}")
        } else {
            unit.clone()
        });
    }
    if office == "KELURAHAN" || office == "DESA" {
        instansi.push(unit.clone());
    }
    w.line(&format!("{} {}", key("instansi"), quote_all(&instansi)));
    write_dates(w, rng, created, &key);
    let place = match office {
        "KELURAHAN" | "DESA" => title_case(kelurahan),
        "KECAMATAN" => title_case(kecamatan),
        _ => title_case(kota),
    };
    write_signer(w, rng, &format!("{post} {place}"), &key);
    w.line("");
    if long {
        write_long_lists(w, rng)
    } else {
        write_lists(w, rng)
    }
}

/// The lists of the longest signed sheets: 6–14 dasar hukum, 12–35 peralatan, and every
/// other list long, each entry a real sentence, some of several lines.
fn write_long_lists(w: &mut Writer, rng: &mut Rng) -> Identity {
    let laws = laws(rng, 6, 14);
    list(w, rng, "dasar-hukum", &laws);
    let qualifications: Vec<String> = (0..rng.between(3, 9))
        .map(|i| {
            let base = words::QUALIFICATIONS[i % words::QUALIFICATIONS.len()];
            if rng.chance(40) {
                format!("{base}, terutama yang berkaitan dengan pelayanan administrasi terpadu")
            } else {
                base.to_owned()
            }
        })
        .collect();
    list(w, rng, "kualifikasi", &qualifications);
    let related: Vec<(&str, &str)> = sample(rng, words::RELATED, 1, 5);
    w.open("keterkaitan");
    for (id, name) in &related {
        w.line(&format!("{id} {}", quote(name)));
    }
    w.close();
    let equipment: Vec<String> = (0..rng.between(12, 35))
        .map(|i| {
            let base = words::EQUIPMENT[i % words::EQUIPMENT.len()];
            match i / words::EQUIPMENT.len() {
                0 => base.to_owned(),
                round => format!("{base} cadangan {round}"),
            }
        })
        .collect();
    list(w, rng, "peralatan", &equipment);
    let warnings = sample(rng, words::WARNINGS, 2, 4);
    list(w, rng, "peringatan", &warnings);
    let records = sample(rng, words::RECORDS, 2, 5);
    list(w, rng, "pencatatan", &records);
    for _ in 0..rng.between(0, 2) {
        w.open(&format!("bagian {}", quote("Maksud dan Tujuan")));
        w.line(&quote(
            "Sebagai pedoman pelaksanaan pelayanan agar tertib, cepat dan tepat, serta memberikan kepastian kepada masyarakat tentang persyaratan, waktu dan biaya pelayanan",
        ));
        w.close();
    }
    w.line("");
    Identity {
        related_ids: related.iter().map(|(id, _)| *id).collect(),
    }
}

fn write_dates(w: &mut Writer, rng: &mut Rng, created: Date, key: &dyn Fn(&str) -> String) {
    w.line(&format!("{} {}", key("dibuat"), created.iso()));
    match rng.below(5) {
        0 | 1 => w.line(&format!("{} -", key("revisi"))),
        2 => {
            let revised = created.plus(rng.between(30, 700) as u32);
            w.line(&format!("{} {}", key("revisi"), revised.iso()));
        }
        _ => {}
    }
    let effective = created.plus(rng.between(0, 30) as u32);
    w.line(&format!("{} {}", key("efektif"), effective.iso()));
}

fn write_signer(w: &mut Writer, rng: &mut Rng, post: &str, key: &dyn Fn(&str) -> String) {
    let head = format!("{} {}", key("disahkan"), quote(post));
    match rng.below(4) {
        0 => w.line(&head),
        1 => w.line(&format!("{head} {{ nip {} }}", quote(&nip(rng)))),
        _ => {
            w.open(&head);
            w.line(&format!("nama {}", quote(rng.pick(words::NAMES))));
            if rng.chance(50) {
                w.line(&format!("pangkat {}", quote(rng.pick(words::RANKS))));
            }
            w.line(&format!("nip  {}", quote(&nip(rng))));
            w.close();
        }
    }
}

fn write_lists(w: &mut Writer, rng: &mut Rng) -> Identity {
    let laws = laws(rng, 1, 4);
    list(w, rng, "dasar-hukum", &laws);
    let picked = sample(rng, words::QUALIFICATIONS, 0, 3);
    list(w, rng, "kualifikasi", &picked);
    let related: Vec<(&str, &str)> = sample(rng, words::RELATED, 0, 3);
    if !related.is_empty() {
        w.open("keterkaitan");
        for (id, name) in &related {
            w.line(&format!("{id} {}", quote(name)));
        }
        w.close();
    } else if rng.chance(30) {
        w.line("keterkaitan -");
    }
    let picked = sample(rng, words::EQUIPMENT, 1, 5);
    list(w, rng, "peralatan", &picked);
    let picked = sample(rng, words::WARNINGS, 0, 2);
    list(w, rng, "peringatan", &picked);
    let picked = sample(rng, words::RECORDS, 0, 2);
    list(w, rng, "pencatatan", &picked);
    if rng.chance(10) {
        w.open(&format!("bagian {}", quote("Maksud dan Tujuan")));
        w.line(&quote(
            "Sebagai pedoman pelaksanaan pelayanan agar tertib, cepat dan tepat",
        ));
        w.close();
    }
    w.line("");
    Identity {
        related_ids: related.iter().map(|(id, _)| *id).collect(),
    }
}

/// Between `low` and `high` dasar hukum entries, each a law with its number and year.
fn laws(rng: &mut Rng, low: usize, high: usize) -> Vec<String> {
    (0..rng.between(low, high))
        .map(|_| {
            rng.pick(words::LAWS)
                .replace("{n}", &rng.between(1, 40).to_string())
                .replace("{y}", &rng.between(1999, 2023).to_string())
        })
        .collect()
}

/// A list section in one of the forms authors use: a block, one line, empty braces or `-`.
fn list<S: AsRef<str>>(w: &mut Writer, rng: &mut Rng, key: &str, items: &[S]) {
    if items.is_empty() {
        w.line(&if rng.chance(50) {
            format!("{key} {{ }}")
        } else {
            format!("{key} -")
        });
    } else if items.len() == 1 || rng.chance(30) {
        w.line(&format!("{key} {{ {} }}", quote_all(items)));
    } else {
        w.open(key);
        for item in items {
            w.line(&quote(item.as_ref()));
        }
        w.close();
    }
}

/// Between `low` and `high` distinct items, in list order.
pub(crate) fn sample<T: Copy>(rng: &mut Rng, items: &[T], low: usize, high: usize) -> Vec<T> {
    let count = rng.between(low, high.min(items.len()));
    let mut indexes: Vec<usize> = (0..items.len()).collect();
    rng.shuffle(&mut indexes);
    let mut chosen = indexes[..count].to_vec();
    chosen.sort_unstable();
    chosen.into_iter().map(|i| items[i]).collect()
}

/// `SOKARAJA KULON` → `Sokaraja Kulon`.
fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_roll_over_months_and_leap_years() {
        let d = Date {
            year: 2024,
            month: 2,
            day: 28,
        };
        assert_eq!(d.plus(1).iso(), "2024-02-29");
        assert_eq!(d.plus(2).iso(), "2024-03-01");
        let d = Date {
            year: 2023,
            month: 12,
            day: 31,
        };
        assert_eq!(d.plus(1).iso(), "2024-01-01");
    }

    #[test]
    fn nips_are_well_formed() {
        let mut rng = Rng::new(3);
        for _ in 0..1000 {
            let nip: String = nip(&mut rng)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!(nip.len(), 18);
            let birth: u32 = nip[0..4].parse().unwrap();
            let tmt: u32 = nip[8..12].parse().unwrap();
            assert!(tmt >= birth + 18, "{nip}");
            assert!(matches!(&nip[14..15], "1" | "2"));
        }
    }

    #[test]
    fn title_case_words() {
        assert_eq!(title_case("SOKARAJA KULON"), "Sokaraja Kulon");
    }
}
