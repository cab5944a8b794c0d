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
    if V.get("putar"):
        trPr = t.rows[1]._tr.get_or_add_trPr(); e = OxmlElement("w:trHeight"); e.set(qn("w:val"), str(int(V.get("tinggi_putar", 26) / 25.4 * 1440))); e.set(qn("w:hRule"), "atLeast"); trPr.append(e)
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


# =====================================================================================================
# latih-3: DOCX dengan bentuk gambar (DrawingML wps) dan XLSX dengan bentuk gambar (DrawingML xdr)
# =====================================================================================================
import zipfile, shutil, os, re as _re
from docx.oxml import parse_xml
from docx.shared import Emu
from docx.enum.text import WD_LINE_SPACING
from render_html import garis_teks, kertas

EMU_MM = 36000
NS_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')

class Gambar:
    """Kumpulan bentuk untuk satu halaman; koordinat mm relatif halaman."""
    def __init__(self, font, pt):
        self.xml = []; self.font = font; self.pt = pt
    def _anchor(self, x, y, w, h, body, z):
        Gambar.nid = getattr(Gambar, "nid", 100) + 1; i = Gambar.nid
        return (f'<w:r {NS_W}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{int(x*EMU_MM)}</wp:posOffset></wp:positionH>'
                f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y*EMU_MM)}</wp:posOffset></wp:positionV>'
                f'<wp:extent cx="{max(1,int(w*EMU_MM))}" cy="{max(1,int(h*EMU_MM))}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
                f'<wp:docPr id="{i}" name="Bentuk {i}"/><wp:cNvGraphicFramePr/>'
                f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{body}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    def bentuk(self, prst, cx, cy, w, h):
        body = (f'<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w*EMU_MM)}" cy="{int(h*EMU_MM)}"/></a:xfrm>'
                f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
                f'<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>')
        self.xml.append(self._anchor(cx - w / 2, cy - h / 2, w, h, body, 3000))
    def garis(self, x1, y1, x2, y2, panah=False):
        fh = ' flipH="1"' if x2 < x1 else ""; fv = ' flipV="1"' if y2 < y1 else ""
        w, h = abs(x2 - x1), abs(y2 - y1)
        ujung = '<a:tailEnd type="triangle" w="sm" len="sm"/>' if panah else ""
        body = (f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm{fh}{fv}><a:off x="0" y="0"/><a:ext cx="{int(w*EMU_MM)}" cy="{int(h*EMU_MM)}"/></a:xfrm>'
                f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>'
                f'<a:ln w="7620"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>{ujung}</a:ln></wps:spPr><wps:bodyPr/></wps:wsp>')
        self.xml.append(self._anchor(min(x1, x2), min(y1, y2), w, h, body, 2000))
    def jalur(self, pts):
        for k in range(len(pts) - 1):
            (a, b), (c, d) = pts[k], pts[k + 1]
            self.garis(a, b, c, d, panah=(k == len(pts) - 2))
    def teks(self, x, y, w, h, t, pt=None, tengah=True):
        pt = pt or max(self.pt - 1.5, 6)
        jc = '<w:jc w:val="center"/>' if tengah else ""
        body = (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w*EMU_MM)}" cy="{int(h*EMU_MM)}"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
                f'<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{jc}</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}"/><w:sz w:val="{int(pt*2)}"/></w:rPr><w:t>{t}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
                f'<wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>')
        self.xml.append(self._anchor(x, y, w, h, body, 4000))
    def segilima(self, cx, y, huruf):
        self.bentuk("flowChartOffpageConnector", cx, y + 3.2, 6, 6.4); self.teks(cx - 3, y + 0.6, 6, 3.8, huruf)
    def lingkar(self, cx, cy, huruf):
        self.bentuk("flowChartConnector", cx, cy, 5.6, 5.6); self.teks(cx - 2.8, cy - 1.9, 5.6, 3.8, huruf)

