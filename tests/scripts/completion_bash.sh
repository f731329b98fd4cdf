#!/usr/bin/env bash
# `tatakerja completion bash` is a script that bash accepts and that
# completes what the command line parses: it is sourced in a plain
# (non-interactive) bash, and its function is driven as readline would,
# through COMP_WORDS and COMP_CWORD. Every command of `tatakerja --help`
# and every option of each `COMMAND --help` must be offered.
# usage: completion_bash.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
fail=0
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-completion.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bin" completion bash >"$work/tatakerja.bash" || { echo "FAIL: completion bash exited $?"; exit 1; }
bash -n "$work/tatakerja.bash" || { echo "FAIL: bash -n rejects the script"; exit 1; }

commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | sed -nE 's/^  ([a-z][a-z0-9-]*)( .*)?$/\1/p')
mkdir "$work/dir" "$work/dir/sub" && touch "$work/dir/a.yaml" "$work/dir/sub/b.yaml"

# Everything below runs in one bash that has sourced the script, so that
# `complete` and the function are defined; each `t` prints one result.
cat >"$work/drive.bash" <<'DRIVE'
source "$1"
cd "$2"
t() {  # t WORD... : the completions of the last word, sorted, on one line
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _tatakerja tatakerja "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
  echo
}
complete -p tatakerja
t tatakerja val
t tatakerja validate --fo
t tatakerja validate --format ''
t tatakerja validate --format j
t tatakerja validate --format = s
t tatakerja --root dir validate --format g
t tatakerja -j 2 --color never wor
t tatakerja --color ''
t tatakerja --root d
t tatakerja validate dir/
t tatakerja render --out dir/
t tatakerja import dir/
t tatakerja import dir/a.yaml dir/
t tatakerja init dir/
t tatakerja workload --by ''
t tatakerja completion ''
t tatakerja ''
DRIVE
out=$(bash --norc --noprofile "$work/drive.bash" "$work/tatakerja.bash" "$work" 2>&1)
expected="complete -F _tatakerja tatakerja
validate
--format
github json junit sarif text
json junit
sarif
github
workload
always auto never
dir
dir/a.yaml dir/sub
dir/sub
dir/a.yaml dir/sub
dir/a.yaml dir/sub
dir/sub
duty employee position unit
bash fish zsh
$(printf '%s\n' $commands | sort | tr '\n' ' ' | sed 's/ $//')"
if [ "$out" != "$expected" ]; then
  echo "FAIL: completions differ (< expected, > actual):"
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$out")
  fail=1
fi

# Every option of every command's --help is offered after `COMMAND -`, and
# every global option after `tatakerja -`.
help_options() { grep -E '^  -' | sed -E 's/^  ([^ ]*).*/\1/' | tr ',' '\n' | grep -E '^-' | sort -u; }
check_options() {  # check_options LABEL SKIP HELP_ARGS... -- WORDS...
  local label=$1 skip=$2 offered missing
  shift 2
  local help=()
  while [ "$1" != -- ]; do help+=("$1"); shift; done
  shift
  offered=$(bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
    _tatakerja; printf "%s\n" "${COMPREPLY[@]}"' _ "$work/tatakerja.bash" "$@" | sort -u)
  missing=$(comm -23 <("$bin" "${help[@]}" --help | help_options | grep -vxE -e "$skip") \
    <(printf '%s\n' "$offered"))
  if [ -n "$missing" ]; then
    echo "FAIL: $label: not offered:" $missing
    fail=1
  fi
}
check_options "tatakerja -" '' -- tatakerja -
for command in $commands; do
  check_options "tatakerja $command -" '' "$command" -- tatakerja "$command" -
  # The global options work after the command too (--version does not).
  check_options "tatakerja $command - (global)" '-h|--help|--version' -- tatakerja "$command" -
done
[ $fail -eq 0 ] && echo "ok: bash completion of" $commands
exit $fail
