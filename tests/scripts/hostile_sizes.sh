#!/usr/bin/env bash
# Hostile sizes, each in bounded time and memory (hostile_common.bash: a
# timeout, and `ulimit -v` outside a sanitizer build), with the right exit
# status and diagnostic, and nothing written into the repository:
# - one 50 MB file (a unit whose name is one 50 MB line): valid;
# - 100,000 tiny files (one valid unit each): timed, well under a minute;
# - one SOP of 10,000 steps in a single cycle: `flow-no-end`, and validate,
#   workload, render html (--force) and graph svg all end in bounded time;
# - one SOP of 10,000 steps chained by `next:` pointing backwards
#   (1 -> 10000 -> 9999 -> ... -> 2 -> end): valid, and the same commands.
# usage: hostile_sizes.sh TATAKERJA SOURCE_DIR
source "$(dirname "$0")/hostile_common.bash" "$@"
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
mkdir "$work/cwd"

# check_untouched REPO BEFORE: the repository and the working folder are as
# they were.
check_untouched() {
  [ "$(snapshot "$1")" = "$2" ] || fail "the repository $1 was changed"
  [ -z "$(ls -A "$work/cwd")" ] || fail "something was written into the working folder"
}

# ---- a 50 MB file
big=$work/big
new_repo "$big"
python3 - "$big/unit.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("kind: Unit\nid: tu\nname: " + "Tata Usaha " * (50 * 1024 * 1024 // 11) + "\n")
PY
[ "$(stat -c %s "$big/unit.yaml")" -ge $((50 * 1024 * 1024)) ] || fail "the big file is too small"
before=$(snapshot "$big")
run 180 "$work/cwd" validate --root "$big"
expect_status 0 "validate of a 50 MB file"
expect_line "$work/stderr" "tatakerja: 0 errors, 0 warnings in 2 files" "validate of a 50 MB file"
check_untouched "$big" "$before"
echo "50 MB file: validate ${seconds} s"
rm -rf "$big"

# ---- 100,000 tiny files
# In memory (/dev/shm) where there is one: on a busy disk, making and
# removing 100,000 files takes minutes, and it is the tool that is timed.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  many=$(mktemp -d /dev/shm/tatakerja-many.XXXXXX)
  extra_dirs+=("$many")
else
  many=$work/many
fi
new_repo "$many"
python3 - "$many" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(100):
    os.mkdir(f"{root}/u{d:02d}")
    for i in range(1000):
        n = d * 1000 + i
        with open(f"{root}/u{d:02d}/{i:03d}.yaml", "w") as f:
            f.write(f"kind: Unit\nid: u{n}\nname: Unit {n}\n")
PY
before=$(snapshot "$many")
run 60 "$work/cwd" validate --root "$many" --jobs 2
expect_status 0 "validate of 100,000 files"
expect_line "$work/stderr" "tatakerja: 0 errors, 0 warnings in 100001 files" "validate of 100,000 files"
check_untouched "$many" "$before"
echo "100,000 files: validate ${seconds} s on 2 threads"

# ---- 10,000 steps: one cycle, and a chain that runs backwards
gen_sop() {  # gen_sop MODE FILE
  python3 - "$1" "$2" <<'PY'
import sys
mode, out, n = sys.argv[1], sys.argv[2], 10000
lines = ["kind: Position", "id: pelaksana", "name: Pelaksana", "staff: 1", "duties:",
         "  - id: proses", "    text: Memproses permohonan", "    output: Berkas",
         "    unit_of_output: berkas", "    volume: 12", f"    standard_time: {n} menit", "---",
         "kind: SOP", "id: putar", "number: B-1/2024", "title: Prosedur Berputar",
         "owner: pelaksana", "duties: [proses]", "created: 2024-01-01", "effective: 2024-01-02",
         "approved_by: Kepala Kantor", "legal_basis: [Peraturan Uji]",
         "output: Berkas selesai", "steps:"]
for i in range(1, n + 1):
    lines += [f"  - activity: Memeriksa berkas bagian {i}", "    actor: pelaksana",
              "    time: 1m", f"    output: Berkas bagian {i}"]
    if mode == "cycle":
        lines.append(f"    next: {i % n + 1}")
    else:
        lines.append(f"    next: {n if i == 1 else ('end' if i == 2 else i - 1)}")
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
PY
}

for mode in cycle backwards; do
  repo=$work/$mode
  new_repo "$repo"
  gen_sop "$mode" "$repo/sop.yaml"
  before=$(snapshot "$repo")
  if [ "$mode" = cycle ]; then
    want=1
    finding="sop.yaml:25:5: error: step 1 is in a loop with no way out: the procedure can never reach \`end\` from it (nor from 9999 other steps) [flow-no-end]"
    summary="tatakerja: 1 error, 0 warnings in 2 files"
  else
    want=0
    finding=
    summary="tatakerja: 0 errors, 0 warnings in 2 files"
  fi
  times=
  run 60 "$work/cwd" validate --root "$repo"
  expect_status "$want" "validate, $mode"
  expect_line "$work/stderr" "$summary" "validate, $mode"
  [ -z "$finding" ] || expect_line "$work/stdout" "$finding" "validate, $mode"
  [ -n "$finding" ] || [ ! -s "$work/stdout" ] || fail "validate, $mode: unexpected findings"
  times+=" validate ${seconds} s"

  # An SOP's flow error does not withhold the workload analysis (workload.md).
  run 60 "$work/cwd" workload --root "$repo"
  expect_status 0 "workload, $mode"
  grep -q '^Pelaksana ' "$work/stdout" || fail "workload, $mode: no row for the position"

  times+=", workload ${seconds} s"

  run 120 "$work/cwd" render --root "$repo" --force --format html --out "$work/book-$mode"
  expect_status "$want" "render, $mode"
  grep -q 'bagian 10000<' "$work/book-$mode/handbook.html" ||
    fail "render, $mode: the last step is not in the book"
  times+=", render ${seconds} s"

  run 60 "$work/cwd" graph --root "$repo" putar --format svg
  if [ "$mode" = cycle ]; then
    # graph draws no SOP whose flow has errors: it says so, in bounded time.
    expect_status 1 "graph, $mode"
    expect_line "$work/stderr" "tatakerja: 1 error, 0 warnings in 1 file: no flowchart of SOP \`putar\` while its flow has errors; fix them and run again, or draw it anyway with --force" "graph, $mode"
  else
    expect_status 0 "graph, $mode"
    grep -q '</svg>' "$work/stdout" || fail "graph, $mode: no whole SVG"
  fi
  times+=", graph ${seconds} s"
  check_untouched "$repo" "$before"
  echo "10,000 steps, $mode:$times"
done
echo "ok: hostile sizes"
