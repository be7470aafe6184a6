//! "Did you mean …" for unknown names: one helper, so every rule suggests the same way.
//!
//! Comparing an unknown name with every known one costs the product of their lengths, so a
//! file of thousands of typo'd names against thousands of labels would take quadratic time.
//! Two things keep it linear: known names are indexed by length once (a name whose length
//! is too far off cannot reach the threshold, so it is never compared), and each file (and
//! each repository pass) gets a fixed [`Budget`] of comparison work; once it is spent,
//! further unknown names get the plain help instead of a suggestion. Names are considered
//! in source order, so which ones get a suggestion does not depend on anything but the file.

use std::cell::Cell;

use sopan_diagnostics::{Diagnostic, Message, Span};

/// The lowest similarity (1 − edit distance / longer length) that counts as a likely slip.
const THRESHOLD: f64 = 0.65;

/// Character pairs compared per file (or per repository pass) before suggestions stop:
/// some tens of milliseconds of work, thousands of suggestions in a real SOP.
pub(crate) const BUDGET: u64 = 20_000_000;

/// Comparison work left for the suggestions of one file.
#[derive(Debug)]
pub(crate) struct Budget(Cell<u64>);

impl Budget {
    pub(crate) fn new() -> Budget {
        Budget::with(BUDGET)
    }

    pub(crate) fn with(pairs: u64) -> Budget {
        Budget(Cell::new(pairs))
    }

    /// Takes `cost` from the budget if that much is left.
    fn spend(&self, cost: u64) -> bool {
        let left = self.0.get();
        if cost > left {
            return false;
        }
        self.0.set(left - cost);
        true
    }
}

/// The known names of one kind (actors, labels, ids …), indexed by length.
#[derive(Debug)]
pub(crate) struct Names<'a> {
    /// Sorted by length in characters, then by the order the names were given in.
    names: Vec<Name<'a>>,
}

#[derive(Debug)]
struct Name<'a> {
    text: &'a str,
    lower: String,
    chars: usize,
    order: usize,
}

impl<'a> Names<'a> {
    pub(crate) fn new(names: impl IntoIterator<Item = &'a str>) -> Names<'a> {
        let mut names: Vec<Name<'a>> = names
            .into_iter()
            .enumerate()
            .map(|(order, text)| {
                let lower = text.to_lowercase();
                Name {
                    text,
                    chars: lower.chars().count(),
                    lower,
                    order,
                }
            })
            .collect();
        names.sort_by_key(|n| (n.chars, n.order));
        Names { names }
    }

    /// The known name closest to `name`, if one is close enough to be a likely slip and
    /// the budget pays for the comparisons.
    pub(crate) fn did_you_mean(&self, name: &str, budget: &Budget) -> Option<&'a str> {
        self.meant(name, budget).map(|m| m.name)
    }

    /// [`Names::did_you_mean`], and whether no other known name is as close: only then is
    /// the name a certain fix, which an editor may apply in one click.
    pub(crate) fn meant(&self, name: &str, budget: &Budget) -> Option<Meant<'a>> {
        let name = name.to_lowercase();
        let length = name.chars().count();
        // The edit distance is at least the difference in length, so a known name of
        // length `c` can only pass if |length − c| ≤ (1 − THRESHOLD) · max(length, c).
        let shortest = self
            .names
            .partition_point(|n| n.chars < length && !reachable(length, n.chars));
        let longest = shortest
            + self.names[shortest..]
                .partition_point(|n| n.chars <= length || reachable(length, n.chars));
        let candidates = &self.names[shortest..longest];
        let cost = candidates
            .iter()
            .map(|n| (n.chars as u64 + 1) * (length as u64 + 1))
            .fold(0_u64, u64::saturating_add);
        if !budget.spend(cost) {
            return None;
        }
        let mut best: Option<(f64, &Name<'a>, bool)> = None;
        // Edit distance, not Jaro-Winkler: ids share prefixes (`surat-masuk`,
        // `surat-keluar`) that make unrelated names look alike to prefix-weighted measures.
        let scored = candidates
            .iter()
            .map(|n| (strsim::normalized_damerau_levenshtein(&name, &n.lower), n))
            .filter(|&(score, _)| score >= THRESHOLD);
        for (score, n) in scored {
            best = match best {
                None => Some((score, n, true)),
                // Ties go to the name given first, so the suggestion does not depend on
                // hashing or on the length index; a tie makes it uncertain.
                Some((b, m, _)) if b.total_cmp(&score).is_eq() => {
                    let first = if n.order < m.order { n } else { m };
                    Some((b, first, false))
                }
                Some((b, _, _)) if score > b => Some((score, n, true)),
                kept => kept,
            };
        }
        best.map(|(_, n, sure)| Meant { name: n.text, sure })
    }
}

/// The name an unknown one was likely meant as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Meant<'a> {
    /// The known name.
    pub(crate) name: &'a str,
    /// Whether it is the only known name that close: then replacing the unknown one with it
    /// is the fix, not one of several guesses.
    pub(crate) sure: bool,
}

