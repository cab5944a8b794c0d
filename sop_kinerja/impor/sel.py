"""A scan's table cells read one by one, and the specks of a photocopy wiped before any reading.

Tesseract's sparse reading of a whole page (`--psm 11`) finds the header's words wherever they lie,
but in a cell's running text it drops punctuation, a lone number (a bare Waktu "5"), and now and then
a word or its order. Once the table's columns and rows are known, each cell of a text column is cut out
between its rules, enlarged, and read again as a block of text (`--psm 6`): its words replace the page
reading's words inside that cell.

A speck (a dot of dust or toner far from any letter) would be read as "." or "'" at a cell's edge: a
tiny blob of ink with no other ink near it is wiped first. A full stop, a colon or an "i"'s dot lies
close to its letters and stays; a speck beside a letter, read as a mark print would not have there (a
quote mark that pairs with none, a full stop inside a sentence, a hyphen joining two words), is taken
off the cell's words.

The No column is read cell by cell as well: a step's number, one or two digits alone, is cut out of its
cell, stretched to black on white and read as a line of digits (`nomor_langkah`). No Frappe in here.
"""

import re
from difflib import SequenceMatcher
from itertools import pairwise

from sop_kinerja.impor import ocr
from sop_kinerja.impor.halaman import Kata, norm

# words of the flowchart table's header: two of them near each other say where the header is
KATA_KEPALA = frozenset(
	"no kegiatan aktivitas aktifitas uraian pelaksana mutu baku kelengkapan persyaratan waktu output "
	"keluaran keterangan".split()
)
DPI_SEL = 400  # a cell is read at this resolution: Tesseract wants taller letters than a scan's
KOLOM_TEKS = ("kegiatan", "kelengkapan", "waktu", "output", "keterangan")
# a mark read alone between words: a speck (print glues a full stop or a quote to its word; a full
# stop typed apart at the end of the text is kept)
LEPAS = frozenset("| . ' ‘ `".split())


def hapus_bintik(bersih, hitam):
	"""The page (white background, ink dark) with the isolated specks of ink made white."""
	import cv2
	import numpy as np

	n, label, stats, _ = cv2.connectedComponentsWithStats(hitam, connectivity=8)
	if n < 2:
		return bersih
	w, h, luas = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
	kecil = (w <= 6) & (h <= 6) & (luas <= 24)
	kecil[0] = False  # the background
	besar = (label > 0) & ~kecil[label]
	# ink within a few pixels of a letter (a full stop, an "i"'s dot, a colon beside its word) is text
	dekat = cv2.dilate(besar.astype(np.uint8), np.ones((15, 15), np.uint8)) > 0
	dekat_label = np.zeros(n, bool)
	dekat_label[np.unique(label[dekat & kecil[label]])] = True
	buang = kecil & ~dekat_label
	hasil = bersih.copy()
	hasil[buang[label]] = 255
	return hasil


