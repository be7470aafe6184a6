//! What the features need of one parsed file: every name with where it is defined and
//! used, the rows with their printed numbers, the units written, and the sections.
//!
//! Built from an AST; when that AST was parsed from an older text (the file has a syntax
//! error now), [`Index::moved`] carries every span over to the current text and drops the
//! names that sat in the part that changed.

use sopan_diagnostics::Span;
use sopan_syntax::ast::{self, Duration, Item, ItemKind, Note, StepItem, StepItemKind, Target};

/// What a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// A step label: `periksa:` and `-> periksa`.
    Label,
    /// An actor id: `kasi "Kasi PMKS"` and `kasi "Memeriksa"`.
    Actor,
    /// A keterkaitan id: `surat-masuk "SOP Surat Masuk"` and `keterangan surat-masuk`.
    Related,
}

/// One written name: where it is defined or used.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) kind: Kind,
    pub(crate) name: String,
    pub(crate) span: Span,
    /// Where it is defined, not used.
    pub(crate) definition: bool,
    /// For a label: the row it names.
    pub(crate) row: Option<usize>,
}

/// One row of the procedure.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub(crate) span: Span,
    pub(crate) label: Option<String>,
    /// The Uraian Kegiatan, its lines joined by spaces.
    pub(crate) uraian: String,
    /// The number the sheet's No column prints.
    pub(crate) nomor: String,
}

/// An actor column or a keterkaitan entry: id, the text printed, where.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) span: Span,
    pub(crate) id_span: Span,
}

/// One item of the identity page.
#[derive(Clone, Debug)]
pub(crate) struct Field {
    pub(crate) key: String,
    pub(crate) value: String,
    /// Where the value is written (the whole item when it has no one value).
    pub(crate) value_span: Span,
    pub(crate) span: Span,
    pub(crate) key_span: Span,
}

/// A block of the `sop`: where it is and its keyword.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Block {
    pub(crate) span: Span,
    pub(crate) key_span: Span,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    pub(crate) title: String,
    pub(crate) sop: Span,
    pub(crate) title_span: Span,
    pub(crate) names: Vec<Mention>,
    pub(crate) rows: Vec<Row>,
    pub(crate) actors: Vec<Entry>,
    pub(crate) related: Vec<Entry>,
    pub(crate) identitas: Vec<Field>,
    pub(crate) units: Vec<(String, Span)>,
    pub(crate) pelaksana: Option<Block>,
    pub(crate) prosedur: Option<Block>,
    pub(crate) keterkaitan: Option<Block>,
}

impl Index {
    pub(crate) fn of(document: &ast::Document) -> Index {
        let sop = &document.sop;
        let mut index = Index {
            title: sop.name.value.clone(),
            sop: sop.span,
            title_span: sop.name.span,
            ..Index::default()
        };
        for item in &sop.items {
            index.item(item);
        }
        index
    }

    fn item(&mut self, item: &Item) {
        let block = Block {
            span: item.span,
            key_span: item.key_span,
        };
        match &item.kind {
            ItemKind::Pelaksana(actors) => {
                self.pelaksana = Some(block);
                for actor in actors {
                    self.define(Kind::Actor, &actor.id, None);
                    self.actors.push(Entry {
                        id: actor.id.name.clone(),
                        text: actor.name.value.clone(),
                        span: actor.span,
                        id_span: actor.id.span,
                    });
                }
            }
            ItemKind::Keterkaitan(entries, _) => {
                self.keterkaitan = Some(block);
                for entry in entries {
                    if let Some(id) = &entry.id {
                        self.define(Kind::Related, id, None);
                        self.related.push(Entry {
                            id: id.name.clone(),
                            text: entry.name.value.clone(),
                            span: entry.span,
                            id_span: id.span,
                        });
                    }
                }
            }
            ItemKind::Prosedur(steps) => {
                self.prosedur = Some(block);
                let numbers = sopan_check::printed_numbers(steps);
                for (row, step) in steps.iter().enumerate() {
                    self.step(row, step, numbers.get(row).cloned().unwrap_or_default());
                }
            }
            kind => {
                let key = match kind {
                    ItemKind::Id(_) => "id",
                    ItemKind::Nomor(_) => "nomor",
                    ItemKind::Instansi(_) => "instansi",
                    ItemKind::Logo(_) => "logo",
                    ItemKind::Date(key, _) => key.keyword(),
                    ItemKind::Disahkan(_) => "disahkan",
                    ItemKind::List(key, _) => key.keyword(),
                    ItemKind::Bagian(..) => "bagian",
                    ItemKind::Templat(_) => "templat",
                    ItemKind::Pelaksana(_) | ItemKind::Prosedur(_) | ItemKind::Keterkaitan(..) => {
                        return;
                    }
                };
                let value_span = match kind {
                    ItemKind::Id(id) => id.span,
                    ItemKind::Nomor(t) | ItemKind::Logo(t) | ItemKind::Templat(t) => t.span,
                    _ => item.span,
                };
                let value = match kind {
                    ItemKind::Id(id) => id.name.clone(),
                    ItemKind::Nomor(t) | ItemKind::Logo(t) | ItemKind::Templat(t) => {
                        t.value.clone()
                    }
                    ItemKind::Instansi(texts) => texts
                        .iter()
                        .map(|t| t.value.as_str())
                        .collect::<Vec<_>>()
                        .join(" / "),
                    ItemKind::Date(_, ast::DateValue::Date(date, _)) => date.clone(),
                    ItemKind::Disahkan(d) => d.jabatan.value.clone(),
                    ItemKind::Bagian(title, _) => title.value.clone(),
                    _ => String::new(),
                };
                self.identitas.push(Field {
                    key: key.to_owned(),
                    value,
                    value_span,
                    span: item.span,
                    key_span: item.key_span,
                });
            }
        }
    }

