#!/usr/bin/env bash
# Writes the repository a CLI case runs on into DEST (created): the shared
# fixture its `fixture` file names (tests/cli/fixtures/NAME), then the
# case's own repo/ over it (tests/cli/README.md).
# usage: case_repo.sh CASE_DIR DEST
set -eu
case_dir=$1
dest=$2
mkdir -p "$dest"
if [ -f "$case_dir/fixture" ]; then
  shared="$(cd "$(dirname "$0")" && pwd)/fixtures/$(cat "$case_dir/fixture")"
  [ -d "$shared" ] || { echo "no shared fixture $shared" >&2; exit 1; }
  cp -a "$shared/." "$dest/"
fi
if [ -d "$case_dir/repo" ]; then
  cp -a "$case_dir/repo/." "$dest/"
fi
