//! The procedure: steps to model rows, their fields checked against their kind, and the
//! explicit edge list of the flowchart.
//!
//! Edge rules (docs/language.md, "Alur"): an end has no exit; a decision has exactly the
//! exits its `ya`/`tidak` lines give; any other step goes where its `->` says, or else to
//! the next row that is not an alternative start.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use sopan_diagnostics::{Code, Diagnostic, Message, Span};
use sopan_syntax::ast::{self, ArrowStyle, BranchKey, Note, StepItemKind, StepKind, Target};

use crate::duration;
use crate::model::{Alur, Catatan, Garis, Jenis, JenisAlur, Langkah, Simbol, Sop};
use crate::resolve::{Spans, duplicate_field, unknown_actor};
use crate::suggest::{Budget, Names};

/// Where the parts of one step are in the source.
#[derive(Clone, Debug, Default)]
pub(crate) struct StepSpans {
    /// From the label (or first keyword) to the end of the Uraian: the step's "name".
    pub(crate) head: Span,
    /// The `waktu` value.
    pub(crate) waktu: Option<Span>,
    /// The `output` item.
    pub(crate) output: Option<Span>,
    /// The declared actors that the step's unknown actor names were suggested for (SOP201's
    /// "did you mean"), so the column meant is not reported again as unused.
    pub(crate) meant_actors: Vec<usize>,
    /// Free-text entries of the Keterangan cell.
    pub(crate) notes: Vec<(String, Span)>,
}

/// Where the parts of one symbol are in the source.
#[derive(Clone, Debug, Default)]
pub(crate) struct SymbolSpans {
    /// The symbol as diagnostics point at it: a one-symbol row's head, or the symbol's line.
    pub(crate) head: Span,
    /// The decision's branches, by key.
    pub(crate) branches: BTreeMap<BranchKey, Span>,
    /// Whether an exit names a step that does not exist (reported once, as SOP301).
    pub(crate) unresolved_exit: bool,
    /// The symbols its misspelt targets likely meant (SOP301's "did you mean"): the flow
    /// rules follow these arrows as if written.
    pub(crate) meant: Vec<usize>,
    /// The other symbols of a label given twice (SOP203) that an exit names: any of them may
    /// be the one meant.
    pub(crate) ambiguous: Vec<usize>,
    /// An exit that leads somewhere unknown (a label with no likely match, `->` on a
    /// decision): the code and primary span of its diagnostic.
    pub(crate) open_exit: Option<(Code, Span)>,
    /// Whether this decision was given `->` (SOP211) instead of `ya`/`tidak`.
    pub(crate) jump_on_decision: bool,
}

/// One symbol as written: the head of a one-symbol row, or a symbol line of a row of several.
struct Written<'a> {
    row: usize,
    label: Option<&'a ast::Ident>,
    kind: StepKind,
    alternative: bool,
    actors: &'a [ast::Ident],
    text: Option<String>,
    /// Branches and jumps, already checked against the kind and for repeats.
    exits: Vec<&'a ast::StepItem>,
    /// The first `->` of a decision (SOP211), which it leaves through `ya`/`tidak` instead.
    decision_jump: Option<Span>,
    /// Branches given a second time (SOP105): ignored, but the flow rules follow them as
    /// meant, so the step one of them names is not also reported unreached.
    repeated: Vec<&'a ast::StepItem>,
    span: Span,
}

pub(crate) fn resolve(
    steps: &[ast::Step],
    actors: &BTreeMap<String, usize>,
    sop: &mut Sop,
    spans: &mut Spans,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut written: Vec<Written<'_>> = Vec::new();
    let mut langkah = Vec::with_capacity(steps.len());
    let mut printed = Numbering::default();
    for (index, step) in steps.iter().enumerate() {
        let first = written.len();
        let row_spans = StepSpans {
            head: head_span(step),
            ..StepSpans::default()
        };
        let mut row = row(
            index,
            step,
            &mut written,
            &mut spans.symbolless_row,
            diagnostics,
        );
        row.nomor_cetak = printed.next(index, step, diagnostics);
        row.simbol = (first..written.len()).collect();
        langkah.push(row);
        spans.steps.push(row_spans);
    }
    let (labels, twins) = labels(steps, &written, diagnostics);
    let related: BTreeMap<&str, usize> = sop
        .keterkaitan
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.id.as_deref().map(|id| (id, i)))
        .rev()
        .collect();
    let known = Known {
        actors,
        actor_names: OnceCell::new(),
        related: &related,
        related_names: OnceCell::new(),
        labels: &labels,
        twins: &twins,
        label_names: OnceCell::new(),
        budget: Budget::new(),
    };
    // Names need the whole table of labels, so cells and symbols are resolved in a second pass.
    for (index, step) in steps.iter().enumerate() {
        cells(
            &mut langkah[index],
            &mut spans.steps[index],
            step,
            &known,
            source,
            diagnostics,
        );
    }
    let mut undeclared = BTreeSet::new();
    for symbol in &written {
        if actors.is_empty() {
            note_undeclared(symbol, sop, spans, &mut undeclared);
        }
        let (pelaksana, meant) = resolve_actors(symbol.actors, &known, diagnostics);
        spans.steps[symbol.row].meant_actors.extend(meant);
        let row = &mut langkah[symbol.row];
        for &actor in &pelaksana {
            if !row.pelaksana.contains(&actor) {
                row.pelaksana.push(actor);
            }
        }
        sop.simbol.push(Simbol {
            langkah: symbol.row,
            label: symbol.label.map(|l| l.name.clone()),
            jenis: jenis(symbol.kind),
            alternatif: symbol.alternative,
            pelaksana,
            teks: symbol.text.clone(),
        });
        spans.symbols.push(symbol_spans(symbol));
    }
    // A row that lists its symbols is summed up by its first (`cells` gives it no `tanya`).
    for row in &mut langkah {
        if let Some(&first) = row.simbol.first() {
            let symbol = &sop.simbol[first];
            row.jenis = symbol.jenis;
            row.alternatif = symbol.alternatif;
        }
    }
    sop.langkah = langkah;
    let next = Next::new(&written, steps.len());
    for (index, symbol) in written.iter().enumerate() {
        let before = diagnostics.len();
        let symbol_spans = &mut spans.symbols[index];
        for (edge, span) in edges(index, symbol, &next, &known, symbol_spans, diagnostics) {
            sop.alur.push(edge);
            spans.edges.push(span);
        }
        symbol_spans.unresolved_exit = diagnostics[before..]
            .iter()
            .any(|d| d.code == Code::UnknownTarget);
    }
}

