#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) through the machine
# formats: every JSON output (render, validate, list, workload) parses
# and carries each field's text exactly, with no escaping of its own
# beyond JSON's; `workload --format csv` parses with python3's
# csv module, keeps its column count, and neutralises every cell that a
# spreadsheet would run as a formula (a leading ' before = + - @ tab CR).
# usage: injection_data.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2"

tk 0 render --format json --split --out "$work/out"
# shellcheck disable=SC2046
check json "$work/out/handbook.json" -- $(python3 -c '
import json, re, sys
sys.path.insert(0, sys.argv[1])
from injection_check import book_fields
print(" ".join(book_fields(json.load(open(sys.argv[2])))))' "$here" "$payloads")
check json "$work"/out/index.json "$work"/out/sop/*.json "$work"/out/position/*.json

tk 0 validate --format json
cp "$work/stdout" "$work/validate.json"
check json "$work/validate.json"

for kind in units positions duties sops employees; do
  tk 0 list "$kind" --format json
  cp "$work/stdout" "$work/list-$kind.json"
done
check json "$work"/list-*.json -- unit.name position.name position2.name duty.text \
  duty2.text duty3.text sop.title sop2.title employee.name employee2.name

for by in position unit employee duty; do
  tk 0 workload --format json --by "$by"
  cp "$work/stdout" "$work/workload-$by.json"
  tk 0 workload --format csv --by "$by"
  cp "$work/stdout" "$work/workload-$by.csv"
done
check json "$work"/workload-*.json -- unit.name position.name position2.name employee.name \
  employee2.name duty.text duty2.text duty3.text organization
check csv "$work"/workload-*.csv
exit $status