def baca_kotak(
	bersih, skala: float, x0: float, x1: float, atas: float, bawah: float, putar: int | None = None
) -> list[Kata]:
	"""The words of one box of the page (points), read as a block of text at DPI_SEL;
	a box with next to no ink gives none. `putar` (an OpenCV rotation) reads text set upright in the
	box: the words' boxes are then in the turned box, good for their order only. Each word keeps
	Tesseract's confidence (`yakin`)."""
	import cv2

	potong, x0, y0 = _potong(bersih, skala, x0, x1, atas, bawah)
	if potong.size == 0 or (potong < 128).sum() < 10:
		return []
	if _berarsir(potong):  # a shaded cell (a header's grey): its letters alone, on white
		potong = cv2.threshold(potong, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]
	# a white margin, as Tesseract reads best text that does not touch the image's edge
	sel = cv2.copyMakeBorder(potong, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
	perbesar = DPI_SEL * skala / 72  # twice a page read at 200 dpi
	sel = cv2.resize(sel, None, fx=perbesar, fy=perbesar, interpolation=cv2.INTER_CUBIC)
	if putar is not None:
		sel = cv2.rotate(sel, putar)
	data = ocr.baca_data(sel, psm=6)
	kata = []
	terakhir = max((i for i, t in enumerate(data["text"]) if (t or "").strip()), default=-1)
	for i, teks in enumerate(data["text"]):
		teks = (teks or "").strip()
		conf = float(data["conf"][i])
		if not teks or conf < 10 or (conf < 60 and not any(c.isalnum() for c in teks)):
			continue  # nothing, a rule's remnant, or a smudge read as punctuation
		if teks in LEPAS and not (teks == "." and i == terakhir):
			continue  # a mark alone between words; a full stop typed apart ends the text
		if len(teks) > 1 and teks[-1] == "." and teks[-2].isalpha() and _bintik_di_ujung(sel, data, i):
			teks = teks[:-1]  # a speck beside the word, not its full stop
		if teks[-1] in ":;,":
			teks = teks[:-1] + _tanda_baca(sel, data, i, teks[-1])
		x = x0 - 10 + data["left"][i] / perbesar
		y = y0 - 10 + data["top"][i] / perbesar
		w, h = data["width"][i] / perbesar, data["height"][i] / perbesar
		kata.append(k := Kata(teks, x * skala, (x + w) * skala, y * skala, (y + h) * skala))
		k.yakin = conf
	for k, teks in zip(kata, tanpa_tanda_lepas(tanpa_kutip_lepas([k.teks for k in kata])), strict=True):
		k.teks = teks
	return [k for k in kata if k.teks]


def tanpa_tanda_lepas(kata: list[str]) -> list[str]:
	"""Words without the full stops a photocopy's specks make inside a sentence, which print has not:
	before a word that goes on in lower case ("sudah. sesuai", "dan . pelayanan"), after a word of four
	letters or more (an abbreviation's stays: "Kab. kota"), unless a list's next item follows ("c.");
	between two lower-case words run together ("surat.dan"); and a hyphen between two different words
	(`_tanpa_sambung`). A colon or a semicolon before lower case is print's ("Tidak lengkap:
	dikembalikan", "persyaratan; bila tidak")."""
	kata = list(kata)
	for i, w in enumerate(kata[:-1]):
		berikut = kata[i + 1]
		if not berikut[:1].islower() or re.fullmatch(r"[a-z][.)]", berikut):
			continue
		if w == ".":
			kata[i] = ""
		elif w[-1:] == "." and len(w) >= 5 and w[:-1].isalpha():
			kata[i] = w[:-1]
	return [_tanpa_sambung(re.sub(r"^([a-z]{2,})\.([a-z]{2,})$", r"\1 \2", w)) for w in kata]


def _tanpa_sambung(w: str) -> str:
	"""Two different words a speck joined with a hyphen ("berkas-dari") apart again; a word said twice
	or with its affixes ("pokok-pokok", "surat-menyurat", "perundang-undangan") and a letter's prefix
	("e-mail") stay joined."""
	m = re.fullmatch(r"([A-Za-z]{2,})-([A-Za-z]{2,})([.,;:]?)", w)
	if not m:
		return w
	a, b = m[1].lower(), m[2].lower()
	# one root in both ("surat-menyurat", "perundang-undangan"): four letters the two share
	sama = SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b)).size
	return w if a == b or sama >= 4 else f"{m[1]} {m[2]}{m[3]}"


# quote marks: those that open a quotation at a word's start, those that close it at a word's end
KUTIP = (('"“„', '"”'), ("'‘`", "'’"))


def tanpa_kutip_lepas(kata: list[str]) -> list[str]:
	"""Words with the quote marks that pair with none taken off: a speck of a photocopy beside a word
	reads as one (“Tanda “terima”, "Kepala" “Dinas"); a quotation opens at a word's start and closes at
	a later word's end."""
	kata = list(kata)
	for buka, tutup in KUTIP:
		terbuka = None  # the word whose opening mark waits for its closing one
		lepas = []  # (word, at its start) of the marks that pair with none
		for i, w in enumerate(kata):
			if w[:1] in buka and len(w) > 1:
				if terbuka is not None:
					lepas.append((terbuka, True))
				terbuka = i
			if w[-1:] in tutup and (len(w) > 1 or terbuka is None):
				if terbuka is None:
					lepas.append((i, False))
				terbuka = None
		if terbuka is not None:
			lepas.append((terbuka, True))
		for i, awal in lepas:
			kata[i] = kata[i][1:] if awal else kata[i][:-1]
	return kata


