//! The table's rules of a procedure page, in inline SVG. The flowchart inside the lanes is
//! drawn by `sopan_svg::flow`, the one drawer the standalone flowchart uses too, and every
//! number goes through `sopan_svg::num`, so the sheet and the SVG write numbers alike.

use std::fmt::Write as _;

pub(crate) use sopan_svg::num;

/// A straight rule.
pub(crate) fn line(out: &mut String, from: (f32, f32), to: (f32, f32)) {
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        num(from.0),
        num(from.1),
        num(to.0),
        num(to.1)
    );
}
