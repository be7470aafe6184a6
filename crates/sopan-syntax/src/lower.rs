//! Pest's parse tree to the AST. The only module that reads `pest::iterators`.

// Lowering reads a tree that only the grammar constrains: a grammar edit can change its
// shape. A wrong assumption here must become an SOP900 diagnostic, never a panic.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable
)]

use pest::iterators::Pair;
use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::ast::{
    Actor, ArrowStyle, Branch, BranchKey, Comment, DateKey, DateValue, Disahkan, Document,
    Duration, Ident, Item, ItemKind, Jump, List, ListKey, Note, Number, Related, SignerField,
    SignerKey, Sop, Step, StepItem, StepItemKind, StepKind, Symbol, Target, Text, Unit,
};
use crate::grammar::Rule;
use crate::limits::{
    Limit, MAX_ACTORS, MAX_ESCAPE_ERRORS, MAX_STEPS, MAX_SYMBOLS_PER_ROW, exceeded,
};
use crate::text::unescape;

/// Lowers the pairs of a successful parse of `Rule::file`.
pub(crate) fn lower_file(
    file: Pair<'_, Rule>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Document> {
    let comments = comments(file.as_str(), 0);
    let mut lower = Lower {
        diagnostics,
        escape_errors: 0,
    };
    let file_span = span(&file);
    let sop = match children(file).find(|p| p.as_rule() == Rule::sop) {
        Some(sop) => lower.sop(sop),
        None => lower.internal(file_span, "a file without an SOP block"),
    };
    let unreported = lower.escape_errors.saturating_sub(MAX_ESCAPE_ERRORS);
    if unreported > 0
        && let Some(last) = lower
            .diagnostics
            .iter_mut()
            .rev()
            .find(|d| d.code == Code::InvalidEscape)
    {
        last.notes
            .push(Message::new("sintaks-escape-lainnya").arg("jumlah", unreported));
    }
    Some(Document {
        sop: sop?,
        comments,
    })
}

