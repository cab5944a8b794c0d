"""The identity block of an SOP AP sheet: labels such as "Nomor SOP" with the text to their right, and
the headed lists ("Dasar Hukum :", "Keterkaitan :" ...) with the text below them, each in its own cell
of the grid, side by side or one under the other."""

import re

from sop_kinerja.impor.formulir import DAFTAR, LABEL, NOMOR_BUTIR, butir, kosong_jadi_none, peringatan
from sop_kinerja.impor.halaman import Halaman, Kata, baris_kata, beda, gabung, mirip, norm
from sop_kinerja.impor.lembar import Lembar, rapikan


def _cari_label(baris: list[list[Kata]], pola: str):
	"""The first line that holds this label at a word's start, and the label's words (a colon too): its
	full wording before a short one ("Pencatatan dan Pendataan" before a unit's "Pencatatan Sipil"), and
	one that starts its own stretch of the line first ("Pencatatan" inside "SOP Pencatatan Aset" is an
	item's word, not the heading), else anywhere."""
	for bentuk in re.split(r"\|(?![^(]*\))", pola):
		for hanya_awal in (True, False):
			if hasil := _cari_label_di(baris, bentuk, hanya_awal):
				return hasil
	return None


def _cari_label_di(baris: list[list[Kata]], pola: str, hanya_awal: bool):
	rx = re.compile(rf"(?:{pola})")
	for b in baris:
		for i in range(len(b)):
			if not norm(b[i].teks):  # a label starts with a word, not with the colon of the one before
				continue
			if hanya_awal and i and b[i].x0 - b[i - 1].x1 < 3 * max(b[i].bawah - b[i].atas, 1):
				continue
			for n in range(min(5, len(b) - i), 0, -1):
				if rx.fullmatch(norm(" ".join(_kata_label(k.teks) for k in b[i : i + n]))):
					kata = b[i : i + n]
					j = i + n
					if j < len(b) and b[j].teks.strip() in (":", "："):  # "Dasar Hukum :"
						kata = b[i : j + 1]
					return b, kata
	return None


# the labels' long words, which OCR may misread by a letter ("Tanggai Revisi"): such a word is taken for
# the label's
_KATA_LABEL = frozenset(
	w for pola in (*LABEL.values(), *DAFTAR.values()) for w in re.findall(r"[a-z]{5,}", pola)
)


def _kata_label(teks: str) -> str:
	kecil = norm(teks)
	if len(kecil) < 5 or kecil in _KATA_LABEL:
		return teks
	return mirip(kecil, sorted(_KATA_LABEL)) or teks


def baca_identitas(lembar: Lembar, halaman: list[Halaman], sampai: int | None, tabel):
	"""The identity block: everything above the flowchart's header, on its page and the pages before."""
	for h, hal in enumerate(halaman):
		if sampai is not None and h > sampai:
			break
		batas = tabel.atas - 1 if (tabel is not None and h == sampai) else hal.tinggi + 1
		kata = [k for k in hal.kata if k.bawah <= batas]
		if tabel is not None and h == sampai:
			kata = _tanpa_judul_bagan(kata)
		if kata:
			_identitas_halaman(lembar, hal, kata)


def _tanpa_judul_bagan(kata: list[Kata]) -> list[Kata]:
	"""The words above a flowchart that shares its page with the identity block, without the chart's
	title (the SOP's name again, a line or two over the header): the last cells of the block end
	above it."""
	baris = baris_kata(kata)
	label = _cari_label(baris, LABEL["nama_sop"])
	if label is None:
		return kata
	awal, akhir = label[1][0], label[1][-1]
	tinggi = awal.bawah - awal.atas
	nama = {
		norm(k.teks) for k in kata if k.x0 > akhir.x1 and awal.atas - tinggi < k.cy < awal.bawah + 3 * tinggi
	}
	for judul in baris[-2:][::-1]:
		teks = {norm(k.teks) for k in judul} - {""}
		if judul[0].atas > awal.bawah + tinggi and len(teks) >= 2 and teks <= nama:
			return [k for k in kata if k.bawah < judul[0].atas]
	return kata


