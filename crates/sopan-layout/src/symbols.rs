//! Symbol sizes from their text, where text lines sit inside them, and where a line
//! attached to a symbol meets its outline. `diamond.rs` fits a question into a diamond.

use sopan_check::model::{Jenis, Langkah};

use crate::figures::Figure;

mod diamond;

use crate::geometry::{Rect, Shape, TextLine};
use crate::settings::{LayoutSettings, SymbolText};
use crate::text;

/// Horizontal space kept between text and a symbol's outline.
const PAD_X: f32 = 6.0;
/// Vertical space kept between text and a symbol's outline.
pub(super) const PAD_Y: f32 = 5.0;

/// A step's symbol before it is placed.
#[derive(Clone, Debug)]
pub(crate) struct Sized {
    pub(crate) shape: Shape,
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) corner: f32,
    pub(crate) lines: Vec<String>,
}

/// Sizes one symbol of `step`, its row.
///
/// What it holds: its own text (`teks`) when it has one, in either preset. Otherwise, in
/// the flowchart, the row's uraian, in the row's first symbol only, so a row of several
/// symbols does not print its uraian several times; on the sheet, whose Uraian Kegiatan
/// column carries the words, nothing.
pub(crate) fn size(figure: &Figure, step: Option<&Langkah>, settings: &LayoutSettings) -> Sized {
    let shape = match figure.jenis {
        Jenis::Mulai | Jenis::Selesai => Shape::Terminator,
        Jenis::Proses => Shape::Process,
        Jenis::Keputusan => Shape::Decision,
    };
    let uraian = match (settings.symbol_text, step) {
        (SymbolText::Uraian, Some(step)) if figure.first => step.uraian.as_str(),
        _ => "",
    };
    let teks = figure.teks.as_deref().filter(|t| !t.trim().is_empty());
    match (settings.symbol_text, shape, teks) {
        (_, Shape::Decision, _) => diamond::decision(figure.teks.as_deref(), uraian, settings),
        (SymbolText::Uraian, _, _) => boxed(shape, teks.unwrap_or(uraian), settings),
        (SymbolText::Ringkas, _, Some(teks)) => ringkas_with_text(shape, teks, settings),
        (SymbolText::Ringkas, Shape::Process, None) => Sized {
            shape,
            width: (settings.symbol_width * 0.8).round(),
            height: even(settings.min_symbol_height() + 2.0),
            corner: 0.0,
            lines: Vec::new(),
        },
        (SymbolText::Ringkas, _, None) => {
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

/// A sheet symbol holding its own short text: as wide as the empty one, taller when the
/// text needs more lines, and a capsule stays a capsule.
fn ringkas_with_text(shape: Shape, words: &str, settings: &LayoutSettings) -> Sized {
    let mut sized = boxed(shape, words, settings);
    if shape == Shape::Terminator {
        sized.corner = sized.height / 2.0;
    }
    sized
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

/// Rounded up to an even number, so the middle of a symbol falls on a whole unit.
pub(super) fn even(value: f32) -> f32 {
    (value / 2.0).ceil() * 2.0
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
