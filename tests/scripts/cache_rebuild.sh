#!/usr/bin/env bash
# The cache is keyed on the build, not on the checkout (issue 11, item 1):
# a copy of the sources is built, fills a cache, gets one loader message
# changed (an uncommitted edit, as a developer makes), is rebuilt, and run
# again on the same cache: the new message must come out. An unchanged
# rebuild must keep the build id (nothing recompiled, the cache reused).
# Slow (one cold build of the tool), so labelled `slow`.
set -euo pipefail
bin=$1 src=$2
src=$(realpath "$src")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 HOME=$work/home

mkdir -p "$work/src"
(cd "$src" && tar cf - CMakeLists.txt cmake src include man) | (cd "$work/src" && tar xf -)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake "${generator[@]}" "${launcher[@]}" -S "$work/src" -B "$work/build" -DCMAKE_BUILD_TYPE=Debug \
  -DTATAKERJA_TESTS=OFF -DTATAKERJA_BENCH=OFF >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; exit 1; }
build() {
  cmake --build "$work/build" --target tatakerja -j "$(nproc)" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; exit 1; }
}
build
built=$work/build/tatakerja
repo=$src/tests/cli/cases/bad-numbers/repo
cache=$work/cache
fail=0

run() { "$built" validate --root "$repo" --cache-dir "$cache" -v 2>&1 || true; }

first=$(run)
grep -q '`-1` must not be negative' <<<"$first" || { echo "FAIL: first run: $first"; fail=1; }
again=$(run)
grep -q 'cache: 1 of 1 file reused' <<<"$again" || { echo "FAIL: the cache was not reused: $again"; fail=1; }

# An unchanged rebuild keeps the id: the cache is still used.
id_before=$(cat "$work/build/generated/build_id.cpp")
build
[ "$(cat "$work/build/generated/build_id.cpp")" = "$id_before" ] || { echo "FAIL: unchanged rebuild changed the id"; fail=1; }
grep -q 'cache: 1 of 1 file reused' <<<"$(run)" || { echo "FAIL: cache not reused after an unchanged rebuild"; fail=1; }

# Change the message, rebuild, same cache: the new message.
sed -i 's/must not be negative", quoted(text)/must not be below zero", quoted(text)/' \
  "$work/src/src/load/values_number.cpp"
grep -q 'must not be below zero' "$work/src/src/load/values_number.cpp" || { echo "FAIL: the edit did not apply"; exit 1; }
build
after=$(run)
if grep -q '`-1` must not be below zero' <<<"$after" && ! grep -q 'must not be negative' <<<"$after"; then
  echo "ok: the rebuilt tool shows its own message on the old cache"
else
  echo "FAIL: after the rebuild the old message came out of the cache:"
  echo "$after"
  fail=1
fi
grep -q 'cache: 0 of 1 file reused' <<<"$after" || { echo "FAIL: the old entry was reused: $after"; fail=1; }
exit $fail
