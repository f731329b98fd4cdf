#!/usr/bin/env bash
# Times tatakerja against the yaml-cpp floor on a generated repository.
#
#   bench/run.sh [BUILD_DIR] [SOPS]        (defaults: build/ at the top, 10000)
#
# Environment: BENCH_JOBS (threads, default nproc), BENCH_RUNS (default 3, the
# best is kept), BENCH_SEED (default 1), BENCH_BUILD=0 (do not run cmake --build),
# BENCH_MEASURE=python (use bench/measure.py even where /usr/bin/time exists).
#
# Generates the repository once into BUILD_DIR/bench-cache/ (kept while the
# arguments and bench/gen.py stay the same), then runs every command in
# COMMANDS below BENCH_RUNS times, round-robin, on the same number of threads,
# and prints wall time (best run), peak RSS (worst run) and exit status.
# A command that exits non-zero (validate exits 1 when it finds errors) is
# still timed; its exit status is shown. Times never make this script fail: it
# exits non-zero only when it cannot run at all. See bench/README.md.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=run.sh
. "$here/lib.sh"
bench_setup "${1:-$here/../build}"
SOPS=${2:-10000}
OUT=$CACHE/out
mkdir -p "$OUT" || bench_die "cannot write into $CACHE"
# Cold runs: with the content cache (when the binary has one), a second run
# would skip parsing; bench/scale.sh measures that case.
NOCACHE=
if bench_has_cache; then NOCACHE=--no-cache; fi

# ------------------------------------------------------------------ commands
# One row a command: "name|command line". The command line is eval'd with
# $TATAKERJA, $FLOOR, $REPO, $JOBS, $NOCACHE and $OUT (a scratch folder) set.
# The first row is the floor that the others are compared to. Add rows here.
COMMANDS=(
  'floor|"$FLOOR" -j "$JOBS" "$REPO"'
  'validate|"$TATAKERJA" validate --root "$REPO" -j "$JOBS" $NOCACHE'
  'workload|"$TATAKERJA" workload --root "$REPO" -j "$JOBS" $NOCACHE'
  'render html|"$TATAKERJA" render --format html --root "$REPO" -j "$JOBS" $NOCACHE --out "$OUT/render"'
)

bench_repo "$SOPS"

# ------------------------------------------------------------------ measuring
declare -A SKIP
names=()
for row in "${COMMANDS[@]}"; do
  name=${row%%|*}
  names+=("$name")
  eval "set -- ${row#*|}"
  if [[ ! -x $1 ]]; then
    SKIP[$name]="missing: $1"
    bench_note "skipping '$name': $1 is not there (not built yet?)"
  fi
done

for ((run = 1; run <= RUNS; run++)); do
  bench_note "run $run/$RUNS"
  for row in "${COMMANDS[@]}"; do
    name=${row%%|*}
    [[ -z ${SKIP[$name]:-} ]] || continue
    eval "set -- ${row#*|}"
    measure_keep "$name" "$@"
  done
done

# ------------------------------------------------------------------ report
floor=${BEST[${names[0]}]:-}
echo
echo "repository  $REPO"
awk -v f="$REPO_FILES" -v b="$REPO_BYTES" -v n="$SOPS" -v s="$SEED" \
  'BEGIN {printf "            %d SOPs (seed %d): %d files, %d bytes (%.1f MB)\n", n, s, f, b, b / 1e6}'
echo "threads     $JOBS; best of $RUNS runs; peak RSS by $METHOD; logs in $LOGS"
echo
echo "command          seconds   × floor   peak MB    × repo  exit"
for name in "${names[@]}"; do
  if [[ -n ${SKIP[$name]:-} ]]; then
    printf '%-14s %9s %9s %9s %9s  %s\n' "$name" - - - - "${SKIP[$name]}"
    continue
  fi
  awk -v n="$name" -v t="${BEST[$name]}" -v f="$floor" -v r="${RSS[$name]}" \
    -v b="$REPO_BYTES" -v st="${STATUS[$name]}" 'BEGIN {
      ratio = (f > 0) ? sprintf("%.2f", t / f) : "-"
      printf "%-14s %9.3f %9s %9.1f %9.2f  %s\n", n, t, ratio, r * 1024 / 1e6, r * 1024 / b, st
    }'
done
echo
echo "goals: validate <= 1.15 x floor; peak memory <= 10 x repository bytes;"
echo "       linear growth (compare: bench/run.sh BUILD 5000, 10000, 20000)"
for name in "${names[@]:1}"; do
  err=$LOGS/${name// /-}.err
  if [[ -z ${SKIP[$name]:-} && -s $err ]]; then
    echo "$name, last stderr line: $(tail -n1 "$err")"
  fi
done
exit 0
