//! The AST: what the author wrote, in source order, with a span on every node.
//!
//! Nothing here is validated beyond the grammar: duplicates, unknown names and impossible
//! dates are kept as written so the checker can point at them. Comments are kept with
//! their spans so a formatter can put them back.

pub use sopan_diagnostics::Span;

/// A parsed file.
#[derive(Clone, Debug)]
pub struct Document {
    /// The one `sop` block.
    pub sop: Sop,
    /// Every `//` comment of the file, in source order.
    pub comments: Vec<Comment>,
}

/// A `//` comment.
#[derive(Clone, Debug)]
pub struct Comment {
    /// The text after `//`, as written.
    pub text: String,
    /// From `//` to the end of the line.
    pub span: Span,
}

/// A quoted text, with escapes resolved.
#[derive(Clone, Debug)]
pub struct Text {
    /// The text with `\n`, `\"` and `\\` resolved.
    pub value: String,
    /// The span including the quotes.
    pub span: Span,
}

/// A name: of an actor, a step label, a related SOP, or this SOP.
#[derive(Clone, Debug)]
pub struct Ident {
    /// The name as written.
    pub name: String,
    /// Its span.
    pub span: Span,
}

/// The `sop "…" { … }` block.
#[derive(Clone, Debug)]
pub struct Sop {
    /// The SOP's name (Nama SOP).
    pub name: Text,
    /// Every item of the block, in source order.
    pub items: Vec<Item>,
    /// The whole block.
    pub span: Span,
}

/// One item of the `sop` block.
#[derive(Clone, Debug)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// The keyword that starts it.
    pub key_span: Span,
    /// The whole item.
    pub span: Span,
}

/// The items an SOP can hold.
#[derive(Clone, Debug)]
pub enum ItemKind {
    /// `id surat-masuk`
    Id(Ident),
    /// `nomor "…"`
    Nomor(Text),
    /// `instansi "…" "…"`
    Instansi(Vec<Text>),
    /// `logo "…"`
    Logo(Text),
    /// `dibuat`, `revisi` or `efektif` with a date or `-`.
    Date(DateKey, DateValue),
    /// `disahkan "…" { … }`
    Disahkan(Disahkan),
    /// One of the list sections of the identity page.
    List(ListKey, List),
    /// `keterkaitan { … }`, and where `-` was written instead of entries.
    Keterkaitan(Vec<Related>, Option<Span>),
    /// `bagian "Judul" { … }`
    Bagian(Text, List),
    /// `pelaksana { … }`
    Pelaksana(Vec<Actor>),
    /// `prosedur { … }`
    Prosedur(Vec<Step>),
    /// `templat "…"`: the sheet template of `sopan.yaml` this SOP uses.
    Templat(Text),
}

/// Which date field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKey {
    /// `dibuat`: Tanggal Pembuatan.
    Dibuat,
    /// `revisi`: Tanggal Revisi.
    Revisi,
    /// `efektif`: Tanggal Efektif (or Pengesahan).
    Efektif,
}

impl DateKey {
    /// The keyword.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            DateKey::Dibuat => "dibuat",
            DateKey::Revisi => "revisi",
            DateKey::Efektif => "efektif",
        }
    }
}

/// A date as written, not yet validated.
#[derive(Clone, Debug)]
pub enum DateValue {
    /// `2017-12-15`, kept as text so an impossible date can be reported precisely.
    Date(String, Span),
    /// `-`
    Dash(Span),
}

/// The signer.
#[derive(Clone, Debug)]
pub struct Disahkan {
    /// The post, e.g. "Lurah Belimbing".
    pub jabatan: Text,
    /// `nama`, `pangkat` and `nip` lines in source order.
    pub fields: Vec<SignerField>,
}

/// One line of the signature block.
#[derive(Clone, Debug)]
pub struct SignerField {
    /// Which line.
    pub key: SignerKey,
    /// The keyword's span.
    pub key_span: Span,
    /// The value.
    pub value: Text,
}

