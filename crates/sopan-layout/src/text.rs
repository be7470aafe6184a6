//! Text measured with the one bundled font: advance widths, line boxes, word wrapping.
//!
//! The font is `DejaVu Sans` 2.37 (`fonts/DejaVuSans.ttf`, licence in `fonts/LICENSE`). Widths
//! add the glyph advances of `hmtx` without kerning; browsers and resvg kern, which only ever
//! makes a line narrower than measured, so text measured here never overflows. A fallback
//! font a viewer may substitute (Arial, Helvetica, Liberation Sans) is narrower than
//! `DejaVu Sans` too. A character the font lacks counts one em, wider than any glyph it could get.

use std::sync::OnceLock;

/// The family name every output writes in `font-family`.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The `font-family` value: the bundled font first, then narrower stand-ins.
pub const FONT_FAMILY_CSS: &str =
    "'DejaVu Sans', 'Bitstream Vera Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/// Line height as a multiple of the font size.
pub const LINE_HEIGHT: f32 = 1.25;

static FONT: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

/// The bundled font file (TrueType), for outputs that embed it.
#[must_use]
pub fn font_data() -> &'static [u8] {
    FONT
}

/// Characters whose advances are read once into a table: Latin, Greek, Cyrillic and the
/// General Punctuation block cover nearly all Indonesian text.
const TABLE_END: u32 = 0x2070;

struct Metrics {
    face: Option<ttf_parser::Face<'static>>,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    /// Advance in font units per code point below `TABLE_END`; `u16::MAX` for "not in font".
    table: Vec<u16>,
}

impl Metrics {
    fn load() -> Metrics {
        let face = ttf_parser::Face::parse(FONT, 0).ok();
        let (units_per_em, ascender, descender) =
            face.as_ref().map_or((2048.0, 1901.0, -483.0), |f| {
                (
                    f32::from(f.units_per_em()),
                    f32::from(f.ascender()),
                    f32::from(f.descender()),
                )
            });
        let mut metrics = Metrics {
            face,
            units_per_em,
            ascender,
            descender,
            table: Vec::new(),
        };
        metrics.table = (0..TABLE_END)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| metrics.lookup(c))
                    .unwrap_or(u16::MAX)
            })
            .collect();
        metrics
    }

    fn lookup(&self, c: char) -> Option<u16> {
        let face = self.face.as_ref()?;
        let glyph = face.glyph_index(c)?;
        face.glyph_hor_advance(glyph)
    }

    /// Advance of one character in ems.
    fn advance(&self, c: char) -> f32 {
        let cp = u32::from(c);
        let units = if cp < TABLE_END {
            self.table
                .get(cp as usize)
                .copied()
                .filter(|&u| u != u16::MAX)
        } else {
            self.lookup(c)
        };
        match units {
            Some(units) => f32::from(units) / self.units_per_em,
            // Control characters draw nothing; anything else the font lacks gets a full em.
            None if c.is_control() => 0.0,
            None => 1.0,
        }
    }
}

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(Metrics::load)
}

/// The width of `text` on one line at `size` user units per em.
#[must_use]
pub fn width(text: &str, size: f32) -> f32 {
    let m = metrics();
    text.chars().map(|c| m.advance(c)).sum::<f32>() * size
}

/// The distance from a line's top to its baseline, for lines `LINE_HEIGHT × size` tall.
#[must_use]
pub fn baseline_offset(size: f32) -> f32 {
    let m = metrics();
    let ascent = m.ascender / m.units_per_em;
    let descent = -m.descender / m.units_per_em;
    // The glyph box (ascent + descent) is centred in the line box.
    (LINE_HEIGHT - ascent - descent) / 2.0 * size + ascent * size
}

/// The height of `lines` lines at `size`; also the offset of line `lines` from the first.
#[must_use]
#[expect(clippy::cast_precision_loss, reason = "line counts are far below 2^24")]
pub fn block_height(lines: usize, size: f32) -> f32 {
    lines as f32 * line_height(size)
}

/// The height of one line at `size`.
#[must_use]
pub fn line_height(size: f32) -> f32 {
    LINE_HEIGHT * size
}

/// Breaks `text` into lines no wider than `max_width`. Lines break at spaces, after `-` and
/// `/` inside a word, at every `\n`, and inside a word too long for a line of its own.
#[must_use]
pub fn wrap(text: &str, max_width: f32, size: f32) -> Vec<String> {
    wrap_shaped(text, size, &|_| max_width)
}

/// Like [`wrap`], with a width of its own for each line (by index from 0): text inside a
/// diamond gets more room on its middle lines.
#[must_use]
pub fn wrap_shaped(text: &str, size: f32, widths: &dyn Fn(usize) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = Line::default();
        for word in paragraph.split_whitespace() {
            place_word(word, &mut line, &mut lines, widths, size);
        }
        if !line.text.is_empty() || lines.is_empty() || paragraph.trim().is_empty() {
            lines.push(line.text);
        }
    }
    // A trailing empty paragraph ("a\n") adds nothing a reader would miss.
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Like [`wrap`], but keeps at most `max_lines` lines; the last kept line ends in "…" when
/// text was left out.
#[must_use]
pub fn wrap_at_most(text: &str, max_width: f32, size: f32, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, max_width, size);
    if lines.len() <= max_lines.max(1) {
        return lines;
    }
    lines.truncate(max_lines.max(1));
    if let Some(last) = lines.last_mut() {
        let mut kept: String = last.trim_end().to_owned();
        while !kept.is_empty() && width(&format!("{kept}…"), size) > max_width {
            kept.pop();
        }
        *last = format!("{}…", kept.trim_end());
    }
    lines
}

