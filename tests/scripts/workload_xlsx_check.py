"""Reads a workbook of `workload --format xlsx` with openpyxl and checks it
against the same repository's `--format json` figures (workload_xlsx.sh,
workload_xlsx_recalc.sh).

usage: workload_xlsx_check.py cached|recalculated BOOK.xlsx JSON_DIR [LANG [HYPERLINKS]]

JSON_DIR holds position.json, unit.json, employee.json and duty.json.
`cached`: the values the tool wrote beside its formulas, the formulas
themselves (as text), the number formats and the string cells. The cached
values must be the tool's figures: a JSON figure with fewer than six
decimals is exact, and must equal the cell exactly; others to 5e-7 (JSON
rounds to six). `recalculated`: a workbook whose formulas a spreadsheet
engine computed again; the figures must agree to 1e-9 more.
"""
import json
import sys
from decimal import Decimal

import openpyxl

mode, book_path, json_dir = sys.argv[1], sys.argv[2], sys.argv[3]
lang = sys.argv[4] if len(sys.argv) > 4 else "id"
failures = []

SHEETS = {
    "id": ["Jabatan", "Unit", "Pegawai", "Uraian Tugas", "Pengaturan"],
    "en": ["Positions", "Units", "Employees", "Duties", "Settings"],
}[lang]
TOTAL = {"id": "Jumlah seluruhnya", "en": "Organisation total"}[lang]
SUBTOTAL = {"id": "Jumlah", "en": "Total"}[lang]
WITH_SUB_UNITS = {"id": "beserta sub-unit", "en": "with sub-units"}[lang]
FIRST_ROW = 4  # title on 1, headings on 3


def load(name):
    with open(f"{json_dir}/{name}.json", encoding="utf-8") as f:
        return json.load(f)


def fail(where, message):
    failures.append(f"{where}: {message}")


def same(where, cell, expected):
    """A figure cell against a JSON figure (a number, or None for none)."""
    value = cell.value
    if expected is None:
        if value not in (None, ""):
            fail(where, f"expected no figure, found {value!r}")
        return
    if isinstance(expected, str):
        if value != expected:
            fail(where, f"expected {expected!r}, found {value!r}")
        return
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        fail(where, f"expected the number {expected}, found {value!r}")
        return
    exact = -Decimal(str(expected)).as_tuple().exponent < 6
    if mode == "cached" and exact:
        ok = value == float(expected)
    else:
        # A recalculated figure is the engine's float arithmetic; an
        # inexact JSON figure is rounded to six decimals.
        slack = 1e-9 * max(1.0, abs(float(expected))) + (0 if exact else 5e-7)
        ok = abs(value - float(expected)) <= slack
    if not ok:
        fail(where, f"expected {expected}, found {value!r}")


def formula_cell(where, cell, starts):
    if mode != "cached":
        return
    if not str(cell.formula or "").startswith(starts):
        fail(where, f"expected a formula starting {starts!r}, found {cell.formula!r}")


def number_format(where, cell, expected):
    if mode == "cached" and cell.number_format != expected:
        fail(where, f"number format {cell.number_format!r}, expected {expected!r}")


class Cell:
    """A cell as written: its value (cached, or recalculated), its formula
    (None for a constant; not known after recalculation), its type as
    written ('s' a string, 'n' a number, 'f' a formula) and number format."""

    def __init__(self, value_cell, written_cell):
        self.value, self.row = value_cell.value, value_cell.row
        self.number_format = written_cell.number_format
        self.data_type = written_cell.data_type
        self.formula = written_cell.value if written_cell.data_type == "f" else None


def sheet_rows(values, written, min_row=1):
    pairs = zip(values.iter_rows(min_row=min_row), written.iter_rows(min_row=min_row))
    return [[Cell(v, w) for v, w in zip(rv, rw)] for rv, rw in pairs]


def rows_of(sheet):
    return sheet_rows(*sheet, min_row=FIRST_ROW)


def check_figures(where, row, first, figures, with_needed=True):
    """hours, required, needed, staff, balance, EJ, PJ from column `first`."""
    names = ["hours", "required", "needed", "staff", "balance", "ej", "pj"]
    for offset, name in enumerate(names):
        same(f"{where} {name}", row[first + offset], figures[name])
    if mode == "cached":
        number_format(where, row[first], "0.00")
        number_format(where, row[first + 1], "0.000")
        number_format(where, row[first + 2], "0")
        number_format(where, row[first + 4], "+0;-0;0")
        number_format(where, row[first + 5], "0.000")
        formula_cell(f"{where} balance", row[first + 4], "=")
        formula_cell(f"{where} EJ", row[first + 5], "=")
        formula_cell(f"{where} PJ", row[first + 6], "=IF(ISNUMBER(")


