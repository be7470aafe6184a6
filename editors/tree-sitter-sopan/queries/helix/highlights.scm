; Helix's copy of ../highlights.scm, with Helix's capture names: Helix reads
; runtime/queries/sopan/highlights.scm. The test suite checks it is that file with these
; names replaced: @comment.note, @keyword.conditional, @keyword.return, @number, @property
; and @module.

; Editors differ in which of two patterns on one node wins, so no node is captured twice.

; `// sopan: abaikan SOP207 …` silences a diagnostic: worth seeing apart from prose.
((comment) @comment.line.documentation
  (#match? @comment.line.documentation "^//[ \t]*sopan:"))
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
(field key: _ @variable.other.member)
(signer_line key: _ @variable.other.member)
(cell key: _ @variable.other.member)

; What shape a row or symbol has.
(start) @keyword.function
(end) @keyword.function
(decision) @keyword.function
(process) @keyword.function

; The exits of a decision.
(branch key: _ @keyword.control.conditional)
"lanjut" @keyword.control.return

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
(field key: "id" value: (identifier) @namespace)
(related id: (identifier) @namespace)
(related_ref (identifier) @namespace)

; Values.
(string) @string
(number) @constant.numeric
(row_number) @constant.numeric
(unit) @type.builtin
(date) @string.special
(dash) @constant.builtin

["{" "}"] @punctuation.bracket
[":" ","] @punctuation.delimiter
