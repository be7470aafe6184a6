//! The font a sheet embeds: the bundled `DejaVu Sans`, subset to the characters that sheet
//! prints.
//!
//! The whole font is 742 KiB, a megabyte once in base64, and would be most of every sheet.
//! A sheet prints 80 or so distinct characters, so the font it embeds keeps only their
//! glyphs (see [`characters`] for what counts as printed; text drawn by CSS, such as
//! `content:`, must be added there): about 15 KiB. The subset is made with `allsorts`,
//! with a Unicode `cmap`, the table a browser maps characters through. It keeps the whole
//! font's outline and advance of every glyph and its vertical metrics, so the browser sets
//! every line exactly as wide as the layout measured it; kerning, the layout tables and
//! hinting are left out, as the layout measures without them. A character the bundled font
//! lacks (Chinese, say) is left out too, and the browser draws it with the next font of the
//! CSS font-family, as it would with the whole font.
//!
//! The subset is a function of the set of glyphs alone, so a sheet's bytes depend neither on
//! the order sheets are rendered in nor on the thread count. Many sheets of a build print
//! the same set (the sheets of one office, often), so recent subsets are kept, already in
//! base64, keyed by that set; the parsed font is made once per process.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use allsorts::binary::read::ReadScope;
use allsorts::binary::write::{WriteBinary, WriteBinaryDep, WriteBuffer};
use allsorts::error::ParseError;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tables::glyf::{CompositeGlyphFlag, GlyfRecord, GlyfTable, Glyph};
use allsorts::tables::loca::{LocaTable, owned};
use allsorts::tables::{
    FontTableProvider, HeadTable, MaxpTable, NameTable, OffsetTableFontProvider, OpenTypeFont,
};
use allsorts::tag;

/// Characters every subset keeps: a browser sets spaces and no-break spaces the text may
/// not spell out (white space between elements). Every other character a sheet shows is in
/// its text: sopan-layout breaks, cuts ("…"), numbers and capitalises every line itself,
/// and the style sheet transforms no text.
const ALWAYS: [char; 2] = [' ', '\u{A0}'];

/// How many subsets a process keeps, about 20 KiB each. 1,000 generated SOPs print 148
/// distinct character sets; 256 entries make a subset of each once (64 made 216).
const CACHE_ENTRIES: usize = 256;

/// The bundled font, parsed once per process.
struct Bundled {
    face: ttf_parser::Face<'static>,
    tables: OffsetTableFontProvider<'static>,
    /// `glyf` and `loca` without the hinting instructions: the layout measured unhinted
    /// outlines, and the instructions call functions (`fpgm`) a subset no longer carries.
    glyf: Vec<u8>,
    loca: Vec<u8>,
    /// The `name` table the subsets carry, see [`names`].
    name: Vec<u8>,
}

impl FontTableProvider for Bundled {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        let own = match tag {
            tag::NAME => &self.name,
            tag::GLYF => &self.glyf,
            tag::LOCA => &self.loca,
            _ => return self.tables.table_data(tag),
        };
        Ok(Some(Cow::Borrowed(own)))
    }

    fn has_table(&self, tag: u32) -> bool {
        self.tables.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.tables.table_tags()
    }
}

fn bundled() -> Option<&'static Bundled> {
    static BUNDLED: OnceLock<Option<Bundled>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| {
            let data = sopan_layout::text::font_data();
            let face = ttf_parser::Face::parse(data, 0).ok()?;
            let font = ReadScope::new(data).read::<OpenTypeFont<'static>>().ok()?;
            let tables = font.table_provider(0).ok()?;
            let name = names(&tables).ok()?;
            let (glyf, loca) = unhinted(&tables).ok()?;
            Some(Bundled {
                face,
                tables,
                glyf,
                loca,
                name,
            })
        })
        .as_ref()
}

