#!/usr/bin/env bash
# A render killed half-way leaves each file old or new, never half of one:
# on a generated repository, render once, change an SOP's title, start a
# second render and kill it (-9, then TERM, INT and HUP) while handbook.html
# is being written; the book must be byte-identical to the first render's or
# to a complete new one. SIGTERM, SIGINT and SIGHUP must leave no temporary
# file; after -9, the next render removes the one left behind.
# usage: render_kill.sh TATAKERJA SOURCE_DIR
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8 XDG_CACHE_HOME="$work/cache"
unset SOURCE_DATE_EPOCH
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

python3 "$src/bench/gen.py" --sops 1000 --out "$work/repo" >/dev/null
render() { "$bin" -q render --root "$work/repo" --format html "$@"; }

render --out "$work/out"
cp "$work/out/handbook.html" "$work/first.html"
sop=$(find "$work/repo/sops" -name '*.yaml' | sort | sed -n 1p)
sed -i 's/^title: .*/title: Judul Baru untuk Uji Penghentian/' "$sop"
render --out "$work/fresh"
cmp -s "$work/first.html" "$work/fresh/handbook.html" &&
  { echo "FAIL: changing a title did not change the book"; exit 1; }

temps() { find "$work/out" -name '.*.tatakerja-tmp-*' | wc -l; }

# kill_midway SIGNAL: starts a render and sends SIGNAL once its temporary
# handbook.html holds some bytes; returns 1 when the render ended first.
kill_midway() {
  # A background job of a script starts with SIGINT ignored (and the
  # program keeps a signal its caller ignores): env restores the default.
  env --default-signal=INT "$bin" -q render --root "$work/repo" --format html --out "$work/out" &
  pid=$!  # the program itself, not a subshell: the signal must reach it
  for _ in $(seq 1 3000); do
    if [ -n "$(find "$work/out" -name '.handbook.html.tatakerja-tmp-*' -size +100k 2>/dev/null)" ]; then
      kill "-$1" "$pid" 2>/dev/null || true
      killed_status=0
      wait "$pid" 2>/dev/null || killed_status=$?
      pid=
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  wait "$pid" 2>/dev/null || true
  pid=
  return 1
}

check_whole() {  # the book is the first render's or the new one, whole
  if ! cmp -s "$work/out/handbook.html" "$work/first.html" &&
     ! cmp -s "$work/out/handbook.html" "$work/fresh/handbook.html"; then
    echo "FAIL: after $1, handbook.html is neither the old book nor the new one"
    ls -la "$work/out"
    exit 1
  fi
}

if ! kill_midway KILL; then
  echo "skip: the render finished before it could be killed"
  exit 77
fi
check_whole "kill -9"
[ "$(temps)" -ge 1 ] || { echo "FAIL: kill -9 came too late to test anything"; exit 1; }

render --out "$work/out"
[ "$(temps)" -eq 0 ] || { echo "FAIL: the next render left temporary files"; exit 1; }
cmp -s "$work/out/handbook.html" "$work/fresh/handbook.html" ||
  { echo "FAIL: the next render did not write the new book"; exit 1; }
[ "$(cat "$work/out/.tatakerja-manifest")" = handbook.html ] ||
  { echo "FAIL: unexpected manifest"; exit 1; }

# SIGTERM, SIGINT and SIGHUP: the temporary file goes too, and the render
# still ends by the signal (status 128 + its number), as without a handler.
for sig in TERM INT HUP; do
  cp "$work/first.html" "$work/out/handbook.html"
  if kill_midway "$sig"; then
    check_whole "SIG$sig"
    [ "$(temps)" -eq 0 ] ||
      { echo "FAIL: SIG$sig left its temporary file behind"; find "$work/out" -name '.*tmp*'; exit 1; }
    [ "$killed_status" = $((128 + $(kill -l "$sig"))) ] ||
      { echo "FAIL: after SIG$sig the render exited $killed_status"; exit 1; }
    [ "$(cat "$work/out/.tatakerja-manifest")" = handbook.html ] ||
      { echo "FAIL: SIG$sig left an unexpected manifest"; exit 1; }
  fi
done
echo "ok: killed renders left old or new books, never half of one"
