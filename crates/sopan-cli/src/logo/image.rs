//! Whether a logo file is an image the sheet can embed, decided from its content by parsing:
//! the header of the four raster formats (PNG, JPEG, GIF, WebP), or an XML parser for SVG.
//! The file's extension is not consulted: a PNG named `.jpg` is a PNG, and an HTML page named
//! `.png` is not an image whatever it contains.
//!
//! What is decided here travels with the bytes (`Image::media_type`): the sheet embeds the
//! logo as a `data:` URI of that type and never guesses the format again. An SVG is handed
//! over as UTF-8, since that is how the sheet embeds it: a UTF-16 file is transcoded and loses
//! its XML declaration, which would name the old encoding.

use std::collections::BTreeMap;

use imagesize::ImageType;
use sopan_diagnostics::Message;

/// The largest logo file read: a logo prints a few centimetres wide, and its bytes are
/// embedded in every sheet that shows it.
pub(crate) const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// The most pixels a raster logo may have (4096 × 4096). A few hundred pixels across print
/// sharp at logo size; a small file that unpacks into a huge picture would cost every
/// browser that opens the sheet its memory.
pub(crate) const MAX_PIXELS: u64 = 4096 * 4096;

/// The most characters an SVG's entities may expand to, all references counted: the
/// DOCTYPE's entities are the one way a 2 MiB file can become a far larger document.
const MAX_ENTITY_EXPANSION: u64 = MAX_BYTES;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Why a logo file cannot be used, in the words of a diagnostic, and how to fix it when the
/// general advice (give the path of an image) does not fit.
///
/// `why` is the whole message of the diagnostic; it takes the logo's path as `$logo` when
/// the diagnostic is made.
#[derive(Clone, Debug)]
pub(crate) struct Refusal {
    pub(crate) why: Message,
    pub(crate) help: Option<Message>,
}

impl Refusal {
    pub(crate) fn new(why: Message) -> Refusal {
        Refusal { why, help: None }
    }

    pub(crate) fn with_help(mut self, help: Message) -> Refusal {
        self.help = Some(help);
        self
    }
}

/// A logo the sheet can embed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Image {
    /// The media type the file's content showed it to be.
    pub(crate) media_type: &'static str,
    /// The bytes to embed: the file's own, or an SVG's text as UTF-8.
    pub(crate) bytes: Vec<u8>,
}

impl Image {
    /// The logo as the sheet takes it.
    pub(crate) fn for_sheet(&self) -> sopan_html::Logo<'_> {
        sopan_html::Logo {
            media_type: self.media_type,
            bytes: &self.bytes,
        }
    }
}

/// The image the sheet embeds for a logo file's `bytes`, or why it cannot be used.
pub(crate) fn embeddable(bytes: Vec<u8>) -> Result<Image, Refusal> {
    match imagesize::image_type(&bytes) {
        Ok(kind @ (ImageType::Png | ImageType::Jpeg | ImageType::Gif | ImageType::Webp)) => {
            let media_type = raster(&bytes, kind)?;
            Ok(Image { media_type, bytes })
        }
        _ => Ok(Image {
            media_type: "image/svg+xml",
            bytes: svg(&bytes)?,
        }),
    }
}

/// Checks a raster image's header and returns its media type.
fn raster(bytes: &[u8], kind: ImageType) -> Result<&'static str, Refusal> {
    let (name, media_type) = match kind {
        ImageType::Png => ("PNG", "image/png"),
        ImageType::Jpeg => ("JPEG", "image/jpeg"),
        ImageType::Gif => ("GIF", "image/gif"),
        _ => ("WebP", "image/webp"),
    };
    // imagesize reads a PNG's size where IHDR keeps it without looking for IHDR; a file
    // that only starts like a PNG must not pass for one.
    let header_ok = kind != ImageType::Png || bytes.get(12..16) == Some(b"IHDR".as_slice());
    let size = imagesize::blob_size(bytes)
        .ok()
        .filter(|_| header_ok)
        .ok_or_else(|| {
            Refusal::new(Message::new("cli-logo-kepala-rusak").arg("jenis", name))
                .with_help(Message::new("cli-logo-kepala-rusak.help"))
        })?;
    let (width, height) = (size.width as u64, size.height as u64);
    if width == 0 || height == 0 {
        return Err(Refusal::new(
            Message::new("cli-logo-kosong")
                .arg("jenis", name)
                .arg("lebar", width)
                .arg("tinggi", height),
        ));
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(Refusal::new(
            Message::new("cli-logo-terlalu-banyak-piksel")
                .arg("jenis", name)
                .arg("lebar", width)
                .arg("tinggi", height),
        )
        .with_help(Message::new("cli-logo-terlalu-banyak-piksel.help")));
    }
    Ok(media_type)
}

