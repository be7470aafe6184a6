//! Help for a syntax error, chosen from where the parser stopped and what stands there.
//!
//! The parser's state is what it would have accepted ([`Expect`]) and the token it found.
//! Slips that are never Sopan whatever the place (a `#` comment, a quote copied from Word, a
//! non-breaking space) are named by the character alone; a word is compared with the
//! keywords that could stand at that place, first for case, then as an English word or the
//! word an office sheet uses, then by spelling. Only a bare word where a text was expected
//! gets the advice to quote it.

use sopan_diagnostics::{Code, Diagnostic, Message, Span};

use crate::keywords::{SOP_ITEMS, STEP_FIELDS};
use crate::syntax_error::Expect;

/// The words that shape a step's head, before or after its pelaksana.
const STEP_HEAD: &[&str] = &["mulai", "selesai", "keputusan"];

/// A word that starts something inside a step's braces: a field, or the next step's head.
fn step_word(word: &str) -> bool {
    STEP_FIELDS.contains(&word) || word == "proses" || STEP_HEAD.contains(&word)
}

/// English words authors try, and the Sopan keyword for each.
const ENGLISH: &[(&str, &str)] = &[
    ("end", "selesai"),
    ("finish", "selesai"),
    ("stop", "selesai"),
    ("start", "mulai"),
    ("begin", "mulai"),
    ("yes", "ya"),
    ("no", "tidak"),
    ("next", "lanjut"),
    ("continue", "lanjut"),
    ("decision", "keputusan"),
    ("if", "keputusan"),
    ("time", "waktu"),
    ("duration", "waktu"),
    ("procedure", "prosedur"),
    ("steps", "prosedur"),
    ("process", "proses"),
    ("actors", "pelaksana"),
    ("actor", "pelaksana"),
    ("number", "nomor"),
    ("name", "nama"),
    ("question", "tanya"),
    ("note", "keterangan"),
    ("notes", "keterangan"),
    ("requirements", "kelengkapan"),
    ("requirement", "kelengkapan"),
    ("approved", "disahkan"),
    ("signed", "disahkan"),
    ("created", "dibuat"),
    ("effective", "efektif"),
    ("revision", "revisi"),
    ("revised", "revisi"),
    ("text", "teks"),
    ("equipment", "peralatan"),
    ("warning", "peringatan"),
    ("warnings", "peringatan"),
    ("records", "pencatatan"),
    ("qualification", "kualifikasi"),
    ("qualifications", "kualifikasi"),
    ("related", "keterkaitan"),
    ("section", "bagian"),
    ("template", "templat"),
    ("rank", "pangkat"),
    ("alternative", "alternatif"),
];

/// The words real SOP sheets print for a column or section that Sopan names otherwise.
const OFFICE: &[(&str, &str)] = &[
    ("persyaratan", "kelengkapan"),
    ("syarat", "kelengkapan"),
    ("pendataan", "pencatatan"),
    ("perlengkapan", "peralatan"),
    ("hasil", "output"),
    ("keluaran", "output"),
    ("ket", "keterangan"),
    ("catatan", "keterangan"),
    ("durasi", "waktu"),
    ("lama", "waktu"),
    ("pembuatan", "dibuat"),
    ("pengesahan", "disahkan"),
    ("pertanyaan", "tanya"),
    ("dasar", "dasar-hukum"),
    ("jabatan", "disahkan"),
];

/// What to tell the author, when the parser's state makes it clear.
pub(crate) struct Advice {
    /// Where the mistake is, when it is not the token the parser stopped at.
    pub(crate) span: Option<Span>,
    /// The sentence, when it is more precise than "expected X here".
    pub(crate) message: Option<Message>,
    /// What to do.
    pub(crate) help: Message,
    /// The replacement that fixes it, when it is a plain one.
    pub(crate) suggestion: Option<(Span, String)>,
}

impl Advice {
    fn help(help: Message) -> Self {
        Advice {
            span: None,
            message: None,
            help,
            suggestion: None,
        }
    }

    fn replace(mut self, span: Span, text: impl Into<String>) -> Self {
        self.suggestion = Some((span, text.into()));
        self
    }
}

/// Where the parser stopped: the whole text, the offset, the token found there and what the
/// parser would have accepted.
pub(crate) struct Place<'a> {
    pub(crate) text: &'a str,
    pub(crate) offset: usize,
    pub(crate) found: &'a str,
    pub(crate) expected: &'a [Expect],
}

