# -*- coding: utf-8 -*-
"""Salinan rusak lembar-6: pindaian (150/200/300 dpi; 1-bit, abu-abu, 16 warna; miring; derau fotokopi, bintik,
garis toner, bayangan tepi, lipatan, lubang perforasi; stempel + tanda tangan; kadang terbalik 180 derajat) dan
foto ponsel (8/12 MP, perspektif, cahaya tak rata, bayangan tangan/ponsel, sedikit kabur, latar meja/kain/kayu,
kadang diputar 90/180/270 derajat atau kecil di bingkai). Memakai rusak.py (latih-3) dan rusak4.py (latih-4)."""
import io, math, tempfile
import numpy as np, cv2
from PIL import Image
import rusak, rusak4

def _stempel_xy(pdf, stempel):
    if not stempel: return None, None
    hal, kata = stempel
    xy = rusak4.posisi_kata(pdf, hal, kata)
    if not xy: return None, None
    return hal, (min(0.9, xy[0] + 0.09), xy[1] + 0.02)

def garis_toner(a, rng, n=None):
    """Garis toner tegak tipis (drum kotor) + satu pita abu samar."""
    H, W = a.shape[:2]
    for _ in range(n or rng.integers(2, 5)):
        x = int(rng.uniform(0.03, 0.97) * W); w = int(rng.integers(1, 4))
        kuat = rng.uniform(25, 90)
        prof = np.clip(np.cumsum(rng.normal(0, 0.04, H)) + 1, 0.3, 1.4)[:, None]
        a[:, x:x + w] = np.clip(a[:, x:x + w] - kuat * prof[..., None] if a.ndim == 3 else a[:, x:x + w] - kuat * prof, 0, 255)
    x = int(rng.uniform(0.1, 0.9) * W); w = int(rng.uniform(0.01, 0.03) * W)
    a[:, x:x + w] = a[:, x:x + w] * rng.uniform(0.9, 0.96)
    return a

def tepi_gelap(a, rng):
    """Bayangan tepi fotokopi (sisi buku/tutup mesin tak rapat) di satu sisi."""
    H, W = a.shape[:2]
    sisi = rng.integers(4); d = int(rng.uniform(0.015, 0.04) * min(H, W))
    g = np.linspace(0.35, 1.0, d)
    if sisi == 0: a[:, :d] = a[:, :d] * g[None, :, None]
    elif sisi == 1: a[:, -d:] = a[:, -d:] * g[::-1][None, :, None]
    elif sisi == 2: a[:d] = a[:d] * g[:, None, None]
    else: a[-d:] = a[-d:] * g[::-1][:, None, None]
    return a

def bintik(a, rng, p=0.0012):
    H, W = a.shape[:2]
    m = rng.random((H, W)) < p
    m = cv2.dilate(m.astype(np.uint8), np.ones((2, 2), np.uint8)).astype(bool)
    a[m] = rng.uniform(20, 110)
    return a

def lubang(im, dpi, rng):
    """Bayangan dua lubang perforasi di margin kiri (atau atas bila lanskap), di luar bingkai tabel (pusat 5,6 mm dari tepi)."""
    from PIL import ImageDraw
    im = im.convert("RGB"); W, H = im.size; d = ImageDraw.Draw(im)
    r = int(dpi * 0.085); c = int(dpi * 0.2)
    pts = [(c, int(H * 0.5 - dpi * 1.6)), (c, int(H * 0.5 + dpi * 1.6))] if H >= W else [(int(W * 0.5 - dpi * 1.6), c), (int(W * 0.5 + dpi * 1.6), c)]
    for (x, y) in pts:
        d.ellipse([x - r - 3, y - r - 3, x + r + 3, y + r + 3], fill=(150, 150, 150))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(70, 70, 72))
    return im

