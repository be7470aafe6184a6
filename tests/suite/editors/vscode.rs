//! The VS Code extension: its manifest, language configuration and `TextMate` grammar agree,
//! its own tests pass, and it packages into a `.vsix`.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{required, run, say, tool};
use crate::support::{relative, root};

fn vscode_dir() -> PathBuf {
    root().join("editors/vscode")
}

fn json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", relative(path)))
}

/// Every `name` in a `TextMate` grammar, and every `#rule` it includes.
fn scopes_and_includes(
    value: &serde_json::Value,
    scopes: &mut Vec<String>,
    includes: &mut Vec<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                match (key.as_str(), item) {
                    ("name", serde_json::Value::String(s)) => scopes.push(s.clone()),
                    ("include", serde_json::Value::String(s)) => includes.push(s.clone()),
                    _ => scopes_and_includes(item, scopes, includes),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                scopes_and_includes(item, scopes, includes);
            }
        }
        _ => {}
    }
}

#[test]
fn vscode_manifest_grammar_and_configuration_agree() {
    let manifest = json(&vscode_dir().join("package.json"));
    let contributes = &manifest["contributes"];
    let language = &contributes["languages"][0];
    assert_eq!(language["id"], "sopan");
    assert_eq!(language["extensions"], serde_json::json!([".sop"]));
    let configuration = language["configuration"]
        .as_str()
        .expect("language configuration");
    let configuration = json(&vscode_dir().join(configuration));
    assert_eq!(configuration["comments"]["lineComment"], "//");
    assert!(
        configuration["autoClosingPairs"]
            .as_array()
            .expect("pairs")
            .iter()
            .any(|p| p["open"] == "\"" && p["close"] == "\""),
        "quotes close themselves"
    );

    let grammar_entry = &contributes["grammars"][0];
    assert_eq!(grammar_entry["language"], "sopan");
    let grammar = json(&vscode_dir().join(grammar_entry["path"].as_str().expect("grammar path")));
    assert_eq!(grammar["scopeName"], grammar_entry["scopeName"]);
    assert_eq!(grammar["scopeName"], "source.sopan");
    let (mut scopes, mut includes) = (Vec::new(), Vec::new());
    scopes_and_includes(&grammar["patterns"], &mut scopes, &mut includes);
    scopes_and_includes(&grammar["repository"], &mut scopes, &mut includes);
    assert!(scopes.len() > 20, "{scopes:?}");
    for scope in &scopes {
        assert!(
            scope.rsplit('.').next() == Some("sopan"),
            "scope `{scope}` does not end in `.sopan`"
        );
    }
    for wanted in [
        "comment.line.double-slash.sopan",
        "string.quoted.double.sopan",
        "constant.character.escape.sopan",
        "constant.numeric.sopan",
        "keyword.other.unit.sopan",
        "constant.other.date.sopan",
        "entity.name.label.sopan",
        "keyword.operator.arrow.sopan",
    ] {
        assert!(scopes.iter().any(|s| s == wanted), "no `{wanted}` scope");
    }
    let repository = grammar["repository"].as_object().expect("repository");
    for include in &includes {
        let rule = include
            .strip_prefix('#')
            .expect("includes name a rule of the grammar");
        assert!(repository.contains_key(rule), "`{include}` names no rule");
    }

    let command = &contributes["commands"][0];
    assert_eq!(command["command"], "sopan.pratinjau");
    assert_eq!(
        format!(
            "{}: {}",
            command["category"].as_str().expect("category"),
            command["title"].as_str().expect("title")
        ),
        "Sopan: pratinjau"
    );
    assert_eq!(
        contributes["configuration"]["properties"]["sopan.path"]["default"],
        "sopan"
    );
    let main = manifest["main"].as_str().expect("main");
    let extension = std::fs::read_to_string(vscode_dir().join(main)).expect("extension entry");
    assert!(
        extension.contains("args: ['lsp']"),
        "the extension starts `sopan lsp`"
    );
    assert!(
        extension.contains("'sopan.pratinjau'"),
        "the extension registers the command"
    );
    let lock = json(&vscode_dir().join("package-lock.json"));
    assert_eq!(
        lock["packages"]["node_modules/vscode-languageclient"]["version"],
        manifest["dependencies"]["vscode-languageclient"],
        "package-lock.json pins the language client package.json names"
    );
}

/// Node.js and the extension's `node_modules`, or a skip (a failure under
/// `SOPAN_REQUIRE_EDITORS=1`).
fn node_modules() -> bool {
    if !tool("node", "apt-get install nodejs npm") {
        return false;
    }
    let installed = vscode_dir().join("node_modules/.bin/vsce").exists();
    if !installed {
        assert!(
            !required(),
            "SOPAN_REQUIRE_EDITORS=1 but editors/vscode has no node_modules (run `npm ci` there)"
        );
        say("editors test skipped: no editors/vscode/node_modules (run `npm ci` there)");
    }
    installed
}

#[test]
fn vscode_extension_tests_pass() {
    if !node_modules() {
        return;
    }
    run(Command::new("node")
        .args(["--test", "test/"])
        .current_dir(vscode_dir()));
}

#[test]
fn vscode_extension_packages_into_a_vsix() {
    if !node_modules() {
        return;
    }
    let out = tempfile::tempdir().expect("temp dir");
    let vsix = out.path().join("sopan.vsix");
    run(Command::new(vscode_dir().join("node_modules/.bin/vsce"))
        .args([
            "package",
            "--skip-license",
            "--allow-missing-repository",
            "--out",
        ])
        .arg(&vsix)
        .current_dir(vscode_dir()));
    let listing = run(Command::new(vscode_dir().join("node_modules/.bin/vsce"))
        .args(["ls"])
        .current_dir(vscode_dir()));
    let listing = String::from_utf8_lossy(&listing.stdout);
    for file in [
        "extension.js",
        "pratinjau.js",
        "language-configuration.json",
        "syntaxes/sopan.tmLanguage.json",
        "node_modules/vscode-languageclient/node.js",
    ] {
        assert!(
            listing.lines().any(|l| l == file),
            "the .vsix lacks {file}:\n{listing}"
        );
    }
    assert!(
        !listing.lines().any(|l| l.starts_with("test/")),
        "tests are not shipped"
    );
    assert!(std::fs::metadata(&vsix).expect("vsix written").len() > 10_000);
}
