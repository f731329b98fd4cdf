#!/usr/bin/env bash
# Two validate runs at the same time on one cache folder, 20 rounds, with
# files changed between rounds: every output is the uncached one, and the
# folder holds one whole pack and no leftovers.
# usage: cache_concurrent.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
. "$(dirname "$0")/cache_common.bash"

repo=$work/repo
cache=$work/cache
make_repo "$repo"
mapfile -t sops < <(cd "$repo" && find sops -name '*.yaml' | sort)
args=(--root "$repo" validate --date 2025-06-01)

for round in $(seq 1 20); do
  # Change a few files: a finding added (an unknown key), or one taken away.
  for k in 0 1 2; do
    f=$repo/${sops[$(((round * 3 + k) % ${#sops[@]}))]}
    if grep -q '^kunci_asing' "$f"; then sed -i '/^kunci_asing/d' "$f"; else echo "kunci_asing: $round" >>"$f"; fi
  done
  run "$work/expected" --no-cache "${args[@]}"
  run "$work/a" --cache-dir "$cache" "${args[@]}" &
  run "$work/b" --cache-dir "$cache" -j 1 "${args[@]}" &
  wait
  same_as "round $round, first run" "$work/expected" "$work/a"
  same_as "round $round, second run" "$work/expected" "$work/b"
  same_as "round $round, first run's stderr" "$work/expected.err" "$work/a.err"
  same_as "round $round, second run's stderr" "$work/expected.err" "$work/b.err"
  [ $fail -eq 0 ] || break
done
grep -q kunci_asing "$work/expected" || { echo "FAIL: the changes made no finding"; fail=1; }

# After the races: one pack, no temporary files, and a warm run reuses it.
left=$(ls -A "$cache/v1")
expect "files in the cache folder" "$(printf '%s\n' "$left" | wc -l)" 1
run "$work/expected" -v --no-cache "${args[@]}"  # -v shows infos too
run "$work/out" -v --cache-dir "$cache" "${args[@]}"
same_as "after the races" "$work/expected" "$work/out"
[ -n "$(reused "$work/out.err")" ] || { echo "FAIL: no cache line: $(cat "$work/out.err")"; fail=1; }
run "$work/out" -v --cache-dir "$cache" "${args[@]}"
expect "reused at the end" "$(reused "$work/out.err")" "$(files_read "$work/out.err")"

[ $fail -eq 0 ] && echo "ok: 20 rounds of two concurrent runs, all right"
exit $fail