/// Where a symbol's parts are, as the flow rules point at them.
fn symbol_spans(symbol: &Written<'_>) -> SymbolSpans {
    let mut symbol_spans = SymbolSpans {
        head: symbol.span,
        jump_on_decision: symbol.decision_jump.is_some(),
        open_exit: symbol.decision_jump.map(|at| (Code::FieldNotAllowed, at)),
        ..SymbolSpans::default()
    };
    for exit in &symbol.exits {
        if let StepItemKind::Branch(b) = &exit.kind {
            symbol_spans.branches.insert(b.which, exit.span);
        }
    }
    symbol_spans
}

/// With no pelaksana list, the actors a symbol names and whether it starts a row that names
/// one: SOP214 reports the missing list once with them (rules/procedure.rs), not SOP201 for
/// every actor of every step.
fn note_undeclared<'a>(
    symbol: &Written<'a>,
    sop: &Sop,
    spans: &mut Spans,
    undeclared: &mut BTreeSet<&'a str>,
) {
    if symbol.actors.is_empty() {
        return;
    }
    for actor in symbol.actors {
        if undeclared.insert(actor.name.as_str()) {
            spans.undeclared.push(actor.name.clone());
        }
    }
    if sop.simbol.last().is_none_or(|s| s.langkah != symbol.row) {
        spans.undeclared_rows += 1;
    }
}

/// From the label (or first keyword) to the end of the Uraian.
fn head_span(step: &ast::Step) -> Span {
    let head_end = step.uraian.last().map_or(step.span.end, |t| t.span.end);
    Span::new(step.span.start, head_end)
}

fn jenis(kind: StepKind) -> Jenis {
    match kind {
        StepKind::Process => Jenis::Proses,
        StepKind::Start { .. } => Jenis::Mulai,
        StepKind::End => Jenis::Selesai,
        StepKind::Decision => Jenis::Keputusan,
    }
}

/// The printed row numbers: the office's own where a row gives `nomor`, else one more than
/// the row above (so `nomor 4` on the third row gives 1, 2, 4, 5, …).
#[derive(Default)]
struct Numbering {
    previous: Option<(u64, &'static str)>,
    /// Each number printed so far: where, and whether the row gave it.
    seen: BTreeMap<String, (Span, bool)>,
}

impl Numbering {
    fn next(
        &mut self,
        index: usize,
        step: &ast::Step,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> String {
        let given = step.body.iter().find_map(|item| match &item.kind {
            StepItemKind::Nomor(text) => Some(text),
            _ => None,
        });
        let number = match (given, self.previous) {
            (Some(text), _) => text.value.trim().to_owned(),
            (None, Some((n, suffix))) => format!("{}{suffix}", n.saturating_add(1)),
            (None, None) => (index + 1).to_string(),
        };
        self.previous = leading_number(&number);
        let span = given.map_or_else(|| head_span(step), |t| t.span);
        if let Some(&(first, first_given)) = self.seen.get(&number) {
            let label = if given.is_some() {
                "periksa-nomor-langkah-ganda.label-ditulis"
            } else {
                "periksa-nomor-langkah-ganda.label-dihitung"
            };
            let mut diagnostic = Diagnostic::new(
                Code::DuplicateRowNumber,
                Message::new("periksa-nomor-langkah-ganda").arg("nomor", number.as_str()),
                span,
                Message::new(label),
            )
            .with_label(
                first,
                Message::new("periksa-nomor-langkah-ganda.label-pertama"),
            )
            .with_help(Message::new("periksa-nomor-langkah-ganda.help"));
            if given.is_none() || !first_given {
                diagnostic = diagnostic.with_note(Message::new("periksa-nomor-langkah-ganda.note"));
            }
            diagnostics.push(diagnostic);
        } else {
            self.seen.insert(number.clone(), (span, given.is_some()));
        }
        number
    }
}

/// The number the sheet's No column prints for each row, numbered as the checker numbers
/// them, for tools that show it beside a file the checker may still refuse (the language
/// server's hints).
#[must_use]
pub fn printed_numbers(steps: &[ast::Step]) -> Vec<String> {
    let mut numbering = Numbering::default();
    let mut ignored = Vec::new();
    steps
        .iter()
        .enumerate()
        .map(|(index, step)| numbering.next(index, step, &mut ignored))
        .collect()
}

/// `4` or `4.`: the number and the suffix the next row keeps; `None` for other texts.
fn leading_number(printed: &str) -> Option<(u64, &'static str)> {
    let (digits, suffix) = match printed.strip_suffix('.') {
        Some(digits) => (digits, "."),
        None => (printed, ""),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(|n| (n, suffix))
}

/// Label → symbol index, and the further symbols of each label given twice; SOP203 for a
/// label used twice. A row's label names its first symbol.
fn labels<'a>(
    steps: &'a [ast::Step],
    written: &[Written<'a>],
    diagnostics: &mut Vec<Diagnostic>,
) -> (BTreeMap<&'a str, usize>, BTreeMap<&'a str, Vec<usize>>) {
    let mut labels: BTreeMap<&str, (usize, Span)> = BTreeMap::new();
    let mut named: Vec<(&'a ast::Ident, usize)> = Vec::new();
    for (index, symbol) in written.iter().enumerate() {
        // Symbols come row by row, so a row's first is the one after another row's.
        let first_of_row = index == 0 || written[index - 1].row != symbol.row;
        if first_of_row && let Some(label) = &steps[symbol.row].label {
            named.push((label, index));
        }
        // The head of a one-symbol row carries the row's label, taken above.
        if steps[symbol.row].actors.is_empty()
            && let Some(label) = symbol.label
        {
            named.push((label, index));
        }
    }
    let mut twins: BTreeMap<&'a str, Vec<usize>> = BTreeMap::new();
    let mut targeted: Option<BTreeSet<&str>> = None;
    for (label, symbol) in named {
        if let Some(&(_, first_span)) = labels.get(label.name.as_str()) {
            twins.entry(label.name.as_str()).or_default().push(symbol);
            let mut diagnostic = Diagnostic::new(
                Code::DuplicateLabel,
                Message::new("periksa-label-ganda").arg("label", label.name.as_str()),
                label.span,
                Message::new("periksa-label-ganda.label"),
            )
            .with_label(
                first_span,
                Message::new("periksa-label-ganda.label-pertama"),
            )
            .with_help(Message::new("periksa-label-ganda.help"));
            let targeted = targeted.get_or_insert_with(|| targeted_labels(written));
            if targeted.contains(label.name.as_str()) {
                diagnostic = diagnostic.with_note(
                    Message::new("periksa-label-ganda.note").arg("label", label.name.as_str()),
                );
            }
            diagnostics.push(diagnostic);
            continue;
        }
        labels.insert(&label.name, (symbol, label.span));
    }
    (
        labels.into_iter().map(|(k, (v, _))| (k, v)).collect(),
        twins,
    )
}

/// The labels some branch or jump names.
fn targeted_labels<'a>(written: &[Written<'a>]) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    for symbol in written {
        for exit in &symbol.exits {
            let targets: Vec<&Target> = match &exit.kind {
                StepItemKind::Branch(b) => vec![&b.target],
                StepItemKind::Jump(j) => j.targets.iter().collect(),
                _ => Vec::new(),
            };
            out.extend(targets.into_iter().filter_map(|t| match t {
                Target::Label(ident) => Some(ident.name.as_str()),
                Target::Next(_) => None,
            }));
        }
    }
    out
}

/// The names steps refer to, indexed for suggestions only when a name is unknown.
struct Known<'a> {
    actors: &'a BTreeMap<String, usize>,
    actor_names: OnceCell<Names<'a>>,
    related: &'a BTreeMap<&'a str, usize>,
    related_names: OnceCell<Names<'a>>,
    labels: &'a BTreeMap<&'a str, usize>,
    /// The further symbols of each label given twice.
    twins: &'a BTreeMap<&'a str, Vec<usize>>,
    label_names: OnceCell<Names<'a>>,
    /// One budget for every suggestion of the file.
    budget: Budget,
}

