#!/usr/bin/env bash
# Runs one command-line test case: tests/cli/README.md says what a case is.
# usage: run_case.sh TATAKERJA CASE_DIR     (UPDATE_GOLDEN=1 rewrites the golden files)
set -u
bin=$1
case_dir=$2
name=$(basename "$case_dir")
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-cli.XXXXXX")
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT

# The fixture is copied, so the test sees no git repository above it and can
# check that the tree is left byte-for-byte untouched: the shared fixture
# that `fixture` names (tests/cli/fixtures/NAME), then the case's own repo/
# over it.
bash "$(dirname "$0")/case_repo.sh" "$case_dir" "$work/repo" || exit 1
mkdir "$work/out"
if [ -x "$case_dir/setup" ]; then
  (cd "$work/repo" && "$case_dir/setup") || { echo "setup failed"; exit 1; }
fi
cp -a "$work/repo" "$work/before"

cmd=$(cat "$case_dir/cmd")
cmd=${cmd//\$OUT/$work/out}
(
  cd "$work/repo/${CWD:-}" || exit 99
  export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8 HOME="$work" XDG_CACHE_HOME="$work/cache"
  unset GIT_DIR SOURCE_DATE_EPOCH
  eval "set -- $cmd"
  timeout 60 "$bin" "$@" >"$work/stdout" 2>"$work/stderr"
  echo $? >"$work/status"
)

status=0
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/stdout" "$case_dir/stdout"
  cp "$work/stderr" "$case_dir/stderr"
  cp "$work/status" "$case_dir/status"
  if [ -n "$(ls -A "$work/out")" ]; then rm -rf "$case_dir/out"; cp -a "$work/out" "$case_dir/out"; fi
  echo "updated $name"
fi
for f in stdout stderr status; do
  if ! diff -u --label "expected $f" --label "actual $f" "$case_dir/$f" "$work/$f"; then
    status=1
  fi
done
if [ -d "$case_dir/out" ] || [ -n "$(ls -A "$work/out")" ]; then
  diff -ru "$case_dir/out" "$work/out" || status=1
fi
# Nothing the user wrote is ever modified, and nothing is left behind.
chmod -R u+rX "$work/before" "$work/repo" 2>/dev/null
if ! diff -r --no-dereference "$work/before" "$work/repo" >/dev/null 2>&1; then
  echo "the command changed the repository:"
  diff -r --no-dereference "$work/before" "$work/repo"
  status=1
fi
exit $status
