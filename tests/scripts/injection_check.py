#!/usr/bin/env python3
"""Checks tatakerja's outputs over the injection fixture (injection_repo.py)
by parsing them, never by eye. One sub-command a format:

  injection_check.py FORMAT PAYLOADS.json FILE...

Each prints what is wrong and exits 1, or prints one "ok:" line.
"""
import csv
import html.parser
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

failures = []


def fail(message):
    failures.append(message)


def is_control(ch):
    """What util::escape_control shows as \\xNN: C0 but tab (and the line
    ends, which every caller handles first), DEL, C1, bidi controls."""
    code = ord(ch)
    return ((code < 0x20 and ch not in "\t\n\r") or 0x7F <= code <= 0x9F
            or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)


def shown(text, keep=""):
    """`text` as the tool shows it: each control as \\xNN, byte by byte."""
    return "".join(
        "".join(f"\\x{b:02x}" for b in ch.encode()) if is_control(ch) and ch not in keep else ch
        for ch in text)


def shown_xml(text):
    """What HTML and SVG show: like shown(), but bidi controls stay text."""
    return "".join(ch if 0x202A <= ord(ch) <= 0x2069 else shown(ch) for ch in text)


RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def no_raw_controls(name, text, allow_esc=False):
    for m in RAW_CONTROL.finditer(text):
        if allow_esc and m.group() == "\x1b":
            continue
        fail(f"{name}: raw control {m.group()!r} at offset {m.start()}: "
             f"{text[max(0, m.start() - 40):m.start() + 20]!r}")
        return


def squeeze(text):
    return re.sub(r"\s+", "", text)


def unhyphenated(text):
    """`text` squeezed and without '-': a word wider than its line in a
    chart or a table cell is broken at a syllable with a hyphen added
    (flow::wrap), so the hyphens of the shown text and of the payload
    are left out of the comparison."""
    return squeeze(text).replace("-", "")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


# --- HTML -----------------------------------------------------------------

DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "frame", "base", "form", "foreignobject"}
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "data", "poster", "background"}


def url_ok(value):
    v = re.sub(r"[\s\x00-\x1f]", "", value).lower()
    return not v.startswith(("javascript:", "vbscript:", "data:text", "data:application"))


