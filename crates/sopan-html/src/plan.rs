//! Pagination: which steps go on which procedure page, decided from measured heights.
//!
//! Row heights come from every column: the wrapped text of the text columns sets a minimum
//! (`min_row_heights`), and sopan-layout may make a row taller for its symbol, labels and
//! passing lines. Steps fill a page until the next would not fit under the header; the
//! split goes back to sopan-layout (`pages`), which adds the off-page connectors, and the
//! result is checked: a page the connectors made too tall gets less room and the split is
//! made again.

use std::ops::Range;

use sopan_check::model::Sop;
use sopan_config::{Layout as Config, Penanda};
use sopan_layout::{ConnectorStyle, Layout, LayoutSettings, Routes, split_pages, text};

use crate::cells::{self, Cell, PAD_Y};
use crate::columns::Columns;
use crate::paper::Paper;
use crate::total;

/// Height of the band above the table that holds the page number.
pub(crate) const NUMBER_BAND: f32 = 18.0;
/// Height of the header row that says Pelaksana and Mutu Baku.
pub(crate) const GROUP_ROW: f32 = 16.0;
/// Height of the row of column numbers.
pub(crate) const COLNUM_ROW: f32 = 13.0;
/// Font size of the headings.
pub(crate) const HEAD_SIZE: f32 = 9.0;
/// Attempts at a split before the last one is taken as it is; two or three suffice.
const ATTEMPTS: usize = 12;

/// Everything the procedure pages need, measured and placed.
pub(crate) struct Plan {
    pub(crate) paper: Paper,
    pub(crate) columns: Columns,
    pub(crate) flow: Layout,
    /// Per step, the cells of `columns.text()` in order.
    pub(crate) cells: Vec<Vec<Cell>>,
    /// The headings wrapped: lanes first, then `columns.text()`.
    pub(crate) heading_row: f32,
    pub(crate) colnum: bool,
    pub(crate) repeat_header: bool,
    /// The totals row: its label cell, its waktu cell, and its height.
    pub(crate) total: total::Total,
}

impl Plan {
    /// Height of the whole header (group row, headings, column numbers).
    pub(crate) fn header_height(&self) -> f32 {
        GROUP_ROW + self.heading_row + if self.colnum { COLNUM_ROW } else { 0.0 }
    }

    /// The height the rows of page `page` may take.
    fn budget(&self, page: usize) -> f32 {
        let header = if page == 0 || self.repeat_header {
            self.header_height()
        } else {
            0.0
        };
        self.paper.content_height - NUMBER_BAND - header
    }
}

/// Measures and paginates `sop` for the paper and columns `config` asks for.
pub(crate) fn plan(sop: &Sop, config: &Config) -> Plan {
    let paper = Paper::of(config);
    let mut settings = LayoutSettings::sheet();
    // A little wider and smaller than the preset, so a one-word question such as
    // "Kewenangan?" fits the diamond whole instead of being cut mid-word.
    settings.symbol_width = 64.0;
    settings.font_size = 7.0;
    settings.connector_style = match config.penanda {
        Some(Penanda::Huruf) => ConnectorStyle::Huruf,
        _ => ConnectorStyle::Angka,
    };
    // Every attempt lays out again with new row heights or a new split; a page keeps its
    // routes as long as it keeps its steps.
    let mut routes = Routes::default();
    let mut flow = sopan_layout::layout_reusing(sop, &settings, &mut routes);
    let mut reserve: Vec<f32> = Vec::new();
    let mut plan = measure(sop, config, paper, flow.clone());
    for _ in 0..ATTEMPTS {
        plan = measure(sop, config, paper, flow.clone());
        settings.min_row_heights = plan.cells.iter().map(|row| row_min(row)).collect();
        settings.pages = None;
        let single = sopan_layout::layout_reusing(sop, &settings, &mut routes);
        let heights: Vec<f32> = single
            .pages
            .iter()
            .flat_map(|p| p.rows.iter().map(|r| r.height))
            .collect();
        let ranges = split(
            &heights,
            |page| plan.budget(page) - reserve.get(page).copied().unwrap_or(0.0),
            plan.total.height,
        );
        settings.pages = Some(ranges);
        let next = sopan_layout::layout_reusing(sop, &settings, &mut routes);
        let same_width = (next.width - flow.width).abs() < 0.5;
        flow = next;
        plan.flow = flow.clone();
        if !same_width {
            continue;
        }
        match overflow(&plan) {
            None => return plan,
            Some((page, by)) => {
                if reserve.len() <= page {
                    reserve.resize(page + 1, 0.0);
                }
                reserve[page] += by;
            }
        }
    }
    plan
}

/// The plan's measurements for a given flowchart width.
fn measure(sop: &Sop, config: &Config, paper: Paper, flow: Layout) -> Plan {
    let columns = Columns::new(config, paper.content_width, flow.width);
    let cells: Vec<Vec<Cell>> = sop
        .langkah
        .iter()
        .enumerate()
        .map(|(i, _)| {
            columns
                .text()
                .map(|c| cells::of_step(sop, i, c.kind, c.width, columns.daftar))
                .collect()
        })
        .collect();
    let heading_lines = flow
        .lanes
        .iter()
        .map(|lane| heading(&lane.name, lane.width).len())
        .chain(columns.text().map(|c| heading(&c.heading, c.width).len()))
        .max()
        .unwrap_or(1)
        .max(2);
    let heading_row = cells::lines_height(heading_lines, HEAD_SIZE) + 2.0 * PAD_Y;
    let total = total::Total::new(sop, &columns, config);
    Plan {
        paper,
        columns,
        flow,
        cells,
        heading_row,
        colnum: config.nomor_kolom.unwrap_or(true),
        repeat_header: config.ulang_kepala.unwrap_or(true),
        total,
    }
}

