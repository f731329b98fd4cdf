#!/usr/bin/env bash
# Hostile text in every field (injection_repo.py) in every human-readable
# stream, with --color never and always: workload's table (each --by),
# list's tables, validate's report and render's messages on stderr, and the
# tool's errors that quote what the user typed (an SOP id, a kind, --out,
# --root, a PATH). No ESC, CSI, OSC, backspace, DEL, C1 or bidi control
# from user text is written raw, and no bare carriage return: they are shown
# as \xNN, whether or not the stream is a terminal.
# usage: injection_terminal.sh TATAKERJA SOURCE_DIR
. "$2/tests/scripts/injection_lib.bash" "$1" "$2"

esc=$'\x1b[31mred\x1b]0;title\x07\xc2\x9b\xe2\x80\xae\x08\x7f\r'
for color in never always; do
  n=0
  run() {  # run WANT ARGS...: keeps both streams as terminal.$color.N.{out,err}
    tk "$@" --color "$color"
    n=$((n + 1))
    cp "$work/stdout" "$work/terminal.$color.$n.out"
    cp "$work/stderr" "$work/terminal.$color.$n.err"
  }
  for by in position unit employee duty; do run 0 workload --by "$by"; done
  for kind in units positions duties sops employees; do run 0 list "$kind"; done
  run 0 validate --verbose
  run 0 render --format html --format markdown --out "$work/out$esc"
  run 2 graph "s_1$esc"
  run 2 list "units$esc"
  run 2 render --sop "s_1$esc" --out "$work/out2"
  run 2 validate "nothing$esc"
  run 2 --root "$work/none$esc" validate
  [ "$(ls "$work" | grep -c "^terminal\.$color\.")" -ge 30 ] || { echo "FAIL: streams missing"; status=1; }
  # The names reach the table at all (so the check has something to see).
  grep -qF 'F04 <script>' "$work/terminal.$color.1.out" || {
    echo "FAIL: the position's name is not in workload's table"; status=1; }
done
check terminal "$work"/terminal.never.* 
for f in "$work"/terminal.always.*; do mv "$f" "$f.always"; done
check terminal "$work"/terminal.always.*
exit $status
