#!/usr/bin/env bash
# The example repository is clean: `validate --root examples` exits 0 and
# reports 0 errors and 0 warnings, and leaves the folder as it was.
# usage: validate_examples.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
export NO_COLOR=1 LC_ALL=C.UTF-8
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$bin" validate --root "$src/examples" >"$work/stdout" 2>"$work/stderr"
status=$?
fail=0
[ $status -eq 0 ] || { echo "FAIL: validate --root examples exited $status"; fail=1; }
grep -q '^tatakerja: 0 errors, 0 warnings in [0-9]* files$' "$work/stderr" ||
  { echo "FAIL: the summary is not \"0 errors, 0 warnings\""; fail=1; }
[ -s "$work/stdout" ] && { echo "FAIL: the report is not empty"; fail=1; }
if [ $fail -ne 0 ]; then
  echo "--- stdout"; cat "$work/stdout"; echo "--- stderr"; cat "$work/stderr"
else
  cat "$work/stderr"
fi
exit $fail