/// The actor ids of a symbol to indexes (SOP201 for unknown ones), and the declared actors
/// suggested for the unknown ones.
fn resolve_actors(
    ids: &[ast::Ident],
    known: &Known<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<usize>, Vec<usize>) {
    let mut pelaksana = Vec::new();
    let mut meant_actors = Vec::new();
    for actor in ids {
        match known.actors.get(&actor.name) {
            Some(&i) if pelaksana.contains(&i) => {}
            Some(&i) => pelaksana.push(i),
            // Without any pelaksana, SOP214 reports the missing list once.
            None if known.actors.is_empty() => {}
            None => {
                let names = known
                    .actor_names
                    .get_or_init(|| Names::new(known.actors.keys().map(String::as_str)));
                let meant = names.meant(&actor.name, &known.budget);
                diagnostics.push(unknown_actor(actor, meant));
                meant_actors.extend(meant.and_then(|m| known.actors.get(m.name).copied()));
            }
        }
    }
    (pelaksana, meant_actors)
}

/// The row of one step, its symbols added to `written`; fields are checked against what
/// the row (or each symbol) is. Cells that name things are filled later, by [`cells`].
fn row<'a>(
    index: usize,
    step: &'a ast::Step,
    written: &mut Vec<Written<'a>>,
    symbolless: &mut bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Langkah {
    let headless = step.actors.is_empty();
    let row = Langkah {
        nomor: index + 1,
        nomor_cetak: String::new(),
        label: step.label.as_ref().map(|l| l.name.clone()),
        jenis: jenis(step.kind),
        alternatif: matches!(step.kind, StepKind::Start { alternative: true }),
        pelaksana: Vec::new(),
        simbol: Vec::new(),
        uraian: step
            .uraian
            .iter()
            .map(|t| t.value.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        tanya: None,
        kelengkapan: Vec::new(),
        waktu: None,
        output: Vec::new(),
        keterangan: Vec::new(),
    };
    let mut seen: BTreeMap<&'static str, Span> = BTreeMap::new();
    let mut exits = Vec::new();
    let mut text = None;
    let mut listed = Vec::new();
    let mut decision_jump = None;
    let mut repeated = Vec::new();
    let mut decision_only_at: Option<usize> = None;
    for item in &step.body {
        if let StepItemKind::Symbol(symbol) = &item.kind {
            listed.push((item, symbol));
            continue;
        }
        let problem = if headless {
            not_allowed_in_row(&item.kind)
        } else {
            not_allowed(step.kind, &item.kind)
        };
        if let Some((message, help)) = problem {
            let decision_only = !headless
                && step.kind != StepKind::Decision
                && matches!(item.kind, StepItemKind::Branch(_) | StepItemKind::Tanya(_));
            match decision_only_at {
                // One mistake, `keputusan` forgotten: its `tanya`, `ya` and `tidak` are one
                // diagnostic, the first, with a label on each of the others.
                Some(first) if decision_only => {
                    if let Some(d) = diagnostics.get_mut(first) {
                        d.labels.push(sopan_diagnostics::Label {
                            span: item.key_span,
                            text: Message::new("periksa-cabang-bukan-keputusan.label-juga"),
                            primary: false,
                        });
                    }
                }
                _ => {
                    if decision_only {
                        decision_only_at = Some(diagnostics.len());
                    }
                    diagnostics.push(field_not_allowed(message, item.key_span, help));
                }
            }
            if step.kind == StepKind::Decision && matches!(item.kind, StepItemKind::Jump(_)) {
                decision_jump.get_or_insert(item.key_span);
            }
            continue;
        }
        if !repeat_allowed(item, &mut seen, diagnostics) {
            if matches!(item.kind, StepItemKind::Branch(_)) {
                repeated.push(item);
            }
            continue;
        }
        match &item.kind {
            StepItemKind::Branch(_) | StepItemKind::Jump(_) => exits.push(item),
            StepItemKind::Tanya(t) | StepItemKind::Teks(t) => text = Some(t.value.clone()),
            _ => {}
        }
    }
    if headless {
        listed_symbols(index, step, &listed, written, symbolless, diagnostics);
        return row;
    }
    if let Some((item, _)) = listed.first() {
        diagnostics.push(mixed_row(step, item));
    }
    written.push(Written {
        row: index,
        label: step.label.as_ref(),
        kind: step.kind,
        alternative: matches!(step.kind, StepKind::Start { alternative: true }),
        actors: &step.actors,
        text,
        exits,
        decision_jump,
        repeated,
        span: head_span(step),
    });
    row
}

/// SOP211 for a field this step (or symbol) cannot have.
fn field_not_allowed(message: Message, at: Span, help: Message) -> Diagnostic {
    Diagnostic::new(
        Code::FieldNotAllowed,
        message,
        at,
        Message::new("periksa-isian-tidak-boleh.label"),
    )
    .with_help(help)
}

/// SOP218: a row with an actor before its Uraian that also lists symbols.
fn mixed_row(step: &ast::Step, item: &ast::StepItem) -> Diagnostic {
    let actor = step.actors.first().map_or("…", |a| a.name.as_str());
    Diagnostic::new(
        Code::MixedRow,
        Message::new("periksa-langkah-campuran"),
        item.span,
        Message::new("periksa-langkah-campuran.label"),
    )
    .with_label(
        head_span(step),
        Message::new("periksa-langkah-campuran.label-simbol"),
    )
    .with_help(Message::new("periksa-langkah-campuran.help").arg("pelaksana", actor))
}

/// The symbols a row lists in its braces, each with its exits checked; SOP219 when there
/// are none (a placeholder symbol keeps the row in the flow, so later rules still run).
fn listed_symbols<'a>(
    index: usize,
    step: &'a ast::Step,
    listed: &[(&'a ast::StepItem, &'a ast::Symbol)],
    written: &mut Vec<Written<'a>>,
    symbolless: &mut bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if listed.is_empty() {
        *symbolless = true;
        diagnostics.push(
            Diagnostic::new(
                Code::RowWithoutSymbol,
                Message::new("periksa-langkah-tanpa-simbol"),
                head_span(step),
                Message::new("periksa-langkah-tanpa-simbol.label"),
            )
            .with_help(Message::new("periksa-langkah-tanpa-simbol.help")),
        );
        written.push(Written {
            row: index,
            label: step.label.as_ref(),
            kind: StepKind::Process,
            alternative: false,
            actors: &[],
            text: None,
            exits: Vec::new(),
            decision_jump: None,
            repeated: Vec::new(),
            span: head_span(step),
        });
        return;
    }
    let mut start_seen = false;
    for &(_, symbol) in listed {
        let mut seen: BTreeMap<&'static str, Span> = BTreeMap::new();
        let mut exits = Vec::new();
        let mut decision_jump = None;
        let mut repeated = Vec::new();
        for exit in &symbol.exits {
            if let Some((message, help)) = not_allowed(symbol.kind, &exit.kind) {
                diagnostics.push(field_not_allowed(message, exit.key_span, help));
                if symbol.kind == StepKind::Decision && matches!(exit.kind, StepItemKind::Jump(_)) {
                    decision_jump.get_or_insert(exit.key_span);
                }
                continue;
            }
            if repeat_allowed(exit, &mut seen, diagnostics) {
                exits.push(exit);
            } else if matches!(exit.kind, StepItemKind::Branch(_)) {
                repeated.push(exit);
            }
        }
        let is_start = matches!(symbol.kind, StepKind::Start { .. });
        // A start beside another start in one row is a second way in by its place.
        let alternative = is_start
            && (matches!(symbol.kind, StepKind::Start { alternative: true }) || start_seen);
        start_seen |= is_start;
        written.push(Written {
            row: index,
            label: symbol.label.as_ref(),
            kind: symbol.kind,
            alternative,
            actors: &symbol.actors,
            text: symbol.text.as_ref().map(|t| t.value.clone()),
            exits,
            decision_jump,
            repeated,
            span: symbol.span,
        });
    }
}

