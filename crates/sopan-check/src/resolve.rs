//! Names to indexes: the AST becomes a draft model plus the spans rules need to point at.
//!
//! Resolution reports what stops a name or value from being understood: duplicates, unknown
//! actors, labels and references, impossible dates, malformed NIP, unknown units. It always
//! returns a draft, filling what is missing with placeholders, so every later rule runs.

use std::collections::BTreeMap;

use sopan_diagnostics::{Code, Diagnostic, Message, Span};
use sopan_syntax::ast::{self, DateValue, ItemKind, ListKey, SignerKey};

use crate::model::{
    Bagian, DaftarIdentitas, Date, Keterkaitan, KolomLangkah, Pelaksana, Pengesah, Sop,
    StripLangkah,
};
use crate::{nip, steps};

/// The model as far as it could be built, and where each part came from.
pub(crate) struct Draft {
    pub(crate) sop: Sop,
    pub(crate) spans: Spans,
}

/// Source spans of the parts of a draft, for rules to label.
#[derive(Default)]
pub(crate) struct Spans {
    /// The `sop "…"` keyword and name.
    pub(crate) head: Span,
    /// The SOP's name, with its quotes.
    pub(crate) name: Span,
    /// The value span of each identity field present, by keyword.
    pub(crate) fields: BTreeMap<&'static str, Span>,
    /// The id of each actor.
    pub(crate) actors: Vec<Span>,
    /// Each keterkaitan entry.
    pub(crate) related: Vec<Span>,
    /// Each step.
    pub(crate) steps: Vec<steps::StepSpans>,
    /// Each symbol, indexed like the model's `simbol`.
    pub(crate) symbols: Vec<steps::SymbolSpans>,
    /// Whether a row has no symbol (SOP219): the column it meant is unknown, so no column
    /// is reported as unused.
    pub(crate) symbolless_row: bool,
    /// Identity fields given with a value that could not be read (an impossible date).
    pub(crate) invalid: std::collections::BTreeSet<&'static str>,
    /// Each edge: the target token that made it, or the step for a sequential edge.
    pub(crate) edges: Vec<Span>,
    /// With no actor declared, the actor ids the steps name, each once, in order: the one
    /// SOP214 writes the `pelaksana` list from instead of a SOP201 for each.
    pub(crate) undeclared: Vec<String>,
    /// With no actor declared, how many rows name an actor.
    pub(crate) undeclared_rows: usize,
}

/// Builds the draft of one document.
pub(crate) fn resolve(
    document: &ast::Document,
    source: &str,
    defaults: &sopan_config::Identitas,
    diagnostics: &mut Vec<Diagnostic>,
) -> Draft {
    let sop_ast = &document.sop;
    let mut spans = Spans {
        head: Span::new(sop_ast.span.start, sop_ast.name.span.end),
        name: sop_ast.name.span,
        ..Spans::default()
    };
    let mut sop = empty_sop(sop_ast.name.value.trim().to_owned());
    let mut seen: BTreeMap<&'static str, Span> = BTreeMap::new();
    let mut actors_ast: &[ast::Actor] = &[];
    let mut steps_ast: &[ast::Step] = &[];
    for item in &sop_ast.items {
        let key = item_key(&item.kind);
        if key != "bagian" {
            if let Some(first) = seen.get(key) {
                diagnostics.push(duplicate_field(key, item.key_span, *first));
                continue;
            }
            seen.insert(key, item.key_span);
        }
        match &item.kind {
            ItemKind::Id(id) => sop.id = Some(id.name.clone()),
            ItemKind::Nomor(text) => {
                sop.nomor.clone_from(&text.value);
                spans.fields.insert("nomor", text.span);
            }
            ItemKind::Instansi(lines) => sop.instansi = values(lines),
            ItemKind::Logo(text) => sop.logo = Some(text.value.clone()),
            ItemKind::Date(which, value) => date(&mut sop, &mut spans, *which, value, diagnostics),
            ItemKind::Disahkan(signer) => {
                spans.fields.insert("disahkan", signer.jabatan.span);
                sop.disahkan = pengesah(signer, diagnostics);
            }
            ItemKind::List(which, list) => {
                *list_slot(&mut sop, *which) = values(&list.items);
                if list.dash.is_some() {
                    sop.strip.identitas.push(daftar(*which));
                }
            }
            ItemKind::Keterkaitan(related, dash) => {
                if dash.is_some() {
                    sop.strip.identitas.push(DaftarIdentitas::Keterkaitan);
                }
                for entry in related {
                    spans.related.push(entry.span);
                    sop.keterkaitan.push(Keterkaitan {
                        id: entry.id.as_ref().map(|i| i.name.clone()),
                        nama: entry.name.value.clone(),
                    });
                }
            }
            ItemKind::Bagian(title, list) => {
                if list.dash.is_some() {
                    sop.strip.bagian.push(sop.bagian.len());
                }
                sop.bagian.push(Bagian {
                    judul: title.value.clone(),
                    isi: values(&list.items),
                });
            }
            ItemKind::Templat(name) => {
                spans.fields.insert("templat", name.span);
                sop.templat = Some(name.value.clone());
            }
            ItemKind::Pelaksana(actors) => {
                spans.fields.insert("pelaksana", item.key_span);
                actors_ast = actors;
            }
            ItemKind::Prosedur(steps) => {
                spans.fields.insert("prosedur", item.key_span);
                steps_ast = steps;
            }
        }
    }
    related_entries(&sop, &spans, diagnostics);
    inherit(&mut sop, &mut spans, &seen, defaults, diagnostics);
    let actor_index = actors(actors_ast, &mut sop, &mut spans, diagnostics);
    sop.strip.langkah = step_dashes(steps_ast);
    steps::resolve(
        steps_ast,
        &actor_index,
        &mut sop,
        &mut spans,
        source,
        diagnostics,
    );
    Draft { sop, spans }
}

