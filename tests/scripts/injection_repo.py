#!/usr/bin/env python3
"""Writes the injection fixture: a tatakerja repository in which every text
field that reaches an output carries hostile text, for the injection_*.sh
tests.

usage: injection_repo.py DIR [--broken]

DIR/payloads.json lists every field's text exactly as the YAML means it
(the decoded value), so the checks compare what a format shows with what
the user wrote. Each text is "<lead>F<nn> <PAYLOAD>": the lead rotates
over the characters that matter at the start of a cell (CSV formulas,
Markdown headings, lists and emphasis), F<nn> tells the fields apart, and
PAYLOAD carries markup for every output format and terminal controls.

--broken adds documents that fail validation with user text in their
messages (unknown references, an unknown key, a vague word), in a file
whose name is itself hostile; its source lines hold raw control bytes so
that the text report's snippet has something to escape.
"""
import json
import os
import sys

PAYLOAD = " ".join([
    "<script>alert(1)</script>",           # HTML
    "\"><img src=x onerror=alert(1)>",     # attribute break, double quotes
    "' onmouseover='x",                    # attribute break, single quotes
    "]]> <!-- &amp; &lt;",                 # XML CDATA end, comment, entities
    "| ` ``` [x](javascript:alert(1)) <https://evil>",   # Markdown
    "*a* _b_ \\*",                         # emphasis, a Markdown escape
    "\"] --> %% click A call x() ; classDef A fill:red; end",   # Mermaid
    "\\ \\\" \\n \\l { } << >> ->",        # DOT
    "\t=1+1",                              # tab, CSV formula
    "\x1b[31mred\x1b[0m",                  # ANSI SGR
    "\x1b]8;;http://evil\x07link\x1b]8;;\x07",   # OSC 8 hyperlink
    "\x1b]0;title\x07",                    # OSC 0: window title
    "a\rb x\ny",                          # bare CR: overwrite the line; LF
    "c\x08d",                              # backspace
    "\u009b31m",                           # C1 CSI as UTF-8
    "\u202eevil\u202c",                    # bidi override
    "\x7f",                                # DEL
])

# What each field's text starts with, in turn.
LEADS = ["=", "+", "-", "@", "\t", "#", "*", "_", "`", "|", "<", ">", "1. ", "\\", "%"]


