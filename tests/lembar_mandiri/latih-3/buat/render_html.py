# -*- coding: utf-8 -*-
"""HTML+SVG (tata letak mutlak, mm) -> Chromium --print-to-pdf. Mengembalikan pembagian halaman."""
import math, html, subprocess, os
E = html.escape
LEBAR_HURUF = {"Liberation Sans": 0.56, "Carlito": 0.52, "DejaVu Sans": 0.64, "Liberation Serif": 0.54, "Caladea": 0.54}
PT = 0.3528  # mm per pt

def garis_teks(teks, lebar_mm, pt, font):
    if not teks: return 0
    cw = pt * PT * LEBAR_HURUF.get(font, 0.6)
    per = max(1, int((lebar_mm - 2.4) / cw))
    n = 0
    for par in teks.split("\n"):
        kata = par.split(); baris = 1; pj = 0
        for k in kata:
            L = len(k)
            while L > per: baris += 1; L -= per
            if pj == 0: pj = L
            elif pj + 1 + L <= per: pj += 1 + L
            else: baris += 1; pj = L
        n += baris
    return n

def tinggi_teks(teks, lebar, pt, font):
    return garis_teks(teks, lebar, pt, font) * pt * PT * 1.22 + 2.4

def kertas(V):
    a, b = (215, 330) if V.get("kertas") == "F4" else (210, 297)
    return (b, a) if V["lanskap"] else (a, b)

def tata(sop, V):
    """Hitung kolom & tinggi baris; bagi halaman."""
    pw, ph = kertas(V)
    W, H = pw - 2 * V["margin"] - 0.6, ph - 2 * V["margin"]
    n = len(sop["pelaksana"]); ket = not sop.get("tanpa_ket")
    wno = 8; wact = V["lebar_pelaksana"]; wkel, wwkt, wout = V["lebar_mutu"]; wket = V.get("lebar_ket", 14) if ket else 0
    tb = V.get("kolom_tambah")  # (judul, [sub...], lebar_sub)
    wtb = len(tb[1]) * tb[2] if tb else 0
    wkeg = W - wno - n * wact - wkel - wwkt - wout - wket - wtb
    cols = [("no", wno), ("keg", wkeg)] + [("a%d" % i, wact) for i in range(n)] + [("kel", wkel), ("wkt", wwkt), ("out", wout)] + ([("x%d" % j, tb[2]) for j in range(len(tb[1]))] if tb else []) + ([("ket", wket)] if ket else [])
    x = 0; X = {}
    for k, w in cols: X[k] = (x, w); x += w
    pt = V["pt"]; f = V["font"]
    rows = []
    for i, s in enumerate(sop["langkah"]):
        h = max(tinggi_teks(s["kegiatan"], wkeg, pt, f), tinggi_teks(s["kelengkapan"], wkel, pt, f), tinggi_teks(s["waktu_teks"], wwkt, pt, f),
                tinggi_teks(s["output"], wout, pt, f), tinggi_teks(s["keterangan"], wket or 10, pt, f), 13 if s["kep"] else 11)
        rows.append(h + V.get("tambah_baris", 0))
    # kepala tabel
    ah = max(tinggi_teks(V["nama_pecah"].get(a, a), wact, pt - 0.5, f) for a in sop["pelaksana"]) if not V.get("putar") else max(len(a) for a in sop["pelaksana"]) * (pt - .5) * PT * 0.6 + 4
    hh = [6.5, max(ah, 7)] + ([4.5] if V["nomor_kolom"] else [])
    judul_h = 9 if sop.get("judul_bagan") else 0
    avail = H - sum(hh) - 2
    pages = []; cur = []; used = 0; first = True
    maks = V.get("maks_per_halaman", 99)
    for i, h in enumerate(rows):
        extra = 10  # ruang penghubung
        room = avail - (judul_h if first else 0) - 2 * extra
        if cur and (used + h > room or len(cur) >= maks):
            pages.append(cur); cur = []; used = 0; first = False
        cur.append(i + 1); used += h
    pages.append(cur)
    return dict(pw=pw, ph=ph, W=W, H=H, X=X, cols=cols, rows=rows, hh=hh, pages=pages, judul_h=judul_h, n=n, ket=ket)

def simbol(kind, cx, cy, w, h, cls="s"):
    if kind == "term":
        return f'<rect x="{cx-w/2:.2f}" y="{cy-h/2:.2f}" width="{w:.2f}" height="{h:.2f}" rx="{h/2:.2f}" class="{cls}"/>'
    if kind == "dec":
        return f'<polygon points="{cx:.2f},{cy-h/2:.2f} {cx+w/2:.2f},{cy:.2f} {cx:.2f},{cy+h/2:.2f} {cx-w/2:.2f},{cy:.2f}" class="{cls}"/>'
    return f'<rect x="{cx-w/2:.2f}" y="{cy-h/2:.2f}" width="{w:.2f}" height="{h:.2f}" class="{cls}"/>'

