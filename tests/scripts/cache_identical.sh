#!/usr/bin/env bash
# The cache never changes a result: over examples/ and every CLI fixture
# repository, validate (text and json), workload (json) and list (json)
# print the same bytes and exit the same with --no-cache, on a cold cache
# and on a warm one.
# usage: [CACHE_IDENTICAL_EVERY=N] cache_identical.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 XDG_CACHE_HOME=$work/xdg HOME=$work/home
fail=0

commands=(
  'validate --date 2025-06-01'
  'validate --date 2025-06-01 --format json'
  'workload --format json'
  'list sops --format json'
)

run() {  # run OUT CACHE_OPTIONS... -- COMMAND...
  local out=$1
  shift
  "$bin" "$@" >"$out.stdout" 2>"$out.stderr"
  echo $? >"$out.status"
}

same() {  # same A B: stdout, stderr and status all equal
  cmp -s "$1.stdout" "$2.stdout" && cmp -s "$1.stderr" "$2.stderr" && cmp -s "$1.status" "$2.status"
}

# CACHE_IDENTICAL_EVERY=N takes every Nth fixture repository (the
# sanitizer tree sets it: tests/CMakeLists.txt). The shared fixtures, and
# the cases' own repositories that are whole (a case over a shared fixture
# adds little to it).
every=${CACHE_IDENTICAL_EVERY:-1}
repos=("$src/examples")
k=0
for yaml in "$src"/tests/cli/fixtures/*/tatakerja.yaml "$src"/tests/cli/cases/*/repo/tatakerja.yaml; do
  [ $((k++ % every)) -eq 0 ] && repos+=("$(dirname "$yaml")")
done

n=0 reused=0
for repo in "${repos[@]}"; do
  n=$((n + 1))
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2206
    cmd=(${commands[$i]})
    cache=$work/cache/$n-$i
    run "$work/none" --no-cache --root "$repo" -j 1 "${cmd[@]}"
    run "$work/cold" --cache-dir "$cache" --root "$repo" -j 1 "${cmd[@]}"
    run "$work/warm" --cache-dir "$cache" --root "$repo" -j 1 "${cmd[@]}"
    for mode in cold warm; do
      if ! same "$work/none" "$work/$mode"; then
        echo "FAIL: ${repo#"$src"/}: ${commands[$i]} differs with a $mode cache"
        diff "$work/none.stdout" "$work/$mode.stdout" | head -5
        diff "$work/none.stderr" "$work/$mode.stderr" | head -5
        fail=1
      fi
    done
  done
  # The warm run did reuse what the cold one stored.
  if "$bin" -v --cache-dir "$cache" --root "$repo" list sops 2>&1 >/dev/null |
      grep -qE '^tatakerja: cache: ([1-9][0-9]*) of \1 files? reused'; then
    reused=$((reused + 1))
  fi
done
[ -d "$work/xdg" ] && { echo "FAIL: --cache-dir was not honoured: $work/xdg was made"; fail=1; }
# Every repository with documents and a valid tatakerja.yaml is reused
# (the others stop before reading files).
if [ "$reused" -lt $((n * 3 / 4)) ]; then
  echo "FAIL: only $reused of $n repositories were read from the cache"
  fail=1
fi
[ $fail -eq 0 ] && echo "ok: $n repositories x ${#commands[@]} commands identical uncached, cold and warm ($reused reused)"
exit $fail
