"""A PDF with a text layer: its words with their positions, and the flowchart as drawn.

pdfplumber gives each word's box and every drawn path. A closed path is a symbol: four points on the
middles of its box's sides make a diamond (a decision), curved corners a terminator, square corners
a process. An open path is a connector. Thin rectangles and straight lines are the table's rules.
"""

from itertools import pairwise

from sop_kinerja.impor.formulir import KEPUTUSAN, KONEKTOR, PROSES, TERMINATOR, simbol_huruf
from sop_kinerja.impor.halaman import Halaman, Kata, Simbol, huruf_penghubung

TIPIS = 1.6  # a rectangle thinner than this (points) is a rule, not a box
KECIL = 6.0  # a closed shape smaller than this is an arrowhead


def halaman_pdf(pdf) -> list[Halaman]:
	"""Each page of an open pdfplumber PDF as words, symbols, connectors and rules."""
	from pdfplumber.utils.text import LIGATURES

	hasil = []
	for page in pdf.pages:
		hal = Halaman(lebar=float(page.width), tinggi=float(page.height))
		_bentuk(page, hal)
		tegak = page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True))
		words = tegak.extract_words(keep_blank_chars=False, x_tolerance=2, y_tolerance=2, return_chars=True)
		putus = _putus(tegak.chars, words)
		for w in words:
			if jenis := simbol_huruf(w["text"]):  # a symbol typed as a character in its cell
				hal.simbol.append(Simbol(jenis, w["x0"], w["x1"], w["top"], w["bottom"]))
				continue
			bagian = _belah_di_garis(w, hal.tegak)
			for i, b in enumerate(bagian):
				teks = (
					w["text"] if len(bagian) == 1 else "".join(LIGATURES.get(c["text"], c["text"]) for c in b)
				)
				hal.kata.append(k := Kata(teks, *_kotak(b)))
				k.putus = id(w) in putus and i == len(bagian) - 1
		hal.kata += _kata_diputar(page)
		_penghubung(hal)
		_bagan_gambar(page, hal)
		hasil.append(hal)
	return hasil


def _penghubung(hal: Halaman):
	"""A small box with one letter or number in it (a pentagon drawn as a closed path reads as a box) is
	an off-page connector, no step's symbol."""
	for s in hal.simbol:
		if s.jenis != KONEKTOR and huruf_penghubung(hal, s):
			s.jenis = KONEKTOR


def _bagan_gambar(page, hal: Halaman):
	"""A flowchart pasted as a picture (large, with no drawn symbol over it, on a page with a text
	layer): read from the page's image, as a scan's is. A picture the size of the page is a scan's
	page, read whole elsewhere."""
	if len(hal.kata) < 5:
		return
	daerah = [
		(float(im["x0"]), float(im["x1"]), float(im["top"]), float(im["bottom"]))
		for im in page.images
		if hal.lebar * 0.12 < im["x1"] - im["x0"] < hal.lebar * 0.9
		and hal.tinggi * 0.08 < im["bottom"] - im["top"] < hal.tinggi * 0.9
	]
	daerah = [d for d in daerah if not any(d[0] <= s.cx <= d[1] and d[2] <= s.cy <= d[3] for s in hal.simbol)]
	if daerah:
		from sop_kinerja.impor.pindaian import DPI, bagan_gambar

		bagan_gambar(hal, page.to_image(resolution=DPI).original, daerah)


def _belah_di_garis(w: dict, tegak: list) -> list[list[dict]]:
	"""A word's characters split where a cell's rule runs between two of them, apart: the last word of
	one cell (run over its rule) and the first of the next, close enough to be taken for one
	("KelengkapanWaktu")."""
	chars, cy = w.get("chars") or [], (w["top"] + w["bottom"]) / 2
	if len(chars) < 2:
		return [chars] if chars else []
	garis = [x for x, y0, y1 in tegak if y0 <= cy <= y1 and w["x0"] < x < w["x1"]]
	bagian = [[chars[0]]]
	for a, b in pairwise(chars):
		if b["x0"] - a["x1"] > 0.8 and any((a["x0"] + a["x1"]) / 2 <= x <= b["x0"] + 0.5 for x in garis):
			bagian.append([])
		bagian[-1].append(b)
	return bagian


