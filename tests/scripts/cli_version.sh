#!/usr/bin/env bash
# `tatakerja --version` prints one line, "tatakerja VERSION" (and the git
# revision it was built from, when known), on stdout, and exits 0.
# usage: cli_version.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
out=$("$bin" --version 2>/tmp/cli_version_err.$$)
status=$?
err=$(cat /tmp/cli_version_err.$$)
rm -f /tmp/cli_version_err.$$
fail=0
[ $status -eq 0 ] || { echo "FAIL: --version exited $status"; fail=1; }
[ -z "$err" ] || { echo "FAIL: --version wrote to stderr: $err"; fail=1; }
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || { echo "FAIL: --version printed more than one line"; fail=1; }
if ! printf '%s\n' "$out" | grep -qE '^tatakerja [0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?( \(git [0-9a-f]+\))?$'; then
  echo "FAIL: unexpected --version output: $out"
  fail=1
fi
[ $fail -eq 0 ] && echo "ok: $out"
exit $fail
