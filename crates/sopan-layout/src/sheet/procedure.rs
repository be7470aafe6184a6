//! The procedure pages: the table with its grouped header, one row per step, the
//! flowchart in the actor lanes, the totals row; fitted to the paper by the one fitting
//! loop ([`crate::fit`]).
//!
//! Row heights come from every column: the wrapped text of the text columns sets a minimum,
//! and the flowchart may make a row taller for its symbols, labels and passing lines. The
//! table's header repeats on every page unless the office says otherwise; the totals row
//! ends the last page.

use std::cell::RefCell;
use std::rc::Rc;

use sopan_check::model::Sop;

use crate::geometry::{Point, Rect};
use crate::sheet::cells::{self, Align, Cell, PAD_Y};
use crate::sheet::columns::{Columns, Kind};
use crate::sheet::page::{FlowPlace, Line, Role, Rule, SheetPage, TextBox, VAlign, Weight};
use crate::sheet::{Mutu, NUMBER_BAND, SheetStyle, total};
use crate::{Frame, Layout, LayoutSettings, text};

/// Height of the header row that says Pelaksana and Mutu Baku.
const GROUP_ROW: f32 = 16.0;
/// Padding above and below the group headings: their row is lower than a cell's padding
/// allows.
const GROUP_PAD: f32 = 2.0;
/// Height of the row of column numbers.
const COLNUM_ROW: f32 = 13.0;
/// Font size of the headings.
const HEAD_SIZE: f32 = 9.0;
/// Font size of the column numbers.
const COLNUM_SIZE: f32 = 8.0;
/// Font size of the title above the table.
const TITLE_SIZE: f32 = 11.0;
/// The title's share of the table's width: the rest of its band is the page number's.
const TITLE_SHARE: f32 = 0.4;

/// The procedure table fitted to pages.
pub(crate) struct Procedure {
    /// The flowchart, one page per procedure page.
    pub(crate) flow: Layout,
    /// The pages, each drawn from the top of its printable box.
    pub(crate) pages: Vec<SheetPage>,
    /// The steps too tall for a page.
    pub(crate) too_tall: Vec<TooTall>,
    /// Whether the first page's rows fit its room (they may not when the table starts
    /// low on page 1, or when its one step is too tall for any page).
    pub(crate) first_fits: bool,
}

/// The measurements of the table that do not depend on the page split.
struct Table {
    /// The printable height in the table's units.
    height: f32,
    /// The table's size on paper over its size in its units: less than 1 when the columns
    /// need more than the paper's width.
    scale: f32,
    columns: Columns,
    /// Per step, the cells of `columns.text()` in order.
    cells: Vec<Vec<Cell>>,
    heading_row: f32,
    colnum: bool,
    repeat_header: bool,
    total: total::Total,
    /// Where the table starts on its first page.
    first_top: f32,
}

impl Table {
    fn header_height(&self) -> f32 {
        GROUP_ROW + self.heading_row + if self.colnum { COLNUM_ROW } else { 0.0 }
    }

    fn has_header(&self, page: usize) -> bool {
        page == 0 || self.repeat_header
    }

    /// Top of the table on page `page`.
    fn top(&self, page: usize) -> f32 {
        if page == 0 {
            self.first_top
        } else {
            NUMBER_BAND
        }
    }

    /// The height the rows of page `page` may take.
    fn room(&self, page: usize) -> f32 {
        let header = if self.has_header(page) {
            self.header_height()
        } else {
            0.0
        };
        self.height - self.top(page) - header
    }
}

/// The frame the fitting loop fits the flowchart into: the table measured for the lanes
/// of a layout.
struct SheetFrame<'a> {
    sop: &'a Sop,
    style: &'a SheetStyle,
    first_top: f32,
    /// The last table measured, by the lanes' widths it was measured for: the loop asks
    /// for the room of every page while it splits, and measuring wraps every cell.
    cache: RefCell<Option<(Vec<u32>, Rc<Table>)>>,
}

impl SheetFrame<'_> {
    fn table(&self, flow: &Layout) -> Rc<Table> {
        let key: Vec<u32> = flow.lanes.iter().map(|l| l.width.to_bits()).collect();
        let mut cache = self.cache.borrow_mut();
        if let Some((k, table)) = cache.as_ref()
            && *k == key
        {
            return Rc::clone(table);
        }
        let table = Rc::new(measure(self.sop, self.style, flow, self.first_top));
        *cache = Some((key, Rc::clone(&table)));
        table
    }
}