def pentagon(cx, y, huruf, turun=True):
    w, h = 6, 6.5
    pts = f"{cx-w/2:.2f},{y:.2f} {cx+w/2:.2f},{y:.2f} {cx+w/2:.2f},{y+h*0.6:.2f} {cx:.2f},{y+h:.2f} {cx-w/2:.2f},{y+h*0.6:.2f}"
    return f'<polygon points="{pts}" class="s"/><text x="{cx:.2f}" y="{y+h*0.45:.2f}" class="lbl" text-anchor="middle" dominant-baseline="middle">{huruf}</text>'

def lingkar(cx, cy, teks):
    return f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="2.8" class="s"/><text x="{cx:.2f}" y="{cy+0.1:.2f}" class="lbl" text-anchor="middle" dominant-baseline="middle">{teks}</text>'

def line(pts, arrow=False):
    d = " ".join(f"{x:.2f},{y:.2f}" for x, y in pts)
    me = ' marker-end="url(#ah)"' if arrow else ""
    return f'<polyline points="{d}" class="ln"{me}/>'

def div(x, y, w, h, teks, cls="c", gaya=""):
    t = E(teks or "").replace("\n", "<br>")
    return f'<div class="{cls}" style="left:{x:.2f}mm;top:{y:.2f}mm;width:{w:.2f}mm;height:{h:.2f}mm;{gaya}">{t}</div>'

def identitas_html(sop, V):
    """Varian: V['daftar'] = angka|huruf|butir|polos; V['huruf_besar']; label dari sop (label_nama, label_nomor, label_kualifikasi, label_peralatan)."""
    I = sop["identitas"]; gaya = V.get("daftar", "angka")
    def daftar(xs, paksa=False):
        if not xs: return ""
        if len(xs) == 1 and not paksa: return E(xs[0])
        if gaya == "polos": return "".join(f'<div class="pl">{E(x)}</div>' for x in xs)
        if gaya == "butir": return '<ul>' + "".join(f"<li>{E(x)}</li>" for x in xs) + "</ul>"
        t = ' type="a"' if gaya == "huruf" else ""
        return f"<ol{t}>" + "".join(f"<li>{E(x)}</li>" for x in xs) + "</ol>"
    up = (lambda s: s.upper()) if V.get("huruf_besar") else (lambda s: s)
    tg = "".join(f'<tr><td class="lb">{E(up(a))}</td><td>{E(b)}</td></tr>' for a, b in sop["tanggal"] + sop.get("baris_tambah", []))
    nomor = sop.get("nomor_sop") or ""
    sah = "<br>".join(E(x) if x else "&nbsp;" for x in sop["disahkan"])
    kop = "<br>".join(E(x) for x in sop["kop"])
    nr = len(sop["tanggal"]) + len(sop.get("baris_tambah", [])) + 3
    return f'''<div class="idpage"><table class="idt">
<tr><td rowspan="{nr}" class="kop"><div class="logo"></div><b>{kop}</b></td>
<td class="lb">{up(sop.get("label_nomor", "Nomor SOP"))}</td><td>{E(nomor)}</td></tr>{tg}
<tr><td class="lb">{up("Disahkan Oleh")}</td><td class="sah">{sah}</td></tr>
<tr><td class="lb">{up(sop.get("label_nama", "Nama SOP"))}</td><td><b>{E(sop["nama_sop"])}</b></td></tr></table>
<table class="idg"><tr><th>{up("Dasar Hukum")}{V.get("titik_dua", "")}</th><th>{up(sop.get("label_kualifikasi","Kualifikasi Pelaksana"))}{V.get("titik_dua", "")}</th></tr>
<tr><td>{daftar(I["dasar_hukum"])}</td><td>{daftar(I["kualifikasi_pelaksana"])}</td></tr>
<tr><th>{up("Keterkaitan")}{V.get("titik_dua", "")}</th><th>{up(sop.get("label_peralatan", "Peralatan/Perlengkapan"))}{V.get("titik_dua", "")}</th></tr>
<tr><td>{daftar(I["keterkaitan"])}</td><td>{daftar(I["peralatan"])}</td></tr>
<tr><th>{up("Peringatan")}{V.get("titik_dua", "")}</th><th>{up("Pencatatan dan Pendataan")}{V.get("titik_dua", "")}</th></tr>
<tr><td>{daftar(I["peringatan"])}</td><td>{daftar(I["pencatatan"])}</td></tr>
</table></div>'''

