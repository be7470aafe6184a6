//! The procedure pages: the table with its grouped header, one row per step, the flowchart
//! in the actor columns, off-page connectors, page numbers and the totals row.
//!
//! Every position is computed here from the plan, and the page is drawn at those positions
//! (rules and flowchart in SVG, text in absolutely placed boxes) rather than left to the
//! browser's table layout, so the symbols sit exactly in their rows and each page holds
//! exactly the rows pagination put on it.

use std::fmt::Write as _;

use sopan_config::KolomMutu;
use sopan_layout::Page;
use sopan_svg::flow::FlowStyle;

use crate::cells::{Align, Cell, Line, PAD_Y};
use crate::columns::Kind;
use crate::escape::escape_into;
use crate::plan::{COLNUM_ROW, GROUP_ROW, NUMBER_BAND, Plan, heading};
use crate::svg::{self, num};

/// The HTML of every procedure page; `first_number` is the printed number of the first.
pub(crate) fn pages(plan: &Plan, first_number: usize) -> String {
    let mut out = String::new();
    let count = plan.flow.pages.len();
    for (i, page) in plan.flow.pages.iter().enumerate() {
        let header = i == 0 || plan.repeat_header;
        draw(
            &mut out,
            plan,
            page,
            header,
            i + 1 == count,
            first_number + i,
        );
    }
    out
}

/// One page.
fn draw(out: &mut String, plan: &Plan, page: &Page, header: bool, last: bool, number: usize) {
    let c = &plan.columns;
    let top = NUMBER_BAND;
    let body = top + if header { plan.header_height() } else { 0.0 };
    let rows_bottom = body + page.height;
    let bottom = rows_bottom + if last { plan.total.height } else { 0.0 };
    // A step taller than a page (refused by `sopan build` as SOP215) still prints whole:
    // its page grows and runs on over more paper rather than cutting the row.
    let overflowing = bottom > plan.paper.content_height + 0.5;
    let height = if overflowing {
        bottom.ceil()
    } else {
        plan.paper.content_height
    };
    let grown = if overflowing {
        " style=\"height:auto\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<section class=\"page prosedur\"{grown}>\n<div class=\"sheet\" style=\"width:{}px;height:{}px\">",
        num(c.width),
        num(height)
    );
    let _ = writeln!(out, "<div class=\"pno\">- {number} -</div>");
    if header {
        crate::identitas::judul_prosedur(out, c.judul_prosedur.as_deref());
    }
    let _ = writeln!(
        out,
        "<svg class=\"rules\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" aria-hidden=\"true\">",
        w = num(c.width),
        h = num(height)
    );
    if header {
        let _ = writeln!(
            out,
            "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#eee\"/>",
            num(top),
            num(c.width),
            num(body - top)
        );
    }
    out.push_str("<g stroke=\"#000\" stroke-width=\"0.8\">\n");
    rules(out, plan, page, (top, body, rows_bottom, bottom), header);
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        "<g transform=\"translate({},{})\">",
        num(c.lanes_x),
        num(body)
    );
    sopan_svg::flow::draw(out, &plan.flow, page, &FlowStyle::sheet(), None);
    out.push_str("</g>\n</svg>\n");
    if header {
        head(out, plan, top);
    }
    for row in &page.rows {
        let Some(cells) = plan.cells.get(row.step) else {
            continue;
        };
        for (column, cell) in c.text().zip(cells) {
            place(
                out,
                cell,
                "",
                (column.x, body + row.y, column.width, row.height),
            );
        }
    }
    if last {
        let t = &plan.total;
        place(
            out,
            &t.label,
            "total",
            (0.0, rows_bottom, c.mutu_x(), t.height),
        );
        let waktu = Kind::Mutu(KolomMutu::Waktu);
        if let Some(w) = c.mutu.iter().find(|m| m.kind == waktu) {
            place(
                out,
                &t.waktu,
                "total",
                (w.x, rows_bottom, w.width, t.height),
            );
        }
    }
    out.push_str("</div>\n</section>\n");
}

