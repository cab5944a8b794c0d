"""The flowchart header's labels as a page prints them or implies them: the word that heads each
column (one broken over two lines too), a Waktu or Pelaksana OCR missed, a Mutu Baku over three cells
that name nothing; and each actor's name from its header cell, a name turned upright too."""

import re
from itertools import pairwise

from sop_kinerja.impor.formulir import KOLOM
from sop_kinerja.impor.halaman import Halaman, Kata, beda, gabung, norm
from sop_kinerja.impor.sel import tanpa_kutip_lepas

# text turned a quarter, read as OpenCV turns an image: clockwise for names written bottom to top, the
# other way for top to bottom (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)
DIPUTAR = (0, 2)


def label_kolom(teks: str) -> bool:
	"""Whether a word is one of the header's own labels ("Uraian", "Kegiatan", "Waktu" ...), never an
	actor's name."""
	return any(re.fullmatch(f"(?:{pola})", norm(teks)) for pola in KOLOM.values())


def kata_kolom(kunci: str, dalam: list[Kata]) -> Kata | None:
	pola = re.compile(rf"^(?:{KOLOM[kunci]})$")
	for k in dalam:
		if pola.match(norm(k.teks)):
			return k
	# a header word broken over two lines in a narrow column ("Keterang" over "an")
	for a in dalam:
		for b in dalam:
			if (
				b is not a
				and 0 <= b.atas - a.bawah < 1.3 * (a.bawah - a.atas) + 1
				and abs(b.cx - a.cx) < max(a.x1 - a.x0, b.x1 - b.x0) / 2 + 2
				and pola.match(norm(a.teks + b.teks))
			):
				return Kata(a.teks + b.teks, min(a.x0, b.x0), max(a.x1, b.x1), a.atas, b.bawah)
	return None


def calon_kegiatan(halaman: Halaman) -> list[Kata]:
	"""The words that may head the Kegiatan column, a word broken over two lines ("Akti" / "fitas") too.
	Two words of one heading ("Uraian" "Kegiatan") are one candidate, and the first: the second is
	never an actor's name."""
	pola = re.compile(rf"^(?:{KOLOM['kegiatan']})$")
	calon = [k for k in halaman.kata if pola.match(norm(k.teks))]
	for a in list(calon):
		b = next(
			(
				b
				for b in halaman.kata
				if b is not a
				and abs(b.cy - a.cy) < 0.5 * (a.bawah - a.atas)
				and 0 < b.x0 - a.x1 < 1.5 * (a.bawah - a.atas)
			),
			None,
		)
		if b is not None and pola.match(norm(f"{a.teks} {b.teks}")):
			calon.insert(
				0, Kata(f"{a.teks} {b.teks}", a.x0, b.x1, min(a.atas, b.atas), max(a.bawah, b.bawah))
			)
	pendek = [k for k in halaman.kata if len(k.teks) <= 8 and k.teks.isalpha()]
	for a in pendek:
		for b in pendek:
			if (
				b is not a
				and 0 <= b.atas - a.bawah < 1.3 * (a.bawah - a.atas) + 1
				and abs(b.x0 - a.x0) < 3
				and pola.match(norm(a.teks + b.teks))
			):
				calon.append(Kata(a.teks + b.teks, min(a.x0, b.x0), max(a.x1, b.x1), a.atas, b.bawah))
	return calon


def waktu_tersirat(kanan: list[Kata]) -> Kata | None:
	"""A Waktu header OCR missed (a short word broken over two lines, "WAKT" / "U"): its cell lies
	between the Kelengkapan and Output headers, both read."""
	kelengkapan, output = kata_kolom("kelengkapan", kanan), kata_kolom("output", kanan)
	if not kelengkapan or not output or output.x0 - kelengkapan.x1 < 8:
		return None
	return Kata("Waktu", kelengkapan.x1 + 2, output.x0 - 2, kelengkapan.atas, kelengkapan.bawah)