def halaman_bagan(sop, V, T, pi, nomor, huruf):
    """Satu halaman bagan: divs teks + satu SVG penuh."""
    X = T["X"]; n = T["n"]; L = sop["langkah"]; hh = T["hh"]; f = []; g = []
    y0 = 0
    if pi == 0 and sop.get("judul_bagan"):
        f.append(div(0, 0, T["W"], 8, sop["judul_bagan"], "jd")); y0 = T["judul_h"]
    Hk = V["hdr"]; tb = V.get("kolom_tambah")
    xa0 = X["a0"][0]; xk = X["kel"][0]
    y1 = y0 + hh[0]; y2 = y1 + hh[1]; y3 = y2 + (hh[2] if len(hh) > 2 else 0)
    cells = [(X["no"][0], y0, X["no"][1], y2 - y0, Hk["no"]), (X["keg"][0], y0, X["keg"][1], y2 - y0, Hk["keg"]),
             (xa0, y0, n * X["a0"][1], hh[0], Hk["pel"])]
    if V.get("mutu_tanpa_sub"):
        cells += [(xk, y0, X["kel"][1] + X["wkt"][1] + X["out"][1], y2 - y0, Hk["mutu"])]
    elif V.get("tanpa_mutu"):
        cells += [(X[k][0], y0, X[k][1], y2 - y0, Hk[k]) for k in ("kel", "wkt", "out")]
    else:
        cells += [(xk, y0, X["kel"][1] + X["wkt"][1] + X["out"][1], hh[0], Hk["mutu"]),
                  (X["kel"][0], y1, X["kel"][1], hh[1], Hk["kel"]), (X["wkt"][0], y1, X["wkt"][1], hh[1], Hk["wkt"]), (X["out"][0], y1, X["out"][1], hh[1], Hk["out"])]
    if tb:
        cells.append((X["x0"][0], y0, len(tb[1]) * tb[2], hh[0], tb[0]))
        cells += [(X["x%d" % j][0], y1, tb[2], hh[1], t) for j, t in enumerate(tb[1])]
    if T["ket"]: cells.append((X["ket"][0], y0, X["ket"][1], y2 - y0, Hk["ket"]))
    isi = ' style="fill:%s"' % V["arsir"] if V.get("arsir") else ""
    for (x, y, w, h, t) in cells:
        f.append(div(x, y, w, h, t, "h")); g.insert(0, f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" class="g"{isi}/>')
    for i, a in enumerate(sop["pelaksana"]):
        x, w = X["a%d" % i]
        t = V["nama_pecah"].get(a, a)
        if V.get("putar"):
            f.append(f'<div class="h rot" style="left:{x + w/2 - hh[1]/2:.2f}mm;top:{y1 + hh[1]/2 - w/2:.2f}mm;width:{hh[1]:.2f}mm;height:{w:.2f}mm">{E(t)}</div>')
        else:
            f.append(div(x, y1, w, hh[1], t, "h ha"))
        g.insert(0, f'<rect x="{x:.2f}" y="{y1:.2f}" width="{w:.2f}" height="{hh[1]:.2f}" class="g"{isi}/>')
    if V["nomor_kolom"]:
        for j, (k, (x, w)) in enumerate(X.items()):
            f.append(div(x, y2, w, hh[2], str(j + 1), "h nk")); g.append(f'<rect x="{x:.2f}" y="{y2:.2f}" width="{w:.2f}" height="{hh[2]:.2f}" class="g"/>')
    # baris
    y = y3; pos = {}
    lanjut_atas = pi > 0; lanjut_bawah = pi < len(T["pages"]) - 1
    for k, no in enumerate(nomor):
        s = L[no - 1]; h = T["rows"][no - 1]
        top_extra = 9 if (k == 0 and lanjut_atas) else 0
        bot_extra = 9 if (k == len(nomor) - 1 and lanjut_bawah) else 0
        hR = h + top_extra + bot_extra
        vals = [("no", f"{no}." if V.get("titik_no") else str(no)), ("keg", s["kegiatan"]), ("kel", s["kelengkapan"]), ("wkt", s["waktu_teks"]), ("out", s["output"])]
        if T["ket"]: vals.append(("ket", s["keterangan"]))
        for key, (x, w) in X.items():
            g.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{hR:.2f}" class="g"/>')
        for key, t in vals:
            x, w = X[key]
            f.append(div(x, y, w, hR, t or "", "t " + (V.get("rata_keg", "tl") if key in ("keg",) else ("tc" if key in ("no", "wkt") else V.get("rata_mutu", "tl")))))
        ai = sop["pelaksana"].index(s["pelaksana"]); cx = X["a%d" % ai][0] + X["a%d" % ai][1] / 2
        cy = y + top_extra + h / 2
        kind = "dec" if s["kep"] else ("term" if no in (1, len(L)) else "proc")
        sw = min(X["a0"][1] * 0.72, 16); sh = 9 if kind == "dec" else 6
        pos[no] = (cx, cy, sw, sh, kind, y, hR)
        y += hR
    yb = y
    if V.get("tepi_tebal"):
        g.append(f'<rect x="0" y="{y0:.2f}" width="{sum(w for _, w in T["cols"]):.2f}" height="{yb - y0:.2f}" style="fill:none;stroke:#000;stroke-width:{V["tepi_tebal"]}"/>')
    # simbol & garis
    for k, no in enumerate(nomor):
        cx, cy, sw, sh, kind, ry, rh = pos[no]
        s = L[no - 1]; kp = s["kep"] or {}
        t_t = kp.get("tidak"); t_y = kp.get("ya")
        side = None  # (teks, tujuan)
        main_lbl = None
        if s["kep"]:
            if t_t == no + 1 and t_y: side = ("Ya", t_y); main_lbl = "Tidak"
            else:
                main_lbl = "Ya"
                side = ("Tidak", t_t)
        # garis ke langkah berikut
        nxt = no + 1
        if nxt <= len(L):
            if nxt in pos:
                nx, ny, nw, nh = pos[nxt][:4]
                ntop = pos[nxt][5]
                ym = ntop + max(1.2, (ny - nh / 2 - ntop) * 0.45)
                pts = [(cx, cy + sh / 2), (cx, ym)] + ([(nx, ym)] if abs(nx - cx) > .1 else []) + [(nx, ny - nh / 2)]
                g.append(line(pts, True))
                if main_lbl: g.append(f'<text x="{cx+1.2:.2f}" y="{cy+sh/2+3:.2f}" class="lbl">{main_lbl}</text>')
            elif k == len(nomor) - 1:
                g.append(line([(cx, cy + sh / 2), (cx, ry + rh - 8)], True)); g.append(pentagon(cx, ry + rh - 7.8, huruf[pi]))
                if main_lbl: g.append(f'<text x="{cx+1.2:.2f}" y="{cy+sh/2+3:.2f}" class="lbl">{main_lbl}</text>')
        if k == 0 and pi > 0:
            g.append(pentagon(cx, ry + 0.8, huruf[pi - 1])); g.append(line([(cx, ry + 7.3), (cx, cy - sh / 2)], True))
        if side and side[1] is not None and side[1] != "selesai":
            tj = side[1]
            # lajur di kanan kolom pelaksana terakhir
            lane = X["kel"][0] - 2.2 - 2.0 * V.setdefault("_lane", {}).setdefault((pi, no), len(V["_lane"]) % 2)
            if tj in pos:
                tx, ty, tw, th = pos[tj][:4]
                g.append(line([(cx + sw / 2, cy), (lane, cy), (lane, ty), (tx + tw / 2, ty)], True))
                g.append(f'<text x="{cx+sw/2+0.8:.2f}" y="{cy-1:.2f}" class="lbl">{side[0]}</text>')
            else:
                hz = V.setdefault("_jump", {})
                hz.setdefault(tj, "ABCDEFGH"[len(hz) + 3])
                lx = min(cx + sw / 2 + 6, lane)
                g.append(line([(cx + sw / 2, cy), (lx - 2.8, cy)], True)); g.append(lingkar(lx, cy, hz[tj]))
                g.append(f'<text x="{cx+sw/2+0.6:.2f}" y="{cy-1:.2f}" class="lbl">{side[0]}</text>')
        if side and side[1] == "selesai":
            ai = sop["pelaksana"].index(s["pelaksana"])
            tcol = ai + 1 if ai + 1 < n else ai - 1
            tx = X["a%d" % tcol][0] + X["a%d" % tcol][1] / 2
            tw = min(X["a0"][1] * 0.7, 14)
            sgn = 1 if tx > cx else -1
            g.append(line([(cx + sgn * sw / 2, cy), (tx - sgn * tw / 2, cy)], True))
            g.append(simbol("term", tx, cy, tw, 5.5)); g.append(f'<text x="{tx:.2f}" y="{cy+0.2:.2f}" class="lbl" text-anchor="middle" dominant-baseline="middle">Selesai</text>')
            g.append(f'<text x="{(cx+tx)/2:.2f}" y="{cy-1.2:.2f}" class="lbl" text-anchor="middle">Tidak</text>')
        # penghubung masuk dari lompatan halaman lain
        for src in range(1, len(L) + 1):
            kp2 = L[src - 1]["kep"] or {}
            tjs = [v for v in (kp2.get("tidak"), kp2.get("ya")) if isinstance(v, int) and v != src + 1]
            if no in tjs and src not in pos:
                hz = V.setdefault("_jump", {}); hz.setdefault(no, "ABCDEFGH"[len(hz) + 3])
                lx = cx + sw / 2 + 5
                g.append(lingkar(lx, cy, hz[no])); g.append(line([(lx - 2.8, cy), (cx + sw / 2, cy)], True))
        g.append(simbol(kind, cx, cy, sw, sh))
        if kind == "term" and s["kegiatan"].lower() in ("mulai", "selesai"):
            g.append(f'<text x="{cx:.2f}" y="{cy+0.2:.2f}" class="lbl" text-anchor="middle" dominant-baseline="middle">{E(s["kegiatan"])}</text>')
    svg = f'''<svg class="ov" width="{T["W"]}mm" height="{T["H"]}mm" viewBox="0 0 {T["W"]} {T["H"]}"><defs><marker id="ah" markerWidth="2.2" markerHeight="2" refX="2" refY="1" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L2.2,1 L0,2 z" fill="#000"/></marker></defs>{"".join(g)}</svg>'''
    return f'<div class="page">{svg}{"".join(f)}</div>'

def buat_html(sop, V):
    T = tata(sop, V) if sop["langkah"] else dict(pages=[], W=kertas(V)[0] - 2 * V["margin"], H=kertas(V)[1] - 2 * V["margin"])
    huruf = "ABCDEFG"
    pages = []
    if sop.get("identitas") and V.get("identitas", True):
        pages.append(identitas_html(sop, V))
    for pi, nomor in enumerate(T["pages"]):
        pages.append(halaman_bagan(sop, V, T, pi, nomor, huruf))
    css = f'''@page {{ size: {kertas(V)[0]}mm {kertas(V)[1]}mm; margin: {V["margin"]}mm; }}
body {{ margin:0; font-family:"{V["font"]}"; font-size:{V["pt"]}pt; }}
.page {{ position:relative; width:{T["W"]}mm; height:{T["H"]-1}mm; page-break-after:always; overflow:hidden; }}
.page:last-child, .idpage:last-child {{ page-break-after:auto; }}
.ov {{ position:absolute; left:0; top:0; }}
.g {{ fill:none; stroke:#000; stroke-width:{V.get("garis", 0.3)}; }}
.s {{ fill:#fff; stroke:#000; stroke-width:0.3; }}
.ln {{ fill:none; stroke:#000; stroke-width:0.25; }}
.lbl {{ font-size:{max(V["pt"]-1.5, 5.5)*0.3528:.2f}px; font-family:"{V["font"]}"; }}
.c, .h, .t, .jd {{ position:absolute; box-sizing:border-box; padding:1.1mm 1.2mm; line-height:1.22; overflow:hidden; }}
.h {{ display:flex; align-items:center; justify-content:center; text-align:center; font-weight:bold; font-size:{V["pt"]-0.5}pt; {V.get("gaya_hdr","")} }}
.nk {{ font-weight:normal; padding:0.3mm; font-size:{V["pt"]-1}pt; }}
.rot {{ transform:rotate(-90deg); }}
.jd {{ font-weight:bold; font-size:{V["pt"]+2}pt; text-align:center; }}
.tl {{ text-align:left; }} .tc {{ text-align:center; }} .tj {{ text-align:justify; }}
.pl {{ margin:0 0 0.6mm 0; }} .idg ul {{ margin:0; padding-left:5mm; }}
.idpage {{ page-break-after:always; font-size:{V["pt"]+0.5}pt; }}
.idt, .idg {{ width:100%; border-collapse:collapse; }} .idt td, .idg td, .idg th {{ border:0.3mm solid #000; padding:1.2mm 2mm; vertical-align:top; }}
.idt .kop {{ width:42%; text-align:center; vertical-align:middle; }} .idt .lb {{ width:18%; font-weight:bold; }}
.idg {{ margin-top:3mm; }} .idg th {{ text-align:left; width:50%; }} .idg ol {{ margin:0; padding-left:5mm; }}
.logo {{ width:16mm; height:18mm; margin:0 auto 2mm; border:0.4mm solid #444; border-radius:45% 45% 50% 50%; }}
'''
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(pages)}</body></html>', T

def cetak(html_path, pdf_path):
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
