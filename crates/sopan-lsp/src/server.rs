//! The loop: documents in, answers and diagnostics out.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use lsp_server::{
    Connection, ErrorCode, Message as Lsp, Notification, Request, RequestId, Response,
};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    InlayHintRequest, PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{
    CodeActionProviderCapability, CompletionOptions, DiagnosticRelatedInformation,
    DiagnosticSeverity, InitializeParams, InlayHintServerCapabilities, Location, NumberOrString,
    OneOf, PositionEncodingKind, PublishDiagnosticsParams, RenameOptions, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde_json::Value;
use sopan_diagnostics::{Bahasa, Diagnostic, Message, Severity, Span};

use crate::analysis::{Analysis, LastGood, analyse};
use crate::position::Lines;
use crate::{Ended, Open, Options, Workspace, features};

/// How long after the last change diagnostics are computed: long enough that a burst of
/// keystrokes is checked once, short enough to feel immediate.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// One open document.
pub(crate) struct Doc {
    pub(crate) path: Option<PathBuf>,
    pub(crate) name: String,
    pub(crate) version: i32,
    pub(crate) text: String,
    pub(crate) analysis: Analysis,
    last_good: LastGood,
    /// The diagnostics last published, and the text they were computed for.
    checked: Option<(String, Vec<Diagnostic>)>,
}

impl Doc {
    fn new(uri: &Uri, version: i32, text: String) -> Doc {
        let path = crate::uri::to_path(uri);
        let name = path.as_ref().map_or_else(
            || uri.as_str().to_owned(),
            |p| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            },
        );
        let mut last_good = None;
        let analysis = analyse(&text, &mut last_good);
        Doc {
            path,
            name,
            version,
            text,
            analysis,
            last_good,
            checked: None,
        }
    }

    fn set_text(&mut self, version: i32, text: String) {
        self.version = version;
        self.analysis = analyse(&text, &mut self.last_good);
        self.text = text;
    }

    pub(crate) fn lines(&self) -> Lines<'_> {
        Lines::new(&self.text)
    }

    /// The diagnostics of the current text: the ones published when they are current,
    /// else the document's own (parse and check, without the repository).
    fn diagnostics(&self) -> Vec<Diagnostic> {
        match &self.checked {
            Some((text, diagnostics)) if *text == self.text => diagnostics.clone(),
            _ => crate::check_alone(&self.name, &self.text),
        }
    }
}

struct Server<'a> {
    connection: &'a Connection,
    workspace: &'a dyn Workspace,
    bahasa: Bahasa,
    root: Option<PathBuf>,
    docs: BTreeMap<String, (Uri, Doc)>,
    /// When diagnostics are due, if a change awaits them.
    due: Option<Instant>,
    shut_down: bool,
}

/// Runs one session on `connection`: the initialize handshake, then requests until
/// `exit`. Returns how it ended; `Err` only when the connection failed.
pub fn serve(
    connection: &Connection,
    options: &Options,
    workspace: &dyn Workspace,
) -> Result<Ended, lsp_server::ProtocolError> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let root = root_of(&params).or_else(|| options.root.clone());
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": ServerInfo {
            name: "sopan".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection.initialize_finish(id, result)?;
    let mut server = Server {
        connection,
        workspace,
        bahasa: options.bahasa,
        root,
        docs: BTreeMap::new(),
        due: None,
        shut_down: false,
    };
    server.run()
}

#[allow(deprecated)] // `root_uri` is what editors older than workspace folders send.
fn root_of(params: &InitializeParams) -> Option<PathBuf> {
    params
        .workspace_folders
        .as_ref()
        .and_then(|folders| folders.first())
        .and_then(|f| crate::uri::to_path(&f.uri))
        .or_else(|| params.root_uri.as_ref().and_then(crate::uri::to_path))
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![">".to_owned(), " ".to_owned(), ",".to_owned()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: lsp_types::WorkDoneProgressOptions::default(),
        })),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        inlay_hint_provider: Some(OneOf::Right(InlayHintServerCapabilities::Options(
            lsp_types::InlayHintOptions::default(),
        ))),
        ..ServerCapabilities::default()
    }
}

