//! The NIP (Nomor Induk Pegawai) of a civil servant.
//!
//! 18 digits: birth date `YYYYMMDD`, appointment (TMT CPNS) `YYYYMM`, sex digit (1 man,
//! 2 woman), serial `NNN`. Printed grouped as `19670619 199006 1 001`; spaces are ignored.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::model::{Date, Nip};

/// Checks a written NIP and returns it when its structure is possible.
pub(crate) fn check(written: &str, span: Span, diagnostics: &mut Vec<Diagnostic>) -> Option<Nip> {
    let digits: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        diagnostics.push(wrong_length(written, &digits, span));
        return None;
    }
    let problems = impossible_parts(&digits);
    if problems.is_empty() {
        return Some(Nip::new_unchecked(digits));
    }
    let mut diagnostic = Diagnostic::new(
        Code::NipImpossible,
        Message::new("periksa-nip-mustahil").arg("nip", written),
        span,
        Message::new("periksa-nip-mustahil.label"),
    )
    .with_help(Message::new("periksa-nip-mustahil.help"));
    for problem in problems {
        diagnostic = diagnostic.with_note(problem);
    }
    diagnostics.push(diagnostic);
    None
}

/// SOP106: how far the written NIP is from 18 digits.
fn wrong_length(written: &str, digits: &str, span: Span) -> Diagnostic {
    let count = digits.chars().filter(char::is_ascii_digit).count();
    let (message, label) = if !digits.chars().all(|c| c.is_ascii_digit()) {
        (
            Message::new("periksa-nip-panjang.bukan-angka"),
            Message::new("periksa-nip-panjang.label"),
        )
    } else if count < 18 {
        (
            Message::new("periksa-nip-panjang").arg("jumlah", count),
            Message::new("periksa-nip-panjang.label-kurang").arg("selisih", 18 - count),
        )
    } else {
        (
            Message::new("periksa-nip-panjang").arg("jumlah", count),
            Message::new("periksa-nip-panjang.label-lebih").arg("selisih", count - 18),
        )
    };
    Diagnostic::new(Code::NipLength, message.arg("nip", written), span, label)
        .with_help(Message::new("periksa-nip-panjang.help"))
}

fn number(digits: &str, range: std::ops::Range<usize>) -> u16 {
    digits[range].parse().unwrap_or(0)
}

fn impossible_parts(digits: &str) -> Vec<Message> {
    let mut problems = Vec::new();
    let birth_year = number(digits, 0..4);
    let birth = Date::new(
        birth_year,
        number(digits, 4..6) as u8,
        number(digits, 6..8) as u8,
    );
    if birth.is_none() || !(1900..=2100).contains(&birth_year) {
        problems.push(Message::new("periksa-nip-mustahil.lahir").arg("angka", &digits[0..8]));
    }
    let tmt_year = number(digits, 8..12);
    let tmt_month = number(digits, 12..14);
    if !(1..=12).contains(&tmt_month) {
        problems.push(Message::new("periksa-nip-mustahil.bulan").arg("angka", &digits[12..14]));
    }
    if birth.is_some()
        && (tmt_year < birth_year.saturating_add(15) || tmt_year > birth_year.saturating_add(70))
    {
        problems.push(
            Message::new("periksa-nip-mustahil.umur")
                .arg("tmt", &digits[8..12])
                .arg("lahir", &digits[0..4]),
        );
    }
    if !matches!(&digits[14..15], "1" | "2") {
        problems
            .push(Message::new("periksa-nip-mustahil.jenis-kelamin").arg("angka", &digits[14..15]));
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
