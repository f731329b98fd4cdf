#!/usr/bin/env bash
# `tatakerja import` on the office files that tests/import/make_forms.py
# makes, shaped like the real forms:
# - the Lahat AJUDAN ABK workbook imports into a repository whose
#   `workload` gives the form's own figures (2820 h, 2,256, needed 2,
#   staff 3, JKE 1250), and the CSV and the SOP AP (Word and Excel) import
#   too (lanes marked by drawn shapes, symbol characters or text);
#   `validate` on the result has no `schema` or `yaml-syntax` error;
# - formula text stays text (quoted in the YAML);
# - a round trip: `workload --format xlsx` of the worked example imported
#   back gives the same table;
# - a second import never overwrites: each file is reported and left as it was;
#   an SOP imported later links its lanes to the positions already imported;
# - hostile files (a zip bomb, one whose headers lie about its size, not a zip, a DOCTYPE with entities, an entry
#   climbing out, a 1,048,576-row sheet, 200,000 merged ranges) are refused
#   with a clear error and exit 1, within seconds and bounded memory, and
#   nothing is written; 20,000 duties of one text take seconds too.
# Skipped (77) without python3-openpyxl or python3-docx, unless $CI is set.
# usage: import_forms.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
python=/usr/bin/python3
if ! "$python" -c 'import openpyxl, docx' 2>/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: python3-openpyxl or python3-docx is missing (scripts/bootstrap test installs them)"; exit 1; }
  echo "skipped: python3-openpyxl or python3-docx is not installed"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-import.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
# Under AddressSanitizer (the asan tree) memory is not comparable and time
# runs a few times slower: only the time is bounded there, more loosely.
sanitized=
if [ -n "${TATAKERJA_SANITIZED:-}" ] || grep -aq __asan_init "$bin"; then sanitized=1; fi
limit_s=10
[ -n "$sanitized" ] && limit_s=40
check() {  # check WHAT CONDITION...
  local what=$1
  shift
  if ! "$@"; then
    echo "FAIL: $what"
    fail=1
  fi
}
"$python" "$src/tests/import/make_forms.py" "$work/forms" || { echo "FAIL: the generator failed"; exit 1; }
forms=$work/forms

# The Lahat AJUDAN form reproduces its own figures.
"$bin" import "$forms/ajudan.xlsx" --out "$work/lahat" >"$work/lahat.out" 2>"$work/lahat.err"
check "import of ajudan.xlsx exits 0 (got $?)" [ $? -eq 0 ]
"$bin" workload --root "$work/lahat" --format json >"$work/lahat.json" 2>"$work/lahat-workload.err" ||
  { echo "FAIL: workload on the imported repository:"; cat "$work/lahat-workload.err"; fail=1; }
"$python" - "$work/lahat.json" <<'PY' || fail=1
import json, sys
data = json.load(open(sys.argv[1]))
text = json.dumps(data)
p = [p for p in data["positions"] if p["name"] == "AJUDAN"]
assert len(p) == 1, "no position AJUDAN in %s" % text[:300]
p = p[0]
want = {"hours": 2820, "needed": 2, "staff": 3}
for key, value in want.items():
    if key not in p or float(p[key]) != value:
        print("FAIL: AJUDAN %s is %s, the form says %s" % (key, p.get(key), value)); sys.exit(1)
if abs(float(p["required"]) - 2.256) > 1e-9:
    print("FAIL: AJUDAN required is %s, the form says 2,256" % p["required"]); sys.exit(1)
if len(p.get("duties", [])) not in (0, 6):
    print("FAIL: AJUDAN has %d duties, the form 6" % len(p["duties"])); sys.exit(1)
PY
check "tatakerja.yaml keeps the form's JKE" grep -q 'effective_hours: 1250' "$work/lahat/tatakerja.yaml"

# Everything at once: CSV, Word and Excel SOPs; validate finds no schema or
# yaml-syntax problem, and formula text stays quoted text.
"$bin" import "$forms/ajudan.xlsx" "$forms/rincian.csv" "$forms/sop.docx" --out "$work/all" \
  >"$work/all.out" 2>"$work/all.err"
check "import of every form exits 0" [ $? -eq 0 ]
check "the SOP of sop.docx is written" [ -f "$work/all/sops/pelayanan-legalisir-ijazah-madrasah.yaml" ]
check "a diamond in a lane is a decision" grep -q 'decision: true' "$work/all/sops/pelayanan-legalisir-ijazah-madrasah.yaml"
check "a lane that names an imported position links to it" \
  grep -q 'actor: pengelola-data-pendidikan' "$work/all/sops/pelayanan-legalisir-ijazah-madrasah.yaml"
check "formula text is quoted" grep -qF 'text: "=HYPERLINK(' "$work/all/positions/pengelola-data-pendidikan.yaml"
"$bin" validate --root "$work/all" --format json >"$work/validate.json" 2>/dev/null
"$python" - "$work/validate.json" <<'PY' || fail=1
import json, sys
found = json.load(open(sys.argv[1]))
items = found["diagnostics"] if isinstance(found, dict) else found
bad = [d for d in items if d["rule"] in ("schema", "yaml-syntax")]
if bad:
    print("FAIL: validate on an import reports", bad); sys.exit(1)
