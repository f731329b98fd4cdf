#!/usr/bin/env bash
# The RULES section of tatakerja-validate(1) lists exactly the rules of the
# catalogue, in its order, each with its default severity, as
# `tatakerja explain --format json` prints them.
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" explain --format json | python3 -c '
import json, sys
for rule in json.load(sys.stdin):
    print(rule["id"], rule["severity"])
' >"$work/catalogue"
# ".BR yaml\-syntax " (error)"" lines of the RULES section, up to the next .SH
sed -n '/^\.SH RULES/,/^\.SH [^R]/p' "$src/man/tatakerja-validate.1" |
  sed -nE 's/^\.BR ([a-z\\-]+) " \(([a-z]+)\)"$/\1 \2/p' | sed 's/\\-/-/g' >"$work/man"
if ! diff -u "$work/catalogue" "$work/man" >"$work/diff"; then
  echo "FAIL: man/tatakerja-validate.1 RULES differs from tatakerja explain (- catalogue, + man page):"
  cat "$work/diff"
  exit 1
fi
echo "ok: $(wc -l <"$work/catalogue") rules, the man page agrees with the catalogue"
