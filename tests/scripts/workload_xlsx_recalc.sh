#!/usr/bin/env bash
# The workbook of `workload --format xlsx` recalculated by a real
# spreadsheet engine: its cached values are removed (openpyxl saves formulas
# without them), LibreOffice computes every formula again headless
# (`soffice --headless --convert-to xlsx`), and the figures must equal the
# tool's `--format json` ones. Then a volume is changed in the workbook, as
# an office would, and the recalculated staffing must equal the tool's on
# the YAML changed the same way. Skipped (77) where LibreOffice is not
# installed (Debian: libreoffice-calc-nogui); it is not in scripts/bootstrap.
# usage: workload_xlsx_recalc.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=workload_xlsx_common.bash
. "$here/workload_xlsx_common.bash"
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "skipped: LibreOffice (soffice) is not installed, so nothing can recalculate the workbook"
  echo "         (Debian: apt-get install libreoffice-calc-nogui)"
  exit 77
fi
find_python
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-recalc.XXXXXX")
trap 'rm -rf "$work"' EXIT
make_fixtures "$work" "$src"
fail=0

# strip BOOK OUT [DUTY_TEXT VOLUME]: the workbook without cached values;
# with the duty whose text is DUTY_TEXT given VOLUME in its period.
strip() {
  "$python" - "$@" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
if len(sys.argv) > 3:
    sheet = book[book.sheetnames[3]]
    rows = [r for r in sheet.iter_rows(min_row=4) if r[3].value == sys.argv[3]]
    assert len(rows) == 1, f"no duty {sys.argv[3]!r}"
    rows[0][5].value = sys.argv[4]  # as written
    rows[0][6].value = float(sys.argv[4])
book.save(sys.argv[2])
PY
}

# recalculate OUT_DIR FILE...: LibreOffice computes every formula of each
# FILE (one start of LibreOffice for them all: it takes seconds).
recalculate() {
  local out=$1 file
  shift
  "$soffice" "-env:UserInstallation=file://$work/profile" --headless --convert-to xlsx \
    --outdir "$out" "$@" >"$work/soffice.log" 2>&1 || { echo "FAIL: soffice:"; cat "$work/soffice.log"; exit 1; }
  for file in "$@"; do
    [ -f "$out/$(basename "$file")" ] || { echo "FAIL: soffice did not write $(basename "$file"):"; cat "$work/soffice.log"; exit 1; }
  done
}

mkdir -p "$work/stripped"
for name in $repos; do
  run_tool "$work/repos/$name" "$work/json/$name" "$work/$name.xlsx"
  strip "$work/$name.xlsx" "$work/stripped/$name.xlsx"
done

# An office adjusts a volume in Excel: AJUDAN's first duty, 10 -> 40 a year.
duty="Mendampingi Bupati dalam kunjungan kerja ke kecamatan"
cp -r "$work/repos/lahat" "$work/repos/lahat-40"
sed -i '0,/volume: 10$/s//volume: 40/' "$work/repos/lahat-40/setda.yaml"
grep -q 'volume: 40$' "$work/repos/lahat-40/setda.yaml" || { echo "FAIL: the fixture did not change"; exit 1; }
run_tool "$work/repos/lahat-40" "$work/json/lahat-40" "$work/unused.xlsx"
strip "$work/lahat.xlsx" "$work/stripped/lahat-40.xlsx" "$duty" 40

recalculate "$work/recalc" "$work"/stripped/*.xlsx
for name in $repos lahat-40; do
  lang=id
  [ "$name" = office-en ] && lang=en
  "$python" "$here/workload_xlsx_check.py" recalculated "$work/recalc/$name.xlsx" "$work/json/$name" "$lang" || fail=1
done

[ $fail = 0 ] && echo "ok: LibreOffice's recalculation equals the tool's figures, a changed volume included"
exit $fail
