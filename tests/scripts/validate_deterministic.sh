#!/usr/bin/env bash
# The same files give byte-identical reports whatever the thread count, on
# a clean repository and on one full of errors (the CLI bad-input cases).
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1

# A repository holding every bad-input fixture at once.
mkdir "$work/bad"
printf 'organization: Kantor Uji\n' > "$work/bad/tatakerja.yaml"
. "$src/tests/scripts/bad_fixtures.bash"
add_bad_fixtures "$work/bad"
mkdir -p "$work/bad/examples-examples"
(cd "$src/examples" && tar cf - --exclude=./tatakerja.yaml .) | (cd "$work/bad/examples-examples" && tar xf -)

for repo in "$src/examples" "$work/bad"; do
  for format in text json sarif; do
    "$bin" validate --root "$repo" --format "$format" -j 1 > "$work/one" 2>&1 || true
    for jobs in 2 3 8; do
      "$bin" validate --root "$repo" --format "$format" -j "$jobs" > "$work/many" 2>&1 || true
      if ! cmp -s "$work/one" "$work/many"; then
        echo "FAIL: $repo --format $format differs between -j 1 and -j $jobs"
        diff "$work/one" "$work/many" | head -20
        exit 1
      fi
    done
  done
done
[ -s "$work/one" ] || { echo "FAIL: empty report"; exit 1; }
echo "deterministic: 2 repositories x 3 formats x 4 thread counts"
