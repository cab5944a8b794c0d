# -*- coding: utf-8 -*-
"""DOCX (python-docx) dan XLSX (openpyxl) dengan bagan sebagai GAMBAR PNG:
 - DOCX: tabel baris tetap; seluruh area pelaksana tiap halaman digabung (vMerge+gridSpan) menjadi satu sel berisi satu gambar bagan.
 - XLSX: dicetak 'fit to page width' dengan garis grid tercetak; kepala PELAKSANA digabung 2 baris; satu gambar bagan per halaman.
Keduanya lalu diubah ke PDF dengan LibreOffice."""
import math, os, subprocess, copy
from PIL import Image, ImageDraw, ImageFont
import tata

def gambar_bagan(B, w_mm, h_mm, path, font, garis_kolom=None, garis_baris=None, dpi=200):
    s = dpi / 25.4
    im = Image.new("RGB", (int(round(w_mm * s)), int(round(h_mm * s))), "white")
    d = ImageDraw.Draw(im)
    lw = max(2, int(0.28 * s))
    for x in (garis_kolom or []):
        d.line([(x * s, 0), (x * s, h_mm * s)], fill="black", width=max(1, int(0.2 * s)))
    for y in (garis_baris or []):
        d.line([(0, y * s), (w_mm * s, y * s)], fill="black", width=max(1, int(0.2 * s)))
    F = lambda pt: ImageFont.truetype(tata.FONT[font], max(8, int(pt * 0.3528 * s)))
    for p in B.p:
        if p[0] == "sym":
            _, k, cx, cy, w, h = p
            box = [(cx - w / 2) * s, (cy - h / 2) * s, (cx + w / 2) * s, (cy + h / 2) * s]
            if k == "rect": d.rectangle(box, fill="white", outline="black", width=lw)
            elif k == "term": d.rounded_rectangle(box, radius=h / 2 * s, fill="white", outline="black", width=lw)
            else: d.polygon([(cx * s, (cy - h / 2) * s), ((cx + w / 2) * s, cy * s), (cx * s, (cy + h / 2) * s), ((cx - w / 2) * s, cy * s)], fill="white", outline="black", width=lw)
        elif p[0] == "line":
            _, pts, arrow = p
            q = [(x * s, y * s) for x, y in pts]
            if arrow:
                (x1, y1), (x2, y2) = q[-2], q[-1]
                a = math.atan2(y2 - y1, x2 - x1); L = 2.0 * s; Wd = 0.8 * s
                bx, by = x2 - L * math.cos(a), y2 - L * math.sin(a)
                q2 = q[:-1] + [(bx, by)]
                d.line(q2, fill="black", width=lw, joint="curve")
                d.polygon([(x2, y2), (bx - Wd * math.sin(a), by + Wd * math.cos(a)), (bx + Wd * math.sin(a), by - Wd * math.cos(a))], fill="black")
            else:
                d.line(q, fill="black", width=lw, joint="curve")
        elif p[0] == "text":
            _, x, y, t, pt, anc = p
            f = F(pt); tw = d.textlength(t, font=f)
            xx = x * s - (tw / 2 if anc == "middle" else tw if anc == "end" else 0)
            d.text((xx, y * s), t, fill="black", font=f, anchor="ls")
        elif p[0] == "circle":
            _, cx, cy, r, t = p
            d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill="white", outline="black", width=lw)
            d.text((cx * s, cy * s), t, fill="black", font=F(7), anchor="mm")
        elif p[0] == "penta":
            _, cx, y, w, h, t = p
            d.polygon([((cx - w / 2) * s, y * s), ((cx + w / 2) * s, y * s), ((cx + w / 2) * s, (y + h * 0.6) * s), (cx * s, (y + h) * s), ((cx - w / 2) * s, (y + h * 0.6) * s)], fill="white", outline="black", width=lw)
            d.text((cx * s, (y + h * 0.4) * s), t, fill="black", font=F(7), anchor="mm")
    im = im.convert("L").point(lambda v: 0 if v < 140 else 255).convert("1")
    im.save(path, dpi=(dpi, dpi), optimize=True)

