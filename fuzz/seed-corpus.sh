#!/bin/sh
# Fills fuzz/corpus/<target>/ with every .sop file of the repository: the examples, the
# valid fixtures, every diagnostic fixture (tests/diagnostics/**), past crashes
# (tests/regressions/), and 50 generated SOPs (sopan-corpus). libFuzzer starts from these
# instead of from nothing, so it reaches the checker and the backends in seconds. Safe to
# run again: files are named by content.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
targets="parse parse_check parse_check_json parse_check_render fmt"
for target in $targets; do
    mkdir -p "$here/corpus/$target"
done
count=0
for file in $(find "$root/examples" "$root/tests/valid" "$root/tests/diagnostics" "$root/tests/regressions" \
        -name '*.sop' -type f 2>/dev/null | sort); do
    sum=$(sha1sum "$file" | cut -d' ' -f1)
    for target in $targets; do
        cp "$file" "$here/corpus/$target/$sum"
    done
    count=$((count + 1))
done
# Generated SOPs reach forks, joint steps, nested loops and several ends that few fixtures
# have. Skipped quietly when the workspace cannot build.
generated=$(mktemp -d)
if (cd "$root" && cargo run -q --release -p sopan-bench -- generate "$generated" --files 50 --seed 7) >/dev/null 2>&1; then
    for file in "$generated"/*.sop; do
        sum=$(sha1sum "$file" | cut -d' ' -f1)
        for target in $targets; do
            cp "$file" "$here/corpus/$target/$sum"
        done
        count=$((count + 1))
    done
fi
rm -rf "$generated"
echo "seeded $count files into $here/corpus/{$(echo $targets | tr ' ' ',')}"
