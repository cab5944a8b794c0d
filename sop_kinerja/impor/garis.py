"""Where a decision's ways go: its lines followed from the diamond's tips to the symbol they reach (on a
PDF's vectors; a scan follows its ink itself, `Halaman.pelacak`, for "Tidak" and "Ya"), else its
words."""

from sop_kinerja.impor import teks as teks_sop
from sop_kinerja.impor.formulir import KONEKTOR, TERMINATOR
from sop_kinerja.impor.halaman import Halaman, Simbol, huruf_penghubung, norm, rupa


def tujuan_keputusan(lembar, halaman, langkah, simbol_langkah):
	"""Where a decision's ways go. "Tidak": the step whose symbol its line reaches (earlier, the next,
	or further on), or a terminator of no step, where the request ends (refused). "Ya": a step past the
	next one is a forward way of its own (`jika_ya_ke`)."""
	if langkah.no not in simbol_langkah:
		teks_sop.tujuan_dari_teks(lembar, langkah)
		return
	h, intan = simbol_langkah[langkah.no]
	hal = halaman[h]
	if hal.pelacak:  # a scan follows its lines in the image
		cabang = {"tidak": hal.pelacak(halaman, h, intan), "ya": hal.pelacak(halaman, h, intan, "ya")}
	else:
		cabang = cabang_vektor(halaman, h, intan)
		if "tidak" not in cabang and (ujung := lacak_vektor(halaman, h, intan)):
			cabang["tidak"] = ujung  # no "Tidak" word near the diamond: its side line
	ya = _langkah_di(cabang.get("ya"), simbol_langkah, intan)
	if ya is None and cabang.get("ya"):  # a "Ya" to a connector: on from its twin, on another page
		ya = _lewat_penghubung(halaman, cabang["ya"], simbol_langkah)
	if hal.pelacak and ya is not None and ya == _langkah_di(cabang["tidak"], simbol_langkah, intan):
		ya = None  # both followed the one line: which way it is, is the "Tidak" tracer's to say
	if ya is not None and ya != langkah.no + 1:
		langkah.jika_ya_ke = ya
	ujung = cabang.get("tidak")
	tidak = _langkah_di(ujung, simbol_langkah, intan)
	if tidak is None and ujung:
		tidak = _lewat_penghubung(halaman, ujung, simbol_langkah)
	if tidak is not None and tidak != ya:
		langkah.jika_tidak_ke = tidak
		return
	if ujung and tidak is None:
		h_akhir, x, y = ujung
		milik_langkah = {id(s) for _, s in simbol_langkah.values()}
		if any(
			s.jenis == TERMINATOR and id(s) not in milik_langkah and s.memuat(x, y, 6)
			for s in halaman[h_akhir].simbol
		):
			langkah.ragu("keputusan", "The Tidak line ends the process: the request stops there.")
			return
	teks_sop.tujuan_dari_teks(lembar, langkah)


def _langkah_di(ujung, simbol_langkah, asal) -> int | None:
	"""The step whose symbol a line's far end touches."""
	if not ujung:
		return None
	h_akhir, x, y = ujung
	return next(
		(no for no, (hs, s) in simbol_langkah.items() if hs == h_akhir and s is not asal and s.memuat(x, y)),
		None,
	)


def _lewat_penghubung(halaman: list[Halaman], ujung, simbol_langkah) -> int | None:
	"""A line that ends at a connector (a small circle or pentagon with a letter in it) goes on from the
	connector of the same letter elsewhere on the sheet, to the step whose symbol is nearest that one."""
	h, x, y = ujung
	# the line may stop at its arrowhead's base, an arrowhead's length short of the connector
	huruf = {huruf_penghubung(halaman[h], s) for s in halaman[h].simbol if s.memuat(x, y, 6)} - {None}
	if len(huruf) != 1:
		return None
	(huruf,) = huruf
	milik = {id(s) for _, s in simbol_langkah.values()}
	kembar = [
		(hp, s, huruf_penghubung(hal, s))
		for hp, hal in enumerate(halaman)
		for s in hal.simbol
		if id(s) not in milik and not (hp == h and s.memuat(x, y, 6))
	]
	# the twin with the same letter; else one whose letter a scan's OCR may have read for it ("8" for "B");
	# else two connectors drawn side by side, their letters read as one word ("BC")
	kembar = (
		[k for k in kembar if k[2] == huruf]
		or [k for k in kembar if k[2] and rupa(k[2]) == rupa(huruf)]
		or [k for k in kembar if k[2] and len(k[2]) > len(huruf) and huruf in k[2]]
	)
	for hp, s, _huruf in kembar:
		jarak = [(_jarak(s, sl), no, sl) for no, (hs, sl) in simbol_langkah.items() if hs == hp]
		# level with the step's symbol a column or two away (drawn in the next column, in its row),
		# else just beside a symbol (above it, in an empty row of its own)
		sebaris = [j for j in jarak if j[0] < 120 and j[2].atas <= s.cy <= j[2].bawah]
		dekat = [j for j in jarak if j[0] < 40]
		if sebaris or dekat:
			return min(sebaris or dekat, key=lambda j: j[0])[1]
	return None


