//! One page of the sheet, drawn as the HTML sheet draws it: fills, rules, the flowchart,
//! the logo, then every text box's lines at the baselines the layout gives.

use std::sync::OnceLock;

use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use sopan_layout::sheet::{Align, RULE_WIDTH, Sheet, SheetPage, TextBox, Weight};
use sopan_layout::{Rect, text};

use crate::Logo;

/// CSS pixels (96 an inch) to PDF points (72 an inch).
const PT_PER_PX: f32 = 0.75;

/// Points per millimetre.
const PT_PER_MM: f32 = 72.0 / 25.4;

/// The grey of headings, `#eee` as the HTML sheet prints it.
const FILL_GREY: u8 = 0xee;

/// The stroke that thickens the regular face into bold, as a share of the font size: what
/// the HTML sheet's `-webkit-text-stroke: 0.035em` gives.
const BOLD_STROKE: f32 = 0.035;

/// The slant of the synthetic italic (the bundled face has no italic): about 12°, what
/// browsers give.
const ITALIC_SKEW: f32 = -0.21;

/// A logo as every page draws it: decoded or resolved once.
pub(crate) enum Picture {
    Raster(Image),
    // Boxed: a resolved tree is large beside an image's handle, and there is one a sheet.
    Vector(Box<usvg::Tree>),
}

impl Picture {
    /// The logo's own proportions, in any unit.
    fn size(&self) -> (f32, f32) {
        match self {
            Picture::Raster(image) => {
                let (w, h) = image.size();
                (f64::from(w) as f32, f64::from(h) as f32)
            }
            Picture::Vector(tree) => (tree.size().width(), tree.size().height()),
        }
    }
}

/// The logo decoded once for every page of `sheet`.
pub(crate) fn picture(logo: Logo<'_>, sheet: &Sheet) -> Result<Picture, crate::Error> {
    let data = logo.bytes.to_vec().into();
    // PDF/A forbids asking the viewer to interpolate an image.
    let image = match logo.media_type {
        "image/png" => Image::from_png(data, false),
        "image/jpeg" => Image::from_jpeg(data, false),
        "image/gif" => Image::from_gif(data, false),
        "image/webp" => Image::from_webp(data, false),
        _ => {
            let largest = sheet
                .pages
                .iter()
                .filter_map(|p| p.logo.map(|r| r.width.max(r.height) * p.scale * PT_PER_PX))
                .fold(0.0, f32::max);
            return crate::svg::parse(logo.bytes, largest)
                .map(|tree| Picture::Vector(Box::new(tree)));
        }
    };
    image.map(Picture::Raster).map_err(|e| {
        crate::Error(sopan_bahasa::Message::new("pdf-logo-tidak-tersemat").arg("sebab", e))
    })
}

pub(crate) fn page(
    document: &mut Document,
    sheet: &Sheet,
    page: &SheetPage,
    font: &Font,
    logo: Option<&Picture>,
) {
    let (w_mm, h_mm) = sheet.paper.mm();
    let margin = sheet.paper.margin();
    let printable = sheet.paper.printable();
    // A step taller than a page (refused by `sopan build` as SOP215) grows its page, as in
    // the HTML sheet, rather than cut the row.
    let content = page.height * page.scale;
    let height_pt = if content > printable.1 + 0.5 {
        (content + 2.0 * margin) * PT_PER_PX
    } else {
        h_mm * PT_PER_MM
    };
    let Some(settings) = PageSettings::from_wh(w_mm * PT_PER_MM, height_pt) else {
        return;
    };
    let mut pdf_page = document.start_page_with(settings);
    let mut surface = pdf_page.surface();
    let unit = PT_PER_PX * page.scale;
    surface.push_transform(&Transform::from_row(
        unit,
        0.0,
        0.0,
        unit,
        margin * PT_PER_PX,
        margin * PT_PER_PX,
    ));
    fills(&mut surface, &page.fills);
    rules(&mut surface, page);
    if let Some(place) = page.flow
        && let Some(flow_page) = sheet.flow.pages.get(place.page)
    {
        surface.push_transform(&Transform::from_translate(place.origin.x, place.origin.y));
        crate::flow::draw(&mut surface, &sheet.flow, flow_page, font);
        surface.pop();
    }
    if let (Some(rect), Some(picture)) = (page.logo, logo) {
        logo_picture(&mut surface, rect, picture);
    }
    for b in &page.texts {
        text_box(&mut surface, b, font);
    }
    surface.pop();
    surface.finish();
    pdf_page.finish();
}

pub(crate) fn solid(lightness: u8) -> Fill {
    Fill {
        paint: luma::Color::new(lightness).into(),
        ..Fill::default()
    }
}