def blok_halaman(sop, V, cols, halaman, p, huruf, strip=10.0):
    """Bagan satu halaman dengan asal di kiri-atas area pelaksana (termasuk jalur penghubung atas/bawah).
    Kembalikan (Bagan, lebar, tinggi, garis_kolom, garis_baris, daftar tinggi baris [mm] termasuk strip)."""
    pel = [c for c in cols if isinstance(c["key"], tuple)]
    x0 = -pel[0]["x"]
    hs = halaman[p]
    y = strip if p > 0 else 0.0
    rows = {}; tinggi = []
    if p > 0: tinggi.append(("strip", strip))
    for i in hs:
        rows[i] = (y, V["_tinggi"][i]); y += V["_tinggi"][i]; tinggi.append((i, V["_tinggi"][i]))
    if p < len(halaman) - 1:
        tinggi.append(("strip", strip)); y += strip
    B = tata.bagan_halaman(sop, V, cols, rows, p, halaman, huruf, x0)
    W = sum(c["w"] for c in pel)
    gk = [c["x"] - pel[0]["x"] for c in pel[1:]]
    gb = []; yy = 0
    for _, h in tinggi[:-1]:
        yy += h; gb.append(yy)
    return B, W, y, gk, gb, tinggi

# ------------------------------------------------------------------ DOCX
from docx import Document
from docx.shared import Mm, Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def _teks(cell, t, pt, font, bold=False, al=None):
    cell.text = ""
    par = cell.paragraphs[0]
    for k, baris in enumerate((t or "").split("\n")):
        if k: par = cell.add_paragraph()
        pf = par.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0)
        if al: par.alignment = al
        r = par.add_run(baris); r.font.size = Pt(pt); r.font.name = font; r.bold = bold
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)

def _tinggi(row, mm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(mm / 25.4 * 1440))); h.set(qn("w:hRule"), "exact"); trPr.append(h)

def _lebar_tetap(t, ws):
    tbl = t._tbl; tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in t.rows:
        for c, w in zip(row.cells, ws): c.width = Mm(w)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws): gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))

def _margin_nol(cell):
    tcPr = cell._tc.get_or_add_tcPr(); mar = OxmlElement("w:tcMar")
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + s); e.set(qn("w:w"), "0"); e.set(qn("w:type"), "dxa"); mar.append(e)
    tcPr.append(mar)

