# -*- coding: utf-8 -*-
"""Tata letak bersama (mm): ukur teks, lebar kolom, tinggi baris, paginasi, dan primitif bagan
(simbol, garis, penghubung). Dipakai oleh render_wk (SVG) dan render_gambar (PNG untuk DOCX/XLSX)."""
import re
from PIL import ImageFont

FONT = {
    "Liberation Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Liberation Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
}
FONT_B = {
    "Liberation Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Liberation Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
}
_fc = {}
def _f(font, bold=False):
    k = (font, bold)
    if k not in _fc: _fc[k] = ImageFont.truetype((FONT_B if bold else FONT)[font], 100)
    return _fc[k]

def lebar(t, pt, font, bold=False):
    return _f(font, bold).getlength(t) / 100 * pt * 0.3528

def baris_teks(t, w, pt, font, bold=False):
    """jumlah baris setelah bungkus kata (dengan cadangan 8%)."""
    if not t: return 0
    n = 0
    for para in str(t).split("\n"):
        cur = 0; n += 1
        for kata in para.split(" "):
            lw = lebar(kata + " ", pt, font, bold) * 1.08
            if cur > 0 and cur + lw > w:
                n += 1; cur = lw
            else:
                cur += lw
    return n

def tinggi_teks(t, w, pt, font, bold=False, lh=1.25):
    return baris_teks(t, w, pt, font, bold) * pt * 0.3528 * lh

# ---------------------------------------------------------------- kolom
def kolom(sop, V, W):
    """Daftar kolom (kunci, kepala_grup, kepala, lebar mm)."""
    H = V["kepala"]
    n = len(sop["pelaksana"])
    mutu = [k for k in V.get("urut_mutu", ["kel", "wkt", "out"])]
    lw = dict(no=8, kel=V.get("w_kel", 26), wkt=V.get("w_wkt", 16), out=V.get("w_out", 26), ket=V.get("w_ket", 18))
    def kata_terpanjang(t): return max(lebar(k, V["pt"], V["font"], True) for k in re.split(r"[ /]", t) if k) + V.get("pad_kepala", 3.2)
    for k in mutu + ["ket"]: lw[k] = max(lw[k], kata_terpanjang(H[k]))
    lw["no"] = max(lw["no"], kata_terpanjang(H["no"]))
    kmin = V.get("w_keg_min", 42)
    for _ in range(40):
        tetap = lw["no"] + sum(lw[k] for k in mutu) + lw["ket"]
        sisa = W - tetap
        pmin = max([18] + [kata_terpanjang(p) for p in sop["pelaksana"]])
        pw = max(pmin, min(V.get("w_pel", 28), (sisa - kmin) / n))
        kw = sisa - pw * n
        if kw >= kmin - 0.01: break
        for k in mutu + ["ket"]: lw[k] = max(14, kata_terpanjang(H[k]), lw[k] * 0.93)
    assert kw >= 30, "kolom kegiatan terlalu sempit (%.1f mm)" % kw
    cols = [("no", None, H["no"], lw["no"]), ("keg", None, H["keg"], kw)]
    for i, p in enumerate(sop["pelaksana"]):
        cols.append((("pel", i), H["pel"], p, pw))
    for k in mutu:
        cols.append((k, None if V.get("tanpa_grup_mutu") else H["mutu"], H[k], lw[k]))
    cols.append(("ket", None, H["ket"], lw["ket"]))
    x = 0; out = []
    for key, g, h, w in cols:
        out.append(dict(key=key, grup=g, kepala=h, x=x, w=w)); x += w
    return out

def isi_sel(sop, i, key):
    s = sop["langkah"][i - 1]
    if key == "no": return "%d." % i if sop.get("_no_titik") else str(i)
    if key == "keg": return s["kegiatan"]
    if key == "kel": return s["kelengkapan"]
    if key == "wkt": return s["waktu_teks"]
    if key == "out": return s["output"]
    if key == "ket": return s["keterangan"]
    return None

def tinggi_baris(sop, V, cols, i):
    pt, font = V["pt"], V["font"]
    h = 0
    for c in cols:
        if isinstance(c["key"], tuple): continue
        t = isi_sel(sop, i, c["key"])
        h = max(h, tinggi_teks(t, c["w"] - 2.4, pt, font) + 3)
    s = sop["langkah"][i - 1]
    return max(h, 17 if s["kep"] else 14)

def paginasi(sop, V, tinggi_tersedia):
    """tinggi_tersedia: fungsi(nomor halaman 0-based) -> mm untuk baris. Hasil: list daftar nomor langkah."""
    n = len(sop["langkah"]); maks = V.get("maks") or sop.get("maks_per_halaman")
    hal = []; cur = []; used = 0; p = 0
    for i in range(1, n + 1):
        h = V["_tinggi"][i]
        batas = maks[p] if maks and p < len(maks) else 99
        if cur and (used + h > tinggi_tersedia(p) or len(cur) >= batas):
            hal.append(cur); cur = []; used = 0; p += 1
        cur.append(i); used += h
    if cur: hal.append(cur)
    return hal

