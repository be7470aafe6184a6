//! The flowchart of a checked SOP as one standalone SVG 1.1 drawing.
//!
//! [`render`] draws what `sopan-layout` placed: the SOP's name, a header row with the actors'
//! names over their lanes, a narrow No column, one band per step, the symbols with their
//! text, the arrows with their heads and branch labels. The document has no script, no
//! external reference and no CSS, only presentation attributes, so browsers, resvg and
//! Inkscape draw it alike. Text names the bundled font's family (`DejaVu Sans`) first; the
//! layout was measured with it, and the usual stand-ins are narrower, so nothing overflows.
//!
//! [`render_paginated`] splits the drawing into pages that fit a sheet of paper
//! (`paginate.rs`); `write.rs` holds the single escaping function and the number format,
//! [`num`], which the sheet's inline SVG uses too. [`flow`] draws the flowchart of one page,
//! for this drawing and for the sheet alike.

pub mod flow;
mod paginate;
mod write;

use std::fmt::Write as _;

use flow::FlowStyle;
use sopan_check::model::Sop;
use sopan_layout::sheet::Paper;
use sopan_layout::{ConnectorStyle, Layout, LayoutSettings, Page, Point, Split, text};
use write::escape;
pub use write::num;

/// Space around the drawing.
const MARGIN: f32 = 12.0;
/// Width of the No column.
const NO_WIDTH: f32 = 30.0;
/// Font size of the title.
const TITLE_SIZE: f32 = 13.0;
/// Font size of the header and the step numbers.
const HEADER_SIZE: f32 = 10.5;
/// Padding inside header cells.
const HEADER_PAD: f32 = 6.0;

const INK: &str = FlowStyle::standalone().ink;
const RULE: &str = "#8c8c8c";
const FAINT: &str = "#d4d4d4";
const HEADER_FILL: &str = "#eef0f3";
const PAPER: &str = FlowStyle::standalone().paper;

/// The flowchart of `sop` as a standalone SVG document, ending in a newline.
#[must_use]
pub fn render(sop: &Sop) -> String {
    render_with(sop, &LayoutSettings::flowchart())
}

/// The flowchart drawn with other layout settings, on one page.
#[must_use]
pub fn render_with(sop: &Sop, settings: &LayoutSettings) -> String {
    render_pages(sop, settings, &Split::default())
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// One drawing per page of `split` (one in all without a page split), each with the title
/// and header row, joined to the others by off-page connectors. When there are several
/// pages, each says which it is ("2/3") at the right of its title.
#[must_use]
pub fn render_pages(sop: &Sop, settings: &LayoutSettings, split: &Split) -> Vec<String> {
    let layout = sopan_layout::layout_split(sop, settings, split);
    draw_pages(sop, &layout, 1.0)
}

/// The flowchart in pages that fit `paper` when printed at 96 px per inch, each page with
/// the title, its number ("2/3") and the header row, joined by off-page connectors marked
/// as `connectors` says; one page when the whole flowchart fits. Breaks fall between
/// steps, chosen from measured row heights; a step taller than a page has a page to
/// itself. Lanes wider than the paper are scaled down, to the paper's printable width, by
/// the pages' `width` and `height` attributes (the `viewBox` keeps user units), and the
/// breaks allow for that scale. What `sopan build --format svg --paginate` writes, as
/// `<name>-1.svg`, `<name>-2.svg`, ….
#[must_use]
pub fn render_paginated(sop: &Sop, paper: Paper, connectors: ConnectorStyle) -> Vec<String> {
    let paginated = paginate::paginate(sop, paper, connectors);
    draw_pages(sop, &paginated.layout, paginated.scale)
}

/// Every page of a laid-out flowchart, its `width` and `height` attributes `scale` times
/// its size in user units.
fn draw_pages(sop: &Sop, layout: &Layout, scale: f32) -> Vec<String> {
    let count = layout.pages.len();
    layout
        .pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let frame = Frame::new(sop, layout, (count > 1).then_some((i + 1, count)));
            Drawing {
                sop,
                layout,
                page,
                frame,
                scale,
                out: String::new(),
            }
            .finish()
        })
        .collect()
}