/// Whether `item` may stand here given the items before it (SOP105 when it repeats one):
/// `->` may repeat, `ya` and `tidak` once each, any other field once.
fn repeat_allowed(
    item: &ast::StepItem,
    seen: &mut BTreeMap<&'static str, Span>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let key = match &item.kind {
        StepItemKind::Branch(b) => b.which.keyword(),
        other => item_key(other),
    };
    if key == "->" {
        return true;
    }
    if let Some(&first) = seen.get(key) {
        diagnostics.push(duplicate_field(key, item.key_span, first));
        return false;
    }
    seen.insert(key, item.key_span);
    true
}

/// The cells of a row: what the mutu baku and keterangan columns print.
fn cells(
    row: &mut Langkah,
    spans: &mut StepSpans,
    step: &ast::Step,
    known: &Known<'_>,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut seen: BTreeSet<&'static str> = BTreeSet::new();
    for item in &step.body {
        let key = item_key(&item.kind);
        // Repeats were reported by `row`; the first one counts.
        if !matches!(
            item.kind,
            StepItemKind::Kelengkapan(_)
                | StepItemKind::Output(_)
                | StepItemKind::Waktu(_)
                | StepItemKind::Keterangan(_)
                | StepItemKind::Tanya(_)
        ) || !seen.insert(key)
        {
            continue;
        }
        if step.actors.is_empty() && matches!(item.kind, StepItemKind::Tanya(_)) {
            continue;
        }
        if !step.actors.is_empty() && not_allowed(step.kind, &item.kind).is_some() {
            continue;
        }
        fill(row, spans, item, known, source, diagnostics);
    }
}

