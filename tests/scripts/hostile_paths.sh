#!/usr/bin/env bash
# Hostile file names: spaces, quotes, a newline, a tab, a backslash, a
# leading dash and non-ASCII letters, and ids (and file names) that differ
# only in letter case. Every report must name each file unambiguously and
# keep one finding on one line: the text and github formats quote a path
# that holds a control character, a backslash or a leading `"` as git does
# ("baris\nbaru.yaml"), the github `file=` property carries a newline as
# GitHub's %0A (so the annotation finds the file), JSON and SARIF escape it
# their own way. Nothing is written, and a PATH with such a name works.
# usage: hostile_paths.sh TATAKERJA SOURCE_DIR
source "$(dirname "$0")/hostile_common.bash" "$@"

repo=$work/repo
new_repo "$repo"
broken() {  # broken ID FILE: a unit whose name never closes its `[`, line 3 column 7
  mkdir -p "$(dirname "$repo/$2")"
  printf 'kind: Unit\nid: %s\nname: [rusak\n' "$1" >"$repo/$2"
}
broken sekretariat "Sekretariat Dinas/SOP \"izin\" 'ku'.yaml"
broken baris $'baris\nbaru.yaml'
broken miring 'miring\balik.yaml'
broken strip '-strip.yaml'
broken aksen 'ñ/ü/é.yaml'
broken kutip '"kutip.yaml'
broken tab $'tab\there.yaml'
printf 'kind: Unit\nid: TU\nname: Tata Usaha Lama\n' >"$repo/Unit.yaml"
printf 'kind: Unit\nid: tu\nname: Tata Usaha\n' >"$repo/unit.yaml"
before=$(snapshot "$repo")
mkdir "$work/cwd"

check_report() {  # check_report FORMAT: the lines of $work/stdout that say where, exactly
  if ! diff -u "$work/expected" "$work/actual"; then
    fail "validate --format $1 names the files wrongly"
  fi
  [ "$(snapshot "$repo")" = "$before" ] || fail "validate --format $1 changed the repository"
  [ -z "$(ls -A "$work/cwd")" ] || fail "validate --format $1 wrote into the working folder"
}
never='this `[` is never closed: add `]` where the list ends'
collision='`tu` differs from Unit `TU` only in letter case: ids are case-sensitive, so these name two documents'

run 30 "$work/cwd" validate --root "$repo"
expect_status 1 "validate"
expect_line "$work/stderr" "tatakerja: 7 errors, 1 warning in 10 files" "validate"
grep -v '^ ' "$work/stdout" >"$work/actual"
cat >"$work/expected" <<TEXT
"\\"kutip.yaml":3:7: error: $never [yaml-syntax]
-strip.yaml:3:7: error: $never [yaml-syntax]
Sekretariat Dinas/SOP "izin" 'ku'.yaml:3:7: error: $never [yaml-syntax]
"baris\\nbaru.yaml":3:7: error: $never [yaml-syntax]
"miring\\\\balik.yaml":3:7: error: $never [yaml-syntax]
"tab\\there.yaml":3:7: error: $never [yaml-syntax]
unit.yaml:2:5: warning: $collision [id-case-collision]
ñ/ü/é.yaml:3:7: error: $never [yaml-syntax]
TEXT
check_report text

run 30 "$work/cwd" validate --root "$repo" --format github
expect_status 1 "validate --format github"
grep '^::' "$work/stdout" >"$work/actual"
cat >"$work/expected" <<TEXT
::error file="kutip.yaml,line=3,col=7,title=yaml-syntax::"\\"kutip.yaml":3: $never
::error file=-strip.yaml,line=3,col=7,title=yaml-syntax::-strip.yaml:3: $never
::error file=Sekretariat Dinas/SOP "izin" 'ku'.yaml,line=3,col=7,title=yaml-syntax::Sekretariat Dinas/SOP "izin" 'ku'.yaml:3: $never
::error file=baris%0Abaru.yaml,line=3,col=7,title=yaml-syntax::"baris\\nbaru.yaml":3: $never
::error file=miring\\balik.yaml,line=3,col=7,title=yaml-syntax::"miring\\\\balik.yaml":3: $never
::error file=tab	here.yaml,line=3,col=7,title=yaml-syntax::"tab\\there.yaml":3: $never
::warning file=unit.yaml,line=2,col=5,title=id-case-collision::unit.yaml:2: $collision
::error file=ñ/ü/é.yaml,line=3,col=7,title=yaml-syntax::ñ/ü/é.yaml:3: $never
TEXT
check_report github

run 30 "$work/cwd" validate --root "$repo" --format json
expect_status 1 "validate --format json"
grep '"file"' "$work/stdout" | sed 's/^ *//' >"$work/actual"
cat >"$work/expected" <<'TEXT'
"file": "\"kutip.yaml",
"file": "-strip.yaml",
"file": "Sekretariat Dinas/SOP \"izin\" 'ku'.yaml",
"file": "baris\nbaru.yaml",
"file": "miring\\balik.yaml",
"file": "tab\there.yaml",
"file": "unit.yaml",
"file": "ñ/ü/é.yaml",
TEXT
check_report json
if command -v python3 >/dev/null; then
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/stdout" ||
    fail "validate --format json is not JSON"
fi

run 30 "$work/cwd" validate --root "$repo" --format sarif
expect_status 1 "validate --format sarif"
grep '"uri"' "$work/stdout" | sed 's/^ *//' >"$work/actual"
cat >"$work/expected" <<'TEXT'
"uri": "%22kutip.yaml",
"uri": "-strip.yaml",
"uri": "Sekretariat%20Dinas/SOP%20%22izin%22%20'ku'.yaml",
"uri": "baris%0Abaru.yaml",
"uri": "miring%5Cbalik.yaml",
"uri": "tab%09here.yaml",
"uri": "unit.yaml",
"uri": "%C3%B1/%C3%BC/%C3%A9.yaml",
TEXT
check_report sarif

run 30 "$work/cwd" validate --root "$repo" --format junit
expect_status 1 "validate --format junit"
grep -o '<testcase classname="tatakerja" name="[^"]*"' "$work/stdout" |
  sed 's/^<testcase classname="tatakerja" //' >"$work/actual"
cat >"$work/expected" <<'TEXT'
name="tatakerja.yaml"
name="&quot;kutip.yaml"
name="-strip.yaml"
name="Sekretariat Dinas/SOP &quot;izin&quot; &apos;ku&apos;.yaml"
name="Unit.yaml"
name="baris&#10;baru.yaml"
name="miring\balik.yaml"
name="tab&#9;here.yaml"
name="unit.yaml"
name="ñ/ü/é.yaml"
TEXT
check_report junit

# Such names as PATH arguments (after `--` for the leading dash).
for path in -strip.yaml $'baris\nbaru.yaml' 'ñ/ü' "Sekretariat Dinas"; do
  run 30 "$repo" validate -- "$path"
  expect_status 1 "validate -- $path"
  expect_line "$work/stderr" "tatakerja: 1 error, 0 warnings in 1 file" "validate -- $path"
done
[ "$(snapshot "$repo")" = "$before" ] || fail "validate PATH changed the repository"
echo "ok: hostile paths, in text, github, json, sarif and junit"
