// "Sopan: pratinjau": runs `sopan pratinjau FILE`, which serves the sheet on 127.0.0.1 and
// prints the address it serves on as its first line, and opens that address beside the
// editor. One server per file: running the command again shows the running one.
//
// Kept apart from extension.js and given `vscode` as an argument, so the tests can drive it
// with a stand-in for VS Code and a stand-in for `sopan`.

'use strict';

const { spawn } = require('child_process');
const path = require('path');

/** How long the server may take to print its address. */
const START_TIMEOUT_MS = 20000;

/** File path -> { child, url } of each running preview server. */
const running = new Map();

/**
 * The address on the server's first line (the line may say more around it), if it is a web
 * address on this machine: the extension opens nothing else, whatever the program printed.
 * @param {string} line
 */
function localUrl(line) {
  const found = /https?:\/\/\S+/.exec(line);
  if (!found) return undefined;
  let url;
  try {
    url = new URL(found[0]);
  } catch {
    return undefined;
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && local ? url.href : undefined;
}

/**
 * Starts `sopan pratinjau FILE` and resolves with the address it prints first.
 * @param {string} sopan the program
 * @param {string} file the `.sop` file
 * @param {{ appendLine(line: string): void } | undefined} output where the server's messages go
 */
function startServer(sopan, file, output) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(sopan, ['pratinjau', file], {
        cwd: path.dirname(file),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      reject(error);
      return;
    }
    let settled = false;
    let stdout = '';
    let stderr = '';
    const fail = (reason) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      const detail = stderr.trim();
      reject(new Error(detail ? `${reason}:\n${detail}` : reason));
    };
    const timer = setTimeout(
      () => fail(`"${sopan} pratinjau" printed no address within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.on('error', (error) => fail(`could not run "${sopan}": ${error.message}`));
    child.on('exit', (code) => {
      running.delete(file);
      fail(`"${sopan} pratinjau" stopped (exit code ${code})`);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (output) {
        for (const line of chunk.split(/\r?\n/)) if (line) output.appendLine(`[pratinjau] ${line}`);
      }
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      if (settled) return;
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end < 0) return;
      const url = localUrl(stdout.slice(0, end));
      if (!url) {
        fail(`"${sopan} pratinjau" printed no local address: ${JSON.stringify(stdout.slice(0, end))}`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      running.set(file, { child, url });
      resolve(url);
    });
  });
}

/**
 * Opens `url` in the Simple Browser beside the editor.
 * @param {typeof import('vscode')} vscode
 * @param {string} url
 */
async function show(vscode, url) {
  try {
    await vscode.commands.executeCommand('simpleBrowser.api.open', vscode.Uri.parse(url), {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
    });
  } catch {
    // Older VS Code has only the user-facing command.
    await vscode.commands.executeCommand('simpleBrowser.show', url);
  }
}

/**
 * The command: preview the `.sop` file given (from the explorer) or the active editor's.
 * @param {typeof import('vscode')} vscode
 * @param {{ sopan: string, uri?: import('vscode').Uri, output?: { appendLine(line: string): void } }} options
 */
async function preview(vscode, { sopan, uri, output }) {
  const document = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
  const target = uri && uri.fsPath ? uri : document && document.uri;
  if (!target || target.scheme !== 'file' || !target.fsPath.endsWith('.sop')) {
    await vscode.window.showErrorMessage('Sopan: open a saved .sop file to preview it.');
    return undefined;
  }
  const file = target.fsPath;
  if (document && document.uri.fsPath === file && document.isDirty) {
    // The server builds what is on disk.
    await document.save();
  }
  const existing = running.get(file);
  let url = existing && existing.url;
  if (!url) {
    try {
      url = await startServer(sopan, file, output);
    } catch (error) {
      await vscode.window.showErrorMessage(
        `Sopan: no preview for ${path.basename(file)}: ${error.message}`,
      );
      return undefined;
    }
  }
  await show(vscode, url);
  return url;
}

/** Stops every preview server this window started. */
function stopAll() {
  for (const { child } of running.values()) child.kill();
  running.clear();
}

module.exports = { preview, stopAll, localUrl };