/// The `name` table of `tables` with each name once. The bundled font has every name
/// twice, for Macintosh (one byte a character) and for Windows (UTF-16); the licence text,
/// which the licence asks every copy to carry, is 9 KiB of the 15 in UTF-16. The subset
/// keeps the Windows names a Windows font loader looks for, and the licence text in its
/// Macintosh encoding, half the size.
fn names(tables: &OffsetTableFontProvider<'_>) -> Result<Vec<u8>, ParseError> {
    const MACINTOSH: u16 = 1;
    const WINDOWS: u16 = 3;
    let data = tables.read_table_data(tag::NAME)?;
    let name = ReadScope::new(&data).read::<NameTable<'_>>()?;
    let mut owned = allsorts::tables::owned::NameTable::try_from(&name)?;
    let licence = NameTable::LICENSE_DESCRIPTION;
    let has_short_licence = owned
        .name_records
        .iter()
        .any(|r| r.platform_id == MACINTOSH && r.name_id == licence);
    // The records stay in the font's order, sorted by platform as the format asks.
    owned.name_records.retain(|r| match r.platform_id {
        MACINTOSH => r.name_id == licence,
        WINDOWS => r.name_id != licence || !has_short_licence,
        _ => false,
    });
    let mut buffer = WriteBuffer::new();
    allsorts::tables::owned::NameTable::write(&mut buffer, &owned)
        .map_err(|_| ParseError::BadValue)?;
    Ok(buffer.into_inner())
}

/// The `glyf` and `loca` tables of `tables` with every glyph's instructions removed.
fn unhinted(tables: &OffsetTableFontProvider<'_>) -> Result<(Vec<u8>, Vec<u8>), ParseError> {
    let head = ReadScope::new(&tables.read_table_data(tag::HEAD)?).read::<HeadTable>()?;
    let maxp = ReadScope::new(&tables.read_table_data(tag::MAXP)?).read::<MaxpTable>()?;
    let loca_data = tables.read_table_data(tag::LOCA)?;
    let loca = ReadScope::new(&loca_data)
        .read_dep::<LocaTable<'_>>((maxp.num_glyphs, head.index_to_loc_format))?;
    let glyf_data = tables.read_table_data(tag::GLYF)?;
    let mut glyf = ReadScope::new(&glyf_data).read_dep::<GlyfTable<'_>>(&loca)?;
    for record in glyf.records_mut() {
        record.parse()?;
        if let GlyfRecord::Parsed(glyph) = record {
            match glyph {
                Glyph::Simple(simple) => simple.instructions = Box::default(),
                Glyph::Composite(composite) => {
                    composite.instructions = Box::default();
                    for component in &mut composite.glyphs {
                        component
                            .flags
                            .remove(CompositeGlyphFlag::WE_HAVE_INSTRUCTIONS);
                    }
                }
                Glyph::Empty(_) => {}
            }
        }
    }
    let mut glyf_out = WriteBuffer::new();
    let new_loca = GlyfTable::write_dep(&mut glyf_out, glyf, head.index_to_loc_format)
        .map_err(|_| ParseError::BadValue)?;
    let mut loca_out = WriteBuffer::new();
    owned::LocaTable::write_dep(&mut loca_out, new_loca, head.index_to_loc_format)
        .map_err(|_| ParseError::BadValue)?;
    Ok((glyf_out.into_inner(), loca_out.into_inner()))
}

/// The characters a page made of `parts` (pieces of HTML, each starting outside a tag)
/// prints: its text, outside tags, comments and the `title`, `style` and `script`
/// elements, with each character reference (`&#39;`, `&amp;`) read as the character it
/// names. Attribute values are not drawn (the logo's `data:` URI would add the whole base64
/// alphabet). [`ALWAYS`] is added.
fn characters(parts: &[&str]) -> BTreeSet<char> {
    let mut ascii = [false; 128];
    let mut other = BTreeSet::new();
    let mut add = |c: char| {
        // Line breaks and tabs are layout, not glyphs.
        if c.is_ascii() {
            if !c.is_ascii_control() {
                ascii[usize::from(c as u8)] = true;
            }
        } else if !c.is_control() {
            other.insert(c);
        }
    };
    for part in parts {
        let mut rest = *part;
        loop {
            let stop = rest.find(['<', '&']).unwrap_or(rest.len());
            rest[..stop].chars().for_each(&mut add);
            rest = &rest[stop..];
            if let Some(markup) = rest.strip_prefix('<') {
                rest = after_markup(markup);
            } else if let Some(after) = rest.strip_prefix('&') {
                // The longest reference Sopan writes, `&#x10FFFF;`, has 8 characters
                // between `&` and `;`.
                let named = after
                    .bytes()
                    .take(12)
                    .position(|b| b == b';')
                    .and_then(|end| Some((reference(&after[..end])?, end + 1)));
                rest = if let Some((c, len)) = named {
                    add(c);
                    &after[len..]
                } else {
                    add('&');
                    after
                };
            } else {
                break;
            }
        }
    }
    ALWAYS.into_iter().for_each(&mut add);
    (0u8..128)
        .filter(|&b| ascii[usize::from(b)])
        .map(char::from)
        .chain(other)
        .collect()
}