def check_positions(sheets, data):
    rows = rows_of(sheets[SHEETS[0]])
    items = [r for r in rows if r[1].value not in (None, SUBTOTAL) and r[0].value != TOTAL]
    if len(items) != len(data["positions"]):
        fail(SHEETS[0], f"{len(items)} position rows for {len(data['positions'])} positions")
    for row, p in zip(items, data["positions"]):
        where = f"{SHEETS[0]}!{row[0].row} {p['id']}"
        if row[1].value != p["name"] or row[1].data_type != "s":
            fail(where, f"position name {row[1].value!r}")
        check_figures(where, row, 2, p)
        if p["duties"]:
            formula_cell(f"{where} hours", row[2], f"=SUM('{SHEETS[3]}'!K")
            formula_cell(f"{where} required", row[3], f"=SUM('{SHEETS[3]}'!M")
        formula_cell(f"{where} needed", row[4], "=MAX(ROUND")
    total = [r for r in rows if r[0].value == TOTAL]
    if len(total) != 1:
        fail(SHEETS[0], "no total row")
    else:
        check_figures(f"{SHEETS[0]} total", total[0], 2, data["total"])
        formula_cell(f"{SHEETS[0]} total hours", total[0][2], "=SUM(")


def check_units(sheets, data):
    rows = [r for r in rows_of(sheets[SHEETS[1]]) if r[0].value is not None]
    by_name = {}
    for u in data["units"]:
        by_name[u["name"] or None] = u
    seen = 0
    for row in rows:
        name = row[0].value
        where = f"{SHEETS[1]}!{row[0].row} {name}"
        if name == TOTAL:
            check_figures(where, row, 1, data["total"])
            formula_cell(f"{where} hours", row[1], f"='{SHEETS[0]}'!")
        elif name.endswith(" " + WITH_SUB_UNITS):
            unit = name[len(SUBTOTAL) + 1 : -len(WITH_SUB_UNITS) - 1]
            check_figures(where, row, 1, by_name[unit]["total"])
            formula_cell(f"{where} hours", row[1], "=SUM(")
        else:
            u = data["units"][seen]
            seen += 1
            if u["name"] and u["name"] != name:
                fail(where, f"expected unit {u['name']!r}")
            check_figures(where, row, 1, u["own"])
    if seen != len(data["units"]):
        fail(SHEETS[1], f"{seen} unit rows for {len(data['units'])} units")


def check_employees(sheets, data):
    rows = [r for r in rows_of(sheets[SHEETS[2]]) if r[0].value is not None or r[2].value]
    items = [r for r in rows if r[0].value != TOTAL]
    if len(items) != len(data["employees"]):
        fail(SHEETS[2], f"{len(items)} employee rows for {len(data['employees'])} employees")
    for row, e in zip(items, data["employees"]):
        where = f"{SHEETS[2]}!{row[0].row} {e['id']}"
        if row[2].value != e["name"]:
            fail(where, f"name {row[2].value!r}")
        if row[3].data_type != "s":
            fail(where, f"the NIP {row[3].value!r} is not a text cell")
        same(f"{where} hours", row[4], e["hours"])
        same(f"{where} EJ", row[5], e["ej"])
        same(f"{where} PJ", row[6], e["pj"])
        if e["duties"]:
            formula_cell(f"{where} hours", row[4], f"=SUM('{SHEETS[3]}'!K")
    total = [r for r in rows if r[0].value == TOTAL]
    if len(total) != 1:
        fail(SHEETS[2], "no total row")
    else:
        t = data["total"]
        same(f"{SHEETS[2]} total hours", total[0][4], t["hours"])
        if t["employees"]:
            same(f"{SHEETS[2]} total EJ", total[0][5], t["ej"])
            same(f"{SHEETS[2]} total PJ", total[0][6], t["pj"])


