#!/usr/bin/env bash
# The settings that change how a file is read are part of the cache's key:
# on a warm cache, changing workload.hours_per_day (a duration in days)
# changes the workload as it does without the cache. workload.periods does
# not change how a file is read (a volume keeps its own period, `2/week`),
# so the cache is kept, and the figures still follow the new periods.
# usage: cache_settings.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
. "$(dirname "$0")/cache_common.bash"

repo=$work/repo
mkdir -p "$repo"
cat >"$repo/tatakerja.yaml" <<'YAML'
organization: Kantor Uji
workload:
  hours_per_day: 5
YAML
cat >"$repo/jabatan.yaml" <<'YAML'
kind: Unit
id: tu
name: Tata Usaha
head: kepala
---
kind: Position
id: kepala
name: Kepala
unit: tu
staff: 1
duties:
  - id: rapat
    text: Memimpin rapat
    output: Notula
    unit_of_output: notula
    volume: 2/week
    standard_time: 1 hari
YAML
args=(--root "$repo" workload --format json --by duty)

# check NAME: warm and uncached agree, and differ from the previous figures.
previous=
check() {
  run "$work/warm" -v "${args[@]}"
  run "$work/expected" --no-cache "${args[@]}"
  same_as "$1" "$work/expected" "$work/warm"
  if [ -n "$previous" ] && cmp -s "$previous" "$work/expected"; then
    echo "FAIL: $1: the workload did not change"
    fail=1
  fi
  cp "$work/expected" "$work/previous.$1"
  previous=$work/previous.$1
}

run "$work/cold" "${args[@]}"
check "hours_per_day 5"
expect "reused before any change" "$(reused "$work/warm.err")" 1
sed -i 's/hours_per_day: 5/hours_per_day: 7/' "$repo/tatakerja.yaml"
check "hours_per_day 7"
expect "reused after hours_per_day changed" "$(reused "$work/warm.err")" 0
printf '  periods:\n    week: 48\n' >>"$repo/tatakerja.yaml"
check "week 48"
expect "reused after periods changed" "$(reused "$work/warm.err")" 1
# A setting that does not change how files are read keeps the cache.
printf '  effective_hours: 1200\n' >>"$repo/tatakerja.yaml"
check "effective_hours"
expect "reused after effective_hours changed" "$(reused "$work/warm.err")" 1

# The figures themselves: 1 hari = 7 h, 2/week × 48 weeks = 96 a year.
for figure in '"volume": 96,' '"standard_time_seconds": 25200,' '"hours": 672,'; do
  grep -qF "$figure" "$work/warm" || { echo "FAIL: the warm run lacks $figure"; fail=1; }
done
grep -qF '"standard_time_seconds": 18000,' "$work/previous.hours_per_day 5" ||
  { echo "FAIL: 1 hari was not 5 h at first"; fail=1; }
[ $fail -eq 0 ] && echo "ok: hours_per_day is part of the cache's key; periods change the figures"
exit $fail
