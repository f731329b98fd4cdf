#!/usr/bin/env bash
# The HTML book opens in a real browser without a console error or warning
# and prints to PDF: render examples/ to HTML and PDF, load the HTML in a
# headless Chromium and read its console log, check that the PDF has a
# page for every SOP at least, and keep a screenshot of an SOP page in
# BUILD/browser/ (a CI artefact). Needs chromium and poppler-utils
# (pdfinfo, pdftoppm): without them it is skipped (exit 77), unless $CI is
# set, where it fails.
# usage: render_browser.sh TATAKERJA SOURCE_DIR
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
build=$(dirname "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH

chromium=${TATAKERJA_CHROMIUM:-}
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  [ -n "$chromium" ] && break
  chromium=$(command -v "$name" || true)
done
missing=()
[ -n "$chromium" ] || missing+=(chromium)
command -v pdfinfo >/dev/null || missing+=(pdfinfo)
command -v pdftoppm >/dev/null || missing+=(pdftoppm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (sudo apt-get install chromium poppler-utils)"
  [ -n "${CI:-}" ] && { echo "FAIL: CI must have them"; exit 1; }
  exit 77
fi

"$bin" render --root "$src/examples" --out "$work/out" --format html --format pdf --split \
  2>"$work/render.err" || { echo "FAIL: render exited $?"; cat "$work/render.err"; exit 1; }

# 1. No console message, script error or refused load.
profile=$work/profile
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 --dump-dom \
  "file://$work/out/handbook.html" >"$work/dom.html" 2>"$work/console.log" ||
  { echo "FAIL: chromium could not load the book"; cat "$work/console.log"; exit 1; }
if grep -E 'CONSOLE|Uncaught|net::ERR|Refused to load' "$work/console.log"; then
  echo "FAIL: the browser reported the lines above"
  exit 1
fi
grep -q '<html' "$work/dom.html" || { echo "FAIL: no DOM dumped"; exit 1; }

# 2. The PDF: at least one page a SOP.
sops=$(find "$work/out/sop" -name '*.html' | wc -l)
pages=$(pdfinfo "$work/out/handbook.pdf" | awk '/^Pages:/ {print $2}')
[ "$sops" -gt 0 ] || { echo "FAIL: no SOP pages"; exit 1; }
[ "${pages:-0}" -ge "$sops" ] || { echo "FAIL: $pages PDF pages for $sops SOPs"; exit 1; }

# 3. A screenshot of the first SOP's page: the page of the PDF whose text
# holds the title of the first SOP in the table of contents.
mkdir -p "$build/browser"
shot=$build/browser/sop-page
rm -f "$shot"*.png
page=""
if command -v pdftotext >/dev/null; then
  for ((n = 2; n <= pages; n++)); do
    if pdftotext -f "$n" -l "$n" "$work/out/handbook.pdf" - 2>/dev/null | grep -q 'Nama SOP\|SOP Name'; then
      page=$n
      break
    fi
  done
fi
page=${page:-$(( pages / 2 ))}
pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$work/out/handbook.pdf" "$shot"
size=$(stat -c %s "$shot.png" 2>/dev/null || echo 0)
[ "$size" -gt 10000 ] || { echo "FAIL: the screenshot $shot.png is missing or blank ($size bytes)"; exit 1; }
echo "ok: no console messages; $pages PDF pages for $sops SOPs; page $page in $shot.png ($size bytes)"
