//! The shape of a procedure before any text: which row is a start, process, decision or
//! end, where each exit goes, and who performs each row.
//!
//! Validity by construction: the main rows form a chain from the start to the main end
//! that every row stays on (a decision's `ya` continues to the next row, a fork's two
//! branches meet again at the row after them), so every row is reachable and reaches an
//! end. Back edges only add loops that the chain leaves; extra ends sit below the main end
//! and are entered only by a decision exit; an alternative start sits right after the first.

use crate::Shape;
use crate::rng::Rng;

/// The kind of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Start { alternative: bool },
    Process,
    Decision,
    End,
}

/// Where an exit goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// `lanjut`: the next row that is not an alternative start.
    Next,
    /// A row, by its final index.
    Row(usize),
}

/// One row of the procedure.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub(crate) kind: Kind,
    /// Actor indexes; more than one for a joint step.
    pub(crate) actors: Vec<usize>,
    /// `-> a, b` of a process or start; empty means the next row.
    pub(crate) jumps: Vec<usize>,
    /// The `ya` and `tidak` exits of a decision.
    pub(crate) ya: Target,
    pub(crate) tidak: Target,
    /// Whether some exit names this row, so it needs a label.
    pub(crate) targeted: bool,
    /// Whether the decision's exit leaves the procedure (to an extra end).
    pub(crate) rejects: bool,
}

impl Row {
    fn new(kind: Kind) -> Row {
        Row {
            kind,
            actors: Vec::new(),
            jumps: Vec::new(),
            ya: Target::Next,
            tidak: Target::Next,
            targeted: false,
            rejects: false,
        }
    }
}

/// Plans `rows` rows for `actors` actors (at most `rows`).
pub(crate) fn plan(rng: &mut Rng, shape: &Shape, rows: usize, actors: usize) -> Vec<Row> {
    let rows = rows.max(3);
    let alternative = usize::from(shape.alternative_starts && rows >= 4);
    let extra_ends = if shape.several_ends && rows - alternative >= 4 {
        1 + usize::from(rows >= 12 && rng.chance(30))
    } else {
        0
    };
    let main = rows - alternative - extra_ends;
    let mut chain: Vec<Row> = (0..main)
        .map(|i| {
            Row::new(match i {
                0 => Kind::Start { alternative: false },
                _ if i == main - 1 => Kind::End,
                _ => Kind::Process,
            })
        })
        .collect();
    let mut reserved = vec![false; main];
    if shape.forks {
        forks(rng, &mut chain, &mut reserved);
    }
    let wants_decisions = shape.decisions || extra_ends > 0;
    let deciders = if wants_decisions {
        decisions(rng, shape, &mut chain, &reserved, extra_ends)
    } else {
        Vec::new()
    };
    // Final order: first start, the alternative start, the rest of the chain, extra ends.
    let position = |i: usize| if i == 0 { 0 } else { i + alternative };
    let mut out: Vec<Row> = Vec::with_capacity(rows);
    for (i, mut row) in chain.into_iter().enumerate() {
        row.jumps = row.jumps.iter().map(|&j| position(j)).collect();
        for target in [&mut row.ya, &mut row.tidak] {
            if let Target::Row(j) = target {
                *j = position(*j);
            }
        }
        out.push(row);
        if i == 0 && alternative == 1 {
            out.push(Row::new(Kind::Start { alternative: true }));
        }
    }
    // Each extra end needs a decision leading to it; with too few free rows, fewer ends.
    let extra_ends = extra_ends.min(deciders.len());
    let first_extra = out.len();
    for _ in 0..extra_ends {
        out.push(Row::new(Kind::End));
    }
    for (n, &d) in deciders.iter().enumerate() {
        let end = first_extra + n;
        out[position(d)].tidak = Target::Row(end);
        out[position(d)].rejects = true;
    }
    mark_targets(&mut out);
    if shape.joint_steps && actors >= 2 {
        joint(rng, &mut out, actors);
    }
    assign_actors(rng, &mut out, actors);
    out
}

/// Forks: row `i` goes to `i+1` and `i+2`; `i+1` jumps over `i+2` to the merge `i+3`.
fn forks(rng: &mut Rng, chain: &mut [Row], reserved: &mut [bool]) {
    let main = chain.len();
    if main < 5 {
        return;
    }
    let wanted = 1 + rng.below(main / 12 + 1);
    for _ in 0..wanted * 4 {
        if chain.iter().filter(|r| !r.jumps.is_empty()).count() >= wanted * 2 {
            break;
        }
        let i = rng.below(main - 4);
        if reserved[i..=i + 2].iter().any(|&r| r) {
            continue;
        }
        reserved[i..=i + 2].fill(true);
        chain[i].jumps = vec![i + 1, i + 2];
        chain[i + 1].jumps = vec![i + 3];
    }
}