fn fill(
    row: &mut Langkah,
    spans: &mut StepSpans,
    item: &ast::StepItem,
    known: &Known<'_>,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let texts = |list: &ast::List| list.items.iter().map(|t| t.value.clone()).collect();
    match &item.kind {
        StepItemKind::Kelengkapan(list) => row.kelengkapan = texts(list),
        StepItemKind::Output(list) => {
            row.output = texts(list);
            spans.output = Some(item.span);
        }
        StepItemKind::Waktu(value) => {
            spans.waktu = Some(Span::new(item.key_span.end, item.span.end));
            if let ast::Duration::Text(text) = value {
                quoted_duration(text, diagnostics);
            }
            row.waktu = duration::resolve(value, source, diagnostics);
        }
        StepItemKind::Tanya(text) => row.tanya = Some(text.value.clone()),
        StepItemKind::Keterangan(notes) => {
            for note in notes {
                match note {
                    Note::Text(text) => {
                        spans.notes.push((text.value.clone(), text.span));
                        row.keterangan.push(Catatan::Teks(text.value.clone()));
                    }
                    Note::Ref(id) => match known.related.get(id.name.as_str()) {
                        Some(&i) => row.keterangan.push(Catatan::Keterkaitan(i)),
                        None => diagnostics.push(unknown_reference(id, known)),
                    },
                    // Recorded in the model's `strip`, beside the steps.
                    Note::Dash(_) => {}
                }
            }
        }
        StepItemKind::Branch(_)
        | StepItemKind::Jump(_)
        | StepItemKind::Teks(_)
        | StepItemKind::Nomor(_)
        | StepItemKind::Symbol(_) => {}
    }
}

/// SOP217: `waktu "2 hari"` is printed, but as free text it adds nothing to the totals.
fn quoted_duration(text: &ast::Text, diagnostics: &mut Vec<Diagnostic>) {
    let Some(unit) = sopan_syntax::amount_unit(&text.value) else {
        return;
    };
    if !duration::UNITS
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case(&unit))
    {
        return;
    }
    let bare = text.value.trim();
    diagnostics.push(
        Diagnostic::new(
            Code::QuotedDuration,
            Message::new("periksa-waktu-berkutip").arg("teks", bare),
            text.span,
            Message::new("periksa-waktu-berkutip.label"),
        )
        .with_help(Message::new("periksa-waktu-berkutip.help").arg("teks", bare))
        .with_suggestion(text.span, bare),
    );
}

fn unknown_reference(id: &ast::Ident, known: &Known<'_>) -> Diagnostic {
    let names = known
        .related_names
        .get_or_init(|| Names::new(known.related.keys().copied()));
    let meant = names.meant(&id.name, &known.budget);
    let help = match meant {
        Some(best) => crate::suggest::did_you_mean_help(best.name),
        None => Message::new("periksa-keterangan-tidak-dikenal.help").arg("id", id.name.as_str()),
    };
    let diagnostic = Diagnostic::new(
        Code::UnknownReference,
        Message::new("periksa-keterangan-tidak-dikenal").arg("id", id.name.as_str()),
        id.span,
        Message::new("periksa-keterangan-tidak-dikenal.label"),
    )
    .with_help(help);
    crate::suggest::with_fix(diagnostic, id.span, meant)
}

fn item_key(kind: &StepItemKind) -> &'static str {
    match kind {
        StepItemKind::Teks(_) => "teks",
        StepItemKind::Nomor(_) => "nomor",
        StepItemKind::Symbol(_) => "symbol",
        StepItemKind::Kelengkapan(_) => "kelengkapan",
        StepItemKind::Waktu(_) => "waktu",
        StepItemKind::Output(_) => "output",
        StepItemKind::Keterangan(_) => "keterangan",
        StepItemKind::Tanya(_) => "tanya",
        StepItemKind::Branch(_) => "branch",
        StepItemKind::Jump(_) => "->",
    }
}

/// Why a field cannot stand on a step of this kind, and what to do instead.
fn not_allowed(kind: StepKind, item: &StepItemKind) -> Option<(Message, Message)> {
    let (message, help) = match (kind, item) {
        (StepKind::Decision, StepItemKind::Jump(_)) => (
            "periksa-lompat-dari-keputusan",
            "periksa-lompat-dari-keputusan.help",
        ),
        (StepKind::End, StepItemKind::Jump(_)) => (
            "periksa-lompat-dari-selesai",
            "periksa-lompat-dari-selesai.help",
        ),
        (StepKind::Decision, StepItemKind::Teks(_)) => {
            ("periksa-teks-keputusan", "periksa-teks-keputusan.help")
        }
        (StepKind::Decision, _) => return None,
        (_, StepItemKind::Branch(b)) => {
            return Some((
                Message::new("periksa-cabang-bukan-keputusan").arg("kunci", b.which.keyword()),
                Message::new("periksa-cabang-bukan-keputusan.help"),
            ));
        }
        (_, StepItemKind::Tanya(_)) => (
            "periksa-tanya-bukan-keputusan",
            "periksa-tanya-bukan-keputusan.help",
        ),
        _ => return None,
    };
    Some((Message::new(message), Message::new(help)))
}

/// Why a field cannot stand in the braces of a row that lists its symbols.
fn not_allowed_in_row(item: &StepItemKind) -> Option<(Message, Message)> {
    let what = match item {
        StepItemKind::Branch(b) => b.which.keyword(),
        StepItemKind::Jump(_) => "->",
        StepItemKind::Tanya(_) => "tanya",
        StepItemKind::Teks(_) => "teks",
        _ => return None,
    };
    Some((
        Message::new("periksa-milik-simbol").arg("kunci", what),
        Message::new("periksa-milik-simbol.help"),
    ))
}

/// Where a symbol goes when nothing else is said, and what `lanjut` means for it.
struct Next {
    /// The next symbol that is not an alternative start (an alternative start is a way *in*,
    /// not a symbol the one before it leads to).
    default: Vec<Option<usize>>,
    /// The first such symbol of a later row: the next row.
    row: Vec<Option<usize>>,
}