class Page(html.parser.HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.stack, self.texts = name, [], []

    def handle_starttag(self, tag, attrs):
        if tag in DANGEROUS_TAGS:
            fail(f"{self.name}: a <{tag}> element")
        if tag == "img" and not any(k == "src" and (v or "").startswith("data:image/")
                                    for k, v in attrs):
            fail(f"{self.name}: an <img> that is not the inlined logo: {attrs}")
        for key, value in attrs:
            if key.startswith("on"):
                fail(f"{self.name}: <{tag}> has an event attribute {key}={value!r}")
            if key in URL_ATTRS and not url_ok(value or ""):
                fail(f"{self.name}: <{tag} {key}={value!r}>")
            if key == "style" and "url(" in (value or "") + "expression(":
                fail(f"{self.name}: <{tag}> style loads something: {value!r}")
        if tag not in ("br", "img", "meta", "link", "hr", "col", "input"):
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_comment(self, data):
        fail(f"{self.name}: a comment {data[:60]!r} (user text must not open one)")

    def handle_data(self, data):
        if "style" not in self.stack:
            self.texts.append(("svg" in self.stack, data))


def check_svg_tree(name, root):
    for e in root.iter():
        tag = e.tag.split("}")[-1].lower()
        if tag in DANGEROUS_TAGS:
            fail(f"{name}: a <{tag}> element in SVG")
        for key, value in e.attrib.items():
            key = key.split("}")[-1]
            if key.startswith("on"):
                fail(f"{name}: SVG <{tag}> has {key}={value!r}")
            if key in ("href",) and not url_ok(value):
                fail(f"{name}: SVG <{tag} href={value!r}>")


def svg_texts(root):
    """The text of each <text> and <title> element of an SVG, whole."""
    return ["".join(e.itertext()) for e in root.iter()
            if e.tag.split("}")[-1] in ("text", "title", "desc")]


def check_html(payloads, paths):
    whole = paths[0]
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        page = Page(path)
        page.feed(text)
        page.close()
        svgs = re.findall(r"<svg\b.*?</svg>", text, re.S)
        for i, svg in enumerate(svgs):
            try:
                root = ET.fromstring(svg)
            except ET.ParseError as e:
                fail(f"{path}: inline SVG #{i + 1} is not well-formed XML: {e}")
                continue
            check_svg_tree(f"{path} svg #{i + 1}", root)
        if path == whole:
            # Table cells are wrapped with <br> to fit the chart's rows, so
            # compare the text of the page without white space, in order.
            page_text = unhyphenated("".join(d for _, d in page.texts))
            for field in book_fields(payloads):
                if unhyphenated(shown_xml(payloads["fields"][field])) not in page_text:
                    fail(f"{path}: {field} is not shown as text exactly")
    return f"{len(paths)} HTML pages parsed"


# Fields the handbook does not show (handbook.md: the Anjab's lists beyond
# qualifications, employees, an SOP's final output, suppressions).
NOT_IN_BOOK = re.compile(r"position\.(responsibilities|authority|materials|tools|relations|"
                         r"working_conditions|hazards)\[\d\]|employee2?\.name|sop2?\.output|"
                         r"suppress\.reason")


def book_fields(payloads):
    return [f for f in payloads["fields"] if not NOT_IN_BOOK.fullmatch(f)]


def check_svg(payloads, paths):
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        try:
            root = ET.fromstring(text)
        except ET.ParseError as e:
            fail(f"{path}: not well-formed XML: {e}")
            continue
        check_svg_tree(path, root)
        texts = set(unhyphenated(t) for t in svg_texts(root))
        for field in flow_fields(payloads):
            if unhyphenated(shown_xml(payloads["fields"][field])) not in texts:
                fail(f"{path}: {field} is not a text of the chart")
    return f"{len(paths)} SVG files parsed"


def flow_fields(payloads):
    """The fields an SOP's flowchart (s_1) shows."""
    return [f for f in payloads["fields"]
            if re.fullmatch(r"step[134]\.activity|step2\.(decision|label_yes|label_no)|external_actor|"
                            r"position2?\.name", f)]


# --- Markdown -------------------------------------------------------------

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# A `<` that starts a tag, a comment or an autolink: not backslash-escaped
# (an odd number of backslashes before it), and not the tool's own <br> or
# anchor.
RAW_TAG = re.compile(r"(?<!\\)(?:\\\\)*<(?!br>|a id=\"[A-Za-z0-9_.-]+\">|/a>)[A-Za-z/!?]")
LINK = re.compile(r"(?<!\\)\]\(([^)]*)\)")


def check_markdown(payloads, paths):
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        lines = text.split("\n")
        in_fence, fence_lines, table_cols = False, [], None
        for n, line in enumerate(lines, 1):
            where = f"{path}:{n}"
            if line.startswith("```"):
                if in_fence:
                    check_mermaid_lines(where, fence_lines[1:], payloads)
                    fence_lines = []
                in_fence = not in_fence
                if in_fence:
                    fence_lines = [line]
                continue
            if in_fence:
                fence_lines.append(line)
                continue
            if "\r" in line:
                fail(f"{where}: a carriage return in a line")
            if RAW_TAG.search(line):
                fail(f"{where}: raw HTML: {line[:120]!r}")
            for target in LINK.findall(line):
                if not re.fullmatch(r"#[A-Za-z0-9_.-]+|[A-Za-z0-9_./-]+\.md(#[A-Za-z0-9_.-]+)?",
                                    target):
                    fail(f"{where}: a link to {target!r}")
            if line.startswith("|"):
                cols = len(UNESCAPED_PIPE.findall(line))
                if table_cols is None:
                    table_cols = cols
                elif cols != table_cols:
                    fail(f"{where}: {cols - 1} cells in a table of {table_cols - 1}")
            else:
                table_cols = None
            if re.match(r"\s*(#|[-+*] |\d+[.)] |=|>)", line) and "F" in line:
                # A heading, list item or quote the tool wrote starts with its
                # own marker; user text after it must not add another.
                body = re.sub(r"^\s*(#+ |[-+*] |\d+[.)] |> )", "", line)
                if re.match(r"(#|[-+*] |\d+[.)] |=|>)", body) and re.search(r"F\d\d", body[:8]):
                    fail(f"{where}: user text starts a block: {line[:60]!r}")
        if in_fence:
            fail(f"{path}: a code fence is never closed")
    return f"{len(paths)} Markdown files parsed"


def check_cmark(payloads, paths):
    """The Markdown through a real GFM renderer, then the HTML checks."""
    for path in paths:
        out = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink", "--unsafe", path],
                             capture_output=True, text=True, check=True).stdout
        page = Page(path + " (as HTML)")
        page.feed(out)
        # Every field the file names (by its F<nn> tag) reads as written:
        # controls as \xNN, white space and line breaks aside.
        raw = read(path)
        text = squeeze("".join(d for _, d in page.texts))
        for field, value in payloads["fields"].items():
            tag = re.search(r"F\d\d ", value)
            if tag and tag.group() in raw and squeeze(shown(value)) not in text:
                fail(f"{path}: {field} does not read as written")
        for m in re.finditer(r'href="([^"]*)"', out):
            if not re.fullmatch(r"#[\w.-]+|[\w./-]+\.md(#[\w.-]+)?|mailto:[^:]*", m.group(1)):
                fail(f"{path}: renders a link to {m.group(1)!r}")
    return f"{len(paths)} Markdown files rendered by cmark-gfm"


