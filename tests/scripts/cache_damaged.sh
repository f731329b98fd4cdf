#!/usr/bin/env bash
# A damaged cache is never trusted: a pack cut short, with a damaged byte,
# from another version, of garbage, empty, or not a file at all gives the
# same output as no cache; -v shows the files were parsed again, and the
# next run finds the pack rebuilt whole.
# usage: cache_damaged.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
. "$(dirname "$0")/cache_common.bash"

repo=$work/repo
cache=$work/cache
make_repo "$repo"
run "$work/expected" -v --no-cache --root "$repo" validate --format json --date 2025-06-01
run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
same_as "cold cache" "$work/expected" "$work/out"
n=$(files_read "$work/out.err")
[ -n "$n" ] && [ "$n" -gt 50 ] || { echo "FAIL: no cache line in -v: $(cat "$work/out.err")"; exit 1; }
pack=$(echo "$cache"/v1/*.pack)
[ -f "$pack" ] || { echo "FAIL: no pack written in $cache/v1"; exit 1; }
# Files changed less than 2 s before a run get no status row (they may
# change again unseen); once they are older, a run adds their rows. The
# pack every damaged one must be rebuilt into is that settled one.
sleep 2.1
run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
same_as "settled cache" "$work/expected" "$work/out"
good=$work/good.pack
cp "$pack" "$good"
size=$(stat -c %s "$good")

poke() {  # poke OFFSET: one byte at OFFSET, inverted
  local byte
  byte=$(od -An -tu1 -j "$1" -N1 "$pack" | tr -d ' ')
  printf "$(printf '\\%03o' $((255 - byte)))" | dd of="$pack" bs=1 seek="$1" conv=notrunc status=none
}

# check NAME MAX_REUSED: after damaging the pack, the output is right, at
# most MAX_REUSED files were reused, and then the pack is whole again.
check() {
  run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
  same_as "$1" "$work/expected" "$work/out"
  local r
  r=$(reused "$work/out.err")
  if [ -z "$r" ] || [ "$r" -gt "$2" ]; then
    echo "FAIL: $1: $r files reused, expected at most $2: $(cat "$work/out.err")"
    fail=1
  fi
  run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
  same_as "$1, rebuilt" "$work/expected" "$work/out"
  expect "$1: reused after the rebuild" "$(reused "$work/out.err")" "$n"
  cmp -s "$pack" "$good" || { echo "FAIL: $1: the rebuilt pack differs from the first"; fail=1; }
}

truncate -s $((size / 2)) "$pack";      check "cut in half" $((n - 1))
truncate -s $((size - 1)) "$pack";      check "last byte cut" $((n - 1))
truncate -s 20 "$pack";                 check "cut in the header" 0
: >"$pack";                             check "empty" 0
poke $((size / 2));                     check "a byte in the middle" $((n - 1))
poke $((size - 1));                     check "the last byte" $((n - 1))
poke 0;                                 check "the magic" 0
poke 8;                                 check "the format" 0
poke 20;                                check "the version" 0
poke $(($(grep -abo 'hours_per_day' "$pack" | cut -d: -f1) + 14)); check "the settings" 0
head -c "$size" /dev/urandom >"$pack";  check "garbage" 0

# A pack from another version of the tool (same layout, other version text).
sed 's/+[0-9a-f]*\(.\{0,4\}hours_per_day\)/+other\1/' "$good" >"$pack"
cmp -s "$pack" "$good" && { echo "FAIL: could not make a foreign-version pack"; fail=1; }
check "another version" 0

# Each one byte of the first entries, inverted: never a wrong result.
header=$(($(grep -abo 'periods=[0-9,]*' "$good" | head -1 | cut -d: -f1) + $(grep -ao 'periods=[0-9,]*' "$good" | head -1 | wc -c) - 1))
for offset in $(seq "$header" 7 $((header + 600))); do
  cp "$good" "$pack"
  poke "$offset"
  run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
  same_as "byte $offset inverted" "$work/expected" "$work/out"
done

# A pack that cannot be read (a folder in its place): right, and exit the same.
rm -f "$pack" && mkdir "$pack"
run "$work/out" -v --cache-dir "$cache" --root "$repo" validate --format json --date 2025-06-01
same_as "unreadable pack" "$work/expected" "$work/out"
expect "unreadable pack: reused" "$(reused "$work/out.err")" 0
grep -q 'not saved' "$work/out.err" || { echo "FAIL: -v does not say the pack was not saved"; fail=1; }

[ $fail -eq 0 ] && echo "ok: damaged packs ignored and rebuilt ($n files)"
exit $fail
