//! The rules that run over a resolved draft. Each file holds the rules of one part of the
//! sheet; each rule is a function `fn(&Draft, &mut Vec<Diagnostic>)` listed in [`ALL`].

mod actors;
pub(crate) mod flow;
mod header;
mod procedure;
mod references;

use sopan_diagnostics::Diagnostic;

use crate::resolve::Draft;

/// A rule over a draft.
type Rule = fn(&Draft, &mut Vec<Diagnostic>);

/// Every rule, in the order they run. Order does not matter for output: diagnostics are
/// sorted afterwards.
pub(crate) const ALL: &[Rule] = &[
    header::required_fields,
    header::date_order,
    procedure::not_empty,
    flow::terminators,
    flow::decision_branches,
    flow::reachable,
    flow::reaches_end,
    flow::single_start,
    actors::unused_actor,
    actors::mutu_baku,
    references::unlisted_sop,
];
