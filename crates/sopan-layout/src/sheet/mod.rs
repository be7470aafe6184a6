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
mod procedure;
mod style;
mod total;
mod words;

pub use identitas::{Identity, identity};
pub use page::{
    Align, FlowPlace, Line, RULE_WIDTH, Role, Rule, Sheet, SheetPage, TextBox, VAlign, Weight,
};
pub use paper::{MARGIN_MM, Orientation, PX_PER_MM, Paper, PaperSize};
pub use procedure::TooTall;
pub use style::{ColumnHeadings, IdentityLabels, ListStyle, Mutu, Section, SheetStyle};
pub use words::tanggal;

use sopan_check::model::Sop;

/// Height of the band at the top of a page that holds its number ("- 2 -").
pub const NUMBER_BAND: f32 = 18.0;

/// The whole sheet of `sop`: the identity pages, then the procedure pages, every page from
/// the second on numbered ("- 2 -"). `logo` says whether a logo is placed on page 1.
#[must_use]
pub fn layout(sop: &Sop, style: &SheetStyle, logo: bool) -> Sheet {
    let Identity { mut pages, bottom } = identity(sop, style, logo);
    let mut procedure = None;
    if style.procedure_on_first_page {
        // Under the identity block, when its header and first step fit there; the
        // procedure table otherwise starts on a page of its own.
        // A band as high as the page number's keeps room above the table for the office's
        // title over it (`judul-prosedur`), as on a page of its own.
        let under = procedure::procedure(sop, style, bottom + NUMBER_BAND);
        // A table printed smaller than its units (wider than the paper) cannot share a
        // page with the identity block, which is printed at full size.
        if under.first_fits && under.pages.first().is_some_and(|p| p.scale >= 1.0) {
            procedure = Some((under, true));
        }
    }
    let (procedure, shared) =
        procedure.unwrap_or_else(|| (procedure::procedure(sop, style, NUMBER_BAND), false));
    let mut rest = procedure.pages.into_iter();
    if shared && let (Some(last), Some(first)) = (pages.last_mut(), rest.next()) {
        last.fills.extend(first.fills);
        last.rules.extend(first.rules);
        last.texts.extend(first.texts);
        last.flow = first.flow;
        last.height = last.height.max(first.height);
    }
    pages.extend(rest);
    let (width, _) = style.paper.printable();
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        let number = page_number(i + 1, width / page.scale);
        page.texts.insert(0, number);
    }
    Sheet {
        paper: style.paper,
        pages,
        flow: procedure.flow,
    }
}

/// The number of printed pages of the sheet of `sop`.
#[must_use]
pub fn page_count(sop: &Sop, style: &SheetStyle, logo: bool) -> usize {
    layout(sop, style, logo).pages.len()
}

/// The steps of `sop` whose row is taller than a page of its sheet: printed, they would be
/// cut. None for almost every SOP: only an SOP with a text cell of half a page or more is
/// laid out to find them, so calling this for every file costs little; a row made that
/// tall by the flowchart alone (hundreds of lines passing one step) is not looked for.
#[must_use]
pub fn too_tall(sop: &Sop, style: &SheetStyle) -> Vec<TooTall> {
    if !procedure::may_be_too_tall(sop, style) {
        return Vec::new();
    }
    procedure::procedure(sop, style, NUMBER_BAND).too_tall
}

/// "- 2 -" across the band at the top of a page.
fn page_number(number: usize, width: f32) -> TextBox {
    TextBox {
        rect: crate::Rect {
            x: 0.0,
            y: 0.0,
            width,
            height: NUMBER_BAND,
        },
        lines: vec![Line {
            marker: None,
            text: format!("- {number} -"),
        }],
        size: cells::TEXT_SIZE,
        pad_x: 0.0,
        pad_y: 0.0,
        indent: 0.0,
        align: Align::Center,
        valign: VAlign::Top,
        weight: Weight::Regular,
        italic: false,
        underline: false,
        role: Role::PageNumber,
    }
}

#[cfg(test)]
mod strip_tests;
#[cfg(test)]
mod tests;