def _berarsir(potong) -> bool:
	"""Whether a cell is shaded: its paper, the lighter half of it, is grey rather than white."""
	import numpy as np

	return float(np.median(potong)) < 200 and float(np.percentile(potong, 75)) < 215


def baca_kepala(hal, bersih, skala: float):
	"""The table's header read again cell by cell, when the page's sparse reading left too little of it
	to be found (a short label, "WAKT" / "U", or a whole row of labels missed): the band between the
	table's full-width rules around the header words that were read, cut at its column rules. A word
	the page's reading already has is kept as it was."""
	tanda = sorted((k for k in hal.kata if norm(k.teks) in KATA_KEPALA), key=lambda k: k.atas)
	for k in tanda:  # the topmost of two different header words close together, and those near it
		dekat = [a for a in tanda if 0 <= a.atas - k.atas < 45]
		if len({norm(a.teks) for a in dekat}) >= 2:
			tanda = dekat
			break
	else:
		return
	panjang = max((x1 - x0 for _y, x0, x1 in hal.datar), default=0)
	penuh = [(y, x0, x1) for y, x0, x1 in hal.datar if x1 - x0 >= 0.8 * panjang]
	atas_kata, bawah_kata = min(k.atas for k in tanda), max(k.bawah for k in tanda)
	atas = max((y for y, _a, _b in penuh if y < atas_kata), default=None)
	bawah = min((r for r in penuh if r[0] > bawah_kata), default=None)
	if atas is None or bawah is None or bawah[0] - atas > 150:
		return
	y, kiri, kanan = bawah
	tepi = sorted({kiri, kanan, *(x for x, y0, y1 in hal.tegak if y0 < y - 4 < y1 and kiri < x < kanan)})
	tepi = [x for i, x in enumerate(tepi) if i == 0 or x - tepi[i - 1] > 4]
	for x0, x1 in pairwise(tepi):
		if x1 - x0 < 8:
			continue
		for k in baca_kotak(bersih, skala, x0, x1, atas, y):
			if not any(a.memuat(k.cx, k.cy, 1) or k.memuat(a.cx, a.cy, 1) for a in hal.kata):
				hal.kata.append(k)


def baca_sel(hal, tabel, bersih, skala: float, rules: list[float]):
	"""Each text cell of the rows between these rules (points, top to bottom) read again: the words of
	the page's reading inside a cell give way to the cell's own, when it has any."""
	kolom = [tabel.kolom[k] for k in KOLOM_TEKS if tabel.kolom[k].x1 - tabel.kolom[k].x0 > 8]
	sel = [(kol, atas, bawah) for atas, bawah in pairwise(rules) for kol in kolom]
	waktu = tabel.kolom["waktu"]

	def baca(s):
		kol, atas, bawah = s
		kata = baca_kotak(bersih, skala, kol.x0, kol.x1, atas, bawah)
		if kol is waktu and kata and not any(c.isalpha() for k in kata for c in k.teks):
			# a bare number under "Waktu (menit)": read again as digits alone, as a step's number is (a
			# cell read as nothing keeps the page's reading of it)
			kata = _angka_kotak(bersih, skala, kol.x0, kol.x1, atas, bawah) or kata
		return kata

	dibaca = ocr.sejajar(baca, sel)
	for (kol, atas, bawah), baru in zip(sel, dibaca, strict=True):
		if baru:
			hal.kata = [k for k in hal.kata if not (kol.x0 <= k.cx < kol.x1 and atas <= k.cy < bawah)] + baru


def _potong(bersih, skala: float, x0: float, x1: float, atas: float, bawah: float):
	"""A box of the page (points) cut out of the image a few pixels inside its rules, and its top left
	corner (pixels)."""
	kiri, kanan = max(0, int(x0 / skala) + 3), int(x1 / skala) - 3
	y0, y1 = max(0, int(atas / skala) + 3), int(bawah / skala) - 3
	return bersih[y0:y1, kiri:kanan], kiri, y0