/// Turns some free middle rows into decisions; returns the ones whose `tidak` must go to an
/// extra end (`rejecting` of them), which the caller points once the ends exist.
fn decisions(
    rng: &mut Rng,
    shape: &Shape,
    chain: &mut [Row],
    reserved: &[bool],
    rejecting: usize,
) -> Vec<usize> {
    let main = chain.len();
    let mut free: Vec<usize> = (1..main - 1).filter(|&i| !reserved[i]).collect();
    if free.is_empty() {
        return Vec::new();
    }
    rng.shuffle(&mut free);
    let mut count = 1 + rng.below(main / 6 + 1);
    if shape.nested_loops {
        count = count.max(3);
    }
    count = count.max(rejecting).min(free.len());
    let mut chosen = free[..count].to_vec();
    chosen.sort_unstable();
    let mut rejecters = chosen.clone();
    rng.shuffle(&mut rejecters);
    rejecters.truncate(rejecting);
    // The loop most recently closed: (from, to). A nested loop's back edge goes above it.
    let mut outer: Option<usize> = None;
    for &i in &chosen {
        if rejecters.contains(&i) {
            chain[i].kind = Kind::Decision;
            continue;
        }
        let room = i + 2 < main;
        let back = shape.back_edges && (rng.chance(80) || !room);
        if !back && !room {
            // Neither a loop nor a skip fits: the row stays a process.
            continue;
        }
        chain[i].kind = Kind::Decision;
        let target = if back {
            let top = match outer {
                Some(j) if shape.nested_loops => j,
                _ => i - 1,
            };
            let j = if shape.nested_loops {
                rng.between(top.saturating_sub(2), top)
            } else {
                i - rng.between(1, i.min(3))
            };
            outer = Some(j);
            j
        } else {
            rng.between(i + 2, main - 1)
        };
        chain[i].tidak = Target::Row(target);
        // "Perlu perbaikan? ya -> back": the positive exit may be the one that loops.
        if target < i && rng.chance(15) {
            chain[i].ya = Target::Row(target);
            chain[i].tidak = Target::Next;
        }
    }
    rejecters
}

fn mark_targets(rows: &mut [Row]) {
    let mut targeted = vec![false; rows.len()];
    for row in rows.iter() {
        for &j in &row.jumps {
            targeted[j] = true;
        }
        for target in [row.ya, row.tidak] {
            if let Target::Row(j) = target {
                targeted[j] = true;
            }
        }
    }
    for (row, t) in rows.iter_mut().zip(targeted) {
        row.targeted = t;
    }
}

/// Some process rows are done by two actors together.
fn joint(rng: &mut Rng, rows: &mut [Row], actors: usize) {
    let processes: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].kind == Kind::Process)
        .collect();
    if processes.is_empty() {
        return;
    }
    for _ in 0..=rows.len() / 8 {
        let i = rng.pick(&processes);
        let a = rng.below(actors);
        let b = (a + 1 + rng.below(actors - 1)) % actors;
        rows[i].actors = vec![a, b];
    }
}

/// Gives every row its actor by a walk over the columns (work moves to a neighbouring post
/// more often than across the sheet), then hands any column left empty a row of its own:
/// every declared actor must have a step.
fn assign_actors(rng: &mut Rng, rows: &mut [Row], actors: usize) {
    let outside_first = rng.chance(70);
    let mut at = 0;
    let last_end = rows.iter().rposition(|r| r.kind == Kind::End);
    for (i, row) in rows.iter_mut().enumerate() {
        if !row.actors.is_empty() {
            continue;
        }
        let first = matches!(row.kind, Kind::Start { .. });
        let primary = if outside_first && (first || Some(i) == last_end) {
            0
        } else {
            at = match rng.below(10) {
                0..=3 => (at + 1).min(actors - 1),
                4 | 5 => at.saturating_sub(1),
                6 => at,
                _ => rng.below(actors),
            };
            at
        };
        row.actors = vec![primary];
    }
    cover(rng, rows, actors);
}

fn cover(rng: &mut Rng, rows: &mut [Row], actors: usize) {
    let mut uses = vec![0usize; actors];
    for row in rows.iter() {
        for &a in &row.actors {
            uses[a] += 1;
        }
    }
    for unused in 0..actors {
        if uses[unused] > 0 {
            continue;
        }
        let spare: Vec<(usize, usize)> = rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| r.actors.iter().enumerate().map(move |(s, &a)| (i, s, a)))
            .filter(|&(i, _, a)| uses[a] > 1 && !rows[i].actors.contains(&unused))
            .map(|(i, s, _)| (i, s))
            .collect();
        // At most `rows` actors are planned, so a column used twice always exists.
        let Some(&(i, slot)) = spare.get(rng.below(spare.len())) else {
            continue;
        };
        uses[rows[i].actors[slot]] -= 1;
        rows[i].actors[slot] = unused;
        uses[unused] += 1;
    }
}