def _identitas_halaman(lembar: Lembar, hal: Halaman, kata: list[Kata]):
	baris = baris_kata(kata)
	ketemu = []
	for kunci, pola in {**LABEL, **DAFTAR}.items():
		if kunci in LABEL and getattr(lembar, kunci):
			continue
		if kunci in DAFTAR and (lembar.identitas.get(kunci) not in (None, [])):
			continue
		hasil = _cari_label(baris, pola)
		if hasil:
			ketemu.append((kunci, hasil[1]))
	if not ketemu:
		return
	# "Nomor" alone is a label only beside the other identity labels
	for kunci, label in ketemu:
		awal, akhir = label[0], label[-1]
		sebaris = next((b for b in baris if awal in b), None) if kunci in LABEL else None
		x1 = _tepi_kanan(hal, awal, akhir, ketemu, sebaris)
		if kunci in LABEL:
			bawah = _label_berikut(awal, ketemu, kata, LABEL, hal)
			# the value's cell may be taller than the label's line: from the rule above it
			di_atas = [y for y, a, b in hal.datar if y < awal.cy - 1 and a <= x1 - 1 and b >= akhir.x1 + 1]
			atas = max(di_atas, default=awal.atas - 2)
			isi = [k for k in kata if k.x0 > akhir.x1 + 0.5 and k.cx < x1 and atas <= k.cy < bawah]
			if isi and (pertama := min(isi, key=lambda k: (k.atas, k.x0))).teks.strip() == ":":
				isi.remove(pertama)  # the label's own colon; one inside the value stays
			if kunci == "disahkan":  # jabatan, nama and NIP keep their lines
				teks = "\n".join(
					filter(None, (rapikan(" ".join(k.teks for k in b)) for b in baris_kata(isi)))
				)
			else:
				teks = gabung(isi)
			if teks:  # the label's colon, and a rule's stub OCR read as a bar
				teks = re.sub(r"^[:|]\s*|\s*\|$", "", teks)
			setattr(lembar, kunci, teks or None)
		else:
			bawah = _label_berikut(awal, ketemu, kata, DAFTAR, hal, x1)
			isi = [
				k
				for k in kata
				if k.atas > akhir.atas - 1 and k.cy < bawah and awal.x0 - 3 <= k.cx < x1 and k not in label
			]
			if hal.baca_kotak and isi:
				# a scan's list read again as lines of text: a lone "3." the sparse reading dropped
				baru = hal.baca_kotak(awal.x0 - 3, x1, akhir.atas - 1, bawah)
				baru = [k for k in baru if k.cy >= akhir.atas - 1 and k.cy < bawah]
				if baru:
					isi = [k for k in baru if not (k.cy < akhir.bawah and k.x0 < akhir.x1 + 2)]
			isi = [k for k in isi if not (k.atas < akhir.bawah and k.x0 < akhir.x1)]
			lines = [re.sub(r"^:\s*", "", t) for t in _baris_butir(baris_kata(isi), awal.x0, x1)]
			if hal.ocr and lines and _gema_label(lines[0], DAFTAR[kunci]):
				lines = lines[1:]  # the label read again with its list: no item of it
			if kunci == "peringatan":
				lembar.identitas["peringatan"] = peringatan(lines)
			else:
				items = butir(_tanda_butir(lines) if hal.ocr else lines)
				# an item never ends on a colon or a comma on a scan: OCR's reading of a semicolon; an
				# item of marks alone is specks
				if hal.ocr:
					items = [re.sub(r"(?<=\w)[,:]$", ";", x) for x in items if any(c.isalnum() for c in x)]
				lembar.identitas[kunci] = _tanpa_label_berikut(items)
	if lembar.nomor_sop and not re.search(r"\d", lembar.nomor_sop):
		lembar.nomor_sop = None


# the next cell's label run into a list's last item, where no rule between the cells was seen: a label
# of two words, or one with its colon ("Buku pencatatan" is an item)
_DUA_KATA = "|".join(b.replace(" ", r"\W+") for p in DAFTAR.values() for b in p.split("|") if " " in b)
_SATU_KATA = "|".join(b for p in DAFTAR.values() for b in p.split("|") if " " not in b)
_LABEL_IKUT = re.compile(rf"(?:^|\s+)(?:(?:{_DUA_KATA})\s*:?|(?:{_SATU_KATA})\s*:)\s*$", re.IGNORECASE)


def _tanpa_label_berikut(items: list[str]) -> list[str]:
	if items and (akhir := _LABEL_IKUT.sub("", items[-1])) != items[-1]:
		return [*items[:-1], akhir] if akhir.strip() else items[:-1]
	return items


def _gema_label(teks: str, pola: str) -> bool:
	"""Whether a line is the list's own label, as OCR read it ("Dasar Hukum -", "Pasar Hukum")."""
	teks = norm(teks)
	return len(teks) >= 8 and any(
		beda(teks, re.sub(r"\(\?:\w+\)\?", "", bentuk)) <= 2 for bentuk in pola.split("|")
	)