/// The lines of the signature block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignerKey {
    /// `nama`
    Nama,
    /// `pangkat` (pangkat/golongan)
    Pangkat,
    /// `nip`
    Nip,
}

impl SignerKey {
    /// The keyword.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            SignerKey::Nama => "nama",
            SignerKey::Pangkat => "pangkat",
            SignerKey::Nip => "nip",
        }
    }
}

/// The list sections of the identity page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKey {
    /// `dasar-hukum`
    DasarHukum,
    /// `kualifikasi`
    Kualifikasi,
    /// `peralatan`
    Peralatan,
    /// `peringatan`
    Peringatan,
    /// `pencatatan`
    Pencatatan,
}

impl ListKey {
    /// The keyword.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            ListKey::DasarHukum => "dasar-hukum",
            ListKey::Kualifikasi => "kualifikasi",
            ListKey::Peralatan => "peralatan",
            ListKey::Peringatan => "peringatan",
            ListKey::Pencatatan => "pencatatan",
        }
    }
}

/// A list of texts; `-` and `{ }` both give no texts, and `dash` tells them apart (the
/// sheet prints a dash for one and leaves the cell blank for the other).
#[derive(Clone, Debug)]
pub struct List {
    /// The texts.
    pub items: Vec<Text>,
    /// Where `-` was written instead of texts.
    pub dash: Option<Span>,
    /// The whole value.
    pub span: Span,
}

/// A related SOP in `keterkaitan`.
#[derive(Clone, Debug)]
pub struct Related {
    /// The id other parts of this file (and the repository) use for it.
    pub id: Option<Ident>,
    /// Its name as printed.
    pub name: Text,
    /// The whole entry.
    pub span: Span,
}

/// An actor column.
#[derive(Clone, Debug)]
pub struct Actor {
    /// The id steps use.
    pub id: Ident,
    /// The heading printed on the sheet.
    pub name: Text,
    /// The whole declaration.
    pub span: Span,
}

/// One step (row) of the procedure.
#[derive(Clone, Debug)]
pub struct Step {
    /// `label:` before the step.
    pub label: Option<Ident>,
    /// Start, end, decision or process.
    pub kind: StepKind,
    /// The span of the `mulai`/`selesai`/`keputusan` keyword(s), if any.
    pub kind_span: Option<Span>,
    /// The actors, one or more (several for a joint step); none for a row whose symbols are
    /// listed in its braces.
    pub actors: Vec<Ident>,
    /// The Uraian Kegiatan, one text per printed line.
    pub uraian: Vec<Text>,
    /// The items inside the braces, in source order.
    pub body: Vec<StepItem>,
    /// The whole step.
    pub span: Span,
}

/// What a step's symbol is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// A process rectangle.
    Process,
    /// A start terminator; `alternative` for `mulai alternatif`.
    Start {
        /// Whether the author declared this a further way to begin.
        alternative: bool,
    },
    /// An end terminator.
    End,
    /// A decision diamond.
    Decision,
}

/// One item inside a step's braces.
#[derive(Clone, Debug)]
pub struct StepItem {
    /// What it is.
    pub kind: StepItemKind,
    /// The keyword (or arrow) that starts it.
    pub key_span: Span,
    /// The whole item.
    pub span: Span,
}

/// The items a step can hold.
#[derive(Clone, Debug)]
pub enum StepItemKind {
    /// `kelengkapan …`
    Kelengkapan(List),
    /// `waktu …`
    Waktu(Duration),
    /// `output …`
    Output(List),
    /// `keterangan …`
    Keterangan(Vec<Note>),
    /// `tanya "…"`
    Tanya(Text),
    /// `ya -> …` or `tidak "Label" -> …`
    Branch(Branch),
    /// `-> a, b`
    Jump(Jump),
    /// `teks "…"`: the text inside the symbol of a one-symbol row.
    Teks(Text),
    /// `nomor 4` or `nomor "4a"`: the row number as printed.
    Nomor(Text),
    /// `[label:] proses kasi ["…"] [{ … }]`: one symbol of a row that holds several.
    Symbol(Symbol),
}

