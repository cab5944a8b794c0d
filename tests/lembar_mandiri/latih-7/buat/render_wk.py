# -*- coding: utf-8 -*-
"""HTML dengan div berposisi mutlak + SVG -> wkhtmltopdf (mesin baru untuk latih-4).
wkhtmltopdf (Qt tanpa patch) mencetak 1 mm CSS = 0,788 mm kertas; semua ukuran dikali K."""
import html, subprocess, os
import tata
from tata import tinggi_teks, lebar

K = 1 / 0.78817

def e(t): return html.escape(t or "").replace("\n", "<br>")

class Hal:
    def __init__(self, W, H, V):
        self.W, self.H, self.V = W, H, V
        self.div = []; self.svg = []
    def teks(self, x, y, w, h, t, pt=None, bold=False, al="left", va="top", extra=""):
        pt = pt or self.V["pt"]
        st = "left:%.2fmm;top:%.2fmm;width:%.2fmm;height:%.2fmm;font-size:%.2fpt;text-align:%s;%s%s" % (
            x * K, y * K, w * K, h * K, pt * K, al, "font-weight:bold;" if bold else "", extra)
        if va == "middle":
            inner = '<div style="display:table;width:100%%;height:100%%"><div style="display:table-cell;vertical-align:middle">%s</div></div>' % t
        else: inner = t
        self.div.append('<div class="t" style="%s">%s</div>' % (st, inner))
    def garis(self, x1, y1, x2, y2, sw=0.25):
        self.svg.append('<line x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="#000" stroke-width="%.2f"/>' % (x1, y1, x2, y2, sw))
    def kotak(self, x, y, w, h, sw=0.25):
        self.svg.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="none" stroke="#000" stroke-width="%.2f"/>' % (x, y, w, h, sw))
    def gambar(self, x, y, w, h, src):
        self.div.append('<img src="%s" style="position:absolute;left:%.2fmm;top:%.2fmm;width:%.2fmm;height:%.2fmm">' % (src, x * K, y * K, w * K, h * K))
    def bagan(self, B, font):
        for p in B.p:
            if p[0] == "sym":
                _, k, cx, cy, w, h = p
                if k == "rect": self.svg.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#fff" stroke="#000" stroke-width="0.3"/>' % (cx - w/2, cy - h/2, w, h))
                elif k == "term": self.svg.append('<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" rx="%.2f" ry="%.2f" fill="#fff" stroke="#000" stroke-width="0.3"/>' % (cx - w/2, cy - h/2, w, h, h/2, h/2))
                else: self.svg.append('<polygon points="%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f" fill="#fff" stroke="#000" stroke-width="0.3"/>' % (cx, cy - h/2, cx + w/2, cy, cx, cy + h/2, cx - w/2, cy))
            elif p[0] == "line":
                _, pts, arrow = p
                self.svg.append('<polyline points="%s" fill="none" stroke="#000" stroke-width="0.3"%s/>' % (" ".join("%.2f,%.2f" % q for q in pts), ' marker-end="url(#pn)"' if arrow else ""))
            elif p[0] == "text":
                _, x, y, t, pt, anc = p
                self.svg.append('<text x="%.2f" y="%.2f" font-size="%.2f" font-family="%s" text-anchor="%s">%s</text>' % (x, y, pt * 0.3528, font, anc, html.escape(t)))
            elif p[0] == "circle":
                _, cx, cy, r, t = p
                self.svg.append('<circle cx="%.2f" cy="%.2f" r="%.2f" fill="#fff" stroke="#000" stroke-width="0.3"/><text x="%.2f" y="%.2f" font-size="2.6" font-family="%s" text-anchor="middle">%s</text>' % (cx, cy, r, cx, cy + 0.95, font, t))
            elif p[0] == "penta":
                _, cx, y, w, h, t = p
                self.svg.append('<polygon points="%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f" fill="#fff" stroke="#000" stroke-width="0.3"/><text x="%.2f" y="%.2f" font-size="2.6" font-family="%s" text-anchor="middle">%s</text>' % (
                    cx - w/2, y, cx + w/2, y, cx + w/2, y + h*0.6, cx, y + h, cx - w/2, y + h*0.6, cx, y + h*0.45, font, t))
    def html(self):
        return ('<div class="p" style="width:%.2fmm;height:%.2fmm">%s<svg style="position:absolute;left:0;top:0" width="%.2fmm" height="%.2fmm" viewBox="0 0 %.2f %.2f">'
                '<defs><marker id="pn" markerWidth="2.3" markerHeight="2.3" refX="5" refY="3" orient="auto" markerUnits="userSpaceOnUse" viewBox="0 0 6 6"><path d="M0,0.8 L5.2,3 L0,5.2 z" fill="#000"/></marker></defs>%s</svg></div>') % (
            self.W * K, self.H * K, "".join(self.div), self.W * K, self.H * K, self.W, self.H, "".join(self.svg))

