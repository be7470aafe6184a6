// The preview command against a stand-in for VS Code and a stand-in for `sopan`: a small
// script that records its arguments and answers as `sopan pratinjau` does.

'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const test = require('node:test');

const { preview, stopAll, localUrl } = require('../pratinjau');

/** A `sopan` that writes its arguments to `args.json` and prints `firstLine`, then waits. */
function fakeSopan(dir, firstLine, { exitAfter = false } = {}) {
  const program = path.join(dir, 'sopan');
  const argsFile = path.join(dir, 'args.json');
  fs.writeFileSync(
    program,
    `#!/usr/bin/env node
require('fs').writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));
process.stderr.write('pratinjau: watching\\n');
process.stdout.write(${JSON.stringify(firstLine + '\n')});
${exitAfter ? 'process.exit(3);' : 'setInterval(() => {}, 1000);'}
`,
  );
  fs.chmodSync(program, 0o755);
  return { program, argsFile };
}

/** What the command needs of VS Code, recording what it was asked to do. */
function fakeVscode(activeFile) {
  const calls = { commands: [], errors: [] };
  const uri = (fsPath) => ({ scheme: 'file', fsPath });
  const vscode = {
    calls,
    ViewColumn: { Beside: -2 },
    Uri: { parse: (text) => ({ parsed: text }) },
    window: {
      activeTextEditor: activeFile && {
        document: { uri: uri(activeFile), isDirty: false, save: async () => true },
      },
      showErrorMessage: async (text) => {
        calls.errors.push(text);
      },
    },
    commands: {
      executeCommand: async (...args) => {
        calls.commands.push(args);
      },
    },
  };
  return vscode;
}

function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sopan-vscode-'));
  const file = path.join(dir, 'sktm.sop');
  fs.writeFileSync(file, 'sop "A" { }\n');
  return { dir, file };
}

test.afterEach(() => stopAll());

test('runs sopan pratinjau on the file and opens the address beside the editor', async () => {
  const { dir, file } = workspace();
  const { program, argsFile } = fakeSopan(dir, 'http://127.0.0.1:43117/');
  const vscode = fakeVscode(file);
  const url = await preview(vscode, { sopan: program });
  assert.equal(url, 'http://127.0.0.1:43117/');
  const recorded = JSON.parse(fs.readFileSync(argsFile, 'utf8'));
  assert.deepEqual(recorded.args, ['pratinjau', file]);
  assert.equal(fs.realpathSync(recorded.cwd), fs.realpathSync(dir));
  assert.deepEqual(vscode.calls.commands, [
    [
      'simpleBrowser.api.open',
      { parsed: 'http://127.0.0.1:43117/' },
      { viewColumn: -2, preserveFocus: true },
    ],
  ]);
  assert.deepEqual(vscode.calls.errors, []);

  // A second run shows the server already running instead of starting another.
  fs.rmSync(argsFile);
  await preview(vscode, { sopan: program });
  assert.equal(fs.existsSync(argsFile), false);
  assert.equal(vscode.calls.commands.length, 2);
});

test('a file from the explorer wins over the active editor', async () => {
  const { dir, file } = workspace();
  const { program, argsFile } = fakeSopan(dir, 'http://localhost:5000/sktm.html');
  const vscode = fakeVscode(path.join(dir, 'other.sop'));
  await preview(vscode, { sopan: program, uri: { scheme: 'file', fsPath: file } });
  assert.deepEqual(JSON.parse(fs.readFileSync(argsFile, 'utf8')).args, ['pratinjau', file]);
});

test('an address that is not on this machine is never opened', async () => {
  const { dir, file } = workspace();
  const { program } = fakeSopan(dir, 'http://example.com/');
  const vscode = fakeVscode(file);
  assert.equal(await preview(vscode, { sopan: program }), undefined);
  assert.deepEqual(vscode.calls.commands, []);
  assert.match(vscode.calls.errors[0], /no local address/);
});

test('a server that stops says why, with what it printed', async () => {
  const { dir, file } = workspace();
  const { program } = fakeSopan(dir, 'not yet', { exitAfter: true });
  const vscode = fakeVscode(file);
  assert.equal(await preview(vscode, { sopan: program }), undefined);
  assert.match(vscode.calls.errors[0], /no preview for sktm\.sop/);
  assert.deepEqual(vscode.calls.commands, []);
});

test('a missing program is reported, not thrown', async () => {
  const { dir, file } = workspace();
  const vscode = fakeVscode(file);
  assert.equal(await preview(vscode, { sopan: path.join(dir, 'no-such-sopan') }), undefined);
  assert.match(vscode.calls.errors[0], /could not run/);
});

test('only a .sop file on disk is previewed', async () => {
  const vscode = fakeVscode(undefined);
  assert.equal(await preview(vscode, { sopan: 'sopan' }), undefined);
  assert.match(vscode.calls.errors[0], /open a saved \.sop file/);
});

test('local addresses', () => {
  assert.equal(localUrl('http://127.0.0.1:8080/\r'), 'http://127.0.0.1:8080/');
  assert.equal(localUrl('http://[::1]:8080/x'), 'http://[::1]:8080/x');
  assert.equal(localUrl('http://127.0.0.1.example.com/'), undefined);
  assert.equal(localUrl('file:///etc/passwd'), undefined);
  assert.equal(localUrl('pratinjau: http://127.0.0.1:8080/'), 'http://127.0.0.1:8080/');
  assert.equal(localUrl('no address here'), undefined);
});
