; Step labels and actor ids are names of the whole SOP: a branch may go to a step above or
; below it, and every row names its actors from the one `pelaksana` block.

(sop) @local.scope

(label name: (identifier) @local.definition.label)
(actor id: (identifier) @local.definition.var)
(related id: (identifier) @local.definition.import)

(target (identifier) @local.reference)
(actor_ref (identifier) @local.reference)
(related_ref (identifier) @local.reference)