# ---------------------------------------------------------------- bagan
def simbol_jenis(sop, i):
    n = len(sop["langkah"])
    if sop["langkah"][i - 1]["kep"]: return "diamond"
    if i == 1 or i == n: return "term"
    return "rect"

class Bagan:
    """Kumpulan primitif bagan untuk satu halaman. Koordinat mm halaman."""
    def __init__(self):
        self.p = []
    def sym(self, kind, cx, cy, w, h): self.p.append(("sym", kind, cx, cy, w, h))
    def line(self, pts, arrow=True): self.p.append(("line", pts, arrow))
    def text(self, x, y, t, pt=7, anchor="middle"): self.p.append(("text", x, y, t, pt, anchor))
    def circle(self, cx, cy, r, t): self.p.append(("circle", cx, cy, r, t))
    def penta(self, cx, y, w, h, t): self.p.append(("penta", cx, y, w, h, t))

def bagan_halaman(sop, V, cols, rows, hal_idx, halaman, huruf, x0):
    """rows: {i: (y_top, h)} untuk langkah di halaman ini. huruf: dict bersama antarhalaman.
    Mengembalikan Bagan. x0: x kiri tabel."""
    B = Bagan()
    pel = {c["key"][1]: c for c in cols if isinstance(c["key"], tuple)}
    idx = {p: k for k, p in enumerate(sop["pelaksana"])}
    npel = len(sop["pelaksana"])
    def col(i): return pel[idx[sop["langkah"][i - 1]["pelaksana"]]]
    def cx(i): c = col(i); return x0 + c["x"] + c["w"] / 2
    def cxk(k): c = pel[k]; return x0 + c["x"] + c["w"] / 2
    def ukuran(i):
        c = col(i); k = simbol_jenis(sop, i)
        if k == "diamond": return min(c["w"] - 6, 17), 11
        if k == "term": return min(c["w"] - 8, 19), 7
        return min(c["w"] - 8, 19), 8
    cy = {i: rows[i][0] + rows[i][1] / 2 for i in rows}
    ptl = V.get("pt_label", 6.5)
    for i in rows:
        w, h = ukuran(i); B.sym(simbol_jenis(sop, i), cx(i), cy[i], w, h)
    hal_i = halaman[hal_idx]
    akhir = hal_i[-1]; awal = hal_i[0]
    area_l = x0 + pel[0]["x"]; area_r = x0 + pel[npel - 1]["x"] + pel[npel - 1]["w"]
    lane = {"l": 0, "r": 0}

    def bawah(i): return cy[i] + ukuran(i)[1] / 2
    def atas(i): return cy[i] - ukuran(i)[1] / 2

    def turun(a, b, label=None):
        """a -> b (b di bawah a, halaman sama)."""
        xa, xb = cx(a), cx(b); ya = bawah(a); yb = atas(b)
        if abs(xa - xb) < 0.01:
            B.line([(xa, ya), (xb, yb)])
        else:
            yt = rows[b][0] + min(2.5, (rows[b][1] - ukuran(b)[1]) / 4)
            B.line([(xa, ya), (xa, yt), (xb, yt), (xb, yb)])
        if label:
            B.text(xa + 1.2, ya + 3, label, ptl, "start")

    def kolom_bebas(i, kiri):
        k = idx[sop["langkah"][i - 1]["pelaksana"]]
        if kiri: return k - 1 if k > 0 else k + 1
        return k + 1 if k < npel - 1 else k - 1

    for i in rows:
        s = sop["langkah"][i - 1]; kep = s["kep"]
        w, h = ukuran(i)
        # aliran utama (Ya / berikutnya)
        nxt = (kep.get("ya") if kep and kep.get("ya") else i + 1) if i < len(sop["langkah"]) else None
        lab_ya = "Ya" if kep else None
        if nxt:
            if nxt in rows:
                turun(i, nxt, lab_ya)
            else:  # penghubung antarhalaman ke bawah
                L = huruf.setdefault(("seq", i, nxt), chr(ord("A") + len(huruf)))
                yb = rows[akhir][0] + rows[akhir][1] + 1.8
                B.line([(cx(i), bawah(i)), (cx(i), yb)])
                B.penta(cx(i), yb, 7, 6, L)
                if lab_ya: B.text(cx(i) + 1.2, bawah(i) + 3, lab_ya, ptl, "start")
        # penghubung masuk dari halaman sebelumnya
        if i == awal and hal_idx > 0:
            prev = halaman[hal_idx - 1][-1]
            L = huruf.setdefault(("seq", prev, i), chr(ord("A") + len(huruf)))
            yt = rows[i][0] - 8.2
            B.penta(cx(i), yt, 7, 6, L)
            B.line([(cx(i), yt + 6), (cx(i), atas(i))])
        if not kep: continue
        t = kep.get("tidak")
        kiri = V.get("tidak_kiri", False)
        sx = cx(i) - w / 2 if kiri else cx(i) + w / 2
        arah = -1 if kiri else 1
        def lab_tidak(x1, y):
            if V.get("label_atas"):
                B.text((sx + x1) / 2, y - 1.2, "Tidak", ptl, "middle")
            else:
                B.text(sx + arah * 1.0, y + 3.2, "Tidak", ptl, "start" if arah > 0 else "end")
        if t == "selesai":
            k2 = kolom_bebas(i, kiri); tx = cxk(k2); tw = min(pel[k2]["w"] - 8, 16)
            ex = tx - tw / 2 if tx > cx(i) else tx + tw / 2
            sx2 = cx(i) + w / 2 if tx > cx(i) else cx(i) - w / 2
            sx_old = sx; sx = sx2
            B.line([(sx2, cy[i]), (ex, cy[i])]); lab_tidak(ex, cy[i])
            B.sym("term", tx, cy[i], tw, 6.5); B.text(tx, cy[i] + 0.9, "Selesai", ptl)
            sx = sx_old
        elif t in rows and t < i:  # kembali, halaman sama: lewat lajur tepi
            sisi = "l" if kiri else "r"
            lx = (area_l + 1.6 + 1.3 * lane[sisi]) if kiri else (area_r - 1.6 - 1.3 * lane[sisi]); lane[sisi] += 1
            tw, th = ukuran(t)
            tx = cx(t) - tw / 2 if kiri else cx(t) + tw / 2
            if simbol_jenis(sop, t) == "diamond": pass
            B.line([(sx, cy[i]), (lx, cy[i]), (lx, cy[t]), (tx, cy[t])]); lab_tidak(lx, cy[i])
        elif t in rows and t > i:  # maju (biasanya langkah berikutnya) dari sudut yang menghadap tujuan
            xt = cx(t)
            sx = cx(i) - w / 2 if xt < cx(i) else cx(i) + w / 2
            arah = -1 if xt < cx(i) else 1
            B.line([(sx, cy[i]), (xt, cy[i]), (xt, atas(t))])
            if V.get("label_atas"): B.text((sx + xt) / 2, cy[i] - 1.2, "Tidak", ptl)
            else: B.text(sx + arah * 1.0, cy[i] + 3.2, "Tidak", ptl, "start" if arah > 0 else "end")
        else:  # tujuan di halaman lain: lingkaran berhuruf
            L = huruf.setdefault(("kep", i, t), chr(ord("A") + len(huruf)))
            k2 = kolom_bebas(i, kiri); ccx = cxk(k2); r = 3
            ex = ccx - r if ccx > cx(i) else ccx + r
            sx2 = cx(i) + w / 2 if ccx > cx(i) else cx(i) - w / 2
            B.line([(sx2, cy[i]), (ex, cy[i])])
            if V.get("label_atas"): B.text((sx2 + ex) / 2, cy[i] - 1.2, "Tidak", ptl)
            else: B.text(sx2 + (1 if ccx > cx(i) else -1), cy[i] + 3.2, "Tidak", ptl, "start" if ccx > cx(i) else "end")
            B.circle(ccx, cy[i], r, L)
    # penghubung masuk untuk lompatan (Ya melompat) dari halaman lain ke langkah yang bukan awal halaman (latih-5)
    for key, L in list(huruf.items()):
        if key[0] != "seq": continue
        _, src, t = key
        if t in rows and src not in rows and not (t == awal and hal_idx > 0 and src == halaman[hal_idx - 1][-1]):
            k2 = kolom_bebas(t, not V.get("tidak_kiri", False)); ccx = cxk(k2); tw = ukuran(t)[0]
            ex = cx(t) + tw / 2 if ccx > cx(t) else cx(t) - tw / 2
            B.penta(ccx, cy[t] - 3, 7, 6, L)
            B.line([(ccx - 3.5 if ccx > cx(t) else ccx + 3.5, cy[t] - 0.6), (ex, cy[t] - 0.6)])
    # penghubung masuk untuk keputusan lintas halaman yang menuju langkah di halaman ini
    for key, L in list(huruf.items()):
        if key[0] != "kep": continue
        _, src, t = key
        if t in rows and src not in rows:
            kiri = V.get("tidak_kiri", False)
            k2 = kolom_bebas(t, kiri); ccx = cxk(k2); r = 3; tw = ukuran(t)[0]
            ex = cx(t) + tw / 2 if ccx > cx(t) else cx(t) - tw / 2
            B.circle(ccx, cy[t], r, L)
            B.line([(ccx - r if ccx > cx(t) else ccx + r, cy[t]), (ex, cy[t])])
    return B


def daftar_huruf_awal(sop, halaman):
    """Tetapkan huruf penghubung sebelum menggambar (agar halaman tujuan yang lebih dulu tahu hurufnya)."""
    huruf = {}
    pos = {i: p for p, hs in enumerate(halaman) for i in hs}
    n = len(sop["langkah"])
    for i in range(1, n + 1):
        s = sop["langkah"][i - 1]; kep = s["kep"]
        nxt = (kep.get("ya") if kep and kep.get("ya") else i + 1) if i < n else None
        if nxt and pos[nxt] != pos[i]: huruf.setdefault(("seq", i, nxt), chr(ord("A") + len(huruf)))
        if kep:
            t = kep.get("tidak")
            if t != "selesai" and t and pos[t] != pos[i]: huruf.setdefault(("kep", i, t), chr(ord("A") + len(huruf)))
    return huruf
