"""From a reader's pages to a sheet: the steps, row by row. Shared by the PDF, scan and office readers.

A reader gives, per page, its words (with boxes), the flowchart symbols it found (process, decision,
terminator), the connector lines, and the table's rules (`halaman`). From them:
- the flowchart table's header and columns (`tabel`), on each page it runs over;
- the identity block above it (`identitas`);
- each step's row, its cells, and its symbol: the actor is the column the symbol sits in, a diamond
  is a decision; where the decision's ways go (`garis`).
Whatever is not certain is flagged on the step for the reviewer.
"""

import re
from dataclasses import dataclass

from sop_kinerja.impor import teks as teks_sop
from sop_kinerja.impor.formulir import KEPUTUSAN, KONEKTOR, arah_tertulis, nomor
from sop_kinerja.impor.garis import tujuan_keputusan
from sop_kinerja.impor.halaman import Halaman, Kata, Simbol, baris_kata, gabung
from sop_kinerja.impor.identitas import baca_identitas
from sop_kinerja.impor.lembar import Langkah, Lembar
from sop_kinerja.impor.tabel import Tabel, cari_tabel, judul_bagan, lanjutan
from sop_kinerja.impor.tanpa_kepala import tabel_tanpa_kepala
from sop_kinerja.impor.waktu import MENIT_PER_HARI, baca_waktu

# --- words into lines ----------------------------------------------------------------------------


# --- the flowchart table's header ----------------------------------------------------------------


# --- the steps -------------------------------------------------------------------------------------


@dataclass
class Baris:
	no: int
	hal: int
	atas: float
	bawah: float
	tabel: Tabel
	sambungan: bool = False  # the rest of the step before, its row broken across a page


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
		# where the page's first numbered row starts: its rule above, else just above its number
		awal = (
			max((y for y in datar if y <= angka[0].atas + 1), default=angka[0].atas - 3) if angka else dasar
		)
		kegiatan = tabel.kolom["kegiatan"]
		if hasil and any(kegiatan.memuat(k.cx) and tabel.atas_isi < k.cy < awal for k in hal.kata):
			# text above the page's first number: the last row of the page before, broken by the page
			hasil.append(Baris(hasil[-1].no, h, tabel.atas_isi, awal, tabel, sambungan=True))
		for i, k in enumerate(angka):
			# its rule above, not one above the number before (rows ruled only in the other columns)
			atas = max(
				(y for y in datar if y <= k.atas + 1 and (i == 0 or y >= angka[i - 1].bawah)),
				default=k.atas - 3,
			)
			bawah = min((y for y in datar if y >= k.bawah - 1), default=None)
			lanjut = angka[i + 1].atas - 3 if i + 1 < len(angka) else dasar
			if bawah is None or bawah > lanjut + 3:
				bawah = lanjut
			hasil.append(Baris(nomor(k.teks), h, min(atas, k.atas - 1), bawah, tabel))
	return hasil


def _tabel_halaman(halaman: list[Halaman], cari) -> dict[int, Tabel]:
	"""The flowchart table on each page it runs over, its header found by `cari` (or carried on from
	the page before)."""
	tabel_hal: dict[int, Tabel] = {}
	tabel = None
	for h, hal in enumerate(halaman):
		sebelum = tabel
		ditemukan = cari(hal)
		if ditemukan:
			tabel = ditemukan
		elif tabel is not None:  # a page that goes on without repeating the header
			tabel = lanjutan(hal, tabel)
		if tabel is not None and hal.baca_nomor:
			# the cell-by-cell reading replaces the page's own reading of the No column
			baru = hal.baca_nomor(tabel)
			if baru:
				hal.kata = [k for k in hal.kata if not (tabel.kolom["no"].memuat(k.cx) and nomor(k.teks))]
				hal.kata += baru
			hal.baca_nomor = None
			tabel = cari(hal) if ditemukan else lanjutan(hal, tabel)
		if tabel is not None:
			if not tabel.satuan_waktu and sebelum is not None:
				# the header repeated on a later page, its "(menit)" unread there: the sheet's own unit
				tabel.satuan_waktu = sebelum.satuan_waktu
			tabel_hal[h] = tabel
	return tabel_hal


def _sekali(cari):
	"""`cari` on the first page it finds a table on, and on no other: the pages after it go on with that
	page's columns, so that an actor named by its place stays the same column."""
	pertama = []

	def cari_sekali(hal: Halaman):
		if pertama and pertama[0] is not hal:
			return None
		tabel = cari(hal)
		if tabel is not None and not pertama:
			pertama.append(hal)
		return tabel

	return cari_sekali


