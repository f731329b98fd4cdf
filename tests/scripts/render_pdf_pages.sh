#!/usr/bin/env bash
# No printed page of the PDF book holds a procedure table without a step:
# render examples/ to PDF, and every page that shows a procedure table's
# header (Mutu Baku … Kelengkapan) must also show the text of one of that
# book's steps, so that no page holds only a header, an off-page connector
# or the strip it sits in (issue 14); and the procedure table of an SOP of
# at most 8 steps prints whole on one page, as the printed originals do (its
# caption never says "(halaman 2 dari 2)"). Needs chromium, pdfinfo,
# pdftotext and python3: without them it is skipped (exit 77).
# usage: render_pdf_pages.sh TATAKERJA SOURCE_DIR
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8

chromium=${TATAKERJA_CHROMIUM:-}
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  [ -n "$chromium" ] && break
  chromium=$(command -v "$name" || true)
done
missing=()
[ -n "$chromium" ] || missing+=(chromium)
for tool in pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (sudo apt-get install chromium poppler-utils python3)"
  exit 77
fi

"$bin" render --root "$src/examples" --out "$work/out" --format pdf --format json \
  --date 2026-12-01 2>"$work/render.err" ||
  { echo "FAIL: render exited $?"; cat "$work/render.err"; exit 1; }
pages=$(pdfinfo "$work/out/handbook.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -gt 0 ] || { echo "FAIL: the PDF has no pages"; exit 1; }
mkdir "$work/pages"
for ((n = 1; n <= pages; n++)); do
  pdftotext -f "$n" -l "$n" "$work/out/handbook.pdf" "$work/pages/$n.txt"
done

python3 - "$work/out/handbook.json" "$work/pages" "$pages" <<'PY'
import json, re, sys

book, folder, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])

def plain(text):
    # A line that ends in a hyphen a syllable break added joins the next;
    # then no hyphen and one space between words, whatever the wrapping.
    text = re.sub(r"-\s*\n\s*", "", text)
    return " ".join(text.replace("-", "").split())

def walk(node):
    if isinstance(node, dict):
        if isinstance(node.get("steps"), list):
            yield from node["steps"]
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)

def sops(node):
    if isinstance(node, dict):
        if isinstance(node.get("steps"), list) and isinstance(node.get("title"), str):
            yield node
        for value in node.values():
            yield from sops(value)
    elif isinstance(node, list):
        for value in node:
            yield from sops(value)

# A step is recognised by the first two words of its activity.
data = json.load(open(book, encoding="utf-8"))
starts = set()
for step in walk(data):
    if isinstance(step, dict) and isinstance(step.get("activity"), str):
        words = plain(step["activity"]).split()
        if words:
            starts.add(" ".join(words[:2]))
if not starts:
    sys.exit("FAIL: no step activities in the JSON book")
short = {plain(sop["title"]) for sop in sops(data) if len(sop["steps"]) <= 8}

tables = bad = 0
for n in range(1, pages + 1):
    text = plain(open(f"{folder}/{n}.txt", encoding="utf-8").read())
    if "Mutu Baku" not in text or "Kelengkapan" not in text:
        continue
    tables += 1
    if not any(start in text for start in starts):
        bad += 1
        print(f"FAIL: page {n} holds a procedure table header but no step:")
        print(text[:600])
    for title in short:
        if f"\u2014 {title} (halaman " in text:
            bad += 1
            print(f"FAIL: page {n}: the procedure of `{title}` (8 steps or fewer) is split")
if tables == 0:
    sys.exit("FAIL: no page holds a procedure table")
if bad:
    sys.exit(1)
print(f"ok: {tables} of {pages} pages hold a procedure table, each with a step")
PY