/// SOP112: two keterkaitan entries with one id (a Keterangan naming it could mean either).
/// SOP113: an entry that names this SOP itself.
fn related_entries(sop: &Sop, spans: &Spans, diagnostics: &mut Vec<Diagnostic>) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    let own_name = comparable(&sop.nama);
    for (index, entry) in sop.keterkaitan.iter().enumerate() {
        let span = spans.related[index];
        if let Some(id) = entry.id.as_deref() {
            if let Some(&earlier) = first.get(id) {
                diagnostics.push(
                    Diagnostic::new(
                        Code::DuplicateRelated,
                        Message::new("periksa-keterkaitan-ganda").arg("id", id),
                        span,
                        Message::new("periksa-keterkaitan-ganda.label"),
                    )
                    .with_label(
                        spans.related[earlier],
                        Message::new("periksa-keterkaitan-ganda.label-pertama"),
                    )
                    .with_help(Message::new("periksa-keterkaitan-ganda.help")),
                );
            } else {
                first.insert(id, index);
            }
        }
        let names_itself = entry.id.is_some() && entry.id == sop.id
            || (!own_name.is_empty() && comparable(&entry.nama) == own_name);
        if names_itself {
            diagnostics.push(
                Diagnostic::new(
                    Code::RelatedToItself,
                    Message::new("periksa-keterkaitan-diri").arg("nama", entry.nama.as_str()),
                    span,
                    Message::new("periksa-keterkaitan-diri.label"),
                )
                .with_help(Message::new("periksa-keterkaitan-diri.help")),
            );
        }
    }
}

/// A name as compared for "is this the same SOP": case, spacing and a leading "SOP" ignored.
fn comparable(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let bare = lower.strip_prefix("sop ").unwrap_or(&lower);
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fills the identity fields the file leaves out from the repository's `sopan.yaml`.
fn inherit(
    sop: &mut Sop,
    spans: &mut Spans,
    seen: &BTreeMap<&'static str, Span>,
    defaults: &sopan_config::Identitas,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if !seen.contains_key("instansi")
        && let Some(instansi) = &defaults.instansi
    {
        sop.instansi.clone_from(instansi);
    }
    if !seen.contains_key("logo") && defaults.logo.is_some() {
        sop.logo.clone_from(&defaults.logo);
    }
    if !seen.contains_key("dasar-hukum")
        && let Some(list) = &defaults.dasar_hukum
    {
        sop.dasar_hukum.clone_from(list);
    }
    if let (false, Some(signer)) = (seen.contains_key("disahkan"), &defaults.disahkan) {
        spans.fields.insert("disahkan", spans.head);
        let mut nip_problems = Vec::new();
        let nip = signer
            .nip
            .as_deref()
            .and_then(|n| nip::check(n, spans.head, &mut nip_problems));
        for problem in nip_problems {
            diagnostics.push(problem.with_note(Message::new("periksa-nip-dari-yaml")));
        }
        sop.disahkan = Pengesah {
            jabatan: signer.jabatan.clone(),
            nama: signer.nama.clone(),
            pangkat: signer.pangkat.clone(),
            nip,
        };
    }
}

fn empty_sop(nama: String) -> Sop {
    // Missing dates stay at this placeholder; the header rule reports them, and a draft
    // with errors never leaves the crate.
    let placeholder = Date::UNSET;
    Sop {
        id: None,
        nama,
        nomor: String::new(),
        instansi: Vec::new(),
        logo: None,
        dibuat: placeholder,
        revisi: None,
        efektif: placeholder,
        disahkan: Pengesah {
            jabatan: String::new(),
            nama: None,
            pangkat: None,
            nip: None,
        },
        dasar_hukum: Vec::new(),
        kualifikasi: Vec::new(),
        keterkaitan: Vec::new(),
        peralatan: Vec::new(),
        peringatan: Vec::new(),
        pencatatan: Vec::new(),
        bagian: Vec::new(),
        templat: None,
        strip: crate::model::Strip::default(),
        pelaksana: Vec::new(),
        langkah: Vec::new(),
        simbol: Vec::new(),
        alur: Vec::new(),
        ringkasan: crate::model::Ringkasan::default(),
    }
}

fn item_key(kind: &ItemKind) -> &'static str {
    match kind {
        ItemKind::Id(_) => "id",
        ItemKind::Nomor(_) => "nomor",
        ItemKind::Instansi(_) => "instansi",
        ItemKind::Logo(_) => "logo",
        ItemKind::Date(which, _) => which.keyword(),
        ItemKind::Disahkan(_) => "disahkan",
        ItemKind::List(which, _) => which.keyword(),
        ItemKind::Keterkaitan(..) => "keterkaitan",
        ItemKind::Bagian(..) => "bagian",
        ItemKind::Pelaksana(_) => "pelaksana",
        ItemKind::Prosedur(_) => "prosedur",
        ItemKind::Templat(_) => "templat",
    }
}

