#!/usr/bin/env bash
# render writes only inside --out, each file whole, and leaves no temporary
# file on any way out (handbook.md, "Guarantees"):
# - a read-only --out (as user nobody: root ignores modes), a read-only
#   parent of a missing --out, a read-only sub-folder: exit 2, a message
#   naming the folder, the folder as it was;
# - a symlink inside --out at the name of every file render writes (pages,
#   books, index pages, the manifest) pointing outside: replaced, never
#   followed; a symlinked sub-folder: refused; the outside untouched;
# - refused for errors, a bad option, Chromium failing, a full disk (a tiny
#   tmpfs) and `ulimit -f`: the right exit status, no temporary file, no
#   half-written file, the previous book intact.
# Killed renders (SIGKILL, SIGTERM, SIGINT) are render_kill.sh's.
# usage: safe_writes.sh TATAKERJA SOURCE_DIR
source "$(dirname "$0")/hostile_common.bash" "$@"

repo=$work/repo
cp -a "$src/examples" "$repo"
mkdir "$work/cwd"
temps() { find "$1" -name '*.tatakerja-tmp-*' 2>/dev/null | wc -l; }
split_render() {  # split_render OUT [ARGS]: html, markdown and json, split
  local out=$1
  shift
  run 120 "$work/cwd" -q render --root "$repo" --split --format html --format markdown \
    --format json --out "$out" "$@"
}

# ---- a book to start from
split_render "$work/book"
expect_status 0 "render"
[ "$(temps "$work/book")" = 0 ] || fail "a render that succeeded left temporary files"
nfiles=$(find "$work/book" -type f | wc -l)
[ "$nfiles" -gt 100 ] || fail "the split book has only $nfiles files"

# ---- read-only folders, as nobody
if require_nobody 2>/dev/null; then :; fi  # exits 77 only at the end, see below
ro_tested=
if [ -n "$nobody_tool" ] && as_nobody "$(nobody_bin)" --version >/dev/null 2>&1; then
  ro_tested=1
  nbin=$work/tatakerja
  chmod -R go+rX "$work"
  cp -a "$work/book" "$work/ro"
  chmod -R go+rX "$work/ro"
  chmod 755 "$work/ro"  # root's: nobody may read it, not write it
  nobody_render() {  # nobody_render OUT
    set +e
    (
      cd "$work/cwd" || exit 99
      as_nobody env XDG_CACHE_HOME="$work/nobody-cache" timeout -s KILL 120 \
        "$nbin" -q render --root "$repo" --split --format html --format markdown --format json --out "$1"
    ) >"$work/stdout" 2>"$work/stderr"
    status=$?
    set -e
  }
  for case in "$work/ro" "$work/ro/new" sub-folder; do
    if [ "$case" = sub-folder ]; then  # ro open to all, ro/sop not
      chmod 777 "$work/ro"
      case=$work/ro
      closed_sub=1
    fi
    before=$(snapshot "$work/ro")
    nobody_render "$case"
    expect_status 2 "render into $case"
    if [ -n "${closed_sub:-}" ]; then
      grep -qE "^tatakerja: error: cannot write $work/ro/sop/[a-z-]+\.html: Permission denied$" "$work/stderr" ||
        { cat "$work/stderr"; fail "render into a read-only sub-folder: no clear message"; }
    else
      expect_line "$work/stderr" "tatakerja: error: cannot write to $case: Permission denied" "render into $case"
    fi
    [ "$(snapshot "$work/ro")" = "$before" ] || fail "render into $case changed the folder"
    chmod 755 "$work/ro"
  done
  [ -z "$(ls -A "$work/cwd")" ] || fail "render wrote into the working folder"
fi

# ---- symlinks inside --out, at every name render writes
out=$work/links
mkdir -p "$out" "$work/outside/sop" "$work/outside/position"
(cd "$work/book" && find . -type f -printf '%P\n') >"$work/names"
while IFS= read -r name; do
  mkdir -p "$(dirname "$out/$name")"
  printf 'punya orang lain: %s\n' "$name" >"$work/outside/$name"
  ln -s "$work/outside/$name" "$out/$name"
done <"$work/names"
outside_before=$(snapshot "$work/outside")
split_render "$out"
expect_status 0 "render over symlinks"
[ "$(snapshot "$work/outside")" = "$outside_before" ] || fail "render wrote through a symlink"
[ -z "$(find "$out" -type l)" ] || fail "a symlink at a file's name was left in place"
diff -r "$work/book" "$out" >/dev/null || fail "the book over symlinks differs from the book"
# A symlinked sub-folder is refused before anything is written.
rm -rf "$out"
mkdir "$out"
ln -s "$work/outside/sop" "$out/sop"
split_render "$out"
expect_status 2 "render with a symlinked sub-folder"
expect_line "$work/stderr" "tatakerja: error: cannot write to $out/sop: it is a symbolic link, and tatakerja never writes through one" "a symlinked sub-folder"
[ "$(snapshot "$work/outside")" = "$outside_before" ] || fail "render wrote through a symlinked folder"
[ "$(ls -A "$out")" = sop ] || fail "render wrote something beside a symlinked folder"
# A manifest edited to name files outside, or behind a symlinked folder: the
# files are not removed.
rm -rf "$out"
cp -a "$work/book" "$out"
ln -s "$work/outside/position" "$out/elsewhere"
printf '../outside/sop/x.html\nelsewhere/x.html\n%s/outside/position/y.html\n' "$work" >>"$out/.tatakerja-manifest"
printf x >"$work/outside/sop/x.html"
printf x >"$work/outside/position/x.html"
printf y >"$work/outside/position/y.html"
outside_before=$(snapshot "$work/outside")
split_render "$out"
expect_status 0 "render with a manifest naming outside files"
[ "$(snapshot "$work/outside")" = "$outside_before" ] || fail "render removed files outside --out"

