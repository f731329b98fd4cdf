#!/usr/bin/env bash
# `workload --format xlsx --output FILE` read back with a real reader
# (openpyxl): on the worked examples and an office with nested units and
# employees, every figure cached beside its formula equals the tool's
# `--format json` figure, the formulas are there (as text), the number
# formats are the table's, YAML text that looks like a formula stays a
# string cell; the same repository gives the same bytes; the file is
# replaced whole and nothing else is left in its folder; `--by` chooses
# the sheet it opens on.
# usage: workload_xlsx.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=workload_xlsx_common.bash
. "$here/workload_xlsx_common.bash"
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
find_python
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-xlsx.XXXXXX")
trap 'rm -rf "$work"' EXIT
make_fixtures "$work" "$src"
fail=0

for name in $repos; do
  mkdir -p "$work/out/$name"
  run_tool "$work/repos/$name" "$work/json/$name" "$work/out/$name/abk.xlsx"
  lang=id hyperlinks=0
  case $name in office) hyperlinks=5 ;; office-en) lang=en hyperlinks=5 ;; esac
  "$python" "$here/workload_xlsx_check.py" cached "$work/out/$name/abk.xlsx" "$work/json/$name" \
    "$lang" "$hyperlinks" || fail=1
done

# The same repository, the same bytes; an existing file is replaced, and
# nothing else is left beside it.
office=$work/repos/office
"$bin" workload --root "$office" --format xlsx --output "$work/out/office/abk.xlsx" 2>/dev/null
"$bin" workload --root "$office" --format xlsx --output "$work/again.xlsx" 2>/dev/null
cmp -s "$work/out/office/abk.xlsx" "$work/again.xlsx" || { echo "FAIL: two runs gave different bytes"; fail=1; }
[ "$(ls -A "$work/out/office")" = abk.xlsx ] || { echo "FAIL: left beside the workbook: $(ls -A "$work/out/office")"; fail=1; }

# --by chooses the sheet the workbook opens on.
for pair in position:Jabatan unit:Unit employee:Pegawai duty:"Uraian Tugas"; do
  "$bin" workload --root "$office" --by "${pair%%:*}" --format xlsx --output "$work/by.xlsx" 2>/dev/null
  active=$("$python" -c 'import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1]).active.title)' "$work/by.xlsx")
  [ "$active" = "${pair#*:}" ] || { echo "FAIL: --by ${pair%%:*} opens on $active"; fail=1; }
done

# A folder that does not exist: exit 2, a clear message, nothing written.
if "$bin" workload --root "$office" --format xlsx --output "$work/none/abk.xlsx" 2>"$work/err"; then
  echo "FAIL: writing into a missing folder succeeded"; fail=1
else
  grep -q "^tatakerja: error: cannot write $work/none/abk.xlsx: No such file or directory" "$work/err" ||
    { echo "FAIL: unexpected message:"; cat "$work/err"; fail=1; }
fi

# --output with a text format writes the same bytes as standard output.
"$bin" workload --root "$office" --format csv >"$work/stdout.csv" 2>/dev/null
"$bin" workload --root "$office" --format csv --output "$work/file.csv" 2>/dev/null
cmp -s "$work/stdout.csv" "$work/file.csv" || { echo "FAIL: --output file.csv differs from stdout"; fail=1; }

[ $fail = 0 ] && echo "ok: workbooks of $(echo $repos | wc -w) repositories read back with openpyxl"
exit $fail
