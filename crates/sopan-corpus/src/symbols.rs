//! Rows that hold several symbols: some planned rows written with their symbols listed in
//! their braces, as signed sheets draw them (a start beside the first work, a box and the
//! decision that checks it, a chain across columns, a fan-out, an exchange, a dotted hand-on,
//! a process beside the end, two starts side by side, a decision into two symbols of the
//! next row).
//!
//! Validity by construction, as in `flow.rs`: a row's label names its first symbol, so every
//! arrow into the row lands where the planned flow went; the symbols of the row lead from
//! that one to the row's own exits (written on the symbols that leave), so the planned flow
//! between rows is unchanged. The one form that changes an exit is the decision into the
//! next row: it is made only from a process row with no exit of its own followed by another
//! such row, so both exits still reach the row after.

use crate::flow::{Kind, Row};
use crate::rng::Rng;
use crate::write::quote;

/// One symbol of a row, ready to write.
pub(crate) struct Symbol {
    pub(crate) label: Option<String>,
    pub(crate) kind: &'static str,
    pub(crate) actors: Vec<usize>,
    pub(crate) text: Option<String>,
    pub(crate) exits: Vec<String>,
}

impl Symbol {
    fn new(kind: &'static str, actors: Vec<usize>) -> Symbol {
        Symbol {
            label: None,
            kind,
            actors,
            text: None,
            exits: Vec::new(),
        }
    }

    /// `label: proses a + b "Teks" { exits }`.
    pub(crate) fn line(&self, actors: &[(&str, &str)]) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(label) = &self.label {
            parts.push(format!("{label}:"));
        }
        parts.push(self.kind.to_owned());
        let names: Vec<&str> = self.actors.iter().map(|&a| actors[a].0).collect();
        parts.push(names.join(" + "));
        if let Some(text) = &self.text {
            parts.push(quote(text));
        }
        if !self.exits.is_empty() {
            parts.push(format!("{{ {} }}", self.exits.join("  ")));
        }
        parts.join(" ")
    }
}

/// For each row, its symbols when it is written as a row of several, else `None`. Rows are
/// chosen with `percent` chance each; the exits of a decision are the `ya`/`tidak` lines
/// `decision` writes for it.
pub(crate) fn plan(
    rng: &mut Rng,
    rows: &[Row],
    actors: usize,
    labels: &[Option<String>],
    decision: &mut impl FnMut(&mut Rng, usize) -> (Option<String>, Vec<String>),
) -> Vec<Option<Vec<Symbol>>> {
    let mut out: Vec<Option<Vec<Symbol>>> = (0..rows.len()).map(|_| None).collect();
    let mut index = 0;
    while index < rows.len() {
        let row = &rows[index];
        let plain = |r: &Row| r.kind == Kind::Process && r.jumps.is_empty();
        if index > 0 && plain(row) && rows.get(index + 1).is_some_and(plain) && rng.chance(15) {
            let (first, second) = decision_into_next_row(rng, index, rows, actors);
            out[index] = Some(first);
            out[index + 1] = Some(second);
            index += 2;
            continue;
        }
        if rng.chance(30) {
            out[index] = several(rng, index, row, actors, labels, decision);
        }
        index += 1;
    }
    out
}

/// Another actor than `not` where there is one; the same one (a lane used twice) otherwise.
fn other_actor(rng: &mut Rng, actors: usize, not: usize) -> usize {
    if actors < 2 {
        return 0;
    }
    let pick = rng.below(actors - 1);
    if pick >= not { pick + 1 } else { pick }
}

/// The row's exits as `->` lines: its jumps, or `lanjut` when it has none.
fn onward(row: &Row, labels: &[Option<String>]) -> Vec<String> {
    if row.jumps.is_empty() {
        return vec!["-> lanjut".to_owned()];
    }
    let targets: Vec<&str> = row.jumps.iter().map(|&j| label(labels, j)).collect();
    vec![format!("-> {}", targets.join(", "))]
}

/// The row's jumps, or nothing (the next symbol is the next row's first).
fn jumps(row: &Row, labels: &[Option<String>]) -> Vec<String> {
    if row.jumps.is_empty() {
        Vec::new()
    } else {
        onward(row, labels)
    }
}

fn label(labels: &[Option<String>], row: usize) -> &str {
    labels[row].as_deref().unwrap_or("lanjut")
}

/// A symbol label no planned label can be (those are words of `words::LABELS`).
fn symbol_label(row: usize, n: usize) -> String {
    format!("simbol-{}-{n}", row + 1)
}

