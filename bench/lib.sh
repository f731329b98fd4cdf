# Shared by bench/run.sh and bench/scale.sh (sourced, not run): finding the
# binaries, generating the repository, and timing one command. See
# bench/README.md. Callers set BENCH_NAME (for messages) and call bench_setup.

bench_die() { echo "bench/$BENCH_NAME: $*" >&2; exit 2; }
bench_note() { echo "bench/$BENCH_NAME: $*" >&2; }

# bench_setup BUILD_DIR: sets BUILD (absolute), CACHE, LOGS, TATAKERJA, FLOOR,
# METHOD, SEED, RUNS and JOBS; builds both targets when BUILD_DIR is a CMake
# build (unless BENCH_BUILD=0); compiles the floor by hand when there is none.
# XDG_CACHE_HOME points into CACHE, so that no run reads or fills the user's
# own tatakerja cache.
bench_setup() {
  BENCH_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  SEED=${BENCH_SEED:-1}
  RUNS=${BENCH_RUNS:-3}
  JOBS=${BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}
  [[ $RUNS =~ ^[1-9][0-9]*$ ]] || bench_die "BENCH_RUNS must be a positive number"
  [[ $JOBS =~ ^[1-9][0-9]*$ ]] || bench_die "BENCH_JOBS must be a positive number"
  mkdir -p "$1" || bench_die "cannot make $1"
  BUILD=$(cd "$1" && pwd)
  CACHE=$BUILD/bench-cache
  LOGS=$CACHE/logs
  mkdir -p "$LOGS" "$CACHE/xdg" || bench_die "cannot write into $CACHE"
  export XDG_CACHE_HOME=$CACHE/xdg
  TATAKERJA=$BUILD/tatakerja
  FLOOR=$BUILD/tatakerja-yaml-floor
  bench_build
  bench_pick_method
}

bench_build() {
  if [[ ${BENCH_BUILD:-1} != 0 && -f $BUILD/CMakeCache.txt ]]; then
    local target
    for target in tatakerja_yaml_floor tatakerja; do
      cmake --build "$BUILD" --target "$target" >"$LOGS/build-$target.log" 2>&1 ||
        bench_note "building $target failed (see $LOGS/build-$target.log); using what is there"
    done
  fi
  [[ -x $FLOOR || ! -x $BUILD/bench/tatakerja-yaml-floor ]] || FLOOR=$BUILD/bench/tatakerja-yaml-floor
  if [[ ! -x $FLOOR ]]; then
    # No CMake build of the floor: compile it by hand, as the README shows.
    FLOOR=$CACHE/tatakerja-yaml-floor
    if [[ ! -x $FLOOR || $BENCH_HERE/floor.cpp -nt $FLOOR ]]; then
      bench_note "compiling the floor by hand into $FLOOR"
      ${CXX:-c++} -O2 -std=c++20 "$BENCH_HERE/floor.cpp" -o "$FLOOR" -lyaml-cpp -pthread ||
        bench_die "cannot build the floor"
    fi
  fi
}

# Does the tatakerja binary have the content cache (`--cache-dir`)?
bench_has_cache() {
  [[ -x $TATAKERJA ]] && "$TATAKERJA" --help 2>/dev/null | grep -q -- '--cache-dir'
}

# bench_repo SOPS: sets REPO (generated into CACHE once, reused while SOPS,
# SEED and gen.py stay the same), REPO_FILES, REPO_BYTES and GEN_SECONDS
# (empty when the repository was reused).
bench_repo() {
  local sops=$1 stamp start
  [[ $sops =~ ^[1-9][0-9]*$ ]] || bench_die "SOPS must be a positive number, not '$sops'"
  REPO=$CACHE/sops-$sops-seed-$SEED
  GEN_SECONDS=
  stamp="gen.py $(sha256sum "$BENCH_HERE/gen.py" | cut -d' ' -f1) --sops $sops --seed $SEED"
  if [[ -f $REPO/tatakerja.yaml && -f $REPO.stamp && $(cat "$REPO.stamp") == "$stamp" ]]; then
    bench_note "reusing $REPO"
  else
    rm -f "$REPO.stamp"
    start=$(date +%s%N)
    python3 "$BENCH_HERE/gen.py" --sops "$sops" --seed "$SEED" --out "$REPO" --force >&2 ||
      bench_die "generating the repository failed"
    GEN_SECONDS=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN {printf "%.1f", (e - s) / 1e9}')
    bench_note "generated $sops SOPs in ${GEN_SECONDS}s"
    echo "$stamp" >"$REPO.stamp"
  fi
  read -r REPO_FILES REPO_BYTES < <(find "$REPO" -name '.*' -prune -o -type f \
    \( -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' | awk '{n++; s+=$1} END {print n+0, s+0}')
}

bench_pick_method() {
  if [[ ${BENCH_MEASURE:-} != python && -x /usr/bin/time ]] &&
    /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    METHOD="/usr/bin/time"
  else
    METHOD="bench/measure.py"
  fi
}

# measure NAME ARGS...: runs ARGS, prints "WALL_SECONDS RSS_KIB STATUS";
# the command's output goes to $LOGS/NAME.{out,err}.
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
    python3 "$BENCH_HERE/measure.py" --stdout "$out" --stderr "$err" -- "$@"
  fi
}

# Best wall time, worst peak RSS and the exit status of every KEY measured.
declare -A BEST RSS STATUS

# keep KEY WALL RSS_KIB STATUS: folds one run into BEST, RSS and STATUS.
keep() {
  local key=$1 wall=$2 rss=$3 status=$4
  if [[ -z ${BEST[$key]:-} ]] || awk -v a="$wall" -v b="${BEST[$key]}" 'BEGIN {exit !(a < b)}'; then
    BEST[$key]=$wall
  fi
  ((${RSS[$key]:-0} > rss)) || RSS[$key]=$rss
  if [[ -n ${STATUS[$key]:-} && ${STATUS[$key]} != "$status" && ${STATUS[$key]} != *" varies" ]]; then
    STATUS[$key]="${STATUS[$key]} varies"
  else
    [[ ${STATUS[$key]:-} == *" varies" ]] || STATUS[$key]=$status
  fi
}

# measure_keep KEY ARGS...: measure, fold into the tables, note the run.
measure_keep() {
  local key=$1 wall rss status; shift
  read -r wall rss status < <(measure "${key// /-}" "$@")
  keep "$key" "$wall" "$rss" "$status"
  bench_note "$key: ${wall}s, $((rss / 1024)) MiB, exit $status"
}
