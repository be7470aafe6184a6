//! A seeded generator of checked-model-shaped SOPs: up to 40 steps and 8 actors, decisions
//! whose Tidak goes back (nested and crossing loops) or skips ahead, jumps, forks, merges,
//! alternative starts, several ends, joint steps. The flows are what the checker accepts in
//! shape; the layout never relies on more than the model's types promise.

use sopan_check::model::{
    Alur, Date, Garis, Jenis, JenisAlur, Langkah, Pelaksana, Pengesah, Ringkasan, Simbol, Sop,
};

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same model on
/// every machine.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const WORDS: &[&str] = &[
    "Menerima",
    "berkas",
    "permohonan",
    "memeriksa",
    "kelengkapan",
    "dan",
    "menyerahkan",
    "surat",
    "keterangan",
    "kepada",
    "Kepala",
    "Seksi",
    "perundang-undangan",
    "mendisposisi",
    "Sekretaris/Kasubag",
    "menandatangani",
    "laporan",
    "PMKS",
    "di",
    "aplikasi",
    "SP4N-LAPOR!",
    "data",
    "verifikasi",
    "Kesejahteraan",
    "Sosial",
];

/// Some words, sometimes with a line break.
pub(crate) fn words(rng: &mut Rng, most: usize) -> String {
    let count = 1 + rng.below(most);
    let mut out = String::new();
    for i in 0..count {
        if i > 0 {
            out.push(if rng.chance(5) { '\n' } else { ' ' });
        }
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out
}

/// A random model.
pub(crate) fn sop(seed: u64) -> Sop {
    let mut rng = Rng::new(seed);
    let actors = 1 + rng.below(8);
    let steps = 2 + rng.below(39);
    let pelaksana = (0..actors)
        .map(|i| Pelaksana {
            id: format!("a{i}"),
            nama: words(&mut rng, 4),
        })
        .collect();
    let kinds = kinds(&mut rng, steps);
    let langkah: Vec<Langkah> = kinds
        .iter()
        .enumerate()
        .map(|(i, &(jenis, alternatif))| step(&mut rng, i, jenis, alternatif, actors))
        .collect();
    let alur = flow(&mut rng, &kinds);
    empty_sop(pelaksana, langkah, alur)
}

/// Step kinds: a start first, an end last, alternative starts, ends in between.
fn kinds(rng: &mut Rng, steps: usize) -> Vec<(Jenis, bool)> {
    (0..steps)
        .map(|i| {
            if i == 0 {
                (Jenis::Mulai, false)
            } else if i + 1 == steps {
                (Jenis::Selesai, false)
            } else if i < 4 && rng.chance(10) {
                (Jenis::Mulai, true)
            } else if rng.chance(6) {
                (Jenis::Selesai, false)
            } else if rng.chance(30) {
                (Jenis::Keputusan, false)
            } else {
                (Jenis::Proses, false)
            }
        })
        .collect()
}

fn step(rng: &mut Rng, index: usize, jenis: Jenis, alternatif: bool, actors: usize) -> Langkah {
    let mut pelaksana = vec![rng.below(actors)];
    if actors > 1 && rng.chance(12) {
        for _ in 0..=rng.below(2) {
            let other = rng.below(actors);
            if !pelaksana.contains(&other) {
                pelaksana.push(other);
            }
        }
    }
    let tanya = (jenis == Jenis::Keputusan && rng.chance(60)).then(|| {
        let mut q = words(rng, 3);
        q.push('?');
        q
    });
    Langkah {
        nomor: index + 1,
        nomor_cetak: (index + 1).to_string(),
        label: None,
        jenis,
        alternatif,
        pelaksana,
        simbol: vec![index],
        uraian: words(rng, 14),
        tanya,
        kelengkapan: Vec::new(),
        waktu: None,
        output: Vec::new(),
        keterangan: Vec::new(),
    }
}

/// The edges: `lanjut` to the next row that is not an alternative start, jumps and forks
/// forward and back, two exits per decision.
fn flow(rng: &mut Rng, kinds: &[(Jenis, bool)]) -> Vec<Alur> {
    let n = kinds.len();
    let next = |i: usize| (i + 1..n).find(|&j| !kinds[j].1);
    let mut alur = Vec::new();
    let edge = |dari, ke, jenis, label: Option<&str>| Alur {
        dari,
        ke,
        jenis,
        label: label.map(str::to_owned),
        garis: Garis::Panah,
    };
    for (i, &(jenis, _)) in kinds.iter().enumerate() {
        let Some(following) = next(i) else { continue };
        match jenis {
            Jenis::Selesai => {}
            Jenis::Keputusan => {
                let ya = if rng.chance(85) {
                    following
                } else {
                    following + rng.below(n - following)
                };
                // Tidak: back to an earlier row (loops nest and overlap), or ahead.
                let tidak = if rng.chance(75) && i > 0 {
                    rng.below(i + 1).min(i)
                } else {
                    (i + 1 + rng.below(n - i - 1)).max(i + 1)
                };
                let tidak = if tidak == ya { (ya + 1) % n } else { tidak };
                let labels = [("Ya", "Tidak"), ("Lengkap", "Belum lengkap"), ("Y", "T")];
                let (yes, no) = labels[rng.below(labels.len())];
                alur.push(edge(i, ya, JenisAlur::Ya, Some(yes)));
                alur.push(edge(i, tidak, JenisAlur::Tidak, Some(no)));
            }
            _ => {
                if rng.chance(82) {
                    alur.push(edge(i, following, JenisAlur::Lanjut, None));
                }
                let jumps = if rng.chance(18) { 1 + rng.below(2) } else { 0 };
                for _ in 0..jumps {
                    let to = if rng.chance(70) {
                        i + 1 + rng.below(n - i - 1)
                    } else {
                        rng.below(i + 1)
                    };
                    if !alur.iter().any(|a: &Alur| a.dari == i && a.ke == to) {
                        alur.push(edge(i, to, JenisAlur::Lompat, None));
                    }
                }
                if !alur.iter().any(|a| a.dari == i) {
                    alur.push(edge(i, following, JenisAlur::Lanjut, None));
                }
            }
        }
    }
    alur
}

/// A model with the given actors, steps and flow, and an empty identity page.
/// The symbols of rows that each hold one: row `i`'s symbol is symbol `i`.
pub(crate) fn one_symbol_per_row(langkah: &mut [Langkah]) -> Vec<Simbol> {
    langkah
        .iter_mut()
        .enumerate()
        .map(|(i, row)| {
            row.simbol = vec![i];
            Simbol {
                langkah: i,
                label: row.label.clone(),
                jenis: row.jenis,
                alternatif: row.alternatif,
                pelaksana: row.pelaksana.clone(),
                teks: row.tanya.clone(),
            }
        })
        .collect()
}

pub(crate) fn empty_sop(
    pelaksana: Vec<Pelaksana>,
    mut langkah: Vec<Langkah>,
    alur: Vec<Alur>,
) -> Sop {
    let date = Date::new(2024, 1, 1).expect("a real date");
    let simbol = one_symbol_per_row(&mut langkah);
    Sop {
        id: None,
        nama: "Generated".to_owned(),
        nomor: "1".to_owned(),
        instansi: Vec::new(),
        logo: None,
        dibuat: date,
        revisi: None,
        efektif: date,
        disahkan: Pengesah {
            jabatan: "Kepala".to_owned(),
            nama: None,
            pangkat: None,
            nip: None,
        },
        dasar_hukum: Vec::new(),
        kualifikasi: Vec::new(),
        keterkaitan: Vec::new(),
        peralatan: Vec::new(),
        peringatan: Vec::new(),
        pencatatan: Vec::new(),
        bagian: Vec::new(),
        templat: None,
        strip: sopan_check::model::Strip::default(),
        pelaksana,
        langkah,
        simbol,
        alur,
        ringkasan: Ringkasan::default(),
    }
}
