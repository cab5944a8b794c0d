"""The flowchart table's header on a page: "No", "Kegiatan", "Pelaksana" over one column per actor,
"Mutu Baku" over "Kelengkapan", "Waktu", "Output", then "Keterangan"; each column's extent, the
actors' names, where the rows begin, and the unit of a bare Waktu."""

import re
from dataclasses import dataclass
from itertools import pairwise

from sop_kinerja.impor.formulir import KOLOM, nomor
from sop_kinerja.impor.halaman import Halaman, Kata, baris_kata, gabung, norm
from sop_kinerja.impor.kepala import (
	calon_kegiatan,
	kata_kolom,
	label_kolom,
	mutu_tanpa_judul,
	nama_pelaksana,
	pelaksana_tersirat,
	waktu_tersirat,
)
from sop_kinerja.impor.lembar import rapikan
from sop_kinerja.impor.waktu import satuan_kolom


@dataclass
class Kolom:
	x0: float
	x1: float

	def memuat(self, x) -> bool:
		return self.x0 <= x < self.x1


@dataclass
class Tabel:
	"""The flowchart table on one page: its columns and where its rows start."""

	kolom: dict[str, Kolom]
	lajur: list[Kolom]  # one per actor, left to right
	nama_lajur: list[str]
	atas_isi: float  # where the rows begin, below the header
	atas: float = 0.0  # where the header begins
	satuan_waktu: str | None = None  # "Waktu (menit)": the unit of a bare number in the column


def _baris_nomor_kolom(halaman: Halaman, bawah_label: float, x0: float, x1: float) -> tuple | None:
	"""The row of column numbers (1, 2, 3 ...) that many sheets print under the header: its top and
	bottom."""
	for baris in baris_kata([k for k in halaman.kata if k.atas > bawah_label and x0 - 5 <= k.cx <= x1 + 5])[
		:2
	]:
		angka = [k.teks.strip("().") for k in baris]
		if (
			len(baris) >= 4
			and all(a.isdigit() for a in angka)
			and [int(a) for a in angka] == list(range(int(angka[0]), int(angka[0]) + len(angka)))
		):
			return min(k.atas for k in baris), max(k.bawah for k in baris)
	return None


def cari_tabel(halaman: Halaman) -> Tabel | None:
	"""The flowchart header on this page, if it has one. Its "Waktu" or "Pelaksana" OCR missed is
	looked for only when no header has all its words."""
	# a header with actor names turned upright is as tall as its longest name (on a scan, whose turned
	# names OCR did not read, a header is at last looked for that tall)
	diputar = [k.bawah - k.atas for k in halaman.kata if k.bawah - k.atas > max(20, 2.5 * (k.x1 - k.x0))]
	dekat_ = max(45, max(diputar, default=0) + 25)
	for jangkau, tersirat in dict.fromkeys(
		[(dekat_, False), (dekat_, True), (max(dekat_, 150), False), (max(dekat_, 150), True)]
	):
		for kegiatan in calon_kegiatan(halaman):
			dekat = [k for k in halaman.kata if abs(k.cy - kegiatan.cy) < jangkau]
			kanan = [k for k in dekat if k.x0 > kegiatan.x1]
			waktu = kata_kolom("waktu", kanan) or (waktu_tersirat(kanan) if tersirat else None)
			if not waktu and tersirat and (mutu := mutu_tanpa_judul(halaman, kanan)):
				dekat, kanan, waktu = dekat + mutu, kanan + mutu, mutu[1]
			pelaksana = kata_kolom("pelaksana", kanan)
			# the header's Kegiatan is level with "Pelaksana" or below it, never above (a title is; so is
			# an actor named "Staf Pelaksana" when OCR missed the header's own word)
			if tersirat and (not pelaksana or kegiatan.bawah < pelaksana.atas):
				pelaksana = pelaksana_tersirat(kegiatan, kanan, waktu)
			if not pelaksana or not waktu or kegiatan.bawah < pelaksana.atas:
				continue
			return _tabel(halaman, kegiatan, pelaksana, waktu, dekat)
	return None


