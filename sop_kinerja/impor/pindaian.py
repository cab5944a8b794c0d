"""A scanned sheet (PNG, JPEG, or a PDF of page images): Indonesian OCR, and the flowchart found in
the image.

- Words and their boxes come from Tesseract with its Indonesian data (`tesseract-ocr-ind`, called as
  `ocr` says), read after the table's rules are wiped, which Tesseract would otherwise read as letters.
- The table's rules are the long straight runs of ink (a morphological opening with a long kernel).
- A symbol is a white hole enclosed by a thin stroke that touches no rule of the table (a long
  connector is no rule of it): its outline tells a diamond from a rectangle or a terminator (`simbol`).
- A decision's "Tidak" and "Ya" lines are followed through the ink (`jejak`) from the diamond's tips
  to where they stop, at the symbol they reach (or the one their arrowhead points at).
- Once the table is known, its step numbers and its text cells are read again cell by cell (`sel`).
- A scan that does not say its resolution is taken at the one an A4 page of its size has. A finer one
  (300 dpi, or a photo's paper seen finer) is worked at 200 dpi, but its text cells are read from the
  finer image, turned and wiped alike: Tesseract reads taller letters better.
Everything is turned into points (1/72 inch), so the layout analysis works as on a PDF.
"""

from sop_kinerja.impor import ocr
from sop_kinerja.impor.foto import dpi_a4
from sop_kinerja.impor.halaman import Halaman, Kata, mirip, norm
from sop_kinerja.impor.jejak import garis_tabel, pelacak, tinta_garis
from sop_kinerja.impor.sel import KATA_KEPALA, baca_kepala, baca_kotak, hapus_bintik, nomor_langkah
from sop_kinerja.impor.simbol import pembaca_huruf, simbol_gambar
from sop_kinerja.impor.tabel import cari_tabel

DPI = 200  # a page image is read at this resolution; a scan at another one is scaled to it


class OCRTidakAdaError(Exception):
	"""Tesseract or its Indonesian data is not installed."""


def halaman_gambar(gambar, dpi: float | None = None) -> Halaman:
	"""One page image (a PIL image) as words, symbols, rules and a tracer for its lines. A page in which
	no flowchart header is read may lie on its side or upside down (a landscape sheet photographed
	upright, a page fed the wrong way): turned as Tesseract's orientation detection says (and the
	opposite way too, or both ways when it is unsure), it is read again, and a reading kept when it
	finds more of the header's words, or more whole words."""
	import numpy as np

	if not ocr.tersedia():
		raise OCRTidakAdaError()
	hal = _halaman(gambar, dpi)
	if _ada_kepala(hal.kata):
		return hal
	putar, yakin = ocr.putaran(np.array(gambar.convert("L")))
	if not putar and (yakin >= 2 or _kata_utuh(hal.kata) >= 30):
		return hal  # upright: an identity page, or a page of no SOP
	# on its side, Tesseract may take the one side for the other (a few letters, read as another
	# script): the opposite turn is tried too when the first finds no header
	for sudut in {0: (90, 270), 180: (180,)}.get(putar, (putar, (putar + 180) % 360)):
		lain = _halaman(gambar.rotate(-sudut, expand=True), dpi)
		if (_kata_kepala(lain.kata), _kata_utuh(lain.kata)) > (_kata_kepala(hal.kata), _kata_utuh(hal.kata)):
			hal = lain
		if _ada_kepala(hal.kata):
			break
	return hal


def _kata_utuh(kata: list[Kata]) -> int:
	"""How many words of four letters or more were read: a page read on its side gives few."""
	return sum(len(k.teks) >= 4 and k.teks.isalpha() for k in kata)