/// What surrounds the flow on a page: margins, title, header row. Every page of one
/// layout has the same frame but for its page number.
struct Frame {
    title: Vec<String>,
    /// "2/3" on a page of several.
    number: Option<String>,
    /// Top of the table.
    top: f32,
    /// Height of the header row.
    header: f32,
    /// Width of the whole drawing.
    width: f32,
}

impl Frame {
    fn new(sop: &Sop, layout: &Layout, number: Option<(usize, usize)>) -> Frame {
        let header_lines = layout
            .lanes
            .iter()
            .map(|lane| header_lines(&lane.name, lane.width).len())
            .max()
            .unwrap_or(1);
        let header = text::block_height(header_lines, HEADER_SIZE) + 2.0 * HEADER_PAD;
        let number = number.map(|(n, of)| format!("{n}/{of}"));
        // The page number keeps the right end of the title's first line for itself.
        let reserved = number
            .as_deref()
            .map_or(0.0, |n| text::width(n, TITLE_SIZE) + 2.0 * HEADER_PAD);
        let title = text::wrap(&sop.nama, NO_WIDTH + layout.width - reserved, TITLE_SIZE);
        let top = MARGIN + (text::block_height(title.len(), TITLE_SIZE) + 6.0).ceil();
        Frame {
            title,
            number,
            top,
            header: header.max(28.0).ceil(),
            width: 2.0 * MARGIN + NO_WIDTH + layout.width,
        }
    }

    /// The height of a drawing of `rows` units of rows.
    fn height(&self, rows: f32) -> f32 {
        self.top + self.header + rows + MARGIN
    }
}

/// One page being written.
struct Drawing<'a> {
    sop: &'a Sop,
    layout: &'a Layout,
    page: &'a Page,
    frame: Frame,
    /// The `width` and `height` attributes over the size in user units.
    scale: f32,
    out: String,
}

