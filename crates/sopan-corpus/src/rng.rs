//! The seeded random source: `SplitMix64`, written out so the corpus a seed names never
//! changes with a dependency's version (a PRNG crate may change its algorithm in a minor
//! release, and every recorded benchmark and regression seed would then mean another file).

/// The golden-ratio increment of `SplitMix64`.
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// `SplitMix64` (Steele, Lea and Flood 2014): one 64-bit state, passes `BigCrush`, and every
/// seed, zero included, gives a full-period stream.
#[derive(Clone, Debug)]
pub(crate) struct Rng {
    state: u64,
}

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// The generator [`Rng::fork`] would return on its `index`-th call (from 0) on
    /// `Rng::new(seed)`, without the calls before: the state advances by a constant per
    /// output, so any point of the stream is one multiplication away.
    pub(crate) fn forked(seed: u64, index: u64) -> Rng {
        let mut at = Rng::new(seed.wrapping_add(index.wrapping_mul(GAMMA)));
        Rng::new(at.next_u64())
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GAMMA);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0). Multiply-shift instead of `%` keeps the bias
    /// below 2^-32 for the small `n` used here, without a rejection loop.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as usize
    }

    /// A number in `low..=high`; `low` when the range is empty.
    pub(crate) fn between(&mut self, low: usize, high: usize) -> usize {
        if high <= low {
            return low;
        }
        low + self.below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// An index drawn with the given weights (which must not all be zero).
    pub(crate) fn weighted(&mut self, weights: &[usize]) -> usize {
        let total: usize = weights.iter().sum();
        let mut roll = self.below(total);
        for (index, &weight) in weights.iter().enumerate() {
            if roll < weight {
                return index;
            }
            roll -= weight;
        }
        weights.len().saturating_sub(1)
    }

    /// Shuffles in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// A new generator whose stream does not overlap this one's in practice: used so each
    /// part of a file draws from its own stream and adding a draw in one part does not
    /// change the others.
    pub(crate) fn fork(&mut self) -> Rng {
        Rng::new(self.next_u64())
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_stream() {
        let a: Vec<u64> = (0..4)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..4)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
    }

    #[test]
    fn forked_jumps_to_the_nth_fork() {
        let mut master = Rng::new(11);
        for index in 0..5 {
            assert_eq!(master.fork().next_u64(), Rng::forked(11, index).next_u64());
        }
    }

    #[test]
    fn known_first_value() {
        // The reference `SplitMix64` output for seed 0; pins the algorithm.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn ranges_hold() {
        let mut r = Rng::new(1);
        for _ in 0..1000 {
            let v = r.between(3, 17);
            assert!((3..=17).contains(&v));
        }
        assert_eq!(r.between(5, 5), 5);
        assert_eq!(r.below(0), 0);
    }
}