/// Every `//` comment in `text` (which starts at byte `offset` of the file) outside quoted
/// texts, to the end of its line. Comments are silent in the grammar (pest tries one between
/// every two tokens, and a token per try was a fifth of parsing time), so they are found
/// here, in a text that parsed: texts stay on one line and escape their quotes.
fn comments(text: &str, offset: usize) -> Vec<Comment> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Jumps from one byte that matters to the next: this runs over every file that parses,
    // and a byte-by-byte loop was a twentieth of a whole check.
    while let Some(found) = memchr::memchr2(b'"', b'/', &bytes[i..]) {
        i += found;
        if bytes[i] == b'"' {
            i = text_end(bytes, i + 1);
            continue;
        }
        if bytes.get(i + 1) == Some(&b'/') {
            let end = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(text.len(), |n| i + n);
            out.push(Comment {
                text: text[i + 2..end].to_owned(),
                span: Span::new(offset + i, offset + end),
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Where the text opened just before `from` ends: after its closing quote, or at the end of
/// its line when it has none (texts never span lines).
pub(crate) fn text_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(found) = memchr::memchr3(b'"', b'\\', b'\n', &bytes[from..]) {
        from += found;
        match bytes[from] {
            b'\\' => from += 2,
            b'"' => return from + 1,
            _ => return from,
        }
        if from >= bytes.len() {
            return bytes.len();
        }
    }
    bytes.len()
}

fn span(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
}

/// The span of a statement from its first to its last real token. Pest skips whitespace and
/// comments before trying an optional part, so a rule's own span can run on over a comment
/// on the following lines; a suppression comment must not count as inside the step above.
fn statement_span(pair: &Pair<'_, Rule>) -> Span {
    let span = pair.as_span();
    let text = span.as_str();
    if !text.contains("//") {
        return Span::new(span.start(), span.start() + text.trim_end().len());
    }
    let comments = comments(text, 0);
    let mut end = text.len();
    loop {
        end = text[..end].trim_end().len();
        match comments.iter().find(|c| c.span.end == end) {
            Some(comment) => end = comment.span.start,
            None => break,
        }
    }
    Span::new(span.start(), span.start() + end)
}

/// The children of a pair that carry meaning: no punctuation, no end-of-input marker.
fn children(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    pair.into_inner().filter(|p| {
        !matches!(
            p.as_rule(),
            Rule::EOI | Rule::lbrace | Rule::rbrace | Rule::arrow
        )
    })
}

/// Whether a rule is a keyword token (which lowering skips).
fn is_keyword(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::kw_sop
            | Rule::kw_id
            | Rule::kw_nomor
            | Rule::kw_instansi
            | Rule::kw_logo
            | Rule::kw_dibuat
            | Rule::kw_revisi
            | Rule::kw_efektif
            | Rule::kw_disahkan
            | Rule::kw_nama
            | Rule::kw_pangkat
            | Rule::kw_nip
            | Rule::kw_dasar_hukum
            | Rule::kw_kualifikasi
            | Rule::kw_keterkaitan
            | Rule::kw_peralatan
            | Rule::kw_peringatan
            | Rule::kw_pencatatan
            | Rule::kw_bagian
            | Rule::kw_templat
            | Rule::kw_proses
            | Rule::kw_teks
            | Rule::kw_pelaksana
            | Rule::kw_prosedur
            | Rule::kw_mulai
            | Rule::kw_alternatif
            | Rule::kw_selesai
            | Rule::kw_keputusan
            | Rule::kw_kelengkapan
            | Rule::kw_waktu
            | Rule::kw_output
            | Rule::kw_keterangan
            | Rule::kw_tanya
            | Rule::kw_ya
            | Rule::kw_tidak
            | Rule::kw_lanjut
            | Rule::kw_kerja
    )
}

/// The children of a pair that carry values: no comments, no keywords.
fn values(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    children(pair).filter(|p| !is_keyword(p.as_rule()))
}

struct Lower<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
    /// Unknown escapes found so far, reported or not.
    escape_errors: usize,
}

impl Lower<'_> {
    /// Reports a tree the grammar should have ruled out.
    fn internal<T>(&mut self, span: Span, what: &str) -> Option<T> {
        self.diagnostics.push(
            Diagnostic::new(
                Code::Internal,
                Message::new("sintaks-galat-internal").arg("apa", what),
                span,
                Message::new("sintaks-galat-internal.label"),
            )
            .with_help(Message::new("sintaks-galat-internal.help")),
        );
        None
    }

    fn unexpected<T>(&mut self, pair: &Pair<'_, Rule>) -> Option<T> {
        let what = format!("an unexpected {:?}", pair.as_rule());
        self.internal(span(pair), &what)
    }

    fn sop(&mut self, pair: Pair<'_, Rule>) -> Option<Sop> {
        let sop_span = span(&pair);
        let mut inner = values(pair);
        let Some(name) = inner.next() else {
            return self.internal(sop_span, "an SOP without a name");
        };
        let name = self.text(&name)?;
        let mut items = Vec::new();
        for item in inner {
            if let Some(item) = self.item(item) {
                items.push(item);
            }
        }
        Some(Sop {
            name,
            items,
            span: sop_span,
        })
    }

    fn item(&mut self, pair: Pair<'_, Rule>) -> Option<Item> {
        let item_span = statement_span(&pair);
        let rule = pair.as_rule();
        let key_span = children(pair.clone())
            .next()
            .map_or(item_span, |p| span(&p));
        let kind = match rule {
            Rule::id_field => ItemKind::Id(self.first_ident(pair)?),
            Rule::nomor_field => ItemKind::Nomor(self.first_text(pair)?),
            Rule::logo_field => ItemKind::Logo(self.first_text(pair)?),
            Rule::instansi_field => {
                let list = values(pair).next()?;
                ItemKind::Instansi(self.texts(list)?)
            }
            Rule::date_field => self.date_field(pair)?,
            Rule::disahkan_field => ItemKind::Disahkan(self.disahkan(pair)?),
            Rule::list_field => self.list_field(pair)?,
            Rule::keterkaitan_field => {
                let (related, dash) = self.keterkaitan(pair)?;
                ItemKind::Keterkaitan(related, dash)
            }
            Rule::bagian_field => {
                let mut inner = values(pair);
                let title = self.text(&inner.next()?)?;
                let list = self.list(inner.next()?)?;
                ItemKind::Bagian(title, list)
            }
            Rule::templat_field => ItemKind::Templat(self.first_text(pair)?),
            Rule::pelaksana_field => ItemKind::Pelaksana(self.actors(pair, key_span)?),
            Rule::prosedur_field => {
                // Past the limit the rest is only counted: an AST of millions of steps
                // would take gigabytes, only to be refused.
                let mut steps = Vec::new();
                let mut pairs = values(pair);
                for step in pairs.by_ref().take(MAX_STEPS) {
                    steps.push(self.step(step)?);
                }
                let more = pairs.count();
                if more > 0 {
                    self.diagnostics.push(exceeded(
                        key_span,
                        Limit::Steps,
                        MAX_STEPS + more,
                        MAX_STEPS,
                    ));
                }
                ItemKind::Prosedur(steps)
            }
            _ => return self.unexpected(&pair),
        };
        Some(Item {
            kind,
            key_span,
            span: item_span,
        })
    }

    fn date_field(&mut self, pair: Pair<'_, Rule>) -> Option<ItemKind> {
        let mut inner = values(pair);
        let key = inner.next()?;
        let which = match children(key.clone()).next().map(|p| p.as_rule()) {
            Some(Rule::kw_dibuat) => DateKey::Dibuat,
            Some(Rule::kw_revisi) => DateKey::Revisi,
            Some(Rule::kw_efektif) => DateKey::Efektif,
            _ => return self.unexpected(&key),
        };
        let value = inner.next()?;
        let value = match value.as_rule() {
            Rule::date => {
                let written = value.as_str();
                let at = span(&value);
                // `02-01-2024` is a date an office writes day first; read as year-month-day
                // it would be the year 2 with a month 2024, so it is caught here, where the
                // fix is plain.
                if written.split('-').next().is_some_and(|y| y.len() <= 2)
                    && let Some(fixed) = crate::advice::year_month_day(written)
                {
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::DateOrder,
                            Message::new("sintaks-tanggal-terbalik").arg("tanggal", written),
                            at,
                            Message::new("sintaks-di-sini"),
                        )
                        .with_help(
                            Message::new("sintaks-tanggal.help").arg("saran", fixed.as_str()),
                        )
                        .with_suggestion(at, fixed),
                    );
                }
                DateValue::Date(written.to_owned(), at)
            }
            Rule::dash => DateValue::Dash(span(&value)),
            _ => return self.unexpected(&value),
        };
        Some(ItemKind::Date(which, value))
    }

    fn disahkan(&mut self, pair: Pair<'_, Rule>) -> Option<Disahkan> {
        let mut inner = values(pair);
        let jabatan = self.text(&inner.next()?)?;
        let mut fields = Vec::new();
        if let Some(block) = inner.next() {
            for item in values(block) {
                let mut parts = values(item);
                let key_pair = parts.next()?;
                let key = match children(key_pair.clone()).next().map(|p| p.as_rule()) {
                    Some(Rule::kw_nama) => SignerKey::Nama,
                    Some(Rule::kw_pangkat) => SignerKey::Pangkat,
                    Some(Rule::kw_nip) => SignerKey::Nip,
                    _ => return self.unexpected(&key_pair),
                };
                let value = self.text(&parts.next()?)?;
                fields.push(SignerField {
                    key,
                    key_span: span(&key_pair),
                    value,
                });
            }
        }
        Some(Disahkan { jabatan, fields })
    }

    fn list_field(&mut self, pair: Pair<'_, Rule>) -> Option<ItemKind> {
        let mut inner = values(pair);
        let key = inner.next()?;
        let which = match children(key.clone()).next().map(|p| p.as_rule()) {
            Some(Rule::kw_dasar_hukum) => ListKey::DasarHukum,
            Some(Rule::kw_kualifikasi) => ListKey::Kualifikasi,
            Some(Rule::kw_peralatan) => ListKey::Peralatan,
            Some(Rule::kw_peringatan) => ListKey::Peringatan,
            Some(Rule::kw_pencatatan) => ListKey::Pencatatan,
            _ => return self.unexpected(&key),
        };
        let list = self.list(inner.next()?)?;
        Some(ItemKind::List(which, list))
    }

    fn keterkaitan(&mut self, pair: Pair<'_, Rule>) -> Option<(Vec<Related>, Option<Span>)> {
        let mut related = Vec::new();
        let mut dash = None;
        for entry in values(pair) {
            match entry.as_rule() {
                Rule::related => {
                    let entry_span = span(&entry);
                    let mut id = None;
                    let mut name = None;
                    for part in values(entry) {
                        match part.as_rule() {
                            Rule::ident => id = Some(ident(&part)),
                            Rule::text => name = Some(self.text(&part)?),
                            _ => return self.unexpected(&part),
                        }
                    }
                    related.push(Related {
                        id,
                        name: name?,
                        span: entry_span,
                    });
                }
                Rule::dash => dash = Some(span(&entry)),
                _ => return self.unexpected(&entry),
            }
        }
        Some((related, dash))
    }

    fn actors(&mut self, pair: Pair<'_, Rule>, key_span: Span) -> Option<Vec<Actor>> {
        let mut actors = Vec::new();
        let mut pairs = values(pair);
        for actor in pairs.by_ref().take(MAX_ACTORS) {
            let actor_span = statement_span(&actor);
            let mut inner = values(actor);
            let id = ident(&inner.next()?);
            let name = self.text(&inner.next()?)?;
            actors.push(Actor {
                id,
                name,
                span: actor_span,
            });
        }
        let more = pairs.count();
        if more > 0 {
            self.diagnostics.push(exceeded(
                key_span,
                Limit::Actors,
                MAX_ACTORS + more,
                MAX_ACTORS,
            ));
        }
        Some(actors)
    }

    fn step(&mut self, pair: Pair<'_, Rule>) -> Option<Step> {
        let step_span = statement_span(&pair);
        let mut step = Step {
            label: None,
            kind: StepKind::Process,
            kind_span: None,
            actors: Vec::new(),
            uraian: Vec::new(),
            body: Vec::new(),
            span: step_span,
        };
        for part in values(pair) {
            match part.as_rule() {
                Rule::label_def => step.label = Some(self.first_ident(part)?),
                Rule::step_kind => {
                    step.kind_span = Some(span(&part));
                    let kind = values(part).next()?;
                    step.kind = match kind.as_rule() {
                        Rule::start_kind => StepKind::Start {
                            alternative: children(kind).any(|p| p.as_rule() == Rule::kw_alternatif),
                        },
                        Rule::end_kind => StepKind::End,
                        _ => return self.unexpected(&kind),
                    };
                }
                Rule::decision_kind => {
                    step.kind_span = Some(span(&part));
                    step.kind = StepKind::Decision;
                }
                Rule::actors => step.actors = actor_ids(part),
                Rule::text_list => step.uraian = self.texts(part)?,
                Rule::step_body => {
                    let mut symbols = 0;
                    for item in values(part) {
                        if item.as_rule() == Rule::symbol_item {
                            symbols += 1;
                            if symbols > MAX_SYMBOLS_PER_ROW {
                                continue;
                            }
                        }
                        step.body.push(self.step_item(item)?);
                    }
                    if symbols > MAX_SYMBOLS_PER_ROW {
                        self.diagnostics.push(exceeded(
                            Span::new(step_span.start, step_span.start),
                            Limit::Symbols,
                            symbols,
                            MAX_SYMBOLS_PER_ROW,
                        ));
                    }
                }
                _ => return self.unexpected(&part),
            }
        }
        Some(step)
    }

    fn step_item(&mut self, pair: Pair<'_, Rule>) -> Option<StepItem> {
        let item_span = statement_span(&pair);
        let key_span = children(pair.clone())
            .next()
            .map_or(item_span, |p| span(&p));
        let rule = pair.as_rule();
        let kind = match rule {
            Rule::kelengkapan_item => StepItemKind::Kelengkapan(self.list(values(pair).next()?)?),
            Rule::output_item => StepItemKind::Output(self.list(values(pair).next()?)?),
            Rule::waktu_item => StepItemKind::Waktu(self.duration(&values(pair).next()?)?),
            Rule::tanya_item => StepItemKind::Tanya(self.first_text(pair)?),
            Rule::keterangan_item => {
                let mut notes = Vec::new();
                for note in values(pair) {
                    match note.as_rule() {
                        Rule::text => notes.push(Note::Text(self.text(&note)?)),
                        Rule::note_ref => match values(note).next() {
                            Some(id) => notes.push(Note::Ref(ident(&id))),
                            None => return self.internal(item_span, "a reference without its id"),
                        },
                        Rule::dash => notes.push(Note::Dash(span(&note))),
                        _ => return self.unexpected(&note),
                    }
                }
                StepItemKind::Keterangan(notes)
            }
            Rule::branch_item => StepItemKind::Branch(self.branch(pair)?),
            Rule::teks_item => StepItemKind::Teks(self.first_text(pair)?),
            Rule::nomor_item => {
                let value = values(pair).next()?;
                match value.as_rule() {
                    Rule::row_number => StepItemKind::Nomor(Text {
                        value: value.as_str().to_owned(),
                        span: span(&value),
                    }),
                    _ => StepItemKind::Nomor(self.text(&value)?),
                }
            }
            Rule::symbol_item => StepItemKind::Symbol(self.symbol(pair)?),
            Rule::jump_item => {
                let arrow = arrow_of(&pair);
                let targets = values(pair)
                    .map(|t| target(&t))
                    .collect::<Option<Vec<_>>>()?;
                let (style, arrow_len) = arrow.unwrap_or((ArrowStyle::Single, 2));
                return Some(StepItem {
                    kind: StepItemKind::Jump(Jump { targets, style }),
                    key_span: Span::new(item_span.start, item_span.start + arrow_len),
                    span: item_span,
                });
            }
            _ => return self.unexpected(&pair),
        };
        Some(StepItem {
            kind,
            key_span,
            span: item_span,
        })
    }

    fn symbol(&mut self, pair: Pair<'_, Rule>) -> Option<Symbol> {
        let symbol_span = statement_span(&pair);
        let mut symbol = Symbol {
            label: None,
            kind: StepKind::Process,
            kind_span: symbol_span,
            actors: Vec::new(),
            text: None,
            exits: Vec::new(),
            span: symbol_span,
        };
        for part in values(pair) {
            match part.as_rule() {
                Rule::label_def => symbol.label = Some(self.first_ident(part)?),
                Rule::symbol_kind => {
                    symbol.kind_span = span(&part);
                    symbol.kind = match children(part.clone()).next().map(|k| (k.as_rule(), k)) {
                        Some((Rule::start_kind, kind)) => StepKind::Start {
                            alternative: children(kind).any(|p| p.as_rule() == Rule::kw_alternatif),
                        },
                        Some((Rule::end_kind, _)) => StepKind::End,
                        Some((Rule::kw_proses, _)) => StepKind::Process,
                        Some((Rule::kw_keputusan, _)) => StepKind::Decision,
                        _ => return self.unexpected(&part),
                    };
                }
                Rule::actors => symbol.actors = actor_ids(part),
                Rule::text => symbol.text = Some(self.text(&part)?),
                Rule::symbol_body => {
                    for exit in values(part) {
                        symbol.exits.push(self.step_item(exit)?);
                    }
                }
                _ => return self.unexpected(&part),
            }
        }
        Some(symbol)
    }

    fn branch(&mut self, pair: Pair<'_, Rule>) -> Option<Branch> {
        let style = arrow_of(&pair).map_or(ArrowStyle::Single, |(style, _)| style);
        let mut which = None;
        let mut label = None;
        let mut to = None;
        for part in values(pair) {
            match part.as_rule() {
                Rule::branch_key => {
                    which = match children(part.clone()).next().map(|p| p.as_rule()) {
                        Some(Rule::kw_ya) => Some(BranchKey::Ya),
                        Some(Rule::kw_tidak) => Some(BranchKey::Tidak),
                        _ => return self.unexpected(&part),
                    };
                }
                Rule::text => label = Some(self.text(&part)?),
                Rule::target => to = Some(target(&part)?),
                _ => return self.unexpected(&part),
            }
        }
        Some(Branch {
            which: which?,
            label,
            target: to?,
            style,
        })
    }

    fn duration(&mut self, pair: &Pair<'_, Rule>) -> Option<Duration> {
        let Some(inner) = children(pair.clone()).next() else {
            return self.unexpected(pair);
        };
        if inner.as_rule() != Rule::amount {
            return Some(match inner.as_rule() {
                Rule::dash => Duration::Dash(span(&inner)),
                Rule::text => Duration::Text(self.text(&inner)?),
                _ => return self.unexpected(&inner),
            });
        }
        let number = |p: &Pair<'_, Rule>| Number {
            raw: p.as_str().to_owned(),
            span: span(p),
        };
        let parts: Vec<Pair<'_, Rule>> = values(inner.clone()).collect();
        let (first, middle, last) = match parts.as_slice() {
            [first, last] => (first, None, last),
            [first, middle, last] => (first, Some(middle), last),
            _ => return self.unexpected(&inner),
        };
        let unit = Unit {
            raw: last
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            span: span(last),
        };
        let amount = number(first);
        let Some(middle) = middle else {
            return Some(Duration::Amount { amount, unit });
        };
        let Some(second) = values(middle.clone()).next() else {
            return self.unexpected(middle);
        };
        Some(match middle.as_rule() {
            Rule::times => Duration::Times {
                count: amount,
                each: number(&second),
                unit,
            },
            Rule::range => Duration::Range {
                from: amount,
                to: number(&second),
                unit,
            },
            _ => return self.unexpected(middle),
        })
    }

    fn list(&mut self, pair: Pair<'_, Rule>) -> Option<List> {
        let list_span = span(&pair);
        let mut items = Vec::new();
        let mut dash = None;
        for part in values(pair) {
            match part.as_rule() {
                Rule::text => items.push(self.text(&part)?),
                Rule::dash => dash = Some(span(&part)),
                _ => return self.unexpected(&part),
            }
        }
        Some(List {
            items,
            dash,
            span: list_span,
        })
    }

    fn texts(&mut self, pair: Pair<'_, Rule>) -> Option<Vec<Text>> {
        values(pair).map(|p| self.text(&p)).collect()
    }

    fn first_text(&mut self, pair: Pair<'_, Rule>) -> Option<Text> {
        let pair_span = span(&pair);
        match values(pair).find(|p| p.as_rule() == Rule::text) {
            Some(text) => self.text(&text),
            None => self.internal(pair_span, "a field without its text"),
        }
    }

    fn first_ident(&mut self, pair: Pair<'_, Rule>) -> Option<Ident> {
        let pair_span = span(&pair);
        match values(pair).find(|p| p.as_rule() == Rule::ident) {
            Some(id) => Some(ident(&id)),
            None => self.internal(pair_span, "a field without its name"),
        }
    }

    fn text(&mut self, pair: &Pair<'_, Rule>) -> Option<Text> {
        if pair.as_rule() != Rule::text {
            return self.unexpected(pair);
        }
        let text_span = span(pair);
        let raw = pair.as_str();
        let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
        let mut found = Vec::new();
        let value = unescape(inner, text_span.start + 1, &mut found);
        for diagnostic in found {
            self.escape_errors += 1;
            if self.escape_errors <= MAX_ESCAPE_ERRORS {
                self.diagnostics.push(diagnostic);
            }
        }
        Some(Text {
            value,
            span: text_span,
        })
    }
}

