//! One function per request, over one open document. Each is total: a position outside
//! the text, a name the index lacks or a stale parse gives an empty answer, never a panic.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CompletionItem, CompletionItemKind,
    CompletionTextEdit, DocumentSymbol, Documentation, Hover, HoverContents, InlayHint,
    InlayHintLabel, InlayHintTooltip, Location, MarkupContent, MarkupKind, Position, Range,
    SymbolKind, TextEdit, Uri, WorkspaceEdit,
};
use sopan_diagnostics::{Bahasa, Code, Diagnostic, Message, SourceFile, Span};

use crate::complete::{self, Want};
use crate::index::{Kind, Mention};
use crate::server::Doc;

// Callers build the message in the call; taking it by value reads better there.
#[allow(clippy::needless_pass_by_value)]
fn text(bahasa: Bahasa, message: Message) -> String {
    message.render(bahasa)
}

fn markdown(value: String) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: None,
    }
}

/// Author text inside Markdown: characters Markdown would read as markup are escaped, so a
/// heading such as `*Kasi*` shows as written. Ids go into code spans as they are: they
/// hold only letters, digits, `-` and `_`, and a code span shows a backslash as written.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]()<>#+-.!|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(crate) fn hover(doc: &Doc, position: Position, bahasa: Bahasa) -> Option<Hover> {
    let offset = doc.lines().offset(position);
    let index = &doc.analysis.index;
    if let Some(name) = index.name_at(offset) {
        let value = match name.kind {
            Kind::Actor => {
                let actor = index.actors.iter().find(|a| a.id == name.name)?;
                Message::new("lsp-hover-pelaksana")
                    .arg("id", actor.id.as_str())
                    .arg("nama", md(&actor.text))
            }
            Kind::Label => {
                let row = index.row_of_label(&name.name)?;
                Message::new("lsp-hover-langkah")
                    .arg("label", name.name.as_str())
                    .arg("nomor", md(&row.nomor))
                    .arg("uraian", md(&row.uraian))
            }
            Kind::Related => match index.related.iter().find(|r| r.id == name.name) {
                Some(entry) => Message::new("lsp-hover-keterkaitan")
                    .arg("id", entry.id.as_str())
                    .arg("nama", md(&entry.text)),
                None => return None,
            },
        };
        let mut hover = markdown(text(bahasa, value));
        hover.range = Some(doc.lines().range(name.span));
        return Some(hover);
    }
    if let Some((unit, span)) = index
        .units
        .iter()
        .find(|(_, s)| s.start <= offset && offset <= s.end)
    {
        let mut hover = markdown(text(bahasa, unit_message(unit)));
        hover.range = Some(doc.lines().range(*span));
        return Some(hover);
    }
    let (word, span) = word_at(&doc.text, offset)?;
    let code = Code::ALL.iter().find(|c| c.as_str() == word)?;
    let mut hover = markdown(text(
        bahasa,
        Message::new("lsp-hover-kode")
            .arg("kode", code.as_str())
            .arg("judul", md(&code.title_message().render(bahasa)))
            .arg("alamat", code.docs_url()),
    ));
    hover.range = Some(doc.lines().range(span));
    Some(hover)
}

/// What a unit means: the catalogue selects on the unit with its space made a dash.
fn unit_message(unit: &str) -> Message {
    Message::new("lsp-hover-satuan")
        .arg("kunci", unit.replace(' ', "-"))
        .arg("satuan", unit)
}

/// The word of letters and digits around `offset` (for `SOP201` in a comment).
fn word_at(text: &str, offset: usize) -> Option<(&str, Span)> {
    let offset = offset.min(text.len());
    if !text.is_char_boundary(offset) {
        return None;
    }
    let start = text[..offset]
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric())
        .len();
    let end = text[offset..]
        .find(|c: char| !c.is_ascii_alphanumeric())
        .map_or(text.len(), |i| offset + i);
    (start < end).then(|| (&text[start..end], Span::new(start, end)))
}

pub(crate) fn definition(doc: &Doc, uri: &Uri, position: Position) -> Vec<Location> {
    let offset = doc.lines().offset(position);
    let Some(name) = doc.analysis.index.name_at(offset) else {
        return Vec::new();
    };
    doc.analysis
        .index
        .definitions(name.kind, &name.name)
        .map(|n| Location::new(uri.clone(), doc.lines().range(n.span)))
        .collect()
}

