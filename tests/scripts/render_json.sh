#!/usr/bin/env bash
# `render --format markdown --format json --split` read back by real tools:
# every JSON file parses (python3's json module), every Markdown table keeps
# its column count on every row, no control byte (ESC included) reaches a
# file, text from the YAML never turns into HTML, and two renders give the
# same bytes. Run on the examples and on a repository whose every text
# holds markup, quotes and ANSI escapes.
# usage: render_json.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-render.XXXXXX")
trap 'rm -rf "$work"' EXIT

check() {  # check OUT_DIR
  python3 - "$1" <<'PY'
import json, pathlib, re, sys
out = pathlib.Path(sys.argv[1])
files = sorted(p for p in out.rglob("*") if p.is_file() and p.suffix in (".md", ".json"))
assert any(p.name == "handbook.md" for p in files), "no handbook.md"
assert any(p.name == "handbook.json" for p in files), "no handbook.json"
def cells(line):
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line)) - 1
for p in files:
    data = p.read_bytes()
    bad = [b for b in data if b < 0x20 and b != 0x0A]
    assert not bad, f"{p}: control bytes {bad[:3]}"
    if p.suffix == ".json":
        json.loads(data.decode("utf-8"))
        continue
    fenced, header = False, None
    for n, line in enumerate(data.decode("utf-8").split("\n"), 1):
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        assert "<script" not in line, f"{p}:{n}: raw HTML"
        if not line.startswith("|"):
            header = None
            continue
        if header is None:
            header = cells(line)
        assert cells(line) == header, f"{p}:{n}: {cells(line)} cells, header has {header}"
PY
}

# The examples, twice: the same bytes.
for run in a b; do
  "$bin" --root "$src/examples" render --format markdown --format json --split \
    --out "$work/$run" 2>/dev/null
done
diff -r "$work/a" "$work/b"
check "$work/a"

# Hostile text everywhere; rendered with --force (exit 1 is expected only
# when the repository has errors).
mkdir "$work/repo"
h='"<script>x</script> | `t` \"] --> '"'"' \\ \e[31m *a* _b_ [c](d) # e\n- f"'
cat >"$work/repo/tatakerja.yaml" <<YAML
organization: $h
handbook:
  title: $h
YAML
cat >"$work/repo/all.yaml" <<YAML
kind: Unit
id: u
name: $h
head: p
---
kind: Position
id: p
name: $h
unit: u
summary: $h
staff: 1
duties:
  - {id: d, text: $h, output: $h, unit_of_output: $h, volume: 10, standard_time: 1h}
---
kind: SOP
id: s
number: $h
title: $h
unit: u
owner: p
duties: [d]
created: 2024-01-02
effective: 2024-02-03
approved_by: {position: p, name: $h, nip: $h}
legal_basis: [$h]
qualifications: [$h]
equipment: [$h]
warnings: [$h]
records: [$h]
external_actors: [$h]
output: $h
steps:
  - {activity: $h, actor: $h, requirements: [$h], time: 5m, output: $h, notes: $h}
  - {activity: $h, actor: p, decision: $h, no: 1, time: 5m, output: $h}
YAML
status=0
"$bin" --root "$work/repo" render --force --format markdown --format json --split \
  --out "$work/h" 2>"$work/stderr" || status=$?
if [ "$status" -gt 1 ]; then
  cat "$work/stderr" >&2
  exit 1
fi
check "$work/h"
