//! Page 1: the identity block, measured and placed in boxes.
//!
//! Left, the logo and the unit's name; right, Nomor, the three dates, Disahkan oleh (post,
//! room for the signature, name, rank, NIP) and Nama SOP; below, the list sections two by
//! two, then any extra sections the office adds.
//!
//! A block too long for one page first sets its lists smaller, then all of its text, step
//! by step down to [`FLOOR`]; when even that is too long, its lists run on at the floor
//! over the next page (the rest of the block back at full size, unless the smaller size
//! saves a page), a section's heading repeated there with "(lanjutan)", and at least one
//! line of its text under every heading.

use sopan_check::model::{DaftarIdentitas, Sop};

use crate::geometry::{Point, Rect};
use crate::sheet::cells::{BULLET, shown};
use crate::sheet::page::{Align, Line, Role, Rule, SheetPage, TextBox, VAlign, Weight};
use crate::sheet::words::tanggal;
use crate::sheet::{ListStyle, NUMBER_BAND, Section, SheetStyle};
use crate::text;

/// The identity block laid out on one page or more.
#[derive(Clone, Debug)]
pub struct Identity {
    /// Page 1 and its continuation pages, without page numbers (the caller adds those, in
    /// the band at the top that continuation pages keep free: `NUMBER_BAND`).
    pub pages: Vec<SheetPage>,
    /// The bottom of the block on its last page: where the procedure table may start.
    pub bottom: f32,
}

/// The full size of the block's text, CSS pixels.
pub(crate) const TEXT_SIZE: f32 = 11.0;
/// The smallest text a long block is set in: 7 pt (9.33 px). Signed sheets set long
/// lists in 7–8 pt, and 7 pt still reads on a printed A4 page held at arm's length; below
/// it a block runs on over another page instead.
pub(crate) const FLOOR: f32 = 7.0 * 96.0 / 72.0;
/// How much each step of shrinking takes off the type.
const STEP: f32 = 0.5;
/// The unit's name, and the larger last line of it.
const UNIT_SIZE: f32 = 14.0;
const UNIT_LAST_SIZE: f32 = 17.0;
/// The gap above the unit's last line.
const UNIT_LAST_GAP: f32 = 6.0;
/// Padding of the unit's cell.
const UNIT_PAD: f32 = 12.0;
/// The box the logo is fitted into, and the gap under it.
pub(crate) const LOGO_SIZE: f32 = 110.0;
const LOGO_GAP: f32 = 10.0;
/// The share of the width the unit's column and the key column take.
const UNIT_SHARE: f32 = 0.6;
const KEY_SHARE: f32 = 0.13;
/// Padding of every other cell.
const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 2.0;
/// Room to sign and stamp, between the post and the signer's name.
const SIGN_SPACE: f32 = 72.0;
/// The least height of a list's cell, so an empty section still has room to write in.
const LIST_MIN: f32 = 40.0;
/// The hanging indent of a list at full size, as signed sheets print it.
const LIST_INDENT: f32 = 18.0;
/// Headings of long labels are cut after this many lines, so a heading always leaves room
/// on its page for text under it.
const HEADING_MAX_LINES: usize = 4;
/// The most lines a field of the block's top prints (Nomor, Nama SOP, the post, …), a
/// label, a line of the unit's name, and the most lines of the unit's name: with these the
/// top (which never breaks) takes at most about two thirds of the shortest page, whatever
/// an author writes.
const FIELD_MAX_LINES: usize = 6;
const LABEL_MAX_LINES: usize = 3;
const UNIT_MAX_LINES: usize = 3;
const UNIT_MAX_ENTRIES: usize = 6;
/// What a continued section's heading says after its name.
pub(crate) const CONTINUED: &str = "(lanjutan)";

