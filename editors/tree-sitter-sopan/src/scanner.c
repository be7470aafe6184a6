// The tokens of Sopan that need a lookahead an LR lexer cannot express. Each follows a
// rule of grammar/sopan.pest exactly:
//
// - LABEL_NAME, pest `label_def`: an id immediately followed by `:`. Only the id is the
//   token, so a label's name reads the same as the targets that name it.
// - UNIT, pest `unit`: letters that are not a step word, then optionally whitespace and
//   `kerja` (`hari kerja`).
// - TIMES, pest `times`: the `x` of `1 x 24 jam`, only when a number follows it (`1 xjam`
//   has the unit `xjam`), so pest's ordered choice of `times` before `unit` is kept.

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <string.h>

enum TokenType { LABEL_NAME, UNIT, TIMES, ERROR_SENTINEL };

static bool is_alpha(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_ident_char(int32_t c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '_'; }

// pest `WHITESPACE`.
static bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xFEFF;
}

// pest `step_keyword`. No word of it is a prefix of another, so "the first alternative that
// matches, then not an id character" is "the letters are one of these words".
static const char *const STEP_KEYWORDS[] = {
    "waktu", "output", "kelengkapan", "keterangan", "tanya", "ya",      "tidak",
    "teks",  "nomor",  "proses",      "mulai",      "selesai", "keputusan",
};

static bool is_step_keyword(const char *word) {
  for (size_t i = 0; i < sizeof STEP_KEYWORDS / sizeof STEP_KEYWORDS[0]; i++) {
    if (strcmp(word, STEP_KEYWORDS[i]) == 0) return true;
  }
  return false;
}

void *tree_sitter_sopan_external_scanner_create(void) { return NULL; }
void tree_sitter_sopan_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_sopan_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_sopan_external_scanner_deserialize(void *payload, const char *buffer,
                                                     unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

// Skips whitespace and `//` comments, as pest does between the tokens of a normal rule;
// returns false when a lone `/` stops it.
static bool skip_space_and_comments(TSLexer *lexer) {
  for (;;) {
    if (is_space(lexer->lookahead)) {
      lexer->advance(lexer, false);
    } else if (lexer->lookahead == '/') {
      lexer->advance(lexer, false);
      if (lexer->lookahead != '/') return false;
      while (lexer->lookahead != '\n' && lexer->lookahead != '\r' && !lexer->eof(lexer)) {
        lexer->advance(lexer, false);
      }
    } else {
      return true;
    }
  }
}

// After a unit word and its whitespace: `kerja`, in any capitals, joins the unit.
static void scan_kerja_word(TSLexer *lexer) {
  static const char KERJA[] = "kerja";
  for (const char *k = KERJA; *k; k++) {
    int32_t c = lexer->lookahead;
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c != *k) return;
    lexer->advance(lexer, false);
  }
  if (!is_ident_char(lexer->lookahead)) lexer->mark_end(lexer);
}

static void scan_kerja(TSLexer *lexer) {
  if (!is_space(lexer->lookahead)) return;
  while (is_space(lexer->lookahead)) lexer->advance(lexer, false);
  scan_kerja_word(lexer);
}

// The letters of a unit word, the first already consumed and stored in `word[0]`.
static bool scan_unit(TSLexer *lexer, char *word, unsigned length) {
  while (is_alpha(lexer->lookahead)) {
    if (length < 15) word[length] = (char)lexer->lookahead;
    length++;
    lexer->advance(lexer, false);
  }
  word[length < 15 ? length : 15] = '\0';
  if (length < 15 && is_step_keyword(word) && !is_ident_char(lexer->lookahead)) return false;
  lexer->mark_end(lexer);
  scan_kerja(lexer);
  lexer->result_symbol = UNIT;
  return true;
}

static bool scan_label_name(TSLexer *lexer) {
  while (is_ident_char(lexer->lookahead)) lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  if (lexer->lookahead != ':') return false;
  lexer->result_symbol = LABEL_NAME;
  return true;
}

// After an `x` that a letter does not follow, where `1 x 24 jam` may go on: a number after
// whitespace or comments makes it `times`; otherwise it is the unit `x` (or `x kerja`).
static bool scan_after_x(TSLexer *lexer, const bool *valid_symbols) {
  lexer->mark_end(lexer);
  lexer->result_symbol = UNIT;
  while (is_space(lexer->lookahead)) lexer->advance(lexer, false);
  if (is_digit(lexer->lookahead)) {
    lexer->result_symbol = TIMES;
    return true;
  }
  if (lexer->lookahead == '/') {
    if (skip_space_and_comments(lexer) && is_digit(lexer->lookahead)) {
      lexer->result_symbol = TIMES;
      return true;
    }
    return valid_symbols[UNIT];
  }
  if (!valid_symbols[UNIT]) return false;
  scan_kerja_word(lexer);
  return true;
}

bool tree_sitter_sopan_external_scanner_scan(void *payload, TSLexer *lexer,
                                             const bool *valid_symbols) {
  (void)payload;
  if (valid_symbols[ERROR_SENTINEL]) return false;
  if (!valid_symbols[LABEL_NAME] && !valid_symbols[UNIT] && !valid_symbols[TIMES]) return false;
  while (is_space(lexer->lookahead)) lexer->advance(lexer, true);
  if (!is_alpha(lexer->lookahead)) return false;

  // A label and a unit are never valid at the same place.
  if (valid_symbols[LABEL_NAME]) {
    lexer->advance(lexer, false);
    return scan_label_name(lexer);
  }

  char word[16] = {0};
  word[0] = (char)lexer->lookahead;
  bool x = lexer->lookahead == 'x' || lexer->lookahead == 'X';
  lexer->advance(lexer, false);
  if (x && valid_symbols[TIMES] && !is_alpha(lexer->lookahead)) {
    return scan_after_x(lexer, valid_symbols);
  }
  if (!valid_symbols[UNIT]) return false;
  return scan_unit(lexer, word, 1);
}
