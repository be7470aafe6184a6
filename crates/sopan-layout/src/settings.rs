//! What a caller can set: sizes, what the symbols hold, connector marks. Pure style: what
//! a fitting loop feeds back (row minimums, the page split) is a [`Split`](crate::Split),
//! apart. Two presets: the standalone flowchart and the compact symbols of the printed
//! sheet.

/// What is written inside the symbols.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolText {
    /// The step's own words: the uraian in terminators and processes, the `tanya` (or, when
    /// there is none, the uraian, cut to `max_decision_lines`) in a diamond. For a drawing
    /// read on its own, with no Uraian Kegiatan column beside it.
    Uraian,
    /// As signed sheets draw it: small empty terminators and processes, and only the
    /// `tanya` inside a diamond. For the sheet, whose Uraian Kegiatan column carries the
    /// text.
    Ringkas,
}

/// How off-page connectors are marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectorStyle {
    /// 1, 2, 3, …
    Angka,
    /// A, B, …, Z, AA, AB, …
    Huruf,
}

impl ConnectorStyle {
    /// The mark of the `index`th connector pair (0-based).
    #[must_use]
    pub fn mark(self, index: usize) -> String {
        match self {
            ConnectorStyle::Angka => (index + 1).to_string(),
            ConnectorStyle::Huruf => {
                let mut n = index + 1;
                let mut out = Vec::new();
                while n > 0 {
                    let digit = (n - 1) % 26;
                    out.push(char::from(b'A' + digit as u8));
                    n = (n - 1) / 26;
                }
                out.iter().rev().collect()
            }
        }
    }
}

/// Layout settings. Every length is in user units (CSS px at 100 %).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutSettings {
    /// What the symbols hold.
    pub symbol_text: SymbolText,
    /// The narrowest a lane may be; lanes widen when many lines pass beside their symbols.
    pub lane_width: f32,
    /// Width of the widest symbol; every lane keeps this much for its symbols.
    pub symbol_width: f32,
    /// Font size inside symbols.
    pub font_size: f32,
    /// Font size of branch labels and connector marks.
    pub label_font_size: f32,
    /// Distance between parallel lines, and between a line and a symbol beside it.
    pub track_spacing: f32,
    /// Space kept above and below each symbol inside its row.
    pub row_padding: f32,
    /// Lines of text a diamond holds before it is cut with "…" (`SymbolText::Uraian`).
    pub max_decision_lines: usize,
    /// How off-page connectors are marked.
    pub connector_style: ConnectorStyle,
}

impl LayoutSettings {
    /// The standalone flowchart: text inside the symbols, one page.
    #[must_use]
    pub fn flowchart() -> LayoutSettings {
        LayoutSettings {
            symbol_text: SymbolText::Uraian,
            lane_width: 176.0,
            symbol_width: 136.0,
            font_size: 10.0,
            label_font_size: 9.0,
            track_spacing: 8.0,
            row_padding: 12.0,
            max_decision_lines: 4,
            connector_style: ConnectorStyle::Angka,
        }
    }

    /// The compact symbols of the printed sheet: empty boxes, questions in diamonds. What
    /// the sheet draws with, and what the geometry tests run.
    #[must_use]
    pub fn sheet() -> LayoutSettings {
        LayoutSettings {
            symbol_text: SymbolText::Ringkas,
            lane_width: 84.0,
            // Wide enough, at 7 px, that a one-word question such as "Kewenangan?" fits
            // the diamond whole instead of being cut mid-word.
            symbol_width: 64.0,
            font_size: 7.0,
            label_font_size: 8.0,
            track_spacing: 7.0,
            row_padding: 8.0,
            max_decision_lines: 3,
            connector_style: ConnectorStyle::Angka,
        }
    }

    /// Spacing of the attachment points along a symbol's top and bottom: small enough that
    /// two points either side of the middle stay on the straight part of every shape.
    pub(crate) fn port_spacing(&self) -> f32 {
        (self.symbol_width / 9.0).clamp(2.0, 10.0)
    }

    /// Spacing of the attachment points along a symbol's sides.
    pub(crate) fn side_spacing(&self) -> f32 {
        (self.min_symbol_height() / 9.0).clamp(1.5, 5.0)
    }

    /// The lowest any symbol is.
    pub(crate) fn min_symbol_height(&self) -> f32 {
        match self.symbol_text {
            SymbolText::Uraian => 2.0 * crate::text::line_height(self.font_size) + 8.0,
            SymbolText::Ringkas => 22.0,
        }
    }
}

impl Default for LayoutSettings {
    fn default() -> LayoutSettings {
        LayoutSettings::flowchart()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 701, 702]
            .iter()
            .map(|&i| ConnectorStyle::Huruf.mark(i))
            .collect();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
        assert_eq!(ConnectorStyle::Angka.mark(0), "1");
    }
}