/// Lays out the identity block of `sop` on `style.paper`; `logo` says whether there is a
/// logo to place.
#[must_use]
pub fn identity(sop: &Sop, style: &SheetStyle, logo: bool) -> Identity {
    let (width, height) = style.paper.printable();
    for (block, lists) in sizes() {
        let tried = lay_out(sop, style, logo, width, height, block, lists);
        if tried.pages.len() == 1 {
            return tried;
        }
    }
    // Nothing fits one page: the lists run on at the floor. The rest keeps its full size
    // unless the smaller one saves a page, as shrinking it no longer keeps the block whole.
    let full = lay_out(sop, style, logo, width, height, TEXT_SIZE, FLOOR);
    let small = lay_out(sop, style, logo, width, height, FLOOR, FLOOR);
    if small.pages.len() < full.pages.len() {
        small
    } else {
        full
    }
}

/// The sizes tried, largest first: (the block's text, the lists' text). The lists shrink
/// first, then the rest with them.
fn sizes() -> Vec<(f32, f32)> {
    let mut steps = vec![TEXT_SIZE];
    let mut size = TEXT_SIZE;
    while size - STEP > FLOOR {
        size -= STEP;
        steps.push(size);
    }
    steps.push(FLOOR);
    let mut out: Vec<(f32, f32)> = steps.iter().map(|&l| (TEXT_SIZE, l)).collect();
    out.extend(steps.iter().skip(1).map(|&b| (b, FLOOR)));
    out
}

/// The pages being filled, and how far down the last one is.
struct Filling {
    height: f32,
    pages: Vec<SheetPage>,
    y: f32,
}

impl Filling {
    fn page(&mut self) -> &mut SheetPage {
        if self.pages.is_empty() {
            self.pages.push(SheetPage {
                height: self.height,
                ..SheetPage::default()
            });
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn top(&self) -> f32 {
        if self.pages.len() <= 1 {
            0.0
        } else {
            NUMBER_BAND
        }
    }

    fn next(&mut self) {
        self.pages.push(SheetPage {
            height: self.height,
            ..SheetPage::default()
        });
        self.y = NUMBER_BAND;
    }

    /// A cell's outline as rules.
    fn outline(&mut self, r: Rect) {
        let corners = [
            Point { x: r.x, y: r.y },
            Point {
                x: r.x + r.width,
                y: r.y,
            },
            Point {
                x: r.x + r.width,
                y: r.y + r.height,
            },
            Point {
                x: r.x,
                y: r.y + r.height,
            },
        ];
        let page = self.page();
        for i in 0..4 {
            page.rules.push(Rule {
                from: corners[i],
                to: corners[(i + 1) % 4],
            });
        }
    }
}

fn lay_out(
    sop: &Sop,
    style: &SheetStyle,
    logo: bool,
    width: f32,
    height: f32,
    block: f32,
    lists: f32,
) -> Identity {
    let mut pages = Filling {
        height,
        pages: Vec::new(),
        y: 0.0,
    };
    header(&mut pages, sop, style, logo, width, block);
    for row in sections(sop, style, width, block, lists) {
        place_row(&mut pages, &row);
    }
    let mut laid = pages.pages;
    for page in &mut laid {
        page.rules = merged(&page.rules);
    }
    Identity {
        bottom: pages.y,
        pages: laid,
    }
}

/// The rules with every run of touching or overlapping pieces on one line drawn as one:
/// neighbouring cells share edges, and a row's edge runs on under the next one's.
fn merged(rules: &[Rule]) -> Vec<Rule> {
    // (horizontal, the line's coordinate, start, end), start ≤ end.
    let mut runs: Vec<(bool, f32, f32, f32)> = rules
        .iter()
        .map(|r| {
            if (r.from.y - r.to.y).abs() < f32::EPSILON {
                (true, r.from.y, r.from.x.min(r.to.x), r.from.x.max(r.to.x))
            } else {
                (false, r.from.x, r.from.y.min(r.to.y), r.from.y.max(r.to.y))
            }
        })
        .collect();
    runs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.total_cmp(&b.2))
    });
    let mut out: Vec<(bool, f32, f32, f32)> = Vec::new();
    for run in runs {
        match out.last_mut() {
            Some(last)
                if last.0 == run.0
                    && last.1.total_cmp(&run.1).is_eq()
                    && run.2 <= last.3 + 0.01 =>
            {
                last.3 = last.3.max(run.3);
            }
            _ => out.push(run),
        }
    }
    out.into_iter()
        .map(|(horizontal, at, start, end)| {
            if horizontal {
                Rule {
                    from: Point { x: start, y: at },
                    to: Point { x: end, y: at },
                }
            } else {
                Rule {
                    from: Point { x: at, y: start },
                    to: Point { x: at, y: end },
                }
            }
        })
        .collect()
}