/// `rest`, just after a `<`, past the markup it opens: a comment, or a tag and, for the
/// elements whose content is not drawn as text, that content and its end tag. Markup
/// without its end runs to the end of `rest`.
fn after_markup(rest: &str) -> &str {
    if let Some(comment) = rest.strip_prefix("!--") {
        return comment.find("-->").map_or("", |end| &comment[end + 3..]);
    }
    // Author text in attributes is escaped, so the first `>` ends the tag.
    let Some(end) = rest.find('>') else {
        return "";
    };
    let tag = &rest[..end];
    let after = &rest[end + 1..];
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    for hidden in ["title", "style", "script"] {
        if name.eq_ignore_ascii_case(hidden) {
            let close = format!("</{hidden}");
            return after
                .find(&close)
                .map_or("", |at| after_markup(&after[at + 1..]));
        }
    }
    after
}

/// The character the reference `&body;` stands for.
fn reference(body: &str) -> Option<char> {
    let code = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(decimal) = body.strip_prefix('#') {
        decimal.parse().ok()?
    } else {
        return match body {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{A0}'),
            _ => None,
        };
    };
    char::from_u32(code)
}

/// The glyphs of `chars` the bundled font has, `.notdef` (glyph 0) first.
fn glyphs(face: &ttf_parser::Face<'_>, chars: &BTreeSet<char>) -> Vec<u16> {
    let mut ids: Vec<u16> = chars
        .iter()
        .filter_map(|&c| face.glyph_index(c))
        .map(|g| g.0)
        .chain([0])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn subset_glyphs(font: &Bundled, glyphs: &[u16]) -> Option<Vec<u8>> {
    allsorts::subset::subset(font, glyphs, &SubsetProfile::Minimal, CmapTarget::Unicode).ok()
}

/// The font of a page made of `parts`, in base64, for the sheet's `@font-face`.
///
/// Should the bundled font ever fail to subset, the sheet embeds the whole font: bigger,
/// never wrong.
pub(crate) fn base64_for_page(parts: &[&str]) -> Arc<str> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    let Some(font) = bundled() else {
        return whole_base64();
    };
    let key = glyphs(&font.face, &characters(parts));
    let cache = CACHE.get_or_init(|| Mutex::new(Cache::default()));
    if let Some(hit) = cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return hit;
    }
    // Subset outside the lock: two threads may make the same subset at once, the same bytes.
    let Some(subset) = subset_glyphs(font, &key) else {
        return whole_base64();
    };
    let encoded: Arc<str> = crate::base64::encode(&subset).into();
    cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(key, Arc::clone(&encoded));
    encoded
}

fn whole_base64() -> Arc<str> {
    static WHOLE: OnceLock<Arc<str>> = OnceLock::new();
    Arc::clone(WHOLE.get_or_init(|| crate::base64::encode(sopan_layout::text::font_data()).into()))
}

/// The last [`CACHE_ENTRIES`] subsets, by glyph set. Which entry is dropped depends on
/// timing, but an entry's value does not, so neither do the sheets.
#[derive(Default)]
struct Cache {
    entries: HashMap<Vec<u16>, (u64, Arc<str>)>,
    clock: u64,
}

impl Cache {
    fn get(&mut self, key: &[u16]) -> Option<Arc<str>> {
        self.clock += 1;
        let clock = self.clock;
        self.entries.get_mut(key).map(|(used, value)| {
            *used = clock;
            Arc::clone(value)
        })
    }