pub(crate) fn references(
    doc: &Doc,
    uri: &Uri,
    position: Position,
    declaration: bool,
) -> Vec<Location> {
    let offset = doc.lines().offset(position);
    let Some(name) = doc.analysis.index.name_at(offset) else {
        return Vec::new();
    };
    doc.analysis
        .index
        .all(name.kind, &name.name)
        .filter(|n| declaration || !n.definition)
        .map(|n| Location::new(uri.clone(), doc.lines().range(n.span)))
        .collect()
}

/// `by_space`: the editor asked because a space was typed. Then nothing is offered on a
/// line that holds only spaces so far, or indenting a line would open a list each time.
pub(crate) fn completion(
    doc: &Doc,
    position: Position,
    by_space: bool,
    bahasa: Bahasa,
) -> Vec<CompletionItem> {
    let offset = doc.lines().offset(position);
    let (want, start) = complete::want(&doc.text, offset);
    let line_start = doc
        .text
        .get(..offset)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    if by_space
        && doc
            .text
            .get(line_start..offset)
            .is_some_and(|t| t.trim().is_empty())
    {
        return Vec::new();
    }
    let replace = Range::new(doc.lines().position(start), position);
    let index = &doc.analysis.index;
    let item = |label: &str, kind: CompletionItemKind, detail: Option<String>| CompletionItem {
        label: label.to_owned(),
        kind: Some(kind),
        detail,
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
            replace,
            label.to_owned(),
        ))),
        ..CompletionItem::default()
    };
    match want {
        Want::Labels => index
            .labels()
            .into_iter()
            .map(|label: &Mention| {
                let detail = index.row_of_label(&label.name).map(|row| {
                    text(
                        bahasa,
                        Message::new("lsp-lengkapi-langkah")
                            .arg("nomor", row.nomor.as_str())
                            .arg("uraian", row.uraian.as_str()),
                    )
                });
                item(&label.name, CompletionItemKind::REFERENCE, detail)
            })
            .collect(),
        Want::Actors => index
            .actors
            .iter()
            .map(|a| item(&a.id, CompletionItemKind::VARIABLE, Some(a.text.clone())))
            .collect(),
        Want::Related => index
            .related
            .iter()
            .map(|r| item(&r.id, CompletionItemKind::MODULE, Some(r.text.clone())))
            .collect(),
        Want::Units => sopan_check::UNITS
            .iter()
            .map(|(unit, _)| {
                let mut completion = item(unit, CompletionItemKind::UNIT, None);
                completion.documentation =
                    Some(Documentation::String(text(bahasa, unit_message(unit))));
                completion
            })
            .collect(),
        Want::StepFields => sopan_syntax::keywords::STEP_FIELDS
            .iter()
            .map(|field| {
                item(
                    field,
                    CompletionItemKind::FIELD,
                    Some(text(
                        bahasa,
                        Message::new("lsp-lengkapi-kolom").arg("kolom", *field),
                    )),
                )
            })
            .collect(),
        Want::SopItems => sopan_syntax::keywords::SOP_ITEMS
            .iter()
            .map(|key| item(key, CompletionItemKind::KEYWORD, None))
            .collect(),
        Want::Nothing => Vec::new(),
    }
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must be written, as `None`.
fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    selection: Range,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    DocumentSymbol {
        // Clients refuse an empty name.
        name: if name.trim().is_empty() {
            "-".to_owned()
        } else {
            name
        },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: (!children.is_empty()).then_some(children),
    }
}

