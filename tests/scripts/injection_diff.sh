#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) through `tatakerja diff`,
# whose Markdown a CI recipe posts as a pull-request comment: a revision
# holding only tatakerja.yaml against the working tree, so every document
# is new and shown whole. The JSON parses; text with --color never and
# always writes no user control raw; the Markdown keeps every table row's
# column count and starts no block, its only HTML being the tool's own
# marker, <details>, <summary> and <code>; and, where cmark-gfm is
# installed, the rendered comment has no script, event attribute or
# javascript: link.
# usage: injection_diff.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2"

command -v git >/dev/null || { echo "skipped: git is not installed"; exit 77; }
git -C "$repo" init -q
git -C "$repo" add tatakerja.yaml
git -C "$repo" -c user.name=t -c user.email=t@example.invalid commit -qm config
git -C "$repo" tag a

tk 0 diff a --format markdown
cp "$work/stdout" "$work/diff.md"
tk 0 diff a --format json
cp "$work/stdout" "$work/diff.json"
for color in never always; do
  tk 0 diff a --color "$color"
  cp "$work/stdout" "$work/diff.$color.out"
  cp "$work/stderr" "$work/diff.$color.err"
done
# The hostile names reach the outputs at all.
grep -qF 'F04' "$work/diff.md" || { echo "FAIL: no hostile field in the Markdown"; status=1; }

check json "$work/diff.json"
check terminal "$work/diff.never.out" "$work/diff.never.err"
mv "$work/diff.always.out" "$work/diff.always.out.always"
mv "$work/diff.always.err" "$work/diff.always.err.always"
check terminal "$work/diff.always.out.always" "$work/diff.always.err.always"
# The tool's own tags, which user text can never spell (its < is escaped),
# taken out before the Markdown checks; a <summary> line is an HTML block,
# where Markdown is not read: cmark-gfm checks it, below, as HTML.
head -n 1 "$work/diff.md" | grep -qx '<!-- tatakerja-diff -->' || {
  echo "FAIL: the Markdown does not start with its marker"; status=1; }
grep -c '^<details><summary>' "$work/diff.md" | grep -qvx 0 || {
  echo "FAIL: no <details> in the Markdown"; status=1; }
grep '^<details><summary>' "$work/diff.md" | grep -v '</summary>$' && {
  echo "FAIL: a <summary> line broken by user text"; status=1; }
tail -n +2 "$work/diff.md" | grep -v '^<details><summary>' |
  sed -e 's#</details>##g' -e 's#<code>##g' -e 's#</code>##g' >"$work/diff-body.md"
check markdown "$work/diff-body.md"
if command -v cmark-gfm >/dev/null; then
  tail -n +2 "$work/diff.md" >"$work/diff-comment.md"  # the marker: the tool's own comment
  check cmark "$work/diff-comment.md"
else
  echo "note: cmark-gfm is not installed; the Markdown was not rendered"
fi
exit $status
