"""From words and shapes with their positions to a sheet: shared by the PDF, scan and office readers.

A reader gives, per page, its words (with boxes), the flowchart symbols it found (process, decision,
terminator), the connector lines, and the table's rules. This module finds:
- the identity block: labels such as "Nomor SOP" with the text to their right, and the headed lists
  ("Dasar Hukum:", "Keterkaitan:" ...) with the text below them, each in its own table cell;
- the flowchart table: its header ("No", "Kegiatan", "Pelaksana" over one column per actor, "Mutu
  Baku" over "Kelengkapan", "Waktu", "Output", then "Keterangan"), which gives each column's extent;
- each step's row, its cells, and its symbol: the actor is the column the symbol sits in, a diamond
  is a decision, and the far end of the decision's "Tidak" line is the step it returns to.
Whatever is not certain is flagged on the step for the reviewer.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from sop_kinerja.impor import teks as teks_sop
from sop_kinerja.impor.formulir import (
	ARAH_TEKS,
	BELUM_TERBACA,
	DAFTAR,
	KEPUTUSAN,
	KOLOM,
	KONEKTOR,
	LABEL,
	PROSES,
	TERMINATOR,
	butir,
	kosong_jadi_none,
	nomor,
)
from sop_kinerja.impor.lembar import Langkah, Lembar, rapikan
from sop_kinerja.impor.waktu import MENIT_PER_HARI, baca_waktu


@dataclass
class Kotak:
	"""A box on the page, in points from the top left."""

	x0: float
	x1: float
	atas: float
	bawah: float

	@property
	def cx(self):
		return (self.x0 + self.x1) / 2

	@property
	def cy(self):
		return (self.atas + self.bawah) / 2

	def memuat(self, x, y, sela=4.0) -> bool:
		return self.x0 - sela <= x <= self.x1 + sela and self.atas - sela <= y <= self.bawah + sela


@dataclass
class Kata(Kotak):
	teks: str = ""

	def __init__(self, teks: str, x0: float, x1: float, atas: float, bawah: float):
		super().__init__(x0, x1, atas, bawah)
		self.teks = teks


@dataclass
class Simbol(Kotak):
	jenis: str = PROSES

	def __init__(self, jenis: str, x0: float, x1: float, atas: float, bawah: float):
		super().__init__(x0, x1, atas, bawah)
		self.jenis = jenis


@dataclass
class Halaman:
	lebar: float
	tinggi: float
	kata: list[Kata] = field(default_factory=list)
	simbol: list[Simbol] = field(default_factory=list)
	garis: list[list[tuple[float, float]]] = field(default_factory=list)  # connectors, open polylines
	tegak: list[tuple[float, float, float]] = field(default_factory=list)  # rules: x, from y, to y
	datar: list[tuple[float, float, float]] = field(default_factory=list)  # rules: y, from x, to x
	# a scan follows its "Tidak" line in the image: (pages, page, diamond) -> (page, x, y) of its far end
	pelacak: Callable | None = None
	# a scan reads its No column again when the first reading missed the numbers: (table) -> words
	baca_nomor: Callable | None = None
	ocr: bool = False  # the words were read from an image


# --- words into lines ----------------------------------------------------------------------------


def baris_kata(kata: list[Kata]) -> list[list[Kata]]:
	"""Words grouped into lines, top to bottom, each line left to right."""
	baris: list[list[Kata]] = []
	for k in sorted(kata, key=lambda k: (k.cy, k.x0)):
		if baris and abs(baris[-1][-1].cy - k.cy) <= max(2.0, 0.45 * (k.bawah - k.atas)):
			baris[-1].append(k)
		else:
			baris.append([k])
	return [sorted(b, key=lambda k: k.x0) for b in baris]


# short words a line may start with: any other start of one to three small letters after a full line is
# the end of a word the line broke ("memerintahka" / "n")
KATA_PENDEK = frozenset(
	"di ke ya ia se dan dgn yg ini itu ada apa dll kpd dr tgl no thn per pun hal dua kas jam tsb dst sbg utk pd "
	"bag sub dsb via dlm".split()
)


def gabung(kata: list[Kata]) -> str | None:
	"""The words of one cell as running text: lines joined, a word broken after its hyphen mended, and
	a word a full line broke without one (narrow cells in word processors) joined again."""
	hasil = ""
	lines = baris_kata(kata)
	kanan = max((b[-1].x1 for b in lines), default=0)
	for i, b in enumerate(lines):
		line = " ".join(k.teks for k in b)
		awal = b[0].teks
		if (
			i
			and re.fullmatch(r"[a-z]{1,3}[.,;:]?", awal)
			and awal.rstrip(".,;:") not in KATA_PENDEK
			and lines[i - 1][-1].x1 >= kanan - 0.15 * (kanan - min(k.x0 for k in lines[i - 1]))
			and re.search(r"[a-z]$", hasil)
		):
			hasil += line
		elif hasil.endswith("-") and not hasil.endswith(" -"):
			hasil += (
				line  # "aturan-aturan", "SP4N-LAPOR" broken at the hyphen: the browser does not hyphenate
			)
		else:
			hasil = f"{hasil} {line}" if hasil else line
	return rapikan(hasil)


def _norm(teks: str) -> str:
	return re.sub(r"[^a-z0-9]+", " ", teks.lower()).strip()


# --- the flowchart table's header ----------------------------------------------------------------


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


def _kata_kolom(kunci: str, dalam: list[Kata]) -> Kata | None:
	pola = re.compile(rf"^(?:{KOLOM[kunci]})$")
	for k in dalam:
		if pola.match(_norm(k.teks)):
			return k
	# a header word broken over two lines in a narrow column ("Keterang" over "an")
	for a in dalam:
		for b in dalam:
			if (
				b is not a
				and 0 <= b.atas - a.bawah < 1.3 * (a.bawah - a.atas) + 1
				and abs(b.cx - a.cx) < max(a.x1 - a.x0, b.x1 - b.x0) / 2 + 2
				and pola.match(_norm(a.teks + b.teks))
			):
				return Kata(a.teks + b.teks, min(a.x0, b.x0), max(a.x1, b.x1), a.atas, b.bawah)
	return None


def _calon_kegiatan(halaman: Halaman) -> list[Kata]:
	"""The words that may head the Kegiatan column, a word broken over two lines ("Akti" / "fitas") too."""
	pola = re.compile(rf"^(?:{KOLOM['kegiatan']})$")
	calon = [k for k in halaman.kata if pola.match(_norm(k.teks))]
	pendek = [k for k in halaman.kata if len(k.teks) <= 8 and k.teks.isalpha()]
	for a in pendek:
		for b in pendek:
			if (
				b is not a
				and 0 <= b.atas - a.bawah < 1.3 * (a.bawah - a.atas) + 1
				and abs(b.x0 - a.x0) < 3
				and pola.match(_norm(a.teks + b.teks))
			):
				calon.append(Kata(a.teks + b.teks, min(a.x0, b.x0), max(a.x1, b.x1), a.atas, b.bawah))
	return calon


def _baris_nomor_kolom(halaman: Halaman, bawah_label: float, x0: float, x1: float) -> tuple | None:
	"""The row of column numbers (1, 2, 3 ...) that many sheets print under the header: its top and
	bottom. OCR may miss some of the numbers or read a stray mark among them."""
	kata = [k for k in halaman.kata if k.atas > bawah_label and x0 - 5 <= k.cx <= x1 + 5]
	for baris in baris_kata(kata)[:2]:
		teks = [re.sub(r"\W", "", k.teks) for k in baris]
		angka = [int(x) for x in teks if x.isdigit() and len(x) <= 2]
		isi = [x for x in teks if x]
		if len(angka) >= 4 and len(angka) >= 0.75 * len(isi) and angka == sorted(set(angka)):
			return min(k.atas for k in baris), max(k.bawah for k in baris)
	return None


def _calon_kegiatan(halaman: Halaman) -> list[Kata]:
	"""The words that may head the Kegiatan column, a word broken over two lines ("Akti" / "fitas") too."""
	pola = re.compile(rf"^(?:{KOLOM['kegiatan']})$")
	calon = [k for k in halaman.kata if pola.match(_norm(k.teks))]
	pendek = [k for k in halaman.kata if len(k.teks) <= 8 and k.teks.isalpha()]
	for a in pendek:
		for b in pendek:
			if (
				b is not a
				and 0 <= b.atas - a.bawah < 1.3 * (a.bawah - a.atas) + 1
				and abs(b.x0 - a.x0) < 3
				and pola.match(_norm(a.teks + b.teks))
			):
				calon.append(Kata(a.teks + b.teks, min(a.x0, b.x0), max(a.x1, b.x1), a.atas, b.bawah))
	return calon


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
	"""The flowchart header on this page, if it has one."""
	for kegiatan in _calon_kegiatan(halaman):
		dekat = [k for k in halaman.kata if abs(k.cy - kegiatan.cy) < 45]
		pelaksana = _kata_kolom("pelaksana", [k for k in dekat if k.x0 > kegiatan.x1])
		waktu = _kata_kolom("waktu", [k for k in dekat if k.x0 > kegiatan.x1])
		# the header's Kegiatan is level with "Pelaksana" or below it, never above (a title is)
		if not pelaksana or not waktu or kegiatan.bawah < pelaksana.atas:
			continue
		return _tabel(halaman, kegiatan, pelaksana, waktu, dekat)
	return None


def _tabel(halaman: Halaman, kegiatan: Kata, pelaksana: Kata, waktu: Kata, dekat: list[Kata]) -> Tabel:
	kanan = [k for k in dekat if k.x0 > waktu.x1]
	kiri = [k for k in dekat if k.x1 < kegiatan.x0]
	kata = {
		"no": _kata_kolom("no", kiri),
		"kegiatan": kegiatan,
		"kelengkapan": _kata_kolom("kelengkapan", [k for k in dekat if pelaksana.x1 < k.x1 < waktu.x0]),
		"waktu": waktu,
		"output": _kata_kolom("output", kanan),
		"keterangan": _kata_kolom("keterangan", kanan),
	}
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
		if y > bawah_label + 1 and x0 <= lebar_tabel[0] + 5 and x1 >= lebar_tabel[1] - 5
	]
	atas_isi = min(garis, default=min((k.atas for k in angka), default=bawah_label + 1) - 1.5)
	tinggi_huruf = kegiatan.bawah - kegiatan.atas
	bawah_nomor = min((y for y in garis if y > atas_isi + 1), default=None)
	if (
		nomor_kolom is None
		and bawah_nomor is not None
		and bawah_nomor - atas_isi < 3 * tinggi_huruf
		and all(
			re.fullmatch(r"\W*\d{0,2}\W*", k.teks)
			for k in halaman.kata
			if atas_isi < k.cy < bawah_nomor and lebar_tabel[0] - 5 <= k.cx <= halaman.lebar
		)
	):
		# a thin row of column numbers under the header, bounded by rules (its digits may not be read)
		nomor_kolom = (atas_isi, bawah_nomor)
		atas_isi = bawah_nomor
	tegak = sorted(
		{round(x, 1) for x, y0, y1 in halaman.tegak if y0 <= atas_isi - 2 and y1 >= atas + 2},
	)
	tegak = [x for i, x in enumerate(tegak) if i == 0 or x - tegak[i - 1] > 2.5]

	def sel(k: Kata | None, kiri_x: float, kanan_x: float) -> Kolom:
		if k is None:
			return Kolom(kiri_x, kanan_x)
		a = max((x for x in tegak if x <= k.cx), default=None)
		b = min((x for x in tegak if x >= k.cx), default=None)
		return Kolom(a if a is not None else kiri_x, b if b is not None else kanan_x)

	# without rules, a column reaches halfway to the next header word
	urut = [k for k in (kata["no"], kegiatan, pelaksana, kata["kelengkapan"], waktu, kata["output"]) if k]
	urut += [kata["keterangan"]] if kata["keterangan"] else []

	def tengah(a: Kata | None, b: Kata | None, bawaan: float) -> float:
		return (a.x1 + b.x0) / 2 if a and b else bawaan

	kolom = {
		"no": sel(kata["no"], 0, tengah(kata["no"], kegiatan, kegiatan.x0 - 2)),
		"kegiatan": sel(kegiatan, tengah(kata["no"], kegiatan, 0), kegiatan.x1 + 2),
		"kelengkapan": sel(kata["kelengkapan"], pelaksana.x1, tengah(kata["kelengkapan"], waktu, waktu.x0)),
		"waktu": sel(
			waktu,
			tengah(kata["kelengkapan"], waktu, waktu.x0 - 2),
			tengah(waktu, kata["output"], waktu.x1 + 2),
		),
	}
	kolom["output"] = sel(
		kata["output"], kolom["waktu"].x1, tengah(kata["output"], kata["keterangan"], halaman.lebar)
	)
	kolom["keterangan"] = sel(kata["keterangan"], kolom["output"].x1, halaman.lebar)
	if not kata["keterangan"]:
		kolom["keterangan"] = Kolom(kolom["output"].x1, kolom["output"].x1)
	if kata["kelengkapan"] is None:
		kolom["kelengkapan"] = Kolom(kolom["waktu"].x0, kolom["waktu"].x0)
	if kolom["kegiatan"].x1 > pelaksana.x0:  # no rule between Kegiatan and the actors
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
	batas = [x for x in tegak if lajur_x0 + 3 < x < lajur_x1 - 3]
	if batas:
		tepi = [lajur_x0, *batas, lajur_x1]
		lajur = [Kolom(a, b) for a, b in pairwise(tepi)]
	else:
		lajur = _lajur_dari_nama(nama, lajur_x0, lajur_x1)
	nama_lajur = [(gabung([k for k in nama if lj.memuat(k.cx)]) or "").strip(" .,:;|") for lj in lajur]
	keep = [i for i, n in enumerate(nama_lajur) if n]
	if keep and len(keep) < len(lajur):  # a cell with no name was not an actor's column
		lajur = _rapatkan(lajur, keep)
		nama_lajur = [nama_lajur[i] for i in keep]
	return Tabel(kolom, lajur, nama_lajur, atas_isi, atas, _satuan_waktu(halaman, waktu, atas_isi))


def _satuan_waktu(halaman: Halaman, waktu: Kata, atas_isi: float) -> str | None:
	"""The unit the Waktu header names for its column ("Waktu (menit)", "Waktu (dalam jam)")."""
	kepala = [k for k in halaman.kata if waktu.atas - 2 <= k.atas and k.bawah <= atas_isi + 1]
	kepala = [k for k in kepala if abs(k.cx - waktu.cx) < 40]
	m = re.search(r"\((?:dalam\s+)?(menit|jam|hari|minggu)\)", " ".join(k.teks for k in kepala), re.I)
	return m[1].lower() if m else None


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


# --- the steps -------------------------------------------------------------------------------------


@dataclass
class Baris:
	no: int
	hal: int
	atas: float
	bawah: float
	tabel: Tabel


def baris_langkah(halaman: list[Halaman], tabel_hal: dict[int, Tabel]) -> list[Baris]:
	hasil: list[Baris] = []
	for h, tabel in tabel_hal.items():
		hal = halaman[h]
		no_kol = tabel.kolom["no"]
		angka = sorted(
			(k for k in hal.kata if k.cy > tabel.atas_isi and no_kol.memuat(k.cx) and nomor(k.teks)),
			key=lambda k: k.atas,
		)
		datar = sorted(
			y for y, a, b in hal.datar if a <= no_kol.x1 and b >= no_kol.x0 and y > tabel.atas_isi - 3
		)
		isi = [k.bawah for k in hal.kata if k.atas >= tabel.atas_isi] + [s.bawah for s in hal.simbol]
		dasar = max(isi, default=hal.tinggi) + 2
		for i, k in enumerate(angka):
			atas = max((y for y in datar if y <= k.atas + 1), default=k.atas - 3)
			bawah = min((y for y in datar if y >= k.bawah - 1), default=None)
			lanjut = angka[i + 1].atas - 3 if i + 1 < len(angka) else dasar
			if bawah is None or bawah > lanjut + 3:
				bawah = lanjut
			hasil.append(Baris(nomor(k.teks), h, min(atas, k.atas - 1), bawah, tabel))
	return hasil


def susun(halaman: list[Halaman], berkas: str, menit_per_hari: int = MENIT_PER_HARI) -> Lembar:
	lembar = Lembar(berkas=berkas)
	tabel_hal: dict[int, Tabel] = {}
	tabel = None
	for h, hal in enumerate(halaman):
		ditemukan = cari_tabel(hal)
		if ditemukan:
			tabel = ditemukan
		elif tabel is not None:  # a page that goes on without repeating the header
			tabel = _lanjutan(hal, tabel)
		if tabel is not None and hal.baca_nomor:
			# the cell-by-cell reading replaces the page's own reading of the No column
			baru = hal.baca_nomor(tabel)
			if baru:
				hal.kata = [k for k in hal.kata if not (tabel.kolom["no"].memuat(k.cx) and nomor(k.teks))]
				hal.kata += baru
			hal.baca_nomor = None
			tabel = cari_tabel(hal) if ditemukan else _lanjutan(hal, tabel)
		if tabel is not None:
			tabel_hal[h] = tabel
	pertama = min(tabel_hal, default=None)
	baca_identitas(lembar, halaman, pertama, tabel_hal.get(pertama))
	if pertama is None:
		return lembar
	lembar.pelaksana = list(tabel_hal[pertama].nama_lajur)
	if not lembar.nama_sop:
		lembar.nama_sop = _judul_bagan(halaman[pertama], tabel_hal[pertama])
	baris = baris_langkah(halaman, tabel_hal)
	dibetulkan = _urut_nomor(baris)
	simbol_langkah: dict[int, tuple[int, Simbol]] = {}
	for b in baris:
		langkah = _isi_langkah(halaman[b.hal], b, menit_per_hari)
		if any(x.no == langkah.no for x in lembar.langkah):
			lembar.ragu("Step number {0} appears twice on the sheet: the second was left out.", langkah.no)
			continue
		if b.no in dibetulkan:
			langkah.ragu(
				"no", "The step number was read as {0}: taken as {1} from its place.", dibetulkan[b.no], b.no
			)
		simbol = _simbol_baris(halaman[b.hal], b, langkah)
		if simbol:
			simbol_langkah[langkah.no] = (b.hal, simbol)
		_arah_tertulis(halaman[b.hal], b, langkah)
		lembar.langkah.append(langkah)
	lembar.langkah.sort(key=lambda s: s.no)
	_periksa_urutan(lembar)
	for langkah in lembar.langkah:
		if langkah.keputusan and langkah.jika_tidak_ke is None:
			_tujuan_tidak(lembar, halaman, langkah, simbol_langkah, tabel_hal)
	teks_sop.lengkapi_pelaksana(lembar)
	return lembar


def _urut_nomor(baris: list[Baris]) -> dict[int, int]:
	"""Steps are numbered down the sheet, on a page that goes on from the one before too (5, 6, 7 ...).
	When OCR misread a few numbers (a "5" as "1") and most sit where their place says, each takes the
	number of its place. Returns the numbers mended."""
	if not baris:
		return {}
	dibetulkan = {}
	for h in sorted({b.hal for b in baris}):
		di_hal = [b for b in baris if b.hal == h]
		# the first number that most of the page's rows agree with
		awal, di_tempat = max(
			(
				(b.no - i, sum(x.no == b.no - i + j for j, x in enumerate(di_hal)))
				for i, b in enumerate(di_hal)
			),
			key=lambda a: a[1],
		)
		if di_tempat == len(di_hal) or di_tempat < len(di_hal) / 2 or awal < 1:
			continue
		for i, b in enumerate(di_hal):
			if b.no != awal + i:
				dibetulkan[awal + i] = b.no
				b.no = awal + i
	return dibetulkan


def _lanjutan(hal: Halaman, tabel: Tabel) -> Tabel:
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


def _isi_langkah(hal: Halaman, b: Baris, menit_per_hari: int) -> Langkah:
	def sel(kunci: str) -> str | None:
		kol = b.tabel.kolom[kunci]
		return gabung(
			[
				k
				for k in hal.kata
				if kol.memuat(k.cx) and b.atas <= k.cy < b.bawah and not (kunci == "no" and nomor(k.teks))
			]
		)

	if hal.ocr:  # a cell never ends on a colon or a comma: OCR's reading of a semicolon
		sel_baca = sel

		def sel(kunci: str) -> str | None:
			teks = sel_baca(kunci)
			return re.sub(r"[:,]$", ";", teks) if teks else teks

	langkah = Langkah(no=b.no, kegiatan=sel("kegiatan") or "")
	langkah.kelengkapan = sel("kelengkapan")
	langkah.output = sel("output")
	langkah.keterangan = sel("keterangan")
	teks_waktu = sel("waktu")
	if teks_waktu and b.tabel.satuan_waktu and re.fullmatch(r"\d+(?:[.,]\d+)?", teks_waktu):
		waktu = baca_waktu(f"{teks_waktu} {b.tabel.satuan_waktu}", menit_per_hari)  # the header's unit
		waktu.teks = teks_waktu
	else:
		waktu = baca_waktu(teks_waktu, menit_per_hari)
	langkah.waktu, langkah.waktu_teks = waktu.menit, waktu.teks
	if waktu.ragu:
		langkah.ragu("waktu", *waktu.ragu)
	if not langkah.kegiatan:
		langkah.ragu("kegiatan", "No activity text was found.")
	return langkah


def _simbol_baris(hal: Halaman, b: Baris, langkah: Langkah) -> Simbol | None:
	lajur = b.tabel.lajur
	if not lajur:
		return None
	x0, x1 = lajur[0].x0, lajur[-1].x1
	calon = [s for s in hal.simbol if s.jenis != KONEKTOR and x0 <= s.cx <= x1 and b.atas <= s.cy <= b.bawah]
	if not calon:
		langkah.ragu("pelaksana", "No flowchart symbol was found in this row.")
		return None
	luas = lambda s: (s.x1 - s.x0) * (s.bawah - s.atas)  # noqa: E731
	simbol = max(calon, key=luas)
	# a small mark beside the symbol (an off-page connector, a "Ya" box) is not a second symbol
	calon = [s for s in calon if luas(s) > 0.35 * luas(simbol)]
	if len(calon) > 1:
		langkah.ragu("pelaksana", "{0} symbols were found in this row: the largest was taken.", len(calon))
	for i, lj in enumerate(lajur):
		if lj.memuat(simbol.cx):
			langkah.pelaksana = b.tabel.nama_lajur[i]
	langkah.keputusan = simbol.jenis == KEPUTUSAN
	return simbol


def _arah_tertulis(hal: Halaman, b: Baris, langkah: Langkah):
	"""A decision's ways written in its row instead of drawn ("Tidak → 3", "Ya → 7")."""
	lajur = b.tabel.lajur
	x0, x1 = (lajur[0].x0, lajur[-1].x1) if lajur else (0, hal.lebar)
	kata = [k for k in hal.kata if x0 <= k.cx <= x1 and b.atas <= k.cy < b.bawah]
	for arah, ke in ARAH_TEKS.findall(" ".join(k.teks for b_ in baris_kata(kata) for k in b_)):
		ke = int(ke)
		if ke == langkah.no:
			continue
		langkah.keputusan = True
		if arah.lower() == "tidak":
			langkah.jika_tidak_ke = ke
		elif ke != langkah.no + 1:
			langkah.jika_ya_ke = ke


