#!/usr/bin/env bash
# `tatakerja completion zsh` is a script that zsh accepts (zsh -n), that
# registers itself with compinit when sourced or found on $fpath, that
# completes what the command line parses (driven for real: an interactive
# zsh in a pseudo-terminal, zsh/zpty, with a widget that records the
# matches), and that names every command of `tatakerja --help` and every
# option of every `COMMAND --help`. Skipped (77) where zsh is not
# installed, unless $CI is set.
# usage: completion_zsh.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
fail=0
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
if ! command -v zsh >/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: zsh is not installed (scripts/bootstrap test installs it)"; exit 1; }
  echo "skipped: zsh is not installed"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-completion.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bin" completion zsh >"$work/_tatakerja" || { echo "FAIL: completion zsh exited $?"; exit 1; }
zsh -n "$work/_tatakerja" || { echo "FAIL: zsh -n rejects the script"; exit 1; }
head -1 "$work/_tatakerja" | grep -qx '#compdef tatakerja' || { echo "FAIL: no #compdef line"; fail=1; }

# Sourced after compinit, it registers _tatakerja for tatakerja; found on
# $fpath by compinit, likewise.
registered=$(HOME=$work zsh -f -c 'autoload -U compinit && compinit -u -d "$1/zcompdump" &&
  source "$1/_tatakerja" && print -r -- $_comps[tatakerja]' _ "$work")
[ "$registered" = _tatakerja ] || { echo "FAIL: sourcing did not register _tatakerja ($registered)"; fail=1; }
registered=$(HOME=$work zsh -f -c 'fpath=("$1" $fpath); autoload -U compinit &&
  compinit -u -d "$1/zcompdump2" && print -r -- $_comps[tatakerja]' _ "$work")
[ "$registered" = _tatakerja ] || { echo "FAIL: compinit did not find _tatakerja on \$fpath ($registered)"; fail=1; }

# zsh_matches LINE: the matches zsh offers when TAB is pressed after
# LINE, sorted, on one line.
cat >"$work/drive.zsh" <<'DRIVE'
zmodload zsh/zpty
work=$1 line=$2
zpty z zsh -f -i
zpty -w z "PS1=''; fpath=($work \$fpath); autoload -U compinit; compinit -u -d $work/zcompdump3"
zpty -w z "record() { compadd() { local -a m; builtin compadd -O m \"\$@\"; print -rl -- 'M:'\${^m} >>$work/matches; builtin compadd \"\$@\"; }; zle list-all; unfunction compadd; print done >>$work/done; }"
zpty -w z "zle -C list-all complete-word _main_complete; zle -N record; bindkey '^T' record"
rm -f $work/matches $work/done
zpty -w -n z "$line"$'\x14'
for i in {1..100}; do [[ -e $work/done ]] && break; sleep 0.1; done
zpty -d z
[[ -e $work/matches ]] && grep '^M:' $work/matches | cut -c3- | sort -u
DRIVE
zsh_matches() { HOME=$work timeout 30 zsh -f "$work/drive.zsh" "$work" "$1" | tr '\n' ' ' | sed 's/ $//'; }
expect() {  # expect LINE WORDS
  local actual
  actual=$(zsh_matches "$1")
  [ "$actual" = "$2" ] || { echo "FAIL: zsh: '$1' offers '$actual', expected '$2'"; fail=1; }
}
expect "tatakerja val" "validate"
expect "tatakerja validate --fo" "--format"
expect "tatakerja validate --format=" "github json junit sarif text"
expect "tatakerja -j 2 --color never workload --by " "duty employee position unit"
expect "tatakerja completion " "bash fish zsh"
expect "tatakerja validate --strict --rule x --fo" "--format"

# Every command in the command list, every option in its command's block.
help_options() { grep -E '^  -' | sed -E 's/^  ([^ ]*).*/\1/' | tr ',' '\n' | grep -E '^-' | sort -u; }
commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p')
script=$(cat "$work/_tatakerja")
offered=$(zsh_matches "tatakerja " | tr ' ' '\n')
for command in $commands; do
  printf '%s\n' "$offered" | grep -qx "$command" || { echo "FAIL: zsh does not offer $command"; fail=1; }
  missing=$(comm -23 <("$bin" "$command" --help | help_options) \
    <(zsh_matches "tatakerja $command -" | tr ' ' '\n' | sort -u))
  [ -z "$missing" ] || { echo "FAIL: zsh: tatakerja $command: not offered:" $missing; fail=1; }
  grep -q "^        '$command:" "$work/_tatakerja" || { echo "FAIL: $command is not in the command list"; fail=1; }
  block=$(printf '%s\n' "$script" | sed -n "/^        $command)\$/,/^          ;;\$/p")
  for option in $("$bin" "$command" --help | help_options); do
    printf '%s\n' "$block" | grep -qE -- "(^|[{',*)])$option([]=+,}[']|\$)" ||
      { echo "FAIL: $command's $option is not completed"; fail=1; }
  done
done
for option in $("$bin" --help | help_options); do
  grep -qE -- "(^|[{',*)])$option([]=+,}[']|\$)" "$work/_tatakerja" ||
    { echo "FAIL: global $option is not completed"; fail=1; }
done
[ $fail -eq 0 ] && echo "ok: zsh completion of" $commands
exit $fail
