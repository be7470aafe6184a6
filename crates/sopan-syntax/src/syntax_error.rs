//! Pest errors turned into `SOP0xx` diagnostics in the author's words.
//!
//! Pest reports the furthest position it reached and the rules and literal tokens it tried
//! there. Each rule is described by [`describe`], an exhaustive match, so adding a rule to
//! the grammar without a description fails to compile. Rule names never reach the author.

use std::collections::BTreeSet;

use pest::error::{Error, ErrorVariant, InputLocation};
use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::advice::{Advice, Place, advise};
use crate::grammar::Rule;

/// What the parser would have accepted, as a kind of thing the author knows. The order is
/// the order of preference when a label names only one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Expect {
    StepField,
    Section,
    Step,
    Actor,
    Related,
    SignerField,
    Duration,
    Unit,
    Date,
    Target,
    Arrow,
    Keputusan,
    Text,
    Alternatif,
    Name,
    LBrace,
    Number,
    Times,
    Escape,
    Dash,
    RBrace,
    Sop,
    EndOfFile,
}

impl Expect {
    /// The selector `sintaks-harapan` reads in the catalogues.
    fn key(self) -> &'static str {
        match self {
            Expect::EndOfFile => "akhir-berkas",
            Expect::Date => "tanggal",
            Expect::Arrow => "panah",
            Expect::RBrace => "kurung-tutup",
            Expect::Sop => "sop",
            Expect::Section => "bagian",
            Expect::SignerField => "penanda-tangan",
            Expect::Related => "keterkaitan",
            Expect::Actor => "pelaksana",
            Expect::Step => "langkah",
            Expect::Alternatif => "alternatif",
            Expect::Name => "nama",
            Expect::Keputusan => "keputusan",
            Expect::LBrace => "kurung-buka",
            Expect::StepField => "bidang-langkah",
            Expect::Target => "tujuan",
            Expect::Text => "teks",
            Expect::Escape => "escape",
            Expect::Duration => "waktu",
            Expect::Times => "kali",
            Expect::Number => "angka",
            Expect::Unit => "satuan",
            Expect::Dash => "strip",
        }
    }
}

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
            Message::new("sintaks-sop-kedua"),
            span,
            Message::new("sintaks-sop-kedua.label"),
        )
        .with_help(Message::new("sintaks-sop-kedua.help"));
    }
    let expected = expected(error);
    let place = Place {
        text,
        offset,
        found,
        expected: &expected,
    };
    let advice = advise(&place);
    let main = expected.first().map_or("tidak-ada", |e| e.key());
    let (message, label) = match (&advice, found.is_empty(), expected.is_empty()) {
        (
            Some(Advice {
                message: Some(m), ..
            }),
            _,
            _,
        ) => (m.clone(), Message::new("sintaks-di-sini")),
        (_, _, true) => (
            Message::new("sintaks-tidak-diharapkan").arg("ditemukan", found),
            Message::new("sintaks-tidak-diharapkan.label"),
        ),
        (_, true, false) => (
            Message::new("sintaks-akhir-berkas").arg("harap", main),
            Message::new("sintaks-tak-terduga.label").arg("harap", main),
        ),
        (_, false, false) => (
            Message::new("sintaks-tak-terduga")
                .arg("harap", main)
                .arg("ditemukan", found),
            Message::new("sintaks-tak-terduga.label").arg("harap", main),
        ),
    };
    let code = match &advice {
        Some(Advice {
            message: Some(m), ..
        }) if matches!(
            m.id(),
            Some("sintaks-tanggal-garis-miring" | "sintaks-tanggal-terbalik")
        ) =>
        {
            Code::DateOrder
        }
        _ => Code::Syntax,
    };
    let Some(advice) = advice else {
        return Diagnostic::new(code, message, span, label);
    };
    let diagnostic =
        Diagnostic::new(code, message, advice.span.unwrap_or(span), label).with_help(advice.help);
    match advice.suggestion {
        Some((at, replacement)) => diagnostic.with_suggestion(at, replacement),
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
    let span = Span::new(offset, offset + line_len);
    let line = &rest[..line_len];
    // The text most likely ends where the line's words do, before a `{` or `}` that opens or
    // closes the step.
    let end = line
        .find(['{', '}'])
        .map_or(line.trim_end().len(), |i| line[..i].trim_end().len());
    Diagnostic::new(
        Code::UnterminatedText,
        Message::new("sintaks-teks-tak-tertutup"),
        span,
        Message::new("sintaks-teks-tak-tertutup.label"),
    )
    .with_help(Message::new("sintaks-teks-tak-tertutup.help"))
    .with_suggestion(Span::at(offset + end), "\"")
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

/// What the parser would have accepted, deduplicated and in order of preference.
fn expected(error: &Error<Rule>) -> Vec<Expect> {
    let mut out = BTreeSet::new();
    if let ErrorVariant::ParsingError { positives, .. } = &error.variant {
        out.extend(positives.iter().filter_map(|&rule| describe(rule)));
    }
    out.into_iter().collect()
}

/// The kind of thing a rule is to the author, or `None` for rules that never stand alone in
/// a message.
fn describe(rule: Rule) -> Option<Expect> {
    Some(match rule {
        Rule::EOI => Expect::EndOfFile,
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
        Rule::date_value | Rule::date => Expect::Date,
        Rule::arrow => Expect::Arrow,
        Rule::rbrace => Expect::RBrace,
        Rule::file | Rule::sop | Rule::kw_sop => Expect::Sop,
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
        | Rule::kw_prosedur => Expect::Section,
        Rule::signer_item | Rule::signer_key | Rule::kw_nama | Rule::kw_pangkat | Rule::kw_nip => Expect::SignerField,
        Rule::related => Expect::Related,
        Rule::actor => Expect::Actor,
        Rule::step
        | Rule::label_def
        | Rule::step_kind
        | Rule::start_kind
        | Rule::end_kind
        | Rule::kw_mulai
        | Rule::kw_selesai => Expect::Step,
        Rule::kw_alternatif => Expect::Alternatif,
        Rule::actors | Rule::actor_ref | Rule::ident | Rule::note_ref => Expect::Name,
        Rule::decision_kind | Rule::kw_keputusan => Expect::Keputusan,
        Rule::step_body | Rule::signer_block | Rule::symbol_body | Rule::lbrace => Expect::LBrace,
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
        | Rule::kw_tidak => Expect::StepField,
        Rule::target | Rule::kw_lanjut => Expect::Target,
        Rule::list_value | Rule::text_list | Rule::text | Rule::text_inner => Expect::Text,
        Rule::escape => Expect::Escape,
        Rule::duration | Rule::amount => Expect::Duration,
        Rule::times => Expect::Times,
        Rule::number | Rule::row_number => Expect::Number,
        Rule::unit | Rule::unit_word => Expect::Unit,
        Rule::dash | Rule::range => Expect::Dash,
    })
}
