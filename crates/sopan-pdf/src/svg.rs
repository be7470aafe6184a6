//! An SVG logo drawn as vectors, through usvg (which resolves the SVG into plain paths,
//! groups and images) and krilla-svg (which draws that tree with krilla), as typst does.
//!
//! The logo reaches this crate already read and checked by its caller (an XML document
//! whose root is an `<svg>`, at most 2 MiB). What is decided here is what the SVG may make
//! the PDF do beyond drawing paths:
//!
//! - **No file is read.** An `<image href="…">` naming a path or a URL is dropped, as a
//!   browser drops it for an SVG shown through `<img>` (the HTML sheet): usvg would
//!   otherwise open the path relative to the working folder. Images inside `data:` URIs are
//!   kept.
//! - **No system font is read.** usvg's text support cannot be left out (krilla-svg needs
//!   it), but its font database starts empty and is given only the bundled `DejaVu Sans`, for
//!   every family an SVG may name; `<text>` is drawn in it as outlines, so the logo adds no
//!   font and no words to the PDF's text. Without any font, usvg would drop the text.
//! - **The pixel cap of a raster logo holds.** A raster logo may have 4096 × 4096 pixels;
//!   an SVG logo may not make the PDF carry or compute more: the pixels of the raster
//!   images it embeds and of the filters (blurs, shadows) krilla-svg rasterises at the
//!   logo's printed size are counted together against the same cap.

use std::sync::{Arc, OnceLock};

use krilla::geom::Size;
use krilla::surface::Surface;
use krilla_svg::{SurfaceExt as _, SvgSettings};
use usvg::{Group, ImageKind, Node, Tree, fontdb};

/// The most pixels an SVG logo may make the PDF hold: those of the largest raster logo.
pub(crate) const MAX_PIXELS: u32 = 4096 * 4096;

/// How many pixels a filter gets per point of its printed size: krilla-svg's default, which
/// prints a shadow or a blur smooth.
const FILTER_SCALE: f32 = 4.0;

/// krilla-svg's own bound on a filter's side, in pixels.
const FILTER_MAX_SIDE: f32 = 5000.0;

const SETTINGS: SvgSettings = SvgSettings {
    // Outlines: the logo's lettering is part of the picture, not of the sheet's text.
    embed_text: false,
    filter_scale: FILTER_SCALE,
};

/// The SVG logo as usvg resolves it, or why it cannot be drawn. `largest` is the size, in
/// points, of the largest box the logo is drawn in.
pub(crate) fn parse(bytes: &[u8], largest: f32) -> Result<Tree, crate::Error> {
    let options = usvg::Options {
        fontdb: fonts(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = Tree::from_data(bytes, &options).map_err(|e| {
        crate::Error(
            sopan_bahasa::Message::new("pdf-svg-tidak-terbaca").arg("sebab", e.to_string()),
        )
    })?;
    let size = tree.size();
    // Points per unit of the SVG's canvas, in the largest box it is fitted into.
    let scale = largest / size.width().max(size.height());
    let pixels = pixels(tree.root(), scale);
    if pixels > f64::from(MAX_PIXELS) {
        return Err(crate::Error(
            sopan_bahasa::Message::new("pdf-svg-terlalu-banyak-piksel")
                .arg("piksel", pixels.round().to_string()),
        ));
    }
    Ok(tree)
}

/// Draws `tree` into a box of `size` points at the surface's origin.
pub(crate) fn draw(surface: &mut Surface<'_>, tree: &Tree, size: Size) {
    // krilla-svg declines only a tree it cannot place (a zero size): the box stays empty.
    let _ = surface.draw_svg(tree, size, SETTINGS);
}

/// The bundled font, for every family: loaded once, shared by every logo.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_font_data(sopan_layout::text::font_data().to_vec());
            let family = db
                .faces()
                .next()
                .and_then(|face| face.families.first())
                .map_or_else(|| "DejaVu Sans".to_owned(), |(name, _)| name.clone());
            db.set_serif_family(family.clone());
            db.set_sans_serif_family(family.clone());
            db.set_cursive_family(family.clone());
            db.set_fantasy_family(family.clone());
            db.set_monospace_family(family);
            Arc::new(db)
        })
        .clone()
}

/// The pixels the PDF holds for `group` drawn at `scale` points per canvas unit: its raster
/// images' own, and its filters' as krilla-svg rasterises them. Masks, clip paths and
/// patterns are counted too; a nested SVG image is counted at the scale it is drawn at.
fn pixels(group: &Group, scale: f32) -> f64 {
    let mut total = 0.0;
    if !group.filters().is_empty() {
        let bbox = group.abs_layer_bounding_box();
        let side = |units: f32| f64::from((units * scale * FILTER_SCALE).min(FILTER_MAX_SIDE));
        total += side(bbox.width()) * side(bbox.height());
    }
    for node in group.children() {
        match node {
            Node::Group(inner) => total += pixels(inner, scale),
            Node::Image(image) => total += image_pixels(image, scale),
            Node::Path(_) | Node::Text(_) => {}
        }
        node.subroots(|root| total += pixels(root, scale));
    }
    total
}

#[expect(
    clippy::cast_precision_loss,
    reason = "a picture's sides are far below 2^52 pixels"
)]
fn image_pixels(image: &usvg::Image, scale: f32) -> f64 {
    match image.kind() {
        ImageKind::JPEG(data)
        | ImageKind::PNG(data)
        | ImageKind::GIF(data)
        | ImageKind::WEBP(data) => {
            // krilla-svg leaves out an image whose header krilla cannot read: it adds nothing.
            imagesize::blob_size(data).map_or(0.0, |size| size.width as f64 * size.height as f64)
        }
        ImageKind::SVG(tree) => {
            let (ts, size) = (image.abs_transform(), image.size());
            let (sx, sy) = ts.get_scale();
            let inner = tree.size();
            let fit = (size.width() * sx / inner.width()).max(size.height() * sy / inner.height());
            pixels(tree.root(), scale * fit)
        }
    }
}
