//! Timing and memory: medians, rates, and the peak resident set read from `/proc`.

use std::time::Duration;

/// The median of some durations (the mean of the middle two for an even count); zero for
/// none. Medians, not means: one run disturbed by another process on a 2-core machine
/// should not move the figure.
pub(crate) fn median(values: &[Duration]) -> Duration {
    if values.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// A count as a float for rates and ratios.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of files, steps and bytes stay far below 2^52, where f64 is exact"
)]
pub(crate) fn float(count: impl Into<u64>) -> f64 {
    count.into() as f64
}

/// Megabytes (10^6 bytes) per second.
pub(crate) fn mb_per_s(bytes: u64, time: Duration) -> f64 {
    rate(float(bytes) / 1e6, time)
}

/// Items per second.
pub(crate) fn per_s(count: usize, time: Duration) -> f64 {
    rate(float(count as u64), time)
}

/// A peak memory figure for a report.
pub(crate) fn show_kib(kib: Option<u64>) -> String {
    kib.map_or_else(
        || "unknown".to_owned(),
        |k| format!("{:.1} MiB", float(k) / 1024.0),
    )
}

fn rate(amount: f64, time: Duration) -> f64 {
    let seconds = time.as_secs_f64();
    if seconds > 0.0 {
        amount / seconds
    } else {
        f64::INFINITY
    }
}

/// A duration for a table: µs below a millisecond, ms below ten seconds.
pub(crate) fn show(time: Duration) -> String {
    let micros = time.as_secs_f64() * 1e6;
    if micros < 1_000.0 {
        format!("{micros:.1} µs")
    } else if micros < 10_000_000.0 {
        format!("{:.1} ms", micros / 1_000.0)
    } else {
        format!("{:.2} s", micros / 1e6)
    }
}

/// The peak resident set of this process since start or the last [`reset_peak_memory`], in
/// KiB (`VmHWM` in `/proc/self/status`); `None` where `/proc` is not Linux's.
pub(crate) fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Resets the peak so the next [`peak_memory_kib`] covers only what runs after
/// (`echo 5 > /proc/self/clear_refs`, Linux 4.0 and later). Best effort: on failure the
/// peak simply covers the whole process, which the report then overstates, never hides.
pub(crate) fn reset_peak_memory() {
    let _ignored = std::fs::write("/proc/self/clear_refs", "5");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        let ms = Duration::from_millis;
        assert_eq!(median(&[ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(
            median(&[ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
        assert_eq!(median(&[]), Duration::ZERO);
    }

    #[test]
    fn reads_own_peak() {
        assert!(peak_memory_kib().is_some_and(|k| k > 0));
    }
}