def _periksa_urutan(lembar: Lembar):
	nomor = [s.no for s in lembar.langkah]
	hilang = sorted(set(range(1, max(nomor, default=0) + 1)) - set(nomor))
	if hilang:
		lembar.ragu("Steps {0} were not found on the sheet.", ", ".join(map(str, hilang)))


def _judul_bagan(hal: Halaman, tabel: Tabel) -> str | None:
	"""The line just above the flowchart table: many sheets title it with the SOP's name."""
	atas = [b for b in baris_kata([k for k in hal.kata if k.bawah < tabel.atas_isi]) if b]
	kepala = min((k.atas for k in hal.kata if re.match(r"^(kegiatan|pelaksana)$", _norm(k.teks))), default=0)
	judul = [b for b in atas if b[-1].bawah < kepala - 2]
	if not judul:
		return None
	nama = " ".join(k.teks for k in judul[-1])
	return rapikan(re.sub(r"^(?:SOP|Standar Operasional Prosedur)\s*:?\s*", "", nama, flags=re.I)) or None


# --- where a decision's "Tidak" goes --------------------------------------------------------------


def _tujuan_tidak(lembar, halaman, langkah, simbol_langkah, tabel_hal):
	"""Where a decision's ways go. "Tidak": the step whose symbol its line reaches (earlier, the next,
	or further on), or a terminator of no step, where the request ends (refused). "Ya", when drawn on a
	page with vectors: a step past the next one is a forward way of its own (`jika_ya_ke`)."""
	if langkah.no not in simbol_langkah:
		teks_sop.tujuan_dari_teks(lembar, langkah)
		return
	h, intan = simbol_langkah[langkah.no]
	hal = halaman[h]
	if hal.pelacak:  # a scan follows its "Tidak" line in the image
		cabang = {"tidak": hal.pelacak(halaman, h, intan)}
	else:
		cabang = cabang_vektor(halaman, h, intan)
		if "tidak" not in cabang and (ujung := lacak_vektor(halaman, h, intan)):
			cabang["tidak"] = ujung  # no "Tidak" word near the diamond: its side line
	ya = _langkah_di(halaman, cabang.get("ya"), simbol_langkah, intan)
	if ya is not None and ya != langkah.no + 1:
		langkah.jika_ya_ke = ya
	ujung = cabang.get("tidak")
	tidak = _langkah_di(halaman, ujung, simbol_langkah, intan)
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