def _kotak(chars: list[dict]) -> tuple[float, float, float, float]:
	"""The box (x0, x1, top, bottom) around these characters or words."""
	return (
		min(c["x0"] for c in chars),
		max(c["x1"] for c in chars),
		min(c["top"] for c in chars),
		max(c["bottom"] for c in chars),
	)


def _kata_diputar(page) -> list[Kata]:
	"""Text turned a quarter (actor names set upright in narrow header cells): the lines that stand side
	by side in one cell make one word-box, its text the cell's characters in the order they were
	written."""
	diputar = page.filter(lambda o: o.get("object_type") == "char" and not o.get("upright", True))
	if not diputar.chars:
		return []
	sel: list[list[dict]] = []  # the words of one cell: its lines side by side, overlapping in height
	for w in sorted(
		diputar.extract_words(x_tolerance=2, y_tolerance=2, char_dir_rotated="btt", line_dir_rotated="ltr"),
		key=lambda w: (round(w["x0"]), -w["bottom"]),
	):
		if sel and (
			abs(w["x0"] - sel[-1][-1]["x0"]) < 1.5  # the same line
			or (
				w["x0"] - max(v["x1"] for v in sel[-1]) < 0.6 * (w["x1"] - w["x0"])
				and w["top"] < max(v["bottom"] for v in sel[-1])
				and w["bottom"] > min(v["top"] for v in sel[-1])
			)
		):
			sel[-1].append(w)
		else:
			sel.append([w])
	kata = []
	for s in sel:
		k = Kata("", *_kotak(s))
		# the writer's own order of the characters keeps its spaces: none where a line broke a word
		k.teks = " ".join(
			"".join(
				c["text"] for c in diputar.chars if k.memuat(c["x0"] + 1, (c["top"] + c["bottom"]) / 2, 0.5)
			).split()
		)
		kata.append(k)
	return kata


def _putus(chars: list[dict], words: list[dict]) -> set[int]:
	"""The words a line broke in the middle. Writers that end a wrapped line with its space (LibreOffice
	does, Chromium does not) run a word straight on into the next line only where the cell was too
	narrow for it; on a page with no such spaces nothing is known."""
	urutan = {id(c): i for i, c in enumerate(chars)}
	akhir_spasi, calon = 0, set()
	for w in words:
		i = urutan.get(id(w["chars"][-1])) if w.get("chars") else None
		if i is None or i + 1 >= len(chars):
			continue
		akhir, lanjut = chars[i], chars[i + 1]
		if lanjut["text"] == " ":
			sesudah = chars[i + 2] if i + 2 < len(chars) else None
			akhir_spasi += bool(
				sesudah and sesudah["top"] > akhir["bottom"] - 1 and sesudah["x0"] < akhir["x0"]
			)
		elif lanjut["top"] > akhir["bottom"] - 1 and lanjut["x0"] < akhir["x0"]:
			calon.add(id(w))
	return calon if akhir_spasi >= 3 else set()


def _bentuk(page, hal: Halaman):
	dilihat = set()

	def simbol(jenis, x0, x1, atas, bawah):
		kunci = (jenis, round(x0), round(x1), round(atas), round(bawah))
		if kunci not in dilihat:
			dilihat.add(kunci)
			hal.simbol.append(Simbol(jenis, x0, x1, atas, bawah))

	kotak = []
	for r in page.rects:
		w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
		if w <= TIPIS and h > TIPIS:
			hal.tegak.append(((r["x0"] + r["x1"]) / 2, r["top"], r["bottom"]))
		elif h <= TIPIS and w > TIPIS:
			hal.datar.append(((r["top"] + r["bottom"]) / 2, r["x0"], r["x1"]))
		elif w > TIPIS and h > TIPIS:
			kotak.append(r)
	sel = _sel_tabel(kotak)
	for r in kotak:
		w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
		if id(r) not in sel and KECIL < w < hal.lebar * 0.3 and KECIL < h < hal.tinggi * 0.2:
			simbol(PROSES, r["x0"], r["x1"], r["top"], r["bottom"])
		elif r.get("stroke") or id(r) in sel:
			# a cell drawn as a box: its sides are rules
			hal.tegak += [(r["x0"], r["top"], r["bottom"]), (r["x1"], r["top"], r["bottom"])]
			hal.datar += [(r["top"], r["x0"], r["x1"]), (r["bottom"], r["x0"], r["x1"])]
	for line in page.lines:
		x0, x1, top, bottom = line["x0"], line["x1"], line["top"], line["bottom"]
		if x1 - x0 <= TIPIS:
			hal.tegak.append(((x0 + x1) / 2, top, bottom))
		elif bottom - top <= TIPIS:
			hal.datar.append(((top + bottom) / 2, x0, x1))
		hal.garis.append([(p[0], p[1]) for p in line["pts"]])
	for c in page.curves:
		pts = [(p[0], p[1]) for p in c["pts"]]
		ops = [s[0] for s in c.get("path") or []]
		tertutup = (ops and ops[-1] == "h") or (len(pts) > 2 and pts[0] == pts[-1])
		x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
		w, h = x1 - x0, bottom - top
		if not tertutup:
			hal.garis.append(pts)
			continue
		if w < KECIL and h < KECIL:
			continue  # an arrowhead
		if min(w, h) <= TIPIS:  # a line drawn as a thin filled shape: its middle
			tengah = ((x0 + x1) / 2, (top + bottom) / 2)
			hal.garis.append(
				[(tengah[0], top), (tengah[0], bottom)] if h > w else [(x0, tengah[1]), (x1, tengah[1])]
			)
			continue
		if w > hal.lebar * 0.3 or h > hal.tinggi * 0.2:
			continue
		simbol(jenis_bentuk(pts, ops, x0, x1, top, bottom), x0, x1, top, bottom)
	hal.datar += _sambung_garis(hal.datar)
	hal.tegak += _sambung_garis(hal.tegak)


