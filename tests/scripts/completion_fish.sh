#!/usr/bin/env bash
# `tatakerja completion fish` is a script that fish accepts (fish -n) and
# that completes what the command line parses, asked through fish's own
# `complete -C`: commands, options, option values, and every option of
# every `COMMAND --help`. Skipped (77) where fish is not installed, unless
# $CI is set (scripts/bootstrap test installs it).
# usage: completion_fish.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
fail=0
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
if ! command -v fish >/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: fish is not installed (scripts/bootstrap test installs it)"; exit 1; }
  echo "skipped: fish is not installed"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-completion.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

"$bin" completion fish >"$work/tatakerja.fish" || { echo "FAIL: completion fish exited $?"; exit 1; }
fish -n "$work/tatakerja.fish" || { echo "FAIL: fish -n rejects the script"; exit 1; }

# complete_words LINE: the candidates fish offers for LINE, one a line.
complete_words() {
  fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$work/tatakerja.fish" "$1" |
    cut -f1 | sort
}
expect() {  # expect LINE WORDS: the candidates, space-separated
  local actual
  actual=$(complete_words "$1" | tr '\n' ' ' | sed 's/ $//')
  [ "$actual" = "$2" ] || { echo "FAIL: '$1' offers '$actual', expected '$2'"; fail=1; }
}
expect "tatakerja val" "validate"
expect "tatakerja validate --fo" "--format"
expect "tatakerja validate --format " "github json junit sarif text"
expect "tatakerja --root /tmp workload --by " "duty employee position unit"
expect "tatakerja --color " "always auto never"
expect "tatakerja completion " "bash fish zsh"
# Positionals by what they take: files for `import FILE...`, folders for
# `init DIR`.
mkdir -p "$work/dir/sub" && touch "$work/dir/a.yaml"
cd "$work/dir"
expect "tatakerja import " "a.yaml sub/"
expect "tatakerja import a.yaml " "a.yaml sub/"
expect "tatakerja init " "sub/"
cd - >/dev/null

help_options() { grep -E '^  -' | sed -E 's/^  ([^ ]*).*/\1/' | tr ',' '\n' | grep -E '^-' | sort -u; }
commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p')
offered=$(complete_words "tatakerja ")
for command in $commands; do
  printf '%s\n' "$offered" | grep -qx "$command" || { echo "FAIL: '$command' is not offered"; fail=1; }
  long=$(complete_words "tatakerja $command --")
  short=$(complete_words "tatakerja $command -")
  missing=$(comm -23 <("$bin" "$command" --help | help_options) <(printf '%s\n' $long $short | sort -u))
  [ -z "$missing" ] || { echo "FAIL: tatakerja $command: not offered:" $missing; fail=1; }
done
missing=$(comm -23 <("$bin" --help | help_options) \
  <(printf '%s\n' $(complete_words "tatakerja --") $(complete_words "tatakerja -") | sort -u))
[ -z "$missing" ] || { echo "FAIL: tatakerja: not offered:" $missing; fail=1; }
[ $fail -eq 0 ] && echo "ok: fish completion of" $commands
exit $fail