# ---- every other way out: no temporary file, the previous book intact
# check_intact OUT WHAT: the book is the first one, whole, and no temporary file is left
check_intact() {
  [ "$(temps "$1")" = 0 ] || { find "$1" -name '*tmp*'; fail "$2 left temporary files"; }
  diff -r "$work/book" "$1" >/dev/null || { diff -r "$work/book" "$1" | head; fail "$2 changed the book"; }
}
out=$work/again
cp -a "$work/book" "$out"

printf 'kind: Unit\nid: [rusak\n' >"$repo/rusak.yaml"   # an error: refused
split_render "$out"
expect_status 1 "render of a repository with errors"
check_intact "$out" "a refused render"
split_render "$work/never"
[ ! -e "$work/never" ] || fail "a refused render made its --out folder"
rm "$repo/rusak.yaml"

run 30 "$work/cwd" render --root "$repo" --format nope --out "$out"
expect_status 2 "render --format nope"
check_intact "$out" "a bad option"

printf '#!/bin/sh\necho "Chromium tidak bisa dijalankan" >&2\nexit 1\n' >"$work/chromium"
chmod +x "$work/chromium"
for formats in "--format pdf" "--format html --format pdf"; do
  # shellcheck disable=SC2086
  TATAKERJA_CHROMIUM=$work/chromium run 60 "$work/cwd" -q render --root "$repo" --split \
    $formats --format markdown --format json --out "$out"
  expect_status 2 "render $formats with a failing Chromium"
  [ ! -e "$out/handbook.pdf" ] || fail "a failed PDF was left in place"
  [ "$(temps "$out")" = 0 ] || fail "a failing Chromium left temporary files"
done
# The pages written before the PDF are the same bytes; the manifest now
# also names handbook.pdf, which the run might have written (by design: an
# interrupted run forgets no file).
diff -r -x .tatakerja-manifest "$work/book" "$out" || fail "a failing Chromium changed the book"
[ "$(grep -vx handbook.pdf "$out/.tatakerja-manifest")" = "$(cat "$work/book/.tatakerja-manifest")" ] ||
  fail "a failing Chromium left an unexpected manifest"

# A full disk: a tiny tmpfs, where mount works (root); else only ulimit -f.
full=$work/full
mkdir "$full"
if mount -t tmpfs -o size=256k tatakerja-test "$full" 2>/dev/null; then
  trap 'umount "$full" 2>/dev/null || true; cleanup' EXIT
  run 60 "$work/cwd" -q render --root "$repo" --format html --out "$full/out"
  expect_status 2 "render onto a full disk"
  expect_line "$work/stderr" "tatakerja: error: cannot write $full/out/handbook.html: No space left on device" "a full disk"
  [ "$(temps "$full")" = 0 ] || fail "a full disk left temporary files"
  [ ! -e "$full/out/handbook.html" ] || fail "a full disk left a half-written book"
  umount "$full"
  echo "full disk: tested on a 256 KB tmpfs"
elif [ -n "${CI:-}" ] && [ "$(id -u)" = 0 ]; then
  fail "cannot mount a tmpfs as root"
fi

# ulimit -f: SIGXFSZ must not kill the render mid-file.
cp -a "$work/book" "$work/small"
set +e
(cd "$work/cwd" && ulimit -f 100 && exec timeout -s KILL 60 "$bin" -q render --root "$repo" \
   --split --format html --format markdown --format json --out "$work/small") >"$work/stdout" 2>"$work/stderr"
status=$?
set -e
expect_status 2 "render past ulimit -f"
grep -qE "^tatakerja: error: cannot write $work/small/[a-z/.-]+: File too large$" "$work/stderr" ||
  { cat "$work/stderr"; fail "render past ulimit -f: no clear message"; }
check_intact "$work/small" "render past ulimit -f"

[ -z "$(ls -A "$work/cwd")" ] || fail "render wrote into the working folder"
if [ -z "$ro_tested" ]; then
  [ -z "${CI:-}" ] || fail "cannot run a command as user nobody (setpriv or runuser, as root)"
  echo "skip: read-only folders not tested (cannot run as nobody); the rest passed"
  exit 77
fi
echo "ok: safe writes"