/// A text box with the block's padding.
fn boxed(rect: Rect, lines: Vec<Line>, size: f32, role: Role) -> TextBox {
    TextBox {
        rect,
        lines,
        size,
        pad_x: PAD_X,
        pad_y: PAD_Y,
        indent: 0.0,
        align: Align::Left,
        valign: VAlign::Top,
        weight: Weight::Regular,
        italic: false,
        underline: false,
        role,
    }
}

/// A field of the block's top, at most `max_lines` lines: that part never breaks, so a
/// field of hundreds of words is cut, ending in "…", rather than run off page 1.
fn plain(text: &str, room: f32, size: f32, max_lines: usize) -> Vec<Line> {
    text::wrap_at_most(text, room.max(size), size, max_lines)
        .into_iter()
        .map(|text| Line { marker: None, text })
        .collect()
}

fn lines_height(lines: &[Line], size: f32) -> f32 {
    text::block_height(lines.len(), size)
}

/// The top block: the unit's cell left, the key/value rows right. It never breaks: it is
/// page 1's head.
fn header(pages: &mut Filling, sop: &Sop, style: &SheetStyle, logo: bool, width: f32, size: f32) {
    let scale = size / TEXT_SIZE;
    let unit_w = width * UNIT_SHARE;
    let (key_x, key_w) = (unit_w, width * KEY_SHARE);
    let value_x = key_x + key_w;
    let value_w = width - value_x;
    let key_room = key_w - 2.0 * PAD_X;
    let value_room = value_w - 2.0 * PAD_X;
    let labels = &style.labels;
    let revisi = sop.revisi.map_or_else(|| "-".to_owned(), tanggal);

    let (post, name, rest) = signer(sop, value_room, size);
    let signer_h = lines_height(&post, size)
        + SIGN_SPACE
        + lines_height(&name, size)
        + lines_height(&rest, size);

    let value = |text: &str| plain(text, value_room, size, FIELD_MAX_LINES);
    let rows: [(&str, Vec<Line>); 6] = [
        (&labels.nomor, value(&sop.nomor)),
        (&labels.dibuat, value(&tanggal(sop.dibuat))),
        (&labels.revisi, value(&revisi)),
        (&labels.efektif, value(&tanggal(sop.efektif))),
        (&labels.disahkan, Vec::new()),
        (&labels.nama, value(&sop.nama)),
    ];
    let keys: Vec<Vec<Line>> = rows
        .iter()
        .map(|(label, _)| plain(&label.to_uppercase(), key_room, size, LABEL_MAX_LINES))
        .collect();
    let mut heights: Vec<f32> = rows
        .iter()
        .zip(&keys)
        .enumerate()
        .map(|(i, ((_, value), key))| {
            let value_h = if i == 4 {
                signer_h
            } else {
                lines_height(value, size)
            };
            value_h.max(lines_height(key, size)) + 2.0 * PAD_Y
        })
        .collect();

    let unit = Unit::new(sop, logo, unit_w, scale);
    // The cell keeps the logo's room whether there is a logo or not, so the block's height,
    // and the sheet's page count, never depend on an image a page count does not see.
    let unit_h = unit.content + 2.0 * UNIT_PAD + if logo { 0.0 } else { LOGO_SIZE + LOGO_GAP };
    let right_h: f32 = heights.iter().sum();
    if unit_h > right_h {
        // A tall unit's cell gives the extra room to the signature.
        heights[4] += unit_h - right_h;
    }
    let total: f32 = heights.iter().sum();
    let page = pages.page();
    unit.place(page, logo, unit_w, total);

    let mut signer = Some((post, name, rest));
    let mut y = 0.0;
    let mut cells = vec![Rect {
        x: 0.0,
        y: 0.0,
        width: unit_w,
        height: total,
    }];
    for (i, (((_, value), key), h)) in rows.into_iter().zip(keys).zip(&heights).enumerate() {
        let key_rect = Rect {
            x: key_x,
            width: key_w,
            y,
            height: *h,
        };
        let value_rect = Rect {
            x: value_x,
            width: value_w,
            ..key_rect
        };
        cells.push(key_rect);
        cells.push(value_rect);
        page.texts.push(boxed(key_rect, key, size, Role::Label));
        if i == 4 {
            if let Some(lines) = signer.take() {
                signature(
                    page,
                    value_rect,
                    size,
                    lines,
                    (*h - 2.0 * PAD_Y - signer_h) / 2.0,
                );
            }
        } else {
            let mut b = boxed(value_rect, value, size, Role::Value);
            b.valign = VAlign::Middle;
            if i == 5 {
                b.align = Align::Center;
                b.weight = Weight::Bold;
            }
            page.texts.push(b);
        }
        y += h;
    }
    for cell in cells {
        pages.outline(cell);
    }
    pages.y = total;
}

