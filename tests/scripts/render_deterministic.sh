#!/usr/bin/env bash
# `render` gives byte-identical files (every format but pdf, whose bytes
# Chromium decides) whatever the thread count, the output folder, and the
# order in which the file system lists the repository's files.
# usage: render_deterministic.sh TATAKERJA SOURCE_DIR
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH

render() {  # render ROOT OUT JOBS
  "$bin" -q render --root "$1" --out "$2" -j "$3" --split \
    --format html --format markdown --format json ||
    { echo "FAIL: render --root $1 -j $3 exited $?"; exit 1; }
}

# The same repository copied file by file in reverse order, so that the
# directory entries come in another order.
mkdir "$work/reversed"
(cd "$src/examples" && find . -type d | sort) | while read -r d; do mkdir -p "$work/reversed/$d"; done
(cd "$src/examples" && find . -type f | sort -r) | while read -r f; do
  cp "$src/examples/$f" "$work/reversed/$f"
done

render "$src/examples" "$work/one" 1
render "$src/examples" "$work/two" 2
render "$src/examples" "$work/eight" 8
render "$work/reversed" "$work/reversed-out" 2
mkdir -p "$work/elsewhere/deeper"
(cd "$work/elsewhere/deeper" && render "$src/examples" book 1)

[ -s "$work/one/handbook.html" ] || { echo "FAIL: no handbook.html"; exit 1; }
files=$(cd "$work/one" && find . -type f | wc -l)
for other in two eight reversed-out elsewhere/deeper/book; do
  if ! diff -r "$work/one" "$work/$other" >/dev/null; then
    echo "FAIL: $other differs from the -j 1 render:"
    diff -r "$work/one" "$work/$other" | head -20
    exit 1
  fi
done
# Rendering again into the same folder changes nothing.
render "$src/examples" "$work/one" 2
diff -r "$work/one" "$work/two" >/dev/null || { echo "FAIL: a second render differs"; exit 1; }
echo "deterministic: $files files, 5 renders (-j 1, 2 and 8; reversed copy; another folder)"