impl<'a> Meant<'a> {
    /// The name, when it is a certain fix.
    pub(crate) fn fix(self) -> Option<&'a str> {
        self.sure.then_some(self.name)
    }
}

/// `diagnostic` with the replacement of `span` by the name meant, when that is certain.
pub(crate) fn with_fix(diagnostic: Diagnostic, span: Span, meant: Option<Meant<'_>>) -> Diagnostic {
    match meant.and_then(Meant::fix) {
        Some(name) => diagnostic.with_suggestion(span, name),
        None => diagnostic,
    }
}

/// Whether a known name of `known` characters could be similar enough to one of `length`.
fn reachable(length: usize, known: usize) -> bool {
    let longer = length.max(known);
    let gap = length.abs_diff(known);
    // gap ≤ (1 − THRESHOLD) · longer, in integers: 100 · gap ≤ 35 · longer.
    gap.saturating_mul(100) <= longer.saturating_mul(35)
}

/// "Did you mean `name`?", in the reader's language.
pub(crate) fn did_you_mean_help(name: &str) -> Message {
    Message::new("periksa-maksud").arg("nama", name)
}

/// The name among a few fixed ones (the units, the templates of a `sopan.yaml`) that
/// `name` is likely a slip for: the cost is linear in the name's length, so it needs no
/// budget.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    Names::new(candidates).did_you_mean(name, &Budget::new())
}

/// [`did_you_mean`] among a few fixed names, with whether the name is a certain fix.
pub(crate) fn meant<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Meant<'a>> {
    Names::new(candidates).meant(name, &Budget::new())
}

/// The help line for an unknown name among a few fixed ones: "did you mean …?" in the
/// reader's language, or `otherwise`.
pub fn help_message<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    otherwise: Message,
) -> Message {
    did_you_mean(name, candidates).map_or(otherwise, did_you_mean_help)
}

#[cfg(test)]
mod tests {
    use super::{Budget, Names, reachable};

    fn did_you_mean<'a>(name: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
        Names::new(names).did_you_mean(name, &Budget::new())
    }

    #[test]
    fn a_fix_is_certain_only_without_an_equally_close_name() {
        let names = Names::new(["kasi", "kasu", "lurah"]);
        let budget = Budget::new();
        // `kasa` is one letter from both `kasi` and `kasu`: a guess, the first given.
        let tie = names.meant("kasa", &budget).expect("a name");
        assert_eq!((tie.name, tie.fix()), ("kasi", None));
        let sure = names.meant("lura", &budget).expect("a name");
        assert_eq!(sure.fix(), Some("lurah"));
    }

    #[test]
    fn suggests_close_names_only() {
        let actors = ["pemohon", "staf", "kasi", "lurah"];
        assert_eq!(did_you_mean("lura", actors), Some("lurah"));
        assert_eq!(did_you_mean("Pemohon", actors), Some("pemohon"));
        assert_eq!(did_you_mean("camat", actors), None);
        assert_eq!(did_you_mean("surat-keluar", ["surat-masuk"]), None);
        assert_eq!(did_you_mean("minutes", ["detik", "menit", "minggu"]), None);
        assert_eq!(
            did_you_mean("mnit", ["detik", "menit", "minggu"]),
            Some("menit")
        );
    }

    #[test]
    fn ties_go_to_the_name_given_first_whatever_its_length() {
        // `kasa` is one edit from both; so is `kas` … but `kasi` comes first.
        assert_eq!(did_you_mean("kasa", ["kasi", "kas"]), Some("kasi"));
        assert_eq!(did_you_mean("kasa", ["kas", "kasi"]), Some("kas"));
        assert_eq!(did_you_mean("kasa", ["kasih", "kasi"]), Some("kasi"));
    }

    #[test]
    fn the_length_index_skips_only_names_that_cannot_pass() {
        // Brute force over lengths: whenever a pair of lengths is ruled out, no pair of
        // strings of those lengths reaches the threshold (the distance is at least the gap).
        for a in 0..40_u8 {
            for b in 0..40_u8 {
                if !reachable(usize::from(a), usize::from(b)) {
                    let longer = f64::from(a.max(b));
                    let best = 1.0 - f64::from(a.abs_diff(b)) / longer;
                    assert!(best < super::THRESHOLD, "{a} {b}");
                }
            }
        }
        assert!(reachable(0, 0));
        assert!(reachable(3, 4));
        assert!(!reachable(2, 4));
        assert_eq!(did_you_mean("ab", ["abcd"]), None);
        assert_eq!(did_you_mean("abcd", ["abc"]), Some("abc"));
    }

    #[test]
    fn a_spent_budget_stops_suggestions() {
        let names = Names::new(["periksa", "ok"]);
        // "periksx" against "periksa" costs 8 × 8; "ok" is ruled out by length.
        let budget = Budget::with(64);
        assert_eq!(names.did_you_mean("periksx", &budget), Some("periksa"));
        assert_eq!(names.did_you_mean("periksx", &budget), None);
        let budget = Budget::with(63);
        assert_eq!(names.did_you_mean("periksx", &budget), None);
    }
}
