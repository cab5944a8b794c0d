"""A sheet as read: its identity block, its actors and its steps, with what the reader was unsure of.

Every reader yields a `Lembar`; the desk and the command line turn it into an SOP record or JSON. No
Frappe in here: messages are English message ids with their values, translated by the caller.
"""

import re
from dataclasses import dataclass, field

from sop_kinerja.kata import KATA_SAMBUNG

IDENTITAS_DAFTAR = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan", "pencatatan")
BIDANG_LANGKAH = ("kegiatan", "pelaksana", "kelengkapan", "waktu", "output", "keterangan", "keputusan")


@dataclass
class Tanda:
	"""Something the reviewer should look at: where (a step's field, or the sheet) and why."""

	pesan: str  # an English message id with {0}-style places
	nilai: tuple = ()
	no: int | None = None  # the step, if it is about a step
	bidang: str | None = None  # the field

	def teks(self, terjemah=None) -> str:
		pesan = (terjemah or (lambda s: s))(self.pesan).format(*self.nilai)
		if self.no is None:
			return pesan
		tempat = (terjemah or (lambda s: s))("Step {0}").format(self.no)
		return f"{tempat}: {pesan}"


@dataclass
class Langkah:
	no: int
	kegiatan: str = ""
	pelaksana: str | None = None
	kelengkapan: str | None = None
	waktu: int | None = None
	waktu_teks: str | None = None
	output: str | None = None
	keterangan: str | None = None
	keputusan: bool = False
	jika_tidak_ke: int | None = None
	jika_ya_ke: int | None = None  # a decision's "Ya" that jumps past the next step; None: the next step
	halaman: int | None = None  # the page of the file the step is on, from 1, where the reader knows it
	tanda: list[Tanda] = field(default_factory=list)

	def ragu(self, bidang: str, pesan: str, *nilai):
		self.tanda.append(Tanda(pesan, nilai, self.no, bidang))

	def ke_json(self) -> dict:
		return {
			"no": self.no,
			"kegiatan": self.kegiatan,
			"pelaksana": self.pelaksana,
			"kelengkapan": self.kelengkapan,
			"waktu": self.waktu,
			"waktu_teks": self.waktu_teks,
			"output": self.output,
			"keterangan": self.keterangan,
			"keputusan": self.keputusan,
			"jika_tidak_ke": self.jika_tidak_ke,
			"jika_ya_ke": self.jika_ya_ke,
			"halaman": self.halaman,
		}


@dataclass
class Lembar:
	berkas: str
	nama_sop: str | None = None
	nomor_sop: str | None = None
	unit: str | None = None
	tanggal_pembuatan: str | None = None  # as printed: the desk turns them into dates
	tanggal_revisi: str | None = None
	tanggal_efektif: str | None = None
	disahkan: str | None = None
	pelaksana: list[str] = field(default_factory=list)
	langkah: list[Langkah] = field(default_factory=list)
	identitas: dict = field(default_factory=lambda: {k: [] for k in IDENTITAS_DAFTAR} | {"peringatan": None})
	tanda: list[Tanda] = field(default_factory=list)

	def ragu(self, pesan: str, *nilai):
		self.tanda.append(Tanda(pesan, nilai))

	def ada_identitas(self) -> bool:
		"""The sheet has an SOP AP identity block: three of its fields at least, so that a letter with a
		"Nomor" is not taken for one."""
		isian = [self.nama_sop, self.nomor_sop, self.tanggal_pembuatan, self.tanggal_efektif, self.disahkan]
		isian += [self.identitas[k] for k in (*IDENTITAS_DAFTAR, "peringatan")]
		return sum(bool(x) for x in isian) >= 3

	def semua_tanda(self) -> list[Tanda]:
		return self.tanda + [t for langkah in self.langkah for t in langkah.tanda]

	def ke_json(self, terjemah=None) -> dict:
		"""The shape `bench impor-sop --json` prints, one object per file."""
		return {
			"berkas": self.berkas,
			"nama_sop": self.nama_sop,
			"nomor_sop": self.nomor_sop,
			"pelaksana": list(self.pelaksana),
			"langkah": [langkah.ke_json() for langkah in self.langkah],
			"identitas": {
				"dasar_hukum": list(self.identitas["dasar_hukum"]),
				"kualifikasi_pelaksana": list(self.identitas["kualifikasi_pelaksana"]),
				"keterkaitan": list(self.identitas["keterkaitan"]),
				"peralatan": list(self.identitas["peralatan"]),
				"peringatan": self.identitas["peringatan"],
				"pencatatan": list(self.identitas["pencatatan"]),
			},
			"peringatan_impor": [t.teks(terjemah) for t in self.semua_tanda()],
		}


def rapikan(teks: str | None) -> str | None:
	"""Plain text, whitespace collapsed: no markup from a file reaches the desk or a print."""
	if teks is None:
		return None
	teks = re.sub(r"</?[A-Za-z!][^<>]{0,200}>", " ", str(teks))  # a tag typed into a cell is not markup here
	teks = "".join(c if c.isprintable() else " " for c in teks)
	return " ".join(teks.split()) or None


def nama_utuh(nama: str | None) -> str | None:
	"""An actor's name as written, not as a narrow column broke it: "Sekre- taris" and "Sekre-taris"
	are "Sekretaris", "Perundang -undangan" is "Perundang-undangan" (a doubled word keeps its hyphen,
	as does a part that starts with a capital)."""
	if not nama:
		return nama
	nama = re.sub(r"(?<=\w) -(?=\w)", "-", nama)

	def sambung(m):
		a, b = m[1], m[2]
		ulang = any(b.lower().startswith(a.lower()[-n:]) for n in range(4, len(a) + 1))
		return f"{a}-{b}" if ulang or b[:1].isupper() else a + b

	nama = re.sub(r"(\w+)-\s*(\w+)", sambung, nama)
	return re.sub(r"\b([A-Z][a-z]*)\s+([a-z]+)\b", _patah, nama)


# the consonant pairs a word may end in; any other pair, or a "w", "y", "j", "c", "v", "q", "z", "x", ends
# no Indonesian word
AKHIR_KATA = ("ng", "ny", "kh", "sy", "ks", "rs", "nk", "st", "rt", "lm")


def _patah(m) -> str:
	"""A name a narrow cell broke mid-word with no hyphen ("Pengadm" / "inistrasi", "Pembua" / "t"):
	joined where the first part, a word in lower case after its capital (not an acronym: "PPK
	kegiatan" stays), cannot end a word, or the second is a lone letter."""
	a, b = m[1], m[2]
	if b in KATA_SAMBUNG:
		return m[0]
	buntu = a[-1] in "wyjcvqzx" or (
		len(a) > 1 and not set(a[-2:].lower()) & set("aiueo") and a[-2:].lower() not in AKHIR_KATA
	)
	return a + b if buntu or len(b) == 1 else m[0]


def sama_nama(a: str | None, b: str | None) -> bool:
	"""Two actor names agree: case, spacing and punctuation aside."""
	return bool(a and b) and _kunci(a) == _kunci(b)


def _kunci(nama: str) -> str:
	return re.sub(r"[^a-z0-9]+", " ", nama.lower()).strip()
