# -*- coding: utf-8 -*-
"""python-docx -> Writer, openpyxl -> Calc. Simbol sebagai karakter dalam sel + teks 'Ya → n'/'Tidak → n'."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.utils import get_column_letter

def teks_simbol(sop, i):
    s = sop["langkah"][i - 1]; n = len(sop["langkah"])
    if s["kep"]:
        k = s["kep"]; t = k.get("tidak"); y = k.get("ya") or i + 1
        tt = "Tidak → Selesai" if t == "selesai" else f"Tidak → {t}"
        return "◇\n" + f"Ya → {y}\n{tt}"
    return "◯" if i in (1, n) else "▭"

def kolom(sop):
    c = ["No", "Kegiatan"] + sop["pelaksana"] + ["Kelengkapan", "Waktu", "Output"]
    if not sop.get("tanpa_ket"): c.append("Keterangan")
    return c

def baris(sop, V):
    for i, s in enumerate(sop["langkah"], 1):
        r = [str(i), s["kegiatan"]] + [teks_simbol(sop, i) if a == s["pelaksana"] else "" for a in sop["pelaksana"]] + [s["kelengkapan"] or "", s["waktu_teks"] or "", s["output"] or ""]
        if not sop.get("tanpa_ket"): r.append(s["keterangan"] or "")
        yield r

def _ulang_kepala(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

def _teks(cell, t, pt=8, bold=False, vert=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for j, bag in enumerate((t or "").split("\n")):
        if j: p.add_run().add_break()
        r = p.add_run(bag); r.font.size = Pt(pt); r.bold = bold
    if vert:
        tcPr = cell._tc.get_or_add_tcPr(); td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "btLr"); tcPr.append(td)

def buat_docx(sop, V, path):
    d = Document(); sec = d.sections[0]
    if V["lanskap"]:
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, m, Mm(12))
    st = d.styles["Normal"]; st.font.name = V["font"]; st.font.size = Pt(8)
    if sop.get("identitas"):
        I = sop["identitas"]
        t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
        rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
        for a, b in rows:
            r = t.add_row().cells; _teks(r[1], a, 9, True); _teks(r[2], b, 9)
        k = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0)); _teks(k, "\n".join(sop["kop"]), 10, True)
        d.add_paragraph()
        g = d.add_table(rows=0, cols=2); g.style = "Table Grid"
        def isi(xs):
            return "\n".join(f"{j}. {x}" for j, x in enumerate(xs, 1)) if len(xs) > 1 else " ".join(xs)
        for a, b, xa, xb in [("Dasar Hukum", sop.get("label_kualifikasi", "Kualifikasi Pelaksana"), I["dasar_hukum"], I["kualifikasi_pelaksana"]),
                             ("Keterkaitan", "Peralatan/Perlengkapan", I["keterkaitan"], I["peralatan"]),
                             ("Peringatan", "Pencatatan dan Pendataan", I["peringatan"], I["pencatatan"])]:
            r = g.add_row().cells; _teks(r[0], a + " :", 9, True); _teks(r[1], b + " :", 9, True)
            r = g.add_row().cells; _teks(r[0], isi(xa), 9); _teks(r[1], isi(xb), 9)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if sop.get("judul_bagan"):
        p = d.add_paragraph(); r = p.add_run(sop["judul_bagan"]); r.bold = True; r.font.size = Pt(11)
    C = kolom(sop); n = len(sop["pelaksana"]); ket = not sop.get("tanpa_ket")
    t = d.add_table(rows=2, cols=len(C)); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    _teks(t.cell(0, 0).merge(t.cell(1, 0)), V["hdr"]["no"], 8, True)
    _teks(t.cell(0, 1).merge(t.cell(1, 1)), V["hdr"]["keg"], 8, True)
    _teks(t.cell(0, 2).merge(t.cell(0, 1 + n)), V["hdr"]["pel"], 8, True)
    _teks(t.cell(0, 2 + n).merge(t.cell(0, 4 + n)), V["hdr"]["mutu"], 8, True)
    if ket: _teks(t.cell(0, 5 + n).merge(t.cell(1, 5 + n)), V["hdr"]["ket"], 8, True)
    for i, a in enumerate(sop["pelaksana"]):
        _teks(t.cell(1, 2 + i), V["nama_pecah"].get(a, a), 7, True, vert=V.get("putar", False))
    for j, k in enumerate(("kel", "wkt", "out")): _teks(t.cell(1, 2 + n + j), V["hdr"][k], 8, True)
    _ulang_kepala(t.rows[0]); _ulang_kepala(t.rows[1])
    if V["nomor_kolom"]:
        r = t.add_row(); _ulang_kepala(r)
        for j, c in enumerate(r.cells): _teks(c, str(j + 1), 7)
    for vals in baris(sop, V):
        r = t.add_row().cells
        for j, v in enumerate(vals): _teks(r[j], v, 8)
    # lebar kolom seperti lembar HTML
    Wp = (297 if V["lanskap"] else 210) - 24
    wa = V["lebar_pelaksana"]; wk, ww, wo = V["lebar_mutu"]; wkt = V.get("lebar_ket", 14) if ket else 0
    ws_ = [8, Wp - 8 - n * wa - wk - ww - wo - wkt] + [wa] * n + [wk, ww, wo] + ([wkt] if ket else [])
    t.autofit = False
    for j, w in enumerate(ws_):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            if j < len(ws_): c.width = Mm(ws_[j])
    d.save(path)

def buat_xlsx(sop, V, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "SOP"
    tipis = Side(style="thin"); B = Border(left=tipis, right=tipis, top=tipis, bottom=tipis)
    C = kolom(sop); n = len(sop["pelaksana"]); ket = not sop.get("tanpa_ket"); nc = len(C)
    lebar = [5, 42] + [V.get("xl_pelaksana", 10)] * n + [22, 10, 22] + ([14] if ket else [])
    for j, w in enumerate(lebar, 1): ws.column_dimensions[get_column_letter(j)].width = w
    al = Alignment(wrap_text=True, vertical="center", horizontal="center"); alL = Alignment(wrap_text=True, vertical="top", horizontal="left")
    r = 1
    def tulis(rr, cc, v, bold=False, a=None, rot=0):
        c = ws.cell(row=rr, column=cc, value=v); c.font = Font(name=V["font"], size=8, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical=(a or al).vertical, horizontal=(a or al).horizontal, text_rotation=rot); c.border = B
        return c
    def kotak(r1, c1, r2, c2):
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1): ws.cell(row=rr, column=cc).border = B
    if sop.get("identitas"):
        I = sop["identitas"]
        rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(x for x in sop["disahkan"] if x)), ("Nama SOP", sop["nama_sop"])]
        mid = 2 + n
        tulis(r, 1, "\n".join(sop["kop"]), True); ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=mid - 1); kotak(r, 1, r + len(rows) - 1, mid - 1)
        for a, b in rows:
            tulis(r, mid, a, True, alL); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=mid + 1)
            tulis(r, mid + 2, b, False, alL); ws.merge_cells(start_row=r, start_column=mid + 2, end_row=r, end_column=nc); kotak(r, mid, r, nc)
            ws.row_dimensions[r].height = 15 * max(1, b.count("\n") + 1); r += 1
        def isi(xs): return "\n".join(f"{j}. {x}" for j, x in enumerate(xs, 1)) if len(xs) > 1 else " ".join(xs)
        for a, b, xa, xb in [("Dasar Hukum :", sop.get("label_kualifikasi", "Kualifikasi Pelaksana") + " :", I["dasar_hukum"], I["kualifikasi_pelaksana"]),
                             ("Keterkaitan :", "Peralatan/Perlengkapan :", I["keterkaitan"], I["peralatan"]),
                             ("Peringatan :", "Pencatatan dan Pendataan :", I["peringatan"], I["pencatatan"])]:
            for txt, bold in ((None, True), (None, False)):
                pass
            tulis(r, 1, a, True, alL); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=mid - 1)
            tulis(r, mid, b, True, alL); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=nc); kotak(r, 1, r, nc); r += 1
            tulis(r, 1, isi(xa), False, alL); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=mid - 1)
            tulis(r, mid, isi(xb), False, alL); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=nc); kotak(r, 1, r, nc)
            wl = sum(lebar[:mid - 1]) * 1.05; wr = sum(lebar[mid - 1:]) * 1.05
            nl = max(sum(-(-(len(x) + 4) // int(wl)) for x in (xa or [""])), sum(-(-(len(x) + 4) // int(wr)) for x in (xb or [""])), 1)
            ws.row_dimensions[r].height = 11.5 * nl + 6; r += 1
        ws.row_breaks.append(openpyxl.worksheet.pagebreak.Break(id=r - 1)); r += 0
    if sop.get("judul_bagan"):
        c = ws.cell(row=r, column=1, value=sop["judul_bagan"]); c.font = Font(name=V["font"], size=11, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc); c.alignment = Alignment(horizontal="center"); r += 1
    h = r
    tulis(h, 1, V["hdr"]["no"], True); ws.merge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
    tulis(h, 2, V["hdr"]["keg"], True); ws.merge_cells(start_row=h, start_column=2, end_row=h + 1, end_column=2)
    tulis(h, 3, V["hdr"]["pel"], True); ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=2 + n)
    tulis(h, 3 + n, V["hdr"]["mutu"], True); ws.merge_cells(start_row=h, start_column=3 + n, end_row=h, end_column=5 + n)
    if ket: tulis(h, 6 + n, V["hdr"]["ket"], True); ws.merge_cells(start_row=h, start_column=6 + n, end_row=h + 1, end_column=6 + n)
    kotak(h, 1, h + 1, nc)
    for i, a in enumerate(sop["pelaksana"]): tulis(h + 1, 3 + i, V["nama_pecah"].get(a, a), True, rot=90 if V.get("xl_putar") else 0)
    for j, k in enumerate(("kel", "wkt", "out")): tulis(h + 1, 3 + n + j, V["hdr"][k], True)
    ws.row_dimensions[h + 1].height = 70 if V.get("xl_putar") else 40
    r = h + 2
    if V["nomor_kolom"]:
        for j in range(nc): tulis(r, j + 1, j + 1)
        r += 1
    ws.print_title_rows = f"{h}:{r-1}"
    for vals in baris(sop, V):
        for j, v in enumerate(vals):
            tulis(r, j + 1, v, False, alL if j in (1, 2 + n, 4 + n) else al)
        ws.row_dimensions[r].height = max(36, 11.5 * (len(vals[1]) // 36 + 1) + 4, 11.5 * (len(vals[2 + n]) // 19 + 1) + 4, 11.5 * (len(vals[4 + n]) // 19 + 1) + 4)
        r += 1
    ws.page_setup.orientation = "landscape" if V["lanskap"] else "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    wb.save(path)
