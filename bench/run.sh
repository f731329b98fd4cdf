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
top=$(cd "$here/.." && pwd)
BUILD=${1:-$top/build}
SOPS=${2:-10000}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-3}
JOBS=${BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}

die() { echo "bench/run.sh: $*" >&2; exit 2; }
note() { echo "bench/run.sh: $*" >&2; }

[[ $SOPS =~ ^[1-9][0-9]*$ ]] || die "SOPS must be a positive number, not '$SOPS'"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number"
mkdir -p "$BUILD" || die "cannot make $BUILD"
BUILD=$(cd "$BUILD" && pwd)
CACHE=$BUILD/bench-cache
REPO=$CACHE/sops-$SOPS-seed-$SEED
OUT=$CACHE/out
LOGS=$CACHE/logs
mkdir -p "$OUT" "$LOGS" || die "cannot write into $CACHE"

# ------------------------------------------------------------------ commands
# One row a command: "name|command line". The command line is eval'd with
# $TATAKERJA, $FLOOR, $REPO, $JOBS and $OUT (a scratch folder) set. The first
# row is the floor that the others are compared to. Add rows here.
COMMANDS=(
  'floor|"$FLOOR" -j "$JOBS" "$REPO"'
  'validate|"$TATAKERJA" validate --root "$REPO" -j "$JOBS"'
  'workload|"$TATAKERJA" workload --root "$REPO" -j "$JOBS"'
  'render html|"$TATAKERJA" render --format html --root "$REPO" -j "$JOBS" --out "$OUT/render"'
)

# ------------------------------------------------------------------ binaries
TATAKERJA=$BUILD/tatakerja
FLOOR=$BUILD/tatakerja-yaml-floor

if [[ ${BENCH_BUILD:-1} != 0 && -f $BUILD/CMakeCache.txt ]]; then
  for target in tatakerja_yaml_floor tatakerja; do
    cmake --build "$BUILD" --target "$target" >"$LOGS/build-$target.log" 2>&1 ||
      note "building $target failed (see $LOGS/build-$target.log); using what is there"
  done
fi
[[ -x $FLOOR || ! -x $BUILD/bench/tatakerja-yaml-floor ]] || FLOOR=$BUILD/bench/tatakerja-yaml-floor
if [[ ! -x $FLOOR ]]; then
  # No CMake build of the floor: compile it by hand, as the README shows.
  FLOOR=$CACHE/tatakerja-yaml-floor
  if [[ ! -x $FLOOR || $here/floor.cpp -nt $FLOOR ]]; then
    note "compiling the floor by hand into $FLOOR"
    ${CXX:-c++} -O2 -std=c++20 "$here/floor.cpp" -o "$FLOOR" -lyaml-cpp -pthread ||
      die "cannot build the floor"
  fi
fi

# ------------------------------------------------------------------ repository
stamp="gen.py $(sha256sum "$here/gen.py" | cut -d' ' -f1) --sops $SOPS --seed $SEED"
if [[ -f $REPO/tatakerja.yaml && -f $REPO.stamp && $(cat "$REPO.stamp") == "$stamp" ]]; then
  note "reusing $REPO"
else
  rm -f "$REPO.stamp"
  python3 "$here/gen.py" --sops "$SOPS" --seed "$SEED" --out "$REPO" --force >&2 ||
    die "generating the repository failed"
  echo "$stamp" >"$REPO.stamp"
fi
read -r REPO_FILES REPO_BYTES < <(find "$REPO" -name '.*' -prune -o -type f \
  \( -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' | awk '{n++; s+=$1} END {print n+0, s+0}')

# ------------------------------------------------------------------ measuring
if [[ ${BENCH_MEASURE:-} != python && -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
  METHOD="/usr/bin/time"
else
  METHOD="bench/measure.py"
fi

# measure NAME ARGS...: prints "WALL RSS_KIB STATUS"; output goes to $LOGS/NAME.{out,err}
measure() {
  local name=$1; shift
  local out=$LOGS/$name.out err=$LOGS/$name.err
  if [[ $METHOD == /usr/bin/time ]]; then
    local tf=$LOGS/$name.time start end status
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tf" "$@" >"$out" 2>"$err"
    status=$?
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v st="$status" -v rss="$(tail -n1 "$tf")" \
      'BEGIN {printf "%.3f %d %d\n", (e - s) / 1e9, rss, st}'
  else
    python3 "$here/measure.py" --stdout "$out" --stderr "$err" -- "$@"
  fi
}

declare -A BEST RSS STATUS SKIP
names=()
for row in "${COMMANDS[@]}"; do
  name=${row%%|*}
  names+=("$name")
  eval "set -- ${row#*|}"
  if [[ ! -x $1 ]]; then
    SKIP[$name]="missing: $1"
    note "skipping '$name': $1 is not there (not built yet?)"
  fi
done

for ((run = 1; run <= RUNS; run++)); do
  for row in "${COMMANDS[@]}"; do
    name=${row%%|*}
    [[ -z ${SKIP[$name]:-} ]] || continue
    eval "set -- ${row#*|}"
    read -r wall rss status < <(measure "${name// /-}" "$@")
    note "run $run/$RUNS: $name: ${wall}s, $((rss / 1024)) MiB, exit $status"
    if [[ -z ${BEST[$name]:-} ]] || awk -v a="$wall" -v b="${BEST[$name]}" 'BEGIN {exit !(a < b)}'; then
      BEST[$name]=$wall
    fi
    ((${RSS[$name]:-0} > rss)) || RSS[$name]=$rss
    if [[ -n ${STATUS[$name]:-} && ${STATUS[$name]} != "$status" && ${STATUS[$name]} != *" varies" ]]; then
      STATUS[$name]="${STATUS[$name]} varies"
    else
      [[ ${STATUS[$name]:-} == *" varies" ]] || STATUS[$name]=$status
    fi
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
