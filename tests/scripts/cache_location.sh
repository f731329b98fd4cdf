#!/usr/bin/env bash
# Where the cache goes: $XDG_CACHE_HOME/tatakerja, else ~/.cache/tatakerja
# (a relative XDG_CACHE_HOME is ignored), --cache-dir DIR, nothing with
# --no-cache, never inside the repository, and a folder that cannot be
# written still gives the right result and exit status.
# usage: cache_location.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
. "$(dirname "$0")/cache_common.bash"

repo=$work/repo
make_repo "$repo"
cp -a "$repo" "$work/before"
args=(--root "$repo" validate --date 2025-06-01)
run "$work/expected" --no-cache "${args[@]}"
# -v shows infos too (examples/ has one): its runs compare with this.
run "$work/expected_v" -v --no-cache "${args[@]}"
cd "$work" || exit 2

packs() { find "$@" -name '*.pack' 2>/dev/null | wc -l; }

# --no-cache writes nothing anywhere.
run "$work/out" --no-cache "${args[@]}"
[ -e "$work/xdg" ] || [ -e "$work/home" ] && { echo "FAIL: --no-cache made a cache"; fail=1; }

# XDG_CACHE_HOME.
run "$work/out" "${args[@]}"
same_as "XDG_CACHE_HOME" "$work/expected" "$work/out"
expect "packs under XDG_CACHE_HOME/tatakerja/v1" "$(packs "$work/xdg/tatakerja/v1")" 1
expect "mode of the cache folder" "$(stat -c %a "$work/xdg/tatakerja/v1")" 700
expect "mode of the pack" "$(stat -c %a "$work"/xdg/tatakerja/v1/*.pack)" 600

# HOME, when XDG_CACHE_HOME is unset or relative.
mkdir -p "$work/home"
XDG_CACHE_HOME= run "$work/out" "${args[@]}"
expect "packs under ~/.cache/tatakerja/v1 (XDG_CACHE_HOME empty)" "$(packs "$work/home/.cache/tatakerja/v1")" 1
rm -rf "$work/home/.cache"
XDG_CACHE_HOME=relative run "$work/out" "${args[@]}"
expect "packs under ~/.cache/tatakerja/v1 (XDG_CACHE_HOME relative)" "$(packs "$work/home/.cache/tatakerja/v1")" 1
[ -e "$work/relative" ] && { echo "FAIL: a relative XDG_CACHE_HOME was used"; fail=1; }
same_as "HOME" "$work/expected" "$work/out"

# Neither: no cache, same result.
env -u HOME -u XDG_CACHE_HOME "$bin" "${args[@]}" >"$work/out" 2>"$work/out.err"
echo "status $?" >>"$work/out"
same_as "no HOME" "$work/expected" "$work/out"

# --cache-dir wins over XDG_CACHE_HOME.
rm -rf "$work/xdg"
run "$work/out" -v --cache-dir "$work/chosen" "${args[@]}"
same_as "--cache-dir" "$work/expected_v" "$work/out"
expect "packs under --cache-dir" "$(packs "$work/chosen/v1")" 1
[ -e "$work/xdg" ] && { echo "FAIL: XDG_CACHE_HOME used despite --cache-dir"; fail=1; }
grep -q "(.*chosen)" "$work/out.err" || { echo "FAIL: -v does not name the folder: $(cat "$work/out.err")"; fail=1; }

# Inside the repository: refused, with --cache-dir or XDG_CACHE_HOME, even
# through a symbolic link.
ln -s "$repo/sops" "$work/link"
for inside in "$repo/.cache" "$repo/sops/cache" "$work/link/cache" "$repo"; do
  run "$work/out" -v --cache-dir "$inside" "${args[@]}"
  same_as "--cache-dir $inside" "$work/expected_v" "$work/out"
  grep -q "inside the repository" "$work/out.err" || { echo "FAIL: $inside: not refused"; fail=1; }
done
XDG_CACHE_HOME=$repo/.xdg run "$work/out" "${args[@]}"
same_as "XDG_CACHE_HOME inside" "$work/expected" "$work/out"
rm -f "$work/link"

# A cache folder that cannot be written: the result and exit status are
# the same, nothing is said without -v.
printf 'not a folder\n' >"$work/file"
run "$work/out" --cache-dir "$work/file/cache" "${args[@]}"
same_as "a file in the cache path" "$work/expected" "$work/out"
same_as "a file in the cache path (stderr)" "$work/expected.err" "$work/out.err"
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$work/readonly" && chmod 0500 "$work/readonly"
  run "$work/out" --cache-dir "$work/readonly/cache" "${args[@]}"
  same_as "a read-only cache folder" "$work/expected" "$work/out"
fi
# An empty --cache-dir is a usage error, not the current folder.
"$bin" --cache-dir "" "${args[@]}" >/dev/null 2>"$work/out.err"
expect "exit status of --cache-dir ''" "$?" 2
grep -q 'cache-dir' "$work/out.err" || { echo "FAIL: --cache-dir '': $(cat "$work/out.err")"; fail=1; }
[ -e "$work/v1" ] && { echo "FAIL: --cache-dir '' wrote into the current folder"; fail=1; }

# The repository is untouched.
if ! diff -r --no-dereference "$work/before" "$repo" >/dev/null; then
  echo "FAIL: the repository changed:"
  diff -r --no-dereference "$work/before" "$repo" | head
  fail=1
fi
[ $fail -eq 0 ] && echo "ok: the cache is where it should be, and only there"
exit $fail
