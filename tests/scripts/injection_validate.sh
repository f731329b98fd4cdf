#!/usr/bin/env bash
# Hostile text in validate's reports: a file whose name holds markup and
# controls, and findings whose messages quote user text (an id with a
# newline, `::error::` and `%0A` in it, an unknown key with ESC [2J, a
# vague word with a bidi override). Every format: json and sarif parse;
# junit is well-formed XML; github has exactly one workflow command a
# finding (no second annotation smuggled in by a line break or %0A) and the
# summary; text, with and without colour, writes no control from user text.
# usage: injection_validate.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2" --broken

tk 1 validate --format json --output "$work/v.json" --format sarif --output "$work/v.sarif" \
  --format junit --output "$work/v.junit" --format github --output "$work/v.github"
check json "$work/v.json" "$work/v.sarif"
check junit "$work/v.junit"
count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["diagnostics"]))' \
  "$work/v.json")
[ "$count" -ge 10 ] || { echo "FAIL: only $count findings from the broken fixture"; status=1; }
check github "$work/v.github" "$count"
# The quoted ids and keys reach the messages (escaped), so the test bites.
grep -q '::error::x%250A' "$work/v.github" || { echo "FAIL: no quoted id in github"; status=1; }

for color in never always; do
  tk 1 validate --color "$color"
  cp "$work/stdout" "$work/validate.$color"
  cp "$work/stderr" "$work/validate-err.$color"
  tk 1 validate --color "$color" --verbose --format text "$repo/sops"
  cp "$work/stdout" "$work/validate-path.$color"
done
check terminal "$work"/validate.* "$work"/validate-err.* "$work"/validate-path.*
grep -qF 'unknown key `<b>\x1b[2Jkey`' "$work/validate.never" || {
  echo "FAIL: the unknown key is not shown escaped"; status=1; }
exit $status
