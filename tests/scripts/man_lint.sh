#!/usr/bin/env bash
# Every man page is lint-clean under mandoc, and every command in the
# command table has a page.
set -euo pipefail
bin=$1
src=$2
command -v mandoc >/dev/null || { echo "FAIL: mandoc is not installed (scripts/bootstrap test installs it)"; exit 1; }
out=$(mandoc -Tlint -W warning $(ls "$src"/man/*.[15] 2>/dev/null) 2>&1) || true
if [ -n "$out" ]; then echo "FAIL: mandoc -Tlint:"; echo "$out"; exit 1; fi
# The command names: lines of the Subcommands section indented by two
# spaces (a wrapped description continues on lines indented further).
for command in $(COLUMNS=80 "$bin" --help | sed -n '/^Subcommands:/,$p' |
  sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p'); do
  [ -f "$src/man/tatakerja-$command.1" ] || { echo "FAIL: no man page for $command"; exit 1; }
done
echo "man pages lint-clean"