def butir(xs, gaya):
    out = []
    for k, x in enumerate(xs):
        if gaya == "huruf": out.append(("%s." % chr(97 + k), x))
        elif gaya == "tanpa": out.append(("", x))
        elif gaya == "titik": out.append(("\u2022", x))
        else: out.append(("%d." % (k + 1), x))
    return out

def html_butir(xs, gaya, pt):
    s = ""
    for m, x in butir(xs, gaya):
        if m: s += '<div style="padding-left:%.2fmm;text-indent:-%.2fmm">%s&nbsp;%s</div>' % (4.2 * K, 4.2 * K, m, e(x))
        else: s += '<div>%s</div>' % e(x)
    return s

def tinggi_butir(xs, gaya, w, pt, font):
    return sum(tinggi_teks(x, w - (4.4 if gaya != "tanpa" else 0.5), pt, font) + (0.5 if gaya == "tanpa" else 0) for x in xs)

LOGO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo.png")

def identitas(hp, sop, V, x0, y0, Wt):
    """Gambar blok identitas di Hal hp mulai (x0,y0) lebar Wt. Kembalikan tinggi."""
    pt = V["pt_id"]; font = V["font"]; I = sop["identitas"]
    lh = pt * 0.3528 * 1.25
    lab = dict(dasar_hukum="Dasar Hukum", kualifikasi_pelaksana=sop.get("label_kual", "Kualifikasi Pelaksana"), keterkaitan="Keterkaitan",
               peralatan="Peralatan/Perlengkapan", peringatan="Peringatan", pencatatan=sop.get("label_catat", "Pencatatan dan Pendataan"))
    if V.get("id_huruf_besar"): lab = {k: v.upper() for k, v in lab.items()}
    gaya = dict(dasar_hukum=V.get("butir", "angka"), kualifikasi_pelaksana=sop.get("butir_kual", V.get("butir", "angka")),
                keterkaitan=V.get("butir", "angka"), peralatan=sop.get("butir_alat", V.get("butir", "angka")), pencatatan=V.get("butir", "angka"))
    # blok kanan: nomor/tanggal/disahkan/nama
    def blok(bx, by, bw):
        lw = bw * 0.36; vw = bw - lw
        rows = [("Nomor SOP", sop.get("nomor_sop") or "")] + list(sop["tanggal"]) + [("Disahkan Oleh", "\n".join(sop["disahkan"])), ("Nama SOP", sop["nama_sop"])]
        y = by
        for l, v in rows:
            h = max(6.2, max(tinggi_teks(v, vw - 2.4, pt, font, bold=(l == "Nama SOP")), lh) + 2.4)
            hp.kotak(bx, y, lw, h); hp.kotak(bx + lw, y, vw, h)
            hp.teks(bx + 1.2, y + 1.1, lw - 2.4, h - 1.5, e(l.upper() if V.get("id_huruf_besar") else l), pt, va="top")
            hp.teks(bx + lw + 1.2, y + 1.1, vw - 2.4, h - 1.5, e(v), pt, bold=(l == "Nama SOP"), al="center" if l == "Disahkan Oleh" else "left")
            y += h
        return y - by
    def kop(bx, by, bw, bh):
        hp.kotak(bx, by, bw, bh)
        lx = bx + 2
        if V.get("logo"):
            hp.gambar(bx + 2, by + 2, 16, 18, "file://" + LOGO); lx = bx + 20
        t = "<b>" + "<br>".join(e(k) for k in sop["kop"]) + "</b>"
        hp.teks(lx, by + 2, bx + bw - lx - 2, bh - 4, t, pt + 0.5, al="center", va="middle")
    def sel(bx, by, bw, key, h=None):
        xs = I[key]
        if key == "peringatan":
            body = e(" ".join(xs)) if xs else ""
            th = tinggi_teks(" ".join(xs), bw - 2.4, pt, font) if xs else 0
        else:
            body = html_butir(xs, gaya[key], pt); th = tinggi_butir(xs, gaya[key], bw - 2.4, pt, font)
        need = lh + 2.2 + th + 2.5
        if h is None: return need
        hp.kotak(bx, by, bw, h)
        hp.teks(bx + 1.2, by + 1.0, bw - 2.4, lh + 0.5, "<b>%s :</b>" % e(lab[key]), pt)
        hp.teks(bx + 1.2, by + lh + 2.0, bw - 2.4, h - lh - 2.2, body, pt)
        return h
    pasang = [("dasar_hukum", "kualifikasi_pelaksana"), ("keterkaitan", "peralatan"), ("peringatan", "pencatatan")]
    mode = V["ident"]
    if mode in ("atas", "satu"):
        kw = Wt * 0.45
        hb = blok(x0 + kw, y0, Wt - kw)
        kop(x0, y0, kw, hb)
        y = y0 + hb
        for a, b in pasang:
            h = max(sel(0, 0, Wt / 2, a), sel(0, 0, Wt / 2, b))
            sel(x0, y, Wt / 2, a, h); sel(x0 + Wt / 2, y, Wt / 2, b, h); y += h
        return y - y0
    # samping: grid label (satu kolom bertumpuk) di kiri, blok nomor di kanan
    gw = Wt * 0.56; bw = Wt - gw - 4
    kop_h = 24
    kop(x0, y0, gw, kop_h)
    y = y0 + kop_h
    for a, b in pasang:
        for k in (a, b):
            h = sel(0, 0, gw, k); sel(x0, y, gw, k, h); y += h
    hb = blok(x0 + gw + 4, y0, bw)
    return max(y, y0 + hb) - y0