/// A heading wrapped to its column.
pub(crate) fn heading(name: &str, width: f32) -> Vec<String> {
    text::wrap(name, cells::inner(width), HEAD_SIZE)
}

/// The tallest cell of a row.
fn row_min(row: &[Cell]) -> f32 {
    row.iter().map(Cell::height).fold(0.0, f32::max)
}

/// [`split_pages`] with `tail` kept free on the last page for the totals. The totals go
/// under the last step; when they do not fit, the last step moves on to a page of its own,
/// so the totals never stand alone. Every page has at least one step.
fn split(heights: &[f32], budget: impl Fn(usize) -> f32, tail: f32) -> Vec<Range<usize>> {
    let mut pages = split_pages(heights, &budget);
    // A procedure always has steps (SOP214); an empty one still gets its one page.
    let last = pages.pop().unwrap_or(0..0);
    let used: f32 = heights[last.clone()].iter().sum();
    if used + tail > budget(pages.len()) && last.len() > 1 {
        pages.push(last.start..last.end - 1);
        pages.push(last.end - 1..last.end);
    } else {
        pages.push(last);
    }
    pages
}

/// A step whose row is taller than the room of a page on its own: printed, it would be cut.
#[derive(Clone, Debug, PartialEq)]
pub struct TooTall {
    /// Index into `Sop::langkah`.
    pub step: usize,
    /// The row's height, in CSS pixels (96 per inch), with the totals when they share
    /// its page.
    pub height: f32,
    /// The room a page has for rows, in CSS pixels.
    pub room: f32,
    /// The heading of the column whose text makes the row tallest, or "Pelaksana" when
    /// the flowchart symbol does.
    pub column: String,
}

impl TooTall {
    /// How much too tall, in millimetres.
    #[must_use]
    pub fn excess_mm(&self) -> f32 {
        (self.height - self.room) * 25.4 / 96.0
    }
}

/// Whether some step of `sop` might be too tall for a page: whether a text cell of it,
/// wrapped at the narrowest widths its column can get, takes half a page. Far cheaper than
/// a plan (no flowchart layout), and false for every SOP whose texts are of usual length.
pub(crate) fn may_be_too_tall(sop: &Sop, config: &Config) -> bool {
    let paper = Paper::of(config);
    // Lanes as wide as can be leave the text columns their minimum.
    let columns = Columns::new(config, paper.content_width, 1.0e6);
    let half = paper.content_height / 2.0;
    (0..sop.langkah.len()).any(|i| {
        columns
            .text()
            .any(|c| cells::of_step(sop, i, c.kind, c.width, columns.daftar).height() > half)
    })
}

/// The steps of a plan whose row alone overflows its page.
pub(crate) fn too_tall(plan: &Plan) -> Vec<TooTall> {
    let last = plan.flow.pages.len().saturating_sub(1);
    plan.flow
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.steps.len() == 1)
        .filter_map(|(i, page)| {
            let tail = if i == last { plan.total.height } else { 0.0 };
            let room = plan.budget(i);
            let height = page.height + tail;
            (height - room > 0.01).then(|| {
                let step = page.steps.start;
                let tallest = plan.cells.get(step).and_then(|cells| {
                    cells
                        .iter()
                        .zip(plan.columns.text())
                        .max_by(|(a, _), (b, _)| a.height().total_cmp(&b.height()))
                        .filter(|(cell, _)| cell.height() + 1.0 >= page.height)
                        .map(|(_, column)| column.heading.clone())
                });
                TooTall {
                    step,
                    height,
                    room,
                    column: tallest.unwrap_or_else(|| "Pelaksana".to_owned()),
                }
            })
        })
        .collect()
}

/// The first page whose rows (and, on the last page, the totals) are taller than its room,
/// and by how much.
fn overflow(plan: &Plan) -> Option<(usize, f32)> {
    let last = plan.flow.pages.len().saturating_sub(1);
    plan.flow.pages.iter().enumerate().find_map(|(i, page)| {
        let tail = if i == last { plan.total.height } else { 0.0 };
        let by = page.height + tail - plan.budget(i);
        (by > 0.01 && page.steps.len() > 1).then_some((i, by))
    })
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn fills_pages_and_keeps_the_totals_with_a_step() {
        let heights = [50.0; 7];
        assert_eq!(split(&heights, |_| 160.0, 0.0), [0..3, 3..6, 6..7]);
        assert_eq!(split(&heights, |_| 160.0, 20.0), [0..3, 3..6, 6..7]);
        assert_eq!(split(&heights[..6], |_| 160.0, 20.0), [0..3, 3..5, 5..6]);
        assert_eq!(split(&[500.0, 10.0], |_| 100.0, 0.0), [0..1, 1..2]);
    }
}
