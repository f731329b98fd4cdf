#!/usr/bin/env bash
# Runs a test command with a content cache of its own, empty at the start
# and removed at the end, so that no test can pass on what an earlier run
# (or an older binary) stored. Its exit status is the command's.
set -u
XDG_CACHE_HOME=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-test-cache.XXXXXX") || exit 2
export XDG_CACHE_HOME
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
"$@"