def yaml_quote(text):
    """`text` as a YAML double-quoted scalar, escapes for all controls."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\x1b":
            out.append("\\e")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif 0x80 <= code <= 0x9F or code in (0x202C, 0x202E):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Texts:
    """Hands out one hostile text per field and remembers them."""

    def __init__(self):
        self.fields = {}

    def __call__(self, field):
        n = len(self.fields) + 1
        text = f"{LEADS[(n - 1) % len(LEADS)]}F{n:02d} {PAYLOAD}"
        self.fields[field] = text
        return yaml_quote(text)


def flow_list(t, field, count=2):
    return "[" + ", ".join(t(f"{field}[{i}]") for i in range(count)) + "]"


def write(root, name, text):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def config(t):
    return (f"organization: {t('organization')}\n"
            "language: id\n"
            "workload:\n  effective_hours: 1250\n  hours_per_day: 5\n"
            f"vague_words: [{yaml_quote(VAGUE)}]\n"
            "rules:\n  duty-without-sop: off\n  step-activity-unclear: off\n"
            "  sop-time-exceeds-standard: off\n  sop-duplicate: off\n"
            f"handbook:\n  title: {t('handbook.title')}\n  rows_per_page: 2\n")


def unit_and_positions(t):
    return (f"kind: Unit\nid: u.1\nname: {t('unit.name')}\nhead: p_1\n---\n"
            f"kind: Position\nid: p_1\nname: {t('position.name')}\nunit: u.1\n"
            f"type: {t('position.type')}\ngrade: 7\nsummary: {t('position.summary')}\n"
            f"qualifications:\n  education: {t('position.education')}\n"
            f"  training: {flow_list(t, 'position.training')}\n"
            f"  experience: {t('position.experience')}\n"
            f"responsibilities: {flow_list(t, 'position.responsibilities')}\n"
            f"authority: {flow_list(t, 'position.authority', 1)}\n"
            f"materials: {flow_list(t, 'position.materials', 1)}\n"
            f"tools: {flow_list(t, 'position.tools', 1)}\n"
            f"relations: {flow_list(t, 'position.relations', 1)}\n"
            f"working_conditions: {flow_list(t, 'position.working_conditions', 1)}\n"
            f"hazards: {flow_list(t, 'position.hazards', 1)}\n"
            "duties:\n"
            f"  - id: d1\n    text: {t('duty.text')}\n    output: {t('duty.output')}\n"
            f"    unit_of_output: {t('duty.unit_of_output')}\n"
            "    volume: 1200\n    standard_time: 1h\n"
            f"  - id: d2\n    text: {t('duty2.text')}\n    output: {t('duty2.output')}\n"
            f"    unit_of_output: {t('duty2.unit_of_output')}\n"
            "    volume: 12\n    standard_time: 30m\n---\n"
            f"kind: Position\nid: p_2\nname: {t('position2.name')}\nunit: u.1\n"
            "reports_to: p_1\nduties:\n"
            f"  - id: d3\n    text: {t('duty3.text')}\n    output: {t('duty3.output')}\n"
            f"    unit_of_output: {t('duty3.unit_of_output')}\n"
            "    volume: 100\n    standard_time: 15m\n")


def employees(t):
    return (f"kind: Employee\nid: \"198001012005011001\"\nname: {t('employee.name')}\n"
            "position: p_1\n---\n"
            f"kind: Employee\nid: e2\nname: {t('employee2.name')}\nposition: p_2\n")


# The config's vague word, hostile itself, used in a step so that
# step-vague-wording quotes it.
VAGUE = "<i>kira\x1b[31m\u009b\u202e</i>"


def vague_activity(t):
    text = f"Memeriksa berkas {VAGUE} saja"
    t.fields["step.vague"] = text
    return yaml_quote(text)


def sop(t, actor_field):
    actor = t(actor_field)
    t.fields["step.actor"] = t.fields[actor_field]
    return (f"kind: SOP\nid: s_1\nnumber: {t('sop.number')}\ntitle: {t('sop.title')}\n"
            "unit: u.1\nowner: p_1\nduties: [d1, d2]\nstatus: active\n"
            "created: 2024-01-02\nrevised: 2024-03-04\neffective: 2024-02-03\n"
            f"approved_by: {{position: {t('approver.position')}, name: {t('approver.name')}, "
            f"nip: {t('approver.nip')}}}\n"
            f"legal_basis: {flow_list(t, 'sop.legal_basis')}\n"
            f"qualifications: {flow_list(t, 'sop.qualifications')}\n"
            "related: [s_2]\n"
            f"equipment: {flow_list(t, 'sop.equipment')}\n"
            f"warnings: {flow_list(t, 'sop.warnings')}\n"
            f"records: {flow_list(t, 'sop.records')}\n"
            f"external_actors: [{actor}]\n"
            f"lanes: [p_1, {actor}, p_2]\n"
            f"output: {t('sop.output')}\n"
            "suppress:\n"
            f"  - {{rule: step-time-missing, reason: {t('suppress.reason')}}}\n"
            "steps:\n"
            f"  - activity: {t('step1.activity')}\n    actor: {actor}\n"
            f"    requirements: {flow_list(t, 'step1.requirements')}\n"
            f"    time: 30m\n    output: {t('step1.output')}\n    notes: {t('step1.notes')}\n"
            f"  - id: periksa\n    activity: {t('step2.activity')}\n    actor: p_1\n"
            f"    decision: {t('step2.decision')}\n    no: 1\n"
            f"    labels: [{t('step2.label_yes')}, {t('step2.label_no')}]\n"
            f"    time: 15m\n    output: {t('step2.output')}\n    notes: {t('step2.notes')}\n"
            f"  - activity: {t('step3.activity')}\n    actor: p_2\n    time: 1h\n"
            f"    output: {t('step3.output')}\n"
            f"  - activity: {t('step4.activity')}\n    actor: p_1\n"
            f"    output: {t('step4.output')}\n---\n"
            f"kind: SOP\nid: s_2\nnumber: {t('sop2.number')}\ntitle: {t('sop2.title')}\n"
            "unit: u.1\nowner: p_2\nduties: [d3]\nstatus: active\n"
            "created: 2024-01-02\neffective: 2024-02-03\napproved_by: p_1\n"
            f"legal_basis: [{t('sop2.legal_basis')}]\noutput: {t('sop2.output')}\n"
            "related: [s_1]\nsteps:\n"
            f"  - activity: {vague_activity(t)}\n    actor: p_2\n    time: 15m\n"
            f"    output: {t('sop2.step_output')}\n")


# The broken documents: raw control bytes on the offending lines (YAML
# plain scalars take them), so that the text report's snippet shows them.
BROKEN = ("kind: SOP\nid: s_bad\ntitle: Salah \x1b[31mmerah\x1b]0;judul\x07 \u009b1m \u202eevil\n"
          "owner: \"<script>\\e[31m|`x`\\u009b\\u202e\\r::error::x%0A\"\n"
          "duties: [\"zz\\e]8;;http://evil\\x07\"]\n"
          "\"x-ok\": 1\n"
          "\"<b>\\e[2Jkey\": 1\n"
          "output: ok\n"
          "steps:\n"
          "  - activity: Memeriksa berkas \x1b[31m\x08\u009b2J\n"
          "    actor: \"\\e[31m%0A::error file=x::injected\\n::warning::two\"\n"
          "    output: ok\n")

BROKEN_FILE = "sops/bad <b>&'\"|=\x1b[31m\u009b\u202e.yaml"


def main():
    root = sys.argv[1]
    t = Texts()
    write(root, "tatakerja.yaml", config(t))
    write(root, "units/unit.yaml", unit_and_positions(t))
    write(root, "employees/e.yaml", employees(t))
    write(root, "sops/s.yaml", sop(t, "external_actor"))
    if "--broken" in sys.argv[2:]:
        write(root, BROKEN_FILE, BROKEN)
    with open(os.path.join(root, "payloads.json"), "w", encoding="utf-8") as f:
        json.dump({"payload": PAYLOAD, "fields": t.fields, "broken_file": BROKEN_FILE}, f,
                  ensure_ascii=True, indent=1)


if __name__ == "__main__":
    main()
