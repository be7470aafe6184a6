//! Every mistake of one `sopan.yaml`, found in one pass over its tree before it is read
//! into [`Config`](crate::Config).
//!
//! serde stops at the first key it does not know and says so in its own words; an author
//! who fixes one mistake per run needs as many runs as mistakes. Here the YAML is read into
//! a tree that keeps where each key and value is written, and checked against [`CONFIG`],
//! the shape of the file: unknown keys (with the nearest known key), values of the wrong
//! kind, values outside their list (with the nearest one), rule codes and levels, a NIP that
//! is not 18 digits. The problems come back in the order of the file. Only a file with none
//! goes on to serde, which then reads it the same way.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use sopan_diagnostics::{Code, Diagnostic, Message, Severity, Span};

/// A YAML node as written.
pub(crate) enum Node {
    Map(Vec<(Spanned<Key>, Spanned<Node>)>),
    Seq(Vec<Spanned<Node>>),
    Scalar(Scalar),
    Null,
}

/// A plain value, by the kind YAML read it as.
pub(crate) enum Scalar {
    Text,
    Bool,
    Number,
}

/// A key, as text whatever YAML read it as (`1:` is the key "1").
pub(crate) struct Key(pub(crate) String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Key, E> {
                Ok(Key(String::new()))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Text))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Bool))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Number))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Number))
            }
            fn visit_i128<E: de::Error>(self, _: i128) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Number))
            }
            fn visit_u128<E: de::Error>(self, _: u128) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Number))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
                Ok(Node::Scalar(Scalar::Number))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
                Node::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<Node>>()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<Key>>()? {
                    let value = map.next_value::<Spanned<Node>>()?;
                    entries.push((key, value));
                }
                Ok(Node::Map(entries))
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// What a place in `sopan.yaml` holds.
pub(crate) enum Shape {
    /// Keys of its own: each with its shape, and whether it must be there.
    Map(&'static [(&'static str, Shape, bool)]),
    /// Keys named by the author (template names), each holding the same shape.
    Named(&'static Shape),
    /// `aturan`: codes, each with a level.
    Rules,
    /// A text (a plain number or `true` is read as its text).
    Text,
    /// A NIP: a text of 18 digits.
    Nip,
    /// A list of texts.
    Texts,
    /// `true` or `false`.
    Bool,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// A list of these words.
    ListOf(&'static [&'static str]),
    /// A language: `id` or `en` (as `--bahasa` reads them).
    Bahasa,
}

const TEXT: Shape = Shape::Text;

/// The layout keys, of `tata-letak` and of each template.
pub(crate) const LAYOUT: Shape = Shape::Map(&[
    (
        "kertas",
        Shape::OneOf(&["a4", "f4", "letter", "legal"]),
        false,
    ),
    ("orientasi", Shape::OneOf(&["lanskap", "potret"]), false),
    ("penanda", Shape::OneOf(&["angka", "huruf"]), false),
    (
        "judul-kolom",
        Shape::Map(&[
            ("uraian", TEXT, false),
            ("kelengkapan", TEXT, false),
            ("waktu", TEXT, false),
            ("output", TEXT, false),
            ("keterangan", TEXT, false),
        ]),
        false,
    ),
    (
        "urutan-mutu-baku",
        Shape::ListOf(&["kelengkapan", "waktu", "output"]),
        false,
    ),
    ("nomor-kolom", Shape::Bool, false),
    ("kolom-keterangan", Shape::Bool, false),
    ("ulang-kepala", Shape::Bool, false),
    (
        "judul-identitas",
        Shape::Map(&[
            ("nomor", TEXT, false),
            ("dibuat", TEXT, false),
            ("revisi", TEXT, false),
            ("efektif", TEXT, false),
            ("disahkan", TEXT, false),
            ("nama", TEXT, false),
            ("dasar-hukum", TEXT, false),
            ("kualifikasi", TEXT, false),
            ("keterkaitan", TEXT, false),
            ("peralatan", TEXT, false),
            ("peringatan", TEXT, false),
            ("pencatatan", TEXT, false),
        ]),
        false,
    ),
    (
        "judul-kelompok",
        Shape::Map(&[("pelaksana", TEXT, false), ("mutu-baku", TEXT, false)]),
        false,
    ),
    ("judul-prosedur", TEXT, false),
    ("daftar", Shape::OneOf(&["nomor", "butir", "baris"]), false),
    (
        "tanpa",
        Shape::ListOf(&[
            "dasar-hukum",
            "kualifikasi",
            "keterkaitan",
            "peralatan",
            "peringatan",
            "pencatatan",
        ]),
        false,
    ),
    ("jumlah-waktu", Shape::Bool, false),
    ("prosedur-di-halaman-1", Shape::Bool, false),
    ("templat", TEXT, false),
]);