    fn step(&mut self, row: usize, step: &ast::Step, nomor: String) {
        if let Some(label) = &step.label {
            self.define(Kind::Label, label, Some(row));
        }
        for actor in &step.actors {
            self.use_name(Kind::Actor, actor);
        }
        let uraian = step
            .uraian
            .iter()
            .map(|t| t.value.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        self.rows.push(Row {
            span: step.span,
            label: step.label.as_ref().map(|l| l.name.clone()),
            uraian,
            nomor,
        });
        for item in &step.body {
            self.step_item(row, item);
        }
    }

    fn step_item(&mut self, row: usize, item: &StepItem) {
        match &item.kind {
            StepItemKind::Waktu(duration) => match duration {
                Duration::Amount { unit, .. }
                | Duration::Range { unit, .. }
                | Duration::Times { unit, .. } => {
                    self.units.push((unit.raw.to_lowercase(), unit.span));
                }
                Duration::Dash(_) | Duration::Text(_) => {}
            },
            StepItemKind::Keterangan(notes) => {
                for note in notes {
                    if let Note::Ref(id) = note {
                        self.use_name(Kind::Related, id);
                    }
                }
            }
            StepItemKind::Branch(branch) => self.target(&branch.target),
            StepItemKind::Jump(jump) => {
                for target in &jump.targets {
                    self.target(target);
                }
            }
            StepItemKind::Symbol(symbol) => {
                if let Some(label) = &symbol.label {
                    self.define(Kind::Label, label, Some(row));
                }
                for actor in &symbol.actors {
                    self.use_name(Kind::Actor, actor);
                }
                for exit in &symbol.exits {
                    self.step_item(row, exit);
                }
            }
            StepItemKind::Kelengkapan(_)
            | StepItemKind::Output(_)
            | StepItemKind::Tanya(_)
            | StepItemKind::Teks(_)
            | StepItemKind::Nomor(_) => {}
        }
    }

    fn target(&mut self, target: &Target) {
        if let Target::Label(label) = target {
            self.use_name(Kind::Label, label);
        }
    }

    fn define(&mut self, kind: Kind, id: &ast::Ident, row: Option<usize>) {
        self.names.push(Mention {
            kind,
            name: id.name.clone(),
            span: id.span,
            definition: true,
            row,
        });
    }

    fn use_name(&mut self, kind: Kind, id: &ast::Ident) {
        self.names.push(Mention {
            kind,
            name: id.name.clone(),
            span: id.span,
            definition: false,
            row: None,
        });
    }

    /// The name written at `offset` (its span holds the offset, or ends at it).
    pub(crate) fn name_at(&self, offset: usize) -> Option<&Mention> {
        self.names
            .iter()
            .find(|n| n.span.start <= offset && offset < n.span.end)
            .or_else(|| self.names.iter().find(|n| n.span.end == offset))
    }

    /// Where this SOP's `id` is written, when it is `id`.
    pub(crate) fn sop_id(&self, id: &str) -> Option<Span> {
        self.identitas
            .iter()
            .find(|f| f.key == "id" && f.value == id)
            .map(|f| f.value_span)
    }

    /// The row a label names, through its definition.
    pub(crate) fn row_of_label(&self, label: &str) -> Option<&Row> {
        let row = self
            .names
            .iter()
            .find(|n| n.kind == Kind::Label && n.definition && n.name == label)?
            .row?;
        self.rows.get(row)
    }

    pub(crate) fn definitions(&self, kind: Kind, name: &str) -> impl Iterator<Item = &Mention> {
        self.names
            .iter()
            .filter(move |n| n.kind == kind && n.definition && n.name == name)
    }

    pub(crate) fn all(&self, kind: Kind, name: &str) -> impl Iterator<Item = &Mention> {
        self.names
            .iter()
            .filter(move |n| n.kind == kind && n.name == name)
    }

    /// The labels of the file, each once, in source order.
    pub(crate) fn labels(&self) -> Vec<&Mention> {
        let mut seen = std::collections::BTreeSet::new();
        self.names
            .iter()
            .filter(|n| n.kind == Kind::Label && n.definition && seen.insert(n.name.as_str()))
            .collect()
    }

    /// This index, its spans carried from the text it was built on to the current one.
    pub(crate) fn moved(mut self, shift: &Shift) -> Index {
        self.names.retain_mut(|n| match shift.exact(n.span) {
            Some(span) => {
                n.span = span;
                true
            }
            None => false,
        });
        self.units.retain_mut(|(_, span)| match shift.exact(*span) {
            Some(moved) => {
                *span = moved;
                true
            }
            None => false,
        });
        for entry in self.actors.iter_mut().chain(self.related.iter_mut()) {
            entry.span = shift.loose(entry.span);
            entry.id_span = shift.loose(entry.id_span);
        }
        for field in &mut self.identitas {
            field.span = shift.loose(field.span);
            field.value_span = shift.loose(field.value_span);
            field.key_span = shift.loose(field.key_span);
        }
        for row in &mut self.rows {
            row.span = shift.loose(row.span);
        }
        for block in [
            &mut self.pelaksana,
            &mut self.prosedur,
            &mut self.keterkaitan,
        ]
        .into_iter()
        .flatten()
        {
            block.span = shift.loose(block.span);
            block.key_span = shift.loose(block.key_span);
        }
        self.sop = shift.loose(self.sop);
        self.title_span = shift.loose(self.title_span);
        self
    }
}

/// How an older text became the current one, line by line: the lines the two share (by a
/// line diff) keep their content, so a span on such a line moves with it; a span on a
/// changed line has no place in the new text.
#[derive(Clone, Debug)]
pub(crate) struct Shift {
    /// For each run of equal lines: its start in the old text, its end there, its start in
    /// the new text (byte offsets), in order.
    runs: Vec<(usize, usize, usize)>,
    new_len: usize,
}

impl Shift {
    pub(crate) fn between(old: &str, new: &str) -> Shift {
        let starts = |text: &str| -> Vec<usize> {
            let mut starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            starts.push(text.len());
            starts
        };
        let (old_starts, new_starts) = (starts(old), starts(new));
        // The deadline keeps a pathological pair of texts from stalling the editor: the
        // diff then approximates, and fewer names carry over.
        let diff = similar::TextDiff::configure()
            .timeout(std::time::Duration::from_millis(50))
            .diff_lines(old, new);
        let at = |starts: &[usize], line: usize| starts.get(line).copied().unwrap_or(usize::MAX);
        let runs = diff
            .ops()
            .iter()
            .filter_map(|op| match *op {
                similar::DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => Some((
                    at(&old_starts, old_index),
                    at(&old_starts, old_index + len),
                    at(&new_starts, new_index),
                )),
                _ => None,
            })
            .filter(|&(start, end, new_start)| start <= end && new_start != usize::MAX)
            .collect();
        Shift {
            runs,
            new_len: new.len(),
        }
    }

