//! The procedure: steps to model rows, their fields checked against their kind, and the
//! explicit edge list of the flowchart.
//!
//! Edge rules (docs/language.md, "Alur"): an end has no exit; a decision has exactly the
//! exits its `ya`/`tidak` lines give; any other step goes where its `->` says, or else to
//! the next row that is not an alternative start.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use sopan_diagnostics::{Code, Diagnostic, Span};
use sopan_syntax::ast::{self, BranchKey, Note, StepItemKind, StepKind, Target};

use crate::duration;
use crate::model::{Alur, Catatan, Jenis, JenisAlur, Langkah, Sop};
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
    /// The decision's branches, by key.
    pub(crate) branches: BTreeMap<BranchKey, Span>,
    /// The declared actors that the step's unknown actor names were suggested for (SOP201's
    /// "did you mean"), so the column meant is not reported again as unused.
    pub(crate) meant_actors: Vec<usize>,
    /// Whether an exit names a step that does not exist (reported once, as SOP301).
    pub(crate) unresolved_exit: bool,
    /// Free-text entries of the Keterangan cell.
    pub(crate) notes: Vec<(String, Span)>,
}

pub(crate) fn resolve(
    steps: &[ast::Step],
    actors: &BTreeMap<String, usize>,
    sop: &mut Sop,
    spans: &mut Spans,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let labels = labels(steps, diagnostics);
    let related: BTreeMap<&str, usize> = sop
        .keterkaitan
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.id.as_deref().map(|id| (id, i)))
        .collect();
    let known = Known {
        actors,
        actor_names: OnceCell::new(),
        related: &related,
        related_names: OnceCell::new(),
        labels: &labels,
        label_names: OnceCell::new(),
        budget: Budget::new(),
    };
    let mut langkah = Vec::with_capacity(steps.len());
    for (index, step) in steps.iter().enumerate() {
        let (row, step_spans) = row(index, step, &known, source, diagnostics);
        langkah.push(row);
        spans.steps.push(step_spans);
    }
    sop.langkah = langkah;
    let next = next_rows(steps);
    for (index, step) in steps.iter().enumerate() {
        let before = diagnostics.len();
        for (edge, span) in edges(index, step, &next, &known, steps, diagnostics) {
            sop.alur.push(edge);
            spans.edges.push(span);
        }
        spans.steps[index].unresolved_exit = diagnostics[before..]
            .iter()
            .any(|d| d.code == Code::UnknownTarget);
    }
}

/// Label → row index; SOP203 for a label used twice.
fn labels<'a>(
    steps: &'a [ast::Step],
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<&'a str, usize> {
    let mut labels: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, step) in steps.iter().enumerate() {
        let Some(label) = &step.label else { continue };
        if let Some(&first) = labels.get(label.name.as_str()) {
            let first_span = steps[first]
                .label
                .as_ref()
                .map_or(steps[first].span, |l| l.span);
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateLabel,
                    format!("step label `{}` is used twice", label.name),
                    label.span,
                    "used again here",
                )
                .with_label(first_span, "first used here")
                .with_help("give each step its own label, so every branch and jump has one target"),
            );
            continue;
        }
        labels.insert(&label.name, index);
    }
    labels
}

/// The names steps refer to, indexed for suggestions only when a name is unknown.
struct Known<'a> {
    actors: &'a BTreeMap<String, usize>,
    actor_names: OnceCell<Names<'a>>,
    related: &'a BTreeMap<&'a str, usize>,
    related_names: OnceCell<Names<'a>>,
    labels: &'a BTreeMap<&'a str, usize>,
    label_names: OnceCell<Names<'a>>,
    /// One budget for every suggestion of the file.
    budget: Budget,
}