impl Next {
    fn new(written: &[Written<'_>], rows: usize) -> Next {
        let n = written.len();
        let mut default = vec![None; n];
        let mut following = None;
        // The first symbol of each row (and later) that is not an alternative start.
        let mut row_entry = vec![None; rows + 1];
        for index in (0..n).rev() {
            default[index] = following;
            let symbol = &written[index];
            if !(matches!(symbol.kind, StepKind::Start { .. }) && symbol.alternative) {
                following = Some(index);
            }
            row_entry[symbol.row] = following;
        }
        // Rows are filled from the bottom, so an empty slot takes the row below's entry.
        for row in (0..rows).rev() {
            if row_entry[row].is_none() {
                row_entry[row] = row_entry[row + 1];
            }
        }
        let row = written.iter().map(|s| row_entry[s.row + 1]).collect();
        Next { default, row }
    }
}

fn garis(style: ArrowStyle) -> Garis {
    match style {
        ArrowStyle::Single => Garis::Panah,
        ArrowStyle::Double => Garis::DuaArah,
        ArrowStyle::Dotted => Garis::Titik,
    }
}

fn edges(
    index: usize,
    symbol: &Written<'_>,
    next: &Next,
    known: &Known<'_>,
    spans: &mut SymbolSpans,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(Alur, Span)> {
    follow_repeated(index, symbol, next, known, spans);
    let mut out = Vec::new();
    let mut target = |t: &Target, diagnostics: &mut Vec<Diagnostic>| -> Option<usize> {
        match t {
            Target::Next(span) => {
                let to = next.row[index];
                if to.is_none() {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::UnknownTarget,
                            Message::new("periksa-lanjut-terakhir"),
                            *span,
                            Message::new("periksa-lanjut-terakhir.label"),
                        )
                        .with_help(Message::new("periksa-lanjut-terakhir.help")),
                    );
                }
                to
            }
            Target::Label(ident) => label_target(ident, known, spans, diagnostics),
        }
    };
    match symbol.kind {
        StepKind::End => {}
        StepKind::Decision => {
            for item in &symbol.exits {
                if let StepItemKind::Branch(branch) = &item.kind
                    && let Some(to) = target(&branch.target, diagnostics)
                {
                    let (jenis, default) = match branch.which {
                        BranchKey::Ya => (JenisAlur::Ya, "Ya"),
                        BranchKey::Tidak => (JenisAlur::Tidak, "Tidak"),
                    };
                    let label = branch
                        .label
                        .as_ref()
                        .map_or(default.to_owned(), |l| l.value.clone());
                    out.push((
                        Alur {
                            dari: index,
                            ke: to,
                            jenis,
                            label: Some(label),
                            garis: garis(branch.style),
                        },
                        branch.target.span(),
                    ));
                }
            }
        }
        _ => {
            let jumps: Vec<(&Target, ArrowStyle)> = symbol
                .exits
                .iter()
                .filter_map(|i| match &i.kind {
                    StepItemKind::Jump(jump) => Some(jump),
                    _ => None,
                })
                .flat_map(|jump| jump.targets.iter().map(|t| (t, jump.style)))
                .collect();
            if jumps.is_empty()
                && let Some(to) = next.default[index]
            {
                out.push((
                    Alur {
                        dari: index,
                        ke: to,
                        jenis: JenisAlur::Lanjut,
                        label: None,
                        garis: Garis::Panah,
                    },
                    symbol.span,
                ));
            }
            // A set, not a scan of the edges so far: a step may name thousands of targets.
            let mut seen = BTreeSet::new();
            for (jump, style) in jumps {
                if let Some(to) = target(jump, diagnostics)
                    && seen.insert(to)
                {
                    let edge = Alur {
                        dari: index,
                        ke: to,
                        jenis: JenisAlur::Lompat,
                        label: None,
                        garis: garis(style),
                    };
                    out.push((edge, jump.span()));
                }
            }
        }
    }
    out
}

/// The symbol a label names; SOP301 when none has it. What the flow rules need to know of
/// it goes into `spans`: the other steps of a label given twice, the step a misspelt label
/// likely meant, or that the arrow leads somewhere unknown.
fn label_target(
    ident: &ast::Ident,
    known: &Known<'_>,
    spans: &mut SymbolSpans,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let found = known.labels.get(ident.name.as_str()).copied();
    if found.is_some() {
        if let Some(twins) = known.twins.get(ident.name.as_str()) {
            spans.ambiguous.extend(twins);
        }
        return found;
    }
    let (diagnostic, meant) = unknown_target(ident, known);
    match meant {
        Some(meant) => spans.meant.push(meant),
        None => {
            spans
                .open_exit
                .get_or_insert((Code::UnknownTarget, ident.span));
        }
    }
    diagnostics.push(diagnostic);
    None
}

/// The targets of branches given twice, as arrows the flow rules follow.
fn follow_repeated(
    index: usize,
    symbol: &Written<'_>,
    next: &Next,
    known: &Known<'_>,
    spans: &mut SymbolSpans,
) {
    for item in &symbol.repeated {
        if let StepItemKind::Branch(branch) = &item.kind {
            let meant = match &branch.target {
                Target::Next(_) => next.row[index],
                Target::Label(ident) => known.labels.get(ident.name.as_str()).copied(),
            };
            spans.meant.extend(meant);
        }
    }
}

/// SOP301 for a label no step has, and the symbol it likely meant.
fn unknown_target(ident: &ast::Ident, known: &Known<'_>) -> (Diagnostic, Option<usize>) {
    let names = known
        .label_names
        .get_or_init(|| Names::new(known.labels.keys().copied()));
    let meant = names.meant(&ident.name, &known.budget);
    let help = match meant {
        Some(best) => crate::suggest::did_you_mean_help(best.name),
        None => Message::new("periksa-tujuan-tidak-dikenal.help").arg("label", ident.name.as_str()),
    };
    let mut diagnostic = Diagnostic::new(
        Code::UnknownTarget,
        Message::new("periksa-tujuan-tidak-dikenal").arg("label", ident.name.as_str()),
        ident.span,
        Message::new("periksa-tujuan-tidak-dikenal.label"),
    )
    .with_help(help);
    if known.labels.is_empty() {
        diagnostic = diagnostic.with_note(Message::new("periksa-tujuan-tidak-dikenal.note"));
    }
    let diagnostic = crate::suggest::with_fix(diagnostic, ident.span, meant);
    (
        diagnostic,
        meant.and_then(|m| known.labels.get(m.name).copied()),
    )
}

#[cfg(test)]
mod tests {
    use sopan_diagnostics::{Code, SourceFile};

    use crate::model::{Garis, Jenis, JenisAlur, Sop};

    /// The codes of `procedure` (the inside of `prosedur { … }`) with actors a, b, c, d,
    /// apart from SOP205 for the actors it leaves out.
    fn check(procedure: &str) -> (Vec<Code>, Option<Sop>) {
        let (codes, sop) = check_all(procedure);
        let codes = codes
            .into_iter()
            .filter(|&c| c != Code::UnusedActor)
            .collect();
        (codes, sop)
    }

