# -*- coding: utf-8 -*-
"""Perluasan rusak.py (latih-3): bayangan lubang perforasi, garis lipatan, foto diputar 90 derajat,
penyimpanan pindaian (PNG per halaman + PDF gambar tanpa lapisan teks)."""
import io, subprocess, re
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
import rusak

def posisi_kata(pdf, hal, kata):
    """(fx, fy) pusat kata pertama yang cocok di halaman hal (1-based), pecahan lebar/tinggi halaman."""
    t = subprocess.run(["pdftotext", "-bbox", "-f", str(hal), "-l", str(hal), pdf, "-"], capture_output=True, text=True).stdout
    m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', t)
    W, H = float(m.group(1)), float(m.group(2))
    for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', t):
        if w.group(5).lower().startswith(kata.lower()):
            x0, y0, x1, y1 = map(float, w.group(1, 2, 3, 4))
            return ((x0 + x1) / 2 / W, (y0 + y1) / 2 / H)
    return None

def lubang(im, dpi, rng):
    """Bayangan dua lubang perforasi di tepi kiri (atau atas bila lanskap)."""
    im = im.convert("RGB"); W, H = im.size; d = ImageDraw.Draw(im)
    r = int(dpi * 0.11)
    if H >= W:
        x = int(dpi * 0.45); ys = [int(H * 0.5 - dpi * 1.6), int(H * 0.5 + dpi * 1.6)]
        pts = [(x, y) for y in ys]
    else:
        y = int(dpi * 0.45); xs = [int(W * 0.5 - dpi * 1.6), int(W * 0.5 + dpi * 1.6)]
        pts = [(x, y) for x in xs]
    for (x, y) in pts:
        d.ellipse([x - r - 3, y - r - 3, x + r + 3, y + r + 3], fill=(150, 150, 150))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(70, 70, 72))
    return im

def lipatan(im, rng, vertikal=None):
    a = np.asarray(im.convert("RGB")).astype(np.float32); H, W = a.shape[:2]
    vert = (W > H) if vertikal is None else vertikal
    pos = (W if vert else H) * rng.uniform(0.46, 0.54)
    idx = np.arange(W if vert else H, dtype=np.float32)
    prof = 1 - 0.16 * np.exp(-((idx - pos) ** 2) / (2 * 6 ** 2)) + 0.05 * np.tanh((idx - pos) / 40)
    a = a * (prof[None, :, None] if vert else prof[:, None, None])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def pindai(pdf, dpi, miring, seed, mode="abu", stempel_kata=None, lubang_on=False, lipat=False):
    """mode: 'bw' (1-bit), 'abu' (abu-abu bertingkat), 'warna' (16 warna)."""
    st_pada = st_xy = None
    if stempel_kata:
        hal, kata = stempel_kata
        xy = posisi_kata(pdf, hal, kata)
        if xy: st_pada, st_xy = hal, (min(0.9, xy[0] + 0.09), xy[1] + 0.02)
    ims = rusak.pindai(pdf, dpi, miring, seed, stempel_pada=st_pada, stempel_xy=st_xy, bw=False, abu=False)
    rng = np.random.default_rng(seed + 7)
    out = []
    for im in ims:
        if lubang_on: im = lubang(im, dpi, rng)
        if lipat: im = lipatan(im, rng)
        if mode == "bw": im = im.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
        elif mode == "abu": im = im.convert("L").point(lambda v: min(255, (v // 12) * 12 + 6))
        else: im = im.convert("RGB").quantize(16)
        out.append(im)
    return out

def simpan_pdf(ims, path, dpi):
    pg = []
    for im in ims:
        if im.mode == "1": pg.append(im)
        else:
            b = io.BytesIO(); im.convert("L" if im.mode in ("L",) else "RGB").save(b, "JPEG", quality=70, dpi=(dpi, dpi)); b.seek(0)
            pg.append(Image.open(b))
    pg[0].save(path, "PDF", save_all=True, append_images=pg[1:], resolution=dpi)

def simpan_png(im, path, dpi):
    im.save(path, optimize=True, dpi=(dpi, dpi))

def foto(pdf, hal, seed, mp=12, q=80, putar=False):
    im, _ = rusak.foto(pdf, hal, seed, mp=mp, q=q)
    if putar: im = im.transpose(Image.ROTATE_90)
    return im