def _baris_butir(baris: list[list[Kata]], kiri: float, kanan: float) -> list[str]:
	"""A list's lines, a line run on into the next where an item wraps: in a list with no numbers or
	bullets, a line that fills its cell and ends on no full stop, colon or semicolon goes on in the
	next when that starts in lower case."""
	lines = [" ".join(k.teks for k in b) for b in baris]
	if any(NOMOR_BUTIR.match(t) for t in lines):
		return lines  # numbered items: `butir` joins what wraps
	hasil, penuh = [], False
	for b, t in zip(baris, lines, strict=True):
		if hasil and penuh and t[:1].islower():
			hasil[-1] += " " + t
		else:
			hasil.append(t)
		penuh = b[-1].x1 - kiri >= 0.8 * (kanan - kiri) and not re.search(r"[.;:]$", t)
	return hasil


def _tepi_kanan(hal, awal, akhir, ketemu, baris=None) -> float:
	"""A label's text ends at the first rule to its right, or where another label starts on its line.
	When nothing follows the label inside its own cell, its value is the next cell: up to the rule after."""
	rules = sorted(x for x, y0, y1 in hal.tegak if x > akhir.x1 + 2 and y0 <= awal.cy <= y1)
	rules = [x for i, x in enumerate(rules) if i == 0 or x - rules[i - 1] > 2.5]
	tetangga = [lab[0].x0 - 1 for _, lab in ketemu if abs(lab[0].cy - awal.cy) < 4 and lab[0].x0 > akhir.x1]
	if rules and baris is not None:
		sebaris = [k for k in baris if akhir.x1 < k.x0 and k.cx < rules[0]]
		if not sebaris:
			rules = rules[1:]
	return min(rules + tetangga, default=hal.lebar)


def _label_berikut(awal, ketemu, kata, jenis, hal=None, x1: float | None = None) -> float:
	"""Below a label its text runs down to its cell's bottom rule, else to the next label in the same
	column, or to the block's end."""
	if hal is not None:
		rule = [
			# below the label's middle: an OCR box may reach over a rule
			y
			for y, x0, x1 in hal.datar
			if y > awal.cy + 2 and x0 <= awal.x0 + 1 and x1 >= awal.x1 - 1
		]
		# a label alone in its cell (a spreadsheet's row per line): its text is in the cells below it
		label = next((lab for _, lab in ketemu if lab[0] is awal), [awal])
		ujung_label = max(k.x1 for k in label)
		sendiri = rule and not any(
			awal.atas - 1 < k.cy < min(rule)  # by its middle: an OCR box may take in a rule's stub
			and awal.x0 - 3 <= k.x0
			and (x1 is None or k.cx < x1)
			and k not in label
			# a speck OCR read over the label, or its colon read as a mark or a digit just after it
			and not (
				k.cy < awal.bawah
				and (k.x0 < ujung_label - 1 or (len(k.teks) == 1 and k.x0 < ujung_label + 4))
			)
			for k in kata
		)
		if rule and not sendiri:
			return min(rule)
	bawah = [
		lab[0].atas
		for kunci, lab in ketemu
		if lab[0].atas > awal.atas + 2 and abs(lab[0].x0 - awal.x0) < 40 and kunci in jenis
	]
	return min(bawah, default=max(k.bawah for k in kata) + 1) - 0.5


def _tanda_butir(lines: list[str]) -> list[str]:
	"""A scan's list lines with their markers as printed: OCR often drops the full stop of "1." or
	reads it as a comma (the lines then start 1, 2, 3 ... in turn), reads "c." as "cc." or "b." as "b,"
	(the lines start a, b, c ... in turn), and a bullet as a dot or an "e"."""
	angka = [int(m[1]) for t in lines if (m := re.match(r"^\s*(\d{1,2})[.,)]?\s+(?=[^\d\s])", t))]
	urut = bool(angka) and angka == list(range(1, len(angka) + 1))
	huruf = [m[1] for t in lines if (m := re.match(r"^\s*([a-z])\1?[.,)]\s+(?=\w)", t))]
	abjad = len(huruf) >= 2 and huruf == [chr(ord("a") + i) for i in range(len(huruf))]
	hasil = []
	for t in lines:
		if urut:
			t = re.sub(r"^\s*(\d{1,2})[.,)]?\s+(?=[^\d\s])", r"\1. ", t)
		if abjad:
			t = re.sub(r"^\s*([a-z])\1?[.,)]\s+(?=\w)", r"\1. ", t)
		t = re.sub(r"^\s*(?:[.,·*°«»•©]|e)\s+(?=\w)", "• ", t)  # "•" is often read as "e"
		hasil.append(t.rstrip())
	return hasil