def _sel_teks(cell, t, pt, bold=False, font=None, jc=None, vert=False):
    cell.text = ""
    p = cell.paragraphs[0]; pf = p.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0)
    if jc == "c": p.alignment = 1
    elif jc == "j": p.alignment = 3
    for j, bag in enumerate((t or "").split("\n")):
        if j: p.add_run().add_break()
        r = p.add_run(bag); r.font.size = Pt(pt); r.bold = bold
        if font: r.font.name = font
    if vert:
        tcPr = cell._tc.get_or_add_tcPr(); td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "btLr"); tcPr.append(td)

def _tinggi_baris(row, mm):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:trHeight"); e.set(qn("w:val"), str(int(mm / 25.4 * 1440))); e.set(qn("w:hRule"), "exact"); trPr.append(e)

def _tabel_tetap(t, ws_mm):
    tbl = t._tbl; tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    ind = OxmlElement("w:tblInd"); ind.set(qn("w:w"), "0"); ind.set(qn("w:type"), "dxa"); tblPr.append(ind)
    mar = OxmlElement("w:tblCellMar")
    for sisi, v in (("top", 0), ("left", 57), ("bottom", 0), ("right", 57)):
        e = OxmlElement("w:" + sisi); e.set(qn("w:w"), str(v)); e.set(qn("w:type"), "dxa"); mar.append(e)
    tblPr.append(mar)
    t.autofit = False
    grid = tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(ws_mm[j] / 25.4 * 1440)))
    for row in t.rows:
        for j, c in enumerate(row.cells): c.width = Mm(ws_mm[j])

def _halaman(d, V):
    sec = d.sections[0]; pw, ph = kertas(V)
    if V["lanskap"]: sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(pw), Mm(ph)
    m = V.get("margin", 12)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, a, Mm(m))
    sec.header_distance = Mm(5); sec.footer_distance = Mm(5)
    st = d.styles["Normal"]; st.font.name = V["font"]; st.font.size = Pt(V["pt"])
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(k), V["font"])
    return pw, ph, m

def _identitas_docx(d, sop, V):
    I = sop["identitas"]; pt = V.get("pt_id", V["pt"] + 1)
    gaya = V.get("daftar", "angka")
    def isi(xs):
        if len(xs) <= 1: return " ".join(xs)
        if gaya == "huruf": return "\n".join(f"{'abcdefghijklmnop'[j]}. {x}" for j, x in enumerate(xs))
        if gaya == "butir": return "\n".join(f"• {x}" for x in xs)
        if gaya == "polos": return "\n".join(xs)
        return "\n".join(f"{j}. {x}" for j, x in enumerate(xs, 1))
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    rows = [(sop.get("label_nomor", "Nomor SOP"), sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + list(sop.get("baris_tambah", [])) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), (sop.get("label_nama", "Nama SOP"), sop["nama_sop"])]
    for a, b in rows:
        r = t.add_row().cells; _sel_teks(r[1], a, pt, True); _sel_teks(r[2], b, pt)
    k = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0)); _sel_teks(k, "\n".join(sop["kop"]), pt + 1, True, jc="c")
    d.add_paragraph()
    g = d.add_table(rows=0, cols=2); g.style = "Table Grid"
    for a, b, xa, xb in [("Dasar Hukum", sop.get("label_kualifikasi", "Kualifikasi Pelaksana"), I["dasar_hukum"], I["kualifikasi_pelaksana"]),
                         ("Keterkaitan", sop.get("label_peralatan", "Peralatan/Perlengkapan"), I["keterkaitan"], I["peralatan"]),
                         ("Peringatan", "Pencatatan dan Pendataan", I["peringatan"], I["pencatatan"])]:
        r = g.add_row().cells; _sel_teks(r[0], a + " :", pt, True); _sel_teks(r[1], b + " :", pt, True)
        r = g.add_row().cells; _sel_teks(r[0], isi(xa), pt); _sel_teks(r[1], isi(xb), pt)