def susun(halaman: list[Halaman], berkas: str, menit_per_hari: int = MENIT_PER_HARI) -> Lembar:
	lembar = Lembar(berkas=berkas)
	tabel_hal = _tabel_halaman(halaman, cari_tabel)
	if not tabel_hal:  # no header read on any page: the table's columns placed by what stands in them
		tabel_hal = _tabel_halaman(halaman, _sekali(tabel_tanpa_kepala))
		if tabel_hal:
			lembar.ragu(
				"The table's header could not be read: its columns were placed by what stands in them, and the actors named by their place ({0}): name them.",
				", ".join(tabel_hal[min(tabel_hal)].nama_lajur),
			)
	pertama = min(tabel_hal, default=None)
	_satu_nama(tabel_hal)
	baca_identitas(lembar, halaman, pertama, tabel_hal.get(pertama))
	if pertama is None:
		return lembar
	lembar.pelaksana = list(tabel_hal[pertama].nama_lajur)
	if not lembar.nama_sop:
		lembar.nama_sop = judul_bagan(halaman[pertama], tabel_hal[pertama])
	baris = baris_langkah(halaman, tabel_hal)
	dibetulkan = _urut_nomor(baris)
	simbol_langkah: dict[int, tuple[int, Simbol]] = {}
	for b in baris:
		langkah = _isi_langkah(halaman[b.hal], b, menit_per_hari)
		if b.sambungan:
			_sambung(lembar, langkah)
			continue
		langkah.halaman = b.hal + 1
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
			tujuan_keputusan(lembar, halaman, langkah, simbol_langkah)
	teks_sop.lengkapi_pelaksana(lembar)
	return lembar


def _satu_nama(tabel_hal: dict[int, Tabel]):
	"""An actor's name as most of the pages' headers read it, on every page: a scan's pages each read
	their repeated header on their own, and OCR may slip on one ("KABAC" for "KABAG")."""
	tabel = list({id(t): t for t in tabel_hal.values()}.values())
	if len(tabel) < 3 or len({len(t.nama_lajur) for t in tabel}) != 1:
		return
	for i in range(len(tabel[0].nama_lajur)):
		# readings that differ by a space alone are one ("KABAGUMUM"): its spaced form is kept
		bacaan = [t.nama_lajur[i] for t in tabel if t.nama_lajur[i]]
		kunci = [re.sub(r"\s+", "", b.lower()) for b in bacaan]
		terbanyak = max(kunci, key=kunci.count, default=None)  # the first page's reading on a tie
		if terbanyak is None or kunci.count(terbanyak) < 2:
			continue
		nama = max(
			(b for b, k in zip(bacaan, kunci, strict=True) if k == terbanyak), key=lambda b: len(b.split())
		)
		for t in tabel:
			t.nama_lajur[i] = nama


def _urut_nomor(baris: list[Baris]) -> dict[int, int]:
	"""Steps are numbered down the sheet, on a page that goes on from the one before too (5, 6, 7 ...).
	When OCR misread a few numbers (a "5" as "1") and most of those it read sit where their place says,
	each row takes the number of its place; so does a row whose number it could not read at all (-1),
	after the page before's last, or from 1. Returns the numbers mended."""
	if not baris:
		return {}
	dibetulkan = {}
	terakhir = 0
	for h in sorted({b.hal for b in baris}):
		di_hal = [b for b in baris if b.hal == h]
		terbaca = [(i, b) for i, b in enumerate(di_hal) if b.no != -1]
		# the first number that most of the numbers read on the page agree with; on a tie, the one that
		# goes on from the page before (or starts at 1)
		awal, di_tempat = max(
			((b.no - i, sum(x.no == b.no - i + j for j, x in terbaca)) for i, b in terbaca),
			key=lambda a: (a[1], a[0] == terakhir + 1),
			default=(terakhir + 1, 0),
		)
		terakhir = max(terakhir, *(b.no for b in di_hal))
		if di_tempat == len(di_hal) or di_tempat < len(terbaca) / 2 or awal < 1:
			continue
		for i, b in enumerate(di_hal):
			if b.no != awal + i:
				dibetulkan[awal + i] = b.no
				b.no = awal + i
		terakhir = max(terakhir, awal + len(di_hal) - 1)
	return dibetulkan


