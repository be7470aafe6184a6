//! Pest errors turned into `SOP0xx` diagnostics in the author's words.
//!
//! Pest reports the furthest position it reached and the rules and literal tokens it tried
//! there. Each rule is described by [`describe`], an exhaustive match, so adding a rule to
//! the grammar without a description fails to compile. Rule names never reach the author.

use std::collections::BTreeSet;

use pest::error::{Error, ErrorVariant, InputLocation};
use sopan_diagnostics::{Code, Diagnostic, Span};

use crate::grammar::Rule;

/// Converts a pest error on `text` into one diagnostic.
pub(crate) fn convert(error: &Error<Rule>, text: &str) -> Diagnostic {
    let offset = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    }
    .min(text.len());
    let rest = &text[offset..];
    if rest.starts_with('"') && !closes_on_line(rest) {
        return unterminated(offset, rest);
    }
    let found = found_token(rest);
    let span = Span::new(offset, offset + found.len());
    if rest.starts_with("sop") && expects_end_of_file(error) {
        return Diagnostic::new(
            Code::SecondSop,
            "a file holds one SOP, but a second `sop` block starts here",
            span,
            "second SOP",
        )
        .with_help("move this SOP to a file of its own");
    }
    let expected = expected(error);
    let found_words = if found.is_empty() {
        "end of file".to_owned()
    } else {
        format!("`{found}`")
    };
    let message = if expected.is_empty() {
        format!("unexpected {found_words}")
    } else {
        format!("unexpected {found_words}, expected {}", join_or(&expected))
    };
    let label = if expected.is_empty() {
        "not expected here".to_owned()
    } else {
        format!("expected {}", join_or(&expected))
    };
    let diagnostic = Diagnostic::new(Code::Syntax, message, span, label);
    match help_for(&expected, found) {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

fn closes_on_line(rest: &str) -> bool {
    let line = rest[1..].split(['\n', '\r']).next().unwrap_or("");
    let mut escaped = false;
    for c in line.chars() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, '"') => return true,
            _ => escaped = false,
        }
    }
    false
}

fn unterminated(offset: usize, rest: &str) -> Diagnostic {
    let line_len = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Diagnostic::new(
        Code::UnterminatedText,
        "text has no closing quote on its line",
        Span::new(offset, offset + line_len),
        "this text is never closed",
    )
    .with_help(r#"add a closing `"` before the end of the line; write `\n` for a line break inside a text"#)
}

/// The token the parser stopped at: a word, a quoted text's opening, or one character.
fn found_token(rest: &str) -> &str {
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .map_or(rest.len(), |(i, _)| i);
    if word_len > 0 {
        // A long run of letters is cut so the message stays one line.
        let end = rest
            .char_indices()
            .nth(40)
            .map_or(word_len, |(i, _)| i.min(word_len));
        return &rest[..end];
    }
    if rest.starts_with("->") {
        return &rest[..2];
    }
    rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
}

fn expects_end_of_file(error: &Error<Rule>) -> bool {
    matches!(&error.variant, ErrorVariant::ParsingError { positives, .. } if positives.contains(&Rule::EOI))
}

/// What the parser would have accepted, in words, deduplicated and in a stable order.
fn expected(error: &Error<Rule>) -> Vec<&'static str> {
    let mut out = BTreeSet::new();
    if let ErrorVariant::ParsingError { positives, .. } = &error.variant {
        out.extend(positives.iter().filter_map(|&rule| describe(rule)));
    }
    order(out)
}

/// Puts the descriptions in a fixed reading order: groups first, punctuation last.
fn order(set: BTreeSet<&'static str>) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = set.into_iter().collect();
    v.sort_by_key(|s| (s.starts_with('`'), *s));
    v
}