def buat_docx(sop, V, path, tmpdir):
    V.setdefault("pad_kepala", 5.0)
    W, Hh = V["kertas"]; m = V.get("margin", 10); Wt = W - 2 * m
    cols = tata.kolom(sop, V, Wt)
    V["_tinggi"] = {i: tata.tinggi_baris(sop, V, cols, i) + V.get("tambah_baris", 2) for i in range(1, len(sop["langkah"]) + 1)}
    kep_h = 24 + (4.5 if V.get("nomor_kolom") else 0)
    halaman = tata.paginasi(sop, V, lambda p: Hh - 2 * m - 10 - kep_h - 28)
    huruf = tata.daftar_huruf_awal(sop, halaman)
    d = Document()
    sec = d.sections[0]
    if W > Hh: sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(W), Mm(Hh)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, a, Mm(m))
    sec.header_distance = Mm(4); sec.footer_distance = Mm(4)
    st = d.styles["Normal"]; st.font.name = V["font"]; st.font.size = Pt(V["pt"])
    st.paragraph_format.space_after = Pt(0)
    pt = V["pt"]; font = V["font"]
    ws = [c["w"] for c in cols]
    npel = len(sop["pelaksana"]); ip0 = next(k for k, c in enumerate(cols) if isinstance(c["key"], tuple))
    for p, hs in enumerate(halaman):
        if p > 0:
            par = d.add_paragraph(); par.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
            par.paragraph_format.space_after = Pt(0)
            r = par.runs[0]; r.font.size = Pt(1)
        B, bw, bh, gk, gb, tinggi = blok_halaman(sop, V, cols, halaman, p, huruf)
        png = os.path.join(tmpdir, "%s_h%d.png" % (sop["id"], p + 1))
        gambar_bagan(B, bw, bh, png, font, gk, gb)
        nrow = 3 + (1 if V.get("nomor_kolom") else 0) + len(tinggi)
        t = d.add_table(rows=nrow, cols=len(cols)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        _lebar_tetap(t, ws)
        # baris judul
        rj = t.rows[0]; c = rj.cells[0].merge(rj.cells[-1])
        _teks(c, sop.get("judul_bagan") or sop["nama_sop"], pt + 1.5, font, True, WD_ALIGN_PARAGRAPH.CENTER); _tinggi(rj, 8)
        # kepala 2 baris
        ph = max(tata.tinggi_teks(c["kepala"], c["w"] - 2.2, pt - 0.5, font, True) for c in cols if c["grup"]) + 2.5
        r1, r2 = t.rows[1], t.rows[2]; _tinggi(r1, 6); _tinggi(r2, max(8, ph))
        k = 0
        while k < len(cols):
            cc = cols[k]
            if cc["grup"]:
                j = k
                while j + 1 < len(cols) and cols[j + 1]["grup"] == cc["grup"]: j += 1
                g = r1.cells[k].merge(r1.cells[j]); _teks(g, cc["grup"], pt, font, True, WD_ALIGN_PARAGRAPH.CENTER)
                for q in range(k, j + 1):
                    _teks(r2.cells[q], cols[q]["kepala"], pt - 0.5, font, True, WD_ALIGN_PARAGRAPH.CENTER)
                    r2.cells[q].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                k = j + 1
            else:
                g = r1.cells[k].merge(r2.cells[k]); _teks(g, cc["kepala"], pt, font, True, WD_ALIGN_PARAGRAPH.CENTER)
                g.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                k += 1
        rr = 3
        if V.get("nomor_kolom"):
            for q in range(len(cols)): _teks(t.rows[3].cells[q], str(q + 1), pt - 1, font, False, WD_ALIGN_PARAGRAPH.CENTER)
            _tinggi(t.rows[3], 4.5); rr = 4
        for n, (i, h) in enumerate(tinggi):
            row = t.rows[rr + n]; _tinggi(row, h)
            if i == "strip": continue
            for q, cc in enumerate(cols):
                if isinstance(cc["key"], tuple): continue
                tt = tata.isi_sel(sop, i, cc["key"])
                if tt: _teks(row.cells[q], tt, pt, font, False, None if cc["key"] == "keg" else WD_ALIGN_PARAGRAPH.CENTER)
        # gabung area pelaksana -> satu sel berisi gambar
        a = t.rows[rr].cells[ip0]; b = t.rows[rr + len(tinggi) - 1].cells[ip0 + npel - 1]
        g = a.merge(b); g.text = ""; _margin_nol(g)
        par = g.paragraphs[0]; pf = par.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = 1.0
        par.add_run().add_picture(png, width=Mm(bw), height=Mm(bh))
    d.save(path)
    return dict(halaman=halaman, hal_id=False, ident=None, cols=cols)

# ------------------------------------------------------------------ XLSX
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.drawing.image import Image as XImage
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter

def buat_xlsx(sop, V, path, tmpdir):
    """Satu lembar kerja: identitas (opsional) + bagan; kolom dalam satuan karakter."""
    W, Hh = V["kertas"]; Wt = V.get("lebar_lembar", W - 22)
    skala = (W - 22) / Wt
    cols = tata.kolom(sop, V, Wt)
    V["_tinggi"] = {i: tata.tinggi_baris(sop, V, cols, i) + 2 for i in range(1, len(sop["langkah"]) + 1)}
    halaman = tata.paginasi(sop, V, lambda p: (Hh - 30) / skala - 45 - (V.get("tinggi_id", 0) if p == 0 else 0))
    huruf = tata.daftar_huruf_awal(sop, halaman)
    pt = V["pt"]; font = V["font"]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "SOP"
    tipis = Side(style="thin", color="000000")
    bd = Border(left=tipis, right=tipis, top=tipis, bottom=tipis)
    def lebar_char(mm): return round((mm / 25.4 * 96 - 5) / 7, 2)
    def px_kolom(ch): return int(ch * 7 + 5)
    chw = [lebar_char(c["w"]) for c in cols]
    for k, w in enumerate(chw): ws.column_dimensions[get_column_letter(k + 1)].width = w
    def tulis(r, c, v, bold=False, h="center", v_al="center", sz=None, wrap=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name=font, size=sz or pt, bold=bold); cell.alignment = Alignment(horizontal=h, vertical=v_al, wrap_text=wrap)
        return cell
    def kotak(r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1): ws.cell(row=r, column=c).border = bd
    nc = len(cols); r = 1
    def set_h(rr, mm): ws.row_dimensions[rr].height = round(mm / 25.4 * 72, 2)
    if sop.get("identitas") and V.get("ident"):
        I = sop["identitas"]
        half = nc // 2
        # kop + blok
        tulis(r, 1, "\n".join(sop["kop"]), True); ws.merge_cells(start_row=r, start_column=1, end_row=r + 5, end_column=half)
        kotak(r, 1, r + 5, half)
        baris = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(x for x in sop["disahkan"] if x))] + [("Nama SOP", sop["nama_sop"])]
        for k, (l, v) in enumerate(baris):
            rr = r + k
            tulis(rr, half + 1, l, h="left"); ws.merge_cells(start_row=rr, start_column=half + 1, end_row=rr, end_column=half + 2)
            tulis(rr, half + 3, v, bold=(l == "Nama SOP"), h="left"); ws.merge_cells(start_row=rr, start_column=half + 3, end_row=rr, end_column=nc)
            kotak(rr, half + 1, rr, nc)
            set_h(rr, 6 if l != "Disahkan Oleh" else 22)
        r += len(baris)
        lab = [("Dasar Hukum", "dasar_hukum", sop.get("label_kual", "Kualifikasi Pelaksana"), "kualifikasi_pelaksana"),
               ("Keterkaitan", "keterkaitan", "Peralatan/Perlengkapan", "peralatan"),
               ("Peringatan", "peringatan", sop.get("label_catat", "Pencatatan dan Pendataan"), "pencatatan")]
        for la, ka, lb, kb in lab:
            tulis(r, 1, la + " :", True, h="left"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=half)
            tulis(r, half + 1, lb + " :", True, h="left"); ws.merge_cells(start_row=r, start_column=half + 1, end_row=r, end_column=nc)
            kotak(r, 1, r, nc); r += 1
            def fmt(key):
                xs = I[key]
                if key == "peringatan": return " ".join(xs)
                return "\n".join("%d. %s" % (q + 1, x) for q, x in enumerate(xs))
            ta, tb = fmt(ka), fmt(kb)
            tulis(r, 1, ta, h="left", v_al="top"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=half)
            tulis(r, half + 1, tb, h="left", v_al="top"); ws.merge_cells(start_row=r, start_column=half + 1, end_row=r, end_column=nc)
            kotak(r, 1, r, nc)
            wa = sum(c["w"] for c in cols[:half]); wb_ = sum(c["w"] for c in cols[half:])
            hh = max(tata.tinggi_teks(ta, wa - 3, pt, font), tata.tinggi_teks(tb, wb_ - 3, pt, font)) + 3
            set_h(r, max(6, hh)); r += 1
        r += 1
    # judul + kepala
    awal_kepala = r
    tulis(r, 1, sop["nama_sop"], True, sz=pt + 2); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc); set_h(r, 8); r += 1
    k1 = r
    k = 0
    while k < nc:
        cc = cols[k]
        if cc["grup"]:
            j = k
            while j + 1 < nc and cols[j + 1]["grup"] == cc["grup"]: j += 1
            if cc["grup"] == V["kepala"]["pel"]:   # kepala PELAKSANA digabung 2 baris
                tulis(k1, k + 1, cc["grup"], True); ws.merge_cells(start_row=k1, start_column=k + 1, end_row=k1 + 1, end_column=j + 1)
            else:
                tulis(k1, k + 1, cc["grup"], True); ws.merge_cells(start_row=k1, start_column=k + 1, end_row=k1, end_column=j + 1)
                for q in range(k, j + 1):
                    tulis(k1 + 1, q + 1, cols[q]["kepala"], True); ws.merge_cells(start_row=k1 + 1, start_column=q + 1, end_row=k1 + 2, end_column=q + 1)
            if cc["grup"] == V["kepala"]["pel"]:
                for q in range(k, j + 1): tulis(k1 + 2, q + 1, cols[q]["kepala"], True)
            k = j + 1
        else:
            tulis(k1, k + 1, cc["kepala"], True); ws.merge_cells(start_row=k1, start_column=k + 1, end_row=k1 + 2, end_column=k + 1); k += 1
    kotak(k1, 1, k1 + 2, nc)
    set_h(k1, 5); set_h(k1 + 1, 5)
    ph = max(tata.tinggi_teks(c["kepala"], c["w"] - 2, pt, font, True) for c in cols if isinstance(c["key"], tuple)) + 2
    set_h(k1 + 2, max(6, ph))
    r = k1 + 3
    if V.get("cetak_judul_ulang"):
        ws.print_title_rows = "%d:%d" % (k1, k1 + 2)
    ip0 = next(q for q, c in enumerate(cols) if isinstance(c["key"], tuple))
    pel_px_w = sum(px_kolom(chw[q]) for q in range(ip0, ip0 + len(sop["pelaksana"])))
    for p, hs in enumerate(halaman):
        if p > 0:
            ws.row_breaks.append(Break(id=r - 1))
        B, bw, bh, gk, gb, tinggi = blok_halaman(sop, V, cols, halaman, p, huruf)
        r0 = r
        for i, h in tinggi:
            set_h(r, h)
            if i != "strip":
                for q, cc in enumerate(cols):
                    if isinstance(cc["key"], tuple): continue
                    tt = tata.isi_sel(sop, i, cc["key"])
                    tulis(r, q + 1, tt, h="left" if cc["key"] == "keg" else "center", v_al="top")
            for q in range(nc):
                if not isinstance(cols[q]["key"], tuple): ws.cell(row=r, column=q + 1).border = bd
            r += 1
        # gambar dengan ukuran piksel persis (kolom: ch*7+5 px; baris: pt*96/72 px)
        png = os.path.join(tmpdir, "%s_x%d.png" % (sop["id"], p + 1))
        gambar_bagan(B, bw, bh, png, font, gk, gb)
        img = XImage(png)
        img.width = pel_px_w
        img.height = int(round(sum(round(h / 25.4 * 72, 2) for _, h in tinggi) * 96 / 72))
        ws.add_image(img, "%s%d" % (get_column_letter(ip0 + 1), r0))
    ws.page_setup.orientation = "landscape" if W > Hh else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = bool(V.get("grid_cetak", True))
    ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = ws.page_margins.bottom = 0.5
    if V.get("kaki_hal"):
        ws.oddFooter.right.text = "Halaman &P dari &N"
    wb.save(path)
    return dict(halaman=halaman, hal_id=False, ident=V.get("ident") if sop.get("identitas") else None, cols=cols)

def ke_pdf(path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
