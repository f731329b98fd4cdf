#!/usr/bin/env bash
# One repository rendered as HTML, Markdown and JSON says the same things
# (handbook.md): the same recapitulation rows (units, positions, totals and
# every figure), the same Peta Jabatan (units in tree order, each position's
# kelas jabatan, B/K and ±, vacancies) and, for every SOP, the same steps with the same activity,
# time and output, and the same Jumlah (the total of the Waktu column).
# Run on the whole book and with --unit, where the HTML
# once listed subtotals of units outside the selection.
# usage: render_same_things.sh TATAKERJA SOURCE_DIR
set -eu
bin=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-same.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$src/tests/cli/case_repo.sh" "$src/tests/cli/cases/render-unit-tree" "$work/repo"
# An SOP of a kelurahan, times as offices write them.
mkdir -p "$work/repo/sops"
cat >"$work/repo/sops/surat-pengantar.yaml" <<'YAML'
kind: SOP
id: surat-pengantar
title: Pelayanan Surat Pengantar
number: 470/SOP/2025
unit: kel-b-sei-putih
owner: lurah-sei-putih
status: active
legal_basis: [Peraturan Walikota Medan Nomor 12 Tahun 2024]
created: 2025-01-10
effective: 2025-02-01
approved_by: lurah-sei-putih
duties: [pimpin]
external_actors: [Petugas Pelayanan]
steps:
  - activity: Permohonan surat pengantar diterima dan diperiksa kelengkapannya
    actor: Petugas Pelayanan
    time: 30 detik
    output: Berkas permohonan
  - activity: Lurah menandatangani surat pengantar
    actor: lurah-sei-putih
    time: 3 Hari
    output: Surat pengantar
YAML
cat >"$work/repo/tatakerja.yaml" <<'YAML'
organization: Pemerintah Kota Medan
language: id
YAML

check() {
  local out=$1
  shift
  "$bin" render --root "$work/repo" --format html --format markdown --format json \
    --date 2026-01-05 --out "$out" --no-cache "$@" 2>"$out.err" || { cat "$out.err"; echo "render failed"; exit 1; }
  python3 - "$out" <<'PY'
import html.parser, json, re, sys
out = sys.argv[1]
book = json.load(open(f"{out}/handbook.json"))
md = open(f"{out}/handbook.md").read()
ht = open(f"{out}/handbook.html").read()

def norm(t):
    t = re.sub(r"<[^>]+>", " ", t).replace("**", "")
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    return " ".join(html.unescape(t).split())

def fmt3(x): return f"{x:.3f}".replace(".", ",")
def fmt_hours(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")

# The recapitulation: JSON rows as the cells the tables print.
names = {u["id"]: u["name"] for u in book["units"]}
pos = {p["id"]: p["name"] for p in book["positions"]}
expected = []
for r in book["workload"]["recap"]:
    if r["kind"] == "unit":
        expected.append([r["number"] + " " + names[r["unit"]]])
        continue
    first = {"position": lambda: pos[r["position"]],
             "total": lambda: "Jumlah " + names[r["unit"]],
             "total_with_sub_units": lambda: "Jumlah " + names[r["unit"]] + " beserta sub-unit",
             "total_of_all": lambda: "Jumlah seluruhnya"}[r["kind"]]()
    ej = r["ej"]
    expected.append([first, fmt_hours(r["hours"]), fmt3(r["required"]), str(r["needed"]),
                     str(r["staff"]), ("+" if r["balance"] > 0 else "") + str(r["balance"]),
                     fmt3(ej) if ej is not None else "-", r["pj"] or "-"])

def md_table_after(heading):
    lines = md[md.index(heading):].splitlines()
    rows, started = [], False
    for line in lines[1:]:
        if line.startswith("|"):
            started = True
            rows.append([norm(c) for c in line.strip().strip("|").split(" | ")])
        elif started:
            break
    return rows[2:]

md_recap = [[c for c in row if c] or [""] for row in md_table_after("## Rekapitulasi")]
md_recap = [row if len(row) > 1 else row[:1] for row in md_recap]

class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tables = []; self.cls = None; self.row = None; self.cell = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table": self.tables.append((a.get("class", ""), [])); 
        elif tag == "tr": self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = [a.get("class", ""), ""]
        elif tag == "br" and self.cell is not None: self.cell[1] += " "
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1][1].append(self.row); self.row = None
    def handle_data(self, data):
        if self.cell is not None: self.cell[1] += data

p = Tables(); p.feed(ht)
recap = [t for c, t in p.tables if c == "recap"]
html_recap = [[" ".join(c[1].split()) for c in row] for row in (recap[0][1:] if recap else [])]

def same(what, a, b):
    if a != b:
        print(f"{what} differ:")
        for x, y in zip(a + [None] * len(b), b + [None] * len(a)):
            if x != y: print("  ", x, "\n   ", y)
        sys.exit(1)

same("JSON and Markdown recapitulation", expected, md_recap)
same("JSON and HTML recapitulation", expected, html_recap)

# The Peta Jabatan: JSON's tree, Markdown's list and the HTML's charts.
def walk(units, out):
    for u in units:
        out.append(["unit", u["name"]])
        for q in u["positions"]:
            name = q["name"] + (f" ({q['grade']})" if q["grade"] is not None else "")
            name += " (kosong)" if q["vacant"] else ""
            sign = "+" if int(q["balance"]) > 0 else ""
            out.append([name, f"{q['staff']}/{q['needed']} {sign}{q['balance']}"])
        walk(u["children"], out)
    return out
peta = walk(book.get("position_map", []), [])
if not peta: print("no position_map"); sys.exit(1)
part = md[md.index('<a id="peta-jabatan">'):]
part = part[:part.index("\n<a id=", 1)]
md_peta = []
for line in part.splitlines():
    m = re.match(r"\s*- \*\*(.*)\*\*$", line)
    if m: md_peta.append(["unit", norm(m.group(1))]); continue
    m = re.match(r"\s*- \[(.*)\]\([^)]*\) (?:\((\d+)\) )?(\S+ \S+)( \(kosong\))?$", line)
    if m:
        name = norm(m.group(1)) + (f" ({m.group(2)})" if m.group(2) else "") + (m.group(4) or "")
        md_peta.append([name, m.group(3)])
same("JSON and Markdown Peta Jabatan", peta, md_peta)
section = ht[ht.index('id="peta-jabatan"'):]
section = section[:section.index("</section>")]
html_peta, figures = [], None
for attrs, body in re.findall(r"<text([^>]*)>(.*?)</text>", section):
    text = html.unescape(" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", body)) or body)
    if "font-weight" in attrs: html_peta.append(["unit", text])
    elif "text-anchor=\"end\"" in attrs: figures = text
    else: html_peta.append([text, figures]); figures = None
