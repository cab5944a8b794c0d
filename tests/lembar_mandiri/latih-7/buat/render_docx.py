# -*- coding: utf-8 -*-
"""python-docx -> LibreOffice Writer (latih-5).
 - gaya 'bentuk': tabel dengan baris tinggi tetap; simbol, garis berpanah, Ya/Tidak, penghubung = BENTUK DrawingML (wps) yang
   dijangkarkan di sel judul tabel tiap halaman, posisi relatif halaman (dihitung dari lebar kolom / tinggi baris yang sama).
 - gaya 'karakter': simbol sebagai karakter dalam sel pelaksana (⬭ ▭ ◇) + teks 'Ya → n' / 'Tidak → n' / 'Tidak → Selesai'; baris tinggi minimum.
Halaman identitas (opsional) = tabel pertama. Setiap halaman bagan = satu tabel diawali baris judul."""
import os, subprocess, copy
from docx import Document
from docx.shared import Mm, Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
import tata

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU = 36000
_id = [100]

def _anchor(x, y, w, h, geom, fill=True, ln=True, arrow=False, flipH=False, flipV=False, teks=None, pt=7, font="Liberation Sans", kepala_panah=False, hitam=False):
    _id[0] += 1; n = _id[0]
    w = max(w, 0.0); h = max(h, 0.0)
    fl = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % ("000000" if hitam else "FFFFFF") if fill else "<a:noFill/>")
    lnx = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>%s</a:ln>' % (('<a:headEnd type="triangle" w="sm" len="sm"/>' if kepala_panah else '<a:tailEnd type="triangle" w="sm" len="sm"/>') if arrow else "")) if ln else "<a:ln><a:noFill/></a:ln>"
    fx = (' flipH="1"' if flipH else "") + (' flipV="1"' if flipV else "")
    tx = ""
    if teks is not None:
        tx = ('<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/><w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:txbxContent></wps:txbx>') % (font, font, int(pt * 2), teks)
    body = '<wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/>' if teks is not None else "<wps:bodyPr/>"
    xml = ('<w:r %s><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="0" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/>'
           '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="%d" name="Bentuk %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr%s/>'
           '<wps:spPr><a:xfrm%s><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</wps:spPr>%s%s</wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
        NS, 2000 + n, int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU), n, n, ' txBox="1"' if (teks is not None and not ln) else "",
        fx, int(w * EMU), int(h * EMU), geom, fl, lnx, tx, body)
    return parse_xml(xml)

def bentuk_bagan(par, B, font):
    """Tambahkan primitif Bagan (mm halaman) sebagai bentuk DrawingML ke paragraf par."""
    GEOM = {"rect": "flowChartProcess", "term": "flowChartTerminator", "diamond": "flowChartDecision"}
    for p in B.p:
        if p[0] == "line":
            _, pts, arrow = p
            T = 0.26
            for k in range(len(pts) - 1):
                (x1, y1), (x2, y2) = pts[k], pts[k + 1]
                last = arrow and k == len(pts) - 2
                L = abs(x2 - x1) + abs(y2 - y1)
                if last and L > 2.6:  # ruas terakhir: badan = persegi tipis, ujung 2,5 mm = garis berpanah
                    f = (L - 2.5) / L
                    xm, ym = x1 + (x2 - x1) * f, y1 + (y2 - y1) * f
                    par._p.append(_anchor(min(xm, x2), min(ym, y2), abs(x2 - xm), abs(y2 - ym), "line", fill=False, arrow=True, kepala_panah=(x2 < xm or y2 < ym)))
                    x2, y2 = xm, ym
                elif last:
                    par._p.append(_anchor(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), "line", fill=False, arrow=True, kepala_panah=(x2 < x1 or y2 < y1)))
                    continue
                # ruas datar/tegak sebagai persegi hitam tipis (garis panjang tegak tidak stabil di Writer)
                if abs(x2 - x1) < 0.01:
                    par._p.append(_anchor(x1 - T / 2, min(y1, y2) - T / 2, T, abs(y2 - y1) + T, "rect", ln=False, fill=True, hitam=True))
                else:
                    par._p.append(_anchor(min(x1, x2) - T / 2, y1 - T / 2, abs(x2 - x1) + T, T, "rect", ln=False, fill=True, hitam=True))
    for p in B.p:
        if p[0] == "sym":
            _, k, cx, cy, w, h = p
            par._p.append(_anchor(cx - w / 2, cy - h / 2, w, h, GEOM[k]))
        elif p[0] == "circle":
            _, cx, cy, r, t = p
            par._p.append(_anchor(cx - r, cy - r, 2 * r, 2 * r, "ellipse", teks=t, pt=7, font=font))
        elif p[0] == "penta":
            _, cx, y, w, h, t = p
            par._p.append(_anchor(cx - w / 2, y, w, h, "flowChartOffpageConnector", teks=t, pt=7, font=font))
    for p in B.p:
        if p[0] == "text":
            _, x, y, t, pt, anc = p
            tw = tata.lebar(t, pt, font) + 1.2; th = pt * 0.3528 * 1.45
            xx = x - (tw / 2 if anc == "middle" else tw if anc == "end" else 0)
            par._p.append(_anchor(xx, y - th * 0.78, tw, th, "rect", fill=False, ln=False, teks=t, pt=pt, font=font))

