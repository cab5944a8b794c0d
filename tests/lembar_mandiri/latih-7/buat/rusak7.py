# -*- coding: utf-8 -*-
"""Salinan rusak lembar-7 = rusak6 (pindaian/foto lembar-6) + dua kerusakan baru:
(a) pindaian FOTOKOPI DARI FOTOKOPI (generasi kedua): goresan menebal dan putus-putus, latar abu-abu berbintik, kontras naik,
    stempel ikut menjadi abu-abu;
(b) foto MIRING SUDUT (keystone kuat) dalam CAHAYA LAMPU HANGAT (rona kuning, kontras rendah, derau ISO tinggi) dan
    foto dengan GOYANG (kabur gerak linear ringan)."""
import io, math, tempfile
import numpy as np, cv2
from PIL import Image
import rusak, rusak4, rusak6

def fotokopi2(im, dpi, rng):
    a = np.asarray(im.convert("L")).astype(np.float32)
    H, W = a.shape
    ink = np.clip((215 - a) / 165, 0, 1)
    k = 2 if dpi >= 200 else 1
    if k > 1:
        dil = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
        ink = np.maximum(ink, 0.75 * dil)                       # goresan menebal
    s = max(1.5, dpi * 0.012)
    n = cv2.GaussianBlur(rng.random((H, W)).astype(np.float32), (0, 0), s)
    n = (n - n.mean()) / (n.std() + 1e-6)
    putus = n > rng.uniform(1.25, 1.55)                          # bercak toner tipis -> goresan putus
    ink = np.where(putus, ink * rng.uniform(0.15, 0.35), ink)
    ink = ink * (rng.random((H, W)) > 0.03)                      # butir hilang
    ink = cv2.GaussianBlur(ink, (0, 0), 0.5 + dpi / 600)
    ink = np.clip((ink - 0.18) * 1.7, 0, 1)                      # salinan kedua: kontras naik
    nb = cv2.GaussianBlur(rng.random((H // 8 + 1, W // 8 + 1)).astype(np.float32), (0, 0), 6)
    nb = cv2.resize((nb - nb.mean()) / (nb.std() + 1e-6), (W, H))
    bg = rng.uniform(196, 212) + 9 * nb + rng.normal(0, 5, (H, W))  # latar abu-abu tak rata
    y = np.linspace(-1, 1, H)[:, None]; x = np.linspace(-1, 1, W)[None, :]
    bg = bg - 14 * np.clip(np.abs(x) - 0.8, 0, 1) * 5 - 10 * np.clip(np.abs(y) - 0.85, 0, 1) * 6
    out = bg * (1 - ink) + rng.uniform(28, 45) * ink
    sp = rng.random((H, W)) < 0.0015; out[sp] = rng.uniform(40, 130)   # bintik toner
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out).convert("RGB")

def _halaman_pindai(pdf, dpi, miring, seed, st_pada, st_xy, gen2):
    """Seperti rusak.pindai, dengan tahap fotokopi generasi kedua sebelum dipindai."""
    rng = np.random.default_rng(seed); out = []
    with tempfile.TemporaryDirectory() as tmp:
        for kk, p in enumerate(rusak.halaman(pdf, dpi, tmp), 1):
            im = Image.open(p).convert("RGB")
            if st_pada == kk:
                W, H = im.size; fx, fy = st_xy
                rusak.stempel(im, rng, int(W * fx), int(H * fy), int(dpi * 0.42))
            if gen2: im = fotokopi2(im, dpi, rng)
            a = np.asarray(im).astype(np.float32)
            if not gen2: a = 255 - (255 - a) * rng.uniform(0.8, 0.95)
            a = a * rng.uniform(0.93, 0.98) + rng.normal(0, 4, a.shape)
            H, W = a.shape[:2]
            a = np.clip(a, 0, 255).astype(np.uint8)
            M = cv2.getRotationMatrix2D((W / 2, H / 2), miring + rng.uniform(-0.2, 0.2), 1.0)
            a = cv2.warpAffine(a, M, (W, H), borderValue=(225, 225, 222) if gen2 else (235, 235, 232))
            a = cv2.GaussianBlur(a, (3, 3), 0.6)
            if not gen2:
                kertas = np.array([238, 236, 230], np.uint8)
                a = np.where(a.mean(axis=2, keepdims=True) > 206, kertas, a).astype(np.uint8)
            out.append(Image.fromarray(a))
    return out

def pindai(pdf, dpi, miring, seed, mode="abu", stempel=None, lubang=False, lipat=False, toner=False, tepi=False, balik=False, gen2=False, balik_hal=None):
    st_pada, st_xy = rusak6._stempel_xy(pdf, stempel)
    ims = _halaman_pindai(pdf, dpi, miring, seed, st_pada, st_xy, gen2)
    rng = np.random.default_rng(seed + 11); out = []
    for k, im in enumerate(ims, 1):
        if lubang: im = rusak6.lubang(im, dpi, rng)
        if lipat: im = rusak4.lipatan(im, rng)
        a = np.asarray(im.convert("RGB")).astype(np.float32)
        if toner: a = rusak6.garis_toner(a, rng)
        if tepi: a = rusak6.tepi_gelap(a, rng)
        a = rusak6.bintik(a, rng, 0.0008 if mode == "bw" else 0.0004)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if mode == "bw": im = im.convert("L").point(lambda v: 255 if v > (135 if gen2 else 150) else 0).convert("1")
        elif mode == "abu": im = im.convert("L").point(lambda v: min(255, (v // 16) * 16 + 8))
        else: im = im.convert("RGB").quantize(16, dither=Image.Dither.NONE)
        if balik or (balik_hal and k in balik_hal): im = im.transpose(Image.ROTATE_180)
        out.append(im)
    return out

simpan_pdf = rusak6.simpan_pdf
simpan_png = rusak6.simpan_png

def kabur_gerak(img, rng, L):
    ang = rng.uniform(0, 180)
    k = np.zeros((L, L), np.float32); k[L // 2, :] = 1
    M = cv2.getRotationMatrix2D((L / 2 - 0.5, L / 2 - 0.5), ang, 1.0)
    k = cv2.warpAffine(k, M, (L, L)); k /= k.sum()
    return cv2.filter2D(img, -1, k), ang

def foto(pdf, hal, seed, mp=12, putar=0, kecil=False, stempel=None, tangan=False, hangat=False, sudut=False, gerak=False, dpi_doc=170):
    """JPEG dari halaman hal. hangat: lampu pijar/LED hangat (rona kuning, kontras rendah, derau);
    sudut: difoto miring (keystone 8-14 %); gerak: kabur gerak linear 5-9 px (12 MP)."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        p = rusak.halaman(pdf, dpi_doc, tmp, hal)[0]
        doc = Image.open(p).convert("RGB")
    st_pada, st_xy = rusak6._stempel_xy(pdf, stempel)
    if st_pada == hal:
        W0, H0 = doc.size; rusak.stempel(doc, rng, int(W0 * st_xy[0]), int(H0 * st_xy[1]), int(dpi_doc * 0.42))
    doc = np.asarray(doc)
    h, w = doc.shape[:2]
    W, H = (4000, 3000) if mp >= 12 else (3264, 2448)
    if h > w: W, H = H, W
    bg = cv2.GaussianBlur(rusak.latar(W, H, rng), (0, 0), 1.5)
    s = min(W / w, H / h) * (rng.uniform(0.42, 0.55) if kecil else rng.uniform(0.8, 0.9))
    dw, dh = w * s, h * s
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W + (rng.uniform(-0.15, 0.15) * W if kecil else 0)
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H + (rng.uniform(-0.12, 0.12) * H if kecil else 0)
    j = lambda: rng.uniform(-0.04, 0.04) * min(W, H) * (0.6 if kecil else 1)
    dst = np.float32([[cx - dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy + dh / 2 + j()], [cx - dw / 2 + j(), cy + dh / 2 + j()]])
    if sudut:  # sisi jauh menyempit: keystone ke salah satu dari 4 arah
        kuat = rng.uniform(0.08, 0.14); sisi = rng.integers(4)
        pas = {0: (0, 1), 1: (3, 2), 2: (0, 3), 3: (1, 2)}[sisi]
        a_, b_ = dst[pas[0]].copy(), dst[pas[1]].copy(); c = (a_ + b_) / 2
        dst[pas[0]] = c + (a_ - c) * (1 - kuat * 2); dst[pas[1]] = c + (b_ - c) * (1 - kuat * 2)
        pusat = dst.mean(0); dst = pusat + (dst - pusat) * 1.02
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
    if tangan:
        ex, ey = W * rng.uniform(0.2, 0.8), H * rng.choice([0.05, 0.95]); rx, ry = W * 0.35, H * 0.25
        light = light * (1 - 0.35 * np.exp(-(((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2)))
    if hangat:
        img = img * light[..., None] * np.array([1.0, 0.87, 0.62]) * rng.uniform(0.78, 0.88)
        img = rng.uniform(38, 55) * np.array([1.0, 0.85, 0.6]) + img * rng.uniform(0.68, 0.76)   # kontras rendah, hitam terangkat
        img = img + rng.normal(0, 5.0, img.shape)
    else:
        img = img * light[..., None] * np.array([1.0, 0.98, 0.93])
        img = img + rng.normal(0, 2.0, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.1))
    info = {}
    if gerak:
        L = int(rng.integers(5, 10) * (W / 4000)) | 1
        img, a = kabur_gerak(img, rng, max(5, L)); info = dict(gerak_px=max(5, L), gerak_sudut=round(a))
    im = Image.fromarray(img)
    if putar: im = im.rotate(putar, expand=True)
    return im, info