impl Place<'_> {
    fn expects(&self, e: Expect) -> bool {
        self.expected.contains(&e)
    }

    fn span(&self) -> Span {
        Span::new(self.offset, self.offset + self.found.len())
    }

    fn is_word(&self) -> bool {
        !self.found.is_empty()
            && self
                .found
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    }

    /// The keywords that could stand where the parser stopped.
    fn keywords(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.expects(Expect::Section) {
            out.extend_from_slice(SOP_ITEMS);
        }
        if self.expects(Expect::StepField) {
            out.extend_from_slice(STEP_FIELDS);
            out.push("proses");
            out.extend_from_slice(STEP_HEAD);
        }
        if self.expects(Expect::Sop) {
            out.push("sop");
        }
        if self.expects(Expect::SignerField) {
            out.extend_from_slice(&["nama", "pangkat", "nip"]);
        }
        if self.expects(Expect::Keputusan) {
            out.push("keputusan");
        }
        if self.expects(Expect::Target) {
            out.push("lanjut");
        }
        if self.expects(Expect::Alternatif) {
            out.push("alternatif");
        }
        out
    }
}

/// The advice for a syntax error at `place`, if any fits.
pub(crate) fn advise(place: &Place<'_>) -> Option<Advice> {
    if let Some(advice) = character(place) {
        return Some(advice);
    }
    if let Some(advice) = colon(place) {
        return Some(advice);
    }
    if let Some(advice) = date(place) {
        return Some(advice);
    }
    if let Some(advice) = missing_value(place) {
        return Some(advice);
    }
    if place.is_word() {
        let keywords = place.keywords();
        if let Some(advice) = keyword_like(place.found, place.span(), &keywords) {
            return Some(advice);
        }
        if place.expects(Expect::Keputusan)
            && let Some(advice) = after_actor(place)
        {
            return Some(advice);
        }
    }
    by_state(place)
}