def _angka_kotak(bersih, skala: float, x0: float, x1: float, atas: float, bawah: float) -> list[Kata]:
	"""A cell's number read as digits alone (one word), or none."""
	potong = _potong(bersih, skala, x0, x1, atas, bawah)[0]
	if not _bertinta(potong):
		return []
	teks = _baca_angka(potong)
	if len(teks) != 1 or not re.fullmatch(r"\d{1,4}", teks[0]):
		return []
	return [Kata(teks[0], x0 + 2, x1 - 2, atas + 2, atas + 10)]


def _akhir_tinta(potong):
	"""The columns (first, last) of a word image's last mark: the ink right of the last gap; and where
	the ink before that gap ends."""
	kolom = potong.any(axis=0)
	ujung = len(kolom) - 1
	while ujung > 0 and not kolom[ujung]:
		ujung -= 1
	awal = ujung
	while awal > 0 and kolom[awal - 1]:
		awal -= 1
	sebelum = awal - 1
	while sebelum > 0 and not kolom[sebelum]:
		sebelum -= 1
	return awal, ujung, sebelum


def _bintik_di_ujung(gambar, data, i: int) -> bool:
	"""Whether a word's closing "." is a speck apart from it: a full stop is printed close after the
	last letter, on the line the letters stand on; a speck lies where it fell, a letter's width away or
	above that line."""
	import numpy as np

	x, y, w, h = (data[k][i] for k in ("left", "top", "width", "height"))
	if w < 4 or h < 8:
		return False
	# a speck is often fainter than print: any ink darker than the paper counts
	potong = gambar[y : y + h, x : x + w] < 200
	awal, ujung, sebelum = _akhir_tinta(potong)
	if sebelum <= 0 or ujung - awal > h / 4:
		return False
	huruf = potong[:, : sebelum + 1]
	ada = huruf.any(axis=0)
	if not ada.any():
		return False
	# where the letters stand: the bottom of most columns' ink (descenders are few)
	garis_dasar = np.median(h - 1 - np.argmax(huruf[::-1, ada], axis=0))
	bawah_titik = h - 1 - np.argmax(potong[::-1, awal : ujung + 1].any(axis=1))
	return awal - sebelum > 0.25 * h or bawah_titik <= garis_dasar - max(2, 0.06 * h)


def _tanda_baca(gambar, data, i: int, dibaca: str) -> str:
	"""The mark that ends a word, from its ink rather than Tesseract's guess, which mixes up ";", ":"
	and ",": two marks one above the other are a colon, or a semicolon when the lower one is a tail
	(taller than wide); one tail alone is a comma."""
	import cv2

	x, y, w, h = (data[k][i] for k in ("left", "top", "width", "height"))
	if w < 4 or h < 8:
		return dibaca
	# the word's last mark: the ink right of the last gap in its columns
	potong = gambar[y : y + h, x : x + w] < 128
	awal, ujung, _sebelum = _akhir_tinta(potong)
	if awal == 0 or ujung - awal > h / 3:
		return dibaca  # no gap before it, or too wide for a mark
	_n, _, stats, _ = cv2.connectedComponentsWithStats(potong[:, awal : ujung + 1].astype("uint8"))
	bagian = sorted((s for s in stats[1:] if s[4] >= 3), key=lambda s: s[1])
	if len(bagian) == 2 and bagian[0][1] + bagian[0][3] <= bagian[1][1] + 1:
		bawah = bagian[1]
		return ";" if bawah[3] >= 1.3 * bawah[2] else ":"
	if len(bagian) == 1 and bagian[0][3] >= 1.6 * bagian[0][2]:
		atas = bagian[0][1]
		if atas > h / 2:
			return ","
		if 0.2 * h <= atas and bagian[0][3] >= max(2.2 * bagian[0][2], 0.5 * h):
			return ";"  # its dot and tail run together in a blurred scan; a letter would start higher
	return dibaca