def pindai(pdf, dpi, miring, seed, mode="abu", stempel=None, lubang=False, lipat=False, toner=False, tepi=False, balik=False):
    st_pada, st_xy = _stempel_xy(pdf, stempel)
    ims = rusak.pindai(pdf, dpi, miring, seed, stempel_pada=st_pada, stempel_xy=st_xy, bw=False, abu=False)
    rng = np.random.default_rng(seed + 11); out = []
    for im in ims:
        im = im.convert("RGB")
        if lubang: im = globals()['lubang'](im, dpi, rng)
        if lipat: im = rusak4.lipatan(im, rng)
        a = np.asarray(im).astype(np.float32)
        if toner: a = garis_toner(a, rng)
        if tepi: a = tepi_gelap(a, rng)
        a = bintik(a, rng, 0.0008 if mode == "bw" else 0.0004)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if mode == "bw": im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        elif mode == "abu": im = im.convert("L").point(lambda v: min(255, (v // 16) * 16 + 8))
        else: im = im.convert("RGB").quantize(16, dither=Image.Dither.NONE)
        if balik: im = im.transpose(Image.ROTATE_180)
        out.append(im)
    return out

def simpan_pdf(ims, path, dpi, q=60):
    pg = []
    for im in ims:
        if im.mode == "1": pg.append(im)
        else:
            b = io.BytesIO(); im.convert("L" if im.mode == "L" else "RGB").save(b, "JPEG", quality=q, dpi=(dpi, dpi)); b.seek(0)
            pg.append(Image.open(b))
    pg[0].save(path, "PDF", save_all=True, append_images=pg[1:], resolution=dpi)

def simpan_png(im, path, dpi):
    im.save(path, optimize=True, dpi=(dpi, dpi))

def foto(pdf, hal, seed, mp=12, putar=0, kecil=False, stempel=None, tangan=False):
    """JPEG dari halaman hal; putar = 0/90/180/270 (berlawanan jarum jam); kecil = lembar hanya 40-55% bingkai."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        p = rusak.halaman(pdf, 170, tmp, hal)[0]
        doc = Image.open(p).convert("RGB")
    st_pada, st_xy = _stempel_xy(pdf, stempel)
    if st_pada == hal:
        W0, H0 = doc.size; rusak.stempel(doc, rng, int(W0 * st_xy[0]), int(H0 * st_xy[1]), int(170 * 0.42))
    doc = np.asarray(doc)
    h, w = doc.shape[:2]
    W, H = (4000, 3000) if mp >= 12 else (3264, 2448)
    if h > w: W, H = H, W
    bg = rusak.latar(W, H, rng)
    bg = cv2.GaussianBlur(bg, (0, 0), 1.5)
    s = min(W / w, H / h) * (rng.uniform(0.42, 0.55) if kecil else rng.uniform(0.8, 0.9))
    dw, dh = w * s, h * s
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W + (rng.uniform(-0.15, 0.15) * W if kecil else 0)
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H + (rng.uniform(-0.12, 0.12) * H if kecil else 0)
    j = lambda: rng.uniform(-0.04, 0.04) * min(W, H) * (0.6 if kecil else 1)
    dst = np.float32([[cx - dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy + dh / 2 + j()], [cx - dw / 2 + j(), cy + dh / 2 + j()]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warp = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA); mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    sh = cv2.GaussianBlur(mask, (0, 0), 25); shadow = (sh.astype(np.float32) / 255 * 0.45)[..., None]
    shadow = np.roll(np.roll(shadow, int(rng.uniform(10, 30)), 0), int(rng.uniform(10, 30)), 1)
    img = bg.astype(np.float32) * (1 - shadow)
    m = (mask.astype(np.float32) / 255)[..., None]
    img = img * (1 - m) + warp.astype(np.float32) * m
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    light = 0.76 + 0.28 * (np.cos(ang) * (x / W - .5) + np.sin(ang) * (y / H - .5)) + 0.06 * np.exp(-(((x - W * rng.random()) ** 2 + (y - H * rng.random()) ** 2) / (2 * (0.3 * W) ** 2)))
    if tangan:  # bayangan ponsel/tangan: elips gelap lembut di satu sisi
        ex, ey = W * rng.uniform(0.2, 0.8), H * rng.choice([0.05, 0.95]); rx, ry = W * 0.35, H * 0.25
        light = light * (1 - 0.35 * np.exp(-(((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2)))
    img = img * light[..., None] * np.array([1.0, 0.98, 0.93])
    img = np.clip(img + rng.normal(0, 2.0, img.shape), 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.2))
    im = Image.fromarray(img)
    if putar: im = im.rotate(putar, expand=True)
    return im