def _tabel(halaman: Halaman, kegiatan: Kata, pelaksana: Kata, waktu: Kata, dekat: list[Kata]) -> Tabel:
	# no header word stands above all of Kegiatan, Pelaksana and Waktu: a title's word there is the
	# title's ("Pengadaan Kelengkapan Rapat")
	dekat = [k for k in dekat if k.bawah >= min(kegiatan.atas, pelaksana.atas, waktu.atas) - 1]
	kanan = [k for k in dekat if k.x0 > waktu.x1]
	kiri = [k for k in dekat if k.x1 < kegiatan.x0]
	kata = {
		"no": kata_kolom("no", kiri),
		"kegiatan": kegiatan,
		# by its middle: OCR's box of a word may run on over the next column's rule
		"kelengkapan": kata_kolom(
			"kelengkapan", [k for k in dekat if pelaksana.x1 < k.x1 and k.cx < waktu.x0]
		),
		"waktu": waktu,
		"output": kata_kolom("output", kanan),
		"keterangan": kata_kolom("keterangan", kanan),
	}
	# Mutu Baku in another order: Waktu first, then Kelengkapan
	kel_kanan = (
		None
		if kata["kelengkapan"]
		else kata_kolom(
			"kelengkapan",
			[k for k in dekat if k.x0 > waktu.x1 and (not kata["output"] or k.x1 < kata["output"].x0)],
		)
	)
	atas = min(k.atas for k in (kegiatan, pelaksana, waktu))
	bawah_label = max(k.bawah for k in (kegiatan, waktu, *(k for k in kata.values() if k)))
	ujung_kanan = max(k.x1 for k in (waktu, *(k for k in kata.values() if k)))
	nomor_kolom = _baris_nomor_kolom(
		halaman, bawah_label, kata["no"].x0 if kata["no"] else kegiatan.x0, ujung_kanan
	)
	if nomor_kolom is not None:  # part of the header, not the first step
		bawah_label = nomor_kolom[1]
	# the header ends where the first step's number sits
	tepi_kiri = kata["no"].x0 - 6 if kata["no"] else 0
	angka = [
		k
		for k in halaman.kata
		if k.atas > bawah_label and k.x1 < kegiatan.x0 and k.x0 >= tepi_kiri and nomor(k.teks)
	]
	# the rows begin at the first rule across the table below the header's labels, else at the first number
	lebar_tabel = (kata["no"].x0 if kata["no"] else kegiatan.x0, waktu.x1)
	garis = [
		y
		for y, x0, x1 in halaman.datar
		# the rule under a row of column numbers hugs its digits
		if y > bawah_label + (1 if nomor_kolom is None else -0.5)
		and x0 <= lebar_tabel[0] + 5
		and x1 >= lebar_tabel[1] - 5
	]
	atas_isi = min(garis, default=min((k.atas for k in angka), default=bawah_label + 1) - 1.5)
	tinggi_huruf = kegiatan.bawah - kegiatan.atas
	bawah_nomor = min((y for y in garis if y > atas_isi + 1), default=None)
	if (
		nomor_kolom is None
		and bawah_nomor is not None
		and bawah_nomor - atas_isi < 3 * tinggi_huruf
		and _angka_saja(
			[
				k
				for k in halaman.kata
				if atas_isi < k.cy < bawah_nomor and lebar_tabel[0] - 5 <= k.cx <= halaman.lebar
			]
		)
	):
		# a thin row of column numbers under the header, bounded by rules (its digits may not be read)
		nomor_kolom = (atas_isi, bawah_nomor)
		atas_isi = bawah_nomor
	# the column rules reach up into the header; on a scan a shaded header may hide their top
	tegak = sorted(
		{
			round(x, 1)
			for x, y0, y1 in halaman.tegak
			if y0 <= atas_isi + (12 if halaman.ocr else -2) and y1 >= atas + 2
		},
	)
	tegak = [x for i, x in enumerate(tegak) if i == 0 or x - tegak[i - 1] > 2.5]

	# without rules, a column reaches halfway to the next header word
	urut = [k for k in (kata["no"], kegiatan, pelaksana, kata["kelengkapan"], waktu, kata["output"]) if k]
	urut += [k for k in (kata["keterangan"], kel_kanan) if k]

	def sel(k: Kata | None, kiri_x: float, kanan_x: float) -> Kolom:
		if k is None:
			return Kolom(kiri_x, kanan_x)
		a = max((x for x in tegak if x <= k.cx), default=kiri_x)
		b = min((x for x in tegak if x >= k.cx), default=kanan_x)
		# a rule a scan did not show leaves another header word in the cell: the column ends in the
		# widest gap of the rows' text between the two
		kiri = [w for w in urut if w is not k and a < w.cx < k.cx]
		kanan = [w for w in urut if w is not k and k.cx < w.cx < b]
		a = _celah(halaman, max(w.x1 for w in kiri), k.x0, atas_isi) if kiri else a
		b = _celah(halaman, k.x1, min(w.x0 for w in kanan), atas_isi) if kanan else b
		return Kolom(a, b)

	def tengah(a: Kata | None, b: Kata | None, bawaan: float) -> float:
		return (a.x1 + b.x0) / 2 if a and b else bawaan

	kolom = {
		"no": sel(kata["no"], 0, tengah(kata["no"], kegiatan, kegiatan.x0 - 2)),
		"kegiatan": sel(kegiatan, tengah(kata["no"], kegiatan, 0), kegiatan.x1 + 2),
		"kelengkapan": sel(kata["kelengkapan"], pelaksana.x1, tengah(kata["kelengkapan"], waktu, waktu.x0)),
		"waktu": sel(
			waktu,
			tengah(kata["kelengkapan"], waktu, waktu.x0 - 2),
			tengah(waktu, kel_kanan or kata["output"], waktu.x1 + 2),
		),
	}
	if kata["no"] is None and 0 < kolom["kegiatan"].x0 < kolom["no"].x1:
		# no "No" read: the column ends at Kegiatan's rule and starts at the table's left one, or where the
		# rules across the table begin when that one was not seen
		kiri = max((x for x in tegak if x < kolom["kegiatan"].x0 - 5), default=None)
		if kiri is None:
			kiri = min(
				(a for _y, a, b in halaman.datar if a < kolom["kegiatan"].x0 - 5 < waktu.x1 < b), default=0
			)
		kolom["no"] = Kolom(kiri, kolom["kegiatan"].x0)
	sebelum_output = kolom["waktu"].x1
	if kel_kanan:
		kolom["kelengkapan"] = sel(
			kel_kanan, sebelum_output, tengah(kel_kanan, kata["output"], halaman.lebar)
		)
		sebelum_output = kolom["kelengkapan"].x1
	kolom["output"] = sel(
		kata["output"], sebelum_output, tengah(kata["output"], kata["keterangan"], halaman.lebar)
	)
	kolom["keterangan"] = sel(kata["keterangan"], kolom["output"].x1, halaman.lebar)
	if kata["keterangan"] and kolom["output"].x1 > kolom["keterangan"].x0:  # Output's word unread
		kolom["output"].x1 = kolom["keterangan"].x0
	if not kata["keterangan"]:
		kolom["keterangan"] = Kolom(kolom["output"].x1, kolom["output"].x1)
	if kata["kelengkapan"] is None and kel_kanan is None:
		kolom["kelengkapan"] = Kolom(kolom["waktu"].x0, kolom["waktu"].x0)
	# no rule between Kegiatan and the actors: the Pelaksana header, or an actor's name, in its cell
	nama_di_kegiatan = [
		k
		for k in halaman.kata
		if pelaksana.bawah - 1 <= k.atas
		and k.bawah <= atas_isi
		and kegiatan.x1 + 5 < k.x0
		and k.cx < kolom["kegiatan"].x1
		and not re.fullmatch(r"\W*\d*\W*", k.teks)
		and not label_kolom(k.teks)
	]
	if kolom["kegiatan"].x1 > pelaksana.x0 or nama_di_kegiatan:
		kolom["kegiatan"].x1 = _tepi_lajur_kiri(halaman, kegiatan, pelaksana, atas_isi)
	lajur_x0, lajur_x1 = (
		kolom["kegiatan"].x1,
		kolom["kelengkapan"].x0 if kata["kelengkapan"] else kolom["waktu"].x0,
	)

	bawah_nama = nomor_kolom[0] if nomor_kolom is not None else atas_isi + 1
	nama = [
		k
		for k in halaman.kata
		if k.atas >= pelaksana.bawah - 1 and k.bawah <= bawah_nama and lajur_x0 < k.cx < lajur_x1
	]
	if halaman.ocr:
		# a row of column numbers not found above (a photo's blurred digits) is no part of the names
		kepala = [k for k in halaman.kata if pelaksana.bawah - 1 <= k.atas and k.bawah <= bawah_nama]
		angka = [b for b in baris_kata(kepala) if len(b) >= 4 and _angka_saja(b)]
		nama = [k for k in nama if not any(k in b for b in angka)]
	batas = [x for x in tegak if lajur_x0 + 3 < x < lajur_x1 - 3]
	if batas:
		tepi = [lajur_x0, *batas, lajur_x1]
		lajur = [Kolom(a, b) for a, b in pairwise(tepi)]
	else:
		lajur = _lajur_dari_nama(nama, lajur_x0, lajur_x1)
	nama_lajur = [
		nama_pelaksana(halaman, lj, [k for k in nama if lj.memuat(k.cx)], pelaksana.bawah, bawah_nama)
		for lj in lajur
	]
	keep = [i for i, n in enumerate(nama_lajur) if n]
	if keep and len(keep) < len(lajur):  # a cell with no name was not an actor's column
		lajur = _rapatkan(lajur, keep)
		nama_lajur = [nama_lajur[i] for i in keep]
	return Tabel(
		kolom, lajur, nama_lajur, atas_isi, atas, _satuan_waktu(halaman, waktu, kolom["waktu"], atas_isi)
	)