def kepala_tabel(hp, sop, V, cols, x0, y0):
    """Gambar kepala tabel, kembalikan tinggi."""
    pt = V["pt"]; font = V["font"]
    ph = max(tinggi_teks(c["kepala"], c["w"] - 2, pt, font, True) for c in cols if isinstance(c["key"], tuple)) + 2.5
    g1 = 6.0
    h2 = max(ph, 7)
    H = g1 + h2
    bold = True
    i = 0
    while i < len(cols):
        c = cols[i]
        if c["grup"]:
            j = i
            while j + 1 < len(cols) and cols[j + 1]["grup"] == c["grup"]: j += 1
            gx = x0 + c["x"]; gw = cols[j]["x"] + cols[j]["w"] - c["x"]
            hp.kotak(gx, y0, gw, g1); hp.teks(gx, y0 + 1.2, gw, g1 - 1.2, "<b>%s</b>" % e(c["grup"]), pt, al="center")
            for k in range(i, j + 1):
                cc = cols[k]
                hp.kotak(x0 + cc["x"], y0 + g1, cc["w"], h2)
                hp.teks(x0 + cc["x"] + 0.8, y0 + g1, cc["w"] - 1.6, h2, "<b>%s</b>" % e(cc["kepala"]), pt, al="center", va="middle")
            i = j + 1
        else:
            hp.kotak(x0 + c["x"], y0, c["w"], H)
            hp.teks(x0 + c["x"] + 0.8, y0, c["w"] - 1.6, H, "<b>%s</b>" % e(c["kepala"]), pt, al="center", va="middle")
            i += 1
    if V.get("shade"):
        # arsir sebagai div DI BELAKANG teks (SVG digambar di atas div; rect berisi di SVG akan menutupi teks kepala)
        hp.div.insert(0, '<div style="position:absolute;left:%.2fmm;top:%.2fmm;width:%.2fmm;height:%.2fmm;background:#d9d9d9"></div>' % (x0 * K, y0 * K, (cols[-1]["x"] + cols[-1]["w"]) * K, H * K))
    if V.get("nomor_kolom"):
        for k, c in enumerate(cols):
            hp.kotak(x0 + c["x"], y0 + H, c["w"], 4.5)
            hp.teks(x0 + c["x"], y0 + H + 0.6, c["w"], 4, "%d" % (k + 1), pt - 1, al="center")
        H += 4.5
    return H

