#!/usr/bin/env python3
"""Makes the office files that `tatakerja import` is tested on, shaped like
the real forms (python3-openpyxl and python3-docx from Debian):

  ajudan.xlsx   the Kabupaten Lahat ABK form of the AJUDAN (workload.md's
                worked example): a title block, a merged two-row header with
                per-period volume columns, a row of column numbers, formulas
                with cached values in the kebutuhan column and one norma
                waktu, a Jumlah row
  rincian.csv   an Anjab/ABK table as Indonesian Excel exports CSV: BOM, `;`,
                decimal comma, tugas pokok rows with their rincian a, b
  sop.docx      an SOP AP in Word: the identity table (labels beside their
                values, then the two-column lower half), the procedure table
                with "Pelaksana" and "Mutu Baku" merged over their columns,
                flowchart shapes anchored in the lane cells (a diamond for
                the decision) and a symbol character in one
  sop.xlsx      the same SOP laid out in a sheet, lanes marked by symbol
                characters and text
  sop-shapes.xlsx  the same sheet with its lanes marked by shapes anchored
                in the cells (a diamond for the decision) and an arrow
  hostile/      files an importer must refuse quickly: a zip bomb, not a zip,
                a DOCTYPE with entities, an entry climbing out (`../`), a
                1,048,576-row sheet, 200,000 merged ranges; 20,000 duties
                of one text, which a careless reader would make quadratic

usage: make_forms.py OUTDIR
"""
import os
import re
import struct
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment

AJUDAN = [  # uraian tugas, satuan hasil, norma waktu (jam), volume a year
    ("Mendampingi Bupati dalam kunjungan kerja ke kecamatan", "Kegiatan", 60, 10),
    ("Mendampingi Bupati dalam acara resmi dan kedinasan", "Kegiatan", 60, 20),
    ("Menyiapkan dan mengatur jadwal kegiatan Bupati", "Jadwal", 10, 12),
    ("Menyiapkan perlengkapan dan kebutuhan perjalanan dinas Bupati", "Kegiatan", 30, 15),
    ("Menerima dan mengatur tamu Bupati", "Kegiatan", 60, 5),
    ("Membuat laporan pelaksanaan tugas keajudanan", "Laporan", 30, 5),
]