/// A request answered with an error: the code and the sentence.
struct Refusal(ErrorCode, Message);

impl Server<'_> {
    fn run(&mut self) -> Result<Ended, lsp_server::ProtocolError> {
        loop {
            let message = match self.due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => Some(message),
                        Err(error) if error.is_timeout() => None,
                        Err(_) => return Ok(Ended::Abruptly),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => Some(message),
                    Err(_) => return Ok(Ended::Abruptly),
                },
            };
            let Some(message) = message else {
                self.due = None;
                self.publish();
                continue;
            };
            match message {
                Lsp::Request(request) => self.request(&request),
                Lsp::Notification(notification) => {
                    if notification.method == lsp_types::notification::Exit::METHOD {
                        return Ok(if self.shut_down {
                            Ended::Cleanly
                        } else {
                            Ended::Abruptly
                        });
                    }
                    self.notification(notification);
                }
                Lsp::Response(_) => {}
            }
        }
    }

    fn send(&self, message: impl Into<Lsp>) {
        // A closed connection ends the loop at the next receive.
        let _ = self.connection.sender.send(message.into());
    }

    fn request(&mut self, request: &Request) {
        let id = request.id.clone();
        if request.method == lsp_types::request::Shutdown::METHOD {
            self.shut_down = true;
            self.send(Response::new_ok(id, Value::Null));
            return;
        }
        if self.shut_down {
            self.refuse(
                id,
                Refusal(
                    ErrorCode::InvalidRequest,
                    Message::new("lsp-sudah-berhenti"),
                ),
            );
            return;
        }
        // Every handler is written to be total; should one still panic (a bug), the
        // request gets an error and the session goes on, since the handlers only read the
        // documents and leave nothing half changed.
        let answer =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.answer(request)));
        match answer {
            Ok(Ok(result)) => self.send(Response::new_ok(id, result)),
            Ok(Err(refusal)) => self.refuse(id, refusal),
            Err(_) => self.refuse(
                id,
                Refusal(ErrorCode::InternalError, Message::new("lsp-gagal-menjawab")),
            ),
        }
    }

    fn refuse(&self, id: RequestId, Refusal(code, message): Refusal) {
        self.send(Response::new_err(
            id,
            code as i32,
            message.render(self.bahasa),
        ));
    }

    // One arm per request the server answers.
    #[allow(clippy::too_many_lines)]
    fn answer(&mut self, request: &Request) -> Result<Value, Refusal> {
        let bahasa = self.bahasa;
        let result = match request.method.as_str() {
            HoverRequest::METHOD => {
                let p: lsp_types::HoverParams = params(request)?;
                let at = p.text_document_position_params;
                json(
                    self.doc(&at.text_document.uri)
                        .and_then(|d| features::hover(d, at.position, bahasa)),
                )
            }
            GotoDefinition::METHOD => {
                let p: lsp_types::GotoDefinitionParams = params(request)?;
                let at = p.text_document_position_params;
                json(self.doc(&at.text_document.uri).map(|d| {
                    let mut found = features::definition(d, &at.text_document.uri, at.position);
                    found.extend(self.elsewhere(d, at.position));
                    lsp_types::GotoDefinitionResponse::Array(found)
                }))
            }
            References::METHOD => {
                let p: lsp_types::ReferenceParams = params(request)?;
                let at = p.text_document_position;
                json(self.doc(&at.text_document.uri).map(|d| {
                    features::references(
                        d,
                        &at.text_document.uri,
                        at.position,
                        p.context.include_declaration,
                    )
                }))
            }
            Completion::METHOD => {
                let p: lsp_types::CompletionParams = params(request)?;
                let at = p.text_document_position;
                let by_space = p
                    .context
                    .and_then(|c| c.trigger_character)
                    .is_some_and(|c| c == " ");
                json(self.doc(&at.text_document.uri).map(|d| {
                    lsp_types::CompletionResponse::Array(features::completion(
                        d,
                        at.position,
                        by_space,
                        bahasa,
                    ))
                }))
            }
            DocumentSymbolRequest::METHOD => {
                let p: lsp_types::DocumentSymbolParams = params(request)?;
                json(self.doc(&p.text_document.uri).map(|d| {
                    lsp_types::DocumentSymbolResponse::Nested(features::symbols(d, bahasa))
                }))
            }
            InlayHintRequest::METHOD => {
                let p: lsp_types::InlayHintParams = params(request)?;
                json(
                    self.doc(&p.text_document.uri)
                        .map(|d| features::inlay_hints(d, p.range, bahasa)),
                )
            }
            Formatting::METHOD => {
                let p: lsp_types::DocumentFormattingParams = params(request)?;
                json(self.doc(&p.text_document.uri).map(features::format))
            }
            PrepareRenameRequest::METHOD => {
                let p: lsp_types::TextDocumentPositionParams = params(request)?;
                match self.doc(&p.text_document.uri) {
                    None => Value::Null,
                    Some(d) => match features::prepare_rename(d, p.position) {
                        Ok(range) => json(range),
                        Err(features::Refused(message)) => {
                            return Err(Refusal(ErrorCode::RequestFailed, message));
                        }
                    },
                }
            }
            Rename::METHOD => {
                let p: lsp_types::RenameParams = params(request)?;
                let at = p.text_document_position;
                match self.doc(&at.text_document.uri) {
                    None => Value::Null,
                    Some(d) => {
                        match features::rename(d, &at.text_document.uri, at.position, &p.new_name) {
                            Ok(edit) => json(edit),
                            Err(features::Refused(message)) => {
                                return Err(Refusal(ErrorCode::RequestFailed, message));
                            }
                        }
                    }
                }
            }
            CodeActionRequest::METHOD => {
                let p: lsp_types::CodeActionParams = params(request)?;
                json(self.doc(&p.text_document.uri).map(|d| {
                    let diagnostics = d.diagnostics();
                    features::code_actions(d, &p.text_document.uri, p.range, &diagnostics, bahasa)
                }))
            }
            _ => {
                return Err(Refusal(
                    ErrorCode::MethodNotFound,
                    Message::new("lsp-metode-tidak-dikenal").arg("metode", request.method.as_str()),
                ));
            }
        };
        Ok(result)
    }

    /// For a keterkaitan id: the `id` of the SOP it names, in another open document or in a
    /// file of the folder.
    fn elsewhere(&self, doc: &Doc, position: lsp_types::Position) -> Vec<Location> {
        let offset = doc.lines().offset(position);
        let Some(name) = doc.analysis.index.name_at(offset) else {
            return Vec::new();
        };
        if name.kind != crate::index::Kind::Related {
            return Vec::new();
        }
        let open = self.docs.values().find_map(|(uri, other)| {
            let span = other.analysis.index.sop_id(&name.name)?;
            Some(Location::new(uri.clone(), other.lines().range(span)))
        });
        if let Some(location) = open {
            return vec![location];
        }
        self.workspace
            .sop_with_id(&name.name)
            .and_then(|found| {
                let uri = crate::uri::from_path(&found.path)?;
                let range = Lines::new(&found.text).range(found.span);
                Some(vec![Location::new(uri, range)])
            })
            .unwrap_or_default()
    }

    fn doc(&self, uri: &Uri) -> Option<&Doc> {
        self.docs.get(uri.as_str()).map(|(_, d)| d)
    }

    fn notification(&mut self, notification: Notification) {
        let now = Instant::now();
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(
                    notification.params,
                ) else {
                    return;
                };
                let doc = p.text_document;
                let opened = Doc::new(&doc.uri, doc.version, doc.text);
                self.docs
                    .insert(doc.uri.as_str().to_owned(), (doc.uri, opened));
                // An opened file is checked at once: nothing is being typed yet.
                self.due = Some(now);
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(
                    notification.params,
                ) else {
                    return;
                };
                let Some((_, doc)) = self.docs.get_mut(p.text_document.uri.as_str()) else {
                    return;
                };
                // Full sync: the last change holds the whole text.
                if let Some(change) = p.content_changes.into_iter().last() {
                    doc.set_text(p.text_document.version, change.text);
                }
                self.due = Some(now + DEBOUNCE);
            }
            DidCloseTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(
                    notification.params,
                ) else {
                    return;
                };
                if self.docs.remove(p.text_document.uri.as_str()).is_some() {
                    self.send(publish(p.text_document.uri, Vec::new(), None));
                    // The others may have named it (a duplicate id, a keterkaitan).
                    self.due = Some(self.due.unwrap_or(now));
                }
            }
            DidSaveTextDocument::METHOD | DidChangeWatchedFiles::METHOD => {
                self.due = Some(self.due.unwrap_or(now));
            }
            _ => {}
        }
    }

    /// Checks every open document as one repository and publishes each one's diagnostics.
    fn publish(&mut self) {
        if self.docs.is_empty() {
            return;
        }
        let open: Vec<Open<'_>> = self
            .docs
            .values()
            .map(|(_, d)| Open {
                path: d.path.as_deref(),
                name: &d.name,
                text: &d.text,
            })
            .collect();
        // A fault in a check (a bug) publishes nothing this time rather than ending the session.
        let Ok(results) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.workspace.check(self.root.as_deref(), &open)
        })) else {
            return;
        };
        let mut messages = Vec::new();
        for ((uri, doc), diagnostics) in self.docs.values_mut().zip(results) {
            let lines = Lines::new(&doc.text);
            let converted = diagnostics
                .iter()
                .map(|d| to_lsp(d, &lines, uri, self.bahasa))
                .collect();
            messages.push(publish(uri.clone(), converted, Some(doc.version)));
            doc.checked = Some((doc.text.clone(), diagnostics));
        }
        for message in messages {
            self.send(message);
        }
    }
}