/// SOP105 for a field given a second time.
pub(crate) fn duplicate_field(key: &str, at: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateField,
        Message::new("periksa-isian-ganda").arg("kunci", key),
        at,
        Message::new("periksa-isian-ganda.label"),
    )
    .with_label(first, Message::new("periksa-isian-ganda.label-pertama"))
    .with_help(Message::new("periksa-isian-ganda.help").arg("kunci", key))
}

fn values(texts: &[ast::Text]) -> Vec<String> {
    texts.iter().map(|t| t.value.clone()).collect()
}

fn daftar(which: ListKey) -> DaftarIdentitas {
    match which {
        ListKey::DasarHukum => DaftarIdentitas::DasarHukum,
        ListKey::Kualifikasi => DaftarIdentitas::Kualifikasi,
        ListKey::Peralatan => DaftarIdentitas::Peralatan,
        ListKey::Peringatan => DaftarIdentitas::Peringatan,
        ListKey::Pencatatan => DaftarIdentitas::Pencatatan,
    }
}

/// The step cells written `-`, in step order: one `langkah` per step of the file.
fn step_dashes(steps: &[ast::Step]) -> Vec<StripLangkah> {
    let mut dashes = Vec::new();
    for (langkah, step) in steps.iter().enumerate() {
        for item in &step.body {
            let kolom = match &item.kind {
                ast::StepItemKind::Kelengkapan(list) if list.dash.is_some() => {
                    KolomLangkah::Kelengkapan
                }
                ast::StepItemKind::Output(list) if list.dash.is_some() => KolomLangkah::Output,
                ast::StepItemKind::Keterangan(notes)
                    if notes.iter().any(|n| matches!(n, ast::Note::Dash(_))) =>
                {
                    KolomLangkah::Keterangan
                }
                _ => continue,
            };
            dashes.push(StripLangkah { langkah, kolom });
        }
    }
    dashes
}

fn list_slot(sop: &mut Sop, which: ListKey) -> &mut Vec<String> {
    match which {
        ListKey::DasarHukum => &mut sop.dasar_hukum,
        ListKey::Kualifikasi => &mut sop.kualifikasi,
        ListKey::Peralatan => &mut sop.peralatan,
        ListKey::Peringatan => &mut sop.peringatan,
        ListKey::Pencatatan => &mut sop.pencatatan,
    }
}

fn date(
    sop: &mut Sop,
    spans: &mut Spans,
    which: ast::DateKey,
    value: &DateValue,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (text, span) = match value {
        DateValue::Date(text, span) => (text, *span),
        DateValue::Dash(span) => {
            if which == ast::DateKey::Revisi {
                spans.fields.insert("revisi", *span);
            } else {
                spans.invalid.insert(which.keyword());
                diagnostics.push(
                    Diagnostic::new(
                        Code::MissingField,
                        Message::new("periksa-tanggal-wajib").arg("kunci", which.keyword()),
                        *span,
                        Message::new("periksa-tanggal-wajib.label"),
                    )
                    .with_help(
                        Message::new("periksa-tanggal-wajib.help").arg("kunci", which.keyword()),
                    ),
                );
            }
            return;
        }
    };
    let Some(parsed) = parse_date(text) else {
        // Given, though wrong: the missing-field rule must not report it a second time.
        spans.invalid.insert(which.keyword());
        diagnostics.push(
            Diagnostic::new(
                Code::InvalidDate,
                Message::new("periksa-tanggal-tidak-ada").arg("tanggal", text.as_str()),
                span,
                Message::new("periksa-tanggal-tidak-ada.label"),
            )
            .with_help(date_help(which.keyword(), text)),
        );
        return;
    };
    spans.fields.insert(which.keyword(), span);
    match which {
        ast::DateKey::Dibuat => sop.dibuat = parsed,
        ast::DateKey::Revisi => sop.revisi = Some(parsed),
        ast::DateKey::Efektif => sop.efektif = parsed,
    }
}