/// The table's rules: `y` is (table top, body top, rows' bottom, table bottom).
fn rules(out: &mut String, plan: &Plan, page: &Page, y: (f32, f32, f32, f32), header: bool) {
    let c = &plan.columns;
    let (top, body, rows_bottom, bottom) = y;
    let group = top + GROUP_ROW;
    // Outline.
    svg::line(out, (0.0, top), (c.width, top));
    svg::line(out, (0.0, bottom), (c.width, bottom));
    svg::line(out, (0.0, top), (0.0, bottom));
    svg::line(out, (c.width, top), (c.width, bottom));
    if header {
        // Under Pelaksana and Mutu Baku only: No, Uraian and Keterangan span both rows.
        svg::line(
            out,
            (c.lanes_x, group),
            (c.mutu_x() + c.mutu_width(), group),
        );
        let headings = group + plan.heading_row;
        svg::line(out, (0.0, headings), (c.width, headings));
        if plan.colnum {
            svg::line(
                out,
                (0.0, headings + COLNUM_ROW),
                (c.width, headings + COLNUM_ROW),
            );
        }
    }
    for row in &page.rows {
        let y = body + row.y + row.height;
        svg::line(out, (0.0, y), (c.width, y));
    }
    // Column edges. Inside the two groups they start under the group row; those left of
    // Mutu Baku stop at the totals row, whose label spans them.
    let inner_top = if header { group } else { top };
    for column in &c.left[1..] {
        svg::line(out, (column.x, top), (column.x, rows_bottom));
    }
    for lane in &plan.flow.lanes {
        let x = c.lanes_x + lane.x;
        svg::line(
            out,
            (x, if lane.actor == 0 { top } else { inner_top }),
            (x, rows_bottom),
        );
    }
    for (i, column) in c.mutu.iter().enumerate() {
        svg::line(
            out,
            (column.x, if i == 0 { top } else { inner_top }),
            (column.x, bottom),
        );
    }
    if let Some(k) = &c.keterangan {
        svg::line(out, (k.x, top), (k.x, bottom));
    }
}

/// The header's text: group headings, column headings, column numbers.
fn head(out: &mut String, plan: &Plan, top: f32) {
    let c = &plan.columns;
    let full = GROUP_ROW + plan.heading_row;
    let below = top + GROUP_ROW;
    let heading_cell = |text: &str, width: f32| Cell {
        lines: heading(text, width)
            .into_iter()
            .map(|text| Line { marker: None, text })
            .collect(),
        indent: 0.0,
        align: Align::Center,
    };
    let mut numbers: Vec<(f32, f32)> = Vec::new();
    for column in &c.left {
        place(
            out,
            &heading_cell(&column.heading, column.width),
            "head",
            (column.x, top, column.width, full),
        );
        numbers.push((column.x, column.width));
    }
    place(
        out,
        &heading_cell(&c.kelompok.0, c.lanes_width),
        "head",
        (c.lanes_x, top, c.lanes_width, GROUP_ROW),
    );
    for lane in &plan.flow.lanes {
        let x = c.lanes_x + lane.x;
        place(
            out,
            &heading_cell(&lane.name, lane.width),
            "head",
            (x, below, lane.width, plan.heading_row),
        );
        numbers.push((x, lane.width));
    }
    place(
        out,
        &heading_cell(&c.kelompok.1, c.mutu_width()),
        "head",
        (c.mutu_x(), top, c.mutu_width(), GROUP_ROW),
    );
    for column in &c.mutu {
        place(
            out,
            &heading_cell(&column.heading, column.width),
            "head",
            (column.x, below, column.width, plan.heading_row),
        );
        numbers.push((column.x, column.width));
    }
    if let Some(k) = &c.keterangan {
        place(
            out,
            &heading_cell(&k.heading, k.width),
            "head",
            (k.x, top, k.width, full),
        );
        numbers.push((k.x, k.width));
    }
    if plan.colnum {
        for (i, (x, width)) in numbers.into_iter().enumerate() {
            let _ = writeln!(
                out,
                "<div class=\"c colnum\" style=\"left:{}px;top:{}px;width:{}px;height:{}px\">{}</div>",
                num(x),
                num(top + full),
                num(width),
                num(COLNUM_ROW),
                i + 1
            );
        }
    }
}

/// A cell's lines in the box `(x, y, width, height)`, centred vertically.
fn place(out: &mut String, cell: &Cell, class: &str, (x, y, width, height): (f32, f32, f32, f32)) {
    if cell
        .lines
        .iter()
        .all(|l| l.text.is_empty() && l.marker.is_none())
    {
        return;
    }
    let align = match cell.align {
        Align::Left => "",
        Align::Center => " ctr",
    };
    let _ = write!(
        out,
        "<div class=\"c{align}{}{class}\" style=\"left:{}px;top:{}px;width:{}px;height:{}px",
        if class.is_empty() { "" } else { " " },
        num(x),
        num(y),
        num(width),
        num(height.max(2.0 * PAD_Y)),
    );
    if cell.indent > 0.0 {
        let _ = write!(out, ";--indent:{}px", num(cell.indent));
    }
    out.push_str("\">");
    for line in &cell.lines {
        match &line.marker {
            Some(marker) => {
                out.push_str("<div class=\"li\"><span class=\"m\">");
                escape_into(out, marker, false);
                out.push_str("</span>");
            }
            None if cell.indent > 0.0 => out.push_str("<div class=\"li\">"),
            None => out.push_str("<div>"),
        }
        escape_into(out, &line.text, false);
        out.push_str("</div>");
    }
    out.push_str("</div>\n");
}
