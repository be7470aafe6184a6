//! The AST back to text, in the layout docs/fmt.md describes.
//!
//! Every token is printed with the source span it came from, so the printer knows, at each
//! token, which comments of the source came before it: a comment is printed before the
//! first token that followed it in the source, own-line comments on their own line and
//! trailing comments at the end of the line of the token they followed. No comment can
//! move past a token, so none moves to another item.
//!
//! Whether a `{ … }` is printed on one line or one entry per line is the author's choice,
//! read from the source: a block written on one line (which cannot hold a comment) stays on
//! one line. The same goes for a line break between the texts of a list without braces.
//! Everything else (indentation, spaces, blank lines, alignment) is decided here.

use sopan_syntax::ast::{
    ArrowStyle, DateValue, Document, Duration, Ident, Item, ItemKind, List, Note, Related, Span,
    Step, StepItem, StepItemKind, StepKind, Symbol, Target, Text,
};

/// One level of indentation.
const INDENT: usize = 2;

/// Identity fields whose values line up: the key is padded to this width.
const IDENTITY_KEY_WIDTH: usize = 8;

/// `document` (parsed from `src`) in the canonical layout.
pub(crate) fn print(document: &Document, src: &str) -> String {
    let mut p = Printer {
        src,
        comments: &document.comments,
        next: 0,
        out: String::with_capacity(src.len() + src.len() / 8),
        line_empty: true,
        indent: 0,
        last_end: 0,
        first_in_block: true,
        level: 0,
    };
    p.child(document.sop.span.start);
    p.sop(document);
    p.finish();
    p.out
}

struct Printer<'s> {
    src: &'s str,
    comments: &'s [sopan_syntax::ast::Comment],
    /// The first comment not yet printed.
    next: usize,
    out: String,
    /// Nothing is written on the current output line yet.
    line_empty: bool,
    /// Where the current (or next) output line starts its text.
    indent: usize,
    /// Where in the source the last printed token or comment ends.
    last_end: usize,
    /// No child of the innermost block has been printed yet (no blank line before it).
    first_in_block: bool,
    /// The indentation of the innermost block's children: a block opened by one of them
    /// indents from here, wherever its `{` ends up.
    level: usize,
}

/// How the children of a block are separated when it stays on one line.
#[derive(Clone, Copy)]
enum Sep {
    /// One space: texts and references.
    Text,
    /// Two spaces: fields and entries, each a keyword or id with its value.
    Field,
}

impl Sep {
    fn as_str(self) -> &'static str {
        match self {
            Sep::Text => " ",
            Sep::Field => "  ",
        }
    }
}

