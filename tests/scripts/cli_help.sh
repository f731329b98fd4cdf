#!/usr/bin/env bash
# `--help` and `COMMAND --help` exit 0 and list exactly the options that
# the man pages describe: for every command that `tatakerja --help` lists,
# every option of man/tatakerja-COMMAND.1's OPTIONS is in `COMMAND --help`
# and the reverse, and likewise for the global options of man/tatakerja.1
# and `tatakerja --help`. Compared as sets, so that help wording can change
# without this test; a command added to the table is checked with no
# change here.
# usage: cli_help.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
fail=0
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8

# The option names of the lines that follow `.TP` in a man page section:
# "\-\-format", "\-q" -> --format, -q (one a line, sorted).
man_options() {
  awk -v section="$2" '
    $0 == ".SH " section { f = 1; next }
    /^\.SH/ { f = 0 }
    f && p { print }
    { p = ($0 == ".TP") }' "$1" |
    sed 's/\\-/-/g' | grep -oE '(^|[ "])--?[a-z][a-z-]*' | sed 's/^[ "]//' | sort -u
}

# The option names of a CLI11 help text's option lines ("  -q,--quiet ...").
help_options() {
  grep -E '^  -' | sed -E 's/^  ([^ ]*).*/\1/' | tr ',' '\n' | grep -E '^-' | sort -u
}

run_help() {
  local out status
  out=$("$bin" "$@" 2>/tmp/cli_help_err.$$)
  status=$?
  if [ $status -ne 0 ]; then
    echo "FAIL: tatakerja $* exited $status"
    cat /tmp/cli_help_err.$$
    fail=1
  fi
  if [ -s /tmp/cli_help_err.$$ ]; then
    echo "FAIL: tatakerja $* wrote to stderr:"
    cat /tmp/cli_help_err.$$
    fail=1
  fi
  rm -f /tmp/cli_help_err.$$
  printf '%s\n' "$out"
}

compare() {  # compare NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL: $1 differ (< man page, > --help):"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3")
    fail=1
  fi
}

# The global options.
global_help=$(run_help --help)
expected=$(man_options "$src/man/tatakerja.1" "GLOBAL OPTIONS")
compare "global options" "$expected" "$(printf '%s\n' "$global_help" | help_options)"

# The commands: the names in the Subcommands section (a description that
# wraps continues on lines indented further).
commands=$(printf '%s\n' "$global_help" | sed -n '/^Subcommands:/,$p' |
  sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p')
for command in validate workload; do
  printf '%s\n' "$commands" | grep -qx "$command" ||
    { echo "FAIL: --help does not list the $command command"; fail=1; }
done

# Each command: its man page's OPTIONS, plus -h/--help which every command
# has; and a usage line.
for command in $commands; do
  page="$src/man/tatakerja-$command.1"
  if [ ! -f "$page" ]; then
    echo "FAIL: $command has no man page ($page)"
    fail=1
    continue
  fi
  command_help=$(run_help "$command" --help)
  expected=$( (man_options "$page" OPTIONS; echo -h; echo --help) | sort -u)
  compare "$command's options" "$expected" "$(printf '%s\n' "$command_help" | help_options)"
  printf '%s\n' "$command_help" | grep -q "^Usage: tatakerja $command " ||
    { echo "FAIL: $command --help has no usage line"; fail=1; }
  grep -qF "tatakerja\\-$command (1)" "$src/man/tatakerja.1" ||
    { echo "FAIL: man/tatakerja.1 does not refer to tatakerja-$command(1)"; fail=1; }
done

# -h is --help.
short_help=$(run_help -h)
[ "$short_help" = "$global_help" ] || { echo "FAIL: -h and --help differ"; fail=1; }

[ $fail -eq 0 ] && echo "ok:" $commands
exit $fail