PY
"$bin" import "$forms/sop.xlsx" --out "$work/sop-xlsx" >/dev/null 2>&1
check "the SOP of sop.xlsx is written" grep -q 'decision: true' "$work/sop-xlsx/sops/pelayanan-legalisir-ijazah-madrasah.yaml"
"$bin" import "$forms/sop-shapes.xlsx" --out "$work/sop-shapes" >/dev/null 2>&1
actors=$(grep -E '^    (actor|decision):' "$work/sop-shapes/sops/pelayanan-legalisir-ijazah-madrasah.yaml" | tr -s ' ' | tr '\n' '|')
check "shapes anchored in lane cells give the steps' actors and the decision (got $actors)" \
  [ "$actors" = " actor: Pemohon| actor: Pengelola Data Pendidikan| decision: true| actor: Kepala Seksi Pendidikan Madrasah| actor: Pengelola Data Pendidikan|" ]

# A second run never overwrites.
cp -r "$work/all" "$work/all-before"
"$bin" import "$forms/ajudan.xlsx" "$forms/rincian.csv" "$forms/sop.docx" --out "$work/all" \
  >"$work/again.out" 2>"$work/again.err"
check "a second import changes nothing" diff -r "$work/all-before" "$work/all"
check "a second import reports what exists" grep -q 'already exists, left as it is.*\[import-exists\]' "$work/again.out"
check "a second import writes nothing" grep -q '^import: 0 files written' "$work/again.err"

# An SOP imported later links its lanes to the positions already there.
"$bin" import "$forms/rincian.csv" --out "$work/later" >/dev/null 2>&1
"$bin" import "$forms/sop.docx" --out "$work/later" >"$work/later.out" 2>&1
check "an SOP imported later links to a position imported earlier" \
  grep -q 'actor: pengelola-data-pendidikan' "$work/later/sops/pelayanan-legalisir-ijazah-madrasah.yaml"

# The round trip: workload --format xlsx, imported back.
lahat=$src/tests/cli/cases/workload-abk-published-position-table/repo
"$bin" workload --root "$lahat" --format xlsx --output "$work/abk.xlsx" 2>/dev/null
"$bin" import "$work/abk.xlsx" --out "$work/back" >/dev/null 2>&1
"$bin" workload --root "$lahat" >"$work/before.txt" 2>/dev/null
"$bin" workload --root "$work/back" >"$work/after.txt" 2>/dev/null
check "workload --format xlsx imported back gives the same table" diff "$work/before.txt" "$work/after.txt"
# examples/ (subtasks, staff from Employee documents, units in a tree):
# every position's figures come back (the unit tree is not in the workbook).
"$bin" workload --root "$src/examples" --format xlsx --output "$work/examples.xlsx" 2>/dev/null
"$bin" import "$work/examples.xlsx" --out "$work/examples-back" >/dev/null 2>&1
"$bin" workload --root "$src/examples" --format json >"$work/examples-before.json" 2>/dev/null
"$bin" workload --root "$work/examples-back" --format json >"$work/examples-after.json" 2>/dev/null
"$python" - "$work/examples-before.json" "$work/examples-after.json" <<'PY' || fail=1
import json, sys
def figures(path):
    return sorted((p["name"], p["hours"], p["required"], p["needed"], p["staff"])
                  for p in json.load(open(path))["positions"])
before, after = figures(sys.argv[1]), figures(sys.argv[2])
if before != after or not before:
    print("FAIL: examples/ through workload --format xlsx and import:", before, after); sys.exit(1)
PY

# Hostile files: refused quickly, exit 1, nothing written.
for file in bomb lying-sizes not-a-zip doctype climbs-out million-rows merges; do
  start=$(date +%s)
  measure=()
  [ -x /usr/bin/time ] && measure=(/usr/bin/time -f '%M' -o "$work/$file.rss")
  "${measure[@]}" "$bin" import "$forms/hostile/$file.xlsx" --out "$work/hostile-$file" >"$work/$file.out" 2>"$work/$file.err"
  status=$?
  seconds=$(( $(date +%s) - start ))
  check "$file.xlsx: exit 1 (got $status)" [ $status -eq 1 ]
  check "$file.xlsx: refused within $limit_s s (took $seconds)" [ "$seconds" -le "$limit_s" ]
  check "$file.xlsx: an import-unreadable error" grep -q 'error: .*\[import-unreadable\]' "$work/$file.out"
  check "$file.xlsx: nothing written" [ ! -e "$work/hostile-$file" ]
  if [ -s "$work/$file.rss" ] && [ -z "$sanitized" ]; then
    rss=$(tail -1 "$work/$file.rss")
    check "$file.xlsx: under 512 MiB of memory (used $rss KiB)" [ "$rss" -lt 524288 ]
  fi
done
start=$(date +%s)
"$bin" import "$forms/hostile/many-duties.xlsx" --out "$work/many" >/dev/null 2>&1
status=$?
seconds=$(( $(date +%s) - start ))
check "20,000 duties of one text: exit 0 (got $status)" [ $status -eq 0 ]
check "20,000 duties of one text: within $limit_s s (took $seconds)" [ "$seconds" -le "$limit_s" ]
check "20,000 duties of one text: unique ids" grep -q 'id: nama-jabatan-20000$' "$work/many/positions/data.yaml"
check "a size that lies is caught while reading" grep -q 'holds more than the 1000 bytes it declares' "$work/lying-sizes.out"
check "the DOCTYPE is named" grep -q 'DOCTYPE' "$work/doctype.out"
check "the climbing entry is named" grep -qF '`../../etc/cron.d/evil`' "$work/climbs-out.out"

[ $fail = 0 ] && echo "ok: import reproduces the forms' figures, never overwrites, refuses hostile files"
exit $fail