def mutu_tanpa_judul(halaman: Halaman, kanan: list[Kata]) -> list[Kata] | None:
	"""A "Mutu Baku" header over three cells that name nothing: Kelengkapan, Waktu and Output in the
	form's order, placed in the cells its rules cut below it."""
	mutu = next((k for k in kanan if norm(k.teks) == "mutu"), None)
	if mutu is None:
		return None
	di_garis = sorted({round(x, 1) for x, y0, y1 in halaman.tegak if y0 <= mutu.cy <= y1})
	kiri = max((x for x in di_garis if x < mutu.x0), default=None)
	kanan_x = min((x for x in di_garis if x > mutu.x1 + 15), default=None)
	if kiri is None or kanan_x is None:
		return None
	dalam = sorted(
		{round(x) for x, y0, y1 in halaman.tegak if kiri + 3 < x < kanan_x - 3 and y0 > mutu.bawah - 2}
	)
	dalam = [x for i, x in enumerate(dalam) if i == 0 or x - dalam[i - 1] > 3]
	if len(dalam) != 2:
		return None
	tepi = [kiri, *dalam, kanan_x]
	y = mutu.bawah + 2
	return [
		Kata(nama, a + 2, b - 2, y, y + mutu.bawah - mutu.atas)
		for nama, (a, b) in zip(("Kelengkapan", "Waktu", "Output"), pairwise(tepi), strict=True)
	]


def pelaksana_tersirat(kegiatan: Kata, kanan: list[Kata], waktu: Kata | None) -> Kata | None:
	"""A Pelaksana header OCR missed, over the actors' names: "Mutu Baku" on its line says where the
	header's top row is (Kegiatan spans both rows, lower), and the actors' names start below it, left
	of the Mutu Baku columns."""
	mutu = next((k for k in kanan if norm(k.teks) == "mutu"), None)
	if waktu and not mutu:
		return _pelaksana_tanpa_mutu(kegiatan, kanan, waktu)
	if not waktu or not mutu or mutu.x0 > waktu.x1 or kegiatan.atas <= mutu.bawah:
		return None
	# the names lie in the header, which Kegiatan stands in the middle of: above the first row's text
	bawah = 2 * kegiatan.cy - mutu.atas
	nama = [k for k in kanan if mutu.bawah < k.atas < bawah and k.x1 < min(mutu.x0, waktu.x0)]
	if not nama:
		return None
	x0 = min(k.x0 for k in nama)
	return Kata("Pelaksana", x0, x0 + 1, mutu.atas, mutu.bawah)


def _pelaksana_tanpa_mutu(kegiatan: Kata, kanan: list[Kata], waktu: Kata) -> Kata | None:
	"""A Pelaksana header OCR missed where no "Mutu Baku" heads Kelengkapan, Waktu and Output: the
	names stand between Kegiatan and the first of those, level with Kegiatan's line give or take a
	few lines, and the header is just above the highest of them."""
	batas = kata_kolom("kelengkapan", kanan) or waktu
	tinggi = kegiatan.bawah - kegiatan.atas
	nama = [
		k
		for k in kanan
		if k.x1 < batas.x0
		and abs(k.cy - kegiatan.cy) < 4 * tinggi
		and sum(c.isalpha() for c in k.teks) >= 2
		and not label_kolom(k.teks)
	]
	if not nama:
		return None
	x0, atas = min(k.x0 for k in nama), min(k.atas for k in nama)
	return Kata("Pelaksana", x0, x0 + 1, atas - tinggi - 1, atas - 1)


# marks OCR reads from a rule's remnants, never a name's ("/" and "&" are); a name ends on none of them
TANDA_GARIS = "|—–-_'‘’`.,:;\"“” "


def nama_pelaksana(halaman: Halaman, lj, kata: list[Kata], atas: float, bawah: float) -> str:
	nama = _nama_pelaksana(halaman, lj, kata, atas, bawah)
	if not halaman.ocr:
		return nama
	# an exclamation mark is no part of a post's name: on a scan it is OCR's reading of a slash ("Staff!")
	return " ".join(w for w in tanpa_kutip_lepas(re.sub(r"(?<=\w)!", "/", nama).split()) if w)


