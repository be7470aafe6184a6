//! `sopan lsp` through a whole editing session, in-process: the server runs on one end of
//! `lsp_server::Connection::memory()` with the CLI's workspace (the `sopan.yaml` lookup and
//! the repository rules of `sopan check`), the test is the editor on the other end.
//!
//! Every wait is bounded (a minute), so a server that stops answering fails the test
//! instead of hanging it.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use sopan_diagnostics::Code;

use crate::support::root;

const PATIENCE: Duration = Duration::from_mins(1);

struct Editor {
    connection: Connection,
    server: Option<std::thread::JoinHandle<Result<sopan_lsp::Ended, String>>>,
    next: i32,
    /// Notifications received while waiting for something else.
    pending: Vec<Notification>,
}

impl Editor {
    fn start(root_dir: &Path, bahasa: sopan_diagnostics::Bahasa) -> Editor {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || {
            let options = sopan_lsp::Options { bahasa, root: None };
            sopan_lsp::serve(&server, &options, &sopan_cli::LspRepository::default())
                .map_err(|e| e.to_string())
        });
        let mut editor = Editor {
            connection: client,
            server: Some(handle),
            next: 0,
            pending: Vec::new(),
        };
        let folder = uri(root_dir);
        let result = editor.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": folder,
                "workspaceFolders": [{ "uri": folder, "name": "sop" }],
                "capabilities": {},
            }),
        );
        let capabilities = &result.response_result.expect("initialize answered")["capabilities"];
        for provider in [
            "hoverProvider",
            "completionProvider",
            "definitionProvider",
            "referencesProvider",
            "renameProvider",
            "documentFormattingProvider",
            "codeActionProvider",
            "inlayHintProvider",
            "documentSymbolProvider",
        ] {
            assert!(!capabilities[provider].is_null(), "{provider} announced");
        }
        editor.notify("initialized", json!({}));
        editor
    }

    fn notify(&self, method: &str, params: Value) {
        self.connection
            .sender
            .send(Message::Notification(Notification::new(
                method.to_owned(),
                params,
            )))
            .expect("server listens");
    }

    fn request(&mut self, method: &str, params: Value) -> Response {
        self.next += 1;
        let id = RequestId::from(self.next);
        self.connection
            .sender
            .send(Message::Request(Request::new(
                id.clone(),
                method.to_owned(),
                params,
            )))
            .expect("server listens");
        loop {
            match self.connection.receiver.recv_timeout(PATIENCE) {
                Ok(Message::Response(response)) if response.id == id => return response,
                Ok(Message::Notification(n)) => self.pending.push(n),
                Ok(other) => panic!("unexpected {other:?}"),
                Err(e) => panic!("no answer to {method}: {e}"),
            }
        }
    }

    fn ok(&mut self, method: &str, params: Value) -> Value {
        match self.request(method, params).response_result {
            Ok(result) => result,
            Err(error) => panic!("{method}: {error:?}"),
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let matches = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
                && n.params["version"] == version
        };
        loop {
            if let Some(at) = self.pending.iter().position(matches) {
                let n = self.pending.remove(at);
                return n.params["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
            }
            match self.connection.receiver.recv_timeout(PATIENCE) {
                Ok(Message::Notification(n)) => self.pending.push(n),
                Ok(other) => panic!("unexpected {other:?}"),
                Err(e) => panic!("no diagnostics for {uri} version {version}: {e}"),
            }
        }
    }

    fn change(&self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "text": text }],
            }),
        );
    }

    fn finish(mut self) -> sopan_lsp::Ended {
        assert_eq!(self.ok("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.server
            .take()
            .expect("running")
            .join()
            .expect("the server thread did not panic")
            .expect("the connection held")
    }
}

fn uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The LSP position (line, UTF-16 column) of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    json!({ "line": line, "character": before[start..].encode_utf16().count() })
}

fn at(uri: &str, text: &str, offset: usize) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": position(text, offset) })
}

