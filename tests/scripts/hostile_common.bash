# Shared by the hostile-input and safe-write script tests (hostile_*.sh,
# safe_writes.sh); sourced, not run, so it has no .sh name of its own and
# CTest does not take it for a test.
#
# After `source hostile_common.bash BIN SRCDIR`:
#   $bin $src        the binary and the source folder, absolute
#   $work            a scratch folder (mktemp), removed on exit
#   run SECS DIR ARGS...   runs the binary in DIR (which must be empty or a
#                    repository) under `timeout SECS` and, outside a
#                    sanitizer build, `ulimit -v` ($limit_kb); leaves
#                    $work/stdout, $work/stderr, $status and $seconds
#   as_nobody CMD... runs CMD as user nobody (root ignores file modes)
#   snapshot DIR     prints every entry of DIR with its type, mode, size and
#                    checksum: equal snapshots, byte-for-byte the same tree
#   expect_status N WHAT, expect_line FILE LINE WHAT, fail MESSAGE
set -euo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-hostile.XXXXXX")
bg_pids=()
extra_dirs=()  # scratch folders outside $work, removed on exit too
cleanup() {
  for p in "${bg_pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  chmod -R u+rwX "$work" 2>/dev/null || true
  rm -rf "$work" "${extra_dirs[@]}"
}
trap cleanup EXIT
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 HOME="$work/home"
# Another module keeps a content cache: it goes to the scratch folder, and is
# the one place a run may write to.
export XDG_CACHE_HOME="$work/cache"
unset SOURCE_DATE_EPOCH GIT_DIR
mkdir -p "$HOME"

# A run may take this much virtual memory: a normal run stays far below it
# (the 50 MB file peaks at about 210 MB resident), a runaway hits it. An
# AddressSanitizer build reserves terabytes of shadow memory and cannot run
# under any `ulimit -v`, so there only the time is bounded.
limit_kb=$((2 * 1024 * 1024))
sanitized=
if [ -n "${TATAKERJA_SANITIZED:-}" ] || grep -aq __asan_init "$bin"; then sanitized=1; fi

fail() {
  echo "FAIL: $*"
  exit 1
}

run() {
  local secs=$1 dir=$2
  shift 2
  local start end
  [ -z "$sanitized" ] || secs=$((secs * 3))  # sanitizers make a run 2-3 times slower
  start=$(date +%s%N)
  set +e
  (
    cd "$dir" || exit 99
    [ -n "$sanitized" ] || ulimit -v "$limit_kb"
    exec timeout -s KILL "$secs" "$bin" "$@"
  ) >"$work/stdout" 2>"$work/stderr"
  status=$?
  set -e
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  if [ "$status" = 137 ]; then
    fail "\`tatakerja $*\` did not finish in ${secs} s (or ran out of memory)"
  fi
  if [ "$status" -ge 128 ] || grep -q 'AddressSanitizer\|runtime error:' "$work/stderr"; then
    sed -n 1,20p "$work/stderr"
    fail "\`tatakerja $*\` crashed (status $status)"
  fi
}

expect_status() {
  [ "$status" = "$1" ] || {
    sed -n 1,20p "$work/stderr"
    fail "$2: exit status $status, expected $1"
  }
}

expect_line() {
  grep -qxF -- "$2" "$1" || {
    echo "--- $(basename "$1"):"
    sed -n 1,20p "$1"
    fail "$3: no line \`$2\`"
  }
}

snapshot() {
  (cd "$1" && find . -printf '%y %m %s %p -> %l\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0r cat | sha256sum)
}

# Runs a command as nobody: setpriv (util-linux) or runuser. Prints nothing
# and returns 1 when neither works here (not root, or no such tool).
nobody_tool=
for candidate in "setpriv --reuid=65534 --regid=65534 --clear-groups" "runuser -u nobody --"; do
  # shellcheck disable=SC2086
  if [ "$(id -u)" = 0 ] && $candidate true 2>/dev/null; then
    nobody_tool=$candidate
    break
  fi
done
as_nobody() {
  [ -n "$nobody_tool" ] || return 1
  # shellcheck disable=SC2086
  $nobody_tool "$@"
}

# The binary, where nobody can run it (the build folder may be closed to
# others): copied into the scratch folder, opened to all.
nobody_bin() {
  chmod 755 "$work"
  cp "$bin" "$work/tatakerja"
  chmod 755 "$work/tatakerja"
  mkdir -p "$work/nobody-cache"
  chmod 777 "$work/nobody-cache"
  echo "$work/tatakerja"
}

# Skips the test (exit 77) when nobody cannot run the binary, unless on CI.
require_nobody() {
  if [ -z "$nobody_tool" ] || ! as_nobody "$(nobody_bin)" --version >/dev/null 2>&1; then
    if [ -n "${CI:-}" ]; then fail "cannot run a command as user nobody (setpriv or runuser, as root)"; fi
    echo "skip: cannot run a command as user nobody here"
    exit 77
  fi
}

# A repository of one valid unit, to build on.
new_repo() {
  mkdir -p "$1"
  printf 'organization: Kantor Uji\n' >"$1/tatakerja.yaml"
}
