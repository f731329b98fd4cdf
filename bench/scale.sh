#!/usr/bin/env bash
# The scaling report: cold and warm validate, workload and render html on
# repositories of several sizes, each against the yaml-cpp floor measured in
# the same run, with peak memory.
#
#   bench/scale.sh [BUILD_DIR]            (default: build/ at the top)
#
# Environment: BENCH_SIZES (SOPs, default "1000 10000 30000"), BENCH_JOBS
# (threads, default nproc), BENCH_RUNS (default 3: best wall time, worst peak
# RSS), BENCH_SEED (default 1), BENCH_BUILD=0 (do not run cmake --build),
# BENCH_MEASURE=python (bench/measure.py instead of /usr/bin/time),
# BENCH_RESULTS (the Markdown report; default bench/RESULTS.md).
#
# Cold: a fresh, empty --cache-dir. Warm: a cache filled by an earlier run,
# then exactly one SOP file changed (its first step's activity edited anew
# before every warm run), as before a commit. Without --cache-dir in the
# binary, warm is not measured and is marked "no cache". The changed file is
# restored at the end. Times never make this script fail. See bench/README.md.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=scale.sh
. "$here/lib.sh"
bench_setup "${1:-$here/../build}"
read -r -a SIZES <<<"${BENCH_SIZES:-1000 10000 30000}"
RESULTS=${BENCH_RESULTS:-$here/RESULTS.md}
OUT=$CACHE/out
TABLE=$LOGS/scale.tsv
mkdir -p "$OUT" || bench_die "cannot write into $CACHE"
[[ -x $TATAKERJA ]] || bench_die "no tatakerja binary at $TATAKERJA"
CACHED=0
if bench_has_cache; then CACHED=1; fi

# One row a command: "name|arguments after the global options" (eval'd, with
# $OUT set). Global options (--root, -j, --cache-dir) go before them.
COMMANDS=(
  'validate|validate'
  'workload|workload'
  'render html|render --format html --out "$OUT/render"'
)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ------------------------------------------------------------------ the changed file
CHANGED=
restore_changed() {
  if [[ -n $CHANGED && -f $REPO.changed ]]; then cp "$REPO.changed" "$CHANGED"; fi
}
trap restore_changed EXIT

# Picks the SOP file that warm runs see changed; keeps its text beside the
# repository (so a run killed half-way is undone by the next one).
pick_changed() {
  CHANGED=$(find "$REPO/sops" -name '*.yaml' | LC_ALL=C sort | head -n1)
  [[ -n $CHANGED ]] || bench_die "no SOP file in $REPO/sops"
  if [[ -f $REPO.changed ]]; then cp "$REPO.changed" "$CHANGED"; else cp "$CHANGED" "$REPO.changed"; fi
}

EDITS=0
# A new edit of the first step's activity, unlike every earlier one.
edit_changed() {
  EDITS=$((EDITS + 1))
  sed "0,/^  - activity: /s/^\(  - activity: .*\)\$/\1 (revisi $EDITS)/" "$REPO.changed" >"$CHANGED"
  cmp -s "$REPO.changed" "$CHANGED" && bench_die "could not edit $CHANGED"
  return 0
}

# ------------------------------------------------------------------ measuring
# run_cmd KEY DIR ROW: one measured run of ROW; DIR is its --cache-dir ("" = none).
run_cmd() {
  local key=$1 dir=$2 row=$3 cache=()
  [[ -z $dir ]] || cache=(--cache-dir "$dir")
  eval "set -- ${row#*|}"
  measure_keep "$key" "$TATAKERJA" --root "$REPO" -j "$JOBS" "${cache[@]}" "$@"
}

