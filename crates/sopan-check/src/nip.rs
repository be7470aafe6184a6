//! The NIP (Nomor Induk Pegawai) of a civil servant.
//!
//! 18 digits: birth date `YYYYMMDD`, appointment (TMT CPNS) `YYYYMM`, sex digit (1 man,
//! 2 woman), serial `NNN`. Printed grouped as `19670619 199006 1 001`; spaces are ignored.

use sopan_diagnostics::{Code, Diagnostic, Span};

use crate::model::{Date, Nip};

/// Checks a written NIP and returns it when its structure is possible.
pub(crate) fn check(written: &str, span: Span, diagnostics: &mut Vec<Diagnostic>) -> Option<Nip> {
    let digits: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let count = digits.chars().filter(char::is_ascii_digit).count();
        let what = if digits.chars().all(|c| c.is_ascii_digit()) {
            format!("{count} digits")
        } else {
            "characters that are not digits".to_owned()
        };
        diagnostics.push(
            Diagnostic::new(
                Code::NipLength,
                format!("NIP \"{written}\" has {what}, but a NIP is 18 digits"),
                span,
                "not an 18-digit NIP",
            )
            .with_help("copy the NIP from the signer's SK; spaces between the groups are allowed"),
        );
        return None;
    }
    let problems = impossible_parts(&digits);
    if problems.is_empty() {
        return Some(Nip::new_unchecked(digits));
    }
    diagnostics.push(Diagnostic::new(
        Code::NipImpossible,
        format!("NIP \"{written}\" cannot be real: {}", problems.join(", ")),
        span,
        "impossible NIP",
    )
    .with_help("check the NIP against the signer's SK: digits 1-8 are the birth date, 9-14 the appointment year and month, 15 the sex (1 or 2)"));
    None
}

fn number(digits: &str, range: std::ops::Range<usize>) -> u16 {
    digits[range].parse().unwrap_or(0)
}

fn impossible_parts(digits: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let birth_year = number(digits, 0..4);
    let birth = Date::new(
        birth_year,
        number(digits, 4..6) as u8,
        number(digits, 6..8) as u8,
    );
    if birth.is_none() || !(1900..=2100).contains(&birth_year) {
        problems.push(format!("birth date {} is not a date", &digits[0..8]));
    }
    let tmt_year = number(digits, 8..12);
    let tmt_month = number(digits, 12..14);
    if !(1..=12).contains(&tmt_month) {
        problems.push(format!(
            "appointment month {} does not exist",
            &digits[12..14]
        ));
    }
    if birth.is_some()
        && (tmt_year < birth_year.saturating_add(15) || tmt_year > birth_year.saturating_add(70))
    {
        problems.push(format!("appointed in {tmt_year} but born in {birth_year}"));
    }
    if !matches!(&digits[14..15], "1" | "2") {
        problems.push(format!("sex digit is {}, not 1 or 2", &digits[14..15]));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(nip: &str) -> Vec<Code> {
        let mut diagnostics = Vec::new();
        check(nip, Span::default(), &mut diagnostics);
        diagnostics.into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn real_shapes_pass() {
        assert!(codes("198409122003121002").is_empty());
        assert!(codes("19670619 199006 1 001").is_empty());
    }

    #[test]
    fn wrong_length_or_letters() {
        assert_eq!(codes("19840912200312100"), [Code::NipLength]);
        assert_eq!(codes("19840912200312100X"), [Code::NipLength]);
    }

    #[test]
    fn impossible_structure() {
        assert_eq!(codes("198402302003121002"), [Code::NipImpossible]); // 30 February
        assert_eq!(codes("198409122003131002"), [Code::NipImpossible]); // month 13
        assert_eq!(codes("198409122003123002"), [Code::NipImpossible]); // sex digit 3
        assert_eq!(codes("198409121990121002"), [Code::NipImpossible]); // appointed aged 6
    }
}