impl Printer<'_> {
    // -----------------------------------------------------------------------------------
    // Source positions
    // -----------------------------------------------------------------------------------

    /// The first byte at or after `pos` that is neither whitespace nor inside a comment.
    fn skip_trivia(&self, mut pos: usize) -> usize {
        let bytes = self.src.as_bytes();
        while pos < bytes.len() {
            match bytes[pos] {
                b' ' | b'\t' | b'\n' | b'\r' => pos += 1,
                b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                    while pos < bytes.len() && bytes[pos] != b'\n' && bytes[pos] != b'\r' {
                        pos += 1;
                    }
                }
                // U+FEFF, which the grammar counts as whitespace.
                0xEF if bytes.get(pos + 1..pos + 3) == Some(&[0xBB, 0xBF]) => pos += 3,
                _ => break,
            }
        }
        pos
    }

    fn byte(&self, pos: usize) -> Option<u8> {
        self.src.as_bytes().get(pos).copied()
    }

    fn slice(&self, span: Span) -> &str {
        self.src.get(span.start..span.end).unwrap_or("")
    }

    fn breaks(&self, from: usize, to: usize) -> usize {
        let text = self.src.get(from..to).unwrap_or("");
        let bytes = text.as_bytes();
        bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
            .count()
    }

    /// Whether the source from `open` to `close` sits on one line.
    fn one_line(&self, open: usize, close: usize) -> bool {
        self.breaks(open, close) == 0
    }

    /// Whether the comment starting at `start` has only whitespace before it on its line.
    fn own_line(&self, start: usize) -> bool {
        let before = self.src.get(..start).unwrap_or("");
        let line = before
            .rfind(['\n', '\r'])
            .map_or(before, |i| &before[i + 1..]);
        line.chars().all(|c| matches!(c, ' ' | '\t' | '\u{FEFF}'))
    }

    // -----------------------------------------------------------------------------------
    // Output
    // -----------------------------------------------------------------------------------

    fn column(&self) -> usize {
        if self.line_empty {
            return self.indent;
        }
        let line = self
            .out
            .rfind('\n')
            .map_or(&self.out[..], |i| &self.out[i + 1..]);
        line.chars().count()
    }

    /// Ends the current line (unless nothing is on it); the next line starts at `indent`. A
    /// comment that trailed the last token in the source ends this line, as it did there.
    fn newline(&mut self, indent: usize) {
        if !self.line_empty {
            if let Some(comment) = self.comments.get(self.next)
                && comment.span.start >= self.last_end
                && self
                    .src
                    .get(self.last_end..comment.span.start)
                    .is_some_and(|gap| gap.chars().all(|c| matches!(c, ' ' | '\t' | '\u{FEFF}')))
            {
                self.trailing_comment();
            }
            self.out.push('\n');
            self.line_empty = true;
        }
        self.indent = indent;
    }

    /// Prints the next comment at the end of the current line, or of the last line written
    /// when the current one is empty.
    fn trailing_comment(&mut self) {
        let Some(comment) = self.comments.get(self.next) else {
            return;
        };
        self.next += 1;
        self.last_end = self.last_end.max(comment.span.end);
        let text = format!(" //{}", comment_text(&comment.text));
        if self.line_empty {
            let end = self.out.trim_end_matches('\n').len();
            self.out.insert_str(end, &text);
        } else {
            self.out.push_str(&text);
        }
    }

    /// Prints the next comment on a line of its own, at the current indentation.
    fn own_line_comment(&mut self) {
        let Some(comment) = self.comments.get(self.next) else {
            return;
        };
        self.next += 1;
        self.last_end = self.last_end.max(comment.span.end);
        self.out.push_str(&" ".repeat(self.indent));
        self.out.push_str("//");
        self.out.push_str(comment_text(&comment.text));
        self.out.push('\n');
        self.line_empty = true;
    }

    /// A blank line, unless the last line written is one (or nothing is).
    fn blank_line(&mut self) {
        if self.line_empty && !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// Starts a child of a block laid out one entry per line, whose first token is at
    /// `start`: the comments before it, each on its own line (or ending the line before), and
    /// a blank line wherever the source had one or more.
    fn child(&mut self, start: usize) {
        self.child_comments(start);
        if !self.first_in_block && start < self.src.len() && self.breaks(self.last_end, start) >= 2
        {
            self.blank_line();
        }
        self.first_in_block = false;
    }

    /// Prints `text`, the token the source holds at `span`, after `sep` when the line already
    /// has text. Comments the source holds before it are printed first; after one, the
    /// token starts a new line at `cont`.
    fn token(&mut self, text: &str, span: Span, sep: &str, cont: usize) {
        while let Some(comment) = self.comments.get(self.next) {
            if comment.span.start >= span.start {
                break;
            }
            if self.own_line(comment.span.start) {
                self.newline(cont);
                self.own_line_comment();
            } else {
                self.trailing_comment();
                self.newline(cont);
            }
            self.indent = cont;
        }
        if self.line_empty {
            self.out.push_str(&" ".repeat(self.indent));
        } else {
            self.out.push_str(sep);
        }
        self.out.push_str(text);
        self.line_empty = false;
        self.last_end = self.last_end.max(span.end);
    }

    /// A token copied from the source as written.
    fn copy(&mut self, span: Span, sep: &str, cont: usize) {
        let text = self.slice(span).to_owned();
        self.token(&text, span, sep, cont);
    }

    /// What follows the SOP block: the comments after it, and the final line break.
    fn finish(&mut self) {
        self.first_in_block = false;
        self.indent = 0;
        self.child(self.src.len());
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        if !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    // -----------------------------------------------------------------------------------
    // Blocks
    // -----------------------------------------------------------------------------------

    /// A `{ … }` whose `{` is at `open`: its children one per line (or on one line when the
    /// source had the block on one line and `always_break` is false), `print` printing child
    /// `i`, `starts[i]` where its first token is and `ends[i]` where its last one ends.
    fn block(
        &mut self,
        open: usize,
        starts: &[usize],
        ends: &[usize],
        sep: Sep,
        always_break: bool,
        mut print: impl FnMut(&mut Self, usize, usize),
    ) {
        let outer = self.level;
        self.token("{", Span::new(open, open + 1), " ", outer + 2 * INDENT);
        let after = ends.last().copied().unwrap_or(open + 1);
        let close = self.skip_trivia(after);
        let flat = (!always_break || starts.is_empty()) && self.one_line(open, close);
        if flat {
            for i in 0..starts.len() {
                // The child's first token is printed with no separator of its own.
                self.out.push_str(if i == 0 { " " } else { sep.as_str() });
                print(self, i, outer + 2 * INDENT);
            }
            self.token("}", Span::new(close, close + 1), " ", outer + 2 * INDENT);
            self.indent = outer;
            return;
        }
        let inner = outer + INDENT;
        let was_first = std::mem::replace(&mut self.first_in_block, true);
        self.level = inner;
        for (i, &start) in starts.iter().enumerate() {
            self.indent = inner;
            self.child(start);
            self.indent = inner;
            print(self, i, inner + 2 * INDENT);
        }
        self.indent = inner;
        self.child_comments(close);
        self.first_in_block = was_first;
        self.level = outer;
        self.newline(outer);
        self.token("}", Span::new(close, close + 1), " ", outer);
        self.indent = outer;
    }

    /// The comments before `close` (the `}` of a block laid out one entry per line, or the
    /// first token of its next child), each on its own line or ending the line before.
    fn child_comments(&mut self, close: usize) {
        let indent = self.indent;
        self.newline(indent);
        while let Some(comment) = self.comments.get(self.next) {
            if comment.span.start >= close {
                break;
            }
            if self.own_line(comment.span.start) {
                if !self.first_in_block && self.breaks(self.last_end, comment.span.start) >= 2 {
                    self.blank_line();
                }
                self.own_line_comment();
                self.first_in_block = false;
            } else {
                self.trailing_comment();
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // The file
    // -----------------------------------------------------------------------------------

    fn sop(&mut self, document: &Document) {
        let sop = &document.sop;
        let cont = 2 * INDENT;
        self.token(
            "sop",
            Span::new(sop.span.start, sop.span.start + 3),
            " ",
            cont,
        );
        self.copy(sop.name.span, " ", cont);
        let open = self.skip_trivia(sop.name.span.end);
        let starts: Vec<usize> = sop.items.iter().map(|i| i.span.start).collect();
        let ends: Vec<usize> = sop.items.iter().map(|i| i.span.end).collect();
        self.block(open, &starts, &ends, Sep::Field, true, |p, i, cont| {
            p.item(&sop.items[i], cont);
        });
    }

    fn key(&mut self, word: &str, span: Span, cont: usize) {
        self.token(word, span, " ", cont);
    }

    fn item(&mut self, item: &Item, cont: usize) {
        let key = self.slice(item.key_span).to_owned();
        let padded = " ".repeat(IDENTITY_KEY_WIDTH.saturating_sub(key.len()) + 1);
        match &item.kind {
            ItemKind::Id(ident) => {
                self.key(&key, item.key_span, cont);
                self.ident(ident, " ", cont);
            }
            ItemKind::Nomor(text) | ItemKind::Logo(text) => {
                self.key(&key, item.key_span, cont);
                self.copy(text.span, &padded, cont);
            }
            ItemKind::Templat(text) => {
                self.key(&key, item.key_span, cont);
                self.copy(text.span, " ", cont);
            }
            ItemKind::Instansi(texts) => {
                self.key(&key, item.key_span, cont);
                self.texts(texts, &padded);
            }
            ItemKind::Date(_, value) => {
                self.key(&key, item.key_span, cont);
                let span = match value {
                    DateValue::Date(_, span) => *span,
                    DateValue::Dash(span) => dash(*span),
                };
                self.copy(span, &padded, cont);
            }
            ItemKind::Disahkan(disahkan) => {
                self.key(&key, item.key_span, cont);
                self.copy(disahkan.jabatan.span, &padded, cont);
                self.signer(disahkan.jabatan.span.end, &disahkan.fields);
            }
            ItemKind::List(_, list) => {
                self.key(&key, item.key_span, cont);
                self.list(list, cont);
            }
            ItemKind::Bagian(title, list) => {
                self.key(&key, item.key_span, cont);
                self.copy(title.span, " ", cont);
                self.list(list, cont);
            }
            ItemKind::Keterkaitan(related, dash) => {
                self.key(&key, item.key_span, cont);
                self.keterkaitan(item.key_span.end, related, *dash, cont);
            }
            ItemKind::Pelaksana(actors) => {
                self.key(&key, item.key_span, cont);
                let open = self.skip_trivia(item.key_span.end);
                let width = actors.iter().map(|a| a.id.name.len()).max().unwrap_or(0);
                let starts: Vec<usize> = actors.iter().map(|a| a.span.start).collect();
                let ends: Vec<usize> = actors.iter().map(|a| a.name.span.end).collect();
                let flat = self.one_line(
                    open,
                    self.skip_trivia(ends.last().copied().unwrap_or(open + 1)),
                );
                self.block(open, &starts, &ends, Sep::Field, false, |p, i, cont| {
                    let actor = &actors[i];
                    p.ident(&actor.id, "", cont);
                    let pad = if flat {
                        " ".to_owned()
                    } else {
                        " ".repeat(width - actor.id.name.len() + 1)
                    };
                    p.copy(actor.name.span, &pad, cont);
                });
            }
            ItemKind::Prosedur(steps) => {
                self.key(&key, item.key_span, cont);
                let open = self.skip_trivia(item.key_span.end);
                let starts: Vec<usize> = steps.iter().map(|s| s.span.start).collect();
                let ends: Vec<usize> = steps.iter().map(|s| s.span.end).collect();
                self.block(open, &starts, &ends, Sep::Field, true, |p, i, cont| {
                    p.step(&steps[i], cont);
                });
            }
        }
    }

    /// The `{ nama … nip … }` of `disahkan`, when it has one.
    fn signer(&mut self, after: usize, fields: &[sopan_syntax::ast::SignerField]) {
        let open = self.skip_trivia(after);
        if self.byte(open) == Some(b'{') {
            let width = fields
                .iter()
                .map(|f| f.key.keyword().len())
                .max()
                .unwrap_or(0);
            let starts: Vec<usize> = fields.iter().map(|f| f.key_span.start).collect();
            let ends: Vec<usize> = fields.iter().map(|f| f.value.span.end).collect();
            let flat = self.one_line(
                open,
                self.skip_trivia(ends.last().copied().unwrap_or(open + 1)),
            );
            self.block(open, &starts, &ends, Sep::Field, false, |p, i, cont| {
                let field = &fields[i];
                let word = field.key.keyword();
                p.key(word, field.key_span, cont);
                let pad = if flat {
                    " ".to_owned()
                } else {
                    " ".repeat(width - word.len() + 1)
                };
                p.copy(field.value.span, &pad, cont);
            });
        }
    }

    fn ident(&mut self, ident: &Ident, sep: &str, cont: usize) {
        self.copy(ident.span, sep, cont);
    }

    /// Texts after a keyword, without braces: on the keyword's line, and where the source
    /// broke the line between two of them, the next one under the first.
    fn texts(&mut self, texts: &[Text], first_sep: &str) {
        let spans: Vec<Span> = texts.iter().map(|t| t.span).collect();
        self.sequence(&spans, first_sep, Sep::Text, |p, i, sep, cont| {
            p.copy(spans[i], sep, cont);
        });
    }

    /// Entries after a keyword, without braces, `print` printing entry `i` after `sep`.
    fn sequence(
        &mut self,
        spans: &[Span],
        first_sep: &str,
        sep: Sep,
        mut print: impl FnMut(&mut Self, usize, &str, usize),
    ) {
        if spans.is_empty() {
            return;
        }
        // The column the first entry starts at, where later lines line up.
        let column = if self.line_empty {
            self.indent
        } else {
            self.column() + first_sep.chars().count()
        };
        print(self, 0, first_sep, column);
        for i in 1..spans.len() {
            if self.breaks(spans[i - 1].end, spans[i].start) > 0 {
                self.newline(column);
            }
            print(self, i, sep.as_str(), column);
        }
    }

    /// A list value: `-`, `{ … }` or texts.
    fn list(&mut self, list: &List, cont: usize) {
        if let Some(span) = list.dash {
            self.copy(dash(span), " ", cont);
            return;
        }
        if self.byte(list.span.start) == Some(b'{') {
            let starts: Vec<usize> = list.items.iter().map(|t| t.span.start).collect();
            let ends: Vec<usize> = list.items.iter().map(|t| t.span.end).collect();
            self.block(
                list.span.start,
                &starts,
                &ends,
                Sep::Text,
                false,
                |p, i, cont| {
                    p.copy(list.items[i].span, "", cont);
                },
            );
        } else {
            self.texts(&list.items, " ");
        }
    }

    fn keterkaitan(
        &mut self,
        after_key: usize,
        related: &[Related],
        dash: Option<Span>,
        cont: usize,
    ) {
        if let Some(span) = dash {
            self.copy(self::dash(span), " ", cont);
            return;
        }
        let open = self.skip_trivia(after_key);
        if self.byte(open) == Some(b'{') {
            let width = related
                .iter()
                .filter_map(|r| r.id.as_ref().map(|id| id.name.len()))
                .max()
                .unwrap_or(0);
            let starts: Vec<usize> = related.iter().map(|r| r.span.start).collect();
            let ends: Vec<usize> = related.iter().map(|r| r.name.span.end).collect();
            let flat = self.one_line(
                open,
                self.skip_trivia(ends.last().copied().unwrap_or(open + 1)),
            );
            self.block(open, &starts, &ends, Sep::Field, false, |p, i, cont| {
                let entry = &related[i];
                match &entry.id {
                    Some(id) => {
                        p.ident(id, "", cont);
                        let pad = if flat {
                            " ".to_owned()
                        } else {
                            " ".repeat(width - id.name.len() + 1)
                        };
                        p.copy(entry.name.span, &pad, cont);
                    }
                    None => p.copy(entry.name.span, "", cont),
                }
            });
        } else {
            let spans: Vec<Span> = related.iter().map(|r| r.span).collect();
            self.sequence(&spans, " ", Sep::Field, |p, i, sep, cont| {
                let entry = &related[i];
                match &entry.id {
                    Some(id) => {
                        p.ident(id, sep, cont);
                        p.copy(entry.name.span, " ", cont);
                    }
                    None => p.copy(entry.name.span, sep, cont),
                }
            });
        }
    }

    // -----------------------------------------------------------------------------------
    // The procedure
    // -----------------------------------------------------------------------------------

    fn label(&mut self, label: Option<&Ident>, sep: &str, cont: usize) -> bool {
        let Some(label) = label else {
            return false;
        };
        let text = format!("{}:", label.name);
        self.token(
            &text,
            Span::new(label.span.start, label.span.end + 1),
            sep,
            cont,
        );
        true
    }

    fn actors(&mut self, actors: &[Ident], sep: &str, cont: usize) {
        let mut sep = sep;
        for (i, actor) in actors.iter().enumerate() {
            if i > 0 {
                let plus = self.skip_trivia(actors[i - 1].span.end);
                self.token("+", Span::new(plus, plus + 1), " ", cont);
                sep = " ";
            }
            self.ident(actor, sep, cont);
        }
    }

    fn step(&mut self, step: &Step, cont: usize) {
        let mut before = if self.label(step.label.as_ref(), "", cont) {
            " "
        } else {
            ""
        };
        let kind_span = step
            .kind_span
            .unwrap_or(Span::new(step.span.start, step.span.start));
        match step.kind {
            StepKind::Start { alternative } => {
                let word = if alternative {
                    "mulai alternatif"
                } else {
                    "mulai"
                };
                self.token(word, kind_span, before, cont);
                before = " ";
            }
            StepKind::End => {
                self.token("selesai", kind_span, before, cont);
                before = " ";
            }
            StepKind::Process | StepKind::Decision => {}
        }
        if !step.actors.is_empty() {
            self.actors(&step.actors, before, cont);
            before = " ";
        }
        if step.kind == StepKind::Decision {
            self.token("keputusan", kind_span, " ", cont);
            before = " ";
        }
        self.texts(&step.uraian, before);
        let after = step.uraian.last().map_or(step.span.start, |t| t.span.end);
        let open = self.skip_trivia(after);
        if self.byte(open) == Some(b'{') {
            self.step_items(open, &step.body);
        }
    }

    fn step_items(&mut self, open: usize, items: &[StepItem]) {
        let starts: Vec<usize> = items.iter().map(|i| i.span.start).collect();
        let ends: Vec<usize> = items.iter().map(|i| i.span.end).collect();
        self.block(open, &starts, &ends, Sep::Field, false, |p, i, cont| {
            p.step_item(&items[i], cont);
        });
    }

    fn step_item(&mut self, item: &StepItem, cont: usize) {
        let key = self.slice(item.key_span).to_owned();
        match &item.kind {
            StepItemKind::Kelengkapan(list) | StepItemKind::Output(list) => {
                self.token(&key, item.key_span, "", cont);
                self.list(list, cont);
            }
            StepItemKind::Waktu(duration) => {
                self.token(&key, item.key_span, "", cont);
                self.duration(duration, cont);
            }
            StepItemKind::Keterangan(notes) => {
                self.token(&key, item.key_span, "", cont);
                self.keterangan(item.key_span.end, notes, cont);
            }
            StepItemKind::Tanya(text) | StepItemKind::Teks(text) | StepItemKind::Nomor(text) => {
                self.token(&key, item.key_span, "", cont);
                self.copy(text.span, " ", cont);
            }
            StepItemKind::Branch(branch) => {
                self.token(branch.which.keyword(), item.key_span, "", cont);
                let mut after = item.key_span.end;
                if let Some(label) = &branch.label {
                    self.copy(label.span, " ", cont);
                    after = label.span.end;
                }
                let arrow = self.skip_trivia(after);
                let word = arrow_word(branch.style);
                self.token(word, Span::new(arrow, arrow + word.len()), " ", cont);
                self.target(&branch.target, " ", cont);
            }
            StepItemKind::Jump(jump) => {
                self.token(arrow_word(jump.style), item.key_span, "", cont);
                for (i, target) in jump.targets.iter().enumerate() {
                    if i > 0 {
                        let comma = self.skip_trivia(jump.targets[i - 1].span().end);
                        self.token(",", Span::new(comma, comma + 1), "", cont);
                    }
                    self.target(target, " ", cont);
                }
            }
            StepItemKind::Symbol(symbol) => self.symbol(symbol, cont),
        }
    }

    fn target(&mut self, target: &Target, sep: &str, cont: usize) {
        match target {
            Target::Next(span) => self.token("lanjut", *span, sep, cont),
            Target::Label(ident) => self.ident(ident, sep, cont),
        }
    }

    fn symbol(&mut self, symbol: &Symbol, cont: usize) {
        let sep = if self.label(symbol.label.as_ref(), "", cont) {
            " "
        } else {
            ""
        };
        let word = match symbol.kind {
            StepKind::Start { alternative: false } => "mulai",
            StepKind::Start { alternative: true } => "mulai alternatif",
            StepKind::End => "selesai",
            StepKind::Process => "proses",
            StepKind::Decision => "keputusan",
        };
        self.token(word, symbol.kind_span, sep, cont);
        self.actors(&symbol.actors, " ", cont);
        let mut after = symbol
            .actors
            .last()
            .map_or(symbol.kind_span.end, |a| a.span.end);
        if let Some(text) = &symbol.text {
            self.copy(text.span, " ", cont);
            after = text.span.end;
        }
        let open = self.skip_trivia(after);
        if self.byte(open) == Some(b'{') {
            self.step_items(open, &symbol.exits);
        }
    }

    fn keterangan(&mut self, after_key: usize, notes: &[Note], _cont: usize) {
        let span_of = |note: &Note| match note {
            Note::Text(text) => text.span,
            Note::Ref(ident) => ident.span,
            Note::Dash(span) => dash(*span),
        };
        let spans: Vec<Span> = notes.iter().map(span_of).collect();
        let open = self.skip_trivia(after_key);
        if self.byte(open) == Some(b'{') {
            let starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
            let ends: Vec<usize> = spans.iter().map(|s| s.end).collect();
            self.block(open, &starts, &ends, Sep::Text, false, |p, i, cont| {
                p.copy(spans[i], "", cont);
            });
        } else {
            self.sequence(&spans, " ", Sep::Text, |p, i, sep, cont| {
                p.copy(spans[i], sep, cont);
            });
        }
    }

    /// A duration as the checker reads it (`tertulis`): runs of whitespace become one space,
    /// none stays none, so `5-10 menit` and `1 - 20 hari kerja` keep their spelling.
    fn duration(&mut self, duration: &Duration, cont: usize) {
        let span = match duration {
            Duration::Dash(span) => dash(*span),
            Duration::Text(text) => text.span,
            Duration::Amount { amount, unit } => amount.span.join(unit.span),
            Duration::Range { from, unit, .. } => from.span.join(unit.span),
            Duration::Times { count, unit, .. } => count.span.join(unit.span),
        };
        let written = self.slice(span);
        if written.contains("//") {
            // A comment inside the amount is part of what the checker reads, so it stays
            // where it is; only the indentation of the lines changes.
            let indent = format!("\n{}", " ".repeat(cont));
            let text = written
                .lines()
                .map(|line| line.trim_matches([' ', '\t', '\r']))
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(&indent);
            self.token(&text, span, " ", cont);
            while self
                .comments
                .get(self.next)
                .is_some_and(|c| c.span.start < span.end)
            {
                self.next += 1;
            }
            return;
        }
        let text = written.split_whitespace().collect::<Vec<_>>().join(" ");
        self.token(&text, span, " ", cont);
    }
}

fn arrow_word(style: ArrowStyle) -> &'static str {
    match style {
        ArrowStyle::Single => "->",
        ArrowStyle::Double => "<->",
        ArrowStyle::Dotted => "..>",
    }
}

/// The `-` of an empty value. The grammar's `dash` rule looks past the `-` (to tell it from
/// `->` and from a negative number), so its span runs on over the whitespace after it.
fn dash(span: Span) -> Span {
    Span::new(span.start, span.start + 1)
}

/// A comment's text without the spaces that ended its line.
fn comment_text(text: &str) -> &str {
    text.trim_end_matches([' ', '\t'])
}
