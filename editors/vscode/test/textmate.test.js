// The TextMate grammar run by the engine VS Code uses (vscode-textmate with Oniguruma) over
// every example and valid file of the repository: every pattern compiles, and the tokens an
// author looks at get their scopes.

'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const test = require('node:test');

const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..', '..', '..');
const grammarPath = path.join(__dirname, '..', 'syntaxes', 'sopan.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.sopan'
        ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : null,
  });
  return registry.loadGrammar('source.sopan');
}

/** Every token of `text` as [text, innermost scope]. */
function tokenize(grammar, text) {
  const out = [];
  let stack = textmate.INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      out.push([line.slice(token.startIndex, token.endIndex), token.scopes[token.scopes.length - 1]]);
    }
    stack = result.ruleStack;
  }
  return out;
}

function sopFiles(dir) {
  return fs
    .readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.sop'))
    .sort()
    .map((name) => path.join(root, dir, name));
}

let grammar;
test.before(async () => {
  grammar = await loadGrammar();
});

test('each construct gets its scope', () => {
  const source = [
    '// sopan: abaikan SOP207 lembar asli',
    'sop "Surat \\"Sakti\\"\\n" {',
    '  nomor "470/01" dibuat 2024-01-02 revisi -',
    '  pelaksana { pemohon "Pemohon" kasi "Kasi" }',
    '  prosedur {',
    '    serah: mulai pemohon "Mengajukan" { waktu 1 x 24 jam  output - }',
    '    kasi + pemohon keputusan "Memeriksa" { ya -> lanjut  tidak "Belum" -> serah }',
    '    selesai pemohon "Menerima" { waktu 5-10 hari kerja -> a, b  nomor 4 }',
    '  }',
    '}',
  ].join('\n');
  const tokens = tokenize(grammar, source);
  const scopeOf = (text, nth = 0) => {
    const found = tokens.filter(([t]) => t.trim() === text);
    assert.ok(found.length > nth, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens)}`);
    return found[nth][1];
  };
  assert.equal(scopeOf('//'), 'punctuation.definition.comment.sopan');
  assert.equal(scopeOf('abaikan'), 'keyword.other.directive.sopan');
  assert.equal(scopeOf('SOP207'), 'constant.other.code.sopan');
  assert.equal(scopeOf('sop'), 'keyword.other.block.sopan');
  assert.equal(scopeOf('\\"'), 'constant.character.escape.sopan');
  assert.equal(scopeOf('\\n'), 'constant.character.escape.sopan');
  assert.equal(scopeOf('Pemohon'), 'string.quoted.double.sopan');
  assert.equal(scopeOf('nomor'), 'support.type.property-name.sopan');
  assert.equal(scopeOf('2024-01-02'), 'constant.other.date.sopan');
  assert.equal(scopeOf('-'), 'constant.language.empty.sopan');
  assert.equal(scopeOf('pemohon'), 'variable.other.actor.sopan');
  assert.equal(scopeOf('serah'), 'entity.name.label.sopan');
  assert.equal(scopeOf('mulai'), 'keyword.control.shape.sopan');
  assert.equal(scopeOf('1'), 'constant.numeric.sopan');
  assert.equal(scopeOf('x'), 'keyword.operator.times.sopan');
  assert.equal(scopeOf('jam'), 'keyword.other.unit.sopan');
  assert.equal(scopeOf('hari kerja'), 'keyword.other.unit.sopan');
  assert.equal(scopeOf('kasi', 1), 'variable.other.actor.sopan');
  assert.equal(scopeOf('+'), 'keyword.operator.joint.sopan');
  assert.equal(scopeOf('keputusan'), 'keyword.control.shape.sopan');
  assert.equal(scopeOf('ya'), 'keyword.control.conditional.sopan');
  assert.equal(scopeOf('->'), 'keyword.operator.arrow.sopan');
  assert.equal(scopeOf('lanjut'), 'keyword.control.flow.sopan');
  assert.equal(scopeOf('serah', 1), 'entity.name.label.sopan');
  assert.equal(scopeOf('b'), 'entity.name.label.sopan');
  assert.equal(scopeOf('4'), 'constant.numeric.sopan');
  assert.equal(scopeOf('{'), 'punctuation.section.block.begin.sopan');
});

test('a bad escape and a text left open are marked, and the next line is not a text', () => {
  const tokens = tokenize(grammar, 'nomor "470\\01\nnomor "x"');
  assert.ok(tokens.some(([t, s]) => t === '\\0' && s === 'invalid.illegal.escape.sopan'));
  assert.deepEqual(tokens.find(([t]) => t === 'nomor' && tokens.indexOf([t]) !== 0), [
    'nomor',
    'support.type.property-name.sopan',
  ]);
  const second = tokens.filter(([t]) => t === 'nomor')[1];
  assert.deepEqual(second, ['nomor', 'support.type.property-name.sopan']);
});

test('no example or valid file has a token marked invalid, and every text is a string', () => {
  const files = [...sopFiles('examples'), ...sopFiles('tests/valid')];
  assert.ok(files.length > 20, 'examples and valid files found');
  for (const file of files) {
    const tokens = tokenize(grammar, fs.readFileSync(file, 'utf8'));
    const invalid = tokens.filter(([, scope]) => scope.startsWith('invalid'));
    assert.deepEqual(invalid, [], path.relative(root, file));
    // Outside comments and strings, nothing is left without a scope but spaces.
    const bare = tokens.filter(([text, scope]) => scope === 'source.sopan' && text.trim() !== '');
    assert.deepEqual(bare, [], `${path.relative(root, file)}: tokens without a scope`);
  }
});