fn not_an_image() -> Refusal {
    Refusal::new(Message::new("cli-logo-bukan-gambar"))
}

/// An SVG file's bytes as the sheet will embed them.
fn svg(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let (decoded, transcoded) = decode(bytes)?;
    let text = decoded.strip_prefix('\u{feff}').unwrap_or(&decoded);
    entity_budget(text)?;
    let document = match parse(text) {
        Ok(document) => document,
        Err(_) if !text.contains("<svg") => return Err(not_an_image()),
        Err(error) => {
            return Err(Refusal::new(
                Message::new("cli-logo-svg-rusak").arg("alasan", error.to_string()),
            )
            .with_help(Message::new("cli-logo-svg-rusak.help")));
        }
    };
    let root = document.root_element();
    let name = root.tag_name();
    if name.name() != "svg" {
        return Err(Refusal::new(
            Message::new("cli-logo-akar-bukan-svg").arg("akar", name.name()),
        ));
    }
    if name.namespace() != Some(SVG_NAMESPACE) {
        return Err(Refusal::new(Message::new("cli-logo-tanpa-xmlns"))
            .with_help(Message::new("cli-logo-tanpa-xmlns.help")));
    }
    if !transcoded && declared_encoding_is_utf8(text) {
        return Ok(bytes.to_vec());
    }
    // A file that was not UTF-8, or whose declaration names another encoding, loses its
    // declaration: the sheet embeds UTF-8, and the declaration would say otherwise.
    Ok(without_declaration(text).as_bytes().to_vec())
}

fn parse(text: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    let options = roxmltree::ParsingOptions {
        // Illustrator's SVGs declare their namespaces as entities in the DOCTYPE.
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options)
}