/// Applies `edits` (LSP `TextEdit`s) to `text`.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |p: &Value| {
        let line = usize::try_from(p["line"].as_u64().expect("line")).expect("small");
        let character = usize::try_from(p["character"].as_u64().expect("column")).expect("small");
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        let rest = &text[start..];
        for (i, c) in rest.char_indices() {
            if units >= character || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().expect("text").to_owned(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_owned();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}

fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    // The repository's root: no sopan.yaml above it is read.
    std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

fn example() -> String {
    std::fs::read_to_string(root().join("examples/sktm-belimbing.sop")).expect("example")
}

// One session from open to exit, step after step, as an editor drives it.
#[allow(clippy::too_many_lines)]
#[test]
fn a_whole_editing_session() {
    let original = example();
    let other = std::fs::read_to_string(root().join("examples/surat-masuk-setwan-sukamaju.sop"))
        .expect("example")
        .replace("id surat-masuk-setwan", "id surat-keluar");
    assert!(
        other.contains("id surat-keluar"),
        "the other SOP has an id to rename"
    );
    let dir = folder_with(&[("sktm.sop", &original), ("keluar.sop", &other)]);
    let file = dir.path().join("sktm.sop");
    let doc = uri(&file);
    let mut editor = Editor::start(dir.path(), sopan_diagnostics::Bahasa::Id);
    editor.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": doc, "languageId": "sopan", "version": 1, "text": original } }),
    );
    assert_eq!(
        editor.diagnostics(&doc, 1),
        Vec::<Value>::new(),
        "the example is clean"
    );

    // A broken edit: an unknown unit after non-ASCII text on the same line, so the column
    // is counted in UTF-16 units, not bytes.
    let line = "    lurah \"Menandatangani dan mengesahkan surat keterangan\" { waktu 30 menit  output - }";
    let broken_line = "    lurah \"Menandatangani — é 𝄞 surat\" { waktu 30 menti  output - }";
    assert!(original.contains(line));
    let broken = original.replace(line, broken_line);
    editor.change(&doc, 2, &broken);
    let diagnostics = editor.diagnostics(&doc, 2);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = &diagnostics[0];
    assert_eq!(d["code"], Code::UnknownUnit.as_str());
    assert_eq!(d["source"], "sopan");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["codeDescription"]["href"], Code::UnknownUnit.docs_url());
    assert!(
        d["message"]
            .as_str()
            .expect("message")
            .contains("`menti` bukan satuan waktu"),
        "in Indonesian: {d}"
    );
    let unit_at = broken.find("menti").expect("typo");
    let line_number = broken[..unit_at].matches('\n').count();
    let column = broken_line[..broken_line.find("menti").expect("typo")]
        .encode_utf16()
        .count();
    assert_ne!(
        column,
        broken_line.find("menti").expect("typo"),
        "bytes and units differ"
    );
    assert_eq!(
        d["range"],
        json!({
            "start": { "line": line_number, "character": column },
            "end": { "line": line_number, "character": column + 5 },
        })
    );

    // Fixed again: the diagnostics are cleared.
    editor.change(&doc, 3, &original);
    assert_eq!(editor.diagnostics(&doc, 3), Vec::<Value>::new());

    // Completion after `->` offers exactly the file's labels.
    let arrow = original.find("tidak -> serah").expect("jump") + "tidak -> ".len();
    let items = editor.ok("textDocument/completion", at(&doc, &original, arrow));
    let mut labels: Vec<&str> = items
        .as_array()
        .expect("a list")
        .iter()
        .map(|i| i["label"].as_str().expect("label"))
        .collect();
    labels.sort_unstable();
    assert_eq!(labels, ["paraf", "periksa", "serah"]);
    // Units after a number in a waktu, actor ids where a step names its actor.
    let unit = original.find("waktu 10 menit").expect("waktu") + "waktu 10 ".len();
    let units = editor.ok("textDocument/completion", at(&doc, &original, unit));
    assert!(
        units
            .as_array()
            .expect("list")
            .iter()
            .any(|i| i["label"] == "hari kerja")
    );
    let actor = original.find("paraf: kasi").expect("step") + "paraf: ".len();
    let actors = editor.ok("textDocument/completion", at(&doc, &original, actor));
    let names: Vec<&str> = actors
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["label"].as_str().expect("label"))
        .collect();
    assert_eq!(names, ["pemohon", "staf", "kasi", "lurah"]);
    // A space typed to indent a line opens no list; one typed after `->` does.
    let indent = original.find("      waktu 5 detik").expect("field") + 2;
    let mut spaced = at(&doc, &original, indent);
    spaced["context"] = json!({ "triggerKind": 2, "triggerCharacter": " " });
    assert_eq!(editor.ok("textDocument/completion", spaced), json!([]));
    let mut spaced = at(&doc, &original, arrow);
    spaced["context"] = json!({ "triggerKind": 2, "triggerCharacter": " " });
    assert_eq!(
        editor
            .ok("textDocument/completion", spaced)
            .as_array()
            .map(Vec::len),
        Some(3)
    );

    // Keterkaitan ids after `keterangan`, the fields of a step at the start of its lines.
    let note = original.find("keterangan surat-keluar").expect("note") + "keterangan ".len();
    let related = editor.ok("textDocument/completion", at(&doc, &original, note));
    let ids: Vec<&str> = related
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["label"].as_str().expect("label"))
        .collect();
    assert_eq!(ids, ["surat-masuk", "surat-keluar"]);
    let field = original.find("      waktu 5 detik").expect("field") + "      ".len();
    let fields = editor.ok("textDocument/completion", at(&doc, &original, field));
    let fields: Vec<&str> = fields
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["label"].as_str().expect("label"))
        .collect();
    assert!(
        fields.contains(&"waktu") && fields.contains(&"kelengkapan") && fields.contains(&"tanya"),
        "{fields:?}"
    );
    // A keterkaitan id used in a Keterangan goes to its entry.
    let used = original.find("keterangan surat-keluar").expect("note") + "keterangan surat".len();
    let entry = editor.ok("textDocument/definition", at(&doc, &original, used));
    assert_eq!(
        entry[0]["range"]["start"],
        position(
            &original,
            original
                .find("surat-keluar \"SOP Surat Keluar\"")
                .expect("entry")
        )
    );

    // Hover: an actor's heading, a label's step with its printed number, a unit, a code.
    let hover = |editor: &mut Editor, offset: usize| {
        editor.ok("textDocument/hover", at(&doc, &original, offset))["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    let kasi = original.find("paraf: kasi").expect("step") + "paraf: ".len() + 1;
    assert!(hover(&mut editor, kasi).contains("Kasi PMKS"));
    let serah = original.find("-> serah").expect("jump") + 4;
    let step = hover(&mut editor, serah);
    assert!(
        step.contains("**1**") && step.contains("Menyerahkan berkas permohonan"),
        "{step}"
    );
    let note = original.find("keterangan surat-keluar").expect("note") + "keterangan s".len();
    let related = hover(&mut editor, note);
    assert!(
        related.contains("`surat-keluar`") && related.contains("SOP Surat Keluar"),
        "{related}"
    );
    let menit = original.find("10 menit").expect("unit") + 4;
    assert!(hover(&mut editor, menit).contains("**menit**"));
    let code = original.find("SOP108").expect("suppression") + 2;
    let about = hover(&mut editor, code);
    assert!(
        about.contains(
            &Code::ALL
                .iter()
                .find(|c| c.as_str() == "SOP108")
                .expect("code")
                .docs_url()
        ),
        "{about}"
    );

    // Definition and references of a label.
    let target = original.find("tidak -> periksa").expect("jump") + "tidak -> ".len();
    let definition = editor.ok("textDocument/definition", at(&doc, &original, target));
    let defined = original.find("periksa:").expect("label");
    assert_eq!(
        definition[0]["range"]["start"],
        position(&original, defined)
    );
    let mut refs = at(&doc, &original, defined);
    refs["context"] = json!({ "includeDeclaration": true });
    let references = editor.ok("textDocument/references", refs);
    assert_eq!(references.as_array().expect("list").len(), 2);

    // Rename an actor: every use changes, and the file still checks clean.
    let mut rename = at(&doc, &original, kasi);
    rename["newName"] = json!("kepala-seksi");
    let edit = editor.ok("textDocument/rename", rename.clone());
    let edits = edit["changes"][&doc].as_array().expect("edits").clone();
    assert_eq!(edits.len(), 2, "the column and its one step");
    let renamed = apply(&original, &edits);
    assert!(
        renamed.contains("kepala-seksi    \"Kasi PMKS\"")
            && renamed.contains("paraf: kepala-seksi keputusan")
    );
    // Refused, with a plain message: not an id, a keyword, a name already taken.
    for (new_name, words) in [
        ("2 kasi", "tidak dapat menjadi nama"),
        ("mulai", "kata kunci"),
        ("staf", "sudah dipakai"),
    ] {
        rename["newName"] = json!(new_name);
        let refused = editor.request("textDocument/rename", rename.clone());
        let error = refused.response_result.expect_err("refused");
        assert!(
            error.message.contains(words),
            "{new_name}: {}",
            error.message
        );
    }

    // Formatting: through `sopan fmt`; refused quietly on a file with a syntax error.
    let messy = original
        .replace("  id sktm", "  id     sktm")
        .replace("    staf    \"Staf\"", "staf \"Staf\"");
    editor.change(&doc, 4, &messy);
    let formatting = json!({ "textDocument": { "uri": doc }, "options": { "tabSize": 2, "insertSpaces": true } });
    let edits = editor.ok("textDocument/formatting", formatting.clone());
    assert_eq!(apply(&messy, edits.as_array().expect("edits")), original);
    let unclosed = original.replace("\"Lengkap?\"", "\"Lengkap?");
    editor.change(&doc, 5, &unclosed);
    assert_eq!(editor.ok("textDocument/formatting", formatting), json!([]));

    // A code action applies the parser's did-you-mean.
    let misspelt = original.replace("paraf: kasi keputusan", "paraf: kasi keputsan");
    editor.change(&doc, 6, &misspelt);
    let diagnostics = editor.diagnostics(&doc, 6);
    assert_eq!(diagnostics[0]["code"], "SOP002");
    let actions = editor.ok(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": doc },
            "range": diagnostics[0]["range"],
            "context": { "diagnostics": diagnostics },
        }),
    );
    let action = &actions.as_array().expect("actions")[0];
    assert_eq!(action["kind"], "quickfix");
    let fixed = apply(
        &misspelt,
        action["edit"]["changes"][&doc].as_array().expect("edits"),
    );
    assert_eq!(fixed, original);

    // Symbols and definitions still work while the file has a syntax error.
    let symbols = editor.ok(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": doc } }),
    );
    let sections = symbols[0]["children"].as_array().expect("sections");
    let prosedur = sections
        .iter()
        .find(|s| s["name"] == "prosedur")
        .expect("prosedur");
    let rows: Vec<&str> = prosedur["children"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0], "1. Menyerahkan berkas permohonan");
    let pelaksana = sections
        .iter()
        .find(|s| s["name"] == "pelaksana")
        .expect("pelaksana");
    assert_eq!(pelaksana["children"].as_array().expect("actors").len(), 4);
    let target = misspelt.find("tidak -> periksa").expect("jump") + "tidak -> ".len();
    let definition = editor.ok("textDocument/definition", at(&doc, &misspelt, target));
    assert_eq!(
        definition[0]["range"]["start"],
        position(&misspelt, misspelt.find("periksa:").expect("label"))
    );

    // A malformed request gets an error, an unknown one too, and the server goes on.
    let bad = editor.request("textDocument/hover", json!({ "textDocument": 5 }));
    assert_eq!(
        bad.response_result.expect_err("refused").code,
        lsp_server::ErrorCode::InvalidParams as i32
    );
    let unknown = editor.request("sopan/nothing", json!({}));
    assert_eq!(
        unknown.response_result.expect_err("refused").code,
        lsp_server::ErrorCode::MethodNotFound as i32
    );
    let far = editor.ok(
        "textDocument/hover",
        json!({ "textDocument": { "uri": doc }, "position": { "line": 99_999, "character": 99_999 } }),
    );
    assert_eq!(far, Value::Null);

    editor.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": doc } }),
    );
    assert_eq!(editor.finish(), sopan_lsp::Ended::Cleanly);
}