measure_size() {
  local n=$1 run row name cold=$CACHE/scale-cold warm=$CACHE/scale-warm
  bench_repo "$n"
  pick_changed
  GEN[$n]=${GEN_SECONDS:--}
  if ((CACHED)); then
    rm -rf "$warm" && mkdir -p "$warm"
    "$TATAKERJA" --root "$REPO" -j "$JOBS" --cache-dir "$warm" validate >/dev/null 2>&1
  fi
  for ((run = 1; run <= RUNS; run++)); do
    bench_note "$n SOPs, run $run/$RUNS"
    measure_keep "$n floor" "$FLOOR" -j "$JOBS" "$REPO"
    for row in "${COMMANDS[@]}"; do
      name=${row%%|*}
      if ((CACHED)); then
        rm -rf "$cold" && mkdir -p "$cold"
        run_cmd "$n $name cold" "$cold" "$row"
        edit_changed
        run_cmd "$n $name warm" "$warm" "$row"
      else
        run_cmd "$n $name cold" "" "$row"
      fi
    done
  done
  rm -rf "$cold"
  restore_changed
  local floor_rss=${RSS[$n floor]}
  printf '%s\t%s\t%s\tfloor\t%s\t-\t%s\t%s\t%s\n' "$n" "$REPO_FILES" "$REPO_BYTES" \
    "${BEST[$n floor]}" "${BEST[$n floor]}" "$floor_rss" "${STATUS[$n floor]}" >>"$TABLE"
  for row in "${COMMANDS[@]}"; do
    name=${row%%|*}
    local warm_s=- rss=${RSS[$n $name cold]}
    if ((CACHED)); then
      warm_s=${BEST[$n $name warm]}
      ((rss > ${RSS[$n $name warm]})) || rss=${RSS[$n $name warm]}
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$REPO_FILES" "$REPO_BYTES" "$name" \
      "${BEST[$n $name cold]}" "$warm_s" "${BEST[$n floor]}" "$rss" "${STATUS[$n $name cold]}" >>"$TABLE"
  done
}

declare -A GEN
: >"$TABLE"
for n in "${SIZES[@]}"; do
  measure_size "$n"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ------------------------------------------------------------------ report
# report FORMAT (text or md): the tables, from $TABLE.
report() {
  awk -F'\t' -v fmt="$1" -v cached="$CACHED" '
    function row(a, b, c, d, e, f, g, h, i, j, k) {
      if (fmt == "md") printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", a, b, c, d, e, f, g, h, i, j, k
      else printf "%6s %6s %6s  %-11s %7s %7s %7s %7s %7s %6s  %s\n", a, b, c, d, e, f, g, h, i, j, k
    }
    function goal(ok) { return ok ? "met" : "MISSED" }
    {
      n = $1; cmd = $4; sizes[n] = 1; if (!(n in order)) { order[n] = ++count; byorder[count] = n }
      cold[n, cmd] = $5; warm[n, cmd] = $6; rss[n, cmd] = $8; cmds[cmd] = 1
      if (!(cmd in corder)) { corder[cmd] = ++ccount; cbyorder[ccount] = cmd }
      ratio_c = ($7 > 0) ? $5 / $7 : 0; ratio_w = ($7 > 0 && $6 != "-") ? $6 / $7 : -1
      mem = $8 * 1024 / $3
      goals = "memory " goal(mem <= 10)
      if (cmd == "validate") {
        goals = goals ", cold " goal(ratio_c <= 1.15)
        goals = goals ", warm " (ratio_w < 0 ? "n/a (no cache)" : goal(ratio_w <= 0.1))
      }
      if (cmd == "floor") goals = "-"
      lines[NR] = sprintf("%s\t%s\t%.1f\t%s\t%.3f\t%s\t%s\t%s\t%.1f\t%.2f\t%s", n, $2, $3 / 1e6, cmd, $5,
        $6 == "-" ? (cmd == "floor" ? "-" : "no cache") : sprintf("%.3f", $6),
        cmd == "floor" ? "1.00" : sprintf("%.2f", ratio_c),
        ratio_w < 0 ? "-" : sprintf("%.3f", ratio_w), $8 / 1024 * 1.048576, mem, goals)
    }
    END {
      if (fmt == "md") { print "| SOPs | files | MB | command | cold s | warm s | cold/floor | warm/floor | peak MB | peak/repo | goals |"
                         print "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |" }
      else row("SOPs", "files", "MB", "command", "cold s", "warm s", "c/floor", "w/floor", "peak MB", "×repo", "goals")
      for (i = 1; i <= NR; i++) { split(lines[i], f, "\t"); row(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11]) }
      print ""
      if (count < 2) { print "(one size only: no scaling ratio)"; exit }
      head = (fmt == "md") ? "| command | sizes | size × | cold time × | warm time × | peak × | linear (time × ≤ 3.2/3 of size ×) |" : ""
      if (fmt == "md") { print head; print "| --- | --- | ---: | ---: | ---: | ---: | --- |" }
      else printf "%-11s %13s %7s %11s %11s %7s  %s\n", "command", "sizes", "size ×", "cold time ×", "warm time ×", "peak ×", "linear (time × <= 3.2/3 of size ×)"
      for (c = 1; c <= ccount; c++) {
        cmd = cbyorder[c]
        for (i = 2; i <= count; i++) {
          a = byorder[i - 1]; b = byorder[i]; s = b / a; limit = s * 3.2 / 3
          tc = cold[b, cmd] / cold[a, cmd]
          tw = (warm[a, cmd] == "-") ? "-" : sprintf("%.2f", warm[b, cmd] / warm[a, cmd])
          ok = (tc <= limit) && (tw == "-" || tw + 0 <= limit)
          verdict = (cmd == "floor") ? "-" : goal(ok)
          pair = a "→" b
          if (fmt == "md") printf "| %s | %s | %.1f | %.2f | %s | %.2f | %s |\n", cmd, pair, s, tc, tw, rss[b, cmd] / rss[a, cmd], verdict
          else printf "%-11s %13s %7.1f %11.2f %11s %7.2f  %s\n", cmd, pair, s, tc, tw, rss[b, cmd] / rss[a, cmd], verdict
        }
      }
    }' "$TABLE"
}