def _isi_langkah(hal: Halaman, b: Baris, menit_per_hari: int) -> Langkah:
	def sel(kunci: str) -> str | None:
		kol = b.tabel.kolom[kunci]
		kata = [k for k in hal.kata if kol.memuat(k.cx) and not (kunci == "no" and nomor(k.teks))]
		return gabung(
			[
				k
				for k in kata
				if (b.atas <= k.cy < b.bawah and not _lewat_garis(k, b.atas, kata))
				or (k.atas < b.bawah <= k.cy and _lewat_garis(k, b.bawah, kata))
			]
		)

	if hal.ocr:  # a cell never ends on a colon or a comma: OCR's reading of a semicolon
		sel_baca = sel

		def sel(kunci: str) -> str | None:
			teks = sel_baca(kunci)
			if teks and kunci == "output":  # an output is a name ("Disposisi"): a mark after it, a speck
				return re.sub(r"\s*[;:,]$|\s+\.$|(?<=[a-z])\.$", "", _bersihkan(teks)) or None
			return re.sub(r"[:,]$", ";", _bersihkan(teks)) if teks else teks

	langkah = Langkah(no=b.no, kegiatan=sel("kegiatan") or "")
	langkah.kelengkapan = sel("kelengkapan")
	langkah.output = sel("output")
	langkah.keterangan = sel("keterangan")
	teks_waktu = sel("waktu")
	# a bare number under "Waktu (menit)": the header's unit (a scan's stray mark after it dropped)
	angka = re.fullmatch(r"(\d+(?:[.,]\d+)?)" + (r"[.,;]?" if hal.ocr else ""), teks_waktu or "")
	if angka and b.tabel.satuan_waktu:
		waktu = baca_waktu(f"{angka[1]} {b.tabel.satuan_waktu}", menit_per_hari)
		waktu.teks = teks_waktu
	else:
		waktu = baca_waktu(teks_waktu, menit_per_hari)
	langkah.waktu, langkah.waktu_teks = waktu.menit, waktu.teks
	if waktu.ragu:
		langkah.ragu("waktu", *waktu.ragu)
	if not langkah.kegiatan:
		langkah.ragu("kegiatan", "No activity text was found.")
	return langkah


def _sambung(lembar: Lembar, lanjutan_: Langkah):
	"""A step's row that a page broke: the part on the next page joins its cells' text."""
	langkah = next((x for x in lembar.langkah if x.no == lanjutan_.no), None)
	if langkah is None:
		return
	for kunci in ("kegiatan", "kelengkapan", "output", "keterangan"):
		if tambah := getattr(lanjutan_, kunci):
			lama = getattr(langkah, kunci)
			setattr(langkah, kunci, f"{lama} {tambah}" if lama else tambah)
	if langkah.waktu is None and lanjutan_.waktu is not None:
		langkah.waktu, langkah.waktu_teks = lanjutan_.waktu, lanjutan_.waktu_teks


def _lewat_garis(k: Kata, y: float, kata: list[Kata]) -> bool:
	"""A word across a row's rule that is the last line of the cell above: a spreadsheet centres a cell's
	text on its row and lets a text taller than the row run over the rules."""
	tinggi = k.bawah - k.atas
	return k.atas < y < k.bawah and any(
		w is not k and w.bawah <= y + 0.5 and -1 <= k.atas - w.bawah <= 0.3 * tinggi for w in kata
	)


def _bersihkan(teks: str) -> str:
	"""A scan's specks and rule ends read as marks glued to a word: a mark before a word's first letter
	("|Apabila", "'mengonsep", ".buku"), a quote between two words ("kewenangan'Pengadilan"), a dash
	or bar left alone at the cell's end (an arrow's tail)."""
	teks = re.sub(r"(^|\s)[|'‘`.,](?=[A-Za-z])", r"\1", teks)
	teks = re.sub(r"(?<=[a-z])['‘`](?=[A-Z])", " ", teks)
	return re.sub(r"\s+[-|]$", "", teks)


def _simbol_baris(hal: Halaman, b: Baris, langkah: Langkah) -> Simbol | None:
	lajur = b.tabel.lajur
	if not lajur:
		return None
	x0, x1 = lajur[0].x0, lajur[-1].x1
	calon = [s for s in hal.simbol if s.jenis != KONEKTOR and x0 <= s.cx <= x1 and b.atas <= s.cy <= b.bawah]
	if not calon:  # a typed symbol the size of a letter, on a page where others are drawn; no letter's hole
		calon = [
			s
			for s in hal.simbol_kecil
			if x0 <= s.cx <= x1
			and b.atas <= s.cy <= b.bawah
			and not any(k.memuat(s.cx, s.cy, 0) for k in hal.kata)
		]
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
	arah_tertulis(" ".join(k.teks for b_ in baris_kata(kata) for k in b_), langkah)


def _periksa_urutan(lembar: Lembar):
	nomor = [s.no for s in lembar.langkah]
	hilang = sorted(set(range(1, max(nomor, default=0) + 1)) - set(nomor))
	if hilang:
		if len(hilang) == 1:
			lembar.ragu("Step {0} was not found on the sheet.", hilang[0])
		else:
			lembar.ragu("Steps {0} were not found on the sheet.", ", ".join(map(str, hilang)))


# --- where a decision's "Tidak" goes --------------------------------------------------------------


# --- the identity block ----------------------------------------------------------------------------