fn ident(pair: &Pair<'_, Rule>) -> Ident {
    Ident {
        name: pair.as_str().to_owned(),
        span: span(pair),
    }
}

/// The actor ids of an `actors` pair.
fn actor_ids(pair: Pair<'_, Rule>) -> Vec<Ident> {
    values(pair)
        .filter_map(|p| values(p).next())
        .map(|p| ident(&p))
        .collect()
}

/// The style of the arrow token of a branch or jump, and its length in bytes.
fn arrow_of(pair: &Pair<'_, Rule>) -> Option<(ArrowStyle, usize)> {
    let arrow = pair
        .clone()
        .into_inner()
        .find(|p| p.as_rule() == Rule::arrow)?;
    let style = match arrow.as_str() {
        "<->" => ArrowStyle::Double,
        "..>" => ArrowStyle::Dotted,
        _ => ArrowStyle::Single,
    };
    Some((style, arrow.as_str().len()))
}

fn target(pair: &Pair<'_, Rule>) -> Option<Target> {
    let inner = children(pair.clone()).next()?;
    Some(match inner.as_rule() {
        Rule::kw_lanjut => Target::Next(span(&inner)),
        _ => Target::Label(ident(&inner)),
    })
}

#[cfg(test)]
mod tests {
    use super::comments;

    #[test]
    fn comments_outside_texts_only() {
        let text = "a \"x // y\" // satu\nb \"q\\\"//\" // dua\r\n// tiga";
        let found: Vec<String> = comments(text, 0).into_iter().map(|c| c.text).collect();
        assert_eq!(found, [" satu", " dua", " tiga"]);
        assert_eq!(comments(text, 0)[0].span.start, 11);
    }
}