def render(sop, V, html_path, pdf_path):
    global K
    K = 1.0 if V.get("mesin") == "chromium" else 1 / 0.78817
    W, Hh = V["kertas"]; m = V.get("margin", 10)
    Wt = W - 2 * m
    cols = tata.kolom(sop, V, Wt)
    V["_tinggi"] = {i: tata.tinggi_baris(sop, V, cols, i) for i in range(1, len(sop["langkah"]) + 1)}
    halp = []
    ident = V.get("ident") if sop.get("identitas") else None
    # tinggi identitas (uji gambar ke halaman buangan)
    id_h = 0
    if ident:
        tmp = Hal(W, Hh, V); id_h = identitas(tmp, sop, V, m, m, Wt)
    judul_h = 7
    tmp = Hal(W, Hh, V); kep_h = kepala_tabel(tmp, sop, V, cols, m, 0)
    foot = 7
    def tersedia(p):
        top = m + judul_h + kep_h + (id_h + 4 if (ident == "satu" and p == 0) else 0)
        return Hh - m - foot - top - 20  # 20 mm cadangan penghubung atas/bawah
    halaman = tata.paginasi(sop, V, tersedia)
    huruf = tata.daftar_huruf_awal(sop, halaman)
    pages = []
    ada_hal_id = ident in ("atas", "samping")
    total = len(halaman) + (1 if ada_hal_id else 0)
    if ada_hal_id:
        hp = Hal(W, Hh, V); identitas(hp, sop, V, m, m, Wt); pages.append(hp)
    x0 = m
    for p, hs in enumerate(halaman):
        hp = Hal(W, Hh, V); y = m
        if ident == "satu" and p == 0:
            identitas(hp, sop, V, m, m, Wt); y += id_h + 4
        jb = sop.get("judul_bagan") or (V.get("awalan_judul", "") + sop["nama_sop"])
        hp.teks(m, y, Wt, judul_h, "<b>%s</b>" % e(jb), V["pt"] + 1.5, al="left" if sop.get("judul_bagan") else "center")
        y += judul_h
        y += kepala_tabel(hp, sop, V, cols, x0, y)
        if p > 0: y += 10  # jalur penghubung masuk
        rows = {}
        for i in hs:
            h = V["_tinggi"][i]; rows[i] = (y, h)
            for c in cols:
                hp.kotak(x0 + c["x"], y, c["w"], h)
                if isinstance(c["key"], tuple): continue
                t = tata.isi_sel(sop, i, c["key"])
                if t:
                    al = "left" if c["key"] in ("keg",) else "center"
                    if c["key"] == "keg" and V.get("rata"): al = "justify"
                    hp.teks(x0 + c["x"] + 1.2, y + 1.4, c["w"] - 2.4, h - 1.6, e(t), V["pt"], al=al)
            y += h
        if p > 0:  # kotak kosong di atas baris pertama (jalur penghubung)
            y1 = rows[hs[0]][0] - 10
            for c in cols: hp.kotak(x0 + c["x"], y1, c["w"], 10)
        if p < len(halaman) - 1:
            for c in cols: hp.kotak(x0 + c["x"], y, c["w"], 10)
        B = tata.bagan_halaman(sop, V, cols, rows, p, halaman, huruf, x0)
        hp.bagan(B, V["font"])
        if V.get("kaki_hal"):
            no = p + 1 + (1 if ada_hal_id else 0)
            hp.teks(m, Hh - m - 4, Wt, 5, "Halaman %d dari %d" % (no, total), V["pt"] - 0.5, al="right")
        pages.append(hp)
    doc = ('<html><head><meta charset="utf-8"><style>body{margin:0;font-family:"%s"} .p{position:relative;overflow:hidden;page-break-after:always}'
           '.t{position:absolute;line-height:1.22;overflow:hidden;font-family:"%s"}</style></head><body>%s</body></html>') % (V["font"], V["font"], "".join(p.html() for p in pages))
    if V.get("mesin") == "chromium":
        doc = doc.replace("<style>", "<style>@page{size:%.0fmm %.0fmm;margin:0} " % (W, Hh), 1)
        open(html_path, "w").write(doc)
        import render_chr; render_chr.cetak(html_path, pdf_path)
        return dict(halaman=halaman, hal_id=ada_hal_id, ident=ident, cols=cols, huruf=huruf)
    open(html_path, "w").write(doc)
    subprocess.run(["wkhtmltopdf", "-q", "-O", "Landscape" if W > Hh else "Portrait", "-s", "A4" if V.get("f4") is None else "Folio",
                    "-T", "0", "-B", "0", "-L", "0", "-R", "0", "--enable-local-file-access", html_path, pdf_path],
                   check=False, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    return dict(halaman=halaman, hal_id=ada_hal_id, ident=ident, cols=cols, huruf=huruf)
