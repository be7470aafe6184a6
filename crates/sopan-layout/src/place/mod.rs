//! From grid and abstract routes to coordinates: symbols, polylines, arrow heads,
//! connectors, joins and row bands of one page. `columns.rs` decides x, `rows.rs` y,
//! `labels.rs` where branch labels go once everything else is fixed.

pub(crate) mod columns;
mod labels;
mod rows;

use sopan_check::model::{Garis, Jenis, Sop};

use crate::figures::Figures;
use crate::geometry::{
    Arrow, Connector, Edge, Join, Page, Point, Rect, Row, Shape, Symbol, TextLine,
};
use crate::grid::{CellKind, Grid, RowKind};
use crate::route::Routed;
use crate::route::keys::{Key, Port, Side};
use crate::settings::LayoutSettings;
use crate::symbols::{self, Kind, Outline, PENTAGON_SHOULDER, Sized};
use crate::text;
use columns::Columns;
use rows::{RowNeeds, Rows, Spacing};

/// Sorted track fractions per gutter (`x`) or channel (not `x`) used by a page's routes.
pub(crate) fn track_lists(routed: &Routed, count: usize, x: bool) -> Vec<Vec<f64>> {
    let mut lists: Vec<Vec<f64>> = vec![Vec::new(); count];
    for point in routed.routes.iter().flat_map(|r| &r.points) {
        let key = if x { point.x } else { point.y };
        if !key.is_between() {
            continue;
        }
        if let Some(list) = lists.get_mut(key.index())
            && let Err(at) = list.binary_search_by(|f| f.total_cmp(&key.minor))
        {
            list.insert(at, key.minor);
        }
    }
    lists
}

/// Everything `page` needs besides the grid and routes.
pub(crate) struct Context<'a> {
    pub(crate) sop: &'a Sop,
    pub(crate) figures: &'a Figures,
    pub(crate) columns: &'a Columns,
    pub(crate) sized: &'a [Sized],
    pub(crate) settings: &'a LayoutSettings,
    pub(crate) split: &'a crate::Split,
}

/// One page with coordinates.
struct Placer<'a> {
    cx: &'a Context<'a>,
    grid: &'a Grid,
    page: usize,
    rows: Rows,
    gutter_lists: Vec<Vec<f64>>,
    channel_lists: Vec<Vec<f64>>,
}

/// Places one page.
pub(crate) fn page(cx: &Context<'_>, grid: &Grid, routed: &Routed, page: usize) -> Page {
    let settings = cx.settings;
    let needs: Vec<RowNeeds> = (0..grid.rows.len())
        .map(|r| row_needs(cx, grid, r))
        .collect();
    let channel_lists = track_lists(routed, grid.rows.len() + 1, false);
    let counts: Vec<usize> = channel_lists.iter().map(Vec::len).collect();
    let spacing = Spacing {
        track: settings.track_spacing,
        padding: settings.row_padding,
        label_font_size: settings.label_font_size,
    };
    let placer = Placer {
        cx,
        grid,
        page,
        rows: rows::rows(grid, &needs, &counts, spacing),
        gutter_lists: track_lists(routed, grid.lanes + 1, true),
        channel_lists,
    };
    let mut out = Page {
        steps: grid.steps.clone(),
        height: placer.rows.tops.last().copied().unwrap_or(0.0),
        rows: placer.bands(),
        symbols: placer.symbols(),
        joins: placer.joins(routed),
        edges: placer.edges(routed),
        connectors: placer.connectors(),
    };
    let width = cx.columns.edges.last().copied().unwrap_or(0.0);
    let texts: Vec<(usize, String)> = grid
        .edges
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.label.clone().map(|l| (i, l)))
        .collect();
    labels::place(&mut out, width, settings.label_font_size, &texts);
    out
}

fn row_needs(cx: &Context<'_>, grid: &Grid, row: usize) -> RowNeeds {
    match grid.rows[row] {
        RowKind::Step(step) => {
            // The symbols of one level share its attachment line: the tallest sets its room.
            let (mut half, mut decision) = (0.0_f32, false);
            for cell in grid.cells_in_row(row) {
                let Some(s) = grid.cells[cell].symbol else {
                    continue;
                };
                if let Some(sized) = cx.sized.get(s) {
                    half = half.max(sized.height / 2.0);
                }
                decision |= cx
                    .figures
                    .list
                    .get(s)
                    .is_some_and(|f| f.jenis == Jenis::Keputusan);
            }
            RowNeeds {
                above: half,
                below: half,
                label_room: decision,
                min_height: cx.split.min_row_heights.get(step).copied().unwrap_or(0.0),
            }
        }
        RowKind::Strip => {
            let (_, h) = connector_size(cx.settings);
            RowNeeds {
                above: connector_above(h),
                below: h - connector_above(h),
                label_room: false,
                min_height: 0.0,
            }
        }
    }
}