impl Frame for SheetFrame<'_> {
    fn min_rows(&self, flow: &Layout) -> Vec<f32> {
        self.table(flow)
            .cells
            .iter()
            .map(|row| row.iter().map(Cell::height).fold(0.0, f32::max))
            .collect()
    }

    fn room(&self, flow: &Layout, page: usize, _several: bool) -> f32 {
        self.table(flow).room(page)
    }

    fn tail(&self, flow: &Layout) -> f32 {
        self.table(flow).total.height
    }
}

/// The flowchart settings of the sheet.
pub(crate) fn flow_settings(style: &SheetStyle) -> LayoutSettings {
    LayoutSettings {
        connector_style: style.connectors,
        ..LayoutSettings::sheet()
    }
}

/// The procedure table of `sop`, its first page starting `first_top` below the top of the
/// printable box (under the page number, or under the identity block on page 1).
pub(crate) fn procedure(sop: &Sop, style: &SheetStyle, first_top: f32) -> Procedure {
    let frame = SheetFrame {
        sop,
        style,
        first_top,
        cache: RefCell::new(None),
    };
    let flow = crate::fit(sop, &flow_settings(style), &frame);
    let table = frame.table(&flow);
    let count = flow.pages.len();
    let pages = flow
        .pages
        .iter()
        .enumerate()
        .map(|(i, page)| draw(&table, &flow, i, page, i + 1 == count))
        .collect();
    let too_tall = too_tall(&table, &flow);
    let first_fits = flow.pages.first().is_none_or(|page| {
        let tail = if count == 1 { table.total.height } else { 0.0 };
        page.height + tail <= table.room(0) + 0.01
    });
    Procedure {
        flow,
        pages,
        too_tall,
        first_fits,
    }
}

