//! The `pelaksana` and `prosedur` blocks: a planned flow (see `flow.rs`) written out with
//! Uraian texts, labels, exits and mutu baku cells in the forms real authors use.

use crate::flow::{Kind, Row, Target};
use crate::rng::Rng;
use crate::symbols::{self, Symbol};
use crate::words;
use crate::write::{Writer, quote, quote_all};

/// Picks `count` actor columns, the applicant first most of the time as on real sheets.
pub(crate) fn actors(rng: &mut Rng, count: usize) -> Vec<(&'static str, &'static str)> {
    let mut rest: Vec<(&str, &str)> = words::ACTORS[1..].to_vec();
    rng.shuffle(&mut rest);
    let mut chosen = Vec::with_capacity(count);
    if rng.chance(70) {
        chosen.push(words::ACTORS[0]);
    }
    chosen.extend(rest);
    chosen.truncate(count);
    chosen
}

/// Writes `pelaksana { … }`.
pub(crate) fn write_actors(w: &mut Writer, rng: &mut Rng, actors: &[(&str, &str)]) {
    if rng.chance(25) {
        let all: Vec<String> = actors
            .iter()
            .map(|(id, name)| format!("{id} {}", quote(name)))
            .collect();
        w.line(&format!("pelaksana {{ {} }}", all.join("  ")));
        return;
    }
    let width = actors.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
    w.open("pelaksana");
    for (id, name) in actors {
        w.line(&format!("{id:<width$} {}", quote(name)));
    }
    w.close();
}

/// Writes `prosedur { … }` for the planned rows. With `several` (its own random stream, so
/// files without it keep their bytes), some rows list several symbols, and the constructs
/// that go with them appear: texts inside symbols, an office's row number, en-dash ranges.
pub(crate) fn write_steps(
    w: &mut Writer,
    rng: &mut Rng,
    rows: &[Row],
    actors: &[(&str, &str)],
    related: &[&str],
    mut several: Option<Rng>,
) {
    let labels = labels(rng, rows);
    let forms = match several.as_mut() {
        Some(extra) => symbols::plan(extra, rows, actors.len(), &labels, &mut |r, i| {
            decision_exits(r, &rows[i], &labels)
        }),
        None => (0..rows.len()).map(|_| None).collect(),
    };
    // At most one office number per file, a row skipped at revision (1, 2, 4, 5, …).
    let renumbered = several.as_mut().and_then(|extra| {
        (rows.len() > 3 && extra.chance(40)).then(|| extra.between(1, rows.len() - 1))
    });
    w.open("prosedur");
    for (index, row) in rows.iter().enumerate() {
        if rng.chance(5) {
            w.line("// Langkah ini mengikuti lembar SOP yang ditandatangani.");
        }
        let mut extras = Vec::new();
        if let Some(extra) = several.as_mut() {
            if renumbered == Some(index) {
                extras.push(format!("nomor {}", index + 2));
            }
            if forms[index].is_none() && row.kind != Kind::Decision && extra.chance(20) {
                let text = match row.kind {
                    Kind::Start { .. } => "Mulai",
                    Kind::End => "Selesai",
                    _ => rng_pick(extra, &["Agenda", "Paraf", "Arsip"]),
                };
                extras.push(format!("teks {}", quote(text)));
            }
        }
        if let Some(symbols) = &forms[index] {
            let mut body = cells(rng, row, related);
            en_dash(several.as_mut(), &mut body);
            body.extend(extras);
            write_several(
                w,
                rng,
                row,
                labels[index].as_deref(),
                symbols,
                actors,
                &body,
            );
            continue;
        }
        let head = head(rng, row, index, &labels, actors);
        let mut body = body(rng, row, &labels, related);
        en_dash(several.as_mut(), &mut body);
        body.extend(extras);
        let compact = body.iter().map(String::len).sum::<usize>() < 60 && rng.chance(60);
        if compact {
            w.line(&format!("{head} {{ {} }}", body.join("  ")));
        } else {
            w.open(&head);
            for line in &body {
                w.line(line);
            }
            w.close();
        }
    }
    w.close();
}

