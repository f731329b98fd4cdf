#!/usr/bin/env bash
# `tatakerja init` makes a repository that validate passes with nothing to
# report (not even with -v), that workload computes and render renders; in a
# missing folder, an empty one and one holding only .git; and it refuses a
# folder with a file in it, writing nothing.
# usage: init_validate.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-init.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8 XDG_CACHE_HOME=$work/cache
fail=0
check() {  # check WHAT COMMAND...: the command must exit 0
  local what=$1
  shift
  if ! "$@" >"$work/stdout" 2>"$work/stderr"; then
    echo "FAIL: $what exited $?"
    cat "$work/stderr"
    fail=1
  fi
}

mkdir -p "$work/empty" "$work/git/.git"
for dir in "$work/new/kantor" "$work/empty" "$work/git"; do
  check "init $dir" "$bin" init "$dir"
  # --no-cache: -v would add the cache's line, which is not a finding.
  check "validate -v" "$bin" --root "$dir" -v --no-cache validate
  if [ -s "$work/stdout" ] || [ "$(cat "$work/stderr")" != "tatakerja: 0 errors, 0 warnings in 8 files" ]; then
    echo "FAIL: validate of $dir reports something:"
    cat "$work/stdout" "$work/stderr"
    fail=1
  fi
  check "workload" "$bin" --root "$dir" workload --by duty
  grep -q "Pengadministrasi Umum\|layanan-surat-keterangan" "$work/stdout" ||
    { echo "FAIL: workload of $dir:"; cat "$work/stdout"; fail=1; }
  check "render" "$bin" --root "$dir" render --format html --format markdown --out "$work/out"
  [ -s "$work/out/index.html" ] || [ -n "$(ls "$work/out"/*.html 2>/dev/null)" ] ||
    { echo "FAIL: render of $dir wrote no HTML:"; ls -la "$work/out"; fail=1; }
  rm -rf "$work/out"
done

mkdir "$work/full"
echo "catatan" >"$work/full/catatan.txt"
"$bin" init "$work/full" >"$work/stdout" 2>"$work/stderr"
status=$?
[ $status -eq 2 ] || { echo "FAIL: init into a folder with a file exited $status"; fail=1; }
[ "$(ls -A "$work/full")" = "catatan.txt" ] || { echo "FAIL: init wrote into a folder with a file"; fail=1; }
grep -q "is not empty" "$work/stderr" || { echo "FAIL: no message:"; cat "$work/stderr"; fail=1; }

[ $fail -eq 0 ] && echo "ok"
exit $fail