def _sel_teks(cell, t, pt, font, bold=False, al=None, pad=1.2):
    cell.text = ""
    paras = (t or "").split("\n")
    for k, s in enumerate(paras):
        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        pf = par.paragraph_format; pf.space_before = Mm(pad if k == 0 else 0); pf.space_after = Mm(0); pf.line_spacing = 1.0
        pf.left_indent = Mm(1.0); pf.right_indent = Mm(1.0)
        if al: par.alignment = al
        if s:
            r = par.add_run(s); r.font.size = Pt(pt); r.font.name = font; r.bold = bold
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

def _tinggi(row, mm, exact=True):
    trPr = row._tr.get_or_add_trPr()
    h = parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (NS, int(mm * 56.6929), "exact" if exact else "atLeast"))
    trPr.append(h)

def _tabel(doc, ncol, nrow, widths):
    t = doc.add_table(rows=nrow, cols=ncol)
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (NS, "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV")))))
    tblPr.append(parse_xml('<w:tblCellMar %s><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' % NS))
    tblPr.append(parse_xml('<w:tblInd %s w:w="0" w:type="dxa"/>' % NS))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % NS))
    grid = t._tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[k] * 56.6929)))
    for row in t.rows:
        for k, c in enumerate(row.cells): c.width = Mm(widths[k])
    return t

def _arsir(cell):
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % NS))

def _vtengah(cell):
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:vAlign %s w:val="center"/>' % NS))

def _pemisah(doc):
    """Paragraf pemisah halaman sangat rendah (0,4 mm) agar tabel berikutnya mulai tepat di margin atas."""
    par = doc.add_paragraph(); pf = par.paragraph_format
    pf.space_before = Mm(0); pf.space_after = Mm(0)
    par._p.get_or_add_pPr().append(parse_xml('<w:spacing %s w:line="23" w:lineRule="exact" w:before="0" w:after="0"/>' % NS))
    r = par.add_run(); r.font.size = Pt(1); r._r.append(parse_xml('<w:br %s w:type="page"/>' % NS))
    return par

SIMBOL = {"term": "\u25A2", "rect": "\u25AD", "diamond": "\u25C7"}

def identitas(doc, sop, V, Wt):
    I = sop["identitas"]; pt = V.get("pt_id", V["pt"]); font = V["font"]
    rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
    w = [Wt * 0.45, Wt * 0.55 * 0.36, Wt * 0.55 * 0.64]
    t = _tabel(doc, 3, len(rows), w)
    kop = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0))
    _sel_teks(kop, "\n".join(sop["kop"]), pt + 0.5, font, True, WD_ALIGN_PARAGRAPH.CENTER); _vtengah(kop)
    for k, (l, v) in enumerate(rows):
        _sel_teks(t.cell(k, 1), l, pt, font)
        _sel_teks(t.cell(k, 2), v, pt, font, bold=(l == "Nama SOP"), al=WD_ALIGN_PARAGRAPH.CENTER if l == "Disahkan Oleh" else None)
    lab = dict(dasar_hukum="Dasar Hukum", kualifikasi_pelaksana="Kualifikasi Pelaksana", keterkaitan="Keterkaitan",
               peralatan="Peralatan/Perlengkapan", peringatan="Peringatan", pencatatan="Pencatatan dan Pendataan")
    t2 = _tabel(doc, 2, 3, [Wt / 2, Wt / 2])
    for r, (a, b) in enumerate([("dasar_hukum", "kualifikasi_pelaksana"), ("keterkaitan", "peralatan"), ("peringatan", "pencatatan")]):
        for c, k in enumerate((a, b)):
            cell = t2.cell(r, c)
            if k == "peringatan": body = [" ".join(I[k])] if I[k] else []
            else:
                gaya = sop.get("butir_kual") if k == "kualifikasi_pelaksana" else None
                body = [("%s. " % chr(97 + i) if gaya == "huruf" else "%d. " % (i + 1)) + x for i, x in enumerate(I[k])]
            _sel_teks(cell, lab[k] + " :", pt, font, True)
            for x in body:
                par = cell.add_paragraph(); pf = par.paragraph_format; pf.space_after = Mm(0); pf.left_indent = Mm(5.2 if k != "peringatan" else 1.0)
                pf.first_line_indent = Mm(-4.2 if k != "peringatan" else 0); pf.right_indent = Mm(1.0)
                rr = par.add_run(x); rr.font.size = Pt(pt); rr.font.name = font
            cell.add_paragraph().paragraph_format.space_after = Mm(1)

