#!/usr/bin/env bash
# What validate says where a golden file cannot hold it, because the message
# names an absolute temporary path or needs a special file: no root found,
# a PATH outside the repository, the baseline written, an --output that
# cannot be written (nothing left behind), standard output that cannot be
# written, and colour left off when NO_COLOR is unset but stdout is a pipe.
# usage: validate_messages.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
export COLUMNS=80 LC_ALL=C.UTF-8 TZ=UTC
unset SOURCE_DATE_EPOCH GIT_DIR
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-messages.XXXXXX")
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
work=$(cd "$work" && pwd -P)
fail=0

# check NAME EXPECTED_STATUS EXPECTED_STDERR -- ARGS...: runs in $PWD.
check() {
  local name=$1 want_status=$2 want_err=$3
  shift 4
  NO_COLOR=1 "$bin" "$@" >"$work/stdout" 2>"$work/stderr"
  local status=$?
  if [ $status -ne "$want_status" ]; then
    echo "FAIL: $name: exit status $status, expected $want_status"
    fail=1
  fi
  if [ "$(cat "$work/stderr")" != "$want_err" ]; then
    echo "FAIL: $name: stderr differs"
    diff <(printf '%s\n' "$want_err") "$work/stderr"
    fail=1
  fi
}

mkdir -p "$work/repo/sops" "$work/empty" "$work/out"
printf 'organization: Kantor Uji\n' >"$work/repo/tatakerja.yaml"
printf 'kind: Unit\nid: luar\n' >"$work/outside.yaml"

# No root: no tatakerja.yaml here or above (if one of the folders above the
# temporary folder holds one, this check is meaningless: skip it).
cd "$work/empty"
if ! "$bin" validate >/dev/null 2>&1 && ! ls "$work"/../tatakerja.yaml >/dev/null 2>&1; then
  check "no root" 2 "tatakerja: error: no tatakerja.yaml found in $work/empty or any folder above it (use --root DIR, or run \`tatakerja init\` to make one)" -- validate
fi

# A PATH outside the repository, a file or a folder.
cd "$work/repo"
check "file outside" 2 "tatakerja: error: ../outside.yaml: outside the repository at $work/repo" -- validate --root . ../outside.yaml
check "folder outside" 2 "tatakerja: error: $work: outside the repository at $work/repo" -- --root ./ validate "$work"

# The baseline written, named as given.
check "write baseline" 0 "tatakerja: wrote 0 findings to the baseline $work/out/tatakerja.baseline" -- validate --write-baseline "$work/out/tatakerja.baseline"
grep -q '^findings: \[\]$' "$work/out/tatakerja.baseline" || { echo "FAIL: the empty baseline"; fail=1; }
rm -f "$work/out/tatakerja.baseline"

# An --output in a folder that does not exist: exit 2, and nothing written.
check "output folder missing" 2 "tatakerja: error: cannot write $work/out/missing/r.json: No such file or directory" -- validate --format json --output "$work/out/missing/r.json"
# An --output in a folder that cannot be written (root may write anywhere).
mkdir "$work/out/locked"
chmod 555 "$work/out/locked"
if [ "$(id -u)" -ne 0 ]; then
  check "output folder not writable" 2 "tatakerja: error: cannot write $work/out/locked/r.json: Permission denied" -- validate --format json --output "$work/out/locked/r.json"
fi
chmod 755 "$work/out/locked"
rmdir "$work/out/locked"
if [ -n "$(ls -A "$work/out")" ]; then
  echo "FAIL: a failed --output left files behind:"
  ls -lA "$work/out"
  fail=1
fi

# An --output over an existing file replaces it whole, with no temporary left.
printf 'old report\n' >"$work/out/r.txt"
check "output replaces" 0 "tatakerja: 0 errors, 0 warnings in 1 file" -- validate --output "$work/out/r.txt"
[ ! -s "$work/out/r.txt" ] || { echo "FAIL: the old report was not replaced"; fail=1; }
[ "$(ls -A "$work/out")" = r.txt ] || { echo "FAIL: --output left other files:"; ls -lA "$work/out"; fail=1; }

# Standard output that cannot be written: the report is lost, so exit 2.
if [ -w /dev/full ]; then
  printf 'kind: Unit\n' >"$work/repo/sops/bad.yaml"  # something to report
  NO_COLOR=1 "$bin" validate >/dev/full 2>"$work/stderr"
  status=$?
  [ $status -eq 2 ] || { echo "FAIL: a full stdout: exit status $status, expected 2"; fail=1; }
  grep -q '^tatakerja: error: cannot write the report to standard output$' "$work/stderr" ||
    { echo "FAIL: a full stdout: no error message"; cat "$work/stderr"; fail=1; }
  rm "$work/repo/sops/bad.yaml"
fi

# Colour: --color auto (the default) with NO_COLOR unset, on a pipe: none.
printf 'kind: Unit\n' >"$work/repo/sops/bad.yaml"
if env -u NO_COLOR TERM=xterm "$bin" validate 2>&1 | grep -q $'\e'; then
  echo "FAIL: colour on a pipe"
  fail=1
fi
# --color always overrides NO_COLOR.
if ! NO_COLOR=1 "$bin" --color always validate 2>/dev/null | grep -q $'\e\['; then
  echo "FAIL: no colour with --color always"
  fail=1
fi
rm "$work/repo/sops/bad.yaml"

[ $fail -eq 0 ] && echo "ok"
exit $fail