cache_note() {
  if ((CACHED)); then
    echo "cold: a fresh empty --cache-dir; warm: the cache filled by an earlier run, one SOP file changed before each warm run"
  else
    echo "no cache: this binary has no --cache-dir, so warm runs were not measured"
  fi
}

machine() {
  local cxx type flags cores
  cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null)
  type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null)
  cores=$(nproc 2>/dev/null || echo "?")
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'), $cores cores available ($(grep -c '^processor' /proc/cpuinfo 2>/dev/null) online)"
  echo "- RAM: $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)"
  echo "- kernel: $(uname -srm)"
  echo "- compiler: $("${cxx:-c++}" --version 2>/dev/null | head -n1); build type ${type:-unknown}"
  echo "- tatakerja: $("$TATAKERJA" --version 2>/dev/null)"
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- threads: $JOBS; best wall time of $RUNS runs, worst peak RSS, by $METHOD"
  echo "- load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after"
  if awk -v l="${LOAD_BEFORE%% *}" -v c="$cores" 'BEGIN {exit !(l + 0 >= 0.5 * c)}'; then
    echo "- **the machine was shared** (load average ≥ half its cores before the run): times are noisy, up to 2× slow"
  fi
  local n
  for n in "${SIZES[@]}"; do
    if [[ ${GEN[$n]} != - ]]; then echo "- generating $n SOPs took ${GEN[$n]} s (gen.py)"; fi
  done
}

GOALS="goals: warm validate ≤ 0.1 × floor (at 10,000 SOPs); cold validate ≤ 1.15 × floor; \
time linear (30,000 ≤ 3.2 × 10,000); peak memory ≤ 10 × the repository's bytes"

echo
echo "load average before: $LOAD_BEFORE; after: $LOAD_AFTER"
cache_note
report text
echo "$GOALS"
{
  echo "# Scaling report"
  echo
  echo "Written by \`bench/scale.sh\` (see README.md and bench/README.md); wall times on a shared machine vary by about ±20%."
  echo
  echo "## Machine"
  echo
  machine
  echo
  echo "## Results"
  echo
  echo "$(cache_note)."
  echo "Times in seconds (best run); peak MB is the worst of the cold and warm runs."
  echo
  report md
  echo
  echo "${GOALS^}."
} >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
bench_note "wrote $RESULTS"
exit 0