    fn check_all(procedure: &str) -> (Vec<Code>, Option<Sop>) {
        let text = format!(
            "sop \"Rapat\" {{\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03 disahkan \"Camat\"\n  pelaksana {{ a \"A\" b \"B\" c \"C\" d \"D\" }}\n  prosedur {{\n{procedure}\n  }}\n}}\n"
        );
        let file = SourceFile::new("t.sop", text);
        let parsed = sopan_syntax::parse(&file);
        let Some(document) = parsed.document else {
            panic!("parses: {:?}", parsed.diagnostics);
        };
        let checked = crate::check(&document, file.text());
        (
            checked.diagnostics.iter().map(|d| d.code).collect(),
            checked.sop,
        )
    }

    /// The diagnostics of `procedure`, apart from SOP205 for the actors it leaves out.
    fn found(procedure: &str) -> Vec<sopan_diagnostics::Diagnostic> {
        let text = format!(
            "sop \"Rapat\" {{\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03 disahkan \"Camat\"\n  pelaksana {{ a \"A\" b \"B\" c \"C\" d \"D\" }}\n  prosedur {{\n{procedure}\n  }}\n}}\n"
        );
        let file = SourceFile::new("t.sop", text);
        let document = sopan_syntax::parse(&file).document.expect("parses");
        crate::check(&document, file.text())
            .diagnostics
            .into_iter()
            .filter(|d| d.code != Code::UnusedActor)
            .collect()
    }

    /// The model of a procedure whose only findings are unused actors (warnings).
    fn clean(procedure: &str) -> Sop {
        match check(procedure) {
            (codes, Some(sop)) if codes.is_empty() => sop,
            (codes, _) => panic!("should check clean, got {codes:?}"),
        }
    }

    /// The arrows as (from, to) symbol pairs.
    fn arrows(sop: &Sop) -> Vec<(usize, usize)> {
        sop.alur.iter().map(|a| (a.dari, a.ke)).collect()
    }

    const CELLS: &str = "waktu 5 menit output \"Berkas\"";

    #[test]
    fn symbols_of_a_row_chain_and_the_last_goes_on_to_the_next_row() {
        let sop = clean(&format!(
            "\"Menerima\" {{ mulai a  proses b  proses c  {CELLS} }}\n\"Menutup\" {{ selesai d {CELLS} }}"
        ));
        assert_eq!(sop.simbol.len(), 4);
        assert_eq!(sop.langkah[0].simbol, [0, 1, 2]);
        assert_eq!(sop.langkah[0].pelaksana, [0, 1, 2]);
        assert_eq!(arrows(&sop), [(0, 1), (1, 2), (2, 3)]);
        assert_eq!(sop.langkah[0].jenis, Jenis::Mulai);
    }