def _nama_pelaksana(halaman: Halaman, lj, kata: list[Kata], atas: float, bawah: float) -> str:
	"""An actor's name from its header cell. On a scan the cell is read again as a block of text, which
	keeps a word the page's sparse reading dropped ("Surat" of a "Penerima Surat"): taken when it holds
	every word the page's reading had, and more. A tall, narrow cell may hold its name turned upright:
	it is read turned both ways too, and a turned reading Tesseract is much surer of wins. A scan's
	cell whose page reading gave no name is read alone."""
	if halaman.ocr:  # a word that spills over the cell's rules is a neighbour's, a lone mark a rule's
		kata = [k for k in kata if k.x0 >= lj.x0 - 3 and k.x1 <= lj.x1 + 3 and k.teks.strip(TANDA_GARIS)]
	nama = (gabung(kata) or "").strip(TANDA_GARIS)
	if not (halaman.ocr and halaman.baca_kotak):
		return nama
	# the cell starts at the rule under "Pelaksana": the last one above its words, or the first one
	tengah, atas_kata = (lj.x0 + lj.x1) / 2, min((k.atas for k in kata), default=bawah - 5)
	garis = [y for y, x0, x1 in halaman.datar if atas - 2 < y < atas_kata and x0 <= tengah <= x1]
	if kata and not garis:  # "Pelaksana" itself unread, its place guessed: the rule just above the words
		garis = [y for y, x0, x1 in halaman.datar if atas - 30 < y < atas_kata and x0 <= tengah <= x1]
	atas_sel = (max if kata else min)(garis, default=atas)
	baru = halaman.baca_kotak(lj.x0, lj.x1, atas_sel, bawah)
	if bawah - atas_sel > 1.5 * (lj.x1 - lj.x0):
		diputar = max(
			(halaman.baca_kotak(lj.x0, lj.x1, atas_sel, bawah, arah) for arah in DIPUTAR), key=_yakin
		)
		if _yakin(diputar) > _yakin(baru) + 15 and any(len(k.teks) >= 3 for k in diputar):
			return (gabung(diputar) or "").strip(TANDA_GARIS)
	baru = [k for k in baru if not re.fullmatch(r"\W*\d{1,2}\W*", k.teks)]  # a column's number below it
	teks = (gabung(baru) or "").strip(TANDA_GARIS)
	if not kata:
		kata_nama = [k for k in baru if sum(c.isalpha() for c in k.teks) >= 3]
		return teks if kata_nama and _yakin(baru) >= 60 else nama
	return _tambah_kata(nama, teks)


def _tambah_kata(nama: str, teks: str) -> str:
	"""The cell's block reading where it holds every word of the page's reading, each as read there or a
	letter off (a letter clipped by the cell's edge: "toordinator"), and adds whole words to them (a last
	line the page's reading dropped) or the rest of a word the page's reading had the end of: its
	words, the page's spelling kept for those it shares. The header's "Pelaksana" above the names, in
	the block when the rule under it went unseen, is no word of a name."""
	lama = [w for w in nama.split() if norm(w)]
	hasil, dipakai, tambah = [], set(), 0
	for w in teks.split():
		bebas = [i for i in range(len(lama)) if i not in dipakai]
		sama = next((i for i in bebas if norm(w) == norm(lama[i])), None)
		if sama is None:  # a long word a letter off
			sama = next((i for i in bebas if len(lama[i]) >= 4 and beda(norm(w), norm(lama[i])) <= 1), None)
		potong = next(  # the page's reading kept only a piece of this word ("gas" of "Petugas")
			(
				i
				for i in bebas
				if sama is None
				and len(norm(lama[i])) >= 3
				and len(w) > len(lama[i])
				and norm(w).endswith(norm(lama[i]))
			),
			None,
		)
		if potong is not None:
			dipakai.add(potong)
			hasil.append(w)
			tambah += 1
		elif sama is not None:
			dipakai.add(sama)
			hasil.append(w if norm(w) == norm(lama[sama]) else lama[sama])
		elif norm(w) in ("pelaksana", "pelaksanaan"):
			continue  # the header's "Pelaksana" over the names: the cell was read from above its rule
		elif len(norm(w)) >= 3:
			hasil.append(w)
			tambah += 1
		elif norm(w):
			return nama  # a connector's letter or a mark the page's reading had not: no word of the name
	return " ".join(hasil) if tambah and len(dipakai) == len(lama) else nama


def _yakin(kata: list[Kata]) -> float:
	"""How sure OCR was of a reading: its words' mean confidence, by their length."""
	huruf = sum(len(k.teks) for k in kata)
	return sum(k.yakin * len(k.teks) for k in kata) / huruf if huruf else 0.0