# --- Mermaid --------------------------------------------------------------

LABEL = r'"([^"]*)"'
MERMAID_LINE = [
    re.compile(r"flowchart TD"),
    re.compile(r"\s*subgraph (l\d+)\[" + LABEL + r"\]"),
    re.compile(r"\s*end"),
    re.compile(r"\s*([se]\d+)(?:\[" + LABEL + r"\]|\{" + LABEL + r"\}|\(\[" + LABEL + r"\]\)|"
               r"\(\(" + LABEL + r"\)\)|>" + LABEL + r"\])"),
    re.compile(r"\s*([se]\d+) -->(?:\|" + LABEL + r"\|)? ([se]\d+)"),
]


def check_mermaid_lines(where, lines, payloads):
    if not lines or lines[0] != "flowchart TD":
        return  # not a flowchart block
    nodes, lanes = set(), 0
    for line in lines:
        if not line.strip():
            continue
        m = next((p.fullmatch(line) for p in MERMAID_LINE if p.fullmatch(line)), None)
        if not m:
            fail(f"{where}: a Mermaid line outside the grammar: {line[:100]!r}")
            continue
        if line.strip().startswith("subgraph"):
            lanes += 1
        elif m.re is MERMAID_LINE[3]:
            if m.group(1) in nodes:
                fail(f"{where}: node {m.group(1)} defined twice")
            nodes.add(m.group(1))
        for label in (g for g in m.groups()[1:] if g is not None and not re.fullmatch(r"[se]\d+", g)):
            if re.search(r"[<>`\x00-\x1f\x7f-\x9f]", label):
                fail(f"{where}: a Mermaid label with raw markup: {label[:80]!r}")
    return nodes, lanes


def check_mermaid(payloads, paths):
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        result = check_mermaid_lines(path, text.rstrip("\n").split("\n"), payloads)
        if result:
            nodes, lanes = result
            if nodes != {"s1", "s2", "s3", "s4"} or lanes != 3:
                fail(f"{path}: {sorted(nodes)} and {lanes} lanes, not s1..s4 in 3 lanes")
    return f"{len(paths)} Mermaid charts parsed"


# --- DOT ------------------------------------------------------------------

def check_dot(payloads, paths):
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        run = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True)
        if run.returncode != 0 or run.stderr:
            fail(f"{path}: dot -Tsvg exit {run.returncode}: {run.stderr[:300]}")
            continue
        root = ET.fromstring(run.stdout)
        # Graphviz draws each \n-line as its own <text>: join a label's
        # lines back by comparing without white space, in document order.
        all_text = squeeze("".join("".join(e.itertext()) for e in root.iter()
                                   if e.tag.endswith("}text")))
        for field in flow_fields(payloads):
            want = squeeze(shown(payloads["fields"][field].replace("\t", " ").replace("\r", " ")))
            if want not in all_text:
                fail(f"{path}: {field} does not come back from Graphviz")
    return f"{len(paths)} DOT graphs drawn by Graphviz"