fn row(
    index: usize,
    step: &ast::Step,
    known: &Known<'_>,
    source: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Langkah, StepSpans) {
    let head_end = step.uraian.last().map_or(step.span.end, |t| t.span.end);
    let mut spans = StepSpans {
        head: Span::new(step.span.start, head_end),
        ..StepSpans::default()
    };
    let mut pelaksana = Vec::new();
    for actor in &step.actors {
        match known.actors.get(&actor.name) {
            Some(&i) if pelaksana.contains(&i) => {}
            Some(&i) => pelaksana.push(i),
            None => {
                let names = known
                    .actor_names
                    .get_or_init(|| Names::new(known.actors.keys().map(String::as_str)));
                let meant = names.did_you_mean(&actor.name, &known.budget);
                diagnostics.push(unknown_actor(actor, meant));
                spans
                    .meant_actors
                    .extend(meant.and_then(|m| known.actors.get(m).copied()));
            }
        }
    }
    let (jenis, alternatif) = match step.kind {
        StepKind::Process => (Jenis::Proses, false),
        StepKind::Start { alternative } => (Jenis::Mulai, alternative),
        StepKind::End => (Jenis::Selesai, false),
        StepKind::Decision => (Jenis::Keputusan, false),
    };
    let mut row = Langkah {
        nomor: index + 1,
        label: step.label.as_ref().map(|l| l.name.clone()),
        jenis,
        alternatif,
        pelaksana,
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
    for item in &step.body {
        let key = item_key(&item.kind);
        if let Some(message) = not_allowed(step.kind, &item.kind) {
            diagnostics.push(
                Diagnostic::new(
                    Code::FieldNotAllowed,
                    message.0,
                    item.key_span,
                    "not allowed here",
                )
                .with_help(message.1),
            );
            continue;
        }
        // Branches are keyed by which exit, so `ya` and `tidak` may both appear once.
        let seen_key = match &item.kind {
            StepItemKind::Branch(b) => b.which.keyword(),
            _ => key,
        };
        if key != "->" {
            if let Some(&first) = seen.get(seen_key) {
                diagnostics.push(duplicate_field(seen_key, item.key_span, first));
                continue;
            }
            seen.insert(seen_key, item.key_span);
        }
        fill(&mut row, &mut spans, item, known, source, diagnostics);
    }
    (row, spans)
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
        StepItemKind::Branch(branch) => {
            spans.branches.insert(branch.which, item.span);
        }
        StepItemKind::Jump(_) => {}
    }
}

fn unknown_reference(id: &ast::Ident, known: &Known<'_>) -> Diagnostic {
    let names = known
        .related_names
        .get_or_init(|| Names::new(known.related.keys().copied()));
    let help = names.help(
        &id.name,
        &known.budget,
        &format!(
            "add `{} \"Nama SOP\"` to `keterkaitan`, or quote the text: `keterangan \"{}\"`",
            id.name, id.name
        ),
    );
    Diagnostic::new(
        Code::UnknownReference,
        format!("`{}` is not an entry of `keterkaitan`", id.name),
        id.span,
        "unknown keterkaitan id",
    )
    .with_help(help)
}