/// `-> a, b`: where the flow goes instead of the next symbol.
#[derive(Clone, Debug)]
pub struct Jump {
    /// The targets, in order; several fork the flow.
    pub targets: Vec<Target>,
    /// How the arrows are drawn.
    pub style: ArrowStyle,
}

/// How an arrow is drawn, from the arrow token written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrowStyle {
    /// `->`: one head.
    Single,
    /// `<->`: a head at both ends, a two-way exchange.
    Double,
    /// `..>`: dotted, information passed on rather than work.
    Dotted,
}

/// One symbol of a row that holds several.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// `label:` before the symbol.
    pub label: Option<Ident>,
    /// Start, end, decision or process.
    pub kind: StepKind,
    /// The span of the `mulai`/`selesai`/`proses`/`keputusan` keyword(s).
    pub kind_span: Span,
    /// The actors, one or more.
    pub actors: Vec<Ident>,
    /// The text printed inside the symbol (a decision's question).
    pub text: Option<Text>,
    /// Its exits: `ya`/`tidak` branches and `->` jumps, in source order.
    pub exits: Vec<StepItem>,
    /// The whole symbol.
    pub span: Span,
}

/// One entry of the Keterangan cell.
#[derive(Clone, Debug)]
pub enum Note {
    /// Free text.
    Text(Text),
    /// The id of a `keterkaitan` entry.
    Ref(Ident),
    /// `keterangan -`: the cell prints a dash.
    Dash(Span),
}

/// One exit of a decision.
#[derive(Clone, Debug)]
pub struct Branch {
    /// Ya or Tidak.
    pub which: BranchKey,
    /// The label printed instead of Ya/Tidak.
    pub label: Option<Text>,
    /// Where it goes.
    pub target: Target,
    /// How the arrow is drawn.
    pub style: ArrowStyle,
}

/// The two exits of a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BranchKey {
    /// `ya`: the positive exit.
    Ya,
    /// `tidak`: the negative exit.
    Tidak,
}

impl BranchKey {
    /// The keyword.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            BranchKey::Ya => "ya",
            BranchKey::Tidak => "tidak",
        }
    }
}

/// Where a branch or jump goes.
#[derive(Clone, Debug)]
pub enum Target {
    /// `lanjut`: the next row.
    Next(Span),
    /// A step label.
    Label(Ident),
}

impl Target {
    /// Its span.
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Target::Next(span) => *span,
            Target::Label(ident) => ident.span,
        }
    }
}

/// A duration as written.
#[derive(Clone, Debug)]
pub enum Duration {
    /// `-`
    Dash(Span),
    /// `"Segera"`: free text, kept as written.
    Text(Text),
    /// `10 menit`
    Amount {
        /// The number.
        amount: Number,
        /// The unit.
        unit: Unit,
    },
    /// `5-10 menit`
    Range {
        /// The lower end.
        from: Number,
        /// The upper end.
        to: Number,
        /// The unit.
        unit: Unit,
    },
    /// `1 x 24 jam`
    Times {
        /// How many times.
        count: Number,
        /// How much each time.
        each: Number,
        /// The unit.
        unit: Unit,
    },
}

/// A number as written (`1`, `1,5`, `1.5`).
#[derive(Clone, Debug)]
pub struct Number {
    /// The digits as written.
    pub raw: String,
    /// Its span.
    pub span: Span,
}

/// A unit word as written, e.g. `menit` or `Hari Kerja`.
#[derive(Clone, Debug)]
pub struct Unit {
    /// The words as written, single-spaced.
    pub raw: String,
    /// Its span.
    pub span: Span,
}