def _celah(halaman: Halaman, x0: float, x1: float, atas_isi: float) -> float:
	"""Where two columns with no rule between them part, between x0 and x1: the place the fewest of the
	rows' words cross, the middle of the emptiest stretch."""
	isi = [k for k in halaman.kata if k.atas > atas_isi and k.x1 > x0 and k.x0 < x1]
	if x1 <= x0:
		return (x0 + x1) / 2
	langkah = [x0 + (x1 - x0) * i / 40 for i in range(41)]
	silang = [sum(k.x0 < x < k.x1 for k in isi) for x in langkah]
	paling = min(silang)
	sepi = [x for x, n in zip(langkah, silang, strict=True) if n == paling]
	return (sepi[0] + sepi[-1]) / 2


def _angka_saja(kata: list[Kata]) -> bool:
	"""Whether these words are a row of column numbers: short, and numbers most of them (OCR may read a
	"5" as "s", or a speck as a quote)."""
	angka = [k for k in kata if re.fullmatch(r"\W*\d{1,2}\W*", k.teks)]
	return all(len(k.teks) <= 3 for k in kata) and len(angka) >= len(kata) / 2


def _satuan_waktu(halaman: Halaman, waktu: Kata, kol: Kolom, atas_isi: float) -> str | None:
	"""The unit the Waktu header names for its column ("Waktu (menit)", "Waktu (dalam jam)")."""
	kepala = [k for k in halaman.kata if waktu.atas - 2 <= k.atas and k.bawah <= atas_isi + 1]
	kepala = [k for k in kepala if abs(k.cx - waktu.cx) < 40]
	teks = " ".join(k.teks for k in kepala)
	satuan = satuan_kolom(teks, halaman.ocr)
	if satuan is None and halaman.ocr and halaman.baca_kotak and "(" in teks:
		# a unit in brackets the page's reading garbled ("(monif"): its cell read again as a block
		baru = halaman.baca_kotak(kol.x0, kol.x1, waktu.atas - 3, atas_isi)
		satuan = satuan_kolom(" ".join(k.teks for k in baru), True)
	return satuan