def _langkah_di(halaman, ujung, simbol_langkah, asal) -> int | None:
	"""The step whose symbol a line's far end touches."""
	if not ujung:
		return None
	h_akhir, x, y = ujung
	return next(
		(no for no, (hs, s) in simbol_langkah.items() if hs == h_akhir and s is not asal and s.memuat(x, y)),
		None,
	)


def _dekat(a, b, sela=2.5) -> bool:
	return abs(a[0] - b[0]) <= sela and abs(a[1] - b[1]) <= sela


def cabang_vektor(halaman: list[Halaman], h: int, intan: Simbol) -> dict[str, tuple]:
	"""The drawn ways out of a decision: for "ya" and "tidak", the far end (page, x, y) of the line that
	leaves a tip of the diamond (left, right or bottom) nearest that word."""
	hal = halaman[h]
	ujung_intan = [(intan.x0, intan.cy), (intan.x1, intan.cy), (intan.cx, intan.bawah)]
	label = [k for k in hal.kata if _norm(k.teks) in ("ya", "tidak") and intan.memuat(k.cx, k.cy, 30)]
	keluar = []
	for g in hal.garis:
		for ujung in (0, -1):
			for titik in ujung_intan:
				if _dekat(g[ujung], titik, 3.5):
					keluar.append((titik, g if ujung == 0 else g[::-1]))
	cabang = {}
	for k in sorted(label, key=lambda k: abs(k.cy - intan.cy)):
		arah = _norm(k.teks)
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
	tidak = [k for k in hal.kata if _norm(k.teks) == "tidak" and abs(k.cy - intan.cy) < 20]
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


