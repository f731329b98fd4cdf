#!/usr/bin/env bash
# render's options that a CLI golden case cannot set up: SOURCE_DATE_EPOCH
# (the date of the book, or exit 2 when it is not a number), `pdf` without
# Chromium (exit 2 before anything is written), the default --out (`out`
# in the current folder), and no progress line when stderr is not a
# terminal.
# usage: render_options.sh TATAKERJA SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH TATAKERJA_CHROMIUM
fail=0
no() { echo "FAIL: $*"; fail=1; }
repo=$src/examples

# SOURCE_DATE_EPOCH: 2024-02-29 12:00 UTC; --date wins over it.
SOURCE_DATE_EPOCH=1709208000 "$bin" -q render --root "$repo" --format markdown --out "$work/epoch" ||
  no "render with SOURCE_DATE_EPOCH exited $?"
grep -q '^- Tanggal: 29 Februari 2024$' "$work/epoch/handbook.md" ||
  no "SOURCE_DATE_EPOCH=1709208000 did not date the book 29 Februari 2024"
SOURCE_DATE_EPOCH=1709208000 "$bin" -q render --root "$repo" --format markdown --out "$work/date" \
  --date 2023-05-06 || no "render with --date exited $?"
grep -q '^- Tanggal: 6 Mei 2023$' "$work/date/handbook.md" || no "--date does not win"
# Without either: the newest `effective` date, whatever the clock says.
"$bin" -q render --root "$repo" --format markdown --out "$work/newest" || no "render exited $?"
newest=$(grep -h '^effective:' -r "$repo/sops" | awk '{print $2}' | sort | tail -n 1)
[ -n "$newest" ] || no "examples/ has no effective date"
cmp -s "$work/newest/handbook.md" <(cd "$work" && "$bin" -q render --root "$repo" \
  --format markdown --date "$newest" --out "$work/same" && cat "$work/same/handbook.md") ||
  no "the book without a date is not dated $newest"

for bad in yesterday -1 1.5 "" 99999999999999; do
  SOURCE_DATE_EPOCH=$bad "$bin" render --root "$repo" --out "$work/bad" 2>"$work/err"
  status=$?
  [ $status -eq 2 ] || no "SOURCE_DATE_EPOCH='$bad' exited $status, not 2"
  grep -q "^tatakerja: error: SOURCE_DATE_EPOCH=\`$bad\`: expected a whole number of seconds" \
    "$work/err" || { no "SOURCE_DATE_EPOCH='$bad': unclear message"; cat "$work/err"; }
  [ ! -e "$work/bad" ] || no "SOURCE_DATE_EPOCH='$bad' wrote $work/bad"
done

# pdf without Chromium: exit 2, saying how to get one, and nothing written.
mkdir "$work/empty-path"
PATH=$work/empty-path "$bin" render --root "$repo" --format html --format pdf \
  --out "$work/pdf" 2>"$work/err"
status=$?
[ $status -eq 2 ] || no "pdf without chromium exited $status, not 2"
grep -q 'sudo apt-get install chromium' "$work/err" || { no "no install hint"; cat "$work/err"; }
[ ! -e "$work/pdf" ] || no "pdf without chromium created the output folder"
TATAKERJA_CHROMIUM=$work/empty-path/none "$bin" render --root "$repo" --format pdf \
  --out "$work/pdf" 2>"$work/err"
[ $? -eq 2 ] && grep -q 'TATAKERJA_CHROMIUM=.*no executable file there' "$work/err" ||
  { no "a bad TATAKERJA_CHROMIUM is not refused clearly"; cat "$work/err"; }

# A Chromium that fails: its output is shown, exit 2, no PDF and no
# temporary file left; handbook.html (asked for too) is written whole.
printf '#!/bin/sh\necho "printing went wrong: $*"\nexit 3\n' >"$work/empty-path/bad-chromium"
chmod +x "$work/empty-path/bad-chromium"
TATAKERJA_CHROMIUM=$work/empty-path/bad-chromium "$bin" render --root "$repo" --format html \
  --format pdf --out "$work/badpdf" 2>"$work/err"
status=$?
[ $status -eq 2 ] || no "a failing chromium gave exit $status, not 2"
grep -q '^printing went wrong: --headless --no-sandbox .*--print-to-pdf=.*file://' "$work/err" &&
  grep -q '^tatakerja: error: Chromium (.*) could not print the PDF: it exited with status 3$' \
    "$work/err" || { no "a failing chromium is not reported with its output"; cat "$work/err"; }
[ -s "$work/badpdf/handbook.html" ] || no "handbook.html was not written before the PDF failed"
left=$(find "$work/badpdf" -name '*.pdf*' -o -name '.*tatakerja-tmp*' | wc -l)
[ "$left" -eq 0 ] || { no "a failing chromium left files:"; ls -la "$work/badpdf"; }

# The default --out is `out` in the current folder; stderr that is not a
# terminal gets the summary line alone (no progress, no carriage return).
mkdir "$work/here"
(cd "$work/here" && "$bin" render --root "$repo" 2>"$work/err") || no "default render exited $?"
[ -s "$work/here/out/handbook.html" ] || no "no out/handbook.html in the current folder"
grep -qxE 'tatakerja: wrote out/handbook.html \([0-9]+ SOPs, [0-9]+ positions\)' "$work/err" &&
  [ "$(wc -l <"$work/err")" -eq 1 ] && ! grep -q $'\r' "$work/err" ||
  { no "unexpected stderr:"; cat -A "$work/err"; }

[ $fail -eq 0 ] && echo "ok"
exit $fail