def check_duties(sheets, data):
    rows = [r for r in rows_of(sheets[SHEETS[3]]) if r[3].value is not None]
    if len(rows) != len(data["duties"]):
        fail(SHEETS[3], f"{len(rows)} duty rows for {len(data['duties'])} duties")
    headings = {(d["position"], d["parent"]) for d in data["duties"] if d["parent"]}
    for row, d in zip(rows, data["duties"]):
        where = f"{SHEETS[3]}!{row[0].row} {d['position']}/{d['id']}"
        if row[2].value != d["number"] or row[2].data_type != "s":
            fail(where, f"No {row[2].value!r}, expected {d['number']!r}")
        if (d["position"], d["id"]) in headings:
            # a duty with subtasks: the sums of the rows below it
            same(f"{where} hours", row[10], d["hours"])
            same(f"{where} required", row[12], d["required"])
            formula_cell(f"{where} hours", row[10], f"=SUM(K{row[0].row + 1}:")
            formula_cell(f"{where} required", row[12], f"=SUM(M{row[0].row + 1}:")
            continue
        for column, key in ((3, "text"), (5, "volume_written"), (8, "standard_time_written"),
                            (4, "unit_of_output")):
            if row[column].value != d[key] or (d[key] is not None and row[column].data_type != "s"):
                fail(where, f"{key}: {row[column].value!r} ({row[column].data_type}), expected {d[key]!r}")
        same(f"{where} volume", row[6], d["volume_in_period"])
        seconds = d["standard_time_seconds"]
        if mode == "cached" and seconds is not None and abs(row[9].value * 3600 - seconds) > 1e-9:
            fail(where, f"standard time in hours {row[9].value!r} for {seconds} s")
        same(f"{where} hours", row[10], d["hours"])
        same(f"{where} WKE", row[11], d["effective_time_minutes"])
        same(f"{where} required", row[12], d["required"])
        formula_cell(f"{where} hours", row[10], f"=G{row[0].row}*'{SHEETS[4]}'!$B$")
        formula_cell(f"{where} WKE", row[11], f"='{SHEETS[4]}'!$B$")
        formula_cell(f"{where} required", row[12], f"=G{row[0].row}*J{row[0].row}*60/L{row[0].row}")
        number_format(where, row[10], "0.00")
        number_format(where, row[12], "0.000")


def check_settings(sheets, data):
    s = data["settings"]
    values = {r[2].value: r[1] for r in rows_of(sheets[SHEETS[4]]) if r[2].value}
    same("method", values["workload.method"], s["method"])
    same("effective_hours", values["workload.effective_hours"], s["effective_hours"])
    same("minimum_needed", values["workload.minimum_needed"], s["minimum_needed"])
    same("rounding", values["workload.rounding"], s["rounding"])
    for period in ("day", "week", "month", "year"):
        same(f"periods.{period}", values[f"workload.periods.{period}"], s["periods"][period])
        same(f"effective_time.{period}", values[f"workload.effective_time.{period}"],
             s["effective_time_minutes"][period])
    for letter in "ABCD":
        same(f"grades.{letter}", values[f"workload.grades.{letter}"], s["grades"][letter])


def check_text_stays_text(sheets):
    """No text from the YAML became a formula: every formula is one of the
    tool's own shapes, and the YAML's "=HYPERLINK(...)" is a string cell."""
    own = ("=SUM(", "=MAX(", "=IF(", "=G", "='", "=E", "=F", "=C", "=B", "=0")
    hyperlinks = 0
    for name, sheet in sheets.items():
        for row in sheet_rows(*sheet):
            for cell in row:
                if cell.formula is not None and not cell.formula.startswith(own):
                    fail(f"{name}!{cell.row}", f"unexpected formula {cell.formula!r}")
                if cell.formula is not None and "HYPERLINK" in cell.formula:
                    fail(f"{name}!{cell.row}", "YAML text became a formula")
                if isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK"):
                    hyperlinks += 1
                    if cell.data_type != "s":
                        fail(f"{name}!{cell.row}", f"{cell.value!r} is not a string cell")
    return hyperlinks


values = openpyxl.load_workbook(book_path, data_only=True)
written = openpyxl.load_workbook(book_path) if mode == "cached" else values
if values.sheetnames != SHEETS:
    fail("workbook", f"sheets {values.sheetnames}, expected {SHEETS}")
else:
    sheets = {name: (values[name], written[name]) for name in SHEETS}
    if mode == "cached":
        hyperlinks = check_text_stays_text(sheets)
        if len(sys.argv) > 5 and hyperlinks < int(sys.argv[5]):
            fail("workbook", f"{hyperlinks} '=HYPERLINK' string cells, expected {sys.argv[5]}")
    position = load("position")
    check_positions(sheets, position)
    check_units(sheets, load("unit"))
    check_employees(sheets, load("employee"))
    check_duties(sheets, load("duty"))
    check_settings(sheets, position)

if failures:
    print(f"{book_path}:")
    print("\n".join(failures[:60]))
    sys.exit(1)
print(f"ok: {book_path}: {mode} figures equal the JSON figures")