/// The line being filled, and its width so far.
#[derive(Default)]
struct Line {
    text: String,
    width: f32,
}

/// Room kept free at the end of a line: widths are added up word by word here and glyph by
/// glyph by [`width`], which may round differently.
const SLACK: f32 = 0.01;

/// Appends `word` to `line`, or to new lines when it does not fit. Each line is held to
/// its own width: the line after a break may be narrower than the one before.
fn place_word(
    word: &str,
    line: &mut Line,
    lines: &mut Vec<String>,
    widths: &dyn Fn(usize) -> f32,
    size: f32,
) {
    // A line with no room still takes one character, so wrapping always ends.
    let room = |lines: &Vec<String>| widths(lines.len()).max(0.0);
    let max_width = room(lines);
    let word_width = width(word, size);
    let used = if line.text.is_empty() {
        0.0
    } else {
        line.width + width(" ", size)
    };
    if used + word_width <= max_width - SLACK {
        if !line.text.is_empty() {
            line.text.push(' ');
        }
        line.text.push_str(word);
        line.width = used + word_width;
        return;
    }
    let mut rest = word;
    if !line.text.is_empty() {
        // A head of the word, broken after `-` or `/`, may still fit on this line.
        if let Some(end) = head_at_breaks(rest, max_width - used - SLACK, size) {
            line.text.push(' ');
            line.text.push_str(&rest[..end]);
            rest = &rest[end..];
        }
        lines.push(std::mem::take(&mut line.text));
    }
    while !rest.is_empty() && width(rest, size) > room(lines) - SLACK {
        let max_width = room(lines);
        let end = head_at_breaks(rest, max_width - SLACK, size)
            .unwrap_or_else(|| head_of_chars(rest, max_width - SLACK, size));
        lines.push(rest[..end].to_owned());
        rest = &rest[end..];
    }
    line.text.push_str(rest);
    line.width = width(rest, size);
}

/// The longest head of `word` that ends after a `-` or `/` (not the last character) and
/// fits in `room`.
fn head_at_breaks(word: &str, room: f32, size: f32) -> Option<usize> {
    word.char_indices()
        .filter(|&(i, c)| (c == '-' || c == '/') && i + c.len_utf8() < word.len())
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|&end| width(&word[..end], size) <= room)
        .last()
}

/// The length in bytes of the longest head of `text` that fits in `room`: at least one
/// character, so wrapping always moves on.
fn head_of_chars(text: &str, room: f32, size: f32) -> usize {
    let m = metrics();
    let mut end = 0;
    let mut used = 0.0;
    for (i, c) in text.char_indices() {
        used += m.advance(c) * size;
        if used > room && end > 0 {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        // DejaVu Sans: "n" advances 1298 units of 2048, a space 651.
        assert!((width("n", 2048.0) - 1298.0).abs() < 0.01);
        assert!((width(" ", 2048.0) - 651.0).abs() < 0.01);
        assert!((width("nn", 10.0) - 2.0 * width("n", 10.0)).abs() < 1e-4);
    }

    #[test]
    fn wrapping_keeps_every_line_inside() {
        let text =
            "Menerima berkas permohonan, memeriksa kelengkapan dan perundang-undangan/peraturan";
        for max in [30.0, 60.0, 90.0, 200.0] {
            let lines = wrap(text, max, 10.0);
            for line in &lines {
                assert!(width(line, 10.0) <= max, "{line:?} wider than {max}");
            }
            let joined: String = lines
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, original);
        }
    }

    #[test]
    fn long_words_break_after_hyphens_then_anywhere() {
        let lines = wrap("perundang-undangan", 60.0, 10.0);
        assert_eq!(lines[0], "perundang-");
        let lines = wrap("Aaaaaaaaaaaaaaaaaaaaaaaa", 30.0, 10.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 10.0) <= 30.0));
    }

    #[test]
    fn each_line_keeps_to_its_own_width() {
        // A diamond's lines narrow towards its corners: a word moved onto the next line
        // must fit that line, not the one it left.
        let widths = |i: usize| [90.0, 40.0, 40.0, 40.0, 40.0][i.min(4)];
        let lines = wrap_shaped("Menerima pengembalian berkas", 10.0, &widths);
        for (i, line) in lines.iter().enumerate() {
            assert!(
                width(line, 10.0) <= widths(i),
                "{line:?} wider than line {i}: {lines:?}"
            );
        }
    }

    #[test]
    fn newlines_and_limits() {
        assert_eq!(wrap("a\nb", 100.0, 10.0), ["a", "b"]);
        assert_eq!(wrap("", 100.0, 10.0), [""]);
        let lines = wrap_at_most("satu dua tiga empat lima enam", 40.0, 10.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(width(&lines[1], 10.0) <= 40.0);
    }
}
