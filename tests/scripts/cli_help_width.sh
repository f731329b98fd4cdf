#!/usr/bin/env bash
# `--help` fits the terminal: with COLUMNS=60 (the narrowest width help
# wraps at) and COLUMNS=100, no line of `tatakerja --help` or of any
# command's `--help` is wider than COLUMNS; COLUMNS above 120 wraps at 120,
# and a COLUMNS that is not a number falls back to the terminal, else 80.
# usage: cli_help_width.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
fail=0
export NO_COLOR=1 LC_ALL=C.UTF-8

commands=$(COLUMNS=80 "$bin" --help | sed -n '/^Subcommands:/,$p' |
  sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p')
[ -n "$commands" ] || { echo "FAIL: no commands in --help"; exit 1; }

# check_width COLUMNS LIMIT: every help text's longest line is <= LIMIT.
check_width() {
  local columns=$1 limit=$2 command widest
  for command in "" $commands; do
    # shellcheck disable=SC2086
    widest=$(COLUMNS=$columns "$bin" $command --help </dev/null | awk '{
      n = length($0); if (n > w) w = n } END { print w + 0 }')
    if [ "$widest" -gt "$limit" ]; then
      echo "FAIL: COLUMNS=$columns tatakerja $command --help has a line of $widest columns (limit $limit):"
      # shellcheck disable=SC2086
      COLUMNS=$columns "$bin" $command --help | awk -v l="$limit" 'length($0) > l'
      fail=1
    fi
  done
}
check_width 60 60
check_width 100 100
check_width 500 120
check_width 10 80   # below the minimum: wraps at 60
check_width wide 80

# Wrapping loses no word, and does wrap: the narrow text says the same
# words on more lines.
words() { tr -s ' ' '\n' | sort; }
narrow=$(COLUMNS=60 "$bin" validate --help)
wide=$(COLUMNS=120 "$bin" validate --help)
[ "$(printf '%s\n' "$narrow" | words)" = "$(printf '%s\n' "$wide" | words)" ] ||
  { echo "FAIL: validate --help says different words at 60 and 120 columns"; fail=1; }
[ "$(printf '%s\n' "$narrow" | wc -l)" -gt "$(printf '%s\n' "$wide" | wc -l)" ] ||
  { echo "FAIL: validate --help has no more lines at 60 columns than at 120"; fail=1; }

[ $fail -eq 0 ] && echo "ok: help fits 60, 100 and 120 columns"
exit $fail