/// The hints beside the rows are the numbers the sheet prints in its No column, the
/// office's own `nomor` included.
#[test]
fn inlay_hints_are_the_printed_row_numbers() {
    let path = root().join("examples/surat-masuk-setwan-sukamaju.sop");
    let text = std::fs::read_to_string(&path).expect("example");
    let dir = folder_with(&[("surat.sop", &text)]);
    let doc = uri(&dir.path().join("surat.sop"));
    let mut editor = Editor::start(dir.path(), sopan_diagnostics::Bahasa::Id);
    editor.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": doc, "languageId": "sopan", "version": 1, "text": text } }),
    );
    let hints = editor.ok(
        "textDocument/inlayHint",
        json!({
            "textDocument": { "uri": doc },
            "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 100_000, "character": 0 } },
        }),
    );
    let shown: Vec<&str> = hints
        .as_array()
        .expect("hints")
        .iter()
        .map(|h| h["label"].as_str().expect("label"))
        .collect();
    let unit = sopan_cli::compile(&path.to_string_lossy(), text.as_bytes());
    let sop = unit.sop.expect("the example checks clean");
    let printed: Vec<&str> = sop.langkah.iter().map(|l| l.nomor_cetak.as_str()).collect();
    assert_eq!(shown, printed);
    assert!(
        printed
            .iter()
            .enumerate()
            .any(|(i, n)| *n != (i + 1).to_string()),
        "the office numbers some rows itself"
    );
    assert_eq!(editor.finish(), sopan_lsp::Ended::Cleanly);
}

