//! The text of each table cell, wrapped with the bundled font's metrics.
//!
//! The sheet breaks lines itself rather than leaving it to the browser: the height of every
//! row, and so the pagination, is decided from these lines, and printing them as they are
//! guarantees that what was measured is what is printed.

use sopan_check::model::{KolomLangkah, Sop};

use crate::sheet::columns::Kind;
use crate::sheet::page::{Line, Role, TextBox, VAlign, Weight};
use crate::sheet::words::keterangan;
use crate::sheet::{ListStyle, Mutu};
use crate::text;

/// Font size of the table's text, in CSS pixels (6.75 pt, as on signed sheets).
pub(crate) const TEXT_SIZE: f32 = 9.0;
/// Padding inside a cell, left and right.
pub(crate) const PAD_X: f32 = 4.0;
/// Padding inside a cell, top and bottom.
pub(crate) const PAD_Y: f32 = 4.0;

pub(crate) use crate::sheet::page::Align;

/// A cell's lines.
#[derive(Clone, Debug)]
pub(crate) struct Cell {
    pub(crate) lines: Vec<Line>,
    /// Room for list numbers at the left of every line; 0 without a list.
    pub(crate) indent: f32,
    pub(crate) align: Align,
}

impl Cell {
    /// The height the cell needs, padding included.
    pub(crate) fn height(&self) -> f32 {
        lines_height(self.lines.len(), TEXT_SIZE) + 2.0 * PAD_Y
    }

    /// The cell as a box at `rect`, its lines centred down it.
    pub(crate) fn boxed(&self, rect: crate::Rect, role: Role, weight: Weight) -> TextBox {
        TextBox {
            rect,
            lines: self.lines.clone(),
            size: TEXT_SIZE,
            pad_x: PAD_X,
            pad_y: PAD_Y,
            indent: self.indent,
            align: self.align,
            valign: VAlign::Middle,
            weight,
            italic: false,
            underline: false,
            role,
        }
    }

    /// Plain text, wrapped to `width` (the column's, padding included).
    pub(crate) fn plain(content: &str, width: f32, align: Align) -> Cell {
        let lines = text::wrap(content, inner(width), TEXT_SIZE)
            .into_iter()
            .map(|text| Line { marker: None, text })
            .collect();
        Cell {
            lines,
            indent: 0.0,
            align,
        }
    }

    /// What a field prints (see [`shown`]): one entry as plain text (a lone dash centred, as
    /// signed sheets print it), several as a list marked as `daftar` asks, with a hanging
    /// indent for the marks.
    pub(crate) fn list(items: &[String], width: f32, daftar: ListStyle) -> Cell {
        if let [one] = items
            && one == DASH
        {
            return Cell::plain(DASH, width, Align::Center);
        }
        if items.len() < 2 || daftar == ListStyle::Lines {
            let mut lines = Vec::new();
            for item in items {
                lines.extend(
                    text::wrap(item, inner(width), TEXT_SIZE)
                        .into_iter()
                        .map(|text| Line { marker: None, text }),
                );
            }
            if lines.is_empty() {
                return Cell::plain("", width, Align::Left);
            }
            return Cell {
                lines,
                indent: 0.0,
                align: Align::Left,
            };
        }
        let mark = |i: usize| match daftar {
            ListStyle::Bulleted => BULLET.to_owned(),
            _ => format!("{}.", i + 1),
        };
        let indent = text::width(&mark(items.len() - 1), TEXT_SIZE) + 3.0;
        let mut lines = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let wrapped = text::wrap(item, inner(width) - indent, TEXT_SIZE);
            for (j, text) in wrapped.into_iter().enumerate() {
                let marker = (j == 0).then(|| mark(i));
                lines.push(Line { marker, text });
            }
        }
        Cell {
            lines,
            indent,
            align: Align::Left,
        }
    }
}

/// What a dashed field prints.
pub(crate) const DASH: &str = "-";

/// The mark of a bulleted list's entries.
pub(crate) const BULLET: &str = "•";

/// The one rule for every field of the sheet: a field written `-` prints a dash; one
/// written `{ }` or left out prints nothing; otherwise its entries.
pub(crate) fn shown(entries: Vec<String>, dashed: bool) -> Vec<String> {
    if dashed {
        vec![DASH.to_owned()]
    } else {
        entries
    }
}

/// The height of `count` lines at `size`.
#[expect(
    clippy::cast_precision_loss,
    reason = "a cell holds far fewer than 2^23 lines"
)]
pub(crate) fn lines_height(count: usize, size: f32) -> f32 {
    count as f32 * text::line_height(size)
}

/// The room for text inside a column of `width`.
pub(crate) fn inner(width: f32) -> f32 {
    (width - 2.0 * PAD_X).max(TEXT_SIZE)
}

/// The cell of step `index` of `sop` in the text column `kind`.
pub(crate) fn of_step(sop: &Sop, index: usize, kind: Kind, width: f32, daftar: ListStyle) -> Cell {
    let Some(step) = sop.langkah.get(index) else {
        return Cell::plain("", width, Align::Left);
    };
    let list = |entries: &[String], kolom: KolomLangkah| {
        let entries = shown(entries.to_vec(), sop.strip_langkah(index, kolom));
        Cell::list(&entries, width, daftar)
    };
    match kind {
        Kind::No => Cell::plain(&step.nomor_cetak, width, Align::Center),
        Kind::Uraian => Cell::plain(&step.uraian, width, Align::Left),
        Kind::Mutu(Mutu::Kelengkapan) => list(&step.kelengkapan, KolomLangkah::Kelengkapan),
        Kind::Mutu(Mutu::Waktu) => {
            // `waktu -` is kept as the text "-", so the rule reads it from there.
            let written = step.waktu.as_ref().map(|w| w.tertulis.clone());
            let dashed = written.as_deref() == Some(DASH);
            let entries = shown(written.into_iter().collect(), dashed);
            Cell::plain(
                entries.first().map_or("", String::as_str),
                width,
                Align::Center,
            )
        }
        Kind::Mutu(Mutu::Output) => list(&step.output, KolomLangkah::Output),
        Kind::Keterangan => list(&keterangan(sop, &step.keterangan), KolomLangkah::Keterangan),
    }
}