/// The whole file.
pub(crate) static CONFIG: Shape = Shape::Map(&[
    (
        "identitas",
        Shape::Map(&[
            ("instansi", Shape::Texts, false),
            ("logo", TEXT, false),
            (
                "disahkan",
                Shape::Map(&[
                    ("jabatan", TEXT, true),
                    ("nama", TEXT, false),
                    ("pangkat", TEXT, false),
                    ("nip", Shape::Nip, false),
                ]),
                false,
            ),
            ("dasar-hukum", Shape::Texts, false),
        ]),
        false,
    ),
    ("aturan", Shape::Rules, false),
    ("tata-letak", LAYOUT, false),
    (
        "repositori",
        Shape::Map(&[("periksa-keterkaitan", Shape::Bool, false)]),
        false,
    ),
    ("templat", Shape::Named(&LAYOUT), false),
    ("bahasa", Shape::Bahasa, false),
    ("kecualikan", Shape::Texts, false),
]);

/// The words a rule level may be written in: English, as the docs first gave them, and
/// Indonesian.
pub(crate) const LEVELS: &[&str] = &["off", "warn", "error", "mati", "peringatan", "galat"];

/// Checks `root` (the parsed file) against [`CONFIG`]; every problem, in the file's order.
pub(crate) fn validate(root: &Spanned<Node>, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut walker = Walker {
        text,
        out: &mut out,
    };
    walker.node(root, &CONFIG, "sopan.yaml");
    out.sort_by_key(|d| (d.primary_span().start, d.primary_span().end));
    out
}

struct Walker<'a> {
    text: &'a str,
    out: &'a mut Vec<Diagnostic>,
}

/// The byte span of a location in `text`, at least one character wide when it can be.
pub(crate) fn span_of(location: &serde_saphyr::Location, text: &str) -> Span {
    let span = location.span();
    let Some(start) = span.byte_offset().and_then(|s| usize::try_from(s).ok()) else {
        return Span::default();
    };
    let len = span
        .byte_len()
        .and_then(|l| usize::try_from(l).ok())
        .unwrap_or(0);
    let start = start.min(text.len());
    let mut end = (start + len).min(text.len());
    if end == start {
        end = text[start..]
            .char_indices()
            .nth(1)
            .map_or(text.len(), |(i, _)| start + i);
    }
    Span::new(start, end)
}