/// Width and height of an off-page connector, even numbers of units.
fn connector_size(settings: &LayoutSettings) -> (f32, f32) {
    let w = 2.0 * (settings.label_font_size * 1.2).round();
    (w, 2.0 * (w * 0.45).round())
}

/// From a connector's top down to its attachment line (the middle of its straight sides).
fn connector_above(h: f32) -> f32 {
    (h * PENTAGON_SHOULDER / 2.0).round()
}

impl Placer<'_> {
    fn x(&self, key: Key) -> f32 {
        if key.is_between() {
            let g = key.index();
            let rank = rank(&self.gutter_lists[g], key.minor);
            self.cx.columns.tracks[self.page][g][rank]
        } else {
            self.cx.columns.centers[key.index()]
                + key.minor as f32 * self.cx.settings.port_spacing()
        }
    }

    fn y(&self, key: Key) -> f32 {
        if key.is_between() {
            let c = key.index();
            self.rows.channels[c][rank(&self.channel_lists[c], key.minor)]
        } else {
            self.rows.lines[key.index()] + key.minor as f32 * self.cx.settings.side_spacing()
        }
    }

    /// The outline of a cell's symbol.
    fn outline(&self, cell: usize) -> Outline {
        let c = self.grid.cells[cell];
        if c.kind == CellKind::Connector {
            let (w, h) = connector_size(self.cx.settings);
            return Outline {
                kind: Kind::Pentagon,
                width: w,
                height: h,
                corner: 0.0,
                above: connector_above(h),
            };
        }
        let Some(sized) = c.symbol.and_then(|s| self.cx.sized.get(s)) else {
            return Outline {
                kind: Kind::Box,
                width: 0.0,
                height: 0.0,
                corner: 0.0,
                above: 0.0,
            };
        };
        Outline {
            kind: match sized.shape {
                Shape::Terminator => Kind::Capsule,
                Shape::Process => Kind::Box,
                Shape::Decision => Kind::Diamond,
            },
            width: sized.width,
            height: sized.height,
            corner: sized.corner,
            above: sized.height / 2.0,
        }
    }

    /// The bounding box of a cell's symbol.
    fn rect(&self, cell: usize) -> Rect {
        let c = self.grid.cells[cell];
        self.outline(cell)
            .rect(self.cx.columns.centers[c.lane], self.rows.lines[c.row])
    }

    /// Where a port lies on its symbol's outline.
    fn port(&self, port: Port) -> Point {
        let c = self.grid.cells[port.cell];
        let outline = self.outline(port.cell);
        let settings = self.cx.settings;
        let (x, line) = (self.cx.columns.centers[c.lane], self.rows.lines[c.row]);
        let dx = f32::from(port.slot) * settings.port_spacing();
        let dy = f32::from(port.slot) * settings.side_spacing();
        match port.side {
            Side::Top => Point {
                x: x + dx,
                y: line + outline.top(dx),
            },
            Side::Bottom => Point {
                x: x + dx,
                y: line + outline.bottom(dx),
            },
            Side::Left => Point {
                x: x - outline.half_width(dy),
                y: line + dy,
            },
            Side::Right => Point {
                x: x + outline.half_width(dy),
                y: line + dy,
            },
        }
    }

    fn bands(&self) -> Vec<Row> {
        rows::bands(self.grid)
            .into_iter()
            .filter_map(|band| {
                let step = band.clone().find_map(|r| match self.grid.rows[r] {
                    RowKind::Step(step) => Some(step),
                    RowKind::Strip => None,
                })?;
                let y = self.rows.tops[band.start];
                Some(Row {
                    step,
                    y,
                    height: self.rows.tops[band.end] - y,
                })
            })
            .collect()
    }

    fn symbols(&self) -> Vec<Symbol> {
        let size = self.cx.settings.font_size;
        self.grid
            .cells
            .iter()
            .enumerate()
            .filter_map(|(id, c)| {
                let RowKind::Step(step) = self.grid.rows[c.row] else {
                    return None;
                };
                let simbol = c.symbol?;
                let sized = self.cx.sized.get(simbol)?;
                let rect = self.rect(id);
                Some(Symbol {
                    step,
                    simbol,
                    lane: c.lane,
                    shape: sized.shape,
                    rect,
                    corner: sized.corner,
                    text: symbols::text_lines(&sized.lines, &rect, size),
                })
            })
            .collect()
    }

    fn joins(&self, routed: &Routed) -> Vec<Join> {
        routed
            .joins
            .iter()
            .map(|&(from, to)| {
                let step = match self.grid.rows[self.grid.cells[from.cell].row] {
                    RowKind::Step(step) => step,
                    RowKind::Strip => 0,
                };
                Join {
                    step,
                    from: self.port(from),
                    to: self.port(to),
                }
            })
            .collect()
    }

    fn edges(&self, routed: &Routed) -> Vec<Edge> {
        routed
            .routes
            .iter()
            .map(|route| {
                let last = route.points.len().saturating_sub(1);
                let points: Vec<Point> = route
                    .points
                    .iter()
                    .enumerate()
                    .map(|(i, p)| match i {
                        0 if route.fork.is_none() => self.port(route.exit),
                        i if i == last && route.merge.is_none() => self.port(route.entry),
                        _ => Point {
                            x: self.x(p.x),
                            y: self.y(p.y),
                        },
                    })
                    .collect();
                let alur = self.grid.edges[route.edge].alur;
                let garis = self.cx.sop.alur.get(alur).map(|a| a.garis);
                // A two-way arrow has its second head where it leaves its symbol; the half
                // of one that arrives from another page starts at a connector, headless.
                let from_symbol =
                    self.grid.cells[route.exit.cell].symbol.is_some() && route.fork.is_none();
                let reversed: Vec<Point> = points.iter().rev().copied().collect();
                let start = (garis == Some(Garis::DuaArah) && from_symbol)
                    .then(|| arrow(&reversed, self.cx.settings.track_spacing));
                Edge {
                    alur,
                    arrow: arrow(&points, self.cx.settings.track_spacing),
                    start,
                    dotted: garis == Some(Garis::Titik),
                    points,
                    label: None,
                    merge: route.merge,
                    fork: route.fork,
                }
            })
            .collect()
    }

    fn connectors(&self) -> Vec<Connector> {
        let size = self.cx.settings.label_font_size;
        self.grid
            .connectors
            .iter()
            .filter_map(|c| {
                let cell = *self.grid.nodes.get(c.node)?.cells.first()?;
                let r = self.rect(cell);
                let shoulder = r.y + r.height * PENTAGON_SHOULDER;
                let middle = r.center().x;
                Some(Connector {
                    mark: c.mark.clone(),
                    alur: c.alur,
                    role: c.role,
                    lane: self.grid.cells[cell].lane,
                    rect: r,
                    outline: [
                        Point { x: r.x, y: r.y },
                        Point {
                            x: r.right(),
                            y: r.y,
                        },
                        Point {
                            x: r.right(),
                            y: shoulder,
                        },
                        Point {
                            x: middle,
                            y: r.bottom(),
                        },
                        Point {
                            x: r.x,
                            y: shoulder,
                        },
                    ],
                    text: TextLine {
                        text: c.mark.clone(),
                        x: middle,
                        y: r.y + r.height * 0.42 - text::line_height(size) / 2.0
                            + text::baseline_offset(size),
                    },
                })
            })
            .collect()
    }
}

/// The position of `minor` in a sorted list (it is always there).
fn rank(list: &[f64], minor: f64) -> usize {
    list.binary_search_by(|f| f.total_cmp(&minor))
        .unwrap_or_else(|at| at.min(list.len().saturating_sub(1)))
}

/// The head at the end of a polyline, pointing along its last segment.
fn arrow(points: &[Point], track: f32) -> Arrow {
    let length = (track * 0.9).max(6.0);
    let half = length * 0.4;
    let (tip, from) = match points {
        [.., a, b] => (*b, *a),
        [b] => (*b, *b),
        [] => (Point { x: 0.0, y: 0.0 }, Point { x: 0.0, y: 0.0 }),
    };
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let norm = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (ux, uy) = (dx / norm, dy / norm);
    let back = Point {
        x: tip.x - ux * length,
        y: tip.y - uy * length,
    };
    Arrow {
        tip,
        base: [
            Point {
                x: back.x - uy * half,
                y: back.y + ux * half,
            },
            Point {
                x: back.x + uy * half,
                y: back.y - ux * half,
            },
        ],
    }
}