def nomor_langkah(hal, tabel, bersih, skala: float, teks) -> list[Kata]:
	"""Step numbers are one or two digits alone in a cell, which Tesseract's sparse reading misses.
	Each row's No cell, between the table's rules, is read again on its own as a line of digits. A cell
	whose number stays unreadable still marks a row (`BELUM_TERBACA`): its place numbers it. The text
	cells of the rows are read again too, from `teks` (an image and its scale)."""
	from sop_kinerja.impor.formulir import BELUM_TERBACA, nomor

	no = tabel.kolom["no"]
	rules = sorted(
		y for y, x0, x1 in hal.datar if x0 <= no.x0 + 3 and x1 >= no.x1 - 3 and y > tabel.atas_isi - 3
	)
	# rows ruled cell by cell, each rule shorter than the page's: the No column's own rules too
	rules = sorted(rules + _garis_sel(bersih, no.x0, no.x1, skala, tabel.atas_isi - 3))
	rules = [y for i, y in enumerate(rules) if i == 0 or y - rules[i - 1] > 12]
	if rules and rules[0] - tabel.atas_isi > 12:  # a page that goes on with no rule above its first row
		rules.insert(0, tabel.atas_isi)
	baca_sel(hal, tabel, *teks, rules)
	x0, x1 = int(no.x0 / skala) + 4, int(no.x1 / skala) - 4
	sel = [
		(atas, bersih[int(atas / skala) + 4 : int(bawah / skala) - 4, x0:x1])
		for atas, bawah in pairwise(rules)
	]
	sel = [(atas, s) for atas, s in sel if _bertinta(s)]  # an empty cell starts no row
	hasil = []
	for (atas, _s), teks in zip(sel, ocr.sejajar(_baca_angka, [s for _atas, s in sel]), strict=True):
		angka = next((t for t in teks if nomor(t)), BELUM_TERBACA)
		hasil.append(Kata(angka, no.x0 + 2, no.x1 - 2, atas + 2, atas + 10))
	return hasil


def _bertinta(sel) -> bool:
	"""Whether a cell holds ink: eight pixels or more 60 darker than its own paper (a photo's faint
	digits too)."""
	import numpy as np

	return sel.size > 0 and (sel < np.median(sel) - 60).sum() >= 8


def _baca_angka(sel) -> list[str]:
	"""A cell's digits, read from its ink alone."""
	return ocr.baca_teks(_angka_sel(sel), psm=7, daftar_putih="0123456789").split()


def _angka_sel(sel):
	"""A cell's number (a step's, a bare Waktu) as Tesseract reads digits best: its ink cut out (not a
	rule's remnant along the cell's edge, nor a speck), stretched to black on white (a photo's grey
	digits), 30 pixels high, in a white margin."""
	import cv2
	import numpy as np

	stats = cv2.connectedComponentsWithStats((sel < np.median(sel) - 60).astype(np.uint8))[2]
	x, y, w, h, luas = (stats[1:, i] for i in range(5))
	dalam = (x > 0) & (y > 0) & (x + w < sel.shape[1]) & (y + h < sel.shape[0])
	dalam = np.flatnonzero(dalam & (luas >= 6)) + 1  # not a speck beside it
	if len(dalam):
		x0, y0 = stats[dalam, 0].min(), stats[dalam, 1].min()
		x1, y1 = (stats[dalam, 0] + stats[dalam, 2]).max(), (stats[dalam, 1] + stats[dalam, 3]).max()
		sel = sel[y0:y1, x0:x1]
	sel = cv2.normalize(sel, None, 0, 255, cv2.NORM_MINMAX)
	f = 30 / max(sel.shape[0], 1)
	sel = cv2.resize(sel, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
	sel = cv2.threshold(sel, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]
	return cv2.copyMakeBorder(sel, 15, 15, 15, 15, cv2.BORDER_CONSTANT, value=255)


def _garis_sel(bersih, x0: float, x1: float, skala: float, mulai: float) -> list[float]:
	"""The rules across one column below `mulai` (points): the pixel rows of its strip that are ink
	nearly all the way across."""
	import numpy as np

	kiri, kanan = int(x0 / skala) + 3, int(x1 / skala) - 3
	if kanan - kiri < 10:
		return []
	jalur = bersih[:, kiri:kanan]
	gelap = (jalur < float(np.median(jalur)) - 50).mean(axis=1) > 0.85
	ys = [y for y in np.flatnonzero(gelap) if y * skala > mulai]
	return [y * skala for i, y in enumerate(ys) if i == 0 or y - ys[i - 1] > 3]