/// A word that is a keyword of `keywords` in another case, in English, in an office's
/// words, or misspelt.
fn keyword_like(word: &str, span: Span, keywords: &[&'static str]) -> Option<Advice> {
    let lower = word.to_lowercase();
    if lower != word
        && let Some(&keyword) = keywords.iter().find(|k| **k == lower)
    {
        return Some(
            Advice::help(
                Message::new("sintaks-huruf-besar.help")
                    .arg("kata", keyword)
                    .arg("ditemukan", word),
            )
            .replace(span, keyword),
        );
    }
    let known = |table: &[(&str, &'static str)]| {
        table
            .iter()
            .find(|(w, k)| *w == lower && keywords.contains(k))
            .map(|(_, k)| *k)
    };
    if let Some(keyword) = known(ENGLISH) {
        return Some(
            Advice::help(
                Message::new("sintaks-kata-inggris.help")
                    .arg("kata", keyword)
                    .arg("ditemukan", word),
            )
            .replace(span, keyword),
        );
    }
    if let Some(keyword) = known(OFFICE) {
        return Some(
            Advice::help(
                Message::new("sintaks-padanan.help")
                    .arg("kata", keyword)
                    .arg("ditemukan", word),
            )
            .replace(span, keyword),
        );
    }
    let keyword = closest(&lower, keywords)?;
    Some(
        Advice::help(
            Message::new("sintaks-mungkin.help")
                .arg("kata", keyword)
                .arg("ditemukan", word),
        )
        .replace(span, keyword),
    )
}

/// The keyword `word` is most likely a misspelling of: one or two letters off, fewer for a
/// short word, so that a real id is not mistaken for a keyword.
pub(crate) fn closest(word: &str, keywords: &[&'static str]) -> Option<&'static str> {
    let allowed = if word.chars().count() <= 4 { 1 } else { 2 };
    keywords
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(d, k)| *d > 0 && *d <= allowed && k.len() > 2)
        .min()
        .map(|(_, k)| k)
}

/// The previous word of the text before `offset`, and its span, skipping spaces.
fn previous_word(text: &str, offset: usize) -> Option<(&str, Span)> {
    let before = text.get(..offset)?.trim_end_matches([' ', '\t']);
    let end = before.len();
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        .last()
        .map(|(i, _)| i)?;
    Some((&text[start..end], Span::new(start, end)))
}

/// Right after a step's pelaksana (`kasi ▮`): the word before was meant as `mulai` or
/// `selesai`, or two pelaksana lack their `+`, or the uraian lacks its quotes.
fn after_actor(place: &Place<'_>) -> Option<Advice> {
    let (previous, span) = previous_word(place.text, place.offset)?;
    if let Some(mut advice) = keyword_like(previous, span, STEP_HEAD) {
        advice.span = Some(span);
        advice.message = Some(Message::new("sintaks-bukan-pelaksana").arg("kata", previous));
        return Some(advice);
    }
    let line_rest = place.text[place.offset..].lines().next().unwrap_or("");
    let after = line_rest[place.found.len()..].trim_start();
    if after.starts_with('"') {
        let between = Span::new(span.end, place.offset);
        return Some(
            Advice::help(
                Message::new("sintaks-pelaksana-tanpa-plus.help")
                    .arg("pertama", previous)
                    .arg("kedua", place.found),
            )
            .replace(between, " + "),
        );
    }
    Some(quote_words(place))
}

/// Advice on a character that is never Sopan.
fn character(place: &Place<'_>) -> Option<Advice> {
    let rest = &place.text[place.offset..];
    let c = rest.chars().next()?;
    let one = Span::new(place.offset, place.offset + c.len_utf8());
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2018}' | '\u{2019}' | '\u{00AB}'
        | '\u{00BB}' => curly_quote(place, c),
        '#' => {
            let line = rest.lines().next().unwrap_or("");
            let comment = line.trim_start_matches('#').trim_start();
            Advice {
                span: Some(one),
                message: Some(Message::new("sintaks-komentar-pagar")),
                help: Message::new("sintaks-komentar-pagar.help"),
                suggestion: Some((
                    Span::new(place.offset, place.offset + line.len()),
                    format!("// {comment}"),
                )),
            }
        }
        '/' if rest.starts_with("/*") => Advice {
            span: Some(Span::new(place.offset, place.offset + 2)),
            message: Some(Message::new("sintaks-komentar-blok")),
            help: Message::new("sintaks-komentar-blok.help"),
            suggestion: None,
        },
        '\u{2192}' | '\u{21D2}' | '\u{27F6}' | '\u{2794}' | '\u{279C}' => Advice {
            span: Some(one),
            message: Some(Message::new("sintaks-panah-unicode").arg("tanda", c)),
            help: Message::new("sintaks-panah-unicode.help"),
            suggestion: Some((one, "->".to_owned())),
        },
        ';' => Advice::help(Message::new("sintaks-titik-koma.help")).replace(one, ""),
        ',' => Advice::help(Message::new("sintaks-koma.help")).replace(one, ""),
        '&' => Advice::help(Message::new("sintaks-dan.help")).replace(one, "+"),
        '{' if place.text[..place.offset].trim_end().ends_with('{') => Advice {
            span: Some(one),
            message: Some(Message::new("sintaks-kurung-ganda")),
            help: Message::new("sintaks-kurung-ganda.help"),
            suggestion: Some((one, String::new())),
        },
        _ => return invisible(c, one),
    })
}

