"""A scan's connector lines followed in its ink: from a decision's tip to the symbol the line reaches
(the step its "Tidak" or "Ya" goes to), with the table's own rules taken out of the ink first."""

from sop_kinerja.impor.halaman import huruf_penghubung, norm


def garis_tabel(komponen, nisbah: float = 0.6):
	"""The table's own rules (a mask, a little widened): of the long straight runs of ink (each mask's
	connected components: labels, stats, and the stat of their length), those that run nearly the
	table's length (`nisbah` of the longest). A connector long enough to pass for a rule is shorter: a
	"Ya" line across several columns, a "Tidak" line back over several rows."""
	import cv2
	import numpy as np

	tabel = None
	for label, stats, sumbu in komponen:
		panjang = np.zeros(len(stats), np.uint8)
		if len(stats) > 1:
			panjang[1:] = stats[1:, sumbu] >= nisbah * stats[1:, sumbu].max()
		bagian = panjang[label]
		tabel = bagian if tabel is None else tabel | bagian
	return cv2.dilate(tabel, np.ones((3, 3), np.uint8))


def tinta_garis(hitam, tabel):
	"""The ink a connector is followed in: the table's own rules taken out (a line drawn a few pixels
	beside a column rule would be followed up the rule, round the table)."""
	import numpy as np

	return np.where(tabel > 0, 0, hitam).astype(hitam.dtype)


DEKAT_LABEL = 25  # points: a "Tidak" or "Ya" label sits this close to the tip its line leaves


def _mata_panah(hitam, x: int, y: int, arah) -> bool:
	"""Whether an arrowhead (a filled triangle) touches the diamond's tip here, rather than a line."""
	if arah[0]:
		x0, x1 = sorted((x + arah[0] * 2, x + arah[0] * 10))
		kotak = hitam[max(0, y - 7) : y + 8, max(0, x0) : x1]
	else:
		y0, y1 = sorted((y + arah[1] * 2, y + arah[1] * 10))
		kotak = hitam[max(0, y0) : y1, max(0, x - 7) : x + 8]
	return kotak.size > 0 and (kotak > 0).mean() > 0.35


def _jarak_kata(hal, intan, awal: str, mulai, skala: float) -> float:
	"""How far a line's start at the diamond's tip lies from the nearest label beginning so ("tid",
	"ya") beside the diamond; 0 when there is none."""
	x, y = mulai[0] * skala, mulai[1] * skala
	kata = [
		k
		for k in hal.kata
		if (norm(k.teks) == awal or (awal == "tid" and k.teks.lower().startswith(awal)))
		and intan.memuat(k.cx, k.cy, 40)
	]
	return min((abs(k.cx - x) + abs(k.cy - y) for k in kata), default=0)


def _di_depan(simbol, x: int, y: int, arah, skala: float):
	"""A point of a symbol a few pixels ahead of where a line stops (within an arrowhead's length and a
	line's width to either side), in points; else None."""
	for d in range(1, 25):
		for t in (0, -3, 3, -6, 6):
			px = (x + arah[0] * d + (t if arah[1] else 0)) * skala
			py = (y + arah[1] * d + (t if arah[0] else 0)) * skala
			for s in simbol:
				if s.memuat(px, py, 0):
					return px, py
	return None


