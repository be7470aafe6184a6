// The Sopan extension: the language server (`sopan lsp`) for diagnostics, completion,
// formatting and the rest, and the "Sopan: pratinjau" command, which runs
// `sopan pratinjau FILE` and shows the page it serves in VS Code's Simple Browser.
//
// Plain JavaScript with no build step: what is in this folder is what VS Code runs.

'use strict';

const vscode = require('vscode');
const { preview, stopAll } = require('./pratinjau');

/** @type {import('vscode-languageclient/node').LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let output;

/** The `sopan` program the settings name. */
function sopanPath() {
  const configured = vscode.workspace.getConfiguration('sopan').get('path');
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'sopan';
}

async function startClient() {
  // Loaded here rather than at the top so the preview command still works when the
  // extension was packaged without its dependencies.
  const { LanguageClient } = require('vscode-languageclient/node');
  const command = sopanPath();
  const server = { command, args: ['lsp'] };
  client = new LanguageClient(
    'sopan',
    'Sopan',
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: 'file', language: 'sopan' },
        { scheme: 'untitled', language: 'sopan' },
      ],
      // The repository rules and `sopan.yaml` decide diagnostics too.
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{sopan.yaml,*.sop}'),
      },
      outputChannel: output,
    },
  );
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const choice = await vscode.window.showErrorMessage(
      `Sopan: could not start "${command} lsp" (${message(error)}). ` +
        'Install Sopan or set "sopan.path" to the sopan program.',
      'Open settings',
    );
    if (choice === 'Open settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'sopan.path');
    }
  }
}

async function stopClient() {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
  }
}

function message(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  output = vscode.window.createOutputChannel('Sopan');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('sopan.pratinjau', (uri) =>
      preview(vscode, { sopan: sopanPath(), uri, output }),
    ),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('sopan.path')) {
        await stopClient();
        stopAll();
        await startClient();
      }
    }),
  );
  await startClient();
}

async function deactivate() {
  stopAll();
  await stopClient();
}

module.exports = { activate, deactivate };