    fn insert(&mut self, key: Vec<u16>, value: Arc<str>) {
        if self.entries.len() >= CACHE_ENTRIES
            && let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, (used, _))| *used)
                .map(|(k, _)| k.clone())
        {
            self.entries.remove(&oldest);
        }
        self.clock += 1;
        self.entries.insert(key, (self.clock, value));
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::fmt::Write as _;
    use std::sync::Arc;

    use ttf_parser::{Face, GlyphId, OutlineBuilder, Tag};

    use super::{
        ALWAYS, CACHE_ENTRIES, Cache, base64_for_page, bundled, characters, glyphs, subset_glyphs,
    };

    /// Indonesian text with the punctuation and symbols sheets use, and two scripts the
    /// bundled font lacks (Cyrillic, CJK).
    const TEXT: &str = "Surat Keterangan Tidak Mampu — biaya Rp 10.000 – “gratis” • waktu ≤ 3 hari ✓ \
                        Kepala Desa: Drs. H. Ma’ruf, M.Si (NIP 19640101 199003 1 005) Камера 中文";

    fn whole() -> Face<'static> {
        Face::parse(sopan_layout::text::font_data(), 0).expect("the bundled font")
    }

    fn subset(parts: &[&str]) -> Vec<u8> {
        let font = bundled().expect("the bundled font parses");
        subset_glyphs(font, &glyphs(&font.face, &characters(parts))).expect("a subset")
    }

    /// The glyph of `c`, if the face has one (glyph 0 is `.notdef`, not a glyph of `c`).
    fn glyph(face: &Face<'_>, c: char) -> Option<GlyphId> {
        face.glyph_index(c).filter(|g| g.0 != 0)
    }

    #[test]
    fn every_character_of_the_text_is_in_the_subset_and_nothing_the_font_lacks() {
        let whole = whole();
        let data = subset(&[TEXT]);
        let subset = Face::parse(&data, 0).expect("the subset parses");
        for c in TEXT.chars().chain(ALWAYS) {
            assert_eq!(
                glyph(&whole, c).is_some(),
                glyph(&subset, c).is_some(),
                "{c:?} U+{:04X}",
                u32::from(c)
            );
        }
        for lacking in ['中', '文'] {
            assert!(
                glyph(&whole, lacking).is_none(),
                "the bundled font lacks {lacking}"
            );
        }
        assert!(
            glyph(&subset, 'К').is_some(),
            "the bundled font has Cyrillic"
        );
        // Only the text's glyphs: a letter the text lacks is not there.
        assert!(glyph(&subset, 'q').is_none() && glyph(&subset, 'Z').is_none());
        assert!(
            data.len() < 16 * 1024,
            "{} bytes for a line of text",
            data.len()
        );
    }

    #[test]
    fn the_subset_keeps_the_metrics_the_layout_measured_with() {
        let whole = whole();
        let data = subset(&[
            TEXT,
            "abcdefghijklmnopqrstuvwxyz 0123456789 ()[]/.,;: é Ü ñ ½ № →",
        ]);
        let subset = Face::parse(&data, 0).expect("the subset parses");
        assert_eq!(whole.units_per_em(), subset.units_per_em());
        assert_eq!(whole.ascender(), subset.ascender());
        assert_eq!(whole.descender(), subset.descender());
        assert_eq!(whole.line_gap(), subset.line_gap());
        assert_eq!(whole.typographic_ascender(), subset.typographic_ascender());
        let os2 = |f: &Face<'_>| {
            f.tables()
                .os2
                .map(|t| (t.windows_ascender(), t.windows_descender()))
        };
        assert_eq!(os2(&whole), os2(&subset));
        let mut kept = 0;
        for cp in 0..=u32::from(char::MAX) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let Some(small) = glyph(&subset, c) else {
                continue;
            };
            let big = glyph(&whole, c).expect("the subset has only the font's characters");
            assert_eq!(
                whole.glyph_hor_advance(big),
                subset.glyph_hor_advance(small),
                "advance of {c:?}"
            );
            assert_eq!(
                outline(&whole, big),
                outline(&subset, small),
                "outline of {c:?}"
            );
            kept += 1;
        }
        assert_eq!(
            whole.glyph_hor_advance(GlyphId(0)),
            subset.glyph_hor_advance(GlyphId(0))
        );
        assert!(kept > 60, "only {kept} characters compared");
    }

    /// Every point of a glyph's outline, as drawn.
    fn outline(face: &Face<'_>, glyph: GlyphId) -> String {
        #[derive(Default)]
        struct Path(String);
        impl OutlineBuilder for Path {
            fn move_to(&mut self, x: f32, y: f32) {
                let _ = write!(self.0, "M{x} {y}");
            }
            fn line_to(&mut self, x: f32, y: f32) {
                let _ = write!(self.0, "L{x} {y}");
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                let _ = write!(self.0, "Q{x1} {y1} {x} {y}");
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                let _ = write!(self.0, "C{x1} {y1} {x2} {y2} {x} {y}");
            }
            fn close(&mut self) {
                self.0 += "Z";
            }
        }
        let mut path = Path::default();
        let bbox = face.outline_glyph(glyph, &mut path);
        format!("{bbox:?}{}", path.0)
    }

    #[test]
    fn the_subset_has_no_hinting_kerning_or_layout_tables() {
        let data = subset(&[TEXT]);
        let subset = Face::parse(&data, 0).expect("the subset parses");
        for table in [
            b"fpgm", b"prep", b"cvt ", b"kern", b"GPOS", b"GSUB", b"GDEF", b"MATH",
        ] {
            assert!(
                subset.raw_face().table(Tag::from_bytes(table)).is_none(),
                "{}",
                String::from_utf8_lossy(table)
            );
        }
        for table in [b"cmap", b"name", b"OS/2", b"post", b"hmtx", b"glyf"] {
            assert!(subset.raw_face().table(Tag::from_bytes(table)).is_some());
        }
        // The licence the font asks every copy to carry, and the family name.
        let names: Vec<String> = subset
            .names()
            .into_iter()
            .filter_map(|n| {
                n.to_string().or_else(|| {
                    (n.platform_id == ttf_parser::PlatformId::Macintosh)
                        .then(|| n.name.iter().copied().map(char::from).collect())
                })
            })
            .collect();
        assert!(
            names
                .iter()
                .any(|n| n.contains("Bitstream Vera Fonts Copyright"))
        );
        assert!(names.iter().any(|n| n == "DejaVu Sans"));
    }

    #[test]
    fn the_printed_characters_are_the_text_not_the_markup() {
        let page = characters(&[
            "<title>Judul</title><style>.q { color: #fff }</style>",
            "<div class=\"Qx\"><img src=\"data:image/png;base64,WVo=\">ab &amp; &#39;c&#x2013;\
             &quot;&lt;&gt;&nbsp;&#0;\t\n<!-- zz --></div>&copy;",
        ]);
        let expected: BTreeSet<char> = "&'<>\"ab;copy\u{2013}".chars().chain(ALWAYS).collect();
        assert_eq!(page, expected);
        // Unclosed markup ends the text; a lone `&` is printed.
        assert_eq!(
            characters(&["a & b <p", "c<!-- d", "<style> e"]),
            "ab&c".chars().chain(ALWAYS).collect()
        );
    }

    #[test]
    fn same_page_same_bytes_on_any_thread_and_from_the_cache() {
        let pages: Vec<String> = (0..8)
            .map(|i| format!("{TEXT} halaman {i} {}", "xyzw".repeat(i % 3)))
            .collect();
        let fresh: Vec<Vec<u8>> = pages.iter().map(|p| subset(&[p])).collect();
        assert_eq!(fresh[0], subset(&[&pages[0]]));
        let encoded: Vec<Arc<str>> = pages.iter().map(|p| base64_for_page(&[p])).collect();
        for (bytes, text) in fresh.iter().zip(&encoded) {
            assert_eq!(&*crate::base64::encode(bytes), &**text);
        }
        std::thread::scope(|scope| {
            let threads: Vec<_> = (0..4)
                .map(|t| {
                    let pages = &pages;
                    scope.spawn(move || {
                        (0..pages.len())
                            .map(|i| {
                                let i = (i + t) % pages.len();
                                (i, base64_for_page(&[&pages[i]]))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for thread in threads {
                for (i, text) in thread.join().expect("no panic") {
                    assert_eq!(text, encoded[i], "page {i}");
                }
            }
        });
    }

    #[test]
    fn the_cache_keeps_the_most_recently_used_subsets() {
        let mut cache = Cache::default();
        let key = |i: usize| vec![0, u16::try_from(i).expect("small")];
        for i in 0..CACHE_ENTRIES {
            cache.insert(key(i), i.to_string().into());
        }
        assert_eq!(cache.get(&key(0)).as_deref(), Some("0"));
        cache.insert(key(CACHE_ENTRIES), "new".into());
        assert_eq!(cache.entries.len(), CACHE_ENTRIES);
        assert!(
            cache.get(&key(1)).is_none(),
            "the least recently used is dropped"
        );
        assert_eq!(cache.get(&key(0)).as_deref(), Some("0"));
        assert_eq!(cache.get(&key(CACHE_ENTRIES)).as_deref(), Some("new"));
    }
}