def pelacak(hitam, skala, penuh=None):
	"""Follow a connector in the ink, from a diamond's side, to where it ends at another symbol. With the
	page's whole ink (`penuh`, the table's rules in it), a line that runs on along a rule of the table
	is followed there too."""
	tinggi, lebar = hitam.shape

	def gelap(x, y, arah, tebal=2) -> bool:
		dx = arah[0]
		for t in range(-tebal, tebal + 1):
			px, py = (x, y + t) if dx else (x + t, y)
			if 0 <= px < lebar and 0 <= py < tinggi and hitam[int(py), int(px)]:
				return True
		return False

	def panjang(x, y, arah, batas=10) -> int:
		n = 0
		while n < batas and gelap(x + arah[0] * (n + 1), y + arah[1] * (n + 1), arah):
			n += 1
		return n

	def tengahkan(x, y, arah):
		"""The point moved to the middle of the line's width: a tracer that runs along one edge of a
		line finds no ink when it turns at a corner."""
		dx = arah[0]
		gelap_di = [
			t
			for t in range(-3, 4)
			if 0 <= (px := x if dx else x + t) < lebar
			and 0 <= (py := y + t if dx else y) < tinggi
			and hitam[py, px]
		]
		if not gelap_di or max(gelap_di) - min(gelap_di) >= 6:
			return x, y  # no ink, or a rule or symbol crossed: as it was
		geser = round((min(gelap_di) + max(gelap_di)) / 2)
		return (x, y + geser) if dx else (x + geser, y)

	def susur(x, y, arah, belok):
		"""A line that meets a rule and runs on along it (a way back drawn on the edge of the actors'
		columns): where it leaves the rule again, back the way it came or on past the rule, and its
		direction then; else None."""
		for maju in range(1, 9):
			rx, ry = x + arah[0] * maju, y + arah[1] * maju
			if not (0 <= rx < lebar and 0 <= ry < tinggi and penuh[ry, rx]):
				continue
			for b in belok:
				px, py = rx, ry
				for langkah in range(1, 3000):
					px, py = px + b[0], py + b[1]
					if not (0 <= px < lebar and 0 <= py < tinggi and penuh[py, px]):
						break
					if langkah < 15:
						continue  # not the line it arrived by
					for keluar, jauh in (((-arah[0], -arah[1]), maju + 4), (arah, 5)):
						ax, ay = px + keluar[0] * jauh, py + keluar[1] * jauh
						if panjang(ax, ay, keluar, 10) >= 8:
							return ax, ay, keluar
		return None

	def lewat(hal, s, arah):
		"""Where a line goes on from a connector it reached (a lettered circle drawn on the way, a line
		leaving it towards a step of this page): the one line that leaves it on another side; else
		None (the chart goes on at its twin, on another page)."""
		if not huruf_penghubung(hal, s):
			return None
		x0, x1, atas, bawah = s.x0 / skala, s.x1 / skala, s.atas / skala, s.bawah / skala
		cx, cy = round((x0 + x1) / 2), round((atas + bawah) / 2)
		sisi = {(1, 0): (round(x1) + 2, cy), (-1, 0): (round(x0) - 2, cy), (0, 1): (cx, round(bawah) + 2)}
		sisi[(0, -1)] = (cx, round(atas) - 2)
		keluar = [
			(*titik, b)
			for b, titik in sisi.items()
			if b != (-arah[0], -arah[1]) and panjang(*titik, b, 12) >= 8
		]
		return keluar[0] if len(keluar) == 1 else None

	def lacak(halaman, h, intan, cabang="tidak"):
		"""The far end (page, x, y) of the decision's "Tidak" line, or of its "Ya" line."""
		hal = halaman[h]
		lain = [s for s in hal.simbol if s is not intan]
		y0 = round(intan.cy / skala)
		mulai = []
		for x_sisi, arah in ((intan.x1 / skala + 1, (1, 0)), (intan.x0 / skala - 1, (-1, 0))):
			x = round(x_sisi)
			if panjang(x, y0, arah, 12) >= 8:
				mulai.append((x, y0, arah))
		x_bawah, y_bawah = round(intan.cx / skala), round(intan.bawah / skala + 1)
		bawah = [(x_bawah, y_bawah, (0, 1))] if panjang(x_bawah, y_bawah, (0, 1), 12) >= 8 else []
		# a line that arrives at a tip ends in an arrowhead there: the "Tidak" line leaves from a side,
		# the one its label sits by, or from the bottom when its label sits right by that (not another
		# diamond's label a little further off)
		mulai.sort(key=lambda m: (_mata_panah(hitam, *m), _jarak_kata(hal, intan, "tid", m, skala)))
		if bawah and mulai and not _mata_panah(hitam, *bawah[0]):
			tid = _jarak_kata(hal, intan, "tid", bawah[0], skala)
			if 0 < tid < min(DEKAT_LABEL, _jarak_kata(hal, intan, "tid", mulai[0], skala)):
				mulai, bawah = bawah + mulai, []
		if cabang == "ya":
			# the "Ya" line: from another tip (the bottom one first) that no arrowhead arrives at,
			# the one its label sits by
			mulai = [m for m in bawah + mulai[1:] if not _mata_panah(hitam, *m)]
			mulai.sort(key=lambda m: _jarak_kata(hal, intan, "ya", m, skala))
		if not mulai:
			return None
		x, y, arah = mulai[0]
		dilewati = set()
		for _ in range(40000):
			if panjang(x, y, arah, 1):
				x, y = tengahkan(x + arah[0], y + arah[1], arah)
			elif lompat := next(
				(k for k in range(2, 13) if panjang(x + arah[0] * k, y + arah[1] * k, arah, 8) >= 6), None
			):
				# a rule the line crosses (taken out of the ink): it goes on past the gap
				x, y = x + arah[0] * lompat, y + arah[1] * lompat
			elif tuju := _di_depan(lain, x, y, arah, skala):
				return h, *tuju  # an arrowhead's tip stops short of the symbol it points to
			else:
				# at a corner, upward first: a "Tidak" line goes back to an earlier step; "Ya" goes on
				belok = sorted(
					[(arah[1], arah[0]), (-arah[1], -arah[0])],
					key=lambda b: b[1] * (1 if cabang == "tidak" else -1),
				)
				# the turn may leave a few pixels before the end (a line's overshoot, an arrowhead's tip)
				sudut = next(
					(
						(x - arah[0] * mundur, y - arah[1] * mundur, b)
						for mundur in range(5)
						for b in belok
						if panjang(x - arah[0] * mundur, y - arah[1] * mundur, b, 12) >= 6
					),
					None,
				)
				if sudut is None and penuh is not None:
					sudut = susur(x, y, arah, belok)
				if sudut is None:
					break
				x, y, arah = sudut
				continue
			px, py = x * skala, y * skala
			for s in lain:
				if id(s) in dilewati:
					continue
				if s.memuat(px, py, 1.5):
					if terus := lewat(hal, s, arah):
						# a connector the line passes through on its way to a step on this page
						dilewati.add(id(s))
						x, y, arah = terus
						break
					return h, px, py
			if intan.memuat(px, py, 0) and _ > 50:
				return None  # back where it started
		return h, x * skala, y * skala

	return lacak
