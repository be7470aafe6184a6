//! The PDF backend: the printable sheet as one PDF/A document per SOP.
//!
//! sopan-layout lays out every page of the sheet (`sopan_layout::sheet`); this crate only
//! draws those pages, the same ones the HTML sheet draws, with krilla: every text box's
//! lines as real text in the bundled font (embedded and subset) at the baselines the layout
//! gives, rules and fills as vectors, the flowchart as vectors (`flow.rs`, the same shapes
//! as sopan-svg's drawer), and the logo as an image or, for an SVG logo, as vectors
//! (`svg.rs`). krilla's validator checks the output
//! against the chosen PDF/A part and refuses to write a file that does not conform.
//!
//! The output is deterministic: the dates are the SOP's tanggal efektif, never the time of
//! the build, and the document id is derived from the SOP's identity.

mod draw;
mod flow;
mod svg;

use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::metadata::{DateTime, Metadata};
use krilla::text::Font;
use krilla::{Document, SerializeSettings};
use sopan_check::model::{Date, Sop};
use sopan_layout::sheet;

/// The PDF/A part a document conforms to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Standard {
    /// PDF/A-2u: archivable, every text mapped to Unicode (searchable, copyable).
    #[default]
    A2u,
    /// PDF/A-3u: as A-2u, and the `.sop` source and the JSON model are embedded as
    /// associated files, so the archived document carries what it was made from.
    A3u,
}

/// A logo image as the PDF embeds it; the caller identified the format by parsing the file.
#[derive(Clone, Copy, Debug)]
pub struct Logo<'a> {
    /// `image/png`, `image/jpeg`, `image/gif`, `image/webp`, drawn as images; anything else
    /// (`image/svg+xml`) is read as an SVG and drawn as vectors.
    pub media_type: &'static str,
    /// The file's bytes.
    pub bytes: &'a [u8],
}

/// The files a PDF/A-3 document carries.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    /// The `.sop` file's name, as it is embedded (no folders).
    pub name: &'a str,
    /// The `.sop` file's bytes.
    pub source: &'a [u8],
    /// The checked model, as `sopan build --format json` writes it.
    pub json: &'a str,
}

/// What a PDF is made with besides the laid-out sheet.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// The PDF/A part.
    pub standard: Standard,
    /// The logo, when the sheet has one.
    pub logo: Option<Logo<'a>>,
    /// The embedded files of PDF/A-3; ignored for PDF/A-2.
    pub sources: Option<Sources<'a>>,
}

/// Why no PDF was made: a sentence of the catalogues (`pdf.ftl`) whose `$berkas` the caller
/// sets to the file it was making.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub sopan_bahasa::Message);

impl Error {
    fn new(id: &'static str) -> Self {
        Error(sopan_bahasa::Message::new(id))
    }

    /// The library's own words for what failed, set as the sentence's `$sebab`.
    fn because(id: &'static str, why: impl std::fmt::Debug) -> Self {
        Error(sopan_bahasa::Message::new(id).arg("sebab", format!("{why:?}")))
    }

    /// The sentence, for a caller that says it in the reader's language.
    #[must_use]
    pub fn message(&self) -> &sopan_bahasa::Message {
        &self.0
    }
}

/// In English, naming the file "the PDF": for logs and tests.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = self.0.clone().arg("berkas", "the PDF");
        f.write_str(&said.render(sopan_bahasa::Bahasa::En))
    }
}

impl std::error::Error for Error {}

/// The sheet sopan-layout laid out for `sop`, drawn as one PDF/A document.
///
/// Fails only when the logo cannot be drawn (a raster krilla cannot decode, an SVG usvg
/// cannot read or one over the pixel cap, `svg.rs`) or krilla refuses the document
/// (something the PDF/A validator rejects); nothing is half written, since the bytes are returned whole.
pub fn draw(sop: &Sop, laid: &sheet::Sheet, options: &Options<'_>) -> Result<Vec<u8>, Error> {
    let settings = settings(options.standard)?;
    let font = Font::new(sopan_layout::text::font_data().into(), 0)
        .ok_or_else(|| Error::new("pdf-huruf-bawaan"))?;
    let logo = match options.logo {
        Some(logo) => Some(draw::picture(logo, laid)?),
        None => None,
    };
    let mut document = Document::new_with(settings);
    for page in &laid.pages {
        draw::page(&mut document, laid, page, &font, logo.as_ref());
    }
    document.set_metadata(metadata(sop));
    if options.standard == Standard::A3u
        && let Some(sources) = options.sources
    {
        embed(&mut document, sop, sources)?;
    }
    document
        .finish()
        .map_err(|e| Error::because("pdf-tidak-tertulis", e))
}

/// What every document is written with: the PDF/A part's validator, which makes krilla
/// refuse to finish a document that breaks the part.
pub(crate) fn settings(standard: Standard) -> Result<SerializeSettings, Error> {
    let archival = match standard {
        Standard::A2u => Archival::A2_U,
        Standard::A3u => Archival::A3_U,
    };
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(archival)
        .finish()
        .map_err(|e| Error::because("pdf-tanpa-pdfa", e))?;
    Ok(SerializeSettings {
        configuration,
        // The sheet is not tagged for PDF/UA: tagging only the structure's absence would
        // add nothing a reader can use.
        enable_tagging: false,
        ..SerializeSettings::default()
    })
}

/// Title, author, subject and language; the dates are the tanggal efektif, so two builds of
/// one SOP give the same bytes.
fn metadata(sop: &Sop) -> Metadata {
    let mut meta = Metadata::new()
        .title(sop.nama.clone())
        .description(format!("Standar Operasional Prosedur {}", sop.nomor))
        .language("id".to_owned())
        .creator("Sopan".to_owned())
        .producer("Sopan".to_owned())
        .creation_date(date(sop.efektif))
        // One document through its revisions: the number and the name; each version's own
        // bytes give its instance id.
        .document_id(format!("{}\n{}", sop.nomor, sop.nama));
    let author = sop.instansi.join(", ");
    if !author.is_empty() {
        meta = meta.authors(vec![author]);
    }
    meta
}

fn date(d: Date) -> DateTime {
    DateTime::new(d.year())
        .month(d.month())
        .day(d.day())
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The `.sop` source and the JSON model as associated files (PDF/A-3).
fn embed(document: &mut Document, sop: &Sop, sources: Sources<'_>) -> Result<(), Error> {
    let stem = sources
        .name
        .strip_suffix(".sop")
        .unwrap_or(sources.name)
        .to_owned();
    let files = [
        (
            sources.name.to_owned(),
            "text/plain",
            "Sumber SOP (bahasa Sopan)",
            AssociationKind::Source,
            sources.source.to_vec(),
        ),
        (
            format!("{stem}.json"),
            "application/json",
            "Model SOP yang telah diperiksa (JSON)",
            AssociationKind::Data,
            sources.json.as_bytes().to_vec(),
        ),
    ];
    for (path, mime, description, association_kind, data) in files {
        let file = EmbeddedFile {
            path,
            mime_type: MimeType::new(mime),
            description: Some(description.to_owned()),
            association_kind,
            data: data.into(),
            modification_date: Some(date(sop.efektif)),
            compress: Some(true),
            location: None,
        };
        document
            .embed_file(file)
            .ok_or_else(|| Error::new("pdf-lampiran-ganda"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
