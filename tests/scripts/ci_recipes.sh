#!/usr/bin/env bash
# The CI recipes users copy work as written: .pre-commit-hooks.yaml,
# docs/ci/github-actions.yml and docs/ci/gitlab-ci.yml parse as YAML and
# have the shape their services expect; the hook's entry, run as
# pre-commit runs it (entry, then the changed files that match `files`),
# passes on examples/ and fails on a broken file; and every `tatakerja`
# command of the two pipelines runs on a git copy of examples/ and writes
# the reports and the handbook that the pipelines upload.
# usage: ci_recipes.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
fail=0
export NO_COLOR=1 COLUMNS=80 TZ=UTC LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH
command -v python3 >/dev/null || { echo "FAIL: python3 is not installed"; exit 1; }
if ! python3 -c 'import yaml' 2>/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: python3-yaml is not installed (scripts/bootstrap test installs it)"; exit 1; }
  echo "skipped: python3-yaml is not installed"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-ci.XXXXXX")
trap 'rm -rf "$work"' EXIT
# `tatakerja` on the PATH is the binary under test.
mkdir "$work/bin"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$work/bin/tatakerja"
export PATH="$work/bin:$PATH"

# Shape, and the commands: one line a `tatakerja ...` command, prefixed by
# the file it comes from.
python3 - "$src" >"$work/commands" <<'PY' || fail=1
import re, sys, yaml
src = sys.argv[1]
bad = []
def check(ok, what):
    if not ok: bad.append(what)

hooks = yaml.safe_load(open(f"{src}/.pre-commit-hooks.yaml"))
check(isinstance(hooks, list) and len(hooks) == 1, "hooks: one hook")
h = hooks[0]
check(h.get("id") == "tatakerja-validate", "hook id")
check(h.get("entry") == "tatakerja validate", "hook entry")
check(h.get("language") == "system", "hook language")
check(h.get("pass_filenames") is True, "hook pass_filenames")
check(re.search(h.get("files", ""), "sops/a.yaml") and re.search(h.get("files", ""), "b.yml")
      and not re.search(h.get("files", ""), "README.md"), "hook files")
for key in ("name", "id", "entry", "language"):
    check(isinstance(h.get(key), str) and h[key], f"hook {key}")

gh = yaml.safe_load(open(f"{src}/docs/ci/github-actions.yml"))
check(True in gh or "on" in gh, "github: on")
job = gh["jobs"]["tatakerja"]
uses = [s.get("uses", "") for s in job["steps"]]
runs = [s.get("run", "") for s in job["steps"]]
check(any(u.startswith("actions/checkout@") for u in uses), "github: checkout")
check(any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), "github: upload-sarif")
check(any(u.startswith("actions/upload-artifact@") for u in uses), "github: upload-artifact")
check(job["permissions"].get("security-events") == "write", "github: security-events: write")
check(any("--format github" in r for r in runs), "github: --format github")
sarif = [s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
check(sarif and sarif[0]["with"]["sarif_file"] == "tatakerja.sarif", "github: sarif_file")
check(sarif and "always()" in sarif[0].get("if", ""), "github: upload the SARIF also on failure")

diff = gh["jobs"]["diff"]
check("pull_request" in diff.get("if", ""), "github: diff only on pull requests")
check(diff["permissions"].get("pull-requests") == "write", "github: diff: pull-requests: write")
checkout = [s for s in diff["steps"] if s.get("uses", "").startswith("actions/checkout@")]
check(checkout and checkout[0].get("with", {}).get("fetch-depth") == 0, "github: diff: fetch-depth 0")
script = [s for s in diff["steps"] if s.get("uses", "").startswith("actions/github-script@")]
check(script and "updateComment" in script[0]["with"]["script"]
      and "startsWith(marker)" in script[0]["with"]["script"], "github: diff: one comment, updated")
diff_runs = [s.get("run", "") for s in diff["steps"]]

gl = yaml.safe_load(open(f"{src}/docs/ci/gitlab-ci.yml"))
check(gl["diff"]["stage"] in gl["stages"] and gl["diff"]["extends"] in gl, "gitlab: diff job")
check("merge_request_event" in gl["diff"]["rules"][0]["if"], "gitlab: diff only on merge requests")
check(any("PUT" in line and "startswith($m)" in line for line in gl["diff"]["script"]),
      "gitlab: diff: one note, updated")
check(gl["validate"]["artifacts"]["reports"]["junit"] == "junit.xml", "gitlab: junit report")
check(gl["validate"]["artifacts"]["when"] == "always", "gitlab: junit also on failure")
check("out/" in gl["handbook"]["artifacts"]["paths"], "gitlab: out/ artefact")
for job in ("validate", "handbook"):
    check(gl[job]["stage"] in gl["stages"], f"gitlab: {job} stage")
    check(gl[job]["extends"] in gl, f"gitlab: {job} extends")
gl_runs = gl["validate"]["script"] + gl["handbook"]["script"]

for origin, lines in (("github", "\n".join(runs + diff_runs).splitlines()),
                      ("gitlab", gl_runs + gl["diff"]["script"])):
    for line in lines:
        line = line.strip()
        if line.startswith("tatakerja ") and "--version" not in line:
            print(origin, line)
if bad:
    print("FAIL: " + ", ".join(bad), file=sys.stderr)
    sys.exit(1)
PY

# A git repository like a user's: examples/ at the top.
repo=$work/repo
cp -a "$src/examples" "$repo"
rm -rf "$repo/out"
git -C "$repo" init -q && git -C "$repo" add -A &&
  git -C "$repo" -c user.name=t -c user.email=t@example.org commit -qm examples &&
  git -C "$repo" update-ref refs/remotes/origin/main HEAD ||
  { echo "FAIL: cannot make a git repository"; exit 1; }
# The base branch of the pull request, as the services name it.
export GITHUB_BASE_REF=main CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main

# The hook, as pre-commit runs it: entry, then the matching file names.
entry=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))[0]["entry"])' \
  "$src/.pre-commit-hooks.yaml")