def _halaman(gambar, dpi: float | None) -> Halaman:
	import cv2
	import numpy as np

	abu = np.array(gambar.convert("L"))
	# a scan that does not say its resolution and is finer than DPI is read as if at DPI, as before:
	# Tesseract reads its larger letters better
	dpi = dpi or min(dpi_a4(*abu.shape) or DPI, DPI)
	halus = None  # a finer scan, kept as it came for reading its text cells: their letters are taller
	if abs(dpi - DPI) > 20:  # work at one resolution: the kernels below are sized for it
		f = DPI / dpi
		if f < 1:
			halus = (abu, 72.0 / dpi)
		abu = cv2.resize(abu, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
		dpi = DPI
	skala = 72.0 / dpi  # pixels to points
	abu, sudut = _luruskan(abu)
	tinggi, lebar = abu.shape
	hitam = _tinta(abu)

	komponen, rules = _garis_lurus(hitam)
	hal = Halaman(lebar=lebar * skala, tinggi=tinggi * skala, ocr=True)
	for x, y, w, h, _luas in komponen[0][1][1:]:
		hal.datar.append(((y + h / 2) * skala, x * skala, (x + w) * skala))
	# where the column rules run: a rule a photocopy or a JPEG broke into dashes is one again, its small
	# gaps closed first (only to place it: the page is wiped by the rules as found, not the letters
	# that touch a rule's end)
	utuh = cv2.morphologyEx(
		cv2.morphologyEx(hitam, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 7))),
		cv2.MORPH_OPEN,
		cv2.getStructuringElement(cv2.MORPH_RECT, (1, tinggi // 6)),
	)
	coretan = _coretan(komponen[0][1], tinggi)
	for x, y, w, h, _luas in cv2.connectedComponentsWithStats(utuh)[2][1:]:
		if not coretan(y, h):
			hal.tegak.append(((x + w / 2) * skala, y * skala, (y + h) * skala))

	# words: Tesseract reads the page with the rules wiped out
	bersih = abu.copy()
	bersih[rules > 0] = 255
	bersih = hapus_bintik(bersih, cv2.bitwise_and(hitam, cv2.bitwise_not(rules)))
	hal.kata = _baca_kata(bersih, skala, 1)
	if not _ada_kepala(hal.kata):
		# no table header read (small or faint print): the page read again, enlarged, may find it; a
		# header shaded grey is read from the page made black and white (its shade gone). Another
		# reading is kept when it finds the header, or three of its words at least and more than the
		# reading before (the black and white one on a tie); an identity page stays as first read.
		# The cells are read again from the grey page all the same: its digits read better.
		biner = cv2.bitwise_not(cv2.bitwise_and(hitam, cv2.bitwise_not(rules)))
		for gambar, f, seri in ((bersih, 1.5, False), (biner, 1, True)):
			lain = _baca_kata(gambar, skala, f)
			baru, lama = _kata_kepala(lain), _kata_kepala(hal.kata)
			if _ada_kepala(lain) or (baru >= 3 and (baru > lama or (seri and baru == lama))):
				hal.kata = lain
			if _ada_kepala(hal.kata):
				break
	# the cells are read from the finer scan when there is one, made straight and wiped alike
	teks = (_sepadan(halus[0], sudut, abu, bersih), halus[1]) if halus else (bersih, skala)
	if cari_tabel(hal) is None:
		baca_kepala(hal, *teks)  # a header read in part: its cells read one by one

	hal.baca_nomor = lambda tabel: nomor_langkah(hal, tabel, bersih, skala, teks)
	dibaca = {}  # a box read once: the layout analysis may ask for it again

	def baca(x0, x1, atas, bawah, putar=None):
		kunci = (*(round(v) for v in (x0, x1, atas, bawah)), putar)
		if kunci not in dibaca:
			dibaca[kunci] = baca_kotak(*teks, x0, x1, atas, bawah, putar)
		return list(dibaca[kunci])

	hal.baca_kotak = baca
	hal.baca_huruf = pembaca_huruf(bersih, skala)

	tabel = garis_tabel(komponen)
	simbol, hal.simbol_kecil = simbol_gambar(hitam, tabel, skala)
	hal.simbol += simbol
	hal.pelacak = pelacak(tinta_garis(hitam, tabel), skala, hitam)
	return hal


def bagan_gambar(hal: Halaman, gambar, daerah: list[tuple[float, float, float, float]]):
	"""A flowchart pasted into a text PDF as a picture (a chart drawn in another program, or Word's and
	Calc's pictures): its symbols, its "Ya" and "Tidak" words and its lines read from the page's image
	(`gambar`, rendered at DPI) inside the pictures' boxes (`daerah`, points), as on a scan. The page's
	own words stay those of its text layer."""
	import cv2
	import numpy as np

	if not ocr.tersedia():
		return
	abu = np.array(gambar.convert("L"))
	skala = 72.0 / DPI
	hitam = _tinta(abu)
	komponen, rules = _garis_lurus(hitam)
	tabel = garis_tabel(komponen)
	piksel = [tuple(max(0, int(v / skala)) for v in d) for d in daerah]
	for px0, px1, py0, py1 in piksel:
		# a picture may draw its own grid of actor columns and rows, across all of it (a line back to an
		# earlier step crosses most of it, not all)
		komponen_gambar, rules_gambar = _garis_lurus(hitam[py0:py1, px0:px1], halaman_penuh=False)
		rules[py0:py1, px0:px1] |= rules_gambar
		tabel[py0:py1, px0:px1] |= garis_tabel(komponen_gambar, 0.9)
	di_gambar = [
		s
		for s in simbol_gambar(hitam, tabel, skala)[0]
		if any(x0 - 2 <= s.cx <= x1 + 2 and atas - 2 <= s.cy <= bawah + 2 for x0, x1, atas, bawah in daerah)
	]
	if len(di_gambar) < 2:  # a logo or a stamp, not a chart
		return
	hal.simbol += di_gambar
	bersih = abu.copy()
	bersih[rules > 0] = 255
	for (px0, px1, py0, py1), (x0, _x1, atas, _bawah) in zip(piksel, daerah, strict=True):
		for k in _baca_kata(bersih[py0:py1, px0:px1], skala, 1):
			k.x0, k.x1, k.atas, k.bawah = k.x0 + x0, k.x1 + x0, k.atas + atas, k.bawah + atas
			if any(c.isalnum() for c in k.teks) and not any(a.memuat(k.cx, k.cy, 0) for a in hal.kata):
				hal.kata.append(k)
	hal.pelacak = pelacak(tinta_garis(hitam, tabel), skala, hitam)
	hal.baca_huruf = pembaca_huruf(bersih, skala)


def _tinta(abu):
	"""The ink of a grey page image: darker than its surroundings (uneven light is no ink). A long
	straight run of it far fainter than the page's print is a fold's crease or the edge of a shade,
	no rule of the table: it is left out (as a rule it would split a column and wipe the letters it
	crosses)."""
	import cv2
	import numpy as np

	hitam = cv2.adaptiveThreshold(abu, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 41, 15)
	if not hitam.any():
		return hitam
	beda = cv2.blur(abu, (41, 41), borderType=cv2.BORDER_REPLICATE).astype(np.float32) - abu
	pudar = 0.3 * float(np.median(beda[hitam > 0]))
	tinggi, lebar = hitam.shape
	for panjang in ((1, tinggi // 6), (lebar // 4, 1)):
		lurus = cv2.morphologyEx(hitam, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, panjang))
		n, label = cv2.connectedComponents(lurus)
		rata = np.bincount(label.ravel(), beda.ravel(), n) / np.maximum(
			np.bincount(label.ravel(), None, n), 1
		)
		lemah = rata < pudar
		lemah[0] = False
		hitam[lemah[label]] = 0
	return hitam


def _garis_lurus(hitam, halaman_penuh: bool = True):
	"""The long straight runs of ink (a morphological opening with a long kernel): the connected
	components of the flat ones and of the upright ones (labels, stats, and the stat of their length),
	and all of them as one mask, a little widened. On a whole page a toner streak is none of them (in
	a picture of a chart, its lanes' lines run past its few flat ones)."""
	import cv2
	import numpy as np

	tinggi, lebar = hitam.shape

	def lurus(panjang, datar: bool):
		"""The long runs; and a rule a copy of a copy broke into dashes: its pieces (thin runs no letter
		has, not a shade's blotches) joined over their gaps."""
		bentuk = (lambda n: (n, 1)) if datar else (lambda n: (1, n))
		utuh = cv2.morphologyEx(
			hitam, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, bentuk(panjang))
		)
		potong = cv2.morphologyEx(
			hitam, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, bentuk(40))
		)
		_n, label, stats, _ = cv2.connectedComponentsWithStats(potong)
		tebal = stats[:, cv2.CC_STAT_HEIGHT if datar else cv2.CC_STAT_WIDTH] > 6
		tebal[0] = True
		potong[tebal[label]] = 0
		potong = cv2.morphologyEx(
			potong, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bentuk(15))
		)
		sambung = cv2.morphologyEx(
			potong, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, bentuk(panjang))
		)
		return cv2.bitwise_or(utuh, sambung)

	datar_mask = lurus(lebar // 4, True)
	tegak_mask = lurus(tinggi // 6, False)
	komponen = [(*cv2.connectedComponentsWithStats(datar_mask)[1:3], cv2.CC_STAT_WIDTH)]
	coretan = _coretan(komponen[0][1], tinggi) if halaman_penuh else lambda y, h: False
	_n, label, stats, _ = cv2.connectedComponentsWithStats(tegak_mask)
	for i, (_x, y, _w, h, _luas) in enumerate(stats[1:], 1):
		if coretan(y, h):  # no rule: left as ink, for the letters it crosses
			tegak_mask[label == i] = 0
	komponen.append((*cv2.connectedComponentsWithStats(tegak_mask)[1:3], cv2.CC_STAT_HEIGHT))
	# what is wiped is the rules' own ink: not the gaps between a broken rule's dashes, where a letter
	# touching the rule may have its stroke
	rules = cv2.bitwise_and(cv2.bitwise_or(datar_mask, tegak_mask), hitam)
	return komponen, cv2.dilate(rules, np.ones((3, 3), np.uint8))


def _coretan(datar, tinggi: int):
	"""Whether an upright run of ink (its top and height, in pixels) is a toner streak of a copier or
	a scanner: it runs on past both the table's top and bottom borders (its long flat rules, `datar`
	their stats), which a rule of the table never does."""
	panjang = max((int(s[2]) for s in datar[1:]), default=0)
	batas = [int(s[1]) + int(s[3]) / 2 for s in datar[1:] if s[2] >= 0.5 * panjang]
	lewat = 0.02 * tinggi
	return lambda y, h: bool(batas) and y < min(batas) - lewat and y + h > max(batas) + lewat


def _baca_kata(bersih, skala: float, f: float) -> list[Kata]:
	"""The page's words by Tesseract's sparse reading, the image enlarged f times first."""
	import cv2

	gambar = bersih if f == 1 else cv2.resize(bersih, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
	data = ocr.baca_data(gambar, psm=11)
	kata = []
	for i, teks in enumerate(data["text"]):
		teks = (teks or "").strip()
		if not teks or float(data["conf"][i]) < 10:
			continue
		x, y, w, h = (data[k][i] * skala / f for k in ("left", "top", "width", "height"))
		kata.append(Kata(_kata_kepala_betul(teks), x, x + w, y, y + h))
	return kata


# the header's long words, which OCR may misread by a letter ("Wakta", "Pelaksona"), one of ten
# letters or more by two ("Kelengkapari"): such a word is taken for the header's. A short word ("No",
# "Ket") is never guessed, nor one that is a word of its own ("pelaksanaan" is two letters off).
KEPALA_PANJANG = ("kegiatan", "pelaksana", "kelengkapan", "persyaratan", "waktu", "output", "keterangan")


def _kata_kepala_betul(teks: str) -> str:
	"""A page word a letter or two off a long header word, given as that word (in the word's own case)."""
	kecil = teks.lower()
	if not kecil.isalpha() or kecil in KEPALA_PANJANG:
		return teks
	if benar := mirip(kecil, KEPALA_PANJANG, dua_dari=10):
		return benar.upper() if teks.isupper() else benar.title() if teks[:1].isupper() else benar
	return teks


def _kata_kepala(kata: list[Kata]) -> int:
	"""How many of the flowchart header's words these are."""
	return len({norm(k.teks) for k in kata} & KATA_KEPALA)


def _ada_kepala(kata: list[Kata]) -> bool:
	"""Whether the words hold the flowchart table's header (its Pelaksana and Waktu)."""
	teks = {norm(k.teks) for k in kata}
	return "waktu" in teks and "pelaksana" in teks


def _luruskan(abu):
	"""A page scanned or photographed a little askew, turned straight, and the angle it was turned by:
	the one whose rows of ink are sharpest."""
	import cv2
	import numpy as np

	kecil = cv2.resize(abu, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
	tinta = cv2.threshold(kecil, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
	tinggi, lebar = tinta.shape
	tengah = (lebar / 2, tinggi / 2)

	def tajam(sudut):
		m = cv2.getRotationMatrix2D(tengah, sudut, 1.0)
		putar = cv2.warpAffine(tinta, m, (lebar, tinggi), flags=cv2.INTER_NEAREST)
		return float(np.var(putar.sum(axis=1)))

	# coarse then fine: a scan lies within 2 degrees, a flattened photo a few more
	kasar = max(np.arange(-5.0, 5.01, 0.5), key=tajam)
	sudut = max(np.arange(kasar - 0.5, kasar + 0.51, 0.1), key=tajam)
	return _putar(abu, float(sudut)), float(sudut)


def _putar(abu, sudut: float):
	"""An image turned by `sudut` degrees about its middle, the corners it uncovers white."""
	import cv2

	if abs(sudut) < 0.05:
		return abu
	tinggi, lebar = abu.shape
	m = cv2.getRotationMatrix2D((lebar / 2, tinggi / 2), sudut, 1.0)
	return cv2.warpAffine(abu, m, (lebar, tinggi), flags=cv2.INTER_CUBIC, borderValue=255)


def _sepadan(halus, sudut: float, abu, bersih):
	"""A finer scan of the page turned as the page was, and wiped where the page was (its rules, its
	specks)."""
	import cv2
	import numpy as np

	halus = _putar(halus, sudut)
	tinggi, lebar = halus.shape
	dihapus = ((bersih == 255) & (abu < 255)).astype(np.uint8)
	dihapus = cv2.resize(dihapus, (lebar, tinggi), interpolation=cv2.INTER_NEAREST)
	halus = halus.copy()
	halus[cv2.dilate(dihapus, np.ones((3, 3), np.uint8)) > 0] = 255
	return halus