def _tepi_lajur_kiri(halaman, kegiatan, pelaksana, atas_isi) -> float:
	"""Where the Kegiatan column ends when no rule says so: past the longest line of its text."""
	teks = [k for k in halaman.kata if k.atas > atas_isi and kegiatan.x0 - 2 <= k.x0 < pelaksana.x0]
	ujung = max((k.x1 for k in teks if k.x1 < pelaksana.cx), default=kegiatan.x1)
	return ujung + 2


def _lajur_dari_nama(nama: list[Kata], x0: float, x1: float) -> list[Kolom]:
	"""Actor columns from their names alone: names apart by more than a word's gap are columns apart."""
	kelompok: list[list[Kata]] = []
	for k in sorted(nama, key=lambda k: k.x0):
		if kelompok and k.x0 - max(w.x1 for w in kelompok[-1]) < 0.9 * (k.bawah - k.atas):
			kelompok[-1].append(k)
		elif kelompok and any(k.x0 < w.x1 for w in kelompok[-1]):
			kelompok[-1].append(k)
		else:
			kelompok.append([k])
	if not kelompok:
		return []
	tengah = [(max(w.x1 for w in a) + min(w.x0 for w in b)) / 2 for a, b in pairwise(kelompok)]
	tepi = [x0, *tengah, x1]
	return [Kolom(a, b) for a, b in pairwise(tepi)]