/// The signature block's lines: the post; the signer's name (bold, underlined); rank and
/// NIP. Room to sign goes between the first two.
fn signer(sop: &Sop, room: f32, size: f32) -> (Vec<Line>, Vec<Line>, Vec<Line>) {
    let d = &sop.disahkan;
    let post = plain(&d.jabatan, room, size, FIELD_MAX_LINES);
    let name = d
        .nama
        .as_deref()
        .map(|n| plain(n, room, size, FIELD_MAX_LINES))
        .unwrap_or_default();
    let mut rest = Vec::new();
    if let Some(p) = &d.pangkat {
        rest.extend(plain(p, room, size, FIELD_MAX_LINES));
    }
    if let Some(nip) = &d.nip {
        rest.extend(plain(
            &format!("NIP {}", nip.grouped()),
            room,
            size,
            FIELD_MAX_LINES,
        ));
    }
    (post, name, rest)
}

/// The unit's cell: the logo's box, then the unit's name, upper case, its last line larger.
struct Unit {
    /// Each line of `instansi` wrapped: its lines, its size, the gap above it.
    lines: Vec<(Vec<Line>, f32, f32)>,
    /// The height of the logo and the lines.
    content: f32,
}

impl Unit {
    fn new(sop: &Sop, logo: bool, width: f32, scale: f32) -> Unit {
        let room = width - 2.0 * UNIT_PAD;
        let count = sop.instansi.len().min(UNIT_MAX_ENTRIES);
        let lines: Vec<(Vec<Line>, f32, f32)> = sop
            .instansi
            .iter()
            .take(count)
            .enumerate()
            .map(|(i, line)| {
                let last = i + 1 == count;
                let size = if last { UNIT_LAST_SIZE } else { UNIT_SIZE } * scale;
                // Signed sheets space the unit's lines at 1.5 times their size; boxes
                // hold 1.25.
                let gap = match (i, last) {
                    (0, _) => 0.0,
                    (_, true) => UNIT_LAST_GAP * scale + 0.25 * size,
                    (_, false) => 0.25 * size,
                };
                (
                    plain(&line.to_uppercase(), room, size, UNIT_MAX_LINES),
                    size,
                    gap,
                )
            })
            .collect();
        let logo_h = if logo { LOGO_SIZE + LOGO_GAP } else { 0.0 };
        let content = logo_h
            + lines
                .iter()
                .map(|(l, size, gap)| gap + lines_height(l, *size))
                .sum::<f32>();
        Unit { lines, content }
    }