    #[test]
    fn alternatives_side_by_side_are_no_same_branch_and_lanjut_skips_to_the_next_row() {
        let sop = clean(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} }}\n\
             b keputusan \"Memilah\" {{ tanya \"Teknis?\" ya -> teknis  tidak -> admin {CELLS} }}\n\
             \"Memproses\" {{ teknis: proses c {{ -> lanjut }}  admin: proses d  {CELLS} }}\n\
             selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        // ya and tidak reach the two symbols of row 3; each goes on to row 4.
        assert_eq!(arrows(&sop), [(0, 1), (1, 2), (1, 3), (2, 4), (3, 4)]);
        assert_eq!(sop.simbol[1].teks.as_deref(), Some("Teknis?"));
    }

    #[test]
    fn both_exits_to_one_symbol_is_still_the_same_branch() {
        let (codes, _) = check(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} }}\n\
             \"Memeriksa\" {{ proses b  keputusan c \"Lengkap?\" {{ ya -> tutup  tidak -> tutup }} {CELLS} }}\n\
             tutup: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        assert_eq!(codes, [Code::SameBranches]);
    }

    #[test]
    fn two_starts_in_one_row_are_alternatives_that_both_lead_on() {
        let sop = clean(&format!(
            "\"Menerima surat\" {{ mulai a \"Langsung\"  mulai b \"Via email\"  {CELLS} }}\n\
             selesai c \"Mencatat\" {{ {CELLS} }}"
        ));
        assert!(!sop.simbol[0].alternatif && sop.simbol[1].alternatif);
        assert_eq!(arrows(&sop), [(0, 2), (1, 2)]);
    }

    #[test]
    fn an_actor_only_inside_a_row_is_used() {
        let (codes, _) = check_all(&format!(
            "\"Menerima\" {{ mulai a  proses d  {CELLS} }}\nselesai a \"Menutup\" {{ {CELLS} }}"
        ));
        // b and c have no symbol; d, named only inside row 1, is not reported.
        assert_eq!(codes, [Code::UnusedActor, Code::UnusedActor]);
    }

    #[test]
    fn a_two_way_arrow_lets_its_target_reach_an_end() {
        let sop = clean(&format!(
            "\"Menerima\" {{ mulai a  proses b {{ <-> arsip }}  arsip: proses c  {CELLS} }}\n\
             selesai a \"Menutup\" {{ {CELLS} }}"
        ));
        assert_eq!(sop.alur[1].garis, Garis::DuaArah);
        // One-way, the box in c would lead nowhere.
        let (codes, _) = check(&format!(
            "\"Menerima\" {{ mulai a  proses b {{ -> arsip }}  arsip: proses c {{ -> arsip }} {CELLS} }}\n\
             selesai a \"Menutup\" {{ {CELLS} }}"
        ));
        assert!(codes.contains(&Code::ClosedLoop), "{codes:?}");
    }

    #[test]
    fn dotted_arrows_do_not_count_in_the_totals() {
        let sop = clean(
            "mulai a \"Mengajukan\" { waktu 1 jam output \"B\" -> lanjut ..> info }\n\
             b \"Memeriksa\" { waktu 1 jam output \"B\" -> tutup }\n\
             info: c \"Mencatat\" { waktu 5 jam output \"B\" }\n\
             tutup: selesai a \"Menerima\" { waktu 1 jam output \"B\" }",
        );
        assert_eq!(sop.alur[1].garis, Garis::Titik);
        assert_eq!(sop.alur[1].jenis, JenisAlur::Lompat);
        assert_eq!(sop.ringkasan.semua_jalur.maks_detik, 3 * 3600);
    }

    #[test]
    fn printed_numbers_count_on_from_the_office_s_own() {
        let sop = clean(&format!(
            "mulai a \"Satu\" {{ {CELLS} }}\nb \"Dua\" {{ {CELLS} }}\nb \"Empat\" {{ nomor 4 {CELLS} }}\n\
             c \"Lima\" {{ {CELLS} }}\nd \"Enam\" {{ nomor \"6a\" {CELLS} }}\nselesai a \"Akhir\" {{ {CELLS} }}"
        ));
        let printed: Vec<&str> = sop.langkah.iter().map(|l| l.nomor_cetak.as_str()).collect();
        assert_eq!(printed, ["1", "2", "4", "5", "6a", "6"]);
        assert_eq!(sop.langkah[2].nomor, 3);
        let dotted = clean(&format!(
            "mulai a \"Satu\" {{ nomor \"1.\" {CELLS} }}\nselesai a \"Dua\" {{ {CELLS} }}"
        ));
        assert_eq!(dotted.langkah[1].nomor_cetak, "2.");
    }

    #[test]
    fn an_en_dash_range_is_a_range() {
        let sop = clean(&format!(
            "mulai a \"Satu\" {{ waktu 1 – 20 Hari Kerja output \"B\" }}\nselesai a \"Dua\" {{ {CELLS} }}"
        ));
        let waktu = sop.langkah[0].waktu.as_ref().expect("a waktu");
        assert_eq!(waktu.tertulis, "1 – 20 Hari Kerja");
        assert_eq!(waktu.min_detik, Some(86_400));
        assert_eq!(waktu.maks_detik, Some(20 * 86_400));
    }

    #[test]
    fn exits_of_a_listed_row_belong_to_its_symbols() {
        let (codes, _) = check(&format!(
            "\"Menerima\" {{ mulai a  proses b  -> tutup {CELLS} }}\ntutup: selesai a \"Menutup\" {{ {CELLS} }}"
        ));
        assert_eq!(codes, [Code::FieldNotAllowed]);
    }

    #[test]
    fn a_label_on_a_row_and_on_its_symbol_are_one_namespace() {
        let (codes, _) = check(&format!(
            "x: \"Menerima\" {{ mulai a  x: proses b  {CELLS} }}\nselesai a \"Menutup\" {{ {CELLS} }}"
        ));
        assert!(codes.contains(&Code::DuplicateLabel), "{codes:?}");
    }

    #[test]
    fn a_missing_branch_is_one_error_that_names_the_steps_it_leaves_unreached() {
        use sopan_diagnostics::{Arg, Message};
        let found = found(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} }}\n\
             b keputusan \"Memeriksa\" {{ ya -> serah {CELLS} }}\n\
             b \"Mengembalikan\" {{ {CELLS} -> akhir }}\n\
             serah: c \"Menyerahkan\" {{ {CELLS} }}\n\
             akhir: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        let codes: Vec<Code> = found.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::MissingBranch]);
        assert_eq!(
            found[0].notes,
            [Message::new("periksa-belum-tercapai")
                .arg("jumlah", 1_usize)
                .arg("daftar", "3")]
        );
        assert_eq!(
            found[0].help.as_ref().map(|h| h.args().to_vec()),
            Some(vec![("cabang", Arg::from("tidak"))])
        );
    }

    #[test]
    fn a_misspelt_target_is_followed_where_it_was_meant() {
        // `serha` is taken as `serah`: the step after it is reached, not reported.
        let (codes, _) = check(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} -> serha }}\n\
             b \"Mengetik\" {{ {CELLS} }}\n\
             serah: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        assert_eq!(codes, [Code::UnknownTarget, Code::Unreachable]);
        // With no likely match the target is unknown: the unreached steps are a note.
        let found = found(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} -> ke-mana }}\n\
             b \"Mengetik\" {{ {CELLS} }}\n\
             serah: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        let codes: Vec<Code> = found.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::UnknownTarget]);
        assert_eq!(found[0].notes.len(), 1);
    }

    #[test]
    fn a_label_given_twice_is_one_error_whatever_its_branches_meet() {
        let (codes, _) = check(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} }}\n\
             b keputusan \"Memeriksa\" {{ ya -> lanjut  tidak -> balik {CELLS} }}\n\
             balik: c \"Menandatangani\" {{ {CELLS} -> akhir }}\n\
             balik: b \"Mengembalikan\" {{ {CELLS} }}\n\
             akhir: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        assert_eq!(codes, [Code::DuplicateLabel]);
    }

    #[test]
    fn a_decision_given_a_jump_is_one_error() {
        let (codes, _) = check(&format!(
            "mulai a \"Mengajukan\" {{ {CELLS} }}\n\
             b keputusan \"Memeriksa\" {{ -> akhir {CELLS} }}\n\
             b \"Mengembalikan\" {{ {CELLS} }}\n\
             akhir: selesai a \"Menerima\" {{ {CELLS} }}"
        ));
        assert_eq!(codes, [Code::FieldNotAllowed]);
    }

    #[test]
    fn a_missing_pelaksana_list_is_one_error_that_counts_the_steps() {
        use sopan_diagnostics::Message;
        let text = format!(
            "sop \"Rapat\" {{\n  nomor \"1/2024\" dibuat 2024-01-02 efektif 2024-01-03 disahkan \"Camat\"\n  prosedur {{\n\
             mulai pemohon \"Mengajukan\" {{ {CELLS} }}\n\
             \"Memeriksa\" {{ proses staf  proses kasi-umum  {CELLS} }}\n\
             selesai pemohon \"Menerima\" {{ {CELLS} }}\n  }}\n}}\n"
        );
        let file = SourceFile::new("t.sop", text);
        let document = sopan_syntax::parse(&file).document.expect("parses");
        let diagnostics = crate::check(&document, file.text()).diagnostics;
        let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::EmptyProcedure]);
        assert_eq!(
            diagnostics[0].message,
            Message::new("periksa-prosedur-kosong.tanpa-daftar").arg("jumlah", 3_usize)
        );
        assert_eq!(
            diagnostics[0].help,
            Some(Message::new("periksa-prosedur-kosong.help-daftar").arg(
                "daftar",
                "pelaksana { pemohon \"Pemohon\" staf \"Staf\" kasi-umum \"Kasi Umum\" }"
            ))
        );
    }
}