/// The text of a logo file that may be an SVG, and whether it had to be transcoded to UTF-8.
fn decode(bytes: &[u8]) -> Result<(String, bool), Refusal> {
    let utf16 = |big_endian: bool, body: &[u8]| -> Result<(String, bool), Refusal> {
        if !body.len().is_multiple_of(2) {
            return Err(not_an_image());
        }
        let units = body.chunks_exact(2).map(|pair| {
            let pair = [pair[0], pair[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map(|text| (text, true))
            .map_err(|_| not_an_image())
    };
    match bytes {
        [0xFF, 0xFE, body @ ..] => utf16(false, body),
        [0xFE, 0xFF, body @ ..] => utf16(true, body),
        // XML without a byte order mark starts with `<` (or a space): in UTF-16, that
        // character with a zero byte beside it.
        [b'<', 0, ..] => utf16(false, bytes),
        [0, b'<', ..] => utf16(true, bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((text.to_owned(), false)),
            Err(_) => Err(not_an_image()),
        },
    }
}

/// Whether the XML declaration, if any, leaves the file's encoding UTF-8.
fn declared_encoding_is_utf8(text: &str) -> bool {
    let Some(declaration) = text
        .strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>"))
        .map(|(inside, _)| inside)
    else {
        return true;
    };
    let Some((_, after)) = declaration.split_once("encoding") else {
        return true;
    };
    let value = after
        .trim_start()
        .trim_start_matches('=')
        .trim_start()
        .trim_start_matches(['"', '\''])
        .split(['"', '\''])
        .next()
        .unwrap_or("");
    value.eq_ignore_ascii_case("utf-8") || value.eq_ignore_ascii_case("utf8")
}

/// `text` without its XML declaration, if it has one.
fn without_declaration(text: &str) -> &str {
    text.strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>"))
        .map_or(text, |(_, after)| after.trim_start())
}

/// Refuses a DOCTYPE whose entities would expand the document past `MAX_ENTITY_EXPANSION`
/// characters. The XML parser stops entity loops and deep nesting, but not a long entity
/// referenced many times; this counts every `&name;` of the file (comments and the DTD
/// included, which can only overestimate) times the entity's fully expanded length, in one
/// pass over the text.
fn entity_budget(text: &str) -> Result<(), Refusal> {
    let Some(start) = text.find("<!ENTITY") else {
        return Ok(());
    };
    let mut entities: BTreeMap<&str, &str> = BTreeMap::new();
    for declaration in text[start..].split("<!ENTITY").skip(1) {
        let declaration = declaration.trim_start();
        // Parameter entities (`%`) are used inside the DTD only; they never reach the
        // document.
        let Some((name, after)) = declaration.split_once(char::is_whitespace) else {
            continue;
        };
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let value = after[1..].split(quote).next().unwrap_or("");
        // As in XML, the first declaration of a name is the one that counts.
        entities.entry(name).or_insert(value);
    }
    let mut sizes = BTreeMap::new();
    let mut total: u64 = 0;
    for name in references(text) {
        total = total.saturating_add(expanded(name, &entities, &mut sizes));
    }
    if total > MAX_ENTITY_EXPANSION {
        return Err(Refusal::new(Message::new("cli-logo-entitas"))
            .with_help(Message::new("cli-logo-entitas.help")));
    }
    Ok(())
}

/// The names of the entity references `&name;` in `text`.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.split('&')
        .skip(1)
        .filter_map(|piece| piece.split_once(';').map(|(name, _)| name))
}

/// The length of entity `name` with every reference inside it expanded; 0 for a name that is
/// not declared, or that refers to itself (the parser refuses such a loop on its own).
fn expanded<'t>(
    name: &'t str,
    entities: &BTreeMap<&'t str, &'t str>,
    sizes: &mut BTreeMap<&'t str, Option<u64>>,
) -> u64 {
    let Some(value) = entities.get(name) else {
        return 0;
    };
    match sizes.get(name) {
        Some(Some(size)) => return *size,
        Some(None) => return 0,
        None => {}
    }
    sizes.insert(name, None);
    let mut size = value.len() as u64;
    for inner in references(value) {
        size = size.saturating_add(expanded(inner, entities, sizes));
    }
    sizes.insert(name, Some(size));
    size
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        out.extend_from_slice(&width.to_be_bytes());
        out.extend_from_slice(&height.to_be_bytes());
        out.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        out
    }

    const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";

    #[test]
    fn rasters_are_judged_by_their_header() {
        assert!(embeddable(png(600, 600)).is_ok());
        assert!(embeddable(png(4096, 4096)).is_ok());
        let why = embeddable(png(4097, 4096))
            .unwrap_err()
            .why
            .render(sopan_diagnostics::Bahasa::En);
        assert!(why.contains("4097 × 4096 pixels"), "{why}");
        assert!(embeddable(png(0, 10)).is_err());
        assert!(embeddable(b"\x89PNG\r\n\x1a\nlogo".to_vec()).is_err());
        assert!(embeddable(b"\x89PNG\r\n\x1a\n\0\0\0\x0dJUNKJUNKJUNK".to_vec()).is_err());
    }

    fn svg_bytes(bytes: Vec<u8>) -> Vec<u8> {
        let image = embeddable(bytes).unwrap();
        assert_eq!(image.media_type, "image/svg+xml");
        image.bytes
    }

    #[test]
    fn a_utf8_svg_is_handed_over_unchanged() {
        assert_eq!(svg_bytes(SVG.into()), SVG.as_bytes());
        let declared = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{SVG}");
        assert_eq!(svg_bytes(declared.clone().into()), declared.as_bytes());
        // Where `<svg` stands, or which byte a character straddles, does not matter.
        let comment = format!("<!--{}-->\n{SVG}", "é".repeat(3000));
        assert_eq!(svg_bytes(comment.clone().into()), comment.as_bytes());
    }

    #[test]
    fn a_utf16_svg_is_handed_over_as_utf8_without_its_declaration() {
        let mut utf16 = vec![0xFF, 0xFE];
        let text = format!("<?xml version=\"1.0\" encoding=\"UTF-16\"?>{SVG}");
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(svg_bytes(utf16), SVG.as_bytes());
    }

    #[test]
    fn a_raster_carries_its_media_type() {
        let image = embeddable(png(10, 10)).unwrap();
        assert_eq!(image.media_type, "image/png");
        assert_eq!(image.bytes, png(10, 10));
    }

    #[test]
    fn only_a_document_whose_root_is_an_svg_element_passes() {
        let page = b"<!DOCTYPE html>\n<html><meta charset=utf-8><body><svg></svg>".to_vec();
        let why = embeddable(page)
            .unwrap_err()
            .why
            .render(sopan_diagnostics::Bahasa::En);
        assert!(why.contains("not a well-formed SVG"), "{why}");
        let xhtml = format!("<html xmlns=\"http://www.w3.org/1999/xhtml\">{SVG}</html>");
        let why = embeddable(xhtml.into())
            .unwrap_err()
            .why
            .render(sopan_diagnostics::Bahasa::En);
        assert!(why.contains("root element is <html>"), "{why}");
        let why = embeddable(b"<svg viewBox=\"0 0 1 1\"/>".to_vec())
            .unwrap_err()
            .why
            .render(sopan_diagnostics::Bahasa::En);
        assert!(why.contains("xmlns"), "{why}");
        let why = embeddable(b"#!/bin/sh\nrm -rf /".to_vec())
            .unwrap_err()
            .why
            .render(sopan_diagnostics::Bahasa::En);
        assert!(
            why.ends_with("cannot be used: the file is not a PNG, JPEG, GIF, WebP or SVG image"),
            "{why}"
        );
    }

    #[test]
    fn damaged_files_are_refused_or_accepted_but_never_panic() {
        let mut utf16 = vec![0xFE, 0xFF];
        utf16.extend(SVG.encode_utf16().flat_map(u16::to_be_bytes));
        let samples = [
            png(600, 600),
            format!("<?xml version=\"1.0\"?><!--c--><!DOCTYPE svg [<!ENTITY a \"b\">]>{SVG}")
                .into_bytes(),
            utf16,
            b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xC0\0\x11\x08\0\x10\0\x10"
                .to_vec(),
            b"GIF89a\x10\0\x10\0\0\0\0".to_vec(),
            b"RIFF\x1a\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0\x0f\0\0\x0f\0\0".to_vec(),
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for sample in &samples {
            assert!(embeddable(sample.clone()).is_ok(), "{sample:?}");
            for end in 0..=sample.len() {
                let _ = embeddable(sample[..end].to_vec());
            }
            for _ in 0..2000 {
                let mut damaged = sample.clone();
                let at = (next() % damaged.len() as u64) as usize;
                damaged[at] = (next() & 0xFF) as u8;
                let _ = embeddable(damaged);
            }
        }
    }

    #[test]
    fn entities_are_allowed_but_cannot_blow_a_document_up() {
        let illustrator = "<!DOCTYPE svg [\n<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n]>\n\
                           <svg xmlns=\"&ns_svg;\"/>";
        assert!(embeddable(illustrator.into()).is_ok());
        let public = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Generator: Adobe Illustrator -->\n\
                      <!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \
                      \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n\
                      <svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(svg_bytes(public.into()), public.as_bytes());
        // An external entity is never fetched: the parser has no way to, and refuses the
        // reference it cannot expand.
        let external = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\
                        <svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assert!(embeddable(external.into()).is_err());
        let long = "x".repeat(10_000);
        let refs = "&a;".repeat(300);
        let wide = format!(
            "<!DOCTYPE svg [<!ENTITY a \"{long}\">]><svg xmlns=\"{SVG_NAMESPACE}\">{refs}</svg>"
        );
        assert!(
            embeddable(wide.into())
                .unwrap_err()
                .why
                .render(sopan_diagnostics::Bahasa::En)
                .contains("entities")
        );
        let laughs = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\
                      <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\
                      <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\
                      <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>\
                      <svg xmlns=\"http://www.w3.org/2000/svg\">&g;</svg>";
        assert!(
            embeddable(laughs.into())
                .unwrap_err()
                .why
                .render(sopan_diagnostics::Bahasa::En)
                .contains("entities")
        );
    }
}