# --- the identity block ----------------------------------------------------------------------------


def _cari_label(baris: list[list[Kata]], pola: str):
	"""The first line that holds this label at a word's start, and the label's words (a colon too)."""
	rx = re.compile(rf"(?:{pola})")
	for b in baris:
		for i in range(len(b)):
			if not _norm(b[i].teks):  # a label starts with a word, not with the colon of the one before
				continue
			for n in range(min(5, len(b) - i), 0, -1):
				if rx.fullmatch(_norm(" ".join(k.teks for k in b[i : i + n]))):
					kata = b[i : i + n]
					j = i + n
					if j < len(b) and b[j].teks.strip() in (":", "："):  # "Dasar Hukum :"
						kata = b[i : j + 1]
					return b, kata
	return None


def baca_identitas(lembar: Lembar, halaman: list[Halaman], sampai: int | None, tabel: Tabel | None):
	"""The identity block: everything above the flowchart's header, on its page and the pages before."""
	for h, hal in enumerate(halaman):
		if sampai is not None and h > sampai:
			break
		batas = tabel.atas - 1 if (tabel is not None and h == sampai) else hal.tinggi + 1
		kata = [k for k in hal.kata if k.bawah <= batas]
		if kata:
			_identitas_halaman(lembar, hal, kata)


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
			di_atas = [y for y, a, b in hal.datar if y < awal.atas + 1 and a <= x1 - 1 and b >= akhir.x1 + 1]
			atas = max(di_atas, default=awal.atas - 2)
			isi = [k for k in kata if k.x0 > akhir.x1 + 0.5 and k.cx < x1 and atas <= k.cy < bawah]
			isi = [k for k in isi if k.teks.strip() not in (":",)]
			if kunci == "disahkan":  # jabatan, nama and NIP keep their lines
				teks = "\n".join(
					filter(None, (rapikan(" ".join(k.teks for k in b)) for b in baris_kata(isi)))
				)
			else:
				teks = gabung(isi)
			if teks:
				teks = re.sub(r"^:\s*", "", teks)
			setattr(lembar, kunci, teks or None)
		else:
			bawah = _label_berikut(awal, ketemu, kata, DAFTAR, hal)
			isi = [
				k
				for k in kata
				if k.atas > akhir.atas - 1 and k.cy < bawah and awal.x0 - 3 <= k.cx < x1 and k not in label
			]
			isi = [k for k in isi if not (k.atas < akhir.bawah and k.x0 < akhir.x1)]
			lines = [" ".join(k.teks for k in b) for b in baris_kata(isi)]
			lines = [re.sub(r"^:\s*", "", t) for t in lines]
			if kunci == "peringatan":
				lembar.identitas["peringatan"] = kosong_jadi_none(rapikan(" ".join(lines)))
			else:
				lembar.identitas[kunci] = butir(lines)
	if lembar.nomor_sop and not re.search(r"\d", lembar.nomor_sop):
		lembar.nomor_sop = None


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


def _label_berikut(awal, ketemu, kata, jenis, hal=None) -> float:
	"""Below a label its text runs down to its cell's bottom rule, else to the next label in the same
	column, or to the block's end."""
	if hal is not None:
		rule = [
			y for y, x0, x1 in hal.datar if y > awal.bawah + 1 and x0 <= awal.x0 + 1 and x1 >= awal.x1 - 1
		]
		if rule:
			return min(rule)
	bawah = [
		lab[0].atas
		for kunci, lab in ketemu
		if lab[0].atas > awal.atas + 2 and abs(lab[0].x0 - awal.x0) < 40 and kunci in jenis
	]
	return min(bawah, default=max(k.bawah for k in kata) + 1) - 0.5