/// What to write instead of a date that does not exist: the same date year-month-day when
/// it was written day-month-year, or how many days its month has.
fn date_help(key: &str, text: &str) -> Message {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str| s.parse::<u16>().ok();
    if let Some(date) = reordered(text) {
        return Message::new("periksa-tanggal-tidak-ada.help-urutan")
            .arg("kunci", key)
            .arg("benar", date.to_string());
    }
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && let (Some(year), Some(month), Some(_)) = (number(y), number(m), number(d))
        && year >= 1
    {
        let month = u8::try_from(month).unwrap_or(0);
        let days = crate::model::days_in_month(year, month);
        if days == 0 {
            return Message::new("periksa-tanggal-tidak-ada.help-bulan").arg("bulan", *m);
        }
        return Message::new("periksa-tanggal-tidak-ada.help-hari")
            .arg("bulan", *m)
            .arg("tahun", *y)
            .arg("hari", u64::from(days));
    }
    Message::new("periksa-tanggal-tidak-ada.help")
}

/// The date a day-month-year `text` (`31-01-2024`) means, when it exists: then writing it
/// year-month-day is the one fix.
fn reordered(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str| s.parse::<u16>().ok();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
        && d.len() <= 2
        && let (Some(day), Some(month), Some(year)) = (number(d), number(m), number(y))
        && let (Ok(day), Ok(month)) = (u8::try_from(day), u8::try_from(month))
    {
        return Date::new(year, month, day);
    }
    None
}

/// `2017-12-15` to a date, if it exists.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::new(year, month, day)
}

fn pengesah(signer: &ast::Disahkan, diagnostics: &mut Vec<Diagnostic>) -> Pengesah {
    let mut out = Pengesah {
        jabatan: signer.jabatan.value.clone(),
        nama: None,
        pangkat: None,
        nip: None,
    };
    let mut seen: BTreeMap<&'static str, Span> = BTreeMap::new();
    for field in &signer.fields {
        let key = field.key.keyword();
        if let Some(first) = seen.insert(key, field.key_span) {
            diagnostics.push(duplicate_field(key, field.key_span, first));
            continue;
        }
        match field.key {
            SignerKey::Nama => out.nama = Some(field.value.value.clone()),
            SignerKey::Pangkat => out.pangkat = Some(field.value.value.clone()),
            SignerKey::Nip => {
                out.nip = nip::check(&field.value.value, field.value.span, diagnostics);
            }
        }
    }
    out
}

fn actors(
    actors: &[ast::Actor],
    sop: &mut Sop,
    spans: &mut Spans,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, usize> {
    let mut index = BTreeMap::new();
    for actor in actors {
        if let Some(&first) = index.get(&actor.id.name) {
            let first_span: Span = spans.actors[first];
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateActor,
                    Message::new("periksa-pelaksana-ganda").arg("id", actor.id.name.as_str()),
                    actor.id.span,
                    Message::new("periksa-pelaksana-ganda.label"),
                )
                .with_label(
                    first_span,
                    Message::new("periksa-pelaksana-ganda.label-pertama"),
                )
                .with_help(Message::new("periksa-pelaksana-ganda.help")),
            );
            continue;
        }
        index.insert(actor.id.name.clone(), sop.pelaksana.len());
        spans.actors.push(actor.id.span);
        sop.pelaksana.push(Pelaksana {
            id: actor.id.name.clone(),
            nama: actor.name.value.clone(),
        });
    }
    index
}

/// SOP201 for a step naming an undeclared actor, with the declared one it likely meant.
pub(crate) fn unknown_actor(
    name: &ast::Ident,
    meant: Option<crate::suggest::Meant<'_>>,
) -> Diagnostic {
    let help = match meant {
        Some(best) => crate::suggest::did_you_mean_help(best.name),
        None => Message::new("periksa-pelaksana-tidak-dikenal.help").arg("id", name.name.as_str()),
    };
    let diagnostic = Diagnostic::new(
        Code::UnknownActor,
        Message::new("periksa-pelaksana-tidak-dikenal").arg("id", name.name.as_str()),
        name.span,
        Message::new("periksa-pelaksana-tidak-dikenal.label"),
    )
    .with_help(help);
    crate::suggest::with_fix(diagnostic, name.span, meant)
}