def buat_docx_bentuk(sop, V, path, lebar_font=None):
    """Tabel dengan tinggi baris tetap; simbol dan garis sebagai bentuk DrawingML berjangkar halaman.
    Mengembalikan pembagian halaman bagan (daftar nomor langkah per halaman)."""
    from render_html import LEBAR_HURUF
    d = Document(); pw, ph, m = _halaman(d, V)
    ada_id = bool(sop.get("identitas"))
    if ada_id: _identitas_docx(d, sop, V)
    n = len(sop["pelaksana"]); Lk = sop["langkah"]; ket = not sop.get("tanpa_ket")
    W, H = pw - 2 * m, ph - 2 * m
    wno = 8; wact = V["lebar_pelaksana"]; wkel, wwkt, wout = V["lebar_mutu"]; wket = V.get("lebar_ket", 14) if ket else 0
    wkeg = W - wno - n * wact - wkel - wwkt - wout - wket
    ws_ = [wno, wkeg] + [wact] * n + [wkel, wwkt, wout] + ([wket] if ket else [])
    X = []; x = 0
    for w in ws_: X.append(x); x += w
    pt = V["pt"]; f = V["font"]
    def tg(t, w): return garis_teks(t, w - 2.0 + 2.4 - 0.8, pt, f) * pt * 0.3528 * 1.32 + 2.2 if t else 0
    rows = [max(tg(s["kegiatan"], wkeg), tg(s["kelengkapan"], wkel), tg(s["waktu_teks"], wwkt), tg(s["output"], wout), tg(s["keterangan"], wket or 10), 14 if s["kep"] else 11.5) for s in Lk]
    nama = [V["nama_pecah"].get(a, a) for a in sop["pelaksana"]]
    ah = max(tg(a, wact) for a in nama) if not V.get("putar") else max(len(a) for a in sop["pelaksana"]) * (pt - .5) * 0.3528 * 0.62 / max(1, int((wact - 2) / ((pt - .5) * 0.3528 * 1.3))) + 8
    hh = [6.5, max(ah, 7.5)] + ([4.5] if V["nomor_kolom"] else [])
    judul_h = 9 if sop.get("judul_bagan") else 0
    pages = []; cur = []; used = 0
    for i, h in enumerate(rows):
        room = H - sum(hh) - 4 - (judul_h if not pages else 0) - 20
        if cur and (used + h > room or len(cur) >= V.get("maks_per_halaman", 99)):
            pages.append(cur); cur = []; used = 0
        cur.append(i + 1); used += h
    pages.append(cur)
    dx, dy = V.get("kal_dx", 0.0), V.get("kal_dy", 0.0)
    huruf = "ABCDEFG"; lompat = {}
    for pi, nomor in enumerate(pages):
        ank = d.add_paragraph(); pf = ank.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(1); pf.page_break_before = (pi > 0 or ada_id)
        G = Gambar(f, pt)
        ntop = 1 + (1 if judul_h and pi == 0 else 0); nhr = len(hh)
        t = d.add_table(rows=ntop - 1 + nhr + len(nomor), cols=len(ws_)); t.style = "Table Grid"
        _tabel_tetap(t, ws_)
        r0 = 0
        if judul_h and pi == 0:
            c = t.cell(0, 0).merge(t.cell(0, len(ws_) - 1)); _sel_teks(c, sop["judul_bagan"], pt + 2, True, jc="c"); _tinggi_baris(t.rows[0], judul_h); r0 = 1
        Hk = V["hdr"]
        _sel_teks(t.cell(r0, 0).merge(t.cell(r0 + 1, 0)), Hk["no"], pt, True, jc="c")
        _sel_teks(t.cell(r0, 1).merge(t.cell(r0 + 1, 1)), Hk["keg"], pt, True, jc="c")
        _sel_teks(t.cell(r0, 2).merge(t.cell(r0, 1 + n)), Hk["pel"], pt, True, jc="c")
        _sel_teks(t.cell(r0, 2 + n).merge(t.cell(r0, 4 + n)), Hk["mutu"], pt, True, jc="c")
        if ket: _sel_teks(t.cell(r0, 5 + n).merge(t.cell(r0 + 1, 5 + n)), Hk["ket"], pt, True, jc="c")
        for i, a in enumerate(nama): _sel_teks(t.cell(r0 + 1, 2 + i), a, pt - 0.5, True, jc="c", vert=V.get("putar", False))
        for j, k in enumerate(("kel", "wkt", "out")): _sel_teks(t.cell(r0 + 1, 2 + n + j), Hk[k], pt, True, jc="c")
        _tinggi_baris(t.rows[r0], hh[0]); _tinggi_baris(t.rows[r0 + 1], hh[1])
        if V["nomor_kolom"]:
            for j, c in enumerate(t.rows[r0 + 2].cells): _sel_teks(c, str(j + 1), pt - 1, jc="c")
            _tinggi_baris(t.rows[r0 + 2], hh[2])
        y = m + 0.35 + dy + (judul_h if (judul_h and pi == 0) else 0) + sum(hh); x0 = m + dx
        pos = {}
        for k, no in enumerate(nomor):
            s = Lk[no - 1]; h = rows[no - 1]
            te = 9 if (k == 0 and pi > 0) else 0; be = 9 if (k == len(nomor) - 1 and pi < len(pages) - 1) else 0
            hR = h + te + be
            row = t.rows[r0 + nhr + k]; _tinggi_baris(row, hR)
            vals = [str(no), s["kegiatan"]] + [""] * n + [s["kelengkapan"] or "", s["waktu_teks"] or "", s["output"] or ""] + ([s["keterangan"] or ""] if ket else [])
            for j, v in enumerate(vals):
                _sel_teks(row.cells[j], ("\n" * 0) + v, pt, jc=("c" if j in (0, 3 + n) else (V.get("rata_docx") if j == 1 else None)))
            ai = sop["pelaksana"].index(s["pelaksana"]); cx = x0 + X[2 + ai] + wact / 2; cy = y + te + h / 2
            kind = "dec" if s["kep"] else ("term" if no in (1, len(Lk)) else "proc")
            sw = min(wact * 0.7, 16); sh = 9 if kind == "dec" else 6
            pos[no] = (cx, cy, sw, sh, kind, y, hR); y += hR
        lane_i = 0
        for k, no in enumerate(nomor):
            cx, cy, sw, sh, kind, ry, rh = pos[no]; s = Lk[no - 1]; kp = s["kep"] or {}
            G.bentuk({"dec": "flowChartDecision", "term": "flowChartTerminator", "proc": "flowChartProcess"}[kind], cx, cy, sw, sh)
            t_t, t_y = kp.get("tidak"), kp.get("ya"); side = None; main = None
            if s["kep"]:
                if t_t == no + 1 and t_y: side = ("Ya", t_y); main = "Tidak"
                else: main = "Ya"; side = ("Tidak", t_t)
            nxt = no + 1
            if nxt <= len(Lk):
                if nxt in pos:
                    nx, ny, nw, nh = pos[nxt][:4]; ym = pos[nxt][5] + 1.5
                    pts = [(cx, cy + sh / 2), (cx, ym)] + ([(nx, ym)] if abs(nx - cx) > .1 else []) + [(nx, ny - nh / 2)]
                    G.jalur(pts)
                elif k == len(nomor) - 1:
                    G.jalur([(cx, cy + sh / 2), (cx, ry + rh - 8)]); G.segilima(cx, ry + rh - 7.8, huruf[pi])
                if main: G.teks(cx + 0.8, cy + sh / 2 + 0.3, 8, 3.5, main, tengah=False)
            if k == 0 and pi > 0:
                G.segilima(cx, ry + 0.8, huruf[pi - 1]); G.jalur([(cx, ry + 7.4), (cx, cy - sh / 2)])
            if side and side[1] == "selesai":
                tcol = ai2 = sop["pelaksana"].index(s["pelaksana"])
                tcol = ai2 + 1 if ai2 + 1 < n else ai2 - 1
                tx = x0 + X[2 + tcol] + wact / 2; tw = min(wact * 0.7, 14); sg = 1 if tx > cx else -1
                G.jalur([(cx + sg * sw / 2, cy), (tx - sg * tw / 2, cy)])
                G.bentuk("flowChartTerminator", tx, cy, tw, 5.6); G.teks(tx - tw / 2, cy - 1.8, tw, 3.6, "Selesai")
                G.teks(min(cx, tx) + 1, cy - 4.6, abs(tx - cx) - 2, 3.5, "Tidak")
            elif side and side[1] is not None:
                tj = side[1]
                lane = x0 + X[2 + n] - 2.2 - 2.0 * (lane_i % 2); lane_i += 1
                if tj in pos:
                    tx, ty, tw, th = pos[tj][:4]
                    G.jalur([(cx + sw / 2, cy), (lane, cy), (lane, ty), (tx + tw / 2, ty)])
                else:
                    lompat.setdefault(tj, "DEFGHIJ"[len(lompat)])
                    lx = min(cx + sw / 2 + 6, lane); G.jalur([(cx + sw / 2, cy), (lx - 2.8, cy)]); G.lingkar(lx, cy, lompat[tj])
                G.teks(cx + sw / 2 + 0.3, cy - 4.2, 8, 3.5, side[0], tengah=False)
            for src in range(1, len(Lk) + 1):
                kp2 = Lk[src - 1]["kep"] or {}
                tjs = [v for v in (kp2.get("tidak"), kp2.get("ya")) if isinstance(v, int) and v != src + 1]
                if no in tjs and src not in pos:
                    lompat.setdefault(no, "DEFGHIJ"[len(lompat)]); lx = cx + sw / 2 + 5
                    G.lingkar(lx, cy, lompat[no]); G.jalur([(lx - 2.8, cy), (cx + sw / 2, cy)])
        for xml in G.xml: ank._p.append(parse_xml(xml))
    d.save(path)
    return pages


