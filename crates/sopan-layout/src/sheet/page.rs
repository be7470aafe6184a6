//! The output of the sheet's layout: pages of placed boxes, with no drawing format attached.
//!
//! Coordinates are CSS pixels from the top left corner of a page's printable box (inside
//! the margins). Every text is already broken into the lines that print; a backend draws
//! each box's lines as they are, in the bundled font at the box's size, and needs to decide
//! nothing, so every backend prints the same lines on the same pages.

use crate::geometry::{Point, Rect};
use crate::text;

/// A whole sheet: every page, page 1 first.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// The paper every page is printed on.
    pub paper: crate::sheet::Paper,
    /// The pages, in print order.
    pub pages: Vec<SheetPage>,
    /// The flowchart whose pages the procedure pages place ([`FlowPlace::page`]).
    pub flow: crate::Layout,
}

/// One printed page.
#[derive(Clone, Debug)]
pub struct SheetPage {
    /// The height of the page's content, in the page's own units: the printable box's
    /// (over `scale`), or more for a step taller than a page (refused by `sopan build` as
    /// SOP215), whose page grows rather than cut it.
    pub height: f32,
    /// The page's size on paper over its size in its own units: 1, or less for a table
    /// wider than the paper (many actors on portrait paper), which is printed smaller
    /// rather than cut at the margin. Everything on the page is in its own units.
    pub scale: f32,
    /// Filled backgrounds (the grey of headings), drawn first.
    pub fills: Vec<Rect>,
    /// Straight rules: the table's lines.
    pub rules: Vec<Rule>,
    /// Text boxes.
    pub texts: Vec<TextBox>,
    /// Where the logo goes: the image is fitted inside, keeping its proportions, centred.
    pub logo: Option<Rect>,
    /// The part of the flowchart this page shows, and where.
    pub flow: Option<FlowPlace>,
}

impl Default for SheetPage {
    fn default() -> SheetPage {
        SheetPage {
            height: 0.0,
            scale: 1.0,
            fills: Vec::new(),
            rules: Vec::new(),
            texts: Vec::new(),
            logo: None,
            flow: None,
        }
    }
}

/// A straight line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
}

/// The width of every rule of the sheet.
pub const RULE_WIDTH: f32 = 0.8;

/// One page of the flowchart placed on a sheet page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlowPlace {
    /// Index into the sheet's `flow.pages`.
    pub page: usize,
    /// Where the flowchart's origin (the left edge of the first lane, the top of the page's
    /// first row) sits on the page.
    pub origin: Point,
}

/// How a box's lines sit across it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// From the left padding.
    Left,
    /// Centred.
    Center,
}

/// How a box's lines sit down it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VAlign {
    /// From the top padding.
    Top,
    /// Centred.
    Middle,
}

/// How a box's text is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// The regular face.
    Regular,
    /// Bold: the regular face, thickened (only the regular face is bundled, and it is what
    /// the lines were measured with).
    Bold,
}

/// One printed line of a box: an optional list mark hanging in the indent, then text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// "1.", "•", or none.
    pub marker: Option<String>,
    /// The text, exactly as it prints.
    pub text: String,
}

/// A box of text lines.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// The box, padding included.
    pub rect: Rect,
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// Font size, CSS pixels.
    pub size: f32,
    /// Padding left and right.
    pub pad_x: f32,
    /// Padding top and bottom.
    pub pad_y: f32,
    /// Room for list marks left of every line; 0 without a list.
    pub indent: f32,
    /// Across.
    pub align: Align,
    /// Down.
    pub valign: VAlign,
    /// The face.
    pub weight: Weight,
    /// Italic (the small column numbers).
    pub italic: bool,
    /// Underlined (the signer's name).
    pub underline: bool,
    /// What the box is, for backends that tag their output (HTML classes).
    pub role: Role,
}

/// What a text box holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A table cell of a step.
    Cell,
    /// A column or group heading.
    Heading,
    /// A column number under the headings.
    ColumnNumber,
    /// The totals row.
    Total,
    /// The page number, "- 2 -".
    PageNumber,
    /// The title above the procedure table.
    Title,
    /// The unit's name beside the logo.
    Unit,
    /// A label of the identity page (Nomor SOP, Dasar Hukum, …).
    Label,
    /// A value of the identity page.
    Value,
}

impl TextBox {
    /// The height of the box's lines, without padding.
    #[must_use]
    pub fn lines_height(&self) -> f32 {
        text::block_height(self.lines.len(), self.size)
    }

    /// Where each line starts: `x` is its left edge (after the indent) for `Align::Left` and
    /// its centre for `Align::Center`; `y` is its baseline. What a backend that places text
    /// itself (PDF) draws at; the HTML sheet gets the same from the box and CSS.
    #[must_use]
    pub fn line_origins(&self) -> Vec<Point> {
        let r = self.rect;
        let block = self.lines_height();
        let top = match self.valign {
            VAlign::Top => r.y + self.pad_y,
            VAlign::Middle => r.y + (r.height - block) / 2.0,
        };
        let line = text::line_height(self.size);
        let mut y = top;
        self.lines
            .iter()
            .map(|_| {
                let x = match self.align {
                    Align::Left => r.x + self.pad_x + self.indent,
                    Align::Center => r.x + r.width / 2.0,
                };
                let origin = Point {
                    x,
                    y: y + text::baseline_offset(self.size),
                };
                y += line;
                origin
            })
            .collect()
    }
}