# --- CSV and JSON ---------------------------------------------------------

def check_csv(payloads, paths):
    danger = ("=", "+", "-", "@", "\t", "\r", "\n")
    for path in paths:
        raw = read(path)
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        header = rows[0]
        for n, row in enumerate(rows[1:], 2):
            if len(row) != len(header):
                fail(f"{path}:{n}: {len(row)} cells under {len(header)} headers")
            for cell in row:
                if cell.lstrip(" ").startswith(danger) and not re.fullmatch(r"-?\d+(\.\d+)?", cell):
                    fail(f"{path}:{n}: {cell[:30]!r} would run as a formula")
                no_raw_controls(f"{path}:{n}", cell)
    return f"{len(paths)} CSV files parsed"


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def check_json(payloads, paths):
    """Every path parses; the fields named after '--' must each be one of
    the strings of the first file exactly."""
    want = []
    if "--" in paths:
        i = paths.index("--")
        paths, want = paths[:i], paths[i + 1:]
    found = set()
    for path in paths:
        try:
            found.update(strings(json.loads(read(path))))
        except json.JSONDecodeError as e:
            fail(f"{path}: not JSON: {e}")
    for field in want:
        if payloads["fields"][field] not in found:
            fail(f"{paths}: {field} is not a string exactly")
    return f"{len(paths)} JSON documents parsed"


# --- validate reports and the terminal ------------------------------------

def check_github(payloads, paths):
    expected = int(paths[1])
    lines = read(paths[0]).split("\n")
    if lines[-1] != "":
        fail(f"{paths[0]}: no final line end")
    lines = lines[:-1]
    commands = [l for l in lines if l.startswith("::")]
    if len(commands) != expected or len(lines) != expected + 1:
        fail(f"{paths[0]}: {len(commands)} commands in {len(lines)} lines, want {expected} + summary")
    for line in lines:
        if not re.match(r"::(error|warning|notice) file=[^,:]*(,line=\d+)?(,col=\d+)?,"
                        r"title=[a-z-]+::", line) and not line.startswith("tatakerja: "):
            fail(f"{paths[0]}: not a workflow command: {line[:100]!r}")
    no_raw_controls(paths[0], read(paths[0]))
    return f"{expected} annotations, one line each"


def check_junit(payloads, paths):
    for path in paths:
        text = read(path)
        no_raw_controls(path, text)
        try:
            ET.fromstring(text)
        except ET.ParseError as e:
            fail(f"{path}: not well-formed XML: {e}")
    return f"{len(paths)} JUnit reports parsed"


# What user text in the fixture would do to a terminal if written raw.
RAW_USER = ["\x1b[31mred", "\x1b[0m\\", "\x1b]", "\x9b", "\x08", "\x7f", "\u202e", "\u202c",
            "\x1b[2J", "\x1b[31mmerah"]


def check_terminal(payloads, paths):
    """Human-readable streams: with --color never no ESC at all; with
    --color always only the tool's own SGR colours; never a raw CR that is
    not a line end, never user controls."""
    for path in paths:
        text = read(path)
        colour = path.endswith(".always")
        for seq in RAW_USER:
            if seq in text:
                fail(f"{path}: user text {seq!r} written raw")
        own = re.sub(r"\x1b\[(0|1|1;3[1-6])m", "", text) if colour else text
        no_raw_controls(path, own)
        if re.search(r"\r(?!\n)", text):
            fail(f"{path}: a bare carriage return")
    return f"{len(paths)} terminal streams clean"


CHECKS = {
    "html": check_html, "svg": check_svg, "markdown": check_markdown, "cmark": check_cmark,
    "mermaid": check_mermaid, "dot": check_dot, "csv": check_csv, "json": check_json,
    "github": check_github, "junit": check_junit, "terminal": check_terminal,
}


def main():
    kind, payload_file, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(payload_file, encoding="utf-8") as f:
        payloads = json.load(f)
    what = CHECKS[kind](payloads, paths)
    if failures:
        print(f"{kind}: {len(failures)} problems", file=sys.stderr)
        for message in failures[:40]:
            print("  " + message, file=sys.stderr)
        sys.exit(1)
    print(f"ok: {kind}: {what}")


if __name__ == "__main__":
    main()
