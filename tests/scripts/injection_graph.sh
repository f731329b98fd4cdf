#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) through `graph`: the SVG
# is well-formed XML (xml.etree) with no script, event attribute or
# javascript: link, and its texts are the fields' texts; `dot -Tsvg` reads
# the DOT without a word and gives the labels back; every Mermaid line is
# within the grammar the tool writes (labels quoted, no raw `"`, `<`, `>` or
# backtick, no stray `click`/`classDef`/`%%` line), with one node a step and
# one subgraph a lane.
# usage: injection_graph.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2"

if ! command -v dot >/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: CI must have graphviz (dot)"; exit 1; }
  echo "skipped: graphviz (dot) is not installed"; exit 77
fi

for lang in id en; do
  for format in svg dot mermaid; do
    tk 0 graph s_1 --lang "$lang" --format "$format"
    cp "$work/stdout" "$work/s_1.$lang.$format"
  done
  check svg "$work/s_1.$lang.svg"
  check dot "$work/s_1.$lang.dot"
  check mermaid "$work/s_1.$lang.mermaid"
done
exit $status