sop=$(cd "$repo" && ls sops/*.yaml | head -1)
(cd "$repo" && $entry "$sop" tatakerja.yaml >"$work/hook.out" 2>&1) ||
  { echo "FAIL: the hook's entry fails on examples/:"; cat "$work/hook.out"; fail=1; }
printf 'kind: SOP\nid: rusak\ntitle: [unterminated\n' >"$repo/sops/rusak.yaml"
(cd "$repo" && $entry sops/rusak.yaml >"$work/hook.out" 2>&1)
status=$?
[ $status -eq 1 ] || { echo "FAIL: the hook's entry exits $status on a broken file, not 1:"; cat "$work/hook.out"; fail=1; }
rm "$repo/sops/rusak.yaml"

# The pipelines' commands, in a fresh copy each.
while read -r origin line; do
  rm -rf "$work/run" && cp -a "$repo" "$work/run"
  (cd "$work/run" && eval "$line" >"$work/run.out" 2>&1) ||
    { echo "FAIL: $origin: '$line' failed:"; cat "$work/run.out"; fail=1; continue; }
  case $line in
    *"--format sarif --output tatakerja.sarif"*)
      python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/run/tatakerja.sarif" ||
        { echo "FAIL: $origin: no SARIF file"; fail=1; } ;;
    *"--format junit --output junit.xml"*)
      grep -q '<testsuites' "$work/run/junit.xml" || { echo "FAIL: $origin: no JUnit file"; fail=1; } ;;
    *"tatakerja diff"*)
      [ "$(head -n 1 "$work/run/tatakerja-diff.md")" = "<!-- tatakerja-diff -->" ] ||
        { echo "FAIL: $origin: no tatakerja-diff.md with its marker"; cat "$work/run.out"; fail=1; } ;;
    *render*)
      [ -s "$work/run/out/handbook.html" ] || { echo "FAIL: $origin: no out/handbook.html"; fail=1; } ;;
  esac
done <"$work/commands"
[ "$(wc -l <"$work/commands")" -ge 4 ] || { echo "FAIL: expected 4 tatakerja commands:"; cat "$work/commands"; fail=1; }

[ $fail -eq 0 ] && echo "ok: the hook and" "$(wc -l <"$work/commands")" "pipeline commands"
exit $fail
