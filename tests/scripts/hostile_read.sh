#!/usr/bin/env bash
# Files that fight being read:
# - a file and a folder without read permission (run as user nobody, since
#   root ignores file modes): each a clear `encoding` error naming it, exit 1;
# - a file rewritten, truncated and appended to by a background writer while
#   validate runs again and again: every run ends in bounded time with the
#   report of one version of the file (never the start of one and the end of
#   another: a read during which the file changed is read again) or a clear
#   "cannot be read" error, and never writes into the repository. A version
#   half-written is a state the file really has, so B without its last line
#   counts as one;
# - a FIFO named like a document: reported, never waited on.
# usage: hostile_read.sh TATAKERJA SOURCE_DIR
source "$(dirname "$0")/hostile_common.bash" "$@"
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# ---- a file that changes while it is read
repo=$work/repo
new_repo "$repo"
printf 'kind: Unit\nid: tetap\nname: Unit Tetap\n' >"$repo/tetap.yaml"
# Four versions of berubah.yaml, each of a different size, each with its
# own report: a valid unit with a long note (A), the same with a line
# appended (A+), a unit whose `[` never closes after the same note (B), and
# nothing at all (a warning).
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
note = "".join(f"  - catatan nomor {i} tentang unit ini\n" for i in range(40000))
a = "kind: Unit\nid: berubah\nname: Unit Berubah\nx-catatan:\n" + note
versions = {"A": a, "A+": a + "x-tambahan: ya\n",
            "B": "kind: Unit\nid: berubah\nx-catatan:\n" + note + "name: [rusak\n", "0": "",
            # B while the writer is still writing it (a state the file
            # really has: no reader can tell it from a whole version).
            "B-": "kind: Unit\nid: berubah\nx-catatan:\n" + note}
for name, text in versions.items():
    open(f"{work}/version-{name}", "w").write(text)
PY
mkdir "$work/cwd"
for v in A A+ B B- 0; do
  cp "$work/version-$v" "$repo/berubah.yaml"
  run 30 "$work/cwd" validate --root "$repo"
  { echo "status $status"; cat "$work/stdout" "$work/stderr"; } >"$work/report-$v"
done
grep -q 'never closed' "$work/report-B" || fail "version B gives no syntax error"
grep -q 'empty-file' "$work/report-0" || fail "the empty version gives no warning"
others() {  # what validate must leave alone: the names, and the other files
  (cd "$repo" && find . | LC_ALL=C sort && cat tatakerja.yaml tetap.yaml)
}
before_other=$(others)

# The writer: in place (truncate, then write), truncate only, and append,
# as an editor or a checkout might, holding each version a few milliseconds.
# A file being written is always some prefix of a version; the reader is
# tested for reading one version whole, so each version is written by one
# write() call.
python3 - "$work" "$repo/berubah.yaml" <<'PY' &
import os, sys, time
work, path = sys.argv[1], sys.argv[2]
versions = {v: open(f"{work}/version-{v}", "rb").read() for v in ("A", "B")}
def put(data, mode=os.O_TRUNC):
    fd = os.open(path, os.O_WRONLY | mode)
    os.write(fd, data)
    os.close(fd)
while True:
    for v in ("A", "B"):
        put(versions[v])
        time.sleep(0.01)
    put(b"")
    time.sleep(0.005)
    put(versions["A"])
    time.sleep(0.002)
    put(b"x-tambahan: ya\n", os.O_APPEND)
    time.sleep(0.01)
PY
bg_pids+=($!)
mixed=0 unreadable=0
declare -A seen=()
for i in $(seq 1 60); do
  run 30 "$work/cwd" validate --root "$repo"
  { echo "status $status"; cat "$work/stdout" "$work/stderr"; } >"$work/report"
  matched=
  for v in A A+ B B- 0; do
    if cmp -s "$work/report" "$work/report-$v"; then matched=$v; fi
  done
  if [ -n "$matched" ]; then
    seen[$matched]=1
  elif [ "$status" = 1 ] &&
       grep -qx 'berubah.yaml: error: the file cannot be read: it changed while it was being read; run again \[encoding\]' "$work/stdout"; then
    unreadable=$((unreadable + 1))
  else
    mixed=$((mixed + 1))
    echo "--- run $i gave the report of no version of the file:"
    grep -v '^ ' "$work/report" | head -8
  fi
done
kill -9 "${bg_pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
bg_pids=()
[ "$mixed" = 0 ] || fail "$mixed of 60 runs read a mix of two versions of a changing file"
[ "$(others)" = "$before_other" ] || fail "validate changed the repository"
[ -z "$(ls -A "$work/cwd")" ] || fail "validate wrote into the working folder"
echo "changing file: 60 runs, versions seen: ${!seen[*]}; 'changed while read' errors: $unreadable"

# ---- a named pipe where a document would be: reported, never opened
# (opening it would wait for a writer for ever). run_case.sh cannot compare
# a FIFO in a fixture, so it is here.
fifo=$work/fifo
new_repo "$fifo"
printf 'kind: Unit\nid: tu\nname: Tata Usaha\n' >"$fifo/unit.yaml"
mkfifo "$fifo/pipa.yaml"
run 30 "$work/cwd" validate --root "$fifo"
expect_status 1 "validate beside a FIFO"
expect_line "$work/stdout" "pipa.yaml: error: is not a regular file [encoding]" "a FIFO"
expect_line "$work/stderr" "tatakerja: 1 error, 0 warnings in 3 files" "a FIFO"

# ---- a file and a folder nobody may read
require_nobody
closed=$work/closed
new_repo "$closed"
printf 'kind: Unit\nid: terbuka\nname: Unit Terbuka\n' >"$closed/terbuka.yaml"
printf 'kind: Unit\nid: rahasia\nname: Unit Rahasia\n' >"$closed/rahasia.yaml"
mkdir "$closed/tertutup"
printf 'kind: Unit\nid: dalam\nname: Unit Dalam\n' >"$closed/tertutup/dalam.yaml"
chmod -R go+rX "$work"
chmod 000 "$closed/rahasia.yaml" "$closed/tertutup"
before=$(snapshot "$closed")
nbin=$(nobody_bin)
mkdir -m 777 "$work/nobody-cwd"
set +e
(
  cd "$work/nobody-cwd" || exit 99
  [ -n "$sanitized" ] || ulimit -v "$limit_kb"
  as_nobody env XDG_CACHE_HOME="$work/nobody-cache" timeout -s KILL 30 \
    "$nbin" validate --root "$closed"
) >"$work/stdout" 2>"$work/stderr"
status=$?
set -e
expect_status 1 "validate of unreadable files as nobody"
expect_line "$work/stdout" "rahasia.yaml: error: the file cannot be read: Permission denied [encoding]" "an unreadable file"
expect_line "$work/stdout" "tertutup: error: folder cannot be read: Permission denied [encoding]" "an unreadable folder"
expect_line "$work/stderr" "tatakerja: 2 errors, 0 warnings in 4 files" "unreadable files"
[ "$(snapshot "$closed")" = "$before" ] || fail "validate changed the repository"
[ -z "$(ls -A "$work/nobody-cwd")" ] || fail "validate wrote into the working folder"
echo "ok: files that change or cannot be read"
