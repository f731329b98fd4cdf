#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) through `render --format
# html`, the whole book and the --split pages, and through `render --force`
# of a repository with errors whose messages quote user text: python3's
# html.parser finds no <script>, no event attribute, no javascript: URL and
# no comment, every inline SVG is well-formed XML, and every field of the
# book is shown as text exactly (controls as \xNN).
# usage: injection_html.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2" --broken

# The broken file keeps the book from rendering: first the book alone...
mv "$repo/sops/bad "* "$work/"
tk 0 render --format html --split --out "$work/out"
check html "$work/out/handbook.html" "$work/out/index.html" "$work"/out/sop/*.html \
  "$work"/out/position/*.html

# ...then with its errors listed in the book.
mv "$work/bad "* "$repo/sops/"
tk 1 render --format html --force --out "$work/forced"
check html "$work/forced/handbook.html"
grep -q 'F\\x1b\|\\x1b\[31m|`x`' "$work/forced/handbook.html" || {
  echo "FAIL: the forced book does not list the errors that quote user text"; status=1; }
exit $status