impl Walker<'_> {
    fn span<T>(&self, node: &Spanned<T>) -> Span {
        span_of(&node.referenced, self.text)
    }

    /// The value as written, quotes taken off: what the author typed.
    /// The replacement of the text at `span` by `near`, when `near` is the only known word
    /// that close to `written` and the span holds exactly that word (YAML may quote it, and
    /// then the quotes stay).
    fn fix(&self, span: Span, written: &str, near: &str, known: &[&str]) -> Option<(Span, String)> {
        // A short word one letter off (`a3` for `a4`) may be another thing altogether, a paper
        // size Sopan does not print, rather than a slip: help, but no fix.
        if written.chars().count() < 4 || nearest_certain(written, known) != Some(near) {
            return None;
        }
        let raw = self.text.get(span.start..span.end)?;
        let at = raw.find(written)?;
        let start = span.start + at;
        Some((Span::new(start, start + written.len()), near.to_owned()))
    }

    fn written(&self, span: Span) -> String {
        let raw = self
            .text
            .get(span.start..span.end)
            .unwrap_or_default()
            .trim();
        raw.trim_matches(|c| c == '"' || c == '\'').to_owned()
    }

    fn node(&mut self, node: &Spanned<Node>, shape: &Shape, key: &str) {
        let span = self.span(node);
        match (shape, &node.value) {
            // An empty key (`identitas:` with nothing under it) means "nothing set"; a
            // text may be any plain value (`nip: 1984…` is read as its digits).
            (_, Node::Null)
            | (Shape::Text, Node::Scalar(_))
            | (Shape::Bool, Node::Scalar(Scalar::Bool)) => {}
            (Shape::Map(keys), Node::Map(entries)) => self.map(entries, keys, key, span),
            (Shape::Named(inner), Node::Map(entries)) => {
                for (name, value) in entries {
                    // A template is applied over the folder's layout, never over another
                    // template.
                    if let Node::Map(inner_entries) = &value.value
                        && let Some((_, v)) =
                            inner_entries.iter().find(|(k, _)| k.value.0 == "templat")
                    {
                        self.out.push(
                            Diagnostic::new(
                                Code::InvalidConfig,
                                Message::new("konfigurasi-templat-bertingkat")
                                    .arg("nama", name.value.0.as_str()),
                                self.span(v),
                                Message::new("konfigurasi-templat-bertingkat.label"),
                            )
                            .with_help(Message::new("konfigurasi-templat-bertingkat.help")),
                        );
                    }
                    self.node(value, inner, &name.value.0);
                }
            }
            (Shape::Rules, Node::Map(entries)) => self.rules(entries),
            (Shape::Nip, Node::Scalar(_)) => self.nip(span),
            (Shape::Texts, Node::Seq(items)) => {
                for item in items {
                    if !matches!(item.value, Node::Scalar(_) | Node::Null) {
                        self.kind(self.span(item), key, "konfigurasi-harus-daftar-teks");
                    }
                }
            }
            (Shape::OneOf(words), Node::Scalar(_)) => self.word(span, key, words),
            (Shape::ListOf(words), Node::Seq(items)) => {
                for item in items {
                    let item_span = self.span(item);
                    if matches!(item.value, Node::Scalar(_)) {
                        self.word(item_span, key, words);
                    } else {
                        self.kind(item_span, key, "konfigurasi-harus-daftar");
                    }
                }
            }
            (Shape::Bahasa, Node::Scalar(_)) => {
                let value = self.written(span);
                if value.parse::<sopan_diagnostics::Bahasa>().is_err() {
                    self.word(span, key, &["id", "en"]);
                }
            }
            (Shape::Map(_) | Shape::Named(_) | Shape::Rules, _) => {
                self.kind(span, key, "konfigurasi-harus-kunci");
            }
            (Shape::Text | Shape::Nip | Shape::Bahasa | Shape::OneOf(_), _) => {
                self.kind(span, key, "konfigurasi-harus-teks");
            }
            (Shape::Texts, _) => self.kind(span, key, "konfigurasi-harus-daftar-teks"),
            (Shape::ListOf(_), _) => self.kind(span, key, "konfigurasi-harus-daftar"),
            (Shape::Bool, _) => self.kind(span, key, "konfigurasi-harus-ya-tidak"),
        }
    }

    fn map(
        &mut self,
        entries: &[(Spanned<Key>, Spanned<Node>)],
        keys: &'static [(&'static str, Shape, bool)],
        parent: &str,
        span: Span,
    ) {
        for (key, value) in entries {
            let name = key.value.0.as_str();
            if let Some((_, shape, _)) = keys.iter().find(|(k, _, _)| *k == name) {
                self.node(value, shape, name);
            } else {
                let known: Vec<&str> = keys.iter().map(|(k, _, _)| *k).collect();
                self.unknown_key(self.span(key), name, parent, &known);
            }
        }
        for (name, _, required) in keys {
            if *required && !entries.iter().any(|(k, _)| k.value.0 == *name) {
                self.out.push(
                    Diagnostic::new(
                        Code::InvalidConfig,
                        Message::new("konfigurasi-kunci-wajib")
                            .arg("kunci", *name)
                            .arg("induk", parent),
                        span,
                        Message::new("konfigurasi-kunci-wajib.label").arg("kunci", *name),
                    )
                    .with_help(Message::new("konfigurasi-kunci-wajib.help").arg("kunci", *name)),
                );
            }
        }
    }

    fn unknown_key(&mut self, span: Span, name: &str, parent: &str, known: &[&str]) {
        let fix = nearest(name, known).and_then(|near| self.fix(span, name, near, known));
        let help = match nearest(name, known) {
            Some(near) => {
                Message::new("konfigurasi-kunci-tidak-dikenal.help-mirip").arg("saran", near)
            }
            None => Message::new("konfigurasi-kunci-tidak-dikenal.help-daftar")
                .arg("induk", parent)
                .arg("daftar", known.join(", ")),
        };
        self.out.push(
            Diagnostic::new(
                Code::InvalidConfig,
                Message::new("konfigurasi-kunci-tidak-dikenal")
                    .arg("kunci", name)
                    .arg("induk", parent),
                span,
                Message::new("konfigurasi-kunci-tidak-dikenal.label"),
            )
            .with_help(help)
            .with_fix(fix),
        );
    }

    /// A value of the wrong kind; `id` names the kind expected.
    fn kind(&mut self, span: Span, key: &str, id: &'static str) {
        let (id, label, help) = match id {
            "konfigurasi-harus-kunci" => (
                "konfigurasi-harus-kunci",
                "konfigurasi-harus-kunci.label",
                "konfigurasi-harus-kunci.help",
            ),
            "konfigurasi-harus-daftar" => (
                "konfigurasi-harus-daftar",
                "konfigurasi-harus-daftar.label",
                "konfigurasi-harus-daftar.help",
            ),
            "konfigurasi-harus-daftar-teks" => (
                "konfigurasi-harus-daftar-teks",
                "konfigurasi-harus-daftar-teks.label",
                "konfigurasi-harus-daftar-teks.help",
            ),
            "konfigurasi-harus-ya-tidak" => (
                "konfigurasi-harus-ya-tidak",
                "konfigurasi-harus-ya-tidak.label",
                "konfigurasi-harus-ya-tidak.help",
            ),
            _ => (
                "konfigurasi-harus-teks",
                "konfigurasi-harus-teks.label",
                "konfigurasi-harus-teks.help",
            ),
        };
        self.out.push(
            Diagnostic::new(
                Code::InvalidConfig,
                Message::new(id).arg("kunci", key),
                span,
                Message::new(label),
            )
            .with_help(Message::new(help).arg("kunci", key)),
        );
    }

    /// A word that must be one of `words`.
    fn word(&mut self, span: Span, key: &str, words: &[&str]) {
        let value = self.written(span);
        if words.contains(&value.as_str()) {
            return;
        }
        let fix = nearest(&value, words).and_then(|near| self.fix(span, &value, near, words));
        let help = match nearest(&value, words) {
            Some(near) => {
                Message::new("konfigurasi-nilai-tidak-dikenal.help-mirip").arg("saran", near)
            }
            None => Message::new("konfigurasi-nilai-tidak-dikenal.help-daftar")
                .arg("daftar", words.join(", ")),
        };
        self.out.push(
            Diagnostic::new(
                Code::InvalidConfig,
                Message::new("konfigurasi-nilai-tidak-dikenal")
                    .arg("nilai", value)
                    .arg("kunci", key),
                span,
                Message::new("konfigurasi-nilai-tidak-dikenal.label"),
            )
            .with_help(help)
            .with_fix(fix),
        );
    }

    fn rules(&mut self, entries: &[(Spanned<Key>, Spanned<Node>)]) {
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        for (key, value) in entries {
            let key_span = self.span(key);
            let name = key.value.0.as_str();
            let Ok(code) = name.parse::<Code>() else {
                let help = match nearest(
                    &name
                        .to_ascii_uppercase()
                        .replace('O', "0")
                        .replacen("S0P", "SOP", 1),
                    &codes,
                ) {
                    Some(near) => {
                        Message::new("konfigurasi-kode-tidak-dikenal.help-mirip").arg("saran", near)
                    }
                    None => Message::new("konfigurasi-kode-tidak-dikenal.help"),
                };
                self.out.push(
                    Diagnostic::new(
                        Code::InvalidConfig,
                        Message::new("konfigurasi-kode-tidak-dikenal").arg("kode", name),
                        key_span,
                        Message::new("konfigurasi-kode-tidak-dikenal.label"),
                    )
                    .with_help(help),
                );
                continue;
            };
            let value_span = self.span(value);
            if !matches!(value.value, Node::Scalar(_)) {
                self.kind(value_span, name, "konfigurasi-harus-teks");
                continue;
            }
            let level = self.written(value_span);
            // YAML 1.1 reads a bare `off` as false; the author wrote `off`.
            if !LEVELS.contains(&level.as_str()) {
                let help = match nearest(&level, LEVELS) {
                    Some(near) => Message::new("konfigurasi-tingkat-tidak-dikenal.help-mirip")
                        .arg("saran", near)
                        .arg("padanan", counterpart(near)),
                    None => Message::new("konfigurasi-tingkat-tidak-dikenal.help"),
                };
                self.out.push(
                    Diagnostic::new(
                        Code::InvalidConfig,
                        Message::new("konfigurasi-tingkat-tidak-dikenal")
                            .arg("nilai", level)
                            .arg("kode", code.as_str()),
                        value_span,
                        Message::new("konfigurasi-tingkat-tidak-dikenal.label"),
                    )
                    .with_help(help),
                );
                continue;
            }
            let is_error = matches!(level.as_str(), "error" | "galat");
            if code.default_severity() == Severity::Error && !is_error {
                self.out.push(
                    Diagnostic::new(
                        Code::InvalidConfig,
                        Message::new("konfigurasi-galat-diturunkan").arg("kode", code.as_str()),
                        key_span,
                        Message::new("konfigurasi-galat-diturunkan.label"),
                    )
                    .with_help(Message::new("konfigurasi-galat-diturunkan.help")),
                );
            }
        }
    }

    /// A NIP is 18 digits (spaces between groups allowed, as on a sheet).
    fn nip(&mut self, span: Span) {
        let written = self.written(span);
        let digits: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.chars().all(|c| c.is_ascii_digit()) && digits.len() == 18 {
            return;
        }
        let count = digits.chars().filter(char::is_ascii_digit).count();
        let message = if digits.chars().all(|c| c.is_ascii_digit()) {
            Message::new("konfigurasi-nip-panjang")
                .arg("nip", written.as_str())
                .arg("jumlah", count)
        } else {
            Message::new("konfigurasi-nip-bukan-angka").arg("nip", written.as_str())
        };
        self.out.push(
            Diagnostic::new(
                Code::NipLength,
                message,
                span,
                Message::new("konfigurasi-nip-panjang.label").arg("jumlah", count),
            )
            .with_help(Message::new("konfigurasi-nip-panjang.help")),
        );
    }
}

/// The level word of the other language: `error` for `galat`, and so on.
fn counterpart(level: &str) -> &'static str {
    match level {
        "off" => "mati",
        "mati" => "off",
        "warn" => "peringatan",
        "peringatan" => "warn",
        "error" => "galat",
        _ => "error",
    }
}

/// [`nearest`], only when no other known word is as near: a certain fix.
#[must_use]
fn nearest_certain<'a>(written: &str, known: &[&'a str]) -> Option<&'a str> {
    let near = nearest(written, known)?;
    let lower = written.to_lowercase();
    let distance = |c: &str| strsim::damerau_levenshtein(&lower, &c.to_lowercase());
    let best = distance(near);
    let ties = known.iter().filter(|c| distance(c) == best).count();
    (ties == 1).then_some(near)
}

/// The known word nearest to `written` (case aside), when it is near enough to be a slip:
/// a few edits, more for a longer word.
#[must_use]
pub fn nearest<'a>(written: &str, known: &[&'a str]) -> Option<&'a str> {
    let written = written.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        let distance = strsim::damerau_levenshtein(&written, &candidate.to_lowercase());
        let allowed = (candidate.chars().count() / 3).clamp(1, 3);
        if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}