impl Drawing<'_> {
    fn finish(mut self) -> String {
        let width = self.frame.width;
        let height = self.frame.height(self.page.height);
        let _ = writeln!(
            self.out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{sw}\" height=\"{sh}\" \
             viewBox=\"0 0 {w} {h}\" font-family=\"{font}\" font-size=\"{size}\" fill=\"{INK}\">",
            sw = num(width * self.scale),
            sh = num(height * self.scale),
            w = num(width),
            h = num(height),
            font = escape(text::FONT_FAMILY_CSS),
            size = num(self.layout.font_size),
        );
        let _ = writeln!(self.out, "<title>{}</title>", escape(&self.sop.nama));
        let _ = writeln!(
            self.out,
            "<rect width=\"{}\" height=\"{}\" fill=\"{PAPER}\"/>",
            num(width),
            num(height)
        );
        // Half a unit across and down puts one-unit lines on whole pixels: sharp, not grey.
        self.out.push_str("<g transform=\"translate(0.5,0.5)\">\n");
        self.title();
        self.table(width - 2.0 * MARGIN);
        let _ = writeln!(
            self.out,
            "<g transform=\"translate({},{})\">",
            num(MARGIN + NO_WIDTH),
            num(self.frame.top + self.frame.header)
        );
        self.flow();
        self.out.push_str("</g>\n</g>\n</svg>\n");
        self.out
    }

    fn title(&mut self) {
        let _ = writeln!(self.out, "<g font-size=\"{}\">", num(TITLE_SIZE));
        let title = std::mem::take(&mut self.frame.title);
        for (i, l) in title.iter().enumerate() {
            let y = MARGIN + text::block_height(i, TITLE_SIZE) + text::baseline_offset(TITLE_SIZE);
            self.text(MARGIN, y, l);
        }
        if let Some(number) = self.frame.number.take() {
            let _ = writeln!(
                self.out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                num(self.frame.width - MARGIN),
                num(MARGIN + text::baseline_offset(TITLE_SIZE)),
                escape(&number)
            );
        }
        self.out.push_str("</g>\n");
    }

    /// Header row, lane and row rules, step numbers.
    fn table(&mut self, width: f32) {
        let (top, body) = (self.frame.top, self.frame.top + self.frame.header);
        let bottom = body + self.page.height;
        let _ = writeln!(
            self.out,
            "<g stroke=\"{RULE}\" stroke-width=\"1\">\n\
             <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{HEADER_FILL}\"/>",
            x = num(MARGIN),
            y = num(top),
            w = num(width),
            h = num(self.frame.header),
        );
        let rows: Vec<f32> = self.page.rows.iter().skip(1).map(|r| body + r.y).collect();
        for y in rows {
            self.rule(
                Point { x: MARGIN, y },
                Point {
                    x: MARGIN + width,
                    y,
                },
                FAINT,
            );
        }
        let lanes: Vec<f32> = std::iter::once(0.0)
            .chain(self.layout.lanes.iter().map(|l| l.x + l.width))
            .map(|x| MARGIN + NO_WIDTH + x)
            .collect();
        for x in lanes {
            self.rule(Point { x, y: top }, Point { x, y: bottom }, RULE);
        }
        let _ = writeln!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\"/>\n</g>",
            num(MARGIN),
            num(top),
            num(width),
            num(bottom - top)
        );
        self.header_text();
        self.numbers(body);
    }

    fn rule(&mut self, from: Point, to: Point, color: &str) {
        let _ = writeln!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\"/>",
            num(from.x),
            num(from.y),
            num(to.x),
            num(to.y)
        );
    }

    fn header_text(&mut self) {
        let _ = writeln!(
            self.out,
            "<g font-size=\"{}\" text-anchor=\"middle\">",
            num(HEADER_SIZE)
        );
        let middle = self.frame.top + self.frame.header / 2.0;
        let mut cells = vec![(MARGIN + NO_WIDTH / 2.0, vec!["No".to_owned()])];
        for lane in &self.layout.lanes {
            cells.push((
                MARGIN + NO_WIDTH + lane.x + lane.width / 2.0,
                header_lines(&lane.name, lane.width),
            ));
        }
        for (x, lines) in cells {
            let first = middle - text::block_height(lines.len(), HEADER_SIZE) / 2.0;
            for (i, l) in lines.iter().enumerate() {
                let y =
                    first + text::block_height(i, HEADER_SIZE) + text::baseline_offset(HEADER_SIZE);
                self.text(x, y, l);
            }
        }
        self.out.push_str("</g>\n");
    }

    fn numbers(&mut self, body: f32) {
        let _ = writeln!(
            self.out,
            "<g font-size=\"{}\" text-anchor=\"middle\">",
            num(HEADER_SIZE)
        );
        for row in &self.page.rows {
            let number = self
                .sop
                .langkah
                .get(row.step)
                .map_or_else(|| (row.step + 1).to_string(), |l| l.nomor_cetak.clone());
            let y = body + row.y + row.height / 2.0 - text::line_height(HEADER_SIZE) / 2.0
                + text::baseline_offset(HEADER_SIZE);
            self.text(MARGIN + NO_WIDTH / 2.0, y, &number);
        }
        self.out.push_str("</g>\n");
    }

    fn text(&mut self, x: f32, y: f32, content: &str) {
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            num(x),
            num(y),
            escape(content)
        );
    }

    /// Joins, arrows, symbols, labels and connectors, in page coordinates.
    fn flow(&mut self) {
        flow::draw(
            &mut self.out,
            self.layout,
            self.page,
            &FlowStyle::standalone(),
            Some(self.sop),
        );
    }
}

/// An actor's name broken to fit its lane's header cell.
fn header_lines(name: &str, width: f32) -> Vec<String> {
    text::wrap(name, width - 2.0 * HEADER_PAD, HEADER_SIZE)
}
