; Highlighting for `.sop` files. Capture names follow nvim-treesitter's (also read by the
; tree-sitter CLI); docs/editors.md says what each colour marks.

; Editors differ in which of two patterns on one node wins, so no node is captured twice.

; `// sopan: abaikan SOP207 …` silences a diagnostic: worth seeing apart from prose.
((comment) @comment.note
  (#match? @comment.note "^//[ \t]*sopan:"))
((comment) @comment
  (#not-match? @comment "^//[ \t]*sopan:"))

; The blocks of the sheet.
[
  "sop"
  "pelaksana"
  "prosedur"
  "disahkan"
  "keterkaitan"
  "bagian"
] @keyword

; Fields of the identity page, of the signature and of a row.
(field key: _ @property)
(signer_line key: _ @property)
(cell key: _ @property)

; What shape a row or symbol has.
(start) @keyword.function
(end) @keyword.function
(decision) @keyword.function
(process) @keyword.function

; The exits of a decision.
(branch key: _ @keyword.conditional)
"lanjut" @keyword.return

(arrow) @operator
"+" @operator
(times) @operator
(duration "-" @operator)
(duration "–" @operator)

; Names: steps are labels, actors are variables, SOPs of the repository are modules.
(label name: (identifier) @label)
(target (identifier) @label)
(actor id: (identifier) @variable)
(actor_ref (identifier) @variable)
(field key: "id" value: (identifier) @module)
(related id: (identifier) @module)
(related_ref (identifier) @module)

; Values.
(string) @string
(number) @number
(row_number) @number
(unit) @type.builtin
(date) @string.special
(dash) @constant.builtin

["{" "}"] @punctuation.bracket
[":" ","] @punctuation.delimiter
