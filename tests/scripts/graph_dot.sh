#!/usr/bin/env bash
# Every SOP of examples/ as `graph --format dot` renders with Graphviz
# (`dot -Tsvg`) without a word on stderr; `graph --format svg` and
# `--format mermaid` exit 0 with output too. Skipped (77) when `dot` is not
# installed, unless $CI is set: then it fails.
# usage: graph_dot.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
export NO_COLOR=1 LC_ALL=C.UTF-8
if ! command -v dot >/dev/null 2>&1; then
  if [ -n "${CI:-}" ]; then
    echo "FAIL: Graphviz \`dot\` is not installed (CI needs it)"
    exit 1
  fi
  echo "SKIP: Graphviz \`dot\` is not installed"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-graph.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
count=0
for file in "$src"/examples/sops/*.yaml; do
  id=$(sed -n 's/^id: *//p' "$file" | head -n 1)
  [ -n "$id" ] || { echo "FAIL: no id in $file"; fail=1; continue; }
  count=$((count + 1))
  if ! "$bin" --root "$src/examples" graph "$id" --format dot >"$work/chart.dot" 2>"$work/stderr"; then
    echo "FAIL: graph $id --format dot exited non-zero"; cat "$work/stderr"; fail=1; continue
  fi
  if ! dot -Tsvg "$work/chart.dot" >"$work/chart.svg" 2>"$work/dot.stderr" || [ -s "$work/dot.stderr" ]; then
    echo "FAIL: dot -Tsvg on the chart of $id:"; cat "$work/dot.stderr"; fail=1
  fi
  for format in svg mermaid; do
    "$bin" --root "$src/examples" graph "$id" --format "$format" >"$work/out" 2>"$work/stderr"
    status=$?
    if [ $status -ne 0 ] || [ ! -s "$work/out" ] || [ -s "$work/stderr" ]; then
      echo "FAIL: graph $id --format $format exited $status"; cat "$work/stderr"; fail=1
    fi
  done
done
[ $count -gt 0 ] || { echo "FAIL: no SOP found in $src/examples/sops"; fail=1; }
[ $fail -eq 0 ] && echo "$count SOPs drawn by dot without a warning"
exit $fail
