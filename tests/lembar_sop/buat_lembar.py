#!/usr/bin/env python3
"""Rebuild the labelled test set of SOP AP sheets in this folder (tests/lembar_sop/).

What it makes, all from the data in `data_sop.py`:
  - `<sop>.pdf`            text-layer PDF (HTML + inline SVG flowchart symbols, rendered by wkhtmltopdf);
  - `*-pindaian.png/.pdf`  "scans" of some of them (200 dpi grayscale, ~0.4 degrees skew, blur, noise,
                           off-white paper; the PDF is image-only, no text layer);
  - `cuti-tahunan.docx`    a Word table with DrawingML shapes (wps:wsp, a:prstGeom flowChart*) anchored
                           in the actor cells;
  - `penertiban-reklame.xlsx` an Excel grid with xdr:twoCellAnchor shapes and connector lines;
  - `label/<name>.json`    ground truth for each sheet, and `daftar.json` listing every file.

Run (needs wkhtmltopdf 0.12.x and poppler-utils' pdftoppm on PATH, fontconfig fonts Liberation and
DejaVu, and Python packages pillow, python-docx, openpyxl; pdfplumber only for the checks):

	python3 -m venv /tmp/lembar-venv
	/tmp/lembar-venv/bin/pip install pillow python-docx openpyxl pdfplumber
	/tmp/lembar-venv/bin/python tests/lembar_sop/buat_lembar.py          # rebuild + check
	/tmp/lembar-venv/bin/python tests/lembar_sop/periksa_label.py        # only check

The output is deterministic for a given toolchain (fixed random seeds, fixed PDF/ZIP dates).

Label conventions (see also README.md): text as printed with whitespace collapsed, list items without
their "1." numbering; `nama_sop` is the value of the "Nama SOP" cell (for a scan of a flowchart page
alone, the name in the page title "SOP <name>" without the word "SOP"); `waktu` in minutes with
1 Jam = 60, 1 Hari = 450 (one working day), "N x 24 Jam" = N working days; `waktu` is null when the
printed time is not a duration ("Sesuai SPK").
"""

import html
import io
import itertools
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(DIR))

import data_sop as D

LABEL = DIR / "label"

# wkhtmltopdf (unpatched Qt) always "smart-shrinks": 1 CSS px = 0.5769 pt as long as the content is no
# wider than the page. These are the usable px areas inside 10 mm margins (kept a little smaller).
HALAMAN_PX = {"landscape": (1350, 880), "portrait": (925, 1310)}
KON = 34  # extra row height for an off-page connector
TEKS = 1.0  # text px relative to box px (1.0 in standards mode; quirks mode would not size table text)
TANGGAL_PDF = b"D:20240102000000"


# ---------------------------------------------------------------- text measurement


_FONT_CACHE = {}