fn item_key(kind: &StepItemKind) -> &'static str {
    match kind {
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
fn not_allowed(kind: StepKind, item: &StepItemKind) -> Option<(String, String)> {
    match (kind, item) {
        (StepKind::Decision, StepItemKind::Jump(_)) => Some((
            "a decision leaves through `ya` and `tidak`, not `->`".to_owned(),
            "write `ya -> …` and `tidak -> …` instead of `->`".to_owned(),
        )),
        (StepKind::End, StepItemKind::Jump(_)) => Some((
            "an end step (`selesai`) has no next step".to_owned(),
            "remove the `->`, or make the step a process by removing `selesai`".to_owned(),
        )),
        (StepKind::Decision, _) => None,
        (_, StepItemKind::Branch(b)) => Some((
            format!("`{}` is an exit of a decision, but this step is not a decision", b.which.keyword()),
            "write `keputusan` after the actor to make the step a decision, or use `-> label` to jump".to_owned(),
        )),
        (_, StepItemKind::Tanya(_)) => Some((
            "`tanya` is the question inside a decision diamond, but this step is not a decision".to_owned(),
            "write `keputusan` after the actor to make the step a decision".to_owned(),
        )),
        _ => None,
    }
}

/// For each row, the row `lanjut` means: the next one that is not an alternative start.
fn next_rows(steps: &[ast::Step]) -> Vec<Option<usize>> {
    let mut next = vec![None; steps.len()];
    let mut following = None;
    for index in (0..steps.len()).rev() {
        next[index] = following;
        if !matches!(steps[index].kind, StepKind::Start { alternative: true }) {
            following = Some(index);
        }
    }
    next
}

fn edges(
    index: usize,
    step: &ast::Step,
    next: &[Option<usize>],
    known: &Known<'_>,
    steps: &[ast::Step],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(Alur, Span)> {
    let mut out = Vec::new();
    let target = |t: &Target, diagnostics: &mut Vec<Diagnostic>| -> Option<usize> {
        match t {
            Target::Next(span) => {
                if next[index].is_none() {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::UnknownTarget,
                            "`lanjut` on the last step has no next step to go to",
                            *span,
                            "no next step",
                        )
                        .with_help(
                            "name the step to go to, or end the procedure with a `selesai` step",
                        ),
                    );
                }
                next[index]
            }
            Target::Label(ident) => {
                let found = known.labels.get(ident.name.as_str()).copied();
                if found.is_none() {
                    diagnostics.push(unknown_target(ident, known, steps));
                }
                found
            }
        }
    };
    match step.kind {
        StepKind::End => {}
        StepKind::Decision => {
            let mut seen = Vec::new();
            for item in &step.body {
                // A second `ya` or `tidak` is reported (SOP105) and, as the message says,
                // ignored: it makes no arrow.
                if let StepItemKind::Branch(branch) = &item.kind
                    && !seen.contains(&branch.which)
                    && let Some(to) = target(&branch.target, diagnostics)
                {
                    seen.push(branch.which);
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
                        },
                        branch.target.span(),
                    ));
                }
            }
        }
        _ => {
            let jumps: Vec<&Target> = step
                .body
                .iter()
                .filter_map(|i| match &i.kind {
                    StepItemKind::Jump(targets) => Some(targets),
                    _ => None,
                })
                .flatten()
                .collect();
            if jumps.is_empty()
                && let Some(to) = next[index]
            {
                out.push((
                    Alur {
                        dari: index,
                        ke: to,
                        jenis: JenisAlur::Lanjut,
                        label: None,
                    },
                    step.span,
                ));
            }
            // A set, not a scan of the edges so far: a step may name thousands of targets.
            let mut seen = BTreeSet::new();
            for jump in jumps {
                if let Some(to) = target(jump, diagnostics)
                    && seen.insert(to)
                {
                    let edge = Alur {
                        dari: index,
                        ke: to,
                        jenis: JenisAlur::Lompat,
                        label: None,
                    };
                    out.push((edge, jump.span()));
                }
            }
        }
    }
    out
}

fn unknown_target(ident: &ast::Ident, known: &Known<'_>, steps: &[ast::Step]) -> Diagnostic {
    let names = known
        .label_names
        .get_or_init(|| Names::new(known.labels.keys().copied()));
    let help = names.help(
        &ident.name,
        &known.budget,
        &format!("put `{}:` before the step to go to", ident.name),
    );
    let mut diagnostic = Diagnostic::new(
        Code::UnknownTarget,
        format!("no step is labelled `{}`", ident.name),
        ident.span,
        "unknown step label",
    )
    .with_help(help);
    if known.labels.is_empty() && !steps.is_empty() {
        diagnostic = diagnostic.with_note("steps are named by labels (`periksa: kasi \"…\"`), not by their numbers, which change when rows move");
    }
    diagnostic
}
