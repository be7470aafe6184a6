#!/usr/bin/env bash
# Redraws the pictures of docs/language.md: for each `<!-- gambar: NAME -->` line, the
# ```sop block just above it is built as a flowchart SVG and drawn to docs/gambar/NAME.png
# with resvg and the bundled font (cargo install resvg). Run from the repository root after
# a change to the layout or to one of those blocks, and look at the pictures before
# committing them.
set -euo pipefail
resvg=${RESVG:-resvg}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$out" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[1])
text = pathlib.Path("docs/language.md").read_text()
block = None
for line in text.splitlines(keepends=True):
    if line.startswith("```sop"):
        block = []
        continue
    if block is not None and line.startswith("```"):
        last, block = "".join(block), None
        continue
    if block is not None:
        block.append(line)
        continue
    m = re.match(r"<!-- gambar: ([a-z0-9-]+) -->", line)
    if m:
        (out / f"{m.group(1)}.sop").write_text(last)
PY
cargo run -q -p sopan-cli -- build --format svg -o "$out/svg" "$out"/*.sop
for svg in "$out"/svg/*.svg; do
  name=$(basename "$svg" .svg)
  "$resvg" --skip-system-fonts --use-font-file crates/sopan-layout/fonts/DejaVuSans.ttf \
    --zoom 1.5 "$svg" "docs/gambar/$name.png"
done
