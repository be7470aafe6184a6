; Blocks an author folds away while working on another part of the sheet.
[
  (sop)
  (signer)
  (related_list)
  (list)
  (actor_list)
  (procedure)
  (step_body)
  (symbol_body)
] @fold
