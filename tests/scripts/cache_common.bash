# Shared by the cache_*.sh tests (sourced; not a test itself): a scratch
# folder, a repository with findings in many files, and helpers.
bin=$(realpath "$bin")
src=$(realpath "$src")
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 XDG_CACHE_HOME=$work/xdg HOME=$work/home
fail=0

# examples/ with every bad-* CLI fixture beside it: files with and without
# findings, so cached diagnostics matter.
. "$src/tests/scripts/bad_fixtures.bash"
make_repo() {  # make_repo DIR
  mkdir -p "$1"
  (cd "$src/examples" && tar cf - .) | (cd "$1" && tar xf -)
  add_bad_fixtures "$1"
}

# Runs tatakerja, keeping stdout+status in OUT and stderr in OUT.err.
run() {  # run OUT ARGS...
  local out=$1
  shift
  "$bin" "$@" >"$out" 2>"$out.err"
  echo "status $?" >>"$out"
}

# The number of files reused, from -v's line ("" when there is none).
reused() {  # reused ERRFILE
  sed -nE 's/^tatakerja: cache: ([0-9]+) of [0-9]+ files? reused.*/\1/p' "$1"
}

files_read() {  # files_read ERRFILE
  sed -nE 's/^tatakerja: cache: [0-9]+ of ([0-9]+) files? reused.*/\1/p' "$1"
}

expect() {  # expect WHAT ACTUAL EXPECTED
  if [ "$2" != "$3" ]; then
    echo "FAIL: $1: got '$2', expected '$3'"
    fail=1
  fi
}

same_as() {  # same_as WHAT EXPECTED_FILE ACTUAL_FILE
  if ! cmp -s "$2" "$3"; then
    echo "FAIL: $1: output differs from the uncached run"
    diff "$2" "$3" | head -10
    fail=1
  fi
}