def with_cached_values(path, sheet_part, values):
    """openpyxl writes formulas without a cached value; Excel writes both.
    Put `values` (cell -> cached value) beside the formulas, as Excel would."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[sheet_part].decode()
    for ref, value in values.items():
        xml, n = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref,
                         lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % value, xml)
        assert n == 1, ref
    parts[sheet_part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def ajudan(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ABK Ajudan"
    ws["A1"] = "FORMULIR ANALISIS BEBAN KERJA"
    ws.merge_cells("A1:J1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"], ws["B3"], ws["C3"] = "Nama Jabatan", ":", "AJUDAN"
    ws["A4"] = "Unit Kerja : Bagian Umum Sekretariat Daerah"
    ws["A5"], ws["B5"], ws["C5"] = "Jumlah pegawai yang ada", ":", 3
    # the header: two rows, merged, volume split by period
    for col, label in zip("ABCDE", ["No", "Uraian Tugas", "Satuan Hasil",
                                    "Waktu Penyelesaian (jam)", "Waktu Kerja Efektif (jam)"]):
        ws[col + "7"] = label
        ws.merge_cells(f"{col}7:{col}8")
    ws["F7"] = "Volume / Beban Kerja"
    ws.merge_cells("F7:H7")
    ws["F8"], ws["G8"], ws["H8"] = "Harian", "Bulanan", "Tahunan"
    ws["I7"] = "Kebutuhan Pegawai"
    ws.merge_cells("I7:I8")
    ws["J7"] = "Keterangan"
    ws.merge_cells("J7:J8")
    for i, col in enumerate("ABCDEFGHIJ"):
        ws[f"{col}9"] = f"({i + 1})"
    cached = {}
    for i, (text, unit, hours, volume) in enumerate(AJUDAN):
        row = 10 + i
        ws[f"A{row}"] = i + 1
        ws[f"B{row}"] = text
        ws[f"C{row}"] = unit
        ws[f"D{row}"] = hours
        ws[f"E{row}"] = 1250
        ws[f"H{row}"] = volume
        ws[f"I{row}"] = f"=D{row}*H{row}/E{row}"
        cached[f"I{row}"] = repr(hours * volume / 1250)
    ws["D12"] = "=5*2"  # a norma waktu typed as a formula: its cached value counts
    cached["D12"] = "10"
    ws["B16"] = "Jumlah"
    ws["I16"] = "=SUM(I10:I15)"
    cached["I16"] = repr(2820 / 1250)
    ws["B18"] = "Pegawai yang dibutuhkan"
    ws["C18"] = 2
    wb.save(path)
    with_cached_values(path, "xl/worksheets/sheet1.xml", cached)


def rincian(path):
    rows = [
        ["Nama Jabatan", "Pengelola Data Pendidikan"],
        ["Unit Kerja", "Seksi Pendidikan Madrasah"],
        ["Jumlah pegawai yang ada", "1"],
        [],
        ["No", "Uraian Tugas", "Satuan Hasil", "Beban Kerja", "Norma Waktu (menit)", "Keterangan"],
        ["1", "Mengelola data EMIS madrasah", "", "", "", ""],
        ["a", "Memeriksa isian EMIS tiap madrasah", "Dokumen", "40", "90", ""],
        ["b", "Menyusun rekapitulasi data EMIS", "Laporan", "2", "1,5 jam", "semester"],
        ["2", "Menyusun laporan bulanan; \"rekap\" pendidikan", "Laporan", "12", "120", ""],
        ["3", "=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "=cmd|' /C calc'!A0", "1", "60", ""],
    ]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        for row in rows:
            f.write(";".join('"%s"' % c.replace('"', '""') if (";" in c or '"' in c) else c
                             for c in row) + "\r\n")


SOP_IDENTITY = [
    ("Nomor SOP", "B-27/Kk.11.15/4/PP.00/01/2018"),
    ("Tanggal Pembuatan", "12 Desember 2017"),
    ("Tanggal Revisi", "-"),
    ("Tanggal Efektif", "2 Januari 2018"),
    ("Disahkan oleh", "Kepala Kantor Kementerian Agama Kabupaten Grobogan"),
    ("Nama SOP", "Pelayanan Legalisir Ijazah Madrasah"),
]
SOP_LOWER = [
    (("Dasar Hukum", "1. Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional\n"
                     "2. PMA Nomor 90 Tahun 2013"),
     ("Kualifikasi Pelaksana", "1. Memahami tata naskah dinas\n2. Mampu mengoperasikan komputer")),
    (("Keterkaitan", "SOP Pengarsipan"), ("Peralatan/Perlengkapan", "Komputer\nPrinter\nStempel")),
    (("Peringatan", "Legalisir tanpa ijazah asli tidak dilayani"),
     ("Pencatatan dan Pendataan", "Buku agenda legalisir")),
]
LANES = ["Pemohon", "Pengelola Data Pendidikan", "Kepala Seksi Pendidikan Madrasah"]
SOP_STEPS = [  # kegiatan, lane, symbol, kelengkapan, waktu, output
    ("Menyerahkan ijazah asli dan fotokopinya", 0, "flowChartTerminator",
     "Ijazah asli\nFotokopi ijazah", "5 menit", "Berkas permohonan"),
    ("Mencocokkan fotokopi dengan ijazah asli", 1, "flowChartDecision",
     "Berkas permohonan", "10 menit", "Berkas terverifikasi"),
    ("Menandatangani legalisir", 2, "flowChartProcess", "Fotokopi terverifikasi", "5 menit",
     "Fotokopi terlegalisir"),
    ("Menyerahkan fotokopi terlegalisir kepada pemohon", 1, "\u25a1", "Fotokopi terlegalisir",
     "5 menit", "Tanda terima"),
]
DRAWING = (
    '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
    'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="540000" cy="270000"/><wp:wrapNone/><wp:docPr id="%d" name="Shape %d"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="540000" cy="270000"/>'
    '</a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>'
    '</a:graphicData></a:graphic></wp:anchor></w:drawing>')


def sop_docx(path):
    import docx
    from docx.oxml import parse_xml
    doc = docx.Document()
    doc.add_paragraph("STANDAR OPERASIONAL PROSEDUR")
    ident = doc.add_table(rows=len(SOP_IDENTITY) + 2 * len(SOP_LOWER), cols=3)
    ident.style = "Table Grid"
    ident.cell(0, 0).merge(ident.cell(len(SOP_IDENTITY) - 1, 0))
    ident.cell(0, 0).text = "KEMENTERIAN AGAMA\nSEKSI PENDIDIKAN MADRASAH"
    for i, (label, value) in enumerate(SOP_IDENTITY):
        ident.cell(i, 1).text = label
        ident.cell(i, 2).text = value
    row = len(SOP_IDENTITY)
    for (left, right) in SOP_LOWER:
        ident.cell(row, 1).merge(ident.cell(row, 2))
        ident.cell(row + 1, 1).merge(ident.cell(row + 1, 2))
        ident.cell(row, 0).text, ident.cell(row, 1).text = left[0], right[0]
        ident.cell(row + 1, 0).text, ident.cell(row + 1, 1).text = left[1], right[1]
        row += 2
    doc.add_paragraph("")
    cols = 2 + len(LANES) + 3 + 1
    proc = doc.add_table(rows=2 + len(SOP_STEPS), cols=cols)
    proc.style = "Table Grid"
    top = proc.rows[0].cells
    for c, label in ((0, "No"), (1, "Kegiatan"), (cols - 1, "Keterangan")):
        proc.cell(0, c).merge(proc.cell(1, c))
        proc.cell(0, c).text = label
    proc.cell(0, 2).merge(proc.cell(0, 1 + len(LANES)))
    proc.cell(0, 2).text = "Pelaksana"
    proc.cell(0, 2 + len(LANES)).merge(proc.cell(0, 4 + len(LANES)))
    proc.cell(0, 2 + len(LANES)).text = "Mutu Baku"
    for i, lane in enumerate(LANES):
        proc.cell(1, 2 + i).text = lane
    for i, label in enumerate(["Kelengkapan", "Waktu", "Output"]):
        proc.cell(1, 2 + len(LANES) + i).text = label
    for n, (activity, lane, symbol, req, time, output) in enumerate(SOP_STEPS):
        r = 2 + n
        proc.cell(r, 0).text = str(n + 1)
        proc.cell(r, 1).text = activity
        cell = proc.cell(r, 2 + lane)
        if symbol.startswith("flowChart"):
            run = cell.paragraphs[0].add_run()
            run._r.append(parse_xml(DRAWING % (n + 1, n + 1, symbol)))
        else:
            cell.text = symbol
        proc.cell(r, 2 + len(LANES)).text = req
        proc.cell(r, 3 + len(LANES)).text = time
        proc.cell(r, 4 + len(LANES)).text = output
    doc.save(path)


def sop_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SOP Legalisir"
    for i, (label, value) in enumerate(SOP_IDENTITY):
        ws.cell(1 + i, 4, label)
        ws.cell(1 + i, 5, ": " + value)
    ws["A1"] = "SEKSI PENDIDIKAN MADRASAH"
    header = 9
    ws.cell(header, 1, "No")
    ws.cell(header, 2, "Kegiatan")
    ws.cell(header, 3, "Pelaksana")
    ws.merge_cells(start_row=header, start_column=3, end_row=header, end_column=2 + len(LANES))
    ws.cell(header, 3 + len(LANES), "Mutu Baku")
    ws.merge_cells(start_row=header, start_column=3 + len(LANES), end_row=header,
                   end_column=5 + len(LANES))
    ws.cell(header, 6 + len(LANES), "Keterangan")
    for i, lane in enumerate(LANES):
        ws.cell(header + 1, 3 + i, lane)
    for i, label in enumerate(["Kelengkapan", "Waktu", "Output"]):
        ws.cell(header + 1, 3 + len(LANES) + i, label)
    marks = {"flowChartTerminator": "\u25cb", "flowChartDecision": "\u25c7",
             "flowChartProcess": "X"}
    for n, (activity, lane, symbol, req, time, output) in enumerate(SOP_STEPS):
        r = header + 2 + n
        ws.cell(r, 1, n + 1)
        ws.cell(r, 2, activity)
        ws.cell(r, 3 + lane, marks.get(symbol, symbol))
        ws.cell(r, 3 + len(LANES), req)
        ws.cell(r, 4 + len(LANES), time)
        ws.cell(r, 5 + len(LANES), output)
    wb.save(path)


def sop_shapes_xlsx(path):
    """The SOP sheet with its lanes marked by shapes anchored in the cells
    (DrawingML, as Excel draws them), not by characters."""
    sop_xlsx(path)
    header = 9
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    anchors = []
    for n, (activity, lane, symbol, req, time, output) in enumerate(SOP_STEPS):
        row, col = header + 2 + n, 3 + lane
        ref = "%s%d" % (chr(64 + col), row)
        # the mark typed in the cell goes: the shape alone says where the step is
        sheet, k = re.subn(r'<c r="%s"[^>]*>.*?</c>' % ref, "", sheet)
        assert k == 1, ref
        prst = symbol if symbol.startswith("flowChart") else "flowChartProcess"
        anchors.append(
            '<xdr:twoCellAnchor><xdr:from><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff>'
            '<xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>%d'
            '</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff>'
            '</xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="%d" name="Shape %d"/>'
            '<xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>'
            '</xdr:spPr></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>'
            % (col - 1, row - 1, col, row, n + 2, n + 2, prst))
    # an arrow between two lanes is no step
    anchors.append('<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:row>10</xdr:row>'
                   '</xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:row>11</xdr:row></xdr:to>'
                   '<xdr:cxnSp macro=""><xdr:spPr><a:prstGeom prst="straightConnector1"/>'
                   '</xdr:spPr></xdr:cxnSp><xdr:clientData/></xdr:twoCellAnchor>')
    sheet = sheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
    if "xmlns:r=" not in sheet:
        sheet = sheet.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships" ', 1)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>').encode()
    parts["xl/drawings/drawing1.xml"] = (
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">%s</xdr:wsDr>'
        % "".join(anchors)).encode()
    types = parts["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def hostile(folder):
    os.makedirs(folder, exist_ok=True)
    # a zip bomb: 256 MiB of zeros in 256 KiB
    with zipfile.ZipFile(os.path.join(folder, "bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/workbook.xml", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 20)
            for _ in range(256):
                f.write(block)
    # a zip bomb that lies: its headers declare 1,000 bytes, its data holds 32 MiB
    liar = os.path.join(folder, "lying-sizes.xlsx")
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"<" + b" " * (32 << 20) + b"/>")
    data = bytearray(open(liar, "rb").read())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    open(liar, "wb").write(bytes(data))
    with open(os.path.join(folder, "not-a-zip.xlsx"), "wb") as f:
        f.write(b"Nama Jabatan;AJUDAN\r\nthis is not a workbook\r\n")
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
              '<workbook><sheets><sheet name="&lol2;&ext;" r:id="rId1"/></sheets></workbook>')
    with zipfile.ZipFile(os.path.join(folder, "doctype.xlsx"), "w") as z:
        z.writestr("xl/workbook.xml", laughs)
    with zipfile.ZipFile(os.path.join(folder, "climbs-out.xlsx"), "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("../../etc/cron.d/evil", "* * * * * root true\n")
    big = os.path.join(folder, "million-rows.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.save(big)
    with zipfile.ZipFile(big) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    rows = "".join('<row r="%d"/>' % r for r in range(1, 1048577))
    parts["xl/worksheets/sheet1.xml"] = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData>%s</sheetData></worksheet>' % rows).encode()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def raw_sheet(path, sheet_xml, strings=None):
    """A workbook whose first sheet is `sheet_xml` (and shared strings)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    parts["xl/worksheets/sheet1.xml"] = ("<worksheet %s>%s</worksheet>" % (ns, sheet_xml)).encode()
    if strings is not None:
        parts["xl/sharedStrings.xml"] = ("<sst %s>%s</sst>" % (ns, "".join(
            "<si><t>%s</t></si>" % t for t in strings))).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def hostile_sizes(folder):
    merges = "".join('<mergeCell ref="A%d:B%d"/>' % (r, r) for r in range(1, 200001))
    raw_sheet(os.path.join(folder, "merges.xlsx"),
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c></row>'
              '</sheetData><mergeCells>%s</mergeCells>' % merges)
    # 20,000 duties of the same text: ids made unique without a quadratic search
    rows = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c>' \
           '<c r="C1" t="s"><v>3</v></c></row>'
    rows += "".join('<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>0</v></c>'
                    '<c r="C%d"><v>1</v></c></row>' % (r, r, r - 1, r, r) for r in range(2, 20002))
    raw_sheet(os.path.join(folder, "many-duties.xlsx"), "<sheetData>%s</sheetData>" % rows,
              ["Nama Jabatan", "No", "Uraian Tugas", "Beban Kerja"])


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    ajudan(os.path.join(out, "ajudan.xlsx"))
    rincian(os.path.join(out, "rincian.csv"))
    sop_docx(os.path.join(out, "sop.docx"))
    sop_xlsx(os.path.join(out, "sop.xlsx"))
    sop_shapes_xlsx(os.path.join(out, "sop-shapes.xlsx"))
    if "--no-hostile" not in sys.argv:
        hostile(os.path.join(out, "hostile"))
        hostile_sizes(os.path.join(out, "hostile"))


if __name__ == "__main__":
    main()
