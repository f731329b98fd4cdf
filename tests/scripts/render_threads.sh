#!/usr/bin/env bash
# `render` makes its chapters, duty sheets and --split pages on -j threads
# and writes them in book order: on a generated repository large enough to
# keep every thread busy (hundreds of SOPs, positions and sheets), every
# file of -j 1, -j 4 and -j 16 (html, markdown, json, --split, and a book
# drafts included) is byte-identical.
# usage: render_threads.sh TATAKERJA SOURCE_DIR
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 XDG_CACHE_HOME="$work/cache"
unset SOURCE_DATE_EPOCH
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

python3 "$src/bench/gen.py" --sops 250 --out "$work/repo" >/dev/null
# A few drafts, so that --include-drafts changes the book.
for sop in $(find "$work/repo/sops" -name '*.yaml' | sort | sed -n '1~25p'); do
  sed -i 's/^status: .*/status: draft/' "$sop"
done

render() {  # render OUT JOBS [OPTION...]
  local out=$1 jobs=$2
  shift 2
  "$bin" -q render --root "$work/repo" --out "$work/$out" -j "$jobs" \
    --format html --format markdown --format json "$@" ||
    { echo "FAIL: render -j $jobs $* exited $?"; exit 1; }
}

render split-1 1 --split
render split-4 4 --split
render split-16 16 --split
render drafts-1 1 --include-drafts
render drafts-4 4 --include-drafts

grep -q 'class="lembar"' "$work/split-1/handbook.html" || { echo "FAIL: no duty sheet"; exit 1; }
cmp -s "$work/split-1/handbook.html" "$work/drafts-1/handbook.html" &&
  { echo "FAIL: the drafts did not change the book"; exit 1; }
for pair in split-1:split-4 split-1:split-16 drafts-1:drafts-4; do
  one=${pair%%:*} other=${pair#*:}
  if ! diff -r "$work/$one" "$work/$other" >/dev/null; then
    echo "FAIL: $other differs from $one:"
    diff -r "$work/$one" "$work/$other" | head -20
    exit 1
  fi
done
files=$(cd "$work/split-1" && find . -type f | wc -l)
echo "threads: $files files the same with -j 1, 4 and 16; the book with drafts with -j 1 and 4"
