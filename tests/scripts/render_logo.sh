#!/usr/bin/env bash
# The logo is read once and embedded once in each HTML file, whatever the
# number of SOPs: a 500 KB logo once made the examples' handbook.html
# 19.7 MB. It is still shown in every SOP's identity table (by reference).
# usage: render_logo.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-logo.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$src/examples" "$work/repo"
mkdir -p "$work/repo/img"
python3 - "$work/repo/img/lambang.png" <<'PY'
import os, sys
with open(sys.argv[1], "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + os.urandom(500 * 1024))
PY
grep -q '^handbook:$' "$work/repo/tatakerja.yaml" || { echo "examples' tatakerja.yaml changed shape"; exit 1; }
sed -i 's|^handbook:$|handbook:\n  logo: img/lambang.png|' "$work/repo/tatakerja.yaml"
"$bin" render --root "$work/repo" --format html --split --date 2026-01-05 --out "$work/out" -q \
  --no-cache 2>/dev/null || { echo "render failed"; exit 1; }
book=$work/out/handbook.html
sops=$(grep -o '<use href="#logo"/>' "$book" | wc -l)
uris=$(grep -o 'data:image/png;base64,' "$book" | wc -l)
size=$(stat -c %s "$book")
echo "handbook.html: $size bytes, $uris embedded logo, $sops SOPs showing it"
[ "$uris" = 1 ] || { echo "the logo is embedded $uris times, not once"; exit 1; }
[ "$sops" -ge 20 ] || { echo "only $sops SOPs show the logo"; exit 1; }
[ "$size" -lt 2000000 ] || { echo "handbook.html is $size bytes"; exit 1; }
for page in "$work"/out/sop/*.html; do
  n=$(grep -o 'data:image/png;base64,' "$page" | wc -l)
  [ "$n" = 1 ] || { echo "$page embeds the logo $n times"; exit 1; }
done
echo ok
