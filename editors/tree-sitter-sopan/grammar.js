/**
 * @file Tree-sitter grammar for Sopan's `.sop` files, for editors.
 *
 * `grammar/sopan.pest` at the root of the repository is the language; this grammar accepts
 * the same files, rule for rule, and its comments name the pest rule each one follows.
 * Where a pest rule relies on ordered choice or a negative lookahead that an LR grammar
 * cannot say, `src/scanner.c` does it (units, `x` in `1 x 24 jam`, and `label:`) or a
 * reserved word set does (actor ids and keterangan ids that may not be step words).
 * README.md lists the few places where the two still read a file differently.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

// pest `step_keyword`: the words a keterangan id and a unit may not be.
const STEP_KEYWORDS = [
  'waktu', 'output', 'kelengkapan', 'keterangan', 'tanya', 'ya', 'tidak', 'teks', 'nomor',
  'proses', 'mulai', 'selesai', 'keputusan',
];

module.exports = grammar({
  name: 'sopan',

  // Keywords are whole words, as pest's `kw_*` rules (`nomorx` is an id, not `nomor x`).
  word: $ => $.identifier,

  // pest `WHITESPACE` and `COMMENT`: only these five characters separate tokens (a
  // no-break space does not).
  extras: $ => [/[ \t\r\n\uFEFF]/, $.comment],

  externals: $ => [
    $._label_name,
    $.unit,
    $.times,
    // Never produced: the scanner sees it valid only while the parser recovers from an
    // error, and then declines to scan.
    $._error_sentinel,
  ],

  // Hidden rules used in more than one place are inlined, and the few named rules that end
  // where an id may follow exist once per place (`related`, `label`). A rule used in two
  // places ends in one state shared by both, and there a word that is a keyword in one place
  // would be read as that keyword in the other too: `pelaksana { a "A" waktu "W" }` would
  // stop at `waktu`. For the same reason a text is one token.
  inline: $ => [$._item, $._list_value, $._actors, $._step_item, $._note],

  reserved: {
    // pest reserves no word in general: `pelaksana { waktu "Waktu" }` declares an actor.
    global: _ => [],
    // pest `actor_ref`: the words that shape a step cannot be an actor.
    actor: _ => ['mulai', 'selesai', 'keputusan', 'alternatif'],
    // pest `note_ref`: a keterangan id stops at a step word.
    step_keyword: _ => STEP_KEYWORDS,
  },

  rules: {
    // pest `file`: exactly one `sop` block.
    source_file: $ => $.sop,

    // pest `sop`.
    sop: $ => seq('sop', field('name', $.string), '{', repeat($._item), '}'),

    _item: $ => choice(
      $.field,
      $.signature,
      $.related_list,
      $.section,
      $.actor_list,
      $.procedure,
    ),

    // pest `id_field`, `nomor_field`, `instansi_field`, `logo_field`, `date_field`,
    // `list_field` and `templat_field`: a keyword and its value.
    field: $ => choice(
      seq(field('key', 'id'), field('value', $.identifier)),
      seq(field('key', choice('nomor', 'logo', 'templat')), field('value', $.string)),
      seq(field('key', 'instansi'), repeat1(field('value', $.string))),
      seq(
        field('key', choice('dibuat', 'revisi', 'efektif')),
        field('value', choice($.date, $.dash)),
      ),
      seq(
        field('key', choice('dasar-hukum', 'kualifikasi', 'peralatan', 'peringatan', 'pencatatan')),
        $._list_value,
      ),
    ),

    // pest `disahkan_field`: the post that signs, then its name, rank and NIP.
    signature: $ => seq('disahkan', field('post', $.string), optional($.signer)),

    // pest `signer_block`.
    signer: $ => seq('{', repeat($.signer_line), '}'),

    // pest `signer_item`.
    signer_line: $ => seq(field('key', choice('nama', 'pangkat', 'nip')), field('value', $.string)),

    // pest `keterkaitan_field`.
    related_list: $ => seq(
      'keterkaitan',
      choice(
        seq('{', repeat($.related), '}'),
        repeat1(alias($._related_unbraced, $.related)),
        $.dash,
      ),
    ),

    // pest `related`: an optional id, then the related SOP's name.
    related: $ => seq(optional(field('id', $.identifier)), field('name', $.string)),

    _related_unbraced: $ => seq(optional(field('id', $.identifier)), field('name', $.string)),

    // pest `bagian_field`: an extra section of the identity page.
    section: $ => seq('bagian', field('title', $.string), $._list_value),

    // pest `pelaksana_field`.
    actor_list: $ => seq('pelaksana', '{', repeat($.actor), '}'),

    // pest `actor`: the id steps use, and the printed column heading.
    actor: $ => seq(field('id', $.identifier), field('heading', $.string)),

    // pest `prosedur_field`.
    procedure: $ => seq('prosedur', '{', repeat($.step), '}'),

    // pest `step`. Right precedence: a text after the Uraian is one more line of it, never a
    // new step without a head, as pest's greedy `text+` reads it.
    step: $ => prec.right(seq(
      optional($.label),
      optional(choice(
        seq(field('kind', choice($.start, $.end)), $._actors),
        seq($._actors, optional(field('kind', $.decision))),
      )),
      repeat1(field('text', $.string)),
      optional($.step_body),
    )),

    // pest `label_def`: `periksa:`, with nothing between the name and the colon.
    label: $ => seq(field('name', alias($._label_name, $.identifier)), token.immediate(':')),

    _symbol_label: $ => seq(field('name', alias($._label_name, $.identifier)), token.immediate(':')),

    // pest `start_kind`.
    start: _ => seq('mulai', optional('alternatif')),

    // pest `end_kind`.
    end: _ => 'selesai',

    // pest `decision_kind`.
    decision: _ => 'keputusan',

    // pest `kw_proses`, as the kind of a symbol.
    process: _ => 'proses',

    // pest `actors`: `kasi` or `kasi + sekretaris`.
    _actors: $ => seq($.actor_ref, repeat(seq('+', $.actor_ref))),

    // pest `actor_ref`.
    actor_ref: $ => reserved('actor', $.identifier),

    // pest `step_body`.
    step_body: $ => seq('{', repeat($._step_item), '}'),

    _step_item: $ => choice($.cell, $.branch, $.jump, $.symbol),

    // pest `waktu_item`, `output_item`, `kelengkapan_item`, `keterangan_item`, `tanya_item`,
    // `teks_item` and `nomor_item`: the cells of a row.
    cell: $ => choice(
      seq(field('key', 'waktu'), field('value', $.duration)),
      seq(field('key', choice('output', 'kelengkapan')), $._list_value),
      seq(
        field('key', 'keterangan'),
        choice(seq('{', repeat($._note), '}'), repeat1($._note), $.dash),
      ),
      seq(field('key', choice('tanya', 'teks')), field('value', $.string)),
      seq(field('key', 'nomor'), field('value', choice($.row_number, $.string))),
    ),

    // pest `note`.
    _note: $ => choice($.string, $.related_ref),

    // pest `note_ref`: the id of a keterkaitan entry.
    related_ref: $ => reserved('step_keyword', $.identifier),

    // pest `branch_item`: `ya -> lanjut`, `tidak "Belum lengkap" -> serah`.
    branch: $ => seq(
      field('key', choice('ya', 'tidak')),
      optional(field('text', $.string)),
      $.arrow,
      field('target', $.target),
    ),

    // pest `jump_item`: `-> arsip` or `-> cek, kirim`.
    jump: $ => seq($.arrow, field('target', $.target), repeat(seq(',', field('target', $.target)))),

    // pest `arrow`.
    arrow: _ => choice('->', '<->', '..>'),

    // pest `target`.
    target: $ => choice('lanjut', $.identifier),

    // pest `symbol_item`: one symbol of a row that holds several.
    symbol: $ => seq(
      optional(alias($._symbol_label, $.label)),
      field('kind', choice($.start, $.end, $.process, $.decision)),
      $._actors,
      optional(field('text', $.string)),
      optional($.symbol_body),
    ),

    // pest `symbol_body`.
    symbol_body: $ => seq('{', repeat(choice($.branch, $.jump)), '}'),

    // pest `duration` and `amount`: `10 menit`, `5-10 menit`, `1 x 24 jam`, `"Segera"`, `-`.
    duration: $ => choice(
      $.dash,
      $.string,
      seq(
        $.number,
        optional(choice(seq($.times, $.number), seq(choice('-', '\u2013'), $.number))),
        $.unit,
      ),
    ),

    // pest `list_value`.
    _list_value: $ => choice($.list, repeat1($.string), $.dash),

    // pest `list_value` with braces.
    list: $ => seq('{', repeat($.string), '}'),

    // pest `number`: `10`, `1,5` or `1.5`.
    number: _ => /[0-9]+([.,][0-9]+)?/,

    // pest `row_number`.
    row_number: _ => /[0-9]+/,

    // pest `date`: whether the day exists is checked later.
    date: _ => /[0-9]+-[0-9]+-[0-9]+/,

    // pest `dash`: an empty value.
    dash: _ => '-',

    // pest `text`: one line between double quotes. Any character but a quote, a backslash
    // and the control characters other than tab; the only escapes are `\n`, `\"` and `\\`
    // (Sopan reports any other as SOP006).
    string: _ => token(seq('"', repeat(choice(/[^"\\\x00-\x08\x0a-\x1f]/, /\\[n"\\]/)), '"')),

    // pest `ident`.
    identifier: _ => /[A-Za-z][A-Za-z0-9_-]*/,

    // pest `COMMENT`.
    comment: _ => token(seq('//', /[^\r\n]*/)),
  },
});