/// The table's measurements for a flowchart of `flow`'s width.
fn measure(sop: &Sop, style: &SheetStyle, flow: &Layout, first_top: f32) -> Table {
    let (width, height) = style.paper.printable();
    let columns = Columns::new(style, width, flow.width);
    let scale = (width / columns.width).min(1.0);
    let height = height / scale;
    let cells: Vec<Vec<Cell>> = (0..sop.langkah.len())
        .map(|i| {
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
    let total = total::Total::new(sop, &columns, style);
    Table {
        height,
        scale,
        columns,
        cells,
        heading_row,
        colnum: style.column_numbers,
        repeat_header: style.repeat_header,
        total,
        first_top,
    }
}

/// A heading wrapped to its column.
fn heading(name: &str, width: f32) -> Vec<String> {
    text::wrap(name, cells::inner(width), HEAD_SIZE)
}

/// One procedure page, `index` of the flowchart's pages.
fn draw(table: &Table, flow: &Layout, index: usize, page: &crate::Page, last: bool) -> SheetPage {
    let c = &table.columns;
    let header = table.has_header(index);
    let top = table.top(index);
    let body = top + if header { table.header_height() } else { 0.0 };
    let rows_bottom = body + page.height;
    let bottom = rows_bottom + if last { table.total.height } else { 0.0 };
    // A step taller than a page (refused by `sopan build` as SOP215) still prints whole:
    // its page grows and runs on over more paper rather than cutting the row.
    let height = if bottom > table.height + 0.5 {
        bottom.ceil()
    } else {
        table.height
    };
    let mut out = SheetPage {
        height,
        scale: table.scale,
        flow: Some(FlowPlace {
            page: index,
            origin: Point {
                x: c.lanes_x,
                y: body,
            },
        }),
        ..SheetPage::default()
    };
    if header {
        if let Some(title) = &c.judul_prosedur {
            out.texts.push(title_box(title, c.width, top));
        }
        out.fills.push(Rect {
            x: 0.0,
            y: top,
            width: c.width,
            height: body - top,
        });
    }
    rules(
        &mut out.rules,
        table,
        flow,
        page,
        (top, body, rows_bottom, bottom),
        header,
    );
    if header {
        head(&mut out.texts, table, flow, top);
    }
    for row in &page.rows {
        let Some(cells) = table.cells.get(row.step) else {
            continue;
        };
        for (column, cell) in c.text().zip(cells) {
            place(
                &mut out.texts,
                cell,
                Role::Cell,
                Weight::Regular,
                (column.x, body + row.y, column.width, row.height),
            );
        }
    }
    if last {
        let t = &table.total;
        place(
            &mut out.texts,
            &t.label,
            Role::Total,
            Weight::Bold,
            (0.0, rows_bottom, c.mutu_x(), t.height),
        );
        let waktu = Kind::Mutu(Mutu::Waktu);
        if let Some(w) = c.mutu.iter().find(|m| m.kind == waktu) {
            place(
                &mut out.texts,
                &t.waktu,
                Role::Total,
                Weight::Bold,
                (w.x, rows_bottom, w.width, t.height),
            );
        }
    }
    out
}

/// The title above the table, in the band left of the page number, cut to one line.
fn title_box(title: &str, table_width: f32, top: f32) -> TextBox {
    let width = table_width * TITLE_SHARE;
    let lines = text::wrap_at_most(title, width, TITLE_SIZE, 1);
    TextBox {
        rect: Rect {
            x: 0.0,
            y: top - NUMBER_BAND,
            width,
            height: NUMBER_BAND,
        },
        lines: lines
            .into_iter()
            .map(|text| Line { marker: None, text })
            .collect(),
        size: TITLE_SIZE,
        pad_x: 0.0,
        pad_y: 0.0,
        indent: 0.0,
        align: Align::Left,
        valign: VAlign::Top,
        weight: Weight::Bold,
        italic: false,
        underline: false,
        role: Role::Title,
    }
}

fn rule(rules: &mut Vec<Rule>, from: (f32, f32), to: (f32, f32)) {
    rules.push(Rule {
        from: Point {
            x: from.0,
            y: from.1,
        },
        to: Point { x: to.0, y: to.1 },
    });
}

/// The table's rules: `y` is (table top, body top, rows' bottom, table bottom).
fn rules(
    out: &mut Vec<Rule>,
    table: &Table,
    flow: &Layout,
    page: &crate::Page,
    y: (f32, f32, f32, f32),
    header: bool,
) {
    let c = &table.columns;
    let (top, body, rows_bottom, bottom) = y;
    let group = top + GROUP_ROW;
    // Outline.
    rule(out, (0.0, top), (c.width, top));
    rule(out, (0.0, bottom), (c.width, bottom));
    rule(out, (0.0, top), (0.0, bottom));
    rule(out, (c.width, top), (c.width, bottom));
    if header {
        // Under Pelaksana and Mutu Baku only: No, Uraian and Keterangan span both rows.
        rule(
            out,
            (c.lanes_x, group),
            (c.mutu_x() + c.mutu_width(), group),
        );
        let headings = group + table.heading_row;
        rule(out, (0.0, headings), (c.width, headings));
        if table.colnum {
            rule(
                out,
                (0.0, headings + COLNUM_ROW),
                (c.width, headings + COLNUM_ROW),
            );
        }
    }
    for row in &page.rows {
        let y = body + row.y + row.height;
        rule(out, (0.0, y), (c.width, y));
    }
    // Column edges. Inside the two groups they start under the group row; those left of
    // Mutu Baku stop at the totals row, whose label spans them.
    let inner_top = if header { group } else { top };
    for column in &c.left[1..] {
        rule(out, (column.x, top), (column.x, rows_bottom));
    }
    for lane in &flow.lanes {
        let x = c.lanes_x + lane.x;
        rule(
            out,
            (x, if lane.actor == 0 { top } else { inner_top }),
            (x, rows_bottom),
        );
    }
    for (i, column) in c.mutu.iter().enumerate() {
        rule(
            out,
            (column.x, if i == 0 { top } else { inner_top }),
            (column.x, bottom),
        );
    }
    if let Some(k) = &c.keterangan {
        rule(out, (k.x, top), (k.x, bottom));
    }
}

/// The header's text: group headings, column headings, column numbers.
fn head(out: &mut Vec<TextBox>, table: &Table, flow: &Layout, top: f32) {
    let c = &table.columns;
    let full = GROUP_ROW + table.heading_row;
    let below = top + GROUP_ROW;
    let heading_cell = |text: &str, width: f32| Cell {
        lines: heading(text, width)
            .into_iter()
            .map(|text| Line { marker: None, text })
            .collect(),
        indent: 0.0,
        align: Align::Center,
    };
    let put = |out: &mut Vec<TextBox>, text: &str, (x, y, width, height)| {
        place(
            out,
            &heading_cell(text, width),
            Role::Heading,
            Weight::Bold,
            (x, y, width, height),
        );
        // The group row holds one line, with less padding than a cell.
        if let Some(last) = out.last_mut()
            && height <= GROUP_ROW
        {
            last.pad_y = GROUP_PAD;
        }
    };
    let mut numbers: Vec<(f32, f32)> = Vec::new();
    for column in &c.left {
        put(out, &column.heading, (column.x, top, column.width, full));
        numbers.push((column.x, column.width));
    }
    put(
        out,
        &c.kelompok.0,
        (c.lanes_x, top, c.lanes_width, GROUP_ROW),
    );
    for lane in &flow.lanes {
        let x = c.lanes_x + lane.x;
        put(out, &lane.name, (x, below, lane.width, table.heading_row));
        numbers.push((x, lane.width));
    }
    put(
        out,
        &c.kelompok.1,
        (c.mutu_x(), top, c.mutu_width(), GROUP_ROW),
    );
    for column in &c.mutu {
        put(
            out,
            &column.heading,
            (column.x, below, column.width, table.heading_row),
        );
        numbers.push((column.x, column.width));
    }
    if let Some(k) = &c.keterangan {
        put(out, &k.heading, (k.x, top, k.width, full));
        numbers.push((k.x, k.width));
    }
    if table.colnum {
        for (i, (x, width)) in numbers.into_iter().enumerate() {
            out.push(TextBox {
                rect: Rect {
                    x,
                    y: top + full,
                    width,
                    height: COLNUM_ROW,
                },
                lines: vec![Line {
                    marker: None,
                    text: (i + 1).to_string(),
                }],
                size: COLNUM_SIZE,
                pad_x: 0.0,
                pad_y: 0.0,
                indent: 0.0,
                align: Align::Center,
                valign: VAlign::Middle,
                weight: Weight::Regular,
                italic: true,
                underline: false,
                role: Role::ColumnNumber,
            });
        }
    }
}

/// A cell's lines in the box `(x, y, width, height)`, centred down it; nothing for a cell
/// with no text.
fn place(
    out: &mut Vec<TextBox>,
    cell: &Cell,
    role: Role,
    weight: Weight,
    (x, y, width, height): (f32, f32, f32, f32),
) {
    if cell
        .lines
        .iter()
        .all(|l| l.text.is_empty() && l.marker.is_none())
    {
        return;
    }
    let rect = Rect {
        x,
        y,
        width,
        height: height.max(2.0 * PAD_Y),
    };
    out.push(cell.boxed(rect, role, weight));
}

/// A step whose row is taller than the room of a page on its own: printed, it would be cut.
#[derive(Clone, Debug, PartialEq)]
pub struct TooTall {
    /// Index into `Sop::langkah`.
    pub step: usize,
    /// The row's height as printed, in CSS pixels (96 per inch), with the totals when they
    /// share its page.
    pub height: f32,
    /// The room a page has for rows as printed, in CSS pixels.
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
/// a layout (no flowchart), and false for every SOP whose texts are of usual length.
pub(crate) fn may_be_too_tall(sop: &Sop, style: &SheetStyle) -> bool {
    let (width, height) = style.paper.printable();
    // Lanes as wide as can be leave the text columns their minimum.
    let columns = Columns::new(style, width, 1.0e6);
    let half = height / 2.0;
    (0..sop.langkah.len()).any(|i| {
        columns
            .text()
            .any(|c| cells::of_step(sop, i, c.kind, c.width, columns.daftar).height() > half)
    })
}

/// The steps of a fitted table whose row alone overflows its page.
fn too_tall(table: &Table, flow: &Layout) -> Vec<TooTall> {
    let last = flow.pages.len().saturating_sub(1);
    flow.pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.steps.len() == 1)
        .filter_map(|(i, page)| {
            let tail = if i == last { table.total.height } else { 0.0 };
            let room = table.room(i);
            let height = page.height + tail;
            (height - room > 0.01).then(|| {
                let step = page.steps.start;
                let tallest = table.cells.get(step).and_then(|cells| {
                    cells
                        .iter()
                        .zip(table.columns.text())
                        .max_by(|(a, _), (b, _)| a.height().total_cmp(&b.height()))
                        .filter(|(cell, _)| cell.height() + 1.0 >= page.height)
                        .map(|(_, column)| column.heading.clone())
                });
                TooTall {
                    step,
                    height: height * table.scale,
                    room: room * table.scale,
                    column: tallest.unwrap_or_else(|| "Pelaksana".to_owned()),
                }
            })
        })
        .collect()
}