    /// Places the logo's box and the lines, centred down a cell `height` tall.
    fn place(self, page: &mut SheetPage, logo: bool, width: f32, height: f32) {
        let mut y = (height - self.content) / 2.0;
        if logo {
            page.logo = Some(Rect {
                x: (width - LOGO_SIZE) / 2.0,
                y,
                width: LOGO_SIZE,
                height: LOGO_SIZE,
            });
            y += LOGO_SIZE + LOGO_GAP;
        }
        for (lines, size, gap) in self.lines {
            y += gap;
            let h = lines_height(&lines, size);
            let mut text = boxed(
                Rect {
                    x: 0.0,
                    y,
                    width,
                    height: h,
                },
                lines,
                size,
                Role::Unit,
            );
            text.pad_x = UNIT_PAD;
            text.pad_y = 0.0;
            text.align = Align::Center;
            text.weight = Weight::Bold;
            page.texts.push(text);
            y += h;
        }
    }
}

/// The signature's boxes in the value cell `cell`, `offset` below its padding.
fn signature(
    page: &mut SheetPage,
    cell: Rect,
    size: f32,
    (post, name, rest): (Vec<Line>, Vec<Line>, Vec<Line>),
    offset: f32,
) {
    let mut y = cell.y + PAD_Y + offset.max(0.0);
    let mut push = |lines: Vec<Line>, y: &mut f32, bold: bool| {
        if lines.is_empty() {
            return;
        }
        let h = lines_height(&lines, size);
        let mut b = boxed(
            Rect {
                x: cell.x,
                y: *y,
                width: cell.width,
                height: h,
            },
            lines,
            size,
            Role::Value,
        );
        b.pad_y = 0.0;
        b.align = Align::Center;
        if bold {
            b.weight = Weight::Bold;
            b.underline = true;
        }
        page.texts.push(b);
        *y += h;
    };
    push(post, &mut y, false);
    y += SIGN_SPACE;
    push(name, &mut y, true);
    push(rest, &mut y, false);
}

/// One column of a list row: its heading and its lines.
#[derive(Clone, Debug)]
struct Column {
    heading: String,
    lines: Vec<Line>,
    /// The index of the line each entry starts on: where the column may break.
    starts: Vec<usize>,
    indent: f32,
}

/// A row of one section across, or of two side by side.
#[derive(Clone, Debug)]
struct ListRow {
    columns: Vec<Column>,
    width: f32,
    block: f32,
    size: f32,
}