XDR = ('xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')

class GambarXL:
    """Koordinat mutlak (EMU) diubah ke jangkar sel (twoCellAnchor)."""
    def __init__(self, colw_emu, rowh_emu, font):
        self.cw = colw_emu; self.rh = rowh_emu; self.el = []; self.nid = 1; self.font = font
    def _sel(self, x, y):
        c = 0
        while c < len(self.cw) - 1 and x >= self.cw[c]: x -= self.cw[c]; c += 1
        r = 0
        while r < len(self.rh) - 1 and y >= self.rh[r]: y -= self.rh[r]; r += 1
        return c, int(max(0, x)), r, int(max(0, y))
    def _anchor(self, x1, y1, x2, y2, body):
        a = self._sel(min(x1, x2), min(y1, y2)); b = self._sel(max(x1, x2), max(y1, y2))
        self.el.append(f'<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>{a[0]}</xdr:col><xdr:colOff>{a[1]}</xdr:colOff><xdr:row>{a[2]}</xdr:row><xdr:rowOff>{a[3]}</xdr:rowOff></xdr:from>'
                       f'<xdr:to><xdr:col>{b[0]}</xdr:col><xdr:colOff>{b[1]}</xdr:colOff><xdr:row>{b[2]}</xdr:row><xdr:rowOff>{b[3]}</xdr:rowOff></xdr:to>{body}<xdr:clientData/></xdr:twoCellAnchor>')
    def _id(self):
        self.nid += 1; return self.nid
    def bentuk(self, prst, cx, cy, w, h):
        i = self._id()
        body = (f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{i}" name="Bentuk {i}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr>'
                f'<a:xfrm><a:off x="{int(cx-w/2)}" y="{int(cy-h/2)}"/><a:ext cx="{int(w)}" cy="{int(h)}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
                f'<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr></xdr:sp>')
        self._anchor(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, body)
    def garis(self, x1, y1, x2, y2, panah):
        i = self._id(); fh = ' flipH="1"' if x2 < x1 else ""; fv = ' flipV="1"' if y2 < y1 else ""
        uj = '<a:tailEnd type="triangle" w="sm" len="sm"/>' if panah else ""
        body = (f'<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{i}" name="Penghubung {i}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr>'
                f'<a:xfrm{fh}{fv}><a:off x="{int(min(x1,x2))}" y="{int(min(y1,y2))}"/><a:ext cx="{int(abs(x2-x1))}" cy="{int(abs(y2-y1))}"/></a:xfrm>'
                f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>{uj}</a:ln></xdr:spPr></xdr:cxnSp>')
        self._anchor(x1, y1, x2, y2, body)
    def jalur(self, pts):
        for k in range(len(pts) - 1): self.garis(*pts[k], *pts[k + 1], panah=(k == len(pts) - 2))
    def teks(self, x, y, w, h, t, sz=700):
        i = self._id()
        body = (f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{i}" name="Teks {i}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr>'
                f'<a:xfrm><a:off x="{int(x)}" y="{int(y)}"/><a:ext cx="{int(w)}" cy="{int(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>'
                f'<xdr:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" wrap="none"/><a:lstStyle/><a:p><a:r><a:rPr lang="id-ID" sz="{sz}"><a:latin typeface="{self.font}"/></a:rPr><a:t>{t}</a:t></a:r></a:p></xdr:txBody></xdr:sp>')
        self._anchor(x, y, x + w, y + h, body)
    def xml(self):
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr {XDR}>' + "".join(self.el) + "</xdr:wsDr>"

def _sisip_gambar(path, drawing_xml):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zo:
        names = zi.namelist()
        for nm in names:
            b = zi.read(nm)
            if nm == "[Content_Types].xml":
                b = b.decode().replace("</Types>", '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>').encode()
            elif nm == "xl/worksheets/sheet1.xml":
                s = b.decode()
                tag = '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdGb1"/>'
                m = _re.search(r"<(legacyDrawing|tableParts|extLst)\b", s)
                s = s[:m.start()] + tag + s[m.start():] if m else s.replace("</worksheet>", tag + "</worksheet>")
                b = s.encode()
            elif nm == "xl/worksheets/_rels/sheet1.xml.rels":
                b = b.decode().replace("</Relationships>", '<Relationship Id="rIdGb1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>').encode()
            zo.writestr(nm, b)
        if "xl/worksheets/_rels/sheet1.xml.rels" not in names:
            zo.writestr("xl/worksheets/_rels/sheet1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdGb1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
        zo.writestr("xl/drawings/drawing1.xml", drawing_xml)
    shutil.move(tmp, path)

def buat_xlsx_bentuk(sop, V, path):
    """Identitas (baris atas) + pemisah halaman + bagan; simbol dan garis sebagai bentuk DrawingML (xdr) yang ditulis sendiri."""
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "SOP"
    tipis = Side(style="thin"); B = Border(left=tipis, right=tipis, top=tipis, bottom=tipis)
    n = len(sop["pelaksana"]); ket = not sop.get("tanpa_ket"); Lk = sop["langkah"]
    lebar = [5, V.get("xl_keg", 40)] + [V.get("xl_pelaksana", 11)] * n + list(V.get("xl_mutu", (20, 10, 20))) + ([V.get("xl_ket", 13)] if ket else [])
    nc = len(lebar)
    for j, w in enumerate(lebar, 1): ws.column_dimensions[get_column_letter(j)].width = w
    F = V["font"]; pt = V["pt"]
    def tulis(rr, cc, v, bold=False, h="center", vv="center", sz=None, rot=0):
        c = ws.cell(row=rr, column=cc, value=v); c.font = Font(name=F, size=sz or pt, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical=vv, horizontal=h, text_rotation=rot); c.border = B; return c
    def kotak(r1, c1, r2, c2):
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1): ws.cell(row=rr, column=cc).border = B
    tinggi = {}
    def set_h(r, h): ws.row_dimensions[r].height = h; tinggi[r] = h
    r = 1
    gaya = V.get("daftar", "angka")
    def isi(xs):
        if len(xs) <= 1: return " ".join(xs)
        if gaya == "butir": return "\n".join(f"• {x}" for x in xs)
        if gaya == "huruf": return "\n".join(f"{'abcdefghij'[j]}. {x}" for j, x in enumerate(xs))
        return "\n".join(f"{j}. {x}" for j, x in enumerate(xs, 1))
    cpp = lambda wch: max(8, int(wch * 1.15 * 8 / pt))  # perkiraan huruf per baris
    if sop.get("identitas"):
        I = sop["identitas"]; mid = 3 + n // 2
        rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(x for x in sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
        tulis(r, 1, "\n".join(sop["kop"]), True, sz=pt + 1); ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=mid - 1); kotak(r, 1, r + len(rows) - 1, mid - 1)
        for a, b in rows:
            tulis(r, mid, a, True, "left"); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=mid + 1)
            tulis(r, mid + 2, b, False, "left"); ws.merge_cells(start_row=r, start_column=mid + 2, end_row=r, end_column=nc); kotak(r, mid, r, nc)
            set_h(r, 15 * max(1, b.count("\n") + 1)); r += 1
        set_h(r, 8); r += 1
        wl = sum(lebar[:mid - 1]); wr = sum(lebar[mid - 1:])
        for a, b, xa, xb in [("Dasar Hukum :", "Kualifikasi Pelaksana :", I["dasar_hukum"], I["kualifikasi_pelaksana"]),
                             ("Keterkaitan :", "Peralatan/Perlengkapan :", I["keterkaitan"], I["peralatan"]),
                             ("Peringatan :", "Pencatatan dan Pendataan :", I["peringatan"], I["pencatatan"])]:
            tulis(r, 1, a, True, "left"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=mid - 1)
            tulis(r, mid, b, True, "left"); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=nc); kotak(r, 1, r, nc); set_h(r, 15); r += 1
            tulis(r, 1, isi(xa), False, "left", "top"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=mid - 1)
            tulis(r, mid, isi(xb), False, "left", "top"); ws.merge_cells(start_row=r, start_column=mid, end_row=r, end_column=nc); kotak(r, 1, r, nc)
            nl = max(sum(-(-(len(x) + 4) // cpp(wl)) for x in (xa or [""])), sum(-(-(len(x) + 4) // cpp(wr)) for x in (xb or [""])), 1)
            set_h(r, pt * 1.45 * nl + 6); r += 1
        ws.row_breaks.append(openpyxl.worksheet.pagebreak.Break(id=r - 1))
    if sop.get("judul_bagan"):
        c = tulis(r, 1, sop["judul_bagan"], True, sz=pt + 3); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc); set_h(r, 24); r += 1
    h = r; Hk = V["hdr"]
    tulis(h, 1, Hk["no"], True); ws.merge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
    tulis(h, 2, Hk["keg"], True); ws.merge_cells(start_row=h, start_column=2, end_row=h + 1, end_column=2)
    tulis(h, 3, Hk["pel"], True); ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=2 + n)
    tulis(h, 3 + n, Hk["mutu"], True); ws.merge_cells(start_row=h, start_column=3 + n, end_row=h, end_column=5 + n)
    if ket: tulis(h, 6 + n, Hk["ket"], True); ws.merge_cells(start_row=h, start_column=6 + n, end_row=h + 1, end_column=6 + n)
    kotak(h, 1, h + 1, nc)
    for i, a in enumerate(sop["pelaksana"]): tulis(h + 1, 3 + i, V["nama_pecah"].get(a, a), True)
    for j, k in enumerate(("kel", "wkt", "out")): tulis(h + 1, 3 + n + j, Hk[k], True)
    set_h(h, 18); set_h(h + 1, V.get("xl_kepala", 34)); r = h + 2
    if V["nomor_kolom"]:
        for j in range(nc): tulis(r, j + 1, j + 1, sz=pt - 1)
        set_h(r, 12); r += 1
    r1 = r
    for i, s in enumerate(Lk, 1):
        vals = [str(i), s["kegiatan"]] + [""] * n + [s["kelengkapan"] or "", s["waktu_teks"] or "", s["output"] or ""] + ([s["keterangan"] or ""] if ket else [])
        for j, v in enumerate(vals): tulis(r, j + 1, v, False, "left" if j in (1, 2 + n, 4 + n, 5 + n) else "center", "top" if j in (1, 2 + n, 4 + n, 5 + n) else "center")
        nl = max(len(vals[1]) / cpp(lebar[1]), len(vals[2 + n]) / cpp(lebar[2 + n]), len(vals[4 + n]) / cpp(lebar[4 + n]), 1)
        set_h(r, max(48 if s["kep"] else 38, pt * 1.4 * (int(nl) + 1) + 6)); r += 1
    ws.page_setup.orientation = "landscape" if V["lanskap"] else "portrait"
    ws.page_setup.paperSize = 14 if V.get("kertas") == "F4" else ws.PAPERSIZE_A4  # 14 = Folio 8.5x13
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = ws.page_margins.bottom = 0.5
    wb.save(path)
    # --- gambar
    EMU_PX = 9525
    cw = [int(w * 7 + 5) * EMU_PX for w in lebar] + [64 * EMU_PX] * 3
    rh = [int(tinggi.get(k, 15) * 12700) for k in range(1, r + 3)]
    G = GambarXL(cw, rh, F)
    X0 = [sum(cw[:j]) for j in range(len(cw))]; Y0 = [sum(rh[:k]) for k in range(len(rh))]
    wact = cw[2]; pos = {}
    for i, s in enumerate(Lk, 1):
        rr = r1 + i - 1; ai = sop["pelaksana"].index(s["pelaksana"])
        cx = X0[2 + ai] + wact / 2; cy = Y0[rr - 1] + rh[rr - 1] / 2
        kind = "dec" if s["kep"] else ("term" if i in (1, len(Lk)) else "proc")
        sw = wact * 0.68; sh = (34 if kind == "dec" else 21) * 12700
        pos[i] = (cx, cy, sw, sh, kind, Y0[rr - 1])
    lane_i = 0
    for i, s in enumerate(Lk, 1):
        cx, cy, sw, sh, kind, top = pos[i]; kp = s["kep"] or {}
        G.bentuk({"dec": "flowChartDecision", "term": "flowChartTerminator", "proc": "flowChartProcess"}[kind], cx, cy, sw, sh)
        t_t, t_y = kp.get("tidak"), kp.get("ya"); side = main = None
        if s["kep"]:
            if t_t == i + 1 and t_y: side = ("Ya", t_y); main = "Tidak"
            else: main = "Ya"; side = ("Tidak", t_t)
        if i + 1 in pos:
            nx, ny, nw, nh, _, ntop = pos[i + 1]; ym = ntop + 5 * 12700
            pts = [(cx, cy + sh / 2), (cx, ym)] + ([(nx, ym)] if abs(nx - cx) > 1000 else []) + [(nx, ny - nh / 2)]
            G.jalur(pts)
            if main: G.teks(cx + 3 * EMU_PX, cy + sh / 2 + 1 * EMU_PX, 40 * EMU_PX, 12 * EMU_PX, main)
        if side and isinstance(side[1], int):
            tx, ty, tw, th = pos[side[1]][:4]
            lane = X0[2 + n] - (6 + 5 * (lane_i % 2)) * EMU_PX; lane_i += 1
            G.jalur([(cx + sw / 2, cy), (lane, cy), (lane, ty), (tx + tw / 2, ty)])
            G.teks(cx + sw / 2 + 2 * EMU_PX, cy - 14 * EMU_PX, 40 * EMU_PX, 12 * EMU_PX, side[0])
    _sisip_gambar(path, G.xml())
