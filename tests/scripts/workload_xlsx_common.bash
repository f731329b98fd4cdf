# Shared by workload_xlsx.sh and workload_xlsx_recalc.sh: a Python with
# openpyxl, and the fixtures — the worked examples of workload.md (the CLI
# cases' Lahat AJUDAN and BKN form repositories, the per-period examples of
# test_workload_periods.cpp) and an office with nested units, employees
# sharing duties and formula-looking text.

# find_python: sets $python to a python3 that has openpyxl, else skips (77;
# a failure under CI, where scripts/bootstrap installed it).
find_python() {
  for python in /usr/bin/python3 python3; do
    command -v "$python" >/dev/null && "$python" -c 'import openpyxl' 2>/dev/null && return 0
  done
  [ -n "${CI:-}" ] && { echo "FAIL: python3-openpyxl is not installed (scripts/bootstrap test installs it)"; exit 1; }
  echo "skipped: python3-openpyxl is not installed"
  exit 77
}

# make_fixtures WORK SOURCE_DIR: fills WORK/repos/NAME/ and sets $repos.
make_fixtures() {
  local work=$1 src=$2 name
  mkdir -p "$work/repos"
  bash "$src/tests/cli/case_repo.sh" "$src/tests/cli/cases/workload-abk-published-position-table" "$work/repos/lahat"
  bash "$src/tests/cli/case_repo.sh" "$src/tests/cli/cases/workload-abk-bkn-form-position-table" "$work/repos/bkn-form"
  # test_workload_periods.cpp: effective_time for a month, fractional periods.
  for name in effective-time fractional; do
    mkdir -p "$work/repos/$name"
    cp "$work/repos/lahat/perencanaan.yaml" "$work/repos/$name/"
  done
  printf 'organization: Kantor\nworkload:\n  effective_time: {month: 6000 menit}\n' \
    >"$work/repos/effective-time/tatakerja.yaml"
  printf 'organization: Kantor\nworkload:\n  periods: {month: 12.5}\n  rounding: up\n  minimum_needed: 1\n' \
    >"$work/repos/fractional/tatakerja.yaml"
  # a madrasah Anjab: tugas pokok with rincian tugas (subtasks)
  bash "$src/tests/cli/case_repo.sh" "$src/tests/cli/cases/subtasks-workload-table" "$work/repos/madrasah"
  make_office "$work/repos/office" id
  make_office "$work/repos/office-en" en
  repos="lahat bkn-form effective-time fractional madrasah office office-en"
}

# make_office DIR LANG: nested units, a position with no staff, employees
# who share duties, an uncounted duty, "=HYPERLINK(...)" in every text.
make_office() {
  mkdir -p "$1"
  cat >"$1/tatakerja.yaml" <<YAML
organization: "=HYPERLINK(\"http://contoh.invalid\",\"kantor\")"
language: $2
workload:
  rounding: down
rules:
  duty-without-sop: off
  duty-workload-missing: off
YAML
  cat >"$1/office.yaml" <<'YAML'
kind: Unit
id: kantor
name: Kantor
head: kepala
---
kind: Unit
id: tu
name: "=HYPERLINK(\"http://contoh.invalid\",\"Tata Usaha\")"
parent: kantor
---
kind: Unit
id: arsip
name: Urusan Arsip
parent: tu
---
kind: Unit
id: keuangan
name: Keuangan
parent: kantor
---
kind: Position
id: kepala
name: Kepala Kantor
unit: kantor
staff: 1
duties:
  - {id: pimpin, text: Memimpin kantor, volume: 250, standard_time: 4 jam}
---
kind: Position
id: pengadministrasi
name: "=HYPERLINK(\"http://contoh.invalid\",\"Pengadministrasi\")"
unit: tu
duties:
  - id: surat
    text: "=HYPERLINK(\"http://contoh.invalid\",\"Mencatat surat\")"
    unit_of_output: "=1+1"
    volume: 20/hari
    standard_time: 5 menit
  - {id: rekap, text: Merekap surat, volume: 1/minggu, standard_time: 120 menit}
  - {id: kosong, text: Tugas tanpa volume}
---
kind: Position
id: arsiparis
name: Arsiparis
unit: arsip
duties:
  - {id: pilah, text: Memilah arsip, volume: 3/bulan, standard_time: 2 jam}
---
kind: Position
id: bendahara
name: Bendahara
unit: keuangan
staff: 0
duties:
  - {id: bayar, text: Membayar tagihan, volume: "2,5/bulan", standard_time: 90 menit}
---
kind: Employee
id: ani
name: "=HYPERLINK(\"http://contoh.invalid\",\"Ani\")"
position: pengadministrasi
duties: [surat, kosong]
---
kind: Employee
id: 198001012005011002
name: Budi
position: pengadministrasi
---
kind: Employee
id: e3
name: Citra
position: arsiparis
YAML
}

# run_tool REPO_DIR JSON_DIR BOOK [--by VIEW]: the four JSON views and the
# workbook; fails the test when the tool does.
run_tool() {
  local repo=$1 json=$2 book=$3 by
  shift 3
  mkdir -p "$json"
  for by in position unit employee duty; do
    "$bin" workload --root "$repo" --by "$by" --format json >"$json/$by.json" 2>"$json/$by.err" ||
      { echo "FAIL: workload --by $by --format json on $repo:"; cat "$json/$by.err"; exit 1; }
  done
  "$bin" workload --root "$repo" --format xlsx --output "$book" "$@" 2>"$json/xlsx.err" ||
    { echo "FAIL: workload --format xlsx on $repo:"; cat "$json/xlsx.err"; exit 1; }
}