/// A quote from a word processor: the whole quoted text is rewritten with straight quotes
/// when it closes on its line.
fn curly_quote(place: &Place<'_>, c: char) -> Advice {
    let rest = &place.text[place.offset..];
    let line = rest.lines().next().unwrap_or("");
    let close = line[c.len_utf8()..]
        .char_indices()
        .find(|&(_, q)| matches!(q, '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '"'))
        .map(|(i, q)| c.len_utf8() + i + q.len_utf8());
    let (span, replacement) = match close {
        Some(end) => {
            let inner =
                &line[c.len_utf8()..end - line[..end].chars().last().map_or(0, char::len_utf8)];
            (
                Span::new(place.offset, place.offset + end),
                format!("\"{inner}\""),
            )
        }
        None => (
            Span::new(place.offset, place.offset + c.len_utf8()),
            "\"".to_owned(),
        ),
    };
    Advice {
        span: Some(Span::new(place.offset, place.offset + c.len_utf8())),
        message: Some(Message::new("sintaks-petik-miring").arg("tanda", c)),
        help: Message::new("sintaks-petik-miring.help").arg("saran", replacement.clone()),
        suggestion: Some((span, replacement)),
    }
}

/// An invisible or unusual space between tokens, named so the author can find it.
fn invisible(c: char, span: Span) -> Option<Advice> {
    let (name, space) = match c {
        '\u{00A0}' => ("NO-BREAK SPACE", true),
        '\u{2007}' => ("FIGURE SPACE", true),
        '\u{202F}' => ("NARROW NO-BREAK SPACE", true),
        '\u{2002}' => ("EN SPACE", true),
        '\u{2003}' => ("EM SPACE", true),
        '\u{2009}' => ("THIN SPACE", true),
        '\u{3000}' => ("IDEOGRAPHIC SPACE", true),
        '\u{200B}' => ("ZERO WIDTH SPACE", false),
        '\u{200C}' => ("ZERO WIDTH NON-JOINER", false),
        '\u{200D}' => ("ZERO WIDTH JOINER", false),
        '\u{2060}' => ("WORD JOINER", false),
        '\u{FEFF}' => ("ZERO WIDTH NO-BREAK SPACE", false),
        '\u{00AD}' => ("SOFT HYPHEN", false),
        _ => return None,
    };
    let code = format!("U+{:04X}", u32::from(c));
    Some(Advice {
        span: Some(span),
        message: Some(
            Message::new("sintaks-karakter-tak-terlihat")
                .arg("kode", code.as_str())
                .arg("nama", name),
        ),
        help: Message::new("sintaks-karakter-tak-terlihat.help")
            .arg("jenis", if space { "spasi" } else { "lebar-nol" }),
        suggestion: Some((span, if space { " " } else { "" }.to_owned())),
    })
}

/// A colon where YAML would put one (`dibuat: 2024-01-02`), or a label parted from its
/// colon by a space (`jawab : operator`).
fn colon(place: &Place<'_>) -> Option<Advice> {
    let text = place.text;
    let before = text[..place.offset].trim_end();
    // `waktu: 5 menit` in a step parses `waktu:` as a symbol's label and stops after it.
    let (colon_at, word_end) = if place.found == ":" {
        (place.offset, place.offset)
    } else if before.ends_with(':') {
        (before.len() - 1, before.len() - 1)
    } else {
        return None;
    };
    let (word, word_span) = previous_word(text, word_end)?;
    let colon_span = Span::new(colon_at, colon_at + 1);
    let keyword = SOP_ITEMS.contains(&word) || step_word(word);
    if keyword {
        return Some(Advice {
            span: Some(colon_span),
            message: Some(Message::new("sintaks-titik-dua-yaml").arg("kata", word)),
            help: Message::new("sintaks-titik-dua-yaml.help").arg("kata", word),
            suggestion: Some((colon_span, String::new())),
        });
    }
    if word_span.end < colon_at {
        return Some(Advice {
            span: Some(Span::new(word_span.start, colon_at + 1)),
            message: Some(Message::new("sintaks-label-berspasi").arg("label", word)),
            help: Message::new("sintaks-label-berspasi.help").arg("label", word),
            suggestion: Some((Span::new(word_span.end, colon_at + 1), ":".to_owned())),
        });
    }
    None
}

/// A field or a name whose value was never written: `nomor` alone on its line, or an actor
/// id without its name in `pelaksana`. The parser only stops at the next line's first word,
/// which is not the mistake, so the diagnostic goes to the word left alone; recovery then
/// blanks that line, not the next, and one empty field stays one error.
fn missing_value(place: &Place<'_>) -> Option<Advice> {
    let help = if place.expects(Expect::Text) || place.expects(Expect::Name) {
        "sintaks-isi-hilang.help-teks"
    } else if place.expects(Expect::Date) {
        "sintaks-isi-hilang.help-tanggal"
    } else if place.expects(Expect::Duration) {
        "sintaks-isi-hilang.help-waktu"
    } else {
        return None;
    };
    let before = &place.text[..place.offset];
    let written = before.trim_end();
    if !before[written.len()..].contains('\n') {
        return None;
    }
    let line = written.rsplit('\n').next().unwrap_or(written);
    // A quote or a comment on the line: the word before is not the line's last token.
    if line.contains('"') || line.contains("//") {
        return None;
    }
    let (word, span) = previous_word(place.text, written.len())?;
    Some(Advice {
        span: Some(span),
        message: Some(Message::new("sintaks-isi-hilang").arg("kata", word)),
        help: Message::new(help).arg("kata", word),
        suggestion: None,
    })
}

/// A date written with slashes or dots, or day first: spanned whole, with the year-month-day
/// spelling as the fix.
fn date(place: &Place<'_>) -> Option<Advice> {
    if !place.expects(Expect::Date) {
        return None;
    }
    let rest = &place.text[place.offset..];
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | '.' | '-')))
        .unwrap_or(rest.len());
    let written = &rest[..len];
    let span = Span::new(place.offset, place.offset + len);
    let fixed = year_month_day(written)?;
    let id = if written.contains(['/', '.']) {
        "sintaks-tanggal-garis-miring"
    } else {
        "sintaks-tanggal-terbalik"
    };
    Some(Advice {
        span: Some(span),
        message: Some(Message::new(id).arg("tanggal", written)),
        help: Message::new("sintaks-tanggal.help").arg("saran", fixed.as_str()),
        suggestion: Some((span, fixed)),
    })
}