/// The repository rules see the open documents and the other files of the folder: an `id`
/// used by a file on disk is reported in the open one, in English when asked.
#[test]
fn repository_rules_include_the_files_on_disk() {
    let text = example();
    let copy = text.replace("  id sktm", "  id sktm\n  // a copy");
    let dir = folder_with(&[("a.sop", &text), ("b.sop", &copy)]);
    let doc = uri(&dir.path().join("b.sop"));
    let mut editor = Editor::start(dir.path(), sopan_diagnostics::Bahasa::En);
    let changed = copy.replace("068.2/ /SOP.PMKS/Kel.BLBG", "068.2/9/SOP.PMKS/Kel.BLBG");
    editor.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": doc, "languageId": "sopan", "version": 1, "text": changed } }),
    );
    let diagnostics = editor.diagnostics(&doc, 1);
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes, [Code::DuplicateId.as_str()], "{diagnostics:#?}");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .expect("message")
            .contains("a.sop"),
        "{}",
        diagnostics[0]
    );
    assert_eq!(editor.finish(), sopan_lsp::Ended::Cleanly);
}

/// `exit` without `shutdown` ends the session as the protocol says: not cleanly.
#[test]
fn exit_without_shutdown_is_not_clean() {
    let dir = folder_with(&[]);
    let mut editor = Editor::start(dir.path(), sopan_diagnostics::Bahasa::Id);
    editor.notify("exit", Value::Null);
    let ended = editor
        .server
        .take()
        .expect("running")
        .join()
        .expect("no panic");
    assert_eq!(ended, Ok(sopan_lsp::Ended::Abruptly));
}