fn several(
    rng: &mut Rng,
    index: usize,
    row: &Row,
    actors: usize,
    labels: &[Option<String>],
    decision: &mut impl FnMut(&mut Rng, usize) -> (Option<String>, Vec<String>),
) -> Option<Vec<Symbol>> {
    let own = row.actors.clone();
    let first = own.first().copied().unwrap_or(0);
    let other = other_actor(rng, actors, first);
    match row.kind {
        Kind::Start { alternative: true } => None,
        Kind::Start { alternative: false } if row.jumps.is_empty() && rng.chance(40) => {
            // Two ways in side by side; the second is an alternative by its place.
            let mut a = Symbol::new("mulai", own);
            a.text = Some(rng.pick(START_TEXTS).0.to_owned());
            let mut b = Symbol::new("mulai", vec![other]);
            b.text = Some(rng.pick(START_TEXTS).1.to_owned());
            Some(vec![a, b])
        }
        Kind::Start { .. } => {
            let mut start = Symbol::new("mulai", own);
            if rng.chance(50) {
                start.text = Some("Mulai".to_owned());
            }
            let mut work = Symbol::new("proses", vec![other]);
            work.exits = jumps(row, labels);
            Some(vec![start, work])
        }
        Kind::End => {
            let work = Symbol::new("proses", vec![other]);
            let mut end = Symbol::new("selesai", own);
            if rng.chance(50) {
                end.text = Some("Selesai".to_owned());
            }
            Some(vec![work, end])
        }
        Kind::Decision => {
            let work = Symbol::new("proses", vec![other]);
            let (question, exits) = decision(rng, index);
            let mut check = Symbol::new("keputusan", own);
            check.text = question;
            check.exits = exits;
            Some(vec![work, check])
        }
        Kind::Process => Some(process(rng, index, row, own, actors, labels)),
    }
}

/// A process row as a chain, a fan-out, an exchange or a dotted hand-on.
fn process(
    rng: &mut Rng,
    index: usize,
    row: &Row,
    own: Vec<usize>,
    actors: usize,
    labels: &[Option<String>],
) -> Vec<Symbol> {
    let first = own.first().copied().unwrap_or(0);
    let mut head = Symbol::new("proses", own);
    let mut rest: Vec<Symbol> = (0..rng.between(1, 3))
        .map(|_| Symbol::new("proses", vec![other_actor(rng, actors, first)]))
        .collect();
    match rng.below(4) {
        0 => {
            // A chain: each symbol goes on to the next; the last leaves the row.
            if let Some(last) = rest.last_mut() {
                last.exits = jumps(row, labels);
            }
        }
        1 => {
            // A fan-out from the first box to every other box, each of which leaves.
            let names: Vec<String> = (0..rest.len()).map(|n| symbol_label(index, n)).collect();
            head.exits = vec![format!("-> {}", names.join(", "))];
            for (symbol, name) in rest.iter_mut().zip(names) {
                symbol.label = Some(name);
                symbol.exits = onward(row, labels);
            }
        }
        2 => {
            // An exchange: the first box leaves; the others trade with it both ways.
            let name = symbol_label(index, 0);
            head.label = Some(name.clone());
            head.exits = onward(row, labels);
            for symbol in &mut rest {
                symbol.exits = vec![format!("<-> {name}")];
            }
        }
        _ => {
            // A dotted hand-on: information to the second box, the work goes on.
            rest.truncate(1);
            let name = symbol_label(index, 0);
            head.exits = vec![format!("..> {name}"), onward(row, labels).remove(0)];
            rest[0].label = Some(name);
            rest[0].exits = jumps(row, labels);
        }
    }
    if rng.chance(30) {
        head.text = Some(rng.pick(BOX_TEXTS).to_owned());
    }
    let mut all = vec![head];
    all.extend(rest);
    all
}

/// Row `index` as a box and a decision whose exits go to the two boxes of row `index + 1`.
fn decision_into_next_row(
    rng: &mut Rng,
    index: usize,
    rows: &[Row],
    actors: usize,
) -> (Vec<Symbol>, Vec<Symbol>) {
    let own = rows[index].actors.clone();
    let first = own.first().copied().unwrap_or(0);
    let work = Symbol::new("proses", own);
    let mut check = Symbol::new("keputusan", vec![other_actor(rng, actors, first)]);
    let (question, (ya, tidak)) = rng.pick(ALTERNATIVES);
    check.text = Some(question.to_owned());
    let second = symbol_label(index + 1, 1);
    check.exits = vec![
        format!("ya {} -> lanjut", quote(ya)),
        format!("tidak {} -> {second}", quote(tidak)),
    ];
    let next = rows[index + 1].actors.clone();
    let next_first = next.first().copied().unwrap_or(0);
    let mut a = Symbol::new("proses", next);
    a.exits = vec!["-> lanjut".to_owned()];
    a.text = Some(ya.to_owned());
    let mut b = Symbol::new("proses", vec![other_actor(rng, actors, next_first)]);
    b.label = Some(second);
    b.text = Some(tidak.to_owned());
    (vec![work, check], vec![a, b])
}

/// The texts of two starts side by side.
const START_TEXTS: &[(&str, &str)] = &[
    ("Langsung ke kantor", "Via email"),
    ("Datang ke loket", "Melalui aplikasi"),
    ("Luring", "Daring"),
];

/// Texts some offices write inside a box.
const BOX_TEXTS: &[&str] = &["Agenda", "Disposisi", "Verifikasi", "Paraf", "Arsip"];

/// A decision between two alternatives, and the texts of the boxes it leads to.
const ALTERNATIVES: &[(&str, (&str, &str))] = &[
    ("Teknis?", ("Teknis", "Administratif")),
    ("Daring?", ("Online", "Offline")),
    ("Rahasia?", ("Rahasia", "Biasa")),
    ("Jenis A?", ("A", "B")),
];
