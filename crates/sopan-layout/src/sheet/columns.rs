//! The columns of the procedure table: which there are, in what order, their headings and
//! their widths on the page.
//!
//! The actor lanes take exactly the width sopan-layout gave them, so the flowchart drawn
//! there lines up with the grid; the text columns share what is left of the page.

use crate::sheet::{ListStyle, Mutu, SheetStyle};

/// The narrowest the text columns may be together; below this the table is allowed to be
/// wider than the page rather than squeezing text to a word per line.
const MIN_TEXT_WIDTH: f32 = 320.0;

/// Width of the No column.
pub(crate) const NO_WIDTH: f32 = 28.0;

/// A text column of the procedure table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    No,
    Uraian,
    Mutu(Mutu),
    Keterangan,
}

/// A placed column.
#[derive(Clone, Debug)]
pub(crate) struct Column {
    pub(crate) kind: Kind,
    pub(crate) heading: String,
    pub(crate) x: f32,
    pub(crate) width: f32,
}

/// Every column of the table, left to right, with the lanes' place between Uraian and Mutu.
#[derive(Clone, Debug)]
pub(crate) struct Columns {
    /// No and Uraian Kegiatan.
    pub(crate) left: Vec<Column>,
    /// Left edge of the first lane.
    pub(crate) lanes_x: f32,
    /// The lanes' width together.
    pub(crate) lanes_width: f32,
    /// The mutu baku columns, in the configured order.
    pub(crate) mutu: Vec<Column>,
    /// Keterangan, unless switched off.
    pub(crate) keterangan: Option<Column>,
    /// Right edge of the table.
    pub(crate) width: f32,
    /// How the cells print lists of several entries.
    pub(crate) daftar: ListStyle,
    /// The group headings over the lanes and over the mutu baku columns.
    pub(crate) kelompok: (String, String),
    /// The title above the table, on every page that prints the table's header.
    pub(crate) judul_prosedur: Option<String>,
}

impl Columns {
    /// Lays the columns out across `page_width`, the lanes taking `lanes_width`.
    pub(crate) fn new(style: &SheetStyle, page_width: f32, lanes_width: f32) -> Columns {
        let judul = &style.columns;
        let order = mutu_order(&style.mutu);
        let with_ket = style.keterangan;
        // Shares of the text width, from the proportions of signed sheets: the uraian needs
        // the most room, waktu the least.
        let share = |kind: Kind| match kind {
            Kind::No => 0.0,
            Kind::Uraian => 0.34,
            Kind::Mutu(Mutu::Kelengkapan | Mutu::Output) => 0.2,
            Kind::Mutu(Mutu::Waktu) => 0.1,
            Kind::Keterangan => 0.16,
        };
        let mut kinds = vec![Kind::Uraian];
        kinds.extend(order.iter().map(|&m| Kind::Mutu(m)));
        if with_ket {
            kinds.push(Kind::Keterangan);
        }
        let total_share: f32 = kinds.iter().map(|&k| share(k)).sum();
        let text_width = (page_width - NO_WIDTH - lanes_width).max(MIN_TEXT_WIDTH);
        let width_of = |kind: Kind| (text_width * share(kind) / total_share).floor();
        let heading = |kind: Kind| -> String {
            match kind {
                Kind::No => judul.no.clone(),
                Kind::Uraian => judul.uraian.clone(),
                Kind::Mutu(Mutu::Kelengkapan) => judul.kelengkapan.clone(),
                Kind::Mutu(Mutu::Waktu) => judul.waktu.clone(),
                Kind::Mutu(Mutu::Output) => judul.output.clone(),
                Kind::Keterangan => judul.keterangan.clone(),
            }
        };
        let mut x = 0.0;
        let mut place = |kind: Kind, width: f32| {
            let column = Column {
                kind,
                heading: heading(kind),
                x,
                width,
            };
            x += width;
            column
        };
        let left = vec![
            place(Kind::No, NO_WIDTH),
            place(Kind::Uraian, width_of(Kind::Uraian)),
        ];
        let lanes_x = left.iter().map(|c| c.width).sum();
        // The lanes sit here; placing them as a column moves `x` past them.
        let _lanes = place(Kind::No, lanes_width);
        let mutu: Vec<Column> = order
            .iter()
            .map(|&m| place(Kind::Mutu(m), width_of(Kind::Mutu(m))))
            .collect();
        let keterangan = with_ket.then(|| place(Kind::Keterangan, width_of(Kind::Keterangan)));
        // Rounding each width down leaves a few pixels; the last column takes them so the
        // table ends exactly at the page's right margin.
        let mut columns = Columns {
            left,
            lanes_x,
            lanes_width,
            mutu,
            keterangan,
            width: x,
            daftar: style.lists,
            kelompok: style.groups.clone(),
            judul_prosedur: style.title.clone(),
        };
        let slack = page_width - columns.width;
        if slack > 0.0 {
            let last = columns.keterangan.as_mut().or(columns.mutu.last_mut());
            if let Some(last) = last {
                last.width += slack;
                columns.width += slack;
            }
        }
        columns
    }

    /// The text columns (every column but the lanes), left to right.
    pub(crate) fn text(&self) -> impl Iterator<Item = &Column> {
        self.left.iter().chain(&self.mutu).chain(&self.keterangan)
    }

    /// Left edge of the mutu baku group.
    pub(crate) fn mutu_x(&self) -> f32 {
        self.lanes_x + self.lanes_width
    }

    /// Width of the mutu baku group.
    pub(crate) fn mutu_width(&self) -> f32 {
        self.mutu.iter().map(|c| c.width).sum()
    }
}

/// The configured mutu baku order, each column once; the Permenpan order when empty.
fn mutu_order(configured: &[Mutu]) -> Vec<Mutu> {
    let mut order: Vec<Mutu> = Vec::new();
    for &m in configured {
        if !order.contains(&m) {
            order.push(m);
        }
    }
    if order.is_empty() {
        vec![Mutu::Kelengkapan, Mutu::Waktu, Mutu::Output]
    } else {
        order
    }
}