fn rng_pick(rng: &mut Rng, items: &[&'static str]) -> &'static str {
    rng.pick(items)
}

/// `label: "Uraian" { symbol lines… cells… }`.
fn write_several(
    w: &mut Writer,
    rng: &mut Rng,
    row: &Row,
    label: Option<&str>,
    symbols: &[Symbol],
    actors: &[(&str, &str)],
    cells: &[String],
) {
    let text = uraian(rng, row);
    w.open(&match label {
        Some(label) => format!("{label}: {text}"),
        None => text,
    });
    for symbol in symbols {
        w.line(&symbol.line(actors));
    }
    for cell in cells {
        w.line(cell);
    }
    w.close();
}

/// A range's hyphen as the en dash word processors put in, now and then.
fn en_dash(rng: Option<&mut Rng>, body: &mut [String]) {
    let Some(rng) = rng else {
        return;
    };
    for item in body.iter_mut() {
        let Some(value) = item.strip_prefix("waktu ") else {
            continue;
        };
        let range = value.starts_with(|c: char| c.is_ascii_digit()) && value.contains('-');
        if range && rng.chance(40) {
            *item = format!("waktu {}", value.replacen('-', "\u{2013}", 1));
        }
    }
}

/// A label for every targeted row (and a few others, as authors name rows they like).
fn labels(rng: &mut Rng, rows: &[Row]) -> Vec<Option<String>> {
    let mut used: Vec<String> = Vec::new();
    rows.iter()
        .map(|row| {
            if !row.targeted && !rng.chance(10) {
                return None;
            }
            let base = if row.kind == Kind::End && row.targeted && rng.chance(70) {
                "tolak"
            } else {
                rng.pick(words::LABELS)
            };
            let mut label = base.to_owned();
            let mut n = 2;
            while used.contains(&label) {
                label = format!("{base}-{n}");
                n += 1;
            }
            used.push(label.clone());
            Some(label)
        })
        .collect()
}

/// `label: mulai a + b keputusan "Uraian" "baris kedua"`.
fn head(
    rng: &mut Rng,
    row: &Row,
    index: usize,
    labels: &[Option<String>],
    actors: &[(&str, &str)],
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(label) = &labels[index] {
        parts.push(format!("{label}:"));
    }
    match row.kind {
        Kind::Start { alternative: false } => parts.push("mulai".to_owned()),
        Kind::Start { alternative: true } => parts.push("mulai alternatif".to_owned()),
        Kind::End => parts.push("selesai".to_owned()),
        Kind::Process | Kind::Decision => {}
    }
    let names: Vec<&str> = row.actors.iter().map(|&a| actors[a].0).collect();
    parts.push(names.join(" + "));
    if row.kind == Kind::Decision {
        parts.push("keputusan".to_owned());
    }
    parts.push(uraian(rng, row));
    parts.join(" ")
}

/// The Uraian Kegiatan: a verb phrase, sometimes on two lines (two texts or a `\n`).
fn uraian(rng: &mut Rng, row: &Row) -> String {
    let text = match row.kind {
        Kind::Decision => rng.pick(words::CHECKS).0.to_owned(),
        Kind::End if row.rejects || row.targeted => {
            "Menerima pengembalian berkas beserta alasan penolakan".to_owned()
        }
        Kind::End => format!("Menerima {}", rng.pick(words::OUTPUTS).to_lowercase()),
        _ => {
            let mut text = format!("{} {}", rng.pick(words::VERBS), rng.pick(words::OBJECTS));
            if rng.chance(40) {
                text = format!("{text} {}", rng.pick(words::TAILS));
            }
            text
        }
    };
    match rng.below(20) {
        0 => format!("{} {}", quote(&text), quote("dan melaporkan kepada atasan")),
        1 => quote(&format!("{text}\n(rangkap dua)")),
        2 => quote(&format!("{text} \"segera\"")),
        _ => quote(&text),
    }
}

/// The items inside the step's braces.
fn body(rng: &mut Rng, row: &Row, labels: &[Option<String>], related: &[&str]) -> Vec<String> {
    let mut items = Vec::new();
    if row.kind == Kind::Decision {
        decision_items(rng, row, labels, &mut items);
    }
    items.extend(cells(rng, row, related));
    if !row.jumps.is_empty() {
        let targets: Vec<&str> = row.jumps.iter().map(|&j| label(labels, j)).collect();
        items.push(format!("-> {}", targets.join(", ")));
    }
    if rng.chance(20) {
        // Authors order the cells freely.
        let last = items.len() - 1;
        let from = usize::from(row.kind == Kind::Decision) * 2;
        if last > from {
            items.swap(from, last);
        }
    }
    items
}

/// The mutu baku and keterangan cells of a row.
fn cells(rng: &mut Rng, row: &Row, related: &[&str]) -> Vec<String> {
    let mut items = Vec::new();
    let start = matches!(row.kind, Kind::Start { .. });
    if rng.chance(if start { 70 } else { 20 }) {
        let inputs = crate::identity::sample(rng, words::INPUTS, 1, 3);
        items.push(format!("kelengkapan {}", list_value(rng, &inputs)));
    }
    items.push(format!("waktu {}", waktu(rng)));
    items.push(format!("output {}", output(rng)));
    if rng.chance(15) {
        let note = match related {
            [] => quote(rng.pick(words::NOTES)),
            _ if rng.chance(30) => quote(rng.pick(words::NOTES)),
            _ => (rng.pick(related)).to_owned(),
        };
        items.push(format!("keterangan {note}"));
    }
    items
}

/// A decision's question and its `ya`/`tidak` lines, for a decision symbol of a row.
fn decision_exits(
    rng: &mut Rng,
    row: &Row,
    labels: &[Option<String>],
) -> (Option<String>, Vec<String>) {
    let mut items = Vec::new();
    decision_items(rng, row, labels, &mut items);
    let question = rng.pick(words::CHECKS).1.to_owned();
    items.retain(|item| !item.starts_with("tanya "));
    (Some(question), items)
}

fn decision_items(rng: &mut Rng, row: &Row, labels: &[Option<String>], items: &mut Vec<String>) {
    if rng.chance(60) {
        items.push(format!("tanya {}", quote(rng.pick(words::CHECKS).1)));
    }
    let (ya, tidak) = if rng.chance(30) {
        let (y, t) = rng.pick(words::BRANCH_LABELS);
        (format!("ya {} ", quote(y)), format!("tidak {} ", quote(t)))
    } else if row.rejects {
        ("ya ".to_owned(), format!("tidak {} ", quote("Ditolak")))
    } else {
        ("ya ".to_owned(), "tidak ".to_owned())
    };
    let target = |t: Target| match t {
        Target::Next => "lanjut",
        Target::Row(j) => label(labels, j),
    };
    items.push(format!("{ya}-> {}", target(row.ya)));
    items.push(format!("{tidak}-> {}", target(row.tidak)));
}

fn label(labels: &[Option<String>], row: usize) -> &str {
    // Every targeted row got a label in `labels`.
    labels[row].as_deref().unwrap_or("lanjut")
}

fn list_value<S: AsRef<str>>(rng: &mut Rng, items: &[S]) -> String {
    if items.len() > 1 && rng.chance(30) {
        format!("{{ {} }}", quote_all(items))
    } else {
        quote_all(items)
    }
}

fn output(rng: &mut Rng) -> String {
    match rng.below(20) {
        0 | 1 => "-".to_owned(),
        2 => quote_all(&[rng.pick(words::OUTPUTS), "Tanda terima"]),
        _ => quote(rng.pick(words::OUTPUTS)),
    }
}

/// A Waktu value in one of the forms sheets use, always plausible for its unit.
pub(crate) fn waktu(rng: &mut Rng) -> String {
    // Units weighted like real sheets (mostly minutes), each with the amounts authors write.
    const UNITS: &[(&str, &[u32])] = &[
        ("menit", &[1, 2, 3, 5, 10, 15, 20, 30, 45, 60]),
        ("jam", &[1, 2, 3, 4, 6, 8, 24]),
        ("hari", &[1, 2, 3, 5, 7, 14]),
        ("hari kerja", &[1, 2, 3, 5, 7, 14]),
        ("detik", &[5, 10, 15, 30, 60]),
        ("minggu", &[1, 2, 3, 4]),
        ("bulan", &[1, 2, 3, 6]),
    ];
    let (unit, amounts) = UNITS[rng.weighted(&[50, 12, 10, 8, 5, 3, 2])];
    let unit = if rng.chance(10) {
        capitalise(unit)
    } else {
        unit.to_owned()
    };
    let amount = rng.pick(amounts);
    match rng.below(100) {
        0..=59 => format!("{amount} {unit}"),
        60..=71 => {
            let from = rng.below(amounts.len() - 1);
            let to = rng.between(from + 1, amounts.len() - 1);
            let dash = if rng.chance(50) { "-" } else { " - " };
            format!("{}{dash}{} {unit}", amounts[from], amounts[to])
        }
        72..=75 => format!("{} x 24 jam", rng.between(1, 3)),
        76..=79 => format!("{},5 {unit}", amounts[rng.below(amounts.len() - 1)]),
        80..=82 => format!("{amount}{unit}"),
        83..=93 => quote(rng.pick(words::FREE_WAKTU)),
        _ => "-".to_owned(),
    }
}

fn capitalise(unit: &str) -> String {
    unit.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
