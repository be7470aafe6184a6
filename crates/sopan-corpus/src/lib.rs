//! Realistic, valid `.sop` files on demand, for property tests, fuzz seeds and benchmarks.
//!
//! [`generate`] writes one SOP from a seed and a [`Shape`]; [`corpus`] writes many
//! varied typical ones, with the proportions of real sheets (3–17 steps, median about 6,
//! 2–6 actors, a third with a decision) and a unique `nomor` and `id` per file. The same
//! seed always gives the same bytes, on every platform: the generator has its own PRNG
//! (`rng.rs`) and reads no clock, no environment and no OS randomness.
//!
//! Every file checks with zero diagnostics. Validity holds by construction rather than by
//! filtering: `flow.rs` plans a flow that cannot break a flow rule, `identity.rs` draws
//! dates and NIPs that exist, `procedure.rs` fills every mutu baku cell with a plausible
//! value. The crate's tests check that claim on hundreds of files with the real checker.
//!
//! [`shapes`] writes the two pathological flow shapes of the scaling benchmark.
//!
//! Files: `rng.rs` (`SplitMix64`), `words.rs` (vocabulary), `write.rs` (indentation and
//! quoting), `identity.rs`, `flow.rs`, `procedure.rs`, `symbols.rs` (rows that hold several symbols).

mod flow;
mod identity;
mod procedure;
mod rng;
pub mod shapes;
mod symbols;
mod words;
mod write;

use std::ops::RangeInclusive;

use rng::Rng;
use write::{Writer, quote};

/// What a generated SOP looks like. A feature switched on appears whenever the SOP has
/// room for it (a fork needs five rows; an alternative start four).
#[derive(Clone, Debug, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches that tests combine freely; named fields read better than flags"
)]
pub struct Shape {
    /// How many rows the procedure has, both terminators included (at least 3).
    pub steps: RangeInclusive<usize>,
    /// How many actor columns (at least 1; never more than the rows, since every actor
    /// must have a step).
    pub actors: RangeInclusive<usize>,
    /// Some rows are decisions with `ya` and `tidak` exits.
    pub decisions: bool,
    /// Decision exits loop back to an earlier row (otherwise they skip forward).
    pub back_edges: bool,
    /// Back edges enclose one another: loops inside loops.
    pub nested_loops: bool,
    /// A row forks to two rows that merge again (`-> a, b`).
    pub forks: bool,
    /// Some rows are done by two actors together (`a + b`).
    pub joint_steps: bool,
    /// A second way in (`mulai alternatif`).
    pub alternative_starts: bool,
    /// A decision exit ends the procedure at an extra `selesai` row.
    pub several_ends: bool,
    /// Some rows list several symbols (chains, fan-outs, a box and its decision, two starts
    /// side by side, a decision into two symbols of the next row, `<->` and `..>`), with
    /// texts inside symbols, an office's row number and en-dash ranges.
    pub several_symbols: bool,
    /// The identity lists as long as the longest signed sheets have them: a dozen dasar
    /// hukum, thirty items of peralatan, long kualifikasi, peringatan and pencatatan, and
    /// extra sections, so that page 1 runs over onto continuation pages.
    pub long_identity: bool,
}

impl Shape {
    /// A typical SOP: 3–17 rows, 2–6 actors, a straight flow. [`corpus`] switches features
    /// on per file in the proportions of real sheets.
    #[must_use]
    pub fn typical() -> Shape {
        Shape {
            steps: 3..=17,
            actors: 2..=6,
            decisions: false,
            back_edges: false,
            nested_loops: false,
            forks: false,
            joint_steps: false,
            alternative_starts: false,
            several_ends: false,
            several_symbols: false,
            long_identity: false,
        }
    }

    /// Every construct at once, up to 40 rows and 8 actors: the stress shape for tests.
    #[must_use]
    pub fn everything() -> Shape {
        Shape {
            steps: 8..=40,
            actors: 2..=8,
            decisions: true,
            back_edges: true,
            nested_loops: true,
            forks: true,
            joint_steps: true,
            alternative_starts: true,
            several_ends: true,
            several_symbols: true,
            long_identity: false,
        }
    }

    /// Exactly `steps` rows with decisions, loops and forks at a typical density: the shape
    /// for measuring how time grows with the size of one SOP.
    #[must_use]
    pub fn sized(steps: usize) -> Shape {
        Shape {
            steps: steps..=steps,
            actors: 4..=6,
            decisions: true,
            back_edges: true,
            forks: true,
            ..Shape::typical()
        }
    }
}