def buat(sop, V, path, gaya="bentuk"):
    W, Hh = V["kertas"]; m = V.get("margin", 12); Wt = W - 2 * m
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if W > Hh else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(W), Mm(Hh)
    sec.left_margin = sec.right_margin = sec.top_margin = Mm(m); sec.bottom_margin = Mm(m - 4)
    sec.header_distance = sec.footer_distance = Mm(4)
    st = doc.styles["Normal"]; st.font.name = V["font"]; st.font.size = Pt(V["pt"])
    st.paragraph_format.space_after = Mm(0)
    cols = tata.kolom(sop, V, Wt)
    pt, font = V["pt"], V["font"]
    ekstra = V.get("tambah_baris", 2.0)
    V["_tinggi"] = {i: tata.tinggi_baris(sop, V, cols, i) * 1.06 + ekstra for i in range(1, len(sop["langkah"]) + 1)}
    if gaya == "karakter":
        for i in V["_tinggi"]:
            if sop["langkah"][i - 1]["kep"]: V["_tinggi"][i] = max(V["_tinggi"][i], 14)
    judul_h = 8.0
    g1 = 6.0
    ph = max(tata.tinggi_teks(c["kepala"], c["w"] - 2.4, pt, font, True) for c in cols if not c["key"] in ("no",)) * 1.1 + 3.0
    h2 = max(ph, 8.0)
    ada_id = bool(sop.get("identitas")) and V.get("ident")
    def tersedia(p): return Hh - m - (m - 4) - judul_h - g1 - h2 - 24
    halaman = tata.paginasi(sop, V, tersedia)
    huruf = tata.daftar_huruf_awal(sop, halaman)
    if ada_id:
        identitas(doc, sop, V, Wt); _pemisah(doc)
    for p, hs in enumerate(halaman):
        if p > 0: _pemisah(doc)
        y0 = m + (0.4 if (p > 0 or ada_id) else 0.0)
        tinggi = [("judul", judul_h), ("g1", g1), ("h2", h2)]
        if p > 0: tinggi.append(("strip", 10.0))
        tinggi += [(i, V["_tinggi"][i]) for i in hs]
        if p < len(halaman) - 1: tinggi.append(("strip", 10.0))
        t = _tabel(doc, len(cols), len(tinggi), [c["w"] for c in cols])
        rows = {}; y = y0
        for r, (k, h) in enumerate(tinggi):
            _tinggi(t.rows[r], h, exact=(gaya == "bentuk" or k in ("judul", "strip")))
            if isinstance(k, int): rows[k] = (y, h)
            y += h
        # judul
        jc = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
        _sel_teks(jc, V.get("awalan_judul", "") + sop["nama_sop"], pt + 1.5, font, True, WD_ALIGN_PARAGRAPH.CENTER, pad=1.8)
        # kepala 2 baris
        i = 0
        while i < len(cols):
            c = cols[i]
            if c["grup"]:
                j = i
                while j + 1 < len(cols) and cols[j + 1]["grup"] == c["grup"]: j += 1
                gc = t.cell(1, i).merge(t.cell(1, j)); _sel_teks(gc, c["grup"], pt, font, True, WD_ALIGN_PARAGRAPH.CENTER, pad=1.4)
                for k in range(i, j + 1):
                    cc = t.cell(2, k); _sel_teks(cc, cols[k]["kepala"], pt, font, True, WD_ALIGN_PARAGRAPH.CENTER, pad=0.6); _vtengah(cc)
                i = j + 1
            else:
                cc = t.cell(1, i).merge(t.cell(2, i)); _sel_teks(cc, c["kepala"], pt, font, True, WD_ALIGN_PARAGRAPH.CENTER, pad=0.6); _vtengah(cc)
                i += 1
        if V.get("shade"):
            for r in (1, 2):
                for k in range(len(cols)): _arsir(t.cell(r, k))
        # isi
        for r, (k, h) in enumerate(tinggi):
            if not isinstance(k, int): continue
            s = sop["langkah"][k - 1]
            for ci, c in enumerate(cols):
                cell = t.cell(r, ci)
                if isinstance(c["key"], tuple):
                    if gaya == "karakter" and s["pelaksana"] == sop["pelaksana"][c["key"][1]]:
                        sj = tata.simbol_jenis(sop, k)
                        isi = SIMBOL[sj]
                        kep = s["kep"]
                        if kep:
                            ya = kep.get("ya") or (k + 1)
                            isi += "\nYa \u2192 %d" % ya
                            isi += "\nTidak \u2192 %s" % ("Selesai" if kep.get("tidak") == "selesai" else kep.get("tidak"))
                        _sel_teks(cell, isi, pt + 0.5, "DejaVu Sans" if font != "DejaVu Sans" else font, al=WD_ALIGN_PARAGRAPH.CENTER)
                    continue
                tx = tata.isi_sel(sop, k, c["key"])
                if tx: _sel_teks(cell, tx, pt, font, al=None if c["key"] == "keg" else WD_ALIGN_PARAGRAPH.CENTER)
        if gaya == "bentuk":
            B = tata.bagan_halaman(sop, V, cols, rows, p, halaman, huruf, m)
            bentuk_bagan(jc.paragraphs[0], B, font)
    doc.save(path)
    return dict(halaman=halaman, hal_id=bool(ada_id), ident="atas" if ada_id else None, cols=cols, huruf=huruf)

def ke_pdf(path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