/// `2024/01/02`, `2024.1.2`, `02-01-2024`, `2/1/2024` as `2024-01-02`; `None` when the parts
/// are not a day, a month and a four-digit year in one of those orders.
pub(crate) fn year_month_day(written: &str) -> Option<String> {
    let parts: Vec<&str> = written.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c].iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) => (*a, *b, *c),
        (1..=2, 4) => (*c, *b, *a),
        _ => return None,
    };
    if month.len() > 2 || day.len() > 2 {
        return None;
    }
    Some(format!("{year}-{month:0>2}-{day:0>2}"))
}

/// The bare words from the stop to the end of the line (or a `}`), put in quotes: only where
/// the parser wanted a text and found words.
fn quote_words(place: &Place<'_>) -> Advice {
    let rest = &place.text[place.offset..];
    let line = rest.lines().next().unwrap_or("");
    let stop = line.find(['}', '"', '/', '{']).unwrap_or(line.len());
    let words = line[..stop].trim_end();
    let words = if words.is_empty() { place.found } else { words };
    let span = Span::new(place.offset, place.offset + words.len());
    let quoted = format!("\"{words}\"");
    Advice::help(Message::new("sintaks-beri-petik.help").arg("saran", quoted.as_str()))
        .replace(span, quoted)
}

/// The help that follows from the parser's state alone.
fn by_state(place: &Place<'_>) -> Option<Advice> {
    let found = place.found;
    let digits = !found.is_empty() && found.chars().all(|c| c.is_ascii_digit());
    if found == "keputusan" {
        return Some(Advice::help(Message::new(
            "sintaks-keputusan-terminal.help",
        )));
    }
    if place.expects(Expect::Target) && digits {
        return Some(Advice::help(
            Message::new("sintaks-nomor-sebagai-tujuan.help")
                .arg("nomor", found)
                .arg("cabang", branch_key(place.text, place.offset)),
        ));
    }
    if place.expects(Expect::StepField) && place.is_word() {
        return Some(Advice::help(
            Message::new("sintaks-bukan-bidang-langkah.help").arg("ditemukan", found),
        ));
    }
    if place.expects(Expect::Section) && place.is_word() {
        return Some(Advice::help(
            Message::new("sintaks-bukan-bagian.help").arg("ditemukan", found),
        ));
    }
    if place.expects(Expect::Arrow) && place.is_word() {
        return Some(
            Advice::help(Message::new("sintaks-tulis-panah.help").arg("ditemukan", found))
                .replace(Span::at(place.offset), "-> "),
        );
    }
    if place.expects(Expect::Duration)
        && found.chars().all(char::is_alphabetic)
        && !found.is_empty()
    {
        return Some(Advice::help(Message::new("sintaks-waktu-tanpa-angka.help")));
    }
    if place.expects(Expect::Unit) {
        // The amount just written, so the example is the author's own `waktu 2 hari`.
        let before = place.text[..place.offset].trim_end();
        let kept = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
        let amount = &before[kept.len()..];
        let amount = if amount.is_empty() { "2" } else { amount };
        return Some(Advice::help(
            Message::new("sintaks-tanpa-satuan.help").arg("angka", amount),
        ));
    }
    if place.expects(Expect::Text) && place.is_word() {
        return Some(quote_words(place));
    }
    if place.expects(Expect::Date) {
        return Some(Advice::help(Message::new("sintaks-format-tanggal.help")));
    }
    None
}

/// Which exit a target at `offset` belongs to: `ya` or `tidak` when the arrow before it
/// follows one (`ya -> 6`, `tidak "Belum" -> 6`), otherwise `""` (a jump, `-> 6`).
fn branch_key(text: &str, offset: usize) -> &'static str {
    let Some(before) = text.get(..offset) else {
        return "";
    };
    let Some(before) = before.trim_end().strip_suffix("->") else {
        return "";
    };
    let mut before = before.trim_end();
    // The exit's printed words, `ya "Lengkap" ->`: skip the quoted text back to its start.
    if let Some(inside) = before.strip_suffix('"') {
        before = inside.rfind('"').map_or("", |i| inside[..i].trim_end());
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    match word {
        "ya" => "ya",
        "tidak" => "tidak",
        _ => "",
    }
}