/// The list sections that remain, two by two, a last one alone across, then the office's
/// own sections across.
fn sections(sop: &Sop, style: &SheetStyle, width: f32, block: f32, size: f32) -> Vec<ListRow> {
    let l = &style.labels;
    let related: Vec<String> = sop.keterkaitan.iter().map(|k| k.nama.clone()).collect();
    let all = [
        (
            Section::DasarHukum,
            DaftarIdentitas::DasarHukum,
            &l.dasar_hukum,
            &sop.dasar_hukum,
        ),
        (
            Section::Kualifikasi,
            DaftarIdentitas::Kualifikasi,
            &l.kualifikasi,
            &sop.kualifikasi,
        ),
        (
            Section::Keterkaitan,
            DaftarIdentitas::Keterkaitan,
            &l.keterkaitan,
            &related,
        ),
        (
            Section::Peralatan,
            DaftarIdentitas::Peralatan,
            &l.peralatan,
            &sop.peralatan,
        ),
        (
            Section::Peringatan,
            DaftarIdentitas::Peringatan,
            &l.peringatan,
            &sop.peringatan,
        ),
        (
            Section::Pencatatan,
            DaftarIdentitas::Pencatatan,
            &l.pencatatan,
            &sop.pencatatan,
        ),
    ];
    // Leaving a section out closes the gap: the others move up in the Permenpan order.
    let kept: Vec<(String, Vec<String>)> = all
        .into_iter()
        .filter(|(section, ..)| !style.left_out.contains(section))
        .map(|(_, daftar, label, entries)| {
            (
                label.clone(),
                shown(entries.clone(), sop.strip_identitas(daftar)),
            )
        })
        .collect();
    let half = width / 2.0;
    let row = |items: &[(String, Vec<String>)], w: f32| ListRow {
        columns: items
            .iter()
            .map(|(heading, entries)| column(heading, entries, w, size, style.lists))
            .collect(),
        width: w,
        block,
        size,
    };
    let mut rows = Vec::new();
    for pair in kept.chunks(2) {
        if pair.len() == 2 {
            rows.push(row(pair, half));
        } else {
            rows.push(row(pair, width));
        }
    }
    for (i, extra) in sop.bagian.iter().enumerate() {
        let entries = shown(extra.isi.clone(), sop.strip.bagian.contains(&i));
        rows.push(row(&[(extra.judul.clone(), entries)], width));
    }
    rows
}

/// A list marked as `daftar` asks; a single entry, or plain lines, without marks.
fn column(heading: &str, entries: &[String], width: f32, size: f32, daftar: ListStyle) -> Column {
    let room = width - 2.0 * PAD_X;
    let with_marks = entries.len() > 1 && daftar != ListStyle::Lines;
    let mark = |i: usize| match daftar {
        ListStyle::Bulleted => BULLET.to_owned(),
        _ => format!("{}.", i + 1),
    };
    let indent = if with_marks {
        let widest = text::width(&mark(entries.len() - 1), size) + 3.0;
        (LIST_INDENT * size / TEXT_SIZE).max(widest)
    } else {
        0.0
    };
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        starts.push(lines.len());
        for (k, wrapped) in text::wrap(entry, (room - indent).max(size), size)
            .into_iter()
            .enumerate()
        {
            let marker = (with_marks && k == 0).then(|| mark(i));
            lines.push(Line {
                marker,
                text: wrapped,
            });
        }
    }
    Column {
        heading: heading.to_uppercase(),
        lines,
        starts,
        indent,
    }
}

/// A heading's lines, cut short when very long.
fn heading_lines(heading: &str, continued: bool, width: f32, size: f32) -> Vec<Line> {
    let text = if continued {
        format!("{heading} {CONTINUED}")
    } else {
        heading.to_owned()
    };
    text::wrap_at_most(
        &text,
        (width - 2.0 * PAD_X).max(size),
        size,
        HEADING_MAX_LINES,
    )
    .into_iter()
    .map(|text| Line { marker: None, text })
    .collect()
}

