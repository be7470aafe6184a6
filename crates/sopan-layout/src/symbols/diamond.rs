//! Text in a diamond: the lowest diamond as wide as the symbol column that holds the
//! question in whole words, each line as wide as the diamond is at that line; failing that
//! its first words and "…"; failing that, with the words no line can hold broken.

use super::{PAD_Y, Sized, even};
use crate::geometry::Shape;
use crate::settings::{LayoutSettings, SymbolText};
use crate::text;

/// Horizontal space kept between a line of text and a diamond's side at the line's outer
/// edge (the slant already keeps the rest of the line clear).
const DIAMOND_PAD_X: f32 = 2.0;

/// A diamond holding its question: as wide as the symbol column, as high as the text needs.
/// `uraian` is the row's uraian when the flowchart shows it in this symbol, else empty.
pub(super) fn decision(tanya: Option<&str>, uraian: &str, settings: &LayoutSettings) -> Sized {
    let width = settings.symbol_width;
    let words = match (tanya, settings.symbol_text) {
        (Some(tanya), _) => tanya,
        (None, SymbolText::Uraian) => uraian,
        (None, SymbolText::Ringkas) => "",
    };
    let min_height = settings.min_symbol_height() + 8.0;
    if words.trim().is_empty() {
        return diamond(width, min_height, Vec::new());
    }
    let most = settings.max_decision_lines.max(1);
    let size = settings.font_size;
    let fitted = (1..=most)
        .filter_map(|n| fit_in_diamond(words, width, size, (n, false)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        // Too much text for the allowed lines: show its first words and "…".
        .or_else(|| fit_in_diamond(words, width, size, (most, true)))
        // A word wider than the diamond can be: break it rather than show nothing.
        .or_else(|| break_in_diamond(words, width, size, most));
    let (height, lines) = fitted.unwrap_or((min_height, Vec::new()));
    diamond(width, even(height.max(min_height)), lines)
}

/// The lowest diamond `width` wide that holds `words` in `lines` lines without breaking a
/// word, each line as wide as the diamond is at that line's outer edge. With `cut`, the
/// lines hold the first words only, the last line ending in "…", in a diamond tall enough
/// for lines of a useful width.
fn fit_in_diamond(
    words: &str,
    width: f32,
    size: f32,
    (lines, cut): (usize, bool),
) -> Option<(f32, Vec<String>)> {
    let block = crate::units(lines) * text::line_height(size);
    let room = |height: f32| move |i: usize| line_room(width, size, (lines, i), height);
    let fits = |height: f32| {
        // A line with no room at all cannot hold a word.
        let widths = room(height);
        if (0..lines).any(|i| widths(i) <= 0.0) {
            return None;
        }
        let mut wrapped = text::wrap_shaped(words, size, &widths);
        let more = wrapped.len() > lines;
        if more && !cut {
            return None;
        }
        wrapped.truncate(lines);
        let shown = wrapped.iter().flat_map(|l| l.split_whitespace());
        if !shown.zip(words.split_whitespace()).all(|(a, b)| a == b) {
            return None;
        }
        if more && let Some(last) = wrapped.last_mut() {
            *last = ellipsis(last, widths(lines - 1), size);
        }
        Some(wrapped)
    };
    // Taller is roomier on every line: search the lowest height that fits.
    let floor = if cut { 2.4 * block } else { block + PAD_Y };
    let (mut low, mut high) = (floor, 8.0 * block + 40.0);
    fits(high)?;
    while high - low > 1.0 {
        let middle = f32::midpoint(low, high);
        if fits(middle).is_some() {
            high = middle;
        } else {
            low = middle;
        }
    }
    fits(high).map(|wrapped| (high, wrapped))
}

/// Text with a word no diamond up to twice as tall as wide holds whole: broken inside a
/// word only where the word is wider than its line, cut after `most` lines with "…". The
/// lines are wrapped in that tallest diamond, where lines are widest, preferring no cut,
/// then fewer broken words, then fewer lines; the diamond is then as low as they allow.
fn break_in_diamond(words: &str, width: f32, size: f32, most: usize) -> Option<(f32, Vec<String>)> {
    let tallest = 2.0 * width;
    let (n, lines) = (1..=most)
        .filter_map(|n| {
            let (cut, broken, lines) = broken_lines(words, width, size, (n, most), tallest)?;
            Some(((cut, broken, n), lines))
        })
        .min_by_key(|(key, _)| *key)
        .map(|((_, _, n), lines)| (n, lines))?;
    let fits = |height: f32| {
        lines
            .iter()
            .enumerate()
            .all(|(i, l)| text::width(l, size) <= line_room(width, size, (n, i), height))
    };
    let (mut low, mut high) = (crate::units(n) * text::line_height(size), tallest);
    while high - low > 1.0 {
        let middle = f32::midpoint(low, high);
        if fits(middle) {
            high = middle;
        } else {
            low = middle;
        }
    }
    Some((high, lines))
}

/// The width line `i` of `n` has inside a diamond `width` wide and `height` tall, the
/// block of lines centred: the diamond's width at the line's edge farther from the middle,
/// less padding.
fn line_room(width: f32, size: f32, (n, i): (usize, usize), height: f32) -> f32 {
    let line = text::line_height(size);
    let block = crate::units(n) * line;
    let top = -block / 2.0 + crate::units(i) * line;
    let outer = top.abs().max((top + line).abs()) + PAD_Y / 2.0;
    width * (1.0 - outer / (height / 2.0)) - 2.0 * DIAMOND_PAD_X
}

/// `words` in exactly `n` lines of a diamond `height` tall (more text cut with "…" when
/// `n` is the most allowed), words broken where wider than their line: whether text was
/// cut, how many words were broken, the lines.
fn broken_lines(
    words: &str,
    width: f32,
    size: f32,
    (n, most): (usize, usize),
    height: f32,
) -> Option<(bool, usize, Vec<String>)> {
    let room = |i: usize| line_room(width, size, (n, i), height);
    if (0..n).any(|i| room(i) <= 0.0) {
        return None;
    }
    let mut lines = text::wrap_shaped(words, size, &room);
    let cut = lines.len() > n;
    if lines.len() < n || (cut && n < most) {
        return None;
    }
    lines.truncate(n);
    if cut && let Some(last) = lines.last_mut() {
        *last = ellipsis(last, room(n - 1), size);
    }
    Some((cut, broken_words(words, &lines), lines))
}

/// How many words of `text` the lines break other than after `-` or `/`.
fn broken_words(text: &str, lines: &[String]) -> usize {
    let mut tokens = lines.iter().flat_map(|l| l.split_whitespace());
    let mut broken = 0;
    for word in text.split_whitespace() {
        let Some(mut shown) = tokens.next().map(str::to_owned) else {
            break;
        };
        while shown != word && word.starts_with(&shown) {
            if !shown.ends_with(['-', '/']) {
                broken += 1;
            }
            match tokens.next() {
                Some(next) => shown.push_str(next),
                None => break,
            }
        }
    }
    broken
}

/// `line` with "…" added, dropping words from its end (and letters from a last word too
/// wide) until it fits `room`.
fn ellipsis(line: &str, room: f32, size: f32) -> String {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    loop {
        let candidate = format!("{}…", words.join(" "));
        if text::width(&candidate, size) <= room {
            return candidate;
        }
        if words.len() <= 1 {
            break;
        }
        words.pop();
    }
    // One word too wide even alone: its first letters.
    let mut kept: String = words.concat();
    while !kept.is_empty() && text::width(&format!("{kept}…"), size) > room {
        kept.pop();
    }
    format!("{kept}…")
}

fn diamond(width: f32, height: f32, lines: Vec<String>) -> Sized {
    Sized {
        shape: Shape::Decision,
        width,
        height,
        corner: 0.0,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use sopan_check::model::Jenis;

    use super::super::Sized;
    use crate::figures::Figure;
    use crate::settings::LayoutSettings;
    use crate::text;

    fn decision(tanya: &str) -> Figure {
        Figure {
            step: 0,
            jenis: Jenis::Keputusan,
            lanes: vec![0],
            teks: Some(tanya.to_owned()),
            first: true,
        }
    }

    fn size(figure: &Figure, settings: &LayoutSettings) -> Sized {
        super::super::size(figure, None, settings)
    }

    /// The words of `text` that the diamond's lines break other than after `-` or `/`.
    fn broken_words(text: &str, lines: &[String]) -> Vec<String> {
        let mut tokens = lines.iter().flat_map(|l| l.split_whitespace());
        let mut broken = Vec::new();
        for word in text.split_whitespace() {
            let Some(mut shown) = tokens.next().map(str::to_owned) else {
                break;
            };
            while shown != word && word.starts_with(&shown) {
                if !shown.ends_with(['-', '/']) {
                    broken.push(word.to_owned());
                }
                match tokens.next() {
                    Some(next) => shown.push_str(next),
                    None => break,
                }
            }
            if shown.ends_with('…') {
                break;
            }
        }
        broken
    }

    /// Whether every line of text lies inside the diamond at both its edges.
    fn inside(sized: &Sized, size: f32) -> bool {
        let line = text::line_height(size);
        let block = crate::units(sized.lines.len()) * line;
        sized.lines.iter().enumerate().all(|(i, l)| {
            let top = -block / 2.0 + crate::units(i) * line;
            let outer = top.abs().max((top + line).abs());
            let chord = sized.width * (1.0 - outer / (sized.height / 2.0));
            text::width(l, size) <= chord + 0.01
        })
    }

    #[test]
    fn diamonds_break_only_words_too_wide_for_them() {
        let questions = [
            "Kewenangan kecamatan?",
            "Kewenangan?",
            "Disetujui Kepala Kesejahteraan Sosial?",
            "Berkas permohonan lengkap dan sah sesuai peraturan perundang-undangan?",
            "Sekretaris/Kasubag menyetujui?",
            "Memenuhi persyaratan administrasi dan teknis yang ditetapkan?",
        ];
        for settings in [LayoutSettings::flowchart(), LayoutSettings::sheet()] {
            let size_px = settings.font_size;
            for q in questions {
                let sized = size(&decision(q), &settings);
                let context = format!("{q:?} at {size_px} in {}", settings.symbol_width);
                assert!(!sized.lines.is_empty(), "{context}: nothing shown");
                assert!(
                    inside(&sized, size_px),
                    "{context}: {:?} overflows",
                    sized.lines
                );
                // A word the diamond's wider lines could hold stays whole.
                let short = 0.6 * settings.symbol_width;
                for word in broken_words(q, &sized.lines) {
                    assert!(
                        text::width(&word, size_px) > short,
                        "{context}: {word:?} broken in {:?}",
                        sized.lines
                    );
                }
            }
        }
    }
}
