#!/usr/bin/env bash
# `workload --format csv` read back with a real CSV parser (python3's csv
# module): RFC 4180 quoting holds, every text cell that a spreadsheet would
# run as a formula is neutralised with a leading apostrophe, and numbers
# (negative ones included) stay plain numeric cells.
# usage: workload_csv.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-csv.XXXXXX")
trap 'rm -rf "$work"' EXIT

cat >"$work/tatakerja.yaml" <<'YAML'
organization: "=cmd|' /C calc'!A0"
language: id
rules:
  duty-without-sop: off
YAML
cat >"$work/abk.yaml" <<'YAML'
kind: Unit
id: -umum
name: "=1+1"
---
kind: Position
id: "-p"
name: "+SUM(A1:A9)"
unit: -umum
duties:
  - id: a
    text: "-2+3, \"kutip\" dan koma"
    unit_of_output: "@SUM(1)"
    volume: 2500
    standard_time: 1h
  - id: b
    text: "\t=TAB"
    unit_of_output: "\r=CR"
    volume: 500
    standard_time: 30m
  - id: c
    text: "  =spasi di depan"
    unit_of_output: "baris\nbaru"
    volume: 10
    standard_time: 1h
---
kind: Employee
id: e1
name: "@pegawai"
position: "-p"
YAML

for by in position unit employee duty; do
  if ! "$bin" workload --root "$work" --by "$by" --format csv >"$work/$by.csv" 2>"$work/$by.err"; then
    echo "workload --by $by failed:"; cat "$work/$by.err"; exit 1
  fi
done

python3 - "$work" <<'PY'
import csv, sys

work = sys.argv[1]
DANGER = ("=", "+", "-", "@", "\t", "\r", "\n")
failures = []

def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False

def check(by, expect):
    with open(f"{work}/{by}.csv", newline="", encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\r\n"):
        failures.append(f"{by}: lines must end in CRLF")
    rows = list(csv.reader(raw.splitlines(keepends=True)))
    header, body = rows[0], rows[1:]
    for n, row in enumerate(body, 2):
        if len(row) != len(header):
            failures.append(f"{by}:{n}: {len(row)} cells under {len(header)} headers")
        for name, cell in zip(header, row):
            if cell.lstrip(" ").startswith(DANGER) and not is_number(cell):
                failures.append(f"{by}:{n}: {name} = {cell!r} would run as a formula")
    cells = {c for row in body for c in row}
    for text in expect:
        if text not in cells:
            failures.append(f"{by}: no cell {text!r} (have {sorted(cells)})")
    return header, body

_, body = check("position", ["'=1+1", "'+SUM(A1:A9)", "'-umum", "'-p", "-1"])
balance = [row[8] for row in body]
if balance[0] != "-1" or float(balance[0]) != -1:
    failures.append(f"position: the balance {balance[0]!r} is not the number -1")
check("unit", ["'=1+1", "'-umum"])
check("employee", ["'@pegawai", "e1", "2760"])
check("duty", ["'-2+3, \"kutip\" dan koma", "'@SUM(1)", "'\t=TAB", "'\r=CR",
               "'  =spasi di depan", "baris\nbaru", "2500", "250"])

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok: 4 CSV files parsed, formula-looking cells neutralised")
PY
