//! Durations: units, numbers and normalisation to seconds.

use sopan_diagnostics::{Code, Diagnostic, Message};
use sopan_syntax::ast;

use crate::model::{JenisWaktu, Waktu};
use crate::suggest;

/// The units of the Waktu column and their length in seconds. A day counts 24 hours and a
/// working day likewise, so paths can be compared; totals add each kind of time apart
/// ([`kind`]), so a working day is never printed as 24 hours.
pub const UNITS: &[(&str, u64)] = &[
    ("detik", 1),
    ("menit", 60),
    ("jam", 3_600),
    ("hari", 86_400),
    ("hari kerja", 86_400),
    ("minggu", 604_800),
    ("bulan", 2_592_000),
];

/// The kind of time a unit (one of [`UNITS`], lower case) measures.
pub(crate) fn kind(unit: &str) -> Option<JenisWaktu> {
    Some(match unit {
        "detik" | "menit" | "jam" => JenisWaktu::Jam,
        "hari" => JenisWaktu::Hari,
        "hari kerja" => JenisWaktu::HariKerja,
        "minggu" => JenisWaktu::Minggu,
        "bulan" => JenisWaktu::Bulan,
        _ => return None,
    })
}

/// Resolves a written duration; reports unknown units and backwards ranges.
pub(crate) fn resolve(
    duration: &ast::Duration,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Waktu> {
    let written = |span: ast::Span| {
        source
            .get(span.start..span.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    Some(match duration {
        ast::Duration::Dash(_) => Waktu {
            tertulis: "-".to_owned(),
            min_detik: None,
            maks_detik: None,
            jenis: None,
        },
        ast::Duration::Text(text) => Waktu {
            tertulis: text.value.clone(),
            min_detik: None,
            maks_detik: None,
            jenis: None,
        },
        ast::Duration::Amount { amount, unit } => {
            let per = unit_seconds(unit, diagnostics)?;
            let seconds = seconds(amount, 1, per);
            plausible(amount, unit, seconds, diagnostics);
            Waktu {
                tertulis: written(amount.span.join(unit.span)),
                min_detik: seconds,
                maks_detik: seconds,
                jenis: kind(&unit.raw.to_lowercase()),
            }
        }
        ast::Duration::Times { count, each, unit } => {
            let per = unit_seconds(unit, diagnostics)?;
            let seconds = seconds(each, 1, per)
                .zip(parse_decimal(&count.raw))
                .and_then(|(each, count)| scale(each, count));
            Waktu {
                tertulis: written(count.span.join(unit.span)),
                min_detik: seconds,
                maks_detik: seconds,
                jenis: kind(&unit.raw.to_lowercase()),
            }
        }
        ast::Duration::Range { from, to, unit } => {
            let per = unit_seconds(unit, diagnostics)?;
            let (min, max) = (seconds(from, 1, per), seconds(to, 1, per));
            plausible(to, unit, max, diagnostics);
            if let (Some(a), Some(b)) = (min, max)
                && a > b
            {
                diagnostics.push(
                    Diagnostic::new(
                        Code::ReversedRange,
                        Message::new("periksa-rentang-terbalik")
                            .arg("dari", from.raw.as_str())
                            .arg("sampai", to.raw.as_str()),
                        from.span.join(to.span),
                        Message::new("periksa-rentang-terbalik.label"),
                    )
                    .with_help(
                        Message::new("periksa-rentang-terbalik.help")
                            .arg("dari", from.raw.as_str())
                            .arg("sampai", to.raw.as_str())
                            .arg("satuan", unit.raw.as_str()),
                    )
                    .with_suggestion(from.span.join(to.span), format!("{}-{}", to.raw, from.raw)),
                );
                return None;
            }
            Waktu {
                tertulis: written(from.span.join(unit.span)),
                min_detik: min,
                maks_detik: max,
                jenis: kind(&unit.raw.to_lowercase()),
            }
        }
    })
}

/// Per unit, the largest amount that reads naturally; above it a larger unit is clearer.
const PLAUSIBLE_MAX: &[(&str, u64)] = &[
    ("detik", 300),
    ("menit", 600),
    ("jam", 72),
    ("hari", 90),
    ("hari kerja", 90),
    ("minggu", 26),
    ("bulan", 36),
];

/// SOP207: a zero duration, or an amount that a larger unit would say better (the classic
/// slip is `1500 menit` for 25 jam).
fn plausible(
    amount: &ast::Number,
    unit: &ast::Unit,
    seconds: Option<u64>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let lower = unit.raw.to_lowercase();
    let Some(value) = parse_decimal(&amount.raw).map(|(m, d)| m / 10u64.pow(d.min(18))) else {
        return;
    };
    let span = amount.span.join(unit.span);
    let waktu = format!("{} {}", amount.raw, unit.raw);
    if seconds == Some(0) {
        diagnostics.push(
            Diagnostic::new(
                Code::ImplausibleDuration,
                Message::new("periksa-waktu-nol").arg("waktu", waktu),
                span,
                Message::new("periksa-waktu-nol.label"),
            )
            .with_help(Message::new("periksa-waktu-nol.help")),
        );
        return;
    }
    let limit = PLAUSIBLE_MAX
        .iter()
        .find(|(name, _)| *name == lower)
        .map_or(u64::MAX, |&(_, l)| l);
    if value <= limit {
        return;
    }
    let help = match seconds.and_then(|s| in_larger_unit(s, &lower)) {
        Some(better) => Message::new("periksa-waktu-terlalu-lama.help").arg("lebih-baik", better),
        None => Message::new("periksa-waktu-terlalu-lama.help-periksa"),
    };
    diagnostics.push(
        Diagnostic::new(
            Code::ImplausibleDuration,
            Message::new("periksa-waktu-terlalu-lama").arg("waktu", waktu),
            span,
            Message::new("periksa-waktu-terlalu-lama.label"),
        )
        .with_help(help),
    );
}

/// The same time in the largest unit that gives a whole number or one decimal, written the
/// Indonesian way (`1,5 jam`).
fn in_larger_unit(seconds: u64, unit: &str) -> Option<String> {
    let from = UNITS.iter().position(|(name, _)| *name == unit)?;
    UNITS[from + 1..]
        .iter()
        .rev()
        .filter(|(name, _)| *name != "hari kerja")
        .find_map(|&(name, per)| {
            // u128: a written amount may be near u64::MAX seconds.
            let (seconds, per) = (u128::from(seconds), u128::from(per));
            let tenths = seconds * 10 / per;
            let exact = (seconds * 10).is_multiple_of(per);
            (exact && tenths >= 10).then(|| {
                if tenths.is_multiple_of(10) {
                    format!("{} {name}", tenths / 10)
                } else {
                    format!("{},{} {name}", tenths / 10, tenths % 10)
                }
            })
        })
}

/// The length of one unit, or a diagnostic for a word that is not a unit.
fn unit_seconds(unit: &ast::Unit, diagnostics: &mut Vec<Diagnostic>) -> Option<u64> {
    let lower = unit.raw.to_lowercase();
    if let Some(&(_, seconds)) = UNITS.iter().find(|(name, _)| *name == lower) {
        return Some(seconds);
    }
    let names = UNITS.iter().map(|(n, _)| *n);
    // The unit to write instead, when there is exactly one: `jam kerja` could be meant as
    // `jam` or as `hari kerja`, so it gets advice and no replacement.
    let (help, fix) = match alias(&lower) {
        Some((Alias::English, unit)) => (
            Message::new("periksa-satuan-tidak-dikenal.help-inggris").arg("benar", unit),
            Some(unit),
        ),
        Some((Alias::Short, unit)) => (
            Message::new("periksa-satuan-tidak-dikenal.help-singkatan").arg("benar", unit),
            Some(unit),
        ),
        Some((Alias::WorkingHours, _)) => (
            Message::new("periksa-satuan-tidak-dikenal.help-jam-kerja"),
            None,
        ),
        None => match suggest::meant(&unit.raw, names) {
            Some(meant) => (suggest::did_you_mean_help(meant.name), meant.fix()),
            None => (Message::new("periksa-satuan-tidak-dikenal.help"), None),
        },
    };
    let mut diagnostic = Diagnostic::new(
        Code::UnknownUnit,
        Message::new("periksa-satuan-tidak-dikenal").arg("satuan", unit.raw.as_str()),
        unit.span,
        Message::new("periksa-satuan-tidak-dikenal.label"),
    )
    .with_help(help);
    if let Some(fix) = fix {
        diagnostic = diagnostic.with_suggestion(unit.span, fix);
    }
    diagnostics.push(diagnostic);
    None
}

/// Why a word that is not a unit still names one.
enum Alias {
    /// An English unit: the sheet is written in Indonesian.
    English,
    /// An abbreviation: the sheet writes units out.
    Short,
    /// `jam kerja`: only days have a working kind (`hari kerja`).
    WorkingHours,
}

/// The unit meant by an English word, an abbreviation or a near-miss such as `jam kerja`.
fn alias(word: &str) -> Option<(Alias, &'static str)> {
    Some(match word {
        "second" | "seconds" | "sec" | "secs" | "s" => (Alias::English, "detik"),
        "minute" | "minutes" | "min" | "mins" => (Alias::English, "menit"),
        "hour" | "hours" | "hrs" | "h" => (Alias::English, "jam"),
        "day" | "days" => (Alias::English, "hari"),
        "workday" | "workdays" => (Alias::English, "hari kerja"),
        "week" | "weeks" => (Alias::English, "minggu"),
        "month" | "months" => (Alias::English, "bulan"),
        "dtk" => (Alias::Short, "detik"),
        "mnt" | "mn" => (Alias::Short, "menit"),
        "j" => (Alias::Short, "jam"),
        // `hr` is the office's short form of hari, not the English hour.
        "hr" => (Alias::Short, "hari"),
        "hr kerja" | "hk" => (Alias::Short, "hari kerja"),
        "mgg" | "mg" => (Alias::Short, "minggu"),
        "bln" => (Alias::Short, "bulan"),
        "jam kerja" => (Alias::WorkingHours, "jam"),
        _ => return None,
    })
}

/// `1,5` → (15, 1): digits as an integer and how many of them are decimals.
pub(crate) fn parse_decimal(raw: &str) -> Option<(u64, u32)> {
    let (whole, fraction) = raw.split_once([',', '.']).unwrap_or((raw, ""));
    let digits: String = [whole, fraction].concat();
    let mantissa = digits.parse::<u64>().ok()?;
    Some((mantissa, u32::try_from(fraction.len()).ok()?))
}

/// `number × times × per` seconds, rounded to the nearest second; `None` on overflow.
fn seconds(number: &ast::Number, times: u64, per: u64) -> Option<u64> {
    let (mantissa, decimals) = parse_decimal(&number.raw)?;
    let total = u128::from(mantissa) * u128::from(times) * u128::from(per);
    let divisor = 10u128.checked_pow(decimals)?;
    u64::try_from((total + divisor / 2) / divisor).ok()
}

fn scale(value: u64, (mantissa, decimals): (u64, u32)) -> Option<u64> {
    let divisor = 10u128.checked_pow(decimals)?;
    u64::try_from((u128::from(value) * u128::from(mantissa) + divisor / 2) / divisor).ok()
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn larger_units_are_exact() {
        use super::in_larger_unit;
        assert_eq!(
            in_larger_unit(1500 * 60, "menit").as_deref(),
            Some("25 jam")
        );
        assert_eq!(in_larger_unit(90 * 60, "menit").as_deref(), Some("1,5 jam"));
        assert_eq!(in_larger_unit(96 * 3600, "jam").as_deref(), Some("4 hari"));
        assert_eq!(in_larger_unit(7 * 60, "menit"), None);
        // Huge amounts do not overflow: 2^64 - 1 seconds is no whole number of a larger unit.
        assert_eq!(in_larger_unit(u64::MAX, "detik"), None);
        assert_eq!(
            in_larger_unit(2_592_000 * 3_000_000_000, "detik").as_deref(),
            Some("3000000000 bulan")
        );
    }

    #[test]
    fn decimals_with_comma_or_point() {
        assert_eq!(parse_decimal("1,5"), Some((15, 1)));
        assert_eq!(parse_decimal("1.25"), Some((125, 2)));
        assert_eq!(parse_decimal("30"), Some((30, 0)));
        assert_eq!(parse_decimal("99999999999999999999999"), None);
    }
}