pub(crate) fn stroke(width: f32) -> Stroke {
    Stroke {
        paint: luma::Color::black().into(),
        width,
        ..Stroke::default()
    }
}

fn fills(surface: &mut Surface<'_>, rects: &[Rect]) {
    if rects.is_empty() {
        return;
    }
    let mut path = PathBuilder::new();
    for r in rects {
        if let Some(rect) = krilla::geom::Rect::from_xywh(r.x, r.y, r.width, r.height) {
            path.push_rect(rect);
        }
    }
    if let Some(path) = path.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(solid(FILL_GREY)));
        surface.draw_path(&path);
    }
}

fn rules(surface: &mut Surface<'_>, page: &SheetPage) {
    let mut path = PathBuilder::new();
    for rule in &page.rules {
        path.move_to(rule.from.x, rule.from.y);
        path.line_to(rule.to.x, rule.to.y);
    }
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(RULE_WIDTH)));
        surface.draw_path(&path);
    }
}

/// The logo fitted inside its box, keeping its proportions, centred (`object-fit: contain`).
fn logo_picture(surface: &mut Surface<'_>, rect: Rect, picture: &Picture) {
    let (w, h) = picture.size();
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let fit = (rect.width / w).min(rect.height / h);
    let (width, height) = (w * fit, h * fit);
    let Some(size) = Size::from_wh(width, height) else {
        return;
    };
    surface.push_transform(&Transform::from_translate(
        rect.x + (rect.width - width) / 2.0,
        rect.y + (rect.height - height) / 2.0,
    ));
    match picture {
        Picture::Raster(image) => surface.draw_image(image.clone(), size),
        Picture::Vector(tree) => crate::svg::draw(surface, tree, size),
    }
    surface.pop();
}

fn text_box(surface: &mut Surface<'_>, b: &TextBox, font: &Font) {
    let bold = b.weight == Weight::Bold;
    surface.set_fill(Some(solid(0)));
    surface.set_stroke(bold.then(|| stroke(BOLD_STROKE * b.size)));
    for (line, origin) in b.lines.iter().zip(b.line_origins()) {
        let printed = printable(&line.text);
        let width = text::width(&printed, b.size);
        let x = match b.align {
            Align::Left => origin.x,
            Align::Center => origin.x - width / 2.0,
        };
        if let Some(marker) = &line.marker {
            run(
                surface,
                font,
                b.size,
                b.italic,
                (x - b.indent, origin.y),
                &printable(marker),
            );
        }
        run(surface, font, b.size, b.italic, (x, origin.y), &printed);
        if b.underline && !printed.is_empty() {
            underline(surface, b, x, origin.y, width);
            surface.set_fill(Some(solid(0)));
            surface.set_stroke(bold.then(|| stroke(BOLD_STROKE * b.size)));
        }
    }
    surface.set_stroke(None);
}

/// One run of text with its left end of baseline at (`x`, `y`), slanted for italic boxes.
pub(crate) fn run(
    surface: &mut Surface<'_>,
    font: &Font,
    size: f32,
    italic: bool,
    at: (f32, f32),
    s: &str,
) {
    let (x, y) = at;
    if s.is_empty() {
        return;
    }
    let skew = if italic { ITALIC_SKEW } else { 0.0 };
    surface.push_transform(&Transform::from_row(1.0, 0.0, skew, 1.0, x, y));
    surface.draw_text(
        Point::from_xy(0.0, 0.0),
        font.clone(),
        size,
        s,
        false,
        TextDirection::Auto,
    );
    surface.pop();
}

/// The line under a signer's name, where browsers draw it: a tenth of the size below the
/// baseline, a fifteenth thick.
fn underline(surface: &mut Surface<'_>, b: &TextBox, x: f32, y: f32, width: f32) {
    let mut path = PathBuilder::new();
    let below = y + b.size * 0.1;
    path.move_to(x, below);
    path.line_to(x + width, below);
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(b.size / 15.0)));
        surface.draw_path(&path);
    }
}

/// `s` with every character the bundled font lacks replaced by U+FFFD: PDF/A forbids
/// drawing the font's `.notdef` glyph, and the layout measured such a character one em wide,
/// wider than the replacement mark.
pub(crate) fn printable(s: &str) -> String {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    let face = FACE.get_or_init(|| ttf_parser::Face::parse(text::font_data(), 0).ok());
    let Some(face) = face else {
        return s.to_owned();
    };
    let fallback = if face.glyph_index('\u{FFFD}').is_some() {
        '\u{FFFD}'
    } else {
        '?'
    };
    s.chars()
        .map(|c| {
            if c.is_control() || face.glyph_index(c).is_none() {
                fallback
            } else {
                c
            }
        })
        .collect()
}
