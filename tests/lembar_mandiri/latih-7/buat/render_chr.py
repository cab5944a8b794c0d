# -*- coding: utf-8 -*-
"""HTML -> Chromium headless --print-to-pdf (mesin baru untuk latih-5).
Mode 'tabel': tabel HTML sungguhan (table-layout fixed, border-collapse, kepala digabung rowspan/colspan 2-3 baris,
tinggi baris tetap) dengan bagan sebagai SATU SVG berposisi mutlak di atas tabel (koordinat dari lebar kolom / tinggi baris
yang sama). Halaman identitas berupa tabel alir (tinggi mengikuti isi).
Mode 'mutlak' memakai render_wk (div berposisi mutlak + SVG) dengan skala 1 (lihat render_wk.render, V['mesin']='chromium')."""
import html, os, subprocess, tempfile, shutil
import tata, render_wk
from tata import tinggi_teks

def e(t): return html.escape(t or "").replace("\n", "<br>")

def cetak(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="chr")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof, "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf_path, "file://" + os.path.abspath(html_path)],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)

def butir(xs, gaya):
    s = ""
    for k, x in enumerate(xs):
        m = {"huruf": "%s." % chr(97 + k), "tanpa": "", "titik": "\u2022"}.get(gaya, "%d." % (k + 1))
        if m: s += '<div style="padding-left:4.2mm;text-indent:-4.2mm">%s&nbsp;%s</div>' % (m, e(x))
        else: s += "<div>%s</div>" % e(x)
    return s

LOGO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo.png")

def identitas_html(sop, V, Wt):
    I = sop["identitas"]; pt = V.get("pt_id", V["pt"])
    lab = dict(dasar_hukum="Dasar Hukum", kualifikasi_pelaksana="Kualifikasi Pelaksana", keterkaitan="Keterkaitan",
               peralatan="Peralatan/Perlengkapan", peringatan="Peringatan", pencatatan="Pencatatan dan Pendataan")
    if V.get("id_huruf_besar"): lab = {k: v.upper() for k, v in lab.items()}
    gaya = dict(dasar_hukum=V.get("butir", "angka"), kualifikasi_pelaksana=sop.get("butir_kual", V.get("butir", "angka")),
                keterkaitan=V.get("butir", "angka"), peralatan=sop.get("butir_alat", V.get("butir", "angka")), pencatatan=V.get("butir", "angka"))
    rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
    logo = '<img src="file://%s" style="width:16mm;height:18mm;float:left;margin-right:2mm">' % LOGO if V.get("logo") else ""
    kop = logo + "<b>" + "<br>".join(e(k) for k in sop["kop"]) + "</b>"
    up = (lambda s: s.upper()) if V.get("id_huruf_besar") else (lambda s: s)
    s = '<table class="id" style="width:%.1fmm;font-size:%.1fpt"><colgroup><col style="width:%.1fmm"><col style="width:%.1fmm"><col style="width:%.1fmm"></colgroup>' % (Wt, pt, Wt * 0.45, Wt * 0.55 * 0.36, Wt * 0.55 * 0.64)
    for k, (l, v) in enumerate(rows):
        s += "<tr>"
        if k == 0: s += '<td rowspan="%d" style="text-align:center;vertical-align:middle;font-size:%.1fpt">%s</td>' % (len(rows), pt + 0.5, kop)
        vv = "<b>%s</b>" % e(v) if l == "Nama SOP" else e(v)
        s += '<td>%s</td><td style="%s">%s</td></tr>' % (e(up(l)), "text-align:center" if l == "Disahkan Oleh" else "", vv)
    s += "</table>"
    s += '<table class="id" style="width:%.1fmm;font-size:%.1fpt;border-top:none"><colgroup><col style="width:%.1fmm"><col style="width:%.1fmm"></colgroup>' % (Wt, pt, Wt / 2, Wt / 2)
    for a, b in [("dasar_hukum", "kualifikasi_pelaksana"), ("keterkaitan", "peralatan"), ("peringatan", "pencatatan")]:
        s += "<tr>"
        for k in (a, b):
            body = e(" ".join(I[k])) if k == "peringatan" else butir(I[k], gaya[k])
            s += '<td style="height:14mm"><b>%s :</b><div style="margin-top:1mm">%s</div></td>' % (e(lab[k]), body)
        s += "</tr>"
    return s + "</table>"

