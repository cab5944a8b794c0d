"""A page as the readers see it: words and symbols with their boxes (points from the top left), the
connector lines and the table's rules; and words put into lines and cells' running text."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sop_kinerja.impor.formulir import PROSES
from sop_kinerja.impor.lembar import rapikan
from sop_kinerja.kata import KATA_SAMBUNG


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
	# a text PDF whose lines end in a space where they wrap ran this word on into the next line with
	# none: the line broke the word itself (a word wider than its narrow cell)
	putus: bool = False
	yakin: float = 100.0  # OCR's confidence in the word, 0 to 100

	def __init__(self, teks: str, x0: float, x1: float, atas: float, bawah: float):
		super().__init__(x0, x1, atas, bawah)
		self.teks = teks
		self.putus = False
		self.yakin = 100.0


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
	# a scan's holes the size of a letter, where drawn symbols were found: typed ones, for a row with none
	simbol_kecil: list[Simbol] = field(default_factory=list)
	garis: list[list[tuple[float, float]]] = field(default_factory=list)  # connectors, open polylines
	tegak: list[tuple[float, float, float]] = field(default_factory=list)  # rules: x, from y, to y
	datar: list[tuple[float, float, float]] = field(default_factory=list)  # rules: y, from x, to x
	# a scan follows its "Tidak" line in the image: (pages, page, diamond) -> (page, x, y) of its far end
	pelacak: Callable | None = None
	# a scan reads its No column again when the first reading missed the numbers: (table) -> words
	baca_nomor: Callable | None = None
	# a scan reads a cell again as a block of text: (x0, x1, top, bottom, turned) -> words
	baca_kotak: Callable | None = None
	# a scan reads the letter in a connector's circle or pentagon from its image: (symbol) -> text
	baca_huruf: Callable | None = None
	ocr: bool = False  # the words were read from an image


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
	"bag sub dsb via dlm sdh blm tdk thd spt sbb ybs cap map tim kop pos rak ttd atk spj uji isi".split()
)


def gabung(kata: list[Kata]) -> str | None:
	"""The words of one cell as running text: lines joined, a word broken after its hyphen mended, and
	a word a full line broke without one (narrow cells in word processors) joined again."""
	hasil = ""
	lines = baris_kata(kata)
	kanan = max((b[-1].x1 for b in lines), default=0)
	kiri = min((b[0].x0 for b in lines), default=0)
	for i, b in enumerate(lines):
		line = " ".join(k.teks for k in b)
		awal = b[0].teks
		penuh = i and lines[i - 1][-1].x1 >= kanan - 0.15 * (kanan - min(k.x0 for k in lines[i - 1]))
		sendiri = i and len(lines[i - 1]) == 1  # a word alone on the line before
		if (
			penuh
			and re.fullmatch(r"[a-z]{1,3}[.,;:]?", awal)
			and (
				awal.rstrip(".,;:") not in KATA_PENDEK
				or (sendiri and _nya(lines[i - 1][0], b[0], kiri, kanan))
			)
			and re.search(r"[a-z]$", hasil)
		) or (
			sendiri
			and awal.rstrip(".,;:").lower() not in KATA_SAMBUNG  # "Pemohon" / "atau Kuasanya": two words
			and _putus(lines[i - 1][0], b[0], kiri, kanan)
		):
			hasil += line
		elif hasil.endswith("-") and not hasil.endswith(" -"):
			hasil += (
				line  # "aturan-aturan", "SP4N-LAPOR" broken at the hyphen: the browser does not hyphenate
			)
		else:
			hasil = f"{hasil} {line}" if hasil else line
	return rapikan(hasil)


def _nya(akhir: Kata, awal: Kata, kiri: float, kanan: float) -> bool:
	"""A line broke a word before its suffix "-nya" ("Terlaksanan" / "ya"): the word alone filled its
	line and was too wide to have been wrapped whole."""
	return (
		awal.teks.rstrip(".,;:") == "ya"
		and akhir.teks.endswith("n")
		and (akhir.x1 - akhir.x0) + (awal.x1 - awal.x0) > kanan - kiri
	)


def _putus(akhir: Kata, awal: Kata, kiri: float, kanan: float) -> bool:
	"""Whether a line broke a word: the writer said so (`Kata.putus`), the piece filled its line alone
	(a word too long for the cell starts a line of its own, then breaks at the edge, give or take a
	letter), the two pieces make a word wider than the cell's lines (so it could not have been wrapped
	whole) while the piece and the next letter would not have fitted, and they join letter to letter
	(small to small, or capitals of an acronym)."""
	huruf = (awal.x1 - awal.x0) / max(len(awal.teks), 1)
	if (
		not akhir.putus
		or akhir.x1 < kanan - 1.5 * huruf
		or (akhir.x1 - akhir.x0) + (awal.x1 - awal.x0) <= kanan - kiri
		# the next letter would have fitted on the line (another line is wider): a line broken by hand
		or (akhir.x1 - akhir.x0) + huruf < kanan - kiri - 0.5
	):
		return False
	ujung, pangkal = akhir.teks[-1:], awal.teks[:1]
	return (ujung.islower() and pangkal.islower()) or (ujung.isupper() and pangkal.isupper())


def norm(teks: str) -> str:
	return re.sub(r"[^a-z0-9]+", " ", teks.lower()).strip()


def beda(a: str, b: str) -> int:
	"""How many letters changed, added or dropped make a into b (Levenshtein), counted up to 3."""
	if abs(len(a) - len(b)) > 2:
		return 3
	baris = list(range(len(b) + 1))
	for i, x in enumerate(a, 1):
		lalu, baris = baris, [i]
		for j, y in enumerate(b, 1):
			baris.append(min(lalu[j] + 1, baris[j - 1] + 1, lalu[j - 1] + (x != y)))
	return min(baris[-1], 3)


def mirip(kecil: str, daftar, dua_dari: int = 99) -> str | None:
	"""The word of `daftar` a word in lower case is a letter off (OCR's slip), or two off for a word of
	`dua_dari` letters or more; None when it is no such word."""
	return next((w for w in daftar if beda(kecil, w) <= (2 if len(w) >= dua_dari else 1)), None)


def huruf_penghubung(hal: Halaman, s) -> str | None:
	"""The letter or number an off-page connector carries: a small symbol with one short word inside
	(on a scan, read alone from the image first: the page's reading takes a "B" in a circle for "o";
	in a text PDF, its words first)."""
	if max(s.x1 - s.x0, s.bawah - s.atas) > 30:
		return None
	isi = [norm(k.teks) for k in hal.kata if s.memuat(k.x0, k.atas, 1) and s.memuat(k.x1, k.bawah, 1)]
	# a scan's letter read from the image; in a text PDF, a picture's chart whose letters no word holds
	if hal.baca_huruf and (hal.ocr or not isi):
		isi = [dibaca] if (dibaca := norm(hal.baca_huruf(s) or "")) else isi
	return isi[0] if len(isi) == 1 and 0 < len(isi[0]) <= 2 and isi[0].isalnum() else None


# what a scan's OCR reads for a connector's letter: a digit it looks like, or the letter twice
_RUPA = str.maketrans("8015264", "BOISZGA")


def rupa(huruf: str) -> str:
	"""A connector's letter as it looks: "8" and "B", "0" and "O" alike, "AA" as "A"."""
	huruf = huruf.upper().translate(_RUPA)
	return huruf[0] if len(set(huruf)) == 1 else huruf