/// `lanjutt` or `Lanjut` as a branch target, where no step has that label: the author meant
/// `lanjut`. Such a target parses as a label, so it is caught here rather than by the checker
/// (which would call it an unknown label).
pub(crate) fn next_step_targets(
    document: &crate::ast::Document,
    diagnostics: &mut Vec<Diagnostic>,
) {
    use crate::ast::{ItemKind, StepItemKind, Target};
    let mut labels = Vec::new();
    let mut targets = Vec::new();
    let exits = |item: &crate::ast::StepItem, targets: &mut Vec<crate::ast::Ident>| match &item.kind
    {
        StepItemKind::Branch(b) => {
            if let Target::Label(id) = &b.target {
                targets.push(id.clone());
            }
        }
        StepItemKind::Jump(j) => {
            for t in &j.targets {
                if let Target::Label(id) = t {
                    targets.push(id.clone());
                }
            }
        }
        _ => {}
    };
    for item in &document.sop.items {
        let ItemKind::Prosedur(steps) = &item.kind else {
            continue;
        };
        for step in steps {
            labels.extend(step.label.iter().map(|l| l.name.clone()));
            for body in &step.body {
                exits(body, &mut targets);
                if let StepItemKind::Symbol(symbol) = &body.kind {
                    labels.extend(symbol.label.iter().map(|l| l.name.clone()));
                    for exit in &symbol.exits {
                        exits(exit, &mut targets);
                    }
                }
            }
        }
    }
    for target in targets {
        let name = target.name.as_str();
        if labels.iter().any(|l| l == name) {
            continue;
        }
        let near_label = labels
            .iter()
            .any(|l| strsim::damerau_levenshtein(&name.to_lowercase(), &l.to_lowercase()) <= 2);
        let lower = name.to_lowercase();
        let meant = lower == "lanjut" || (closest(&lower, &["lanjut"]).is_some() && !near_label);
        if !meant {
            continue;
        }
        let id = if lower == "lanjut" {
            "sintaks-lanjut-huruf-besar"
        } else {
            "sintaks-lanjut-salah-eja"
        };
        diagnostics.push(
            Diagnostic::new(
                Code::Syntax,
                Message::new(id).arg("ditemukan", name),
                target.span,
                Message::new("sintaks-lanjut.label"),
            )
            .with_help(Message::new("sintaks-lanjut.help").arg("ditemukan", name))
            .with_suggestion(target.span, "lanjut"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_other_orders_become_year_month_day() {
        assert_eq!(year_month_day("2024/01/02").as_deref(), Some("2024-01-02"));
        assert_eq!(year_month_day("02-01-2024").as_deref(), Some("2024-01-02"));
        assert_eq!(year_month_day("2/1/2024").as_deref(), Some("2024-01-02"));
        assert_eq!(year_month_day("2024.1.2").as_deref(), Some("2024-01-02"));
        assert_eq!(year_month_day("12/2024"), None);
        assert_eq!(year_month_day("123/45/678"), None);
    }

    #[test]
    fn misspelt_keywords_are_found_but_ids_are_left_alone() {
        assert_eq!(closest("keputsan", STEP_HEAD), Some("keputusan"));
        assert_eq!(closest("sopp", &["sop"]), Some("sop"));
        assert_eq!(closest("lanjutt", &["lanjut"]), Some("lanjut"));
        assert_eq!(closest("kasi", STEP_HEAD), None);
        assert_eq!(closest("staf", STEP_FIELDS), None);
    }

    /// The advice to quote a word is given only where a bare word was meant as text: the
    /// fixtures that show that slip are the only snapshots that hold it.
    #[test]
    fn only_bare_words_meant_as_text_are_told_to_quote() {
        let base = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/diagnostics");
        let mut quoted = Vec::new();
        let mut folders: Vec<_> = std::fs::read_dir(base)
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("SOP0"))
            })
            .collect();
        folders.sort();
        for folder in folders {
            for entry in std::fs::read_dir(&folder).expect("fixture folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_none_or(|x| x != "snap") {
                    continue;
                }
                let snap = std::fs::read_to_string(&path).expect("snapshot");
                if snap.contains("tulis teks di antara tanda petik: ")
                    || snap.contains("put texts in double quotes")
                {
                    quoted.push(path.file_stem().map(|s| s.to_string_lossy().into_owned()));
                }
            }
        }
        quoted.sort();
        assert_eq!(
            quoted,
            [
                Some("several-errors".to_owned()),
                Some("unquoted-text".to_owned())
            ]
        );
    }
}
