#!/usr/bin/env bash
# Makes DejaVuSans-subset.ttf, the font the HTML sheet embeds, from the layout's
# DejaVuSans.ttf with fontTools (`pip install fonttools`). The ranges must match `RANGES` in
# src/font.rs; a test there compares the two fonts glyph by glyph.
#
# Kerning and the layout tables are dropped on purpose: widths are measured without them,
# so a browser drawing the subset sets every line exactly as wide as it was measured.
set -euo pipefail
cd "$(dirname "$0")"
pyftsubset ../../sopan-layout/fonts/DejaVuSans.ttf \
  --unicodes="U+0020-007E,U+00A0-024F,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2713-2718,U+FFFD" \
  --layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,kern,MATH,FFTM \
  --name-IDs='*' --name-legacy --name-languages='*' \
  --output-file=DejaVuSans-subset.ttf
