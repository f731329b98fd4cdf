# Sourced by the injection_*.sh tests: makes the hostile fixture
# (injection_repo.py) in a scratch folder and runs the checks
# (injection_check.py). usage: . injection_lib.bash BIN SRCDIR [--broken]
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$2/tests/scripts
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-injection.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PYTHONDONTWRITEBYTECODE=1 XDG_CACHE_HOME=$work/cache COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8
repo=$work/repo
python3 "$here/injection_repo.py" "$repo" ${3:-}
payloads=$repo/payloads.json
status=0

# tk EXPECTED_STATUS ARGS...: runs the tool in the fixture, stdout to
# $work/stdout, stderr to $work/stderr.
tk() {
  local want=$1 got=0
  shift
  (cd "$repo" && "$bin" "$@") >"$work/stdout" 2>"$work/stderr" || got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: tatakerja $* exited $got, want $want"; sed 's/^/  /' "$work/stderr" | head -20
    status=1
  fi
}

# check FORMAT FILE...: one injection_check.py check.
check() {
  python3 "$here/injection_check.py" "$1" "$payloads" "${@:2}" || status=1
}