/// Places `row` from `pages.y` on, running on over new pages as needed.
fn place_row(pages: &mut Filling, row: &ListRow) {
    let line = text::line_height(row.size);
    let mut from: Vec<usize> = vec![0; row.columns.len()];
    let mut continued = false;
    loop {
        // A column already finished shows no heading on a continuation page.
        let headings: Vec<Vec<Line>> = row
            .columns
            .iter()
            .zip(&from)
            .map(|(c, &f)| {
                if continued && f >= c.lines.len() {
                    Vec::new()
                } else {
                    heading_lines(&c.heading, continued, row.width, row.block)
                }
            })
            .collect();
        let head_h = headings
            .iter()
            .map(|h| lines_height(h, row.block))
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y;
        let left: usize = row
            .columns
            .iter()
            .zip(&from)
            .map(|(c, &f)| c.lines.len().saturating_sub(f))
            .max()
            .unwrap_or(0);
        let room = pages.height - pages.y - head_h;
        let whole = text::block_height(left, row.size) + 2.0 * PAD_Y;
        if whole.max(LIST_MIN) <= room || (whole <= room && left > 0) {
            let h = whole.max(LIST_MIN).min(room.max(whole));
            let ends: Vec<usize> = row.columns.iter().map(|c| c.lines.len()).collect();
            put(pages, row, &headings, head_h, &from, &ends, h);
            return;
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a page holds far fewer lines than usize::MAX, and the room is clamped at 0"
        )]
        let mut fit = ((room - 2.0 * PAD_Y) / line).floor().max(0.0) as usize;
        let fresh = pages.y <= pages.top() + 0.01;
        if fit == 0 {
            if !fresh {
                pages.next();
                continued = from.iter().any(|&f| f > 0);
                continue;
            }
            // Not even one line fits under the heading on an empty page: take one anyway,
            // so the layout always moves on.
            fit = 1;
        }
        let ends: Vec<usize> = row
            .columns
            .iter()
            .zip(&from)
            .map(|(c, &f)| break_at(c, f, fit))
            .collect();
        let taken = ends
            .iter()
            .zip(&from)
            .map(|(e, f)| e - f)
            .max()
            .unwrap_or(0);
        let h = text::block_height(taken, row.size) + 2.0 * PAD_Y;
        put(pages, row, &headings, head_h, &from, &ends, h);
        if ends
            .iter()
            .zip(&row.columns)
            .all(|(&e, c)| e >= c.lines.len())
        {
            return;
        }
        from = ends;
        pages.next();
        continued = true;
    }
}

/// Where a column that starts at line `from` ends when `fit` lines fit: after the last
/// entry that ends in time, or inside an entry too long to fit whole.
fn break_at(column: &Column, from: usize, fit: usize) -> usize {
    let end = (from + fit).min(column.lines.len());
    if end == column.lines.len() {
        return end;
    }
    column
        .starts
        .iter()
        .copied()
        .filter(|&s| s > from && s <= end)
        .max()
        .unwrap_or(end)
}

/// Draws one part of a row: headings, then the lines `from..ends` of every column, in a
/// content cell `body_h` tall.
fn put(
    pages: &mut Filling,
    row: &ListRow,
    headings: &[Vec<Line>],
    head_h: f32,
    from: &[usize],
    ends: &[usize],
    body_h: f32,
) {
    let y = pages.y;
    let mut cells = Vec::new();
    let page = pages.page();
    let mut x = 0.0;
    for i in 0..row.columns.len() {
        let head = Rect {
            x,
            y,
            width: row.width,
            height: head_h,
        };
        // A column finished on an earlier page keeps its place in the row, ruled but not
        // grey: a grey heading with nothing in it reads as a missing label.
        if headings.get(i).is_some_and(|h| !h.is_empty()) {
            page.fills.push(head);
        }
        let mut heading = boxed(
            head,
            headings.get(i).cloned().unwrap_or_default(),
            row.block,
            Role::Label,
        );
        heading.weight = Weight::Bold;
        page.texts.push(heading);
        cells.push(head);
        x += row.width;
    }
    let mut x = 0.0;
    for (i, column) in row.columns.iter().enumerate() {
        let body = Rect {
            x,
            y: y + head_h,
            width: row.width,
            height: body_h,
        };
        let start = from.get(i).copied().unwrap_or(0);
        let end = ends.get(i).copied().unwrap_or(0);
        let lines = column
            .lines
            .get(start..end)
            .map(<[Line]>::to_vec)
            .unwrap_or_default();
        let mut text = boxed(body, lines, row.size, Role::Value);
        text.indent = column.indent;
        page.texts.push(text);
        cells.push(body);
        x += row.width;
    }
    for cell in cells {
        pages.outline(cell);
    }
    pages.y = y + head_h + body_h;
}

#[cfg(test)]
mod tests;
