//! A count of the elementary steps a layout takes (route candidates generated, pieces of
//! drawn lines looked at, label spots scored, layout passes), so that a test can show the
//! work grows in proportion to the steps without timing anything. Counting is a
//! thread-local addition; the count never changes what is laid out.

use std::cell::Cell;

thread_local! {
    static WORK: Cell<u64> = const { Cell::new(0) };
}

/// Adds `n` steps of work to this thread's count.
pub(crate) fn tally(n: u64) {
    WORK.with(|w| w.set(w.get().saturating_add(n)));
}

/// The work done on this thread since the last call, and a fresh start.
#[must_use]
pub fn take() -> u64 {
    WORK.with(|w| w.replace(0))
}