def _jarak(a: Simbol, b: Simbol) -> float:
	return max(0, a.x0 - b.x1, b.x0 - a.x1) + max(0, a.atas - b.bawah, b.atas - a.bawah)


def _dekat(a, b, sela=2.5) -> bool:
	return abs(a[0] - b[0]) <= sela and abs(a[1] - b[1]) <= sela


def cabang_vektor(halaman: list[Halaman], h: int, intan: Simbol) -> dict[str, tuple]:
	"""The drawn ways out of a decision: for "ya" and "tidak", the far end (page, x, y) of the line that
	leaves a tip of the diamond (left, right or bottom) nearest that word."""
	hal = halaman[h]
	ujung_intan = [(intan.x0, intan.cy), (intan.x1, intan.cy), (intan.cx, intan.bawah)]
	label = [k for k in hal.kata if norm(k.teks) in ("ya", "tidak") and intan.memuat(k.cx, k.cy, 30)]
	keluar = []
	for g in hal.garis:
		for ujung in (0, -1):
			for titik in ujung_intan:
				if _dekat(g[ujung], titik, 3.5):
					keluar.append((titik, g if ujung == 0 else g[::-1]))
	cabang = {}
	for k in sorted(label, key=lambda k: abs(k.cy - intan.cy)):
		arah = norm(k.teks)
		if arah in cabang or not keluar:
			continue
		titik, garis = min(keluar, key=lambda m: abs(k.cx - m[0][0]) + abs(k.cy - m[0][1]))
		keluar = [m for m in keluar if m[1] is not garis]
		if (hasil := _ikuti(halaman, h, garis, intan)) is not None:
			cabang[arah] = hasil
	return cabang


def lacak_vektor(halaman: list[Halaman], h: int, intan: Simbol):
	"""Follow the "Tidak" line that leaves the diamond, joined end to end, across a page break too."""
	hal = halaman[h]
	sisi = [(intan.x0, intan.cy), (intan.x1, intan.cy)]
	tidak = [k for k in hal.kata if norm(k.teks) == "tidak" and abs(k.cy - intan.cy) < 20]
	mulai = []
	for g in hal.garis:
		for ujung in (0, -1):
			for titik in sisi:
				if _dekat(g[ujung], titik, 3.5):
					jarak = min((abs(k.cx - titik[0]) + abs(k.cy - titik[1]) for k in tidak), default=0)
					mulai.append((jarak, g if ujung == 0 else g[::-1]))
	if not mulai:
		return None
	return _ikuti(halaman, h, min(mulai, key=lambda m: m[0])[1], intan)


def _ikuti(halaman: list[Halaman], h: int, garis: list, intan: Simbol):
	"""A line followed from its start, joined end to end, across a page break too, to where it ends."""
	hal = halaman[h]
	dipakai = {id(garis)}
	sekarang = garis[-1]
	for _ in range(200):
		if _di_simbol(hal, sekarang, intan):
			return h, sekarang[0], sekarang[1]  # the arrow ends at a symbol, whatever line leaves it
		lanjut = None
		for g in hal.garis:
			if id(g) in dipakai:
				continue
			if _dekat(g[0], sekarang):
				lanjut = g
			elif _dekat(g[-1], sekarang):
				lanjut = g[::-1]
			if lanjut:
				dipakai.add(id(g))
				break
		if lanjut is None and h > 0 and _di_tepi_atas(hal, sekarang):
			# the line runs on from the bottom of the page before, at the same x
			sebelum = halaman[h - 1]
			bawah = max((max(p[1] for p in g) for g in sebelum.garis), default=0)
			for g in sebelum.garis:
				for ujung in (0, -1):
					p = g[ujung]
					if abs(p[0] - sekarang[0]) < 3 and p[1] >= bawah - 3 and id(g) not in dipakai:
						lanjut = g if ujung == 0 else g[::-1]
						dipakai.add(id(g))
						break
				if lanjut:
					break
			if lanjut:
				h, hal = h - 1, sebelum
		if lanjut is None:
			return h, sekarang[0], sekarang[1]
		sekarang = lanjut[-1]
	return None


def _di_simbol(hal: Halaman, titik, asal: Simbol) -> bool:
	"""A point on the edge of a step's symbol (not the one the line left, nor an arrowhead)."""
	return any(
		s is not asal and s.jenis != KONEKTOR and s.x1 - s.x0 > 14 and s.memuat(titik[0], titik[1], 1.5)
		for s in hal.simbol
	)


def _di_tepi_atas(hal: Halaman, titik) -> bool:
	atas = min((min(p[1] for p in g) for g in hal.garis), default=titik[1])
	return titik[1] <= atas + 3
