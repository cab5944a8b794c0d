"""The flowchart's symbols in a page image (a scan, or a photo made flat): the holes a closed stroke
encloses, told apart by their outline; and the letter in an off-page connector, read alone. No Frappe
in here."""

from sop_kinerja.impor import ocr
from sop_kinerja.impor.formulir import KEPUTUSAN, PROSES, TERMINATOR
from sop_kinerja.impor.halaman import Simbol


def simbol_gambar(hitam, tabel, skala: float) -> tuple[list[Simbol], list[Simbol]]:
	"""Symbols: holes in the ink that no rule of the table bounds (a diamond may touch a long "Ya"
	line), or on a page with none drawn, typed ones (▭ ◇ ◯ in a cell) the size of a capital letter.
	And apart, the smaller holes a page has besides: a flat typed ▭ beside a typed □, or typed symbols
	among drawn ones, for the rows where no symbol of the first kind stands."""
	import cv2
	import numpy as np

	besar, kecil = _lubang(hitam, tabel, skala)
	# a copy of a copy breaks the symbols' outlines, and their holes run out: with the ink's small gaps
	# closed, the symbols that then appear are taken when there are clearly more of them
	tutup = _lubang(cv2.morphologyEx(hitam, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)), tabel, skala)
	if len(tutup[0]) >= len(besar) + 2:
		besar, kecil = tutup
	return besar, kecil


def _lubang(hitam, tabel, skala: float) -> tuple[list[Simbol], list[Simbol]]:
	import cv2

	tinggi, lebar = hitam.shape
	kontur, hierarki = cv2.findContours(hitam, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
	besar, kecil = [], []
	for c, hir in zip(kontur, hierarki[0] if hierarki is not None else [], strict=True):
		if hir[3] < 0:
			continue  # an outer edge: the holes are what a closed stroke encloses
		x, y, w, h = cv2.boundingRect(c)
		# a typed ▭ encloses a hole a few pixels high
		if not (0.005 * lebar <= w <= 0.15 * lebar and 0.0015 * tinggi <= h <= 0.12 * tinggi):
			continue
		tepi = tabel[max(0, y - 3) : y + h + 3, max(0, x - 3) : x + w + 3]
		if tepi.any():
			continue  # a table cell, or a space a connector closes against a rule of the table
		jenis = _jenis(c, x, y, w, h)
		if jenis:
			s = Simbol(jenis, x * skala, (x + w) * skala, y * skala, (y + h) * skala)
			(besar if w >= 0.012 * lebar and h >= 0.008 * tinggi else kecil).append((s, w, h))
	if not besar:  # a page with no drawn symbol: typed ones, the size of a capital letter
		besar = [k for k in kecil if k[1] >= 0.006 * lebar and k[2] >= 0.004 * tinggi]
	return [k[0] for k in besar], [k[0] for k in kecil if k not in besar]


def pembaca_huruf(bersih, skala: float):
	"""The letter in a connector, read from the image once per symbol."""
	huruf = {}

	def baca_huruf(s):
		if id(s) not in huruf:
			huruf[id(s)] = _huruf_penghubung(bersih, skala, s)
		return huruf[id(s)]

	return baca_huruf


def _huruf_penghubung(bersih, skala: float, s: Simbol) -> str | None:
	"""The letter (or number) inside a connector, read alone: the page's sparse reading misses a lone
	letter in a circle. Only the ink that touches nothing of the outline is read (an arrowhead's tip
	or a piece of the circle would be read as a letter of its own), cut close, made 30 pixels tall and
	read as one word (`--psm 8`, surer than `--psm 10` on a letter this small)."""
	import cv2
	import numpy as np

	x0, x1, y0, y1 = (int(v / skala) for v in (s.x0, s.x1, s.atas, s.bawah))
	dx, dy = (x1 - x0) // 8, (y1 - y0) // 8
	potong = bersih[y0 + dy : y1 - dy, x0 + dx : x1 - dx]
	if potong.size == 0 or (potong < 128).sum() < 8:
		return None
	tinta = cv2.threshold(potong, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
	n, label, stats, _ = cv2.connectedComponentsWithStats(tinta)
	t, lb = tinta.shape
	huruf = [
		i
		for i in range(1, n)
		if min(stats[i, :2]) > 0 and stats[i, 0] + stats[i, 2] < lb and stats[i, 1] + stats[i, 3] < t
	]
	if not huruf:
		return None
	ys, xs = np.nonzero(np.isin(label, huruf))
	letak = np.isin(label, huruf)[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
	f = 30 / letak.shape[0]
	gambar = cv2.resize(
		np.where(letak, 0, 255).astype(np.uint8), None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC
	)
	gambar = cv2.copyMakeBorder(gambar, 15, 15, 15, 15, cv2.BORDER_CONSTANT, value=255)
	teks = ocr.baca_teks(gambar, psm=8, daftar_putih="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").strip()
	return teks if 0 < len(teks) <= 2 else None


def _jenis(kontur, x, y, w, h) -> str | None:
	import cv2

	luas = cv2.contourArea(kontur)
	isi = luas / float(max(1, (w - 1) * (h - 1)))  # the outline runs through its edge pixels' middles
	sudut = cv2.approxPolyDP(kontur, 0.04 * cv2.arcLength(kontur, True), True).reshape(-1, 2)
	if len(sudut) == 4 and 0.35 < isi < 0.7:
		cx, cy = x + w / 2, y + h / 2
		tengah = sum(1 for px, py in sudut if abs(px - cx) < 0.2 * w or abs(py - cy) < 0.2 * h)
		if tengah >= 4:
			return KEPUTUSAN
	if isi >= 0.85 and len(sudut) <= 5:
		return PROSES
	if isi >= 0.7:
		return TERMINATOR
	return None