def font_file(family, bold=False):
	key = (family, bold)
	if key not in _FONT_CACHE:
		pattern = family + (":bold" if bold else "")
		out = subprocess.run(
			["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True
		)
		_FONT_CACHE[key] = out.stdout.strip()
	return _FONT_CACHE[key]


def css_font(family):
	"""CSS font list: the family as the office would name it, then the installed face it resolves to
	(QtWebKit does not apply fontconfig aliases such as Arial -> Liberation Sans by itself)."""
	out = subprocess.run(
		["fc-match", "-f", "%{family[0]}", family], capture_output=True, text=True, check=True
	)
	nyata = out.stdout.strip()
	return f"'{family}', '{nyata}'" if nyata != family else f"'{family}'"


def ukur(family, size, bold=False):
	return ImageFont.truetype(font_file(family, bold), size)


def jumlah_baris(teks, font, lebar):
	"""Lines a text takes when a browser wraps it greedily at word boundaries into `lebar` px."""
	if not teks:
		return 1
	teks = str(teks).replace("/", "/ ")  # the HTML allows a break after "/" (<wbr>)
	n = 0
	for para in teks.split("\n"):
		n += 1
		baris = ""
		for kata in para.split():
			coba = f"{baris} {kata}" if baris else kata
			if font.getlength(kata) > lebar / 0.95:
				raise ValueError(f"word {kata!r} is wider than its column ({lebar / 0.95:.0f} px)")
			if not baris or font.getlength(coba) <= lebar:
				baris = coba
			else:
				n += 1
				baris = kata
	return n


def menit(waktu):
	"""Minutes of a printed duration; 1 Hari = 450 (one working day); None if not a duration."""
	if not waktu:
		return None
	t = waktu.strip().lower()
	m = re.fullmatch(r"(\d+)\s*x\s*24\s*jam", t)
	if m:
		return int(m.group(1)) * 450
	m = re.fullmatch(r"(\d+)\s*(menit|jam|hari)", t)
	if m:
		return int(m.group(1)) * {"menit": 1, "jam": 60, "hari": 450}[m.group(2)]
	return None


def rapikan(s):
	return None if s is None else re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- flowchart layout


class Tata:
	"""Column geometry and row heights of one SOP's flowchart table, in CSS px."""

	def __init__(self, sop):
		t = sop["tata"]
		self.sop = sop
		self.t = t
		lb = t["lebar"]
		self.na = len(sop["pelaksana"])
		self.ada_ket = lb["ket"] > 0
		self.lebar = [
			lb["no"],
			lb["kegiatan"],
			*([lb["aktor"]] * self.na),
			lb["kel"],
			lb["waktu"],
			lb["output"],
		]
		if self.ada_ket:
			self.lebar.append(lb["ket"])
		self.x = [0]
		for w in self.lebar:
			self.x.append(self.x[-1] + w)
		self.total = self.x[-1]
		maks_w, _ = HALAMAN_PX[t["orientasi"]]
		assert self.total <= maks_w, (sop["kunci"], self.total)
		self.fs = t["ukuran"]
		# measure with the font files themselves; the CSS line height (px) is set to exactly self.lh,
		# above the font's natural line height so that it is honoured.
		te = self.fs * TEKS
		self.lh = math.ceil(te * 1.22)
		f = ukur(t["font"], round(te))
		fb = ukur(t["font"], round(te), bold=True)

		def tinggi(sel, bold=False):
			return (
				max(jumlah_baris(teks, fb if bold else f, (self.lebar[i] - 12) * 0.95) for i, teks in sel)
				* self.lh
				+ 12
			)

		k2 = [(2 + i, a) for i, a in enumerate(sop["pelaksana"])]
		k2 += [(2 + self.na, t["judul_kel"]), (3 + self.na, "Waktu"), (4 + self.na, "Output")]
		k1 = [(1, t["judul_kegiatan"])] + ([(5 + self.na, t["judul_ket"])] if self.ada_ket else [])
		if tinggi(k1, bold=True) > 2 * self.lh + 12:
			raise ValueError(f"{sop['kunci']}: a header does not fit its column")
		self.h1 = self.lh + 12
		self.h2 = tinggi(k2, bold=True)
		self.kepala = self.h1 + self.h2
		self.tinggi = {}
		for no, st in enumerate(sop["langkah"], 1):
			sel = [(1, st["kegiatan"]), (2 + self.na, st["kelengkapan"]), (3 + self.na, st["waktu"])]
			sel.append((4 + self.na, st["output"]))
			if self.ada_ket:
				sel.append((5 + self.na, st["ket"] or ""))
			h = tinggi(sel) + 4
			self.tinggi[no] = max(h, 80 if st["tidak"] else 64, t.get("tinggi_min", 0))
		self.halaman = self._paginasi()

	def kolom_aktor(self, a):
		return self.x[2 + a], self.lebar[2 + a]

	def _paginasi(self):
		n = len(self.sop["langkah"])
		t = self.t
		if t.get("halaman"):
			assert sum(t["halaman"]) == n
			hal, mulai = [], 1
			for k in t["halaman"]:
				hal.append(list(range(mulai, mulai + k)))
				mulai += k
		else:
			_, maks_h = HALAMAN_PX[t["orientasi"]]
			hal, cur = [], []
			used = (36 if t["judul_halaman"] else 0) + self.kepala
			for no in range(1, n + 1):
				h = self.tinggi[no] + (KON if (not cur and hal) else 0)
				if cur and used + h + (KON if no < n else 0) > maks_h:
					hal.append(cur)
					cur = []
					used = self.kepala if t["ulang_kepala"] else 0
					h = self.tinggi[no] + KON
				cur.append(no)
				used += h
			hal.append(cur)
		for nos in hal:
			for no in nos:
				tk = self.sop["langkah"][no - 1]["tidak"]
				if tk is not None:
					assert tk in nos and tk < no, (
						f"{self.sop['kunci']}: decision {no} returns off-page to {tk}"
					)
		return hal


def geometri(tata, nos, baris, masuk, keluar, lebar_simbol=84):
	"""Flowchart primitives for the steps `nos` on one page.

	baris[no] = (top, height) of the step row in page-table coordinates (px); masuk/keluar = letter of
	the off-page connector entering the first / leaving the last step, or None.
	Returns [("simbol", jenis, cx, cy, w, h, no), ("garis", pts, panah), ("teks", x, y, s, anchor),
	("konektor", cx, cy, huruf)].
	"""
	sop = tata.sop
	n = len(sop["langkah"])
	prim, pos = [], {}
	for no in nos:
		st = sop["langkah"][no - 1]
		left, w = tata.kolom_aktor(st["aktor"])
		cx = left + w / 2
		top, h = baris[no]
		atas = top + (KON if (no == nos[0] and masuk) else 0)
		bawah = top + h - (KON if (no == nos[-1] and keluar) else 0)
		cy = (atas + bawah) / 2
		if st["tidak"]:
			jenis, sh = "keputusan", 44
		elif no in (1, n):
			jenis, sh = "terminator", 30
		else:
			jenis, sh = "proses", 30
		sw = min(w * 0.6, lebar_simbol)
		pos[no] = (cx, cy, sw, sh, bawah, w)
		prim.append(("simbol", jenis, cx, cy, sw, sh, no))
	for a, b in itertools.pairwise(nos):
		cxa, cya, _swa, sha, bwa, _ = pos[a]
		cxb, cyb, _swb, shb, _, _ = pos[b]
		y0, y1 = cya + sha / 2, cyb - shb / 2
		if abs(cxa - cxb) < 1:
			pts = [(cxa, y0), (cxb, y1)]
		else:
			yj = (y0 + bwa) / 2
			pts = [(cxa, y0), (cxa, yj), (cxb, yj), (cxb, y1)]
		prim.append(("garis", pts, True))
		if sop["langkah"][a - 1]["tidak"]:
			kanan = cxb <= cxa
			prim.append(("teks", cxa + (4 if kanan else -4), y0 + 12, "Ya", "start" if kanan else "end"))
	if masuk:
		cx, cy, _sw, sh, _, _ = pos[nos[0]]
		top = baris[nos[0]][0]
		prim.append(("konektor", cx, top + 17, masuk))
		prim.append(("garis", [(cx, top + 26), (cx, cy - sh / 2)], True))
	if keluar:
		cx, cy, _sw, sh, bawah, _ = pos[nos[-1]]
		top, h = baris[nos[-1]]
		kcy = top + h - 17
		prim.append(("garis", [(cx, cy + sh / 2), (cx, kcy - 9)], True))
		prim.append(("konektor", cx, kcy, keluar))
		if sop["langkah"][nos[-1] - 1]["tidak"]:
			prim.append(("teks", cx + 4, cy + sh / 2 + 12, "Ya", "start"))
	lajur = {}
	for no in nos:
		r = sop["langkah"][no - 1]["tidak"]
		if r is None:
			continue
		cxd, cyd, swd, _, _, wd = pos[no]
		cxr, cyr, swr, _, _, wr = pos[r]
		if abs(cxr - cxd) < 1:
			sisi, xl, ex = 1, cxd + 0.42 * wd, cxr + swr / 2
		elif cxr > cxd:
			sisi, xl, ex = 1, cxr - 0.42 * wr, cxr - swr / 2
		else:
			sisi, xl, ex = -1, cxr + 0.42 * wr, cxr + swr / 2
		k = lajur.get(round(xl), 0)
		lajur[round(xl)] = k + 1
		xl += (1 if xl > cxr else -1) * 6 * k
		sx = cxd + sisi * swd / 2
		prim.append(("garis", [(sx, cyd), (xl, cyd), (xl, cyr), (ex, cyr)], True))
		prim.append(("teks", sx + sisi * 4, cyd - 5, "Tidak", "start" if sisi > 0 else "end"))
	return prim


# ---------------------------------------------------------------- HTML / PDF


def _e(s):
	return html.escape(s or "").replace("/", "/<wbr>")


def svg(prim, lebar, tinggi, font):
	out = [
		f'<svg xmlns="http://www.w3.org/2000/svg" width="{lebar}" height="{tinggi}" '
		f'style="position:absolute;left:0;top:0">'
	]
	garis = 'fill="none" stroke="#000" stroke-width="1.3"'
	for p in prim:
		if p[0] == "simbol":
			_, jenis, cx, cy, w, h, _no = p
			if jenis == "keputusan":
				pts = f"{cx:.1f},{cy - h / 2:.1f} {cx + w / 2:.1f},{cy:.1f} {cx:.1f},{cy + h / 2:.1f} {cx - w / 2:.1f},{cy:.1f}"
				out.append(f'<polygon points="{pts}" {garis}/>')
			else:
				rx = f' rx="{h / 2:.1f}" ry="{h / 2:.1f}"' if jenis == "terminator" else ""
				out.append(
					f'<rect x="{cx - w / 2:.1f}" y="{cy - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}"{rx} {garis}/>'
				)
		elif p[0] == "garis":
			_, pts, panah = p
			(xa, ya), (xb, yb) = pts[-2], pts[-1]
			dx, dy = xb - xa, yb - ya
			d = max((dx * dx + dy * dy) ** 0.5, 1e-6)
			ux, uy = dx / d, dy / d
			ujung = [*pts[:-1], (xb - ux * 6, yb - uy * 6)] if panah else pts
			s = " ".join(f"{x:.1f},{y:.1f}" for x, y in ujung)
			out.append(f'<polyline points="{s}" fill="none" stroke="#000" stroke-width="1"/>')
			if panah:
				bx, by = xb - ux * 8, yb - uy * 8
				px, py = -uy * 3.5, ux * 3.5
				out.append(
					f'<polygon points="{xb:.1f},{yb:.1f} {bx + px:.1f},{by + py:.1f} {bx - px:.1f},{by - py:.1f}" fill="#000"/>'
				)
		elif p[0] == "teks":
			_, x, y, s, anchor = p
			out.append(
				f'<text x="{x:.1f}" y="{y:.1f}" font-family="{font}" font-size="11" text-anchor="{anchor}">{s}</text>'
			)
		elif p[0] == "konektor":
			_, cx, cy, huruf = p
			pts = f"{cx - 10:.1f},{cy - 9:.1f} {cx + 10:.1f},{cy - 9:.1f} {cx + 10:.1f},{cy + 3:.1f} {cx:.1f},{cy + 9:.1f} {cx - 10:.1f},{cy + 3:.1f}"
			out.append(f'<polygon points="{pts}" fill="none" stroke="#000" stroke-width="1"/>')
			out.append(
				f'<text x="{cx:.1f}" y="{cy + 2:.1f}" font-family="{font}" font-size="10" text-anchor="middle">{huruf}</text>'
			)
	out.append("</svg>")
	return "".join(out)


def logo_png(path):
	"""A plain grayscale emblem as a raster image (real sheets carry the regional coat of arms)."""
	im = Image.new("L", (180, 200), 255)
	d = ImageDraw.Draw(im)
	d.polygon([(10, 10), (170, 10), (170, 110), (90, 190), (10, 110)], outline=0, fill=200, width=6)
	d.ellipse((55, 35, 125, 105), outline=0, fill=255, width=5)
	d.polygon(
		[
			(90, 45),
			(100, 70),
			(125, 70),
			(105, 85),
			(112, 100),
			(90, 90),
			(68, 100),
			(75, 85),
			(55, 70),
			(80, 70),
		],
		fill=60,
	)
	d.rectangle((40, 125, 140, 140), fill=90)
	im.save(path)


def html_identitas(sop, logo, fs, lebar):
	inst = "<br>".join(f"<b>{_e(s)}</b>" if i < 2 else _e(s) for i, s in enumerate(sop["instansi"]))
	jab, nama, nip = sop["disahkan"]

	def daftar(items):
		if not items:
			return "<div>-</div>"
		return "<ol>" + "".join(f"<li>{_e(s)}</li>" for s in items) + "</ol>"

	w0 = int(lebar * 0.45)
	w1 = int(lebar * 0.17)
	w2 = lebar - w0 - w1
	nama_sop = _e(sop["nama"])
	rows = [
		("Nomor SOP", _e(sop["nomor"])),
		("Tanggal Pembuatan", _e(sop["tgl_buat"])),
		("Tanggal Revisi", _e(sop["tgl_revisi"])),
		("Tanggal Efektif", _e(sop["tgl_efektif"])),
		("Disahkan oleh", f"{_e(jab)}<br><br><br><br><b><u>{_e(nama)}</u></b><br>{_e(nip)}"),
		("Nama SOP", f"<b>{nama_sop}</b>"),
	]
	h = [f'<table class="id" style="width:{lebar}px"><col width="{w0}"><col width="{w1}"><col width="{w2}">']
	for i, (k, v) in enumerate(rows):
		h.append("<tr>")
		if i == 0:
			h.append(
				f'<td rowspan="{len(rows)}" class="inst"><img src="{logo}" style="width:{fs * 5}px"><br><br>{inst}</td>'
			)
		h.append(f"<td>{k}</td><td>{v}</td></tr>")
	h.append("</table>")
	per = _e(sop["peringatan"]) if sop["peringatan"] else "-"
	h.append(
		f'<table class="id2" style="width:{lebar}px"><col width="{lebar // 2}"><col width="{lebar - lebar // 2}">'
	)
	h.append(f"<tr><td><b>Dasar Hukum:</b>{daftar(sop['dasar_hukum'])}</td>")
	h.append(f"<td><b>Kualifikasi Pelaksana:</b>{daftar(sop['kualifikasi'])}</td></tr>")
	h.append(f"<tr><td><b>Keterkaitan:</b>{daftar(sop['keterkaitan'])}</td>")
	h.append(f"<td><b>Peralatan/Perlengkapan:</b>{daftar(sop['peralatan'])}</td></tr>")
	h.append(f"<tr><td><b>Peringatan:</b><div>{per}</div></td>")
	h.append(f"<td><b>Pencatatan dan Pendataan:</b>{daftar(sop['pencatatan'])}</td></tr></table>")
	return "".join(h)


def html_tabel(tata, nos, kepala, masuk, keluar):
	"""One page's flowchart table with its SVG overlay. Returns (html, layout rows)."""
	sop, t = tata.sop, tata.t
	cols = "".join(f'<col width="{w}">' for w in tata.lebar)
	h = [f'<div class="alir" style="position:relative;width:{tata.total}px">']
	h.append(f'<table class="alir" style="width:{tata.total}px">{cols}')
	y = 0
	if kepala:
		cls = ' class="kepala abu"' if t["kepala_abu"] else ' class="kepala"'
		ket = f'<td rowspan="2">{_e(t["judul_ket"])}</td>' if tata.ada_ket else ""
		h.append(
			f'<tr{cls} style="height:{tata.h1}px"><td rowspan="2">No</td><td rowspan="2">{_e(t["judul_kegiatan"])}</td>'
			f'<td colspan="{tata.na}">Pelaksana</td><td colspan="3">Mutu Baku</td>{ket}</tr>'
		)
		akt = "".join(f"<td>{_e(a)}</td>" for a in sop["pelaksana"])
		h.append(
			f'<tr{cls} style="height:{tata.h2}px">{akt}<td>{_e(t["judul_kel"])}</td><td>Waktu</td><td>Output</td></tr>'
		)
		y = tata.kepala
	baris = {}
	for no in nos:
		st = sop["langkah"][no - 1]
		hh = (
			tata.tinggi[no]
			+ (KON if (no == nos[0] and masuk) else 0)
			+ (KON if (no == nos[-1] and keluar) else 0)
		)
		baris[no] = (y, hh)
		y += hh
		kosong = "<td></td>" * tata.na
		ket = f'<td class="l">{_e(st["ket"])}</td>' if tata.ada_ket else ""
		h.append(
			f'<tr style="height:{hh}px"><td class="c">{no}</td><td class="l">{_e(st["kegiatan"])}</td>{kosong}'
			f'<td class="l">{_e(st["kelengkapan"])}</td><td class="c">{_e(st["waktu"])}</td>'
			f'<td class="l">{_e(st["output"])}</td>{ket}</tr>'
		)
	h.append("</table>")
	prim = geometri(tata, nos, baris, masuk, keluar)
	h.append(svg(prim, tata.total, y, css_font(t["font"]).replace("'", "")))
	h.append("</div>")
	return "".join(h), {"baris": baris, "prim": prim, "tinggi": y}


CSS = """
body{margin:0;font-family:%(font)s;font-size:%(fs)dpx;line-height:%(lh)dpx;color:#000}
table{border-collapse:collapse;table-layout:fixed}
td{border:1px solid #000;padding:5px 6px;vertical-align:top;font-size:%(fs)dpx;line-height:%(lh)dpx}
td.c{text-align:center}
tr.kepala td{text-align:center;vertical-align:middle;font-weight:bold}
tr.abu td{background:#d9d9d9}
table.id td.inst{text-align:center;vertical-align:middle}
table.id td{vertical-align:middle}
table.id2{margin-top:-1px}
ol{margin:2px 0 2px 0;padding-left:%(ol)dpx}
.hal{page-break-after:always}
.judul{font-weight:bold;text-align:center;font-size:%(fj)dpx;height:36px;line-height:30px}
"""


def buat_pdf(sop, out_pdf, kerja):
	"""Render one SOP to a text-layer PDF. Returns the layout (per flowchart page) for checks."""
	t = sop["tata"]
	tata = Tata(sop)
	logo = kerja / "logo.png"
	if not logo.exists():
		logo_png(logo)
	css = CSS % {
		"font": css_font(t["font"]),
		"fs": t["ukuran"],
		"lh": tata.lh,
		"ol": t["ukuran"] * 2,
		"fj": t["ukuran"] + 3,
	}
	bag = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>']
	sehalaman = t.get("identitas_sehalaman", False)
	if not sehalaman:
		bag.append(f'<div class="hal">{html_identitas(sop, logo, t["ukuran"], tata.total)}</div>')
	tata_hal = []
	huruf = iter("ABCDEFGH")
	masuk = None
	for i, nos in enumerate(tata.halaman):
		akhir = i == len(tata.halaman) - 1
		keluar = None if akhir else next(huruf)
		kls = "" if akhir else ' class="hal"'
		bag.append(f"<div{kls}>")
		if i == 0 and sehalaman:
			bag.append(html_identitas(sop, logo, t["ukuran"], tata.total))
			bag.append('<div style="height:14px"></div>')
		if i == 0 and t["judul_halaman"]:
			bag.append(f'<div class="judul">{_e(t["judul_halaman"])}</div>')
		kepala = i == 0 or t["ulang_kepala"]
		isi, info = html_tabel(tata, nos, kepala, masuk, keluar)
		bag.append(isi)
		bag.append("</div>")
		info["nos"] = nos
		tata_hal.append(info)
		masuk = keluar
	bag.append("</body></html>")
	src = kerja / f"{sop['kunci']}.html"
	src.write_text("".join(bag), encoding="utf-8")
	subprocess.run(
		[
			"wkhtmltopdf",
			"-q",
			"--enable-local-file-access",
			"--page-size",
			"A4",
			"--orientation",
			"Landscape" if t["orientasi"] == "landscape" else "Portrait",
			"-T",
			"10mm",
			"-B",
			"10mm",
			"-L",
			"10mm",
			"-R",
			"10mm",
			"--title",
			f"SOP {sop['nama']}",
			str(src),
			str(out_pdf),
		],
		check=True,
		capture_output=True,
	)
	data = out_pdf.read_bytes()
	data = re.sub(rb"D:\d{14}", TANGGAL_PDF, data)  # same length: xref offsets stay valid
	out_pdf.write_bytes(data)
	return {"tata": tata, "halaman": tata_hal, "identitas_terpisah": not sehalaman}


# ---------------------------------------------------------------- scans


def pindai(pdf, out_png, out_pdf, seed, halaman_png, kerja):
	"""Rasterise a PDF at 200 dpi gray and make it look scanned."""
	rng = random.Random(seed)
	pref = kerja / f"pindai-{seed}"
	subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(pref)], check=True)
	files = sorted(kerja.glob(f"pindai-{seed}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
	hasil = []
	for f in files:
		im = Image.open(f).convert("L")
		kertas = 236 + rng.randint(-3, 3)
		im = im.point(lambda v, k=kertas: int(22 + v * (k - 22) / 255))
		w, h = im.size
		# faint scanner shadow along one edge
		bayang = Image.linear_gradient("L").rotate(90, expand=True).resize((60, h))
		bayang = bayang.point(lambda v: 200 + v * 55 // 255)
		tepi = Image.new("L", (w, h), 255)
		tepi.paste(bayang, (0, 0))
		im = ImageChops.multiply(im, tepi)
		sudut = 0.4 * (1 if rng.random() < 0.5 else -1) + rng.uniform(-0.08, 0.08)
		im = im.rotate(sudut, resample=Image.BICUBIC, expand=False, fillcolor=kertas)
		im = im.filter(ImageFilter.GaussianBlur(0.8))
		noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * 13 // 255)
		im = ImageChops.add(im, noise, 1, -6)
		d = ImageDraw.Draw(im)
		for _ in range(40):
			x, y = rng.randrange(w), rng.randrange(h)
			r = rng.choice((1, 1, 2))
			d.ellipse((x, y, x + r, y + r), fill=rng.randint(60, 150))
		im = im.point(lambda v: v & 0xF8)  # scanner-like level banding; also keeps the PNGs small
		hasil.append(im)
	if out_png:
		hasil[halaman_png].save(out_png, optimize=True, dpi=(200, 200))
	if out_pdf:
		tgl = time.strptime("2024-01-02", "%Y-%m-%d")
		hasil[0].save(
			out_pdf,
			save_all=True,
			append_images=hasil[1:],
			resolution=200.0,
			quality=55,
			creationDate=tgl,
			modDate=tgl,
			producer="Scanner",
			title="",
		)
	for f in files:
		f.unlink()
	return len(hasil)


# ---------------------------------------------------------------- ZIP helpers (DOCX/XLSX)

ZIP_DATE = (2024, 1, 2, 0, 0, 0)


def tulis_zip(path, entries):
	with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
		for name, data in entries:
			zi = zipfile.ZipInfo(name, ZIP_DATE)
			zi.compress_type = zipfile.ZIP_DEFLATED
			z.writestr(zi, data)


def baca_zip(data):
	with zipfile.ZipFile(io.BytesIO(data)) as z:
		return [(n, z.read(n)) for n in z.namelist()]


# ---------------------------------------------------------------- DOCX

PRST = {"terminator": "flowChartTerminator", "proses": "flowChartProcess", "keputusan": "flowChartDecision"}


def jenis_langkah(sop, no):
	st = sop["langkah"][no - 1]
	if st["tidak"]:
		return "keputusan"
	return "terminator" if no in (1, len(sop["langkah"])) else "proses"


def ket_kembali(sop, st):
	"""Keterangan text as offices write it when the return arrow is not drawn."""
	teks = f"Jika tidak, kembali ke langkah {st['tidak']}"
	return f"{st['ket']}; {teks}" if st["ket"] else teks


def buat_docx(sop, path):
	from docx import Document
	from docx.enum.section import WD_ORIENT
	from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
	from docx.enum.text import WD_ALIGN_PARAGRAPH
	from docx.oxml import OxmlElement
	from docx.oxml.ns import qn
	from docx.shared import Cm, Pt

	doc = Document()
	cp = doc.core_properties
	import datetime

	cp.created = cp.modified = datetime.datetime(2024, 1, 2)
	cp.author = "Sekretariat"
	cp.title = f"SOP {sop['nama']}"
	cp.revision = 1
	cp.last_modified_by = "Sekretariat"
	sec = doc.sections[0]
	sec.orientation = WD_ORIENT.LANDSCAPE
	sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
	for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
		setattr(sec, m, Cm(1.5))
	st = doc.styles["Normal"]
	st.font.name = "Arial"
	st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
	st.font.size = Pt(9)
	st.paragraph_format.space_after = Pt(0)
	st.paragraph_format.space_before = Pt(0)

	def isi(cell, teks, bold=False, align=None, size=None):
		p = cell.paragraphs[0]
		first = True
		for bagian in teks.split("\n"):
			if not first:
				p = cell.add_paragraph()
			first = False
			r = p.add_run(bagian)
			r.bold = bold
			if size:
				r.font.size = Pt(size)
			if align:
				p.alignment = align
		return p

	def lebar(table, cm):
		table.autofit = False
		tblPr = table._tbl.tblPr
		lay = OxmlElement("w:tblLayout")
		lay.set(qn("w:type"), "fixed")
		tblPr.append(lay)
		for row in table.rows:
			for i, c in enumerate(row.cells):
				c.width = Cm(cm[i])

	lebar_total = 26.7
	# identity block
	t1 = doc.add_table(rows=6, cols=3)
	t1.style = "Table Grid"
	t1.alignment = WD_TABLE_ALIGNMENT.CENTER
	lebar(t1, [11.5, 4.5, 10.7])
	kiri = t1.cell(0, 0).merge(t1.cell(5, 0))
	isi(kiri, "\n".join(sop["instansi"]), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
	jab, nama, nip = sop["disahkan"]
	pasangan = [
		("Nomor SOP", sop["nomor"]),
		("Tanggal Pembuatan", sop["tgl_buat"]),
		("Tanggal Revisi", sop["tgl_revisi"]),
		("Tanggal Efektif", sop["tgl_efektif"]),
		("Disahkan oleh", f"{jab}\n\n\n{nama}\n{nip}"),
		("Nama SOP", sop["nama"]),
	]
	for i, (k, v) in enumerate(pasangan):
		isi(t1.cell(i, 1), k)
		isi(t1.cell(i, 2), v, bold=(k == "Nama SOP"))
	doc.add_paragraph()
	t2 = doc.add_table(rows=6, cols=2)
	t2.style = "Table Grid"
	lebar(t2, [lebar_total / 2, lebar_total / 2])

	def daftar(items):
		return "\n".join(f"{i}. {s}" for i, s in enumerate(items, 1)) if items else "-"

	blok = [
		("Dasar Hukum:", daftar(sop["dasar_hukum"]), "Kualifikasi Pelaksana:", daftar(sop["kualifikasi"])),
		("Keterkaitan:", daftar(sop["keterkaitan"]), "Peralatan/Perlengkapan:", daftar(sop["peralatan"])),
		("Peringatan:", sop["peringatan"] or "-", "Pencatatan dan Pendataan:", daftar(sop["pencatatan"])),
	]
	for i, (ka, va, kb, vb) in enumerate(blok):
		isi(t2.cell(2 * i, 0), ka, bold=True)
		isi(t2.cell(2 * i, 1), kb, bold=True)
		isi(t2.cell(2 * i + 1, 0), va)
		isi(t2.cell(2 * i + 1, 1), vb)
	doc.add_page_break()
	t = sop["tata"]
	if t["judul_halaman"]:
		p = doc.add_paragraph()
		p.alignment = WD_ALIGN_PARAGRAPH.CENTER
		r = p.add_run(t["judul_halaman"])
		r.bold = True
		r.font.size = Pt(11)
		doc.add_paragraph()
	na = len(sop["pelaksana"])
	ncol = 2 + na + 4
	tb = doc.add_table(rows=2 + len(sop["langkah"]), cols=ncol)
	tb.style = "Table Grid"
	lb_akt = 2.6
	lb = [0.9, 7.6, *([lb_akt] * na), 2.6, 1.7, 2.8, lebar_total - 0.9 - 7.6 - lb_akt * na - 2.6 - 1.7 - 2.8]
	lebar(tb, lb)
	c = tb.cell(0, 0).merge(tb.cell(1, 0))
	isi(c, "No", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	c = tb.cell(0, 1).merge(tb.cell(1, 1))
	isi(c, t["judul_kegiatan"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	c = tb.cell(0, 2).merge(tb.cell(0, 1 + na))
	isi(c, "Pelaksana", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	c = tb.cell(0, 2 + na).merge(tb.cell(0, 4 + na))
	isi(c, "Mutu Baku", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	c = tb.cell(0, 5 + na).merge(tb.cell(1, 5 + na))
	isi(c, t["judul_ket"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	for i, a in enumerate(sop["pelaksana"]):
		isi(tb.cell(1, 2 + i), a, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	for i, k in enumerate([t["judul_kel"], "Waktu", "Output"]):
		isi(tb.cell(1, 2 + na + i), k, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
	for r in (0, 1):
		trPr = tb.rows[r]._tr.get_or_add_trPr()
		trPr.append(OxmlElement("w:tblHeader"))
	for no, stp in enumerate(sop["langkah"], 1):
		row = tb.rows[1 + no]
		row.height = Cm(2.0 if stp["tidak"] else 1.6)
		row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
		isi(row.cells[0], str(no), align=WD_ALIGN_PARAGRAPH.CENTER)
		isi(row.cells[1], stp["kegiatan"])
		isi(row.cells[2 + stp["aktor"]], f"@@SIMBOL{no}@@", align=WD_ALIGN_PARAGRAPH.CENTER)
		isi(row.cells[2 + na], stp["kelengkapan"])
		isi(row.cells[3 + na], stp["waktu"], align=WD_ALIGN_PARAGRAPH.CENTER)
		isi(row.cells[4 + na], stp["output"])
		ket = ket_kembali(sop, stp) if stp["tidak"] else stp["ket"]
		if ket:
			isi(row.cells[5 + na], ket)
	buf = io.BytesIO()
	doc.save(buf)
	emu_cm = 360000
	entries = []
	for name, data in baca_zip(buf.getvalue()):
		if name == "word/document.xml":
			xml = data.decode("utf-8")

			def ganti(m):
				no = int(m.group(1))
				jenis = jenis_langkah(sop, no)
				cx = int(lb_akt * 0.62 * emu_cm)
				cy = int((1.25 if jenis == "keputusan" else 0.8) * emu_cm)
				x = int((lb_akt * emu_cm - cx) / 2 - 0.19 * emu_cm)
				return (
					'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
					f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
					f'relativeHeight="{251658240 + no}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
					'<wp:simplePos x="0" y="0"/>'
					f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
					f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(0.2 * emu_cm)}</wp:posOffset></wp:positionV>'
					f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
					f'<wp:docPr id="{100 + no}" name="Langkah {no}"/><wp:cNvGraphicFramePr/>'
					'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
					'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
					"<wps:wsp><wps:cNvSpPr/><wps:spPr>"
					f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
					f'<a:prstGeom prst="{PRST[jenis]}"><a:avLst/></a:prstGeom><a:noFill/>'
					'<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
					'</wps:spPr><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
					"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
				)

			xml, n = re.subn(r"<w:r>(?:(?!</w:r>).)*?@@SIMBOL(\d+)@@</w:t></w:r>", ganti, xml, flags=re.S)
			assert n == len(sop["langkah"]), n
			data = xml.encode("utf-8")
		entries.append((name, data))
	tulis_zip(path, entries)


# ---------------------------------------------------------------- XLSX

EMU_PX = 9525


def buat_xlsx(sop, path):
	import datetime

	from openpyxl import Workbook
	from openpyxl.styles import Alignment, Border, Font, Side
	from openpyxl.utils import get_column_letter

	wb = Workbook()
	wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 2)
	wb.properties.creator = "Bidang Penegakan Perda"
	ws = wb.active
	ws.title = "SOP"
	t = sop["tata"]
	na = len(sop["pelaksana"])
	lebar = [5, 48, *([17] * na), 20, 11, 20, 18]
	ncol = len(lebar)
	for i, w in enumerate(lebar, 1):
		ws.column_dimensions[get_column_letter(i)].width = w
	tipis = Side(style="thin", color="000000")
	kotak = Border(left=tipis, right=tipis, top=tipis, bottom=tipis)
	f_biasa = Font(name="Arial", size=10)
	f_tebal = Font(name="Arial", size=10, bold=True)
	bungkus = Alignment(wrap_text=True, vertical="top")
	tengah = Alignment(wrap_text=True, vertical="center", horizontal="center")

	def tulis(r1, c1, r2, c2, teks, font=f_biasa, align=bungkus):
		for r in range(r1, r2 + 1):
			for c in range(c1, c2 + 1):
				ws.cell(r, c).border = kotak
		if (r1, c1) != (r2, c2):
			ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
		cel = ws.cell(r1, c1, teks)
		cel.font = font
		cel.alignment = align

	jab, nama, nip = sop["disahkan"]
	pasangan = [
		("Nomor SOP", sop["nomor"]),
		("Tanggal Pembuatan", sop["tgl_buat"]),
		("Tanggal Revisi", sop["tgl_revisi"]),
		("Tanggal Efektif", sop["tgl_efektif"]),
		("Disahkan oleh", f"{jab}\n\n\n{nama}\n{nip}"),
		("Nama SOP", sop["nama"]),
	]
	ka = 2  # left block: columns A..B
	tulis(1, 1, 6, ka, "\n".join(sop["instansi"]), f_tebal, tengah)
	for i, (k, v) in enumerate(pasangan):
		r = 1 + i
		tulis(r, ka + 1, r, ka + 2, k, f_biasa, Alignment(vertical="center"))
		tulis(
			r,
			ka + 3,
			r,
			ncol,
			v,
			f_tebal if k == "Nama SOP" else f_biasa,
			Alignment(wrap_text=True, vertical="center"),
		)
		ws.row_dimensions[r].height = 72 if k == "Disahkan oleh" else 18

	def daftar(items):
		return "\n".join(f"{i}. {s}" for i, s in enumerate(items, 1)) if items else "-"

	r = 8
	blok = [
		(
			"Dasar Hukum:",
			daftar(sop["dasar_hukum"]),
			"Kualifikasi Pelaksana:",
			daftar(sop["kualifikasi"]),
			60,
		),
		("Keterkaitan:", daftar(sop["keterkaitan"]), "Peralatan/Perlengkapan:", daftar(sop["peralatan"]), 58),
		("Peringatan:", sop["peringatan"] or "-", "Pencatatan dan Pendataan:", daftar(sop["pencatatan"]), 32),
	]
	mid = ka + 1
	for a, va, b, vb, tinggi in blok:
		tulis(r, 1, r, mid, a, f_tebal)
		tulis(r, mid + 1, r, ncol, b, f_tebal)
		tulis(r + 1, 1, r + 1, mid, va)
		tulis(r + 1, mid + 1, r + 1, ncol, vb)
		ws.row_dimensions[r].height = 15
		ws.row_dimensions[r + 1].height = tinggi
		r += 2
	r += 1
	if t["judul_halaman"]:
		tulis(r, 1, r, ncol, t["judul_halaman"], Font(name="Arial", size=12, bold=True), tengah)
		for c in range(1, ncol + 1):
			ws.cell(r, c).border = Border()
		r += 2
	k1 = r
	tulis(k1, 1, k1 + 1, 1, "No", f_tebal, tengah)
	tulis(k1, 2, k1 + 1, 2, t["judul_kegiatan"], f_tebal, tengah)
	tulis(k1, 3, k1, 2 + na, "Pelaksana", f_tebal, tengah)
	tulis(k1, 3 + na, k1, 5 + na, "Mutu Baku", f_tebal, tengah)
	tulis(k1, 6 + na, k1 + 1, 6 + na, t["judul_ket"], f_tebal, tengah)
	for i, a in enumerate(sop["pelaksana"]):
		tulis(k1 + 1, 3 + i, k1 + 1, 3 + i, a, f_tebal, tengah)
	for i, k in enumerate([t["judul_kel"], "Waktu", "Output"]):
		tulis(k1 + 1, 3 + na + i, k1 + 1, 3 + na + i, k, f_tebal, tengah)
	ws.row_dimensions[k1].height = 18
	ws.row_dimensions[k1 + 1].height = 32
	r0 = k1 + 2
	for no, stp in enumerate(sop["langkah"], 1):
		rr = r0 + no - 1
		ws.row_dimensions[rr].height = 72 if stp["tidak"] else 60
		tulis(rr, 1, rr, 1, no, f_biasa, Alignment(horizontal="center", vertical="top"))
		tulis(rr, 2, rr, 2, stp["kegiatan"])
		for i in range(na):
			tulis(rr, 3 + i, rr, 3 + i, None)
		tulis(rr, 3 + na, rr, 3 + na, stp["kelengkapan"])
		tulis(rr, 4 + na, rr, 4 + na, stp["waktu"], f_biasa, Alignment(horizontal="center", vertical="top"))
		tulis(rr, 5 + na, rr, 5 + na, stp["output"])
		tulis(rr, 6 + na, rr, 6 + na, stp["ket"])
	ws.page_setup.orientation = "landscape"
	ws.page_setup.paperSize = ws.PAPERSIZE_A4
	ws.page_setup.fitToWidth = 1
	ws.print_title_rows = f"{k1}:{k1 + 1}"
	buf = io.BytesIO()
	wb.save(buf)

	# grid geometry in px (Excel: column px = trunc(width * 7 + 5) for the default font; rows pt * 4/3)
	col_px = [int(w * 7 + 5) for w in lebar]
	col_x = [0]
	for w in col_px:
		col_x.append(col_x[-1] + w)
	nrow = r0 + len(sop["langkah"]) + 2
	row_px = []
	for i in range(1, nrow + 1):
		h = ws.row_dimensions[i].height
		row_px.append(round((h if h else 15) * 4 / 3))
	row_y = [0]
	for h in row_px:
		row_y.append(row_y[-1] + h)

	class Grid:
		pass

	g = Grid()
	g.sop = sop
	g.kolom_aktor = lambda a: (col_x[2 + a], col_px[2 + a])
	nos = list(range(1, len(sop["langkah"]) + 1))
	baris = {no: (row_y[r0 + no - 2], row_px[r0 + no - 2]) for no in nos}
	prim = geometri(g, nos, baris, None, None, lebar_simbol=80)

	def titik(x, y):
		c = max(i for i in range(len(col_x) - 1) if col_x[i] <= x)
		rr = max(i for i in range(len(row_y) - 1) if row_y[i] <= y)
		return c, int((x - col_x[c]) * EMU_PX), rr, int((y - row_y[rr]) * EMU_PX)

	def jangkar(x1, y1, x2, y2, isi_xml):
		a, b = titik(x1, y1), titik(x2, y2)
		return (
			"<xdr:twoCellAnchor>"
			f"<xdr:from><xdr:col>{a[0]}</xdr:col><xdr:colOff>{a[1]}</xdr:colOff><xdr:row>{a[2]}</xdr:row>"
			f"<xdr:rowOff>{a[3]}</xdr:rowOff></xdr:from>"
			f"<xdr:to><xdr:col>{b[0]}</xdr:col><xdr:colOff>{b[1]}</xdr:colOff><xdr:row>{b[2]}</xdr:row>"
			f"<xdr:rowOff>{b[3]}</xdr:rowOff></xdr:to>{isi_xml}<xdr:clientData/></xdr:twoCellAnchor>"
		)

	def xfrm(x1, y1, x2, y2, flip=""):
		return (
			f'<a:xfrm{flip}><a:off x="{int(x1 * EMU_PX)}" y="{int(y1 * EMU_PX)}"/>'
			f'<a:ext cx="{int((x2 - x1) * EMU_PX)}" cy="{int((y2 - y1) * EMU_PX)}"/></a:xfrm>'
		)

	hitam = '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
	parts = []
	nid = 2
	for p in prim:
		if p[0] == "simbol":
			_, jenis, cx, cy, w, h, no = p
			x1, y1, x2, y2 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
			sp = (
				f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{nid}" name="Langkah {no}"/><xdr:cNvSpPr/>'
				f'</xdr:nvSpPr><xdr:spPr>{xfrm(x1, y1, x2, y2)}<a:prstGeom prst="{PRST[jenis]}"><a:avLst/></a:prstGeom>'
				f'<a:noFill/><a:ln w="12700">{hitam}</a:ln></xdr:spPr></xdr:sp>'
			)
			parts.append(jangkar(x1, y1, x2, y2, sp))
			nid += 1
		elif p[0] == "garis":
			_, pts, panah = p
			for j, ((xa, ya), (xb, yb)) in enumerate(itertools.pairwise(pts)):
				akhir = j == len(pts) - 2
				flip = (' flipH="1"' if xb < xa else "") + (' flipV="1"' if yb < ya else "")
				x1, x2, y1, y2 = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
				ujung = '<a:tailEnd type="triangle"/>' if (panah and akhir) else ""
				cxn = (
					f'<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{nid}" name="Garis {nid}"/><xdr:cNvCxnSpPr/>'
					f"</xdr:nvCxnSpPr><xdr:spPr>{xfrm(x1, y1, x2, y2, flip)}"
					f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln w="9525">{hitam}{ujung}</a:ln>'
					"</xdr:spPr></xdr:cxnSp>"
				)
				parts.append(jangkar(x1, y1, x2, y2, cxn))
				nid += 1
		elif p[0] == "teks":
			_, x, y, s, anchor = p
			w = 34 if s == "Tidak" else 20
			x1 = x if anchor == "start" else x - w
			tb = (
				f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{nid}" name="Label {s} {nid}"/>'
				f'<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr>{xfrm(x1, y - 12, x1 + w, y + 2)}'
				'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>'
				'<xdr:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"/><a:lstStyle/>'
				f'<a:p><a:r><a:rPr lang="id-ID" sz="800"/><a:t>{s}</a:t></a:r></a:p></xdr:txBody></xdr:sp>'
			)
			parts.append(jangkar(x1, y - 12, x1 + w, y + 2, tb))
			nid += 1
	drawing = (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
		'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
		'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' + "".join(parts) + "</xdr:wsDr>"
	)
	rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	entries = []
	ada_rels = False
	for name, data in baca_zip(buf.getvalue()):
		if name == "xl/worksheets/sheet1.xml":
			xml = data.decode("utf-8")
			tag = f'<drawing xmlns:r="{rel_ns}" r:id="rIdGambar1"/>'
			for akhir in ("<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"):
				i = xml.find(akhir)
				if i >= 0:
					xml = xml[:i] + tag + xml[i:]
					break
			data = xml.encode("utf-8")
		elif name == "xl/worksheets/_rels/sheet1.xml.rels":
			ada_rels = True
			xml = data.decode("utf-8")
			xml = xml.replace(
				"</Relationships>",
				'<Relationship Id="rIdGambar1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
			)
			data = xml.encode("utf-8")
		elif name == "[Content_Types].xml":
			xml = data.decode("utf-8").replace(
				"</Types>",
				'<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
			)
			data = xml.encode("utf-8")
		elif name == "docProps/core.xml":
			data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-02T00:00:00Z", data)
		entries.append((name, data))
	if not ada_rels:
		entries.append(
			(
				"xl/worksheets/_rels/sheet1.xml.rels",
				(
					b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
					b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
					b'<Relationship Id="rIdGambar1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>'
					b"</Relationships>"
				),
			)
		)
	entries.append(("xl/drawings/drawing1.xml", drawing.encode("utf-8")))
	tulis_zip(path, entries)


# ---------------------------------------------------------------- labels


def label_sop(sop, berkas, nos=None, identitas=True, nomor=True, nama=True, ket_docx=False):
	langkah = []
	for no, st in enumerate(sop["langkah"], 1):
		if nos is not None and no not in nos:
			continue
		ket = ket_kembali(sop, st) if (ket_docx and st["tidak"]) else st["ket"]
		if not sop["tata"]["lebar"]["ket"]:
			ket = None
		langkah.append(
			{
				"no": no,
				"kegiatan": rapikan(st["kegiatan"]),
				"pelaksana": sop["pelaksana"][st["aktor"]],
				"kelengkapan": rapikan(st["kelengkapan"]),
				"waktu": menit(st["waktu"]),
				"waktu_teks": rapikan(st["waktu"]),
				"output": rapikan(st["output"]),
				"keterangan": rapikan(ket),
				"keputusan": st["tidak"] is not None,
				"jika_tidak_ke": st["tidak"],
			}
		)
	if identitas:
		idt = {
			"dasar_hukum": [rapikan(s) for s in sop["dasar_hukum"]],
			"kualifikasi_pelaksana": [rapikan(s) for s in sop["kualifikasi"]],
			"keterkaitan": [rapikan(s) for s in sop["keterkaitan"]],
			"peralatan": [rapikan(s) for s in sop["peralatan"]],
			"peringatan": rapikan(sop["peringatan"]),
			"pencatatan": [rapikan(s) for s in sop["pencatatan"]],
		}
	else:
		idt = {
			"dasar_hukum": [],
			"kualifikasi_pelaksana": [],
			"keterkaitan": [],
			"peralatan": [],
			"peringatan": None,
			"pencatatan": [],
		}
	return {
		"berkas": berkas,
		"nama_sop": rapikan(sop["nama"]) if nama else None,
		"nomor_sop": sop["nomor"] if nomor else None,
		"pelaksana": list(sop["pelaksana"]),
		"langkah": langkah,
		"identitas": idt,
		"peringatan_impor": [],
	}


def nama_dari_judul(judul):
	if not judul:
		return None
	return judul[4:] if judul.upper().startswith("SOP ") else judul


# ---------------------------------------------------------------- PDF check (pdfplumber)


def klasifikasi(obj, jenis_obj):
	"""'proses' | 'terminator' | 'keputusan' | 'konektor' | None for one pdfplumber rect/curve."""
	if obj.get("fill") and not obj.get("stroke"):
		return None
	w, h = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
	if w < 9 or h < 9:
		return None
	if jenis_obj == "rect":
		return "proses"
	path = obj.get("path") or []
	ops = [p[0] for p in path]
	if "h" not in ops:
		return None
	if "c" in ops:
		return "terminator"
	titik = {(round(p[1][0], 1), round(p[1][1], 1)) for p in path if p[0] in "ml"}
	if len(titik) == 4:
		return "keputusan"
	if len(titik) == 5:
		return "konektor"
	return None


def simbol_halaman(page):
	out = []
	for o in page.rects:
		k = klasifikasi(o, "rect")
		if k:
			out.append((k, (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2))
	for o in page.curves:
		k = klasifikasi(o, "curve")
		if k:
			out.append((k, (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2))
	return out


def periksa_pdf(pdf, info):
	"""Check every flowchart symbol sits in its step's row and its actor's column, with the right shape."""
	import pdfplumber

	tata = info["tata"]
	galat = []
	with pdfplumber.open(pdf) as doc:
		awal = 1 if info["identitas_terpisah"] else 0
		if len(doc.pages) != awal + len(info["halaman"]):
			return [f"{pdf.name}: {len(doc.pages)} pages, expected {awal + len(info['halaman'])}"]
		for hi, hal in enumerate(info["halaman"]):
			page = doc.pages[awal + hi]
			# table left edge and scale from the vertical borders of the flowchart table
			tepi = [
				r
				for r in page.rects
				if r.get("fill") and (r["x1"] - r["x0"]) < 1.5 and (r["bottom"] - r["top"]) > 5
			]
			x_kiri = min(r["x0"] for r in tepi)
			x_kanan = max(r["x1"] for r in tepi)
			s = (x_kanan - x_kiri) / tata.total
			no_x0, no_x1 = x_kiri, x_kiri + tata.lebar[0] * s
			mendatar = sorted(
				{
					round(r["top"], 1)
					for r in page.rects
					if r.get("fill")
					and (r["bottom"] - r["top"]) < 1.5
					and r["x0"] <= no_x0 + 2
					and r["x1"] >= no_x1 - 2
				}
			)
			kata = {w["text"]: w for w in page.extract_words() if no_x0 <= (w["x0"] + w["x1"]) / 2 <= no_x1}
			simbol = [x for x in simbol_halaman(page) if x[0] != "konektor"]
			if len(simbol) != len(hal["nos"]):
				galat.append(
					f"{pdf.name} p{awal + hi + 1}: {len(simbol)} symbols, expected {len(hal['nos'])}"
				)
			for no in hal["nos"]:
				w = kata.get(str(no))
				if not w:
					galat.append(f"{pdf.name}: step number {no} not found")
					continue
				atas = max([y for y in mendatar if y <= w["top"]], default=None)
				bawah = min([y for y in mendatar if y >= w["bottom"]], default=None)
				left, lw = tata.kolom_aktor(tata.sop["langkah"][no - 1]["aktor"])
				xa, xb = x_kiri + left * s, x_kiri + (left + lw) * s
				cocok = [
					k
					for k in simbol
					if atas is not None and bawah is not None and atas < k[2] < bawah and xa < k[1] < xb
				]
				harap = jenis_langkah(tata.sop, no)
				if len(cocok) != 1 or cocok[0][0] != harap:
					galat.append(f"{pdf.name}: step {no}: expected one {harap} in row/column, found {cocok}")
	return galat


def statistik_pdf(pdf):
	import pdfplumber

	out = []
	with pdfplumber.open(pdf) as doc:
		for i, p in enumerate(doc.pages, 1):
			sim = simbol_halaman(p)
			hit = {
				k: sum(1 for x in sim if x[0] == k) for k in ("proses", "terminator", "keputusan", "konektor")
			}
			out.append(
				{
					"halaman": i,
					"rects": len(p.rects),
					"curves": len(p.curves),
					"lines": len(p.lines),
					"words": len(p.extract_words()),
					"simbol": hit,
				}
			)
	return out


# ---------------------------------------------------------------- main


def main():
	for p in (
		list(DIR.glob("*.pdf"))
		+ list(DIR.glob("*.png"))
		+ list(DIR.glob("*.docx"))
		+ list(DIR.glob("*.xlsx"))
	):
		p.unlink()
	if LABEL.exists():
		shutil.rmtree(LABEL)
	LABEL.mkdir()
	daftar = []
	labels = {}
	galat = []

	def tambah(berkas, jenis, label, catatan):
		daftar.append({"berkas": berkas, "jenis": jenis, "label": f"label/{label}.json", "catatan": catatan})

	def simpan_label(nama, isi):
		labels[nama] = isi
		(LABEL / f"{nama}.json").write_text(
			json.dumps(isi, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
		)

	try:
		import pdfplumber

		del pdfplumber

		bisa_periksa = True
	except ImportError:
		bisa_periksa = False
		print("pdfplumber not installed: skipping the PDF checks")

	with tempfile.TemporaryDirectory() as tmp:
		kerja = Path(tmp)
		info = {}
		for sop in D.SEMUA:
			k = sop["kunci"]
			berkas = "seed-lembar.pdf" if k == "seed" else f"{k}.pdf"
			info[k] = buat_pdf(sop, DIR / berkas, kerja)
			info[k]["berkas"] = berkas
			simpan_label(k, label_sop(sop, berkas))
			if bisa_periksa:
				galat += periksa_pdf(DIR / berkas, info[k])

		def catat_pdf(sop, catatan):
			k = sop["kunci"]
			tambah(info[k]["berkas"], "pdf-teks", k, catatan)

		t_info = {k: v["tata"] for k, v in info.items()}

		def ringkas(k):
			tt = t_info[k]
			t = tt.t
			hal = len(tt.halaman)
			teks = [
				f"{t['orientasi']}, font {t['font']}, {len(tt.sop['langkah'])} langkah, {tt.na} pelaksana",
				f"{sum(1 for s in tt.sop['langkah'] if s['tidak'])} keputusan",
				f"bagan alir {hal} halaman" + (" (konektor antarhalaman A/B)" if hal > 1 else ""),
				"identitas dan bagan alir pada halaman yang sama"
				if t.get("identitas_sehalaman")
				else "identitas di halaman sendiri",
				f"kepala tabel: '{t['judul_kegiatan']}', '{t['judul_kel']}', "
				+ (f"'{t['judul_ket']}'" if tt.ada_ket else "tanpa kolom Keterangan"),
			]
			if hal > 1:
				teks.append(
					"kepala tabel diulang tiap halaman"
					if t["ulang_kepala"]
					else "kepala tabel TIDAK diulang di halaman lanjutan"
				)
			if t["judul_halaman"]:
				teks.append(f"judul di atas bagan: '{t['judul_halaman']}'")
			return "; ".join(teks)

		for sop in D.SEMUA:
			k = sop["kunci"]
			extra = {
				"seed": "SOP benih (Perbaikan Data Kinerja, Satpol PP Kalbar) ditata seperti pindaian asli; keputusan 5→4, 6→5, 7→6",
				"pengaduan-masyarakat": "keputusan 5→3 (bukan langkah sebelumnya) dan 11→9; waktu '2 x 24 Jam'; kepala abu-abu",
				"pengadaan-langsung": "nama SOP huruf kapital; keputusan 4→3 dan 5→2; langkah 7 waktu 'Sesuai SPK' (waktu null); font serif",
				"laporan-keuangan": "tanpa keputusan; waktu dalam hari; Keterkaitan kosong ('-')",
				"cuti-tahunan": "keputusan 5→3 (garis Tidak ke kiri melewati kolom lain); kepala abu-abu",
				"penertiban-reklame": "keputusan 4→3 dalam kolom yang sama; waktu '3 x 24 Jam' (= 3 hari kerja = 1350 menit); font sempit",
				"rekomendasi-keramaian": "4 langkah; keputusan 2→1 (kembali ke langkah pertama); Peringatan kosong ('-', label null)",
			}[k]
			catat_pdf(sop, f"{extra}. {ringkas(k)}")

		# scans
		def pindaian(k, seed, hal_png, nama_png):
			sop = next(s for s in D.SEMUA if s["kunci"] == k)
			src = DIR / info[k]["berkas"]
			png = DIR / f"{nama_png}-pindaian.png"
			pdf = DIR / f"{nama_png}-pindaian.pdf"
			pindai(src, png, pdf, seed, hal_png, kerja)
			tambah(
				pdf.name,
				"pindaian",
				k,
				f"pindaian semua halaman {src.name} (200 dpi abu-abu, miring ~0,4°, derau, tanpa lapisan teks; JPEG dalam PDF)",
			)
			# label of the PNG: only what is printed on that page
			awal = 1 if info[k]["identitas_terpisah"] else 0
			hi = hal_png - awal
			nos = info[k]["halaman"][hi]["nos"]
			tt = sop["tata"]
			identitas = hi == 0 and not info[k]["identitas_terpisah"]
			if identitas:
				lab = label_sop(sop, png.name)
				simpan_label(f"{nama_png}-pindaian-png", lab)
				cat = f"pindaian PNG halaman {hal_png + 1} dari {src.name}: identitas + bagan alir lengkap"
			else:
				judul = tt["judul_halaman"] if hi == 0 else None
				lab = label_sop(sop, png.name, nos=nos, identitas=False, nomor=False, nama=False)
				lab["nama_sop"] = nama_dari_judul(judul)
				simpan_label(f"{nama_png}-pindaian-png", lab)
				cat = (
					f"pindaian PNG halaman {hal_png + 1} dari {src.name} (bagan alir saja, langkah {nos[0]}–{nos[-1]}"
					+ (
						f" dari {len(sop['langkah'])}; berakhir dengan konektor antarhalaman"
						if len(nos) < len(sop["langkah"])
						else ""
					)
					+ "); identitas tidak ada di halaman ini"
					+ (
						f"; nama_sop diambil dari judul '{judul}'"
						if judul
						else "; tidak ada nama SOP di halaman ini"
					)
				)
			tambah(
				png.name,
				"pindaian",
				f"{nama_png}-pindaian-png",
				cat + "; 200 dpi abu-abu, miring ~0,4°, derau, kertas agak abu",
			)

		pindaian("seed", 11, 1, "seed")
		pindaian("pengaduan-masyarakat", 12, 1, "pengaduan-masyarakat")
		pindaian("laporan-keuangan", 13, 0, "laporan-keuangan")

		# DOCX + XLSX
		buat_docx(D.CUTI, DIR / "cuti-tahunan.docx")
		simpan_label("cuti-tahunan-docx", label_sop(D.CUTI, "cuti-tahunan.docx", ket_docx=True))
		tambah(
			"cuti-tahunan.docx",
			"docx",
			"cuti-tahunan-docx",
			"SOP yang sama dengan cuti-tahunan.pdf sebagai tabel Word (baris kepala berulang w:tblHeader, sel digabung); "
			"simbol = bentuk DrawingML wps:wsp (flowChartTerminator/Process/Decision) dalam wp:anchor di dalam "
			"mc:AlternateContent pada paragraf sel pelaksana; TANPA garis/panah: tujuan 'Tidak' ditulis di kolom "
			"Keterangan ('Jika tidak, kembali ke langkah 3'); daftar identitas diketik dengan nomor '1. '",
		)
		buat_xlsx(D.REKLAME, DIR / "penertiban-reklame.xlsx")
		simpan_label("penertiban-reklame-xlsx", label_sop(D.REKLAME, "penertiban-reklame.xlsx"))
		tambah(
			"penertiban-reklame.xlsx",
			"xlsx",
			"penertiban-reklame-xlsx",
			"SOP yang sama dengan penertiban-reklame.pdf dalam satu lembar Excel (identitas di atas, bagan di bawah, "
			"sel digabung); simbol = xdr:sp dengan a:prstGeom flowChart* dalam xdr:twoCellAnchor di sel pelaksana "
			"(xl/drawings/drawing1.xml); panah = xdr:cxnSp straightConnector1 per ruas (ujung a:tailEnd), label "
			"'Ya'/'Tidak' = kotak teks (txBox); daftar identitas satu sel dengan baris '1. ...'",
		)

	(DIR / "daftar.json").write_text(
		json.dumps(daftar, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
	)

	import periksa_label

	galat += periksa_label.periksa_semua(DIR)
	if bisa_periksa:
		for k in ("seed",):
			for s in statistik_pdf(DIR / info[k]["berkas"]):
				print(info[k]["berkas"], s)
	total = sum(p.stat().st_size for p in DIR.rglob("*") if p.is_file() and p.suffix != ".pyc")
	print(f"{len(daftar)} files listed, total size of the folder {total / 1e6:.2f} MB")
	if galat:
		print("PROBLEMS:")
		for g in galat:
			print(" -", g)
		sys.exit(1)
	print("all checks passed")


if __name__ == "__main__":
	main()
