#!/usr/bin/env bash
# diff and render --changes through the content cache (issue 17): a blob
# the cache knows is not read from git, a revision's findings come back from
# the cache only for the same tree, rules, and date, and the output is
# byte for byte the output of an uncached run. render --changes adds the
# revision's entries to the working tree's pack instead of replacing them.
set -u
bin=$1
src=$2
. "$src/tests/scripts/cache_common.bash"
repo=$work/repo
mkdir -p "$repo"
(cd "$repo" && bash "$src/tests/cli/diff-fixture/make_history.sh") || { echo "FAIL: history"; exit 1; }
cd "$repo" || exit 1
files=$(git ls-files 'employees/*' 'positions/*' 'sops/*' 'units/*' | wc -l)

# diff ARGS... with the cache at $work/c, against the same without a cache.
both_ways() {  # both_ways NAME ARGS...
  local name=$1
  shift
  run "$work/$name.plain" --no-cache diff "$@"
  run "$work/$name.cold" --cache-dir "$work/c" -v diff "$@"
  run "$work/$name.warm" --cache-dir "$work/c" -v diff "$@"
  same_as "$name, cold" "$work/$name.plain" "$work/$name.cold"
  same_as "$name, warm" "$work/$name.plain" "$work/$name.warm"
}

both_ways history v0 v6
# Warm, every document of both revisions comes from the cache by its blob id.
expect "v0 v6 warm: not read" \
  "$(sed -nE 's/.*, ([0-9]+) unchanged and not read.*/\1/p' "$work/history.warm.err")" \
  "$(($(git ls-tree -r --name-only v0 | grep -c '\.yaml$') - 1 + $(git ls-tree -r --name-only v6 | grep -c '\.yaml$') - 1))"
expect "v0 v6 cold: not read" "$(grep -c 'not read' "$work/history.cold.err")" 0

# The findings kept for v0 and v5 are not those of other rules or dates.
both_ways rules v0 v5 --rule step-time-missing=off
both_ways review v0 v5 --rule sop-review-due=warning --date 2025-01-01
both_ways review-later v0 v5 --rule sop-review-due=warning --date 2030-06-01
if cmp -s "$work/review.plain" "$work/review-later.plain"; then
  echo "FAIL: --date changes nothing: the test no longer covers the memo's date"
  fail=1
fi
both_ways default-date v0 v5 --rule sop-review-due=warning
# A pair already seen, in the other order, and the working tree.
both_ways reversed v6 v0
both_ways working v2

# render --changes: the revision through the cache, the working tree's
# entries kept (validate after it reuses every file).
run "$work/render.plain" --no-cache render --format markdown --changes v0 --out "$work/r-plain"
run "$work/validate.first" --cache-dir "$work/w" -v validate
run "$work/render.cold" --cache-dir "$work/w" -v render --format markdown --changes v0 --out "$work/r-cold"
run "$work/render.warm" --cache-dir "$work/w" -v render --format markdown --changes v0 --out "$work/r-warm"
for kind in cold warm; do
  if ! diff -r "$work/r-plain" "$work/r-$kind" >/dev/null; then
    echo "FAIL: render --changes ($kind cache) differs from the uncached run"
    diff -r "$work/r-plain" "$work/r-$kind" | head -10
    fail=1
  fi
done
run "$work/validate.after" --cache-dir "$work/w" -v validate
expect "validate after render --changes: files reused" "$(reused "$work/validate.after.err")" "$files"
# The cache opens with B's reading settings (its tatakerja.yaml, read from
# git before the listing): with another hours_per_day than the working
# tree's, a warm diff of v7 still reads nothing.
sed -i 's/^  hours_per_day: 5 /  hours_per_day: 6 /' tatakerja.yaml
git add -A && git -c user.name=t -c user.email=t@example.invalid commit -qm "hours_per_day 6" &&
  git tag v7
sed -i 's/^  hours_per_day: 6 /  hours_per_day: 5 /' tatakerja.yaml
both_ways hours v7 v7
expect "v7 v7 warm: not read" \
  "$(sed -nE 's/.*, ([0-9]+) unchanged and not read.*/\1/p' "$work/hours.warm.err")" \
  "$((2 * ($(git ls-tree -r --name-only v7 | grep -c '\.yaml$') - 1)))"
[ $fail -eq 0 ] && echo "ok: diff and render --changes give the same bytes with a cold and a warm cache"
exit $fail
