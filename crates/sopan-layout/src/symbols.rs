//! Symbol sizes from their text, where text lines sit inside them, and where a line
//! attached to a symbol meets its outline.

use sopan_check::model::{Jenis, Langkah};

use crate::geometry::{Rect, Shape, TextLine};
use crate::settings::{LayoutSettings, SymbolText};
use crate::text;

/// Horizontal space kept between text and a symbol's outline.
const PAD_X: f32 = 6.0;
/// Vertical space kept between text and a symbol's outline.
const PAD_Y: f32 = 5.0;
/// Horizontal space kept between a line of text and a diamond's side at the line's outer
/// edge (the slant already keeps the rest of the line clear).
const DIAMOND_PAD_X: f32 = 2.0;

/// A step's symbol before it is placed.
#[derive(Clone, Debug)]
pub(crate) struct Sized {
    pub(crate) shape: Shape,
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) corner: f32,
    pub(crate) lines: Vec<String>,
}

/// Sizes the symbol of one step.
pub(crate) fn size(step: &Langkah, settings: &LayoutSettings) -> Sized {
    let shape = match step.jenis {
        Jenis::Mulai | Jenis::Selesai => Shape::Terminator,
        Jenis::Proses => Shape::Process,
        Jenis::Keputusan => Shape::Decision,
    };
    match (settings.symbol_text, shape) {
        (_, Shape::Decision) => decision(step, settings),
        (SymbolText::Uraian, _) => boxed(shape, &step.uraian, settings),
        (SymbolText::Ringkas, Shape::Process) => Sized {
            shape,
            width: (settings.symbol_width * 0.8).round(),
            height: even(settings.min_symbol_height() + 2.0),
            corner: 0.0,
            lines: Vec::new(),
        },
        (SymbolText::Ringkas, _) => {
            let height = even(settings.min_symbol_height());
            Sized {
                shape,
                width: settings.symbol_width,
                height,
                corner: height / 2.0,
                lines: Vec::new(),
            }
        }
    }
}

/// A process or terminator holding `words`, as wide as the lane's symbol column.
fn boxed(shape: Shape, words: &str, settings: &LayoutSettings) -> Sized {
    let width = settings.symbol_width;
    // A terminator's rounded ends take room from its first and last lines.
    let inset = if shape == Shape::Terminator {
        PAD_X + 6.0
    } else {
        PAD_X
    };
    let lines = text::wrap(words, width - 2.0 * inset, settings.font_size);
    let text_height = crate::units(lines.len()) * text::line_height(settings.font_size);
    let height = (text_height + 2.0 * PAD_Y).max(settings.min_symbol_height());
    let corner = if shape == Shape::Terminator {
        (height / 2.0).min(18.0)
    } else {
        0.0
    };
    Sized {
        shape,
        width,
        height: even(height),
        corner,
        lines,
    }
}

/// A diamond holding its question: as wide as the symbol column, as high as the text needs.
fn decision(step: &Langkah, settings: &LayoutSettings) -> Sized {
    let width = settings.symbol_width;
    let words = match (&step.tanya, settings.symbol_text) {
        (Some(tanya), _) => tanya.as_str(),
        (None, SymbolText::Uraian) => step.uraian.as_str(),
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

/// Rounded up to an even number, so the middle of a symbol falls on a whole unit.
fn even(value: f32) -> f32 {
    (value / 2.0).ceil() * 2.0
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

/// The text lines of a symbol placed in `rect`, centred as a block.
pub(crate) fn text_lines(lines: &[String], rect: &Rect, size: f32) -> Vec<TextLine> {
    let line = text::line_height(size);
    let center = rect.center();
    let top = center.y - crate::units(lines.len()) * line / 2.0;
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| TextLine {
            text: l.clone(),
            x: center.x,
            y: top + crate::units(i) * line + text::baseline_offset(size),
        })
        .collect()
}

/// The shape of an outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Box,
    Capsule,
    Diamond,
    /// Straight sides down to `PENTAGON_SHOULDER` of the height, then a tip at the bottom.
    Pentagon,
}

/// A symbol's outline around its attachment point: the middle of its lane, on its row's
/// attachment line. Every answer is an offset from that point, so a symbol that moves down
/// the page keeps exactly the same offsets.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Outline {
    pub(crate) kind: Kind,
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) corner: f32,
    /// From the attachment line up to the top.
    pub(crate) above: f32,
}

