#!/usr/bin/env bash
# Files whose status (size, inode, device, mtime, ctime) is as the cache
# last saw them are not read at all, as git's index does; any change that
# writes a file shows in its status, so it is read again:
#   - a file edited is read and its new findings are reported;
#   - a file rewritten with the same size and its old mtime put back
#     (ctime still moves) is read again;
#   - a file changed less than 2 s before the run gets no status row, so
#     the next run reads it too;
#   - the diagnostics of a file that was not read still show its source line.
# usage: cache_unchanged.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
. "$(dirname "$0")/cache_common.bash"

repo=$work/repo
cache=$work/cache
make_repo "$repo"
unread() {  # unread ERRFILE: "N" from ", N unchanged and not read" (0 when absent)
  local n
  n=$(sed -nE 's/^tatakerja: cache: .*, ([0-9]+) unchanged and not read.*/\1/p' "$1")
  echo "${n:-0}"
}
validate() {  # validate OUT
  run "$1" -v --cache-dir "$cache" --root "$repo" validate --date 2025-06-01
}

run "$work/expected" -v --no-cache --root "$repo" validate --date 2025-06-01
validate "$work/out"
same_as "cold" "$work/expected" "$work/out"
n=$(files_read "$work/out.err")
expect "cold: not read" "$(unread "$work/out.err")" 0
sleep 2.1
validate "$work/out"     # stores the status of every file (now older than 2 s)
same_as "warm" "$work/expected" "$work/out"
validate "$work/out"
same_as "unchanged" "$work/expected" "$work/out"
expect "unchanged: not read" "$(unread "$work/out.err")" "$n"
# The source lines under findings come from files that were not read.
grep -q '^ *[0-9]* | ' "$work/out" || { echo "FAIL: no source line under the findings"; fail=1; }

# An edit: the file is read again and its new finding reported.
sop=$(grep -l '^kind: SOP' "$repo"/sops/*.yaml | head -1)
sed -i 's/^title: .*/title: [/' "$sop"
run "$work/expected" -v --no-cache --root "$repo" validate --date 2025-06-01
validate "$work/out"
same_as "one file edited" "$work/expected" "$work/out"
grep -q 'title: \[' "$work/out" || { echo "FAIL: the edited line is not reported"; fail=1; }
expect "one file edited: not read" "$(unread "$work/out.err")" $((n - 1))

# Same size, mtime put back: ctime still moves, so it is read again.
sleep 2.1
validate "$work/out" >/dev/null
before=$(stat -c %s "$sop")
touch -r "$sop" "$work/stamp"
sed -i 's/^title: \[$/title: {/' "$sop"
touch -r "$work/stamp" "$sop"
[ "$(stat -c %s "$sop")" = "$before" ] || { echo "FAIL: the rewrite changed the size"; fail=1; }
run "$work/expected" -v --no-cache --root "$repo" validate --date 2025-06-01
validate "$work/out"
same_as "rewritten, mtime restored" "$work/expected" "$work/out"
expect "rewritten, mtime restored: not read" "$(unread "$work/out.err")" $((n - 1))
grep -q 'title: {' "$work/out" || { echo "FAIL: the rewritten line is not reported"; fail=1; }
exit $fail
