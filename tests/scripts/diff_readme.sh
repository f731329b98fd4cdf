#!/usr/bin/env bash
# README's `diff` section shows real output: its terminal example is
# `tatakerja diff v1 v2` and its pull-request comment `tatakerja diff v2 v4
# --format markdown` on the CLI cases' fixture history
# (tests/cli/diff-fixture/make_history.sh), byte for byte.
# usage: diff_readme.sh TATAKERJA SOURCE_DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
command -v git >/dev/null || { echo "skipped: git is not installed"; exit 77; }
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 XDG_CACHE_HOME=$work/cache
mkdir "$work/repo"
(cd "$work/repo" && "$src/tests/cli/diff-fixture/make_history.sh") >/dev/null 2>&1 ||
  { echo "FAIL: cannot make the fixture's history"; exit 1; }
(cd "$work/repo" && "$bin" diff v1 v2) >"$work/text" 2>/dev/null || { echo "FAIL: diff v1 v2"; exit 1; }
(cd "$work/repo" && "$bin" diff v2 v4 --format markdown) >"$work/markdown" 2>/dev/null ||
  { echo "FAIL: diff v2 v4 --format markdown"; exit 1; }
python3 - "$src/README.md" "$work/text" "$work/markdown" <<'PY'
import sys
readme, text, markdown = (open(p, encoding="utf-8").read() for p in sys.argv[1:])
section = readme.split("## Reviewing a change: `diff`", 1)[1].split("\n## ", 1)[0]
fail = []
terminal = section.split("In a terminal", 1)[1].split("```\n", 1)[1].split("```", 1)[0]
if terminal != text:
    fail.append("the terminal example is not `tatakerja diff v1 v2`")
comment = section.split("as GitHub shows it:\n\n", 1)[1].split("\n`--format json`", 1)[0]
if comment != markdown:
    fail.append("the pull-request comment is not `tatakerja diff v2 v4 --format markdown`")
for f in fail:
    print("FAIL: README: " + f)
sys.exit(1 if fail else 0)
PY
status=$?
[ $status -eq 0 ] && echo "ok: README's diff examples are the tool's output"
exit $status