// One section after another, in the order of the sheet.
#[allow(clippy::too_many_lines)]
pub(crate) fn symbols(doc: &Doc, bahasa: Bahasa) -> Vec<DocumentSymbol> {
    let index = &doc.analysis.index;
    let lines = doc.lines();
    let range = |span: Span| lines.range(span);
    let mut sections = Vec::new();
    if let (Some(first), Some(last)) = (index.identitas.first(), index.identitas.last()) {
        let span = first.span.join(last.span);
        let fields = index
            .identitas
            .iter()
            .map(|f| {
                symbol(
                    f.key.clone(),
                    Some(f.value.clone()),
                    SymbolKind::PROPERTY,
                    range(f.span),
                    range(f.key_span),
                    Vec::new(),
                )
            })
            .collect();
        sections.push(symbol(
            text(bahasa, Message::new("lsp-simbol-identitas")),
            None,
            SymbolKind::NAMESPACE,
            range(span),
            range(first.key_span),
            fields,
        ));
    }
    let entries = |entries: &[crate::index::Entry], kind| -> Vec<DocumentSymbol> {
        entries
            .iter()
            .map(|e| {
                symbol(
                    e.id.clone(),
                    Some(e.text.clone()),
                    kind,
                    range(e.span),
                    range(e.id_span),
                    Vec::new(),
                )
            })
            .collect()
    };
    if let Some(block) = index.keterkaitan {
        sections.push(symbol(
            "keterkaitan".to_owned(),
            None,
            SymbolKind::NAMESPACE,
            range(block.span),
            range(block.key_span),
            entries(&index.related, SymbolKind::MODULE),
        ));
    }
    if let Some(block) = index.pelaksana {
        sections.push(symbol(
            "pelaksana".to_owned(),
            None,
            SymbolKind::NAMESPACE,
            range(block.span),
            range(block.key_span),
            entries(&index.actors, SymbolKind::VARIABLE),
        ));
    }
    if let Some(block) = index.prosedur {
        let rows = index
            .rows
            .iter()
            .map(|row| {
                let name = text(
                    bahasa,
                    Message::new("lsp-simbol-langkah")
                        .arg("nomor", row.nomor.as_str())
                        .arg("uraian", row.uraian.as_str()),
                );
                symbol(
                    name,
                    row.label.clone(),
                    SymbolKind::EVENT,
                    range(row.span),
                    range(Span::at(row.span.start)),
                    Vec::new(),
                )
            })
            .collect();
        sections.push(symbol(
            "prosedur".to_owned(),
            None,
            SymbolKind::NAMESPACE,
            range(block.span),
            range(block.key_span),
            rows,
        ));
    }
    if sections.is_empty() && index.title.is_empty() {
        return Vec::new();
    }
    vec![symbol(
        index.title.clone(),
        Some("sop".to_owned()),
        SymbolKind::MODULE,
        range(index.sop),
        range(index.title_span),
        sections,
    )]
}

pub(crate) fn inlay_hints(doc: &Doc, visible: Range, bahasa: Bahasa) -> Vec<InlayHint> {
    let lines = doc.lines();
    let span = lines.span(visible);
    doc.analysis
        .index
        .rows
        .iter()
        .filter(|row| row.span.start >= span.start && row.span.start <= span.end)
        .filter(|row| !row.nomor.is_empty())
        .map(|row| InlayHint {
            position: lines.position(row.span.start),
            label: InlayHintLabel::String(row.nomor.clone()),
            kind: None,
            text_edits: None,
            tooltip: Some(InlayHintTooltip::String(text(
                bahasa,
                Message::new("lsp-petunjuk-nomor").arg("nomor", row.nomor.as_str()),
            ))),
            padding_left: None,
            padding_right: Some(true),
            data: None,
        })
        .collect()
}

/// The whole text in `sopan fmt`'s layout, as one edit; nothing for a text that does not
/// parse or is already formatted.
pub(crate) fn format(doc: &Doc) -> Vec<TextEdit> {
    match sopan_fmt::format(&doc.text) {
        Ok(formatted) if formatted != doc.text => vec![TextEdit::new(
            doc.lines().range(Span::new(0, doc.text.len())),
            formatted,
        )],
        _ => Vec::new(),
    }
}

/// Why a rename is refused, in the reader's words.
pub(crate) struct Refused(pub(crate) Message);

/// The span of the label or actor at `position`, when it can be renamed.
pub(crate) fn prepare_rename(doc: &Doc, position: Position) -> Result<Range, Refused> {
    let name = renamable(doc, position)?;
    Ok(doc.lines().range(name.span))
}

fn renamable(doc: &Doc, position: Position) -> Result<&Mention, Refused> {
    if !doc.analysis.fresh {
        return Err(Refused(Message::new("lsp-ganti-nama-sintaks")));
    }
    let offset = doc.lines().offset(position);
    match doc.analysis.index.name_at(offset) {
        Some(name) if matches!(name.kind, Kind::Label | Kind::Actor) => Ok(name),
        _ => Err(Refused(Message::new("lsp-ganti-nama-bukan-nama"))),
    }
}