/// Every request at positions all over texts cut short at many places (so most have syntax
/// errors, unclosed texts and braces) and with non-ASCII text, columns past the end of the
/// line included: each gets an answer, and the server is still there at the end.
#[test]
fn every_request_anywhere_is_answered() {
    let original = example().replace("Menyerahkan berkas", "Menyerahkan — «berkas» 𝄞");
    let dir = folder_with(&[]);
    let doc = uri(&dir.path().join("a.sop"));
    let mut editor = Editor::start(dir.path(), sopan_diagnostics::Bahasa::En);
    editor.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": doc, "languageId": "sopan", "version": 1, "text": original } }),
    );
    let mut version = 1;
    let cuts: Vec<usize> = (0..original.len())
        .step_by(331)
        .filter(|&i| original.is_char_boundary(i))
        .chain([original.len()])
        .collect();
    for cut in cuts {
        version += 1;
        let text = &original[..cut];
        editor.change(&doc, version, text);
        let lines = text.lines().count() + 1;
        for line in (0..lines).step_by(3) {
            for character in [0, 3, 9, 17, 40, 200] {
                let here = json!({
                    "textDocument": { "uri": doc },
                    "position": { "line": line, "character": character },
                });
                for method in [
                    "textDocument/hover",
                    "textDocument/completion",
                    "textDocument/definition",
                    "textDocument/prepareRename",
                ] {
                    let answer = editor.request(method, here.clone());
                    // An answer or a refusal in words, never silence, and never the
                    // internal error that stands for a handler that panicked.
                    if let Err(error) = answer.response_result {
                        assert!(!error.message.is_empty(), "{method}");
                        assert_ne!(error.code, INTERNAL_ERROR, "{method} panicked");
                    }
                }
                let mut refs = here.clone();
                refs["context"] = json!({ "includeDeclaration": true });
                editor.request("textDocument/references", refs);
                let mut rename = here;
                rename["newName"] = json!("baru");
                editor.request("textDocument/rename", rename);
            }
        }
        let whole = json!({
            "textDocument": { "uri": doc },
            "range": { "start": { "line": 0, "character": 0 }, "end": { "line": lines, "character": 0 } },
            "context": { "diagnostics": [] },
            "options": { "tabSize": 2, "insertSpaces": true },
        });
        for method in [
            "textDocument/documentSymbol",
            "textDocument/inlayHint",
            "textDocument/codeAction",
            "textDocument/formatting",
        ] {
            editor.ok(method, whole.clone());
        }
    }
    // Inside a word that follows a character of several bytes (`«berkas`), where looking
    // back for the word's start once cut that character in half.
    let inside = original.find("«berkas").expect("the edited example") + "«b".len();
    for method in [
        "textDocument/hover",
        "textDocument/completion",
        "textDocument/definition",
        "textDocument/prepareRename",
    ] {
        let answer = editor.request(method, at(&doc, &original, inside));
        if let Err(error) = answer.response_result {
            assert_ne!(error.code, INTERNAL_ERROR, "{method} panicked");
        }
    }
    assert_eq!(editor.finish(), sopan_lsp::Ended::Cleanly);
}

/// JSON-RPC's code for an internal error: what the server answers when a handler panics.
const INTERNAL_ERROR: i32 = lsp_server::ErrorCode::InternalError as i32;