/// The share of a pentagon's height its straight sides take.
pub(crate) const PENTAGON_SHOULDER: f32 = 0.6;

impl Outline {
    /// The bounding box around the attachment point (`x`, `line`).
    pub(crate) fn rect(&self, x: f32, line: f32) -> Rect {
        Rect {
            x: x - self.width / 2.0,
            y: line - self.above,
            width: self.width,
            height: self.height,
        }
    }

    /// Where a vertical line `dx` from the middle meets the top, as an offset (negative).
    pub(crate) fn top(&self, dx: f32) -> f32 {
        let inset = match self.kind {
            Kind::Box | Kind::Pentagon => 0.0,
            Kind::Capsule => self.corner - arc(self.corner, self.end_distance(dx)),
            Kind::Diamond => self.height / 2.0 * self.across(dx),
        };
        inset - self.above
    }

    /// Where a vertical line `dx` from the middle meets the bottom, as an offset.
    pub(crate) fn bottom(&self, dx: f32) -> f32 {
        let inset = match self.kind {
            Kind::Box => 0.0,
            Kind::Capsule => self.corner - arc(self.corner, self.end_distance(dx)),
            Kind::Diamond => self.height / 2.0 * self.across(dx),
            Kind::Pentagon => self.height * (1.0 - PENTAGON_SHOULDER) * self.across(dx),
        };
        self.height - self.above - inset
    }

    /// How far from the middle a horizontal line `dy` below the attachment line meets either
    /// side.
    pub(crate) fn half_width(&self, dy: f32) -> f32 {
        let from_middle = (dy + self.above - self.height / 2.0).abs();
        let inset = match self.kind {
            Kind::Box | Kind::Pentagon => 0.0,
            Kind::Capsule => {
                let straight = (self.height / 2.0 - self.corner).max(0.0);
                self.corner - arc(self.corner, (from_middle - straight).max(0.0))
            }
            Kind::Diamond => self.width / 2.0 * (from_middle / (self.height / 2.0)).min(1.0),
        };
        self.width / 2.0 - inset
    }

    /// 0 at the middle, 1 at the left or right side.
    fn across(&self, dx: f32) -> f32 {
        (dx.abs() / (self.width / 2.0)).min(1.0)
    }

    /// How far into a rounded end `dx` lies, from the end's centre line.
    fn end_distance(&self, dx: f32) -> f32 {
        let straight = (self.width / 2.0 - self.corner).max(0.0);
        (dx.abs() - straight).max(0.0)
    }
}

/// The height of a circle of radius `radius` at distance `d` from its centre line.
fn arc(radius: f32, d: f32) -> f32 {
    (radius * radius - d * d).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use sopan_check::model::{Jenis, Langkah};

    use super::{Sized, size};
    use crate::settings::LayoutSettings;
    use crate::text;

    fn decision(tanya: &str) -> Langkah {
        Langkah {
            nomor: 1,
            label: None,
            jenis: Jenis::Keputusan,
            alternatif: false,
            pelaksana: vec![0],
            uraian: "Memeriksa".to_owned(),
            tanya: Some(tanya.to_owned()),
            kelengkapan: Vec::new(),
            waktu: None,
            output: Vec::new(),
            keterangan: Vec::new(),
        }
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
        let mut html = LayoutSettings::sheet();
        html.symbol_width = 64.0;
        html.font_size = 7.0;
        for settings in [LayoutSettings::flowchart(), LayoutSettings::sheet(), html] {
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
