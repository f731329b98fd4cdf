#!/usr/bin/env bash
# Times `tatakerja diff` between two commits of the generated repository
# that differ in 10 SOP files, against a cold `validate` of one of them
# (issue 17: diff <= 1.5 x cold validate; with a warm cache <= 0.2 x).
#
#   bench/diff.sh [BUILD_DIR] [SOPS]        (defaults: build/ at the top, 10000)
#
# Environment as bench/run.sh (BENCH_JOBS, BENCH_RUNS, BENCH_SEED,
# BENCH_BUILD). The generated repository is copied into a git repository
# (BUILD_DIR/bench-cache/diff-SOPS-seed-SEED/, made once): commit `a`, then
# ten SOP files with one step time changed each, commit `b`. Each run:
#   validate cold   validate of b (the working tree), an empty --cache-dir
#   diff cold       diff a b, an empty --cache-dir
#   diff warm       diff a b again, the cache the cold diff left
#   diff new head   diff a c, a copy of that cache (c: ten other SOP files
#                   changed after b), as a pull request's next push
# Prints the best wall time and the least CPU time (user + sys) of each, and
# each over cold validate's.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_NAME=diff.sh
. "$here/lib.sh"
bench_setup "${1:-$here/../build}"
SOPS=${2:-10000}
bench_repo "$SOPS"

GIT_REPO=$CACHE/diff-$SOPS-seed-$SEED
if [[ ! -d $GIT_REPO/.git ]]; then
  bench_note "making the git repository $GIT_REPO"
  rm -rf "$GIT_REPO"
  cp -a "$REPO" "$GIT_REPO" || bench_die "cannot copy $REPO"
  (
    cd "$GIT_REPO" &&
      git init -q && git add -A &&
      git -c user.name=bench -c user.email=bench@example.invalid commit -qm a && git tag a &&
      for f in $(git ls-files 'sops/*' | head -10); do
        sed -i '0,/^    time: /s/^    time: .*/    time: 7m/' "$f"
      done &&
      git -c user.name=bench -c user.email=bench@example.invalid commit -qam b && git tag b
  ) || bench_die "cannot make the git repository"
  [[ $(git -C "$GIT_REPO" diff --name-only a b | wc -l) -eq 10 ]] ||
    bench_die "a and b do not differ in 10 files"
fi
# c: ten other SOP files changed after b, for a head the cache has not seen.
if ! git -C "$GIT_REPO" rev-parse -q --verify c >/dev/null; then
  (
    cd "$GIT_REPO" && git checkout -q b &&
      for f in $(git ls-files 'sops/*' | tail -10); do
        sed -i '0,/^    time: /s/^    time: .*/    time: 9m/' "$f"
      done &&
      git -c user.name=bench -c user.email=bench@example.invalid commit -qam c && git tag c
  ) || bench_die "cannot make commit c"
fi
git -C "$GIT_REPO" checkout -q b

SCRATCH=$CACHE/diff-scratch
declare -A WALL CPU
measure() {  # measure NAME COMMAND...
  local name=$1 out=$LOGS/diff-$1.time
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >"$LOGS/diff-$name.out" 2>"$LOGS/diff-$name.err"
  read -r wall user sys mem <"$out"
  local cpu
  cpu=$(echo "$user + $sys" | bc)
  if [[ -z ${WALL[$name]:-} ]] || (($(echo "$wall < ${WALL[$name]}" | bc))); then WALL[$name]=$wall; fi
  if [[ -z ${CPU[$name]:-} ]] || (($(echo "$cpu < ${CPU[$name]}" | bc))); then CPU[$name]=$cpu; fi
}

for ((run = 1; run <= RUNS; run++)); do
  bench_note "run $run/$RUNS"
  rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
  measure "validate cold" "$TATAKERJA" --root "$GIT_REPO" -j "$JOBS" --cache-dir "$SCRATCH/v" validate
  measure "diff cold" "$TATAKERJA" --root "$GIT_REPO" -j "$JOBS" --cache-dir "$SCRATCH/d" diff a b
  measure "diff warm" "$TATAKERJA" --root "$GIT_REPO" -j "$JOBS" --cache-dir "$SCRATCH/d" diff a b
  # A pull request's next push: the base as before, a head never seen.
  cp -a "$SCRATCH/d" "$SCRATCH/n"
  measure "diff new head" "$TATAKERJA" --root "$GIT_REPO" -j "$JOBS" --cache-dir "$SCRATCH/n" diff a c
done

base_wall=${WALL["validate cold"]}
base_cpu=${CPU["validate cold"]}
printf '%-14s %8s %8s %8s %8s\n' command "wall s" "× wall" "CPU s" "× CPU"
for name in "validate cold" "diff cold" "diff warm" "diff new head"; do
  printf '%-14s %8s %8.2f %8s %8.2f\n' "$name" "${WALL[$name]}" \
    "$(echo "${WALL[$name]} / $base_wall" | bc -l)" "${CPU[$name]}" \
    "$(echo "${CPU[$name]} / $base_cpu" | bc -l)"
done
echo "goals: diff cold <= 1.5 x validate cold; diff warm <= 0.2 x"