# Wrapped lines join with a space: compare with spaces normalised.
same("JSON and HTML Peta Jabatan", [[" ".join(a.split()), b] for a, b in peta],
     [[" ".join(a.split()), b] for a, b in html_peta])

# Every SOP's steps: activity, time and output.
for sop in book["sops"]:
    want = [[str(s["number"]), s["activity"], s["time_written"] or "", s["output"] or ""]
            for s in sop["steps"]]
    i = md.index('<a id="sop-' + sop["id"] + '"></a>')
    part = md[i:]
    lines = part[part.index("| No | Kegiatan"):].splitlines()
    got, md_total = [], None
    for line in lines[2:]:
        if not line.startswith("|"): break
        cells = [norm(c) for c in line.strip().strip("|").split(" | ")]
        if cells[1] == "Jumlah":
            md_total = cells[-3]
            break
        got.append([cells[0], cells[1], cells[-3], cells[-2]])
    same(f"SOP {sop['id']}: JSON and Markdown steps", want, got)
    # The Jumlah row: the total of the Waktu column, "-" where JSON has null.
    total = [sop["total_time"]["text"] or "-"]
    same(f"SOP {sop['id']}: JSON and Markdown Jumlah", total, [md_total])
    rows, html_total = [], []
    start = ht.index('id="sop-' + sop["id"] + '"')
    q = Tables(); q.feed(ht[start:ht.index("</section>", start)])
    for cls, table in q.tables:
        if not cls.startswith("proc"): continue
        for row in table:
            cells = [c for c in row if "chart" not in c[0]]
            if cells and cells[0][1].strip() == "Jumlah":
                html_total.append(" ".join(cells[1][1].split()))
            if not cells or cells[0][0] != "c" or not cells[0][1].strip().isdigit(): continue
            text = [" ".join(c[1].split()) for c in cells]
            rows.append([text[0], text[1], text[-3], text[-2]])
    same(f"SOP {sop['id']}: JSON and HTML steps", want, rows)
    same(f"SOP {sop['id']}: JSON and HTML Jumlah", total, html_total)
print("same:", len(expected), "recap rows,", len(peta), "map lines,", len(book["sops"]), "SOPs")
PY
}
check "$work/all"
check "$work/unit" --unit b-kecamatan