def kepala(sop, V, cols):
    """(html baris kepala, tinggi mm)."""
    pt, font = V["pt"], V["font"]
    ph = max(tinggi_teks(c["kepala"], c["w"] - 2, pt, font, True) for c in cols if isinstance(c["key"], tuple)) + 2.6
    mh = max(tinggi_teks(c["kepala"], c["w"] - 2, pt, font, True) for c in cols if c["key"] in ("kel", "wkt", "out")) + 2.6
    g1 = 6.0; h2 = max(ph, mh, 7.0)
    tiga = V.get("kepala_baris", 2) == 3
    sh = ' style="background:#d9d9d9"' if V.get("shade") else ""
    r1 = "<tr%s>" % sh; r2 = "<tr%s>" % sh
    i = 0
    while i < len(cols):
        c = cols[i]
        if c["grup"]:
            j = i
            while j + 1 < len(cols) and cols[j + 1]["grup"] == c["grup"]: j += 1
            r1 += '<th colspan="%d" style="height:%.2fmm">%s</th>' % (j - i + 1, g1, e(c["grup"]))
            for k in range(i, j + 1):
                r2 += '<th style="height:%.2fmm">%s</th>' % (h2, e(cols[k]["kepala"]))
            i = j + 1
        else:
            r1 += '<th rowspan="2">%s</th>' % e(c["kepala"]); i += 1
    out = r1 + "</tr>" + r2 + "</tr>"; H = g1 + h2
    if tiga:
        out += "<tr%s>" % sh + "".join('<th class="n" style="height:4.5mm">%d</th>' % (k + 1) for k in range(len(cols))) + "</tr>"; H += 4.5
    return out, H