def _sambung_garis(garis: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
	"""A rule drawn cell by cell (each cell's own border) as the one rule it is: segments on one line
	that meet, joined. Only the joined rules are returned; the segments stay."""
	hasil, run = [], []
	for g in sorted(garis, key=lambda g: (round(g[0]), g[1])):
		if run and abs(g[0] - run[0][0]) <= 0.8 and g[1] <= max(r[2] for r in run) + 2:
			run.append(g)
			continue
		if len(run) > 1:
			hasil.append((run[0][0], run[0][1], max(r[2] for r in run)))
		run = [g]
	if len(run) > 1:
		hasil.append((run[0][0], run[0][1], max(r[2] for r in run)))
	return hasil


def _sel_tabel(kotak: list[dict], sela: float = 1.5) -> set[int]:
	"""The boxes that are a table's cells: each touches another box along a side (cells tile the table),
	where a flowchart symbol stands alone inside its cell."""
	sel = set()
	for a in kotak:
		for b in kotak:
			if b is a or (
				abs(a["x0"] - b["x0"]) < sela
				and abs(a["x1"] - b["x1"]) < sela
				and abs(a["top"] - b["top"]) < sela
				and abs(a["bottom"] - b["bottom"]) < sela
			):
				continue  # itself, or the same box drawn twice (a fill and a stroke)
			tegak_sama = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > sela
			datar_sama = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > sela
			if (tegak_sama and (abs(a["x1"] - b["x0"]) < sela or abs(a["x0"] - b["x1"]) < sela)) or (
				datar_sama and (abs(a["bottom"] - b["top"]) < sela or abs(a["top"] - b["bottom"]) < sela)
			):
				sel.add(id(a))
				break
	return sel


def jenis_bentuk(pts, ops, x0, x1, top, bottom) -> str:
	"""Which flowchart symbol a closed path draws."""
	if "c" in ops or "v" in ops or "y" in ops:
		# a circle about as tall as wide joins the chart across a page (an off-page connector)
		return KONEKTOR if 0.75 < (x1 - x0) / max(bottom - top, 0.1) < 1.33 else TERMINATOR
	cx, cy = (x0 + x1) / 2, (top + bottom) / 2
	tol_x, tol_y = (x1 - x0) * 0.15, (bottom - top) * 0.15
	titik = {(round(x, 1), round(y, 1)) for x, y in pts}
	tengah_sisi = sum(
		1 for x, y in titik if (abs(x - cx) < tol_x and (abs(y - top) < tol_y or abs(y - bottom) < tol_y))
	) + sum(1 for x, y in titik if (abs(y - cy) < tol_y and (abs(x - x0) < tol_x or abs(x - x1) < tol_x)))
	if tengah_sisi >= 4 and len(titik) <= 6:
		return KEPUTUSAN
	if len(titik) > 6:
		return TERMINATOR
	return PROSES
