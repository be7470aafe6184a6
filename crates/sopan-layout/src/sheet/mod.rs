//! The printed sheet laid out by Sopan, every page of it: page 1 (the identity block, with
//! its continuation pages when it is long) and the procedure pages (the table with the
//! flowchart in its actor lanes), on the paper the office prints on.
//!
//! Every page is measured with the bundled font and placed in boxes ([`Sheet`]): the page
//! count is known here, before any browser sees the sheet, and every backend (HTML, PDF)
//! draws the same pages with the same line breaks.
//!
//! Files: `paper.rs` (paper and printable box), `style.rs` (what an office sets),
//! `page.rs` (the output), `identitas.rs` (page 1), `procedure.rs` (the procedure pages and
//! their fitting), `columns.rs`, `cells.rs`, `total.rs` (the table's columns, cells and
//! totals row), `words.rs` (dates and other printed words).

mod cells;
mod columns;
mod identitas;
mod page;
mod paper;
mod style;
mod total;
mod words;

pub use identitas::{Identity, identity};
pub use page::{
    Align, FlowPlace, Line, RULE_WIDTH, Role, Rule, Sheet, SheetPage, TextBox, VAlign, Weight,
};
pub use paper::{MARGIN_MM, Orientation, PX_PER_MM, Paper, PaperSize};
pub use style::{ColumnHeadings, IdentityLabels, ListStyle, Mutu, Section, SheetStyle};

/// Height of the band at the top of a page that holds its number ("- 2 -").
pub const NUMBER_BAND: f32 = 18.0;