def render(sop, V, html_path, pdf_path):
    if V.get("mode") == "mutlak":
        V["mesin"] = "chromium"
        return render_wk.render(sop, V, html_path, pdf_path)
    W, Hh = V["kertas"]; m = V.get("margin", 10); Wt = W - 2 * m
    cols = tata.kolom(sop, V, Wt)
    V["_tinggi"] = {i: tata.tinggi_baris(sop, V, cols, i) + V.get("tambah_baris", 1.5) for i in range(1, len(sop["langkah"]) + 1)}
    kep_html, kep_h = kepala(sop, V, cols)
    judul_h = 8; foot = 7
    ulang = V.get("ulang_kepala", True)
    def tersedia(p):
        top = m + (judul_h + kep_h if (p == 0 or ulang) else 0)
        return Hh - m - foot - top - 22
    halaman = tata.paginasi(sop, V, tersedia)
    huruf = tata.daftar_huruf_awal(sop, halaman)
    ident = "atas" if (sop.get("identitas") and V.get("ident")) else None
    total = len(halaman) + (1 if ident else 0)
    pages = []
    if ident:
        pages.append('<div class="p" style="padding:%.1fmm">%s</div>' % (m, identitas_html(sop, V, Wt)))
    for p, hs in enumerate(halaman):
        y = m; body = ""
        pakai_kepala = (p == 0 or ulang)
        if pakai_kepala:
            jb = (V.get("awalan_judul", "") + sop["nama_sop"])
            body += '<div class="j" style="left:%.1fmm;top:%.1fmm;width:%.1fmm;height:%.1fmm;font-size:%.1fpt">%s</div>' % (m, y, Wt, judul_h, V["pt"] + 1.5, e(jb))
            y += judul_h
        ty = y
        trs = kep_html if pakai_kepala else ""
        y += kep_h if pakai_kepala else 0
        kosong = lambda h: "<tr>" + "".join('<td style="height:%.2fmm"></td>' % h if k == 0 else "<td></td>" for k in range(len(cols))) + "</tr>"
        if p > 0: trs += kosong(10); y += 10
        rows = {}
        for i in hs:
            h = V["_tinggi"][i]; rows[i] = (y, h)
            tr = "<tr>"
            for c in cols:
                if isinstance(c["key"], tuple): tr += '<td style="height:%.2fmm"></td>' % h; continue
                t = tata.isi_sel(sop, i, c["key"]) or ""
                al = "left" if c["key"] == "keg" else "center"
                if c["key"] == "keg" and V.get("rata"): al = "justify"
                tr += '<td style="height:%.2fmm;text-align:%s">%s</td>' % (h, al, e(t))
            trs += tr + "</tr>"; y += h
        if p < len(halaman) - 1: trs += kosong(10); y += 10
        tabel = '<table class="b" style="left:%.1fmm;top:%.2fmm;width:%.2fmm;font-size:%.1fpt"><colgroup>%s</colgroup>%s</table>' % (
            m, ty, Wt, V["pt"], "".join('<col style="width:%.3fmm">' % c["w"] for c in cols), trs)
        B = tata.bagan_halaman(sop, V, cols, rows, p, halaman, huruf, m)
        hp = render_wk.Hal(W, Hh, V); hp.bagan(B, V["font"])
        svg = ('<svg style="position:absolute;left:0;top:0" width="%.1fmm" height="%.1fmm" viewBox="0 0 %.1f %.1f"><defs><marker id="pn" markerWidth="2.3" markerHeight="2.3" refX="5" refY="3" orient="auto" '
               'markerUnits="userSpaceOnUse" viewBox="0 0 6 6"><path d="M0,0.8 L5.2,3 L0,5.2 z" fill="#000"/></marker></defs>%s</svg>') % (W, Hh, W, Hh, "".join(hp.svg))
        kaki = ""
        if V.get("kaki_hal"):
            no = p + 1 + (1 if ident else 0)
            kaki = '<div class="j" style="left:%.1fmm;top:%.1fmm;width:%.1fmm;height:5mm;font-size:%.1fpt;text-align:right;font-weight:normal">Halaman %d dari %d</div>' % (m, Hh - m - 4, Wt, V["pt"] - 0.5, no, total)
        pages.append('<div class="p">%s%s%s%s</div>' % (body, tabel, svg, kaki))
    css = ("@page{size:%.0fmm %.0fmm;margin:0} body{margin:0;font-family:'%s'} .p{position:relative;width:%.1fmm;height:%.1fmm;overflow:hidden;page-break-after:always;box-sizing:border-box}"
           ".j{position:absolute;font-weight:bold;text-align:center} table.b{position:absolute;table-layout:fixed;border-collapse:collapse;line-height:1.22}"
           "table.b td,table.b th{border:0.25mm solid #000;padding:1.4mm 1.2mm 0.2mm 1.2mm;vertical-align:top;overflow:visible;word-wrap:break-word;box-sizing:border-box}"
           "table.b th{vertical-align:middle;padding:0.6mm 0.8mm;font-weight:bold} table.b th.n{font-weight:normal;padding:0}"
           "table.id{table-layout:fixed;border-collapse:collapse;line-height:1.25} table.id td{border:0.25mm solid #000;padding:1.2mm;vertical-align:top}") % (
        W, Hh, V["font"], W, Hh)
    if V.get("huruf_kepala_besar"): css += "table.b th{text-transform:none}"
    doc = '<html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, "".join(pages))
    open(html_path, "w").write(doc)
    cetak(html_path, pdf_path)
    return dict(halaman=halaman, hal_id=bool(ident), ident=ident, cols=cols, huruf=huruf, ulang_kepala=ulang)
