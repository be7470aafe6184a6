#!/bin/sh
# Prints every example's HTML sheet to PDF with headless Chromium and compares the page
# count with the one sopan-html predicts (`page_count`). Run from the workspace root:
#   crates/sopan-html/scripts/print-check.sh
# Exits 0 with a message when Chromium is not installed, 1 on any difference.
set -eu
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "print-check: skipped, no chromium on PATH (apt-get install chromium poppler-utils)"
    exit 0
fi
if ! command -v pdfinfo >/dev/null; then
    echo "print-check: skipped, no pdfinfo on PATH (apt-get install poppler-utils)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo run -q -p sopan-cli -- build examples -o "$work/html" --format html
cargo test -q -p sopan-html print_page_counts -- --ignored --nocapture 2>&1 \
    | awk '/^PAGES /{print $2, $3}' | sort > "$work/predicted"
: > "$work/printed"
for html in "$work"/html/*.html; do
    name=$(basename "$html" .html)
    profile=$(mktemp -d)
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --print-to-pdf="$work/$name.pdf" --no-pdf-header-footer \
        "file://$html" >/dev/null 2>&1
    rm -rf "$profile"
    echo "$name $(pdfinfo "$work/$name.pdf" | awk '/^Pages:/{print $2}')" >> "$work/printed"
done
sort -o "$work/printed" "$work/printed"
if diff "$work/predicted" "$work/printed"; then
    echo "print-check: $(wc -l < "$work/printed") examples, page counts as predicted"
else
    echo "print-check: printed page counts differ from the prediction (< predicted, > printed)"
    exit 1
fi
