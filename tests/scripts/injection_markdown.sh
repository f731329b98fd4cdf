#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) through the Markdown
# outputs: `render --format markdown` (book and --split pages) and
# `workload --format markdown` (each --by). Every table row keeps its
# column count (a `|` in user text is escaped), no raw HTML tag but <br>, no
# link but the tool's own, no block (heading, list, quote) started by user
# text, each Mermaid block within the grammar the tool writes; and, where
# cmark-gfm is installed, the rendered HTML has no script, event attribute
# or javascript: link.
# usage: injection_markdown.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2"

tk 0 render --format markdown --split --out "$work/out"
files=("$work/out/handbook.md" "$work/out/index.md" "$work"/out/sop/*.md "$work"/out/position/*.md)
for by in position unit employee duty; do
  tk 0 workload --format markdown --by "$by"
  cp "$work/stdout" "$work/workload-$by.md"
  files+=("$work/workload-$by.md")
done
check markdown "${files[@]}"
grep -c '^```mermaid' "$work/out/handbook.md" | grep -qx 2 || {
  echo "FAIL: the book should hold 2 Mermaid charts"; status=1; }
if command -v cmark-gfm >/dev/null; then
  check cmark "${files[@]}"
else
  echo "note: cmark-gfm is not installed; the Markdown was not rendered"
fi
exit $status