fn params<P: serde::de::DeserializeOwned>(request: &Request) -> Result<P, Refusal> {
    serde_json::from_value(request.params.clone()).map_err(|error| {
        Refusal(
            ErrorCode::InvalidParams,
            Message::new("lsp-permintaan-rusak")
                .arg("metode", request.method.as_str())
                .arg("alasan", error.to_string()),
        )
    })
}

fn json(value: impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn publish(
    uri: Uri,
    diagnostics: Vec<lsp_types::Diagnostic>,
    version: Option<i32>,
) -> Notification {
    Notification::new(
        PublishDiagnostics::METHOD.to_owned(),
        PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        },
    )
}

/// A diagnostic as the protocol carries it: the message with its help, the code linking to
/// its documentation, the other labels as related places.
pub(crate) fn to_lsp(
    diagnostic: &Diagnostic,
    lines: &Lines<'_>,
    uri: &Uri,
    bahasa: Bahasa,
) -> lsp_types::Diagnostic {
    let mut message = diagnostic.message.render(bahasa);
    if let Some(help) = &diagnostic.help {
        message.push('\n');
        message.push_str(&Message::new("saran").render(bahasa));
        message.push_str(": ");
        message.push_str(&help.render(bahasa));
    }
    for note in &diagnostic.notes {
        message.push('\n');
        message.push_str(&note.render(bahasa));
    }
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .labels
        .iter()
        .filter(|l| !l.primary)
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(l.span)),
            message: l.text.render(bahasa),
        })
        .filter(|r| !r.message.is_empty())
        .collect();
    let code = diagnostic.code;
    lsp_types::Diagnostic {
        range: lines.range(primary(diagnostic)),
        severity: Some(match diagnostic.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(code.as_str().to_owned())),
        code_description: code
            .docs_url()
            .parse::<Uri>()
            .ok()
            .map(|href| lsp_types::CodeDescription { href }),
        source: Some("sopan".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

fn primary(diagnostic: &Diagnostic) -> Span {
    diagnostic.primary_span()
}