    /// A span that lies wholly within lines both texts share, moved; `None` otherwise.
    pub(crate) fn exact(&self, span: Span) -> Option<Span> {
        let &(start, _, new_start) = self
            .runs
            .iter()
            .find(|&&(start, end, _)| start <= span.start && span.end <= end)?;
        Some(Span::new(
            span.start - start + new_start,
            span.end - start + new_start,
        ))
    }

    /// A span moved, an end on a changed line pulled to the nearest shared line after it.
    pub(crate) fn loose(&self, span: Span) -> Span {
        let point = |offset: usize| {
            for &(start, end, new_start) in &self.runs {
                if offset < start {
                    return new_start;
                }
                if offset <= end {
                    return offset - start + new_start;
                }
            }
            self.new_len
        };
        let start = point(span.start).min(self.new_len);
        Span::new(start, point(span.end).clamp(start, self.new_len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shift_moves_what_lies_after_the_change() {
        let old = "aaa\nbbb\nccc\nddd\n";
        let new = "aaa\nbXXbb\nccc\nNEW\nddd\n";
        let shift = Shift::between(old, new);
        assert_eq!(shift.exact(Span::new(0, 3)), Some(Span::new(0, 3)));
        // `ccc` after a changed line, `ddd` after an inserted one.
        assert_eq!(shift.exact(Span::new(8, 11)), Some(Span::new(10, 13)));
        assert_eq!(shift.exact(Span::new(12, 15)), Some(Span::new(18, 21)));
        assert_eq!(shift.exact(Span::new(4, 7)), None);
        assert_eq!(shift.loose(Span::new(4, 7)), Span::new(4, 10));
        assert_eq!(shift.loose(Span::new(0, 7)), Span::new(0, 10));
        let same = Shift::between(old, old);
        assert_eq!(same.exact(Span::new(4, 7)), Some(Span::new(4, 7)));
    }
}