def _rapatkan(lajur: list[Kolom], keep: list[int]) -> list[Kolom]:
	hasil = []
	for n, i in enumerate(keep):
		x0 = lajur[i].x0 if n == 0 else hasil[-1].x1
		x1 = lajur[keep[n + 1]].x0 if n + 1 < len(keep) else lajur[-1].x1
		hasil.append(Kolom(x0, x1))
	hasil[0].x0 = lajur[0].x0
	return hasil


def lanjutan(hal: Halaman, tabel: Tabel) -> Tabel:
	"""The table of the page before, on a page that goes on without repeating the header."""
	return Tabel(
		tabel.kolom,
		tabel.lajur,
		tabel.nama_lajur,
		_atas_lanjutan(hal, tabel),
		satuan_waktu=tabel.satuan_waktu,
	)


def _atas_lanjutan(hal: Halaman, tabel: Tabel) -> float:
	"""Where the rows begin on a page that does not repeat the header: where the table's column rules
	start, or its first step number."""
	no = tabel.kolom["no"]
	angka = [k.atas for k in hal.kata if no.memuat(k.cx) and nomor(k.teks)]
	kiri, kanan = no.x0 - 3, tabel.kolom["keterangan"].x1 + 3
	rules = [y0 for x, y0, y1 in hal.tegak if kiri <= x <= kanan and y1 - y0 > 20]
	return min(angka + [y + 1.5 for y in rules], default=1.5) - 1.5


def judul_bagan(hal: Halaman, tabel: Tabel) -> str | None:
	"""The line just above the flowchart table: many sheets title it with the SOP's name."""
	atas = [b for b in baris_kata([k for k in hal.kata if k.bawah < tabel.atas_isi]) if b]
	kepala = min(
		(k.atas for k in hal.kata if re.match(r"^(kegiatan|pelaksana)$", norm(k.teks))), default=tabel.atas
	)
	judul = [b for b in atas if b[-1].bawah < kepala - 2]
	if not judul:
		return None
	nama = " ".join(k.teks for k in judul[-1])
	return rapikan(re.sub(r"^(?:SOP|Standar Operasional Prosedur)\s*:?\s*", "", nama, flags=re.I)) or None
