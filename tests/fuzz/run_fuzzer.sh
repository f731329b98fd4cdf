#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, as a CTest test:
#   run_fuzzer.sh FUZZER WORKDIR DICT SEEDS... 
# Seconds: $TATAKERJA_FUZZ_SECONDS (default 60). A crash, a sanitizer
# report, a timeout of one input (-timeout) or a memory blow-up
# (-rss_limit_mb) is a finding: libFuzzer exits non-zero, the test fails,
# and the input is left in WORKDIR/artifacts/ to become a regression
# fixture (CONTRIBUTING.md). The working corpus lives in WORKDIR (the build
# tree), never in the source tree.
set -euo pipefail
fuzzer=$1 workdir=$2 dict=$3
shift 3
seconds=${TATAKERJA_FUZZ_SECONDS:-60}
mkdir -p "$workdir/corpus" "$workdir/artifacts"
cd "$workdir"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -print_final_stats=1 -dict="$dict" -artifact_prefix="$workdir/artifacts/" \
  corpus "$@" >fuzz.log 2>&1 || status=$?
# The coverage lines and the stats, not the thousands of NEW lines.
grep -E '^(INFO|#[0-9]+ *(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|Done)' fuzz.log || true
if [ "$status" -ne 0 ]; then
  echo "--- finding (exit $status); the last 60 lines of $workdir/fuzz.log:"
  tail -n 60 fuzz.log
  ls -l artifacts/
  exit 1
fi
echo "executions: $(sed -n 's/^stat::number_of_executed_units: *//p' fuzz.log)"
