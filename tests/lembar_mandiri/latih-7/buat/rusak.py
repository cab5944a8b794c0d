# -*- coding: utf-8 -*-
"""Pindaian (PNG + PDF gambar) dan foto ponsel dari PDF Chromium. Benih tetap per berkas."""
import subprocess, glob, os, math, tempfile
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter

def halaman(pdf, dpi, tmp, f=None):
    a = ["pdftoppm", "-r", str(dpi), "-png"] + (["-f", str(f), "-l", str(f)] if f else []) + [pdf, os.path.join(tmp, "h")]
    subprocess.run(a, check=True)
    return sorted(glob.glob(os.path.join(tmp, "h-*.png")))

def stempel(img, rng, x, y, r):
    d = ImageDraw.Draw(img, "RGBA")
    warna = [(40, 60, 170, 150), (110, 40, 140, 140)][rng.integers(2)]
    for rr in (r, r * 0.72):
        d.ellipse([x - rr, y - rr, x + rr, y + rr], outline=warna, width=max(2, int(r * 0.05)))
    try: font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", int(r * 0.22))
    except Exception: font = None
    d.text((x, y), "DINAS", fill=warna, anchor="mm", font=font)
    # tanda tangan
    pts = []; x0 = x - r * 1.1
    for t in np.linspace(0, 1, 60):
        pts.append((x0 + t * r * 2.4, y - r * 0.1 + math.sin(t * 14 + rng.random()) * r * 0.25 * (1 - t * 0.5)))
    d.line(pts, fill=(20, 20, 60, 220), width=max(2, int(r * 0.04)))

def pindai(pdf, dpi, miring, seed, stempel_pada=None, bw=False, stempel_xy=None, abu=None):
    rng = np.random.default_rng(seed); out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, p in enumerate(halaman(pdf, dpi, tmp), 1):
            im = Image.open(p).convert("RGB")
            if stempel_pada == k:
                W, H = im.size; fx, fy = stempel_xy or (0.80, 0.17 if W < H else 0.21)
                stempel(im, rng, int(W * fx), int(H * fy), int(dpi * 0.42))
            a = np.asarray(im).astype(np.float32)
            a = 255 - (255 - a) * rng.uniform(0.8, 0.95)  # tinta pudar
            a = a * rng.uniform(0.9, 0.97) + rng.normal(0, 4, a.shape)
            H, W = a.shape[:2]
            sp = rng.random((H, W)) < 0.0004; a[sp] = rng.uniform(30, 120)
            a = np.clip(a, 0, 255).astype(np.uint8)
            M = cv2.getRotationMatrix2D((W / 2, H / 2), miring + rng.uniform(-0.2, 0.2), 1.0)
            a = cv2.warpAffine(a, M, (W, H), borderValue=(235, 235, 232))
            a = cv2.GaussianBlur(a, (3, 3), 0.6)
            kertas = np.array([238, 236, 230], np.uint8)  # latar kertas diratakan (ukuran berkas)
            a = np.where(a.mean(axis=2, keepdims=True) > 206, kertas, a).astype(np.uint8)
            im = Image.fromarray(a)
            if bw: im = im.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
            else:
                jadi_abu = abu if abu is not None else (rng.random() < 0.6)
                im = im.convert("L").point(lambda v: min(255, (v // 12) * 12 + 6)) if jadi_abu else im
            out.append(im)
    return out

def latar(W, H, rng):
    jenis = rng.integers(3)
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    if jenis == 0:  # kayu
        g = 0.5 + 0.5 * np.sin(x / W * 40 + np.sin(y / H * 6) * 3 + rng.random() * 6)
        base = np.stack([120 + 50 * g, 80 + 35 * g, 45 + 20 * g], -1)
    elif jenis == 1:  # meja abu
        base = np.stack([np.full_like(x, 150), np.full_like(x, 152), np.full_like(x, 155)], -1)
    else:  # kain
        g = 0.5 + 0.5 * np.sin(x * 0.8) * np.sin(y * 0.8)
        base = np.stack([60 + 20 * g, 80 + 20 * g, 110 + 25 * g], -1)
    base += rng.normal(0, 6, base.shape)
    return np.clip(base, 0, 255).astype(np.uint8)

def foto(pdf, hal, seed, mp=12, q=85):
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        p = halaman(pdf, 200, tmp, hal)[0]
        doc = cv2.cvtColor(cv2.imread(p), cv2.COLOR_BGR2RGB)
    h, w = doc.shape[:2]
    W, H = (4000, 3000) if mp >= 12 else (3264, 2448)
    if h > w: W, H = H, W
    bg = latar(W, H, rng)
    s = min(W / w, H / h) * rng.uniform(0.78, 0.88)
    dw, dh = w * s, h * s; cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)
    dst = np.float32([[cx - dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy + dh / 2 + j()], [cx - dw / 2 + j(), cy + dh / 2 + j()]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warp = cv2.warpPerspective(doc, M, (W, H)); mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    sh = cv2.GaussianBlur(mask, (0, 0), 25); shadow = (sh.astype(np.float32) / 255 * 0.45)[..., None]
    sx, sy = int(rng.uniform(10, 30)), int(rng.uniform(10, 30))
    shadow = np.roll(np.roll(shadow, sy, 0), sx, 1)
    img = bg.astype(np.float32) * (1 - shadow)
    m = (mask.astype(np.float32) / 255)[..., None]
    img = img * (1 - m) + warp.astype(np.float32) * m
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    light = 0.78 + 0.25 * (np.cos(ang) * (x / W - .5) + np.sin(ang) * (y / H - .5)) + 0.06 * np.exp(-(((x - W * rng.random()) ** 2 + (y - H * rng.random()) ** 2) / (2 * (0.3 * W) ** 2)))
    img = img * light[..., None] * np.array([1.0, 0.98, 0.92])
    img = np.clip(img + rng.normal(0, 4, img.shape), 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.1))
    return Image.fromarray(img), q