impl Default for Shape {
    fn default() -> Shape {
        Shape::typical()
    }
}

/// One SOP from `seed` and `shape`. Its `nomor` and `id` carry the seed, so files from
/// different seeds never clash in one repository.
#[must_use]
pub fn generate(seed: u64, shape: &Shape) -> String {
    let mut rng = Rng::new(seed);
    write_sop(&mut rng, shape, seed)
}

/// `n` typical SOPs as (file name, text), varied like a real repository: [`Shape::typical`]
/// sizes, a third with a decision, a few with forks, joint steps, alternative starts or
/// several ends. Names and `nomor`s are unique within the corpus.
#[must_use]
pub fn corpus(seed: u64, n: usize) -> Vec<(String, String)> {
    (0..n).map(|index| corpus_file(seed, index)).collect()
}

/// File `index` (from 0) of [`corpus`]`(seed, …)`, generated alone: a large corpus can be
/// written one file at a time without holding it all in memory.
#[must_use]
pub fn corpus_file(seed: u64, index: usize) -> (String, String) {
    let mut rng = Rng::forked(seed, index as u64);
    let mut shape = typical_mix(&mut rng);
    // Drawn from a stream of its own, so the files without it keep the bytes they had.
    shape.several_symbols = Rng::forked(seed ^ SEVERAL_SYMBOLS, index as u64).chance(15);
    let serial = index as u64 + 1;
    let text = write_sop(&mut rng, &shape, serial);
    let slug = slug_of(&text);
    (format!("{slug}-{serial:05}.sop"), text)
}

/// Mixed into the seed of the stream that picks the files with rows of several symbols.
const SEVERAL_SYMBOLS: u64 = 0x5359_4d42_4f4c_5321;

/// The proportions of real sheets: 3–17 rows (median about 6), 2–6 actors (mostly 4), a
/// third with a decision (most of those looping back), rarer forks and other constructs.
fn typical_mix(rng: &mut Rng) -> Shape {
    const ROW_WEIGHTS: &[usize] = &[7, 11, 14, 14, 10, 8, 6, 4, 3, 3, 2, 2, 1, 1, 1];
    const ACTOR_WEIGHTS: &[usize] = &[3, 5, 8, 5, 3];
    let rows = 3 + rng.weighted(ROW_WEIGHTS);
    let actors = 2 + rng.weighted(ACTOR_WEIGHTS);
    let decisions = rng.chance(33);
    Shape {
        steps: rows..=rows,
        actors: actors..=actors,
        decisions,
        back_edges: decisions && rng.chance(80),
        nested_loops: false,
        forks: rng.chance(6),
        joint_steps: rng.chance(10),
        alternative_starts: rng.chance(5),
        several_ends: decisions && rng.chance(15),
        several_symbols: false,
        long_identity: false,
    }
}

fn write_sop(rng: &mut Rng, shape: &Shape, serial: u64) -> String {
    // Separate streams per part: changing how one part draws leaves the others alone.
    let mut head_rng = rng.fork();
    let mut flow_rng = rng.fork();
    let mut text_rng = rng.fork();
    let rows = rng.between(*shape.steps.start(), *shape.steps.end()).max(3);
    let actor_count = rng
        .between(*shape.actors.start(), *shape.actors.end())
        .clamp(1, rows.min(16));
    let (title, slug) = rng.pick(words::SERVICES);
    let mut w = Writer::new(if rng.chance(80) { "  " } else { "    " });
    if rng.chance(40) {
        w.line(&format!(
            "// SOP {title}: disalin dari lembar yang ditandatangani."
        ));
    }
    w.open(&format!("sop {}", quote(title)));
    let identity = identity::write(&mut w, &mut head_rng, serial, slug, shape.long_identity);
    let actors = procedure::actors(&mut text_rng, actor_count);
    procedure::write_actors(&mut w, &mut text_rng, &actors);
    w.line("");
    let rows = flow::plan(&mut flow_rng, shape, rows, actor_count);
    // Forked last and only when used, so shapes without it keep their bytes.
    let symbol_rng = shape.several_symbols.then(|| rng.fork());
    procedure::write_steps(
        &mut w,
        &mut text_rng,
        &rows,
        &actors,
        &identity.related_ids,
        symbol_rng,
    );
    w.close();
    w.finish()
}

/// The SOP's title as a file-name slug: `Pelayanan Surat Pindah` → `pelayanan-surat-pindah`.
fn slug_of(text: &str) -> String {
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("sop \""))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("sop");
    title
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests;