/// Words a label or an actor id cannot be: the grammar reads them as keywords.
const KEYWORDS: &[&str] = &[
    "mulai",
    "selesai",
    "keputusan",
    "alternatif",
    "proses",
    "lanjut",
    "ya",
    "tidak",
    "waktu",
    "output",
    "kelengkapan",
    "keterangan",
    "tanya",
    "teks",
    "nomor",
    "sop",
    "pelaksana",
    "prosedur",
];

fn is_id(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

// lsp-types keys a WorkspaceEdit by `Uri`, whose cell caches a parsed port; equality and
// hashing read only its text, so the key cannot change under the map.
#[allow(clippy::mutable_key_type)]
pub(crate) fn rename(
    doc: &Doc,
    uri: &Uri,
    position: Position,
    new_name: &str,
) -> Result<WorkspaceEdit, Refused> {
    let name = renamable(doc, position)?;
    let what = match name.kind {
        Kind::Label => "label",
        _ => "pelaksana",
    };
    if !is_id(new_name) {
        return Err(Refused(
            Message::new("lsp-ganti-nama-tidak-sah")
                .arg("nama", new_name)
                .arg("jenis", what),
        ));
    }
    if KEYWORDS.contains(&new_name) {
        return Err(Refused(
            Message::new("lsp-ganti-nama-kata-kunci").arg("nama", new_name),
        ));
    }
    if new_name != name.name
        && doc
            .analysis
            .index
            .definitions(name.kind, new_name)
            .next()
            .is_some()
    {
        return Err(Refused(
            Message::new("lsp-ganti-nama-sudah-dipakai")
                .arg("nama", new_name)
                .arg("jenis", what),
        ));
    }
    let spans: Vec<Span> = doc
        .analysis
        .index
        .all(name.kind, &name.name)
        .map(|n| n.span)
        .collect();
    // The renamed text must still parse: a name in a place the grammar reads differently
    // would otherwise break the file.
    let mut renamed = doc.text.clone();
    let mut sorted = spans.clone();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.start));
    for span in &sorted {
        if renamed.get(span.start..span.end).is_none() {
            return Err(Refused(Message::new("lsp-ganti-nama-sintaks")));
        }
        renamed.replace_range(span.start..span.end, new_name);
    }
    if sopan_syntax::parse(&SourceFile::new("", renamed.as_str()))
        .document
        .is_none()
    {
        return Err(Refused(
            Message::new("lsp-ganti-nama-tidak-sah")
                .arg("nama", new_name)
                .arg("jenis", what),
        ));
    }
    let edits = spans
        .into_iter()
        .map(|span| TextEdit::new(doc.lines().range(span), new_name.to_owned()))
        .collect();
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    Ok(WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    })
}

/// The did-you-mean fixes of the diagnostics that touch `range`.
#[allow(clippy::mutable_key_type)] // As for `rename`.
pub(crate) fn code_actions(
    doc: &Doc,
    uri: &Uri,
    range: Range,
    diagnostics: &[Diagnostic],
    bahasa: Bahasa,
) -> Vec<CodeActionOrCommand> {
    let lines = doc.lines();
    let wanted = lines.span(range);
    diagnostics
        .iter()
        .filter_map(|d| {
            let (span, replacement) = d.suggestion.as_ref()?;
            let primary = d.primary_span();
            let touches = |s: Span| s.start <= wanted.end && wanted.start <= s.end;
            if !(touches(primary) || touches(*span)) || doc.text.get(span.start..span.end).is_none()
            {
                return None;
            }
            let title = if replacement.is_empty() {
                Message::new("lsp-perbaiki-hapus")
                    .arg("teks", doc.text.get(span.start..span.end).unwrap_or(""))
            } else if span.is_empty() {
                Message::new("lsp-perbaiki-sisipkan").arg("teks", replacement.as_str())
            } else {
                Message::new("lsp-perbaiki-ganti").arg("teks", replacement.as_str())
            };
            let mut changes = HashMap::new();
            changes.insert(
                uri.clone(),
                vec![TextEdit::new(lines.range(*span), replacement.clone())],
            );
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: text(bahasa, title),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![crate::server::to_lsp(d, &lines, uri, bahasa)]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}
