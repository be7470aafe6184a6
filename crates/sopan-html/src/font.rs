//! The font a sheet embeds: a subset of the bundled `DejaVu Sans` when it covers every
//! character of the page, the whole font otherwise.
//!
//! The whole font is 742 KiB, a megabyte once in base64, and would be most of every sheet;
//! the subset (`fonts/DejaVuSans-subset.ttf`, made by `fonts/subset.sh`) keeps Latin,
//! punctuation, currency, arrows and the common symbols in 107 KiB. Both have the same
//! advances as the font the layout measured with, so the choice changes bytes, never a
//! line break.

use std::sync::OnceLock;

static SUBSET: &[u8] = include_bytes!("../fonts/DejaVuSans-subset.ttf");

/// The code points the subset keeps, as `fonts/subset.sh` lists them.
const RANGES: [(u32, u32); 10] = [
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x25A0, 0x25FF),
    (0x2713, 0x2718),
    (0xFFFD, 0xFFFD),
];

/// Whether the subset draws `c` as the whole font would. Line breaks and tabs are layout,
/// not glyphs.
fn covered(c: char) -> bool {
    let cp = u32::from(c);
    matches!(c, '\n' | '\r' | '\t') || RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
}

/// The font file to embed in a page made of `parts`.
pub(crate) fn for_page(parts: &[&str]) -> &'static [u8] {
    // Markup and CSS are ASCII; one pass over the page sees every author character.
    if parts.iter().all(|part| part.chars().all(covered)) {
        SUBSET
    } else {
        sopan_layout::text::font_data()
    }
}

/// [`for_page`] in base64, encoded once per process: every sheet of a build embeds one of
/// the same two files, and encoding it was nearly half the time of rendering a sheet.
pub(crate) fn base64_for_page(parts: &[&str]) -> &'static str {
    static SUBSET_BASE64: OnceLock<String> = OnceLock::new();
    static WHOLE_BASE64: OnceLock<String> = OnceLock::new();
    let font = for_page(parts);
    let cell = if std::ptr::eq(font, SUBSET) {
        &SUBSET_BASE64
    } else {
        &WHOLE_BASE64
    };
    cell.get_or_init(|| crate::base64::encode(font))
}

#[cfg(test)]
mod tests {
    use super::{RANGES, SUBSET, covered, for_page};

    /// The subset maps exactly the whole font's characters inside `RANGES`, with the same
    /// advance for each, so `RANGES` and `subset.sh` cannot drift apart unnoticed.
    #[test]
    fn subset_matches_the_whole_font_inside_its_ranges() {
        let whole = ttf_parser::Face::parse(sopan_layout::text::font_data(), 0).expect("font");
        let subset = ttf_parser::Face::parse(SUBSET, 0).expect("subset");
        assert_eq!(whole.units_per_em(), subset.units_per_em());
        let mut checked = 0;
        for cp in 0..=u32::from(char::MAX) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            // Glyph 0 is `.notdef`: a character mapped to it is not in the font.
            let in_whole = whole.glyph_index(c).filter(|g| g.0 != 0);
            let in_subset = subset.glyph_index(c).filter(|g| g.0 != 0);
            if covered(c) && !c.is_control() {
                let advance = |f: &ttf_parser::Face<'_>, g| f.glyph_hor_advance(g);
                assert_eq!(
                    in_whole.and_then(|g| advance(&whole, g)),
                    in_subset.and_then(|g| advance(&subset, g)),
                    "U+{cp:04X}"
                );
                checked += usize::from(in_whole.is_some());
            } else if !c.is_control() {
                assert!(
                    in_subset.is_none(),
                    "U+{cp:04X} is in the subset but not in RANGES"
                );
            }
        }
        assert!(checked > 1000, "only {checked} characters compared");
        assert!(RANGES.iter().all(|(lo, hi)| lo <= hi));
    }

    #[test]
    fn a_page_outside_the_subset_gets_the_whole_font() {
        assert_eq!(
            for_page(&["Surat Keterangan — “Rp 10.000”", "≤ 3 hari ✓"]).len(),
            SUBSET.len()
        );
        assert_eq!(
            for_page(&["Surat", "Камера"]).len(),
            sopan_layout::text::font_data().len()
        );
    }
}
