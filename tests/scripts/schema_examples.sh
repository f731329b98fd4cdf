#!/usr/bin/env bash
# `tatakerja schema` accepts every document of examples/ and of `init`'s
# example (and their tatakerja.yaml under `schema config`), and refuses a
# document with an unknown key, a wrong type or a bad duration. Needs
# python3-yaml and python3-jsonschema: skipped (77) without them, unless $CI
# is set. YAML is read as YAML 1.2 reads it (as yaml-language-server does):
# dates stay text, and only true/false are booleans.
# usage: schema_examples.sh TATAKERJA SOURCE_DIR
set -u
bin=$1
src=$2
if ! python3 -c 'import yaml, jsonschema' 2>/dev/null; then
  echo "python3-yaml or python3-jsonschema is not installed"
  [ -n "${CI:-}" ] && exit 1
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-schema.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$bin" schema >"$work/documents.json" || { echo "FAIL: schema exited $?"; exit 1; }
"$bin" schema config >"$work/config.json" || { echo "FAIL: schema config exited $?"; exit 1; }
"$bin" init -q "$work/new" || { echo "FAIL: init exited $?"; exit 1; }

mkdir "$work/bad"
cat >"$work/bad/unknown-key.yaml" <<'YAML'
kind: Unit
id: subbag-tu
name: Subbagian Tata Usaha
parnet: kankemenag
YAML
cat >"$work/bad/wrong-type.yaml" <<'YAML'
kind: Position
id: analis
name: [Analis, SDM]
YAML
cat >"$work/bad/bad-duration.yaml" <<'YAML'
kind: SOP
id: usul
title: Usul
steps:
  - activity: Menerima berkas usulan
    time: 15 mnt
YAML
cat >"$work/bad/no-kind.yaml" <<'YAML'
id: usul
title: Usul
YAML
cat >"$work/bad/tatakerja.yaml" <<'YAML'
organization: Kantor
workload: {effective_hours: banyak}
YAML

python3 - "$work" "$src/examples" "$work/new" <<'PY'
import glob, json, os, re, sys
import jsonschema, yaml

class Yaml12(yaml.SafeLoader):
    pass
# YAML 1.2 core schema, near enough: no timestamps, only true/false are booleans.
Yaml12.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
for first in "tTfF":
    Yaml12.add_implicit_resolver("tag:yaml.org,2002:bool",
                                 re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list(first))

work = sys.argv[1]
validators = {}
for name in ("documents", "config"):
    with open(os.path.join(work, name + ".json")) as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[name] = jsonschema.Draft202012Validator(schema)

def problems(path):
    name = "config" if os.path.basename(path) == "tatakerja.yaml" else "documents"
    with open(path, encoding="utf-8") as f:
        docs = [d for d in yaml.load_all(f, Loader=Yaml12) if d is not None]
    # Through JSON, as an editor sees it.
    docs = json.loads(json.dumps(docs))
    return [e.message for d in docs for e in validators[name].iter_errors(d)]

fail = False
checked = 0
for root in sys.argv[2:]:
    for path in sorted(glob.glob(os.path.join(root, "**", "*.yaml"), recursive=True)):
        checked += 1
        for message in problems(path):
            print(f"FAIL: {path}: {message}")
            fail = True
for path in sorted(glob.glob(os.path.join(work, "bad", "*.yaml"))):
    if not problems(path):
        print(f"FAIL: {path} passes the schema")
        fail = True
if checked < 20:
    print(f"FAIL: only {checked} files checked")
    fail = True
if not fail:
    print(f"ok: {checked} files pass, the bad ones fail")
sys.exit(1 if fail else 0)
PY