/// The author's words for a rule, or `None` for rules that never stand alone in a message.
fn describe(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::EOI => "end of file",
        Rule::WHITESPACE
        | Rule::COMMENT
        | Rule::item
        | Rule::step_item
        | Rule::note
        | Rule::ident_char
        | Rule::step_keyword
        // `kerja` only continues `hari`; listing it after every unit would mislead.
        | Rule::kw_kerja
        // `nomor` starts both a section and a step field: the rule around it says which.
        | Rule::kw_nomor => return None,
        Rule::date_value => "a date such as 2024-01-31 or `-`",
        Rule::arrow => "`->`",
        Rule::rbrace => "`}`",
        Rule::file | Rule::sop | Rule::kw_sop => "`sop \"Nama SOP\" {`",
        Rule::id_field
        | Rule::nomor_field
        | Rule::instansi_field
        | Rule::logo_field
        | Rule::date_field
        | Rule::date_key
        | Rule::disahkan_field
        | Rule::list_field
        | Rule::list_key
        | Rule::keterkaitan_field
        | Rule::bagian_field
        | Rule::templat_field
        | Rule::kw_templat
        | Rule::pelaksana_field
        | Rule::prosedur_field
        | Rule::kw_id
        | Rule::kw_instansi
        | Rule::kw_logo
        | Rule::kw_dibuat
        | Rule::kw_revisi
        | Rule::kw_efektif
        | Rule::kw_disahkan
        | Rule::kw_dasar_hukum
        | Rule::kw_kualifikasi
        | Rule::kw_keterkaitan
        | Rule::kw_peralatan
        | Rule::kw_peringatan
        | Rule::kw_pencatatan
        | Rule::kw_bagian
        | Rule::kw_pelaksana
        | Rule::kw_prosedur => "a section (`nomor`, `dibuat`, `pelaksana`, `prosedur`, …)",
        Rule::date => "a date such as 2024-01-31",
        Rule::signer_item | Rule::signer_key | Rule::kw_nama | Rule::kw_pangkat | Rule::kw_nip => {
            "`nama`, `pangkat` or `nip`"
        }
        Rule::related => "a related SOP (an optional id, then its name in quotes)",
        Rule::actor => "an actor (an id, then its name in quotes)",
        Rule::step
        | Rule::label_def
        | Rule::step_kind
        | Rule::start_kind
        | Rule::end_kind
        | Rule::kw_mulai
        | Rule::kw_selesai => "a step",
        Rule::kw_alternatif => "`alternatif`",
        Rule::actors | Rule::actor_ref | Rule::ident | Rule::note_ref => "a name",
        Rule::decision_kind | Rule::kw_keputusan => "`keputusan`",
        Rule::step_body | Rule::signer_block | Rule::symbol_body | Rule::lbrace => "`{`",
        Rule::kelengkapan_item
        | Rule::waktu_item
        | Rule::output_item
        | Rule::keterangan_item
        | Rule::tanya_item
        | Rule::branch_item
        | Rule::jump_item
        // A symbol line of a row is a field of the row as far as the author is concerned.
        | Rule::symbol_item
        | Rule::symbol_kind
        | Rule::kw_proses
        | Rule::teks_item
        | Rule::nomor_item
        | Rule::kw_teks
        | Rule::branch_key
        | Rule::kw_kelengkapan
        | Rule::kw_waktu
        | Rule::kw_output
        | Rule::kw_keterangan
        | Rule::kw_tanya
        | Rule::kw_ya
        | Rule::kw_tidak => "a step field (`waktu`, `output`, `ya ->`, …)",
        Rule::target | Rule::kw_lanjut => "a step label or `lanjut`",
        Rule::list_value | Rule::text_list | Rule::text | Rule::text_inner => "a quoted text",
        Rule::escape => "an escape such as `\\n`",
        Rule::duration | Rule::amount => "a duration such as `10 menit`",
        Rule::times => "`x`",
        Rule::number | Rule::row_number => "a number",
        Rule::unit | Rule::unit_word => {
            "a unit (detik, menit, jam, hari, hari kerja, minggu, bulan)"
        }
        Rule::dash | Rule::range => "`-`",
    })
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Help for the common slips, when the expected set makes the fix clear.
fn help_for(expected: &[&str], found: &str) -> Option<String> {
    let expects = |s: &str| expected.iter().any(|e| e.contains(s));
    let is_word = !found.is_empty()
        && found
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if found == "keputusan" {
        return Some("a start or end step cannot be a decision: drop `mulai`/`selesai`, or put the decision in a step of its own".to_owned());
    }
    if expects("a step label") && found.chars().all(|c| c.is_ascii_digit()) && !found.is_empty() {
        return Some("steps are named by labels, not numbers (numbers change when rows move): write `periksa:` before the step and `-> periksa` here".to_owned());
    }
    if expects("a step field") && is_word {
        return Some(format!(
            "`{found}` is not a step field: a step holds kelengkapan, waktu, output, keterangan, nomor, teks, and for a decision tanya, ya and tidak; `-> label` jumps"
        ));
    }
    if expects("a section") && is_word {
        return Some(format!(
            "`{found}` is not a section of an SOP: see docs/language.md for nomor, instansi, dibuat, revisi, efektif, disahkan, dasar-hukum, kualifikasi, keterkaitan, peralatan, peringatan, pencatatan, bagian, pelaksana and prosedur"
        ));
    }
    if expects("`->`") && is_word {
        return Some(format!(
            "write an arrow before the step to go to: `-> {found}`"
        ));
    }
    if expects("a duration") && found.chars().all(char::is_alphabetic) && !found.is_empty() {
        return Some("write the amount before the unit, e.g. `waktu 10 menit`, or quote free text: `waktu \"Segera\"`".to_owned());
    }
    if expects("a unit") {
        return Some(
            "put a unit after the number: detik, menit, jam, hari, hari kerja, minggu or bulan"
                .to_owned(),
        );
    }
    if expects("a quoted text") && !found.starts_with('"') && !found.is_empty() && found != "}" {
        return Some(format!("put texts in double quotes: \"{found}\""));
    }
    if expects("a date") {
        return Some(
            "write dates as year-month-day, e.g. `2024-01-31`, or `-` for none".to_owned(),
        );
    }
    if found.is_empty() && expected.contains(&"`}`") {
        return Some("a `{` was opened and never closed: add the missing `}`".to_owned());
    }
    None
}
